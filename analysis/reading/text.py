"""Plain text and Markdown: line 1 is the headline, each further line a paragraph; front matter is metadata."""

from __future__ import annotations

import re

from analysis.reading.article import Article, clean_lines, with_given, with_text
from analysis.reading.boilerplate import SEPARATOR

FRONT_MATTER_FIELDS: dict[str, tuple[str, ...]] = {
    "title": ("title",),
    "outlet": ("outlet", "site", "site_name", "sitename", "publisher"),
    "url": ("url", "source", "link", "canonical_url"),
    "published": ("published", "date", "date_published", "published_at"),
}

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


def plain_article(base: Article, text: str, markdown: bool) -> Article:
    lines = clean_lines(text)
    meta: dict[str, str] = {}
    if markdown:
        meta, lines = split_front_matter(lines)
        lines = [cleaned for line in lines if (cleaned := markdown_line(line))]
    headline = clean_lines(meta.get("title", ""))[:1] or lines[:1]
    body = lines[1:] if lines[:1] == headline else lines
    article = with_text(base, headline[0] if headline else "", body)
    return with_given(article, meta, FRONT_MATTER_FIELDS, source="text", label="front matter")
