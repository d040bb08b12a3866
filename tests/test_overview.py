"""The corpus at a glance, the scoreboard and the problems panel (analysis/overview.py)."""

from __future__ import annotations

from datetime import date

import pytest
from fixtures.loader import fixture_tables

from analysis.filters import DATE_PUBLISHED, DATE_STATED, Filters, filter_claims
from analysis.overview import (
    SCOREBOARD_COLUMNS,
    articles_per_outlet,
    articles_per_outlet_chart,
    corpus_summary,
    date_span_label,
    problem_files,
    scoreboard,
)
from analysis.schema import conform


@pytest.fixture(scope="module")
def tables():
    return fixture_tables()


def test_corpus_summary(tables):
    summary = corpus_summary(*tables)
    assert (summary.articles, summary.problems, summary.outlets) == (5, 2, 5)
    assert (summary.first_date, summary.last_date, summary.undated_articles) == (
        date(2024, 10, 31), date(2024, 11, 5), 2)
    assert (summary.quotes, summary.claims, summary.speakers) == (9, 20, 6)


@pytest.mark.parametrize(
    ("first", "last", "expected"),
    [
        (date(2024, 10, 31), date(2024, 11, 5), "31 Oct – 5 Nov 2024"),
        (date(2024, 10, 31), date(2024, 10, 31), "31 Oct 2024"),
        (date(2023, 12, 30), date(2024, 1, 2), "Dec 2023 – Jan 2024"),
        (None, None, "—"),
    ],
)
def test_date_span_label(first, last, expected):
    assert date_span_label(first, last) == expected


def test_articles_per_outlet_counts_readable_articles_unknown_last(tables):
    table = articles_per_outlet(tables.articles)
    assert table["outlet"].tolist()[-1] == "(unknown outlet)"
    assert table["articles"].sum() == 5
    assert table.set_index("outlet").loc["Associated Press", "undated"] == 1
    assert articles_per_outlet_chart(table).to_dict()["mark"]["type"] == "bar"
    assert "the 2 largest of 5" in articles_per_outlet_chart(table, max_bars=2).to_dict()["title"]


def test_articles_per_outlet_of_no_articles_is_empty(tables):
    table = articles_per_outlet(tables.articles.iloc[:0])
    assert table.empty and list(table.columns) == ["outlet", "articles", "first_published", "last_published",
                                                   "undated"]


def test_scoreboard_gives_each_side_its_latest_figure_per_location(tables):
    board = scoreboard(filter_claims(tables.claims, Filters())).set_index(["claimant_country", "what", "location"])
    us_kursk = board.loc[("United States", "troops", "Kursk")]
    assert (us_kursk["latest_figure"], us_kursk["date"].date()) == ("as many as 10,000", date(2024, 11, 4))
    assert us_kursk["claimant"] == "Matthew Miller" and us_kursk["outlet"] == "Yahoo News"
    # on its latest day South Korea has a stated figure and an undated range: the stated one wins
    south_korea = board.loc[("South Korea", "troops", "Russia")]
    assert (south_korea["latest_figure"], south_korea["date_basis"]) == ("more than 10,000", DATE_STATED)
    assert south_korea["also_that_day"] == "between 10,000 and 12,000"
    assert board.loc[("Ukraine", "generals", "Russia"), "date_basis"] == DATE_PUBLISHED
    assert set(SCOREBOARD_COLUMNS) <= set(board.reset_index().columns)


def test_scoreboard_ignores_hypothetical_figures(tables):
    board = scoreboard(tables.claims)  # unfiltered: the hypothetical figures are still in
    assert "Volodymyr Zelenskyy" not in set(board["claimant"])


def test_scoreboard_of_nothing_is_empty_with_its_columns():
    assert list(scoreboard(conform([], "claims")).columns[:3]) == ["claimant_country", "what", "location"]


def test_problem_files_list_skipped_and_failed_files_with_reasons(tables):
    problems = problem_files(tables.articles)
    assert problems[["path", "status", "reason"]].values.tolist() == [
        ["broken.html", "error", "could not decode the file as text"],
        ["notes.pdf", "skipped", "unsupported file type .pdf"],
    ]


def test_problem_files_name_a_missing_reason():
    articles = conform([{"article_id": "x", "path": "x.txt", "status": "error", "error": ""}], "articles")
    assert problem_files(articles)["reason"].tolist() == ["no reason given"]


def test_problem_files_list_read_articles_with_a_warning():
    articles = conform([
        {"article_id": "refs", "path": "refs.html", "status": "ok", "error": "",
         "warnings": "mostly short lines, not sentences: a list, listing or references, not an article"},
        {"article_id": "fine", "path": "fine.txt", "status": "ok", "error": "", "warnings": ""},
    ], "articles")
    assert problem_files(articles)[["path", "status", "reason"]].values.tolist() == [
        ["refs.html", "ok", "mostly short lines, not sentences: a list, listing or references, not an article"]]
