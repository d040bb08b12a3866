"""Tests for analysis/reading/page_metadata.py: a page's own headline, publisher, date and address."""

from __future__ import annotations

import json

import lxml.html
import pytest

from analysis.reading.page_metadata import choose_outlet, page_date, page_metadata, strip_site_labels

BODY = "<p>The harbour authority said on Monday that the new pier would open next spring.</p>"


def page(head: str = "", body: str = "", ld: object = None) -> lxml.html.HtmlElement:
    script = f'<script type="application/ld+json">{json.dumps(ld)}</script>' if ld is not None else ""
    return lxml.html.fromstring(f"<html><head>{head}{script}</head><body>{body}{BODY}</body></html>")


def test_json_ld_news_article_comes_first() -> None:
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "WebPage", "url": "https://www.harbourgazette.example/", "name": "Home"},
        {"@type": "NewsArticle", "headline": "New pier to open in spring", "datePublished": "2023-04-02T23:30:00-07:00",
         "publisher": {"@type": "Organization", "name": "Harbour Gazette"},
         "url": "https://www.harbourgazette.example/local/new-pier"}]}
    head = ('<meta property="og:site_name" content="Gazette Online"><meta property="og:title" content="Pier!">'
            '<meta property="article:published_time" content="2023-04-05"><title>Pier | Harbour Gazette</title>')
    found = page_metadata(page(head, ld=ld), {})
    assert (found.title, found.outlet, found.outlet_source) == ("New pier to open in spring", "Harbour Gazette",
                                                                "json-ld")
    # the date as the page writes it, in its own time zone: not moved to another day
    assert (found.published, found.published_source) == ("2023-04-02", "json-ld")
    assert found.url == "https://www.harbourgazette.example/local/new-pier"


def test_opengraph_then_canonical_then_time() -> None:
    head = ('<meta property="og:title" content="Ferry fares rise"><meta property="og:site_name" content="Coast Post">'
            '<link rel="canonical" href="https://coastpost.example/2023/ferry-fares">')
    found = page_metadata(page(head, '<time datetime="2023-06-01T08:00:00Z">1 June</time>'), {})
    assert (found.title, found.outlet, found.outlet_source) == ("Ferry fares rise", "Coast Post", "opengraph")
    assert (found.published, found.published_source, found.url) == (
        "2023-06-01", "time", "https://coastpost.example/2023/ferry-fares")


def test_trafilatura_guess_is_the_last_resort() -> None:
    found = page_metadata(page(), {"title": "Quiet page", "sitename": "Valley Times", "date": "2022-02-03"})
    assert (found.title, found.outlet, found.outlet_source, found.published, found.published_source) == (
        "Quiet page", "Valley Times", "html", "2022-02-03", "html")


@pytest.mark.parametrize(("title", "expected"), [
    ("Bridge reopens after repairs | Harbour Gazette", "Bridge reopens after repairs"),
    ("Bridge reopens after repairs - harbourgazette.example", "Bridge reopens after repairs"),
    ("Opinion | Bridge reopens after repairs", "Bridge reopens after repairs"),  # the bare headline omits it
    ("Bridge reopens after repairs – Local News", "Bridge reopens after repairs"),
    ("Storm: what we know - and what we don't", "Storm: what we know - and what we don't"),  # no label: kept
])
def test_site_and_section_labels_are_stripped(title: str, expected: str) -> None:
    labels, domains = {"harbourgazette"}, ["harbourgazette"]
    headlines = {"bridgereopensafterrepairs"}
    assert strip_site_labels(title, labels, domains, headlines) == expected


def test_the_visible_headline_wins_when_a_declared_title_confirms_it() -> None:
    head = '<meta property="og:title" content="Chasing cheaper fares, islanders take the night ferry">'
    found = page_metadata(page(head, "<h1>Why islanders take the night ferry to chase cheaper fares</h1>"), {})
    assert found.title == "Why islanders take the night ferry to chase cheaper fares"


def test_an_unrelated_h1_is_not_the_headline() -> None:
    head = ('<meta property="og:title" content="Ferry fares rise again">'
            '<meta property="og:site_name" content="Coast Post">')
    found = page_metadata(page(head, "<h1>Coast Post</h1><h1>Sign up for our morning newsletter today</h1>"), {})
    assert found.title == "Ferry fares rise again"


@pytest.mark.parametrize(("candidates", "url", "expected"), [
    # a wire service named as publisher on a newspaper's site: the site's own name, which its domain confirms
    ([("Wire Service", "json-ld"), ("Valley Courier", "opengraph")], "https://www.valleycourier.example/a/1",
     ("Valley Courier", "opengraph")),
    ([("Blogger", "json-ld"), ("Lagos Daily | Your trusted news platform", "opengraph")],
     "https://www.lagosdaily.example/2020/x.html", ("Lagos Daily", "opengraph")),
    ([("{{site_name}}", "opengraph"), ("https://www.islandnews.example", "meta")],
     "https://www.islandnews.example/story", ("islandnews.example", "domain")),
    ([("riverton", "json-ld")], "https://www.riverton.example/story/1", ("riverton.example", "json-ld")),
    ([("Harbour Gazette", "json-ld")], "", ("Harbour Gazette", "json-ld")),
    ([("Valley", "json-ld"), ("Valley Courier", "opengraph")], "https://valleycourier.example/a",
     ("Valley Courier", "opengraph")),
    ([], "", ("", "unknown")),
])
def test_the_outlet_is_the_publishers_name(candidates: list[tuple[str, str]], url: str,
                                            expected: tuple[str, str]) -> None:
    assert choose_outlet(candidates, url) == expected


@pytest.mark.parametrize(("stamp", "expected"), [
    ("2019-11-20T01:50:59.403Z", "2019-11-20"),
    ("November 20, 2019 13:42", "2019-11-20"),
    ("Tue Nov 19 2019 05:44:06 GMT+0000", "2019-11-19"),
    ("0001-01-01T00:00:00Z", ""),  # a template's default, not a date
    ("2019-13-40", ""),
    ("soon", ""),
])
def test_page_dates(stamp: str, expected: str) -> None:
    assert page_date(stamp) == expected


def test_broken_json_ld_is_one_source_less() -> None:
    tree = lxml.html.fromstring('<html><head><script type="application/ld+json">{"@type": "NewsArticle",</script>'
                                '<meta property="og:title" content="Still read"></head><body></body></html>')
    assert page_metadata(tree, {}).title == "Still read"


def test_a_home_page_address_is_not_the_articles() -> None:
    ld = {"@type": "NewsArticle", "headline": "Pier opens", "url": "http://www.harbourgazette.example"}
    head = '<meta property="og:url" content="https://www.harbourgazette.example/local/pier-opens">'
    assert page_metadata(page(head, ld=ld), {}).url == "https://www.harbourgazette.example/local/pier-opens"
