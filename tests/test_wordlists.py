"""Every entry of every word list in analysis/data, shown at work in a sentence (or a phrase)."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from analysis.actors import clean_name, country_of, shared_institutions
from analysis.extract import article_from_text, extract_article

DATA = Path(__file__).resolve().parent.parent / "analysis" / "data"
HEADLINE = "Officials respond to the crisis in the region"


def rows(name: str) -> list[dict[str, str]]:
    with (DATA / name).open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def extract(nlp, body: str, headline: str = HEADLINE) -> tuple[list[dict], list[dict]]:
    article = article_from_text(f"{headline}\n{body}")
    return extract_article(nlp(article.text), article)


def only_claim(nlp, body: str, headline: str = HEADLINE) -> dict:
    claims = extract(nlp, body, headline)[1]
    assert len(claims) == 1, f"{body!r} gave {[c['figure_text'] for c in claims]}"
    return claims[0]


# ---------------------------------------------------------------- reporting_verbs.csv

IRREGULAR_PAST = {"say": "said", "tell": "told", "write": "wrote", "put": "put", "think": "thought",
                  "understand": "understood", "speak": "spoke", "forecast": "forecasted"}


def past(verb: str) -> str:
    if verb in IRREGULAR_PAST:
        return IRREGULAR_PAST[verb]
    if verb.endswith("e"):
        return verb + "d"
    if verb.endswith("y") and verb[-2] not in "aeiou":
        return verb[:-1] + "ied"
    return verb + ("ted" if verb == "admit" else "ed")


@pytest.mark.parametrize("row", rows("reporting_verbs.csv"), ids=lambda row: row["lemma"])
def test_reporting_verb_attributes_a_quote(nlp, row):
    sentence = f'"The town will not be abandoned," Anna Berg {past(row["lemma"])}.'
    quotes = extract(nlp, sentence)[0]
    assert [(q["speaker"], q["verb"]) for q in quotes] == [("Anna Berg", row["lemma"])], sentence


# ---------------------------------------------------------------- qualifiers.csv

VERB_QUALIFIERS = {"exceeds", "exceeded", "exceed", "exceeding", "topped", "tops", "surpassed", "surpasses"}


@pytest.mark.parametrize("row", rows("qualifiers.csv"), ids=lambda row: row["phrase"])
def test_qualifier_phrase(nlp, row):
    phrase = row["phrase"]
    if phrase in VERB_QUALIFIERS:
        sentence = f"Officials said the number of troops in the region {phrase} 4,000."
    elif phrase == "a couple":
        sentence = "Officials said a couple thousand troops were deployed."
    else:
        sentence = f"Officials said {phrase} 4,000 troops were deployed."
    claim = only_claim(nlp, sentence)
    assert claim["qualifier"] == row["qualifier"], sentence


# ---------------------------------------------------------------- personnel.csv


@pytest.mark.parametrize("row", rows("personnel.csv"), ids=lambda row: row["noun"])
def test_personnel_noun_says_what_is_counted(nlp, row):
    noun = row["noun"]
    sentence = "Officials said the death toll rose to 40." if noun == "death toll" \
        else f"Officials said 4,000 {noun} were counted."
    assert only_claim(nlp, sentence)["what"] == row["what"], sentence


# ---------------------------------------------------------------- people_verbs.csv

HAPPENED = {"kill": "were killed", "die": "died", "wound": "were wounded", "injure": "were injured",
            "capture": "were captured", "detain": "were detained", "seize": "were seized",
            "captivity": "remain in captivity", "execute": "were executed", "abduct": "were abducted",
            "kidnap": "were kidnapped", "arrest": "were arrested", "jail": "were jailed", "imprison": "were imprisoned",
            "hurt": "were hurt", "drown": "drowned", "murder": "were murdered"}


@pytest.mark.parametrize("row", rows("people_verbs.csv"), ids=lambda row: row["lemma"])
def test_people_verb_says_what_happened_to_them(nlp, row):
    sentence = f"Officials said 40 soldiers {HAPPENED[row['lemma']]}."
    assert only_claim(nlp, sentence)["what"] == row["what"], sentence


# ---------------------------------------------------------------- countries.csv


def aliases() -> list[tuple[str, str]]:
    return [(alias, row["name"]) for row in rows("countries.csv")
            for alias in [row["name"], *row["aliases"].split("|"), *row["institutions"].split("|")]
            if alias and alias not in shared_institutions()]


@pytest.mark.parametrize(("alias", "name"), aliases(), ids=lambda value: value)
def test_country_alias_resolves(alias, name):
    assert country_of(f"a spokesperson for {alias}") == name


@pytest.mark.parametrize("alias", sorted(shared_institutions()))
def test_a_name_several_states_share_names_none_alone(alias):
    assert len(shared_institutions()[alias]) > 1
    assert country_of(f"a spokesperson for {alias}") == ""


# ---------------------------------------------------------------- titles.csv


@pytest.mark.parametrize("row", rows("titles.csv"), ids=lambda row: row["word"])
def test_title_is_not_part_of_a_name(row):
    assert clean_name(f"{row['word'].title()} Ana Ruiz") == "Ana Ruiz"


# ---------------------------------------------------------------- official_nouns.csv

ONE_COUNTRY = ("Chile braces for more storms after deadly floods",
               "Chile's president visited the flooded towns of Chile on Monday.\n")


@pytest.mark.parametrize("row", rows("official_nouns.csv"), ids=lambda row: row["noun"])
def test_official_noun_speaks_for(nlp, row):
    """In an article about Chile: people and state bodies with no country named speak for Chile, unless they
    are foreign-facing or anonymous; "the <body>" is the one named before; an armed group speaks for itself."""
    noun, kind, speaks_for = row["noun"], row["kind"], row["speaks_for"]
    headline, intro = ONE_COUNTRY
    if kind == "body":
        body = f"{intro}The Pacific {noun.title()} published a report. The {noun} said 400 soldiers were sent."
    else:
        body = f"{intro}The {noun} said 400 soldiers were sent."
    claim = only_claim(nlp, body, headline)
    expected_country = {"home": "Chile", "foreign": "", "none": "", "itself": claim["claimant"]}[speaks_for]
    assert claim["claimant_country"] == expected_country, body
    if kind == "body":
        assert claim["claimant"] == f"Pacific {noun.title()}", body
    if kind == "state":
        assert claim["claimant"] == "Chile", body
