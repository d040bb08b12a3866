"""When a statement was made: date expressions near it, resolved against a reference date.

Extraction keeps the expression as written ("Thursday", "Oct. 31"); the build
resolves it once each article has a reference date (its publication date, or
an anchor found in the corpus), so "on Monday" becomes an ISO date.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from dateutil import parser as date_parser

from analysis.actors import _dateline, _text_of, reporting_verbs

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Doc, Token

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
# Occasions and documents of a statement: a date on them dates the statement ("in a statement on Monday").
STATEMENT_NOUNS = {"statement", "conference", "briefing", "interview", "remarks", "speech", "meeting",
                   "hearing", "post", "address", "statements", "session", "report", "study", "note", "letter",
                   "tweet", "release", "announcement", "testimony", "update", "teleconference", "telecon",
                   "broadcast", "bulletin", "communique", "memo", "email", "e-mail", "debate", "rally", "ruling",
                   "injunction", "opinion", "transcript", "programme", "program", "episode", "podcast", "figure",
                   "figures", "data", "statistics", "tally", "count", "estimate", "estimates"}
PUBLISHING = {"air", "broadcast", "publish", "release", "record", "post", "tape", "film"}  # "an interview that aired"
VAGUE_ADVERBS = {"once", "previously", "recently", "formerly"}  # "once said": some day, not a day
# Acts of speech that report no words: their day is the day of what is quoted next ("discussed it on Thursday").
SPEECH_ACTS = {"discuss", "talk", "appear", "speak"}
NAME_FILLERS = {"the", "of", "s", "for", "and"}  # "Ministry of Interior", "the union's"
DURATION_PREPS = {"for", "over", "during", "throughout", "within", "since", "until", "till"}
AGE = re.compile(r"(?i)^\d+$|\d+[-\s]years?[-\s]old|^aged?\b")
RELATIVE_DAYS = {"today": 0, "tonight": 0, "this morning": 0, "this afternoon": 0, "this evening": 0,
                 "yesterday": 1, "last night": 1}
MONTH_DAY = re.compile(
    r"(?i)\b(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?"
    r"(?:,?\s+\d{4})?|\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*"
    r"(?:\s+\d{4})?|\d{4}-\d{2}-\d{2})\b"
)
WEEKDAY = re.compile(r"(?i)\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b")
RELATIVE = re.compile(r"(?i)\b(today|tonight|yesterday|last night|this morning|this afternoon|this evening)\b")


# "two days ago"; "less than two weeks ago" or "a few weeks ago" stay vague.
AGO = re.compile(r"(?i)(?<!than )(?<!about )(?<!nearly )(?<!almost )(?<!some )(?<!around )\b"
                 r"(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(days?|weeks?)\s+ago\b")
# "on the 14th": a day of the reference's month ("the 14th of March" names its month).
ORDINAL_DAY = re.compile(r"(?i)\bthe\s+(\d{1,2})(?:st|nd|rd|th)\b(?!\s+(?:of\b|century|centuries))")
COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
          "nine": 9, "ten": 10}
# "five years", "the past two weeks": how long, not when.
DURATION = re.compile(r"(?i)^(?:the\s+)?(?:past\s+|last\s+|next\s+|first\s+)?(?:\d+|[a-z]+)\s+"
                      r"(?:years|months|weeks|days|hours|decades)$")


DATELINE_WORDS = 10  # "KYIV, Ukraine, Nov. 12 (Coast Wire)" before the dash
DATELINE_DAYS = 7  # a dateline this many days before publication is the day the story was written


def dateline_day(first_paragraph: str, published: date | None, year: int | None = None) -> date | None:
    """The day a wire dateline gives ("KYIV, Nov. 12 (Reuters) —"): the day the story was written, which its
    "on Monday" counts back from and its present-tense statements were made on. None without one, or when it
    is not within a week before `published`."""
    prefix = re.split(r"\s[—–-]\s|\s?—\s?", first_paragraph, maxsplit=1)[0]
    if prefix == first_paragraph or len(prefix.split()) > DATELINE_WORDS or not prefix[:1].isupper():
        return None
    prefix = re.sub(r"\s*\([^()]*\)\s*$", "", prefix)  # "(Reuters)"
    month_day = MONTH_DAY.search(prefix)
    # "PLACE, Region, Nov. 12": capitalised place words, a comma, and the day closing the dateline
    place = prefix[:month_day.start()].strip() if month_day else ""
    if not (place.endswith(",") and prefix[month_day.end():].strip(" ,") == ""
            and all(word[:1].isupper() for word in place.replace(",", " ").split())):
        return None
    day = resolve(month_day.group(0), published, year)
    if day is None or published is not None and not timedelta(0) <= published - day <= timedelta(DATELINE_DAYS):
        return None
    return day


# A day named by the day mentioned before it: "on the same day", "later that day", "the next day".
SAME_DAY = re.compile(r"(?i)^(?:on\s+)?(?:(?:later|earlier)\s+)?(?:(?:on\s+)?the\s+same\s+day|that\s+(?:same\s+)?"
                      r"(?:day|morning|afternoon|evening|night))$")
NEXT_DAY = re.compile(r"(?i)^(?:on\s+)?(?:the\s+(?:next|following)\s+day|a\s+day\s+later|the\s+day\s+after)$")
DAY_AFTER = re.compile(r"(?i)^the day after (.+)$")
DAYS_BEFORE = re.compile(r"(?i)^(\d+) days before (.+)$")  # written by figure_date: "1 days before Wednesday"
# A figure compared with an earlier one ("up from 1,900 the day before", "from 24 a day earlier", "compared
# with 40,000 on Saturday") has the day its own time phrase gives.
TIME_UNITS = {"day": 1, "morning": 1, "afternoon": 1, "evening": 1, "night": 1, "week": 7}
EARLIER_WORDS = {"before", "earlier", "previous", "prior"}


def is_resolvable(expression: str) -> bool:
    return bool(MONTH_DAY.search(expression) or WEEKDAY.search(expression) or RELATIVE.search(expression)
                or AGO.search(expression) or ORDINAL_DAY.search(expression))


def has_year(expression: str) -> bool:
    return bool(re.search(r"\b\d{4}\b", expression))


def resolve(expression: str, reference: date | None, year: int | None = None) -> date | None:
    """The date an expression names, counted back from `reference` (the article's date).

    Weekdays are the latest such day on or before the reference; a day and month
    without a year takes the reference's year (or `year`), moved back a year when
    that would put it more than a week after the reference.
    """
    if not expression:
        return None
    before = DAYS_BEFORE.match(expression)
    if before:
        day = resolve(before.group(2), reference, year)
        return day - timedelta(days=int(before.group(1))) if day is not None else None
    after = DAY_AFTER.match(expression)
    if after:
        day = resolve(after.group(1), reference, year)
        return day + timedelta(days=1) if day is not None else None
    month_day = MONTH_DAY.search(expression)
    if month_day:
        default_year = reference.year if reference else year
        if default_year is None and not has_year(month_day.group(0)):
            return None
        try:
            parsed = date_parser.parse(month_day.group(0), default=datetime(default_year or 2000, 1, 1)).date()
        except (ValueError, OverflowError):
            return None
        if reference and not has_year(month_day.group(0)) and parsed > reference + timedelta(days=7):
            parsed = parsed.replace(year=parsed.year - 1)
        return parsed
    if reference is None:
        return None
    weekday = WEEKDAY.search(expression)
    if weekday:
        back = (reference.weekday() - WEEKDAYS.index(weekday.group(1).lower())) % 7
        if re.search(rf"(?i)\blast\s+{weekday.group(1)}", expression) and back == 0:
            back = 7
        return reference - timedelta(days=back)
    relative = RELATIVE.search(expression)
    if relative:
        return reference - timedelta(days=RELATIVE_DAYS[relative.group(1).lower()])
    ago = AGO.search(expression)
    if ago:
        count = COUNTS.get(ago.group(1).lower()) or int(ago.group(1))
        return reference - timedelta(days=count * (7 if ago.group(2).lower().startswith("week") else 1))
    ordinal = ORDINAL_DAY.search(expression)
    if ordinal:
        month = reference.replace(day=1)
        if int(ordinal.group(1)) > reference.day:  # "the 28th" said on the 3rd: last month's
            month = (month - timedelta(days=1)).replace(day=1)
        try:
            return month.replace(day=int(ordinal.group(1)))
        except ValueError:
            return None
    return None


def _compared_phrase(prep: Token) -> bool:
    """"up from 300", "compared with 300": a figure given for another time."""
    if prep.dep_ != "prep" or not (prep.lower_ == "from" or prep.lower_ in ("with", "to")
                                   and prep.head.lemma_.lower() == "compare"):
        return False
    return _numeric_pobj(prep)


def _numeric_pobj(prep: Token) -> bool:
    """The phrase's object is a figure: "from 300", "from 300 people", "from a peak of 5,200"."""
    return any(c.dep_ == "pobj" and (c.like_num or any(n.dep_ == "nummod" and n.like_num for n in c.children)
                                     or _level_of(c) is not None) for c in prep.children)


def _level_of(noun: Token) -> Token | None:
    """The figure a noun of level gives ("a peak of 5,200", "a high of 300"): its "of" object, if a number."""
    return next((o for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children
                 if o.dep_ == "pobj" and o.like_num), None)


def in_comparison(token: Token) -> bool:
    """The token is in the phrase of a figure an earlier one is compared with ("up from 38,000 the evening
    before", "compared with 40,000 on Saturday"): a date there is that figure's, not the statement's. In
    "from 8,000 to 12,000 on Monday" the day is the later figure's."""
    for node in token.ancestors:
        if node.dep_ == "prep" and node.lower_ == "to" and _numeric_pobj(node):
            return False
        if _compared_phrase(node):
            return True
    return False


def figure_date(figure: Token) -> str:
    """The day an earlier figure of a comparison was counted, relative to a later day as `resolve` reads it
    ("1 days before " + the statement's day): "up from 1,900 the day before", "a day earlier", "the previous
    evening" are one day before the count it is compared with, "a week earlier" seven. Empty when the figure is
    not compared so, and takes the statement's day."""
    node = figure.head if figure.dep_ == "nummod" else figure
    if node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.dep_ == "pobj" \
            and _level_of(node.head.head) == node:
        node = node.head.head  # "down from a peak of 11,000 on Wednesday"
    if not (node.dep_ == "pobj" and _compared_phrase(node.head)):
        return ""
    if reported := _reported_day(node):
        return reported
    later = {t.i for c in node.subtree if c.dep_ == "prep" and c.lower_ == "to" and _numeric_pobj(c)
             for t in c.subtree}  # "from 8,000 to 12,000 on Monday"
    phrase = [t for t in node.head.subtree if t.i != figure.i and t.i not in later]
    # "up from 3,000 before the storm hit on Monday": a day of another event is not the figure's
    own = [t for t in phrase if not any(a.pos_ == "VERB" and a.lemma_.lower() not in reporting_verbs()
                                        for a in _ancestors_below(t, node.head))]
    text = " ".join(t.text for t in own)
    for pattern in (MONTH_DAY, WEEKDAY, RELATIVE, AGO):
        if found := pattern.search(text):
            return found.group(0)  # "compared with 40,000 on Saturday", "up from 300 yesterday"
    unit = next((TIME_UNITS[t.lemma_.lower()] for t in phrase if t.lemma_.lower() in TIME_UNITS), None)
    if unit is None or not {t.lower_ for t in phrase} & EARLIER_WORDS:
        return ""
    return f"{unit} days before " + _clause_day(node.head)


def _reported_day(noun: Token) -> str:
    """The day of a clause right after a compared figure that says who gave it and when ("up from 4,500 it
    reported on Oct. 24", "down from the 300 the ministry gave on Monday"), however the parse hangs it: the
    earlier figure was given that day."""
    doc = noun.doc
    verb = next((t for t in doc[noun.i + 1:min(noun.i + 5, noun.sent.end)] if t.pos_ == "VERB"), None)
    if verb is None or verb.lemma_.lower() not in reporting_verbs() or is_future(verb) or verb.tag_ != "VBD" \
            or not all(t.dep_ in ("nsubj", "det", "compound", "poss", "case", "amod") and t.head.i <= verb.i
                       for t in doc[noun.i + 1:verb.i]) or not any(t.dep_ == "nsubj" for t in doc[noun.i + 1:verb.i]):
        return ""
    for child in verb.children:
        if child.dep_ == "npadvmod" and is_resolvable(child.text):
            return child.text
        if child.dep_ == "prep" and child.lower_ == "on":
            days = [c for c in child.children
                    if c.dep_ == "pobj" and is_resolvable(" ".join(t.text for t in c.subtree))]
            if days:
                return " ".join(t.text for t in days[0].subtree)
    return ""


def _ancestors_below(token: Token, top: Token) -> list[Token]:
    found = []
    for ancestor in token.ancestors:
        if ancestor == top:
            break
        found.append(ancestor)
    return found


def _clause_day(prep: Token) -> str:
    """The day the clause of a comparison gives its own count ("rose to 31 on Tuesday, from 24 a day
    earlier"): what "a day earlier" counts back from. Empty when it gives none."""
    clause = next((a for a in prep.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if clause is None:
        return ""
    for child in clause.children:
        if child.dep_ == "npadvmod" and is_resolvable(child.text):
            return child.text
        if child.dep_ == "prep" and child.lower_ in ("on", "at") and not in_comparison(child):
            days = [c for c in child.children if c.dep_ == "pobj" and is_resolvable(c.text)]
            if days:
                return " ".join(t.text for t in days[0].subtree)
    return ""


def compared_when(figure: Token, when: tuple[str, str]) -> tuple[str, str]:
    """The statement's date `when` ((expression, where found)), or the day `figure_date` gives an earlier
    figure, counted back from the statement's day (the reference day when the statement has none)."""
    own = figure_date(figure)
    if not own:
        return when
    if not own.endswith(" "):
        return own, "text"
    if when[1] == "vague":
        return when
    return own + (when[0] or "today"), when[1] or "text"


def _date_entities(doc: Doc, start: int, end: int, excluded: set[int], inside_quote) -> list[tuple[str, bool, Token]]:
    """(expression, resolvable, head token) for each date expression in chars [start, end) outside `excluded`
    tokens. Ages ("Ana Ruiz, 42,") and durations ("for three years") are not dates."""
    found = []
    if "time_entities" not in doc.user_data:  # doc.ents builds new spans on every access
        doc.user_data["time_entities"] = [ent for ent in doc.ents if ent.label_ in ("DATE", "TIME")]
    for ent in doc.user_data["time_entities"]:
        if not (start <= ent.start_char < end):
            continue
        if any(t.i in excluded for t in ent) or inside_quote(ent.start_char) or not _is_a_time(ent):
            continue
        found.append((ent.text, is_resolvable(ent.text), ent.root))
    # The span's own text: doc.text would rebuild the whole article's text on every call.
    span = doc.char_span(start, end, alignment_mode="expand")
    offset, text = (span.start_char, _text_of(span)) if span else (start, "")
    for match in WEEKDAY.finditer(text):
        match_start, match_end = offset + match.start(), offset + match.end()
        if not inside_quote(match_start) and not any(match.group(0) in found_text for found_text, _, _ in found):
            token = doc.char_span(match_start, match_end, alignment_mode="expand")
            if token is not None and not any(t.i in excluded for t in token):
                found.append((match.group(0), True, token.root))
    return found


def _anaphoric_day(doc: Doc, text: str, head: Token, inside_quote) -> str:
    """"On the same day" is the day last named before it ("Monday"); "the next day" the day after it, written
    "the day after Monday" for `resolve`. Empty when the expression names no day by another, or none precedes."""
    if not (SAME_DAY.match(text.strip()) or NEXT_DAY.match(text.strip())):
        return ""
    if "days_named" not in doc.user_data:
        days, current = {}, ""
        for ent in doc.user_data.get("time_entities", []):
            if inside_quote(ent.start_char):
                continue
            if SAME_DAY.match(ent.text.strip()):
                days[ent.start_char] = current
            elif NEXT_DAY.match(ent.text.strip()):
                current = days[ent.start_char] = f"the day after {current}" if current else ""
            elif is_resolvable(ent.text) and not AGE.search(ent.text):
                current = ent.text
        doc.user_data["days_named"] = days
    entity = next((ent for ent in doc.user_data.get("time_entities", []) if ent.start <= head.i < ent.end), None)
    return doc.user_data["days_named"].get(entity.start_char, "") if entity is not None else ""


def _is_a_time(ent) -> bool:
    """A date phrase that can say which day: not an age or duration, nor a time of day that names no day
    ("14:20", "in the afternoon"), which is the day the article is about."""
    if not any(ch.isalpha() for ch in ent.text) or AGE.search(ent.text) or DURATION.match(ent.text):
        return False
    if ent.root.like_num and not is_resolvable(ent.text) and not has_year(ent.text):
        return False  # "between 80" (and 95 dead) taken for a date: a count
    if ent.label_ == "TIME" and not (is_resolvable(ent.text) or SAME_DAY.match(ent.text.strip())
                                     or NEXT_DAY.match(ent.text.strip())):
        return False
    before = ent.doc[ent.start - 1].lower_ if ent.start > 0 else ""
    return before not in DURATION_PREPS and not any(t.lower_ in DURATION_PREPS for t in ent)


def reported_content(verb: Token) -> set[int]:
    """Token indexes of what a reporting verb reports (its complement clause): its dates are not the statement's.
    A statement noun set off at the clause's end ("said 300 had left, in a statement on Sunday") is where the
    words were said, whatever the parse hangs it from."""
    content = {t.i for child in verb.children if child.dep_ in ("ccomp", "xcomp", "dobj") for t in child.subtree}
    # "Officials said Tuesday 40 people died": a day right after the verb is the verb's, however it is parsed.
    leading = []
    for token in verb.doc[verb.i + 1:verb.i + 5]:
        if token.ent_type_ not in ("DATE", "TIME") and token.lower_ not in ("on", "late", "early"):
            break
        leading.append(token)
    owned = any(t.dep_ in ("poss", "case") for t in leading)  # "said Monday's blast killed 40": the blast's day
    if not owned and any(t.ent_type_ in ("DATE", "TIME") and is_resolvable(t.text) for t in leading):
        content -= {t.i for t in leading}
    for prep in [t for t in verb.doc[verb.i:verb.sent.end] if t.i in content and t.dep_ == "prep" and t.lower_ == "in"
                 and t.i > 0 and t.nbor(-1).lower_ == ","]:
        if any(c.dep_ == "pobj" and c.lemma_.lower() in STATEMENT_NOUNS for c in prep.children):
            content -= {t.i for t in prep.subtree}
    return content


def reporting_statement(verb: Token) -> Token:
    """The statement the article reports: in "Park said the agency believed 400 ...", the agency's belief is
    what Park said, and it is Park's statement that has a day."""
    while verb.dep_ in ("ccomp", "xcomp") and verb.head.lemma_.lower() in reporting_verbs() \
            and verb.head.pos_ in ("VERB", "AUX") and segment(verb.head) == segment(verb):
        verb = verb.head  # across a semicolon it is another statement: "they said 38,000; on Monday, X was told"
    return verb


def segment(token: Token) -> int:
    """Which of the sentence's clauses set off by semicolons holds the token ("On Saturday they said 38,000;
    on Sunday, 42,000; on Monday, 45,000"): each has its own day."""
    return sum(1 for t in token.doc[token.sent.start:token.i] if t.text == ";")


def _governing_verb(token: Token) -> tuple[Token | None, bool]:
    """The verb a date phrase hangs from, and whether it hangs from a statement noun on the way
    ("at a news conference on Monday", "in a Tuesday statement")."""
    node, via_statement = token, False
    while node.head != node:
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            return node, via_statement
        via_statement = via_statement or node.lemma_.lower() in STATEMENT_NOUNS
    return (node if node.pos_ in ("VERB", "AUX") else None), via_statement


def is_future(verb: Token) -> bool:
    """"will announce", "is going to say": a statement not yet made."""
    if any(c.dep_ == "aux" and c.lower_ in ("will", "'ll", "shall") for c in verb.children):
        return True
    return verb.head.lower_ == "going" and verb.dep_ == "xcomp"


def dates_statement(date: Token, verb: Token | None, excluded: set[int], occasion_only: bool = False) -> bool:
    """Whether a date phrase says when the statement was made, not when something it reports happens.

    It must hang from the reporting verb ("said on Monday", "said before attending Wednesday's town hall"),
    from the verb whose clause the reporting verb extends ("escalated his attacks Saturday, saying ..."), from a
    statement noun ("in a statement on Monday", "an interview that aired Wednesday") or from another verb of
    speech of the sentence ("speaking on Monday, she said"). A date of the counted event ("were detained on
    Monday"), of a coming one ("will be laid off on March 3", "should reopen by Friday") or of a statement still
    to be made is not a statement's date. `occasion_only` takes only the dates of statement nouns.
    """
    governing, via_statement = _governing_verb(date)
    if in_comparison(date):
        return False  # "..., the agency said, down from a peak of 5,200 on Monday night": the earlier figure's day
    if governing is not None and _describes_subject(date, governing):
        return False  # "X, the spokeswoman for the group behind Saturday's march, said": the march's day
    # "called it its final estimate of last Saturday's march": what is said is of the march (but "said ... before
    # attending Monday's talks" is the day of the statement's occasion)
    if date.dep_ == "poss" and date.head.lemma_.lower() not in STATEMENT_NOUNS and governing is not None and any(
            c.dep_ in ("dobj", "oprd", "attr") and date in c.subtree for c in governing.children) and not (
            verb is not None and governing != verb and _adjunct_of(governing, verb)):
        return False
    if verb is not None and governing is not None and governing.i in excluded and date.i not in excluded \
            and 0 < date.i - verb.i <= 4 and not is_future(verb):
        return True  # the day right after the verb, parsed into what it reports (see reported_content)
    if governing is None or governing.i in excluded and not (via_statement and date.i not in excluded):
        return False
    if via_statement or governing.dep_ in ("acl", "relcl") and (
            governing.head.lemma_.lower() in STATEMENT_NOUNS or _in_attribution(governing)
            or _published_statement(governing)):
        return True
    if occasion_only:  # "held a news conference on Monday", "issued a ruling late Thursday"
        return verb is not None and governing == verb and any(
            c.dep_ == "dobj" and c.lemma_.lower() in STATEMENT_NOUNS for c in verb.children)
    if verb is not None:
        if is_future(verb):
            return False
        if governing == verb or _extends(verb, governing) or _adjunct_of(governing, verb) \
                or _speaking_subject(governing, verb) or _speaking_before(governing, verb):
            return True
    # "the strike, which the union called on Monday, ...": a clause describing a noun is not this statement.
    return reporting_verbs().get(governing.lemma_.lower()) == "speech" and not is_future(governing) \
        and governing.dep_ not in ("acl", "relcl")


def _describes_subject(date: Token, verb: Token) -> bool:
    """A date in the description of the verb's subject, not on a statement noun ("the group behind Saturday's
    march" in "X, the spokeswoman for the group behind Saturday's march, spoke to ..."): an event's day."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and date in c.subtree), None)
    if subject is None:
        return False
    inside = {t.i for t in subject.subtree}
    return not any(t.lemma_.lower() in STATEMENT_NOUNS for t in date.ancestors if t.i in inside)


def _published_statement(clause: Token) -> bool:
    """"an interview with fire chief Dana Okoro that aired on Wednesday": a clause of publishing that the parse
    hangs on a noun inside the statement noun's phrase describes the statement."""
    if clause.lemma_.lower() not in PUBLISHING:
        return False
    for node in clause.head.ancestors:
        if node.pos_ in ("VERB", "AUX"):
            return False
        if node.lemma_.lower() in STATEMENT_NOUNS:
            return True
    return False


def _in_attribution(clause: Token) -> bool:
    """"according to figures the ministry published on Wednesday": a clause describing the source."""
    return any(a.lower_ == "according" and a.dep_ == "prep" for a in clause.ancestors)


def _extends(verb: Token, clause: Token) -> bool:
    """The verb of speech continues the clause: "raised the alarm on Monday, saying ...", "rallied supporters
    by warning ...", "played it down and argued ..."."""
    if verb.head == clause and verb.dep_ in ("advcl", "conj"):
        return True
    return verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.head == clause


def _speaking_subject(clause: Token, verb: Token) -> bool:
    """"The governor, speaking on Wednesday, said ...", "The governor, who spoke to reporters on Friday, said
    ...": a participle or relative clause of speech describing the verb's subject."""
    describes = clause.dep_ == "acl" and clause.tag_ == "VBG" or clause.dep_ == "relcl" and not is_future(clause)
    # "Rey, speaking in Rome on Tuesday, would not give a figure but said ...": the subject both verbs share
    shared = verb.head if verb.dep_ == "conj" else verb
    return describes and clause.head.head in (verb, shared) \
        and clause.head.dep_ in ("nsubj", "nsubjpass") and (
            clause.lemma_.lower() in SPEECH_ACTS or reporting_verbs().get(clause.lemma_.lower()) == "speech")


def _speaking_before(clause: Token, verb: Token) -> bool:
    """"Appearing before the committee on Monday, Ruiz said ...", "Talking to reporters on Friday, she said":
    a participle of an act of speech that opens the verb's sentence is the occasion of its statement."""
    return clause.dep_ == "advcl" and clause.head == verb and clause.tag_ == "VBG" and clause.i < verb.i \
        and clause.lemma_.lower() in SPEECH_ACTS


def _adjunct_of(node: Token, verb: Token) -> bool:
    """"said before attending Wednesday's meeting": a gerund in a prepositional phrase of the verb."""
    while node != verb:
        if node.dep_ not in ("pcomp", "prep", "pobj") or node.head == node:
            return False
        node = node.head
    return True


def _own_date(doc: Doc, verb: Token | None, sentence: tuple[int, int], inside_quote,
              occasion_only: bool = False) -> tuple[str, str]:
    """("Monday", "text") when the sentence dates its statement, ("", "vague") when only vaguely, else ("", "")."""
    excluded = reported_content(verb) if verb is not None else set()
    own = [(text, resolvable, head) for text, resolvable, head in
           _date_entities(doc, sentence[0], sentence[1], excluded, inside_quote)
           if dates_statement(head, verb, excluded, occasion_only)]
    # "LIMA, May 4 (Wire) - Organisers on Saturday put ...": the dateline's day is the story's, the day its
    # statements count back from (and have when nothing else dates them), not a statement's own
    own = [found for found in own if not _in_dateline(doc, found[2])]
    # "said on Tuesday ..., and added on Wednesday ...": the verb's own date before the clause it extends.
    own.sort(key=lambda found: (verb is not None and segment(found[2]) != segment(verb),
                                verb is None or _governing_verb(found[2])[0] != verb))
    for text, resolvable, head in own:
        if resolvable:
            return text, "text"
        if anaphoric := _anaphoric_day(doc, text, head, inside_quote):
            return anaphoric, "text"
    if own or verb is not None and not occasion_only and any(
            c.dep_ == "advmod" and c.lower_ in VAGUE_ADVERBS for c in verb.children):
        return "", "vague"
    return "", ""


def _dateline_of(doc: Doc) -> tuple[int, int]:
    """(start, end) of the article's dateline: the directory of actors finds it (actors.Directory), else here."""
    if "dateline" not in doc.user_data:
        doc.user_data["dateline"] = _dateline(doc.text)
    return doc.user_data["dateline"]


def _in_dateline(doc: Doc, token: Token) -> bool:
    start, end = _dateline_of(doc)
    return start <= token.idx < end


def statement_date(doc: Doc, verb: Token | None, sentence: tuple[int, int], inside_quote,
                   paragraphs: list[tuple[int, int]], speaker: str = "",
                   speaker_of: Callable[[Token], str] | None = None) -> tuple[str, str]:
    """(expression, where it was found) for the day a statement was made.

    Looks in the statement's own sentence (see dates_statement), then back through the few sentences before
    it for the same speaker reporting in the same tense ("The mayor spoke on Monday. ... she said"): an
    earlier event, or another speaker's statement, does not date this one. A present-tense "says" is not
    the past statement before it. Returns ("", "vague") when the statement is dated only vaguely
    ("earlier this month").
    """
    found = _own_date(doc, verb, sentence, inside_quote)
    if not found[1] and (label := _entry_label(doc, sentence[0], paragraphs)):
        found = label, "text"  # "Oct. 18 — The agency says ...": a timeline's entry is dated by its label
    if not found[1] and (tally := _tally_day(doc, sentence, inside_quote)):
        found = tally, "text"
    if not found[1] and speaker_of is not None:
        found = _context_date(doc, verb, sentence, inside_quote, paragraphs, speaker, speaker_of)
    if not found[1] and (event := _event_day(doc, verb, sentence, inside_quote)):
        found = event, "text"
    return _under_header(doc, found, sentence[0], paragraphs) if found[1] else _header_day(doc, sentence[0], paragraphs)


def _entry_label(doc: Doc, char: int, paragraphs: list[tuple[int, int]]) -> str:
    """The date that opens the paragraph as its label, before a dash or colon ("Oct. 18 — ...", "March 3: ...")."""
    start = next((p_start for p_start, p_end in paragraphs if p_start <= char < p_end), None)
    if start is None or _dateline_of(doc)[1] > start:
        return ""  # "LIMA, May 4 (Wire) - ...": a dateline, the story's day
    label = re.match(r"\s*([^—–:\n]{3,24}?)\s*(?:[—–:]|\s-\s)", doc.text[start:start + 40])
    return label.group(1) if label and MONTH_DAY.search(label.group(1)) and is_resolvable(label.group(1)) else ""


def _under_header(doc: Doc, found: tuple[str, str], char: int, paragraphs: list[tuple[int, int]]) -> tuple[str, str]:
    """"today", "this morning", "yesterday" in a liveblog's entry count from the day of the date line above it
    ("Monday, 3 March"), not from the day the page was last published."""
    relative = RELATIVE.search(found[0])
    if relative is None or MONTH_DAY.search(found[0]) or WEEKDAY.search(found[0]):
        return found
    sentence = doc.char_span(char, char + 1, alignment_mode="expand")
    label = sentence.sent.text.split(":", 1)[0] if sentence is not None and ":" in sentence.sent.text else ""
    if label and len(label.split()) <= 3 and is_resolvable(label):
        return found  # "Today: the board said this morning ...": the entry's own label names its day
    header = _header_day(doc, char, paragraphs)[0]
    if not header or RELATIVE.search(header):
        return found
    back = RELATIVE_DAYS[relative.group(1).lower()]
    return (header if back == 0 else f"{back} days before {header}"), found[1]


TALLY_PREPS = {"by", "of", "at"}  # "by Wednesday", "as of Wednesday", "as at Wednesday"
# Verbs that give a count's level on a day: "the toll rose to 1,250 on Wednesday", "stood at 47 on Thursday".
LEVEL_VERBS = {"rise", "climb", "reach", "stand", "hit", "top", "jump", "increase", "grow", "surpass", "exceed"}
# Verbs by which a source sets a count's level, with the count as object: "raised the toll to 51 on Thursday",
# "put the number at 2,800 on October 23", "revised its estimate to 900 on Monday".
SETTING_VERBS = {"raise", "lower", "revise", "put", "bring", "update", "push", "lift"}
LEVEL_OBJECTS = {"number", "toll", "total", "tally", "count", "figure", "estimate", "estimates", "figures"}


def _level_clause(verb: Token | None) -> Token | None:
    """The verb that gives a count's level: a verb of level ("rose to 210"), or one that sets it with the count
    as object ("raised the toll to 51"), also when the parse hangs the level on a participle inside that object
    ("raised the number of soldiers killed in the attack to 51 on Thursday"). None for any other verb."""
    if verb is None or any(c.dep_ == "auxpass" for c in verb.children):
        return None  # "an ambulance was hit on November 8": an event, not a level
    if verb.lemma_.lower() in LEVEL_VERBS or _sets_level(verb):
        return verb
    if verb.dep_ == "acl" and any(c.dep_ == "prep" and c.lower_ in ("to", "at") and any(
            o.dep_ == "pobj" and o.like_num for o in c.children) for c in verb.children):
        setter = next((a for a in verb.ancestors if a.pos_ in ("VERB", "AUX")), None)
        return setter if setter is not None and _sets_level(setter) else None
    return None


def _sets_level(verb: Token) -> bool:
    return verb.lemma_.lower() in SETTING_VERBS and any(c.dep_ == "dobj" and c.lemma_.lower() in LEVEL_OBJECTS
                                                         for c in verb.children)


def _tally_day(doc: Doc, sentence: tuple[int, int], inside_quote) -> str:
    """The day a count was made up to ("By Wednesday, the number had risen to 450, the ministry said", "As of
    Monday, 2,300 had registered") or that gives a count's level ("the toll rose to 1,250 on Wednesday"): the
    figure was given that day. A coming day ("should reopen by Friday") is none."""
    for text, _, head in _date_entities(doc, sentence[0], sentence[1], set(), inside_quote):
        node = head.head if head.dep_ == "compound" else head  # "as of Wednesday evening"
        prep = node.head if node.dep_ == "pobj" else None
        # a named day: "as of this morning" is the speaker's own day, which the statement has anyway
        if not (MONTH_DAY.search(text) or WEEKDAY.search(text)):
            continue
        governing = _governing_verb(head)[0]
        setter = _level_clause(governing)
        clause = setter or governing
        level = setter is not None and not in_comparison(head) and (
            node.dep_ == "npadvmod" and node.head == governing or prep is not None and prep.head == governing and (
                prep.lower_ == "on" or any(c.dep_ == "nummod" for c in node.children)))  # "rose to 210 Sunday"
        if not level and (prep is None or prep.lower_ not in TALLY_PREPS):
            continue
        if not level and prep.lower_ != "by" and not (prep.i > 0 and doc[prep.i - 1].lower_ == "as"):
            continue
        if clause is not None and clause.tag_ in ("VBD", "VBN") and not is_future(clause) and not any(
                c.dep_ == "aux" and c.tag_ == "MD" for c in clause.children):
            return text
    return ""


EVENT_PREPS = {"on", "at", "during", "over"}  # "were moved on Wednesday", not "since Monday" or "by Friday"


def _event_day(doc: Doc, verb: Token | None, sentence: tuple[int, int], inside_quote) -> str:
    """The day of what a statement with no day of its own reports as done ("About 1,100 people were moved on
    Wednesday, the prefecture said"): officials report a day's events that day, or the article says when. Only a
    statement in the past and a done event: a coming day ("will be laid off on March 3") is none."""
    if verb is None or verb.tag_ != "VBD":
        return ""
    for text, resolvable, head in _date_entities(doc, sentence[0], sentence[1], set(), inside_quote):
        if not resolvable or not (MONTH_DAY.search(text) or WEEKDAY.search(text) or RELATIVE.search(text)):
            continue
        node = head.head if head.dep_ == "compound" else head
        prep = node.head if node.dep_ == "pobj" else None
        if prep is not None and prep.lower_ not in EVENT_PREPS or prep is None and node.dep_ != "npadvmod":
            continue
        event = _governing_verb(head)[0]
        # (not a modal, nor what had happened before ("had been sent on Tuesday"), nor a clause set before, after
        # or when the count was ("without power after a storm brought lines down on Tuesday"))
        if event is None or event == verb or event.tag_ not in ("VBD", "VBN") or is_future(event) \
                or any(c.dep_ == "aux" and (c.tag_ == "MD" or c.lower_ == "had") or c.dep_ == "mark"
                       for c in event.children) or event.dep_ == "advcl" or in_comparison(head):
            continue
        subject = {t.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}
        if (verb in event.ancestors or event in verb.ancestors) and event.i not in subject:
            return text  # the event the statement reports, in its sentence (not "the governor, who flew in on ...")
    return ""


# What a date line holds besides its day: weekdays, clock times, years, time zones ("Tue 11 Mar 2025 18.40 GMT").
HEADER_REST = re.compile(r"(?i)\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\b"
                         r"|\b\d{1,4}(?:[:.]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)?(?=\W|$)|(?-i:\b[A-Z]{2,4}\b)|[^\w\s]")


def _header_day(doc: Doc, char: int, paragraphs: list[tuple[int, int]]) -> tuple[str, str]:
    """The day of the last date-only line before `char` ("Monday:", "Saturday, 3 May 2025" over a liveblog's
    entries, "Today:" in a week's round-up): the statements below it, up to the next, were made that day."""
    if "date_headers" not in doc.user_data:
        headers = []
        body = paragraphs[1][0] if len(paragraphs) > 1 else 0
        for sent in doc.sents:
            text = _text_of(sent).strip()
            if sent.start_char < body or len(text.split()) > 8 or not is_resolvable(text):
                continue
            day = MONTH_DAY.search(text) or WEEKDAY.search(text) or RELATIVE.search(text)
            if day and not HEADER_REST.sub("", text[:day.start()] + " " + text[day.end():]).strip():
                headers.append((sent.start_char, day.group(0)))
        doc.user_data["date_headers"] = headers
    before = [text for start, text in doc.user_data["date_headers"] if start < char]
    return (before[-1], "context") if before else ("", "")


def _context_date(doc: Doc, verb: Token | None, sentence: tuple[int, int], inside_quote,
                  paragraphs: list[tuple[int, int]], speaker: str,
                  speaker_of: Callable[[Token], str]) -> tuple[str, str]:
    """The date of an earlier sentence in which the same speaker makes the same statement (see statement_date)."""
    first = doc.char_span(sentence[0], sentence[1], alignment_mode="expand")
    if first is None:
        return "", ""
    floor = _paragraph_floor(paragraphs, sentence[0])
    current = first[0].sent
    figures = _figures_of(current)
    pronoun = _pronoun_subject(verb) if verb is not None else ""
    for step in range(6):
        if current.start == 0:
            break
        current = doc[current.start - 1].sent
        if current.start_char < floor:
            break
        repeated = _shares_figure(figures, current)
        for earlier in (t for t in current if t.pos_ in ("VERB", "AUX")):  # only a verb makes a statement
            stands_for = step == 0 and pronoun and _can_stand_for(pronoun, earlier)
            kind = _same_statement(earlier, verb, speaker, speaker_of, inside_quote, repeated or stands_for)
            if not kind:
                continue
            text, where = _own_date(doc, earlier, (current.start_char, current.end_char), inside_quote,
                                    occasion_only=kind == "occasion")
            if where:
                return text, "context" if text else where
            # "The army raised the toll to 51 on Thursday. Of the dead, 11 were volunteers, the army said."
            if kind == "occasion" and _sets_level(earlier) and same_speaker(speaker, speaker_of(earlier)) \
                    and (tally := _tally_day(doc, (current.start_char, current.end_char), inside_quote)):
                return tally, "context"
    return "", ""


PRONOUNS = {"he": "person", "she": "person", "it": "body", "they": "many"}


def _pronoun_subject(verb: Token) -> str:
    """"he", "she", "it" or "they" when the verb's subject is that pronoun, else ""."""
    return next((c.lower_ for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in PRONOUNS), "")


def _can_stand_for(pronoun: str, earlier: Token) -> bool:
    """"The president said on Monday ... He said ...": a pronoun whose speaker is not named stands for the
    subject of a statement in the sentence just before, when it can: "he" or "she" for a singular noun that
    names no place or body, "it" for a singular noun that names no person, "they" for a plural one."""
    subject = next((c for c in earlier.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.lower_ in PRONOUNS:
        return False
    kind = PRONOUNS[pronoun]
    if kind == "many":
        return subject.tag_ in ("NNS", "NNPS")
    if subject.tag_ not in ("NN", "NNP"):
        return False
    if kind == "person":
        return subject.ent_type_ not in ("ORG", "GPE", "NORP", "FAC", "LOC")
    return subject.ent_type_ != "PERSON"


def occasion_date(doc: Doc, sentence, inside_quote) -> tuple[str, str]:
    """The date a sentence gives an occasion of speech ("an interview that aired on Sunday", "This interview was
    recorded on Friday", "Ruiz spoke with our host on Sunday"): a date on a statement noun, on a verb of speech,
    or on a verb whose subject or object is a statement noun."""
    verb = sentence.root
    found = _own_date(doc, verb, (sentence.start_char, sentence.end_char), inside_quote, occasion_only=True)
    if found[1]:
        return found
    for text, resolvable, head in _date_entities(doc, sentence.start_char, sentence.end_char, set(), inside_quote):
        governing = _governing_verb(head)[0]
        if not resolvable or governing is None or is_future(governing) or _describes_subject(head, governing):
            continue
        lemma = governing.lemma_.lower()
        if lemma in SPEECH_ACTS or reporting_verbs().get(lemma) == "speech" or any(
                c.dep_ in ("nsubj", "nsubjpass", "dobj") and c.lemma_.lower() in STATEMENT_NOUNS
                for c in governing.children):
            return text, "text"
    return "", ""


def _figures_of(sentence) -> set[str]:
    """The figures a sentence gives (not its dates): see _shares_figure."""
    return {t.text for t in sentence if t.like_num and len(t.text) >= 3 and t.ent_type_ != "DATE"}


def _shares_figure(figures: set[str], earlier) -> bool:
    """An earlier sentence gives one of a statement's `figures` ("as many as 10,000"): they report one
    statement, however they name the speaker ("a department spokesperson", then the spokesperson's name)."""
    return any(t.text in figures for t in earlier if t.like_num)


def _same_statement(earlier: Token, verb: Token | None, speaker: str, speaker_of: Callable[[Token], str],
                    inside_quote, repeated: bool) -> str:
    """"speech" for an earlier verb of speech by the same speaker (or giving the same figure), in the same
    tense as this statement's verb; "occasion" for another verb of the same speaker, whose statement nouns
    may date the occasion ("During an interview that aired Wednesday, she discussed ..."); else ""."""
    if earlier.pos_ not in ("VERB", "AUX"):
        return ""
    if earlier.dep_ == "acl" and earlier.head.lemma_.lower() in STATEMENT_NOUNS and not is_future(earlier) \
            and not inside_quote(earlier.idx) and (repeated or same_speaker(speaker, _owner(earlier.head))):
        return "occasion"  # "according to Home Office figures published on Tuesday. The Home Office said ..."
    speech = earlier.pos_ == "VERB" and (reporting_verbs().get(earlier.lemma_.lower()) == "speech"
                                         or earlier.lemma_.lower() in SPEECH_ACTS)
    # A copula counts as the occasion of its subject ("At a hearing on Tuesday, Ruiz was blunt").
    if not (speech or any(c.dep_ in ("nsubj", "nsubjpass") for c in earlier.children)):
        return ""
    if earlier.pos_ == "AUX" and earlier.dep_ != "ROOT":
        return ""
    if verb is not None and _tense(verb) and _tense(earlier) and _tense(verb) != _tense(earlier):
        return ""
    if inside_quote(earlier.idx) or is_future(earlier) or _infinitive(earlier):
        return ""
    if any(a.lemma_.lower() in reporting_verbs() and a.pos_ == "VERB" for a in earlier.ancestors):
        return ""  # "Graham said she once encountered ...": what a statement reports is not a statement
    if not (repeated or same_speaker(speaker, speaker_of(earlier))):
        return ""
    return "speech" if speech else "occasion"


def _owner(noun: Token) -> str:
    """Whose statement noun it is: "Home Office" in "Home Office figures", "the ministry" in "the ministry's
    report"."""
    return " ".join(t.text for c in noun.children if c.dep_ in ("poss", "compound") for t in c.subtree)


def _infinitive(verb: Token) -> bool:
    """"met on Friday to discuss the dispute": a purpose or a plan, not a discussion that took place."""
    return any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)


def _tense(verb: Token) -> str:
    if verb.tag_ in ("VBZ", "VBP"):
        return "present"
    return "past" if verb.tag_ == "VBD" else ""


def same_speaker(one: str, other: str) -> bool:
    """"Ana Ruiz" and "Ruiz", "Ministry of Interior" and "the ministry" are one speaker: an article names a
    speaker in full once, then by one word of the name (a surname, the kind of body)."""
    one_words, other_words = _name_words(one), _name_words(other)
    if not one_words or not other_words:
        return False
    if one_words == other_words:
        return True
    if len(one_words) == 1 or len(other_words) == 1:
        word = (one_words if len(one_words) == 1 else other_words)[0]
        return word in (other_words if len(one_words) == 1 else one_words)
    return False


def _name_words(name: str) -> list[str]:
    return [w for w in re.split(r"[\s'’]+", name.strip().lower()) if w and w not in NAME_FILLERS]


def _paragraph_floor(paragraphs: list[tuple[int, int]], char: int) -> int:
    """Start of the paragraph before the one holding `char`: context never reaches further back, nor into
    the headline."""
    index = next((i for i, (s, e) in enumerate(paragraphs) if s <= char <= e), 0)
    return paragraphs[max(min(1, index), index - 3)][0]
