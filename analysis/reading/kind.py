"""Whether a text reads as a news article, or as something else a crawl brings in: a list of
references or links, a listing of results, code, or a page with very little text.

These are warnings, not reasons to skip: the article is read, and the warning tells the analyst
why its figures may be noise.
"""

from __future__ import annotations

import re

from analysis.reading.boilerplate import word_count

MIN_ARTICLE_WORDS = 80
SENTENCE_WORDS = 8
SENTENCE_END = re.compile(r"[.!?…][\"'”’»)\]]*$")
LIST_PARAGRAPHS = 8
MIN_PROSE_SHARE = 0.4  # of the body's words, in paragraphs that are sentences
CODE_SYMBOLS = re.compile(r"[{}\[\]();=<>#$\\]")
MAX_CODE_SYMBOL_SHARE = 0.04  # of the body's characters; news prose has almost none


def _is_sentence(paragraph: str) -> bool:
    return word_count(paragraph) >= SENTENCE_WORDS and SENTENCE_END.search(paragraph) is not None


def _rejoined(lines: list[str]) -> list[str]:
    """Hard-wrapped prose as paragraphs again: a line that starts in lower case continues the one before."""
    joined: list[str] = []
    for line in lines:
        if joined and line[:1].islower():
            joined[-1] = f"{joined[-1]} {line}"
        else:
            joined.append(line)
    return joined


def article_warnings(paragraphs: list[str]) -> list[str]:
    """Why the body (paragraphs after the headline) may not be an article; [] when it reads as one."""
    body = _rejoined(paragraphs[1:])
    words = sum(word_count(paragraph) for paragraph in body)
    characters = sum(len(paragraph) for paragraph in body)
    warnings = []
    if characters and len(CODE_SYMBOLS.findall("\n".join(body))) > characters * MAX_CODE_SYMBOL_SHARE:
        warnings.append("looks like code, not an article")
    prose = sum(word_count(paragraph) for paragraph in body if _is_sentence(paragraph))
    if len(body) >= LIST_PARAGRAPHS and prose < words * MIN_PROSE_SHARE:
        warnings.append("mostly short lines, not sentences: a list, listing or references, not an article")
    if words < MIN_ARTICLE_WORDS:
        warnings.append(f"very little text ({words} words)")
    return warnings
