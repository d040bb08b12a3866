"""Reading a folder (or one file) of news articles into `Article`s.

Analysts save articles from the web in every shape: plain text, Markdown,
whole HTML pages, JSON lines, in legacy encodings, with Windows line
endings, next to PDFs and screenshots. Every candidate file becomes one
`Article` with a status, so a bad file is a row in the build, never a crash.

Metadata comes, in order of trust, from a `manifest.csv` beside the
articles, from the file's own fields (JSON lines, HTML metadata, Markdown
front matter), and lastly from what the text itself states: a wire
dateline, a credit line, a closing "request for comment" line, a full date
in a dateline or "Published" line. Nothing is guessed beyond that.
"""

from __future__ import annotations

import codecs
import csv
import hashlib
import io
import json
import os
import posixpath
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from functools import cache
from pathlib import Path, PurePosixPath

import lxml.html
from dateutil import parser as date_parser
from lxml import etree

DATA_DIR = Path(__file__).parent / "data"
MANIFEST_NAME = "manifest.csv"
DEFAULT_MAX_BYTES = 2_000_000
FORMATS: dict[str, str] = {
    ".txt": "txt", ".text": "txt", ".md": "md", ".markdown": "md",
    ".html": "html", ".htm": "html", ".xhtml": "html", ".jsonl": "jsonl", ".ndjson": "jsonl",
}
# operating-system clutter that is not worth a row of its own
IGNORED_NAMES = frozenset({"thumbs.db", "desktop.ini"})
# JSON-lines field names, first match wins (trafilatura's own JSON output uses the later ones)
JSONL_FIELDS: dict[str, tuple[str, ...]] = {
    "title": ("title", "headline"),
    "text": ("text", "body", "content"),
    "outlet": ("outlet", "sitename", "site_name", "publisher"),
    "url": ("url", "link", "source"),
    "published": ("published", "date", "date_published", "published_at"),
}
FRONT_MATTER_FIELDS: dict[str, tuple[str, ...]] = {
    "title": ("title",),
    "outlet": ("outlet", "site", "site_name", "sitename", "publisher"),
    "url": ("url", "source", "link", "canonical_url"),
    "published": ("published", "date", "date_published", "published_at"),
}
# Unicode line breaks other than \n that editors and web pages leave behind
LINE_BREAKS = re.compile("\r\n|[\r\x0b\x0c\x85\u2028\u2029]")
CONTROL_CHARS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
HTML_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)""", re.IGNORECASE)
HTML_BLOCK_TAGS = frozenset({
    "p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "td", "th",
    "section", "article", "header", "footer", "pre", "dd", "dt",
})
XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*>")
HTML_NON_TEXT_TAGS = ("script", "style", "noscript", "template", "head", "svg", "iframe", "object")

# --- boilerplate: paragraphs that are not the article ------------------------------------------
SEPARATOR = re.compile(r"^[\W_]{3,}$")
# "contributed" ending a credit, not "contributed troops to ..."
CONTRIBUTED = (r"\bcontributed(?:\s+(?:reporting|writing|research|to\s+this\s+(?:report|story|article)"
               r"|(?:from|in)\s+[A-Z][^.]*))*\s*(?:\.|$)")
NAMES = r"(?:[A-Z][\w'’.-]+\s+){1,4}"
# Credits that say "contributed": the word is looked for first, as searching every paragraph with these
# patterns took a quarter of the time spent reading a corpus.
CONTRIBUTED_LINES = (
    re.compile(r"\b(?:reporters?|writers?|correspondents?|journalists?|staff)\b[^.!?]{0,200}?" + CONTRIBUTED),
    re.compile(r"\bcontributed (?:reporting|writing|research|to this (?:report|story|article))\b"),
    re.compile(r"^" + NAMES + r"(?:and\s+" + NAMES + r")?" + CONTRIBUTED),
)
CREDIT_LINES = (
    re.compile(r"^\(?(?:additional |compiled )?(?:reporting|writing|editing|research|fact-checking)"
               r"\s+(?:by|from)\b", re.IGNORECASE),
)
PROMO_LINES = (
    re.compile(r"^(?:read more|read also|also read|related|see also|more on this|recommended|watch|listen)"
               r"\s*[:|»>]", re.IGNORECASE),
    re.compile(r"^(?:sign up|subscribe)\b", re.IGNORECASE),
    re.compile(r"^(?:©|\(c\)\s|copyright\b)", re.IGNORECASE),
    re.compile(r"\ball rights reserved\b", re.IGNORECASE),
)
SHORT_LINE_WORDS = 40  # credit, promo and copyright lines are short; a long paragraph is the article
LINK_TITLE_WORDS = (3, 25)
SENTENCE_END = tuple(".!?:;,…\"”’'»)")
OPENING_QUOTES = tuple("\"“‘'«")

# --- what the text states about itself -------------------------------------------------------
DATELINE = re.compile(r"^(?P<place>[^()\n]{0,60}?)\s*\((?P<agency>[^()\n]{1,40})\)\s*[—–-]")
CREDIT_OUTLET = re.compile(
    r"^(?:The\s+)?(?P<outlet>[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,4})\s+(?:staff\s+)?"
    r"(?:reporters?|writers?|correspondents?|journalists?)\b[^\n]*?\bcontributed\b"
)
PUBLISHER_NAME = r"(?P<outlet>(?:The\s+)?[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,4})"
NO_COMMENT = r"\b(?:did not|didn't|has not|hasn't|had not|declined to|failed to)\s+(?:immediately\s+)?"
COMMENT_OUTLET = (
    re.compile(NO_COMMENT + r"(?:respond|reply|answer)\w*\s+to\s+(?:a|an|the|several|repeated)\s+"
               r"(?:\w+\s+)?requests?\s+for\s+comment\b[^\n]*?\b(?:from|by)\s+" + PUBLISHER_NAME
               + r"\s*[.!]?\s*$"),
    re.compile(NO_COMMENT + r"(?:respond|reply|answer)\w*\s+to\s+" + PUBLISHER_NAME
               + r"(?:'s|’s|'|’)\s+(?:\w+\s+)?requests?\s+for\s+comment\b"),
)
DATELINE_PARAGRAPHS = 3
BYLINE_WORDS = 14
DATELINE_PREFIX_WORDS = 8
PUBLISHED_LINE = re.compile(
    r"^\W*(?P<label>(?:first\s+)?published|posted|(?:last\s+)?updated|last\s+modified)\b", re.IGNORECASE
)
# shapes of a full date; the words are checked by dateutil, not by a month list here
FULL_DATE = re.compile(
    r"\b(?:\d{4}-\d{2}-\d{2}"
    r"|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?[A-Za-z]{3,9}\.?,?\s+\d{4}"
    r"|[A-Za-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})\b"
)
NUMERIC_DATE = re.compile(r"^\s*(\d{1,2})[./-](\d{1,2})[./-](\d{4})\s*$")
ISO_DATE = re.compile(r"^\s*(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?\s*$")


@dataclass
class Article:
    article_id: str
    path: str  # relative to the corpus root, "" when the source is this one file
    title: str = ""
    text: str = ""  # headline line + "\n" + body paragraphs joined with "\n"
    paragraphs: list[tuple[int, int]] = field(default_factory=list)  # (start, end) in text; 0 = headline
    boilerplate: list[int] = field(default_factory=list)  # indexes of paragraphs that are not the article
    outlet: str = ""
    outlet_source: str = "unknown"  # manifest | jsonl | html | text | unknown
    url: str = ""
    published: str = ""  # ISO yyyy-mm-dd
    published_source: str = "unknown"  # manifest | jsonl | html | text | unknown
    format: str = ""  # txt | md | html | jsonl | other
    status: str = "ok"  # ok | skipped | error
    error: str = ""  # why, in plain words; warnings on ok articles too
    content_hash: str = ""  # sha256 of `text`

    def paragraph_texts(self) -> list[str]:
        return [self.text[start:end] for start, end in self.paragraphs]


class NotText(ValueError):
    """The bytes are not a text file."""


class SkipFile(Exception):
    """The file is deliberately not read; the message says why."""


@dataclass
class ManifestEntry:
    outlet: str = ""
    url: str = ""
    published: str = ""
    warnings: list[str] = field(default_factory=list)
    listed_in: str = MANIFEST_NAME


@dataclass
class _Slot:
    """One row-to-be of the result: a file to read or a problem found while listing."""

    relative: str  # posix path relative to the root
    absolute: Path | None = None
    problem: str = ""  # set for rows that are reported without reading anything
    status: str = "skipped"
    article_id: str = ""


# ============================================================================================
# Decoding and dates
# ============================================================================================


def _cp1252_fallback(error: UnicodeError) -> tuple[str, int]:
    """Decode bytes that are not UTF-8 as Windows-1252 (Latin-1 for its five unused bytes)."""
    assert isinstance(error, UnicodeDecodeError)
    bad = error.object[error.start:error.end]
    return "".join(_cp1252_char(byte) for byte in bad), error.end


def _cp1252_char(byte: int) -> str:
    try:
        return bytes([byte]).decode("cp1252")
    except UnicodeDecodeError:
        return bytes([byte]).decode("latin-1")


codecs.register_error("claimdesk-cp1252", _cp1252_fallback)


def decode_text(data: bytes) -> str:
    """Decode a text file: UTF-8 (BOM dropped), UTF-16/32 with BOM, else Windows-1252 byte by byte.

    The per-byte fallback keeps curly quotes from Windows-1252 and Latin-1 files and also rescues a
    UTF-8 file with a few stray Windows-1252 bytes. Raises NotText for binary content.
    """
    for bom, encoding in ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
                          (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                          (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return _require_text(data.decode(encoding))
            except UnicodeDecodeError as error:
                raise NotText("not text: binary content") from error
    if b"\x00" in data:
        raise NotText("not text: binary content")
    return _require_text(data.decode("utf-8", errors="claimdesk-cp1252"))


def _require_text(text: str) -> str:
    controls = len(CONTROL_CHARS.findall(text))
    if "\x00" in text or (controls >= 3 and controls > len(text) / 100):
        raise NotText("not text: binary content")
    return text


def _explicit_date(value: str, *, dayfirst: bool = False) -> date | None:
    """The date when `value` states day, month and year; None when any is missing or unreadable."""
    try:
        # parsing twice with different defaults reveals any field the text left out
        first = date_parser.parse(value, default=datetime(2000, 1, 1), dayfirst=dayfirst)
        second = date_parser.parse(value, default=datetime(2001, 2, 2), dayfirst=dayfirst)
    except (ValueError, OverflowError, TypeError):
        return None
    return first.date() if first.date() == second.date() else None


def parse_full_date(value: str) -> tuple[str, str]:
    """Return (ISO date, "") for a full date, else ("", why) — why is "unreadable" or "ambiguous"."""
    value = value.strip()
    iso = ISO_DATE.match(value)
    if iso:
        try:
            return date(*(int(part) for part in iso.groups())).isoformat(), ""
        except ValueError:
            return "", "unreadable"
    numeric = NUMERIC_DATE.match(value)
    if numeric:
        readings = {_explicit_date(value, dayfirst=dayfirst) for dayfirst in (True, False)} - {None}
        if len(readings) > 1:
            return "", "ambiguous"
        return (readings.pop().isoformat(), "") if readings else ("", "unreadable")
    written = FULL_DATE.search(value)
    found = _explicit_date(written.group(0)) if written else None
    return (found.isoformat(), "") if found else ("", "unreadable")


def _metadata_date(value: object, label: str) -> tuple[str, str]:
    """(ISO date, warning) for a date given as metadata; the warning names where it came from."""
    text = "" if value is None else str(value).strip()
    if not text:
        return "", ""
    iso, why = parse_full_date(text)
    if iso:
        return iso, ""
    if why == "ambiguous":
        return "", f"{label}: ambiguous date '{text}' (write it as YYYY-MM-DD)"
    return "", f"{label}: unreadable date '{text}'"


# ============================================================================================
# Lines, paragraphs, Markdown, HTML
# ============================================================================================


def normalise_line_breaks(text: str) -> str:
    return LINE_BREAKS.sub("\n", text)


def clean_lines(text: str) -> list[str]:
    """Non-blank lines of `text`, stripped, with every kind of line break treated alike."""
    return [line.strip() for line in normalise_line_breaks(text).split("\n") if line.strip()]


def assemble(headline: str, body: Iterable[str]) -> tuple[str, list[tuple[int, int]]]:
    """Join headline and body paragraphs with "\n"; return the text and each paragraph's span."""
    lines = [line for line in (headline, *body) if line]
    spans: list[tuple[int, int]] = []
    start = 0
    for line in lines:
        spans.append((start, start + len(line)))
        start += len(line) + 1
    return "\n".join(lines), spans


MD_HEADING = re.compile(r"^#{1,6}\s+|\s+#+$")
MD_BULLET = re.compile(r"^(?:[-*+•·‣◦▪]\s+)+")
MD_QUOTE = re.compile(r"^(?:>\s?)+")
MD_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
MD_LINK = re.compile(r"\[([^\]]+)\]\([^)\s]*(?:\s+\"[^\"]*\")?\)")
MD_EMPHASIS = re.compile(r"(?<![\w*])(\*{1,3}|_{1,3})(?=\S)(.+?)(?<=\S)\1(?![\w*])")


def markdown_line(line: str) -> str:
    """A Markdown line as plain text: no heading marks, bullets, quote marks, emphasis or link URLs."""
    line = line.strip()
    if SEPARATOR.match(line):
        return line
    line = MD_QUOTE.sub("", line)
    line = MD_HEADING.sub("", line)
    line = MD_BULLET.sub("", line)
    line = MD_IMAGE.sub("", line)
    line = MD_LINK.sub(r"\1", line)
    return MD_EMPHASIS.sub(r"\2", line).strip()


def split_front_matter(lines: list[str]) -> tuple[dict[str, str], list[str]]:
    """YAML-style front matter (as web clippers write it) as a flat dict, and the remaining lines."""
    if not lines or lines[0] != "---":
        return {}, lines
    for end, line in enumerate(lines[1:60], start=1):
        if line in ("---", "..."):
            pairs = (entry.split(":", 1) for entry in lines[1:end] if ":" in entry)
            meta = {key.strip().lower(): value.strip().strip("\"'") for key, value in pairs}
            return meta, lines[end + 1:]
    return {}, lines


def _first_field(record: dict, names: tuple[str, ...]) -> object:
    return next((record[name] for name in names if record.get(name) not in (None, "")), None)


def _html_decode(data: bytes) -> str:
    declared = HTML_CHARSET.search(data[:4096])
    if declared and not data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return _require_text(data.decode(declared.group(1).decode("ascii")))
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong or unknown declaration: sniff like any other file
    return decode_text(data)


def _html_fallback(html: str) -> tuple[str, list[str]]:
    """Title and text lines of a page trafilatura found no article in; script/style never included."""
    try:
        tree = lxml.html.fromstring(html)
    except (ValueError, etree.ParserError):
        return "", []
    title = (tree.findtext(".//title") or "").strip()
    for element in tree.xpath("|".join(f"//{tag}" for tag in HTML_NON_TEXT_TAGS)):
        element.drop_tree()
    for element in tree.iter():
        if element.tag in HTML_BLOCK_TAGS:
            element.tail = "\n" + (element.tail or "")
    return title, clean_lines(tree.text_content())


def read_html(html: str) -> dict[str, str | list[str]]:
    """Title, body lines and page metadata (sitename, date) of an HTML page, offline."""
    import trafilatura  # here, not at the top: a fifth of a second that a corpus without HTML never needs

    html = XML_DECLARATION.sub("", html)  # lxml refuses str input that declares an encoding
    document = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, include_images=False, include_links=False,
        # only dates the page declares: htmldate's extensive search turns "© 2021" into 2021-01-01
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    title = clean_lines((document.title if document else "") or "")
    body = clean_lines((document.text if document else "") or "")
    if not title or not body:
        fallback_title, fallback_lines = _html_fallback(html)
        title, body = title or clean_lines(fallback_title), body or fallback_lines
    headline = title[0] if title else ""
    if body and body[0] == headline:
        body = body[1:]
    return {
        "title": headline,
        "body": body,
        "outlet": (document.sitename or "").strip() if document else "",
        "published": (document.date or "") if document else "",
    }


# ============================================================================================
# Boilerplate
# ============================================================================================


def _word_count(paragraph: str) -> int:
    return len(paragraph.split())


def _is_body_sentence(paragraph: str) -> bool:
    return paragraph.endswith(SENTENCE_END) and _word_count(paragraph) >= 8


def _looks_like_link_title(paragraph: str) -> bool:
    low, high = LINK_TITLE_WORDS
    return (
        low <= _word_count(paragraph) <= high
        and paragraph[:1].isupper()
        and not paragraph.startswith(OPENING_QUOTES)
        and (not paragraph.endswith(SENTENCE_END) or paragraph.endswith("?"))
    )


def _related_link_runs(paragraphs: list[str]) -> set[int]:
    """Runs of 2+ headline-like lines that follow the start of the article body: related-story links."""
    flagged: set[int] = set()
    # A run counts only after the body has begun: where it begins is found once, not again for every run.
    first_body = next((i for i in range(1, len(paragraphs)) if _is_body_sentence(paragraphs[i])), len(paragraphs))
    index = 1
    while index < len(paragraphs):
        end = index
        while end < len(paragraphs) and _looks_like_link_title(paragraphs[end]):
            end += 1
        run = range(index, end)
        unpunctuated = sum(not paragraphs[i].endswith("?") for i in run)
        if len(run) >= 2 and unpunctuated * 2 >= len(run) and first_body < index:
            flagged.update(run)
        index = end + 1
    return flagged


def _is_boilerplate_line(paragraph: str) -> bool:
    if SEPARATOR.match(paragraph):
        return True
    if _word_count(paragraph) > SHORT_LINE_WORDS:
        return False
    if PUBLISHED_LINE.match(paragraph) and FULL_DATE.search(paragraph):
        return True
    if "contributed" in paragraph and any(pattern.search(paragraph) for pattern in CONTRIBUTED_LINES):
        return True
    return any(pattern.search(paragraph) for pattern in (*CREDIT_LINES, *PROMO_LINES))


def boilerplate_paragraphs(paragraphs: list[str]) -> list[int]:
    """Indexes of paragraphs that are not the article: separators, credits, promos, related links."""
    single = {index for index, text in enumerate(paragraphs) if index and _is_boilerplate_line(text)}
    return sorted(single | _related_link_runs(paragraphs))


# ============================================================================================
# What the text states about itself: outlet and publication date
# ============================================================================================


@cache
def wire_agencies() -> dict[str, str]:
    """Agency code or name (casefolded) -> agency name, from data/wire_agencies.csv."""
    with (DATA_DIR / "wire_agencies.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    names = {row["code"].strip().casefold(): row["name"].strip() for row in rows}
    by_name = {row["name"].strip().casefold(): row["name"].strip() for row in rows}
    without_the = {name.removeprefix("the "): full for name, full in by_name.items()}
    return {**without_the, **by_name, **names}


def _agency_name(written: str) -> str:
    key = written.strip().casefold()
    return wire_agencies().get(key) or wire_agencies().get(key.removeprefix("the "), "")


def _is_place(words: str) -> bool:
    """A dateline's place (and date): a few words, each capitalised or a number ("KYIV, Ukraine")."""
    tokens = words.replace(",", " ").split()
    return len(tokens) <= DATELINE_PREFIX_WORDS and all(token[0].isupper() or token[0].isdigit()
                                                        for token in tokens)


def _outlet_from_dateline(paragraph: str) -> str:
    match = DATELINE.match(paragraph)
    if not match:
        return ""
    place, agency = match.group("place").strip(), match.group("agency").strip()
    if not _is_place(place):
        return ""
    known = _agency_name(agency)
    if known:
        return known
    # an unlisted agency counts only in a classic dateline: "PLACE (Agency) —" or "(Agency) —"
    first_word = place.split(",")[0].split()[0] if place else ""
    classic = not place or (len(first_word) > 1 and first_word.isupper())
    looks_like_name = agency[:1].isupper() and _word_count(agency) <= 3
    return agency if classic and looks_like_name else ""


def _is_date_word(candidate: str) -> bool:
    try:
        date_parser.parse(candidate)
    except (ValueError, OverflowError):
        return False
    return True


def _publisher(candidate: str) -> str:
    candidate = candidate.strip().rstrip(".")
    if not candidate or _is_date_word(candidate):
        return ""
    return _agency_name(candidate) or candidate


def outlet_from_text(paragraphs: list[str]) -> str:
    """The publisher the text names: wire dateline, then credit line, then a 'request for comment' line."""
    for paragraph in paragraphs[1:1 + DATELINE_PARAGRAPHS]:
        if outlet := _outlet_from_dateline(paragraph):
            return outlet
    for paragraph in reversed(paragraphs[1:]):
        match = CREDIT_OUTLET.search(paragraph)
        if match and (outlet := _publisher(match.group("outlet"))):
            return outlet
    for paragraph in reversed(paragraphs[1:]):
        for pattern in COMMENT_OUTLET:
            match = pattern.search(paragraph)
            if match and (outlet := _publisher(match.group("outlet"))):
                return outlet
    return ""


def _dates_in(text: str) -> list[str]:
    return [iso for match in FULL_DATE.finditer(text) if (iso := parse_full_date(match.group(0))[0])]


def _dateline_date(paragraph: str) -> str:
    """A full date in a byline/date line, or in the dateline before the first dash."""
    undated = FULL_DATE.sub("", paragraph).strip()
    if _word_count(paragraph) <= BYLINE_WORDS and not undated.endswith((".", "!", "?")):
        return next(iter(_dates_in(paragraph)), "")
    prefix = re.split(r"\s[—–-]\s|\s?—\s?", paragraph, maxsplit=1)[0]
    if prefix != paragraph and _word_count(prefix) <= DATELINE_PREFIX_WORDS and prefix[:1].isupper():
        return next(iter(_dates_in(prefix)), "")
    return ""


def published_from_text(paragraphs: list[str]) -> str:
    """ISO publication date when the text states a full date in a dateline, byline or 'Published' line."""
    labelled = [
        (match.group("label").lower(), paragraph)
        for paragraph in paragraphs[1:]
        if _word_count(paragraph) <= SHORT_LINE_WORDS and (match := PUBLISHED_LINE.match(paragraph))
    ]
    for label, paragraph in labelled:
        if "updated" not in label and "modified" not in label and (found := _dates_in(paragraph)):
            return found[0]
    for paragraph in paragraphs[1:1 + DATELINE_PARAGRAPHS]:
        if found := _dateline_date(paragraph):
            return found
    return next((found[0] for _, paragraph in labelled if (found := _dates_in(paragraph))), "")


# ============================================================================================
# Reading one file
# ============================================================================================


def _size_limit(max_bytes: int) -> str:
    for unit, size in (("GB", 10**9), ("MB", 10**6), ("kB", 10**3)):
        if max_bytes >= size:
            return f"{max_bytes / size:g} {unit}"
    return f"{max_bytes} bytes"


def _too_large(max_bytes: int, what: str = "") -> str:
    return f"{what}larger than the {_size_limit(max_bytes)} limit; raise it with --max-bytes"


def _read_bytes(path: Path, max_bytes: int) -> bytes:
    if path.stat().st_size > max_bytes:
        raise SkipFile(_too_large(max_bytes))
    data = path.read_bytes()
    if len(data) > max_bytes:  # grew while we looked
        raise SkipFile(_too_large(max_bytes))
    if not data.strip():
        raise SkipFile("empty file")
    return data


def _text_from_bytes(data: bytes) -> str:
    try:
        text = decode_text(data)
    except NotText as error:
        raise SkipFile(str(error)) from error
    if not text.strip():
        raise SkipFile("empty file")
    return text


def _plain_article(base: Article, text: str, markdown: bool) -> Article:
    lines = clean_lines(text)
    meta: dict[str, str] = {}
    if markdown:
        meta, lines = split_front_matter(lines)
        lines = [cleaned for line in lines if (cleaned := markdown_line(line))]
    headline = clean_lines(meta.get("title", ""))[:1] or lines[:1]
    body = lines[1:] if lines[:1] == headline else lines
    article = _with_text(base, headline[0] if headline else "", body)
    return _with_given(article, meta, FRONT_MATTER_FIELDS, source="text", label="front matter")


def _with_text(base: Article, headline: str, body: list[str]) -> Article:
    if not headline and body:
        headline, body = body[0], body[1:]
    text, spans = assemble(headline, body)
    if not text:
        raise SkipFile("empty file")
    return replace(base, title=headline, text=text, paragraphs=spans)


def _with_given(article: Article, record: dict, names: dict[str, tuple[str, ...]], *,
                source: str, label: str) -> Article:
    """Apply outlet / url / published that the file itself declares (JSON fields, front matter)."""
    outlet = _first_field(record, names["outlet"])
    url = _first_field(record, names["url"])
    published, warning = _metadata_date(_first_field(record, names["published"]), label)
    return replace(
        article,
        outlet=str(outlet).strip() if outlet else article.outlet,
        outlet_source=source if outlet else article.outlet_source,
        url=str(url).strip() if url and "://" in str(url) else article.url,
        published=published or article.published,
        published_source=source if published else article.published_source,
        error=_join_warnings(article.error, warning),
    )


def _html_article(base: Article, data: bytes) -> Article:
    try:
        html = _html_decode(data)
    except NotText as error:
        raise SkipFile(str(error)) from error
    page = read_html(html)
    if not page["title"] and not page["body"]:
        raise SkipFile("no article text found in the page")
    article = _with_text(base, str(page["title"]), list(page["body"]))
    published, _ = parse_full_date(str(page["published"])) if page["published"] else ("", "")
    outlet = str(page["outlet"])
    return replace(
        article,
        outlet=outlet, outlet_source="html" if outlet else "unknown",
        published=published, published_source="html" if published else "unknown",
    )


def _jsonl_line_article(base: Article, raw: bytes, line_number: int, max_bytes: int) -> Article:
    where = f"line {line_number}"
    if len(raw) > max_bytes:
        return replace(base, status="skipped", error=_too_large(max_bytes, f"{where}: "))
    try:
        record = json.loads(decode_text(raw))
    except NotText:
        return replace(base, status="error", error=f"{where}: not text: binary content")
    except json.JSONDecodeError as error:
        reason = f"{where}: not valid JSON ({error.msg}, column {error.colno})"
        return replace(base, status="error", error=reason)
    if not isinstance(record, dict):
        return replace(base, status="error", error=f"{where}: expected a JSON object with title and text")
    title, text = _first_field(record, JSONL_FIELDS["title"]), _first_field(record, JSONL_FIELDS["text"])
    if not all(isinstance(value, (str, type(None))) for value in (title, text)):
        return replace(base, status="error", error=f"{where}: title and text must be strings")
    try:
        article = _with_text(base, next(iter(clean_lines(title or "")), ""), clean_lines(text or ""))
    except SkipFile:
        return replace(base, status="skipped", error=f"{where}: no title or text")
    return _with_given(article, record, JSONL_FIELDS, source="jsonl", label=where)


def _jsonl_articles(slot: _Slot, base: Article, max_bytes: int) -> Iterator[Article]:
    """One Article per non-blank line, streamed; max_bytes applies to each line (one article)."""
    assert slot.absolute is not None
    with slot.absolute.open("rb") as handle:
        found_any = False
        for line_number, raw in enumerate(handle, start=1):
            if not raw.strip():
                continue
            found_any = True
            line_base = replace(base, article_id=f"{base.article_id}-{line_number}")
            yield _guarded(lambda b=line_base, r=raw, n=line_number: _jsonl_line_article(b, r, n, max_bytes),
                           line_base)
    if not found_any:
        yield replace(base, status="skipped", error="empty file")


def _guarded(read: Callable[[], Article], base: Article) -> Article:
    """Run one reader; anything unexpected becomes an error row instead of stopping the corpus."""
    try:
        return read()
    except SkipFile as reason:
        return replace(base, status="skipped", error=str(reason))
    except NotText as reason:
        return replace(base, status="skipped", error=str(reason))
    except OSError as error:
        return replace(base, status="error", error=error.strerror or str(error))
    except Exception as error:  # noqa: BLE001 - one odd file must never stop the build
        return replace(base, status="error", error=f"{type(error).__name__}: {error}")


def _read_file(slot: _Slot, base: Article, max_bytes: int) -> Iterator[Article]:
    assert slot.absolute is not None
    if base.format == "jsonl":
        try:
            yield from _jsonl_articles(slot, base, max_bytes)
        except OSError as error:
            yield replace(base, status="error", error=error.strerror or str(error))
        return
    if base.format == "html":
        yield _guarded(lambda: _html_article(base, _read_bytes(slot.absolute, max_bytes)), base)
        return
    yield _guarded(
        lambda: _plain_article(base, _text_from_bytes(_read_bytes(slot.absolute, max_bytes)),
                               markdown=base.format == "md"),
        base,
    )


# ============================================================================================
# Listing the corpus, manifests, ids
# ============================================================================================


def _is_hidden(name: str) -> bool:
    return name.startswith(".")


def _is_manifest(name: str) -> bool:
    return name.casefold() == MANIFEST_NAME


def _inside(path: Path, root: Path) -> bool:
    return path == root or root in path.parents


def _link_problem(path: Path, root: Path) -> str:
    """Why a symbolic link is not followed, or "" when it points inside the corpus."""
    try:
        target = path.resolve(strict=True)
    except (OSError, RuntimeError):
        return "broken symbolic link"
    return "" if _inside(target, root) else "symbolic link outside the corpus"


def _relative(path: Path, root: Path) -> str:
    return path.relative_to(root).as_posix()


def _list_folder(root: Path) -> tuple[list[_Slot], list[str]]:
    """Candidate files (sorted) and manifest paths under `root`, skipping hidden files and folders."""
    slots: list[_Slot] = []
    manifests: list[str] = []
    for folder, dirnames, filenames in os.walk(root, followlinks=False):
        folder_path = Path(folder)
        dirnames[:] = sorted(name for name in dirnames if not _is_hidden(name))
        for name in list(dirnames):
            linked = folder_path / name
            if linked.is_symlink():
                dirnames.remove(name)  # a link inside the corpus repeats files read elsewhere
                if problem := _link_problem(linked, root):
                    slots.append(_Slot(_relative(linked, root), linked, problem=problem))
        for name in filenames:
            path = folder_path / name
            if _is_hidden(name) or name.casefold() in IGNORED_NAMES:
                continue
            if _is_manifest(name):
                manifests.append(_relative(path, root))
                continue
            problem = _link_problem(path, root) if path.is_symlink() else ""
            if not problem and not path.is_file():  # a pipe or device would block or never end
                problem = "not a regular file"
            slots.append(_Slot(_relative(path, root), path, problem=problem))
    return slots, sorted(manifests, key=lambda path: path.count("/"))


def _format_of(relative: str) -> str:
    return FORMATS.get(PurePosixPath(relative).suffix.lower(), "other")


def _read_manifest(root: Path, manifest: str) -> tuple[dict[str, ManifestEntry], list[_Slot]]:
    """Entries by file path relative to the root, and rows for the manifest's own problems."""
    folder = posixpath.dirname(manifest)
    try:
        text = decode_text((root / manifest).read_bytes())
    except (OSError, NotText) as error:
        return {}, [_Slot(manifest, problem=f"manifest not readable: {error}", status="error")]
    reader = csv.DictReader(io.StringIO(normalise_line_breaks(text)))
    reader.fieldnames = [name.strip().lower() for name in reader.fieldnames or []]
    if "file" not in reader.fieldnames:
        problem = f"{manifest} has no 'file' column; expected the columns file, outlet, url, published"
        return {}, [_Slot(manifest, problem=problem, status="error")]
    entries: dict[str, ManifestEntry] = {}
    problems: list[_Slot] = []
    for row_number, row in enumerate(reader, start=2):
        values = {key: (value or "").strip() for key, value in row.items() if isinstance(key, str)}
        listed = values.get("file", "").replace("\\", "/")
        if not listed:
            if any(values.values()):
                problems.append(_Slot(manifest, problem=f"{manifest} row {row_number}: no file named",
                                      status="error"))
            continue
        relative = posixpath.normpath(posixpath.join(folder, listed))
        if relative.startswith("../") or relative == ".." or posixpath.isabs(relative):
            problems.append(_Slot(manifest, problem=f"{manifest} row {row_number}: '{listed}' is outside "
                                  "the corpus folder", status="error"))
            continue
        published, warning = _metadata_date(values.get("published"), "manifest")
        entries[relative] = ManifestEntry(
            outlet=values.get("outlet", ""), url=values.get("url", ""), published=published,
            warnings=[warning] if warning else [], listed_in=manifest,
        )
    return entries, problems


def _merge_entries(shallow: ManifestEntry, deep: ManifestEntry) -> ManifestEntry:
    """A subfolder's manifest is more specific: its non-empty values win."""
    return ManifestEntry(
        outlet=deep.outlet or shallow.outlet,
        url=deep.url or shallow.url,
        published=deep.published or shallow.published,
        warnings=deep.warnings if deep.published or not shallow.published else shallow.warnings,
        listed_in=deep.listed_in,
    )


def _read_manifests(root: Path, manifests: list[str]) -> tuple[dict[str, ManifestEntry], list[_Slot]]:
    entries: dict[str, ManifestEntry] = {}
    problems: list[_Slot] = []
    for manifest in manifests:  # shallow first, so deeper manifests override
        found, manifest_problems = _read_manifest(root, manifest)
        problems.extend(manifest_problems)
        for relative, entry in found.items():
            entries[relative] = _merge_entries(entries[relative], entry) if relative in entries else entry
    return entries, problems


def _match_entries(entries: dict[str, ManifestEntry], slots: list[_Slot]) -> dict[str, ManifestEntry]:
    """Key manifest entries by the real file path; names differing only in case still match."""
    present = {slot.relative for slot in slots}
    by_folded = {slot.relative.casefold(): slot.relative for slot in slots}
    matched: dict[str, ManifestEntry] = {}
    for relative, entry in entries.items():
        real = relative if relative in present else by_folded.get(relative.casefold(), relative)
        matched[real] = entry
    return matched


def _sort_key(slot: _Slot) -> tuple[tuple[str, ...], str]:
    return PurePosixPath(slot.relative).parts, slot.problem


def _assign_ids(slots: list[_Slot]) -> None:
    """article_id = file stem; stems shared by several files use their folder path ("sub/x" -> "sub-x")."""
    stems = [PurePosixPath(slot.relative).stem for slot in slots]
    shared = {stem for stem, count in Counter(stems).items() if count > 1}
    used: set[str] = set()
    for slot, stem in zip(slots, stems, strict=True):
        candidate = stem
        if stem in shared:
            candidate = str(PurePosixPath(slot.relative).with_suffix("")).replace("/", "-")
        if candidate in used:
            candidate = f"{candidate}-{PurePosixPath(slot.relative).suffix.lstrip('.') or 'file'}"
        slot.article_id = _unique(candidate, used)


def _unique(candidate: str, used: set[str]) -> str:
    unique, counter = candidate, 2
    while unique in used:
        unique, counter = f"{candidate}-{counter}", counter + 1
    used.add(unique)
    return unique


def _layout(source: Path) -> tuple[Path, list[_Slot], dict[str, ManifestEntry], bool]:
    """Root folder, the sorted rows to produce, manifest entries, and whether the source is one file."""
    if source.is_dir():
        root = source.resolve()
        slots, manifests = _list_folder(root)
        entries, problems = _read_manifests(root, manifests)
        entries = _match_entries(entries, slots)
        present = {slot.relative for slot in slots}
        missing = [
            _Slot(relative, problem=f"listed in {entry.listed_in} but not found", status="error")
            for relative, entry in entries.items() if relative not in present
        ]
        rows = sorted([*slots, *problems, *missing], key=_sort_key)
        _assign_ids(rows)
        return root, rows, entries, False
    if not source.exists():
        raise FileNotFoundError(f"{source} does not exist")
    root = source.parent.resolve()
    slot = _Slot(source.name, source, article_id=source.stem)
    entries: dict[str, ManifestEntry] = {}
    manifest = root / MANIFEST_NAME
    if manifest.is_file() and not _is_manifest(source.name):
        found, _ = _read_manifests(root, [MANIFEST_NAME])
        entries = _match_entries(found, [slot])
    return root, [slot], entries, True


# ============================================================================================
# Finishing an article: manifest, inference, boilerplate, hash, duplicates
# ============================================================================================


def _join_warnings(*warnings: str) -> str:
    return "; ".join(warning for warning in warnings if warning)


def _apply_manifest(article: Article, entry: ManifestEntry | None) -> Article:
    if entry is None:
        return article
    return replace(
        article,
        outlet=entry.outlet or article.outlet,
        outlet_source="manifest" if entry.outlet else article.outlet_source,
        url=entry.url or article.url,
        published=entry.published or article.published,
        published_source="manifest" if entry.published else article.published_source,
        error=_join_warnings(*entry.warnings, article.error),
    )


def _infer_from_text(article: Article) -> Article:
    paragraphs = article.paragraph_texts()
    outlet = article.outlet or outlet_from_text(paragraphs)
    published = article.published or published_from_text(paragraphs)
    return replace(
        article,
        outlet=outlet,
        outlet_source=article.outlet_source if article.outlet or not outlet else "text",
        published=published,
        published_source=article.published_source if article.published or not published else "text",
        boilerplate=boilerplate_paragraphs(paragraphs),
        content_hash=hashlib.sha256(article.text.encode("utf-8")).hexdigest(),
    )


def _finish(article: Article, entry: ManifestEntry | None) -> Article:
    article = _apply_manifest(article, entry)
    if article.status != "ok":
        return article
    return _infer_from_text(article)


def _where(article: Article) -> str:
    """How an error message names an article: its path, with the row id for JSON lines."""
    if not article.path:
        return article.article_id
    return f"{article.path} ({article.article_id})" if article.format == "jsonl" else article.path


class _Duplicates:
    """Remembers the first article of every content hash; later copies are skipped."""

    def __init__(self) -> None:
        self.first: dict[str, str] = {}

    def check(self, article: Article) -> Article:
        if article.status != "ok" or not article.content_hash:
            return article
        original = self.first.get(article.content_hash)
        if original is None:
            self.first[article.content_hash] = _where(article)
            return article
        return replace(article, status="skipped", error=f"duplicate of {original}",
                       text="", paragraphs=[], boilerplate=[])


def _slot_articles(slot: _Slot, max_bytes: int, single_file: bool) -> Iterator[Article]:
    base = Article(
        article_id=slot.article_id,
        path="" if single_file else slot.relative,
        format=_format_of(slot.relative),
    )
    if slot.problem:
        yield replace(base, status=slot.status, error=slot.problem)
        return
    if base.format == "other":
        suffix = PurePosixPath(slot.relative).suffix.lower()
        reason = f"unsupported file type {suffix}" if suffix else "unsupported file type (no extension)"
        yield replace(base, status="skipped", error=reason)
        return
    yield from _read_file(slot, base, max_bytes)


def iter_corpus(source: str | Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Article]:
    """Yield one Article per candidate file (per line for .jsonl), in sorted path order.

    Files are read one at a time, so memory stays flat on large corpora. Never raises for a bad
    file; raises FileNotFoundError only when `source` itself does not exist.
    """
    _, slots, entries, single_file = _layout(Path(source))
    duplicates = _Duplicates()
    used_ids = {slot.article_id for slot in slots}
    for slot in slots:
        for article in _slot_articles(slot, max_bytes, single_file):
            if article.article_id != slot.article_id:  # a JSON line: keep ids unique across the corpus
                article = replace(article, article_id=_unique(article.article_id, used_ids))
            yield duplicates.check(_finish(article, entries.get(slot.relative)))


def read_corpus(source: str | Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> list[Article]:
    """All articles of a folder (searched recursively) or of one file; see `iter_corpus`."""
    return list(iter_corpus(source, max_bytes=max_bytes))
