"""Full dates as metadata and datelines give them: a date counts only when day, month and year are stated."""

from __future__ import annotations

import re
from datetime import date, datetime

from dateutil import parser as date_parser

# shapes of a full date; the words are checked by dateutil, not by a month list here
FULL_DATE = re.compile(
    r"\b(?:\d{4}-\d{2}-\d{2}"
    r"|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?[A-Za-z]{3,9}\.?,?\s+\d{4}"
    r"|[A-Za-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})\b"
)
NUMERIC_DATE = re.compile(r"^\s*(\d{1,2})[./-](\d{1,2})[./-](\d{4})\s*$")
ISO_DATE = re.compile(r"^\s*(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?\s*$")


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


def metadata_date(value: object, label: str) -> tuple[str, str]:
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


def dates_in(text: str) -> list[str]:
    return [iso for match in FULL_DATE.finditer(text) if (iso := parse_full_date(match.group(0))[0])]
