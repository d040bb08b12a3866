"""Who is who: countries, names and their variants."""

import pytest

from analysis.actors import (
    body_name,
    clean_name,
    countries_in,
    country_of,
    home_country,
    merge_name_variants,
    same_person,
)


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
        ("Nigerians in the camps", "Nigeria"),  # a demonym in the plural
        ("county officials in California", "United States"),
    ],
)
def test_country_of_a_phrase(phrase, country):
    assert country_of(phrase) == country


def test_countries_in_keeps_order_and_kind():
    assert countries_in("Ukrainian and South Korean intelligence") == [
        ("Ukraine", "country"), ("South Korea", "country")]


@pytest.mark.parametrize(
    ("written", "clean"),
    [("Mr Miller", "Miller"), ("President Jane Doe’s", "Jane Doe"), ("Dr. Ana Ruiz", "Ana Ruiz"),
     ("Jane Doe", "Jane Doe")],
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


@pytest.mark.parametrize(
    ("text", "home"),
    [
        ("Floods in Peru. Peru's army and Lima's mayor; Chile sent help.", "Peru"),  # 3 of 4 mentions
        ("Chile and Peru signed a deal. Peru and Chile will meet again.", "Chile"),  # a tie: the first named
        ("Talks between Chile, Peru and Bolivia; Peru and Chile left.", ""),  # 2 of 5: nobody's article
        ("Peru said so.", ""),  # one mention is not an article about Peru
        ("No country at all.", ""),
    ],
)
def test_home_country_is_the_one_an_article_is_about(text, home):
    assert home_country(text) == home


@pytest.mark.parametrize(
    ("phrase", "country", "name"),
    [
        ("Russia’s defence ministry", "", "Russia Ministry of Defence"),
        ("the South Korean defense ministry", "South Korea", "South Korea Ministry of Defense"),
        ("the transport ministry", "Italy", "Italy Ministry of Transport"),
        ("Chad's army", "", "Chad army"),
        ("the Ministry of Health", "Peru", "Peru Ministry of Health"),
        ("the Red Crescent", "Peru", "Red Crescent"),  # not a ministry, no possessive: as written
    ],
)
def test_body_name(phrase, country, name):
    assert body_name(phrase, country) == name
