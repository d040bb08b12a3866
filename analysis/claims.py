"""Stated counts of people (troops, officers, casualties ...) and who estimated them.

A figure is a claim when it counts people: it counts a noun that means people
("5,300 troops", "40 paramedics", "2,000 Bolivians"; see analysis/lexicon.py),
or stands alone where the text ties it to a count ("the number has increased
to 6,100", "2,000 more", "up from 6,500"). Vague counts ("tens of thousands of
people") are claims with the range their words allow. Money, years, dates,
ages, ratios, ordinals, scores, list and model numbers, capacities and counts
of things are not claims. A headline figure takes the claimant and date of the
body statement it summarises.
"""

from __future__ import annotations

import csv
import itertools
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources

from spacy.tokens import Doc, Span, Token
from text_to_num import text2num

from analysis.actors import (
    EVENTS,
    GROUP_PRONOUNS,
    PLACE_LEVELS,
    SUBJECT_DEPS,
    Actor,
    Directory,
    _text_of,
    actor_kinds,
    body_name,
    bracketed,
    category_of,
    core_tokens,
    countries_in,
    country_aliases,
    is_place,
    reporting_verbs,
    role_of,
    title_words,
)
from analysis.dates import (
    compared_when,
    dates_statement,
    in_comparison,
    is_future,
    is_resolvable,
    reported_content,
    segment,
)
from analysis.lexicon import closed_people_nouns, illness_nouns, is_health_coverage, noun_what, people_what
from analysis.quotes import Attributor, Quote, second_report
from analysis.reading.stated import credited_outlet

NUMBER_WORDS = (
    "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
    "seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million"
)
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000, "dozen": 12}
SUFFIX_SCALES = {"k": 1_000, "m": 1_000_000, "bn": 1_000_000_000}
SPACES = " \u00a0\u202f"  # a space, no-break space or narrow no-break space between thousands: "12 300"
FIGURE = re.compile(
    rf"""(?ix)
    (?P<number>
        (?<![\w.,])\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?    # 5,300
      | (?<=[a-z])\d{{1,3}}(?:,\d{{3}})+(?![\d.])      # glued to a word by page furniture: "Lyon8,000"
      | (?<![\w.,])\d{{1,3}}(?:[{SPACES}]\d{{3}})+(?![\d,.])  # 12 300
      | (?<![\w.,])\d+(?:\.\d+)?                       # 8000, 1.2
      | (?<![\w.,])(?:half\ a|a\ couple(?:\ of)?|a\ few|a|(?:{NUMBER_WORDS})(?:[\s-]+(?:and[\s-]+)?(?:{NUMBER_WORDS}))*)
    )
    (?P<suffix>(?<=\d)(?-i:k|m|bn)(?![a-zA-Z]))?      # 1.2m, 3k
    (?P<scale>(?:[\s-]+(?:hundred|thousand|million|billion|dozen))*)
    (?!\w)
    """
)
WEEKDAY_NAMES = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
# A month's name or short form, not a word that starts like one ("maybe", "Marines", "declared").
MONTH_NAME = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?"
              r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)")
MONTHS = re.compile(rf"(?i)\b{MONTH_NAME}\.?\s*$")
MONTH_AFTER = re.compile(rf"\s*(?=[A-Z])(?i:{MONTH_NAME})\b\.?")  # "5 May", "12 Sept."
NOT_PEOPLE_AFTER = re.compile(
    r"(?i)^\s*(?:%|percent|per\s?cent|-?years?\b|-(?!(?:strong|member|man|person|woman)\b)[a-z]|st\b|nd\b|rd\b|th\b|"
    r"km|kilomet|mile|miles|meters|metres|dollars|euros|pounds|hours|days|weeks|months|a\.m\.|p\.m\.|am\b|pm\b|:\s*\d)"
)
AGE_BEFORE = re.compile(r"(?i)\b(?:aged|age)\s*$")
AGE_AROUND = re.compile(r"[A-Z][\w’'-]+,\s*$")
RATIO_BEFORE = re.compile(rf"(?i)\b(?:\d{{1,3}}|{NUMBER_WORDS})\s+in\s+$")
RATIO_AFTER = re.compile(rf"(?i)^\s+in\s+(?:\d{{1,3}}|{NUMBER_WORDS})\b(?![\d,])")
PEOPLE_PRONOUNS = {"us", "them", "you", "those", "whom"}
GENERIC_PEOPLE = {"people", "persons", "individuals", "those", "anyone", "someone", "families", "households"}
ELLIPTICAL = {"more", "fewer", "less"}
ANOTHER = {"another", "further", "additional"}  # "another 1,500", "a further 200": more of what was counted
MILITARY_WORDS = {"military", "army", "navy", "armed"}
PLACE_PREPS = {"in", "to", "into", "at", "inside", "near", "toward", "towards", "across"}
HYPOTHETICAL_MARKS = {"if", "whether", "unless"}
HYPOTHETICAL_WORDS = {"suppose", "supposing", "imagine", "hypothetically"}
INVERTED_CONDITIONS = {"should", "were", "had"}  # "Should the dam fail, ...", "Were they to send ..."
POSSIBILITY_MODALS = {"could", "may", "might", "can", "ca"}  # spaCy splits "can't" into "ca" + "n't"
ABILITY_MODALS = {"could", "can", "ca"}
POSSIBILITY_ADVERBS = {"potentially"}  # "a storm potentially affecting 2 million people"
CONDITIONAL_MODALS = {"would", "'d"}
ESCALATING = {"even", "perhaps", "maybe", "possibly"}  # "or even a million"
# Verbs and nouns whose complement is an option not taken: "threatened to fire", "an offer to rehire".
# A proposal is not among them: like a forecast, it states what is meant to happen.
UNREALISED = {"threaten", "threat", "offer", "consider", "contemplate", "mull", "weigh", "option", "scenario",
              "potential", "possibility"}
# Intentions and readiness whose infinitive names an action not yet taken: "plans to send 3,000", "is preparing
# to deploy", "ready to deploy 2,000", "vowed to send". Only their infinitive: "1,300 officers ready to deploy"
# counts officers who are there.
INTENDED = {"plan", "prepare", "prepared", "ready", "willing", "poise", "poised", "intend", "vow", "pledge",
            "promise"}
# Words of apprehension whose "of" names what may happen: "warned of up to 5,000 deaths", "fears of 2,000 more".
THREATENING = {"threaten"}  # a threat to act states an intention, as "vow" does: its subject is the source
APPREHENSION = {"warn", "warning", "fear", "risk", "danger", "prospect", "spectre", "specter"}
# Adjectives that make the counted people a possibility: "up to 10,000 possible deaths".
POSSIBLE = {"possible", "potential"}
SUFFICIENCY = {"enough", "too", "sufficient", "adequate"}  # "Are 3,000 soldiers enough?": a figure judged
COMPARED = {"than", "versus", "vs", "vs."}
# Verbs and adjectives of requirement, the semi-modal "need" among them: "would be needed", "would require".
REQUIRING = {"need", "require", "necessary", "needed", "required"}
SUPPOSED = {"any", "such"}  # determiners of a supposed event: "any attack would", "such an offensive would"
COUNTERFACTUAL_PREPS = {"without", "barring"}  # "without a campaign, 200,000 would remain at risk"
CONDITION_NOUNS = {"event", "case", "scenario"}  # "in the event of a breach, 30,000 would have to leave"
# Nouns of a part taken of a whole: "a small share of an army of 1.2 million" states the whole.
PART_NOUNS = {"fraction", "share", "part", "proportion", "portion", "percentage", "sliver", "majority", "minority",
              "half", "third", "quarter", "tenth"}
DEFINITE = {"the", "these", "those", "its", "their", "his", "her", "our", "my", "your"}
REPORT_NOUNS = {"report", "estimate", "assessment", "statement", "data", "figures", "tally", "count", "survey"}
RANGE_WORDS = re.compile(r"(?i)^\s*(?:to|-|–|—|and)\s*$")  # not "or": "20,000 or 30,000" are two possibilities
# What a source's figure comes in: "by the union's count", "a police estimate", "after a briefing by the agency".
SOURCE_NOUNS = {"report", "estimate", "estimates", "assessment", "statement", "data", "datum", "figures", "figure",
                "tally", "count", "survey", "study", "analysis", "census", "calculation", "calculations", "reckoning",
                "records", "briefing", "account", "numbers"}
SOURCE_PREPS = {"by", "from", "of"}
REPORTED_DEPS = {"ccomp", "xcomp", "parataxis", "advcl", "conj"}  # how a reported clause hangs on its verb
MAX_CLOSING_WORDS = 8  # "..., the International Organization for Migration said on Sunday."
CONTRASTS = {"while", "whereas", "although", "though", "but"}  # "..., while the company put it at 1,900"
STANDING_VERBS = {"be", "have", "number", "count", "house", "hold", "employ", "live"}  # "which had 40,000 people"
ISSUING_VERBS = {"publish", "release", "issue", "post"}  # "published its latest figures"
RELAY_VERBS = {"cite", "quote"}  # "the agency reported, citing the ministry"
PASSING_VERBS = RELAY_VERBS | {"carry", "relay", "broadcast"}  # "officials cited by", "a statement carried by"
# Words that say a source would not be named: "spoke on condition of anonymity", "not authorised to speak".
ANONYMITY = re.compile(r"(?i)\b(?:anonymity|anonymously|unnamed|not authori[sz]ed to|familiar with"
                       r"|declined to be (?:named|identified)|asked not to be (?:named|identified))\b")
IN_A_ROW = re.compile(r"(?i)^\s+in\s+a\s+row\b")
NO_ONE = re.compile(r"(?i)\b(?:no|not)\s*$")
FIGURE_IN_NAME = re.compile(r"(?:^|\s)\d[\d,.]*(?:\s|$)")  # "around 75 to 100 people", not "G20"
# "now number 6,100", "could number 30,000": the verb, not a label's "number 7"
VERB_NUMBER = re.compile(r"(?i)\b(?:now|could|may|might|will|would|to|already|still|which|who|that|they)\s+number\s*$")
NUMBERED = re.compile(r"(?i)(?:\bno\.|#|\bnumber|\bnr\.?|\bpage|\bp\.|\bpp\.|\bchapter|\bsection|\bart\.)\s*$")
MODEL_BEFORE = re.compile(r"[A-Za-z]-$")  # F-35, Su-25
RESULT = re.compile(r"[A-Z][\w.'’]*(?: [A-Z][\w.'’]*)* \d{1,3}, [A-Z][\w.'’]*(?: [A-Z][\w.'’]*)* \d{1,3}\b")
SCORE = re.compile(r"\d[\d,]*(?:\s?[-–]\s?\d[\d,]*)+")  # 6-4, 4-2-1, and ranges 1,000-1,500
# A figure inside a name ("Apollo 10", "Route 66", "Group of 20") is not a count.
NAME_ENTITIES = {"PERSON", "ORG", "GPE", "FAC", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW"}
# Nouns whose number is a count of people when nothing else is named: "the toll rose to 54", "a crowd of 5,000".
PLACE_OR_PEOPLE = {"GPE", "LOC", "NORP", "DATE"}  # "in Lyon 8,000 people", "Bolivians 2,000": not a name's number
GROUP_NOUNS = {"crowd": "other", "contingent": "troops", "force": "troops", "army": "troops",
               "delegation": "other", "workforce": "other", "gathering": "other", "group": "other", "team": "other",
               "crew": "other", "squad": "other", "unit": "troops", "battalion": "troops", "brigade": "troops",
               "regiment": "troops", "division": "troops", "platoon": "troops"}
MEMBER_WORDS = {"member", "man", "person", "woman", "strong"}  # "a 12-member team", "a 40-person delegation"
# Nouns for the extreme of a count: "down from a peak of 104,000", "a record of 5,300" is that count's.
EXTREME_NOUNS = {"peak", "high", "low", "maximum", "minimum", "record", "height"}
# The people nouns a count of attendance is: "a turnout of 750,000".
ATTENDANCE_NOUNS = {"turnout", "attendance", "headcount", "membership", "population", "enrolment", "enrollment",
                    "ridership"}
# Places and sites a description gives a size ("the town, which has 40,000 inhabitants")
SITE_NOUNS = {"country", "nation", "city", "town", "village", "island", "province", "region", "state", "district",
              "capital", "port", "factory", "plant", "mine", "camp", "prison", "school", "university", "hospital"}
RECENT_PARAGRAPHS = 4  # how far back a bare figure looks for the count it goes on with
ESTIMATE_NOUNS = {"figure", "estimate", "toll", "tally", "count"}  # what a source gives out ("gave a toll of 40")
COUNT_NOUNS = {"number", "total", "toll", "tally", "count", "figure", "estimate"} | ATTENDANCE_NOUNS
# Verbs whose bare object is the people who came: "the march drew 500,000".
ATTENDANCE_VERBS = {"draw", "attract", "mobilise", "mobilize"}
# Verbs whose bare object is people: "could evacuate 20,000", "may lay off 800", "would rescue 300"
PEOPLE_OBJECT_VERBS = {"evacuate", "rescue", "fire", "hire", "deport", "expel", "relocate", "resettle", "lay off",
                       "sack", "furlough", "dismiss"}
# Verbs that send forces: their bare object is more of the people counted just before ("It could send 50,000").
DEPLOYING = {"send", "deploy", "dispatch", "mobilise", "mobilize", "station", "field", "muster", "commit"}
# Words that refer back to the people or things counted just before: "five firms join nine others".
ANAPHORIC_NOUNS = {"other", "others"}
# Prepositions that name the whole a bare count is part of: "of the 90 shelters, 60 ...", "among the dead were".
PARTITIVE_PREPS = {"of", "among"}
NOT_SCORERS = {"DATE", "TIME", "GPE", "LOC", "NORP", "EVENT"}  # "10,000 for Russia", "for May": not a tally
MEASURE_ENTITIES = {"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL"}  # "in 24 hours": not things counted
ISSUING_KINDS = {"government", "police", "military", "intelligence", "organisers", "ngo"}  # bodies, not news
RELEASE = re.compile(r"\b(?:PRESS|MEDIA|NEWS) RELEASE\b|\bFOR IMMEDIATE RELEASE\b|^STATEMENT\b", re.MULTILINE)
BYLINE = re.compile(r"By ((?:[A-Z][\w'’-]*\.? ){1,3}[A-Z][\w'’-]+)\s*(?:[,.|—–-]|$)", re.MULTILINE)
DOCUMENT_WORDS = {"report", "bulletin", "update", "dashboard", "release"}  # what publishes figures
DIALLING = {"call", "dial", "phone", "ring", "text"}  # "residents called 911": a number, not a count
BOUND_SLACK = 1.2  # "passes 9,000" rounds a figure at most this much above it ("up to": below)
GAP_QUALIFIERS = {"close", "to", "about", "nearly", "some", "around", "almost", "at", "least", "more", "than", "over",
                  "up", "just", "roughly", "fewer", "under", "only"}  # "Seoul close to 11,000"
STANDFIRST_WORDS = 40  # a line under the headline longer than this is the body's first paragraph
VAGUE_WORDS = {"thousands", "hundreds", "dozens", "scores", "tens", "millions"}
# Verbs a bare vague count ("Thousands gathered") can be the subject of without saying who it counts.
INJURIES = {"injury", "wound", "bleeding", "burn", "fracture", "trauma", "concussion"}  # what a blast or a crash does
IN_CARE_VERBS = {"stay", "lie", "take", "admit", "rush", "treat"}  # "60 remain in hospital", "taken to hospital"
STATE_VERBS = {"be", "have", "remain", "exist", "seem", "appear"}
# Verbs that state what a count comes to: "refugees now number 6,100", "the toll rose to 54".
COUNT_VERBS = {"number", "total", "reach", "rise", "climb", "grow", "increase", "jump", "swell", "top", "exceed",
               "surpass", "hit", "stand", "double", "triple", "fall", "drop", "decline", "decrease", "soar",
               "surge", "approach", "pass"}
# Prepositions that tie a bare figure to the count beside it: "up from 6,500", "to 7,000 from 5,000".
TIE_PREPS = {"from", "to", "than", "with", "at"}
BEYOND = {"above", "past", "beyond", "below"}  # a count verb's mark it passes: "the toll rose past 100"
APPROXIMATING = {"around", "about", "over", "under", "roughly", "nearly", "almost"}  # parsed as prepositions
# Capacity is not presence: "a stadium that seats 60,000", "built for 40", "room for 200 people".
CAPACITY_VERBS = {"seat", "accommodate", "sleep"}
CAPACITY_MODAL_VERBS = {"hold", "fit"}
BUILT_FOR = {"build", "design", "mean", "intend", "make", "plan", "equip"}
CAPACITY_NOUNS = {"capacity", "room", "space", "seating", "seat", "bed"}
MODALS = {"can", "could"}
ARGUMENT_DEPS = ("nsubj", "nsubjpass", "dobj", "pobj", "attr", "npadvmod", "appos", "acomp", "oprd", "ccomp")
COUNTING_DEPS = ("nummod", "quantmod", "compound", "amod", "det")  # det: a figure glued to a word, "Lyon8,000"


@lru_cache(maxsize=1)
def people_verbs() -> dict[str, str]:
    with resources.files("analysis.data").joinpath("people_verbs.csv").open(encoding="utf-8") as handle:
        return {row["lemma"]: row["what"] for row in csv.DictReader(handle)}


@lru_cache(maxsize=1)
def attribution_verbs() -> frozenset[str]:
    """Verbs whose subject is the source of what follows: the reporting verbs and WordNet's verbs of
    communication, cognition and perception (tools/make_attribution_verbs.py)."""
    with resources.files("analysis.data").joinpath("attribution_verbs.csv").open(encoding="utf-8") as handle:
        return frozenset(row["lemma"] for row in csv.DictReader(handle)) | frozenset(reporting_verbs())


@lru_cache(maxsize=1)
def qualifier_phrases() -> list[tuple[str, str]]:
    """(phrase, qualifier), longest phrase first so "an estimated" beats "estimated"."""
    with resources.files("analysis.data").joinpath("qualifiers.csv").open(encoding="utf-8") as handle:
        rows = [(row["phrase"], row["qualifier"]) for row in csv.DictReader(handle)]
    return sorted(rows, key=lambda row: -len(row[0]))


@lru_cache(maxsize=1)
def vague_counts() -> list[tuple[str, int, int]]:
    """(phrase, value, value_high): the range words like "tens of thousands" allow, longest phrase first."""
    with resources.files("analysis.data").joinpath("vague.csv").open(encoding="utf-8") as handle:
        rows = [(row["phrase"], int(row["value"]), int(row["value_high"])) for row in csv.DictReader(handle)]
    return sorted(rows, key=lambda row: -len(row[0]))


@lru_cache(maxsize=1)
def _vague_pattern() -> re.Pattern:
    phrases = "|".join(re.escape(phrase).replace(r"\ ", r"\s+") for phrase, _, _ in vague_counts())
    # "several hundred thousand" is not "several hundred"; "scores" counts only as "scores of".
    return re.compile(rf"(?i)(?<![\w-])(?:{phrases})(?![\w-])(?!\s+(?:thousand|million|billion)\b)")


def vague_figures_in(text: str, start: int, end: int) -> list[tuple[int, int, int, int, str]]:
    """(start, end, value, value_high, phrase) for every vague count ("tens of thousands") in text[start:end]."""
    ranges = {phrase: (low, high) for phrase, low, high in vague_counts()}
    found = []
    for match in _vague_pattern().finditer(text, start, end):
        phrase = re.sub(r"\s+", " ", match.group(0).lower())
        if phrase == "scores" and not re.match(r"\s+of\b", text[match.end():match.end() + 4]):
            continue
        found.append((match.start(), match.end(), *ranges[phrase], match.group(0)))
    return found


@dataclass
class Claim:
    value: int
    value_high: int | None
    qualifier: str
    qualifier_text: str
    figure_text: str
    what: str
    noun: str
    whose: str
    location: str
    claimant: Actor | None
    hypothetical: bool
    start: int
    end: int
    sentence: str
    sentence_start: int
    paragraph: int
    when: tuple[str, str] = ("", "")  # date expression of the statement and where it was found
    via: tuple[Actor, ...] = ()  # who relayed the estimate between its source and the article
    kind: str = ""  # claimant_kind: person, government, ..., outlet, anonymous, background


def parse_figure(number: str, scale: str = "") -> float | None:
    """The value of a figure as written: "5,300" -> 5300, "1.2 million" -> 1200000, "a couple thousand" -> 2000."""
    words = number.lower().replace("-", " ").split()
    if not words:
        return None
    if re.fullmatch(rf"[\d,{SPACES}]+(?:\.\d+)?", number):
        value = float(re.sub(rf"[,{SPACES}]", "", number))
    elif words[:2] == ["a", "couple"]:
        value = 2.0
    elif words[:2] == ["half", "a"]:
        value = 0.5 if scale.strip() else None
        if value is None:
            return None
    elif words[:2] == ["a", "few"]:
        return None
    elif words == ["a"]:
        value = 1.0 if scale.strip() else None
        if value is None:
            return None
    else:
        try:
            value = float(text2num(" ".join(w for w in words if w != "and"), "en"))
        except ValueError:
            return None
    for word in scale.lower().replace("-", " ").split():
        value *= SCALES.get(word) or SUFFIX_SCALES[word]
    return value


def figures_in(text: str, start: int, end: int) -> list[tuple[int, int, float, str]]:
    """(start, end, value, figure text) for every number written in text[start:end]."""
    found = []
    for match in FIGURE.finditer(text, start, end):
        number, scale = match.group("number"), f"{match.group('suffix') or ''} {match.group('scale')}"
        if not any(ch.isdigit() for ch in number) and not re.search(NUMBER_WORDS, number.lower()) \
                and not scale.strip():
            continue
        if number.lower().replace("-", " ").split()[0] in SCALES:
            continue  # "several hundred", "a few thousand": a scale with no number is not a figure
        value = parse_figure(number.strip(), scale)
        if value is None:
            continue
        if number.lower().startswith(("a", "half")) and not scale.strip() and not number.lower().startswith("a couple"):
            continue
        found.append((match.start(), match.end(), value, text[match.start():match.end()]))
    return found


def _token_at(doc: Doc, start: int, end: int) -> Token | None:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    numbers = [t for t in span if t.like_num or t.pos_ == "NUM"]
    return numbers[-1] if numbers else span[-1]


def _is_not_people(text: str, start: int, end: int, value: float) -> bool:
    before = text[max(0, start - 12):start]
    after = text[end:end + 12]
    if re.search(r"[$€£¥]\s*(?:[\d.,]+\s?[-–]\s?)?$", before) or NOT_PEOPLE_AFTER.match(after):
        return True
    if MONTHS.search(before) or MONTH_AFTER.match(after):
        return True
    if re.search(r"\d:$", before):
        return True  # the minutes of a clock time: "11:15 — Police say ..."
    if AGE_BEFORE.search(before) or AGE_AROUND.search(before) and re.match(r"[,.)]", after) and value < 120:
        return True  # "aged 45", "Ana Ruiz, 52,"
    if RATIO_AFTER.match(after) or RATIO_BEFORE.search(before):
        return True  # "one in three"
    figure = text[start:end]
    line_start = text.rfind("\n", 0, start) + 1
    if not text[line_start:start].strip() and re.match(r"[.)](?:\s|$)", after):
        return True  # list numbering: "3. The next point"
    line_end = text.find("\n", end)
    cell_start = text.rfind("|", line_start, start)
    cell_end = text.find("|", end, len(text) if line_end < 0 else line_end)
    if cell_start >= 0 and cell_end >= 0 and cell_end - cell_start < 80:
        return True  # a cell of a table row, not a sentence
    if NUMBERED.search(before) and not VERB_NUMBER.search(before) or MODEL_BEFORE.search(before) \
            or (before.endswith("[") and after.startswith("]")):
        return True  # "No. 3", "F-35", a reference "[12]" (not "refugees now number 6,100")
    if IN_A_ROW.match(after):
        return True  # "won four in a row": a run of events
    if figure.lower() == "one" and NO_ONE.search(before):
        return True  # "no one was hurt"
    if re.search(r"\(\s*$", before) and re.match(r"\s*\)", after) and value < 120 \
            and re.search(r"[A-Z][\w’'-]+\s*\(\s*$", before):
        return True  # "Ana Ruiz (52)"
    if _score(text, start, end) or _result_line(text, start, end):
        return True
    return bool(re.fullmatch(r"1[89]\d\d|20\d\d", figure)) and value == int(figure)


def _score(text: str, start: int, end: int) -> bool:
    """Part of a score or a record ("won 6-4, 7-5", "improved to 4-2-1"): numbers joined by dashes that are
    not a rising range like "1,000-1,500"."""
    for match in SCORE.finditer(text, max(0, start - 24), min(len(text), end + 24)):
        if match.start() <= start and end <= match.end():
            parts = [float(p.replace(",", "")) for p in re.split(r"\s?[-–]\s?", match.group(0)) if p]
            return len(parts) > 2 or (len(parts) == 2 and (parts[1] <= parts[0] or parts[0] == 0))
    return False


def _not_a_count(figure: Token, value: float, written: str) -> bool:
    """A figure in a name ("Apollo 10"), a capacity ("a stadium that seats 60,000"), or one person written as
    a word with no noun of its own ("one of them", "one of the 12 nurses": the 12 is the count)."""
    if figure.ent_type_ in NAME_ENTITIES and figure.like_num:
        return True
    previous = figure.doc[figure.i - 1] if figure.i > 0 else None
    if previous is not None and previous.pos_ == "PROPN" and previous.ent_type_ not in PLACE_OR_PEOPLE \
            and previous.whitespace_ and written[:1].isdigit():
        return True  # "the Apollo 10 crew", "a Boeing 737", "Senators 4, Red Wings 3"
    if _capacity(figure) or _a_few(figure, value):
        return True
    if value == 1 and not written[:1].isdigit():
        return not (figure.dep_ == "nummod" and figure.head.pos_ in ("NOUN", "PROPN")) \
            or any(c.lower_ == "of" for c in figure.children)
    return False


def _a_few(figure: Token, value: float) -> bool:
    """"a friend or two": one or two of a kind, said loosely, not a count."""
    noun = figure.head
    return figure.dep_ == "nummod" and value <= 3 and noun.tag_ == "NN" and noun.i < figure.i \
        and any(c.lower_ == "or" for c in figure.children) and any(c.lower_ in ("a", "an") for c in noun.children)


def _kind_of_people(noun: Token) -> bool:
    """"people with a few thousand followers", "households with five members": the figure says what kind of
    people are meant, it counts no group."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "with" or noun.head.i == 0:
        return False
    before = noun.doc[noun.head.i - 1]
    return before.lower_ in GENERIC_PEOPLE and not any(c.dep_ in ("det", "nummod", "poss") for c in before.children)


def _capacity(figure: Token) -> bool:
    noun = figure.head if figure.dep_ in ("nummod", "quantmod", "compound") else figure
    node = noun.head
    if noun.dep_ == "pobj" and node.lower_ == "for" and node.head.lemma_.lower() in BUILT_FOR | CAPACITY_NOUNS:
        return True  # "built for 40", "room for 200 people"
    if noun.dep_ == "pobj" and node.lower_ == "of" and node.head.lemma_.lower() in CAPACITY_NOUNS:
        return True  # "a capacity of 150"
    if noun.dep_ == "dobj" and node.pos_ == "VERB":
        lemma = node.lemma_.lower()
        modal = any(c.dep_ == "aux" and c.lower_ in MODALS for c in node.children)
        holder = node.head if node.dep_ == "relcl" else next(
            (c for c in node.children if c.dep_ == "nsubj"), None)
        # "a stadium that holds 60,000", "the hall can hold 3,000": a thing holds; "rebels hold 30" do not.
        thing = holder is not None and holder.pos_ == "NOUN" and _personnel(holder) is None
        return lemma in CAPACITY_VERBS or (lemma in CAPACITY_MODAL_VERBS and thing and (modal or node.dep_ == "relcl"))
    return False


def _result_line(text: str, start: int, end: int) -> bool:
    """A result written "Senators 4, Red Wings 3"."""
    return any(m.start() <= start and end <= m.end() for m in RESULT.finditer(
        text, max(0, start - 40), min(len(text), end + 40)))


def _personnel(token: Token) -> tuple[str, str] | None:
    """(what, noun) when the token (or the phrase it ends) names people: a personnel noun, a nationality
    ("2,000 Bolivians") or a pronoun ("400 of us")."""
    lower = token.lower_
    nouns = closed_people_nouns()
    previous = token.doc[token.i - 1].lower_ if token.i > 0 else ""
    if f"{previous} {lower}" in nouns:
        return nouns[f"{previous} {lower}"], f"{previous} {lower}"
    if lower in nouns:
        return nouns[lower], lower
    if token.ent_type_ == "NORP" or token.lower_ in PEOPLE_PRONOUNS:
        return "other", lower
    return noun_what(token)


def _who(noun: Token) -> bool:
    """The noun's relative clause opens with a personal relative pronoun: "operators, who ..."."""
    return any(c.dep_ == "relcl" and any(w.lower_ in ("who", "whom") for w in c.children) for c in noun.children)


def _military(noun: Token) -> bool:
    """"military drivers", "army instructors": people who serve count as troops."""
    return any(t.lower_ in MILITARY_WORDS for t in noun.children if t.dep_ in ("amod", "compound"))


def _specific_rank(noun: Token) -> str:
    """A modifier naming a rank ("officer-level personnel") counts officers, not troops."""
    for token in noun.subtree:
        if token.i < noun.i and token.dep_ not in ("nummod", "det") and token.pos_ == "NOUN":
            what = people_what(token.lower_)
            if what not in (None, "troops", "other"):
                return what
    return ""


def _counted_noun(figure: Token) -> Token | None:
    """The noun a figure counts: "5,300 troops", "5,300 of the soldiers", "5,300 Bolivian troops"."""
    if figure.dep_ in ("quantmod", "nummod", "compound") and figure.head.pos_ == "NUM" and figure.head.i > figure.i:
        return _counted_noun(figure.head)  # "700 to 900 troops"
    if figure.head.lower_ in ELLIPTICAL:
        more = figure.head
        if more.dep_ == "amod" and more.head.pos_ == "NOUN" and more.head.i > more.i:
            return more.head  # "up to 1,000 more soldiers", parsed as (1,000 more) soldiers
        return None  # "2,000 more": more of what was counted before
    if figure.head.lower_ == "strong" and figure.head.head.pos_ == "NOUN":
        return figure.head.head  # "a 10,000-strong contingent"
    if figure.dep_ == "conj" and figure.head.like_num:
        return _counted_noun(figure.head)  # "5,000, 20,000 or 60,000 troops"
    if figure.dep_ in COUNTING_DEPS and figure.head.pos_ in ("NOUN", "PROPN", "ADJ"):
        head = figure.head
        while head.dep_ in ("nummod", "quantmod", "compound") and head.head.pos_ in ("NOUN", "PROPN"):
            head = head.head
        if _personnel(head) is None and figure.sent.start == 0:
            # A headline's noun pile ("1,100 firefighters battle flames"): the people come right after the figure.
            following = _following_people(figure)
            return following or head
        return head
    for child in figure.children:
        objects = [c for c in child.children if c.dep_ == "pobj"] if child.dep_ == "prep" else []
        if child.lower_ == "of" and objects:
            return objects[0]
        if child.lower_ == "to" and objects and any(c.dep_ == "nummod" for c in objects[0].children):
            return objects[0]  # "700 to 900 sailors" parsed as 700 (to 900 sailors)
    if figure.i + 1 < len(figure.doc) and figure.nbor(1).pos_ == "NOUN" and figure.nbor(1).head == figure:
        return figure.nbor(1)
    if figure.i + 2 < len(figure.doc) and figure.nbor(1).is_quote and figure.nbor(1).head == figure:
        # 'could send "tens of thousands" more troops': the noun past the quotation's close, parsed beside it
        following = [t for t in figure.doc[figure.i + 2:figure.i + 4] if t.lower_ not in ELLIPTICAL]
        if following and following[0].pos_ == "NOUN" and following[0].head == figure.head != figure:
            return following[0]
    if figure.i + 1 < len(figure.doc) and figure.nbor(1).lower_ in closed_people_nouns():
        return figure.nbor(1)  # "left 4,000 dead", "4,000 missing": an adjective names the people
    return None


def _following_people(figure: Token) -> Token | None:
    """The people noun among the few words after a figure, within its noun phrase."""
    for token in figure.doc[figure.i + 1:figure.i + 4]:
        if token.pos_ not in ("NOUN", "PROPN", "ADJ") or token.is_punct:
            return None
        if token.pos_ != "ADJ" and _personnel(token) is not None:
            return token
    return None


def _context_people(doc: Doc, token: Token, earlier: list[Claim], before: list[Claim] = ()) -> tuple[str, str] | None:
    """What a figure standing alone counts, when the text ties it to people: "2,000 more" (more of what was
    counted just before), "12 were killed" (a verb that happens to people), "the number of refugees rose to
    6,100" or "the toll rose to 54" (a count verb or count noun as its subject), "a crowd of 5,000", "up from
    6,500" or "to 7,000 from 5,000" (beside a count in the same sentence). A list of unrelated numbers is not
    tied: each figure needs its own tie."""
    if _credited(token):
        return None
    same_sentence = [c for c in earlier if c.sentence_start == token.sent.start_char]
    whole = _partitive(token) or _described(token) or _complement(token)
    if whole is not None:
        return whole  # "Of the dead, 9 were teenagers", "90 listed as missing", "another 90 remained missing"
    another = any(t.lower_ in ANOTHER for t in doc[max(token.sent.start, token.i - 2):token.i])
    if another or token.head.lower_ in ELLIPTICAL or (token.i + 1 < len(doc) and doc[token.i + 1].lower_ in ELLIPTICAL):
        before = [t for t in token.sent if t.i < token.i and _personnel(t) and not _speaks(t)]
        if before:
            return _personnel(before[-1])
        return (earlier[-1].what, earlier[-1].noun) if earlier else None
    by_verb = _verb_people(token)
    if by_verb is not None:
        return by_verb
    if _reported_alone(token) and earlier:
        return earlier[-1].what, earlier[-1].noun  # "The organisers now say 60,000": a new figure for that count
    if token.dep_ in ("nsubj", "nsubjpass") and token.head.lower_ in closed_people_nouns():
        return closed_people_nouns()[token.head.lower_], token.head.lower_  # "with 40 still missing"
    value = round(parse_figure(token.text) or -1)
    if earlier and value >= 10 and _present_at(token) and not _counted_things_before(token):
        return earlier[-1].what, earlier[-1].noun  # "About 3,000 are already at the front", "we had 4,800 there"
    against = token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "against" and not _counted_things_before(token)
    if same_sentence and (_elided(token, same_sentence[-1]) or against):  # "3,900 voted for the deal and 410 against"
        return same_sentence[-1].what, same_sentence[-1].noun  # "on Monday, 4,200 people; on Tuesday, 5,100"
    if token.dep_ in ("conj", "appos"):
        listed = [c for c in earlier if c.start == token.head.idx or (
            c.sentence_start == token.sent.start_char and _personnel(token.head) and c.end <= token.head.idx
            and token.head.idx - c.end < 40)]
        if listed:
            return listed[-1].what, listed[-1].noun  # "3,000, 10,000 or even 100,000", "5,000 people, or even 10,000"
    leading = [t.lower_ for t in doc[max(token.sent.start, token.i - 3):token.i]]
    if "or" in leading and same_sentence:
        return same_sentence[-1].what, same_sentence[-1].noun  # "60,000 people ..., or even a million"
    definite = any(c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in token.children)
    # Only a large figure is a telling repeat: "the two" is a pair of people, not the count of two before.
    same_value = [c for c in (before if definite else earlier) if c.value == value] if value >= 10 else []
    if same_value and token.dep_ in ARGUMENT_DEPS:
        return same_value[-1].what, same_value[-1].noun  # "8,000 soldiers ... of the 8,000 in the region"
    previous_start = doc[token.sent.start - 1].sent.start_char if token.sent.start > 0 else token.sent.start_char
    close = [c for c in earlier if c.sentence_start >= previous_start]
    if token.dep_ in ("nsubj", "nsubjpass") and close and value >= 10 and not _counted_things_before(token):
        return close[-1].what, close[-1].noun  # "3,000 live below the dam ... as many as 60,000 would have to leave"
    if close and value >= 10 and _same_act(token, close[-1]):
        return close[-1].what, close[-1].noun  # "It has sent 10,000 soldiers. It could send as many as 100,000."
    if earlier and value >= 10 and _deployed(token) and not _counted_things_before(token):
        # "The navy has 4,000 sailors there. It may dispatch 1,500 ..." (a paragraph of page furniture between)
        return earlier[-1].what, earlier[-1].noun
    anchor, tied = token.head, False
    if token.dep_ == "pobj" and anchor.lower_ in TIE_PREPS | {"of"}:
        if anchor.lower_ == "of" and anchor.head.lemma_.lower() in GROUP_NOUNS:
            return GROUP_NOUNS[anchor.head.lemma_.lower()], anchor.head.lower_  # "a crowd of 5,000"
        if anchor.lower_ == "of" and anchor.head.lemma_.lower() in ATTENDANCE_NOUNS:
            return "other", anchor.head.lower_  # "a turnout of 750,000"
        if anchor.lower_ == "of" and anchor.head.lemma_.lower() in EXTREME_NOUNS and same_sentence:
            return same_sentence[-1].what, same_sentence[-1].noun  # "61,000 remain, down from a peak of 104,000"
        if anchor.lower_ == "of" and anchor.head.lemma_.lower() in COUNT_NOUNS and earlier:
            return earlier[-1].what, earlier[-1].noun  # "a police count of 47,500" after the crowd was counted
        if anchor.lower_ == "at" and anchor.head.pos_ == "NOUN" and _personnel(anchor.head) is not None:
            return _personnel(anchor.head)  # "estimated casualties at 1,200"
        gathering = [c for c in anchor.head.children if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in EVENTS]
        if anchor.lower_ == "at" and anchor.head.pos_ == "VERB" and gathering:
            return "other", gathering[0].lower_  # "police estimated the march at 18,000": the people who marched
        tied, anchor = anchor.lower_ in TIE_PREPS, anchor.head
        if anchor.pos_ == "ADV" or anchor.lower_ in ("compared", "against") or anchor.dep_ == "acomp":
            anchor = anchor.head  # "up from 6,500", "compared with 5,000", "the figure was closer to 2,800"
    elif token.dep_ == "pobj" and anchor.lower_ in BEYOND | APPROXIMATING:
        anchor = anchor.head  # "the toll may rise above 100", "the force numbers around 10,000"
    elif token.dep_ == "pobj" and anchor.lower_ == "as" and anchor.head.dep_ == "acomp":
        anchor = anchor.head.head  # "the toll could be as high as 500"
    elif token.dep_ not in ARGUMENT_DEPS:
        return None
    counted = _count_subject(anchor, earlier)
    if counted is not None:
        return counted
    if tied and close and value >= 10 and any(c.dep_ == "nsubj" and c.lower_ in ("that", "this", "it")
                                              for c in anchor.children):
        return close[-1].what, close[-1].noun  # "... 5,600 arrivals in May. That is up from 3,900 in April."
    if same_sentence and (tied or token.dep_ in ("dobj", "attr", "ccomp", "appos")):
        last = same_sentence[-1]
        if token.dep_ == "dobj" and not tied and not _same_act(token, last):
            # "killed 19 people and left 60,000 without power": the people, not what befell the first ones
            return people_what(last.noun) or last.what, last.noun
        return last.what, last.noun  # "... 6,000 people, up from 6,500"
    return None


def _vague_anchor(figure: Token) -> Token:
    """The word of a vague count that the parse hangs on the clause: "tens" of "Tens of thousands marched" when
    parsed as tens (of thousands), "hundreds" when "of thousands" is its apposition."""
    if figure.dep_ in ("pobj", "appos") and figure.head.lower_ in VAGUE_WORDS:
        return figure.head
    if figure.dep_ == "pobj" and figure.head.lower_ == "of" and figure.head.head.lower_ in VAGUE_WORDS:
        return figure.head.head
    return figure


def _vague_people(figure: Token) -> bool:
    """A vague count standing alone that the sentence says is people: somewhere ("Tens of thousands were in the
    streets", "Thousands are without water"), drawn ("the march drew tens of thousands"), "in their thousands",
    or said to be "who"."""
    if figure.dep_ == "pobj" and figure.head.lower_ == "in" and (
            figure.head.head.lemma_.lower() in set(GROUP_NOUNS) | ATTENDANCE_NOUNS
            or _count_subject(figure.head.head, []) is not None):
        return True  # "crowds numbering in the tens of thousands", "a crowd in the tens of thousands"
    if figure.dep_ == "dobj" and any(c.dep_ in ("prep", "dative") and c.lower_ in ("to", "into", "onto")
                                     for c in [*figure.head.children, *figure.children]):
        return not _counted_things_before(figure)  # "brought tens of thousands onto the streets"
    if figure.dep_ == "pobj" and any((figure.head.lower_, c.lower_) in (("in", "their"), ("by", "the"))
                                     for c in figure.children):
        return True  # "turned out in their thousands", "arrived by the thousands"; not "damage in the millions"
    if _who(figure):
        return True
    return (_attendance(figure) or _present_at(figure)) and not _counted_things_before(figure)


def _present_at(figure: Token) -> bool:
    """A bare figure that is somewhere: the subject of a verb of being ("3,000 are at the front", "400 remain in
    hospital") or the object of "have" ("we had 4,800 on the picket lines"), with a place."""
    verb = figure.head
    if verb.lemma_.lower() not in STATE_VERBS or figure.dep_ not in ("nsubj", "nsubjpass", "dobj"):
        return False
    if (figure.dep_ == "dobj") != (verb.lemma_.lower() == "have"):
        return False
    holders = [c for c in verb.children if c.dep_ == "nsubj"]
    if figure.dep_ == "dobj" and not any(c.lower_ in GROUP_PRONOUNS | {"we", "i"} or c.lemma_.lower() in GROUP_NOUNS
                                         or _personnel(c) is not None for c in holders):
        return False  # "the army has 3,000 at the front"; "the camp has 400 in storage" are things
    preps = [c for t in (verb, figure) for c in t.children if c.dep_ == "prep"
             and c.lower_ in PLACE_PREPS | {"on", "without"}]
    return any(o.pos_ in ("NOUN", "PROPN") and o.ent_type_ not in MEASURE_ENTITIES
               for p in preps for o in p.children if o.dep_ == "pobj")


def _elided(figure: Token, claim: Claim) -> bool:
    """A figure whose clause repeats the one of the count before it, with the verb left out: list items after a
    semicolon ("on Monday, 4,200 people crossed; on Tuesday, 5,100"), or a gap before a stranded preposition
    ("3,900 members voted for the strike and 410 against")."""
    doc = figure.doc
    between = doc.char_span(claim.end, figure.idx, alignment_mode="expand")
    if between is None or not len(between):
        return False
    semicolons = [t.i for t in between if t.text == ";"]
    if semicolons and not any(t.pos_ in ("VERB", "AUX") for t in doc[semicolons[-1]:figure.i]):
        return True
    if figure.dep_ == "conj" and figure.head.pos_ in ("VERB", "AUX") and between.start - 1 in {
            t.i for t in figure.head.subtree}:
        return True  # "detained 45 people on Saturday and 30 on Sunday", parsed as a figure joined to the verb
    following = doc[figure.i + 1] if figure.i + 1 < figure.sent.end else None
    return between[-1].lower_ in ("and", "but", "while") and following is not None and following.pos_ == "ADP" \
        and not any(True for _ in following.children)


def _partitive(phrase: Token) -> tuple[str, str] | None:
    """The people a subject is part of, named before it: "Of the dead, 9 were teenagers", "Among the wounded
    were 40 children", "Of those, 12 remain in hospital"."""
    if phrase.dep_ not in ("nsubj", "nsubjpass", "attr"):
        return None
    # "Two firefighters were among the 11 dead": "among" may follow; "of" only opens the clause
    for prep in (c for c in phrase.head.children if c.dep_ == "prep" and (c.lower_ == "among" or c.lower_ == "of"
                                                                         and c.i < phrase.i)):
        for whole in (c for c in prep.children if c.dep_ == "pobj"):
            if whole.lower_ in ("whom", "which") and phrase.head.dep_ == "relcl":
                whole = phrase.head.head  # "1,500 troops, of whom about 500 were ...": the troops
            people = _personnel(whole) if not whole.like_num else _described(whole)
            if people is not None:
                return _what_by_verb(whole) or people[0], people[1]  # "among the 40 people killed"
    return None


def _complement(figure: Token) -> tuple[str, str] | None:
    """A bare subject whose verb's complement says what they are ("another 90 remained missing", "60 are still
    trapped"), or a bare complement of people ("we were about 2,300")."""
    nouns = closed_people_nouns()
    if figure.dep_ == "attr" and figure.head.lemma_.lower() == "be" and any(
            c.dep_ == "nsubj" and c.lower_ in ("we", "they") for c in figure.head.children):
        return "other", figure.lower_
    if figure.dep_ not in ("nsubj", "nsubjpass"):
        return None
    said = [c for c in [figure.head, *figure.head.children] if c.lower_ in nouns and (
        c.dep_ in ("acomp", "oprd", "attr") or c == figure.head and figure.dep_ == "nsubjpass")]
    return (nouns[said[0].lower_], said[0].lower_) if said else None


def _described(figure: Token) -> tuple[str, str] | None:
    """A bare figure described by what befell them: "the 12 killed", "90 listed as missing", "40 still missing"."""
    verbs, nouns = people_verbs(), closed_people_nouns()
    for clause in (c for c in figure.children if c.dep_ in ("acl", "amod")):
        if clause.lemma_.lower() in verbs:
            return verbs[clause.lemma_.lower()], figure.lower_
        said = [t for t in clause.subtree if t.lower_ in nouns and t.dep_ in ("pcomp", "pobj", "acomp", "oprd")]
        if said:
            return nouns[said[0].lower_], said[0].lower_
    return None


def _reported_alone(figure: Token) -> bool:
    """A bare figure that is what someone says or counts ("the police now say 45,000", "the firm counted
    fewer than 35,000"): in coverage of a count, a new estimate of the count the article is giving."""
    verb = figure.head
    if figure.dep_ == "pobj" and verb.lower_ in ("of", "about", "to", "between"):
        figure, verb = verb, verb.head  # "it spoke of about 4,500"
        if verb.pos_ in ("ADJ", "ADV") and figure.lower_ == "to":
            figure, verb = verb, verb.head  # "it counts closer to 12,000", "it says up to 5,000"
        elif figure.lower_ == "to":
            return False
    elif figure.dep_ == "attr" and "." not in figure.text and verb.lemma_.lower() == "be" and verb.dep_ == "ccomp" \
            and any(c.dep_ == "nsubj" and c.lower_ in ("it", "that") for c in verb.children):
        figure, verb = verb, verb.head  # "the agency told reporters it was about 4,000"
    elif figure.dep_ not in ("dobj", "npadvmod"):
        return False
    # (whom it was told is no object of its own: "told reporters it was 4,000"; "called 911" is a phone number)
    return verb.pos_ == "VERB" and verb.lemma_.lower() in reporting_verbs() and verb.lemma_.lower() not in DIALLING \
        and not any(c.dep_ in ("dobj", "ccomp") and c != figure and not (c.dep_ == "dobj" and _personnel(c))
                    for c in verb.children)


def _same_act(figure: Token, earlier: Claim) -> bool:
    """The bare figure is the object of the verb that took the earlier count: "sent 10,000 soldiers ... could
    send 100,000"."""
    object_of = figure.head if figure.dep_ == "dobj" else None
    if figure.dep_ == "pobj" and figure.head.lower_ == "as" and figure.head.head.dep_ == "dobj":
        object_of = figure.head.head.head  # "send as many as 900", parsed as (as many) (as 900)
    span = figure.doc.char_span(earlier.start, earlier.end, alignment_mode="expand")
    if span is None or object_of is None or object_of.pos_ != "VERB":
        return False
    verb = next((a for a in span[-1].ancestors if a.pos_ == "VERB"), None)
    return verb is not None and verb.lemma_.lower() == object_of.lemma_.lower()


def _glossed(figure: Token) -> tuple[str, str] | None:
    """A fact box's line that opens with the figure and a dash says what it counts after the dash: "12 300 —
    all medical staff in the province"."""
    line_start = figure.doc.text.rfind("\n", 0, figure.idx) + 1
    opening = figure.doc.text[line_start:figure.idx]
    if len(opening.split()) > 3:  # "between 45 and 50 thousand — ..." at most
        return _labelled(figure, opening)
    after = [t for t in figure.doc[figure.i + 1:figure.i + 4] if not t.like_num and t.lower_ not in SCALES]
    if not after or after[0].text not in ("—", "–", "-", "--", ":"):
        return _labelled(figure, opening)
    for token in figure.doc[after[0].i + 1:min(after[0].i + 13, len(figure.doc))]:
        if token.text == "\n" or token.is_sent_start:
            break
        people = _personnel(token)
        if people is not None and token.pos_ == "NOUN":
            return people
    return None


def _labelled(figure: Token, opening: str) -> tuple[str, str] | None:
    """A fact box's line that gives a label and then the figure says what it counts in the label ("Deaths: 2"),
    or in the heading over the list ("Cases by district:", then "North — 512")."""
    if not re.fullmatch(r"[^\W\d][^:—–\n]{0,40}[:—–]\s*(?:[a-z]+\s+){0,3}", opening):  # ": about 3,000"
        return None
    doc = figure.doc
    label = [t for t in doc[figure.i - len(opening.split()) - 2:figure.i] if t.idx >= figure.idx - len(opening)]
    people = next((p for t in label if t.pos_ == "NOUN" and (p := _personnel(t)) is not None), None)
    if people is not None:
        return people
    # the line above, when it ends in a colon and every line since is a label and a figure
    lines = doc.text[:figure.idx - len(opening)].rstrip("\n").split("\n")
    while lines and re.fullmatch(r"[^\W\d][^:—–]{0,40}[:—–]\s*[\d,. ]+", lines[-1].strip()):
        lines.pop()
    heading = lines[-1].strip() if lines else ""
    if not heading.endswith(":") or len(heading.split()) > 6:
        return None
    start = doc.text.rfind(heading, 0, figure.idx)
    span = doc.char_span(start, start + len(heading), alignment_mode="expand")
    return next((p for t in span or () if t.pos_ == "NOUN" and (p := _personnel(t)) is not None), None)


def _deployed(figure: Token) -> bool:
    """The bare figure is the object of a verb that sends forces ("could send as many as 50,000", "may dispatch
    1,500"): more of the people counted just before."""
    verb = figure.head if figure.dep_ == "dobj" else None
    if figure.dep_ == "pobj" and figure.head.lower_ == "as" and figure.head.head.dep_ == "dobj":
        verb = figure.head.head.head  # "send as many as 900", parsed as (as many) (as 900)
    return verb is not None and verb.pos_ == "VERB" and verb.lemma_.lower() in DEPLOYING


def _credited(figure: Token) -> bool:
    """A tally credited to someone ("two players (3 for Lee, 2 for Park)"): it counts what they did, not them."""
    following = figure.doc[figure.i + 1:figure.i + 3]
    return len(following) == 2 and following[0].lower_ == "for" and following[1].pos_ == "PROPN" \
        and following[1].ent_type_ not in NOT_SCORERS and following[0].head.i in (figure.i, figure.head.i)


def _attendance(figure: Token) -> bool:
    """"The march drew 500,000": the bare object of a verb of attendance is the people who came."""
    return figure.dep_ == "dobj" and figure.head.lemma_.lower() in ATTENDANCE_VERBS


def _particle_subject(figure: Token) -> bool:
    """"if only 5,000 show up", parsed as a figure modifying "show": what takes a particle is a verb, and a bare
    figure before it is who does it."""
    head = figure.head
    return figure.dep_ == "nummod" and head.i > figure.i and head.pos_ in ("NOUN", "VERB") \
        and any(c.dep_ == "prt" for c in head.children) and not _counted_things_before(figure)


def _people_subject(figure: Token) -> bool:
    """A bare count as the subject of an event ("Thousands gathered", "Hundreds were evacuated", "At least
    10,000 took part") counts people, unless the text just counted things ("thousands of homes ...,
    hundreds were ...", "of the 500 homes, 300 were destroyed")."""
    verb = _obliged(_modal_subject(figure) or figure.head)
    if figure.dep_ not in ("nsubj", "nsubjpass") and _modal_subject(figure) is None or verb.pos_ != "VERB" \
            or verb.lemma_.lower() in STATE_VERBS:
        return False
    if any(c.dep_ == "prep" and c.lower_ == "of" and not any(o.lower_ in VAGUE_WORDS for o in c.children)
           for c in figure.children):
        return False  # "thousands of homes were ...", but "tens of thousands marched"
    return not _counted_things_before(figure)


def _modal_subject(figure: Token) -> Token | None:
    """The verb a bare figure is the subject of when the parse hangs it elsewhere: a modal of possibility right
    after the figure opens its clause ("the union fears up to 2,000 could follow", "up to 100,000 might flee",
    parsed as the object of "fears" or a number of "flee"). None when the figure is a subject, or the verb has
    its own. A "would" or "will" there may be a reported future, and is left to the parse."""
    if figure.dep_ in ("nsubj", "nsubjpass") or figure.i + 1 >= len(figure.doc):
        return None
    modal = figure.nbor(1)
    verb = modal.head
    if modal.lower_ not in POSSIBILITY_MODALS or modal.dep_ != "aux" or verb.i <= modal.i \
            or verb.pos_ not in ("VERB", "AUX"):
        return None
    return None if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children) else verb


def _obliged(verb: Token) -> Token:
    """The verb a semi-modal "have to" governs ("50,000 would have to leave": leave), else the verb itself."""
    if verb.lemma_.lower() != "have":
        return verb
    return next((c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"
                 and any(a.tag_ == "TO" and a.i < c.i for a in c.children)), verb)


def _counted_things_before(figure: Token) -> bool:
    """The nearest count before this figure, in its sentence or the one before, is of things: "of the 90
    shelters, 60 were full", "thousands of homes were flooded and hundreds were ...". Things that only set a
    scene ("380 people across three shifts, and 140 were underground") are no antecedent."""
    start = figure.doc[figure.sent.start - 1].sent.start if figure.sent.start > 0 else figure.sent.start
    for word in reversed(figure.doc[start:figure.i]):
        if word.lower_ in VAGUE_WORDS:
            counted = [o for p in word.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
            if counted:
                return _personnel(counted[0]) is None
        if word.pos_ == "NOUN" and any(c.dep_ == "nummod" for c in word.children) \
                and word.ent_type_ not in MEASURE_ENTITIES:
            if _personnel(word) is not None:
                return False
            if not (word.dep_ == "pobj" and word.head.lower_ not in PARTITIVE_PREPS):
                return True
    return False


def _in_group(figure: Token) -> tuple[str, str] | None:
    """"A crowd of several thousand", "a turnout of tens of thousands": the group says who is counted."""
    if figure.dep_ != "pobj" or figure.head.lower_ != "of":
        return None
    group = figure.head.head.lemma_.lower()
    if group in GROUP_NOUNS:
        return GROUP_NOUNS[group], figure.head.head.lower_
    return ("other", figure.head.head.lower_) if group in ATTENDANCE_NOUNS else None


def _antecedent_names_things(noun: Token) -> bool:
    """"The five firms join nine others": "others" counts what the nearest counted noun before it counts."""
    if noun.lower_ not in ANAPHORIC_NOUNS:
        return False
    start = noun.doc[noun.sent.start - 1].sent.start if noun.sent.start > 0 else noun.sent.start
    for word in reversed(noun.doc[start:noun.i]):
        if word.pos_ in ("NOUN", "PROPN") and word.lower_ not in ANAPHORIC_NOUNS \
                and any(c.dep_ == "nummod" for c in word.children):
            return _personnel(word) is None
    return False


def _verb_people(token: Token) -> tuple[str, str] | None:
    """"12 were killed", "the attack killed 30", "dozens died": a verb that happens to people counts them."""
    verbs = people_verbs()
    if token.dep_ in ("nsubj", "nsubjpass", "dobj") and token.head.lemma_.lower() in verbs \
            and token.head.pos_ == "VERB":
        return verbs[token.head.lemma_.lower()], token.lower_
    misparsed = _modal_subject(token)  # "fear that up to 5,000 could die", misparsed
    if misparsed is not None and misparsed.lemma_.lower() in verbs:
        return verbs[misparsed.lemma_.lower()], token.lower_
    verb = token.head
    if token.dep_ == "nsubj" and verb.lower_ in INVERTED_CONDITIONS and token.i > 0 and token.nbor(-1) == verb.head \
            and verb.head.lemma_.lower() in verbs:  # "would have killed hundreds had the dykes not held", misparsed
        return verbs[verb.head.lemma_.lower()], token.lower_
    phrasal = " ".join([verb.lemma_.lower(), *(c.lower_ for c in verb.children if c.dep_ == "prt")])
    if token.dep_ == "dobj" and verb.pos_ == "VERB" and phrasal in PEOPLE_OBJECT_VERBS:
        return "other", token.lower_
    return None


def _count_subject(verb: Token, earlier: list[Claim]) -> tuple[str, str] | None:
    """What the subject of a count verb counts: "refugees now number 6,100", "the number of refugees rose to",
    "the toll rose to 54", "the number has increased to" (what the article counted just before)."""
    if verb.pos_ not in ("VERB", "AUX") and not (verb.lemma_.lower() in COUNT_VERBS and any(
            c.dep_ == "nsubj" for c in verb.children)):
        return None  # "the force numbers around 10,000", with "numbers" tagged a noun
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects and verb.dep_ == "xcomp":
        subjects = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]  # "is expected to reach"
    # "put the figure at 150,000", "estimated the crowd at 5,000": the object says what is counted.
    subjects += [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in COUNT_NOUNS | set(GROUP_NOUNS)]
    estimating = reporting_verbs().get(verb.lemma_.lower()) == "estimate"
    peak = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in EXTREME_NOUNS]
    if estimating and peak and earlier:
        return earlier[-1].what, earlier[-1].noun  # "estimated the peak at 31,000": the peak of the count before
    for counted in (c for c in verb.children if c.dep_ == "dobj" and estimating and not c.like_num):
        if _personnel(counted) is not None:
            return _personnel(counted)  # "put the front-line troops at 700,000", "estimated the dead at 300"
    if verb.dep_ in ("acl", "relcl"):
        subjects.append(verb.head)  # "the number of troops exceeding 4,000"
    for subject in subjects:
        lemma = subject.lemma_.lower()
        if lemma in GROUP_NOUNS:
            return GROUP_NOUNS[lemma], subject.lower_  # "the crowd was estimated at 40,000"
        if lemma in COUNT_NOUNS:
            counted = [o for p in subject.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
            people = _personnel(counted[0]) if counted else _personnel(subject)
            if people is not None:  # "the number of people killed rose to 42"
                return (_what_by_verb(counted[0]) or _what_by_verb(subject) or people[0], people[1]) if counted \
                    else people
            if lemma == "toll" and not counted:
                return "killed", subject.lower_  # "the toll rose to 87": a toll, unqualified, is of the dead
            if earlier and (not counted or _an_occasion(counted[0])):
                return earlier[-1].what, earlier[-1].noun  # "raised its estimate of the march to 26,000"
            if lemma in ATTENDANCE_NOUNS:
                return "other", lemma
        elif (verb.lemma_.lower() in COUNT_VERBS - {"be"} or estimating and subject == verb.head) \
                and _personnel(subject) and not subject.like_num:
            return _personnel(subject)  # "refugees now number 6,100", "demonstrators, estimated at 8,000"
        elif verb.lemma_.lower() in COUNT_VERBS - {"be"} and earlier and subject.pos_ == "NOUN" \
                and _an_occasion(subject) and not any(c.dep_ == "prep" for c in subject.children):
            return earlier[-1].what, earlier[-1].noun  # "the deployment could exceed 12,000", "the strike reached 900"
    return None


def _an_occasion(noun: Token) -> bool:
    """"the estimate of the march", "the count of Saturday's rally": a count of one named occasion (a
    singular noun, no figure of its own) is a count of the people at it, not of things."""
    return noun.tag_ in ("NN", "NNP") and not any(c.like_num for c in noun.children) \
        and noun.ent_type_ not in MEASURE_ENTITIES


def _speaks(noun: Token) -> bool:
    """"the general said": the people who speak are not the people counted."""
    return noun.dep_ in SUBJECT_DEPS and noun.head.lemma_.lower() in reporting_verbs()


def _what_by_verb(noun: Token) -> str:
    """What a verb says happened to the counted people: "killed 47 militants", "soldiers killed in action",
    "killed or wounded" (casualties), "remained in captivity"."""
    verbs = people_verbs()
    if noun.dep_ != "conj" and noun.i > 0 and noun.nbor(-1).like_num \
            and {"killed", "wounded"} <= {verbs.get(v.lemma_.lower()) for v in [noun, *noun.conjuncts]}:
        return "casualties"  # "estimated at 3,000 killed and wounded", not "nine killed and 21 wounded"
    for child in noun.children:
        if child.dep_ in ("acl", "amod") and child.lemma_.lower() in verbs:
            befell = {verbs.get(v.lemma_.lower()) for v in [child, *child.conjuncts]}
            # "3,000 killed and wounded" are casualties
            return "casualties" if {"killed", "wounded"} <= befell else verbs[child.lemma_.lower()]
    while noun.dep_ == "conj" and noun.head.pos_ in ("NOUN", "PROPN", "PRON", "NUM"):
        noun = noun.head  # "killed a teacher and two pupils": the pupils share the teacher's verb
    governing = noun.head
    if governing.lemma_.lower() == "lose" and noun.dep_ == "nsubj" and any(
            c.dep_ == "dobj" and c.lemma_.lower() == "life" for c in governing.children):
        return "killed"  # "40 miners lost their lives"
    lead = governing.head if noun.dep_ == "pobj" and governing.lower_ == "of" else None
    lead = lead.head if lead is not None and lead.lower_ == "excess" and lead.head.lower_ == "in" else lead
    if lead is not None and lead.dep_ in ("advmod", "prep") and lead.head.pos_ == "VERB" \
            and any(w.lower_ in ("upward", "upwards", "excess") for w in lead.subtree):
        governing = lead.head  # "detained upward of 300 demonstrators": the qualifier hangs on the verb
        acted_on = True
    else:
        acted_on = noun.dep_ in ("nsubjpass", "dobj") or (
            noun.dep_ == "nsubj" and not any(c.dep_ == "dobj" for c in governing.children))
    if not acted_on:
        return ""
    # "killed or wounded" is one count of casualties; "nine killed and 21 wounded" are two counts.
    # A number of time or measure ("wounded in six weeks of fighting") is no count of the conjunct's own.
    shared = [v for v in governing.conjuncts if not any(
        (c.like_num or c.pos_ == "NUM") and c.ent_type_ not in MEASURE_ENTITIES for c in v.subtree)]
    found = [verbs[v.lemma_.lower()] for v in [governing, *shared] if v.lemma_.lower() in verbs]
    # "were taken prisoner", "were found dead": the verb's complement names what befell them
    if governing.lemma_.lower() in reporting_verbs() or governing.lemma_.lower() in ("fear", "presume"):
        # "are believed to have been killed", "are feared to have died"
        found += [verbs[x.lemma_.lower()] for x in governing.children
                  if x.dep_ == "xcomp" and x.lemma_.lower() in verbs]
    found += [people_what(c.lower_) for c in governing.children if c.dep_ in ("oprd", "acomp")
              and people_what(c.lower_) not in (None, "troops", "other")]
    found += [verbs[o.lemma_.lower()] for prep in governing.children if prep.dep_ == "prep"
              for o in prep.children if o.dep_ == "pobj" and o.lemma_.lower() in verbs]
    if _in_hospital(governing) and not _names_a_sickness(noun.doc):
        found.append("wounded")  # "60 remain in hospital" after a blast; in an outbreak they are the sick
    if {"killed", "wounded"} <= set(found):
        return "casualties"
    return found[0] if found else ""


def _names_a_sickness(doc: Doc) -> bool:
    """The article names an illness that is no injury ("cholera", "heatstroke"): its patients are the sick."""
    if "claimdesk_sickness" not in doc.user_data:
        illnesses = illness_nouns()
        doc.user_data["claimdesk_sickness"] = is_health_coverage(doc) and any(
            t.pos_ in ("NOUN", "PROPN") and t.lemma_.lower() not in INJURIES
            and (t.lower_ in illnesses or t.lemma_.lower() in illnesses) for t in doc)
    return doc.user_data["claimdesk_sickness"]


def _in_hospital(verb: Token) -> bool:
    """"were hospitalised", "remain in hospital", "were taken to hospital"."""
    lemma = verb.lemma_.lower()
    return lemma in ("hospitalise", "hospitalize") or lemma in STATE_VERBS | IN_CARE_VERBS and any(
        p.lower_ in ("in", "to") and any(o.lemma_.lower() == "hospital" for o in p.children) for p in verb.children)


def _qualifier(text: str, start: int, floor: int) -> tuple[str, str]:
    """The qualifier the words before a figure give it (or that opens the figure itself: "a couple thousand")."""
    opening = text[start:start + 20].lower()
    for phrase, qualifier in qualifier_phrases():
        if opening.startswith(phrase + " "):
            return qualifier, text[start:start + len(phrase)]
    before = text[max(floor, start - 40):start].lower()
    before = re.sub(r"\s+", " ", before)
    for phrase, qualifier in qualifier_phrases():
        # The phrase may open a quotation: killed "more than 60 soldiers".
        if phrase in before and re.search(rf"(?:^|[\s(,\"“‘']){re.escape(phrase)}\s*[\"“‘']?\s*$", before):
            written = text[start - len(before) + before.rfind(phrase): start].strip(" \"“‘'")
            return qualifier, written or phrase
    after = text[start:start + 60]
    if re.match(r"^[\d,.\s\w-]*?\bor so\b", after[:30]):
        return "approx", "or so"
    return "exact", ""


def _range_partner(figures: list[tuple[int, int, float, str]], index: int, text: str) -> int | None:
    """Index of the figure that closes a range opened by figure `index` ("700 to 900")."""
    if index + 1 >= len(figures):
        return None
    _, end, value, _ = figures[index]
    n_start, _, n_value, _ = figures[index + 1]
    between = text[end:n_start]
    if not RANGE_WORDS.match(between) or n_value <= value:
        return None
    before = text[max(0, figures[index][0] - 10):figures[index][0]].lower()
    if between.strip() in ("and",) and "between" not in before:
        return None
    if between.strip() == "to" and re.search(r"\bfrom\s*$", before):
        return None  # "rose from eight to 14": two counts, not a range
    return index + 1


def _scaled_like(value: float, written: str, high: float, high_written: str) -> float:
    """The low end of a range takes the scale written on the high end: "between 45 and 50 thousand",
    "120–140 million"."""
    match = FIGURE.fullmatch(high_written)
    if match is None or FIGURE.fullmatch(written) is None or FIGURE.fullmatch(written).group("scale").strip() \
            or FIGURE.fullmatch(written).group("suffix"):
        return value
    base = parse_figure(match.group("number"))
    if not base or base == high:
        return value
    scaled = value * high / base
    return scaled if scaled < high else value


def _or_alternatives(figure: Token) -> bool:
    """Figures offered as alternatives ("5,000, 20,000 or 60,000") are rhetorical; in "300, or even 500" only
    the figure after the escalating "or even" is."""
    if _escalates(figure):
        return True
    group = [figure, *figure.conjuncts]
    numbers = [t for t in group if t.like_num or t.pos_ == "NUM"]
    has_or = any(c.lower_ == "or" for t in group for c in t.children if c.dep_ == "cc")
    if not has_or or len(numbers) < 2 or _close_pair(numbers):
        return False
    escalated = [t for t in numbers if _escalates(t)]
    return not (escalated and len(numbers) == 2)


def _escalates(figure: Token) -> bool:
    """"or even a million", "or perhaps 10,000": a figure raised as a possibility after the stated one."""
    window = figure.doc[max(figure.sent.start, figure.i - 6):figure.i]
    for n, token in enumerate(window):
        if token.lower_ == "or" and n + 1 < len(window) and window[n + 1].lower_ in ESCALATING:
            between = window[n + 2:]
            return all(t.pos_ in ("NUM", "DET", "ADV", "ADJ", "ADP", "PART") or t.like_num for t in between)
    return False


def _close_pair(numbers: list[Token]) -> bool:
    values = []
    for token in numbers:
        value = parse_figure(token.text)
        if value is None:
            return False
        values.append(value)
    return len(values) == 2 and max(values) <= 2 * min(values)


def _conditional(clause: Token) -> bool:
    """A clause opened by "if", "unless", "whether", "in case", or inverted ("Should the dam fail", "Were they
    to send"). An elliptical "if not more" or "if any" has no verb and sets no condition."""
    if clause.pos_ not in ("VERB", "AUX") and not any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in clause.children):
        return False
    if any(c.dep_ == "mark" and c.lower_ in HYPOTHETICAL_MARKS for c in clause.children):
        return True
    if any(c.dep_ == "mark" and c.lower_ == "case" and c.i > 0 and c.nbor(-1).lower_ == "in" for c in clause.children):
        return True
    if any(c.dep_ == "mark" and c.lower_ in ("until", "till") for c in clause.children) \
            and clause.tag_ in ("VBZ", "VBP") and not _is_past(clause):
        return True  # "should not wait until there are 50,000 of them": a state not yet come
    first = next(iter(clause.subtree))
    return clause.dep_ == "advcl" and first.dep_ in ("aux", "auxpass") and first.lower_ in INVERTED_CONDITIONS


def _modal(verb: Token) -> str:
    """The verb's modal nearest it: "Should the fighting spread, 40,000 may flee" is "may"."""
    return next((c.lower_ for c in reversed(list(verb.children)) if c.dep_ == "aux" and c.tag_ == "MD"), "")


def _is_possibility(verb: Token) -> bool:
    """"could send", "may call up", "might reach", "potentially affecting"; a negated ability ("could not reach
    200 villagers") asserts that the people are there."""
    modal = _modal(verb)
    if modal not in POSSIBILITY_MODALS:
        return any(c.dep_ == "advmod" and c.lower_ in POSSIBILITY_ADVERBS for c in verb.children)
    return not (modal in ABILITY_MODALS and any(c.dep_ == "neg" for c in verb.children))


def _is_conditional_would(verb: Token, quoted: tuple[int, int] | None = None) -> bool:
    """"would" is conditional, except as the reported future of a past statement: "said 300 would be deployed"
    reports a plan, as "will be deployed" would. Words quoted as spoken keep their own mood: in "asked: 'Where
    would we house 10,000?'" the reporting verb outside the quotation does not shift its tense."""
    if _modal(verb) not in CONDITIONAL_MODALS:
        return False
    reporting = next((a for a in verb.ancestors if a.lemma_.lower() in reporting_verbs() and a.pos_ in ("VERB", "AUX")
                      and (quoted is None or quoted[0] <= a.idx < quoted[1])), None)
    return reporting is None or not _is_past(reporting)


def _counterfactual(verb: Token) -> bool:
    """"would have died", "without the rescue, 300 would have died", "but for the levee, ... would flood", and
    a requirement ("would be needed"): a conditional "would" whatever reports it."""
    if _modal(verb) not in CONDITIONAL_MODALS:
        return False
    if any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children) and verb.tag_ == "VBN":
        return True
    if _requirement(verb) or any(c.dep_ in ("nsubj", "nsubjpass") and any(
            d.dep_ in ("det", "predet", "amod") and d.lower_ in SUPPOSED for d in c.children) for c in verb.children):
        return True  # "said any attack would be met by 10,000 troops": an event supposed, not announced
    return any(c.dep_ == "prep" and (c.lower_ in COUNTERFACTUAL_PREPS or _in_the_event(c))
               or c.dep_ == "advmod" and c.lower_ == "otherwise" for c in verb.children)


def _requirement(verb: Token) -> bool:
    """"said 4,000 more would be needed", "would require 5,000 soldiers", "it would take 5,000 soldiers to hold
    the valley", "would be necessary": what a course of action would call for, not people sent or there."""
    if verb.lemma_.lower() in REQUIRING or any(c.dep_ == "acomp" and c.lower_ in REQUIRING for c in verb.children):
        return True
    return verb.lemma_.lower() == "take" and any(c.dep_ == "nsubj" and c.lower_ == "it" for c in verb.children) \
        and any(c.dep_ in ("advcl", "xcomp") and any(a.tag_ == "TO" for a in c.children) for c in verb.children)


def _in_the_event(prep: Token) -> bool:
    """"in the event of a breach", "in the worst case", "in that scenario": a condition in a prepositional
    phrase."""
    return prep.lower_ == "in" and any(c.dep_ == "pobj" and c.lemma_.lower() in CONDITION_NOUNS
                                       for c in prep.children)


def _yes_no_question(clause: Token) -> bool:
    """"Are 3,000 soldiers enough?", "Will 50,000 really come?": a question that supposes the figure, to judge it
    or to ask whether it will hold. A question about why or how ("Why did 3,000 workers lose their jobs?")
    presupposes its figure, and one whether people are there or did something ("Are 100,000 soldiers fighting
    there?", "Are there really 100,000?", "Did 5,000 march?", a fact check's) asks about a claim made."""
    if clause.pos_ not in ("VERB", "AUX") or not any(c.lower_ == "?" for c in clause.children):
        return False
    first = next((t for t in clause.subtree if not (t.is_punct or t.is_space)), None)
    if first is None or first.tag_ not in ("MD", "VBZ", "VBP", "VBD"):
        return False
    if first.head == clause and first.dep_ in ("aux", "auxpass"):
        return first.tag_ == "MD"  # "Will 50,000 come?"; "Are 100,000 soldiers fighting there?" checks a claim
    # "Are 3,000 soldiers enough?", "Is 3,000 too few?" judge a supposed figure; "Are there really 100,000
    # troops?", "Are 100,000 troops in Ukraine?" ask whether a claim holds
    return first == clause and (any(c.dep_ == "acomp" for c in clause.children)
                                or any(t.lower_ in SUFFICIENCY for t in clause.subtree))


def _is_past(verb: Token) -> bool:
    if verb.tag_ == "VBG" and verb.dep_ in ("advcl", "conj") and verb.head != verb:
        return _is_past(verb.head)  # "revised its plans, saying that ...": the participle takes its clause's tense
    if verb.tag_ in ("VBD", "VBN") or "Past" in verb.morph.get("Tense"):
        return not any(c.dep_ == "aux" and c.lower_ in ("will", "'ll") for c in verb.children)
    return any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in verb.children)


def is_hypothetical(figure: Token, quoted: tuple[int, int] | None = None) -> bool:
    """A figure that is only a possibility, not a count of people who are, were or will be there: in a condition
    ("if they send 2,000") or its consequence ("if the wind turns, 50,000 would have to leave"), under a
    possibility modal ("could send up to 25,000", "may call up 15,000") or a conditional "would" ("a full
    evacuation would move 60,000"), the object of a threat, offer or proposal ("threatened to fire 2,000"),
    or raised as an alternative ("or even a million").

    Forecasts are statements about the future, not hypotheticals: "will rise to", "is expected to reach",
    "is projected to", and "would" as the reported future of a past statement ("said 300 would be deployed")
    unless a condition comes with it. A comparison asserts both its figures ("where there were 200, now there
    are 2,000"). A figure nobody has given yet is a possibility too: "organisers will claim half a million".
    `quoted` is the (start, end) of the quotation the figure is in, if any.
    """
    if _or_alternatives(figure):
        return True
    if _describes_a_place(figure) or _whole_of_a_part(figure):
        return False  # "if the fighting reaches Goma, a city of 2 million people, ...": a standing fact
    previous: Token = figure
    verb = _modal_subject(figure)
    if verb is None and figure.dep_ == "nummod" and figure.head.dep_ == "pobj":
        verb = _modal_subject(figure.head)  # "said up to 2,500 workers could face ...", parsed as "said up to"
    for node in [figure, *([verb, *verb.ancestors] if verb is not None else figure.ancestors)]:
        if node.dep_ == "pobj" and node.head.lower_ in COMPARED and not _qualifies(node.head):
            return False  # "more than the 50 already sent": the standard of a comparison is stated
        if node.pos_ in ("NOUN", "PROPN", "NUM") and _reported_possibility(node):
            return True  # "the 150,000 the union says could strike": the relative clause is the statement
        if node.pos_ in ("NOUN", "PROPN", "NUM") and (_attributed_within(node) or _definite(node)):
            return False  # "an influx of 10,000 troops, which the agency reported, could ...": a stated claim
        if node is not figure and _conditional(node):
            return True
        if any(c.dep_ == "advcl" and _conditional(c) for c in [*node.children, *_obliged(node).children]):
            return True  # "if the dam fails, 300 would have to leave", "300 would have to leave if it fails"
        speech = node.lemma_.lower() in reporting_verbs()  # its "would" is told by _unmade
        if node.pos_ in ("VERB", "AUX") and (_is_possibility(node) or not speech and _is_conditional_would(
                node, quoted) or _counterfactual(node) or _yes_no_question(node)):
            return True
        if node.lemma_.lower() in UNREALISED and previous.dep_ in ("xcomp", "acl", "ccomp", "dobj", "pcomp", "prep"):
            return True
        if node.lemma_.lower() in INTENDED and previous.dep_ in ("xcomp", "acl") and previous.pos_ in ("VERB", "AUX"):
            return True
        if node.lemma_.lower() in APPREHENSION and previous.dep_ == "prep" and previous.lower_ in ("of", "about"):
            return True
        if node.pos_ == "NOUN" and any(c.dep_ == "amod" and c.lower_ in POSSIBLE for c in node.children):
            return True
        if previous.dep_ in ("nsubj", "ccomp", "csubj") and any(c.dep_ == "acomp" and c.lower_ in POSSIBLE
                                                                for c in node.children):
            return True  # "a deployment of up to 100,000 troops is possible", "it is possible that 400 died"
        if node.lemma_.lower() == "rule" and any(c.dep_ == "prt" and c.lower_ == "out" for c in node.children) \
                and previous.dep_ in ("dobj", "pcomp", "xcomp"):
            return True  # "did not rule out sending 5,000 more": an option kept open
        if node.lemma_.lower() in reporting_verbs() and node.pos_ in ("VERB", "AUX") and _unmade(node):
            return True  # a statement still to be made: "will claim half a million", "let them claim"
        if node.lemma_.lower() in reporting_verbs() and node.dep_ == "xcomp" and _conditional(node.head):
            return True  # "if the organisers want to claim half a million": a statement supposed
        if node.lemma_.lower() in reporting_verbs() or node.lemma_.lower() in REPORT_NOUNS or _own_clause(node):
            break
        previous = node
    return any(t.lower_ in HYPOTHETICAL_WORDS for t in figure.sent)


def _reported_possibility(noun: Token) -> bool:
    """A relative clause reports what may befall the counted people, who are the subject of its complement ("the
    150,000 the union says could strike", "the 3,000 who officials fear may die")."""
    return any(c.dep_ == "relcl" and c.lemma_.lower() in reporting_verbs() and any(
        cc.dep_ == "ccomp" and cc.pos_ in ("VERB", "AUX") and not any(d.dep_ in ("nsubj", "nsubjpass", "expl")
                                                                      for d in cc.children)
        and _is_possibility(cc) for cc in c.children) for c in noun.children)


def _whole_of_a_part(figure: Token) -> bool:
    """The figure counts the whole a part is taken of ("could rotate 50,000, a small fraction of an army of 1.2
    million", "a third of 30,000 workers could strike"): the whole is there, whatever may befall the part."""
    for node in [figure, *figure.ancestors]:
        if node.pos_ in ("VERB", "AUX"):
            return False
        if node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.lemma_.lower() in PART_NOUNS \
                and node.head.head.i < node.i:
            return True
    return False


def _unmade(verb: Token) -> bool:
    """A statement nobody has made yet: "will claim", "would no doubt claim" (not the narrative "would later
    say", nor a refusal, "would not confirm"), or one allowed by an imperative "let" ("Let them claim half a
    million")."""
    if any(c.dep_ == "neg" for c in verb.children):
        return False  # "would not confirm that 300 had died": someone else's figure, stated
    if is_future(verb):
        return True
    if _modal(verb) in CONDITIONAL_MODALS and not any(c.dep_ == "advmod" and c.lower_ == "later"
                                                      for c in verb.children):
        return True
    let = verb.head
    return verb.dep_ in ("ccomp", "xcomp") and let.lemma_.lower() == "let" and let.tag_ == "VB" and not any(
        c.dep_ == "nsubj" for c in let.children)


def _definite(noun: Token) -> bool:
    """"the 10 candidates on stage", "its 300 nurses": a definite phrase presupposes that its people exist,
    whatever the mood of its clause. The figure must be its own number ("five of the 10" counts five)."""
    if not any(c.like_num or c.pos_ == "NUM" for c in [noun, *noun.children]):
        return False
    return any(c.dep_ in ("det", "poss") and c.lower_ in DEFINITE for c in noun.children) or any(
        c.dep_ == "poss" for c in noun.children)


def _attributed_within(noun: Token) -> bool:
    """The phrase carries its own source: a relative clause of reporting ("..., which is what X claimed")."""
    return any(c.dep_ == "relcl" and any(t.lemma_.lower() in reporting_verbs() and t.pos_ == "VERB"
                                          for t in c.subtree) for c in noun.children)


def _own_clause(node: Token) -> bool:
    """A relative clause, an adverbial clause ("While the judge is 63, ...") or a conjoined clause with its own
    subject states its own facts: the mood of the clause around it does not reach into it."""
    if node.dep_ == "relcl" or node.dep_ == "advcl" and (
            any(c.dep_ == "mark" for c in node.children) or _finite(node)):
        return True
    return node.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in node.children)


def _finite(verb: Token) -> bool:
    """A verb with a tense of its own ("are", "had left"), not a participle ("people still missing")."""
    return verb.tag_ in ("VBD", "VBZ", "VBP", "MD") or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBD", "VBZ", "VBP", "MD") for c in verb.children)


def _qualifies(than: Token) -> bool:
    """"more than 600" qualifies the figure; "more than the 600 sent last year" compares with it."""
    following = than.doc[than.i + 1] if than.i + 1 < len(than.doc) else None
    return following is not None and (following.like_num or following.pos_ == "NUM")


def _location(figure: Token, noun: Token | None) -> str:
    """Where the counted people are: the first place named by a preposition in the figure's clause."""
    heads = [noun] if noun is not None else []
    heads.append(figure)
    clause = figure
    while clause.dep_ not in ("ROOT", "ccomp", "relcl", "advcl", "conj") and clause.head != clause:
        clause = clause.head
    if clause.pos_ in ("VERB", "AUX"):
        heads.append(clause)
    for head in heads:
        for prep in [c for c in head.subtree if c.dep_ == "prep" and c.lower_ in PLACE_PREPS
                     and not (c.i > 0 and c.nbor(-1).lower_ == "according")]:
            if prep.head not in (head, *[h for h in heads]) and prep.head.head not in heads:
                continue
            place = _place_of(prep)
            if place:
                return place
    return ""


def _place_of(prep: Token) -> str:
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    if not objects:
        return ""
    obj = objects[0]
    tokens = [t for t in obj.subtree if t.i <= obj.i and (t == obj or t.dep_ not in (
        "prep", "pobj", "det", "punct", "cc", "conj", "relcl", "acl"))]
    if obj.lower_ in ("frontline", "frontlines", "front", "line", "lines", "border", "battlefield"):
        words = [t.text for t in tokens if t.pos_ in ("NOUN", "ADJ", "PROPN") and t.dep_ != "poss"]
        return " ".join(words).replace("frontlines", "front line").replace("frontline", "front line")
    names = [t for t in tokens if t.ent_type_ in ("GPE", "LOC", "FAC") or t.pos_ == "PROPN"]
    possessors = [t for t in tokens if t.dep_ == "poss"]
    if names:
        # "Bolivia's Oruro region" names Oruro; "the Oruro region" too.
        named = [t for t in names if t not in possessors] or names
        span = [t for t in named if t.i > (possessors[-1].i if possessors else -1)] or named
        return " ".join(t.text for t in span).strip()
    return ""


def _as_in_body(headline: Claim, claims: list[Claim]) -> Claim:
    """A headline figure summarises the body's statement of it: that statement's claimant, date and mood
    ("Dam failure would force 60,000 out" summarises "if the dam fails, 60,000 would have to leave")."""
    same = [c for c in claims if c.paragraph > headline.paragraph and c.value == headline.value
            and c.value_high == headline.value_high]
    if not same and headline.qualifier == "vague":
        # "Floods kill dozens" over "At least 27 people have died, the office said": the one body figure of the
        # same kind in the range the words allow
        within = [c for c in claims if c.paragraph > headline.paragraph and c.what == headline.what
                  and c.qualifier != "vague" and headline.value <= c.value <= (headline.value_high or headline.value)]
        same = within if len(within) == 1 else []
    if not same and headline.qualifier in ("lower", "upper"):
        # "Flu cases pass 5,000" over "5,214 cases, the office said": the one body figure of the same kind
        # that the bound rounds
        low, high = (headline.value, headline.value * BOUND_SLACK) if headline.qualifier == "lower" \
            else (headline.value / BOUND_SLACK, headline.value)
        within = [c for c in claims if c.paragraph > headline.paragraph and c.what == headline.what
                  and c.qualifier in ("exact", "approx") and low <= c.value <= high]
        same = within if len(within) == 1 else []
    body = next((c for c in same if c.claimant is not None), None)
    stated = body or next(iter(same), None)
    # its mood is the first statement's, which the headline sums up ("Are 100,000 soldiers there?" over a post
    # that claims 100,000 are, before a commentator's "could send up to 100,000")
    if same and same[0].hypothetical:
        headline = replace(headline, hypothetical=True)
    if stated is not None and headline.noun == headline.figure_text.lower():
        headline = replace(headline, what=stated.what)  # "Army says 2,300 lost": what the body says befell them
    if body is None:
        return headline
    return replace(headline, claimant=body.claimant, when=body.when, via=body.via, kind=body.kind)


class ClaimFinder:
    """Finds every personnel count of one article and who made the estimate."""

    def __init__(self, doc: Doc, text: str, paragraphs: list[tuple[int, int]], skip: set[int],
                 quotes: list[Quote], attributor: Attributor, outlet: str = ""):
        self.doc, self.text, self.paragraphs, self.skip = doc, text, paragraphs, skip
        self.quotes, self.attributor, self.outlet = quotes, attributor, outlet
        self._sentence_sources: dict[tuple[str, int], Actor | None] = {}  # "citing X", "according to X" per sentence
        # "SPRINGFIELD (AP) —" in a paper's article: the wire passed on every attributed figure
        wire = credited_outlet([text[a:b] for a, b in paragraphs])
        same = not wire or outlet and (wire.casefold() in outlet.casefold() or outlet.casefold() in wire.casefold())
        self.wire = None if same else Actor(wire, "body", source="credit", category="outlet")
        self._asked = self._asked_count()
        self._topic = self._headline_people()
        self.issuer = self._issuer()
        self.author = self._byline()
        self.standfirst = self._standfirst()

    def _asked_count(self) -> dict[int, list[Claim]]:
        """Paragraph -> the count it asks about ("How many soldiers are really at the front?"), as a figure the
        bare figures after it are new estimates of ("the ministry says about 6,000"): a headline's for the
        article's first, a reader's question in a Q&A for its answer."""
        asked = {}
        for index, (start, end) in enumerate(self.paragraphs):
            question = self.doc.char_span(start, end, alignment_mode="expand")
            count = self._asked_in(question) if question is not None and ("?" in question.text or not index) else []
            if count:
                asked[index] = count
        return asked

    def _headline_people(self) -> list[Claim]:
        """The people a headline is about ("The nurses' strike is a test of nerve"), as a figure the article's
        first bare figures count when nothing before them does ("The union said 9,000")."""
        headline = self.doc.char_span(*self.paragraphs[0], alignment_mode="expand") if self.paragraphs else None
        # (not those who speak of figures: "Officials trade figures ...")
        for noun in (t for t in headline or () if t.tag_ == "NNS" and t.lower_ not in VAGUE_WORDS
                     and actor_kinds().get(t.lower_, "") in ("", "military", "organisers")
                     and t.lower_ not in title_words()):
            people = _personnel(noun)
            if people is not None:
                return [Claim(value=-1, value_high=None, qualifier="", qualifier_text="", figure_text="",
                              what=people[0], noun=people[1], whose="", location="", claimant=None,
                              hypothetical=False, start=-1, end=-1, sentence="", sentence_start=-1, paragraph=0)]
        return []

    def _asked_in(self, headline: Span) -> list[Claim]:
        for many in (t for t in headline if t.lower_ == "many" and t.i > 0 and t.nbor(-1).lower_ == "how"):
            # "How many soldiers ...", "how many Chileans fight for the rebels" (the noun after it, whatever the
            # parse hangs "many" on)
            counted = next((t for t in self.doc[many.i + 1:many.i + 4] if t.pos_ in ("NOUN", "PROPN")
                            and t.dep_ != "compound"), None)
            people = _personnel(counted) if counted is not None else None
            if people is not None:
                what, noun = people
                if what == "other" and counted.dep_ == "nsubj" and counted.head.lemma_.lower() == "fight":
                    what = "troops"  # "how many Chileans fight for the rebels": those who fight are troops
                return [Claim(value=-1, value_high=None, qualifier="", qualifier_text="", figure_text="", what=what,
                              noun=noun, whose="", location="", claimant=None, hypothetical=False, start=-1,
                              end=-1, sentence="", sentence_start=-1, paragraph=0)]
        return []

    def claims(self) -> list[Claim]:
        found: list[Claim] = []
        for index, (p_start, p_end) in enumerate(self.paragraphs):
            if index in self.skip:
                continue
            figures = figures_in(self.text, p_start, p_end)
            vague = {start: (end, low, high, written) for start, end, low, high, written
                     in vague_figures_in(self.text, p_start, p_end)}
            consumed: set[int] = set()
            for n, (start, end, value, written) in enumerate(figures):
                for v_start in sorted(s for s in vague if s < start):
                    self._vague_claim(v_start, *vague.pop(v_start), index, p_start, found)
                if n in consumed or _is_not_people(self.text, start, end, value):
                    continue
                partner = _range_partner(figures, n, self.text)
                if partner is not None:
                    value = _scaled_like(value, written, figures[partner][2], figures[partner][3])
                claim = self.claim_at(start, end, value, written, index, p_start, found)
                if claim is None:
                    continue
                if partner is not None:
                    consumed.add(partner)
                    claim.value_high = round(figures[partner][2])
                    claim.end = figures[partner][1]
                    claim.figure_text = self.text[start:claim.end]
                    claim.qualifier = "range"
                found.append(claim)
            for v_start in sorted(vague):
                self._vague_claim(v_start, *vague[v_start], index, p_start, found)
        found = self._headline_figures(found)
        found = self._from_stated_source(found)
        # a standfirst under the headline sums the body up as the headline does, when it names no source itself
        return [self._in_full(_as_in_body(claim, found)) if claim.paragraph == 0
                else _as_in_body(claim, found) if claim.paragraph == self.standfirst and claim.claimant is None
                else claim for claim in found]

    def _issuer(self) -> Actor | None:
        """The body whose press release, statement or bulletin the article is (it says so at its top, or the
        outlet is a body of that kind): it speaks where its dateline is."""
        if not self.outlet:
            return None
        top = self.text[:self.paragraphs[2][1]] if len(self.paragraphs) > 2 else self.text
        # (or the outlet is itself a ministry, an agency, a union: "the Coastal Rescue Authority" publishing; "the
        # Indian Ocean Press Agency" is news, not an agency's bulletin)
        words = set(re.findall(r"\w+", self.outlet.lower()))
        news = any(actor_kinds().get(w) == "outlet" for w in words) \
            or bool(words & {"press", "wire", "agency"} and words & {"press", "news", "wire"})
        issuing = not news and category_of(Actor(self.outlet, "body"), default="") in ISSUING_KINDS
        if not (RELEASE.search(top) or issuing):
            return None
        directory = self.attributor.directory
        category = category_of(Actor(self.outlet, "body"), default="ngo")
        return Actor(self.outlet, "body", "", directory.dateline_country or directory.home, "outlet", category)

    def _from_stated_source(self, found: list[Claim]) -> list[Claim]:
        """"Figures are from the health ministry unless another source is named", "Unless stated, the figures
        below are the ministry's": the figures after it that name no source are that one's. A release's are its
        issuer's."""
        if self.issuer is not None:
            found = [replace(c, claimant=self.issuer, kind=category_of(self.issuer)) if c.claimant is None else c
                     for c in found]
        for sentence in self.doc.sents:
            source = self._stated_source(sentence)
            if source is None:
                continue
            # (dated as the source's first dated figure: "reported 1,200 cases on Tuesday. The figures below are
            # the ministry's")
            dated = [c for c in found if c.claimant is not None and c.claimant.name == source.name and c.when[1]]
            sourced = []
            for claim in found:
                if claim.claimant is None and claim.start >= sentence.end_char:
                    when = claim.when if claim.when[1] else next(
                        (c.when for c in dated if c.start < claim.start), claim.when)
                    claim = replace(claim, claimant=source, kind=self._kind(source, sentence.root), when=when)
                sourced.append(claim)
            return sourced
        return found

    def _stated_source(self, sentence: Span) -> Actor | None:
        verb = sentence.root
        if verb.lemma_.lower() not in ("be", "come") or self.attributor.inside_quote(verb.idx):
            return None
        if not any(c.dep_ == "nsubj" and c.lower_ in ("figures", "numbers", "data", "statistics")
                   and (c.tag_ != "NN" or c.lower_ == "data") for c in verb.children):
            return None
        directory = self.attributor.directory
        for child in verb.children:
            owner = next((o for o in child.children if o.dep_ == "pobj"), None) if child.lower_ == "from" \
                else child if child.dep_ == "attr" and child.pos_ in ("NOUN", "PROPN") else None
            if owner is None:
                continue
            # "from the NCDC's weekly situation report": the report's owner
            actor = (self._owner(owner) if owner.lemma_.lower() in SOURCE_NOUNS or owner.lower_ in DOCUMENT_WORDS
                     else None) or directory.actor_for(owner)
            if actor is not None and actor.kind == "body":
                return actor
        return None

    def _byline(self) -> str:
        """The writer a byline under the headline names ("By Jo Rey", "By Jo Rey, Health Correspondent"), else ""."""
        for start, end in self.paragraphs[1:3]:
            match = BYLINE.match(self.text, start, end)
            if match:
                return match.group(1)
        return ""

    def _standfirst(self) -> int:
        """The index of the line under the headline that sums the story up ("At least 600 injured as rain impedes
        rescue"): no sentence (it ends without a full stop) and short, before the body; else -1."""
        if len(self.paragraphs) < 3:
            return -1
        line = self.text[slice(*self.paragraphs[1])].strip()
        return 1 if line and line[-1] not in '.!?:;"”’)' and len(line.split()) <= STANDFIRST_WORDS else -1

    def _in_full(self, headline: Claim) -> Claim:
        """"Monitor says 40 killed" over "The Eastern Observatory for Human Rights, a war monitor, said ...": a
        headline's bare subject is the one body the article names in full with that head noun, in its name or in
        the description beside it."""
        figure = _token_at(self.doc, headline.start, headline.end)
        verb = next((a for a in figure.ancestors if self._attributes(a)), None) if figure is not None else None
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None else None
        if subject is None or subject.pos_ not in ("NOUN", "PROPN") or list(subject.children) \
                or headline.claimant is not None and headline.claimant.name != subject.text:
            return headline
        word = subject.lower_
        body_start = self.paragraphs[1][0] if len(self.paragraphs) > 1 else len(self.text)
        bodies = {}
        for char, actor, _ in self.attributor.subject_mentions:
            if char < body_start or actor.kind != "body" or actor.name.lower() == word:
                continue
            head = self.doc.char_span(char, char + 1, alignment_mode="expand")[0]
            described = {c.lower_ for c in head.children if c.dep_ == "appos" and c.pos_ == "NOUN"}
            if actor.name.split(" of ")[0].split()[-1].lower() == word or word in described:
                bodies[actor.name] = actor
        if len(bodies) != 1:
            return headline
        actor = next(iter(bodies.values()))
        return replace(headline, claimant=actor, kind=self._kind(actor, figure))

    def _headline_figures(self, found: list[Claim]) -> list[Claim]:
        """A headline figure standing alone ("Fire forces as many as 40,000 from homes") counts what the body
        counts with the same figure."""
        if 0 in self.skip or not self.paragraphs:
            return found
        p_start, p_end = self.paragraphs[0]
        body = [c for c in found if c.paragraph > 0]
        taken = {c.start for c in found if c.paragraph == 0}
        added = []
        for start, end, value, written in figures_in(self.text, p_start, p_end):
            if start in taken or _is_not_people(self.text, start, end, value):
                continue
            same = [c for c in body if c.value == round(value)]
            claim = self.claim_at(start, end, value, written, 0, p_start, same) if same else None
            added += [claim] if claim is not None else []
        for start, end, low, high, written in vague_figures_in(self.text, p_start, p_end):
            same = [c for c in body if c.qualifier == "vague" and (c.value, c.value_high) == (low, high)]
            if start not in taken and same:  # "Tens of thousands rally ...": the body's "tens of thousands of people"
                pool = [*same]
                self._vague_claim(start, end, low, high, written, 0, p_start, pool)
                added += pool[len(same):]
        return sorted(found + added, key=lambda c: c.start)

    def _vague_claim(self, start: int, end: int, low: int, high: int, written: str, paragraph: int, p_start: int,
                     found: list[Claim]) -> None:
        """"tens of thousands of people": a claim whose value and value_high are the range the words allow."""
        claim = self.claim_at(start, end, low, written, paragraph, p_start, found, vague=True)
        if claim is not None:
            claim.value_high, claim.qualifier, claim.qualifier_text = high, "vague", written
            found.append(claim)

    def claim_at(self, start: int, end: int, value: float, written: str, paragraph: int, p_start: int,
                 found: list[Claim], vague: bool = False) -> Claim | None:
        token = _token_at(self.doc, start, end)
        if token is None or _not_a_count(token, value, written):
            return None
        noun = _counted_noun(token) or (_following_people(token) if vague else None)
        if noun is not None and noun.lower_ in WEEKDAY_NAMES and noun.i < token.i:
            noun = _noun_after(token) or noun  # "counted on Tuesday 2,140 displaced residents": (Tuesday 2,140)
        # "412 children, up from 280 last week", parsed as (280 last week): a figure tied to the count before
        same = [c for c in found if c.sentence_start == token.sent.start_char and c.start < start]
        dated = bool(same) and noun is not None and token.dep_ == "nummod" and noun.ent_type_ in ("DATE", "TIME") \
            and token.ent_type_ not in ("DATE", "TIME") and token.i > 0 and token.nbor(-1).lower_ in TIE_PREPS
        # "the toll rose to 210 Sunday", parsed as (210 Sunday): a bare weekday after a figure is its day
        weekday = noun is not None and token.dep_ == "nummod" and noun.lower_ in WEEKDAY_NAMES \
            and token.ent_type_ not in ("DATE", "TIME")
        day, noun = (noun if weekday else None), (None if dated or weekday else noun)
        more = token.i + 1 < len(self.doc) and self.doc[token.i + 1].lower_ in ELLIPTICAL  # "thousands more"
        bare = _vague_anchor(token) if vague else token
        crowd = vague and noun is None and _vague_people(bare)
        headline = paragraph == 0 and any(c.paragraph > 0 and c.value == round(value) for c in found)
        # ("the true toll could be several hundred": the count its subject names)
        counted = bare.dep_ == "attr" and bare.head.lemma_.lower() == "be" and any(
            c.dep_ == "nsubj" and c.lemma_.lower() in COUNT_NOUNS for c in bare.head.children)
        # ("casualties were in the hundreds", "the toll is in the thousands": what the subject counts)
        ranged = vague and noun is None and bare.dep_ == "pobj" and bare.head.lower_ == "in" \
            and bare.head.head.lemma_.lower() == "be"
        subject = next((c for c in bare.head.head.children if c.dep_ == "nsubj"), None) if ranged else None
        if subject is not None and (subject.lemma_.lower() in COUNT_NOUNS or _personnel(subject) is not None):
            counted, noun = True, subject if _personnel(subject) is not None else None
        if vague and noun is None and _verb_people(bare) is None and not _people_subject(bare) \
                and not _in_group(bare) and not more and not crowd and not headline and not counted:
            return None
        if noun is not None and _kind_of_people(noun):
            return None
        if noun is not None:
            people = _personnel(noun)
            if people is None and noun.lemma_.lower() in GROUP_NOUNS and noun.tag_ == "NN" and noun == token.head \
                    and token.i < noun.i and value > 1:  # not a label: "group 2 cells"
                people = GROUP_NOUNS[noun.lemma_.lower()], noun.lower_  # "the 42,000 crowd": a group of that size
            if people is None and token.head.lower_ == "strong":
                # "a 10,000-strong force", "the 1.5 million-strong diaspora": "strong" is said of people
                people = GROUP_NOUNS.get(noun.lemma_.lower(), "other"), noun.lower_
            if people is None and noun.lemma_.lower() in GROUP_NOUNS and token.head.lower_ in MEMBER_WORDS \
                    and token.head.head == noun and token.i + 1 < len(self.doc) and self.doc[token.i + 1].text == "-":
                people = GROUP_NOUNS[noun.lemma_.lower()], noun.lower_  # "a 12-member team", "a five-man crew"
            if people is None and noun == token.head and value >= 10 and _particle_subject(token):
                people = "other", token.lower_
            if people is None and _who(noun):
                people = "other", noun.lower_  # "120 crane operators, who belong to ...": "who" is said of people
            subject = next((c for c in noun.children if c.dep_ == "nsubj"), None)
            if people is None and subject is not None and noun.lower_ in ("number", "numbers", "total", "totals"):
                people = _personnel(subject)  # "refugees in the camp now number 6,100": the verb taken for a noun
            if people is None or _antecedent_names_things(noun):
                return None
        else:
            counts_things = token.dep_ == "nummod" or (
                token.i + 1 < len(self.doc) and self.doc[token.i + 1].pos_ == "NOUN"
                and _personnel(self.doc[token.i + 1]) is None and self.doc[token.i + 1].head == token)
            if dated or day is not None or _modal_subject(token) is not None:
                counts_things = False
            if counts_things and token.head.lower_ not in ELLIPTICAL and not _particle_subject(token):
                return None
            # (a question just asked, unless the answer has given figures of its own; the figures just given; the
            # headline's question)
            asked = self._asked.get(paragraph - 1) if paragraph > 1 and not any(
                c.paragraph == paragraph for c in found) else None
            recent = asked or [c for c in found if c.paragraph >= paragraph - RECENT_PARAGRAPHS] \
                or self._asked.get(0, []) or self._topic
            # "rose from eight to 14", parsed as (eight to) 14: the first figure stands where the second does
            tied = token.head if token.dep_ == "quantmod" and token.head.like_num else day or token
            people = (same[-1].what, same[-1].noun) if dated else _context_people(self.doc, tied, recent, found)
            if tied == token.head:
                bare = tied  # "a further 3,000 to 5,000 could be sent": the range's end says what the pair counts
            somewhere = value >= 10 and _present_at(bare) and is_hypothetical(bare) and not _counted_things_before(bare)
            somewhere = somewhere or value >= 10 and _particle_subject(token)
            if people is None and (_attendance(bare) or (vague or value >= 10) and _people_subject(bare) or crowd
                                   or somewhere):  # "as many as 100,000 could be on the streets"
                people = "other", token.lower_
            if people is None and paragraph == 0 and recent and recent[-1].value == round(value):
                people = recent[-1].what, recent[-1].noun  # a headline's bare figure that the body gives
            if people is None:
                people = _glossed(token)  # "12 300 — all medical staff in the province, by ..."
            if people is None and recent and self._labelled_source(token) is not None:
                people = recent[-1].what, recent[-1].noun  # "The Pentagon: about 3,000 on October 23": the count's
            if people is None:
                return None
        what, noun_text = people
        if noun is not None and what in ("troops", "other"):
            what = _specific_rank(noun) or ("troops" if what == "other" and _military(noun) else what)
        what = _what_by_verb(noun if noun is not None else token) or (
            _what_by_verb(token) if noun is not None and noun.head.head == token else "") or what
        if value == 1 and what in ("troops", "officers", "other"):
            return None  # "said one expert", "one of them": one person is no count unless something befell them
        if noun is not None and noun.dep_ == "pobj" and noun.head.lower_ == "of":
            outer = _personnel(noun.head.head)  # "the bodies of 60 soldiers" counts the dead
            what = outer[0] if outer is not None and outer[0] not in ("troops", "other") else what
        including = noun is not None and noun.dep_ == "pobj" and noun.head.lower_ == "including" \
            and noun.i > 0 and noun.nbor(-1) == token  # "14 people were killed, including three children"
        if noun is not None and (noun.lower_ in ("them", "those", "these", "whom") and noun.dep_ == "pobj"
                                 or including) and what == "other":
            # "The fire killed nine people. Three of them were children": part of the count just made
            previous = self.doc[token.sent.start - 1].sent.start_char if token.sent.start > 0 else token.sent.start_char
            close = [c for c in found if c.sentence_start >= previous and c.start < start]
            what = close[-1].what if close else what
        whole = _partitive(noun) if noun is not None else None
        if whole is not None and whole[0] not in ("troops", "other") and what in ("troops", "other"):
            what = whole[0]  # "Among the dead were 11 children" counts the dead
        qualifier, qualifier_text = _qualifier(self.text, start, p_start)
        phrase = noun if noun is not None else token
        whose = next((name for name, _ in countries_in(_phrase_text(phrase))), "")
        location = _location(token, noun)
        if not location:
            # "the number has increased to 6,100" / "... including three generals": the place said just before.
            same = [c for c in found if c.paragraph == paragraph and c.location
                    and (noun is None or c.sentence_start == token.sent.start_char)]
            location = same[-1].location if same else ""
        claimant, when, via, kind = self.claimant(token, start, found)
        when = compared_when(token, when)  # "up from 1,900 the day before"
        sentence = token.sent
        return Claim(
            value=round(value), value_high=None, qualifier=qualifier, qualifier_text=qualifier_text,
            figure_text=written, what=what, noun=noun_text, whose=whose, location=location, claimant=claimant,
            hypothetical=is_hypothetical(token, self._quotation(start)), start=start, end=end,
            sentence=_text_of(sentence).strip(), sentence_start=sentence.start_char, paragraph=paragraph, when=when,
            via=via, kind=kind,
        )

    def _quotation(self, start: int) -> tuple[int, int] | None:
        """The span of the quotation (not a transcript turn) holding the figure at `start`."""
        quote = next((q for q in self.quotes if q.start <= start < q.end and not q.turn), None)
        return (quote.start, quote.end) if quote is not None else None

    def claimant(self, figure: Token, start: int, found: list[Claim] = ()
                 ) -> tuple[Actor | None, tuple[str, str], tuple[Actor, ...], str]:
        """Who made the estimate, when, who relayed it and what kind of source it is; a wire the article is
        credited to relays every figure someone gave."""
        actor, when, via, kind = self._claimant(figure, start)
        if actor is not None and actor.kind != "person" and FIGURE_IN_NAME.search(actor.name):
            # "around 75 to 100 people": a phrase holding a figure counts people, it names no source
            actor, via, kind = None, (), "background"
        if kind == "background" and _of_those(figure):
            # "The ministry said 2,100 people were infected. Of those, 37 have died.": the same statement
            previous = self.doc[max(figure.sent.start - 1, 0)].sent.start_char
            earlier = [c for c in found if c.claimant is not None and c.kind not in ("outlet", "background")
                       and previous <= c.sentence_start <= figure.sent.start_char]
            if earlier:
                actor, via, kind = earlier[-1].claimant, earlier[-1].via, earlier[-1].kind
                carried = earlier[-1].when
                when = when if when[1] else (carried[0], "context") if carried[0] else carried
        continues = self._continues(figure) if kind == "background" else ""
        if continues:
            # "The coast guard said it rescued 318 people. That brings the total to 1,460.": the account goes on
            account = self._account_before(figure.sent, across=continues == "refers")
            if account is not None:
                actor, carried, via, kind = account
                when = when if when[1] else (carried[0], "context") if carried[0] else carried
        if kind == "background" and not self.attributor.inside_quote(figure.idx):
            # "At least 1,000 migrants are believed to have died. The tally was revised upward by the IOM ..."
            account = self._account_after(figure.sent)
            if account is not None:
                actor, when, via, kind = account
        if day := _gapped_day(figure):
            when = (day, "text")  # "they said 38,000 on Saturday; on Sunday, 42,000": each clause its own day
        if self.wire is not None and actor is not None and kind not in ("outlet", "background") \
                and actor.name != self.wire.name and self.wire.name not in {a.name for a in via}:
            via = (*via, self.wire)
        return actor, when, via, kind

    def _claimant(self, figure: Token, start: int) -> tuple[Actor | None, tuple[str, str], tuple[Actor, ...], str]:
        """The quote's speaker, the attribution verb's subject, "according to", "by X's count" ...; else the
        outlet's own figure, or a background fact stated by nobody."""
        quote = next((q for q in self.quotes if q.start <= start < q.end), None)
        if quote is not None and quote.turn:
            # A transcript turn attributes figures as prose does ("LEE: The ministry says 300 ..."); else the
            # figure is the turn's speaker's.
            actor, verb, via = self._claimant_and_verb(figure)
            if actor is not None:
                actor = self._speakers_own(actor, verb, quote.speaker)
                when = self.attributor.when(verb, (figure.sent.start_char, figure.sent.end_char))
                return actor, when, via, self._kind(actor, verb or figure)
        if quote is not None:
            # A quotation nobody is said to have spoken is an unnamed source's; "..., she told AFP": via AFP.
            verbs = self._quote_verbs(quote)
            speaker = quote.speaker or next((self.attributor.directory.office(s) for v in verbs for s in v.children
                                             if s.dep_ == "nsubj" and self.attributor.directory.office(s)), None)
            via = tuple(dict.fromkeys(a for v in verbs for a in self._outlets_between(v, speaker))) if speaker else ()
            return speaker, quote.when, via, self._kind(speaker, figure) or "anonymous"
        actor, verb, via = self._claimant_and_verb(figure)
        sentence = figure.sent
        when = self.attributor.when(verb, (sentence.start_char, sentence.end_char))
        if _describes_a_place(figure):
            return None, when, (), "background"  # "Zambia, a country of 21 million people, ..., the ministry said"

        if self.author and _in_our_voice(figure, singular=True) and not self.attributor.inside_quote(figure.idx):
            # "My own rough count was 50,000" under "By Jo Rey": the writer's own count
            return Actor(self.author, "person", source="byline"), when, (), "person"
        if self.outlet and _in_our_voice(figure) and not self.attributor.inside_quote(figure.idx):
            # "Our reporters counted ...", "We counted ...": the outlet's own count, said so in its own voice; a
            # release's "our stewards counted" is its issuer's
            if self.issuer is not None:
                return self.issuer, when, (), category_of(self.issuer)
            return Actor(self.outlet, "body", source="outlet", category="outlet"), when, (), "outlet"
        if actor is not None and self.outlet and actor.kind == "body" and self._own(actor) \
                and category_of(actor, default="outlet") in ("outlet", "ngo"):
            # "By the Ledger's own count": the article's outlet, by a short form of its name (a ministry's bulletin
            # is the ministry's, with its country)
            return Actor(self.outlet, "body", source="outlet", category="outlet"), when, via, "outlet"
        if actor is not None:
            return actor, when, via, self._kind(actor, verb or figure)
        labelled = self._labelled_source(figure)
        if labelled is not None:
            # "2. The Pentagon: about 3,000 on October 23 and about 10,000 on October 28": each figure its own day
            day = _day_after(figure)
            when = (day, "sentence") if day else when
            return labelled, when, (), self._kind(labelled, figure)
        # A figure in the reporter's own voice that nobody is said to give ("Tens of thousands marched",
        # "Police detained 300 students", "a country of 10 million"): stated by nobody in particular.
        return None, when, (), "background"

    @staticmethod
    def _speakers_own(actor: Actor, verb: Token | None, speaker: Actor | None) -> Actor:
        """"REY: Our border police say 2,000": a body the speaker calls "our" is of the speaker's
        country."""
        subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None) if verb is not None else None
        country = speaker.country if speaker is not None and "|" not in speaker.country else ""
        if subject is None or not country or actor.kind != "body" \
                or not any(c.lower_ == "our" and c.dep_ == "poss" for c in subject.children):
            return actor
        return replace(actor, name=body_name(_text_of(core_tokens(subject)), country), country=country)

    def _labelled_source(self, figure: Token) -> Actor | None:
        """A list entry's source before its colon, for its figures outside quotations (Attributor.entry_source)."""
        return None if self.attributor.inside_quote(figure.idx) else self.attributor.entry_source(figure)

    def _continues(self, figure: Token) -> str:
        """How an unattributed sentence goes on with the account before it: "refers" when it refers back to it
        ("That brings the total to ...", "The toll had stood at five"), which may follow across a paragraph break;
        "tells" when it tells in the past what happened to those counted ("At least four people were killed", "Crews
        pulled 23 survivors from the water"), within a paragraph; "" for what an actor it names did ("Police
        arrested two men") or a standing fact ("The city has 40,000 residents"). Quotations go by their speakers."""
        sentence = figure.sent
        if any(t.is_quote for t in sentence) or self.attributor.inside_quote(figure.idx):
            return ""
        if any(t.pos_ == "VERB" and t.lemma_.lower() in reporting_verbs() and not self._in_subject(figure, t)
               and any(c.dep_ in SUBJECT_DEPS and c.lower_ not in ("that", "this") for c in t.children)
               for t in sentence):
            return ""  # "The clinic counted 40 patients": a source of its own, if unknown
        verb = next((a for a in figure.ancestors if a.pos_ in ("VERB", "AUX")), sentence.root)
        subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
        if any(s.lower_ in ("that", "this") and not list(s.children) or figure not in s.subtree
               and s.lemma_.lower() in COUNT_NOUNS and any(c.lower_ == "the" for c in s.children) for s in subjects):
            return "refers"
        # "the two witnesses backed up that assessment": what those counted did to something is no account of them
        acting = any(figure in s.subtree for s in subjects) and any(c.dep_ == "dobj" for c in verb.children)
        if _is_past(verb) and not acting and not any(figure not in s.subtree and s.pos_ in ("PROPN", "NOUN")
                                                     and self.attributor.directory.actor_for(s) is not None
                                                     for s in subjects):
            return "tells"
        return ""

    def _account_before(self, sentence: Span, across: bool
                        ) -> tuple[Actor, tuple[str, str], tuple[Actor, ...], str] | None:
        """(source, when, relays, kind) of the statement the sentence before reports ("..., the coast guard
        said."), outside quotations: in the same paragraph, or `across` a paragraph break (never the headline)."""
        if sentence.start == 0:
            return None
        before = self.doc[sentence.start - 1].sent
        broken = "\n" in self.text[self.doc[sentence.start - 1].idx:sentence.start_char]  # the break may be a token
        headline_end = self.paragraphs[0][1] if self.paragraphs else 0
        if broken and not across or before.start_char < headline_end or any(t.is_quote for t in before):
            return None
        for verb in before:
            issuing = verb.lemma_.lower() in ISSUING_VERBS and self._attributes(verb)  # "published an assessment"
            if verb.pos_ == "VERB" and (verb.lemma_.lower() in reporting_verbs() or issuing) \
                    and not self.attributor.inside_quote(verb.idx):
                actor, via = self._source_of(verb)
                if actor is not None:
                    when = self.attributor.when(verb, (before.start_char, before.end_char))
                    return actor, when, via, self._kind(actor, verb)
        return None

    def _in_subject(self, figure: Token, verb: Token) -> bool:
        return _in_subject(figure, verb, self.attributor.directory)

    def _account_after(self, sentence: Span) -> tuple[Actor, tuple[str, str], tuple[Actor, ...], str] | None:
        """(source, when, relays, kind) of the next sentence when it says whose count the figure was: "The tally
        was revised upward by the IOM", "That figure comes from the ministry" (the count named by a definite
        count noun)."""
        if sentence.end >= len(self.doc):
            return None
        after = self.doc[sentence.end].sent
        if any(t.is_quote for t in after) or "\n\n" in self.text[sentence.end_char:after.start_char]:
            return None
        for verb in after:
            refers = any(c.dep_ in ("nsubj", "nsubjpass", "dobj") and c.lemma_.lower() in COUNT_NOUNS
                         and any(d.lower_ in ("the", "this", "that") for d in c.children) for c in verb.children)
            passive_by = any(c.dep_ == "agent" for c in verb.children)  # "was revised upward by the IOM"
            if refers and (self._attributes(verb) or passive_by) and not self.attributor.inside_quote(verb.idx):
                actor, via = self._source_of(verb)
                if actor is None:
                    return None
                when = self.attributor.when(verb, (after.start_char, after.end_char))
                return actor, when, via, self._kind(actor, verb)
        return None

    def _quote_verbs(self, quote: Quote) -> list[Token]:
        """The reporting verbs around a quotation, outside it: whose subject spoke it ("the governor told
        reporters", a title with nobody named) and to which outlet ("..., she told AFP": via AFP)."""
        first = self.doc.char_span(quote.sentence_start, quote.end, alignment_mode="expand")
        if first is None:
            return []
        tokens = self.doc[first.start:first[-1].sent.end]
        return [t for t in tokens if t.pos_ == "VERB" and t.lemma_.lower() in reporting_verbs()
                and not self.attributor.inside_quote(t.idx)]

    def _reported_state(self, verb: Token, source: Actor, relays: tuple[Actor, ...]) -> tuple[Actor, tuple[Actor, ...]]:
        """"Kenya expects the total to reach 5,000, Uganda's interior ministry said": a state as the subject
        of a clause another side reports is what the report is about, not its source; the reporter is ("South
        Korea says 11,000, Ukraine says 12,000" are two reports side by side)."""
        outer = relays[0] if relays else None
        if outer is None or self._is_outlet(outer) or country_aliases().get(source.name, ("", ""))[1] != "country" \
                or source.name != source.country or outer.country == source.country \
                or reporting_verbs().get(verb.lemma_.lower()) == "speech":
            return source, relays
        return outer, relays[1:]

    def _is_outlet(self, actor: Actor) -> bool:
        return bool(self.outlet) and actor.name.casefold() == self.outlet.casefold() or category_of(actor) == "outlet"

    def _kind(self, actor: Actor | None, near: Token) -> str:
        if actor is None:
            return ""
        if self.outlet and actor.name.casefold() == self.outlet.casefold():
            kind = category_of(actor, default="outlet")
            return kind if kind not in ("ngo", "outlet") else "outlet"  # a ministry's own bulletin is the ministry's
        if actor.kind != "person" and ANONYMITY.search(_text_of(near.sent)):
            return "anonymous"
        return category_of(actor)

    def _claimant_and_verb(self, figure: Token) -> tuple[Actor | None, Token | None, tuple[Actor, ...]]:
        sentence = figure.sent
        gapped = self._gapped_source(figure)
        if gapped is not None:
            return gapped
        # "An injection of 2,000 troops, which is what X claimed": the relative clause names the claimant.
        phrase = [figure, *(a for a in figure.ancestors)]
        phrase = phrase[:next((n for n, t in enumerate(phrase) if t.pos_ in ("VERB", "AUX")), len(phrase))]
        for node in phrase:
            for clause in (c for c in node.children if c.dep_ == "relcl"):
                for verb in (t for t in clause.subtree if t.lemma_.lower() in reporting_verbs() and t.pos_ == "VERB"):
                    actor = self._subject_of(verb)
                    if actor is not None:
                        return actor, verb, ()
        for node in figure.ancestors:
            if (self._attributes(node) or _threatens(node)) and not self._in_subject(figure, node):
                source_verb = self._speaker_before(figure, node)
                actor, via = self._source_of(source_verb)
                closing = self._subject_of(node) if source_verb is not node else None
                via = (*via, closing) if closing is not None and closing != actor else via
                node = source_verb
            elif node.lemma_.lower() in SOURCE_NOUNS and node.pos_ == "NOUN":
                actor, via = self._owner(node) or self.attributor.directory.actor_for(node), ()
                # "A police count of 47,500 ... is low, said the sociologist": the count's owner, relayed
                speaker = next((self._subject_of(a) for a in node.ancestors if self._attributes(a)
                                and a.lemma_.lower() in reporting_verbs()), None)
                via = (speaker,) if actor is not None and speaker is not None and speaker != actor else ()
            else:
                continue
            if actor is not None:
                found = [*via, *self._relays(node, actor), *self._outlets_between(node, actor),
                         *self._according_relayed(actor, via, sentence, figure)]
                source, relays = self._reported_state(node, *self._outlet_relays(
                    actor, tuple(dict.fromkeys(found)), cited=bool(via)))
                return source, node, relays
        actor, via = self._according(sentence, figure)
        actor = actor or self._source_phrase(sentence, figure) or self._appended_source(sentence, figure)
        if actor is not None:
            return actor, None, via
        verbs = sorted((t for t in sentence if self._attributes(t) and not self._in_subject(figure, t)
                        and not self.attributor.inside_quote(t.idx) and not _reports_its_own(t, figure)),
                       key=lambda t: abs(t.i - figure.i))
        # "X reports, citing Y, that ...": "citing" names the source of the verb it goes with, not a verb of its own
        verbs = [v for v in verbs if v.lemma_.lower() not in RELAY_VERBS] or verbs
        for verb in verbs:
            actor, via = self._source_of(verb)
            if actor is not None:
                found = [*via, *self._relays(verb, actor), *self._outlets_between(verb, actor),
                         *self._according_relayed(actor, via, sentence, figure)]
                source, relays = self._reported_state(verb, *self._outlet_relays(
                    actor, tuple(dict.fromkeys(found)), cited=bool(via)))
                return source, verb, relays
        for verb in (t for t in sentence if self._attributes(t) and self._in_subject(figure, t)):
            closing = _closing_subject(verb)
            actor = self.attributor.actor_from_head(closing) if closing is not None else None
            if actor is not None:
                return actor, verb, tuple(self._outlets_between(verb, actor))
        return None, next(iter(verbs), None), ()  # "He said ...", its speaker unnamed: the verb still has a day

    def _gapped_source(self, figure: Token) -> tuple[Actor, Token, tuple[Actor, ...]] | None:
        """"Washington says 8,000, Seoul close to 11,000, and Kyiv 11,000": a list that leaves out its verb names
        each figure's source right before it; the verb is the first item's."""
        doc, i = figure.doc, figure.i - 1
        while i > figure.sent.start and doc[i].lower_ in GAP_QUALIFIERS:
            i -= 1
        source = doc[i]
        before = doc[i - 1] if i > figure.sent.start else None
        if before is None or before.text not in (",", ";", "and") or not (
                source.pos_ == "PROPN" or source.pos_ == "NOUN" and source.lower_ in actor_kinds()):
            return None
        verb = next((t for t in doc[figure.sent.start:i] if t.pos_ == "VERB" and self._attributes(t)
                     and any(c.dep_ in ("dobj", "ccomp") and c.i < i for c in t.children)), None)
        if verb is None or self.attributor.inside_quote(source.idx) or figure in source.subtree:
            return None  # (not "and organisers 100,000", which the parse reads as 100,000 organisers)
        actor = self.attributor.actor_from_head(source)
        return (actor, verb, ()) if actor is not None and actor.kind == "body" else None

    def _according_relayed(self, actor: Actor, via: tuple[Actor, ...], sentence: Span, figure: Token) -> list[Actor]:
        """"N were killed, according to the ministry, the Daily Post reported": a news outlet that reports
        what a source it names said relays that source's figure."""
        if via or not self._is_outlet(actor):
            return []
        source = self._according_to(sentence, figure)
        return [source] if source is not None and source != actor and not self._is_outlet(source) else []

    def _speaker_before(self, figure: Token, verb: Token) -> Token:
        """"Doctors said 65 civilians were killed, the network reported": the parse may hang the closing
        "X reported" between the figure and "said"; the verb that introduces the figure is its source's, the
        one after it a relay's."""
        if verb.i < figure.i:
            return verb
        outer = next((a for a in verb.ancestors if self._attributes(a) and a.i < figure.i), None)
        between = [t for t in figure.doc[figure.i:verb.i] if t.is_punct and t.text in ",;—–"]
        return outer if outer is not None and between and verb.lemma_.lower() in reporting_verbs() else verb

    def _according_to(self, sentence: Span, figure: Token | None) -> Actor | None:
        return self._according(sentence, figure)[0]

    def _according(self, sentence: Span, figure: Token | None) -> tuple[Actor | None, tuple[Actor, ...]]:
        """"according to X" (organisers, residents and other groups of people too), in the reporter's words;
        with `figure`, one that gives a count of its own elsewhere in the sentence is not this figure's.
        "according to the Herald, which cited police sources": the sources', relayed by the Herald."""
        for according in (t for t in sentence if t.lower_ == "according" and not self.attributor.inside_quote(t.idx)):
            for to in (c for c in according.children if c.lower_ == "to"):
                for source in (c for c in to.children if c.dep_ == "pobj"):
                    if figure is not None and figure in source.subtree:
                        continue
                    # "according to figures from the Home Office": the figures' owner
                    owned = self._owner(source) if source.lemma_.lower() in SOURCE_NOUNS else None
                    actor = owned or self.attributor.actor_from_head(source)
                    if actor is None:
                        continue
                    # "according to a report by the Herald, citing police": the clause may hang on the owner
                    clauses = [c for n in (source, *(o for p in source.children if p.dep_ == "prep"
                                                     for o in p.children if o.dep_ == "pobj"))
                               for c in n.children if c.dep_ in ("relcl", "acl")]
                    # "..., according to the Red Crescent, cited by the agency": or on the verb, right after it
                    clauses += [c for c in according.head.children if c.dep_ == "advcl"
                                and 0 < c.left_edge.i - according.right_edge.i <= 2]
                    cited = [self.attributor.actor_from_head(o) for c in clauses
                             if c.lemma_.lower() in RELAY_VERBS for o in c.children if o.dep_ == "dobj"]
                    # "according to lawmakers briefed by the agency": the agency's, relayed by the lawmakers
                    cited = [*cited, self._briefing_source(source)]
                    cited = [c for c in cited if c is not None]
                    if cited and cited[0] != actor:
                        return replace(cited[0], country=cited[0].country or actor.country), (actor,)
                    # "according to the Red Crescent, cited by the state news agency": relayed by the agency
                    relays = [self.attributor.actor_from_head(o) for c in clauses if c.tag_ == "VBN"
                              and c.lemma_.lower() in PASSING_VERBS for a in c.children if a.dep_ == "agent"
                              for o in a.children if o.dep_ == "pobj"]
                    if relays and relays[0] is not None and relays[0] != actor:
                        return actor, (relays[0],)
                    return actor, ()
        return None, ()

    def _attributes(self, verb: Token) -> bool:
        """A verb of saying, estimating or observing, or one whose subject is a count ("a tally found"), in the
        reporter's words."""
        if verb.pos_ not in ("VERB", "AUX") or self.attributor.inside_quote(verb.idx):
            return False
        if reporting_verbs().get(verb.lemma_.lower()) == "record" and any(
                c.dep_ == "nsubj" and (is_place(c) or c.lemma_.lower() in PLACE_LEVELS) for c in verb.children):
            return False  # "Malawi has recorded 4,100 cases, the ministry said": where they were counted, not who
        # "the police raised their estimate to 26,000", "the ministry revised its toll": whose count it is
        # "the agency gave the highest figure, 11,400": a verb that gives out an estimate
        return verb.lemma_.lower() in attribution_verbs() or any(
            c.dep_ == "nsubj" and c.lemma_.lower() in SOURCE_NOUNS
            or c.dep_ == "dobj" and c.lemma_.lower() in COUNT_NOUNS and any(d.dep_ == "poss" for d in c.children)
            or c.dep_ == "dobj" and c.lemma_.lower() in ESTIMATE_NOUNS
            # "the ministry has published a partial assessment": a verb that issues a report
            or c.dep_ == "dobj" and c.lemma_.lower() in SOURCE_NOUNS and verb.lemma_.lower() in ISSUING_VERBS
            for c in verb.children)

    def _source_of(self, verb: Token) -> tuple[Actor | None, tuple[Actor, ...]]:
        """(source, relays) of a verb: its subject, or the source the subject cites or was briefed by. A news
        outlet relays: with another source named, that one is the source ("X said ..., the Daily Post reported")."""
        quoting = _quoting(verb)
        if quoting is not None:
            # "the news agency quoted the ministry as saying ...": the ministry's, relayed by the agency
            # "the ministry was quoted by Interfax as saying ...": the same, in the passive
            quoted = [self.attributor.actor_from_head(c) for c in quoting.children if c.dep_ in ("dobj", "nsubjpass")]
            agents = [o for a in quoting.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
            relay = self.attributor.actor_from_head(agents[0]) if agents else self._subject_of(quoting)
            if quoted and quoted[0] is not None:
                return quoted[0], (relay,) if relay is not None and relay != quoted[0] else ()
        subject = self._subject_of(verb) or self._passive_by(verb)
        if subject is None and verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN"):
            subject = self.attributor.directory.actor_for(verb.head)  # "a media report citing an official"
        cited = self._cited(verb) or self._per_sentence("citing", verb.sent, self._citing)
        if cited is None and subject is not None:
            cited = self._briefed_before(verb, subject)
        if cited is not None and subject is not None and subject != cited:
            # "a Spanish newspaper, citing police sources": a source of no stated country is the relay's.
            return replace(cited, country=cited.country or subject.country), (subject,)
        return cited or subject, ()

    def _briefed_before(self, verb: Token, speaker: Actor) -> Actor | None:
        """"Lawmaker X spoke after a briefing by the agency. He said ...": the briefing's source, when the
        sentence before in the paragraph has the same speaker."""
        sentence = verb.sent
        if sentence.start == 0 or "\n" in self.text[self.doc[sentence.start - 1].idx:sentence.start_char]:
            return None
        for before in (t for t in self.doc[sentence.start - 1].sent if self._attributes(t)):
            cited = self._cited(before)
            said_by = self._subject_of(before) if cited is not None else None
            if said_by is not None and said_by.name == speaker.name and cited.name != speaker.name:
                return cited
        return None

    def _per_sentence(self, what: str, sentence: Span, find) -> Actor | None:
        key = (what, sentence.start)
        if key not in self._sentence_sources:
            self._sentence_sources[key] = find(sentence)
        return self._sentence_sources[key]

    def _passive_by(self, verb: Token) -> Actor | None:
        """"The crowd was estimated at 40,000 by the city police": the "by" may hang on the figure."""
        if not any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
            return None
        for by in (t for t in verb.subtree if t.dep_ == "prep" and t.lower_ == "by" and t.head.i != verb.i
                   and (t.head.head.i == verb.i or t.head.head.head.i == verb.i)):
            for source in (c for c in by.children if c.dep_ == "pobj"):
                actor = self.attributor.directory.actor_for(source)
                if actor is not None:
                    return actor
        return None

    def _citing(self, sentence: Span) -> Actor | None:
        """"X reported, citing Y, that ...": the parse may hang "citing" on the reported clause."""
        for citing in (t for t in sentence if t.lemma_.lower() in RELAY_VERBS and t.tag_ == "VBG"
                       and not self.attributor.inside_quote(t.idx)):
            for source in (c for c in citing.children if c.dep_ == "dobj"):
                actor = self._cited_source(source)
                if actor is not None:
                    return actor
        return None

    def _cited_source(self, source: Token) -> Actor | None:
        """Who "citing X" names: a statement's or report's owner ("citing a statement from the coast guard"),
        else X; no one for the citer's own material ("citing intelligence it had declassified")."""
        if source.pos_ == "NOUN" and role_of(source).kind != "person" and not people_what(source.lower_) and any(
                c.dep_ == "relcl" and any(s.dep_ in SUBJECT_DEPS and s.tag_ == "PRP" for s in c.children)
                for c in source.children):
            return None
        owned = self._owner(source) if source.lemma_.lower() in SOURCE_NOUNS else None
        return owned or self.attributor.actor_from_head(source)

    def _outlets_between(self, verb: Token, source: Actor) -> list[Actor]:
        """News outlets that passed the source's words on: "X told AFP", "officials quoted by the agency said",
        "X said, according to the Daily Post". The article's own outlet is not between them."""
        directory = self.attributor.directory
        heads = [c for c in verb.children if c.dep_ in ("dative", "dobj")]
        heads += [o for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" for o in c.children
                  if o.dep_ == "pobj"]
        # "said in a statement carried by the state news agency", "said in an interview with Radio Alba"
        # (a named outlet only: not "at a news conference", "on its website")
        heads += [t for c in verb.children if c.dep_ == "prep" for t in c.subtree
                  if t.dep_ == "pobj" and t.head.dep_ in ("prep", "agent") and t.head.lower_ in ("with", "to", "by")
                  and t.head.i != c.i and any(w.pos_ == "PROPN" for w in t.subtree)]
        for subject in (c for c in verb.children if c.dep_ in SUBJECT_DEPS):
            for clause in (c for c in subject.children if c.dep_ == "acl"
                           and c.lemma_.lower() in PASSING_VERBS | {"publish"}):
                heads += [o for a in clause.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
        found = [directory.actor_for(h) for h in heads if h.pos_ in ("PROPN", "NOUN")]
        according = self._per_sentence("according", verb.sent, lambda sentence: self._according_to(sentence, None))
        found.append(according)
        return [a for a in found if a is not None and a != source and self._is_outlet(a) and not self._own(a)]

    def _own(self, actor: Actor) -> bool:
        """The article's own outlet, also by a short form of its name ("the Courier" in the Tbilisi Courier)."""
        name, outlet = actor.name.casefold(), self.outlet.casefold()
        # a short form is a name ("the Courier"); a common noun ("the agency said") is some body named before
        named = any(word[:1].isupper() for word in actor.name.split())
        return bool(outlet) and (name == outlet or named and len(name) > 3 and (name in outlet or outlet in name))

    def _outlet_relays(self, actor: Actor, via: tuple[Actor, ...], cited: bool = False
                       ) -> tuple[Actor, tuple[Actor, ...]]:
        """A news outlet is the source only when nobody else is: else it is a relay. A source someone cites stays
        the source ("the Star, citing a report in Le Matin": Le Matin's)."""
        if not via or cited or not self._is_outlet(actor):
            return actor, via
        sources = [a for a in via if not self._is_outlet(a)]
        if not sources:
            return actor, via
        return sources[-1], tuple(a for a in (actor, *via) if a != sources[-1])

    def _relays(self, verb: Token, source: Actor) -> list[Actor]:
        """Who passed the figure on: the subjects of the attribution verbs above this one ("the agency reported
        that the ministry said ...")."""
        relays = []
        # only the verbs that report this one's clause: not "A said ..., while B put it at ..."
        chain = list(itertools.takewhile(_reported, [verb, *verb.ancestors]))
        for outer in (t.head for t in chain):
            if self._attributes(outer) and outer.lemma_.lower() in reporting_verbs():
                actor = self._subject_of(outer)
                # (not the source again, named by a pronoun: "..., the ministry said, and ..., it added")
                if actor is not None and actor.name != source.name and actor not in relays:
                    relays.append(actor)
        return relays

    def _cited(self, verb: Token) -> Actor | None:
        """"lawmakers said, citing the intelligence service", "... after a briefing by the agency", "lawmakers
        briefed by the agency said": the figure is the cited source's."""
        for child in verb.children:
            if child.lemma_.lower() in RELAY_VERBS:
                for source in (c for c in child.children if c.dep_ == "dobj"):
                    actor = self._cited_source(source)
                    if actor is not None:
                        return actor
            if child.dep_ == "prep":
                for noun in (c for c in child.children if c.dep_ == "pobj" and c.lemma_.lower() in SOURCE_NOUNS):
                    actor = self._owner(noun)
                    if actor is not None:
                        return actor
        return next((actor for subject in verb.children if subject.dep_ in SUBJECT_DEPS
                     for actor in [self._briefing_source(subject)] if actor is not None), None)

    def _briefing_source(self, people: Token) -> Actor | None:
        """Who briefed the people a noun names: "lawmakers briefed by the agency" -> the agency."""
        for clause in (c for c in people.children if c.dep_ == "acl" and c.lemma_.lower() == "brief"):
            for agent in (c for c in clause.children if c.dep_ == "agent"):
                for source in (c for c in agent.children if c.dep_ == "pobj"):
                    actor = self.attributor.directory.actor_for(source)
                    if actor is not None:
                        return actor
        return None

    def _owner(self, noun: Token) -> Actor | None:
        """Whose count or estimate a noun is: "the union's count", "a police estimate", "a report by the agency"."""
        directory = self.attributor.directory
        for child in noun.children:
            if child.dep_ in ("poss", "compound") and child.pos_ in ("NOUN", "PROPN"):
                actor = directory.actor_for(child)
            elif child.dep_ == "amod" and country_aliases().get(child.text, ("", ""))[1] == "country":
                state = country_aliases()[child.text][0]  # "by British estimates": the state's
                actor = Actor(state, "body", "", state, "named")
            elif child.dep_ == "prep" and (child.lower_ in SOURCE_PREPS or child.lower_ == "in" and any(
                    c.dep_ == "pobj" and c.pos_ == "PROPN" for c in child.children)):  # "a report in Le Monde"
                objects = [c for c in child.children if c.dep_ == "pobj" and not any(t.like_num for t in c.subtree)]
                # "estimates from march organizers": a group of people owns them too (not "an estimate of 1,600
                # strikers": they are what it counts)
                actor = (self.attributor.actor_from_head(objects[0]) if objects[0].pos_ == "PROPN"
                         else directory.actor_for(objects[0])
                         or (directory.people_speaker(objects[0]) if child.lower_ != "of" else None)) \
                    if objects else None
                if actor is not None and child.lower_ == "in" and not actor.category:
                    actor = replace(actor, category="outlet")  # "a report in Le Matin": a publication
            elif child.dep_ == "relcl" and not any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ == "WDT"
                                                   for c in child.children):
                # "according to figures the ministry published": who published them
                subjects = [c for c in child.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")]
                actor = directory.actor_for(subjects[0]) if subjects else None
            elif child.dep_ == "acl" and child.lemma_.lower() not in PASSING_VERBS \
                    and any(a.dep_ == "agent" for a in child.children):
                # "figures released by the health ministry" (a statement carried by an agency is only relayed)
                objects = [o for a in child.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
                actor = directory.actor_for(objects[0]) if objects else None
            else:
                continue
            if actor is not None:
                return actor
        if noun.dep_ in ("nsubj", "nsubjpass"):
            # "The first estimate ... was given by the agency", "the figure came from the ministry"
            for prep in (c for c in noun.head.children if c.dep_ == "agent" or c.dep_ == "prep" and c.lower_ == "from"):
                for source in (o for o in prep.children if o.dep_ == "pobj" and not o.like_num):
                    actor = directory.actor_for(source)
                    if actor is not None:
                        return actor
        return None

    def _appended_source(self, sentence: Span, figure: Token) -> Actor | None:
        """"At least 40 were killed, from the army's general staff": a source set off after the figure with
        "from" (a body, not a place things came from)."""
        for prep in (t for t in sentence if t.lower_ == "from" and t.i > figure.i and t.i > 0
                     and t.nbor(-1).text == "," and not self.attributor.inside_quote(t.idx)):
            for source in (c for c in prep.children if c.dep_ == "pobj" and not is_place(c)
                           and c.ent_type_ not in ("GPE", "LOC", "DATE", "TIME")):
                actor = self.attributor.directory.actor_for(source)
                if actor is not None and actor.kind == "body" \
                        and country_aliases().get(actor.name, ("", ""))[1] != "country":
                    return actor
        return None

    def _source_phrase(self, sentence: Span, figure: Token) -> Actor | None:
        """"By the union's count, ...", "In the agency's assessment, ...": a source noun owned by someone."""
        for noun in sentence:
            if noun.lemma_.lower() in SOURCE_NOUNS and noun.pos_ == "NOUN" and noun.dep_ == "pobj" \
                    and figure not in noun.subtree and not self.attributor.inside_quote(noun.idx):
                actor = self._owner(noun)
                if actor is not None:
                    return actor
        return None

    def _subject_of(self, verb: Token) -> Actor | None:
        """The verb's subject; a pronoun subject ("said they estimate") defers to the outer speaker; a count as
        subject ("a police count put the crowd at ...") is its owner's."""
        subjects = [s for c in verb.children if c.dep_ in SUBJECT_DEPS or c.dep_ == "agent"
                    if (s := self.attributor.directory.unframed(c)) is not None]  # a label is no subject
        closing = _closing_subject(verb) if not subjects else None
        if closing is not None:
            # "Lowland sent 3,000 soldiers, Highland's spy agency, the Crown Intelligence Bureau, said": the parse
            # may leave the closing verb without a subject; its speaker is the phrase before it, never the subject
            # of the reported clause
            actor = self.attributor.actor_from_head(closing)
            if actor is not None:
                return actor
        for subject in subjects:
            if subject.dep_ == "agent":
                objects = [c for c in subject.children if c.dep_ == "pobj"]
                if objects:
                    return self.attributor.directory.actor_for(objects[0])
                continue
            if subject.lower_ in GROUP_PRONOUNS:
                owner = _owner_of_reported_subject(verb)
                if owner is not None:  # "The monitor's own tally is 27 dead, it said": "it" is the monitor
                    actor = self.attributor.directory.actor_for(owner)
                    if actor is not None and actor.kind == "body":
                        return actor
                outer = [a for a in verb.ancestors if a.lemma_.lower() in reporting_verbs()]
                actor = self._subject_of(outer[0]) if outer else None
                if actor is not None:  # not "In addition, it said, 22 cases were reported": whom "it" refers to
                    return actor
                if subject.lower_ == "we" and self.outlet and not self.attributor.inside_quote(subject.idx):
                    # "We estimate that ...": the writers' own voice, not the speaker before them
                    return Actor(self.outlet, "body", source="outlet", category="outlet")
            if subject.lemma_.lower() in SOURCE_NOUNS and subject.dep_ == "nsubj":
                owner = self._owner(subject)
                if owner is not None:
                    return owner
            return self.attributor.actor_of_verb(verb) or self.attributor.directory.office(subject)
        return self.attributor.actor_of_verb(verb)


def _owner_of_reported_subject(verb: Token) -> Token | None:
    """The named owner of the subject of what a verb reports: "monitor" in "The monitor's tally is 27, it said"."""
    for clause in (c for c in verb.children if c.dep_ in ("ccomp", "parataxis") and c.i < verb.i):
        for subject in (c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")):
            owner = next((c for c in subject.children if c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN")), None)
            if owner is not None:
                return owner
    return None


def _threatens(verb: Token) -> bool:
    """"The army threatened on Sunday to send 3,000 more": whoever threatens says what they would do."""
    return verb.lemma_.lower() in THREATENING and verb.pos_ == "VERB" and any(c.dep_ == "xcomp" for c in verb.children)


def _in_our_voice(figure: Token, singular: bool = False) -> bool:
    """The figure's clause has the reporters themselves as subject: "we", "our reporters", "our count" (with
    `singular`, the writer: "I counted", "my own count")."""
    we, our = ("i", "my") if singular else ("we", "our")
    verb = next((a for a in figure.ancestors if a.pos_ in ("VERB", "AUX")), None)
    between = figure.doc[min(verb.i, figure.i):max(verb.i, figure.i)] if verb is not None else []
    if verb is None or any(t.is_quote for t in between):
        return False  # "Of the 8,000, “we’ve not yet seen ...”": the speaker's "we", not the reporters'
    # (or of the clause that reports it: "Our own estimate is that about 4,500 are in the camps")
    subjects = [c for v in [verb, *verb.ancestors] if v.pos_ in ("VERB", "AUX") for c in v.children
                if c.dep_ in ("nsubj", "poss")]
    return any(s.lower_ == we or any(c.lower_ == our for c in s.children) for s in subjects)


def _gapped_day(figure: Token) -> str:
    """The day of a clause set off by semicolons that has no verb of its own ("On Saturday the police said
    38,000; on Sunday, 42,000", "CIB: 1,500 on March 3; about 3,000 on March 8"): the figures of a list of
    days, each given on its day; or the day of the clause's own statement ("...; and on Monday lawmakers were told
    45,000"), whichever statement the parse ties the figure to. A verb inside a phrase ("according to lawmakers
    briefed by the agency") is none of the clause's."""
    sentence = figure.sent
    if not any(t.text == ";" for t in sentence):
        return ""
    start = next((t.i + 1 for t in reversed(figure.doc[sentence.start:figure.i]) if t.text == ";"), sentence.start)
    end = next((t.i for t in figure.doc[figure.i:sentence.end] if t.text == ";"), sentence.end)
    clause = figure.doc[start:end]
    inside_phrase = {t.i for p in clause if p.dep_ == "prep" for t in p.subtree}
    verbs = [t for t in clause if t.pos_ in ("VERB", "AUX") and t.i not in inside_phrase]
    reporting = [t for t in verbs if t.pos_ == "VERB" and t.lemma_.lower() in reporting_verbs()]
    if reporting:  # "...; and on Monday lawmakers were told 45,000": the clause's own statement and its day
        excluded = reported_content(reporting[0])
        return next((ent.text for ent in clause.ents if ent.label_ in ("DATE", "TIME") and is_resolvable(ent.text)
                     and dates_statement(ent.root, reporting[0], excluded)), "")
    if verbs:
        return ""
    # the verb the clause leaves out is the first clause's: a report's ("they said"), not an event's ("On Monday,
    # 4,200 people crossed; on Tuesday, 5,100": the days the people crossed)
    first = figure.doc[sentence.start:next(t.i for t in sentence if t.text == ";")]
    tops = [t for t in first if t.pos_ in ("VERB", "AUX") and (t.head == t or not first.start <= t.head.i < first.end)]
    if any(t.lemma_.lower() not in reporting_verbs() for t in tops):
        return ""
    for ent in clause.ents:
        if ent.label_ in ("DATE", "TIME") and is_resolvable(ent.text) and not in_comparison(ent.root):
            return ent.text
    return ""


def _day_after(figure: Token) -> str:
    """The "on <date>" right after a figure, before the next figure: "about 3,000 on October 23 and ...",
    "between 11,000 and 12,000 on November 20"."""
    for token in figure.doc[figure.i + 1:figure.sent.end]:
        if token.ent_type_ == "CARDINAL" and token.i <= figure.i + 2 and RANGE_WORDS.match(token.nbor(-1).text):
            continue  # the range's upper figure
        if token.ent_type_ == "CARDINAL" or token.text == ";":
            return ""
        if token.ent_iob_ == "B" and token.ent_type_ == "DATE" and token.nbor(-1).lower_ == "on":
            end = token.i + 1
            while end < figure.sent.end and figure.doc[end].ent_iob_ == "I":
                end += 1
            return figure.doc[token.i:end].text
    return ""


def _describes_a_place(figure: Token) -> bool:
    """The figure is in a description set off by commas of a place or a site ("Zambia, a country of 21 million
    people,", "the town, which has 40,000 inhabitants,", "the plant, which employs 4,500 people,"): a standing fact,
    whoever the sentence quotes. A description that reports ("police, who put the crowd at 40,000,") is no such."""
    for node in [figure, *figure.ancestors]:
        if node.dep_ in ("appos", "relcl") and node.left_edge.i > 0 and node.doc[node.left_edge.i - 1].text == ",":
            if node.dep_ == "relcl" and node.lemma_.lower() in attribution_verbs():
                return False
            if node.dep_ == "relcl" and _is_past(node) and node.lemma_.lower() not in STANDING_VERBS:
                return False  # "the capital, where 900 died,": what happened there, not what the place is
            # the place is the noun described, or what the apposition calls it ("El Hierro, an island of ...")
            return is_place(node.head) or node.head.lemma_.lower() in SITE_NOUNS \
                or node.dep_ == "appos" and node.lemma_.lower() in SITE_NOUNS
        if node.pos_ in ("VERB", "AUX"):
            return False
    return False


def _of_those(figure: Token) -> bool:
    """A count of part of a group just counted: "Of those, 37 have died", "Among them were 40 children"."""
    clause = next((a for a in figure.ancestors if a.pos_ in ("VERB", "AUX")), figure)
    return any(t.lower_ in ("those", "them", "these") and t.dep_ == "pobj" and t.head.lower_ in ("of", "among")
               and t.i < figure.i for t in clause.subtree)  # not "employs 750,000 people, most of them women"


def _closing_subject(verb: Token) -> Token | None:
    """"At least 60 migrants drowned off Libya, the migration agency said": the parse may take the counted
    people for the subject of the closing "said"; its speaker is the phrase between the last comma and it."""
    end = verb.i - 1 if verb.i > verb.sent.start and verb.doc[verb.i - 1].text == "," else verb.i
    before = list(itertools.takewhile(lambda t: t.text != ",", reversed(verb.doc[verb.sent.start:end])))
    # "..., the Fjord Water Board (FWB) said": the short form in brackets is no word of the phrase
    words = [t for t in before if not t.is_punct and not bracketed(t)]
    if not before or len(words) > MAX_CLOSING_WORDS or before[-1].i == verb.sent.start:
        return None
    phrase = {t.i for t in before}
    heads = [t for t in before if t.head.i not in phrase and t.pos_ in ("NOUN", "PROPN")]
    if end < verb.i:
        # "..., Oslo's water regulator, the Fjord Water Board, said": a name in apposition to the speaker
        # "..., the agency's epidemiologist, Dr. Ana Ruiz, told reporters": a person's name, however it is parsed
        heads = [t.head if t.dep_ == "appos" and t.head.pos_ in ("NOUN", "PROPN") and t.head.i < before[-1].i
                 and before[-1].i - t.head.i <= MAX_CLOSING_WORDS else t if t.ent_type_ == "PERSON" else None
                 for t in heads]
        heads = [t for t in heads if t is not None]
    after = [t for t in verb.doc[verb.i + 1:verb.sent.end] if not t.is_punct and not t.is_space]
    closing = all(t.ent_type_ in ("DATE", "TIME") or t.pos_ in ("ADP", "ADV", "PROPN", "NOUN") for t in after) \
        and len(after) <= MAX_CLOSING_WORDS // 2
    # "At the clinic, a midwife who would not give her name said 90 ...": the parse may hang the speaker on the
    # place; what follows is what was said
    opening = any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children) and not any(
        c.dep_ in SUBJECT_DEPS for c in verb.children)
    return heads[0] if len(heads) == 1 and (closing or opening) else None


def _reported(clause: Token) -> bool:
    """A clause that its head reports, not one set against it ("while B put the number at ...") nor a second
    statement beside it ("A said ..., and B said ...", "A told reporters it was 4,000, and B has said ...": B's
    own reporting verb and subject)."""
    if second_report(clause, reporting_verbs()):
        return False
    if segment(clause) != segment(clause.head):
        return False  # "A said about 10,000; by November, B put it at 12,000": two statements, not one relayed
    return clause.dep_ in REPORTED_DEPS and not any(
        c.dep_ in ("mark", "cc") and c.lower_ in CONTRASTS for c in clause.children)


def _quoting(verb: Token) -> Token | None:
    """The verb of "X quoted Y as saying ..." that governs `verb` (or is it)."""
    node = verb
    for _ in range(3):
        if node.lemma_.lower() == "quote" and any(c.dep_ in ("dobj", "nsubjpass") for c in node.children):
            return node
        if node.dep_ not in ("pcomp", "pobj", "prep", "advcl", "xcomp") or node.head == node:
            return None
        node = node.head
    return None


def _noun_after(figure: Token) -> Token | None:
    """The noun a figure the parse hung on the word before it goes with: "2,140 displaced residents"."""
    for token in figure.doc[figure.i + 1:min(figure.i + 5, figure.sent.end)]:
        if token.pos_ == "NOUN" and token.dep_ not in ("compound", "amod"):
            return token
        if token.pos_ not in ("NOUN", "ADJ", "VERB", "PROPN") or token.pos_ == "VERB" and token.dep_ != "amod":
            return None
    return None


def _reports_its_own(verb: Token, figure: Token) -> bool:
    """"as the toll climbed to 80 and forecasters warned of more rain": a verb conjoined to the figure's clause,
    with a subject of its own, reports what it says, not the figure."""
    contrast = verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in CONTRASTS for c in verb.children)
    # a conjunction opens the clause ("..., Jo Rey said on Thursday" may be parsed as a conjunct too)
    joined = verb.dep_ == "conj" and verb.left_edge.i > 0 and verb.doc[verb.left_edge.i - 1].dep_ == "cc"
    if reporting_verbs().get(verb.lemma_.lower()) == "record" and figure not in verb.subtree:
        return True  # "flew a crew of 12 to register the families": a record is of its own objects
    # "Thousands marched against a law its opponents say will ...": a clause describing another noun says nothing
    # of the figure, unless that noun is counted too ("of the 3,000 people the agency says were flooded out, 800")
    # or is the figure's own ("5,000, the figure the ministry gave")
    if verb.dep_ == "relcl" and figure not in verb.subtree and not any(c.like_num for c in verb.head.children) \
            and verb.head.lemma_.lower() not in SOURCE_NOUNS | COUNT_NOUNS:
        return True
    # (one that gives figures of its own is a source of the count: "17 were children, and the ministry says 60% ...")
    return (joined or contrast) and verb.head in figure.ancestors and figure not in verb.subtree \
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) and not any(t.like_num for t in verb.subtree)


def _in_subject(figure: Token, verb: Token, directory: Directory | None = None) -> bool:
    """"More than 40,000 residents said ...": the counted people are not the source. A passive's subject with
    its agent named is what the agent reports ("three cases have been confirmed by the ministry"); a dateline the
    parse takes for the subject ("LIMA (Press) — About 900 ... fled, Jo Rey said") is none."""
    agent = any(c.dep_ == "agent" for c in verb.children)
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS and not (agent and c.dep_ == "nsubjpass")]
    subjects = subjects if directory is None else [s for c in subjects if (s := directory.unframed(c)) is not None]
    return any(figure in s.subtree for s in subjects)


def _phrase_text(token: Token) -> str:
    tokens = [t for t in token.subtree if t.i <= token.i]
    return token.doc[tokens[0].i:token.i + 1].text
