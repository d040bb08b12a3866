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

from analysis.actors import reporting_verbs

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
STATEMENT_NOUNS = {"statement", "conference", "briefing", "interview", "remarks", "speech", "meeting",
                   "hearing", "post", "address", "statements", "session"}
RELATIVE_DAYS = {"today": 0, "tonight": 0, "this morning": 0, "this afternoon": 0, "this evening": 0,
                 "yesterday": 1, "last night": 1}
MONTH_DAY = re.compile(
    r"(?i)\b(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?"
    r"(?:,?\s+\d{4})?|\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*"
    r"(?:\s+\d{4})?|\d{4}-\d{2}-\d{2})\b"
)
WEEKDAY = re.compile(r"(?i)\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b")
RELATIVE = re.compile(r"(?i)\b(today|tonight|yesterday|last night|this morning|this afternoon|this evening)\b")


def is_resolvable(expression: str) -> bool:
    return bool(MONTH_DAY.search(expression) or WEEKDAY.search(expression) or RELATIVE.search(expression))


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
    return None


def _date_entities(doc: Doc, start: int, end: int, excluded: set[int], inside_quote) -> list[tuple[str, bool]]:
    """(expression, resolvable) for each date expression in chars [start, end) outside `excluded` tokens."""
    found = []
    if "time_entities" not in doc.user_data:  # doc.ents builds new spans on every access
        doc.user_data["time_entities"] = [ent for ent in doc.ents if ent.label_ in ("DATE", "TIME")]
    for ent in doc.user_data["time_entities"]:
        if not (start <= ent.start_char < end):
            continue
        if any(t.i in excluded for t in ent) or inside_quote(ent.start_char):
            continue
        found.append((ent.text, is_resolvable(ent.text)))
    # The span's own text: doc.text would rebuild the whole article's text on every call.
    span = doc.char_span(start, end, alignment_mode="expand")
    offset, text = (span.start_char, span.text) if span is not None else (start, "")
    for match in WEEKDAY.finditer(text):
        match_start, match_end = offset + match.start(), offset + match.end()
        if not inside_quote(match_start) and not any(match.group(0) in found_text for found_text, _ in found):
            token = doc.char_span(match_start, match_end, alignment_mode="expand")
            if token is not None and not any(t.i in excluded for t in token):
                found.append((match.group(0), True))
    return found


def reported_content(verb: Token) -> set[int]:
    """Token indexes of what a reporting verb reports (its complement clause): its dates are not the statement's."""
    return {t.i for child in verb.children if child.dep_ in ("ccomp", "xcomp", "dobj") for t in child.subtree}


def statement_date(doc: Doc, verb: Token | None, sentence: tuple[int, int], inside_quote,
                   paragraphs: list[tuple[int, int]]) -> tuple[str, str]:
    """(expression, where it was found) for the day a statement was made.

    Looks in the statement's own sentence (outside what it reports), then back
    through the few sentences before it that also report a statement.
    Returns ("", "vague") when the sentence dates it only vaguely ("earlier this month").
    """
    excluded = reported_content(verb) if verb is not None else set()
    own = _date_entities(doc, sentence[0], sentence[1], excluded, inside_quote)
    for text, resolvable in own:
        if resolvable:
            return text, "text"
    if own:
        return "", "vague"
    first = doc.char_span(sentence[0], sentence[1], alignment_mode="expand")
    if first is None:
        return "", ""
    floor = _paragraph_floor(paragraphs, sentence[0])
    current = first[0].sent
    for _ in range(6):
        if current.start == 0:
            break
        current = doc[current.start - 1].sent
        if current.start_char < floor:
            break
        reports = any(t.lemma_.lower() in STATEMENT_NOUNS
                      or t.pos_ == "VERB" and reporting_verbs().get(t.lemma_.lower()) == "speech" for t in current)
        if not reports:
            continue
        for text, resolvable in _date_entities(doc, current.start_char, current.end_char, set(), inside_quote):
            if resolvable:
                return text, "context"
    return "", ""


def _paragraph_floor(paragraphs: list[tuple[int, int]], char: int) -> int:
    """Start of the paragraph before the one holding `char`: context never reaches further back."""
    index = next((i for i, (s, e) in enumerate(paragraphs) if s <= char <= e), 0)
    return paragraphs[max(0, index - 3)][0]
