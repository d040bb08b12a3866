"""JSON lines (optionally gzip-compressed): one article per line, streamed; a bad line is an error row
and the rest is read."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace

from analysis.reading.article import Article, NotText, Slot
from analysis.reading.compressed import bounded_lines, is_compressed, open_stream, too_large_decompressed
from analysis.reading.decoding import decode_text
from analysis.reading.errors import guarded, too_large
from analysis.reading.records import RECORD_FIELDS, record_article, record_fields, record_id

JSONL_FIELDS = RECORD_FIELDS


def jsonl_line_article(base: Article, raw: bytes, line_number: int, fields: dict[str, tuple[str, ...]]) -> Article:
    where = f"line {line_number}"
    try:
        record = json.loads(decode_text(raw))
    except NotText:
        return replace(base, status="error", error=f"{where}: not text: binary content")
    except json.JSONDecodeError as error:
        reason = f"{where}: not valid JSON ({error.msg}, column {error.colno})"
        return replace(base, status="error", error=reason)
    if not isinstance(record, dict):
        return replace(base, status="error", error=f"{where}: expected a JSON object with title and text")
    base = replace(base, article_id=record_id(record, fields, base.article_id))
    return record_article(base, record, where, fields, source="jsonl")


def jsonl_articles(slot: Slot, base: Article, max_bytes: int,
                   columns: dict[str, str] | None = None) -> Iterator[Article]:
    """One Article per non-blank line, streamed; max_bytes applies to each line (one article)."""
    assert slot.absolute is not None
    fields = record_fields(columns)
    compressed = is_compressed(slot.relative)
    found_any = False
    with open_stream(slot.absolute, compressed) as stream:
        for line_number, raw in bounded_lines(stream, max_bytes):
            line_base = replace(base, article_id=f"{base.article_id}-{line_number}")
            if raw is None:
                found_any = True
                if compressed:  # a line that would not end: a decompression bomb, not worth expanding further
                    yield replace(line_base, status="skipped", error=too_large_decompressed(
                        max_bytes, f"line {line_number}: ") + "; the rest of the file is not read")
                    return
                yield replace(line_base, status="skipped", error=too_large(max_bytes, f"line {line_number}: "))
                continue
            if not raw.strip():
                continue
            found_any = True
            yield guarded(lambda b=line_base, r=raw, n=line_number: jsonl_line_article(b, r, n, fields), line_base)
    if not found_any:
        yield replace(base, status="skipped", error="empty file")
