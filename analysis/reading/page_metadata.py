"""What a web page declares about itself: its headline, publisher, publication date and address.

In order of trust: schema.org JSON-LD (NewsArticle and its kin), OpenGraph and `article:` meta
tags, `<link rel=canonical>` and `<time>`, and last trafilatura's guess. Each value records where it
came from. Titles lose the site and section labels that pages append ("… | Site", "Section | …") by
comparing their segments with the site's own names, its domain and the page's other headlines.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from urllib.parse import urlsplit

from lxml import etree
from rapidfuzz import fuzz

from analysis.reading.datestamps import parse_full_date

# schema.org types whose headline and date are the article's (a WebPage's come last)
ARTICLE_TYPES = (
    "newsarticle", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle", "reviewnewsarticle",
    "backgroundnewsarticle", "article", "blogposting", "liveblogposting", "report", "socialmediaposting",
    "techarticle", "scholarlyarticle", "webpage",
)
TITLE_SEPARATORS = re.compile(r"(\s+(?:\||-|–|—|·|::|»|/)\s+)")
# hosting and publishing platforms: a closed class, named where a page gives its platform as its publisher
PLATFORMS = frozenset({
    "blogger", "blogspot", "wordpress", "wordpresscom", "medium", "substack", "tumblr", "wix", "squarespace",
    "ghost", "drupal", "joomla", "weebly", "typepad", "livejournal", "hubspot", "webflow", "arcpublishing",
})
PUBLISHED_META = (
    "article:published_time", "og:published_time", "datepublished", "published_time", "pubdate", "publishdate",
    "publish-date", "parsely-pub-date", "sailthru.date", "dc.date.issued", "dcterms.created", "date",
)
# subdomains that name a service, not the site: a closed class
GENERIC_SUBDOMAINS = frozenset({"www", "m", "amp", "mobile", "news", "edition", "en", "uk", "us", "beta"})
EARLIEST_YEAR = 1990  # "0001-01-01" and other template defaults are not dates
VISIBLE_HEADLINE_SIMILARITY = 70
HEADLINE_WORDS = 3


@dataclass(frozen=True)
class PageMetadata:
    title: str = ""
    outlet: str = ""
    outlet_source: str = "unknown"  # json-ld | opengraph | meta | html (trafilatura) | domain | unknown
    published: str = ""
    published_source: str = "unknown"  # json-ld | meta | time | html (trafilatura) | unknown
    url: str = ""
    description: str = ""  # how the page sums itself up (often its opening words)


def _clean(value: object) -> str:
    if not isinstance(value, str):
        return ""
    return " ".join(html.unescape(value).split())


def _normal(name: str) -> str:
    """A name reduced for comparison: lower case, letters and digits only, no leading 'the'."""
    folded = re.sub(r"[^0-9a-z]", "", name.casefold())
    return folded.removeprefix("the") if len(folded) > 6 else folded


def _flatten(data: object) -> Iterator[dict]:
    stack = [data]
    while stack:
        item = stack.pop()
        if isinstance(item, list):
            stack.extend(reversed(item))
        elif isinstance(item, dict):
            yield item
            graph = item.get("@graph")
            if graph is not None:
                stack.append(graph)


def _types(item: dict) -> list[str]:
    kind = item.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return [k.casefold() for k in kinds if isinstance(k, str)]


def json_ld_articles(tree: etree._Element) -> list[dict]:
    """The page's JSON-LD objects of article types, news articles first, web pages last."""
    found: list[tuple[int, int, dict]] = []
    for script in tree.xpath("//script[@type='application/ld+json']"):
        try:
            data = json.loads(script.text or "", strict=False)
        except (ValueError, RecursionError):
            continue  # a page's broken JSON-LD is only one source among several
        for item in _flatten(data):
            ranks = [ARTICLE_TYPES.index(kind) for kind in _types(item) if kind in ARTICLE_TYPES]
            if ranks:
                found.append((min(ranks), len(found), item))
    return [item for _, _, item in sorted(found, key=lambda entry: entry[:2])]


def _name_of(value: object) -> str:
    if isinstance(value, list):
        return next((name for entry in value if (name := _name_of(entry))), "")
    if isinstance(value, dict):
        return _clean(value.get("name"))
    return _clean(value)


def meta_tags(tree: etree._Element) -> dict[str, str]:
    """First content of each <meta> by its property, name or itemprop (lower-cased)."""
    tags: dict[str, str] = {}
    for meta in tree.iter("meta"):
        key = meta.get("property") or meta.get("name") or meta.get("itemprop")
        content = _clean(meta.get("content"))
        if key and content:
            tags.setdefault(key.strip().casefold(), content)
    return tags


def _host(url: str) -> str:
    try:
        return (urlsplit(url).hostname or "").casefold().removeprefix("www.")
    except ValueError:
        return ""


def _domain_names(host: str) -> list[str]:
    """The host's own names: 'news.sky.com' -> ['sky'], 'www.example.co.uk' -> ['example']."""
    labels = [label for label in host.split(".") if label][:-1]  # the top-level domain names no site
    if len(labels) > 1 and len(labels[-1]) <= 3:
        labels = labels[:-1]  # a second-level suffix: .co.uk, .com.au
    if not labels:
        return []
    return [labels[-1], *(label for label in labels[:-1] if label not in GENERIC_SUBDOMAINS)]


def _matches_domain(name: str, domains: list[str]) -> bool:
    """The name is the domain's (its normal form and a domain label share a run of 4+ characters, or equal)."""
    normal = _normal(name)
    if not normal:
        return False
    for label in domains:
        if normal == label or (len(label) >= 4 and label in normal):
            return True
        if len(normal) >= 4 and normal in label:
            return True
        common = max((size for size in range(min(len(normal), len(label)), 3, -1)
                      if any(normal[i:i + size] in label for i in range(len(normal) - size + 1))), default=0)
        if common >= max(4, min(len(normal), len(label)) * 2 // 3):
            return True
    return False


def _is_placeholder(name: str) -> bool:
    """Not a publisher's name: a template variable, an address, a handle or a hosting platform."""
    return (
        not name
        or any(mark in name for mark in ("{{", "}}", "${", "%%", "<", ">"))
        or re.match(r"^\s*(?:https?:|www\.)", name, re.IGNORECASE) is not None
        or name.startswith("@")
        or _normal(name) in PLATFORMS
        or not re.search(r"[^\W\d_]", name)
    )


def _site_label(name: str, domains: list[str]) -> str:
    """A site name without its tagline ("Site | Tagline" -> "Site"), keeping the segment that is the domain's."""
    segments = [part for part in TITLE_SEPARATORS.split(name)[::2] if part.strip()]
    if len(segments) > 1:
        return next((part.strip() for part in segments if _matches_domain(part, domains)), segments[0].strip())
    return name.strip()


def _slug_to_domain(name: str, domains: list[str], host: str) -> str:
    """A name written as the domain's bare lower-case label ('cleveland') is a slug: the domain says more."""
    return host if name.islower() and _normal(name) in domains else name


def _most_specific(chosen: tuple[str, str], names: list[tuple[str, str]]) -> tuple[str, str]:
    """A later source's longer form of the same name, a word more: "Sky" -> "Sky News"."""
    start = chosen[0].casefold() + " "
    longer = [(name, source) for name, source in names if name.casefold().startswith(start)]
    return min(longer, key=lambda pair: len(pair[0])) if longer else chosen


def choose_outlet(candidates: list[tuple[str, str]], url: str) -> tuple[str, str]:
    """(outlet, source): the first declared name the site's domain confirms, else the first declared name,
    else the domain itself."""
    host = _host(url)
    domains = _domain_names(host)
    names = [(_site_label(name, domains), source) for name, source in candidates if not _is_placeholder(name)]
    names = [(name, source) for name, source in names if not _is_placeholder(name)]
    confirmed = next(((name, source) for name, source in names if _matches_domain(name, domains)), None)
    if confirmed or (names and not host):
        name, source = _most_specific(confirmed or names[0], names)
        return _slug_to_domain(name, domains, host), source
    if names:
        return names[0]
    return (host, "domain") if host else ("", "unknown")


def _is_site_label(segment: str, labels: set[str], domains: list[str]) -> bool:
    normal = _normal(segment)
    return bool(normal) and (normal in labels or _matches_domain(segment, domains))


def strip_site_labels(title: str, labels: set[str], domains: list[str], headlines: set[str]) -> str:
    """The title without leading or trailing segments that name the site, or that a bare headline omits."""
    parts = TITLE_SEPARATORS.split(title)
    segments, separators = parts[::2], parts[1::2]
    while len(segments) > 1:
        if _is_site_label(segments[-1], labels, domains) or _joined(segments[:-1], separators) in headlines:
            segments, separators = segments[:-1], separators[:-1]
        elif _is_site_label(segments[0], labels, domains) or _joined(segments[1:], separators[1:]) in headlines:
            segments, separators = segments[1:], separators[1:]
        else:
            break
    return "".join(part for pair in zip(segments, [*separators, ""], strict=True) for part in pair).strip()


def _joined(segments: list[str], separators: list[str]) -> str:
    return _normal("".join(part for pair in zip(segments, [*separators, ""], strict=False) for part in pair))


def visible_headlines(tree: etree._Element) -> list[str]:
    return [text for element in tree.iter("h1") if (text := _clean(element.text_content()))]


def choose_title(declared: list[str], visible: list[str], labels: set[str], domains: list[str]) -> str:
    """The visible headline when a declared title confirms it, else the first declared title; labels stripped."""
    bare = {_normal(text) for text in [*declared, *visible] if text}
    cleaned = [stripped for text in declared if (stripped := strip_site_labels(text, labels, domains, bare))]
    headlines = [text for text in visible
                 if len(text.split()) >= HEADLINE_WORDS and not _is_site_label(text, labels, domains)]
    scored = [(max((fuzz.token_sort_ratio(text.casefold(), other.casefold()) for other in cleaned), default=0), text)
              for text in headlines]
    best = max(scored, key=lambda pair: pair[0], default=(0, ""))
    if best[0] >= VISIBLE_HEADLINE_SIMILARITY:
        return strip_site_labels(best[1], labels, domains, bare)
    return cleaned[0] if cleaned else ""


def page_date(value: str) -> str:
    """The calendar date a timestamp states, in its own time zone ('2019-11-20T01:50Z' -> 2019-11-20)."""
    value = _clean(value)
    iso = re.match(r"^(\d{4})-(\d{1,2})-(\d{1,2})", value)
    if iso:
        try:
            found = date(*(int(part) for part in iso.groups())).isoformat()
        except ValueError:
            return ""
    else:
        found = parse_full_date(value)[0]
    return found if found and EARLIEST_YEAR <= int(found[:4]) <= date.today().year + 1 else ""


def _published(articles: list[dict], meta: dict[str, str], tree: etree._Element) -> tuple[str, str]:
    for item in articles:
        if found := page_date(_clean(item.get("datePublished")) or _clean(item.get("dateCreated"))):
            return found, "json-ld"
    for key in PUBLISHED_META:
        if key in meta and (found := page_date(meta[key])):
            return found, "meta"
    stamps = tree.xpath("//time[@itemprop='datePublished' or @pubdate]/@datetime | //time/@datetime")
    for stamp in stamps:
        if found := page_date(str(stamp)):
            return found, "time"
    return "", "unknown"


def _url(articles: list[dict], meta: dict[str, str], tree: etree._Element) -> str:
    canonical = [str(href) for href in tree.xpath("//link[@rel='canonical']/@href")]
    declared = [*(_clean(item.get("url")) for item in articles), *(_clean(item.get("mainEntityOfPage"))
                                                                     for item in articles if isinstance(
                                                                         item.get("mainEntityOfPage"), str)),
                meta.get("og:url", ""), *map(_clean, canonical)]
    # a site's home page ("https://example.com/") is the publisher's address, not the article's
    return next((url for url in declared if re.match(r"^https?://[^\s/]+\.[^\s/]+/+[^\s/]", url)), "")


def page_metadata(tree: etree._Element, guessed: dict[str, str]) -> PageMetadata:
    """The page's own metadata; `guessed` holds trafilatura's title, sitename and date, used last, and the
    address the page was fetched from, where known."""
    articles = json_ld_articles(tree)
    meta = meta_tags(tree)
    url = _url(articles, meta, tree) or _clean(guessed.get("url"))
    publisher = next((name for item in articles if (name := _name_of(item.get("publisher")))), "")
    outlet, outlet_source = choose_outlet(
        [(publisher, "json-ld"), (meta.get("og:site_name", ""), "opengraph"),
         (meta.get("application-name", ""), "meta"), (_clean(guessed.get("sitename")), "html")],
        url,
    )
    host = _host(url)
    domains = _domain_names(host)
    labels = {_normal(name) for name in (publisher, meta.get("og:site_name", ""), meta.get("application-name", ""),
                                         meta.get("twitter:site", "").lstrip("@"), outlet, host) if name}
    labels.discard("")
    page_title = _clean(tree.findtext(".//title"))
    headlines = [_clean(item.get("headline")) for item in articles if _types(item)[0:1] != ["webpage"]]
    declared = [*headlines, meta.get("og:title", ""), meta.get("twitter:title", ""),
                _clean(guessed.get("title")), page_title]
    title = choose_title([text for text in declared if text], visible_headlines(tree), labels, domains)
    published, published_source = _published(articles, meta, tree)
    if not published and (found := page_date(guessed.get("date") or "")):
        published, published_source = found, "html"
    description = next((text for text in (*(_clean(item.get("description")) for item in articles),
                                          meta.get("og:description", ""), meta.get("description", "")) if text), "")
    return PageMetadata(title=title, outlet=outlet, outlet_source=outlet_source, published=published,
                        published_source=published_source, url=url, description=description)
