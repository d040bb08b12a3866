"""Tables of articles: `.csv` (optionally gzip-compressed) and `.parquet`, one article per row, streamed.

Columns as in CONTRACT.md (title, text, outlet, url, published, id) or named with `--columns`.
A bad row is a row with status error; the rest of the table is read.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from dataclasses import replace

from analysis.reading.article import Article, Slot
from analysis.reading.compressed import is_compressed, open_stream
from analysis.reading.errors import too_large
from analysis.reading.records import record_article, record_fields, record_id

PARQUET_BATCH_ROWS = 256


def _no_text_column(base: Article, columns: list[str], fields: dict[str, tuple[str, ...]]) -> Article:
    wanted = " or ".join(f"'{name}'" for name in fields["text"])
    found = ", ".join(columns[:12]) or "none"
    return replace(base, status="skipped",
                   error=f"not a table of articles: no {wanted} column (columns: {found}); name it with --columns")


def _row_article(base: Article, record: dict, number: int, fields: dict[str, tuple[str, ...]],
                 max_bytes: int) -> Article:
    where = f"row {number}"
    row_base = replace(base, article_id=record_id(record, fields, f"{base.article_id}-{number}"))
    size = sum(len(value) for value in record.values() if isinstance(value, str))
    if size > max_bytes:
        return replace(row_base, status="skipped", error=too_large(max_bytes, f"{where}: "))
    return record_article(row_base, record, where, fields, source="table")


def csv_articles(slot: Slot, base: Article, max_bytes: int, columns: dict[str, str] | None = None) -> Iterator[Article]:
    assert slot.absolute is not None
    fields = record_fields(columns)
    previous_limit = csv.field_size_limit(max(max_bytes, 1))  # no field is held beyond the limit
    try:
        with open_stream(slot.absolute, is_compressed(slot.relative)) as stream:
            text = io.TextIOWrapper(stream, encoding="utf-8-sig", errors="claimdesk-cp1252", newline="")
            reader = csv.DictReader(text)
            try:
                header = [name.strip() for name in reader.fieldnames or []]
            except csv.Error as error:
                yield replace(base, status="error", error=f"not a readable CSV table: {error}")
                return
            reader.fieldnames = header
            if not any(name in header for name in fields["text"]):
                yield _no_text_column(base, header, fields)
                return
            yield from _csv_rows(reader, base, fields, max_bytes)
    finally:
        csv.field_size_limit(previous_limit)


def _csv_rows(reader: csv.DictReader, base: Article, fields: dict[str, tuple[str, ...]],
              max_bytes: int) -> Iterator[Article]:
    found_any = False
    number = 1  # the header is row 1, as a spreadsheet counts
    while True:
        number += 1
        try:
            record = next(reader)
        except StopIteration:
            break
        except csv.Error as error:
            found_any = True
            reason = too_large(max_bytes, f"row {number}: a field ") if "field limit" in str(error) else str(error)
            yield replace(base, article_id=f"{base.article_id}-{number}", status="error",
                          error=reason if reason.startswith("row") else f"row {number}: not readable CSV ({reason})")
            continue
        if not any((value or "").strip() for value in record.values() if isinstance(value, str)):
            continue
        found_any = True
        record = {key: value for key, value in record.items() if isinstance(key, str)}
        yield _row_article(base, record, number, fields, max_bytes)
    if not found_any:
        yield replace(base, status="skipped", error="empty table")


def parquet_articles(slot: Slot, base: Article, max_bytes: int,
                     columns: dict[str, str] | None = None) -> Iterator[Article]:
    import pyarrow.parquet as pq

    assert slot.absolute is not None
    fields = record_fields(columns)
    try:
        table = pq.ParquetFile(slot.absolute)
    except Exception as error:  # noqa: BLE001 - pyarrow raises several kinds for a file that is not Parquet
        yield replace(base, status="error", error=f"not a readable Parquet file: {error}")
        return
    present = table.schema_arrow.names
    if not any(name in present for name in fields["text"]):
        yield _no_text_column(base, present, fields)
        return
    wanted = [name for name in present if any(name in names for names in fields.values())]
    number = 0
    for batch in table.iter_batches(batch_size=PARQUET_BATCH_ROWS, columns=wanted):
        for record in batch.to_pylist():
            number += 1
            yield _row_article(base, record, number, fields, max_bytes)
    if number == 0:
        yield replace(base, status="skipped", error="empty table")

