"""Who is who: countries, names and their variants."""

from collections import Counter

import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from rapidfuzz import fuzz

from analysis.actors import (
    Actor,
    Directory,
    _acronyms,
    _dateline,
    _dateline_country,
    _state_in_name,
    body_name,
    category_of,
    clean_name,
    countries_in,
    country_of,
    home_country,
    merge_name_variants,
    places,
    same_person,
    similar_strings,
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
        ("the Hellenic Coast Guard", "Greece"),  # a country's formal adjective
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


def _merge_by_comparing_every_pair(names: list[str]) -> dict[str, str]:
    """The merge without blocking by surname: each name in turn against every other."""
    counts = Counter(names)
    ordered = sorted(counts, key=lambda n: (-counts[n], -len(n), n))
    canonical: dict[str, str] = {}
    for name in ordered:
        if name not in canonical:
            canonical[name] = name
            canonical |= {other: name for other in ordered if other not in canonical and same_person(name, other)}
    return canonical


# Spellings close enough to merge or just too far apart ("Ruiz"/"Ruis" is 75), a hyphen, an honorific.
FIRST_NAMES = st.sampled_from(["Ana", "Anna", "Jon", "John", "Jean-Luc", "Dr.", "Olena", "Olina"])
SURNAMES = st.sampled_from(["Kovalchuk", "Kovalchuck", "Kowalchuk", "Ruiz", "Ruis", "Li", "Lee"])


@given(st.lists(st.builds(lambda first, last: f"{first} {last}", FIRST_NAMES, SURNAMES), max_size=40))
@example(["Ana Kovalchuk", "Ana Kovalchuck"])
@example(["Dr. Mr", "Li"])  # no first name and surname
def test_merge_name_variants_is_the_same_as_comparing_every_pair(names):
    assert merge_name_variants(names) == _merge_by_comparing_every_pair(names)


@pytest.mark.parametrize(
    ("queries", "choices", "expected"),
    [
        (["kovalchuk"], ["kovalchuck", "kovalenko", "smith"], {"kovalchuk": ["kovalchuck"]}),
        (["ruiz", "li"], ["ruiz", "ruis", "lee"], {"ruiz": ["ruiz"], "li": []}),  # ruis is 75: not alike
        (["smith"], [], {"smith": []}),
    ],
)
def test_similar_strings(queries, choices, expected):
    assert similar_strings(queries, choices, 85) == expected


# A small alphabet makes near-identical strings common; up to 20 characters covers the long-string path too.
ALIKE_WORDS = st.text(alphabet="aeiklnorsz", max_size=20)


@given(st.lists(ALIKE_WORDS, max_size=25), st.lists(ALIKE_WORDS, max_size=25), st.sampled_from([70, 85, 95]))
@example(["kovalchuk"], ["kovalchuck", "kovalchuk"], 85)
def test_similar_strings_finds_what_comparing_every_pair_finds(queries, choices, ratio):
    expected = {query: [choice for choice in choices if fuzz.ratio(query, choice) >= ratio] for query in queries}
    assert similar_strings(queries, choices, ratio) == expected


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


@pytest.mark.parametrize(
    ("actor", "kind"),
    [
        (Actor("Ana Ruiz", "person"), "person"),
        (Actor("Spain Ministry of Interior", "body", country="Spain"), "government"),
        (Actor("National Intelligence Service", "body"), "intelligence"),  # the telling word, not the head
        (Actor("Lyon police", "body"), "police"),
        (Actor("dockworkers' union strike committee", "body"), "organisers"),
        (Actor("Chile", "body", "Chilean officials", "Chile", "unnamed official"), "government"),
        (Actor("Chile", "body", "senior Chilean military officials", "Chile", "unnamed official"), "military"),
        (Actor("Red Crescent", "body"), "ngo"),
        (Actor("Associated Press", "body"), "outlet"),
        (Actor("state broadcaster", "body"), "outlet"),
        (Actor("researchers", "body"), "independent"),
        (Actor("Blue Lantern Collective", "body"), "ngo"),  # a body of no telling word
        (Actor("National Civil Defence Agency", "body"), "government"),  # civil defence is no army
        (Actor("Federation of Dock Workers", "body"), "organisers"),
        (Actor("Red Hills rebels", "body"), "military"),
    ],
)
def test_category_of(actor, kind):
    assert category_of(actor) == kind


@pytest.mark.parametrize(("place", "country"), [("Lyon", "France"), ("Osaka", "Japan"), ("Kharkiv", "Ukraine"),
                                                ("Galați", "Romania"), ("Galati", "Romania"), ("Brasov", "Romania")])
def test_places_come_from_the_gazetteer(place, country):
    """Spelled as the gazetteer does, without diacritics, or with Romanian's comma below for its cedilla."""
    assert places()[place] == country


@pytest.mark.parametrize("word", ["To", "Come", "Can"])
def test_a_short_word_is_no_place_for_losing_its_diacritics(word):
    """The gazetteer's "Tô" (Burkina Faso) and "Comé" (Benin) fold to English words."""
    assert word not in places()


def test_a_name_shared_by_cities_of_several_countries_is_no_place():
    assert "Victoria" not in places()


@pytest.mark.parametrize(("name", "kind"), [
    ("Chile Centre for Disease Control and Prevention", "government"),  # a state's own centre, by its name
    ("Lagos State Primary Health Care Board", "government"),
    ("Chile Medical Association", ""),  # a country's name alone makes no body the state's
    ("Lima Crowd Watch", ""),
])
def test_a_public_body_named_for_its_state(name, kind):
    assert category_of(Actor(name, "body"), default="") == kind


def test_a_dependent_territory_and_its_towns_are_its_sovereigns():
    assert (places()["Mayotte"], places()["Mamoudzou"], places()["Réunion"]) == ("France", "France", "France")


def test_home_country_counts_the_towns_an_article_names():
    assert home_country("Strike in Lyon; Marseille joins.", ["France", "France"]) == "France"


@pytest.mark.parametrize(
    ("text", "dateline"),
    [
        ("Headline\nSPRINGFIELD (AP) — Police said", "SPRINGFIELD (AP) —"),
        ("Headline\nLYON, France — Police said", "LYON, France —"),
        ("Headline\nNEW DELHI: Officials said", "NEW DELHI:"),
        ("Headline\nPolice said on Monday — late", ""),
        ("Headline\nPORT LOUIS, 14 April 2025 — The ministry said", "PORT LOUIS, 14 April 2025 —"),
        ("Headline\nPRESS RELEASE — FOR IMMEDIATE RELEASE\nBudapest, 16 March 2025 — The coalition thanks",
         "Budapest, 16 March 2025 —"),
        ("Headline\nThe police said on Monday that the march had been peaceful and that nobody was hurt at all.\n"
         "LYON, France — later", ""),
    ],
)
def test_dateline(text, dateline):
    start, end = _dateline(text)
    assert text[start:end].strip() == dateline


@pytest.mark.parametrize(
    ("body", "short", "long_head"),
    [
        ("The National Disaster Office (NDO) opened shelters.", "NDO", "Office"),
        ("The Coastal Rescue Service, CRS, began searching.", "CRS", "Service"),
        ("SPRINGFIELD (AP) — Rain fell.", None, None),  # a wire code after a dateline defines nothing
    ],
)
def test_short_forms_the_article_defines(nlp, body, short, long_head):
    doc = nlp(f"Headline of the day\n{body}")
    found = {name: doc[i].text for name, i in _acronyms(doc).items()}
    assert found == ({short: long_head} if short else {})


def test_a_short_form_is_one_actor_with_its_long_form(nlp):
    doc = nlp("Headline of the day\nSpain's National Flood Agency (NFA) opened shelters. The NFA said so.")
    directory = Directory(doc, [])
    long_form = next(t for t in doc if t.text == "Agency")
    short = [t for t in doc if t.text == "NFA"][-1]
    assert directory.actor_for(short) == directory.actor_for(long_form)
    assert directory.actor_for(short).country == "Spain"


@pytest.mark.parametrize(
    ("dateline", "country"),
    [("Headline\nNEW DELHI:", "India"), ("Headline\nLYON, France —", "France"),
     ("Headline\nOSAKA (Reuters) -", "Japan"), ("", "")],
)
def test_dateline_country(dateline, country):
    assert _dateline_country(dateline) == country



@pytest.mark.parametrize(
    ("name", "state"),
    [
        ("Chad army", "Chad"),  # "Chad's army", as body_name writes it
        ("Armed Forces of Mali", "Mali"),
        ("Northern Liberation Front", ""),  # an armed group speaks for itself
        ("Sahel Patriotic Movement", ""),  # a region is no state
    ],
)
def test_a_state_in_a_bodys_name(name, state):
    """A state's own forces speak for the state, never for themselves as an armed group does."""
    assert _state_in_name(name) == state
