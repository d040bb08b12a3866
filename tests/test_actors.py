"""Who is who: countries, names and their variants."""

import pytest

from analysis.actors import clean_name, country_of, countries_in, merge_name_variants, same_person


@pytest.mark.parametrize(
    ("phrase", "country"),
    [
        ("US Ambassador to the United Nations", "United States"),
        ("a spokesperson for Seoul's defence ministry", "South Korea"),
        ("Ukraine's U.N. Ambassador", "Ukraine"),
        ("the UN chief's spokesperson", "United Nations"),
        ("a former British tank commander", "United Kingdom"),
        ("the Kremlin", "Russia"),
        ("the Pentagon", "United States"),
        ("an analyst from a think tank", ""),
    ],
)
def test_country_of_a_phrase(phrase, country):
    assert country_of(phrase) == country


def test_countries_in_keeps_order_and_kind():
    assert countries_in("Ukrainian and South Korean intelligence") == [
        ("Ukraine", "country"), ("South Korea", "country")]


@pytest.mark.parametrize(
    ("written", "clean"),
    [("Mr Miller", "Miller"), ("President Jane Doe’s", "Jane Doe"), ("Dr. Ana Ruiz", "Ana Ruiz"), ("Jane Doe", "Jane Doe")],
)
def test_clean_name(written, clean):
    assert clean_name(written) == clean


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Volodymyr Zelenskyy", "Volodymyr Zelensky", True),
        ("Anthony Blinken", "Antony Blinken", True),
        ("John Smith", "Jane Smith", False),
        ("Lloyd Austin", "Robert Wood", False),
    ],
)
def test_same_person(a, b, same):
    assert same_person(a, b) is same


def test_merge_name_variants_picks_the_most_frequent_spelling():
    names = ["Olena Kovalchuk", "Olena Kovalchuk", "Olena Kovalchuck", "Ivan Petrov"]
    mapping = merge_name_variants(names)
    assert mapping["Olena Kovalchuck"] == "Olena Kovalchuk"
    assert mapping["Ivan Petrov"] == "Ivan Petrov"
