"""Saved web pages: the article's text found by trafilatura, with a plain fallback for pages it finds none in."""

from __future__ import annotations

import codecs
import re
from dataclasses import replace

import lxml.html
from lxml import etree

from analysis.reading.article import Article, NotText, SkipFile, clean_lines, with_text
from analysis.reading.decoding import decode_text, require_text
from analysis.reading.furniture import restored_lead, split_body, without_furniture
from analysis.reading.page_metadata import PageMetadata, page_metadata

HTML_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)""", re.IGNORECASE)
HTML_BLOCK_TAGS = frozenset({
    "p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "td", "th",
    "section", "article", "header", "footer", "pre", "dd", "dt",
})
XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*>")
HTML_NON_TEXT_TAGS = ("script", "style", "noscript", "template", "head", "svg", "iframe", "object")


def html_decode(data: bytes) -> str:
    declared = HTML_CHARSET.search(data[:4096])
    if declared and not data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return require_text(data.decode(declared.group(1).decode("ascii")))
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong or unknown declaration: sniff like any other file
    return decode_text(data)


def html_fallback(html: str) -> tuple[str, list[str]]:
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


def _tree(html: str) -> etree._Element | None:
    try:
        return lxml.html.fromstring(html)
    except (ValueError, etree.ParserError):
        return None


def read_html(html: str, url: str = "") -> dict[str, object]:
    """Title, body lines and the page's own metadata (`PageMetadata`) of an HTML page, offline."""
    import trafilatura  # here, not at the top: a fifth of a second that a corpus without HTML never needs

    html = XML_DECLARATION.sub("", html)  # lxml refuses str input that declares an encoding
    document = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, include_images=False, include_links=False,
        favor_recall=True,  # the body whole: furniture goes by the page's structure afterwards (furniture.py)
        # only dates the page declares: htmldate's extensive search turns "© 2021" into 2021-01-01
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    title = clean_lines((document.title if document else "") or "")
    body = clean_lines((document.text if document else "") or "")
    if not title or not body:
        fallback_title, fallback_lines = html_fallback(html)
        title, body = title or clean_lines(fallback_title), body or fallback_lines
    guessed_title = title[0] if title else ""
    tree = _tree(html)
    guessed = {"title": guessed_title, "sitename": (document.sitename or "") if document else "",
               "date": (document.date or "") if document else "", "url": url}
    metadata = page_metadata(tree, guessed) if tree is not None else PageMetadata()
    headline = metadata.title or guessed_title
    if body and body[0] in (headline, guessed_title):
        body = body[1:]
    if tree is not None and document is not None:
        body = restored_lead(tree, metadata.description, split_body(tree, body))
    return {"title": headline, "body": without_furniture(headline, body), "metadata": metadata}


def html_article(base: Article, data: bytes, url: str = "") -> Article:
    """The article of a saved page; `url`, where known (a web archive's record), is where it was fetched from."""
    try:
        html = html_decode(data)
    except NotText as error:
        raise SkipFile(str(error)) from error
    page = read_html(html, url)
    if not page["title"] and not page["body"]:
        raise SkipFile("no article text found in the page")
    article = with_text(base, str(page["title"]), list(page["body"]))
    metadata = page["metadata"]
    assert isinstance(metadata, PageMetadata)
    return replace(
        article, url=url or metadata.url,
        outlet=metadata.outlet, outlet_source=metadata.outlet_source,
        published=metadata.published, published_source=metadata.published_source,
    )
