"""A saved page's body text, put right by the page's structure and by repetition.

trafilatura finds the article's main container; two things it misses are fixed here:
- a body split into several sibling containers of one kind (a long article served in chunks
  between ads): the paragraphs of all of them are the body, in page order;
- page furniture that repeats or carries no prose: a line repeating the headline or an earlier
  line, a bare address or timestamp.
The lead paragraph is never dropped: only repeats and lines without words go.
"""

from __future__ import annotations

import re

from lxml import etree

BARE_ADDRESS = re.compile(r"^(?:https?://|www\.)\S+$", re.IGNORECASE)
BARE_TIMESTAMP = re.compile(r"^[\d\s:./+\-TZ]+$")
SPLIT_BODY_GAIN = 1.5  # the chunks together must hold this much more text than the one container found
SPLIT_BODY_COVERAGE = 0.9  # and nearly all of what was found
MIN_LEAD_WORDS = 8


def _text(element: etree._Element) -> str:
    return " ".join(element.text_content().split())


def _words(lines: list[str]) -> int:
    return sum(len(line.split()) for line in lines)


def _container_of(tree: etree._Element, line: str) -> etree._Element | None:
    for paragraph in tree.iter("p"):
        if _text(paragraph) == line:
            return paragraph.getparent()
    return None


def split_body(tree: etree._Element, body: list[str]) -> list[str]:
    """The paragraphs of every sibling container like the one holding the body, when there are several."""
    lead = next((line for line in body if len(line.split()) >= MIN_LEAD_WORDS), "")
    container = _container_of(tree, lead) if lead else None
    kind = container.get("class") if container is not None else None
    if container is None or not kind:
        return body
    scope = next((ancestor for ancestor in container.iterancestors() if ancestor.tag in ("article", "main")),
                 container.getroottree().getroot())
    chunks = [element for element in scope.iter(container.tag) if element.get("class") == kind]
    if len(chunks) < 2:
        return body
    paragraphs = [text for chunk in chunks for paragraph in chunk.iter("p") if (text := _text(paragraph))]
    found = set(paragraphs)
    covered = _words([line for line in body if line in found])
    if _words(paragraphs) < _words(body) * SPLIT_BODY_GAIN or covered < _words(body) * SPLIT_BODY_COVERAGE:
        return body
    return paragraphs


def without_furniture(headline: str, body: list[str]) -> list[str]:
    """The body without lines that repeat the headline or an earlier line, and without bare addresses or
    timestamps."""
    seen = {" ".join(headline.casefold().split())}
    kept = []
    for line in body:
        key = " ".join(line.casefold().split())
        if key in seen or BARE_ADDRESS.match(line) or BARE_TIMESTAMP.match(line):
            continue
        seen.add(key)
        kept.append(line)
    return kept


BLOCK_TAGS = frozenset({"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "section",
                        "article", "header", "footer", "aside", "nav", "table", "tr", "td", "ul", "ol", "figure"})
OUTSIDE_BODY = frozenset({"head", "script", "style", "noscript", "template", "nav", "header", "footer", "aside"})
MIN_LEAD_BLOCK_WORDS = 30  # a lead paragraph, not a one-line standfirst
DESCRIPTION_PREFIX_CHARS = 60
TRUNCATION = re.compile(r"\s*(?:\.\.\.|…)\s*$")


def _normalised(text: str) -> str:
    return " ".join(text.split())


def _block_from(element: etree._Element, text: str, is_tail: bool) -> str:
    """The text of one paragraph-like run: `text` and what follows it inline, up to the next block."""
    parts = [text]
    for sibling in element.itersiblings() if is_tail else element.iterchildren():
        if not isinstance(sibling.tag, str) or sibling.tag in BLOCK_TAGS:
            break
        parts.extend([sibling.text_content(), sibling.tail or ""])
    return _normalised("".join(parts))


def _visible(element: etree._Element) -> bool:
    return not any(isinstance(node.tag, str) and node.tag in OUTSIDE_BODY
                   for node in (element, *element.iterancestors()))


def _holds_body(container: etree._Element, body: list[str]) -> bool:
    held = _normalised(container.text_content())
    return any(line[:DESCRIPTION_PREFIX_CHARS] in held for line in body if len(line.split()) >= MIN_LEAD_WORDS)


def restored_lead(tree: etree._Element, description: str, body: list[str]) -> list[str]:
    """The body with its lead paragraph put back when the extraction lost it: the page's own description
    states how the article opens, and the page shows that opening as a paragraph of its own."""
    opening = _normalised(TRUNCATION.sub("", description))[:DESCRIPTION_PREFIX_CHARS]
    if len(opening.split()) < MIN_LEAD_WORDS // 4 or any(opening in line for line in body):
        return body
    for element in tree.iter():
        if not isinstance(element.tag, str) or not _visible(element):
            continue
        for text, is_tail in ((element.text, False), (element.tail, True)):
            if text and _normalised(text).startswith(opening):
                block = _block_from(element, text, is_tail)
                container = element.getparent() if is_tail else element
                # a lead sits with the body it opens; a standfirst of its own above the body is not the article
                shared = container is not None and _holds_body(container, body)
                long_enough = len(block.split()) >= MIN_LEAD_BLOCK_WORDS
                return [block, *body] if shared and long_enough and block[-1:] in ".!?\"”’" else body
    return body
