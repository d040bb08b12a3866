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

from collections.abc import Iterator
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
        self._ok = articles.loc[articles["status"] == "ok"].drop_duplicates("article_id")
        self.frame = self._ok.set_index("article_id", drop=False)
        self._keys: dict[str, dict[str, list[str]]] | None = None

    def _by_key(self) -> dict[str, dict[str, list[str]]]:
        """{anchor key: {value: article ids}}, made when an entry first needs it."""
        if self._keys is None:
            ids = self._ok["article_id"].tolist()
            self._keys = {}
            for key, column in (("content_hash", "content_hash"), ("article_path", "path"),
                                ("article_url", "url"), ("article_title", "title")):
                by_value: dict[str, list[str]] = {}
                for value, article_id in zip(self._ok[column].fillna("").tolist(), ids, strict=True):
                    if value:
                        by_value.setdefault(value, []).append(article_id)
                self._keys[key] = by_value
        return self._keys

    def candidates(self, entry: dict) -> Iterator[str]:
        """Articles the entry may now be in, the likeliest first: its own id, then its content, path, url, title."""
        seen = set()
        if entry["article_id"] in self.frame.index:
            seen.add(entry["article_id"])
            yield entry["article_id"]
        for key, by_value in self._by_key().items():
            for article_id in by_value.get(entry[key], []) if entry[key] else []:
                if article_id not in seen:
                    seen.add(article_id)
                    yield article_id


class _Items:
    """One table's items as plain lists by article, for following entries one at a time."""

    def __init__(self, frame: pd.DataFrame, kind: str):
        self.kind = kind
        self.ids = frame[ID_COLUMN[kind]].astype("string").fillna("").tolist()
        self.wordings = frame[WORDING_COLUMN[kind]].astype("string").fillna("").tolist()
        self.sentences = frame["sentence"].astype("string").fillna("").tolist()
        self.offsets = (frame["start"] - frame["sentence_start"]).astype("Int64").fillna(0).tolist()
        self.by_article = frame.groupby("article_id").indices

    def best(self, entry: dict, article_id: str) -> str | None:
        """The id of the article's item with the entry's wording in the sentence most like its own, or None."""
        wording, stored = entry["wording"] or "", entry["sentence"] or ""
        offset = _offset_in_sentence(entry)
        best: tuple[tuple[float, int], int] | None = None
        for position in self.by_article.get(article_id, []):
            if self.kind == "claim" or not wording:
                if self.wordings[position] != wording:
                    continue
            elif fuzz.ratio(wording, self.wordings[position], score_cutoff=QUOTE_SCORE) == 0:
                continue
            score = fuzz.ratio(stored, self.sentences[position], score_cutoff=SENTENCE_SCORE)
            if score == 0:
                continue
            # the best sentence; of two equal figures in it, the one at the same place
            rank = (-score, abs(self.offsets[position] - offset))
            if best is None or rank < best[0]:
                best = (rank, position)
        return self.ids[best[1]] if best is not None else None

    def follow(self, entry: dict, articles: _Articles) -> str | None:
        for article_id in articles.candidates(entry):
            found = self.best(entry, article_id)
            if found is not None:
                return found
        return None


def _offset_in_sentence(entry: dict) -> int:
    if pd.isna(entry["start"]) or pd.isna(entry["sentence_start"]):
        return 0
    return int(entry["start"] - entry["sentence_start"])


def _placed_claim(entry: dict, articles: _Articles) -> dict | None:
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


def _records(entries: pd.DataFrame) -> Iterator[tuple[object, dict]]:
    return zip(entries.index, entries.to_dict("records"), strict=True)


def locate(entries: pd.DataFrame, tables: Tables) -> Located:
    """Follow every entry to its item in `tables`; add the analysts' added claims as rows."""
    current = pd.Series(pd.NA, index=entries.index, dtype="string")
    if entries.empty:
        return Located(tables, current)
    articles = _Articles(tables.articles)
    added = entries.loc[entries["decision"] == ADDED]
    alias: dict[str, str] = {}  # an added claim's id -> the row it now is
    placed = []
    if not added.empty:
        claims = _Items(tables.claims, "claim")
        present = set(claims.ids)  # tables that already carry the added rows
        for _, entry in _records(added):
            found = entry["item_id"] if entry["item_id"] in present else claims.follow(entry, articles)
            row = None if found is not None else _placed_claim(entry, articles)
            if found is not None:
                alias[entry["item_id"]] = found
            elif row is not None:
                placed.append(row)
                alias[entry["item_id"]] = entry["item_id"]
    if placed:
        claims = pd.concat([tables.claims, conform(placed, "claims")], ignore_index=True)
        tables = tables._replace(claims=conform(claims.sort_values(["article_id", "start"], kind="stable"), "claims"))
    for kind in ("claim", "quote"):
        mine = entries.loc[entries["kind"] == kind]
        if mine.empty:
            continue
        frame = getattr(tables, TABLE_OF[kind])
        unmoved = _unmoved(mine, frame, tables.articles, kind)
        current[unmoved.index] = unmoved
        if kind == "claim":
            aliased = mine["item_id"].map(alias).dropna()
            current[aliased.index] = aliased.astype("string")
        lost = mine.loc[current[mine.index].isna()]
        if lost.empty:
            continue
        items = _Items(frame, kind)
        for index, entry in _records(lost):
            current[index] = items.follow(entry, articles)
    return Located(tables, current)
