"""The review panel and the Review page, run headless with AppTest on the seeds.

Every test writes to its own review database (a temp file in CLAIMDESK_REVIEWS), never the user's.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from analysis import timeline
from analysis.store.review import history, open_reviews

ROOT = Path(__file__).resolve().parents[1]
APP = str(ROOT / "dashboard.py")
TIMEOUT = 180
ATTACK = "<img src=x onerror=alert(1)>"


@pytest.fixture
def database(tmp_path, monkeypatch) -> Path:
    path = tmp_path / "reviews.sqlite"
    monkeypatch.setenv("CLAIMDESK_REVIEWS", str(path))
    monkeypatch.delenv("CLAIMDESK_CORPUS", raising=False)
    return path


def ok(app: AppTest) -> AppTest:
    assert not app.exception, [exception.value for exception in app.exception]
    return app


def run_app(page: str, **query: str) -> AppTest:
    app = AppTest.from_file(APP, default_timeout=TIMEOUT)
    for name, value in query.items():
        app.query_params[name] = value
    ok(app.run())
    return ok(app.switch_page(page).run())


def select_row(app: AppTest, key: str, row: int) -> AppTest:
    app.session_state[key] = {"selection": {"rows": [row], "columns": [], "cells": []}}
    return ok(app.run())


def selected_row(app: AppTest, key: str) -> int:
    return app.session_state[key]["selection"]["rows"][0]


def click(app: AppTest, key: str) -> AppTest:
    return ok(app.button(key=key).click().run())


def decisions(database: Path) -> pd.DataFrame:
    with open_reviews(database) as reviews:
        return history(reviews)


def table_with(app: AppTest, column: str) -> pd.DataFrame:
    """The first table showing `column` (AppTest knows the keys of selectable tables only)."""
    return next(frame.value for frame in app.dataframe if column in frame.value.columns)


def html_of(app: AppTest) -> str:
    return "\n".join(block.proto.body for block in app.get("html"))


def test_confirming_a_figure_records_it_and_moves_to_the_next_row(database):
    app = select_row(run_app("pages/timeline-of-estimates.py"), "timeline_table", 0)
    rows = app.dataframe(key="timeline_table").value
    first, second = rows.loc[0, "claim_id"], rows.loc[1, "claim_id"]
    assert app.button(key="timeline_row_confirmed").proto.shortcut.upper() == "Y"  # a hundred rows by keyboard
    app.session_state.claimdesk_reviewer = "mara"
    click(app, "timeline_row_confirmed")
    assert [success.value for success in app.success] == [
        f"Confirmed: {rows.loc[0, 'outlet']} · {rows.loc[0, 'wording']} · {rows.loc[0, 'claimant']}. "
        "Here is the next row."]
    shown = app.dataframe(key="timeline_table").value.set_index("claim_id")
    assert shown.loc[first, "review_status"] == "confirmed"
    assert shown.index[selected_row(app, "timeline_table")] == second  # the panel moved on
    recorded = decisions(database)
    assert recorded[["id", "decision", "user"]].values.tolist() == [[first, "confirmed", "mara"]]


def test_a_corrected_claimant_shows_in_the_table_the_filters_and_the_download(database):
    app = select_row(run_app("pages/timeline-of-estimates.py"), "timeline_table", 2)
    claim_id = app.dataframe(key="timeline_table").value.loc[2, "claim_id"]
    app.text_input(key=f"timeline_row_claimant_{claim_id}").set_value("Jo Rey")
    app.text_input(key=f"timeline_row_note_{claim_id}").set_value("checked the ministry's statement")
    click(app, "timeline_row_corrected")
    shown = app.dataframe(key="timeline_table").value.set_index("claim_id")
    assert shown.loc[claim_id, ["claimant", "review_status", "reviewed_fields"]].tolist() == [
        "Jo Rey", "corrected", "claimant"]
    assert "Jo Rey" in app.multiselect(key="claimant").options
    recorded = decisions(database).iloc[0]
    assert (recorded["field"], recorded["new"], recorded["note"]) == ("claimant", "Jo Rey",
                                                                      "checked the ministry's statement")


def test_a_rejected_figure_is_hidden_until_show_rejected_is_on(database):
    app = select_row(run_app("pages/timeline-of-estimates.py"), "timeline_table", 0)
    claim_id = app.dataframe(key="timeline_table").value.loc[0, "claim_id"]
    click(app, "timeline_row_rejected")
    assert claim_id not in app.dataframe(key="timeline_table").value["claim_id"].tolist()
    ok(app.toggle(key="rejected").set_value(True).run())
    shown = app.dataframe(key="timeline_table").value.set_index("claim_id")
    assert shown.loc[claim_id, "review_status"] == "rejected"
    app.switch_page("pages/at-a-glance.py").run()
    assert app.toggle(key="rejected").value  # one toggle shared by every page


@pytest.mark.parametrize(("field", "typed", "button", "message"), [  # row 0 counts 10,000 troops
    ("value", "lots", "corrected", "'lots' is not a whole number"),
    ("value_high", "5", "corrected", "is below value"),  # a range can't end below its start
    ("what", "", "corrected", "say what is counted"),
    ("location", "Elsewhere", "confirmed", "You changed location"),  # confirm means: as the tool found it
    ("what", "troops", "corrected", "Nothing changed"),
])
def test_a_decision_that_cant_be_recorded_says_why_and_records_nothing(database, field, typed, button, message):
    app = select_row(run_app("pages/timeline-of-estimates.py"), "timeline_table", 0)
    claim_id = app.dataframe(key="timeline_table").value.loc[0, "claim_id"]
    app.text_input(key=f"timeline_row_{field}_{claim_id}").set_value(typed)
    click(app, f"timeline_row_{button}")
    assert any(message in error.value.replace("\\", "") for error in app.error), [e.value for e in app.error]
    assert decisions(database).empty


def test_review_text_is_escaped_wherever_it_is_shown(database):
    app = select_row(run_app("pages/timeline-of-estimates.py"), "timeline_table", 0)
    claim_id = app.dataframe(key="timeline_table").value.loc[0, "claim_id"]
    app.text_input(key=f"timeline_row_claimant_{claim_id}").set_value(ATTACK)
    click(app, "timeline_row_corrected")
    select_row(app, "timeline_table", app.dataframe(key="timeline_table").value["claim_id"].tolist().index(claim_id))
    rendered = html_of(app)
    assert "<img" not in rendered and "&lt;img src=x onerror=alert(1)&gt;" in rendered
    assert all("<img" not in markdown.value or "\\<img" in markdown.value for markdown in app.markdown)


def test_the_quote_explorer_corrects_a_speaker(database):
    app = select_row(run_app("pages/quote-explorer.py"), "quotes_table", 0)
    quote_id = app.dataframe(key="quotes_table").value.loc[0, "quote_id"]
    app.text_input(key=f"quote_speaker_{quote_id}").set_value("Jo Rey")
    click(app, "quote_corrected")
    shown = app.dataframe(key="quotes_table").value.set_index("quote_id")
    assert shown.loc[quote_id, ["speaker", "review_status"]].tolist() == ["Jo Rey", "corrected"]


def test_the_reader_adds_a_figure_the_tool_missed(database):
    app = run_app("pages/article-reader.py")
    before = app.dataframe(key="reader_claims").value
    ok(app.toggle(key="reader_add_figure").set_value(True).run())
    slot = f"new-{app.selectbox(key='article').value}"
    sentences = app.selectbox(key=f"reader_add_sentence_{slot}")
    picked = next(number for number, label in enumerate(sentences.options) if "North Korean" in label)
    written = next(word for word in sentences.options[picked].split()[2:] if word.isalpha())  # a word of it
    sentences.set_value(picked)
    app.text_input(key=f"reader_add_figure_text_{slot}").set_value(written)
    app.text_input(key=f"reader_add_value_{slot}").set_value("4,200")
    app.text_input(key=f"reader_add_what_{slot}").set_value("troops")
    click(app, "reader_add_save")
    assert any(success.value.startswith("Added: figure") for success in app.success)
    after = app.dataframe(key="reader_claims").value
    assert len(after) == len(before) + 1
    added = after.loc[~after["claim_id"].isin(before["claim_id"])].iloc[0]
    assert (added["value"], added["what"], added["review_status"]) == (4200, "troops", "corrected")
    assert added["figure_text"] == written
    assert decisions(database)["decision"].tolist() == ["added", "added"]  # one row per typed field
    assert 'class="cd-claim"' in html_of(app) and written in html_of(app)


def test_adding_a_figure_needs_its_sentence_and_its_number(database):
    app = run_app("pages/article-reader.py")
    ok(app.toggle(key="reader_add_figure").set_value(True).run())
    slot = f"new-{app.selectbox(key='article').value}"
    app.text_input(key=f"reader_add_value_{slot}").set_value("4,200")
    click(app, "reader_add_save")
    assert any("Pick the sentence" in error.value for error in app.error)
    assert decisions(database).empty


def test_the_review_page_shows_progress_history_and_precision(database):
    app = run_app("pages/timeline-of-estimates.py")
    total = len(app.dataframe(key="timeline_table").value)
    select_row(app, "timeline_table", 0)
    click(app, "timeline_row_confirmed")  # moves on to row 1
    claim_id = app.dataframe(key="timeline_table").value.loc[1, "claim_id"]
    app.text_input(key=f"timeline_row_claimant_{claim_id}").set_value("Jo Rey")
    click(app, "timeline_row_corrected")
    ok(app.switch_page("pages/review.py").run())
    assert app.title[0].value == "Review"
    metrics = {metric.label: metric.value for metric in app.metric}
    assert metrics["Figures reviewed"].startswith("2 of ") and int(metrics["Figures reviewed"].split()[-1]) >= total
    measured = table_with(app, "measure")
    assert "claimant right in 1 of 2 reviewed figures" in measured["measure"].tolist()
    assert "location right in 2 of 2 reviewed figures" in measured["measure"].tolist()
    assert len(table_with(app, "decision")) == 2
    assert any("Every decision still finds" in success.value for success in app.success)
    assert {"Download these 2 rows (CSV)", "Download the review export (CSV)"} <= {
        button.label for button in app.get("download_button")}


def test_a_foreign_file_as_the_database_is_explained_and_left_alone(tmp_path, monkeypatch):
    foreign = tmp_path / "notes.sqlite"
    foreign.write_text("my notes, not a database\n", encoding="utf-8")
    monkeypatch.setenv("CLAIMDESK_REVIEWS", str(foreign))
    app = select_row(run_app("pages/timeline-of-estimates.py"), "timeline_table", 0)
    assert any("Reviews are not applied" in error.value and "notes.sqlite" in error.value for error in app.error)
    assert set(app.dataframe(key="timeline_table").value["review_status"]) == {"unreviewed"}
    assert any("can't be saved" in caption.value for caption in app.caption)
    ok(app.switch_page("pages/review.py").run())
    assert foreign.read_text(encoding="utf-8") == "my notes, not a database\n"


def test_a_timeline_mark_offers_each_report_behind_it_for_review(database):
    app = run_app("pages/timeline-of-estimates.py")
    rows = app.dataframe(key="timeline_table").value
    points = timeline.timeline_points(rows, "claimant_country").points  # the marks the chart draws
    mark = points.loc[points["n_reports"] == 2, "point_id"].iloc[0]
    app.session_state["timeline_chart_0"] = {"selection": {"figure": [{"point_id": mark}]}}
    ok(app.run())
    assert app.button(key="timeline_point_confirmed").proto.shortcut == ""  # the table's panel has the keys
    heading = next(subheader.value for subheader in app.subheader if subheader.value.startswith("Reports of"))
    assert heading.endswith("(2)")  # two reports: the panel asks which one
    which = app.selectbox(key="timeline_point_which")
    assert len(which.options) == 2
    ok(which.set_value(1).run())
    click(app, "timeline_point_confirmed")
    recorded = decisions(database)
    assert recorded["decision"].tolist() == ["confirmed"] and recorded["id"].iloc[0] in set(rows["claim_id"])


def test_the_source_comparison_reviews_the_reports_behind_a_figure_and_a_statement(database):
    app = select_row(run_app("pages/source-comparison.py"), "compare_matrix", 0)
    click(app, "compare_figure_rejected")
    assert decisions(database)["decision"].tolist() == ["rejected"]
    app = select_row(app, "compare_statements", 0)
    assert app.selectbox(key="compare_statement_which").options  # a statement is quoted in two articles or more
    quote_id = app.dataframe(key="compare_statements").value.loc[0, "quote_ids"].split("|")
    click(app, "compare_statement_confirmed")
    recorded = decisions(database)
    assert recorded["decision"].tolist() == ["confirmed", "rejected"] and recorded["id"].iloc[0] in quote_id


def test_the_review_page_before_any_decision(database):
    app = run_app("pages/review.py")
    assert not app.error, [error.value for error in app.error]
    assert {metric.label: metric.value for metric in app.metric}["Orphaned"] == "0"
    assert any("Nothing reviewed yet" in info.value for info in app.info)
    assert any("No decisions yet" in caption.value for caption in app.caption)
    assert any(str(database) in caption.value for caption in app.caption)
