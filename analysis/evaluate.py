"""Scoring extracted tables against a hand annotation (gold) file.

The gold format is described in ../shared/gold/README.md and tests/heldout/README.md:
one entry per article file name, with `quotes`, `claims` and `ignore_values`.

How things are paired (the metrics below are only as fair as this):

- Quotes pair by text. Both sides are normalised (case, curly to straight quotation marks
  and apostrophes, whitespace, trailing punctuation). A gold quote pairs with an extracted
  quote of the same article whose text starts with the gold head; failing that, whose text
  contains it (only for heads of 3+ words: a two-word head such as "coming days" would pair
  with any long quote that happens to contain it). Each extracted quote serves one gold
  quote. Pairs are made closest first: an extracted quote whose span covers the head's place
  in the article text, then the nearest; so a head quoted twice pairs with the right one.
  Without the article text, pairing is greedy in text order.
- Claims pair by value (and by upper end, when the gold gives one), one to one, in text
  order. A gold `vague` claim ("tens of thousands": value and high are the range the words
  allow) also pairs with an extracted `vague` claim whose range overlaps its own, so a
  different convention for the bounds costs `vague_range_accuracy`, not the claim. Gold
  claims are listed in text order and extracted claims are sorted by start, and
  the pairing is the order-preserving alignment that pairs the most claims and, among
  those, agrees most on qualifier, upper end, country, claimant and hypothetical flag. So
  one missed claim does not shift every later pair. Equal values still unpaired after that
  are paired regardless of order, so a gold list slightly out of order costs nothing.
- `ignore_values` are neither right nor wrong: an extracted claim left unpaired whose value
  is listed there is dropped before precision is counted. (Dropping only unpaired ones lets
  a value be both a real claim and an ignored number elsewhere, "3 generals" and "3rd".)
- Names (speaker, claimant) agree when equal once accents, case, dots, apostrophes, hyphens
  and spaces are ignored; or when their fuzzy ratio is >= 90 ("Kovalchuk"/"Kovalchuck",
  "Mathew"/"Matthew"); or, for names of at most three words, when the shorter one's words
  all appear in the longer one and include its first or last word (a surname: last in
  "Ana Ruiz", first in "Park Min-jun"). Titles are not stripped: "Mr Miller" is not
  a canonical name.
- `claimant_kind` and `via` are scored only on gold claims that have the field: tables
  without the column score 0 there (an absent column reads as empty). `via` agrees when both
  sides name the same relays (gold: a list or null; tables: `|`-joined), in any order.
- Countries agree when equal once accents, case and dots are ignored; a gold "A|B" means
  either or both, so "A", "B", "A|B" and "A; B" are all right. Aliases ("US" for "United
  States") are not: the dashboard would group them apart too.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd
from rapidfuzz import fuzz

from analysis.schema import Tables

MIN_QUOTE_WORDS = 3
NAME_FUZZY_RATIO = 90
MAX_NAME_WORDS = 3
MAX_LABEL_CHARS = 40  # a transcript label is a name or a role, not a sentence

STRAIGHT_QUOTES = str.maketrans(
    {"“": '"', "”": '"', "„": '"', "‟": '"', "″": '"', "«": '"', "»": '"',
     "‘": "'", "’": "'", "‚": "'", "‛": "'", "′": "'", "`": "'"}
)
OPENING_MARKS = "\"'“”‘’„«"
TRAILING_PUNCTUATION = ".,;:!?-–—\"' "
DASHES = str.maketrans({"‐": "-", "‑": "-", "–": "-", "—": "-"})

MISS_COLUMNS = ["article_id", "kind", "expected", "got", "item"]
PRESENCE_KINDS = ["quote_missed", "quote_extra", "claim_missed", "claim_extra"]

# metric -> what it measures, in report order
METRICS: dict[str, str] = {
    "quote_recall": "gold quotes of 3+ words found",
    "quote_precision": "extracted quotes of 3+ words that are gold quotes",
    "speaker_accuracy": "found quotes with the right speaker",
    "partial_accuracy": "found quotes with the right partial flag",
    "claim_recall": "gold claims found",
    "claim_precision": "extracted claims that are gold claims (ignored values left out)",
    "qualifier_accuracy": "found claims with the right qualifier",
    "claimant_country_accuracy": "found claims with the right claimant country",
    "date_accuracy": "found claims with a gold date that have that date",
    "hypothetical_recall": "gold hypothetical claims found and flagged hypothetical",
    "vague_recall": "gold vague counts found and qualified vague",
    "vague_range_accuracy": "found vague counts with the gold's value and upper end",
    "claimant_kind_accuracy": "found claims with the right claimant kind (gold gives one)",
    "via_accuracy": "found claims with the right relays, none included (gold gives via)",
    "relay_recall": "gold claims with a relay found with those relays",
    "what_accuracy": "found claims counting the right thing",
    "location_accuracy": "found claims with the right location",
    "claimant_accuracy": "found claims with the right claimant",
}


@dataclass(frozen=True)
class Evaluation:
    """Scores of one set of tables against a gold file."""

    metrics: dict[str, float]  # metric -> hits / total, NaN when nothing to count
    counts: dict[str, tuple[int, int]]  # metric -> (hits, total)
    misses: pd.DataFrame  # MISS_COLUMNS, one row per error
    by_article: pd.DataFrame  # article_id + the metrics, per article


# ---------------------------------------------------------------- gold file


def load_gold(path: str | Path) -> dict[str, dict[str, Any]]:
    """Read a gold annotation file, checking the fields the scorer relies on."""
    path = Path(path)
    gold = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(gold, dict):
        raise ValueError(f"{path}: expected an object keyed by article file name")
    for name, entry in gold.items():
        problem = _gold_entry_problem(entry)
        if problem:
            raise ValueError(f"{path}: {name}: {problem}")
    return gold


def _gold_entry_problem(entry: Any) -> str:
    if not isinstance(entry, dict):
        return "entry is not an object"
    for key in ("quotes", "claims"):
        if not isinstance(entry.get(key, []), list):
            return f"'{key}' is not a list"
    if any(not _text(quote.get("head")) for quote in entry.get("quotes", [])):
        return "a quote has no head"
    if any(not isinstance(claim.get("value"), int | float) for claim in entry.get("claims", [])):
        return "a claim has no numeric value"
    return ""


def article_id_for(gold_key: str) -> str:
    """The article_id the tables use for a gold key: the file name without its extension."""
    return Path(gold_key).stem


# ---------------------------------------------------------------- normalising


def _text(value: Any) -> str:
    """A cell as text, "" for NA: tables read back from CSV hold "" where others hold NA."""
    if value is None or (not isinstance(value, list | dict) and pd.isna(value)):
        return ""
    return str(value)


def normalise_quote(text: str) -> str:
    """Quote text as compared: lowercase, straight marks, single spaces, no end punctuation."""
    text = unicodedata.normalize("NFKC", text).translate(STRAIGHT_QUOTES).lower()
    return " ".join(text.split()).lstrip("\"' ").rstrip(TRAILING_PUNCTUATION)


def _fold(text: str) -> str:
    """Lowercase without accents, dots or apostrophes, dashes as '-', single spaces."""
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(char for char in decomposed if not unicodedata.combining(char))
    bare = bare.translate(STRAIGHT_QUOTES).translate(DASHES).casefold()
    return " ".join(re.sub(r"[.']", "", bare).split())


def _same_word(a: str, b: str) -> bool:
    return a == b or fuzz.ratio(a, b) >= NAME_FUZZY_RATIO


def names_match(gold: str, got: str) -> bool:
    """Whether an extracted speaker or claimant names the gold one (rule in the module doc)."""
    gold_name, got_name = _fold(_text(gold)), _fold(_text(got))
    if not gold_name or not got_name:
        return gold_name == got_name
    if re.sub(r"[\s-]", "", gold_name) == re.sub(r"[\s-]", "", got_name):
        return True
    if fuzz.ratio(gold_name.replace("-", " "), got_name.replace("-", " ")) >= NAME_FUZZY_RATIO:
        return True
    shorter, longer = sorted((gold_name.split(), got_name.split()), key=len)
    if len(longer) > MAX_NAME_WORDS:
        return False
    shares_surname = any(_same_word(word, longer[0]) or _same_word(word, longer[-1]) for word in shorter)
    return shares_surname and all(any(_same_word(word, other) for other in longer) for word in shorter)


def _country_parts(countries: str) -> set[str]:
    return {part for part in (_fold(piece) for piece in re.split(r"[|;]", countries)) if part}


def countries_match(gold: str, got: str) -> bool:
    """Whether an extracted claimant country is right; gold "A|B" accepts A, B or both."""
    gold_parts, got_parts = _country_parts(_text(gold)), _country_parts(_text(got))
    if not gold_parts:
        return not got_parts
    return bool(got_parts) and got_parts <= gold_parts


def _same_label(gold: Any, got: Any) -> bool:
    """Case-insensitive equality of short labels (qualifier, what, location); NA equals ""."""
    return " ".join(_text(gold).casefold().split()) == " ".join(_text(got).casefold().split())


def _same_date(gold: Any, got: Any) -> bool:
    gold_date, got_date = pd.to_datetime(_text(gold) or None), pd.to_datetime(_text(got) or None)
    if pd.isna(gold_date) or pd.isna(got_date):
        return pd.isna(gold_date) and pd.isna(got_date)
    return gold_date.normalize() == got_date.normalize()


def _is_true(value: Any) -> bool:
    return _text(value).strip().lower() in {"true", "1"}


def _relays(value: Any) -> list[str]:
    """The relays of a gold `via` (a list, a string or null) or a table's `|`-joined cell."""
    items = value if isinstance(value, list) else _text(value).split("|")
    return [_text(item).strip() for item in items if _text(item).strip()]


def relays_match(gold: Any, got: Any) -> bool:
    """Whether the extracted relays are the gold ones, in any order (names compare as speakers do)."""
    gold_relays, got_relays = _relays(gold), _relays(got)
    if len(gold_relays) != len(got_relays):
        return False
    unmatched = list(got_relays)
    for name in gold_relays:
        match = next((other for other in unmatched if names_match(name, other)), None)
        if match is None:
            return False
        unmatched.remove(match)
    return True


# ---------------------------------------------------------------- quotes


def opens_quote(text: str, start: int) -> bool:
    """Whether quoted words may start at `start`: after a quotation mark, or after a transcript
    label at the start of a line ("HOLT: We will ...")."""
    if start > 0 and text[start - 1] in OPENING_MARKS:
        return True
    line = text[text.rfind("\n", 0, start) + 1:start]
    label = line.removesuffix(" ").removesuffix(":")
    return line.endswith(": ") and label.isupper() and len(label) <= MAX_LABEL_CHARS


def head_positions(heads: list[str], text: str) -> list[int | None]:
    """Where each gold head starts in the article text: where a quotation opens, in order."""
    positions: list[int | None] = []
    cursor = 0
    for head in heads:
        starts = [match.start() for match in re.finditer(re.escape(head), text) if opens_quote(text, match.start())]
        later = [start for start in starts if start >= cursor]
        position = (later or starts or [None])[0]
        positions.append(position)
        cursor = cursor if position is None else position + 1
    return positions


def match_quotes(heads: list[str], positions: list[int | None], quotes: pd.DataFrame) -> list[int | None]:
    """For each normalised gold head, the row number in `quotes` it pairs with, or None.

    `quotes` holds the article's extracted quotes sorted by start, with a `normalised` column.
    Pairs are made closest first (a span covering the head, then the nearest start), so an
    earlier gold quote cannot take the extracted quote that sits right on a later one; without
    positions this is plain greedy pairing in text order.
    """
    texts = quotes["normalised"].tolist()
    spans = list(zip(quotes["start"].tolist(), quotes["end"].tolist(), strict=True))
    paired: list[int | None] = [None] * len(heads)
    used: set[int] = set()
    tests: list[Callable[[str, str], bool]] = [
        lambda head, text: text.startswith(head),
        lambda head, text: len(head.split()) >= MIN_QUOTE_WORDS and head in text,
    ]
    for fits in tests:
        candidates = sorted(
            (_closeness(spans[row], positions[index]), index, row)
            for index, head in enumerate(heads) if head and paired[index] is None
            for row, text in enumerate(texts) if row not in used and fits(head, text)
        )
        for _, index, row in candidates:
            if paired[index] is None and row not in used:
                paired[index] = row
                used.add(row)
    return paired


def _closeness(span: tuple[Any, Any], position: int | None) -> tuple[int, float]:
    """(0 if the span covers the head's position else 1, distance from start): smaller is closer."""
    start, end = span
    if position is None or pd.isna(start):
        return (1, float("inf"))
    covers = start <= position < (start + 1 if pd.isna(end) else end)
    return (0 if covers else 1, float(abs(start - position)))


def _score_quotes(article_id: str, entry: dict, quotes: pd.DataFrame, text: str, tally: _Tally) -> None:
    gold_quotes = entry.get("quotes", [])
    heads = [normalise_quote(quote["head"]) for quote in gold_quotes]
    positions = head_positions([quote["head"] for quote in gold_quotes], text)
    quotes = quotes.assign(normalised=quotes["quote"].fillna("").map(normalise_quote))
    paired = match_quotes(heads, positions, quotes)

    long_quote = quotes["normalised"].str.split().str.len() >= MIN_QUOTE_WORDS
    paired_rows = {row for row in paired if row is not None}
    tally.add("quote_precision", sum(long_quote.iloc[row] for row in paired_rows), int(long_quote.sum()))
    for row in sorted(set(range(len(quotes))) - paired_rows):
        if long_quote.iloc[row]:
            extra = _clip(quotes["quote"].iloc[row])
            tally.miss(article_id, "quote_extra", "", extra, extra)

    for gold, head, row in zip(gold_quotes, heads, paired, strict=True):
        if len(head.split()) >= MIN_QUOTE_WORDS:
            tally.add("quote_recall", row is not None, 1)
            if row is None:
                tally.miss(article_id, "quote_missed", gold["head"], "", gold["head"])
        if row is None:
            continue
        got = quotes.iloc[row]
        tally.check("speaker_accuracy", names_match(gold.get("speaker"), got["speaker"]),
                    article_id, "speaker_wrong", gold.get("speaker"), got["speaker"], gold["head"])
        if "partial" in gold:
            tally.check("partial_accuracy", _is_true(gold["partial"]) == _is_true(got["partial"]),
                        article_id, "partial_wrong", gold["partial"], got["partial"], gold["head"])


# ---------------------------------------------------------------- claims


def _is_vague(claim: dict) -> bool:
    return _same_label(claim.get("qualifier"), "vague")


def _vague_ranges_overlap(gold: dict, got: dict) -> bool:
    """Both vague, and the extracted range (value to value_high, or the value alone) meets the gold one."""
    if not (_is_vague(gold) and _is_vague(got)) or pd.isna(got["value"]):
        return False
    low = float(gold["value"])
    high = low if gold.get("high") is None else float(gold["high"])
    got_low = float(got["value"])
    got_high = got_low if pd.isna(got["value_high"]) else float(got["value_high"])
    return got_low <= high and low <= got_high


def _pair_score(gold: dict, got: dict) -> int:
    """0 when the two cannot pair; else a score favouring agreement on the other fields."""
    gold_high, got_high = gold.get("high"), got["value_high"]
    highs_agree = (gold_high is None and pd.isna(got_high)) or (
        gold_high is not None and not pd.isna(got_high) and float(got_high) == float(gold_high))
    same_value = not pd.isna(got["value"]) and float(got["value"]) == float(gold["value"])
    if not (same_value and (gold_high is None or highs_agree)) and not _vague_ranges_overlap(gold, got):
        return 0
    return (1000 + 16 * _same_label(gold.get("qualifier"), got["qualifier"]) + 8 * highs_agree
            + 4 * countries_match(gold.get("claimant_country"), got["claimant_country"])
            + 2 * names_match(gold.get("claimant"), got["claimant"])
            + (bool(gold.get("hypothetical")) == _is_true(got["hypothetical"])))


def align_claims(gold_claims: list[dict], extracted: list[dict]) -> list[tuple[int, int]]:
    """Pairs (gold index, extracted index): an order-preserving best alignment, then leftovers."""
    scores = [[_pair_score(gold, got) for got in extracted] for gold in gold_claims]
    n_gold, n_got = len(gold_claims), len(extracted)
    # best[i][j]: best total score aligning gold_claims[i:] with extracted[j:]
    best = [[0] * (n_got + 1) for _ in range(n_gold + 1)]
    for i in reversed(range(n_gold)):
        for j in reversed(range(n_got)):
            paired = scores[i][j] + best[i + 1][j + 1] if scores[i][j] else 0
            best[i][j] = max(best[i + 1][j], best[i][j + 1], paired)
    pairs: list[tuple[int, int]] = []
    i = j = 0
    while i < n_gold and j < n_got:
        if scores[i][j] and best[i][j] == scores[i][j] + best[i + 1][j + 1]:
            pairs.append((i, j))
            i, j = i + 1, j + 1
        elif best[i][j] == best[i + 1][j]:
            i += 1
        else:
            j += 1
    used_gold, used_got = {i for i, _ in pairs}, {j for _, j in pairs}
    for i in range(n_gold):
        free = [j for j in range(n_got) if j not in used_got and scores[i][j]]
        if i not in used_gold and free:
            best_j = max(free, key=lambda j: (scores[i][j], -j))
            pairs.append((i, best_j))
            used_got.add(best_j)
    return sorted(pairs)


def same_range(gold: dict, got: dict) -> bool:
    """Whether an extracted claim has the gold's value and upper end (both absent counts as equal)."""
    return _figure(gold["value"], gold.get("high")) == _figure(got["value"], got["value_high"])


def _figure(value: Any, high: Any) -> str:
    return _number(value) + (f"-{_number(high)}" if _text(high) else "")


def describe_claim(claim: dict) -> str:
    """A claim in a few words, for reports: "2,000-3,000 troops in Donbas by NIS"."""
    value, high = claim.get("value"), claim.get("high", claim.get("value_high"))
    parts = [_figure(value, high), _text(claim.get("what")) or "people",
             f"[{_text(claim.get('qualifier')) or '?'}]"]
    if _text(claim.get("location")):
        parts.append(f"in {_text(claim.get('location'))}")
    if _text(claim.get("claimant")):
        parts.append(f"by {_text(claim.get('claimant'))}")
    if _is_true(claim.get("hypothetical")):
        parts.append("(hypothetical)")
    return " ".join(parts)


def _number(value: Any) -> str:
    if not _text(value):
        return "?"
    number = float(value)
    return f"{int(number):,}" if number.is_integer() else f"{number:,}"


def _score_claims(article_id: str, entry: dict, claims: pd.DataFrame, tally: _Tally) -> None:
    gold_claims = entry.get("claims", [])
    extracted = claims.sort_values("start", na_position="last", kind="stable").to_dict("records")
    pairs = align_claims(gold_claims, extracted)
    paired_gold = dict(pairs)
    paired_got = {j for _, j in pairs}
    ignored = {float(value) for value in entry.get("ignore_values", [])}
    extras = [got for j, got in enumerate(extracted) if j not in paired_got
              and (pd.isna(got["value"]) or float(got["value"]) not in ignored)]
    tally.add("claim_precision", len(pairs), len(pairs) + len(extras))
    for got in extras:
        tally.miss(article_id, "claim_extra", "", describe_claim(got), describe_claim(got))

    for index, gold in enumerate(gold_claims):
        item = describe_claim(gold)
        tally.add("claim_recall", index in paired_gold, 1)
        if gold.get("hypothetical"):
            flagged = index in paired_gold and _is_true(extracted[paired_gold[index]]["hypothetical"])
            tally.add("hypothetical_recall", flagged, 1)
            if not flagged:
                got_flag = "claim not found" if index not in paired_gold else "not hypothetical"
                tally.miss(article_id, "hypothetical_missed", "hypothetical", got_flag, item)
        if _is_vague(gold):
            found = index in paired_gold and _is_vague(extracted[paired_gold[index]])
            tally.add("vague_recall", found, 1)
        if gold.get("via"):
            found = index in paired_gold and relays_match(gold["via"], extracted[paired_gold[index]].get("via"))
            tally.add("relay_recall", found, 1)
        if index not in paired_gold:
            tally.miss(article_id, "claim_missed", item, "", item)
            continue
        got = extracted[paired_gold[index]]
        if _is_vague(gold):
            tally.check("vague_range_accuracy", same_range(gold, got), article_id, "vague_range_wrong",
                        _figure(gold["value"], gold.get("high")), _figure(got["value"], got["value_high"]), item)
        if "claimant_kind" in gold:
            tally.check("claimant_kind_accuracy", _same_label(gold["claimant_kind"], got.get("claimant_kind")),
                        article_id, "claimant_kind_wrong", gold["claimant_kind"], got.get("claimant_kind"), item)
        if "via" in gold:
            tally.check("via_accuracy", relays_match(gold["via"], got.get("via")), article_id, "via_wrong",
                        "|".join(_relays(gold["via"])), "|".join(_relays(got.get("via"))), item)
        if not gold.get("hypothetical") and _is_true(got["hypothetical"]):
            tally.miss(article_id, "hypothetical_extra", "not hypothetical", "hypothetical", item)
        checks = [
            ("qualifier_accuracy", "qualifier_wrong", "qualifier", "qualifier", _same_label),
            ("claimant_country_accuracy", "country_wrong", "claimant_country", "claimant_country",
             countries_match),
            ("what_accuracy", "what_wrong", "what", "what", _same_label),
            ("location_accuracy", "location_wrong", "location", "location", _same_label),
            ("claimant_accuracy", "claimant_wrong", "claimant", "claimant", names_match),
        ]
        for metric, kind, gold_field, got_field, agree in checks:
            tally.check(metric, agree(gold.get(gold_field), got[got_field]),
                        article_id, kind, gold.get(gold_field), got[got_field], item)
        if gold.get("date_said"):
            got_date = got["date_said"]
            tally.check("date_accuracy", _same_date(gold["date_said"], got_date), article_id, "date_wrong",
                        gold["date_said"], "" if pd.isna(got_date) else pd.Timestamp(got_date).date(), item)


# ---------------------------------------------------------------- putting it together


class _Tally:
    """Hits and totals per metric (overall and per article) and the list of misses."""

    def __init__(self) -> None:
        self.counts: dict[str, list[int]] = {metric: [0, 0] for metric in METRICS}
        self.by_article: dict[str, dict[str, list[int]]] = {}
        self.misses: list[dict[str, str]] = []
        self.article_id = ""

    def start_article(self, article_id: str) -> None:
        self.article_id = article_id
        self.by_article[article_id] = {metric: [0, 0] for metric in METRICS}

    def add(self, metric: str, hits: int | bool, total: int) -> None:
        for counts in (self.counts[metric], self.by_article[self.article_id][metric]):
            counts[0] += int(hits)
            counts[1] += total

    def miss(self, article_id: str, kind: str, expected: Any, got: Any, item: Any) -> None:
        self.misses.append({"article_id": article_id, "kind": kind, "expected": _text(expected),
                            "got": _text(got), "item": _text(item)})

    def check(self, metric: str, right: bool, article_id: str, kind: str, expected: Any, got: Any,
              item: Any) -> None:
        self.add(metric, right, 1)
        if not right:
            self.miss(article_id, kind, expected, got, item)


def _ratio(hits: int, total: int) -> float:
    return hits / total if total else float("nan")


def _rows_by_article(frame: pd.DataFrame) -> dict[str, pd.DataFrame]:
    return {str(key): rows.reset_index(drop=True) for key, rows in frame.groupby("article_id", sort=False)}


def evaluate(gold: dict[str, dict[str, Any]], tables: Tables) -> Evaluation:
    """Score `tables` against `gold` (keyed by article file name; see the module doc).

    Only the gold's articles are scored: rows of other articles in `tables` are left out.
    The articles' `text` is used to place the gold heads; without it quotes pair in order.
    """
    texts = dict(zip(tables.articles["article_id"].astype(str),
                     tables.articles["text"].fillna("").astype(str), strict=True)) \
        if "text" in tables.articles else {}
    quotes_of = _rows_by_article(tables.quotes.sort_values("start", na_position="last", kind="stable"))
    claims_of = _rows_by_article(tables.claims)
    tally = _Tally()
    for key, entry in gold.items():
        article_id = article_id_for(key)
        tally.start_article(article_id)
        quotes = quotes_of.get(article_id, tables.quotes.iloc[0:0])
        _score_quotes(article_id, entry, quotes.reset_index(drop=True), texts.get(article_id, ""), tally)
        _score_claims(article_id, entry, claims_of.get(article_id, tables.claims.iloc[0:0]), tally)
    by_article = pd.DataFrame(
        [{"article_id": article_id, **{metric: _ratio(*counts) for metric, counts in metrics.items()}}
         for article_id, metrics in tally.by_article.items()],
        columns=["article_id", *METRICS],
    ).astype({"article_id": "string", **dict.fromkeys(METRICS, "float64")})
    return Evaluation(
        metrics={metric: _ratio(*counts) for metric, counts in tally.counts.items()},
        counts={metric: (hits, total) for metric, (hits, total) in tally.counts.items()},
        misses=pd.DataFrame(tally.misses, columns=MISS_COLUMNS).astype("string"),
        by_article=by_article,
    )


def _clip(text: Any, width: int = 90) -> str:
    text = " ".join(_text(text).split())
    return text if len(text) <= width else text[: width - 1] + "…"


def format_evaluation(ev: Evaluation) -> str:
    """A plain-text report: the metrics table, then every miss on its own line."""
    metric_width = max(map(len, METRICS))
    header = f"{'metric':<{metric_width}}  score  hits/total  what it measures"
    rows = [
        f"{metric:<{metric_width}}  {_score_text(ev.metrics[metric])}  "
        f"{f'{ev.counts[metric][0]}/{ev.counts[metric][1]}':>10}  {meaning}"
        for metric, meaning in METRICS.items()
    ]
    misses = ev.misses
    # a missed or extra item says it all; a wrong field also needs expected and got
    detail = ("  | expected: " + misses["expected"] + "  got: " + misses["got"]).where(
        ~misses["kind"].isin(PRESENCE_KINDS), "")
    lines = misses["article_id"] + "  " + misses["kind"].str.pad(19, side="right") + "  " \
        + misses["item"].map(_clip) + detail
    return "\n".join([header, *rows, "", f"{len(misses)} misses", *lines.tolist()])


def _score_text(score: float) -> str:
    return "  n/a" if pd.isna(score) else f"{score:.3f}"
