"""Paragraphs that are not the article: separators, credits, promos, copyright lines, related-story links."""

from __future__ import annotations

import re

from analysis.reading.datestamps import FULL_DATE

SEPARATOR = re.compile(r"^[\W_]{3,}$")
# "contributed" ending a credit, not "contributed troops to ..."
CONTRIBUTED = (r"\bcontributed(?:\s+(?:reporting|writing|research|to\s+this\s+(?:report|story|article)"
               r"|(?:from|in)\s+[A-Z][^.]*))*\s*(?:\.|$)")
NAMES = r"(?:[A-Z][\w'’.-]+\s+){1,4}"
# Credits that say "contributed": the word is looked for first, as searching every paragraph with these
# patterns took a quarter of the time spent reading a corpus.
CONTRIBUTED_LINES = (
    re.compile(r"\b(?:reporters?|writers?|correspondents?|journalists?|staff)\b[^.!?]{0,200}?" + CONTRIBUTED),
    re.compile(r"\bcontributed (?:reporting|writing|research|to this (?:report|story|article))\b"),
    re.compile(r"^" + NAMES + r"(?:and\s+" + NAMES + r")?" + CONTRIBUTED),
)
CREDIT_LINES = (
    re.compile(r"^\(?(?:additional |compiled )?(?:reporting|writing|editing|research|fact-checking)"
               r"\s+(?:by|from)\b", re.IGNORECASE),
)
PROMO_LINES = (
    re.compile(r"^(?:read more|read also|also read|related|see also|more on this|recommended|watch|listen)"
               r"\s*[:|»>]", re.IGNORECASE),
    re.compile(r"^(?:sign up|subscribe)\b", re.IGNORECASE),
    re.compile(r"^(?:©|\(c\)\s|copyright\b)", re.IGNORECASE),
    re.compile(r"\ball rights reserved\b", re.IGNORECASE),
)
SHORT_LINE_WORDS = 40  # credit, promo and copyright lines are short; a long paragraph is the article
LINK_TITLE_WORDS = (3, 25)
SENTENCE_END = tuple(".!?:;,…\"”’'»)")
OPENING_QUOTES = tuple("\"“‘'«")

PUBLISHED_LINE = re.compile(
    r"^\W*(?P<label>(?:first\s+)?published|posted|(?:last\s+)?updated|last\s+modified)\b", re.IGNORECASE
)


def word_count(paragraph: str) -> int:
    return len(paragraph.split())


def _is_body_sentence(paragraph: str) -> bool:
    return paragraph.endswith(SENTENCE_END) and word_count(paragraph) >= 8


def _looks_like_link_title(paragraph: str) -> bool:
    low, high = LINK_TITLE_WORDS
    return (
        low <= word_count(paragraph) <= high
        and paragraph[:1].isupper()
        and not paragraph.startswith(OPENING_QUOTES)
        and (not paragraph.endswith(SENTENCE_END) or paragraph.endswith("?"))
    )


def _related_link_runs(paragraphs: list[str]) -> set[int]:
    """Runs of 2+ headline-like lines that follow the start of the article body: related-story links."""
    flagged: set[int] = set()
    # A run counts only after the body has begun: where it begins is found once, not again for every run.
    first_body = next((i for i in range(1, len(paragraphs)) if _is_body_sentence(paragraphs[i])), len(paragraphs))
    index = 1
    while index < len(paragraphs):
        end = index
        while end < len(paragraphs) and _looks_like_link_title(paragraphs[end]):
            end += 1
        run = range(index, end)
        unpunctuated = sum(not paragraphs[i].endswith("?") for i in run)
        if len(run) >= 2 and unpunctuated * 2 >= len(run) and first_body < index:
            flagged.update(run)
        index = end + 1
    return flagged


def _is_boilerplate_line(paragraph: str) -> bool:
    if SEPARATOR.match(paragraph):
        return True
    if word_count(paragraph) > SHORT_LINE_WORDS:
        return False
    if PUBLISHED_LINE.match(paragraph) and FULL_DATE.search(paragraph):
        return True
    if "contributed" in paragraph and any(pattern.search(paragraph) for pattern in CONTRIBUTED_LINES):
        return True
    return any(pattern.search(paragraph) for pattern in (*CREDIT_LINES, *PROMO_LINES))


def boilerplate_paragraphs(paragraphs: list[str]) -> list[int]:
    """Indexes of paragraphs that are not the article: separators, credits, promos, related links."""
    single = {index for index, text in enumerate(paragraphs) if index and _is_boilerplate_line(text)}
    return sorted(single | _related_link_runs(paragraphs))
