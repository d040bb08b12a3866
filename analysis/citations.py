"""Citations for a fact-check: one Markdown line per figure or quote, from the tables alone.

A line holds the figure (or the quote) as worded, who said it, when, the outlet, the
article's address and the sentence it came from:

    "as many as 2,500" troops — Defence Ministry (Freedonia), stated 2025-03-04. [The Ledger](https://…),
    published 2025-03-05: "The ministry said as many as 2,500 troops had crossed."
"""

from __future__ import annotations

import re

import pandas as pd

from analysis.filters import (
    UNKNOWN_CLAIMANT,
    claim_dates,
    claim_wording,
    labelled,
    outlet_labels,
)

_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>|#])")


def escape_markdown(text: str) -> str:
    """`text` on one line, with Markdown's special characters taken literally."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", " ".join(str(text).split()))


def _day(values: pd.Series) -> pd.Series:
    return pd.to_datetime(values).dt.strftime("%Y-%m-%d").astype("string")


def _source(rows: pd.DataFrame, articles: pd.DataFrame) -> list[str]:
    """'[Outlet](url), published YYYY-MM-DD' per row (the outlet alone without a web address)."""
    urls = rows[["article_id"]].merge(articles.drop_duplicates("article_id")[["article_id", "url"]],
                                      how="left", on="article_id")["url"].astype("string").fillna("")
    parts = []
    for outlet, url, published in zip(outlet_labels(rows["outlet"]), urls,
                                      _day(rows["published"]).fillna(""), strict=True):
        name = escape_markdown(outlet)
        link = f"[{name}]({url.replace(')', '%29').replace(' ', '%20')})" if url.startswith(("http://", "https://")) \
            else name
        parts.append(f"{link}, published {published}" if published else link)
    return parts


def _sentence(values: pd.Series) -> list[str]:
    return [f': "{escape_markdown(text)}"' if isinstance(text, str) and text.strip() else ""
            for text in values.astype("object").where(values.notna(), None)]


def claim_citations(claims: pd.DataFrame, articles: pd.DataFrame) -> pd.Series:
    """One Markdown citation per claim, in the claims' order."""
    if claims.empty:
        return pd.Series([], dtype="string")
    dates = claim_dates(claims)
    country = claims["claimant_country"].astype("string").fillna("")
    who = labelled(claims["claimant"], UNKNOWN_CLAIMANT)
    lines = []
    for wording, what, claimant, side, when, basis, source, sentence in zip(
        claim_wording(claims), claims["what"].astype("string").fillna(""), who, country,
        _day(dates["date"]).fillna(""), dates["date_basis"], _source(claims, articles), _sentence(claims["sentence"]),
        strict=True,
    ):
        said = f"stated {when}" if basis == "stated in text" else (f"undated, in an article of {when}" if when
                                                                  else "undated")
        speaker = escape_markdown(claimant) + (f" ({escape_markdown(side)})" if side and side != claimant else "")
        lines.append(f'"{escape_markdown(wording)}" {escape_markdown(what)} — {speaker}, {said}. {source}{sentence}')
    return pd.Series(lines, index=claims.index, dtype="string")


def quote_citations(quotes: pd.DataFrame, articles: pd.DataFrame) -> pd.Series:
    """One Markdown citation per quote, in the quotes' order."""
    if quotes.empty:
        return pd.Series([], dtype="string")
    speaker = quotes["speaker"].astype("string").fillna("").str.strip()
    country = quotes["speaker_country"].astype("string").fillna("")
    said = quotes["published"]
    if "date_said" in quotes.columns:
        said = quotes["date_said"].where(quotes["date_said"].notna(), said)
    lines = []
    for quote, who, side, when, source, sentence in zip(
        quotes["quote"].astype("string").fillna(""), speaker, country, _day(said).fillna(""),
        _source(quotes, articles), _sentence(quotes["sentence"]), strict=True,
    ):
        name = escape_markdown(who) if who else "Speaker unknown"
        name += f" ({escape_markdown(side)})" if side else ""
        lines.append(f'"{escape_markdown(quote)}" — {name}' + (f", {when}" if when else "") + f". {source}{sentence}")
    return pd.Series(lines, index=quotes.index, dtype="string")


def citations_markdown(lines: pd.Series) -> bytes:
    """The citations as a Markdown list, one item a line (what the download holds)."""
    return "".join(f"- {line}\n" for line in lines).encode("utf-8")
