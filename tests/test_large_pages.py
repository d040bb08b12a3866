"""The pages on a large built folder: prepared on first opening, then every page through DuckDB (AppTest)."""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from analysis import timeline
from analysis.export import write_tables
from analysis.store.parquet import is_prepared
from tests.test_pages import APP, PAGES, TIMEOUT


@pytest.fixture
def large_folder(seed_tables, tmp_path, monkeypatch):
    """The seeds as a CSV-only built folder that counts as large (CLAIMDESK_LARGE_ROWS=0), opened by default."""
    write_tables(seed_tables, tmp_path)
    monkeypatch.setenv("CLAIMDESK_CORPUS", str(tmp_path))
    monkeypatch.setenv("CLAIMDESK_LARGE_ROWS", "0")
    return tmp_path


def open_page(page: str) -> AppTest:
    app = AppTest.from_file(APP, default_timeout=TIMEOUT)
    app.run()
    app.switch_page(page).run()
    assert not app.exception, [exception.value for exception in app.exception]
    return app


def test_a_large_folder_is_prepared_when_first_opened_and_every_page_shows(large_folder, seed_tables):
    assert not is_prepared(large_folder)
    app = AppTest.from_file(APP, default_timeout=TIMEOUT).run()
    assert not app.exception, [exception.value for exception in app.exception]
    assert is_prepared(large_folder)
    figures = next(metric for metric in app.metric if metric.label == "Figures")
    assert figures.value == f"{(~seed_tables.claims['hypothetical'].fillna(False)).sum():,}"
    for page, title in PAGES.items():
        shown = open_page(page)
        assert shown.title[0].value == title


def test_the_timeline_aggregates_past_its_mark_limit(large_folder, monkeypatch):
    monkeypatch.setattr(timeline, "MAX_MARKS", 3)
    app = open_page("pages/timeline-of-estimates.py")
    assert any("weekly median" in caption.value for caption in app.caption)
    assert app.get("arrow_vega_lite_chart") or app.get("vega_lite_chart")
