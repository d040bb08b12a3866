"""Outlets side by side and their disagreements (analysis/compare.py)."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from fixtures.loader import fixture_tables

from analysis.compare import (
    DAYS_SHOWN,
    QUOTE_IDS_SHOWN,
    claim_disagreements,
    claims_in_matrix_row,
    claims_matrix,
    connected_components,
    figure_comparison,
    match_keys,
    other_renderings,
    outlet_profiles,
    renderings_html,
    statement_comparison,
    statement_numbers,
    statement_quotes,
    word_diff_html,
)
from analysis.filters import Filters, filter_claims
from analysis.schema import conform


@pytest.fixture(scope="module")
def tables():
    return fixture_tables()


@pytest.fixture(scope="module")
def claims(tables):
    return filter_claims(tables.claims, Filters())


def test_match_keys_ignore_case_punctuation_and_typographic_quotes():
    keys = match_keys(pd.Series(["We’ve not — yet, SEEN!", "we've not yet seen"], dtype="string"))
    assert keys.iloc[0] == keys.iloc[1] == "we ve not yet seen"


def _statement_of(quotes: pd.DataFrame, numbers: pd.Series) -> dict[str, object]:
    return dict(zip(quotes["quote_id"], numbers, strict=True))


def test_statement_numbers_join_copies_and_paraphrases(tables):
    numbers, note = statement_numbers(match_keys(tables.quotes["quote"]), tables.quotes["published"])
    statement = _statement_of(tables.quotes, numbers)
    assert statement["aj-q1"] == statement["ap-q1"] == statement["nooutlet-q1"]  # a copy and a paraphrase
    assert statement["nooutlet-q2"] == statement["bi-q1"] != statement["aj-q1"]  # same words, another speaker
    assert pd.isna(statement["aj-q2"])  # "right now": too short to match
    assert note == ""


def test_statement_numbers_cap_the_compared_wordings(tables):
    numbers, note = statement_numbers(match_keys(tables.quotes["quote"]), tables.quotes["published"],
                                      max_wordings=3)
    assert note.startswith("Only the 3 most recently published of")
    assert numbers.notna().sum() >= 3


def test_connected_components_follow_chains_of_matches():
    labels = connected_components(4, np.array([0, 1]), np.array([1, 2]))
    assert labels[0] == labels[1] == labels[2] != labels[3]


def test_one_article_repeating_a_quote_is_not_a_shared_statement():
    quotes = conform([{"quote_id": f"q{n}", "article_id": "same", "quote": "we will hold the line whatever it costs"}
                      for n in range(3)], "quotes")
    assert statement_comparison(quotes).table.empty


def test_statement_comparison_flags_a_statement_attributed_to_different_speakers(tables):
    table = statement_comparison(tables.quotes).table
    first = table.iloc[0]
    assert first["speaker_differs"] and first["wording_differs"]
    assert first["speakers"] == "Antony Blinken ((unknown outlet)); Lloyd Austin (Business Insider)"
    assert first["flags"] == "attributed to different speakers; wording differs"
    copied = table.loc[table["quote_ids"].str.contains("aj-q1")].iloc[0]
    assert not copied["speaker_differs"] and copied["n_articles"] == 3


def test_statement_comparison_of_nothing_is_an_empty_table(tables):
    assert statement_comparison(tables.quotes.iloc[:0]).table.empty


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ("we expect it", "we expect it", '<span class="cd-diff">we expect it</span>'),
        ("We’ve not", "we've not", '<span class="cd-diff">we&#x27;ve not</span>'),  # typography: no difference
        ("we would expect that", "we expect that",
         '<span class="cd-diff">we <del>would</del> expect that</span>'),
        ("in the coming days", "in the near future",
         '<span class="cd-diff">in the <del>coming days</del> <ins>near future</ins></span>'),
        ("a <b>", "a <i>", '<span class="cd-diff">a <del>&lt;b&gt;</del> <ins>&lt;i&gt;</ins></span>'),
    ],
)
def test_word_diff_html(old, new, expected):
    assert word_diff_html(old, new) == expected


def test_other_renderings_of_a_quote(tables):
    renderings = other_renderings(tables.quotes, "nooutlet-q2")
    assert renderings["quote_id"].tolist() == ["bi-q1"]
    row = renderings.iloc[0]
    assert not row["same_speaker"] and row["outlet"] == "Business Insider"
    assert "<del>" in row["difference_html"] and "<ins>" in row["difference_html"]
    assert other_renderings(tables.quotes, "aj-q2").empty  # too short to match anything
    assert other_renderings(tables.quotes, "no-such-quote").empty


def test_renderings_html_escapes_and_flags_a_different_speaker(tables):
    renderings = other_renderings(tables.quotes, "nooutlet-q2").assign(outlet="<script>x</script>")
    rendered = renderings_html(renderings)
    assert "<script>x" not in rendered and "&lt;script&gt;x" in rendered
    assert "attributed to a different speaker" in rendered


def test_claims_matrix_shows_each_outlets_wording(claims):
    matrix = claims_matrix(claims)
    row = matrix.loc[(matrix["Claimant country"] == "United States") & (matrix["location"] == "Kursk")
                     & (matrix["figure"] == "8,000")].iloc[0]
    assert row["Al Jazeera"] == "Some 8,000 / 8,000"
    assert row["Business Insider"] == "as many as 8,000"
    assert row["(unknown outlet)"] == "An estimated 8,000 / up to 8,000"
    assert row["Yahoo News"] == ""
    assert row["reported_by"] == 4 and row["wording_differs"]
    assert list(matrix.columns[-5:]) == ["Al Jazeera", "Associated Press", "Business Insider", "Yahoo News",
                                         "(unknown outlet)"]


def test_claims_matrix_by_claimant(claims):
    matrix = claims_matrix(claims, by="claimant")
    assert "Claimant" in matrix.columns and "Pentagon" in set(matrix["Claimant"])


def _claim(outlet: str, value: int, qualifier: str, day: str, **extra) -> dict:
    return {"claim_id": f"{outlet}-{value}-{qualifier}-{day}", "article_id": outlet, "outlet": outlet,
            "value": value, "qualifier": qualifier, "qualifier_text": "", "figure_text": f"{value:,}",
            "what": "troops", "location": "Kursk", "claimant": "X", "claimant_country": "Atlantis",
            "date_said": day, "date_source": "text", "hypothetical": False, **extra}


@pytest.mark.parametrize(
    ("rows", "expected_flags"),
    [
        ([_claim("A", 5000, "exact", "2024-01-01"), _claim("B", 6000, "exact", "2024-01-01")],
         "different figures on the same day"),
        ([_claim("A", 5000, "exact", "2024-01-01"), _claim("B", 6000, "exact", "2024-02-01")],
         "figure changed over time"),
        ([_claim("A", 5000, "approx", "2024-01-01"), _claim("B", 5000, "upper", "2024-01-01")],
         "different qualifiers for the same figure"),
        ([_claim("A", 5000, "exact", "2024-01-01"), _claim("B", 5000, "exact", "2024-01-01")], None),
        # one outlet giving two figures is not a disagreement between outlets
        ([_claim("A", 5000, "exact", "2024-01-01"), _claim("A", 6000, "exact", "2024-01-01")], None),
        # publication dates are no "same day" evidence
        ([_claim("A", 5000, "exact", "2024-01-01", date_source="reference"),
          _claim("B", 6000, "exact", "2024-01-01", date_source="reference")], "figure changed over time"),
    ],
)
def test_claim_disagreements(rows, expected_flags):
    table = claim_disagreements(conform(rows, "claims"))
    assert (table["flags"].tolist() or [None]) == [expected_flags]


def test_claim_disagreements_list_every_version_with_outlets_and_dates(claims):
    table = claim_disagreements(claims)
    row = table.loc[(table["Claimant country"] == "United States") & (table["location"] == "Kursk")].iloc[0]
    assert row["flags"] == "figure changed over time; different qualifiers for the same figure"
    assert "as many as 10,000 — Yahoo News (2024-11-04)" in row["versions"]
    assert "some 8,000 — Associated Press (2024-10-31)" in row["versions"]
    assert row["outlets"] == 5


def test_outlet_profiles(tables, claims):
    profiles = outlet_profiles(tables.articles, tables.quotes, claims).set_index("outlet")
    assert profiles.index.tolist()[-1] == "(unknown outlet)"
    assert profiles.loc["Al Jazeera", ["articles", "claims", "quotes", "speakers"]].tolist() == [1, 5, 2, 2]
    assert profiles.loc["Al Jazeera", "partial_quote_percent"] == 50
    assert profiles.loc["(unknown outlet)", "most_quoted"] == "Antony Blinken (2)"
    assert profiles.loc["Yahoo News", "qualifiers"].startswith("exact (2), upper (2)")


def test_outlet_profiles_and_matrices_of_nothing_are_empty(tables):
    assert outlet_profiles(tables.articles.iloc[:0], tables.quotes.iloc[:0], tables.claims.iloc[:0]).empty
    assert claims_matrix(tables.claims.iloc[:0]).empty and claim_disagreements(tables.claims.iloc[:0]).empty


@pytest.mark.parametrize("by", ["claimant_country", "claimant"])
def test_figure_comparison_is_the_matrix_and_the_disagreements(claims, by):
    matrix, disagreements = figure_comparison(claims, by)
    pd.testing.assert_frame_equal(matrix, claims_matrix(claims, by))
    pd.testing.assert_frame_equal(disagreements, claim_disagreements(claims, by))


@pytest.mark.parametrize("by", ["claimant_country", "claimant"])
def test_every_row_of_the_matrix_leads_back_to_the_claims_behind_it(claims, by):
    matrix = claims_matrix(claims, by)
    behind = [claims_in_matrix_row(claims, row, by) for _, row in matrix.iterrows()]
    assert all(len(rows) >= 1 for rows in behind)
    assert sum(len(rows) for rows in behind) == len(claims)  # each claim behind exactly one row
    first = behind[0]
    assert first["outlet"].nunique() == matrix.loc[0, "reported_by"]


def test_a_shared_statement_leads_back_to_its_quotes(tables):
    shared = statement_comparison(tables.quotes).table
    quotes = statement_quotes(tables.quotes, shared.loc[0, "quote_ids"])
    assert sorted(quotes["quote_id"]) == sorted(shared.loc[0, "quote_ids"].split("|"))
    assert quotes["article_id"].nunique() == shared.loc[0, "n_articles"]


def test_a_figure_reported_on_many_days_shows_its_first_days_and_how_many_more():
    days = [f"2024-01-{day:02d}" for day in range(1, DAYS_SHOWN + 4)]
    rows = [_claim(outlet, value, "exact", day) for day in days for outlet, value in (("A", 5000), ("B", 6000))]
    matrix, disagreements = figure_comparison(conform(rows, "claims"))
    assert matrix["dates"].tolist() == [", ".join(days[:DAYS_SHOWN]) + ", … 3 more"] * 2
    assert disagreements.loc[0, "versions"] == " | ".join(
        f"{value:,} — {outlet} ({', '.join(days[:DAYS_SHOWN])}, … 3 more)" for outlet, value in (("B", 6000),
                                                                                              ("A", 5000)))


def test_a_statement_quoted_many_times_counts_its_quotes_and_lists_the_first(tables):
    copies = pd.concat([tables.quotes.assign(article_id=tables.quotes["article_id"] + f"~{copy}",
                                             quote_id=tables.quotes["quote_id"] + f"~{copy}")
                        for copy in range(30)], ignore_index=True)
    single = statement_comparison(tables.quotes).table.set_index("statement")
    shared = statement_comparison(copies).table.set_index("statement")
    assert (shared.loc[single.index, "n_quotes"] == 30 * single["n_quotes"]).all()
    ids = shared["quote_ids"].str.split("|")
    assert (ids.map(len) == shared["n_quotes"].clip(upper=QUOTE_IDS_SHOWN)).all()
    first = copies.loc[copies["quote_id"].isin(ids.iloc[0])]
    assert first["quote_id"].tolist() == ids.iloc[0]  # the first quotes, in the order of the table
