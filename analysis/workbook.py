"""One Excel workbook of what the dashboard shows: the three filtered tables and a sheet saying what they are.

Written with openpyxl in its streaming (write-only) mode. Text cells are written as text,
so a cell beginning with "=" is shown, never run as a formula; characters XML cannot hold
are dropped and a cell longer than Excel's limit is cut (the CSV downloads keep everything).
The article text itself is left out: the Article reader and the built folder have it.
"""

from __future__ import annotations

import io
import math
from collections.abc import Iterable
from datetime import UTC, date, datetime

import numpy as np
import pandas as pd
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Font

from analysis.filters import Filters
from analysis.schema import Tables

ABOUT_SHEET = "About"
TABLE_SHEETS = ("articles", "quotes", "claims")
EXCEL_CELL_LIMIT = 32_767
LEFT_OUT_COLUMNS = {"articles": ["text"]}
FILTER_LABELS = (("outlets", "Outlet"), ("claimant_countries", "Claimant country"), ("claimants", "Claimant"),
                 ("whats", "What is counted"), ("locations", "Location"))


def filter_rows(filters: Filters) -> list[tuple[str, str]]:
    """The sidebar's filters in words, one (filter, value) pair each."""
    rows = [(label, ", ".join(getattr(filters, field)) or "all") for field, label in FILTER_LABELS]
    start = filters.date_from.isoformat() if filters.date_from else "the first"
    end = filters.date_to.isoformat() if filters.date_to else "the last"
    rows.append(("Dates", "all" if not (filters.date_from or filters.date_to) else f"from {start} to {end} day"))
    rows.append(("Hypothetical figures", "included" if filters.include_hypothetical else "left out"))
    rows.append(("Rows rejected in review", "included" if filters.include_rejected else "left out"))
    return rows


def about_rows(tables: Tables, filters: Filters, corpus: str, made: datetime | None = None) -> list[tuple[str, str]]:
    made = made or datetime.now(UTC)
    return [
        ("Corpus", corpus),
        ("Made", made.strftime("%Y-%m-%d %H:%M UTC")),
        *[(f"Rows in {name}", f"{len(getattr(tables, name)):,}") for name in TABLE_SHEETS],
        *filter_rows(filters),
        ("Note", "The claims and quotes sheets hold the rows these filters keep; the articles sheet leaves out "
                 "the article text (see the Article reader). Text is stored as text: nothing here is a formula."),
    ]


def _plain(value: object) -> object:
    """A cell value openpyxl writes as it is: Python numbers, dates and text; missing values empty."""
    if value is None or value is pd.NaT or value is pd.NA:
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    if isinstance(value, pd.Timestamp):
        return value.tz_localize(None).to_pydatetime() if value.tzinfo else value.to_pydatetime()
    if isinstance(value, np.generic):
        return value.item()
    if isinstance(value, datetime | date | int | float | bool | str):
        return value
    return str(value)


def _cell(sheet, value: object, bold: bool = False) -> WriteOnlyCell:
    value = _plain(value)
    if isinstance(value, str):
        value = ILLEGAL_CHARACTERS_RE.sub("", value)[:EXCEL_CELL_LIMIT]
    cell = WriteOnlyCell(sheet, value=value)
    if isinstance(value, str):
        cell.data_type = "s"  # text, even when it begins with "=": Excel never runs it
    if bold:
        cell.font = Font(bold=True)
    return cell


def _write_sheet(book: Workbook, name: str, header: list[str], rows: Iterable[Iterable[object]]) -> None:
    sheet = book.create_sheet(name)
    sheet.freeze_panes = "A2"  # the header row stays in view
    sheet.append([_cell(sheet, title, bold=True) for title in header])
    for row in rows:
        sheet.append([_cell(sheet, value) for value in row])


def workbook_bytes(tables: Tables, filters: Filters, corpus: str, made: datetime | None = None) -> bytes:
    """The .xlsx file: an About sheet (corpus, filters, row counts), then articles, quotes and claims."""
    book = Workbook(write_only=True)
    _write_sheet(book, ABOUT_SHEET, ["Field", "Value"], about_rows(tables, filters, corpus, made))
    for name in TABLE_SHEETS:
        frame = getattr(tables, name).drop(columns=LEFT_OUT_COLUMNS.get(name, []), errors="ignore")
        _write_sheet(book, name, [str(column) for column in frame.columns],
                     frame.astype(object).itertuples(index=False, name=None))
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
