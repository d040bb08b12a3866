"""Whether a noun names people, and what a count of them counts.

Two data files: `personnel.csv`, the closed mapping of the nouns whose count has a class of its own
or that WordNet does not treat as people ("troops", "forces", "dead", "death toll", "casualties"),
and `people_nouns.csv`, every noun WordNet 3.0 mostly uses for people or a group counted by its
members, with what its count counts (written by tools/make_lexicon.py; WordNet's licence is in
WORDNET_LICENSE.txt). A noun is looked up as written, by its lemma, and by the plural endings
WordNet's own morphology strips.
"""

from __future__ import annotations

import csv
from functools import lru_cache
from importlib import resources

from spacy.tokens import Token

# WordNet's detachment rules for nouns (morphy), and two irregular plurals that compounds end in.
PLURAL_ENDINGS = [("children", "child"), ("people", "person"), ("ies", "y"), ("ses", "s"), ("xes", "x"),
                  ("zes", "z"), ("ches", "ch"), ("shes", "sh"), ("men", "man"), ("s", "")]


def _rows(name: str) -> list[dict[str, str]]:
    with resources.files("analysis.data").joinpath(name).open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


@lru_cache(maxsize=1)
def closed_people_nouns() -> dict[str, str]:
    return {row["noun"].lower(): row["what"] for row in _rows("personnel.csv")}


@lru_cache(maxsize=1)
def wordnet_people_nouns() -> dict[str, str]:
    return {row["noun"]: row["what"] for row in _rows("people_nouns.csv")}


def singulars(word: str) -> list[str]:
    """The word and what each plural ending it has would leave: "nurses" -> nurses, nurse, nurs."""
    found = [word]
    for ending, base in PLURAL_ENDINGS:
        if word.endswith(ending) and len(word) > len(ending) + 1:
            found.append(word[: len(word) - len(ending)] + base)
    return found


@lru_cache(maxsize=65536)
def people_what(word: str) -> str | None:
    """What a count of `word` (lowercase, as written or lemma) counts, or None if it doesn't name people."""
    closed = closed_people_nouns()
    if word in closed:
        return closed[word]
    lexicon = wordnet_people_nouns()
    return next((lexicon[form] for form in singulars(word) if form in lexicon), None)


def noun_what(token: Token) -> tuple[str, str] | None:
    """(what, noun) when a noun token names people, with its compound modifier when that pair is known
    ("police officers" counts officers, "prisoners of war" captured)."""
    if token.pos_ != "NOUN" and not (token.tag_ == "NNPS" and not token.ent_type_):
        return None  # a name ("MacBook Pro") is not a people noun; a plural the tagger took for one may be
    lower = token.lower_
    previous = token.doc[token.i - 1] if token.i > 0 else None
    if previous is not None and previous.dep_ == "compound":
        pair = f"{previous.lower_} {lower}"
        what = people_what(pair)
        if what is not None:
            return what, pair
    for word in dict.fromkeys((lower, token.lemma_.lower())):
        what = people_what(word)
        if what is not None:
            return what, lower
    return None
