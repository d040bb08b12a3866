"""The Excel workbook download (analysis/workbook.py): three tables, an About sheet, formula-safe text."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime

import openpyxl
import pandas as pd
from fixtures.loader import fixture_tables

from analysis.filters import Filters
from analysis.schema import Tables, conform
from analysis.workbook import workbook_bytes


def _book(tables: Tables, filters: Filters | None = None) -> openpyxl.Workbook:
    return openpyxl.load_workbook(io.BytesIO(workbook_bytes(tables, filters or Filters(), "my corpus",
                                                            made=datetime(2031, 2, 3, 4, 5, tzinfo=UTC))))


def test_the_workbook_holds_the_three_tables_with_frozen_headers_and_an_about_sheet():
    tables = fixture_tables()
    book = _book(tables, Filters(outlets=("Al Jazeera",), date_from=date(2024, 11, 1)))
    assert book.sheetnames == ["About", "articles", "quotes", "claims"]
    for name in ("articles", "quotes", "claims"):
        sheet = book[name]
        assert sheet.freeze_panes == "A2"
        frame = pd.read_excel(io.BytesIO(workbook_bytes(tables, Filters(), "c")), sheet_name=name)
        assert len(frame) == len(getattr(tables, name)) and sheet.max_row == len(frame) + 1
    about = dict(book["About"].iter_rows(min_row=2, values_only=True))
    assert about["Corpus"] == "my corpus" and about["Made"] == "2031-02-03 04:05 UTC"
    assert about["Outlet"] == "Al Jazeera" and about["Claimant"] == "all"
    assert about["Dates"] == "from 2024-11-01 to the last day"
    assert about["Hypothetical figures"] == "left out"
    assert about["Rows rejected in review"] == "left out"
    assert about["Rows in claims"] == f"{len(tables.claims):,}"
    assert "text" not in [cell.value for cell in book["articles"][1]]  # the article text stays out


def test_text_that_looks_like_a_formula_is_stored_as_text_and_odd_characters_are_dropped():
    claims = conform([{"claim_id": "c1", "value": 40, "sentence": "=HYPERLINK(\"http://x\")", "claimant": "@ops",
                       "outlet": "Daily\x07 Post", "published": pd.Timestamp("2031-01-02")}], "claims")
    sheet = _book(Tables(conform([], "articles"), conform([], "quotes"), claims))["claims"]
    header = [cell.value for cell in sheet[1]]
    row = {name: cell for name, cell in zip(header, sheet[2], strict=True)}
    assert row["sentence"].value == "=HYPERLINK(\"http://x\")" and row["sentence"].data_type == "s"
    assert row["claimant"].value == "@ops" and row["outlet"].value == "Daily Post"
    assert row["value"].value == 40 and row["published"].value == datetime(2031, 1, 2)
