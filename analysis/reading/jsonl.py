"""JSON lines: one article per line, streamed; a bad line is an error row and the rest is read."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace

from analysis.reading.article import Article, NotText, SkipFile, clean_lines, first_field, with_given, with_text
from analysis.reading.decoding import decode_text
from analysis.reading.errors import guarded, too_large
from analysis.reading.files import Slot

# JSON-lines field names, first match wins (trafilatura's own JSON output uses the later ones)
JSONL_FIELDS: dict[str, tuple[str, ...]] = {
    "title": ("title", "headline"),
    "text": ("text", "body", "content"),
    "outlet": ("outlet", "sitename", "site_name", "publisher"),
    "url": ("url", "link", "source"),
    "published": ("published", "date", "date_published", "published_at"),
}


def jsonl_line_article(base: Article, raw: bytes, line_number: int, max_bytes: int) -> Article:
    where = f"line {line_number}"
    if len(raw) > max_bytes:
        return replace(base, status="skipped", error=too_large(max_bytes, f"{where}: "))
    try:
        record = json.loads(decode_text(raw))
    except NotText:
        return replace(base, status="error", error=f"{where}: not text: binary content")
    except json.JSONDecodeError as error:
        reason = f"{where}: not valid JSON ({error.msg}, column {error.colno})"
        return replace(base, status="error", error=reason)
    if not isinstance(record, dict):
        return replace(base, status="error", error=f"{where}: expected a JSON object with title and text")
    title, text = first_field(record, JSONL_FIELDS["title"]), first_field(record, JSONL_FIELDS["text"])
    if not all(isinstance(value, (str, type(None))) for value in (title, text)):
        return replace(base, status="error", error=f"{where}: title and text must be strings")
    try:
        article = with_text(base, next(iter(clean_lines(title or "")), ""), clean_lines(text or ""))
    except SkipFile:
        return replace(base, status="skipped", error=f"{where}: no title or text")
    return with_given(article, record, JSONL_FIELDS, source="jsonl", label=where)


def jsonl_articles(slot: Slot, base: Article, max_bytes: int) -> Iterator[Article]:
    """One Article per non-blank line, streamed; max_bytes applies to each line (one article)."""
    assert slot.absolute is not None
    with slot.absolute.open("rb") as handle:
        found_any = False
        for line_number, raw in enumerate(handle, start=1):
            if not raw.strip():
                continue
            found_any = True
            line_base = replace(base, article_id=f"{base.article_id}-{line_number}")
            yield guarded(lambda b=line_base, r=raw, n=line_number: jsonl_line_article(b, r, n, max_bytes),
                           line_base)
    if not found_any:
        yield replace(base, status="skipped", error="empty file")
