"""The shared sidebar filters and the labels they are made of (analysis/filters.py)."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest
from fixtures.loader import fixture_tables

from analysis.filters import (
    DATE_INFERRED,
    DATE_PUBLISHED,
    DATE_STATED,
    DATE_UNKNOWN,
    NO_LOCATION,
    UNKNOWN_OUTLET,
    Filters,
    claim_dates,
    claim_wording,
    download_file_name,
    figure_labels,
    filter_articles,
    filter_claims,
    filter_options,
    filter_quotes,
    filter_tables,
    format_count,
    label_sort_key,
    labelled,
    search_quotes,
    speaker_options,
)
from analysis.schema import Tables, conform


@pytest.fixture(scope="module")
def tables():
    return fixture_tables()


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        (["Al Jazeera", "", None, "  "], ["Al Jazeera", UNKNOWN_OUTLET, UNKNOWN_OUTLET, UNKNOWN_OUTLET]),
        ([" Yahoo News "], ["Yahoo News"]),
    ],
)
def test_labelled_names_empty_values(values, expected):
    assert labelled(pd.Series(values, dtype="string"), UNKNOWN_OUTLET).tolist() == expected


def test_label_sort_key_puts_unknown_labels_last():
    labels = pd.Series(["(unknown outlet)", "yahoo", "Al Jazeera", "(no location stated)"], dtype="string")
    assert labels.sort_values(key=label_sort_key).tolist() == [
        "Al Jazeera", "yahoo", "(no location stated)", "(unknown outlet)",
    ]


@pytest.mark.parametrize(
    ("date_said", "date_source", "published", "expected_date", "expected_basis"),
    [
        ("2024-10-30", "text", "2024-10-31", "2024-10-30", DATE_STATED),
        ("2024-10-30", "context", None, "2024-10-30", DATE_STATED),
        ("2024-10-31", "reference", "2024-10-31", "2024-10-31", DATE_PUBLISHED),
        ("2024-10-31", "publication", "2024-10-31", "2024-10-31", DATE_PUBLISHED),
        (None, "", "2024-11-05", "2024-11-05", DATE_PUBLISHED),
        ("2024-10-31", "reference", None, "2024-10-31", DATE_INFERRED),
        (None, "", None, None, DATE_UNKNOWN),
    ],
)
def test_claim_dates_never_present_a_fallback_as_a_stated_date(
    date_said, date_source, published, expected_date, expected_basis
):
    claims = conform([{"date_said": date_said, "date_source": date_source, "published": published}], "claims")
    result = claim_dates(claims).iloc[0]
    assert result["date_basis"] == expected_basis
    assert (pd.isna(result["date"]) and expected_date is None) or result["date"] == pd.Timestamp(expected_date)


@pytest.mark.parametrize(
    ("row", "wording", "figure"),
    [
        ({"value": 8000, "figure_text": "8,000", "qualifier_text": "as many as"}, "as many as 8,000", "8,000"),
        ({"value": 3, "figure_text": "three", "qualifier_text": ""}, "three", "3"),
        ({"value": 12000, "figure_text": None, "qualifier_text": "about"}, "about 12,000", "12,000"),
        ({"value": 10000, "value_high": 12000, "figure_text": "10,000 and 12,000", "qualifier_text": "between"},
         "between 10,000 and 12,000", "10,000–12,000"),
    ],
)
def test_claim_wording_and_figure_labels(row, wording, figure):
    claims = conform([row], "claims")
    assert claim_wording(claims).iloc[0] == wording
    assert figure_labels(claims).iloc[0] == figure


def test_format_count_uses_thousands_separators_and_keeps_missing():
    assert format_count(pd.Series([1200000, None, 3], dtype="Int64")).tolist() == ["1,200,000", pd.NA, "3"]


def test_filter_options_list_unknown_values_last(tables):
    options = filter_options(tables)
    assert options.outlets == ["Al Jazeera", "Associated Press", "Business Insider", "Yahoo News", UNKNOWN_OUTLET]
    assert options.locations[-1] == NO_LOCATION
    assert (options.first_date, options.last_date) == (date(2024, 10, 28), date(2024, 11, 5))


@pytest.mark.parametrize(
    ("filters", "expected_ids"),
    [
        (Filters(outlets=("Business Insider",)), {"bi-c1", "bi-c2"}),
        (Filters(outlets=(UNKNOWN_OUTLET,)), {"nooutlet-c1", "nooutlet-c2"}),
        (Filters(claimant_countries=("Ukraine",), whats=("troops",)), {"aj-c4", "ap-c2", "yahoo-c1"}),
        (Filters(locations=(NO_LOCATION,)), {"yahoo-c6"}),
        (Filters(locations=(NO_LOCATION,), include_hypothetical=True), {"yahoo-c6", "ap-c3", "ap-c4"}),
        (Filters(date_from=date(2024, 11, 4), date_to=date(2024, 11, 4)), {"yahoo-c7"}),
        (Filters(claimants=("Pentagon",), date_to=date(2024, 10, 28)), {"bi-c2"}),
    ],
)
def test_filter_claims(tables, filters, expected_ids):
    assert set(filter_claims(tables.claims, filters)["claim_id"]) == expected_ids


def test_hypothetical_figures_are_left_out_unless_asked_for(tables):
    default = filter_claims(tables.claims, Filters())
    everything = filter_claims(tables.claims, Filters(include_hypothetical=True))
    assert not default["hypothetical"].any()
    assert len(everything) == len(tables.claims)


def test_filtered_rows_show_the_unknown_outlet_label(tables):
    shown = filter_claims(tables.claims, Filters(outlets=(UNKNOWN_OUTLET,)))
    assert set(shown["outlet"]) == {UNKNOWN_OUTLET}


def test_a_date_filter_drops_undated_rows_but_no_filter_keeps_them(tables):
    undated = tables.quotes["published"].isna().sum()
    assert len(filter_quotes(tables.quotes, Filters())) == len(tables.quotes)
    assert len(filter_quotes(tables.quotes, Filters(date_from=date(2024, 10, 1)))) == len(tables.quotes) - undated


def test_filter_articles_keeps_failed_files_of_the_outlet(tables):
    assert set(filter_articles(tables.articles, Filters(outlets=(UNKNOWN_OUTLET,)))["article_id"]) == {
        "nooutlet", "broken", "notes",
    }


def test_nothing_matching_gives_an_empty_frame_with_the_columns(tables):
    empty = filter_claims(tables.claims, Filters(outlets=("No such outlet",)))
    assert empty.empty and list(empty.columns) == list(tables.claims.columns)


@pytest.mark.parametrize(
    ("text", "partial", "expected_ids"),
    [
        ("we've not yet", None, {"aj-q1", "ap-q1"}),  # straight apostrophe finds the curly one
        ("LEGITIMATE targets", None, {"nooutlet-q2", "bi-q1"}),  # every word, any case
        ("legitimate austin", None, {"bi-q1"}),  # speaker names are searched too
        ("", True, {"aj-q2"}),
        ("zzz", None, set()),
    ],
)
def test_search_quotes(tables, text, partial, expected_ids):
    assert set(search_quotes(tables.quotes, text, partial=partial)["quote_id"]) == expected_ids


def test_search_quotes_by_speaker_and_country(tables):
    found = search_quotes(tables.quotes, speakers=("Antony Blinken",), speaker_countries=("United States",))
    assert set(found["speaker"]) == {"Antony Blinken"} and len(found) == 4
    assert search_quotes(tables.quotes, speaker_countries=("South Korea",))["quote_id"].tolist() == ["yahoo-q1"]


def test_speaker_options(tables):
    speakers, countries = speaker_options(tables.quotes)
    assert "Lloyd Austin" in speakers and countries == ["South Korea", "Ukraine", "United States"]


@pytest.mark.parametrize(
    ("filters", "extra", "expected"),
    [
        (Filters(), {}, "claims.csv"),
        (Filters(outlets=("Associated Press",), date_from=date(2024, 10, 31), date_to=date(2024, 10, 31)), {},
         "claims_outlet-Associated-Press_2024-10-31.csv"),
        (Filters(outlets=("AP", "(unknown outlet)")), {}, "claims_outlet-AP+unknown-outlet.csv"),
        (Filters(claimant_countries=("South Korea",), include_hypothetical=True, date_from=date(2024, 11, 1)),
         {"counted": "troops"}, "claims_country-South-Korea_counted-troops_with-hypothetical_from-2024-11-01.csv"),
        (Filters(date_to=date(2024, 11, 1)), {"search": "../../etc"}, "claims_search-etc_until-2024-11-01.csv"),
        (Filters(include_rejected=True), {}, "claims_with-rejected.csv"),
    ],
)
def test_download_file_name_says_what_it_holds(filters, extra, expected):
    assert download_file_name("claims", filters, **extra) == expected


def test_download_file_name_stays_short():
    name = download_file_name("claims", Filters(claimants=tuple(f"Claimant number {n}" for n in range(40))))
    assert len(name) <= 160 and name.endswith(".csv")


def test_filter_options_of_an_empty_corpus():
    options = filter_options(Tables(conform([], "articles"), conform([], "quotes"), conform([], "claims")))
    assert options.outlets == [] and options.first_date is None and options.last_date is None


def test_filter_tables_narrows_all_three_tables_alike(tables):
    filters = Filters(outlets=("Al Jazeera",))
    narrowed = filter_tables(tables, filters)
    assert narrowed.articles.equals(filter_articles(tables.articles, filters))
    assert narrowed.quotes.equals(filter_quotes(tables.quotes, filters))
    assert narrowed.claims.equals(filter_claims(tables.claims, filters))
