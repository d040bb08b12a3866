"""When a statement was made: date expressions found next to it and resolved against the article's date."""

from __future__ import annotations

from datetime import date

import pytest

from analysis.dates import is_resolvable, resolve
from analysis.extract import article_from_text, extract_article

THURSDAY = date(2024, 10, 31)


@pytest.mark.parametrize(
    ("expression", "expected"),
    [
        ("Monday", date(2024, 10, 28)),  # the last Monday on or before the reference
        ("on Thursday", date(2024, 10, 31)),  # the reference day itself
        ("last Thursday", date(2024, 10, 24)),  # "last" never means today
        ("last Friday", date(2024, 10, 25)),
        ("yesterday", date(2024, 10, 30)),
        ("this morning", date(2024, 10, 31)),
        ("Oct. 24", date(2024, 10, 24)),  # day and month take the reference's year
        ("3 October", date(2024, 10, 3)),
        ("Dec. 20", date(2023, 12, 20)),  # more than a week after the reference: last year's
        ("Nov. 3", date(2024, 11, 3)),  # a few days after: a date announced ahead
        ("Oct. 3, 2022", date(2022, 10, 3)),
        ("2024-02-29", date(2024, 2, 29)),
        ("earlier this month", None),
        ("", None),
    ],
)
def test_resolve_against_a_reference_date(expression, expected):
    assert resolve(expression, THURSDAY) == expected


@pytest.mark.parametrize(
    ("expression", "year", "expected"),
    [("Oct. 3", 2023, date(2023, 10, 3)), ("Oct. 3", None, None), ("Monday", 2023, None)],
)
def test_resolve_without_a_reference_needs_a_year_and_a_day(expression, year, expected):
    assert resolve(expression, None, year) == expected


@pytest.mark.parametrize(("expression", "resolvable"),
                         [("Tuesday", True), ("Oct. 31", True), ("yesterday", True), ("last month", False),
                          ("this week", False), ("in 2023", False)])
def test_is_resolvable(expression, resolvable):
    assert is_resolvable(expression) is resolvable


HEADLINE = "Government and rebels trade claims over the fighting"

# rule, body, (date expression, where it was found) for the single claim
STATEMENT_DATES = [
    ("the statement's own date", "The army said on Tuesday that 3,000 troops had arrived.", ("Tuesday", "text")),
    ("a date leading the sentence", "On Oct. 3, the army said 3,000 troops had arrived.", ("Oct. 3", "text")),
    ("'last Friday'", "The army said last Friday that 3,000 troops had arrived.", ("last Friday", "text")),
    ("a date of what is reported is not the statement's", "The army said 3,000 troops arrived on Monday.",
     ("", "")),
    ("a vague date dates nothing", "The army said earlier this month that 3,000 troops had arrived.",
     ("", "vague")),
    ("a dated statement just before", "The minister defended the plan on Friday. “It is working,” she said, "
     "adding that 600 nurses had been hired.", ("Friday", "context")),
    ("a date in a sentence that states nothing is not taken", "The floods began on Sunday. The army said 3,000 "
     "troops had arrived.", ("", "")),
]


@pytest.mark.parametrize(("rule", "body", "expected"), STATEMENT_DATES, ids=[row[0] for row in STATEMENT_DATES])
def test_statement_date(nlp, rule, body, expected):
    article = article_from_text(f"{HEADLINE}\n{body}")
    claims = extract_article(nlp(article.text), article)[1]
    assert [(c["date_text"], c["date_found"]) for c in claims] == [expected], body
