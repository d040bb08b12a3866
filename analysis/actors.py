"""Who is who: people, bodies and the countries they speak for.

An `Actor` is what a reporting verb's subject (or an "according to" object)
refers to. People get the fullest name the article gives them ("Blinken" ->
the full name used earlier or later); pronouns resolve to the most recent
person or body; unnamed officials speak for their country.
"""

from __future__ import annotations

import csv
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from rapidfuzz import fuzz
from spacy.tokens import Doc, Span, Token

PERSON_PRONOUNS = {"he", "she", "him", "her"}
GROUP_PRONOUNS = {"they", "it", "we", "them"}
HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "mx"}
# Children of a mention's head that describe someone else: "X, along with Y", "X and Y", "X, who ...".
FOREIGN_DEPS = {"conj", "cc", "relcl", "acl", "advcl", "punct", "parataxis", "ccomp", "xcomp"}
FOREIGN_PREPS = {"with", "along", "alongside", "besides", "including", "than", "like"}


@dataclass(frozen=True)
class Actor:
    name: str  # canonical: a person's full name, or the body ("United States", "Pentagon")
    kind: str  # person | body | unknown
    title: str = ""  # role as written: "Secretary of State"
    country: str = ""  # country or international body spoken for
    source: str = "named"  # how it was found: named, surname, pronoun, previous paragraph, ...


def _data_rows(name: str) -> list[dict[str, str]]:
    with resources.files("analysis.data").joinpath(name).open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


@lru_cache(maxsize=1)
def country_aliases() -> dict[str, tuple[str, str]]:
    """Alias as written ("Seoul", "South Korean", "U.S.") -> (canonical name, kind)."""
    table: dict[str, tuple[str, str]] = {}
    for row in _data_rows("countries.csv"):
        for alias in [row["name"], *row["aliases"].split("|"), *row["institutions"].split("|")]:
            if alias:
                table[alias] = (row["name"], row["kind"])
    return table


@lru_cache(maxsize=1)
def institutions() -> frozenset[str]:
    """Aliases that name one institution of a state ("Pentagon"), not the state itself ("Seoul")."""
    return frozenset(alias for row in _data_rows("countries.csv") for alias in row["institutions"].split("|") if alias)


@lru_cache(maxsize=1)
def _country_pattern() -> re.Pattern[str]:
    aliases = sorted(country_aliases(), key=len, reverse=True)
    return re.compile(r"(?<![\w.])(" + "|".join(re.escape(a) for a in aliases) + r")(?![\w])")


@lru_cache(maxsize=1)
def title_words() -> frozenset[str]:
    return frozenset(row["word"] for row in _data_rows("titles.csv"))


@lru_cache(maxsize=1)
def official_nouns() -> frozenset[str]:
    return frozenset(row["noun"] for row in _data_rows("official_nouns.csv"))


def countries_in(text: str) -> list[tuple[str, str]]:
    """Countries and bodies named in `text`, in order: [(name, kind), ...]."""
    found = []
    for match in _country_pattern().finditer(text):
        entry = country_aliases()[match.group(1)]
        if entry not in found:
            found.append(entry)
    return found


def country_of(text: str) -> str:
    """The country a phrase speaks for; a country outranks an international body ("US Ambassador to the UN")."""
    found = countries_in(text)
    countries = [name for name, kind in found if kind == "country"]
    return countries[0] if countries else (found[0][0] if found else "")


def clean_name(text: str) -> str:
    """A person's name without honorifics, titles, possessive or stray punctuation."""
    text = re.sub(r"[’']s$", "", text.strip()).strip(" ,.;:\"“”‘’")
    words = text.split()
    while len(words) > 1 and (words[0].lower().strip(".") in title_words() or words[0].islower()):
        words.pop(0)
    return " ".join(words)


def _name_key(name: str) -> list[str]:
    return [w.lower().strip(".") for w in name.replace("-", " ").split() if w.lower().strip(".") not in HONORIFICS]


def core_tokens(head: Token) -> list[Token]:
    """The tokens of a mention that describe the head itself (not conjuncts, clauses, companions)."""
    tokens = [head]
    for child in head.children:
        if child.dep_ in FOREIGN_DEPS:
            continue
        if child.dep_ == "prep" and child.lower_ in FOREIGN_PREPS:
            continue
        tokens.extend(core_tokens(child))
    return sorted(tokens, key=lambda t: t.i)


def _person_span(doc: Doc, tokens: list[Token]) -> Span | None:
    """The PERSON entity among the tokens, else a chain of proper nouns that looks like a name."""
    indexes = {t.i for t in tokens}
    people = [ent for ent in doc.ents if ent.label_ == "PERSON" and ent.start in indexes]
    if people:
        return people[0]
    head_candidates = [t for t in tokens if t.pos_ == "PROPN" and t.ent_type_ in ("", "PERSON")
                       and t.text not in country_aliases() and t.lower_ not in title_words()]
    if len(head_candidates) >= 2:
        start, end = head_candidates[0].i, head_candidates[-1].i + 1
        if end - start <= 5 and all(t.i in indexes for t in doc[start:end]):
            return doc[start:end]
    return None


class Directory:
    """The people an article names, so surnames and pronouns resolve to full names."""

    def __init__(self, doc: Doc, quote_spans: list[tuple[int, int]]):
        self.doc = doc
        self.quote_spans = quote_spans
        self.full_names: list[str] = []
        self.countries: dict[str, str] = {}
        self.titles: dict[str, str] = {}
        self.mentioned_countries = [name for name, _ in countries_in(doc.text)]
        for ent in doc.ents:
            if ent.label_ == "PERSON":
                name = clean_name(ent.text)
                if len(name.split()) >= 2 and name not in self.full_names:
                    self.full_names.append(name)

    def full_name(self, name: str) -> tuple[str, str]:
        """(fullest known name, source) for a name as written."""
        name = clean_name(name)
        key = _name_key(name)
        if not key:
            return name, "named"
        best = [full for full in self.full_names if set(key) <= set(_name_key(full)) and full != name]
        if best:
            return max(best, key=len), "surname"
        return name, "named"

    def remember(self, actor: Actor) -> None:
        if actor.kind == "person":
            if actor.country:
                self.countries.setdefault(actor.name, actor.country)
            if actor.title:
                self.titles.setdefault(actor.name, actor.title)

    def inside_quote(self, char: int) -> bool:
        return any(start <= char < end for start, end in self.quote_spans)

    def actor_for(self, head: Token) -> Actor | None:
        """The actor a noun phrase headed by `head` refers to (no pronoun resolution here)."""
        doc = self.doc
        tokens = core_tokens(head)
        person = _person_span(doc, tokens)
        phrase = _text_of(tokens)
        country = country_of(phrase)
        if person is not None and not _names_the_head(person, head):
            person = None
        if person is not None:
            name, source = self.full_name(person.text)
            if not name:
                return None
            title = _title_of(tokens, person)
            actor = Actor(name, "person", title or self.titles.get(name, ""),
                          country or self.countries.get(name, ""), source)
            self.remember(actor)
            return actor
        if head.lower_ in PERSON_PRONOUNS | GROUP_PRONOUNS or head.pos_ == "PRON":
            return None
        if head.pos_ == "PROPN" and head.text not in country_aliases():
            # Headline shorthand: "..., says South" when the article names South Korea.
            shorthand = [c for c in self.mentioned_countries if c.split()[0] == head.text and " " in c]
            if len(shorthand) == 1 and not any(c.dep_ == "compound" for c in head.children):
                return Actor(shorthand[0], "body", "", shorthand[0], "shorthand")
            name, source = self.full_name(head.text)
            if source == "surname" or head.ent_type_ == "PERSON":
                actor = Actor(name, "person", self.titles.get(name, ""), self.countries.get(name, ""), source)
                return actor
        orgs = [ent for ent in doc.ents if ent.label_ in ("ORG", "NORP", "GPE") and ent.start in {t.i for t in tokens}]
        if head.lemma_.lower() in official_nouns() or head.lower_ in official_nouns():
            org = next((ent for ent in orgs if ent.label_ == "ORG"
                        and ent.text not in country_aliases()), None)
            if org is not None and not country_aliases().get(org.text.removeprefix("the ")):
                return Actor(_strip_det(org.text), "body", "", country, "named")
            if country and head.lower_ in ("official", "officials", "government", "administration",
                                           "authorities", "sources", "source", "diplomats", "spokesperson",
                                           "spokesman", "spokeswoman"):
                return Actor(country, "body", _strip_det(phrase), country, "unnamed official")
            return Actor(_strip_det(phrase), "body", "", country, "named")
        alias = _strip_det(phrase)
        if alias in country_aliases():
            name = country_aliases()[alias][0]
            return Actor(alias if alias in institutions() else name, "body", "", name, "named")
        if orgs or country:
            # "Ukrainian and South Korean intelligence" speaks for both.
            several = [name for name, kind in countries_in(phrase) if kind == "country"]
            if len(several) > 1 and " and " in phrase:
                country = "|".join(several)
            return Actor(alias, "body", "", country, "named")
        return None


def _names_the_head(person: Span, head: Token) -> bool:
    """"Biden administration" is not Biden: the name must be the head or stand in apposition to it."""
    if person.start <= head.i < person.end:
        return True
    return any(t.dep_ == "appos" and t.head == head or t.head.dep_ == "appos" and t.head.head == head
               for t in person)


def _strip_det(text: str) -> str:
    return re.sub(r"^(?:the|a|an|both|all)\s+", "", text.strip(), flags=re.IGNORECASE).strip(" ,")


def _text_of(tokens: list[Token]) -> str:
    """The article's own text from the first to the last token (keeps its spacing and punctuation)."""
    doc = tokens[0].doc
    return doc.text[tokens[0].idx:tokens[-1].idx + len(tokens[-1])]


def _title_of(tokens: list[Token], person: Span) -> str:
    """The role written around a name: "US Secretary of State Antony Blinken" -> "Secretary of State"."""
    before = [t for t in tokens if t.i < person.start and t.dep_ != "det" and t.is_alpha or t.i < person.start and t.text == "-"]
    title = _text_of(before) if before else ""
    for alias in sorted(country_aliases(), key=len, reverse=True):
        title = re.sub(rf"^{re.escape(alias)}(['’]s)?\s+", "", title)
    if title.lower().strip(".") in HONORIFICS:
        title = ""
    if title:
        return title.strip()
    appos = [t for t in tokens if t.i >= person.end and t.dep_ == "appos"]
    if appos:
        return _strip_det(_text_of(core_tokens(appos[0])))
    return ""


def merge_name_variants(names: list[str]) -> dict[str, str]:
    """Map each spelling of a person's name to the corpus's most frequent spelling.

    Two names are variants when their surnames (and first names, when both have one)
    are near-identical: "Zelensky"/"Zelenskyy", "Anthony"/"Antony".
    """
    counts = Counter(names)
    ordered = sorted(counts, key=lambda n: (-counts[n], -len(n), n))
    canonical: dict[str, str] = {}
    for name in ordered:
        if name in canonical:
            continue
        canonical[name] = name
        for other in ordered:
            if other not in canonical and same_person(name, other):
                canonical[other] = name
    return canonical


def same_person(a: str, b: str) -> bool:
    ka, kb = _name_key(a), _name_key(b)
    if not ka or not kb or len(ka) < 2 or len(kb) < 2:
        return False
    return fuzz.ratio(ka[-1], kb[-1]) >= 85 and fuzz.ratio(ka[0], kb[0]) >= 80
