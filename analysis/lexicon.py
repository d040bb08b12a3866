"""Whether a noun names people, and what a count of them counts.

Two data files: `personnel.csv`, the closed mapping of the nouns whose count has a class of its own
or that WordNet does not treat as people ("troops", "forces", "dead", "death toll", "casualties"),
and `people_nouns.csv`, every noun WordNet 3.0 mostly uses for people or a group counted by its
members, with what its count counts (written by tools/make_lexicon.py; WordNet's licence is in
WORDNET_LICENSE.txt). A noun is looked up as written, by its lemma, and by the plural endings
WordNet's own morphology strips.

Some nouns need the article to tell their sense (the `sense` column): a people noun that also names a
device ("six speakers", "fans") is decided by a simplified Lesk test, the overlap of the article's words
with each sense's signature in `sense_words.csv`; a noun whose people sense is a minor one ("cases")
counts people in health coverage, an article that names an illness (`illness_nouns.csv`), where a count
of infections counts the people infected too; a noun WordNet defines as a person or a firm ("providers")
counts firms in an article that counts organisations (`organisation_nouns.csv`).
"""

from __future__ import annotations

import csv
from functools import lru_cache
from importlib import resources

from spacy.tokens import Doc, Token

CASE_STATUSES = {"confirmed", "suspected", "probable"}  # "1,200 suspected cases": of an illness
HEALTH_VERBS = {"infect", "reinfect", "vaccinate", "immunize", "immunise", "inoculate"}  # said of an illness
# WordNet's detachment rules for nouns (morphy), and two irregular plurals that compounds end in.
PLURAL_ENDINGS = [("children", "child"), ("people", "person"), ("ies", "y"), ("ses", "s"), ("xes", "x"),
                  ("zes", "z"), ("ches", "ch"), ("shes", "sh"), ("men", "man"), ("s", "")]


@lru_cache(maxsize=8)
def _rows(name: str) -> tuple[dict[str, str], ...]:
    """A shipped CSV's rows, read once per process (people_nouns.csv serves two lookups)."""
    with resources.files("analysis.data").joinpath(name).open(encoding="utf-8") as handle:
        return tuple(csv.DictReader(handle))


@lru_cache(maxsize=1)
def closed_people_nouns() -> dict[str, str]:
    return {row["noun"].lower(): row["what"] for row in _rows("personnel.csv")}


@lru_cache(maxsize=1)
def wordnet_people_nouns() -> dict[str, str]:
    """The nouns that name people in any article (no `sense` to decide)."""
    return {row["noun"]: row["what"] for row in _rows("people_nouns.csv") if row["sense"] != "case"}


@lru_cache(maxsize=1)
def noun_senses() -> dict[str, str]:
    """Noun -> `thing` or `case`: the people nouns whose sense the article decides."""
    return {row["noun"]: row["sense"] for row in _rows("people_nouns.csv") if row["sense"]}


@lru_cache(maxsize=1)
def sense_words() -> dict[tuple[str, str], frozenset[str]]:
    return {(row["noun"], row["sense"]): frozenset(row["words"].split()) for row in _rows("sense_words.csv")}


@lru_cache(maxsize=1)
def illness_nouns() -> dict[str, str]:
    """Noun -> `count` ("infections": the count is of people) or `illness` ("cholera")."""
    return {row["noun"]: row["kind"] for row in _rows("illness_nouns.csv")}


@lru_cache(maxsize=1)
def organisation_nouns() -> frozenset[str]:
    return frozenset(row["noun"] for row in _rows("organisation_nouns.csv"))


def counts_organisations(doc: Doc) -> bool:
    """The article puts a number on organisations: "nine companies", "14 firms"."""
    if "claimdesk_organisations" not in doc.user_data:
        organisations = organisation_nouns()
        doc.user_data["claimdesk_organisations"] = any(
            t.pos_ == "NOUN" and t.lemma_.lower() in organisations
            and any(c.dep_ == "nummod" and c.lower_ not in ("one", "1") for c in t.children) for t in doc)
    return doc.user_data["claimdesk_organisations"]


def article_words(doc: Doc) -> frozenset[str]:
    """The article's words and lemmas, lowercase (computed once per parse)."""
    if "claimdesk_words" not in doc.user_data:
        doc.user_data["claimdesk_words"] = frozenset(
            w for t in doc if t.is_alpha for w in (t.lower_, t.lemma_.lower()))
    return doc.user_data["claimdesk_words"]


def is_health_coverage(doc: Doc) -> bool:
    """The article names an illness, an infection, an infectious agent or an epidemic, infects or vaccinates
    people, or counts confirmed or suspected cases (an illness too new for the lexicon: "the outbreak infected
    12,000")."""
    if "claimdesk_health" not in doc.user_data:
        illnesses = illness_nouns()
        doc.user_data["claimdesk_health"] = any(
            t.pos_ in ("NOUN", "PROPN") and (t.lower_ in illnesses or t.lemma_.lower() in illnesses)
            or t.pos_ == "VERB" and t.lemma_.lower() in HEALTH_VERBS
            or t.lower_ == "cases" and any(c.lower_ in CASE_STATUSES for c in t.children) for t in doc)
    return doc.user_data["claimdesk_health"]


def names_a_thing(doc: Doc, noun: str) -> bool:
    """Lesk: the article shares more words with the noun's thing senses than with its people senses."""
    words = article_words(doc)
    people = len(words & sense_words().get((noun, "people"), frozenset()))
    thing = len(words & sense_words().get((noun, "thing"), frozenset()))
    return thing >= 2 and thing > people


def _lexicon_form(word: str) -> str | None:
    """The form of `word` the WordNet lists know: itself or a singular."""
    known = wordnet_people_nouns()
    senses = noun_senses()
    return next((form for form in singulars(word) if form in known or form in senses), None)


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


def in_context(token: Token, word: str) -> bool:
    """Whether `word` (a form of the token) names people in this article: nouns with no sense to decide do;
    a device noun unless the article is about the device; a "case" noun in health coverage; a person-or-firm
    noun unless the article counts organisations."""
    form = _lexicon_form(word)
    sense = noun_senses().get(form, "") if form else ""
    if sense == "thing":
        return not names_a_thing(token.doc, form)
    if sense == "case":
        return is_health_coverage(token.doc)
    if sense == "firm":
        return not counts_organisations(token.doc)
    return True


def _contextual_what(token: Token, word: str) -> str | None:
    if word in closed_people_nouns():
        return closed_people_nouns()[word]
    form = _lexicon_form(word)
    if form is None:
        illness = next((illness_nouns()[f] for f in singulars(word) if f in illness_nouns()), "")
        return "other" if illness == "count" else None  # "1,200 infections": the people infected
    if not in_context(token, word):
        return None
    return wordnet_people_nouns().get(form, "other")


def noun_what(token: Token) -> tuple[str, str] | None:
    """(what, noun) when a noun token names people, with its compound modifier when that pair is known
    ("police officers" counts officers, "prisoners of war" captured), in this article's sense of it."""
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
        what = _contextual_what(token, word)
        if what is not None:
            return what, lower
    return None
