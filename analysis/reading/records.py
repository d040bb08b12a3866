"""One record of a table of articles (a JSON line, a CSV row, a Parquet row) as an Article.

Field names follow CONTRACT.md (title, text, outlet, url, published, and id as the article id);
`--columns title=headline,text=body` names a table's own columns instead.
"""

from __future__ import annotations

import math
import re
from dataclasses import replace

from analysis.reading.article import Article, SkipFile, clean_lines, first_field, with_given, with_text

# field names, first match wins (trafilatura's own JSON output uses the later ones)
RECORD_FIELDS: dict[str, tuple[str, ...]] = {
    "id": ("id",),
    "title": ("title", "headline"),
    "text": ("text", "body", "content"),
    "outlet": ("outlet", "sitename", "site_name", "publisher"),
    "url": ("url", "link", "source"),
    "published": ("published", "date", "date_published", "published_at"),
}
ID_CHARACTERS = re.compile(r"[^\w.-]+")
MAX_ID_CHARS = 120


def record_fields(columns: dict[str, str] | None) -> dict[str, tuple[str, ...]]:
    """The field names to look up: a `--columns` name replaces the defaults for its field."""
    columns = columns or {}
    return {field: (columns[field],) if field in columns else names for field, names in RECORD_FIELDS.items()}


def _present(value: object) -> object:
    """None for the empty cells tables write (NaN, None, "")."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    return value


def record_id(record: dict, fields: dict[str, tuple[str, ...]], fallback: str) -> str:
    """The record's own id as a file-name-safe article id, else `fallback`."""
    value = _present(first_field(record, fields["id"]))
    cleaned = ID_CHARACTERS.sub("-", str(value)).strip("-.")[:MAX_ID_CHARS] if value is not None else ""
    return cleaned or fallback


def record_article(base: Article, record: dict, where: str, fields: dict[str, tuple[str, ...]],
                   *, source: str) -> Article:
    """The Article a record describes; an error or skipped row, saying where, when it describes none."""
    record = {key: _present(value) for key, value in record.items()}
    title, text = first_field(record, fields["title"]), first_field(record, fields["text"])
    if not all(isinstance(value, (str, type(None))) for value in (title, text)):
        return replace(base, status="error", error=f"{where}: title and text must be strings")
    try:
        article = with_text(base, next(iter(clean_lines(title or "")), ""), clean_lines(text or ""))
    except SkipFile:
        return replace(base, status="skipped", error=f"{where}: no title or text")
    return with_given(article, record, fields, source=source, label=where)
