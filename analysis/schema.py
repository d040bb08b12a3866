"""Columns and dtypes of the three tables the build writes.

The contract columns (../shared/CONTRACT.md) come first in each table; the
rest are ours to extend. Every DataFrame leaving `analysis` goes through
`conform`, so pages and tests can rely on these exact dtypes.
"""

from __future__ import annotations

from typing import NamedTuple

import pandas as pd

ARTICLE_COLUMNS: dict[str, str] = {
    "article_id": "string",
    "title": "string",
    "outlet": "string",
    "published": "datetime64[ns]",
    "status": "string",  # ok | skipped | error
    "error": "string",
    "path": "string",  # relative to the corpus root
    "url": "string",
    "published_source": "string",  # manifest | jsonl | table | json-ld | meta | time | html | text | unknown
    "outlet_source": "string",  # manifest | jsonl | table | json-ld | opengraph | meta | html | domain | text | unknown
    "format": "string",  # txt | md | html | jsonl | other
    "n_words": "Int64",
    "content_hash": "string",
    "reference_date": "datetime64[ns]",  # what "on Thursday" counts back from: published date or a corpus anchor
    "reference_source": "string",
    "text": "string",  # headline line + body, \n between paragraphs
    "language": "string",  # ISO 639 code detected, empty when the text is too short to tell
    "warnings": "string",  # why a read article may not be a news article (code, a list, very little text)
}

QUOTE_COLUMNS: dict[str, str] = {
    "quote_id": "string",
    "article_id": "string",
    "quote": "string",
    "speaker": "string",
    "speaker_country": "string",
    "partial": "boolean",
    "start": "Int64",
    "end": "Int64",
    "speaker_title": "string",  # role as written: "Secretary of State"
    "speaker_source": "string",  # how the speaker was found: named, pronoun, previous paragraph, ...
    "verb": "string",  # reporting verb lemma: say, tell, warn ...
    "sentence": "string",
    "sentence_start": "Int64",
    "paragraph": "Int64",  # 0 = headline
    "date_said": "datetime64[ns]",
    "date_source": "string",  # text | context | reference | empty
    "outlet": "string",
    "published": "datetime64[ns]",
    "review_status": "string",  # unreviewed | confirmed | corrected | rejected (analysis/store/review.py)
    "reviewed_fields": "string",  # the fields an analyst corrected, |-joined
}

CLAIM_COLUMNS: dict[str, str] = {
    "claim_id": "string",
    "article_id": "string",
    "value": "Int64",
    "value_high": "Int64",
    "qualifier": "string",  # one of QUALIFIERS
    "what": "string",  # troops | officers | generals | casualties | killed | wounded | captured | other
    "location": "string",
    "claimant": "string",
    "claimant_country": "string",
    "claimant_kind": "string",  # person | government | military | intelligence | police | organisers | ngo | ...
    "via": "string",  # the relays between the source and the article, |-joined
    "date_said": "datetime64[ns]",
    "hypothetical": "boolean",
    "sentence": "string",
    "start": "Int64",
    "end": "Int64",
    "figure_text": "string",  # the figure as written: "5,000", "three"
    "qualifier_text": "string",  # the words that set the qualifier: "as many as"
    "whose": "string",  # whose people: "North Korea"
    "noun": "string",  # the counted noun as written: "soldiers"
    "claimant_title": "string",
    "claimant_source": "string",  # how the claimant was found: quote, named, pronoun, according to ...
    "date_text": "string",  # the date expression as written: "Thursday", "Oct. 31"
    "date_source": "string",  # text | context | reference (the article's date) | empty
    "sentence_start": "Int64",
    "paragraph": "Int64",
    "outlet": "string",
    "published": "datetime64[ns]",
    "review_status": "string",
    "reviewed_fields": "string",
}

# The qualifier of a claim, in the order of the contract (../shared/CONTRACT.md).
QUALIFIERS: tuple[str, ...] = ("exact", "approx", "upper", "lower", "range", "vague")
REVIEW_STATUSES: tuple[str, ...] = ("unreviewed", "confirmed", "corrected", "rejected")
# What a column holds before anything fills it: a row nobody has reviewed.
COLUMN_DEFAULTS: dict[str, str] = {"review_status": "unreviewed", "reviewed_fields": ""}

CONTRACT_COLUMNS: dict[str, list[str]] = {
    "articles": ["article_id", "title", "outlet", "published", "status", "error"],
    "quotes": ["quote_id", "article_id", "quote", "speaker", "speaker_country", "partial", "start", "end"],
    "claims": [
        "claim_id", "article_id", "value", "value_high", "qualifier", "what", "location",
        "claimant", "claimant_country", "claimant_kind", "via", "date_said", "hypothetical", "sentence", "start", "end",
    ],
}

TABLE_COLUMNS: dict[str, dict[str, str]] = {
    "articles": ARTICLE_COLUMNS,
    "quotes": QUOTE_COLUMNS,
    "claims": CLAIM_COLUMNS,
}


def conform(frame: pd.DataFrame | list[dict], table: str) -> pd.DataFrame:
    """Return `frame` with exactly the table's columns, in order, with its dtypes."""
    columns = TABLE_COLUMNS[table]
    frame = pd.DataFrame(frame)
    frame = frame.reindex(columns=list(columns))
    for name, dtype in columns.items():
        if dtype.startswith("datetime"):
            frame[name] = pd.to_datetime(frame[name], errors="coerce").astype(dtype)
        elif dtype == "boolean":
            frame[name] = frame[name].astype("boolean")
        else:
            frame[name] = frame[name].astype(dtype)
        if name in COLUMN_DEFAULTS:
            frame[name] = frame[name].fillna(COLUMN_DEFAULTS[name])
    return frame.reset_index(drop=True)


def empty(table: str) -> pd.DataFrame:
    return conform(pd.DataFrame(), table)


class Tables(NamedTuple):
    """The three tables of one build."""

    articles: pd.DataFrame
    quotes: pd.DataFrame
    claims: pd.DataFrame
