"""An article as the readers produce it, and how its text is assembled from a headline and paragraphs."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

from analysis.reading.datestamps import metadata_date

# Unicode line breaks other than \n that editors and web pages leave behind
LINE_BREAKS = re.compile("\r\n|[\r\x0b\x0c\x85\u2028\u2029]")


@dataclass
class Article:
    article_id: str
    path: str  # relative to the corpus root, "" when the source is this one file
    title: str = ""
    text: str = ""  # headline line + "\n" + body paragraphs joined with "\n"
    paragraphs: list[tuple[int, int]] = field(default_factory=list)  # (start, end) in text; 0 = headline
    boilerplate: list[int] = field(default_factory=list)  # indexes of paragraphs that are not the article
    outlet: str = ""
    # manifest | jsonl | table | json-ld | opengraph | meta | html (trafilatura) | domain | text | unknown
    outlet_source: str = "unknown"
    url: str = ""
    published: str = ""  # ISO yyyy-mm-dd
    published_source: str = "unknown"  # manifest | jsonl | table | json-ld | meta | time | html | text | unknown
    format: str = ""  # txt | md | html | jsonl | other
    status: str = "ok"  # ok | skipped | error
    error: str = ""  # why, in plain words; warnings on ok articles too
    content_hash: str = ""  # sha256 of `text`
    language: str = ""  # ISO 639 code the detector found, "" when the text was too short to tell
    warnings: str = ""  # why an ok article may not be a news article ("very little text (12 words)")

    def paragraph_texts(self) -> list[str]:
        return [self.text[start:end] for start, end in self.paragraphs]


@dataclass
class Slot:
    """One row-to-be of the result: a file to read or a problem found while listing."""

    relative: str  # posix path relative to the root
    absolute: Path | None = None
    problem: str = ""  # set for rows that are reported without reading anything
    status: str = "skipped"
    article_id: str = ""


class NotText(ValueError):
    """The bytes are not a text file."""


class SkipFile(Exception):
    """The file is deliberately not read; the message says why."""


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


def first_field(record: dict, names: tuple[str, ...]) -> object:
    return next((record[name] for name in names if record.get(name) not in (None, "")), None)


def with_text(base: Article, headline: str, body: list[str]) -> Article:
    if not headline and body:
        headline, body = body[0], body[1:]
    text, spans = assemble(headline, body)
    if not text:
        raise SkipFile("empty file")
    return replace(base, title=headline, text=text, paragraphs=spans)


def with_given(article: Article, record: dict, names: dict[str, tuple[str, ...]], *,
                source: str, label: str) -> Article:
    """Apply outlet / url / published that the file itself declares (JSON fields, front matter)."""
    outlet = first_field(record, names["outlet"])
    url = first_field(record, names["url"])
    published, warning = metadata_date(first_field(record, names["published"]), label)
    return replace(
        article,
        outlet=str(outlet).strip() if outlet else article.outlet,
        outlet_source=source if outlet else article.outlet_source,
        url=str(url).strip() if url and "://" in str(url) else article.url,
        published=published or article.published,
        published_source=source if published else article.published_source,
        error=join_warnings(article.error, warning),
    )


def join_warnings(*warnings: str) -> str:
    return "; ".join(warning for warning in warnings if warning)
