"""Finding a reviewed claim or quote again in tables built from changed articles.

Ids are article and offset, so they shift when text is added above an item. An entry keeps
its anchor (article id, content hash, path, url, title, sentence, wording, offsets) and is
followed in this order: the same id with the same wording; else the same article (by id,
content hash, path, url or title) and, in it, an item with the same wording whose sentence
is the best fuzzy match of the stored one (a changed word still matches). An entry none of
that finds is orphaned: `current_id` is missing, and the entry is kept and listed.

A figure an analyst added (decision "added") becomes a row of its own, placed by finding its
sentence in the article text, unless the tool now finds that figure itself; then the entry
applies to the tool's row.
"""

from __future__ import annotations

from typing import NamedTuple

import pandas as pd
from rapidfuzz import fuzz

from analysis.schema import Tables, conform
from analysis.store.reviewdb import ADDED

ID_COLUMN = {"claim": "claim_id", "quote": "quote_id"}
WORDING_COLUMN = {"claim": "figure_text", "quote": "quote"}
TABLE_OF = {"claim": "claims", "quote": "quotes"}
SENTENCE_SCORE = 75  # rapidfuzz ratio: one word changed in a sentence of ten still scores well above this
QUOTE_SCORE = 85  # a quotation with a word changed is the same quotation
PLACED_SENTENCE_SCORE = 85  # an added figure's sentence found in changed text (partial ratio)
# an added claim's row before the analyst's fields are applied to it
ADDED_ROW_DEFAULTS = {"qualifier": "exact", "what": "other", "hypothetical": False, "claimant": "",
                      "claimant_country": "", "claimant_kind": "", "via": "", "location": ""}


class Located(NamedTuple):
    """The tables with added claims as rows, and the current id of every entry (missing when orphaned)."""

    tables: Tables
    current_id: pd.Series  # indexed like the entries


class _Articles:
    """The readable articles, looked up by everything an anchor records."""

    def __init__(self, articles: pd.DataFrame):
        ok = articles.loc[articles["status"] == "ok"]
        self.frame = ok.drop_duplicates("article_id").set_index("article_id", drop=False)
        self.keys = {
            key: ok.loc[ok[column].fillna("") != ""].groupby(column)["article_id"].agg(list).to_dict()
            for key, column in (("content_hash", "content_hash"), ("article_path", "path"),
                                ("article_url", "url"), ("article_title", "title"))
        }

    def candidates(self, entry: pd.Series) -> list[str]:
        """Articles the entry may now be in, the likeliest first."""
        found = [entry["article_id"]] if entry["article_id"] in self.frame.index else []
        for key, by_value in self.keys.items():
            found += by_value.get(entry[key], []) if entry[key] else []
        return list(dict.fromkeys(found))


def _best_row(entry: pd.Series, rows: pd.DataFrame, kind: str) -> str | None:
    """The id of the row in `rows` (one article's) that is the entry's item, or None."""
    if rows.empty:
        return None
    wording = entry["wording"] or ""
    candidates = rows.loc[rows[WORDING_COLUMN[kind]].fillna("") == wording] if kind == "claim" or not wording else \
        rows.loc[[fuzz.ratio(wording, quote) >= QUOTE_SCORE for quote in rows["quote"].fillna("")]]
    if candidates.empty:
        return None
    stored = entry["sentence"] or ""
    scores = pd.Series([fuzz.ratio(stored, sentence) for sentence in candidates["sentence"].fillna("")],
                       index=candidates.index, dtype="float64")
    good = candidates.loc[scores >= SENTENCE_SCORE]
    if good.empty:
        return None
    # two equal figures in one sentence: the one at the same place in it
    offset = (entry["start"] - entry["sentence_start"]) if pd.notna(entry["start"]) and pd.notna(
        entry["sentence_start"]) else 0
    distance = ((good["start"] - good["sentence_start"]).fillna(0) - offset).abs().astype("float64")
    ranked = pd.DataFrame({"score": scores[good.index], "distance": distance}).sort_values(
        ["score", "distance"], ascending=[False, True], kind="stable")
    return str(good.at[ranked.index[0], ID_COLUMN[kind]])


def _follow(entry: pd.Series, frame: pd.DataFrame, by_article: dict, articles: _Articles, kind: str) -> str | None:
    for article_id in articles.candidates(entry):
        found = _best_row(entry, frame.loc[by_article.get(article_id, [])], kind)
        if found is not None:
            return found
    return None


def _placed_claim(entry: pd.Series, articles: _Articles) -> dict | None:
    """A row for an added figure, at its sentence in the current article text, or None when that is gone."""
    for article_id in articles.candidates(entry):
        text = articles.frame.at[article_id, "text"] or ""
        sentence = entry["sentence"] or ""
        start = text.find(sentence) if sentence else -1
        if start < 0 and sentence:
            alignment = fuzz.partial_ratio_alignment(sentence, text, score_cutoff=PLACED_SENTENCE_SCORE)
            if alignment is None:
                continue
            start, sentence = alignment.dest_start, text[alignment.dest_start:alignment.dest_end]
        if start < 0:
            continue
        wording = entry["wording"] or ""
        offset = sentence.find(wording) if wording else 0
        if offset < 0:
            continue
        figure_start = start + offset
        meta = articles.frame.loc[article_id]
        return {**ADDED_ROW_DEFAULTS, "claim_id": entry["item_id"], "article_id": article_id, "sentence": sentence,
                "figure_text": wording, "start": figure_start,
                "end": figure_start + (len(wording) if wording else len(sentence)), "sentence_start": start,
                "paragraph": text.count("\n", 0, start), "outlet": meta["outlet"], "published": meta["published"]}
    return None


def _unmoved(entries: pd.DataFrame, frame: pd.DataFrame, articles: pd.DataFrame, kind: str) -> pd.Series:
    """Current ids of the entries whose item kept its id and wording, in one join.

    The same sentence, or an unchanged article, tells the item from another figure that moved onto its id.
    """
    id_column, wording_column = ID_COLUMN[kind], WORDING_COLUMN[kind]
    hashes = articles.set_index("article_id")["content_hash"]
    rows = frame[[id_column, wording_column, "sentence", "article_id"]].astype("string").fillna("")
    rows = rows.assign(now_hash=rows["article_id"].map(hashes).astype("string").fillna(""))
    same = entries[["item_id", "wording", "sentence", "content_hash"]].reset_index().merge(
        rows, left_on=["item_id", "wording"], right_on=[id_column, wording_column], suffixes=("", "_now"))
    same = same.loc[(same["sentence"] == same["sentence_now"]) | (same["content_hash"] == same["now_hash"])]
    return pd.Series(same[id_column].to_numpy(), index=same["index"].to_numpy(), dtype="string")


def locate(entries: pd.DataFrame, tables: Tables) -> Located:
    """Follow every entry to its item in `tables`; add the analysts' added claims as rows."""
    current = pd.Series(pd.NA, index=entries.index, dtype="string")
    if entries.empty:
        return Located(tables, current)
    articles = _Articles(tables.articles)
    claims = tables.claims.reset_index(drop=True)
    by_article = claims.groupby("article_id").indices
    alias: dict[str, str] = {}  # an added claim's id -> the row it now is
    placed = []
    present = set(claims["claim_id"].dropna())  # tables that already carry the added rows
    for _, entry in entries.loc[entries["decision"] == ADDED].iterrows():
        found = entry["item_id"] if entry["item_id"] in present else _follow(entry, claims, by_article, articles,
                                                                            "claim")
        row = None if found is not None else _placed_claim(entry, articles)
        if found is not None:
            alias[entry["item_id"]] = found
        elif row is not None:
            placed.append(row)
            alias[entry["item_id"]] = entry["item_id"]
    if placed:
        claims = pd.concat([claims, conform(placed, "claims")], ignore_index=True)
        tables = tables._replace(claims=conform(claims.sort_values(["article_id", "start"], kind="stable"), "claims"))
    for kind in ("claim", "quote"):
        mine = entries.loc[entries["kind"] == kind]
        if mine.empty:
            continue
        frame = getattr(tables, TABLE_OF[kind]).reset_index(drop=True)
        unmoved = _unmoved(mine, frame, tables.articles, kind)
        current[unmoved.index] = unmoved
        if kind == "claim":
            aliased = mine["item_id"].map(alias).dropna()
            current[aliased.index] = aliased.astype("string")
        by_article = frame.groupby("article_id").indices
        for index, entry in mine.loc[current[mine.index].isna()].iterrows():
            found = _follow(entry, frame, by_article, articles, kind)
            if found is not None:
                current[index] = found
    return Located(tables, current)
