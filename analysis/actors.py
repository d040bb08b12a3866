"""Who is who: people, bodies and the countries they speak for.

An `Actor` is what a reporting verb's subject (or an "according to" object)
refers to. People get the fullest name the article gives them ("Gomez" ->
the full name used earlier or later); pronouns resolve to the most recent
person or body; a description ("the agency", "its spokesman") resolves to the
body named before it; unnamed officials speak for their country; and in an
article about one country, whoever is named without a country speaks for it.
"""

from __future__ import annotations

import csv
import itertools
import math
import re
import unicodedata
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import cached_property, lru_cache, wraps
from importlib import resources
from typing import TYPE_CHECKING, NamedTuple

from rapidfuzz import fuzz

if TYPE_CHECKING:  # spaCy loads only when articles are parsed: a cached rebuild never needs it
    from spacy.tokens import Doc, Span, Token

CLOCK_TIME = re.compile(r"\d{1,2}[:.]\d{2}")
CLOCK_HALVES = {"a.m.", "p.m.", "am", "pm", "a.m", "p.m"}
CEDILLA_TO_COMMA = str.maketrans("ŞşŢţ", "ȘșȚț")
MIN_FOLDED_PLACE = 5  # letters of the shortest place name looked up without its diacritics
PERSON_PRONOUNS = {"he", "she", "him", "her"}
GROUP_PRONOUNS = {"they", "it", "we", "them"}
POSSESSIVE_PRONOUNS = {"its", "their"}
RELATIVE_PRONOUNS = {"who", "which", "that", "whom"}
SUBJECT_DEPS = {"nsubj", "nsubjpass"}
# a body that did so is the event's organisers; inflected forms too, as the small model lemmatises "staged" as "stag"
ORGANISING_VERBS = {f"{stem}{end}" for stem in ("organis", "organiz", "stag", "conven") for end in ("e", "ed", "ing")}
LOCAL_LEVELS = {"district", "county", "city", "municipal", "regional", "provincial", "local", "town", "village",
                "prefectural", "metropolitan"}  # a government below the country's: "the county administration"
REPORTED_CLAUSES = {"ccomp", "parataxis", "xcomp"}  # what a subject's verb says: "[X sent 300], the agency said"
STATE_BRANCHES = ("intelligence", "police")  # government bodies "the agency" or "the service" may be
RECKONING_NOUNS = {"count", "estimate", "tally", "figure", "assessment", "reckoning", "calculation"}  # whose count
SPOKESPEOPLE = {"spokesman", "spokeswoman", "spokesperson"}  # what a press secretary or officer is called again
HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "mx"}
# Children of a mention's head that describe someone else: "X, along with Y", "X and Y", "X, who ...".
FOREIGN_DEPS = {"conj", "cc", "relcl", "acl", "advcl", "punct", "parataxis", "ccomp", "xcomp"}
FOREIGN_PREPS = {"with", "along", "alongside", "besides", "including", "than", "like"}
BODY_LABELS = ("ORG", "NORP", "GPE")  # entity labels a body's name may carry
# Entity labels that are never a speaker's name (the small model calls unknown names WORK_OF_ART or ORG).
NOT_NAME_LABELS = {"GPE", "LOC", "FAC", "DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT"}
DOMESTIC_KINDS = {"organisers", "police", "government"}  # people who act for the place they are in
# Bodies that are where they work, whatever their kind: "the hospital said", "the company said"
AGED = re.compile(r"\b\d{1,3}[- ]year[- ]old$")
LOCAL_BODIES = {"company", "firm", "operator", "utility", "hospital", "clinic", "school", "university", "employer"}
EMPLOYER_PREPS = {"at", "from", "with"}  # "researchers at X", "doctors from X"
# "X, who heads Y": the clause names whom X speaks for.
LOCATION_PREPS = {"in", "inside", "near", "across"}
AFFILIATION_VERBS = {"head", "lead", "run", "chair", "direct", "command", "represent"}
WORK_VERBS = AFFILIATION_VERBS | {"teach", "work", "lecture"}  # "X teaches at a Lyon university": where X works
# Nouns that say "the two sides of the story": "officials on both sides".
BOTH_SIDES = re.compile(r"(?i)\bboth (?:sides|countries|governments|parties)\b")
MIN_HOME_MENTIONS = 2
# "Gov.", "Sen.", "Lt.": an abbreviated title before a name (initials have one letter).
ABBREVIATED_TITLE = re.compile(r"[A-Z][a-z]{1,4}\.")
# A lower-case letter then a capital inside a word, after a name's prefix of three letters or more.
GLUED_NAME = re.compile(r"(?<=\b[A-Z])(?!(?:ac|an|on|el|es|itz)[A-Z])[a-z]{2,}(?=[A-Z][a-z])")
# How alike two spellings of one person's surname and first name are (rapidfuzz ratio).
SURNAME_RATIO = 85
FIRST_NAME_RATIO = 80
VARIANT_MAX_LENGTH = 14  # similar_strings expands strings up to this long into deletion variants (470 at 14)
# A wire dateline opening the body: "SPRINGFIELD (AP) —", "NEW DELHI:", "LYON, France —".
DATELINE = re.compile(r"[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.' -]+(?:,\s*[A-Z0-9][\w. ]+)?\s*(?:\([^)]{1,40}\))?\s*(?:[—–:]|-{1,2}\s)")
# (a later one closes with a dash: "MARIA, LEEDS:" is a reader's question in a Q&A)
LATER_DATELINE = re.compile(r"(?m)^" + DATELINE.pattern.removesuffix(r"(?:[—–:]|-{1,2}\s)") + r"(?:[—–]|-{1,2}\s)")
# a place written as a name, maybe with its date: "Italy - ", "Cox's Bazar — ", "Kraków, 3 May 2025 — "
NAMED_DATELINE = re.compile(r"([A-Z][\w'.]+(?: [A-Z][\w'.]+){0,2})"
                            r"(?:,\s*\d{1,2} [A-Z][a-z]+\.? \d{4}|,\s*[A-Z][a-z]+\.? \d{1,2},? \d{4})?\s+[-—–]\s")
DATELINE_PARAGRAPHS = 3  # the dateline opens one of the body's first paragraphs
FURNITURE_WORDS = 12  # a longer paragraph before any dateline is the story itself
# "the National Security Office (NSO)": a short form the article defines in parentheses.
ACRONYM = re.compile(r"^[A-Z][A-Za-z&.-]{1,9}$")
# "the county said", "the city reported": a place's own government
PLACE_LEVELS = {"county", "city", "state", "province", "district", "municipality", "town", "region", "prefecture",
                "governorate", "borough", "canton", "commune", "oblast"}
STATE_OUTLET_WORDS = {"state", "official", "state-run", "state-owned", "government"}  # "state media reported"
ARMED_GROUP_WORDS = {"liberation", "rebels", "rebel", "militia", "militias", "insurgents", "militants",
                     "brigades"}  # in a name (a state's unit is "the 47th Brigade")
ARMED_MEMBERS = ARMED_GROUP_WORDS | {"fighters", "gunmen"}  # "fighters of the X": X is an armed group
NAME_JOINS = {"and", "&"}  # "the Dock and Harbour Workers Union": one name
PUBLIC_BODY_WORDS = {"Centre", "Center", "Institute", "Board", "Commission", "Bureau", "Directorate", "Council"}
STATE_NAME_WORDS = {"State", "Provincial", "Federal", "Regional", "County", "Municipal", "National"}  # in a name
FORMER = {"former", "retired", "onetime", "ex"}  # "a former official" no longer speaks for his office
CROWDS = {"crowd", "crowds", "audience"}  # a crowd chants and shouts as its people do
STRAIN_NOUNS = {"strain", "variant", "subtype", "lineage", "clade", "serotype"}  # "the Sudan strain"
NAME_LINKS = {"of", "and", "for", "the", "on", "&", "de", "du", "des", "la", "el"}  # lower-case words in a name
ORGANISER_NOUNS = {"organisers", "organizers", "organiser", "organizer"}
EVENTS = {"strike", "march", "protest", "rally", "demonstration", "walkout", "boycott", "vigil"}  # "called the strike"
NAMING_VERBS = {"call", "name", "know"}  # "a coalition called X", "a group known as X"
# The first word of an international body's proper name: it speaks for itself.
INTERNATIONAL_WORDS = {"International", "World", "Global", "Pan", "Pan-American", "Inter-American"}
# "the foreign ministry" is the Ministry of Foreign Affairs
AFFAIRS = {"Foreign": "Foreign Affairs", "Home": "Home Affairs", "Internal": "Internal Affairs"}
SHORT_FORM = re.compile(r"[(,]\s?([A-Z][A-Za-z&.-]{1,9})\s?[),]")  # where a short form can be defined


@dataclass(frozen=True)
class Actor:
    name: str  # canonical: a person's full name, or the body ("United States", "Pentagon")
    kind: str  # person | body | unknown
    title: str = ""  # role as written: "Secretary of State"
    country: str = ""  # country or international body spoken for
    source: str = "named"  # how it was found: named, surname, pronoun, previous paragraph, ...
    category: str = ""  # person, government, military, ... (CONTRACT's claimant_kind); see category_of


class NounRole(NamedTuple):
    # person ("officials"), state ("government": the country itself), organ ("ministry": one per country)
    # or body ("agency", "company": the one named before)
    kind: str
    speaks_for: str  # home (the article's country when none is named), foreign (never it), itself (armed groups)


def _data_rows(name: str) -> list[dict[str, str]]:
    with resources.files("analysis.data").joinpath(name).open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


@lru_cache(maxsize=1)
def country_aliases() -> dict[str, tuple[str, str]]:
    """Alias as written ("Seoul", "South Korean", "U.S.") -> (canonical name, kind)."""
    table: dict[str, tuple[str, str]] = {}
    for row in _data_rows("countries.csv"):
        for alias in [row["name"], *row["aliases"].split("|"), *row["institutions"].split("|")]:
            if alias and alias not in shared_institutions():
                table[alias] = (row["name"], row["kind"])
    return table


@lru_cache(maxsize=1)
def shared_institutions() -> dict[str, tuple[str, ...]]:
    """An institution's name several states give theirs ("National Intelligence Service") -> those states:
    which one an article means, it says itself."""
    states: dict[str, list[str]] = {}
    for row in _data_rows("countries.csv"):
        for alias in filter(None, row["institutions"].split("|")):
            states.setdefault(alias, []).append(row["name"])
    return {alias: tuple(names) for alias, names in states.items() if len(names) > 1}


def _initials(words: Iterable[str]) -> str:
    """The first letters of the capitalised words: "the National Water Board" -> "NWB"."""
    return "".join(w[0] for w in words if w[:1].isupper())


@lru_cache(maxsize=1)
def _spelled_out() -> dict[str, str]:
    """The initials of a name several states give an institution -> the name: "NIS" -> "National Intelligence
    Service"."""
    initials = {name: _initials(name.split()) for name in shared_institutions()}
    return {short: name for name, short in initials.items() if len(short) >= 2
            and list(initials.values()).count(short) == 1}


@lru_cache(maxsize=1)
def institutions() -> frozenset[str]:
    """Aliases that name one institution of a state ("Pentagon"), not the state itself ("Seoul")."""
    return frozenset(alias for row in _data_rows("countries.csv") for alias in row["institutions"].split("|") if alias)


@lru_cache(maxsize=1)
def _country_pattern() -> re.Pattern[str]:
    aliases = sorted(country_aliases(), key=len, reverse=True)
    # A demonym ending in -n or -i also names the country in the plural: "Nigerians", "Iraqis".
    # "Pan American", "Inter-American": a region's word, not the country's
    return re.compile(r"(?<![\w.])(?<!Pan )(?<!Pan-)(?<!Inter-)(" + "|".join(re.escape(a) for a in aliases)
                      + r")(?:(?<=[ni])s)?(?![\w])(?!\s?-?\s?(?:language|speaking)\b)")  # not "a French-language wire"


@lru_cache(maxsize=1)
def title_words() -> frozenset[str]:
    return frozenset(row["word"] for row in _data_rows("titles.csv"))


@lru_cache(maxsize=1)
def noun_roles() -> dict[str, NounRole]:
    """Nouns that name officials or bodies ("officials", "ministry", "group") -> what they stand for."""
    return {row["noun"]: NounRole(row["kind"], row["speaks_for"]) for row in _data_rows("official_nouns.csv")}


@lru_cache(maxsize=1)
def personnel_nouns() -> dict[str, str]:
    """Noun naming people (plural as written, lowercase) -> what a count of them counts."""
    return {row["noun"].lower(): row["what"] for row in _data_rows("personnel.csv")}


@lru_cache(maxsize=1)
def reporting_verbs() -> dict[str, str]:
    """Reporting verb lemma -> kind (speech | estimate | record: "the ministry recorded 312 cases")."""
    return {row["lemma"]: row["kind"] for row in _data_rows("reporting_verbs.csv")}


@lru_cache(maxsize=1)
def places() -> dict[str, str]:
    """City or state name ("Lyon", "Ohio") -> its country, from the gazetteer tools/make_places.py writes, named
    as countries.csv names it ("The Netherlands" -> "Netherlands"); a dependent territory's, its sovereign's
    (territories.csv)."""
    found = _gazetteer("places.csv")
    found.update((territory.strip(), state) for territory, state in _sovereigns().items())
    # English copy often drops diacritics or writes Romanian's comma-below for the gazetteer's cedilla
    # ("Galati", "Galați" for "Galaţi"); a spelling another place already has keeps that place, and a short
    # one is left out: folded, "Tô" and "Comé" are the words "To" and "Come"
    for place, country in list(found.items()):
        for variant in (_folded(place), place.translate(CEDILLA_TO_COMMA)):
            if len(variant) >= MIN_FOLDED_PLACE or not variant.isascii():
                found.setdefault(variant, country)
    return found


@lru_cache(maxsize=1)
def towns() -> dict[str, str]:
    """The gazetteer's cities and its smaller towns (towns.csv: 5,000 people or more), for names the entity
    recogniser tags as places: a small town's name is too often a word or a person's name to be looked up alone."""
    return {**_gazetteer("towns.csv"), **places()}


@lru_cache(maxsize=1)
def _sovereigns() -> dict[str, str]:
    """Dependent territory -> its sovereign state (territories.csv)."""
    return {row["territory"]: row["sovereign"] for row in _data_rows("territories.csv")}


def _gazetteer(name: str) -> dict[str, str]:
    """A gazetteer file's place -> country, named as countries.csv names it; a dependent territory's towns are its
    sovereign state's ("a town of Guadeloupe")."""
    aliases, sovereign = country_aliases(), _sovereigns()
    return {row["place"]: aliases.get(sovereign.get(row["country"], row["country"]), (row["country"],))[0]
            for row in _data_rows(name)}


def _folded(text: str) -> str:
    """Text without its diacritics: "Galaţi" -> "Galati"."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


@lru_cache(maxsize=1)
def actor_kinds() -> dict[str, str]:
    """A word in a body's name or an official's title ("ministry", "police", "union") -> its claimant_kind."""
    return {row["word"]: row["kind"] for row in _data_rows("actor_kinds.csv")}


@lru_cache(maxsize=1)
def wire_agencies() -> frozenset[str]:
    return frozenset(name for row in _data_rows("wire_agencies.csv") for name in (row["code"], row["name"]))


@lru_cache(maxsize=4096)
def category_of(actor: Actor, default: str = "ngo") -> str:
    """The claimant_kind of an actor: a named person, else what the words of its name and title say, the more
    telling word first (actor_kinds.csv is in that order): "the union's strike committee" is organisers,
    "Spain's interior ministry" government, "the national intelligence service" intelligence."""
    if actor.category:
        return actor.category
    if actor.kind == "person":
        return "person"
    sequence = re.findall(r"[\w-]+", f"{actor.title} {actor.name}".lower())
    words = set(sequence) | {f"{a} {b}" for a, b in itertools.pairwise(sequence)}  # "general staff"
    words |= {word.removesuffix("s") for word in words}
    kind = next((kind for word, kind in actor_kinds().items() if word in words), "")
    if kind:
        return kind
    if actor.name in wire_agencies():
        return "outlet"
    if actor.name and country_aliases().get(actor.name, ("", ""))[1] == "country":
        return "government"  # "Chile said"
    words = actor.name.split()
    if actor.kind == "body" and _proper_name(actor.name) and len(words) > 2 and PUBLIC_BODY_WORDS & set(words) and (
            STATE_NAME_WORDS & set(words) or country_aliases().get(words[0], ("", "")) == (words[0], "country")):
        return "government"  # "Chile Centre for Disease Control", "Lagos State Water Board"
    return default if actor.kind == "body" else ""


NO_ROLE = NounRole("", "")


def role_of(token: Token) -> NounRole:
    return noun_roles().get(token.lower_) or noun_roles().get(token.lemma_.lower()) or NO_ROLE


@lru_cache(maxsize=8192)
def _aliases_in(text: str) -> tuple[str, ...]:
    """The country aliases `text` names, in order (the same phrases are looked up many times per article)."""
    return tuple(match.group(1) for match in _country_pattern().finditer(text))


def countries_in(text: str) -> list[tuple[str, str]]:
    """Countries and bodies named in `text`, in order: [(name, kind), ...]."""
    found = []
    for alias in _aliases_in(text):
        entry = country_aliases()[alias]
        if entry not in found:
            found.append(entry)
    return found


@lru_cache(maxsize=8192)
def country_of(text: str) -> str:
    """The country a phrase speaks for; a country outranks an international body ("US Ambassador to the UN")."""
    found = countries_in(text)
    countries = [name for name, kind in found if kind == "country"]
    return countries[0] if countries else (found[0][0] if found else "")


def country_counts(text: str, places_named: list[str] = ()) -> Counter[str]:
    """How often `text` names each country, with the countries of the towns and regions it names."""
    counts = Counter(country_aliases()[alias][0] for alias in _aliases_in(text)
                     if country_aliases()[alias][1] == "country")
    counts.update(places_named)
    return counts


def home_country(text: str, places_named: list[str] = ()) -> str:
    """The country an article is about: the one named in at least half of its country mentions (and twice).

    `places_named` are the countries of the towns and regions it names ("Lyon" -> France)."""
    counts = country_counts(text, places_named)
    if not counts:
        return ""
    name, top = counts.most_common(1)[0]
    return name if top >= MIN_HOME_MENTIONS and 2 * top >= counts.total() else ""


@lru_cache(maxsize=8192)
def clean_name(text: str) -> str:
    """A person's name without honorifics, titles, possessive or stray punctuation."""
    text = re.sub(r"[’']s$", "", unglued(text.strip())).strip(" ,.;:\"“”‘’")
    words = text.split()
    while len(words) > 1 and (words[0].lower().strip(".") in title_words() or words[0].islower()
                              or ABBREVIATED_TITLE.fullmatch(words[0])):
        words.pop(0)
    return " ".join(words)


def unglued(name: str) -> str:
    """A name cut where page furniture glued a second copy of it on: "Jo ReyJo Anne Rey" -> "Jo Rey".

    The glue is a capital inside a word after three or more letters ("McCain", "DeSantis", "MacArthur" are
    names of their own), and the text after it names the same person again ("KellyAnne Conway" is one name).
    """
    for glued in GLUED_NAME.finditer(name):
        before, after = name[:glued.end()].split(), name[glued.end():].split()
        if after and {before[0], before[-1]} & set(after):
            return name[:glued.end()]
    return name


def _name_key(name: str) -> list[str]:
    return [w.lower().strip(".") for w in name.replace("-", " ").split() if w.lower().strip(".") not in HONORIFICS]


@lru_cache(maxsize=8192)
def _name_key_words(name: str) -> frozenset[str]:
    """The words of a name's key (a mention's is compared with every full name the article gives)."""
    return frozenset(_name_key(name))


def per_token(function):
    """`function` of one token that reads only the parse, computed once per token of a document: a mention is
    looked at again and again (as a subject, as a body named before, as the speaker of quotes and claims). What
    it returns is shared: never change it."""
    key = f"claimdesk_{function.__name__}"

    @wraps(function)
    def once(token: Token):
        found = token.doc.user_data.setdefault(key, {})
        if token.i not in found:
            found[token.i] = function(token)
        return found[token.i]

    return once


@per_token
def core_tokens(head: Token) -> list[Token]:
    """The tokens of a mention that describe the head itself (not conjuncts, clauses, companions)."""
    tokens = [head]
    # "3. The agency (CIB): about 400 ...": a mention ends at a colon; "Tom Hale, a general; Ines Varga, ...":
    # a list's entry at a semicolon
    colon = next((c.i for c in head.rights if c.dep_ == "punct" and c.text.endswith((":", ";"))), None)
    for child in head.children:
        if colon is not None and child.i > colon:
            continue
        # "the Institute for Risk Management and Reduction": a name's own "and" goes on inside its entity
        if child.dep_ in FOREIGN_DEPS and not (head.dep_ == "pobj" and _one_entity(head, child) and (
                child.dep_ == "conj" or child.dep_ == "cc" and any(c.dep_ == "conj" and _one_entity(head, c)
                                                                   for c in head.children))):
            continue
        if child.dep_ == "prep" and child.lower_ in FOREIGN_PREPS:
            continue
        if CLOCK_TIME.fullmatch(child.text) or _time_zone(child):
            continue  # a liveblog entry's "10:40 GMT" the parse takes into the mention after it
        tokens.extend(core_tokens(child))
    return sorted(tokens, key=lambda t: t.i)


def _one_entity(first: Token, last: Token) -> bool:
    """Both tokens are in one named entity: the recogniser starts no other between them."""
    return first.ent_iob_ != "O" and last.ent_iob_ == "I" and first.i < last.i \
        and all(t.ent_iob_ == "I" for t in first.doc[first.i + 1:last.i + 1])


def _time_zone(token: Token) -> bool:
    """"GMT" in "14:05 GMT", "EST" in "9:30 a.m. EST": a short word in capitals right after a clock time."""
    before = token.nbor(-1) if token.i > 0 else None
    return before is not None and token.text.isupper() and token.is_alpha and len(token) <= 5 and (
        CLOCK_TIME.fullmatch(before.text) is not None or before.lower_ in CLOCK_HALVES)


def bracketed(token: Token) -> bool:
    """A word alone in brackets: the short form in "the Fjord Water Board (FWB)"."""
    doc = token.doc
    return 0 < token.i < len(doc) - 1 and doc[token.i - 1].text == "(" and doc[token.i + 1].text == ")"


def _state_in_name(name: str) -> str:
    """The state a body's name makes it part of: "Congo army" (from "Congo's army"), "Armed Forces of Mali"."""
    ends = [m for m in _country_pattern().finditer(name) if m.start() == 0 or m.end() == len(name)]
    state = country_aliases()[ends[0].group(1)] if ends else ("", "")
    return state[0] if state[1] == "country" else ""


def _country_taken_for_name(token: Token, head: Token) -> bool:
    """A country the recogniser took for a one-word name, owning the body it possesses: "Mali's army"."""
    alone = token.ent_iob_ == "B" and not (token.i + 1 < len(token.doc) and token.doc[token.i + 1].ent_iob_ == "I")
    return token.dep_ == "poss" and token.head == head and alone \
        and country_aliases().get(token.text, ("", ""))[1] == "country"


@lru_cache(maxsize=4096)
def body_name(phrase: str, country: str = "") -> str:
    """A body's canonical name: "Russia's defence ministry" -> "Russia Ministry of Defence".

    A body named after its country's possessive ("Ghana's army" -> "Ghana army"), or a ministry, is written
    "<country> <body>",
    with `country` when the phrase names none.
    """
    # "the Water Board (NWB) of Malawi": a name ends at its short form
    name = re.sub(r"\s*\(.*$", "", _strip_det(phrase)) if not phrase.lstrip().startswith("(") else _strip_det(phrase)
    possessive = re.match(rf"^({_alias_alternation()})['’]s\s+(.+)$", name)
    if possessive:
        country, name = country_aliases()[possessive.group(1)][0], possessive.group(2)
    # "Its navy" of a country named before: "Mauritania navy"; "our army" of a speaker's country
    pronoun = re.match(r"(?i)^(?:its|their|our)\s+(.+)$", name)
    if pronoun and country_aliases().get(country, ("", ""))[1] == "country":
        possessive, name = pronoun, pronoun.group(1)
    ministry = re.fullmatch(r"(?i)(.+?)\s+ministry|ministry of (.+)", name)
    if ministry:
        topic = re.sub(rf"^(?:{_alias_alternation()})\s+", "", ministry.group(1) or ministry.group(2))
        # "Ministry of Health of the Democratic Republic of the Congo": the country is said once
        topic = re.sub(rf"\s+of\s+(?:the\s+)?(?:{_alias_alternation()})$", "", topic).title()
        topic = re.sub(r"\b(And|Of|The|For)\b", lambda word: word.group(1).lower(), topic)  # "Health and Population"
        name = f"Ministry of {AFFAIRS.get(topic, topic)}"
    if not (possessive or ministry):
        return name
    return f"{country} {name}".strip()


@lru_cache(maxsize=1)
def _alias_alternation() -> str:
    return "|".join(re.escape(a) for a in sorted(country_aliases(), key=len, reverse=True))


@per_token
def _person_cue(head: Token) -> bool:
    """The mention is a person's: a title beside the name ("X, the interior minister", "its spokesman, X"),
    or "X, who ..."."""
    if (head.lower_ in title_words() or role_of(head).kind == "person") and any(
            c.dep_ == "appos" and c.pos_ == "PROPN" for c in head.children):
        return True
    names = [c for c in head.children if c.dep_ in ("compound", "flat") and c.pos_ == "PROPN" and not _is_title(c)]
    named_like_a_person = head.ent_type_ in ("", "PERSON", "ORG") and head.lower_ not in actor_kinds() \
        and not role_of(head).kind  # not "National Emergency Institute"
    titled = names and any(c.dep_ == "compound" and _is_title(c) and c.i < names[0].i for c in head.children)
    if head.pos_ == "PROPN" and named_like_a_person and titled:
        return True  # "Lawmaker Ana Duarte", "Sheriff Tim Zollars"
    if _titled_apposition(head):
        return True
    if head.pos_ == "PROPN" and any(c.dep_ == "appos" and c.text.isdigit() and 0 < int(c.text) < 120
                                    and c.nbor(-1).text == "," for c in head.children):
        return True  # "Jo Rey, 52, stands ...": an age set off by commas is a person's
    if head.pos_ == "PROPN" and any(c.dep_ == "appos" and AGED.search(c.doc[c.left_edge.i:c.i + 1].text)
                                    for c in head.children):
        return True  # "Tomas, a 40-year-old welder, ...": so is "N-year-old"
    for child in head.children:
        # "the Carabineros, Chile's national police": a body's description, not a title
        if child.dep_ == "appos" and (child.lower_ in title_words() or role_of(child).kind == "person") \
                and role_of(child).kind not in ("organ", "body", "state"):
            return True
        # "Jo Rey, a researcher at the institute,": a personal name set beside any word for a kind of person
        if child.dep_ == "appos" and _person_noun(child) and head.pos_ == "PROPN" and head.lower_ not in actor_kinds() \
                and not role_of(head).kind and 0 < len(given := list(head.lefts)) <= 2 \
                and all(t.pos_ == "PROPN" and t.dep_ in ("compound", "flat") for t in given):
            return True
        # (set off by a comma: "reporters from the Daily Post who walked the route" are the ones who walked)
        if child.dep_ == "relcl" and any(c.lower_ in ("who", "whom") for c in child.children) \
                and child.left_edge.i > 0 and head.doc[child.left_edge.i - 1].text == ",":
            return True
    return False


@per_token
def _body_cue(head: Token) -> bool:
    """The mention is a body's: "X, the state-owned operator", "X, which ...", "a relief group, X,", "the charity
    X" (not "hospital director X": a title among the words before the name)."""
    if head.dep_ == "appos" and head.head.pos_ == "NOUN" and (_body_noun(head.head) or any(
            c.dep_ == "compound" and _body_noun(c) for c in head.head.children)):
        return True  # "the operator, X", "the news site X"
    described = [c for c in head.children if c.dep_ == "compound" and c.i < head.i and c.pos_ == "NOUN"]
    if any(_body_noun(c) for c in described) and not any(_is_title(c) for c in described):
        return True
    before = head.doc[head.left_edge.i - 1] if head.left_edge.i > 0 else None
    if before is not None and before.pos_ == "NOUN" and before.dep_ == head.dep_ and before.head == head.head \
            and _body_noun(before) and not _is_title(before):
        return True  # "the charity Mar Abierto said": the parse may make the kind a second subject
    # ("Jo Rey of Cedar Aid, a relief group,": the description is of the body named after the person, whatever
    # the parse hangs it on)
    affiliated = head.ent_type_ == "PERSON" and any(c.dep_ == "prep" and c.lower_ in ("of", "at", "from") and any(
        o.dep_ == "pobj" and o.pos_ == "PROPN" for o in c.children) for c in head.children)
    for child in head.children:
        if child.dep_ == "appos" and (role_of(child).kind in ("body", "state") or _body_noun(child)) \
                and not affiliated:
            return True
        if child.dep_ == "relcl" and any(c.lower_ == "which" for c in child.children):
            return True
    return False


def _located_town(entity: Span) -> bool:
    """"a police spokesman in Lyon" (the model may call Lyon an organisation): a place the mention is in."""
    root = entity.root
    # "the Tarragona city administration": a town that modifies a common noun says where the body is
    modifies = root.dep_ == "compound" and root.head.pos_ == "NOUN"
    return (root.dep_ == "pobj" and root.head.lower_ in LOCATION_PREPS or modifies) and entity.text in places()


def _titled_apposition(head: Token) -> bool:
    """A name in apposition to a title or an official: "the energy secretary, Martín Quiroga"."""
    return head.dep_ == "appos" and head.pos_ == "PROPN" and head.head.pos_ == "NOUN" and (
        _is_title(head.head) or role_of(head.head).kind == "person")


def _apposed_title(head: Token) -> str:
    """The title a name stands in apposition to: "A spokeswoman for the fire service, Hanne Vik" ->
    "spokeswoman for the fire service" (so that "the spokeswoman said" is her later)."""
    if not _titled_apposition(head):
        return ""
    before = [t for t in core_tokens(head.head) if t.i < head.left_edge.i and not t.is_punct]
    return _leading_countries().sub("", _strip_det(_text_of(before))).strip() if before else ""


def _kind_word(token: Token) -> bool:
    """A word for a kind of body ("Fire", "Herald"), not a short name that looks like one ("Kim Jong Un")."""
    return len(token.text) > 3 and (token.lower_ in actor_kinds() or token.lower_.endswith("s")  # "Brigades"
                                    and token.lower_[:-1] in actor_kinds() and token.pos_ == "PROPN")


def _body_noun(token: Token) -> bool:
    """A common noun that names a kind of body, not of person: "utility", "operator", "union", "agency"."""
    kinds = actor_kinds()
    return token.pos_ in ("NOUN", "PROPN") and (token.lemma_.lower() in kinds or token.lower_ in kinds) \
        and token.lower_ not in personnel_nouns() and token.lemma_.lower() not in personnel_nouns() \
        and (token.pos_ == "PROPN" or not _is_title(token)) and role_of(token).kind != "person"


def _entities(tokens: list[Token], labels: tuple[str, ...]) -> list[Span]:
    """The named entities with one of `labels` that start among `tokens` (cheaper than scanning doc.ents)."""
    found = []
    for token in tokens:
        if token.ent_iob_ == "B" and token.ent_type_ in labels:
            end = token.i + 1
            while end < len(token.doc) and (token.doc[end].ent_iob_ == "I" or _plural_genitive_name(token, end)):
                end += 1
            entity = token.doc[token.i:end]
            entity.label_ = token.ent_type_
            found.append(entity)
    return found


def _plural_genitive_name(start: Token, index: int) -> bool:
    """The recogniser ends a name at a plural genitive the name goes on after: "the Garment Workers' Solidarity
    Union" is one body, not "the Garment Workers'" and "Solidarity Union"."""
    marker, following = start.doc[index - 1], start.doc[index]
    return marker.dep_ == "case" and marker.text in ("'", "’", "'s", "’s") and marker.head.tag_ in ("NNPS", "NNS") \
        and following.ent_iob_ == "B" and following.ent_type_ == start.ent_type_ and following.text[:1].isupper() \
        and marker.head.head.i >= index and marker.head.head.ent_iob_ == "I"


def _hyphen_in_name(doc: Doc, index: int) -> bool:
    """The hyphen of a double given name or surname: "Jean-Baptiste", "Jong-un"."""
    return 0 < index < len(doc) - 1 and doc[index].tag_ == "HYPH" and _name_word(doc[index - 1]) \
        and _name_word(doc[index + 1]) and not doc[index].whitespace_ and not doc[index - 1].whitespace_


def _name_word(token: Token, strict: bool = True) -> bool:
    """A word that can be part of a person's name; unless `strict`, also a place's ("Rafael Lima")."""
    return token.pos_ == "PROPN" and token.lower_ not in title_words() and not (
        strict and token.text in country_aliases())


def _without_participle(name: Span) -> Span:
    """"Hosting Cook at the summit, ..." opens its sentence with a participle the model takes into the name."""
    first = name[0]
    if len(name) > 1 and first.is_sent_start and first.lower_.endswith(("ing", "ed")) and len(first) > 5:
        return name[1:]
    return name


def _without_kind_word(name: Span) -> Span:
    """"Fisherman Jo Rey", capitalised at the head of a caption: a word for a kind of person is no first name in
    a name the recogniser missed (one it tags may well begin so: "Marine Le Pen")."""
    from analysis.lexicon import people_what  # imports spaCy: only once articles are parsed

    while len(name) > 2 and people_what(name[0].lower_) is not None:
        name = name[1:]
    return name


@per_token
def _person_span(head: Token) -> Span | None:
    """The PERSON entity among the mention's core tokens, else a chain of proper nouns that looks like a name;
    none in a body's mention ("the state news agency Agencia Sol", "X, the utility")."""
    if _body_cue(head) or _body_noun(head):
        return None
    doc, tokens = head.doc, core_tokens(head)
    indexes = {t.i for t in tokens}
    # "the Herald's count", "Cal Fire": a name ending in a word for a kind of body is no person
    # ... nor a capital the model takes for one ("Nairobi had intelligence showing ..."; a town may be "Obama")
    people = [e for e in _entities(tokens, ("PERSON",)) if not _kind_word(e[-1]) and e.text not in country_aliases()]
    if people:
        from analysis.lexicon import people_what  # imports spaCy: only once articles are parsed

        start = people[0].start
        # The model may tag only the surname: "Taras" + "Bondar" (PERSON) is one name.
        # ... but "Resident Tom Becker" is a resident: a word for a kind of person is no first name
        while start - 1 in indexes and _name_word(doc[start - 1]) and doc[start - 1].dep_ in ("compound", "flat") \
                and people_what(doc[start - 1].lower_) is None or _hyphen_in_name(doc, start - 1):
            start -= 1
        return _without_participle(doc[start:people[0].end])
    # An unknown name gets odd labels from the small model; a title or "who" beside it says it is a person.
    cue = _person_cue(head)
    labels = NOT_NAME_LABELS - {"GPE"}
    hyphens = {doc[t.i - 1] for t in tokens if _hyphen_in_name(doc, t.i - 1)}  # outside the parse's mention
    head_candidates = sorted({t for t in tokens if _name_word(t, strict=not cue)
                              and (t.ent_type_ in ("", "PERSON") or cue and t.ent_type_ not in labels)} | hyphens,
                             key=lambda t: t.i)
    run = {t.i for t in head_candidates}
    if head.i in run:  # the name around the head, not "Horbenko, the Ukrainian" of "Horbenko, the Ukrainian leader"
        head_candidates = [t for t in head_candidates
                           if all(i in run for i in range(min(t.i, head.i), max(t.i, head.i)))]
    if len(head_candidates) >= 2 and not _kind_word(head_candidates[-1]):  # "the Red Ridge Brigades" is a body
        start, end = head_candidates[0].i, head_candidates[-1].i + 1
        if end - start <= 5 and all(t.i in indexes or _hyphen_in_name(doc, t.i) for t in doc[start:end]):
            return _without_kind_word(doc[start:end])
    return None


class Directory:
    """The people and bodies an article names, so surnames, pronouns and descriptions resolve."""

    def __init__(self, doc: Doc, quote_spans: list[tuple[int, int]]):
        self.doc = doc
        self.quote_spans = quote_spans
        self.full_names: list[str] = []
        self.countries: dict[str, str] = {}
        self.titles: dict[str, str] = {}
        self.text = doc.text
        self.mentioned_countries = [name for name, _ in countries_in(self.text)]
        self.place_countries = _place_countries(doc)
        self.dateline_start, self.dateline_end = _dateline(self.text)
        doc.user_data["dateline"] = (self.dateline_start, self.dateline_end)  # for dates: see dates._dateline_of
        self.labels: list[tuple[int, int]] = []  # a transcript's speaker labels (the quotation finder's)
        self.dateline_country = _dateline_country(self.text[self.dateline_start:self.dateline_end])
        # a wire story filed from several places opens later sections with their own ("WASHINGTON (AP) —"), when
        # they name a known place (not a transcript's "JO REY:")
        self.section_datelines = [(m.start(), m.end(), country) for m in LATER_DATELINE.finditer(self.text)
                                  if m.start() > self.dateline_start
                                  and (country := _dateline_country(m.group(0)))]
        sides = _without_named_illnesses(doc)  # "the Ebola Sudan strain" names no side
        self.sides = {name for name, kind in countries_in(sides) if kind == "country"}
        # the countries the text places things in ("the cholera outbreak in Haiti"), not a person's ("Kenyan")
        self.placed_in = {country_aliases()[t.text][0] for t in doc if t.dep_ == "pobj" and t.ent_type_ == "GPE"
                          and t.head.lower_ in LOCATION_PREPS and t.text in country_aliases()
                          and country_aliases()[t.text][1] == "country"}
        self.country_counts = country_counts(sides, self.place_countries)
        self.acronyms = _acronyms(doc, self.text)  # short form -> the index of its long form's head token
        self.home = self._speaking_home(home_country(sides, self.place_countries))
        self._defined: dict[int, Actor | None] = {}
        self._named_bodies: list[tuple[int, Actor]] | None = None
        self._countries_by_noun: dict[str, list[tuple[int, str]]] | None = None  # see country_before
        self._countries_by_kind: dict[str, list[tuple[frozenset[str], str]]] = {}  # kind -> (stems, country)
        self._countries_by_name: dict[str, set[str]] = {}
        self._descriptions: dict[int, set[str]] = {}  # a named body's token -> its appositions' nouns ("utility")
        self.self_speaking: set[str] = set()  # bodies the article calls an armed group: they speak for themselves
        self._resolving: set[int] = set()
        self._resolved: dict[tuple[int, bool], tuple[tuple[int, ...], Actor | None]] = {}  # see actor_for
        self._named_people: list[tuple[int, Actor]] | None = None
        self._unnamed: dict[str, list[int]] | None = None
        self._first_person: tuple[int, int] | None = None  # (quotations known, index): see _first_person_named
        self.roles: dict[str, str] = {}  # person -> the title a name stands in apposition to
        # Names the model tags as people that the article describes as a body ("Aire Libre, a press freedom
        # group"), and the bodies that organised the event ("the march was organised by X", "X called the strike")
        self.organising = _organisers(doc)
        people = [e for e in doc.ents if e.label_ == "PERSON"]  # doc.ents builds new spans on every access
        self.body_names = {e.text for e in people if _body_cue(e.root)}
        self.body_names |= set(self.organising)
        # "the Rovo Conflict Monitor", then "the monitor said": a name the article calls by its last word as a noun
        called = {t.text for t in doc if t.pos_ == "NOUN" and t.text.islower()
                  and any(c.lower_ == "the" for c in t.children)}
        self.body_names |= {e.text for e in people if len(e) > 1 and e[-1].lower_ in called}
        self._body_name_ends = {e[-1].i for e in people if e.text in self.body_names}
        names = [_without_participle(ent).text for ent in people if not _body_cue(ent.root)
                 and not _kind_word(ent[-1]) and ent.text not in self.body_names and ent.text not in country_aliases()]
        cued = [t for t in doc if t.pos_ == "PROPN" and t.dep_ not in ("compound", "flat") and _person_cue(t)]
        for token in cued:
            span = _person_span(token)
            names += [span.text] if span is not None else []
        names += _speaking_surnames_in_full(doc)
        for name in map(clean_name, names):
            if len(name.split()) >= 2 and name not in self.full_names:
                self.full_names.append(name)
        # "Horbenko, the Ukrainian leader": a surname the article marks as a person's, wherever it is
        self.person_words = {word for word in {name.split()[-1] for name in map(clean_name, names) if name}
                             | {t.text for t in cued} if word.lower() not in actor_kinds()}
        self._described_countries(people, cued)
        self._workplace_countries()
        self._described_next(people)
        # "Labour Minister Ana Ruiz" named once: "Ruiz said" later holds the office too, wherever it is resolved
        for person in (e for e in people if not self.inside_quote(e.start_char)):
            title = _title_of(core_tokens(person.root), person)
            if title and len(clean_name(person.text).split()) >= 2:
                self.titles.setdefault(self.full_name(person.text)[0], title)

    def _described_countries(self, people: list[Span], cued: list[Token]) -> None:
        """A person's country from whatever description the article gives them anywhere ("Olena Marchuk, the
        Ukrainian leader", "Kenyan minister Ana Ruiz"), so a mention without it still has it."""
        heads = {e.root for e in people} | set(cued)
        # Only a mention with words beside the name can describe the person. In text order: the first
        # description wins, and a set of tokens iterates in an order that changes from process to process.
        for head in sorted((h for h in heads if any(c.dep_ in ("appos", "amod", "compound") for c in h.children)
                            or _titled_apposition(h)), key=lambda h: h.i):
            # "Argentina's energy secretary, Martín Quiroga": the title the name stands in apposition to
            around = [t for t in core_tokens(head.head) if t not in head.subtree] if _titled_apposition(head) else []
            # "Ukrainian President Olek Marchuk": a nationality the parse hung elsewhere, right before the mention
            first = min(t.i for t in core_tokens(head))
            around += [self.doc[first - 1]] if first and self.doc[first - 1].text in country_aliases() else []
            described = [t for t in sorted({*core_tokens(head), *around}, key=lambda t: t.i)
                         if (t.ent_type_ != "PERSON" or t.dep_ == "poss" and t.text in places())
                         and not self.inside_quote(t.idx)
                         and not (t.dep_ == "pobj" and t.head.lower_ in LOCATION_PREPS)]
            # "Medellín's mayor, Carlos Rueda": a town's possessive says where the office is
            country = (country_of(_joined(described)) or next(
                (places()[t.text] for t in described if t.dep_ == "poss" and t.text in places()), "")) \
                if described else ""
            name = _text_of([t for t in core_tokens(head) if t.pos_ == "PROPN" and t not in described] or [head])
            if country:
                self.countries.setdefault(self.full_name(name)[0], country)

    def _workplace_countries(self) -> None:
        """A person's country from where the article says they work: "Ana Ruiz works at the Riga-based
        Institute for ...", "Jo Rey, who teaches at a Porto university," (Latvia, Portugal)."""
        for head in (t for t in self.doc if t.pos_ == "PROPN" and t.dep_ in ("nsubj", "ROOT")
                     and not self.inside_quote(t.idx)):
            clauses = [c for c in head.children if c.dep_ == "relcl" and c.lemma_ in WORK_VERBS]
            clauses += [head.head] if head.dep_ == "nsubj" and head.head.lemma_ in WORK_VERBS else []
            for clause in clauses:
                # where: the places in its "at"/"for" phrases, not what the work is about ("the Asia desk")
                tokens = [t for p in clause.subtree if p.dep_ == "prep" and p.lower_ in EMPLOYER_PREPS | {"for"}
                          for t in p.subtree]
                country = country_of(_joined(tokens)) or _town_country(tokens)
                name = _text_of([*(c for c in head.lefts if c.dep_ in ("compound", "flat") and c.pos_ == "PROPN"),
                                 head])
                if country and " " in name:
                    self.countries.setdefault(self.full_name(name)[0], country)
                    break

    def _described_next(self, people: list[Span]) -> None:
        """"Jo Rey told the council ... The Ukrainian diplomat, who ...": a subject that describes a person by
        nationality right after one person alone was named in the paragraph is that person's country."""
        doc = self.doc
        people = [e for e in people if not self.inside_quote(e.start_char)]
        for token in doc:
            # (the parse may make a subject with a relative clause the root: "The Croatian diplomat, who ...")
            subject = token.dep_ in SUBJECT_DEPS or token.dep_ == "ROOT" and any(c.dep_ == "relcl"
                                                                                  for c in token.children)
            if not subject or token.pos_ != "NOUN" or self.inside_quote(token.idx) \
                    or not (_is_title(token) or role_of(token).kind == "person") \
                    or not any(c.lower_ == "the" for c in token.children):
                continue
            country = country_of(_joined([c for c in token.children if c.dep_ in ("amod", "compound")]))
            previous = doc[doc[token.sent.start - 1].sent.start].idx if token.sent.start else 0
            floor = max(previous, self.text.rfind("\n", 0, token.idx) + 1)  # this sentence or the one before
            named = {self.full_name(e.text)[0] for e in people if floor <= e.start_char and e.end <= token.i}
            if country and len(named) == 1:
                self.countries.setdefault(named.pop(), country)

    def in_dateline(self, char: int) -> bool:
        """The character is in the first body paragraph's dateline ("LYON, France (AP) —") or a later section's."""
        return self.dateline_start <= char < self.dateline_end \
            or any(start <= char < end for start, end, _ in self.section_datelines)

    def section_country(self, char: int) -> str:
        """The country of the dateline opening the later section the character is in, else ""."""
        return next((country for start, _, country in reversed(self.section_datelines) if start <= char), "")

    def in_frame(self, char: int) -> bool:
        """The character is in words that frame the text and say nothing: the dateline, a transcript's labels
        ("THE MINISTER (MR JO REY):")."""
        return self.in_dateline(char) or any(start <= char < end for start, end in self.labels)

    def unframed(self, subject: Token) -> Token | None:
        """A verb's subject, unless it frames the text; the parse may take the dateline for the subject and hang
        the real one on it ("ABU DHABI — Chile's navy (CN) now believes ..."): that one."""
        if not self.in_frame(subject.idx):
            return subject
        return next((c for c in subject.children if c.dep_ == "appos" and not self.in_frame(c.idx)), None)

    def _speaking_home(self, home: str) -> str:
        """The article's country, unless none of those it lets speak says they speak for it: a story about what
        one country did, told by another's officials ("Country A has moved 4,000 troops, Country B's army said")
        is at home with those who speak, if most of them speak for one country; so is one that names no country
        most. The towns an article names, or its dateline's, keep it at home where they are."""
        if home and (home in self.place_countries or home == self.dateline_country):
            return home
        sides: Counter[str] = Counter()
        for verb in self.doc:
            if verb.pos_ != "VERB" or verb.lemma_ not in reporting_verbs() or self.inside_quote(verb.idx):
                continue
            for subject in (c for c in verb.children if c.dep_ == "nsubj" and c.pos_ != "PRON"):
                if subject.tag_ == "WDT" and verb.dep_ == "relcl":
                    subject = verb.head  # "the joint staff, which said ..."
                if subject.text in self.acronyms:  # "the NIS said" after "the National Intelligence Service (NIS)"
                    subject = self.doc[self.acronyms[subject.text]]
                # not "Rafael Lima", nor a short form in brackets, nor where someone comes from ("a man from X")
                origin = {t.i for c in subject.children if c.dep_ == "prep" and c.lower_ == "from" for t in c.subtree}
                words = [t for t in core_tokens(subject) if t.ent_type_ != "PERSON" and not t.is_punct
                         and not bracketed(t) and t.i not in origin]
                # "the National Intelligence Service said": a state's institution, by its name
                side = (country_of(_joined(words)) or self._whose_institution(_strip_det(_joined(words)))) \
                    if words else ""
                if side and country_aliases()[side][1] == "country":
                    sides[side] += 1
        if not sides:
            return home
        side, count = sides.most_common(1)[0]
        return side if 2 * count > sides.total() else home

    def full_name(self, name: str) -> tuple[str, str]:
        """(fullest known name, source) for a name as written."""
        name = clean_name(name)
        key = _name_key_words(name)
        if not key:
            return name, "named"
        best = [full for full in self.full_names if key <= _name_key_words(full) and full != name]
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
        """Whether `char` lies within a quotation's marks (spans are sorted and disjoint: bisect)."""
        index = bisect_right(self.quote_spans, (char, math.inf)) - 1
        return index >= 0 and char < self.quote_spans[index][1]

    def actor_for(self, head: Token, describe: bool = True) -> Actor | None:
        """The actor a noun phrase headed by `head` refers to (pronouns are resolved elsewhere).

        With `describe`, a description ("the agency") resolves to the body named before it.
        """
        # Resolving a mention may look at others ("its spokesman" -> the subject before); never at itself again.
        if head.i in self._resolving:
            return None
        # A mention looked at again (as a subject, as a body named before, as a speaker) resolves as it did while
        # nothing it reads has changed: the first answer stands. Not inside another's resolution, which hides that
        # one from it.
        state = self._state() if not self._resolving else None
        known = self._resolved.get((head.i, describe))
        if state is not None and known is not None and known[0] == state:
            return known[1]
        self._resolving.add(head.i)
        try:
            actor = self._actor_for(head, describe)
        finally:
            self._resolving.discard(head.i)
        if actor is not None and actor.kind == "body" and actor.name in self.self_speaking:
            actor = replace(actor, country=actor.name, category=actor.category or "military")
        if state is not None and self._state() == state:
            self._resolved[head.i, describe] = state, actor
        return actor

    def _state(self) -> tuple[int, ...]:
        """The sizes of what a resolution reads besides the parse, all of which only grow (once set, an entry
        stays): what it knows of people, bodies that speak for themselves, short forms, names and quotations."""
        return (len(self.countries), len(self.titles), len(self.roles), len(self.self_speaking), len(self._defined),
                len(self.full_names), len(self.quote_spans))

    def _actor_for(self, head: Token, describe: bool) -> Actor | None:
        if self.in_dateline(head.idx) or head.pos_ == "ADJ":
            return None  # "LYON, France (AP) —" names where the story was filed; an adjective names no one
        long_form = self.acronyms.get(head.text)
        if long_form is not None or head.i in self.acronyms.values():
            return self.defined_actor(long_form if long_form is not None else head.i)
        if (named := _name_after_place(head)) is not None:
            return self._actor_for(named, describe)
        # "the Red Cross's count", "the monitor's own tally": the owner's, not a body "count"
        owner = next((c for c in head.children if c.dep_ == "poss" and (
            c.pos_ == "PROPN" or c.pos_ == "NOUN" and not _person_noun(c) and not _person_noun(c, plural=True))),
            None)
        if owner is not None and head.lemma_.lower() in RECKONING_NOUNS:
            return self._actor_for(owner, describe)
        their = next((c for c in head.children if c.dep_ == "poss" and c.lower_ in ("its", "their")), None)
        if their is not None and head.lemma_.lower() in RECKONING_NOUNS:
            return self.subject_body_before(their)  # "Chile keeps the only register; I use its figure"
        # "Border Watch said its volunteers counted 230": the group's own people count for it
        if their is not None and head.pos_ == "NOUN" and _person_noun(head, plural=True):
            body = self.subject_body_before(their)
            if body is not None:
                return body
        doc = self.doc
        # "LIMA, Mar 3 (Wire) - Peru's civil defence office said": the parse may hang the dateline on the subject
        tokens = [t for t in core_tokens(head) if not self.in_dateline(t.idx)] or [head]
        person = _person_span(head)
        if person is not None and (not _names_the_head(person, head) or person.text in self.body_names):
            person = None
        if person is not None:
            return self._person(head, tokens, person)
        named = _name_hung_on_object(head)
        if named is not None:
            actor = self._actor_for(named, describe)
            if actor is not None and actor.kind == "person":
                return actor
        if head.lower_ in PERSON_PRONOUNS | GROUP_PRONOUNS or head.pos_ == "PRON":
            return None
        # "the general said": the one before; "The Ukrainian diplomat, who ..." after a Ukrainian was named
        if head.pos_ == "NOUN" and (head.lower_ in title_words() or role_of(head).kind == "person") \
                and any(c.lower_ == "the" for c in head.children):
            titled = self.titled_person(head) or self.unnamed_before(head)
            if titled is not None:
                return titled
        if head.pos_ == "NOUN" and head.text[:1].isupper() and head.ent_type_ in ("", "PERSON", "ORG"):
            name, source = self.full_name(head.text)  # "Zollars said", tagged as a plural noun
            if source == "surname":
                return Actor(name, "person", self.titles.get(name, ""), self._home_of_person(name, head),
                             source)
        if head.pos_ == "PROPN" and head.text in self.person_words and not _body_cue(head) \
                and (head.ent_type_ in ("", "PERSON", "ORG") or _person_cue(head)):  # "Yusuf, 29," as a work
            chain = [t for t in tokens if t.i <= head.i and t.pos_ == "PROPN" and not _is_title(t)
                     and t.text not in country_aliases()]
            start = next((t.i for t in reversed(chain) if t.i < head.i and t.i + 1 not in {c.i for c in chain}), None)
            span = doc[chain[0].i if start is None else start + 1:head.i + 1] if chain else doc[head.i:head.i + 1]
            return self._person(head, tokens, span)
        if head.pos_ == "PROPN" and head.text not in country_aliases():
            # Headline shorthand: "..., says South" when the article names South Korea.
            shorthand = [c for c in self.mentioned_countries if c.split()[0] == head.text and " " in c]
            if len(shorthand) == 1 and not any(c.dep_ == "compound" for c in head.children):
                return Actor(shorthand[0], "body", "", shorthand[0], "shorthand")
            given = [t for t in head.lefts if t.dep_ in ("compound", "flat") and _name_word(t) and t.i >= head.i - 3]
            if given and head.text in self.person_words and given[-1].i == head.i - 1:
                # "Teresa Rey explained" (the model calls it a work) when the article names Patrick Rey: her name
                name, source = self.full_name(doc[given[0].i:head.i + 1].text)
                return Actor(name, "person", self.titles.get(name, ""), self._home_of_person(name, head),
                             source)
            name, source = self.full_name(head.text)
            if (source == "surname" or head.ent_type_ == "PERSON") and not _body_cue(head) \
                    and not any(head.text == body.split()[-1] for body in self.body_names) \
                    and not (source != "surname" and _kind_word(head)):
                return Actor(name, "person", self.titles.get(name, ""), self._home_of_person(name, head), source)
        if head.pos_ == "NOUN" and head.lemma_.lower() in PLACE_LEVELS and len(tokens) == 2 and _definite(tokens) \
                and _reports(head):
            place = self._place_government(head)
            if place is not None:
                return place
        return self._body(head, tokens, describe)

    def _place_government(self, head: Token) -> Actor | None:
        """"In Sonoma County, 5,000 people took shelter, the county reported": the government of the place of that
        level named last before ("Sonoma County"), else of the last town or region named in the sentence or the one
        before ("In Lyon, ..., the city said")."""
        word = head.lemma_.lower()

        def place(token: Token) -> bool:
            return token.pos_ == "PROPN" and is_place(token) and token.text not in country_aliases() \
                and not self.inside_quote(token.idx) and token.dep_ not in ("compound", "flat")

        # "Sonoma County" named before; else a town or region of the same sentence
        levelled = [t for t in self.doc[:head.i] if place(t) and t.lower_ == word]
        nearby = [t for t in head.sent if place(t) and t != head]
        chosen = levelled[-1] if levelled else min(nearby, key=lambda t: abs(t.i - head.i)) if nearby else None
        if chosen is None:
            return None
        name = _text_of([t for t in chosen.subtree if t.pos_ == "PROPN"] or [chosen])
        country = _place_country([*chosen.lefts, chosen]) or places().get(chosen.text) or self.home_of(head)
        return Actor(name, "body", "", country, "named", "government")

    def defined_actor(self, index: int) -> Actor | None:
        """The one actor of a long form and its short form: its proper name ("National Security Office"), or
        for a description ("the country's spy agency (NSA)") the short form with the country."""
        if index not in self._defined:
            self._defined[index] = None  # while resolving: the long form's own short form is not looked up
            head = self.doc[index]
            short = next(short for short, i in self.acronyms.items() if i == index)
            self.acronyms.pop(short)
            actor = self._actor_for(head, describe=False)
            self.acronyms[short] = index
            if actor is not None and actor.kind == "body" and not _proper_name(actor.name):
                actor = replace(actor, name=f"{actor.country} {short}".strip() if "|" not in actor.country else short)
            self._defined[index] = actor
        return self._defined[index]

    def _person(self, head: Token, tokens: list[Token], person: Span) -> Actor | None:
        name, source = self.full_name(person.text)
        if not name:
            return None
        surname = name.split()[-1]  # "Horbenko, the Ukrainian leader" describes "Volodymyr Horbenko" too
        title = _title_of(tokens, person) or self.titles.get(name, "") or self.titles.get(surname, "")
        # what "the spokeswoman said" refers back to (no country: see below), also when a rank opens the name
        # ("Col. Jo Rey, the army's spokesman,": her title is "Col.", her role the apposition)
        if apposed := _apposed_title(head) or _description_after(tokens, person):
            self.roles.setdefault(name, apposed)
        foreign = any(role_of(t).speaks_for == "foreign" for t in tokens)
        # a person speaks for a country only when the article ties them to one: a description, or an office
        # held where the article is ("the mayor"); a resident or a witness named without either, for none
        home = "" if foreign or not title else self._office_home(head)
        country = self._own_country(head, tokens) or self.countries.get(name, "") or self.countries.get(surname, "") \
            or home or ("" if title or foreign else self._spokesperson_before(head, name) or self._local(head))
        actor = Actor(name, "person", title, country, source)
        self.remember(actor)
        return actor

    @cached_property
    def local_country(self) -> str:
        """The country a story is told in: the article's, the one its dateline, towns and country names all agree
        on, or its dateline's when named more than any other, when its towns or dateline are there ("" otherwise)."""
        named = {*(+self.country_counts), *self.place_countries, self.dateline_country} - {""}
        top = self.country_counts.most_common(2)
        # (a dateline's country named more than any other: "LIMA — ..., a Canadian-owned mine, ...")
        leading = self.dateline_country if top and top[0][0] == self.dateline_country and (
            len(top) == 1 or top[0][1] > top[1][1]) else ""
        home = self.home or (next(iter(named)) if len(named) == 1 else leading)
        return home if home and home in (*self.place_countries, self.dateline_country) else ""

    def _local(self, head: Token) -> str:
        """The country of a person the article describes by nothing but where they are ("Jo Rey, who sells rice in
        the market, said"): the story's country, in a sentence that names no other country."""
        home = self.local_country
        named = {name for name, kind in countries_in(head.sent.text) if kind == "country"}
        return home if home and named <= {home} else ""

    def _home_of_person(self, name: str, head: Token) -> str:
        """A person named again by surname: the country given them before, else the article's; an office holder
        the article titled somewhere acts where its dateline or towns are (see _office_home)."""
        return self.countries.get(name, "") or self.home or (self._office_home(head) if self.titles.get(name) else "")

    def _office_home(self, head: Token) -> str:
        """Where an office holder with no stated country acts: the article's country, else its dateline's or towns'
        when it is at least half of the countries the article names ("BRASOV, Romania —"); a story of several
        countries filed from one of them says nothing of a minister's ("LIMA (AP) — ... Defense Secretary Jo Rey")."""
        section = self.section_country(head.idx)
        if section:
            return section  # "OTTAWA (Wire) — At the defence ministry, deputy spokeswoman Jo Rey said"
        home = self.home_of(head)
        return home if self.home or 2 * self.country_counts[home] >= self.country_counts.total() else ""

    def _own_country(self, head: Token, tokens: list[Token], affiliated: bool = True) -> str:
        """The country a mention names, or its owner's ("its spokesman"); a place it is *in* counts last:
        "its mission in Ghana" is its owner's, "a local official in the town" may be nobody's."""
        located = {t.i for prep in tokens if prep.dep_ == "prep" and prep.lower_ in LOCATION_PREPS
                   for t in prep.subtree}
        # A name says nothing of a country: "Ana Lima" is not from Peru.
        named = [t for t in tokens if t.ent_type_ != "PERSON" or _country_taken_for_name(t, head)]
        own = _joined([t for t in named if t.i not in located])
        return (country_of(own) or _place_country(t for t in named if t.i not in located)
                or (self._affiliation(head, tokens) if affiliated else "")
                or country_of(_joined(named)) or _place_country(named))

    def _affiliation(self, head: Token, tokens: list[Token]) -> str:
        """The country of the body a person works for: "its spokesman", "a spokesperson for the agency",
        "X, who heads Y"."""
        for token in tokens:
            if token.lower_ in POSSESSIVE_PRONOUNS and token.dep_ == "poss":
                body = self.subject_body_before(token)
                if body is not None and body.country:
                    return body.country
            if token.dep_ == "pobj" and token.head.lower_ in ("for", "of", "at") and token.pos_ == "NOUN" \
                    and token != head:
                body = self.actor_for(token)
                if body is not None and body.kind == "body" and body.country:
                    return body.country
        for clause in (c for c in head.children if c.dep_ == "relcl" and c.lemma_ in AFFILIATION_VERBS):
            country = country_of(_text_of(list(clause.subtree)))
            if country:
                return country
        return ""

    def titled_person(self, title: Token, roles: bool = False) -> Actor | None:
        """The last person named before `title` whose title has that word ("the minister"); with `roles`, also
        a title the name stands in apposition to ("a spokeswoman for the board, Jo Rey": "the spokeswoman")."""
        if self._named_people is None:
            self._named_people = []
            for token in self.doc:
                if token.pos_ == "PROPN" and token.dep_ not in ("compound", "flat") \
                        and not self.inside_quote(token.idx):
                    actor = self.actor_for(token, describe=False)
                    self._named_people += [(token.i, actor)] if actor is not None and actor.kind == "person" else []
        people = [(i, actor, self._title_words(actor, roles)) for i, actor in self._named_people]
        titled = [actor for i, actor, words in people if i < title.i and title.lower_ in words]
        if not titled:
            # "the union leader said" after "Jo Rey, the regional secretary of the union": what the title says
            # of the office ("union") is in the title of the person named before
            described = {t.lower_ for t in title.children if t.dep_ in ("compound", "amod") and t.pos_ == "NOUN"}
            titled = [actor for i, actor, words in people if i < title.i and described
                      and described <= words and words & title_words()]
        if not titled:
            # "the Kenyan official said" after a Kenyan was named in the paragraph: that person, described.
            country = country_of(_joined([t for t in core_tokens(title) if t != title]))
            floor = self.text.rfind("\n", 0, title.idx)
            titled = [actor for i, actor in self._named_people if i < title.i and self.doc[i].idx > floor
                      and country and actor.country == country]
        if not titled:
            # "The governor was blunt: ... Governor Lisa Hayes later added": named in the paragraph after
            titled = [actor for i, actor, words in people if i > title.i and title.lower_ in words
                      and self.text.count("\n", title.idx, self.doc[i].idx) <= 1][:1]
        # "President Ana Ruiz spoke with Kenyan President Jo Rey ... the president said": a title written bare is
        # the holder the article names without a country, its own
        bare = [actor for actor in titled if actor.country in ("", self.home)]
        if bare and len({actor.name for actor in titled}) > 1:
            titled = bare
        return replace(titled[-1], source="title") if titled else None

    def _title_words(self, actor: Actor, roles: bool) -> set[str]:
        words = _words(f"{actor.title} {self.roles.get(actor.name, '') if roles else ''}")
        if "spokesperson" in words or "press" in words and words & {"secretary", "officer"}:
            words |= SPOKESPEOPLE  # "Press secretary Jo Rey said ... The spokeswoman added"
        return words

    def unnamed_before(self, title: Token) -> Actor | None:
        """"the spokesman said" after "a spokesman for the water board said": whom that spokesman speaks for;
        "the officer said" after "a senior police officer said": that officer."""
        before = [i for i in self._unnamed_subjects().get(title.lower_, ()) if i < title.i]
        earlier = self.doc[before[-1]] if before else None
        actor = self.actor_for(earlier) or self.people_speaker(earlier) if earlier is not None else None
        return replace(actor, source="description") if actor is not None and actor.kind == "body" else None

    def _unnamed_subjects(self) -> dict[str, list[int]]:
        """Noun -> the indexes of the unnamed people that are subjects outside quotations ("a spokesman said")."""
        if self._unnamed is None:
            self._unnamed = {}
            for token in self.doc:
                # (or whom a report cites: "cites a government source as saying")
                cited = token.dep_ == "dobj" and token.head.lemma_.lower() in ("cite", "quote")
                if token.pos_ == "NOUN" and (token.dep_ in SUBJECT_DEPS or cited) and not self.inside_quote(token.idx) \
                        and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in token.children):
                    self._unnamed.setdefault(token.lower_, []).append(token.i)
        return self._unnamed

    def _first_person_named(self) -> int:
        """The index of the first word of a person's name outside quotations (len(doc) if none), found once for
        the quotations known."""
        key = len(self.quote_spans)
        if self._first_person is None or self._first_person[0] != key:
            first = next((t.i for t in self.doc if t.ent_type_ == "PERSON" and not self.inside_quote(t.idx)),
                         len(self.doc))
            self._first_person = (key, first)
        return self._first_person[1]

    def _spokesperson_before(self, head: Token, name: str) -> str:
        """"A spokesman for the port authority said ... Ana Reis told reporters": a name the article gives no
        description, first written in the paragraph after an unnamed spokesperson's, is that spokesperson's and
        speaks for the same country."""
        first = self.text.find(name.split()[-1])
        before = [i for noun, indexes in self._unnamed_subjects().items() if noun.startswith("spokes")
                  for i in indexes if self.doc[i].idx < first]
        if not before or self.text.count("\n", self.doc[max(before)].idx, first) > 1:
            return ""
        actor = self.actor_for(self.doc[max(before)])
        return actor.country if actor is not None else ""

    def people_speaker(self, head: Token) -> Actor | None:
        """A group of people as a reporting verb's subject: "organisers said", "witnesses told reporters"."""
        # "the minister" is someone named before (titled_person); "a lawmaker", "one senior official" are not
        indefinite = any(c.dep_ in ("det", "nummod") and c.lower_ in ("a", "an", "one", "another")
                         for c in head.children) or _restricted(head)  # "the man who answered the phone"
        # "another woman asked", "a villager said": any word for a kind of person (the lexicon's), one of them
        one = indefinite and (head.lower_ in title_words() or f"{head.lower_}s" in personnel_nouns()
                              or _person_noun(head))
        # "the engineer said" in an article that names nobody before (else it is likely someone named)
        one = one or _definite([head, *head.children]) and _person_noun(head) and head.lower_ not in title_words() \
            and _reports(head) and self._first_person_named() > head.i
        # "the protesters chanted", "the crowd chanted": any plural word for people, or a crowd
        group = head.lower_ in personnel_nouns() or head.lower_ in CROWDS \
            or head.tag_ == "NNS" and _person_noun(head, plural=True)
        if head.pos_ != "NOUN" or not one and (not group or head.lower_ in title_words()):
            return None
        if any(c.dep_ == "poss" and c.lower_ in ("our", "my") for c in head.children):
            return None  # "Our branch secretaries counted 612": the speaker's own people, the speaker's count
        tokens = core_tokens(head)
        if head.lower_ in ORGANISER_NOUNS and len(self.organising) == 1 and not any(
                c.dep_ in ("appos", "prep") for c in head.children):
            # "Organisers said ..." of a march the article says X organised: X
            organiser = self.actor_for(self.doc[next(iter(self.organising.values()))])
            if organiser is not None and organiser.kind == "body":
                return replace(organiser, category="organisers")
        # "researchers at Crowdlens, a data firm, said": the named body they work for speaks.
        for employer in (o for p in head.children if p.dep_ == "prep" and p.lower_ in EMPLOYER_PREPS
                         for o in p.children if o.dep_ == "pobj" and o.pos_ == "PROPN"):
            if employer.ent_type_ not in ("GPE", "LOC") and employer.text not in places():
                body = self.actor_for(employer)
                if body is not None and body.kind == "person" and employer.head.lower_ != "with" and " " in body.name:
                    # "reporters from Gaceta del Sur" (which the model may take for a person's name): people
                    # work at or come from a body
                    body = Actor(body.name, "body", "", body.country, body.source)
                    body = replace(body, category=category_of(body, default=""))
                if body is not None and body.kind == "body" and country_aliases().get(body.name, ("",))[0] == "":
                    return replace(body, category=category_of(body, default="") or category_of(
                        Actor(head.lower_, "body"), default="independent"))
        # "frustrated farmers said": a participle describes the people, it is no part of who they are; nor is
        # where they are or what else they are ("doctors at the city's hospital")
        described = {t.i for c in head.children if c.dep_ in ("prep", "appos", "advmod") for t in c.subtree}
        # ("one survivor said" is a survivor)
        named = [t for t in tokens if t.tag_ not in ("VBN", "VBG") and t.pos_ != "VERB" and t.i not in described
                 and t.dep_ != "case" and not (t.head == head and t.lower_ in ("one", "another"))] \
            or [head]
        # "Ukrainian commanders ... One commander told me": the people of that kind the article gave a country
        country = self._own_country(head, tokens) or self.country_before(head)
        actor = Actor(_strip_det(_text_of(named)), "body", "", country, "named")
        actor = replace(actor, category=category_of(actor, default="independent"))  # "farmers said": bystanders
        if not actor.country and actor.category in DOMESTIC_KINDS:
            return replace(actor, country=self.home_of(head))  # organisers act where the article's towns are
        if not actor.country and one:
            return replace(actor, country=self._local(head))  # "a nurse said", as a named local person
        return actor

    def called(self, head: Token) -> Actor | None:
        """"Organisers, a coalition of unions called Frente Comun, said", "a group known as X": the body the
        description names."""
        names = [n for a in head.children if a.dep_ == "appos" and a.pos_ == "NOUN"
                 for v in a.children if v.dep_ == "acl" and v.lemma_.lower() in NAMING_VERBS
                 for n in [*v.children, *(o for p in v.children if p.lower_ == "as" for o in p.children)]
                 if n.dep_ in ("oprd", "attr", "dobj", "pobj") and n.pos_ == "PROPN"]
        if not names:
            return None
        actor = Actor(_proper_name_text(names[0]), "body", "", self._own_country(head, core_tokens(head)), "named")
        actor = replace(actor, category=category_of(Actor(head.lower_, "body"), default="") or category_of(actor))
        if not actor.country and actor.category in DOMESTIC_KINDS:
            actor = replace(actor, country=self.home_of(head))
        return actor

    def _employer(self, head: Token) -> Actor | None:
        """"the Ledger's own reporters counted": people speak for the named body that owns them, not for a
        country or a town ("Chile's doctors")."""
        from analysis.lexicon import people_what  # spaCy's types load only when articles are parsed

        if head.pos_ != "NOUN" or not people_what(head.lower_):
            return None
        for owner in (c for c in head.children if c.dep_ == "poss" and c.pos_ == "PROPN" and not is_place(c)):
            body = self.actor_for(owner)
            if body is not None and body.kind == "body":
                return body
        return None

    def office(self, head: Token) -> Actor | None:
        """"the mayor said" when the article names no mayor: the office, not a person (a claimant, no speaker)."""
        if head.pos_ != "NOUN" or head.tag_ != "NN" or not _is_title(head) or self.inside_quote(head.idx):
            return None
        tokens = [t for t in core_tokens(head) if not t.is_punct and t.dep_ not in ("prep", "relcl")]
        actor = Actor(_strip_det(_text_of(tokens)), "body", "", self._own_country(head, tokens), "title")
        actor = replace(actor, category=category_of(actor, default="person"))
        return replace(actor, country=self.home_of(head)) if not actor.country else actor

    def subject_body_before(self, token: Token) -> Actor | None:
        """The body that is the subject of the sentence holding `token` (before it) or of the one before."""
        floor = token.sent.start if token.sent.start == 0 else self.doc[token.sent.start - 1].sent.start
        for candidate in reversed(self.doc[floor:token.i]):
            if candidate.dep_ in SUBJECT_DEPS and candidate.pos_ in ("NOUN", "PROPN") \
                    and not self.inside_quote(candidate.idx):
                # ("The ministry's own account shared a clip of its spokeswoman": the account's owner)
                owner = next((c for c in candidate.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
                actor = self.actor_for(candidate) or (self.actor_for(owner) if owner is not None else None)
                if actor is not None and actor.kind == "body":
                    return actor
        return None

    def _body(self, head: Token, tokens: list[Token], describe: bool) -> Actor | None:
        """A body's actor; its kind also from the words its name leaves out ("public broadcaster NHK")."""
        actor = self._body_mention(head, tokens, describe)
        if actor is not None and actor.name in self.organising:
            return replace(actor, category="organisers")  # "the march was organised by X": X's count is theirs
        if actor is not None and any(c.dep_ in ("relcl", "acl") and c.lower_ in ORGANISING_VERBS
                                     for c in head.children):
            return replace(actor, category="organisers")  # "the festival committee, which organised the parade"
        if actor is None or actor.category or actor.source == "description":
            return actor
        if country_aliases().get(actor.name, ("", ""))[1] == "body":
            return actor  # "a World Food Programme spokesman": the international body's kind, not the official's
        words = " ".join(t.text for t in tokens if t.dep_ != "case" and not t.is_punct)
        kind = category_of(Actor(words, "body"), default="")
        return replace(actor, category=kind) if kind and kind != category_of(actor, default="") else actor

    def _body_mention(self, head: Token, tokens: list[Token], describe: bool) -> Actor | None:
        country = self._own_country(head, tokens)
        # "the UN refugee agency, UNHCR,": the parse may hang a name set off by commas as a modifier
        appositions = [c for c in head.children if c.dep_ == "appos" or c.dep_ == "npadvmod" and c.pos_ == "PROPN"
                       and c.i > head.i and c.nbor(-1).text == ","]
        set_off = {t.i for a in appositions for t in a.subtree}
        own = [t for t in tokens if t.i not in set_off]
        # "the alliance's naval force, Task Force North": the proper name in apposition is the body's name.
        named_apposition = [a for a in appositions if a.pos_ == "PROPN"]
        name_head = head
        if head.pos_ == "NOUN" and named_apposition:
            own, name_head = core_tokens(named_apposition[0]), named_apposition[0]
        own = _name_tokens([t for t in own if t.dep_ != "case"] or own, name_head)  # "the union's count": the union
        phrase = _text_of(own)
        alias = _strip_det(phrase)
        role = role_of(head)
        if alias in country_aliases():
            name, kind = country_aliases()[alias]
            # "the World Health Organization" is named as written, and speaks for WHO; "the UN" is the United Nations
            written = alias in institutions() or kind == "body" and len(alias) > len(name)
            return Actor(alias if written else name, "body", "", name, "named")
        # the model often starts an organisation's entity at its article: "the Medical Relief Network"
        # and may call a name it does not know a building or a work ("a report in Le Monde"), unless it is where
        placed = head.dep_ == "pobj" and head.head.lower_ in LOCATION_PREPS | {"at", "to", "near", "from", "on"} \
            and not (head.head.lower_ == "in" and head.head.head.pos_ == "NOUN")  # "an article in Le Monde"
        article = [t for t in tokens if t.dep_ == "det" and t.i == own[0].i - 1]
        orgs = _entities(article + own, BODY_LABELS if placed else (*BODY_LABELS, "FAC", "WORK_OF_ART"))
        orgs = orgs or [e for e in _entities(own, ("PERSON",)) if e.text in self.body_names]
        # ("the city's water district": a place's own service, whatever its noun)
        owned = any(c.dep_ == "poss" and c.lemma_.lower() in PLACE_LEVELS for c in head.children)
        # ("its approach": a word no body is named by, whoever "its" is)
        stated = country and self._own_country(head, tokens, affiliated=False)
        if not role.kind and not orgs and not stated and not _body_cue(head) \
                and not (head.pos_ == "PROPN" and _kind_word(head)):  # "the Red Ridge Brigades" is a name
            if not _body_noun(head) and not owned:
                # "the secretariat" after "the Health Secretariat": the article's own name says the word names a body
                named = describe and head.pos_ == "NOUN" and _bare(own, head) and self._ends_a_name(head)
                return self._described_body(head, same_word_only=True) if named else None
            # "the utility", "the company": the body of that kind named before; else what the words say
            described = self._described_body(head, same_word_only=True) if describe and _bare(own, head) else None
            if described is not None or not describe:
                return described
            kind = category_of(Actor(alias, "body"), default="")
            local = kind in DOMESTIC_KINDS or head.lemma_.lower() in LOCAL_BODIES or owned
            return Actor(alias, "body", "", self.home_of(head) if local else "", "named",
                         kind or ("government" if owned else ""))
        if not role.kind and head.lower_ in personnel_nouns() and any(
                p.dep_ == "prep" and p.lower_ in EMPLOYER_PREPS for p in head.children):
            return self.people_speaker(head)  # "researchers at Crowdlens"
        employer = self._employer(head) if not role.kind else None
        if employer is not None:
            return employer
        if not role.kind:
            # "Ukrainian and South Korean intelligence" speaks for both.
            several = [name for name, kind in countries_in(phrase) if kind == "country"]
            if len(several) > 1 and " and " in phrase:
                country = "|".join(several)
            return self._with_country(Actor(body_name(alias), "body", "", country, "named"), head, appositions)
        if role.kind == "organ" and describe and _bare(own, head):
            described = self._described_body(head, same_word_only=True)  # "the ministry" named in full before
            if described is not None:
                return described
        if role.kind == "organ":
            # "the coast guard" after "the Libyan coast guard" is Libya's; "the defence ministry" of an article
            # about one country is that country's.
            country = country or self._kin_country(alias, same_words=True) or self.country_before(head) \
                or self.home_of(head)
            return Actor(body_name(alias, country), "body", "", country, "named")
        # "Mozambique's National Institute ...": the recogniser may make the country's genitive a name of its own
        org = next((ent for ent in orgs if ent.label_ in ("ORG", "FAC", "WORK_OF_ART")
                    and re.sub(r"['’]s?$", "", ent.text) not in country_aliases() and not _located_town(ent)), None)
        if org is not None and org.text in self.acronyms and self.acronyms[org.text] != head.i:
            return self.defined_actor(self.acronyms[org.text])  # "NEO officials": the body the article defined
        if org is not None and head.pos_ == "NOUN" and head.text.islower() and head.i >= org.end and describe \
                and _definite(own):
            # "The Public Health agency said" after the NCDC was named: capitalised words describing the agency
            described = self._described_body(head)
            if described is not None:
                return described
        if org is not None and not country_aliases().get(org.text.removeprefix("the ")):
            indexes, start = {t.i for t in own}, org.start
            while start - 1 in indexes and self.doc[start - 1].text[:1].isupper() or start >= 2 and (
                    self.doc[start - 1].lower_ in NAME_JOINS and start - 2 in indexes
                    and self.doc[start - 2].text[:1].isupper() and self.doc[start - 2].lower_ != "the"):
                start -= 1  # "the Medical Relief Network", "the Dock and Harbour Workers Union": the model may leave
                # a capitalised word out, and the "and" of the name with it
            org = self.doc[start:min(org.end, own[-1].i + 1)]  # not its "(NSO"
            return self._with_country(Actor(_strip_det(org.text), "body", "", country, "named"), head, appositions)
        town = next((t for t in own if t.pos_ == "PROPN" and t.text in places() and t.text not in country_aliases()),
                    None)
        if role.kind == "state" and town is not None:
            # "Osaka's city government" is the town's own, not the state.
            name = " ".join(t.text for t in own if t.dep_ != "case" and t.lower_ not in ("the", "a"))
            return Actor(name, "body", "", country or places()[town.text], "named")
        located = {t.i for p in own if p.dep_ == "prep" and p.lower_ in LOCATION_PREPS for t in p.subtree}
        unlocated = _joined([t for t in own if t.i not in located])
        if role.kind == "person" and country and not country_of(unlocated) and (_place_country(own) or located):
            # "a police spokesman in Lyon" (or in a capital the country list knows): that one, in France
            return Actor(alias, "body", "", country, "named")
        if role.kind == "state" and any(t.lower_ in LOCAL_LEVELS for t in own if t != head):
            # "the district administration" is a local body acting where the article's places are, not the state
            return Actor(alias, "body", "", country or self.home_of(head), "named")
        spoken_for = self._spoken_for(head) if role.kind == "person" else None
        if spoken_for is not None:
            return spoken_for  # "a spokesperson for the city administration": the administration speaks
        leader = self._leader_country(head, own) if role.kind == "state" and not country else ""
        if leader:
            return Actor(alias, "body", "", leader, "named")  # "the Ortega government": its leader's country
        if role.kind == "person" and any(c.dep_ in ("amod", "compound") and c.lower_ in FORMER for c in head.children):
            # "a former NATO official" speaks for no one he served
            return Actor(_strip_det(phrase), "body", "", "", "unnamed official", "anonymous")
        if role.kind == "state" or role.kind == "person" and country:
            # Unnamed officials and "the government" speak for their country.
            country = country or (self.home if role.speaks_for == "home" else "")
            # "a White House spokesperson": the institution named speaks, not the whole state
            institution = _institution_in(phrase)
            if country:
                # "a World Food Programme spokesman": an international body's official speaks as the body does
                international = institution and country_aliases()[institution][1] == "body"
                category = category_of(Actor(institution, "body")) if international else ""
                return Actor(institution or country, "body", _strip_det(phrase), country, "unnamed official",
                             category)
        if role.kind == "body" and describe and not country and not any(t.pos_ == "PROPN" for t in own) \
                and sum(t.dep_ == "compound" for t in own) < 2 and _definite(own):
            # "the agency" refers back; "local media" and "the emergency management agency" do not
            described = self._described_body(head)
            if described is not None:
                return described
        return self._with_country(Actor(body_name(alias, country), "body", "", country, "named"), head, appositions)

    def _leader_country(self, head: Token, own: list[Token]) -> str:
        """The country of the leader a government is named after ("the Ortega government"): the one the article
        gives that person; an "administration" named after a leader the article gives none is the American
        usage, when the article names the United States."""
        leader = [t for t in own if t.i < head.i and t.pos_ == "PROPN" and t.ent_type_ not in NOT_NAME_LABELS
                  and not is_place(t) and not _is_title(t)]
        if not leader:
            return ""
        name = self.full_name(_text_of(leader))[0]
        country = self.countries.get(name, "") or self.countries.get(name.split()[-1], "")
        if not country and head.lower_ == "administration" and self.country_counts["United States"]:
            return "United States"
        return country

    def _spoken_for(self, head: Token) -> Actor | None:
        """The body an unnamed person speaks for ("a spokesperson for the water board"), not a state ("for
        Ukraine"): the state's unnamed official is the state's."""
        for body in (o for p in head.children if p.dep_ == "prep" and p.lower_ == "for"
                     for o in p.children if o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN")):
            actor = self.actor_for(body)
            if actor is not None and actor.kind == "body" and actor.source != "unnamed official" \
                    and country_aliases().get(actor.name, ("", ""))[1] != "country":
                return actor
        return None

    def _with_country(self, actor: Actor, head: Token, appositions: list[Token]) -> Actor:
        """A body named without a country: an armed group speaks for itself, others for the article's country."""
        speaks_for = {role_of(t).speaks_for for t in [head, *appositions]}
        based = _based_in([head, *appositions])  # "Tooluur, a crowd-counting group based in Ulaanbaatar"
        if based and not actor.country:
            return replace(actor, country=based)
        named_armed = (bool(ARMED_GROUP_WORDS & set(actor.name.lower().split())) or _of_armed_people(head)) \
            and _proper_name(actor.name) \
            and not any(c.dep_ == "poss" or c.text in country_aliases() for c in head.lefts)
        if (appositions and _armed(appositions) or named_armed) and actor.name not in self.organising:
            # "the Tana Liberation Front (TLF), an armed group,": itself, though its name has a place in it
            self.self_speaking.add(actor.name)
            return replace(actor, country=_state_in_name(actor.name) or actor.name, category="military")
        if actor.name in self.self_speaking:
            return replace(actor, country=_state_in_name(actor.name) or actor.name)
        if actor.country:
            return actor
        # ("church and farm groups", in lower case, are kinds of groups: none of them speaks for itself)
        if "itself" in speaks_for and _armed_or_unstated([head, *appositions]) and actor.name not in self.organising \
                and (_proper_name(actor.name) or _armed([head, *appositions])):
            return replace(actor, country=_state_in_name(actor.name) or actor.name)
        if category_of(actor, default="") == "outlet":
            # an outlet: its country only when the text says it; a state's outlet speaks for its state ("the official
            # Xinhua News Agency", "state media")
            state = any(c.dep_ in ("amod", "compound") and c.lower_ in STATE_OUTLET_WORDS for c in head.children)
            home = self.home_of(head) if state else ""
            return replace(actor, country=home) if home else actor
        if actor.name.split()[0] in INTERNATIONAL_WORDS and _proper_name(actor.name):
            return replace(actor, country=actor.name)  # "the Pan American Health Organization" speaks for itself
        if BOTH_SIDES.search(_text_of(core_tokens(head))):
            paragraph = self.text[self.text.rfind("\n", 0, head.idx) + 1:head.idx]
            named = [name for name, kind in countries_in(paragraph) if kind == "country"]
            if len(named) >= 2:
                return replace(actor, country="|".join(named[:2]))
        if speaks_for & {"foreign", "none"}:
            return actor
        # a body of a kind the article gives one country elsewhere, unless its towns or dateline say where it is
        named_so = self.name_country(actor) or self._whose_institution(actor.name)
        if named_so:
            return replace(actor, country=named_so)
        kin = self._kin_country(actor.name)
        if kin:
            return replace(actor, country=kin)
        # A government is no domestic body: a dateline or a town never says whose ("KYIV — The X administration").
        return replace(actor, country=self.home if role_of(head).kind == "state" else self.home_of(head))

    def country_before(self, head: Token) -> str:
        """The country of the last mention of the same kind of body before `head` that named one ("the Libyan
        coast guard", then "the coast guard"), outside quotations."""
        self._index_country_mentions()
        earlier = [country for i, country in self._countries_by_noun.get(head.lemma_.lower(), []) if i < head.i]
        return earlier[-1] if earlier else ""

    def _index_country_mentions(self) -> None:
        """Every mention outside quotations of a body with its country ("the Libyan coast guard", "Kenya's spy
        agency"), by noun and by kind of body, once per article."""
        if self._countries_by_noun is not None:
            return
        self._countries_by_noun, self._countries_by_kind = {}, {}
        for token in self.doc:
            # "the Libyan coast guard", "Kenya's spy agency", "the Armed Forces of Malta"
            owners = [c for c in token.children if c.dep_ in ("amod", "compound", "poss")
                      and _text_of(_name_part(c)) in country_aliases()]
            owners += [o for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children
                       if o.dep_ == "pobj" and country_aliases().get(_text_of(_name_part(o)), ("", ""))[1] == "country"]
            if token.pos_ in ("NOUN", "PROPN") and not self.inside_quote(token.idx) and owners:
                words = [t for c in owners for t in _name_part(c)]
                country = country_of(_joined([*words, token]))
                if country and country_aliases()[country][1] == "country":
                    if token.pos_ == "NOUN":
                        self._countries_by_noun.setdefault(token.lemma_.lower(), []).append((token.i, country))
                    kind = category_of(Actor(_joined([*words, token]), "body"), default="")
                    if token.lower_ not in title_words():  # "the Chilean labour minister" is no body
                        # its own words: not its head noun ("ministry") nor the country's ("South Africa's")
                        stems = _stems(" ".join(t.text for t in token.subtree if t != token and t.ent_type_ not in
                                                ("GPE", "NORP") and t.text not in country_aliases()))
                        self._countries_by_kind.setdefault(kind, []).append((stems, country))
                    if token.pos_ == "PROPN":  # "Kenya's National Water Board": by its name too
                        sides = {t for w in words if w.text in country_aliases() or w.dep_ == "poss" for t in w.subtree}
                        own = [t for t in core_tokens(token) if t.pos_ == "PROPN" and t not in sides]
                        self._countries_by_name.setdefault(_text_of(own or [token]), set()).add(country)

    def _whose_institution(self, name: str) -> str:
        """Of the states that give an institution this name (or these initials: "NIS"), the one the article names
        most, else ""."""
        states = [state for state in shared_institutions().get(_spelled_out().get(name, name), ())
                  if self.country_counts[state]]
        return max(states, key=self.country_counts.__getitem__) if states else ""

    def name_country(self, actor: Actor) -> str:
        """The one country the article gives a body of this name elsewhere ("Kenya's National Water Board", then
        "the National Water Board said"), else ""."""
        self._index_country_mentions()
        countries = self._countries_by_name.get(actor.name, set())
        return next(iter(countries)) if len(countries) == 1 else ""

    def _kin_country(self, name: str, same_words: bool = False) -> str:
        """kind_country, unless the article's own country is where its towns or dateline are."""
        if self.home and self.home in (*self.place_countries, self.dateline_country):
            return ""
        return self.kind_country(Actor(name, "body"), same_words)

    def kind_country(self, actor: Actor, same_words: bool = False) -> str:
        """The one country the article gives bodies of the actor's kind ("Kenya's spy agency", then "the National
        Intelligence Service said"), else "". With `same_words`, only bodies whose own words the name shares:
        a ministry is not the embassy named before it."""
        self._index_country_mentions()
        kind = category_of(actor, default="")
        mentions = self._countries_by_kind.get(kind, []) if kind not in ("", "ngo") else []
        if same_words or len({country for _, country in mentions}) > 1:
            # bodies of one kind from several countries: the one whose own words the name shares ("Chile's defence
            # ministry" and "Peru's foreign ministry", then "the Ministry of National Defence")
            common = frozenset.intersection(*(stems for stems, _ in mentions)) if len(mentions) > 1 else frozenset()
            mentions = [(stems, country) for stems, country in mentions if (stems - common) & _stems(actor.name)]
        countries = {country for _, country in mentions}
        return next(iter(countries)) if len(countries) == 1 else ""

    def home_of(self, head: Token) -> str:
        """Where a domestic body (police, a ministry, a fire department) acts: the article's country, else the
        country of its dateline's town ("NEW DELHI:"), else the one country all the towns it names are in. A
        country named in a sentence is no place the body acts in: "the ministry said the neighbouring country
        sent ..." is not that country's ministry."""
        fronted = _fronted_place(head.sent) or self.section_country(head.idx)
        if fronted:
            return fronted  # "In Lyon, 3,000 people marched, police said": the police of Lyon
        if self.home:
            return self.home
        if self.dateline_country:
            return self.dateline_country
        if len(set(self.place_countries)) == 1:
            return self.place_countries[0]
        # nearly all of them: a town that shares its name with one abroad ("Naples", in Florida) is not another country
        towns = Counter(self.place_countries).most_common(1)
        if towns and towns[0][1] >= 3 and 4 * towns[0][1] >= 3 * len(self.place_countries):
            return towns[0][0]
        # an article that names one country only, once ("... the cholera outbreak in Haiti")
        return next(iter(self.sides)) if len(self.sides) == 1 and self.sides == self.placed_in else ""

    def _described_body(self, head: Token, same_word_only: bool = False) -> Actor | None:
        """"the institute" -> the body named before whose name or description says institute ("X, the utility
        that ..." for "the utility"), else the last one named as a subject (not "a statement on Telegram"), else
        the last named. A description that speaks for itself ("the paramilitary group") makes the body do so."""
        word = head.lemma_.lower()
        # the kind the description states ("the company", "the paramilitary group"), a generic one aside
        stated = category_of(Actor(_text_of(core_tokens(head)), "body"), default="") if _body_noun(head) else ""
        kind = "" if stated == "ngo" else stated
        # "Police detained 300 students, the rights group said": a body the speaker's own words name is the speaker
        # only when the description fits it ("NATO will hold drills ..., the alliance said")
        reported = {t.i for c in head.head.children if c.dep_ in REPORTED_CLAUSES for t in c.subtree} \
            if head.dep_ in SUBJECT_DEPS and stated else set()
        named = [(i, actor) for i, actor in self.named_bodies() if i < head.i
                 and (i not in reported or category_of(actor, default="") in ("", stated))]
        # "the ministry" is a ministry named before, not any government body ("the maritime rescue service")
        # "the company" is no union named before: a body of another stated kind is not described ("the agency" or
        # "the service" may be a state's intelligence service or its police; "the council" is neither)
        fitting = ("", kind, *(STATE_BRANCHES if kind == "government" and word in ("agency", "service") else ()))
        same = [actor for i, actor in named if word in actor.name.lower().split()
                or word in self._descriptions.get(i, ())
                or kind and category_of(actor, default="") in fitting[1:]
                and not (same_word_only and role_of(head).kind)]
        named = [(i, actor) for i, actor in named if not kind or category_of(actor, default="") in fitting]
        # another kind's description is no body a description refers back to: "the energy regulator" is not
        # "consumer groups" named before it
        named = [(i, actor) for i, actor in named if _proper_name(actor.name)]
        subjects = [actor for i, actor in named if self.doc[i].dep_ in SUBJECT_DEPS]
        chosen = same if same_word_only else same or subjects or [actor for _, actor in named]
        if not chosen:
            return None
        actor = replace(chosen[-1], source="description")
        # ("the paramilitary group" says so; "the group" of a state's own force does not)
        if role_of(head).speaks_for == "itself" and not _state_in_name(actor.name) \
                and (_armed([head]) or category_of(actor) == "military" and not _state_organ(actor.name)):
            self.self_speaking.add(actor.name)
        if actor.name in self.self_speaking:
            return replace(actor, country=actor.name, category=actor.category or "military")
        return actor

    def _ends_a_name(self, head: Token) -> bool:
        """A body named before `head` has the noun as the last word of its name ("Health Secretariat")."""
        word = head.lemma_.lower()
        return any(i < head.i and actor.name.split()[-1].lower() in (word, head.lower_)
                   for i, actor in self.named_bodies())

    def named_bodies(self) -> list[tuple[int, Actor]]:
        """(token index, actor) of every body the article names outside quotations, in order."""
        if self._named_bodies is None:
            self._named_bodies = []
            # A headline's shorthand ("Union says") is not what the body's "the union" refers to.
            headline_end = self.text.find("\n")
            for token in self.doc:
                if token.pos_ not in ("PROPN", "NOUN") or token.dep_ in ("compound", "flat") \
                        or self.inside_quote(token.idx):
                    continue
                organisation = token.ent_type_ == "ORG" or _body_cue(token) or token.text in self.acronyms \
                    or token.i in self._body_name_ends \
                    or role_of(token).kind in ("body", "organ")
                # A town is where things happen, never what "the office" or "the agency" refers back to: a
                # place's name is a body only as a subject ("Madrid said") or described as one ("X, the utility").
                organisation = organisation and not (is_place(token) and token.dep_ not in SUBJECT_DEPS
                                                     and not any(c.dep_ == "appos" for c in token.children))
                actor = self.actor_for(token, describe=False) if organisation and token.idx > headline_end else None
                if actor is not None and token.pos_ == "NOUN" and token.text.islower() \
                        and token.lower_ not in actor.name.lower():
                    continue  # "The Public Health agency": capitalised words describing an agency, not its name
                # a country is no body a description refers back to; a named institution of one is
                if actor is not None and actor.kind == "body" and any(w[:1].isupper() for w in actor.name.split()) \
                        and (country_aliases().get(actor.name, ("", ""))[1] != "country"
                             or actor.name in institutions()):
                    self._named_bodies.append((token.i, actor))
                    self._descriptions[token.i] = {c.lemma_.lower() for c in token.children
                                                   if c.dep_ == "appos" and c.pos_ == "NOUN"}
        return self._named_bodies


def _organisers(doc: Doc) -> dict[str, int]:
    """The names of the bodies the article says organised an event (-> the index of the name's last word): the
    agent of "was organised by X", the subject of "X organised the march" or "X called the strike"."""
    found: dict[str, int] = {}
    for verb in (t for t in doc if t.pos_ == "VERB" and (t.lower_ in ORGANISING_VERBS or _calls_an_event(t))):
        heads = [o for a in verb.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
        heads += [verb.head if c.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl" else c
                  for c in verb.children if c.dep_ == "nsubj"]  # "X, which called the march"
        heads += [a for h in heads for a in h.children if a.dep_ == "appos" and a.pos_ == "PROPN"]  # "the union X"
        for head in (h for h in heads if h.pos_ == "PROPN"):
            found.setdefault(_proper_name_text(head), head.i)
    return found


def _proper_name_text(head: Token) -> str:
    """The proper name a proper noun ends: "Frente Comun" from its last word."""
    return _text_of([t for t in head.lefts if t.dep_ in ("compound", "flat") and t.pos_ == "PROPN"] + [head])


def _calls_an_event(verb: Token) -> bool:
    """"X called the strike", "which called the march"."""
    return verb.lemma_.lower() == "call" and any(c.dep_ in ("dobj", "oprd") and c.lemma_.lower() in EVENTS
                                                 for c in verb.children)


def _speaking_surnames_in_full(doc: Doc) -> list[str]:
    """Full names the entity recogniser missed, of a surname that alone is the subject of a reporting verb:
    "Ana Ruiz leads the union. ... “...,” Ruiz said." gives "Ana Ruiz"."""
    speaking = {t.text for t in doc if t.pos_ == "PROPN" and t.dep_ == "nsubj" and t.ent_type_ in ("", "PERSON")
                and t.head.lemma_.lower() in reporting_verbs() and not any(c.dep_ in ("compound", "flat")
                                                                             for c in t.children)}
    names = []
    for token in (t for t in doc if t.text in speaking and t.pos_ == "PROPN"):
        given = [c for c in token.lefts if c.dep_ in ("compound", "flat") and c.pos_ == "PROPN"]
        chain = [*given, token]
        if given and chain[-1].i - chain[0].i == len(chain) - 1 \
                and all(t.ent_type_ in ("", "PERSON") and t.text[:1].isupper() and not _is_title(t)
                        and t.text not in country_aliases() and not _kind_word(t) for t in chain):
            names.append(" ".join(t.text for t in chain))
    return names


def _institution_in(phrase: str) -> str:
    """The state institution a phrase names ("a Pentagon official" -> "Pentagon"), else ""."""
    return next((alias for alias in _country_pattern().findall(phrase) if alias in institutions()), "")


def is_place(token: Token) -> bool:
    """A town, region or country's name, however the entity recogniser labels it (not "the Elysee")."""
    if token.text in country_aliases():
        return country_aliases()[token.text][1] == "country"
    return token.ent_type_ in ("GPE", "LOC") or token.text in places()


def _place_country(tokens: Iterable[Token]) -> str:
    """The country of the first town or region among the tokens ("police in Lyon", "Lyon's mayor")."""
    for token in tokens:
        located = token.pos_ == "PROPN" and token.dep_ == "pobj" and token.head.lower_ in LOCATION_PREPS
        if located and token.ent_iob_ != "I" and places().get(token.text):
            return places()[token.text]  # the small model calls some towns ORG: "police in Lyon"
        if token.ent_type_ == "GPE" and token.ent_iob_ == "B":
            end = token.i + 1
            while end < len(token.doc) and token.doc[end].ent_iob_ == "I":
                end += 1
            country = places().get(token.doc[token.i:end].text.removesuffix("'s").removesuffix("’s"))
            if country:
                return country
    return ""


def _town_country(tokens: list[Token]) -> str:
    """The country of the first town among the tokens, however tagged: "the Riga-based Institute", "a Porto
    university" (the names of proper nouns in a row)."""
    runs: list[list[Token]] = []
    for token in tokens:
        if token.pos_ == "PROPN":
            if runs and runs[-1][-1].i == token.i - 1:
                runs[-1].append(token)
            else:
                runs.append([token])
    return next((places()[_text_of(run)] for run in runs if _text_of(run) in places()), "")


def _fronted_place(sentence: Span) -> str:
    """The country of a town a sentence opens with, setting the scene for all of it: "In Lyon, ..."."""
    first = sentence[0]
    if first.lower_ != "in" or first.dep_ != "prep":
        return ""
    objects = [c for c in first.children if c.dep_ == "pobj"]
    after = objects[0].i + 1 if objects else 0
    if not objects or after >= sentence.end or sentence.doc[after].text != "," \
            or objects[0].ent_type_ in ("DATE", "TIME") or not is_place(objects[0]):
        return ""  # not "In March,"
    place = _text_of(core_tokens(objects[0]))
    if place in country_aliases():
        return country_aliases()[place][0] if country_aliases()[place][1] == "country" else ""
    return places().get(place, "")


def _place_countries(doc: Doc) -> list[str]:
    """The countries of the towns and regions an article names: its GPE entities, and one-word names the small
    model mislabels ("crossed Lyon" as a PERSON) that the gazetteer knows and that are no part of a longer name."""
    # a surname of someone the article names in full is no town ("Jussara Pereira", then "Pereira said")
    surnames = {e[-1].text for e in doc.ents if e.label_ == "PERSON" and len(e) > 1}
    # ("Kasese district", "Hebei province": the place, with its level; "Marin County" is a name of its own)
    names = [e.text if e.text in towns() or e[-1].lower_ not in PLACE_LEVELS or not e[-1].is_lower else e[:-1].text
             for e in doc.ents if e.label_ in ("GPE", "LOC") and len(e)]
    found = [towns()[name] for name in names if name in towns() and name not in surnames]
    # ... nor a common word the article also writes in lower case ("the mine"), nor a word modifying a name ("the
    # Dock and Harbour Workers Union")
    lowercase = {t.text for t in doc if t.is_lower}
    for token in (t for t in doc if t.pos_ == "PROPN" and t.text not in surnames and t.lower_ not in lowercase):
        alone = token.ent_type_ in ("PERSON", "ORG", "") and token.ent_iob_ != "I" and (
            token.i + 1 == len(doc) or token.doc[token.i + 1].ent_iob_ != "I")
        # (a town before a common noun is still the town: "the Lyon hospitals")
        in_name = token.dep_ == "flat" or token.dep_ in ("nmod", "compound") and token.head.pos_ == "PROPN"
        if alone and not in_name and token.text in places() \
                and token.lower_ not in actor_kinds() and token.lower_ not in noun_roles() \
                and not any(c.dep_ in ("compound", "flat") for c in token.children):  # not "Voces Libres"
            found.append(places()[token.text])
    return found


def _dateline(text: str) -> tuple[int, int]:
    """(start, end) of the dateline opening the body ((0, 0) when there is none): the first paragraph's, or past a
    release's furniture ("PRESS RELEASE — FOR IMMEDIATE RELEASE", then "Kraków, 3 May 2025 — ...") the
    first that names a known place."""
    body, first = text.find("\n") + 1, (0, 0)
    for _ in range(DATELINE_PARAGRAPHS):
        if body <= 0:
            break
        line_end = text.find("\n", body)
        # "Italy - IOM reports ...", "Kraków, 3 May 2025 — ...": a place written as a name
        named = NAMED_DATELINE.match(text, body)
        found = DATELINE.match(text, body) or (
            named if named and (named.group(1) in country_aliases() or named.group(1) in places()) else None)
        if found and _dateline_country(found.group(0)):
            return body, found.end()
        if found and first == (0, 0):
            first = body, found.end()
        if len(text[body:line_end if line_end >= 0 else len(text)].split()) > FURNITURE_WORDS:
            break  # a paragraph of the story itself: no dateline further on
        body = line_end + 1 if line_end >= 0 else 0
    return first


def _dateline_country(dateline: str) -> str:
    """The country of a dateline's place: "LYON, France —" -> France, "NEW DELHI:" -> India."""
    place = re.sub(r"\([^)]*\)|[—–:-]", " ", dateline.split("\n")[-1]).strip()
    if not place:
        return ""
    parts = [part.strip().title() for part in place.split(",")]
    found = [country_of(part) or places().get(part, "") for part in reversed(parts)]
    return next((country for country in found if country), "")


def _acronyms(doc: Doc, text: str | None = None) -> dict[str, int]:
    """Short forms the article defines -> the head token of their long form: "the Lyon Fire Service (LFS)"."""
    found: dict[str, int] = {}
    text = doc.text if text is None else text
    for match in SHORT_FORM.finditer(text):
        token = doc.char_span(match.start(1), match.end(1))
        token = token[0] if token is not None and len(token) == 1 else None
        if token is None or token.i < 2 or token.i + 1 >= len(doc) or not ACRONYM.match(token.text) \
                or token.text in found or country_aliases().get(token.text, ("", ""))[1] == "country" \
                or token.text in places():
            continue
        if token.nbor(-1).text == "(" and token.nbor(1).text.startswith(")"):  # "(CIB):" is one token "):"
            long_head = token.nbor(-2)
        elif token.dep_ == "appos" and token.nbor(-1).text == "," and token.head.i < token.i:
            long_head = token.head  # "the city's fire service, LFS, said"
        else:
            continue
        while long_head.dep_ in ("compound", "amod", "flat") and long_head.head.i < token.i - 1 \
                and long_head.head.i > long_head.i:
            long_head = long_head.head
        # "the Institute for Risk Management and Reduction (IRMR)": the last of a name's conjoined words
        while long_head.dep_ == "conj" and long_head.head.i < long_head.i and _one_entity(long_head.head, long_head):
            long_head = long_head.head
        # "the Department of Disaster Management (DDM)": the long form is headed before its "of".
        while long_head.dep_ == "pobj" and long_head.head.lower_ in NAME_LINKS and long_head.head.head.i < long_head.i \
                and long_head.head.head.pos_ == "PROPN" and long_head.head.head.text[:1].isupper():
            long_head = long_head.head.head
        if sum(c.isupper() for c in token.text) < 2 and sum(
                t.text[:1].isupper() for t in doc[long_head.left_edge.i:token.i - 1] if t.is_alpha) < 2:
            continue  # "Fenprof" abbreviates a long proper name, not one word
        # "SPRINGFIELD (AP)" is a dateline and "Jo Rey (D-Ohio)" a person: neither defines a body's short form.
        # ... though the model may tag a long form that the short form spells out as a person's name ("the
        # Lakeside Civic Front (LCF)")
        initials = _initials(t.text for t in doc[long_head.left_edge.i:long_head.i + 1] if t.pos_ != "DET")
        if long_head.pos_ in ("PROPN", "NOUN") and not long_head.text.isupper() \
                and (long_head.ent_type_ != "PERSON" or initials == token.text):
            found[token.text] = long_head.i
    found.update((short, i) for short, i in _initialisms(doc, text).items() if short not in found)
    return found


def _initialisms(doc: Doc, text: str) -> dict[str, int]:
    """Short forms an article uses without defining them, made of a body's initials: "the National Water
    Board" then "the NWB said" -> the head token of the earliest long form (`text` is the doc's: doc.text is
    rebuilt from the tokens at every call)."""
    shorts = set(re.findall(r"\b[A-Z]{2,10}\b", text))
    found: dict[str, int] = {}
    for ent in (e for e in doc.ents if e.label_ == "ORG") if shorts else ():
        # "Kenya's National Water Board": the possessive is no part of the name
        words = [t for t in ent if t.is_alpha and t.dep_ != "poss" and t.lower_ not in NAME_LINKS]
        initials = _initials(t.text for t in words)
        if len(words) >= 2 and all(t.text[:1].isupper() for t in words) \
                and initials in shorts and initials not in found and initials not in country_aliases():
            found[initials] = ent.root.i
    return found


def _armed(heads: list[Token]) -> bool:
    """An armed group speaks for itself ("the rebels", "Al-Nour, the armed group"); a civic group does not."""
    words = " ".join(t.text for head in heads for t in core_tokens(head))
    return category_of(Actor(words, "body"), default="") == "military"


def _of_armed_people(head: Token) -> bool:
    """"insurgents of the Tana Brigades": a body whose members the article calls armed."""
    return head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lower_ in ARMED_MEMBERS


def _definite(tokens: list[Token]) -> bool:
    return any(t.lower_ in ("the", "this", "that", "its", "their") for t in tokens)


def _armed_or_unstated(heads: list[Token]) -> bool:
    """A group speaks for itself unless its mention says it is another kind of body ("an independent group that
    counts crowds"): "JNIM, the al-Qaeda-linked group" does."""
    words = " ".join(t.text for head in heads for t in core_tokens(head) if t.lemma_.lower() != "group")
    if any(t.lower_ == "local" for head in heads for t in core_tokens(head)):
        return False  # "a local monitoring group" acts where the article's towns are
    return category_of(Actor(words, "body"), default="") in ("", "military")


def _bare(tokens: list[Token], head: Token) -> bool:
    """A mention that is only its noun and its article: "the ministry", "the utility"."""
    return _definite(tokens) and all(
        t == head or t.dep_ in ("det", "amod") and t.pos_ != "PROPN" for t in tokens)


def _proper_name(name: str) -> bool:
    """Every word capitalised but the links of a long name: "Department of Disaster Management"."""
    return all(w[:1].isupper() or w in NAME_LINKS for w in name.split())


def _name_tokens(tokens: list[Token], head: Token) -> list[Token]:
    """The tokens of a body's mention that make its name: without a parenthesis ("(Fenprof)"), a liveblog's time
    stamp ("14:40 — Local broadcaster Canal Sur"), or, before a proper name, the common words that describe it
    ("public broadcaster NHK", "the civic group Free Voice"); a country word stays ("the British Red Cross")."""
    opened = [t.i for t in tokens if t.i > tokens[0].i and (t.text == "(" or t.nbor(-1).text == "(")]
    kept = [t for t in tokens if not opened or t.i < opened[0]]
    # "the mayor's office in Porto", "Ana Reis, in Porto,": where the body is, not its name ("a police
    # spokesman in Lyon" is known by where he is)
    located = {t.i for prep in head.children if role_of(head).kind != "person"
               and prep.dep_ == "prep" and prep.lower_ in LOCATION_PREPS
               and any(o.dep_ == "pobj" and is_place(o) for o in prep.children) for t in prep.subtree}
    kept = [t for t in kept if t.i not in located] or kept
    dashes = [n for n, t in enumerate(kept) if t.is_punct and t.text in "—–:-" and t.i < head.i]
    kept = kept[dashes[-1] + 1:] if dashes else kept
    # "the county's emergency management agency": a common noun's possessive says where, not which
    owners = {part.i for owner in kept if owner.dep_ == "poss" and owner.pos_ == "NOUN" and owner.head == head
              and owner.text[:1].islower() and not _is_title(owner)  # "the mayor's office" keeps its owner
              for part in owner.subtree}
    kept = [t for t in kept if t.i not in owners and not (t.dep_ == "case" and t.head.i in owners)] or kept
    if head.pos_ == "PROPN" and head.text[:1].isupper():
        # up to the last lower-case word before the name: "Local broadcaster Canal Sur", not "the Medical ..."
        lower = [n for n, t in enumerate(kept) if t.i < head.i and t.text[:1].islower()
                 and all(u.text[:1].islower() or u.pos_ != "PROPN" or u.is_sent_start or u.text in country_aliases()
                         or u.dep_ == "case" for u in kept[:n])]
        kept = kept[lower[-1] + 1:] if lower else kept
    return [t for t in kept if not t.like_num or t.i > kept[0].i] or [head]


def _names_the_head(person: Span, head: Token) -> bool:
    """"the Doe administration" is not Doe: the name must be the head or stand in apposition to it."""
    if person.start <= head.i < person.end:
        return True
    return any(t.dep_ == "appos" and t.head == head or t.head.dep_ == "appos" and t.head.head == head
               for t in person)


def _name_hung_on_object(head: Token) -> Token | None:
    """"An engineer for Norsk Kraft, Lars Vik, gave evidence": the parse may hang the person's name on the body the
    person works for; a person noun's name, whatever it is set beside."""
    if head.pos_ != "NOUN" or not (role_of(head).kind == "person" or _is_title(head) or _person_noun(head)):
        return None
    return next((a for p in head.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"
                 for a in o.children if a.dep_ == "appos" and a.ent_type_ == "PERSON" and a.i > o.i), None)


def _name_after_place(head: Token) -> Token | None:
    """"a farmer in Tamale, Kofi Mensah, 52, said": the parse hangs the name on the place (as a conjunct or an
    apposition), but a name set off by commas after "a farmer in Tamale" is the farmer's (no "and": no list)."""
    if head.pos_ != "NOUN":
        return None
    places_after = [o for p in head.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"
                    and is_place(o) and not any(c.dep_ == "cc" for c in o.children)]
    return next((n for place in places_after for n in place.children if n.dep_ in ("conj", "appos")
                 and n.ent_type_ == "PERSON" and n.left_edge.i > 0 and n.doc[n.left_edge.i - 1].text == ","), None)


@lru_cache(maxsize=8192)
def _without_named_illnesses(doc: Doc) -> str:
    """The text without the country words that name an illness or its strain ("the Sudan strain of Ebola",
    "Ebola Sudan", "the Spanish flu"), which speak for no country."""
    from analysis.lexicon import illness_nouns  # imports spaCy: only once articles are parsed

    text = doc.text
    for token in doc:
        if token.text in country_aliases() and token.dep_ in ("compound", "amod", "nmod") \
                and (token.head.lower_ in illness_nouns() or token.head.lemma_.lower() in STRAIN_NOUNS
                     or any(c.dep_ == "compound" and c.lower_ in illness_nouns() for c in token.children)):
            text = text[:token.idx] + " " * len(token.text) + text[token.idx + len(token.text):]
    return text


def _state_organ(name: str) -> bool:
    """A state's own force or office ("Coast Guard", "the army"): never a group speaking for itself (a "Liberation
    Army" is an armed group)."""
    words = name.lower().split()
    return not ARMED_GROUP_WORDS & set(words) and any(noun_roles().get(word, NO_ROLE).kind in ("organ", "state")
                                                      for word in words)


def _based_in(heads: list[Token]) -> str:
    """The country of the place a body is said to be based in ("a group based in Nairobi")."""
    for clause in (c for head in heads for c in head.children if c.dep_ == "acl" and c.lemma_.lower() == "base"):
        for place in (o for p in clause.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"):
            country = country_of(place.text) if place.text in country_aliases() else places().get(place.text, "")
            if country:
                return country
    return ""


def _reports(head: Token) -> bool:
    """The mention is who reports: a reporting verb's subject or agent, or "according to" it."""
    verb = head.head.head if head.dep_ == "pobj" and head.head.dep_ == "agent" else head.head
    if head.dep_ in ("nsubj", "pobj") and verb.lemma_.lower() in reporting_verbs():
        return head.dep_ == "nsubj" or verb != head.head
    return head.dep_ == "pobj" and head.head.lower_ == "to" and head.head.head.lower_ == "according"


def _restricted(head: Token) -> bool:
    """A relative clause with no comma before it says which one: "the man who picked up said" is someone new."""
    return any(c.dep_ == "relcl" and c.left_edge.i > 0 and c.doc[c.left_edge.i - 1].text != ","
               for c in head.children)


def _person_noun(token: Token, plural: bool = False) -> bool:
    """A common noun for a kind of person ("woman", "villager", "survivor"; with `plural`, "protesters"), by the
    lexicon."""
    from analysis.lexicon import people_what  # imports spaCy: only once articles are parsed

    return token.pos_ == "NOUN" and token.tag_ == ("NNS" if plural else "NN") and people_what(token.lower_) is not None


def _name_part(token: Token) -> list[Token]:
    """A modifier with the compound words of its own name: "South Africa" of "South Africa's health ministry"."""
    return [*(c for c in token.lefts if c.dep_ == "compound"), token]


def _stems(text: str) -> frozenset[str]:
    """The first five letters of each word of four letters or more: "defence" and "Defense" share "defen"."""
    return frozenset(word[:5].lower() for word in re.findall(r"[^\W\d_]{4,}", text))


def _strip_det(text: str) -> str:
    return re.sub(r"^(?:the|a|an|both|all)\s+", "", text.strip(), flags=re.IGNORECASE).strip(" ,")


def _joined(tokens: list[Token]) -> str:
    """The tokens' text with the article's spacing, and a space where tokens left out stood ("the Carabineros,
    Chile's police" without its comma is not "CarabinerosChile's")."""
    return "".join(t.text_with_ws if n + 1 == len(tokens) or tokens[n + 1].i == t.i + 1 else f"{t.text} "
                   for n, t in enumerate(tokens))


def _text_of(tokens: list[Token] | Span) -> str:
    """The article's own text from the first to the last token (keeps its spacing and punctuation)."""
    first, last = tokens[0], tokens[-1]
    return _doc_text(first.doc)[first.idx:last.idx + len(last)]


def _doc_text(doc: Doc) -> str:
    """The doc's text, built once: doc.text (and a span's text) joins its tokens' texts at every call."""
    if "claimdesk_text" not in doc.user_data:
        doc.user_data["claimdesk_text"] = doc.text
    return doc.user_data["claimdesk_text"]


def _words(title: str) -> set[str]:
    """The words of a title, lowercase, without possessives: "the hospital's director" -> hospital, director."""
    return set(re.findall(r"[\w-]+", re.sub(r"['’]s\b", "", title.lower())))


def _is_title(token: Token) -> bool:
    return token.lower_.strip(".") in title_words()


@lru_cache(maxsize=1)
def _leading_countries() -> re.Pattern[str]:
    """Country words that open a title ("US", "Ukraine's U.N."): they say whose, not which role."""
    return re.compile(rf"^(?:(?:{_alias_alternation()})(?:['’]s)?\s+)+")


def _title_of(tokens: list[Token], person: Span) -> str:
    """The role written around a name: "US Secretary of State Jane Doe" -> "Secretary of State"."""
    # The parse sometimes leaves the title out of the mention, or the model takes it into the name.
    leading = list(itertools.takewhile(_is_title, person))
    left = list(itertools.takewhile(_is_title, reversed(person.doc[max(0, person.start - 3):person.start])))
    before = [t for t in tokens if t.i < person.start and (t.dep_ != "det" and t.is_alpha or t.text == "-")]
    before = sorted(set(before) | set(left), key=lambda t: t.i) + leading
    title = _text_of(before) if before else ""
    title = _leading_countries().sub("", title)
    if title.lower().strip(".") in HONORIFICS:
        title = ""
    if title:
        return title.strip()
    return _description_after(tokens, person)


def _description_after(tokens: list[Token], person: Span) -> str:
    """What an apposition after a name says the person is: "Jo Rey, the army's spokesman," -> "army's spokesman"."""
    appos = [t for t in tokens if t.i >= person.end and t.dep_ == "appos" and t.is_alpha]
    return _strip_det(_text_of(core_tokens(appos[0]))) if appos else ""


def merge_name_variants(names: list[str]) -> dict[str, str]:
    """Map each spelling of a person's name to the corpus's most frequent spelling.

    Two names are variants when their surnames (and first names, when both have one)
    are near-identical: "Kovalchuk"/"Kovalchuck", "Jon"/"John".
    """
    counts = Counter(names)
    ordered = sorted(counts, key=lambda n: (-counts[n], -len(n), n))
    keys = {name: _name_key(name) for name in ordered}
    by_surname: dict[str, list[str]] = {}
    for name in ordered:
        if len(keys[name]) >= 2:
            by_surname.setdefault(keys[name][-1], []).append(name)
    neighbours = similar_strings(list(by_surname), list(by_surname), SURNAME_RATIO)
    canonical: dict[str, str] = {}
    for name in ordered:
        if name in canonical:
            continue
        canonical[name] = name
        key = keys[name]
        if len(key) < 2:
            continue  # no first name and surname: like nobody else
        # Only names whose surnames are near-identical can match: compare with those, not the whole corpus.
        for surname in neighbours[key[-1]]:
            for other in by_surname[surname]:
                if other not in canonical and _same_person_keys(key, keys[other]):
                    canonical[other] = name
    return canonical


def similar_strings(queries: list[str], choices: list[str], min_ratio: float) -> dict[str, list[str]]:
    """Each query -> the choices whose fuzz.ratio with it is at least `min_ratio`, in the choices' order.

    Not every pair is compared: that grows with the square of the corpus's names. Two strings that
    are alike share a common subsequence that each reaches by deleting only a few characters (a
    quarter of its length at 85), so the candidates are the pairs that share such a deletion
    variant; fuzz.ratio then decides. Strings too long to expand are compared directly with those
    of a length that can match.
    """
    by_variant: dict[str, list[int]] = {}
    long_by_length: dict[int, list[int]] = {}
    all_by_length: dict[int, list[int]] = {}
    for index, choice in enumerate(choices):
        all_by_length.setdefault(len(choice), []).append(index)
        if len(choice) > VARIANT_MAX_LENGTH:
            long_by_length.setdefault(len(choice), []).append(index)
            continue
        for variant in _deletion_variants(choice, min_ratio):
            by_variant.setdefault(variant, []).append(index)
    found: dict[str, list[str]] = {}
    for query in queries:
        lengths = _matching_lengths(len(query), min_ratio)
        if len(query) > VARIANT_MAX_LENGTH:
            candidates = {index for length in lengths for index in all_by_length.get(length, ())}
        else:
            candidates = {index for variant in _deletion_variants(query, min_ratio)
                          for index in by_variant.get(variant, ())}
            candidates.update(index for length in lengths for index in long_by_length.get(length, ()))
        found[query] = [choices[index] for index in sorted(candidates)
                        if fuzz.ratio(query, choices[index]) >= min_ratio]
    return found


def _deletion_variants(text: str, min_ratio: float) -> set[str]:
    """`text` with up to as many characters deleted as a match at `min_ratio` can need (from either side)."""
    share = min_ratio / 100
    # the partner may be shorter, down to share / (2 - share) of the length: at most this many deletions
    deletions = int(len(text) * (2 - 2 * share) / (2 - share) + 1e-9)
    variants = {text}
    for count in range(1, min(deletions, len(text)) + 1):
        variants.update("".join(kept) for kept in itertools.combinations(text, len(text) - count))
    return variants


def _matching_lengths(length: int, min_ratio: float) -> range:
    """The lengths a string can have and still reach `min_ratio` with one of `length`."""
    share = min_ratio / 100
    return range(math.ceil(length * share / (2 - share) - 1e-9), int(length * (2 - share) / share + 1e-9) + 1)


def same_person(a: str, b: str) -> bool:
    return _same_person_keys(_name_key(a), _name_key(b))


def _same_person_keys(ka: list[str], kb: list[str]) -> bool:
    if len(ka) < 2 or len(kb) < 2:
        return False
    return fuzz.ratio(ka[-1], kb[-1]) >= SURNAME_RATIO and fuzz.ratio(ka[0], kb[0]) >= FIRST_NAME_RATIO
