"""Every page of the dashboard, run headless with Streamlit's AppTest on the seed articles.

The seeds are built once per test session (st.cache_resource lives in the process), so only
the first test pays for the spaCy model and the build.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from pages._ui import VIEW_KEY

ROOT = Path(__file__).resolve().parents[1]
APP = str(ROOT / "dashboard.py")
TIMEOUT = 180  # the first run loads spaCy and builds the seeds
PAGES = {
    "pages/at-a-glance.py": "Overview",
    "pages/timeline-of-estimates.py": "Timeline of estimates",
    "pages/quote-explorer.py": "Quote explorer",
    "pages/source-comparison.py": "Source comparison",
    "pages/article-reader.py": "Article reader",
}
ATTACK = "<img src=x onerror=alert(1)>"
FILTER_FIELDS = {"outlet": "outlets", "country": "claimant_countries", "what": "whats"}


@pytest.fixture(autouse=True)
def default_corpus(monkeypatch):
    monkeypatch.delenv("CLAIMDESK_CORPUS", raising=False)


def run_app(page: str | None = None, **query: str | list[str]) -> AppTest:
    app = AppTest.from_file(APP, default_timeout=TIMEOUT)
    for name, value in query.items():
        app.query_params[name] = value
    app.run()
    if page is not None:
        app.switch_page(page).run()
    assert not app.exception, [exception.value for exception in app.exception]
    return app


def html_of(app: AppTest) -> str:
    return "\n".join(block.proto.body for block in app.get("html"))


def table(app: AppTest, key: str):
    return app.dataframe(key=key).value


def table_with(app: AppTest, column: str):
    """The first table showing `column` (AppTest knows the keys of selectable tables only)."""
    return next(frame.value for frame in app.dataframe if column in frame.value.columns)


def select_row(app: AppTest, key: str, row: int) -> AppTest:
    app.session_state[key] = {"selection": {"rows": [row], "columns": [], "cells": []}}
    app.run()
    assert not app.exception, [exception.value for exception in app.exception]
    return app


@pytest.mark.parametrize(("page", "title"), PAGES.items())
def test_every_page_renders_on_the_seeds(page, title):
    app = run_app(page)
    assert app.title[0].value == title
    assert not app.error, [error.value for error in app.error]
    assert len(app.get("download_button")) >= 1  # every page offers its tables as CSV


def test_overview_reports_the_corpus_and_the_scoreboard():
    app = run_app("pages/at-a-glance.py")
    metrics = {metric.label: metric.value for metric in app.metric}
    assert metrics["Articles read"] == "5" and metrics["Outlets"] == "5"
    board = table(app, "scoreboard")  # selectable: found by key
    assert {"United States", "South Korea", "Ukraine"} <= set(board["claimant_country"])
    assert any("All 5 files were read" in success.value for success in app.success)


def test_the_outlet_filter_narrows_every_table_and_survives_a_page_switch():
    app = run_app("pages/timeline-of-estimates.py")
    everything = table(app, "timeline_table")
    app.multiselect(key="outlet").set_value(["Associated Press"]).run()
    narrowed = table(app, "timeline_table")
    assert 0 < len(narrowed) < len(everything)
    assert set(narrowed["outlet"]) == {"Associated Press"}

    app.switch_page("pages/source-comparison.py").run()
    assert app.multiselect(key="outlet").value == ["Associated Press"]
    profiles = table_with(app, "most_quoted")
    assert profiles["outlet"].tolist() == ["Associated Press"]


@pytest.mark.parametrize("key", ["outlet", "country", "what"])
def test_picking_every_option_of_a_filter_is_no_filter(key):
    app = run_app("pages/source-comparison.py")
    every = app.multiselect(key=key).options
    app.multiselect(key=key).set_value(every).run()
    assert not app.exception, [exception.value for exception in app.exception]
    assert app.multiselect(key=key).value == every  # the sidebar keeps what was picked
    assert app.session_state[VIEW_KEY].filters == run_app().session_state[VIEW_KEY].filters  # the unfiltered view
    app.multiselect(key=key).set_value(every[:1]).run()
    assert len(getattr(app.session_state[VIEW_KEY].filters, FILTER_FIELDS[key])) == 1


def test_a_shared_url_opens_with_its_filters():
    app = run_app("pages/quote-explorer.py", outlet="Business Insider")
    quotes = table(app, "quotes_table")
    assert len(quotes) > 0 and set(quotes["outlet"]) == {"Business Insider"}


def test_the_unknown_outlet_can_be_picked():
    app = run_app("pages/article-reader.py", outlet="(unknown outlet)")
    articles = app.selectbox(key="article").options
    assert len(articles) == 1 and articles[0].startswith("(unknown outlet) · undated · US Reports")


def test_hypothetical_figures_appear_only_when_asked_for():
    app = run_app("pages/timeline-of-estimates.py")
    assert not table(app, "timeline_table")["hypothetical"].any()
    app.toggle(key="hypothetical").set_value(True).run()
    assert table(app, "timeline_table")["hypothetical"].any()


def test_background_figures_appear_on_the_timeline_only_when_asked_for():
    app = run_app("pages/timeline-of-estimates.py")
    assert "background" not in table(app, "timeline_table")["claimant_kind"].tolist()
    app.toggle(key="timeline_background").set_value(True).run()
    assert "background" in table(app, "timeline_table")["claimant_kind"].tolist()  # the seeds have one


def test_a_date_range_narrows_the_figures():
    app = run_app("pages/timeline-of-estimates.py")
    app.date_input(key="dates").set_value((date(2024, 11, 4), date(2024, 11, 5))).run()
    dates = table(app, "timeline_table")["date"]
    assert len(dates) > 0 and dates.min() >= pd.Timestamp(date(2024, 11, 4))


def test_filters_that_match_nothing_say_so():
    app = run_app("pages/timeline-of-estimates.py", outlet="Business Insider", what="killed")
    assert any("Nothing matches" in info.value for info in app.info)


def test_selecting_a_figure_shows_its_sentence_in_its_paragraph():
    app = run_app("pages/timeline-of-estimates.py")
    rows = table(app, "timeline_table")
    select_row(app, "timeline_table", 0)
    evidence = html_of(app)
    assert "Evidence for the selected row" in [subheader.value for subheader in app.subheader]
    assert 'class="cd-card"' in evidence and "cd-focus" in evidence
    assert str(rows.loc[0, "figure_text"]) in evidence


def test_clicking_a_timeline_mark_shows_every_report_behind_it():
    app = run_app("pages/timeline-of-estimates.py")
    rows = table(app, "timeline_table")
    clicked = rows.loc[rows["wording"].str.contains("10,000") & (rows["location"] == "Kursk"), "claim_id"]
    app.session_state["timeline_chart_0"] = {"selection": {"figure": [{"point_id": clicked.iloc[0]}]}}
    app.run()
    assert not app.exception, [exception.value for exception in app.exception]
    heading = next(subheader.value for subheader in app.subheader if subheader.value.startswith("Reports of"))
    reports = next(frame.value for frame in app.dataframe  # the reports table: no claim ids, only what a reader needs
                   if "wording" in frame.value.columns and "claim_id" not in frame.value.columns)
    assert heading == f"Reports of the selected figure ({len(reports)})" and len(reports) >= 1
    assert reports["wording"].str.contains("10,000").all()
    assert {"outlet", "wording", "date", "sentence"} <= set(reports.columns)
    assert "Kursk" in html_of(app) and 'class="cd-card"' in html_of(app)
    citation = app.code[0].value
    assert citation.count("\n") == len(reports) - 1 and "10,000" in citation and "Kursk" in citation


def test_selecting_a_quote_shows_its_context_and_other_outlets_versions():
    app = run_app("pages/quote-explorer.py")
    app.text_input(key="quote_search").set_value("legitimate military targets").run()
    quotes = table(app, "quotes_table")
    austin = quotes.index[quotes["speaker"] == "Lloyd Austin"][0]
    select_row(app, "quotes_table", int(austin))
    rendered = html_of(app)
    assert "In context" in [subheader.value for subheader in app.subheader]
    assert "attributed to a different speaker" in rendered  # another outlet names Blinken
    assert "<del>" in rendered and "<ins>" in rendered


def test_the_comparison_flags_a_statement_with_two_speakers():
    app = run_app("pages/source-comparison.py")
    statements = table_with(app, "speaker_differs")
    flagged = statements.loc[statements["speaker_differs"]]
    assert any("Lloyd Austin" in speakers and "Antony Blinken" in speakers for speakers in flagged["speakers"])
    matrix = table_with(app, "reported_by")
    assert {"Al Jazeera", "Associated Press", "(unknown outlet)"} <= set(matrix.columns)


def test_the_reader_highlights_quotes_and_figures():
    app = run_app("pages/article-reader.py")
    rendered = html_of(app)
    assert 'class="cd-quote"' in rendered and 'class="cd-claim"' in rendered
    assert len(table_with(app, "wording")) > 0


def test_uploaded_articles_are_built_and_their_text_escaped():
    article = (f"Minister says 5,000 troops sent\nThe minister said: “{ATTACK} we have sent 5,000 troops "
               "to the border,” on Monday.\n").encode()
    app = run_app()
    app.radio(key="source").set_value("Upload articles").run()
    app.file_uploader(key="upload").set_value([("../attack.txt", article, "text/plain"),
                                                ("slides.pdf", b"%PDF", "application/pdf")]).run()
    assert not app.exception, [exception.value for exception in app.exception]
    assert any("slides.pdf" in warning.value and "unsupported" in warning.value for warning in app.warning)
    app.switch_page("pages/article-reader.py").run()
    rendered = html_of(app)
    assert "<img" not in rendered
    # escaped; the "1" inside may be marked as a figure, so look for the escaped start of the tag
    assert "&lt;img src=x onerror=alert(" in rendered


def test_a_missing_folder_is_explained_not_raised(tmp_path, monkeypatch):
    monkeypatch.setenv("CLAIMDESK_CORPORA", str(tmp_path))
    app = run_app(source="Folder or file", path=str(tmp_path / "no" / "such" / "folder"))
    assert any("No such folder" in info.value for info in app.info)


@pytest.mark.parametrize("spelled", ["{private}", "{allowed}/../private/note.txt"])
def test_a_path_outside_the_allowed_folders_is_refused_unread(tmp_path, monkeypatch, spelled):
    (tmp_path / "allowed").mkdir()
    (tmp_path / "private").mkdir()
    (tmp_path / "private" / "note.txt").write_text("Pinned note\nThe vault code is 4417.\n", encoding="utf-8")
    monkeypatch.setenv("CLAIMDESK_CORPORA", str(tmp_path / "allowed"))
    path = spelled.format(private=tmp_path / "private", allowed=tmp_path / "allowed")
    app = run_app("pages/article-reader.py", source="Folder or file", path=path)
    assert any("CLAIMDESK_CORPORA" in error.value and "outside" in error.value for error in app.error)
    shown = "\n".join([html_of(app), *(element.value for element in app.markdown), *(e.value for e in app.error)])
    assert "vault" not in shown and "Pinned" not in shown


def test_a_built_output_folder_opens_without_rebuilding(monkeypatch):
    built = ROOT / "tests" / "fixtures" / "tables"  # holds articles.csv, quotes.csv, claims.csv
    monkeypatch.setenv("CLAIMDESK_CORPORA", str(built.parent))
    app = run_app("pages/source-comparison.py", source="Folder or file", path=str(built))
    assert "Business Insider" in table_with(app, "reported_by").columns
    assert any("fixtures/tables" in caption.value for caption in run_app(source="Folder or file",
                                                                           path=str(built)).caption)


@pytest.mark.parametrize("page", PAGES)
def test_filters_that_match_nothing_never_raise(page):
    app = run_app(page, outlet="Business Insider", what="killed", dates=["2024-11-05", "2024-11-05"])
    assert not app.error, [error.value for error in app.error]


def test_reset_filters_clears_every_filter():
    app = run_app("pages/timeline-of-estimates.py", outlet="Business Insider", hypothetical="true")
    assert app.multiselect(key="outlet").value == ["Business Insider"] and app.toggle(key="hypothetical").value
    app.button[0].click().run()
    assert app.multiselect(key="outlet").value == [] and not app.toggle(key="hypothetical").value


def test_a_long_table_shows_its_first_rows_and_says_so(monkeypatch):
    from pages import _ui

    monkeypatch.setattr(_ui, "MAX_SHOWN_ROWS", 3)
    app = run_app("pages/quote-explorer.py")
    shown = table_with(app, "quote")
    assert len(shown) == 3
    assert any(caption.value.startswith("Showing the first 3 of 41 rows") for caption in app.caption)
    assert any(button.label == "Download these 41 rows (CSV)" for button in app.get("download_button"))


def test_a_one_row_table_offers_this_row():
    app = run_app("pages/source-comparison.py", outlet=["Associated Press"])
    assert "Download this row (CSV)" in [button.label for button in app.get("download_button")]


def test_the_timeline_offers_every_report_as_a_scatter_and_one_panel_per_thing_counted():
    app = run_app("pages/timeline-of-estimates.py")
    assert len(app.get("vega_lite_chart")) == 1
    app.segmented_control(key="timeline_view").set_value("scatter").run()
    assert not app.exception and app.segmented_control(key="timeline_colour").value == "claimant_country"
    app.selectbox(key="timeline_what").set_value("Everything counted (one panel each)").run()
    assert not app.exception
    counted = table(app, "timeline_table")["what"].nunique()
    assert len(app.get("vega_lite_chart")) == counted > 1


def test_a_timeline_chart_is_made_once_per_view(monkeypatch):
    from analysis import timeline

    made = []
    story_chart = timeline.story_chart
    monkeypatch.setattr(timeline, "story_chart",
                        lambda *args, **options: made.append(1) or story_chart(*args, **options))
    app = run_app("pages/timeline-of-estimates.py", outlet="Yahoo News", hypothetical="true")  # drawn first here
    assert app.multiselect(key="outlet").value == ["Yahoo News"] and app.toggle(key="hypothetical").value
    spec = json.loads(app.get("vega_lite_chart")[0].proto.spec)
    assert len(made) == 1 and spec["layer"]
    app.run()  # a rerun of the same view (a row selected, a download) draws the chart it made
    assert len(made) == 1 and json.loads(app.get("vega_lite_chart")[0].proto.spec) == spec
    app.toggle(key="timeline_log").set_value(True).run()  # another view: a new chart
    assert not app.exception and len(made) == 2
    assert json.loads(app.get("vega_lite_chart")[0].proto.spec) != spec
