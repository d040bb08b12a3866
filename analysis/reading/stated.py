"""What the text states about itself: the outlet (wire dateline, credit line, a 'request for comment'
line) and the publication date (a dateline, byline or 'Published' line). Nothing is guessed beyond that."""

from __future__ import annotations

import csv
import re
from functools import cache
from pathlib import Path

from dateutil import parser as date_parser

from analysis.reading.boilerplate import PUBLISHED_LINE, SHORT_LINE_WORDS, word_count
from analysis.reading.datestamps import FULL_DATE, dates_in

DATA_DIR = Path(__file__).parent.parent / "data"
DATELINE = re.compile(r"^(?P<place>[^()\n]{0,60}?)\s*\((?P<agency>[^()\n]{1,40})\)\s*[—–-]")
CREDIT_OUTLET = re.compile(
    r"^(?:The\s+)?(?P<outlet>[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,4})\s+(?:staff\s+)?"
    r"(?:reporters?|writers?|correspondents?|journalists?)\b[^\n]*?\bcontributed\b"
)
PUBLISHER_NAME = r"(?P<outlet>(?:The\s+)?[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,4})"
NO_COMMENT = r"\b(?:did not|didn't|has not|hasn't|had not|declined to|failed to)\s+(?:immediately\s+)?"
COMMENT_OUTLET = (
    re.compile(NO_COMMENT + r"(?:respond|reply|answer)\w*\s+to\s+(?:a|an|the|several|repeated)\s+"
               r"(?:\w+\s+)?requests?\s+for\s+comment\b[^\n]*?\b(?:from|by)\s+" + PUBLISHER_NAME
               + r"\s*[.!]?\s*$"),
    re.compile(NO_COMMENT + r"(?:respond|reply|answer)\w*\s+to\s+" + PUBLISHER_NAME
               + r"(?:'s|’s|'|’)\s+(?:\w+\s+)?requests?\s+for\s+comment\b"),
)
# A paragraph that opens with a full date, bare or after a date label: "date 2019-09-19 SPRINGFIELD — ...".
LEADING_DATE = re.compile(r"^\W*(?:(?:date|published|posted)\s*:?\s+)?(?=\d|[A-Z])", re.IGNORECASE)
DATELINE_PARAGRAPHS = 3
BYLINE_WORDS = 14
DATELINE_PREFIX_WORDS = 8


@cache
def wire_agencies() -> dict[str, str]:
    """Agency code or name (casefolded) -> agency name, from data/wire_agencies.csv."""
    with (DATA_DIR / "wire_agencies.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    names = {row["code"].strip().casefold(): row["name"].strip() for row in rows}
    by_name = {row["name"].strip().casefold(): row["name"].strip() for row in rows}
    without_the = {name.removeprefix("the "): full for name, full in by_name.items()}
    return {**without_the, **by_name, **names}


def _agency_name(written: str) -> str:
    key = written.strip().casefold()
    return wire_agencies().get(key) or wire_agencies().get(key.removeprefix("the "), "")


def _is_place(words: str) -> bool:
    """A dateline's place (and date): a few words, each capitalised or a number ("KYIV, Ukraine")."""
    tokens = words.replace(",", " ").split()
    return len(tokens) <= DATELINE_PREFIX_WORDS and all(token[0].isupper() or token[0].isdigit()
                                                        for token in tokens)


def _outlet_from_dateline(paragraph: str) -> str:
    match = DATELINE.match(paragraph)
    if not match:
        return ""
    place, agency = match.group("place").strip(), match.group("agency").strip()
    if not _is_place(place):
        return ""
    known = _agency_name(agency)
    if known:
        return known
    # an unlisted agency counts only in a classic dateline: "PLACE (Agency) —" or "(Agency) —"
    first_word = place.split(",")[0].split()[0] if place else ""
    classic = not place or (len(first_word) > 1 and first_word.isupper())
    looks_like_name = agency[:1].isupper() and word_count(agency) <= 3
    return agency if classic and looks_like_name else ""


def _is_date_word(candidate: str) -> bool:
    try:
        date_parser.parse(candidate)
    except (ValueError, OverflowError):
        return False
    return True


def _publisher(candidate: str) -> str:
    candidate = candidate.strip().rstrip(".")
    if not candidate or _is_date_word(candidate):
        return ""
    return _agency_name(candidate) or candidate


def credited_outlet(paragraphs: list[str]) -> str:
    """The agency or outlet the text credits itself to: a wire dateline, then a credit line."""
    for paragraph in paragraphs[1:1 + DATELINE_PARAGRAPHS]:
        if outlet := _outlet_from_dateline(paragraph):
            return outlet
    for paragraph in reversed(paragraphs[1:]):
        match = CREDIT_OUTLET.search(paragraph)
        if match and (outlet := _publisher(match.group("outlet"))):
            return outlet
    return ""


def outlet_from_text(paragraphs: list[str]) -> str:
    """The publisher the text names: wire dateline, then credit line, then a 'request for comment' line."""
    if outlet := credited_outlet(paragraphs):
        return outlet
    for paragraph in reversed(paragraphs[1:]):
        for pattern in COMMENT_OUTLET:
            match = pattern.search(paragraph)
            if match and (outlet := _publisher(match.group("outlet"))):
                return outlet
    return ""


def _dateline_date(paragraph: str) -> str:
    """A full date in a byline/date line, or in the dateline before the first dash."""
    opening = LEADING_DATE.match(paragraph)
    first = FULL_DATE.search(paragraph)
    if opening and first and first.start() == opening.end() and (found := dates_in(first.group(0))):
        return found[0]
    undated = FULL_DATE.sub("", paragraph).strip()
    if word_count(paragraph) <= BYLINE_WORDS and not undated.endswith((".", "!", "?")):
        return next(iter(dates_in(paragraph)), "")
    prefix = re.split(r"\s[—–-]\s|\s?—\s?", paragraph, maxsplit=1)[0]
    if prefix != paragraph and word_count(prefix) <= DATELINE_PREFIX_WORDS and prefix[:1].isupper():
        return next(iter(dates_in(prefix)), "")
    return ""


def published_from_text(paragraphs: list[str]) -> str:
    """ISO publication date when the text states a full date in a dateline, byline or 'Published' line."""
    labelled = [
        (match.group("label").lower(), paragraph)
        for paragraph in paragraphs[1:]
        if word_count(paragraph) <= SHORT_LINE_WORDS and (match := PUBLISHED_LINE.match(paragraph))
    ]
    for label, paragraph in labelled:
        if "updated" not in label and "modified" not in label and (found := dates_in(paragraph)):
            return found[0]
    for paragraph in paragraphs[1:1 + DATELINE_PARAGRAPHS]:
        if found := _dateline_date(paragraph):
            return found
    return next((found[0] for _, paragraph in labelled if (found := dates_in(paragraph))), "")
