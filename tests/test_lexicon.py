"""analysis/lexicon.py: which nouns name people, decided by WordNet and, for some, by the article."""

from __future__ import annotations

import pytest

from analysis.lexicon import (
    counts_organisations,
    illness_nouns,
    is_health_coverage,
    names_a_thing,
    noun_senses,
    noun_what,
    people_what,
    singulars,
)


def noun_in(nlp, text: str, word: str):
    doc = nlp(text)
    return next(t for t in doc if t.lower_ == word)


def test_singulars_strip_wordnet_plural_endings():
    assert "nurse" in singulars("nurses")
    assert "schoolchild" in singulars("schoolchildren")


@pytest.mark.parametrize(("word", "what"), [("paramedic", "other"), ("lieutenant", "officers"),
                                            ("infantryman", "troops"), ("hostage", "captured")])
def test_people_what_follows_the_hierarchy(word, what):
    assert people_what(word) == what


@pytest.mark.parametrize("word", ["case", "speaker", "provider"])
def test_nouns_whose_sense_the_article_decides_are_marked(word):
    assert noun_senses()[word] in ("case", "thing", "firm")


def test_a_case_noun_is_not_people_without_context():
    assert people_what("case") is None


@pytest.mark.parametrize(("word", "kind"), [("cholera", "illness"), ("measles", "illness"), ("infection", "count")])
def test_illness_nouns_come_from_wordnet(word, kind):
    assert illness_nouns()[word] == kind


# text, the noun, whether it counts people there
IN_CONTEXT = [
    ("cases counted in an outbreak", "Doctors confirmed 40 new cases as the cholera outbreak spread.", "cases", True),
    ("cases in a court", "The court heard 40 cases last year.", "cases", False),
    ("infections count the infected", "The clinic recorded 40 infections in a week.", "infections", True),
    ("speakers at a conference", "Forty speakers addressed the conference on the future of the city, and the "
     "audience applauded each talk.", "speakers", True),
    ("speakers in a device", "The phone has four speakers, and the audio sounds loud through each transducer "
     "and woofer.", "speakers", False),
    ("providers beside counted firms", "Nine companies won contracts, and the number of providers reached 14.",
     "providers", False),
    ("providers in care", "The clinic said 40 providers worked night shifts.", "providers", True),
]


@pytest.mark.parametrize(("rule", "text", "word", "people"), IN_CONTEXT, ids=[row[0] for row in IN_CONTEXT])
def test_the_article_decides_the_sense(nlp, rule, text, word, people):
    assert (noun_what(noun_in(nlp, text, word)) is not None) == people, text


def test_health_coverage_is_an_article_naming_an_illness(nlp):
    assert is_health_coverage(nlp("The measles vaccine reached the villages."))
    assert not is_health_coverage(nlp("The court heard the case."))


def test_counts_organisations_needs_a_number_on_an_organisation(nlp):
    assert counts_organisations(nlp("Nine companies bid for the contract."))
    assert not counts_organisations(nlp("The company bid for the contract."))


def test_lesk_needs_the_articles_words(nlp):
    assert names_a_thing(nlp("Loud audio from the woofer and the transducer filled the room."), "speaker")
    assert not names_a_thing(nlp("The speaker delivered a public talk."), "speaker")
