"""analysis/views/review.py: a row's fields as the review panel edits them, and what the Review page lists."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from analysis.filters import Filters, filter_claims, filter_quotes, visible_rows
from analysis.schema import conform
from analysis.views import review


def claim(**values) -> pd.Series:
    base = {"claim_id": "a:c1", "article_id": "a", "value": 2500, "qualifier": "upper", "what": "troops",
            "claimant": "Defence Ministry", "date_said": pd.Timestamp("2025-03-04"), "hypothetical": False,
            "figure_text": "2,500", "qualifier_text": "as many as", "outlet": "The Ledger"}
    return conform([base | values], "claims").iloc[0]


def test_a_row_becomes_the_text_the_database_stores():
    values = review.editable_values(claim(), "claim")
    assert values == {"claimant": "Defence Ministry", "claimant_country": "", "value": "2500", "value_high": "",
                      "qualifier": "upper", "what": "troops", "location": "", "date_said": "2025-03-04",
                      "hypothetical": "false"}
    assert review.editable_values(claim(hypothetical=None), "claim")["hypothetical"] == "false"


@pytest.mark.parametrize(("value", "text"), [(np.True_, "true"), (False, "false"), (None, ""), (pd.NA, ""),
                                             (4200.0, "4200"), (" Kursk ", "Kursk"),
                                             (pd.Timestamp("2024-11-05 10:00"), "2024-11-05")])
def test_cells_and_widget_values_are_spelled_one_way(value, text):
    assert review.field_text(value) == text


def test_only_the_fields_an_analyst_changed_are_sent():
    before = review.editable_values(claim(), "claim")
    after = before | {"claimant": "  Jo Rey ", "location": "", "hypothetical": "false"}
    assert review.changed_fields(before, after) == {"claimant": "Jo Rey"}
    assert review.changed_fields(before, before) == {}


@pytest.mark.parametrize(("status", "fields", "line"), [
    ("unreviewed", "", "Not reviewed yet"),
    ("confirmed", "", "Confirmed"),
    ("corrected", "claimant|value", "Corrected: claimant, figure"),
    ("rejected", "", "Rejected"),
    (None, None, "Not reviewed yet"),
])
def test_the_status_line_says_what_was_decided(status, fields, line):
    assert review.status_line(claim(review_status=status, reviewed_fields=fields)) == line


def test_neighbours_are_the_rows_before_and_after_in_the_table():
    rows = pd.DataFrame({"claim_id": ["x", "y", "z"]})
    assert review.neighbour_ids(rows, "claim", 0) == (None, "y")
    assert review.neighbour_ids(rows, "claim", 1) == ("x", "z")
    assert review.neighbour_ids(rows, "claim", 2) == ("y", None)


def test_report_labels_name_the_outlet_the_wording_and_who():
    rows = pd.DataFrame([claim(), claim(claimant=None, outlet=None)])
    assert review.report_labels(rows, "claim") == ["The Ledger · as many as 2,500 · Defence Ministry",
                                                   "(unknown outlet) · as many as 2,500 · claimant unknown"]


def test_the_articles_sentences_come_with_their_paragraph(nlp):
    text = "Strike spreads to the docks\nAbout 3,000 dockers walked out on Monday. The union said more would follow."
    sentences = review.article_sentences(text)
    assert sentences["sentence"].tolist() == ["Strike spreads to the docks",
                                              "About 3,000 dockers walked out on Monday.",
                                              "The union said more would follow."]
    assert sentences["paragraph"].tolist() == [0, 1, 1]
    assert all(text[start:].startswith(sentence) for sentence, start in zip(sentences["sentence"], sentences["start"],
                                                                             strict=True))
    assert review.sentence_labels(sentences, width=20)[:2] == ["headline · Strike spreads to t…",
                                                               "¶1 · About 3,000 dockers…"]


def test_progress_and_precision_are_laid_out_for_the_review_page():
    progress = pd.DataFrame({"table": ["claims", "claims", "claims", "quotes"],
                             "by": ["all", "outlet", "outlet", "all"],
                             "name": ["all", "The Ledger", "Daily Post", "all"], "reviewed": [3, 2, 1, 0],
                             "total": [10, 4, 6, 5], "share": [0.3, 0.5, 1 / 6, 0.0]})
    assert review.overall_progress(progress, "claims") == (3, 10)
    assert review.overall_progress(progress.iloc[0:0], "quotes") == (0, 0)
    by_outlet = review.progress_by(progress, "claims", "outlet")
    assert by_outlet.to_dict("list") == {"outlet": ["The Ledger", "Daily Post"], "reviewed": [2, 1],
                                         "total": [4, 6], "reviewed_percent": [50, 17]}
    precision = pd.DataFrame({"kind": ["claim", "claim"], "field": ["claimant", "location"], "reviewed": [100, 0],
                              "right": [87, 0], "share": [0.87, np.nan],
                              "text": ["claimant right in 87 of 100 reviewed figures",
                                       "location right in 0 of 0 reviewed figures"]})
    assert review.precision_table(precision)[["measure", "right_percent"]].values.tolist() == [
        ["claimant right in 87 of 100 reviewed figures", 87]]


def test_rejected_rows_are_hidden_unless_the_filters_include_them():
    claims = conform([claim(claim_id="a:c1", review_status="rejected"), claim(claim_id="a:c2")], "claims")
    assert filter_claims(claims, Filters())["claim_id"].tolist() == ["a:c2"]
    assert filter_claims(claims, Filters(include_rejected=True))["claim_id"].tolist() == ["a:c1", "a:c2"]
    quotes = conform([{"quote_id": "a:q1", "review_status": "rejected"}, {"quote_id": "a:q2"}], "quotes")
    assert filter_quotes(quotes, Filters())["quote_id"].tolist() == ["a:q2"]
    unreviewed = claims.drop(columns="review_status")  # a table the review database could not be applied to
    assert len(visible_rows(unreviewed, Filters())) == 2
