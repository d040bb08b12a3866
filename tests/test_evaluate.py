"""Tests for analysis/evaluate.py, and checks that the gold files agree with their articles."""

from __future__ import annotations

import csv
import json
import math
import re
from pathlib import Path

import pandas as pd
import pytest

from analysis.evaluate import (
    METRICS,
    article_id_for,
    countries_match,
    evaluate,
    format_evaluation,
    head_positions,
    load_gold,
    names_match,
    normalise_quote,
    relays_match,
)
from analysis.schema import Tables, conform

ROOT = Path(__file__).resolve().parents[1]
SEEDS_DIR = ROOT / "seeds"
# the repo's copy of the seed annotation; the shared original while the copy is not there yet
SEED_GOLD = next((path for path in (ROOT / "tests" / "gold" / "seeds_gold.json",
                                    Path("/work/shared/gold/seeds_gold.json")) if path.exists()),
                 ROOT / "tests" / "gold" / "seeds_gold.json")
HELDOUT_DIR = ROOT / "tests" / "heldout"
HELDOUT_GOLD = HELDOUT_DIR / "gold.json"
# the fresh held-out set (tests/fresh/README.md): one folder per half, each with gold.json and manifest.csv
FRESH_DIRS = sorted(path.parent for path in (ROOT / "tests" / "fresh").glob("*/gold.json"))

GOLD_SETS = [
    pytest.param(SEED_GOLD, SEEDS_DIR, id="seeds",
                 marks=pytest.mark.skipif(not SEED_GOLD.exists(), reason="seed gold not on this machine")),
    pytest.param(HELDOUT_GOLD, HELDOUT_DIR, id="heldout"),
    *(pytest.param(folder / "gold.json", folder, id=f"fresh-{folder.name}") for folder in FRESH_DIRS),
]
# (folder, article file name) of every held-out article, old and fresh
HELDOUT_ARTICLES = [pytest.param(folder, path.name, id=f"{folder.name}/{path.name}")
                    for folder in (HELDOUT_DIR, *FRESH_DIRS) for path in sorted(folder.glob("*.txt"))]

QUALIFIERS = {"exact", "approx", "upper", "lower", "range", "vague"}
CLAIMANT_KINDS = {"person", "government", "military", "intelligence", "police", "organisers", "ngo", "outlet",
                  "independent", "anonymous", "background"}
WHAT = {"troops", "officers", "generals", "casualties", "killed", "wounded", "captured", "other"}


# ---------------------------------------------------------------- helpers


def article_text(articles_dir: Path, name: str) -> str:
    return (articles_dir / name).read_text(encoding="utf-8")


def perfect_tables(gold: dict, articles_dir: Path | None) -> Tables:
    """The tables an extractor that agrees with the gold in every field would write."""
    articles, quotes, claims = [], [], []
    for name, entry in gold.items():
        article_id = article_id_for(name)
        text = article_text(articles_dir, name) if articles_dir else ""
        articles.append({"article_id": article_id, "text": text})
        positions = head_positions([quote["head"] for quote in entry["quotes"]], text)
        for quote, position in zip(entry["quotes"], positions, strict=True):
            quotes.append({"article_id": article_id, "quote": quote["head"] + " and so on.",
                           "speaker": quote["speaker"], "partial": quote["partial"], "start": position,
                           "end": None if position is None else position + len(quote["head"])})
        for order, claim in enumerate(entry["claims"]):
            claims.append({"article_id": article_id, "value": claim["value"], "value_high": claim["high"],
                           "qualifier": claim["qualifier"], "what": claim["what"],
                           "location": claim["location"], "claimant": claim["claimant"],
                           "claimant_country": claim["claimant_country"], "date_said": claim["date_said"],
                           "hypothetical": claim["hypothetical"], "start": order,
                           "claimant_kind": claim.get("claimant_kind"),
                           "via": "|".join(claim.get("via") or [])})
    return Tables(conform(articles, "articles"), conform(quotes, "quotes"), with_extra_columns(claims))


def with_extra_columns(claims: list[dict]) -> pd.DataFrame:
    """The claims table, keeping claimant_kind and via whether or not the schema has them yet."""
    frame = conform(claims, "claims")
    for column in ("claimant_kind", "via"):
        if column not in frame:
            frame[column] = pd.Series([row.get(column) for row in claims], dtype="string")
    return frame


def quote(head: str, speaker: str = "Jane Doe", partial: bool = False) -> dict:
    return {"speaker": speaker, "head": head, "partial": partial}


def claim(value: int, **fields) -> dict:
    defaults = {"high": None, "qualifier": "exact", "what": "troops", "location": None,
                "claimant": "Jane Doe", "claimant_country": "Spain", "date_said": None, "hypothetical": False}
    return {"value": value, **defaults, **fields}


def one_article(quotes: list[dict] = (), claims: list[dict] = (), ignore_values: list = ()) -> dict:
    return {"a1.txt": {"meta": {"outlet": None, "published": None}, "quotes": list(quotes),
                       "claims": list(claims), "ignore_values": list(ignore_values)}}


def extracted(quotes: list[dict] = (), claims: list[dict] = (), text: str = "") -> Tables:
    """Tables for article a1; quotes and claims get start offsets in list order unless given."""
    quote_rows = [{"article_id": "a1", "start": index * 100, "end": index * 100 + 50, "partial": False, **row}
                  for index, row in enumerate(quotes)]
    claim_rows = [{"article_id": "a1", "start": index * 100, **row} for index, row in enumerate(claims)]
    claim_table = with_extra_columns(claim_rows) if any({"claimant_kind", "via"} & set(row) for row in claims) \
        else conform(claim_rows, "claims")
    return Tables(conform([{"article_id": "a1", "text": text}], "articles"),
                  conform(quote_rows, "quotes"), claim_table)


def got_claim(value: int, **fields) -> dict:
    """An extracted claim row agreeing with `claim(value)` unless told otherwise."""
    row = claim(value, **fields)
    row["value_high"] = row.pop("high")
    return row


# ---------------------------------------------------------------- perfect and empty tables


@pytest.mark.parametrize(("gold_path", "articles_dir"), GOLD_SETS)
def test_tables_agreeing_with_the_gold_score_one_everywhere(gold_path, articles_dir):
    gold = load_gold(gold_path)
    ev = evaluate(gold, perfect_tables(gold, articles_dir))
    assert ev.misses.empty, ev.misses.to_string()
    # a metric with nothing to count (no vague claim in the seeds) is NaN, not a failure
    assert {name: score for name, score in ev.metrics.items() if score != 1.0 and not math.isnan(score)} == {}
    assert ev.by_article["claim_recall"].eq(1.0).all()


def test_without_article_text_pairing_falls_back_to_text_order():
    gold = load_gold(HELDOUT_GOLD)
    ev = evaluate(gold, perfect_tables(gold, articles_dir=None))
    assert ev.misses.empty, ev.misses.to_string()


def test_an_article_missing_from_the_tables_loses_all_its_items():
    gold = one_article([quote("we will hold the line")], [claim(500)])
    empty = Tables(conform([], "articles"), conform([], "quotes"), conform([], "claims"))
    ev = evaluate(gold, empty)
    assert ev.counts["quote_recall"] == (0, 1)
    assert ev.counts["claim_recall"] == (0, 1)
    assert math.isnan(ev.metrics["claim_precision"])
    assert sorted(ev.misses["kind"]) == ["claim_missed", "quote_missed"]


# ---------------------------------------------------------------- quotes


def test_a_missing_quote_lowers_recall_by_exactly_one_gold_quote():
    gold = one_article([quote("we will hold the line"), quote("right now", partial=True),
                        quote("nobody is leaving this city"), quote("the bridge is still open")])
    tables = extracted([{"quote": "We will hold the line.", "speaker": "Jane Doe"},
                        {"quote": "right now", "speaker": "Jane Doe", "partial": True},
                        {"quote": "The bridge is still open", "speaker": "Jane Doe"}])
    ev = evaluate(gold, tables)
    assert ev.counts["quote_recall"] == (2, 3)  # "right now" has fewer than 3 words: not counted
    assert ev.counts["quote_precision"] == (2, 2)
    assert ev.misses[["kind", "expected"]].values.tolist() == [
        ["quote_missed", "nobody is leaving this city"]]


def test_an_extra_quote_lowers_precision_and_short_extras_are_not_counted():
    gold = one_article([quote("we will hold the line")])
    tables = extracted([{"quote": "we will hold the line", "speaker": "Jane Doe"},
                        {"quote": "Operation Northern Shield begins", "speaker": "Jane Doe"},
                        {"quote": "so-called", "speaker": "Jane Doe"}])
    ev = evaluate(gold, tables)
    assert ev.counts["quote_precision"] == (1, 2)
    assert ev.misses["kind"].tolist() == ["quote_extra"]
    assert ev.misses["got"].tolist() == ["Operation Northern Shield begins"]


@pytest.mark.parametrize(
    ("head", "extracted_quote", "pairs"),
    [
        ("We’ve not yet seen these troops", "we've not yet seen these troops deploy into combat", True),
        ("in the coming days.", "In the coming  days", True),
        ("Make no mistake,", "“Make no mistake", True),
        ("could significantly destabilize Ukraine’s defense", "An injection could significantly "
         "destabilize Ukraine's defense there", True),  # 3+ words: containment is enough
        ("coming days", "we expect them to fight in the coming days", False),  # short: must start it
        ("We have not yet seen", "We have now seen", False),
    ],
)
def test_quotes_pair_by_normalised_text(head, extracted_quote, pairs):
    ev = evaluate(one_article([quote(head)]), extracted([{"quote": extracted_quote, "speaker": "Jane Doe"}]))
    assert (ev.counts["speaker_accuracy"][1] == 1) is pairs


def test_normalise_quote_straightens_marks_and_drops_end_punctuation():
    assert normalise_quote("  “It’s  a kind of\nescalation,”  ") == "it's a kind of escalation"


def test_a_head_quoted_twice_pairs_with_the_quote_at_its_place():
    text = "Doe said “we will win this war” on Monday. Roe said “we will win this war” too."
    gold = one_article([quote("we will win this war", "Jane Doe"), quote("we will win this war", "Ann Roe")])
    second_start = text.rindex("we will win")
    tables = extracted([{"quote": "we will win this war", "speaker": "Ann Roe", "start": second_start,
                         "end": second_start + 20}], text=text)
    ev = evaluate(gold, tables)
    assert ev.counts["speaker_accuracy"] == (1, 1)
    assert ev.misses["kind"].tolist() == ["quote_missed"]


def test_a_wrong_speaker_is_listed_with_both_names():
    gold = one_article([quote("we will hold the line", "Elena Robles")])
    ev = evaluate(gold, extracted([{"quote": "we will hold the line", "speaker": "Lucía Ferrán"}]))
    assert ev.metrics["speaker_accuracy"] == 0.0
    assert ev.misses[["kind", "expected", "got", "item"]].values.tolist() == [
        ["speaker_wrong", "Elena Robles", "Lucía Ferrán", "we will hold the line"]]


@pytest.mark.parametrize(
    ("gold", "got", "same"),
    [
        ("Volodymyr Zelenskyy", "Volodymyr Zelensky", True),
        ("Volodymyr Zelenskyy", "Zelenskyy", True),
        ("Antony Blinken", "Anthony Blinken", True),
        ("Jeon Ha-kyou", "Jeon Ha Kyou", True),
        ("Jeon Ha-kyou", "Jeon", True),  # surname first
        ("Lucía Ferrán", "lucia ferran", True),
        ("Souleymane Dembélé", "Souleymane Dembele", True),
        ("U.S. Army", "US Army", True),
        ("Matthew Miller", "Mr Miller", False),
        ("Antony Blinken", "Lloyd Austin", False),
        ("South Korea Ministry of National Defense", "South Korea", False),
        ("Elena Robles", "", False),
    ],
)
def test_names_match(gold, got, same):
    assert names_match(gold, got) is same


# ---------------------------------------------------------------- claims


def test_an_ignored_value_does_not_hurt_precision():
    tables = extracted(claims=[got_claim(8000), got_claim(2022, what="other")])
    assert evaluate(one_article(claims=[claim(8000)], ignore_values=[2022]), tables).counts[
        "claim_precision"] == (1, 1)
    assert evaluate(one_article(claims=[claim(8000)]), tables).counts["claim_precision"] == (1, 2)


def test_a_value_both_claimed_and_ignored_still_pairs():
    # "two dozen rescuers" is a claim, "the first 24 hours" in the same article is not
    gold = one_article(claims=[claim(24, what="other")], ignore_values=[24])
    ev = evaluate(gold, extracted(claims=[got_claim(24, what="other"), got_claim(24, what="other")]))
    assert ev.counts["claim_recall"] == (1, 1)
    assert ev.counts["claim_precision"] == (1, 1)


def test_a_wrong_qualifier_is_listed_in_the_misses():
    gold = one_article(claims=[claim(8000, qualifier="approx"), claim(10000, qualifier="upper")])
    tables = extracted(claims=[got_claim(8000, qualifier="exact"), got_claim(10000, qualifier="upper")])
    ev = evaluate(gold, tables)
    assert ev.counts["qualifier_accuracy"] == (1, 2)
    assert ev.counts["claim_recall"] == (2, 2)
    assert ev.misses[["kind", "expected", "got", "item"]].values.tolist() == [
        ["qualifier_wrong", "approx", "exact", "8,000 troops [approx] by Jane Doe"]]


def test_a_missed_claim_does_not_shift_the_later_pairs():
    gold = one_article(claims=[
        claim(8000, claimant="United States", claimant_country="United States", note="headline"),
        claim(8000, qualifier="approx", claimant="United States", claimant_country="United States"),
        claim(8000, claimant="Antony Blinken", claimant_country="United States"),
    ])
    tables = extracted(claims=[
        got_claim(8000, qualifier="approx", claimant="United States", claimant_country="United States"),
        got_claim(8000, claimant="Antony Blinken", claimant_country="United States"),
    ])
    ev = evaluate(gold, tables)
    assert ev.counts["claim_recall"] == (2, 3)
    assert ev.counts["qualifier_accuracy"] == (2, 2)
    assert ev.counts["claimant_accuracy"] == (2, 2)


def test_claims_listed_out_of_text_order_still_pair():
    gold = one_article(claims=[claim(10000), claim(8000)])
    ev = evaluate(gold, extracted(claims=[got_claim(8000), got_claim(10000)]))
    assert ev.counts["claim_recall"] == (2, 2)


@pytest.mark.parametrize(("high", "pairs"), [(3000, True), (None, False), (2500, False)])
def test_a_gold_range_needs_its_upper_end(high, pairs):
    gold = one_article(claims=[claim(2000, high=3000, qualifier="range")])
    ev = evaluate(gold, extracted(claims=[got_claim(2000, high=high, qualifier="range")]))
    assert ev.counts["claim_recall"] == (int(pairs), 1)


@pytest.mark.parametrize(
    ("gold", "got", "right"),
    [
        ("Ukraine|South Korea", "Ukraine", True),
        ("Ukraine|South Korea", "South Korea; Ukraine", True),
        ("Ukraine|South Korea", "Ukraine|South Korea", True),
        ("Ukraine", "Ukraine; Russia", False),
        ("United States", "united states", True),
        ("United States", "US", False),
        (None, "", True),
        (None, "Mali", False),
        ("Russia", None, False),
    ],
)
def test_countries_match(gold, got, right):
    assert countries_match(gold, got) is right


def test_claimant_country_accuracy_accepts_either_of_two_countries():
    gold = one_article(claims=[claim(10000, claimant_country="Ukraine|South Korea"),
                               claim(3000, claimant_country="Ukraine")])
    tables = extracted(claims=[got_claim(10000, claimant_country="South Korea"),
                               got_claim(3000, claimant_country="Russia")])
    ev = evaluate(gold, tables)
    assert ev.counts["claimant_country_accuracy"] == (1, 2)
    assert ev.misses.query("kind == 'country_wrong'")["got"].tolist() == ["Russia"]


def test_hypothetical_recall_counts_every_gold_hypothetical():
    gold = one_article(claims=[claim(3000, hypothetical=True), claim(10000, hypothetical=True),
                               claim(100000, hypothetical=True), claim(500)])
    tables = extracted(claims=[got_claim(3000, hypothetical=True), got_claim(10000, hypothetical=False),
                               got_claim(500, hypothetical=True)])
    ev = evaluate(gold, tables)
    assert ev.counts["hypothetical_recall"] == (1, 3)
    missed = ev.misses.query("kind == 'hypothetical_missed'")
    assert missed["got"].tolist() == ["not hypothetical", "claim not found"]
    extra = ev.misses.query("kind == 'hypothetical_extra'")
    assert extra["item"].tolist() == ["500 troops [exact] by Jane Doe"]


def test_date_accuracy_counts_only_claims_with_a_gold_date():
    gold = one_article(claims=[claim(8000, date_said="2024-10-31"), claim(10000),
                               claim(4500, date_said="2024-10-30")])
    tables = extracted(claims=[got_claim(8000, date_said="2024-10-31"),
                               got_claim(10000, date_said="2024-11-01"), got_claim(4500, date_said=None)])
    ev = evaluate(gold, tables)
    assert ev.counts["date_accuracy"] == (1, 2)
    wrong = ev.misses.query("kind == 'date_wrong'")
    assert wrong[["expected", "got"]].values.tolist() == [["2024-10-30", ""]]


@pytest.mark.parametrize(
    ("field", "gold_value", "got_value", "right"),
    [
        ("location", "Kursk", "kursk", True),
        ("location", None, "", True),
        ("location", "Kursk", "Russia", False),
        ("what", "troops", "Troops", True),
        ("what", "officers", "troops", False),
    ],
)
def test_what_and_location_compare_without_case(field, gold_value, got_value, right):
    ev = evaluate(one_article(claims=[claim(500, **{field: gold_value})]),
                  extracted(claims=[got_claim(500, **{field: got_value})]))
    assert ev.metrics[f"{field}_accuracy"] == float(right)


# ---------------------------------------------------------------- vague counts, claimant kind, relays


def vague(value: int, high: int, **fields) -> dict:
    return claim(value, high=high, qualifier="vague", what="other", **fields)


@pytest.mark.parametrize(
    ("got_value", "got_high", "got_qualifier", "pairs", "range_right"),
    [
        (20000, 99999, "vague", True, True),  # the gold's own convention
        (10000, 99999, "vague", True, False),  # another convention for "tens of thousands": overlaps
        (30000, None, "vague", True, False),  # a single point inside the range
        (100000, 999999, "vague", False, False),  # "hundreds of thousands" is another claim
        (30000, None, "exact", False, False),  # an exact figure never pairs by overlap
        (20000, 99999, "range", True, True),  # same numbers, wrong qualifier: pairs, qualifier wrong
    ],
)
def test_a_vague_gold_claim_pairs_by_its_range(got_value, got_high, got_qualifier, pairs, range_right):
    gold = one_article(claims=[vague(20000, 99999)])
    ev = evaluate(gold, extracted(claims=[got_claim(got_value, high=got_high, qualifier=got_qualifier,
                                                    what="other")]))
    assert ev.counts["claim_recall"] == (int(pairs), 1)
    assert ev.counts["vague_range_accuracy"] == ((int(range_right), 1) if pairs else (0, 0))
    assert ev.counts["vague_recall"] == (int(pairs and got_qualifier == "vague"), 1)


def test_vague_metrics_count_only_vague_gold_claims():
    gold = one_article(claims=[vague(2000, 9999), claim(2000), vague(300, 900)])
    tables = extracted(claims=[got_claim(2000, high=9999, qualifier="vague", what="other"), got_claim(2000)])
    ev = evaluate(gold, tables)
    assert ev.counts["vague_recall"] == (1, 2)
    assert ev.counts["vague_range_accuracy"] == (1, 1)
    assert ev.counts["qualifier_accuracy"] == (2, 2)
    assert ev.misses.query("kind == 'claim_missed'")["item"].tolist() == ["300-900 other [vague] by Jane Doe"]


def test_a_wrong_vague_range_is_listed_with_both_ranges():
    ev = evaluate(one_article(claims=[vague(20000, 99999)]),
                  extracted(claims=[got_claim(10000, high=99999, qualifier="vague", what="other")]))
    assert ev.misses[["kind", "expected", "got"]].values.tolist() == [
        ["vague_range_wrong", "20,000-99,999", "10,000-99,999"]]


@pytest.mark.parametrize(
    ("gold", "got", "right"),
    [
        (None, None, True),
        (None, "", True),
        ([], None, True),
        (["Daily Post"], "Daily Post", True),
        (["Daily Post"], "daily post", True),
        (["Daily Post", "Tom Reyes"], "Tom Reyes|Daily Post", True),  # any order
        (["Daily Post"], "", False),
        (None, "Daily Post", False),
        (["Daily Post", "Tom Reyes"], "Daily Post", False),
        (["Daily Post"], "Evening Star", False),
    ],
)
def test_relays_match(gold, got, right):
    assert relays_match(gold, got) is right


def test_claimant_kind_and_via_are_scored_where_the_gold_gives_them():
    gold = one_article(claims=[
        claim(5000, claimant_kind="police", via=["Daily Post"]),
        claim(3000, claimant_kind="organisers", via=None),
        claim(800),  # no claimant_kind, no via: not scored on either
    ])
    tables = extracted(claims=[
        got_claim(5000, claimant_kind="police", via="Daily Post"),
        got_claim(3000, claimant_kind="outlet", via="Daily Post"),
        got_claim(800, claimant_kind="outlet", via="Evening Star"),
    ])
    ev = evaluate(gold, tables)
    assert ev.counts["claimant_kind_accuracy"] == (1, 2)
    assert ev.counts["via_accuracy"] == (1, 2)
    assert ev.counts["relay_recall"] == (1, 1)
    assert ev.misses[["kind", "expected", "got"]].values.tolist() == [
        ["claimant_kind_wrong", "organisers", "outlet"], ["via_wrong", "", "Daily Post"]]


def test_tables_without_claimant_kind_or_via_columns_score_zero_there():
    gold = one_article(claims=[claim(5000, claimant_kind="police", via=["Daily Post"]),
                               claim(3000, claimant_kind="organisers", via=None)])
    tables = extracted(claims=[got_claim(5000), got_claim(3000)])
    assert "via" not in tables.claims or tables.claims["via"].isna().all()
    ev = evaluate(gold, tables)
    assert ev.counts["claimant_kind_accuracy"] == (0, 2)
    assert ev.counts["via_accuracy"] == (1, 2)  # the claim without a relay is right by default
    assert ev.counts["relay_recall"] == (0, 1)


def test_gold_without_the_new_fields_leaves_their_metrics_unscored():
    ev = evaluate(one_article(claims=[claim(500)]), extracted(claims=[got_claim(500)]))
    for metric in ("vague_recall", "vague_range_accuracy", "claimant_kind_accuracy", "via_accuracy",
                   "relay_recall"):
        assert ev.counts[metric] == (0, 0) and math.isnan(ev.metrics[metric]), metric
    assert re.search(r"^via_accuracy\s+n/a\s+0/0\b", format_evaluation(ev), re.MULTILINE)


# ---------------------------------------------------------------- report and loading


def test_format_evaluation_shows_every_metric_and_one_line_per_miss():
    gold = one_article([quote("we will hold the line"), quote("nobody is leaving this city")],
                       [claim(8000, qualifier="approx"), claim(12000)])
    ev = evaluate(gold, extracted([{"quote": "we will hold the line", "speaker": "Ann Roe"}],
                                  [got_claim(8000, qualifier="exact")]))
    report = format_evaluation(ev)
    assert all(re.search(rf"^{metric}\s", report, re.MULTILINE) for metric in METRICS)
    assert re.search(r"^quote_recall\s+0\.500\s+1/2\b", report, re.MULTILINE)
    miss_lines = report.split(f"{len(ev.misses)} misses\n", 1)[1].splitlines()
    assert len(miss_lines) == len(ev.misses) == 4
    expected_line = ("a1  qualifier_wrong      8,000 troops [approx] by Jane Doe"
                     "  | expected: approx  got: exact")
    assert expected_line in miss_lines


def test_load_gold_reads_the_seed_format(tmp_path):
    path = tmp_path / "gold.json"
    path.write_text(json.dumps(one_article([quote("we will hold the line")], [claim(500)])), encoding="utf-8")
    assert load_gold(path)["a1.txt"]["claims"][0]["value"] == 500


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ([], "keyed by article file name"),
        ({"a.txt": {"quotes": {}}}, "'quotes' is not a list"),
        ({"a.txt": {"quotes": [{"speaker": "X", "head": ""}]}}, "a quote has no head"),
        ({"a.txt": {"claims": [{"value": "8,000"}]}}, "a claim has no numeric value"),
    ],
)
def test_load_gold_rejects_malformed_files(tmp_path, content, message):
    path = tmp_path / "gold.json"
    path.write_text(json.dumps(content), encoding="utf-8")
    with pytest.raises(ValueError, match=message):
        load_gold(path)


def test_article_id_is_the_file_name_without_extension():
    assert article_id_for("000_8710205b61c2e184.txt") == "000_8710205b61c2e184"


# ---------------------------------------------------------------- the gold files themselves


@pytest.mark.parametrize(("gold_path", "articles_dir"), GOLD_SETS)
def test_every_gold_head_is_copied_verbatim_right_after_a_quotation_mark(gold_path, articles_dir):
    for name, entry in load_gold(gold_path).items():
        text = article_text(articles_dir, name)
        heads = [quote["head"] for quote in entry["quotes"]]
        positions = head_positions(heads, text)
        assert [head for head, position in zip(heads, positions, strict=True) if position is None] == [], name
        assert positions == sorted(positions), f"{name}: quotes not listed in text order"


def gold_of(folder: Path) -> dict:
    return load_gold(folder / "gold.json")


@pytest.mark.parametrize("folder", [HELDOUT_DIR, *FRESH_DIRS], ids=lambda folder: folder.name)
def test_heldout_manifest_lists_every_article_with_the_gold_meta(folder):
    with (folder / "manifest.csv").open(encoding="utf-8", newline="") as handle:
        manifest = {row["file"]: row for row in csv.DictReader(handle)}
    gold = gold_of(folder)
    assert set(manifest) == set(gold) == {path.name for path in folder.glob("*.txt")}
    for name, entry in gold.items():
        published = manifest[name]["published"] or None  # the fresh set leaves a few undated
        assert entry["meta"]["outlet"] == manifest[name]["outlet"], name
        assert (entry["meta"]["published"] or None) == published, name  # undated: null or ""
        assert published is None or pd.Timestamp(published).year >= 2024
    if folder == HELDOUT_DIR:
        assert all(row["published"] for row in manifest.values())


@pytest.mark.parametrize(("folder", "name"), HELDOUT_ARTICLES)
def test_heldout_articles_are_short_news_stories(folder, name):
    headline, *paragraphs = article_text(folder, name).rstrip("\n").split("\n")
    assert 3 <= len(headline.split()) <= 20
    assert all(paragraph.strip() for paragraph in paragraphs)
    longest = 350 if folder == HELDOUT_DIR else 500
    assert 150 <= sum(len(paragraph.split()) for paragraph in paragraphs) <= longest


# "8,000", "12 300" (a space as thousands separator), "7", "1.5", optionally "thousand" / "million" / "billion"
DIGIT_FIGURE = re.compile(
    r"(?<![\w.,])(\d{1,3}(?:[ ,]\d{3})+(?![\d.])|\d[\d,]*(?:\.\d+)?)(?:[- ](thousand|million|billion)\b)?")
# "between 58 and 64 thousand": the multiplier belongs to both figures
SHARED_MULTIPLIER = re.compile(r"(?<![\w.])(\d+(?:\.\d+)?) (and|to) (\d+(?:\.\d+)?) (thousand|million|billion)\b")
MULTIPLIERS = {None: 1, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
SMALL_NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                      "eight": 8, "nine": 9, "ten": 10}
SPELLED_CLAIMS = {"two dozen": 24, "three hundred": 300, "a couple thousand": 2000, "nine": 9,
                  "half a million": 500_000, "a million": 1_000_000, "a dozen": 12, "twelve": 12}


# a figure glued to the letters before it ("R3,000", "A320"): not required to be annotated, but may be
GLUED_FIGURE = re.compile(r"(?<=[^\W\d_])(\d[\d,]*(?:\.\d+)?)(?:[- ](thousand|million|billion)\b)?")


def figures_in(text: str, pattern: re.Pattern = DIGIT_FIGURE) -> set[float]:
    text = SHARED_MULTIPLIER.sub(lambda match: f"{match[1]} {match[4]} {match[2]} {match[3]} {match[4]}", text)
    digits = {float(match[1].replace(",", "").replace(" ", "").rstrip(".")) * MULTIPLIERS[match[2]]
              for match in pattern.finditer(text)}
    words = {float(value) for word, value in SMALL_NUMBER_WORDS.items()
             if re.search(rf"\b{word}\b", text, re.IGNORECASE)}
    return digits | words


def test_figures_in_reads_a_shared_multiplier_and_skips_glued_figures():
    assert figures_in("between 58 and 64 thousand, up from 1.5 million") == {58_000, 64_000, 1_500_000}
    assert figures_in("a raise of R3,000 for 40 workers") == {40}
    assert figures_in("a raise of R3,000 for 40 workers", GLUED_FIGURE) == {3000}
    assert figures_in("some 12 300 people, 4 500 of them children, in 2 camps") == {12_300, 4_500, 2}


@pytest.mark.parametrize(("folder", "name"), HELDOUT_ARTICLES)
def test_every_heldout_figure_is_a_claim_or_ignored(folder, name):
    entry = gold_of(folder)[name]
    text = article_text(folder, name)
    # a vague count's bounds are the convention's, not the text's ("tens of thousands": 20000-99999)
    claimed = [number for item in entry["claims"] if item["qualifier"] != "vague"
               for number in (item["value"], item["high"]) if number is not None]
    annotated = {float(value) for value in [*entry["ignore_values"], *claimed]}
    assert figures_in(text) - annotated == set()
    spelled = {float(value) for phrase, value in SPELLED_CLAIMS.items() if re.search(rf"\b{phrase}\b", text, re.I)}
    written = figures_in(text) | figures_in(text, GLUED_FIGURE) | spelled
    assert annotated - written == set(), "an annotated value does not occur in the text"


@pytest.mark.parametrize(("gold_path", "articles_dir"), GOLD_SETS)
def test_gold_claims_use_the_schema_vocabulary(gold_path, articles_dir):
    for name, entry in load_gold(gold_path).items():
        for item in entry["claims"]:
            assert item["qualifier"] in QUALIFIERS, (name, item)
            assert item["what"] in WHAT, (name, item)
            assert (item["qualifier"] in {"range", "vague"}) == (item["high"] is not None), (name, item)
            assert item["high"] is None or item["high"] > item["value"], (name, item)
            background = item.get("claimant_kind") == "background"
            assert isinstance(item["hypothetical"], bool) and bool(item["claimant"]) != background, (name, item)
            assert item.get("claimant_kind", "person") in CLAIMANT_KINDS, (name, item)
            via = item.get("via")
            assert via is None or (isinstance(via, list) and via and all(via)), (name, item)
            if item["date_said"]:
                assert pd.Timestamp(item["date_said"]) <= pd.Timestamp("2025-12-31"), (name, item)


# phenomenon -> (file, text that shows it); the report's coverage table is this list
COVERAGE = [
    ("range 'between X and Y'", "h01_madrid_housing_march.txt", "between 20,000 and 25,000"),
    ("range 'X to Y'", "h05_car_peacekeeping.txt", "11,000 to 12,000 troops"),
    ("range 'X-Y'", "h04_korea_border_fortification.txt", "2,000-3,000 soldiers"),
    ("'a couple thousand'", "h05_car_peacekeeping.txt", "a couple thousand soldiers"),
    ("'a couple thousand' inside a quote", "h08_ojai_wildfire.txt", "a couple thousand more people"),
    ("hyphenated '15-thousand'", "h03_italy_rail_strike.txt", "15-thousand staff"),
    ("spelled 'three hundred'", "h03_italy_rail_strike.txt", "three hundred military drivers"),
    ("spelled 'two dozen'", "h02_peru_earthquake.txt", "two dozen search-and-rescue specialists"),
    ("spelled small number", "h11_mali_battle.txt", "nine soldiers had been killed"),
    ("'nearly'", "h06_chad_refugees.txt", "Nearly 30,000 people"),
    ("'almost'", "h10_baltic_drills.txt", "almost 30,000 troops"),
    ("'approaching'", "h12_kosovo_boundary.txt", "approaching 3,000"),
    ("'roughly' + '1.5 million'", "h09_nigeria_floods.txt", "Roughly 1.5 million people"),
    ("'more than'", "h07_prisoner_swap.txt", "more than 6,000 Ukrainian soldiers"),
    ("'fewer than'", "h03_italy_rail_strike.txt", "fewer than 4,000 employees"),
    ("'at least'", "h02_peru_earthquake.txt", "at least 212"),
    ("'up to'", "h12_kosovo_boundary.txt", "up to 5,000 troops"),
    ("'as many as'", "h07_prisoner_swap.txt", "as many as 1,200 Russian servicemen"),
    ("'some' / 'about'", "h01_madrid_housing_march.txt", "some 1,800 police officers"),
    ("'according to'", "h02_peru_earthquake.txt", "according to the National Civil Defence Institute"),
    ("lawmakers relay an agency", "h04_korea_border_fortification.txt",
     "lawmakers said on Thursday, citing the National Intelligence Service"),
    ("anonymous official", "h04_korea_border_fortification.txt", "who spoke on condition of anonymity"),
    ("quote over two paragraphs", "h02_peru_earthquake.txt", "\"Every hour counts.\n\"If we cannot"),
    ("quote over two paragraphs (curly)", "h10_baltic_drills.txt", "visible.\n“And it has"),
    ("quote after a colon", "h03_italy_rail_strike.txt", "said in a statement: \"The turnout"),
    ("quote after a colon (on TV)", "h11_mali_battle.txt", "on state television: \"The terrorists"),
    ("speaker only in an earlier paragraph", "h05_car_peacekeeping.txt", "uncertainty.\n\"Even if"),
    ("split quote", "h01_madrid_housing_march.txt", "Lucía Ferrán, a spokeswoman for the union. “Anyone"),
    ("split quote, straight marks", "h07_prisoner_swap.txt", "Wednesday. \"Thousands are still waiting.\""),
    ("headline quote in single curly marks", "h06_chad_refugees.txt", "‘We have nothing left’:"),
    ("pronoun speaker", "h02_peru_earthquake.txt", "excavators,\" she said."),
    ("surname-only later mention", "h08_ojai_wildfire.txt", "Whitcomb said. No deaths"),
    ("title before the name", "h01_madrid_housing_march.txt", "Interior Minister Elena Robles"),
    ("title after the name", "h09_nigeria_floods.txt", "Aminu Bello, the interior minister,"),
    ("a body speaks", "h03_italy_rail_strike.txt", "the company said in a statement"),
    ("a ministry speaks", "h10_baltic_drills.txt", "Russia’s defence ministry said in a statement"),
    ("figure inside a partial quote", "h11_mali_battle.txt", "\"more than 60 soldiers and mercenaries\""),
    ("hypothetical 'even if'", "h10_baltic_drills.txt", "Even if 50,000 troops came"),
    ("hypothetical 'if'", "h12_kosovo_boundary.txt", "If Belgrade sends 10,000 more"),
    ("hypothetical restating another's figure", "h03_italy_rail_strike.txt", "If they really think only"),
    ("non-claim: money", "h05_car_peacekeeping.txt", "$2 billion"),
    ("non-claim: money in euros", "h01_madrid_housing_march.txt", "€2 billion"),
    ("non-claim: years and dates", "h03_italy_rail_strike.txt", "on December 2"),
    ("non-claim: ordinal", "h10_baltic_drills.txt", "3rd Infantry Division"),
    ("non-claim: ordinal", "h07_prisoner_swap.txt", "the 55th such swap"),
    ("non-claim: things counted", "h10_baltic_drills.txt", "400 tanks"),
    ("non-claim: things counted", "h06_chad_refugees.txt", "12 buses"),
    ("non-claim: age", "h08_ojai_wildfire.txt", "aged 45"),
    ("non-claim: age after a name", "h02_peru_earthquake.txt", "Rosa Quispe, 63,"),
    ("non-claim: percentage", "h03_italy_rail_strike.txt", "almost 70%"),
    ("non-claim: vague amount", "h04_korea_border_fortification.txt", "“several hundred” troops"),
    ("date: 'on Sunday evening'", "h01_madrid_housing_march.txt", "said on Sunday evening"),
    ("date: 'on Monday'", "h12_kosovo_boundary.txt", "government said on Monday"),
    ("date: bare 'Tuesday'", "h11_mali_battle.txt", "said Tuesday"),
    ("date: 'last Friday'", "h07_prisoner_swap.txt", "said last Friday"),
    ("date: 'on March 3'", "h10_baltic_drills.txt", "said on March 3"),
    ("accented names", "h11_mali_battle.txt", "Souleymane Dembélé"),
    ("two countries claim together", "h07_prisoner_swap.txt", "officials on both sides said"),
]


@pytest.mark.parametrize(("phenomenon", "name", "snippet"), COVERAGE, ids=[row[0] for row in COVERAGE])
def test_heldout_set_covers_the_phenomenon(phenomenon, name, snippet):
    assert snippet in article_text(HELDOUT_DIR, name), phenomenon


# phenomenon -> (file in tests/fresh/a, text that shows it): the classes of issue 10 the half covers on purpose
FRESH_A_COVERAGE = [
    ("vague 'tens of thousands'", "a01_prague_media_march.txt", "Tens of thousands of people marched"),
    ("vague 'several hundred' in a partial quote", "a01_prague_media_march.txt", "\"several hundred\" officers"),
    ("vague 'thousands' in a headline", "l01_platinum_strike_begins.txt", "Thousands down tools"),
    ("vague 'several thousand'", "l03_platinum_layoffs_announced.txt", "a rally of several thousand strikers"),
    ("vague 'hundreds'", "d02_typhoon_toll_rises.txt", "hundreds of residents waited"),
    ("vague 'dozens'", "d02_typhoon_toll_rises.txt", "deployed dozens of rescuers"),
    ("range with a shared multiplier", "a02_prague_count_dispute.txt", "between 58 and 64 thousand"),
    ("range with a shared multiplier", "d05_typhoon_power_water.txt", "Between 12 and 15 thousand residents"),
    ("'put the figure at'", "a02_prague_count_dispute.txt", "put the figure at between"),
    ("'put the number ... at'", "l02_platinum_strike_ministry_count.txt", "put the number of striking workers"),
    ("'by X's count'", "a05_prague_final_figures.txt", "By Datakrok's count"),
    ("'by the union's count'", "l03_platinum_layoffs_announced.txt", "By the union's count, 15,200"),
    ("the outlet's own count", "a02_prague_count_dispute.txt", "Vltava Daily's own reporters"),
    ("'according to' after the figure", "d04_typhoon_second_storm.txt", "according to the National Emergency"),
    ("'According to the company,'", "l03_platinum_layoffs_announced.txt", "According to the company, another 350"),
    ("relay: reported, citing", "a03_prague_briefing_lawmakers.txt", "reported, citing an internal police report"),
    ("relay: reported, citing", "d03_typhoon_relief_figures.txt", "reported, citing the Cagayan provincial"),
    ("relay: lawmakers after a briefing", "a03_prague_briefing_lawmakers.txt", "after a closed briefing by the Police"),
    ("relay: senators briefed by an agency", "d03_typhoon_relief_figures.txt", "Senators who were briefed by"),
    ("relay: anonymous sources", "l03_platinum_layoffs_announced.txt", "citing two people familiar"),
    ("passive 'were told'", "a05_prague_final_figures.txt", "lawmakers were told 45,000"),
    ("acronym defined then reused", "a03_prague_briefing_lawmakers.txt", "The BPA said the report"),
    ("acronym defined then reused", "d01_typhoon_landfall_luzon.txt", "(NECO) said"),
    ("acronym used alone", "d04_typhoon_second_storm.txt", "NECO said 61,000"),
    ("dateline is not a claimant", "l01_platinum_strike_begins.txt", "RUSTENBURG, South Africa (Joburg Wire) —"),
    ("counted group is not a claimant", "d01_typhoon_landfall_luzon.txt", "More than 30,000 people had been moved"),
    ("actor of a non-reporting verb", "l02_platinum_strike_ministry_count.txt", "police fired rubber bullets"),
    ("background: relative clause", "l01_platinum_strike_begins.txt", "which employs about 18,500 people"),
    ("background: 'a country of'", "a06_prague_counting_explainer.txt", "a country of about 10.9 million people"),
    ("tied figure 'up from'", "a02_prague_count_dispute.txt", "42,000, up from 38,000 the evening before"),
    ("non-claim: score", "a01_prague_media_march.txt", "Baník Ostrava 3-1"),
    ("non-claim: 'No one was hurt'", "d02_typhoon_toll_rises.txt", "No one was hurt"),
    ("'one of the 12 nurses'", "d02_typhoon_toll_rises.txt", "one of the 12 nurses"),
    ("non-claim: emergency number", "a05_prague_final_figures.txt", "call 112, the emergency number"),
    ("non-claim: model number", "d04_typhoon_second_storm.txt", "two C-130 transport planes"),
    ("non-claim: capacity", "d05_typhoon_power_water.txt", "designed for 600 pupils"),
    ("non-claim: capacity of a square", "a02_prague_count_dispute.txt", "can hold around 80,000 people"),
    ("non-claim: households", "d02_typhoon_toll_rises.txt", "310,000 households"),
    ("non-claim: list numbering", "a06_prague_counting_explainer.txt", "\n2. The organisers."),
    ("non-claim: ages", "a06_prague_counting_explainer.txt", "Marek Šindelář, 34,"),
    ("non-claim: money glued to a currency letter", "l01_platinum_strike_begins.txt", "R3,000"),
    ("hypothetical 'Should ... could'", "d01_typhoon_landfall_luzon.txt", "Should the river rise another two metres"),
    ("hypothetical 'If ... might'", "d04_typhoon_second_storm.txt", "as many as 150,000 people might have to"),
    ("hypothetical rhetorical 'half a million'", "a03_prague_briefing_lawmakers.txt", "claim half a million"),
    ("hypothetical 'If they fire'", "l03_platinum_layoffs_announced.txt", "If they fire 1,200 today"),
    ("forecast 'expected to reach'", "d01_typhoon_landfall_luzon.txt", "expected to reach 100,000 by Monday"),
    ("forecast 'forecast to affect'", "d04_typhoon_second_storm.txt", "forecast to affect about 2 million"),
    ("asserted comparison", "a05_prague_final_figures.txt", "Where about 5,000 people protested"),
    ("asserted comparison in a quote", "l04_platinum_strike_week_two.txt", "Normally 200 men buy bread here"),
    ("negated 'at no point did more than'", "l05_platinum_strike_ends.txt", "at no point did more than 10,500"),
    ("date: 'will be laid off on March 3'", "l03_platinum_layoffs_announced.txt", "will be laid off on March 3"),
    ("date: the statement's weekday, not the event's", "l04_platinum_strike_week_two.txt",
     "said on Monday that 10,450 workers had been absent without leave on Friday"),
    ("date: 'last Saturday'", "a05_prague_final_figures.txt", "last Saturday's march"),
    ("undated article", "l05_platinum_strike_ends.txt", "returned to the shafts near Rustenburg on Wednesday"),
    ("quote: chanted", "a01_prague_media_march.txt", "the protesters chanted"),
    ("quote: wrote", "a02_prague_count_dispute.txt", "the firm's founder, wrote on social media"),
    ("quote: insisted with a partial quote", "a03_prague_briefing_lawmakers.txt", "insisted on Monday that"),
    ("quote: tweeted", "a05_prague_final_figures.txt", "tweeted on Wednesday that \"a loud crowd"),
    ("quote: posted ... she wrote", "d03_typhoon_relief_figures.txt", "posted on Facebook"),
    ("quote: concluded", "l05_platinum_strike_ends.txt", "it concluded that \"at no point"),
    ("quote: transcript labels", "a04_prague_organiser_interview.txt", "\nHÁJKOVÁ: Believe the photographs."),
    ("quote: 'is quoted as saying'", "a04_prague_organiser_interview.txt", "is quoted as saying that the group would"),
    ("quote: colon introduction", "l05_platinum_strike_ends.txt", "Sipho Mabaso, MAWU general secretary: \"We"),
    ("quote: split quote", "d01_typhoon_landfall_luzon.txt", "Manalastas told local radio. \"Leave now"),
    ("quote: speaker only in an earlier paragraph", "l05_platinum_strike_ends.txt", "months.\n\"Nine days"),
    ("quote: surname only in the article", "d03_typhoon_relief_figures.txt", "\nVillacorta, the emergency office's"),
    ("quote: pronoun speaker", "a02_prague_count_dispute.txt", "\"Nobody is lying here,\" he said."),
    ("quote: a body speaks in a partial quote", "l02_platinum_strike_ministry_count.txt", "count \"a desk exercise.\""),
]


@pytest.mark.parametrize(("phenomenon", "name", "snippet"), FRESH_A_COVERAGE, ids=[row[0] for row in FRESH_A_COVERAGE])
def test_fresh_a_covers_the_phenomenon(phenomenon, name, snippet):
    folder = ROOT / "tests" / "fresh" / "a"
    if not folder.exists():
        pytest.skip("tests/fresh/a is not in this checkout")
    assert snippet in article_text(folder, name), phenomenon


# phenomenon -> (file in tests/fresh/c, text that shows it): the North Korean troops in Russia story, Oct-Nov 2024
FRESH_C_COVERAGE = [
    ("vague 'thousands' in a quote", "k10_wire_two_plus_two.txt", "\"Thousands of them are already wearing"),
    ("vague 'hundreds' in a partial quote", "k04_ukrainian_outlet_hur_kursk.txt", "\"hundreds\" of its own men"),
    ("vague 'hundreds' relayed by an outlet", "k07_liveblog_combat_begins.txt", "that hundreds of North Korean"),
    ("vague 'dozens'", "k06_thinktank_brief.txt", "spoken of dozens of North Korean dead"),
    ("vague 'several hundred' in a partial quote", "k09_explainer_who_counts.txt", "\"several hundred\" had been"),
    ("range with a shared multiplier", "k06_thinktank_brief.txt", "between 10 and 12 thousand"),
    ("range 'X to Y' in a quote", "k04_ukrainian_outlet_hur_kursk.txt", "groups of 20 to 30"),
    ("'put the figure at' in a transcript line", "k02_broadcaster_pentagon_transcript.txt",
     "put the figure at roughly 2,800"),
    ("'put ... at' continuing a dated statement", "k03_korean_paper_nis_briefing.txt",
     "The JCS put the North's front-line ground troops at around 700,000"),
    ("'put the total ... at' with no day of its own", "k10_wire_two_plus_two.txt", "Austin put the total number"),
    ("passive 'was given by'", "k03_korean_paper_nis_briefing.txt", "was given by the NIS on October 18"),
    ("passive 'were told by' (relay)", "k07_liveblog_combat_begins.txt",
     "lawmakers were told by the National Intelligence Service"),
    ("'according to'", "k06_thinktank_brief.txt", "according to Britain's Defence Intelligence"),
    ("'According to the NIS,' without a figure", "k01_wire_nis_first_deployment.txt", "According to the NIS,"),
    ("relay: lawmakers after a closed-door briefing", "k03_korean_paper_nis_briefing.txt",
     "lawmakers said Tuesday after a closed-door briefing by the National Intelligence Service (NIS)"),
    ("relay: a named lawmaker", "k03_korean_paper_nis_briefing.txt", "Rep. Lee Jae-hoon of the ruling"),
    ("relay: an outlet citing an outlet", "k07_liveblog_combat_begins.txt", "citing the Herald's"),
    ("relay: an outlet citing officials", "k07_liveblog_combat_begins.txt", "citing two US officials"),
    ("relay: an interview with a newspaper", "k08_defence_trade_artillery.txt", "newspaper Kanto Daily"),
    ("relay: the anchor restates a figure", "k02_broadcaster_pentagon_transcript.txt",
     "WHITFIELD: Seoul's spy agency has been saying this"),
    ("the outlet's own count", "k07_liveblog_combat_begins.txt", "Our correspondent at a military hospital in Sumy"),
    ("the publisher's own judgment", "k06_thinktank_brief.txt", "Our judgment is that Pyongyang could rotate"),
    ("background: strength stated by nobody", "k01_wire_nis_first_deployment.txt", "keeps about 1.2 million people"),
    ("background: 'a country of'", "k09_explainer_who_counts.txt", "a country of about 26 million people"),
    ("background: asserted comparison", "k06_thinktank_brief.txt", "Where North Korea's last combat deployment"),
    ("asserted comparison by a claimant", "k05_european_paper_nato.txt", "where the alliance had counted some 2,000"),
    ("acronym defined then reused", "k08_defence_trade_artillery.txt", "The MND said about 11,000"),
    ("acronym defined then reused", "k04_ukrainian_outlet_hur_kursk.txt", "The CCD said the figure"),
    ("acronym never expanded", "k09_explainer_who_counts.txt", "agency, the HUR, said last week"),
    ("domestic body: country from a place", "k04_ukrainian_outlet_hur_kursk.txt", "The Kyiv-based Centre"),
    ("independent firm: country stated", "k08_defence_trade_artillery.txt", "a Seoul-based firm"),
    ("person: nationality in a later sentence", "k05_european_paper_nato.txt", "The Ukrainian diplomat"),
    ("country only the object", "k05_european_paper_nato.txt", "ministry said on Tuesday that Russia"),
    ("country only the object", "k03_korean_paper_nis_briefing.txt", "the forces North Korea keeps along the border"),
    ("dateline is not a claimant", "k01_wire_nis_first_deployment.txt", "SEOUL (Eastline Press) —"),
    ("same official, other title", "k05_european_paper_nato.txt", "Its spokeswoman, Sabrina Singh"),
    ("same figure, another speaker", "k09_explainer_who_counts.txt", "The Pentagon put the figure at about 2,800"),
    ("tied figure 'up from'", "k04_ukrainian_outlet_hur_kursk.txt", "up from about 8,000 last week"),
    ("'one of the roughly 500 officers'", "k03_korean_paper_nis_briefing.txt", "one of the roughly 500 officers"),
    ("non-claim: capacity", "k08_defence_trade_artillery.txt", "each designed to carry about 225 troops"),
    ("non-claim: money per soldier", "k08_defence_trade_artillery.txt", "$2,000 a month per soldier"),
    ("non-claim: model numbers", "k08_defence_trade_artillery.txt", "KN-23 and KN-24"),
    ("non-claim: calibre", "k08_defence_trade_artillery.txt", "20 of its 240mm multiple rocket launchers"),
    ("non-claim: list numbering", "k06_thinktank_brief.txt", "\n1. Size."),
    ("non-claim: age", "k06_thinktank_brief.txt", "Ingrid Solberg, 41,"),
    ("non-claim: unit numbers", "k04_ukrainian_outlet_hur_kursk.txt", "95th Brigade"),
    ("non-claim: liveblog timestamps and day count", "k07_liveblog_combat_begins.txt", "day 994"),
    ("non-claim: years '1950-53'", "k01_wire_nis_first_deployment.txt", "1950-53 Korean War"),
    ("non-claim: money in a transcript", "k02_broadcaster_pentagon_transcript.txt", "$425 million"),
    ("non-claim: countries counted", "k05_european_paper_nato.txt", "all 32 allies"),
    ("hypothetical 'could eventually send as many as'", "k01_wire_nis_first_deployment.txt",
     "could eventually send as many as 11,000"),
    ("hypothetical 'or even'", "k04_ukrainian_outlet_hur_kursk.txt", "another 15,000, or even 20,000"),
    ("hypothetical 'If ... could exceed'", "k03_korean_paper_nis_briefing.txt", "the deployment could exceed 12,000"),
    ("hypothetical rhetorical question", "k05_european_paper_nato.txt", "who says it will not be 50,000"),
    ("hypothetical 'could reach' (unlike 'expected to reach')", "k02_broadcaster_pentagon_transcript.txt",
     "the total could reach 10,000 by December"),
    ("hypothetical 'a further 3,000 could follow'", "k09_explainer_who_counts.txt", "a further 3,000 could follow"),
    ("forecast 'expects ... to reach'", "k03_korean_paper_nis_briefing.txt", "expects the deployment to reach"),
    ("forecast 'expect ... to reach'", "k08_defence_trade_artillery.txt", "expect the contingent to reach 15,000"),
    ("date: 'on Thursday' in a Friday article", "k01_wire_nis_first_deployment.txt", "said on Thursday at a European"),
    ("date: 'five days later'", "k09_explainer_who_counts.txt", "at 9,500 five days later"),
    ("date: an earlier event in the sentence before", "k04_ukrainian_outlet_hur_kursk.txt",
     "spoke by phone with South Korean President Yoon Suk Yeol on Friday"),
    ("date: a continuing statement", "k01_wire_nis_first_deployment.txt", "the agency said in the same statement"),
    ("date: 'added' continues a dated statement", "k04_ukrainian_outlet_hur_kursk.txt", "Yusov added that"),
    ("date: undated article with a dated statement", "k06_thinktank_brief.txt", "said on October 31"),
    ("date: 'last week' is no day", "k09_explainer_who_counts.txt", "said last week that the figure"),
    ("quote: concluded", "k01_wire_nis_first_deployment.txt", "concluded after an emergency meeting"),
    ("quote: wrote", "k07_liveblog_combat_begins.txt", "he wrote."),
    ("quote: colon introduction", "k07_liveblog_combat_begins.txt", "he replied: \""),
    ("quote: transcript labels", "k02_broadcaster_pentagon_transcript.txt", "\nLEE: Dana, Sabrina Singh"),
    ("quote: a clip in a transcript", "k02_broadcaster_pentagon_transcript.txt", "\nSINGH: We assess"),
    ("quote: nested in a transcript line", "k02_broadcaster_pentagon_transcript.txt", "reports \"an invention"),
    ("quote: 'was quoted ... as saying'", "k10_wire_two_plus_two.txt", "was quoted by Russian state media as saying"),
    ("quote: split quote", "k03_korean_paper_nis_briefing.txt", "Lee said. \"Russian instructors"),
    ("quote: split quote, speaker after the verb", "k08_defence_trade_artillery.txt",
     "said Park Ji-ho, the firm's director. \"You do not"),
    ("quote: single-quoted words are mentions", "k03_korean_paper_nis_briefing.txt", "'fire' and 'take cover,'"),
    ("quote: speaker only in the paragraph before", "k04_ukrainian_outlet_hur_kursk.txt",
     "he said.\n\"They do not scatter"),
    ("quote: a body speaks through an agency", "k03_korean_paper_nis_briefing.txt", "through the Korean Central"),
    ("quote: a show title in quotation marks is no quote", "k02_broadcaster_pentagon_transcript.txt",
     "\"Washington Tonight\""),
    ("headline claim with a colon", "k04_ukrainian_outlet_hur_kursk.txt", "Military intelligence: 11,500"),
]


# phenomenon -> (file in tests/fresh/d, text that shows it): six stories unlike a/ and b/
FRESH_D_COVERAGE = [
    ("vague 'dozens'", "s01_ujjain_stampede.txt", "dozens injured"),
    ("vague 'dozens' of patients", "q01_nepal_quake_jajarkot.txt", "received dozens of patients"),
    ("vague 'thousands' in a partial quote", "s02_ujjain_toll_rises.txt", "\"thousands of people were left"),
    ("vague 'tens of thousands'", "n01_portugal_nurses_strike.txt", "Tens of thousands of nurses walked out"),
    ("vague 'several thousand'", "q02_nepal_quake_update.txt", "Several thousand people spent"),
    ("vague 'hundreds ..., maybe thousands' (hypothetical)", "c02_channel_crossings_uk.txt",
     "hundreds more deaths, maybe thousands"),
    ("vague 'hundreds' (hypothetical)", "s01_ujjain_stampede.txt", "we could have lost hundreds"),
    ("range with a shared multiplier", "s01_ujjain_stampede.txt", "between 700 and 800 thousand"),
    ("range with a shared multiplier", "r01_bogota_rally_crowd.txt", "between 38 and 42 thousand"),
    ("range 'between 3 and 5'", "c02_channel_crossings_uk.txt", "at between 3 and 5"),
    ("space as thousands separator", "n02_nurses_strike_day_two.txt", "9 800 nurses"),
    ("'1.5 million', '3.8 million'", "f02_attica_fire_liveblog.txt", "about 3.8 million people"),
    ("'put the crowd at'", "s01_ujjain_stampede.txt", "Police put the crowd at between"),
    ("'put the number of strikers at'", "n01_portugal_nurses_strike.txt", "put the number of strikers at 12,300"),
    ("'estimated attendance at'", "r01_bogota_rally_crowd.txt", "estimated attendance at between"),
    ("'estimated' by a UN agency", "q02_nepal_quake_update.txt", "(UNICEF) estimated that about 22,000"),
    ("'according to' a body", "s01_ujjain_stampede.txt", "according to the district administration"),
    ("'according to a count kept by'", "c01_channel_shipwreck_wimereux.txt", "according to a count kept by"),
    ("'according to ... figures published on'", "c02_channel_crossings_uk.txt",
     "according to Home Office figures published"),
    ("relay: an agency citing authorities", "c02_channel_crossings_uk.txt", "citing the French authorities"),
    ("relay: the presenter restates a figure", "f01_attica_fire_transcript.txt", "MARKOU: A wildfire that broke out"),
    ("relay: the reporter restates a mayor", "f01_attica_fire_transcript.txt", "told me an hour ago"),
    ("relay: a union leader rounds the ministry's figure", "n01_portugal_nurses_strike.txt", "turn 34,000 into 12,000"),
    ("the outlet's own count", "f02_attica_fire_liveblog.txt", "Our reporter at the Marathon sports hall counted"),
    ("the outlet's own estimate", "r01_bogota_rally_crowd.txt", "By this newspaper's own estimate"),
    ("background: 'a city of'", "s01_ujjain_stampede.txt", "a city of about 650,000 people"),
    ("background: 'employs about'", "x01_gazipur_factory_fire.txt", "employs about 4,500 people"),
    ("background: a past disaster's toll", "q01_nepal_quake_jajarkot.txt", "killed almost 9,000 people"),
    ("background: 'one of the 40 nurses'", "n01_portugal_nurses_strike.txt", "one of the 40 nurses"),
    ("'one of the 14 volunteers'", "s02_ujjain_toll_rises.txt", "one of the 14 volunteers"),
    ("acronym defined then reused", "r01_bogota_rally_crowd.txt", "MEBOG said it had deployed"),
    ("acronym defined then reused", "q01_nepal_quake_jajarkot.txt", "The NDRMA expects"),
    ("acronym defined then reused", "x01_gazipur_factory_fire.txt", "the FSCD said."),
    ("domestic body: country from the places", "c01_channel_shipwreck_wimereux.txt",
     "the maritime prefecture for the Channel and North Sea said"),
    ("domestic body: country from the places", "s02_ujjain_toll_rises.txt", "the district collector's office said"),
    ("a person's country from the body he leads", "c01_channel_shipwreck_wimereux.txt", "who led the SNSM crew"),
    ("country only the object", "f02_attica_fire_liveblog.txt", "that Italy and France had sent"),
    ("country only the object", "q01_nepal_quake_jajarkot.txt", "India's foreign ministry said on Tuesday"),
    ("country only the object", "c02_channel_crossings_uk.txt", "British-funded French patrols"),
    ("actor of a non-reporting verb", "c01_channel_shipwreck_wimereux.txt", "Police arrested two Iraqi men"),
    ("actor of a non-reporting verb in a transcript", "f01_attica_fire_transcript.txt",
     "The coast guard took about 350"),
    ("dateline is not a claimant", "x01_gazipur_factory_fire.txt", "DHAKA, Bangladesh (South Asia Press) —"),
    ("tied figure 'up from'", "s02_ujjain_toll_rises.txt", "up from 27 on Monday evening"),
    ("tied figure 'up from ... last year'", "c02_channel_crossings_uk.txt", "up from 24,800 at the same point"),
    ("tied figure 'up from ... the first count'", "q02_nepal_quake_update.txt", "up from 128 in the first count"),
    ("tied figure 'Of the dead, 61'", "q02_nepal_quake_update.txt", "Of the dead, 61 were children"),
    ("a part of a count: '9 of them'", "s01_ujjain_stampede.txt", "9 of them in critical condition"),
    ("'412 of its 1,650 nurses'", "n02_nurses_strike_day_two.txt", "412 of its 1,650 nurses"),
    ("non-claim: 'No one has been hurt'", "f01_attica_fire_transcript.txt", "No one has been hurt in the fire"),
    ("non-claim: 'No one was hurt'", "x01_gazipur_factory_fire.txt", "No one was hurt in a second"),
    ("non-claim: score", "r01_bogota_rally_crowd.txt", "which ended 2-2"),
    ("non-claim: ages", "f02_attica_fire_liveblog.txt", "aged 44 and 61"),
    ("non-claim: money", "s01_ujjain_stampede.txt", "400,000 rupees"),
    ("non-claim: capacity", "s01_ujjain_stampede.txt", "designed for no more than 5,000 bathers"),
    ("non-claim: capacity", "r01_bogota_rally_crowd.txt", "can hold about 55,000 people"),
    ("non-claim: capacity", "c01_channel_shipwreck_wimereux.txt", "a boat built for 12"),
    ("non-claim: capacity of a shelter", "c01_channel_shipwreck_wimereux.txt",
     "a night shelter in Calais for about 200"),
    ("non-claim: model number", "f01_attica_fire_transcript.txt", "Canadair CL-415"),
    ("non-claim: emergency number", "f01_attica_fire_transcript.txt", "call 112"),
    ("non-claim: phone number", "s02_ujjain_toll_rises.txt", "0734 255 0100"),
    ("non-claim: phone number the digit scan reads as 21,555", "n02_nurses_strike_day_two.txt", "+351 21 555 0193"),
    ("non-claim: hotline number", "q02_nepal_quake_update.txt", "calling 1149"),
    ("non-claim: things counted", "n01_portugal_nurses_strike.txt", "1,900 surgeries and 11,000 outpatient"),
    ("non-claim: families", "q02_nepal_quake_update.txt", "4,200 families"),
    ("non-claim: an average per boat", "c02_channel_crossings_uk.txt", "an average of about 60 per boat"),
    ("non-claim: magnitudes", "q01_nepal_quake_jajarkot.txt", "magnitude 6.4"),
    ("non-claim: percentages", "n01_portugal_nurses_strike.txt", "82 percent"),
    ("page furniture and a date line", "n02_nurses_strike_day_two.txt", "\n13 March 2025, 19:20 | Updated"),
    ("page furniture: related links", "n02_nurses_strike_day_two.txt", "Read more: Strike closes 40 health centres"),
    ("hypothetical 'If ... could have lost'", "s01_ujjain_stampede.txt", "If the railing had broken an hour later"),
    ("hypothetical 'If ... may have to'", "f01_attica_fire_transcript.txt", "we may have to move another 20,000"),
    ("hypothetical 'Should ... or even'", "f02_attica_fire_liveblog.txt", "move 25,000 people, or even 30,000"),
    ("hypothetical 'if ... could call'", "n01_portugal_nurses_strike.txt", "with as many as 45,000 nurses"),
    ("hypothetical 'If they go on, as many as'", "q01_nepal_quake_jajarkot.txt",
     "as many as 50,000 people may have to"),
    ("forecast 'expected up to'", "f02_attica_fire_liveblog.txt", "officials expected up to 25,000"),
    ("forecast 'expects ... to reach'", "q01_nepal_quake_jajarkot.txt", "expects the number of people"),
    ("forecast 'expect ... to pass'", "c02_channel_crossings_uk.txt", "expect this year's total to pass 40,000"),
    ("asserted comparison", "c02_channel_crossings_uk.txt", "Where fewer than 300 people made the crossing"),
    ("date: 'will be moved ... on Thursday'", "s02_ujjain_toll_rises.txt", "will be moved to Indore on Thursday"),
    ("date: 'will appear ... on Thursday'", "f02_attica_fire_liveblog.txt",
     "will appear before a prosecutor on Thursday"),
    ("date: 'had announced on Sunday'", "s02_ujjain_toll_rises.txt", "had announced on Sunday"),
    ("date: an event of the publication day", "c01_channel_shipwreck_wimereux.txt", "died early on Tuesday"),
    ("date: 'on Sunday night'", "r01_bogota_rally_crowd.txt", "said on Sunday night"),
    ("date: 'told me an hour ago' in a dated transcript", "f01_attica_fire_transcript.txt",
     "Tuesday's midday bulletin"),
    ("date: the lead dates both statements", "n02_nurses_strike_day_two.txt", "both said on Thursday"),
    ("date: undated article", "q02_nepal_quake_update.txt", "Home Ministry said on Thursday"),
    ("quote: fumed", "s02_ujjain_toll_rises.txt", "fumed that"),
    ("quote: insisted", "s02_ujjain_toll_rises.txt", "insisted on Monday"),
    ("quote: testified", "n01_portugal_nurses_strike.txt", "testified before parliament's health committee"),
    ("quote: tweeted with a colon", "f02_attica_fire_liveblog.txt", "tweeted a video from the coordination centre: \""),
    ("quote: posted ... She wrote:", "n02_nurses_strike_day_two.txt", "She wrote: \""),
    ("quote: wrote on X", "r01_bogota_rally_crowd.txt", "wrote on X"),
    ("quote: chanted", "r01_bogota_rally_crowd.txt", "the crowd chanted"),
    ("quote: reacted", "f02_attica_fire_liveblog.txt", "reacted angrily"),
    ("quote: transcript labels", "f01_attica_fire_transcript.txt", "\nKOSTOPOULOS: We have 1,150"),
    ("quote: colon introduction", "q02_nepal_quake_update.txt", "in Nalgad, said: \""),
    ("quote: colon introduction inside a transcript line", "f01_attica_fire_transcript.txt", "said simply: \""),
    ("quote: split quote", "x01_gazipur_factory_fire.txt", "he told reporters. \"People jumped"),
    ("quote: split quote", "r01_bogota_rally_crowd.txt", "he said. \"Three generations"),
    ("quote: a dead man's words relayed by his brother", "s02_ujjain_toll_rises.txt", "the crowd was \"like a wall.\""),
    ("quote: anonymous speaker", "s01_ujjain_stampede.txt", "A senior police officer, who asked not to be named"),
    ("quote: a body speaks", "n02_nurses_strike_day_two.txt", "\"close to 29,000 colleagues.\""),
    ("quote: untitled office holder", "c02_channel_crossings_uk.txt", "The Home Secretary told the Commons"),
]

# phenomenon -> (file in tests/fresh/e, text that shows it): the seed story in five outlets and five other stories
FRESH_E_COVERAGE = [
    ("relay: lawmakers after an agency's briefing", "g01_nk_troops_spy_agency_briefing.txt",
     "told lawmakers on Thursday, according to members of parliament's intelligence committee"),
    ("relay: a senator after a briefing", "g04_nk_troops_liveblog.txt", "after a closed briefing by the Pentagon's"),
    ("relay: an agency citing a source", "g04_nk_troops_liveblog.txt",
     "reported, citing a South Korean military source"),
    ("relay: a newspaper citing a document", "d02_chile_dockworkers_deal_wire.txt",
     "citing an internal company document"),
    ("relay: host and reporter restate figures on air", "d01_chile_dockworkers_radio.txt", "The union says 6,800"),
    ("acronym defined then reused", "g03_nk_troops_kyiv_intelligence.txt", "HUR did not say how it had counted"),
    ("acronym defined then reused", "m01_darien_crossings_explainer.txt", "The SNM recorded 302,000"),
    ("acronym defined in a transcript line", "d01_chile_dockworkers_radio.txt", "which everyone here calls FENATRAP"),
    ("speaker only in an earlier paragraph", "g03_nk_troops_kyiv_intelligence.txt", "not to see.\"\n\"Every day"),
    ("speaker only in an earlier paragraph", "m02_darien_reverse_flow.txt", "she said.\n\"Nobody wants us"),
    ("split quote", "p01_warsaw_farmers_march.txt", "who heads Green Furrow. \"If the minister"),
    ("split quote", "l01_png_landslide_wire.txt", "Highlands Care. \"Every time"),
    ("transcript labels", "g02_nk_troops_tv_transcript.txt", "\nSINGH: We now assess"),
    ("quote nested in a transcript line", "d01_chile_dockworkers_radio.txt", "told me a few minutes ago: \"We are not"),
    ("colon introduction", "g01_nk_troops_spy_agency_briefing.txt", "was blunter: \"This is no longer"),
    ("'wrote on X:'", "g04_nk_troops_liveblog.txt", "wrote on X: \"Moscow now depends"),
    ("passive 'was quoted by ... as saying'", "g03_nk_troops_kyiv_intelligence.txt", "was quoted by the news site"),
    ("passive 'was quoted by ... as saying'", "m02_darien_reverse_flow.txt", "was quoted by state broadcaster"),
    ("passive 'was estimated by'", "m02_darien_reverse_flow.txt",
     "was estimated by the Panamanian Red Cross at about 180"),
    ("background figure nobody states", "g01_nk_troops_spy_agency_briefing.txt",
     "which keeps an army of about 1.2 million"),
    ("background figure 'usually put at'", "g04_nk_troops_liveblog.txt", "usually put at about 1.2 million"),
    ("the outlet's own count", "p02_warsaw_farmers_count_web.txt", "Our reporters counted roughly 400"),
    ("the outlet's own count", "m02_darien_reverse_flow.txt", "An Istmo Today reporter counted 63"),
    ("the reporter's own count on air", "d01_chile_dockworkers_radio.txt", "I can see perhaps 300 pickets"),
    ("the publisher's own estimate", "g05_nk_troops_think_tank_note.txt",
     "Our best estimate is that between 11 and 12"),
    ("count by the actor of a non-reporting verb", "p01_warsaw_farmers_march.txt", "Officers detained 14 people"),
    ("count by the actor of a non-reporting verb", "l01_png_landslide_wire.txt", "flew in 48 engineers"),
    ("non-claim: capacity", "h01_karachi_heatwave_toll.txt", "built to hold 120 bodies"),
    ("non-claim: capacity", "m01_darien_crossings_explainer.txt", "built for 500 people"),
    ("non-claim: emergency number", "h01_karachi_heatwave_toll.txt", "call 1122"),
    ("non-claim: ages", "g05_nk_troops_think_tank_note.txt", "between 18 and 25 years old"),
    ("non-claim: model number and calibre", "g05_nk_troops_think_tank_note.txt", "KN-23 ballistic missiles and 170mm"),
    ("non-claim: money", "d02_chile_dockworkers_deal_wire.txt", "$40 million a day"),
    ("non-claim: list numbers", "g05_nk_troops_think_tank_note.txt", "\n3. Equipment."),
    ("non-claim: times in page furniture", "p02_warsaw_farmers_count_web.txt", "07:40 | Updated 11:20"),
    ("non-claim: liveblog timestamps", "g04_nk_troops_liveblog.txt", "\n13:20 GMT"),
    ("'one of the 12 ...'", "g05_nk_troops_think_tank_note.txt", "one of the 12 North Korean generals"),
    ("'one of the nine ...'", "d02_chile_dockworkers_deal_wire.txt", "one of the nine members"),
    ("vague 'tens of thousands'", "p01_warsaw_farmers_march.txt", "Tens of thousands of farmers"),
    ("vague 'several thousand'", "g02_nk_troops_tv_transcript.txt", "several thousand were already on trains"),
    ("vague 'dozens'", "h01_karachi_heatwave_toll.txt", "Dozens of relatives"),
    ("vague 'hundreds'", "m01_darien_crossings_explainer.txt", "flown hundreds of people home"),
    ("written form 'between 11 and 12 thousand'", "g05_nk_troops_think_tank_note.txt", "between 11 and 12 thousand"),
    ("written form: space separator", "h02_sindh_heatwave_sitrep.txt", "5 300 people"),
    ("written form: space separator", "m01_darien_crossings_explainer.txt", "counted 2 870 people"),
    ("range 'between X and Y'", "p02_warsaw_farmers_count_web.txt", "between 27,000 and 31,000"),
    ("range 'X to Y'", "g03_nk_troops_kyiv_intelligence.txt", "groups of 40 to 50 men"),
    ("'up from' ... 'the day before'", "p02_warsaw_farmers_count_web.txt", "up from 18,000 the day before"),
    ("'up from' ... 'a week earlier'", "g03_nk_troops_kyiv_intelligence.txt",
     "up from about 7,000 it counted a week earlier"),
    ("hypothetical: modal 'could ... as many as ... if'", "g01_nk_troops_spy_agency_briefing.txt",
     "could send as many as 20,000 more if"),
    ("hypothetical: 'If ... you could see'", "g02_nk_troops_tv_transcript.txt", "If Pyongyang keeps rotating units"),
    ("hypothetical: 'may have been'", "l01_png_landslide_wire.txt", "may have been buried"),
    ("hypothetical: 'would have to be moved if'", "l01_png_landslide_wire.txt", "would have to be moved if"),
    ("hypothetical: 'could still face'", "d02_chile_dockworkers_deal_wire.txt", "could still face disciplinary action"),
    ("hypothetical figure in a partial quote", "m01_darien_crossings_explainer.txt",
     "\"could easily return to 100,000 a year\""),
    ("forecast, not hypothetical", "g01_nk_troops_spy_agency_briefing.txt",
     "expects the total to reach roughly 10,900"),
    ("forecast 'will lay off', not hypothetical", "d02_chile_dockworkers_deal_wire.txt",
     "will lay off 350 workers in May"),
    ("asserted comparison, not hypothetical", "m01_darien_crossings_explainer.txt",
     "compared with about 3,000 on a typical day"),
    ("asserted sequence in a quote", "g03_nk_troops_kyiv_intelligence.txt", "First there were 3,000, then 7,000"),
    ("date said vs a coming day", "p01_warsaw_farmers_march.txt", "said on Wednesday that the ministry would receive"),
    ("date said 'last night'", "d01_chile_dockworkers_radio.txt", "The labour ministry said last night"),
    ("date said on an earlier day than the event", "l01_png_landslide_wire.txt", "estimated on Sunday that about 540"),
    ("undated article", "h02_sindh_heatwave_sitrep.txt", "up from 142 in the previous report"),
    ("country only as the object", "m01_darien_crossings_explainer.txt",
     "said on Monday that the neighbouring country had sent"),
    ("country only as the object", "g03_nk_troops_kyiv_intelligence.txt",
     "foreign ministry said on Tuesday that North Korea had also sent"),
    ("domestic body's country from the places it is tied to", "m01_darien_crossings_explainer.txt",
     "The ombudsman's office in Necoclí, a town on Colombia's Caribbean coast"),
    ("independent counter's country from 'X-based'", "p02_warsaw_farmers_count_web.txt",
     "a Kraków-based crowd-counting firm"),
    ("person's country from a title", "g03_nk_troops_kyiv_intelligence.txt", "a Ukrainian platoon commander"),
    ("nationality of a source", "g04_nk_troops_liveblog.txt", "a South Korean military source"),
    ("key figures attributed once in a list heading", "h02_sindh_heatwave_sitrep.txt",
     "(from the Sindh health department unless"),
    ("page furniture", "p02_warsaw_farmers_count_web.txt", "Home › News › Warsaw › Protests"),
]

# phenomenon -> (file in tests/fresh/f, text that shows it): the seed story in six outlets and six other stories
FRESH_F_COVERAGE = [
    ("wire dateline", "t01_nk_troops_pentagon_wire.txt", "WASHINGTON (Atlantic Wire Service) —"),
    ("wire dateline", "w01_kivu_fighting_wire.txt", "GOMA, Congo (Great Lakes Wire) —"),
    ("count raised within days", "t01_nk_troops_pentagon_wire.txt", "more than tripling the figure of 3,000"),
    ("spokeswoman named, then only her title", "t01_nk_troops_pentagon_wire.txt", "the deputy press secretary said"),
    ("split quote", "t01_nk_troops_pentagon_wire.txt", "the deputy press secretary said. \"If they are used"),
    ("split quote", "q01_faenza_floods_local.txt", "Ravaglia said. \"We had people"),
    ("vague figure in a partial quote, hypothetical", "t01_nk_troops_pentagon_wire.txt",
     "could draw \"tens of thousands\" more"),
    ("forecast, not hypothetical", "t01_nk_troops_pentagon_wire.txt", "plans to send about 10,000 in all by December"),
    ("forecast, not hypothetical", "t04_nk_troops_european_analysis.txt", "expects the total to reach about 12,000"),
    ("forecast 'to pass', not hypothetical", "e01_honduras_dengue_liveblog.txt",
     "expects the region's total to pass 150,000"),
    ("acronym defined then reused", "t01_nk_troops_pentagon_wire.txt", "and the NIS told lawmakers on Tuesday"),
    ("acronym defined then reused", "t03_nk_troops_ukrainian_outlet.txt", "HUR did not say how it had counted"),
    ("acronym defined then reused", "w01_kivu_fighting_wire.txt", "A FARDC spokesman"),
    ("relay: 'according to members of ... committee'", "t01_nk_troops_pentagon_wire.txt",
     "according to members of parliament's intelligence committee"),
    ("relay: lawmakers after a closed briefing", "t02_nk_troops_korean_daily.txt",
     "lawmakers said on Wednesday after a closed briefing"),
    ("relay: host and correspondent restate figures on air", "w02_kivu_fighting_radio.txt",
     "The army said on Monday that its own losses"),
    ("relay: an interviewer restates the company's figure", "l02_kragujevac_union_interview.txt",
     "Q: The company says fewer than 2,000"),
    ("relay: a newspaper carried an analyst's words", "t06_nk_troops_fact_check.txt",
     "told the newspaper Lviv Evening last month"),
    ("relay: survivors' words through the coastguard", "m01_crete_arrivals_liveblog.txt",
     "Survivors told rescuers that up to 15"),
    ("background figure nobody states", "t01_nk_troops_pentagon_wire.txt", "about 1.2 million troops"),
    ("background figure in an op-ed", "p02_buenos_aires_march_opinion.txt", "About 1.9 million students are enrolled"),
    ("background population", "l01_kragujevac_strike_wire.txt", "a city of about 170,000 people"),
    ("a ministry speaks, another country is the object", "t02_nk_troops_korean_daily.txt",
     "said in a separate briefing on Tuesday that North Korea could send"),
    ("a ministry speaks, another country is the object", "t03_nk_troops_ukrainian_outlet.txt",
     "foreign ministry said on Monday that North Korea had sent"),
    ("a government accuses a neighbour", "w01_kivu_fighting_wire.txt",
     "accused neighbouring Rwanda of backing the APK"),
    ("hypothetical 'could send as many as ... if'", "t02_nk_troops_korean_daily.txt",
     "could send as many as 10,000 more soldiers"),
    ("hypothetical 'If ..., ... would'", "t04_nk_troops_european_analysis.txt",
     "If that rate held, a North Korean contingent"),
    ("hypothetical 'As many as ... would be needed ... if'", "t04_nk_troops_european_analysis.txt",
     "As many as 100,000 would be needed"),
    ("hypothetical 'X or Y' in a transcript", "t05_nk_troops_radio_interview.txt",
     "rotate 20,000 or 30,000 men a year"),
    ("hypothetical in a partial quote", "t06_nk_troops_fact_check.txt", "\"could send up to 100,000\""),
    ("hypothetical 'If even a third ... would have passed'", "p02_buenos_aires_march_opinion.txt",
     "would have passed 600,000"),
    ("hypothetical 'if ... as many as ... could'", "e01_honduras_dengue_liveblog.txt",
     "as many as 90,000 people could fall ill"),
    ("hypothetical 'That would put'", "e02_honduras_dengue_explainer.txt", "That would put the true number"),
    ("hypothetical vague count", "w02_kivu_fighting_radio.txt", "we would be talking about thousands"),
    ("hypothetical 'If ... would have to leave'", "q02_romagna_floods_toll_wire.txt",
     "as many as 8,000 people in low-lying parts"),
    ("hypothetical 'If they fire'", "l02_kragujevac_union_interview.txt", "If they fire 1,200 in a town like this"),
    ("hypothetical 'could be offered'", "l01_kragujevac_strike_wire.txt", "up to 300 could be offered posts"),
    ("hypothetical from an anonymous official", "m02_crete_arrivals_local.txt",
     "as many as 5,000 people could reach Crete"),
    ("a plan, not hypothetical", "m01_crete_arrivals_liveblog.txt", "wanted to send back as many as 2,000 people"),
    ("a plan, not hypothetical", "m02_crete_arrivals_local.txt", "520 of those at the site would be moved"),
    ("date: 'last Wednesday'", "t03_nk_troops_ukrainian_outlet.txt", "up from 7,000 that HUR reported last Wednesday"),
    ("date: 'a week ago'", "e01_honduras_dengue_liveblog.txt", "up from 41,900 a week ago"),
    ("date: 'up from ... on Sunday'", "w02_kivu_fighting_radio.txt", "up from 41 on Sunday"),
    ("date: 'on Monday night'", "q02_romagna_floods_toll_wire.txt", "down from a peak of 5,200 on Monday night"),
    ("date: 'today' in a liveblog", "m01_crete_arrivals_liveblog.txt", "UNHCR, said today that about 7,300"),
    ("date: 'last week', no day", "t04_nk_troops_european_analysis.txt",
     "The Pentagon said last week that about 3,000"),
    ("date: a broadcast dated by its introduction", "t05_nk_troops_radio_interview.txt",
     "broadcast on Tuesday morning"),
    ("date: dates in a list", "t06_nk_troops_fact_check.txt", "1,500 on October 18; about 3,000 on October 23"),
    ("undated article", "p02_buenos_aires_march_opinion.txt", "After Wednesday's march for the universities"),
    ("undated article", "e02_honduras_dengue_explainer.txt", "Suspected cases: 48,230 this year"),
    ("casualties: killed or wounded", "t04_nk_troops_european_analysis.txt",
     "about 1,200 soldiers killed or wounded a day"),
    ("casualties from both sides and a monitor", "w01_kivu_fighting_wire.txt", "had lost \"fewer than 30 men\""),
    ("partitive 'of whom some 8,000'", "t04_nk_troops_european_analysis.txt", "of whom some 8,000 were thought"),
    ("partitive 'Of the 39 dead, 17'", "e01_honduras_dengue_liveblog.txt", "Of the 39 dead, 17 were children"),
    ("partitive 'Of the four dead, three'", "q01_faenza_floods_local.txt", "Of the four dead, three were found"),
    ("partitive '3,400 ... 4,100'", "l01_kragujevac_strike_wire.txt", "cut 1,200 of its 4,100 jobs"),
    ("'by X's count'", "t06_nk_troops_fact_check.txt", "By HUR's count, about 200"),
    ("'by X's count'", "l01_kragujevac_strike_wire.txt", "By the union's count, another 600"),
    ("'put the number at'", "t01_nk_troops_pentagon_wire.txt", "put the number of North Koreans injured"),
    ("'put the crowd at' style: 'put the number at the site'", "m02_crete_arrivals_local.txt",
     "put the number at the site on Tuesday evening at 940"),
    ("'according to'", "t04_nk_troops_european_analysis.txt", "according to Britain's Defence Intelligence"),
    ("'according to' a city", "q02_romagna_floods_toll_wire.txt", "according to the city of Faenza"),
    ("'estimated ... at between'", "p01_buenos_aires_university_march.txt",
     "estimated the turnout at between 180,000 and 210,000"),
    ("organiser vs police vs independent counts", "p01_buenos_aires_university_march.txt",
     "a Buenos Aires-based firm that counts crowds"),
    ("the columnist's own count", "p02_buenos_aires_march_opinion.txt",
     "somewhere between 150,000 and 200,000 people passed below me"),
    ("the reporter's own count on air", "w02_kivu_fighting_radio.txt", "counted about 40 wounded men in a single ward"),
    ("union vs company counts", "l01_kragujevac_strike_wire.txt", "The company put the number at \"about 1,900,\""),
    ("union delegates' count in a Q&A", "l02_kragujevac_union_interview.txt", "they counted 3,550 people out"),
    ("Q&A labels", "l02_kragujevac_union_interview.txt", "\nA: Zero forced layoffs."),
    ("transcript labels", "t05_nk_troops_radio_interview.txt", "\nWHITCOMBE: Probably all of them"),
    ("nested quote in a host's line", "t05_nk_troops_radio_interview.txt", "it was \"more than 10,000.\""),
    ("liveblog timestamps", "e01_honduras_dengue_liveblog.txt", "\n09:40 Of the 39 dead"),
    ("liveblog timestamps", "m01_crete_arrivals_liveblog.txt", "\n10:10 Bad news from the south"),
    ("explainer with a list of figures", "t06_nk_troops_fact_check.txt",
     "\n3. Ukraine's Main Intelligence Directorate (HUR):"),
    ("explainer with labelled figures", "e02_honduras_dengue_explainer.txt",
     "\nDeaths: 39 confirmed and 61 still under investigation"),
    ("correction note", "q02_romagna_floods_toll_wire.txt", "Correction, October 22: An earlier version"),
    ("headline quote in single quotes", "l02_kragujevac_union_interview.txt", "'We counted every station'"),
    ("single-quoted figure", "e02_honduras_dengue_explainer.txt", "'at least 80'"),
    ("speaker only in an earlier paragraph", "t03_nk_troops_ukrainian_outlet.txt",
     "he said.\n\"We did not expect that.\""),
    ("speaker only in an earlier paragraph", "t04_nk_troops_european_analysis.txt",
     "the diplomat said.\n\"Nobody in Brussels"),
    ("colon introduction", "t03_nk_troops_ukrainian_outlet.txt", "He said: \"There are already 11,000"),
    ("anonymous speaker", "t04_nk_troops_european_analysis.txt",
     "A senior European diplomat, who asked not to be named"),
    ("anonymous source's figure", "t01_nk_troops_pentagon_wire.txt",
     "One U.S. official, who spoke on condition of anonymity"),
    ("a fighter known only by a call sign", "t03_nk_troops_ukrainian_outlet.txt", "who gave only his call sign, Graf"),
    ("international bodies: UN agencies and the WHO's regional office", "e01_honduras_dengue_liveblog.txt",
     "The Pan American Health Organization (PAHO), the WHO's regional office"),
    ("a coastguard's counts", "m01_crete_arrivals_liveblog.txt",
     "The Hellenic Coast Guard said this morning that 1,140"),
    ("drownings and the missing", "m01_crete_arrivals_liveblog.txt", "recovered three bodies"),
    ("toll rising over days", "q02_romagna_floods_toll_wire.txt", "The toll had stood at five on Tuesday evening"),
    ("vague 'Hundreds of thousands' in a headline", "p01_buenos_aires_university_march.txt",
     "Hundreds of thousands march"),
    ("vague 'dozens'", "p01_buenos_aires_university_march.txt", "dozens of marchers had been treated"),
    ("vague 'Thousands' in a headline", "l01_kragujevac_strike_wire.txt", "Thousands strike at Serbian car plant"),
    ("range 'X to Y'", "t05_nk_troops_radio_interview.txt", "Ukraine says 11,000 to 12,000"),
    ("range 'between X and Y'", "t01_nk_troops_pentagon_wire.txt", "somewhere between 2,000 and 3,000"),
    ("'no one was hurt'", "p01_buenos_aires_university_march.txt", "no one was seriously hurt"),
    ("'No one was hurt'", "q01_faenza_floods_local.txt", "No one was hurt when a road bridge"),
    ("non-claim: ages", "t02_nk_troops_korean_daily.txt", "between 18 and 24 years old"),
    ("non-claim: age", "l02_kragujevac_union_interview.txt", "Dragan Ilić, 52,"),
    ("non-claim: calibre", "t03_nk_troops_ukrainian_outlet.txt", "120mm mortars"),
    ("non-claim: pay", "t05_nk_troops_radio_interview.txt", "about $2,000 a month"),
    ("non-claim: money", "p01_buenos_aires_university_march.txt", "270,000 million pesos"),
    ("non-claim: money", "p02_buenos_aires_march_opinion.txt", "3.8 trillion pesos"),
    ("non-claim: money", "m01_crete_arrivals_liveblog.txt", "between 3,000 and 5,000 dollars a seat"),
    ("non-claim: shares of a post", "t06_nk_troops_fact_check.txt", "shared more than 40,000 times"),
    ("non-claim: capacity", "e01_honduras_dengue_liveblog.txt", "in wards designed for 180 beds"),
    ("non-claim: capacity", "w02_kivu_fighting_radio.txt", "built for 600 pupils"),
    ("non-claim: capacity", "q01_faenza_floods_local.txt", "a sports hall that can take 400 camp beds"),
    ("non-claim: capacity", "m02_crete_arrivals_local.txt", "fitted out in 2023 for 300 people"),
    ("non-claim: households", "q01_faenza_floods_local.txt", "12,000 households"),
    ("non-claim: families", "l02_kragujevac_union_interview.txt", "1,200 families with nothing"),
    ("non-claim: phone number", "q01_faenza_floods_local.txt", "0546 691 111"),
    ("non-claim: phone line", "e01_honduras_dengue_liveblog.txt", "a free line, 154,"),
    ("non-claim: emergency number", "m02_crete_arrivals_local.txt", "reached on 108 for emergencies"),
    ("non-claim: model number", "l01_kragujevac_strike_wire.txt", "the compact Morava M3"),
    ("non-claim: percentage", "e02_honduras_dengue_explainer.txt", "about 60% of hospital admissions"),
    ("non-claim: distance and length", "m01_crete_arrivals_liveblog.txt", "about 30 nautical miles off Gavdos"),
    ("non-claim: a programme title in quotation marks", "w02_kivu_fighting_radio.txt", "From \"Great Lakes Tonight\""),
]

FRESH_G_COVERAGE = [
    ("wire dateline", "n01_nk_troops_us_wire.txt", "WASHINGTON (Continental Press Service) —"),
    ("wire dateline", "w01_shan_fighting_wire.txt", "BANGKOK (Asia Pacific Wire) —"),
    ("wire dateline", "q02_bingol_earthquake_wire.txt", "BINGÖL, Turkey (Eurasia Press Agency) —"),
    ("count raised within days", "n01_nk_troops_us_wire.txt", "more than three times the number U.S. officials gave"),
    ("the count's history, 'five days later'", "n02_nk_troops_korean_daily.txt",
     "Its count rose to 3,000 five days later"),
    ("counts changing over weeks, in one paragraph", "n04_nk_troops_european_analysis.txt",
     "Washington put it at about 11,000 on Friday"),
    ("spokesman named, then only his title", "n01_nk_troops_us_wire.txt", "The spokesman said that if the troops"),
    ("spokesman named, then only his title", "n02_nk_troops_korean_daily.txt", "The spokesman added that the military"),
    ("split quote", "n01_nk_troops_us_wire.txt", "told reporters at a briefing. \"We are increasingly"),
    ("split quote", "e02_uganda_mpox_local.txt", "Kateregga said. \"But we know"),
    ("acronym defined then reused", "n01_nk_troops_us_wire.txt", "that the NIS had counted roughly 3,000"),
    ("acronym defined then reused", "n02_nk_troops_korean_daily.txt", "MND spokesman Jeon Ha-gyu"),
    ("acronym defined then reused", "w01_shan_fighting_wire.txt", "It accused the NHLA"),
    ("acronym defined then reused", "p01_montevideo_pension_march_wire.txt",
     "The FIT said it would call a general strike"),
    ("relay: lawmakers after a closed briefing", "n01_nk_troops_us_wire.txt",
     "Lawmakers who attended a closed briefing said on Thursday"),
    ("relay: 'according to members of ... committee'", "n02_nk_troops_korean_daily.txt",
     "according to members of the National Assembly's intelligence committee"),
    ("relay: a lawmaker relays the agency's estimate", "n02_nk_troops_korean_daily.txt",
     "told reporters on Wednesday evening that the agency estimated"),
    ("relay: anchor and correspondent restate figures on air", "n05_nk_troops_tv_transcript.txt",
     "The United States now says about 8,000"),
    ("relay: two relays, a lawmaker through the correspondent", "n05_nk_troops_tv_transcript.txt",
     "One lawmaker told me the agency had heard of"),
    ("relay: host and correspondent restate figures on air", "w02_shan_fighting_radio.txt",
     "The UN refugee agency now says 21,000"),
    ("relay: an interviewer restates the company's figure", "l02_galati_union_interview.txt",
     "Q: The company says only 1,800"),
    ("relay: survivors' words through the coast guard", "m01_lampedusa_arrivals_wire.txt",
     "Survivors told rescuers that as many as 12 others"),
    ("background army size", "n01_nk_troops_us_wire.txt", "about 1.28 million active-duty troops"),
    ("background figure in an op-ed", "p02_montevideo_pension_opinion.txt",
     "Here is a figure nobody on the stage mentioned"),
    ("background population", "l01_galati_steel_strike_local.txt", "a port city of about 250,000 people"),
    ("background population", "e01_uganda_mpox_explainer.txt", "Uganda has about 45 million people."),
    ("a ministry speaks, another country is the object", "n02_nk_troops_korean_daily.txt",
     "said on Tuesday that North Korea could send as many as 10,000"),
    ("a ministry speaks, another country is the object", "n03_nk_troops_ukrainian_outlet.txt",
     "foreign ministry said on Tuesday that North Korea had also sent"),
    ("casualties: killed or wounded", "n04_nk_troops_european_analysis.txt",
     "had been killed or wounded since they entered combat"),
    ("casualties: wounded relayed by a lawmaker", "n02_nk_troops_korean_daily.txt",
     "at least 40 North Koreans had been wounded"),
    ("casualties from both sides and a monitor", "w01_shan_fighting_wire.txt",
     "the insurgents put their own losses at 37"),
    ("hypothetical 'could send as many as ... if'", "n01_nk_troops_us_wire.txt",
     "could eventually send as many as 15,000 more if"),
    ("hypothetical vague count in a partial quote", "n03_nk_troops_ukrainian_outlet.txt",
     "could send \"tens of thousands\" more troops"),
    ("hypothetical 'If ..., ... could be losing'", "n04_nk_troops_european_analysis.txt",
     "could be losing 100 men a week"),
    ("hypothetical 'as many as ... would be ... if'", "n04_nk_troops_european_analysis.txt",
     "as many as 50,000 North Koreans would be in Russia"),
    ("hypothetical in a correspondent's line", "n05_nk_troops_tv_transcript.txt",
     "could send another 10,000 by the new year"),
    ("hypothetical in a partial quote", "n06_nk_troops_fact_check.txt", "\"could send up to 100,000\""),
    ("hypothetical: a union's conditional threat", "p01_montevideo_pension_march_wire.txt",
     "as many as 300,000 workers could then stop work"),
    ("hypothetical in an op-ed 'If ... will need'", "p02_montevideo_pension_opinion.txt",
     "If the retirement age stays at 60"),
    ("hypothetical 'If that pace held'", "e01_uganda_mpox_explainer.txt", "Uganda could see as many as 6,000"),
    ("hypothetical 'could be twice that, which would mean'", "w02_shan_fighting_radio.txt",
     "which would mean close to 200"),
    ("hypothetical 'if the fighting reached ...'", "w01_shan_fighting_wire.txt",
     "as many as 30,000 more could be forced"),
    ("hypothetical vague 'hundreds' in a partial quote", "q01_bingol_earthquake_liveblog.txt",
     "\"hundreds\" more people could be hurt"),
    ("hypothetical 'could need shelter'", "q01_bingol_earthquake_liveblog.txt",
     "about 5,000 could need shelter tonight"),
    ("hypothetical 'Had the quake struck'", "q02_bingol_earthquake_wire.txt", "Had the quake struck in the afternoon"),
    ("hypothetical 'If it comes to that, we could'", "l02_galati_union_interview.txt", "we could bring 10,000 people"),
    ("hypothetical from an anonymous source", "m02_lampedusa_transfers_local.txt",
     "could again hold more than 1,500 people"),
    ("forecast, not hypothetical", "n01_nk_troops_us_wire.txt", "expects the total to reach about 10,000 by December"),
    ("forecast, not hypothetical", "n04_nk_troops_european_analysis.txt",
     "taking the total to about 20,000 by the spring"),
    ("a plan, not hypothetical", "l01_galati_steel_strike_local.txt",
     "600 of those leaving would be offered early retirement"),
    ("date: 'said Monday'", "n01_nk_troops_us_wire.txt", "the Pentagon said Monday"),
    ("date: 'last Wednesday'", "n01_nk_troops_us_wire.txt", "put the number at 3,000 last Wednesday"),
    ("date: 'last week', no day", "n03_nk_troops_ukrainian_outlet.txt", "which said last week that about 8,000"),
    ("date: 'up from ... on October 25'", "n03_nk_troops_ukrainian_outlet.txt",
     "up from 2,500 it reported on October 25"),
    ("date: 'earlier today' in a transcript", "n05_nk_troops_tv_transcript.txt", "John Kirby, earlier today"),
    ("date: dates in a list", "n06_nk_troops_fact_check.txt", "2. October 23: the NIS raised its count"),
    ("date: 'up from ... on Monday' on air", "w02_shan_fighting_radio.txt", "up from 18,000 on Monday"),
    ("date: 'up from 27 at midday'", "q01_bingol_earthquake_liveblog.txt", "up from 27 at midday"),
    ("date: 'had stood at ... on Wednesday evening'", "q02_bingol_earthquake_wire.txt",
     "The toll had stood at 44 on Wednesday evening"),
    ("date: 'down from a peak of ... on Wednesday morning'", "q02_bingol_earthquake_wire.txt",
     "down from a peak of 11,000 on Wednesday morning"),
    ("date: 'the same period of' last year, said today", "m01_lampedusa_arrivals_wire.txt",
     "down from 89,000 in the same period of 2024"),
    ("undated article", "p02_montevideo_pension_opinion.txt", "On Wednesday I stood on Avenida 18 de Julio"),
    ("undated article", "e01_uganda_mpox_explainer.txt", "Confirmed cases: 1,552 since the first case"),
    ("partitive 'Of the more than 11,000 ..., about 8,000'", "n02_nk_troops_korean_daily.txt",
     "Of the more than 11,000 North Korean troops now in Russia, about 8,000"),
    ("partitive 'of whom 7'", "e01_uganda_mpox_explainer.txt", "Deaths: 11, of whom 7"),
    ("partitive 'Of the 2,014 confirmed cases, 1,130'", "e02_uganda_mpox_local.txt",
     "Of the 2,014 confirmed cases, 1,130"),
    ("partitive 'of whom 36'", "q02_bingol_earthquake_wire.txt", "of whom 36 remained in hospital"),
    ("partitive '4,300 of the plant's 5,600'", "l01_galati_steel_strike_local.txt",
     "4,300 of the plant's 5,600 employees"),
    ("partitive 'among them 240 soldiers'", "q01_bingol_earthquake_liveblog.txt", "among them 240 soldiers"),
    ("'by X's count'", "n06_nk_troops_fact_check.txt", "By the Pentagon's count, the total has stayed"),
    ("'put the number at'", "n01_nk_troops_us_wire.txt", "The White House put the number at 3,000"),
    ("'put the turnout at'", "p01_montevideo_pension_march_wire.txt", "put the turnout at 38,000"),
    ("'put ... at', a president", "n06_nk_troops_fact_check.txt", "put the number in the Kursk region at 11,000"),
    ("'According to' a spokesman", "n01_nk_troops_us_wire.txt", "According to Ryder, the first groups"),
    ("'according to' a ministry bulletin", "e01_uganda_mpox_explainer.txt",
     "according to the Ministry of Health's latest weekly bulletin"),
    ("'estimated it ... at between'", "p01_montevideo_pension_march_wire.txt",
     "estimated it on Thursday at between 55,000 and 60,000"),
    ("organiser vs police vs independent counts", "p01_montevideo_pension_march_wire.txt",
     "a Montevideo-based firm that counts crowds from aerial images"),
    ("the columnist's own count", "p02_montevideo_pension_opinion.txt", "My own guess is 70,000"),
    ("the correspondent's own count on air", "w02_shan_fighting_radio.txt", "I counted roughly 300 people"),
    ("the paper's own count", "m02_lampedusa_transfers_local.txt", "A Chronicle reporter counted 47 people"),
    ("union vs company counts", "l01_galati_steel_strike_local.txt",
     "The company said on Tuesday evening that about 2,100"),
    ("union delegates' count in a Q&A", "l02_galati_union_interview.txt", "they counted 4,600 people who did not work"),
    ("Q&A labels", "l02_galati_union_interview.txt", "\nA: We are. Our delegates"),
    ("transcript labels", "n05_nk_troops_tv_transcript.txt", "\nKIRBY: We have seen"),
    ("transcript labels of two words", "w02_shan_fighting_radio.txt", "\nMIN ZAW: Grace, I spent Tuesday"),
    ("nested quote in a correspondent's line", "n05_nk_troops_tv_transcript.txt", "\"dozens of wounded\""),
    ("liveblog timestamps", "q01_bingol_earthquake_liveblog.txt", "\n11:20 The toll has risen to 27"),
    ("explainer with a list of figures", "n06_nk_troops_fact_check.txt", "\n4. November 4: Ukraine's president"),
    ("explainer with labelled figures", "e01_uganda_mpox_explainer.txt", "\nContacts traced: more than 9,000 people"),
    ("fact-check of a viral post's figure", "n06_nk_troops_fact_check.txt",
     "claims that \"100,000 North Korean soldiers\""),
    ("correction note", "q02_bingol_earthquake_wire.txt", "Correction, June 19: An earlier version"),
    ("headline quote in single quotes", "l02_galati_union_interview.txt", "'We are not asking for a miracle'"),
    ("single-quoted phrase", "n04_nk_troops_european_analysis.txt", "'a smear campaign'"),
    ("speaker only in an earlier paragraph", "n03_nk_troops_ukrainian_outlet.txt",
     "could not verify.\n\"They walk in the open"),
    ("speaker only in an earlier paragraph", "n04_nk_troops_european_analysis.txt",
     "did not end.\n\"Nobody expects it"),
    ("anonymous official's figure", "n01_nk_troops_us_wire.txt",
     "who spoke on condition of anonymity to discuss intelligence"),
    ("anonymous diplomat", "n04_nk_troops_european_analysis.txt",
     "who asked not to be named because the talks were confidential"),
    ("a fighter known only by a call sign", "n03_nk_troops_ukrainian_outlet.txt", "who gave only his call sign, Sova"),
    ("an armed group speaks for itself", "w01_shan_fighting_wire.txt", "The Northern Hills Liberation Army (NHLA)"),
    ("international bodies: a UN agency, the WHO, Africa CDC, the IOM", "e01_uganda_mpox_explainer.txt",
     "Africa Centres for Disease Control and Prevention (Africa CDC)"),
    ("an EU agency", "m01_lampedusa_arrivals_wire.txt", "Frontex, the European Union's border agency"),
    ("a coast guard's counts", "m02_lampedusa_transfers_local.txt",
     "The coast guard said on Wednesday it had recovered"),
    ("a minister unnamed, by title", "q02_bingol_earthquake_wire.txt", "Turkey's interior minister told reporters"),
    ("toll rising over days", "q02_bingol_earthquake_wire.txt", "rose to 52 on Thursday"),
    ("vague 'Tens of thousands' in a headline", "p01_montevideo_pension_march_wire.txt",
     "Tens of thousands march in Montevideo"),
    ("vague 'Thousands' in a headline", "l01_galati_steel_strike_local.txt", "Thousands walk out at Galați"),
    ("vague 'thousands' in a headline", "n05_nk_troops_tv_transcript.txt",
     "U.S. says thousands of North Korean troops"),
    ("vague 'several hundred' in a partial quote", "n04_nk_troops_european_analysis.txt",
     "\"several hundred\" North Koreans"),
    ("vague 'Dozens'", "p02_montevideo_pension_opinion.txt", "Dozens of pensioners in wheelchairs"),
    ("range 'X to Y'", "n03_nk_troops_ukrainian_outlet.txt", "groups of 30 to 40 soldiers"),
    ("range 'between X and Y'", "n06_nk_troops_fact_check.txt", "between 11,000 and 12,000"),
    ("spelled number", "w02_shan_fighting_radio.txt", "he had buried nine people himself"),
    ("spelled number restating a figure", "l02_galati_union_interview.txt", "Six hundred people who are 58"),
    ("'No one was hurt'", "q01_bingol_earthquake_liveblog.txt", "No one was hurt when a minaret collapsed"),
    ("'No one else was hurt'", "p01_montevideo_pension_march_wire.txt", "No one else was hurt"),
    ("non-claim: ages", "l02_galati_union_interview.txt", "the other 900 are 35, 40 years old"),
    ("non-claim: age", "q01_bingol_earthquake_liveblog.txt", "Hasan Yıldız, 58,"),
    ("non-claim: pay", "n04_nk_troops_european_analysis.txt", "about $2,000 a month per man"),
    ("non-claim: pay", "l02_galati_union_interview.txt", "80 lei a day"),
    ("non-claim: capacity", "e02_uganda_mpox_local.txt", "a 60-bed isolation ward"),
    ("non-claim: capacity", "m01_lampedusa_arrivals_wire.txt", "built for 400 people"),
    ("non-claim: capacity", "q01_bingol_earthquake_liveblog.txt", "a field hospital with 50 beds"),
    ("non-claim: families", "l02_galati_union_interview.txt", "1,500 families in this city"),
    ("non-claim: homes and buildings", "q02_bingol_earthquake_wire.txt", "6,000 prefabricated homes"),
    ("non-claim: phone line", "e01_uganda_mpox_explainer.txt", "a free line, 0800-100-066"),
    ("non-claim: magnitude", "q01_bingol_earthquake_liveblog.txt", "A magnitude 6.1 earthquake"),
    ("non-claim: percentage", "e02_uganda_mpox_local.txt", "about 60% of cases"),
    ("non-claim: ratio", "p02_montevideo_pension_opinion.txt", "four workers for every pensioner"),
    ("non-claim: distance", "m01_lampedusa_arrivals_wire.txt", "about 30 nautical miles south of the island"),
    ("non-claim: a wrong figure in a correction", "q02_bingol_earthquake_wire.txt", "said 54 people had died"),
]

FRESH_H_COVERAGE = [
    ("wire dateline", "n01_nk_troops_us_wire.txt", "WASHINGTON (Meridian Wire Service) —"),
    ("wire dateline", "p01_quito_teachers_march_wire.txt", "QUITO, Ecuador (Andes Press Agency) —"),
    ("wire dateline", "w01_niger_tillaberi_attack_wire.txt", "NIAMEY, Niger (Sahel Press Service) —"),
    ("wire dateline", "q02_sylhet_floods_wire.txt", "SYLHET, Bangladesh (Bay of Bengal News Agency) —"),
    ("wire dateline", "m01_aceh_rohingya_boats_wire.txt", "BANDA ACEH, Indonesia (Archipelago News Agency) —"),
    ("count raised within days", "n01_nk_troops_us_wire.txt",
     "roughly three times the number U.S. officials gave last week"),
    ("counts changing over weeks, in one paragraph", "n04_nk_troops_european_analysis.txt",
     "Then Washington said 10,000."),
    ("'up from N' with the earlier day", "n03_nk_troops_ukrainian_outlet.txt", "up from 4,500 it reported on Oct. 24"),
    ("'up from N' with the earlier day", "e02_south_sudan_cholera_local.txt", "up from 251 on Tuesday"),
    ("'up from N' on an evening", "q02_sylhet_floods_wire.txt", "up from 22 on Wednesday evening"),
    ("toll rising over days", "w02_niger_tillaberi_toll_weekly.txt",
     "to 51 on Thursday, after five of the wounded died"),
    ("spokeswoman named, then only her title", "n01_nk_troops_us_wire.txt", "The spokeswoman declined to say"),
    ("spokesman named, then only his title", "n02_nk_troops_korean_daily.txt",
     "nothing has been ruled out,\" the spokesman said"),
    ("spokesman named, then only his title", "w01_niger_tillaberi_attack_wire.txt",
     "under control,' the spokesman said"),
    ("spokesman named, then only his title", "q02_sylhet_floods_wire.txt",
     "could not reach on Monday,\" the spokesman said"),
    ("spokeswoman named, then only her title", "m01_aceh_rohingya_boats_wire.txt",
     "when they reached the beach,\" the spokeswoman said"),
    ("split quote", "e02_south_sudan_cholera_local.txt", "Akech said. \"But the deaths"),
    ("split quote", "p01_quito_teachers_march_wire.txt", "said in a statement. \"Anyone who was there"),
    ("split quote", "n02_nk_troops_korean_daily.txt", "Park told reporters after the briefing. \"The rest"),
    ("speaker named only in an earlier paragraph", "n03_nk_troops_ukrainian_outlet.txt", "\"They walk in lines"),
    ("speaker named only in an earlier paragraph", "p02_quito_teachers_opinion.txt",
     "\"I have taught three generations"),
    ("acronym defined then reused", "n02_nk_troops_korean_daily.txt", "MND spokesman Jeon Ha-gyu"),
    ("acronym defined then reused", "p01_quito_teachers_march_wire.txt", "according to the FND"),
    ("acronym defined then reused", "w01_niger_tillaberi_attack_wire.txt", "The FLL also said"),
    ("acronym defined then reused", "q01_sylhet_floods_liveblog.txt", "The DDM said that if it does"),
    ("acronym never expanded", "w02_niger_tillaberi_toll_weekly.txt", "The FLL said on Wednesday"),
    ("a ministry speaks, another country the object", "n02_nk_troops_korean_daily.txt",
     "Ministry of National Defense (MND) said on Thursday that the North could send"),
    ("a ministry speaks, another country the object", "n03_nk_troops_ukrainian_outlet.txt",
     "Ukraine's foreign ministry said on Tuesday that if the North Korean troops"),
    ("relay: lawmakers after a closed-door briefing", "n02_nk_troops_korean_daily.txt",
     "according to lawmakers who attended a closed-door briefing"),
    ("relay: a named lawmaker", "n02_nk_troops_korean_daily.txt", "said the NIS expected the number to reach"),
    ("relay: 'X reported, citing Y'", "n02_nk_troops_korean_daily.txt",
     "reported on Thursday, citing a South Korean government source"),
    ("relay: 'X reported, citing Y'", "w01_niger_tillaberi_attack_wire.txt",
     "reported on Monday, citing an official at the hospital"),
    ("relay: 'X reported, citing Y'", "q02_sylhet_floods_wire.txt", "reported on Wednesday, citing district officials"),
    ("relay: 'X reported, citing Y'", "l01_mombasa_doctors_strike_local.txt", "citing a letter from the county"),
    ("relay: survivors through a rescue agency", "m01_aceh_rohingya_boats_wire.txt",
     "Survivors told rescuers that about 30"),
    ("relay: lawmakers and a correspondent on air", "n05_nk_troops_radio_transcript.txt",
     "lawmakers who were briefed by the National Intelligence Service this morning"),
    ("relay: host restates a figure on air", "n05_nk_troops_radio_transcript.txt", "That is up from the 3,000"),
    ("relay: anchor and correspondent restate figures", "m02_aceh_rohingya_tv_transcript.txt",
     "The IOM told me this afternoon that 437 people"),
    ("relay: interviewer restates the county's figure", "l02_mombasa_union_interview.txt",
     "Q: The county says fewer than 300"),
    ("relay: the leader reports his delegates' count", "l02_mombasa_union_interview.txt", "counted 612 doctors out"),
    ("'By X's count'", "n05_nk_troops_radio_transcript.txt", "By Ukraine's count, Russia is losing"),
    ("'By X's count'", "n06_nk_troops_fact_check.txt", "By the Pentagon's count"),
    ("'X put the figure at'", "n04_nk_troops_european_analysis.txt", "put the figure at 3,000"),
    ("'X put the figure at'", "p01_quito_teachers_march_wire.txt", "put the figure at 22,000"),
    ("'according to'", "e01_south_sudan_cholera_explainer.txt", "according to the World Health Organization (WHO)"),
    ("'estimated it on Thursday at between'", "p01_quito_teachers_march_wire.txt",
     "estimated it on Thursday at between 38,000 and 41,000"),
    ("'now puts the toll at'", "w02_niger_tillaberi_toll_weekly.txt", "now puts the toll at between 80 and 95"),
    ("organiser vs police vs independent counts", "p01_quito_teachers_march_wire.txt",
     "a Quito-based group of data journalists"),
    ("union vs county counts", "l01_mombasa_doctors_strike_local.txt", "only 390 had failed to report"),
    ("both sides' losses and a monitor", "w01_niger_tillaberi_attack_wire.txt", "at least 58 deaths on both sides"),
    ("casualties: killed and wounded", "n03_nk_troops_ukrainian_outlet.txt",
     "killing at least 12 North Korean soldiers"),
    ("casualties: killed or wounded", "n04_nk_troops_european_analysis.txt", "had probably been killed or wounded"),
    ("hypothetical 'could send as many as ... if'", "n01_nk_troops_us_wire.txt",
     "could send as many as 20,000 more if"),
    ("hypothetical 'if ..., as many as ... would'", "n04_nk_troops_european_analysis.txt",
     "as many as 50,000 North Koreans would"),
    ("hypothetical 'if ..., as many as ... could'", "n03_nk_troops_ukrainian_outlet.txt",
     "as many as 100,000 could eventually follow"),
    ("hypothetical in a transcript", "n05_nk_troops_radio_transcript.txt", "if North Korea were to send 100,000"),
    ("hypothetical 'had ... would have'", "q02_sylhet_floods_wire.txt", "had the embankments at Chhatak given way"),
    ("hypothetical inside a quote", "l01_mombasa_doctors_strike_local.txt", "we could replace up to 200 of them"),
    ("hypothetical: a rhetorical restatement", "p02_quito_teachers_opinion.txt",
     "If the government really believes only 22,000"),
    ("hypothetical 'If ..., every one of the N ... will'", "l02_mombasa_union_interview.txt",
     "every one of the 2,300 public doctors"),
    ("forecast, not hypothetical", "n01_nk_troops_us_wire.txt", "expected the total to reach 10,000 by December"),
    ("forecast, not hypothetical", "e01_south_sudan_cholera_explainer.txt",
     "The WHO expects the number of cases to pass 20,000"),
    ("forecast, not hypothetical", "m01_aceh_rohingya_boats_wire.txt",
     "The IOM expects arrivals in Indonesia this year to exceed 2,500"),
    ("forecast, not hypothetical", "n05_nk_troops_radio_transcript.txt",
     "I expect the contingent to grow to perhaps 15,000"),
    ("date: 'on Monday'", "n01_nk_troops_us_wire.txt", "The Pentagon said on Monday"),
    ("date: 'last week' (no day)", "n03_nk_troops_ukrainian_outlet.txt", "said last week that 7,000"),
    ("date: 'earlier this month' (no day)", "n05_nk_troops_radio_transcript.txt",
     "earlier this month South Korea's defence ministry"),
    ("date: 'on Oct. 18'", "n01_nk_troops_us_wire.txt", "had estimated on Oct. 18"),
    ("date: liveblog 'this morning' and 'today'", "q01_sylhet_floods_liveblog.txt", "The health ministry said today"),
    ("date: on air 'today'", "m02_aceh_rohingya_tv_transcript.txt", "search and rescue agency said today"),
    ("liveblog timestamps", "q01_sylhet_floods_liveblog.txt", "13:05 — The Flood Forecasting"),
    ("broadcast transcript with speaker labels", "n05_nk_troops_radio_transcript.txt",
     "DUVAL: On their own, not much."),
    ("broadcast transcript with speaker labels", "m02_aceh_rohingya_tv_transcript.txt", "RAHMAN: Our boats went out"),
    ("Q&A interview with Q:/A: labels", "l02_mombasa_union_interview.txt", "A: Let her try."),
    ("headline quote in single marks", "l02_mombasa_union_interview.txt", "'We counted every one of them':"),
    ("explainer with labelled figures", "e01_south_sudan_cholera_explainer.txt", "Deaths: 251, of whom 97"),
    ("fact-check with a numbered list of counts", "n06_nk_troops_fact_check.txt",
     "2. The United States: the Pentagon said about 10,000"),
    ("a viral post's figure", "n06_nk_troops_fact_check.txt", "\"100,000 North Korean soldiers\""),
    ("op-ed: a background figure attributed to nobody", "p02_quito_teachers_opinion.txt",
     "there are roughly 160,000 of them"),
    ("op-ed: the columnist's own count", "p02_quito_teachers_opinion.txt", "My own count"),
    ("correction note", "w02_niger_tillaberi_toll_weekly.txt", "Correction: An earlier version of this article"),
    ("liveblog note correcting an entry", "q01_sylhet_floods_liveblog.txt", "A note on our 09:45 entry"),
    ("partitive 'Of the N, M'", "p01_quito_teachers_march_wire.txt", "Of the 17 detained, 11 were minors"),
    ("partitive 'Of the N, M'", "w02_niger_tillaberi_toll_weekly.txt", "Of the 51 dead, 11 were members"),
    ("partitive 'Of the N, M'", "m01_aceh_rohingya_boats_wire.txt", "Of the 420 people who landed, 236 were children"),
    ("partitive 'N of the M'", "l01_mombasa_doctors_strike_local.txt", "640 of the county's 710 doctors"),
    ("range 'between X and Y'", "n04_nk_troops_european_analysis.txt", "between 11,000 and 12,000"),
    ("range 'between X and Y' (small)", "w02_niger_tillaberi_toll_weekly.txt", "between 1,500 and 2,000 fighters"),
    ("vague 'Tens of thousands' in a headline", "p01_quito_teachers_march_wire.txt",
     "Tens of thousands of teachers march"),
    ("vague 'Hundreds' in a headline", "l01_mombasa_doctors_strike_local.txt", "Hundreds of doctors strike"),
    ("vague 'several thousand'", "n01_nk_troops_us_wire.txt", "several thousand of them had already moved"),
    ("vague 'several hundred'", "w01_niger_tillaberi_attack_wire.txt", "several hundred fighters"),
    ("vague 'dozens'", "m01_aceh_rohingya_boats_wire.txt", "dozens of villagers"),
    ("vague 'Thousands' by the outlet's correspondent", "q01_sylhet_floods_liveblog.txt", "our correspondent said"),
    ("vague 'tens of thousands' in a single-quoted partial quote", "q02_sylhet_floods_wire.txt",
     "'tens of thousands more'"),
    ("vague 'hundreds' in a hypothetical partial quote", "e01_south_sudan_cholera_explainer.txt",
     "'hundreds more could die within weeks'"),
    ("single-quoted phrase", "n03_nk_troops_ukrainian_outlet.txt", "'a direct party to this war'"),
    ("single-quoted phrase", "n04_nk_troops_european_analysis.txt", "'a dangerous expansion'"),
    ("figure inside a partial quote", "w01_niger_tillaberi_attack_wire.txt", "\"more than 70 terrorists\""),
    ("figure inside a partial quote", "n03_nk_troops_ukrainian_outlet.txt", "\"about 20 more\""),
    ("spelled numbers", "w01_niger_tillaberi_attack_wire.txt", "captured nine others"),
    ("spelled numbers", "q02_sylhet_floods_wire.txt", "Nine people remain missing"),
    ("'No one was hurt'", "w02_niger_tillaberi_toll_weekly.txt", "No one was hurt when part of a stand collapsed"),
    ("'No one was hurt' on air", "m02_aceh_rohingya_tv_transcript.txt", "No one was hurt."),
    ("'No teachers were hurt'", "p01_quito_teachers_march_wire.txt", "No teachers were hurt"),
    ("background army size", "n01_nk_troops_us_wire.txt", "about 1.2 million troops in uniform"),
    ("background population", "w01_niger_tillaberi_attack_wire.txt", "a country of about 27 million people"),
    ("non-claim: money", "p01_quito_teachers_march_wire.txt", "about $480 million"),
    ("non-claim: money in two currencies", "q02_sylhet_floods_wire.txt", "50 million taka ($410,000)"),
    ("non-claim: street name", "p01_quito_teachers_march_wire.txt", "Avenida 10 de Agosto"),
    ("non-claim: checkpoints", "p01_quito_teachers_march_wire.txt", "14 checkpoints"),
    ("non-claim: ages", "p02_quito_teachers_opinion.txt", "Rosa Chimbo, 61,"),
    ("non-claim: age", "q01_sylhet_floods_liveblog.txt", "Abdul Karim, 47,"),
    ("non-claim: capacity", "e02_south_sudan_cholera_local.txt", "the 80-bed cholera ward"),
    ("non-claim: a clinic's daily throughput", "l01_mombasa_doctors_strike_local.txt",
     "normally sees 1,200 people a day"),
    ("non-claim: a supply 'for N people'", "q01_sylhet_floods_liveblog.txt", "tablets for 100,000 people"),
    ("non-claim: ratio", "l01_mombasa_doctors_strike_local.txt", "3 doctors for every 10,000 people"),
    ("non-claim: phone line", "e01_south_sudan_cholera_explainer.txt", "hotline, 6666, is free"),
    ("non-claim: states", "e01_south_sudan_cholera_explainer.txt", "nine of the country's ten states"),
    ("non-claim: a unit's number", "q01_sylhet_floods_liveblog.txt", "17th Infantry Division"),
    ("non-claim: boats", "m01_aceh_rohingya_boats_wire.txt", "Two wooden boats landed"),
    ("non-claim: 'hundreds of millions of dollars'", "n04_nk_troops_european_analysis.txt",
     "hundreds of millions of dollars"),
    ("non-claim: a wrong figure in a correction", "w02_niger_tillaberi_toll_weekly.txt",
     "said 46 soldiers had died in hospital"),
    ("non-claim: a mention of the post's figure", "n06_nk_troops_fact_check.txt",
     "Could the total ever reach 100,000?"),
]

FRESH_I_COVERAGE = [
    ("wire dateline", "y01_beira_cyclone_wire.txt", "BEIRA, Mozambique (Indian Ocean Press) —"),
    ("wire dateline", "k06_nk_troops_indian_wire_update.txt", "SEOUL/NEW DELHI, Nov 6 (SNS) -"),
    ("dateline with the city only", "k01_nk_troops_japanese_daily.txt", "TOKYO — Chief Cabinet Secretary"),
    ("dateline with the city only", "k05_nk_troops_russian_denial.txt", "MOSCOW — Kremlin spokesman"),
    ("dateline with the city only", "d02_kano_diphtheria_local.txt", "KANO — The Kano State Ministry of Health"),
    ("'UPDATE 2' header and an adds/corrects line", "k06_nk_troops_indian_wire_update.txt",
     "UPDATE 2-South Korea says"),
    ("'UPDATE 2' header and an adds/corrects line", "k06_nk_troops_indian_wire_update.txt",
     "corrects figure in paragraph 3)"),
    ("liveblog timestamps", "t01_tbilisi_rally_liveblog.txt", "13:45 — The Georgian Civic Front (GCF)"),
    ("newsletter bullet points", "k02_nk_troops_morning_newsletter.txt", "• The number: 11,000."),
    ("think-tank brief with footnoted counts", "k03_nk_troops_think_tank_brief.txt",
     "counted 11,000 in the Kursk region alone.[3]"),
    ("TV panel: several guests with speaker labels", "k04_nk_troops_tv_panel.txt", "SEO: Yes. The NIS told lawmakers"),
    ("radio transcript with speaker labels", "s01_el_fasher_radio_transcript.txt",
     "YOUSIF: Since Monday we have received"),
    ("Q&A interview with Q:/A: labels", "g02_phnom_penh_garment_strike_interview.txt", "A: Both, in a way."),
    ("photo captions", "y02_beira_cyclone_photo_captions.txt", "4. Fisherman Albino Macuácua, 52,"),
    ("'By the numbers' sidebar", "d01_kano_diphtheria_by_the_numbers.txt", "4,870: suspected cases in Kano state"),
    ("explainer with labelled figures", "c02_el_hierro_cayucos_explainer.txt",
     "Unaccompanied minors: 5,400 are in the care"),
    ("fact-check with a verdict", "s02_el_fasher_fact_check.txt", "VERDICT: False."),
    ("NGO press release", "c01_el_hierro_cayucos_ngo_release.txt", "Press release: 1,340 people reach El Hierro"),
    ("op-ed with the columnist's own count", "t02_tbilisi_rally_oped.txt",
     "My own rough count was 50,000, give or take."),
    ("spokeswoman named, then only her title", "k01_nk_troops_japanese_daily.txt",
     "The spokeswoman said the Pentagon could not yet confirm"),
    ("spokeswoman named, then only her title", "y01_beira_cyclone_wire.txt",
     "The spokeswoman said the agency expected"),
    ("spokeswoman named, then only her title", "g01_phnom_penh_garment_strike_local.txt",
     "The spokeswoman said the company could lay off up to 1,500"),
    ("commissioner named, then only his title", "d02_kano_diphtheria_local.txt",
     "183 were children under 15, the commissioner said"),
    ("split quote", "k01_nk_troops_japanese_daily.txt",
     "Hayashi told his regular news conference. \"Japan will coordinate"),
    ("split quote", "y01_beira_cyclone_wire.txt", "Chambal told reporters in Beira. \"There are people"),
    ("split quote", "c01_el_hierro_cayucos_ngo_release.txt",
     "said Marta Quintero, director of Puentes del Atlántico. \"The Atlantic route"),
    ("split quote around 'he said'", "t01_tbilisi_rally_liveblog.txt",
     "\"If the government ignores us today,\" he said, \"next time"),
    ("split quote around 'he said'", "s02_el_fasher_fact_check.txt", "he said, \"and we have nothing to hide"),
    ("quote after a colon", "k05_nk_troops_russian_denial.txt", "She answered: \"Our cooperation with the DPRK"),
    ("quote after a colon", "t01_tbilisi_rally_liveblog.txt", "speaking from the stage: \"Tonight they will tell you"),
    ("speaker named only in the paragraph before", "t02_tbilisi_rally_oped.txt",
     "\"I have seen this street full of tanks"),
    ("pronoun speaker", "k02_nk_troops_morning_newsletter.txt",
     "\"We have nothing to add to what has already been said,\" he told reporters"),
    ("nested quotation inside an answer", "g02_phnom_penh_garment_strike_interview.txt",
     "'Come back on Monday or don't come back at all.'"),
    ("single-quoted headline quote", "g02_phnom_penh_garment_strike_interview.txt", "'Every line, every worker':"),
    ("single-quoted headline quote", "d02_kano_diphtheria_local.txt", "as doctors warn 'we are overwhelmed'"),
    ("a body speaks through an unnamed staffer", "d01_kano_diphtheria_by_the_numbers.txt", "an MSF doctor said"),
    ("acronym defined, then reused", "k01_nk_troops_japanese_daily.txt",
     "The NIS has said that the contingent includes"),
    ("acronym defined, then reused", "s01_el_fasher_radio_transcript.txt", "312 SSF fighters were killed"),
    ("acronym defined, then reused", "k06_nk_troops_indian_wire_update.txt",
     "The MND put the number of North Korean troops"),
    ("acronym never expanded", "k02_nk_troops_morning_newsletter.txt", "Ukraine's GUR said on Sunday"),
    ("acronym never expanded", "y02_beira_cyclone_photo_captions.txt", "The INGD said on Thursday"),
    ("acronym never expanded", "d02_kano_diphtheria_local.txt", "up from 236 reported by the NCDC on Monday"),
    ("relay: 'reported, citing'", "k06_nk_troops_indian_wire_update.txt",
     "reported on Wednesday, citing a South Korean government source"),
    ("relay: 'reported, citing'", "y01_beira_cyclone_wire.txt",
     "reported on Wednesday, citing officials at Beira Central Hospital"),
    ("relay: 'reported, citing'", "g01_phnom_penh_garment_strike_local.txt", "reported, citing union shop stewards"),
    ("relay: 'reported, citing'", "d02_kano_diphtheria_local.txt",
     "reported on Tuesday, citing health workers in Ungogo"),
    ("relay: media 'citing' intelligence", "k05_nk_troops_russian_denial.txt",
     "reports in Western media, citing South Korean intelligence"),
    ("relay: lawmakers after a briefing", "k01_nk_troops_japanese_daily.txt", "according to lawmakers who attended"),
    ("relay: an NGO compiling the rescuers' figures", "c01_el_hierro_cayucos_ngo_release.txt",
     "according to figures from Salvamento Marítimo compiled by Puentes del Atlántico"),
    ("relay: survivors through an NGO", "c01_el_hierro_cayucos_ngo_release.txt",
     "Survivors told our teams at the port of La Restinga"),
    ("relay: a host restating figures", "k04_nk_troops_tv_panel.txt",
     "So, to recap for viewers just joining us: Washington says 8,000 in Kursk"),
    ("relay: a host restating figures", "s01_el_fasher_radio_transcript.txt",
     "So the army says more than 300 enemy fighters dead"),
    ("relay: a correspondent reporting what she was told", "s01_el_fasher_radio_transcript.txt",
     "told me this morning that 312 SSF fighters"),
    ("relay: a guest relaying an agency", "k04_nk_troops_tv_panel.txt",
     "The NIS told lawmakers on Wednesday that 10,900"),
    ("relay: an interviewer restating a figure", "g02_phnom_penh_garment_strike_interview.txt",
     "Q: The labour ministry says about 5,200 workers"),
    ("relay: the union's own count through its leader", "g02_phnom_penh_garment_strike_interview.txt",
     "Our shop stewards counted line by line"),
    ("'according to'", "c01_el_hierro_cayucos_ngo_release.txt", "according to the Canary Islands government"),
    ("'By X's count'", "s02_el_fasher_fact_check.txt", "By the army's count, more than 300 fighters"),
    ("'by X's count'", "c02_el_hierro_cayucos_explainer.txt", "by the regional government's count"),
    ("'by X's count'", "d01_kano_diphtheria_by_the_numbers.txt", "by MSF's count"),
    ("'by the count of'", "c02_el_hierro_cayucos_explainer.txt", "by the count of Puentes del Atlántico"),
    ("'put the figure at'", "k03_nk_troops_think_tank_brief.txt", "put the figure at 1,800"),
    ("'puts the turnout at'", "t01_tbilisi_rally_liveblog.txt", "The GCF now puts the turnout at"),
    ("'put the number ... at'", "k02_nk_troops_morning_newsletter.txt", "put the number in Kursk at"),
    ("'put the number of strikers at'", "g01_phnom_penh_garment_strike_local.txt", "put the number of strikers at"),
    ("passive 'was estimated by'", "k03_nk_troops_think_tank_brief.txt",
     "A force of about 12,000 was estimated by the NIS"),
    ("organiser vs police vs independent counts", "t02_tbilisi_rally_oped.txt",
     "The Interior Ministry says 18,000 people came. The Georgian Civic Front"),
    ("independent counter with no stated base", "t01_tbilisi_rally_liveblog.txt",
     "Tbilisi Crowd Watch, an independent group"),
    ("monitor with a stated base", "s01_el_fasher_radio_transcript.txt", "a monitoring group based in Nairobi"),
    ("union vs ministry vs employers' counts", "g01_phnom_penh_garment_strike_local.txt",
     "said 8,400 of the 11,000 workers"),
    ("ministry speaking with another country as object", "k01_nk_troops_japanese_daily.txt",
     "said North Korea \"may have sent more than 10,000\" soldiers"),
    ("ministry speaking with another country as object", "c01_el_hierro_cayucos_ngo_release.txt",
     "Mauritania had stopped about 9,000 people from departing"),
    ("hypothetical 'could ... if'", "k01_nk_troops_japanese_daily.txt",
     "A further 2,000 could follow by December if Moscow asked"),
    ("hypothetical 'If ..., as many as ... could'", "y01_beira_cyclone_wire.txt",
     "If the Pungwe River bursts its banks, as many as 30,000"),
    ("hypothetical 'could lay off up to ... if'", "g01_phnom_penh_garment_strike_local.txt",
     "could lay off up to 1,500 workers if the strike lasted"),
    ("hypothetical 'if ..., as many as ... could'", "c01_el_hierro_cayucos_ngo_release.txt",
     "as many as 8,000 more people could arrive"),
    ("hypothetical 'could die' (vague)", "s01_el_fasher_radio_transcript.txt", "hundreds of the wounded could die"),
    ("hypothetical 'may have'", "k01_nk_troops_japanese_daily.txt", "may have sent more than 10,000"),
    ("hypothetical 'may be as high as'", "s02_el_fasher_fact_check.txt", "The true number may be as high as 600"),
    ("hypothetical 'were to'", "k04_nk_troops_tv_panel.txt", "If Pyongyang were to send 100,000"),
    ("hypothetical 'Were ... to'", "k03_nk_troops_think_tank_brief.txt", "Were Pyongyang to send a second contingent"),
    ("hypothetical 'Were ... to'", "c02_el_hierro_cayucos_explainer.txt", "Were Madrid to move 4,000 minors"),
    ("hypothetical 'Even if there were'", "k05_nk_troops_russian_denial.txt", "Even if there were 100,000 of them"),
    ("hypothetical 'would be in the hundreds'", "y01_beira_cyclone_wire.txt",
     "Otherwise the toll would be in the hundreds"),
    ("rhetorical 'If only ... came'", "t02_tbilisi_rally_oped.txt", "If only 18,000 came"),
    ("rhetorical figure put in the other side's mouth", "t01_tbilisi_rally_liveblog.txt",
     "Tonight they will tell you 18,000."),
    ("hypothetical 'If they fire even one ..., all'", "g02_phnom_penh_garment_strike_interview.txt",
     "If they fire even one worker for striking, all 11,000"),
    ("hypothetical 'if ..., I would expect'", "k04_nk_troops_tv_panel.txt",
     "I would expect a second wave of perhaps 5,000"),
    ("hypothetical 'even if ..., it would take'", "s01_el_fasher_radio_transcript.txt",
     "it would take weeks to get 5,000 people out safely"),
    ("hypothetical 'we could see'", "d02_kano_diphtheria_local.txt", "we could see 500 more deaths by August"),
    ("forecast 'expects ... to reach'", "k02_nk_troops_morning_newsletter.txt",
     "expects the contingent in Kursk to reach 10,000"),
    ("forecast 'We expect ... to reach'", "k03_nk_troops_think_tank_brief.txt",
     "We expect the contingent to reach 15,000 by January"),
    ("forecast 'expected the number ... to reach'", "y01_beira_cyclone_wire.txt",
     "expected the number of displaced people to reach 100,000"),
    ("forecast 'below N ... expects'", "d01_kano_diphtheria_by_the_numbers.txt",
     "Below 200: the number of new weekly cases the NCDC expects"),
    ("date: 'last week'", "k02_nk_troops_morning_newsletter.txt", "told lawmakers last week"),
    ("date: 'this morning'", "s01_el_fasher_radio_transcript.txt", "told me this morning"),
    ("date: 'as of this morning' on air", "k04_nk_troops_tv_panel.txt", "says 11,000 as of this morning"),
    ("date: 'this afternoon'", "t01_tbilisi_rally_liveblog.txt", "told reporters this afternoon"),
    ("date: 'yesterday' in an interview", "g02_phnom_penh_garment_strike_interview.txt", "9,100 yesterday"),
    ("date: 'up from N on Tuesday'", "y01_beira_cyclone_wire.txt", "up from 21 on Tuesday"),
    ("date: 'up from N on Wednesday'", "y02_beira_cyclone_photo_captions.txt", "up from 38 on Wednesday"),
    ("date: 'up from N on Oct. 23'", "k01_nk_troops_japanese_daily.txt", "up from about 3,000 on Oct. 23"),
    ("date: 'up from N on Oct. 25'", "k06_nk_troops_indian_wire_update.txt", "up from 3,000 on Oct. 25"),
    ("date: 'up from N reported by X on Monday'", "d02_kano_diphtheria_local.txt",
     "up from 236 reported by the NCDC on Monday"),
    ("date: 'up from N a week earlier'", "d01_kano_diphtheria_by_the_numbers.txt", "up from 4,310 a week earlier"),
    ("date: an event day, not the day said", "g01_phnom_penh_garment_strike_local.txt",
     "Police said 12 workers were detained on Monday"),
    ("date: an interview dated by its introduction", "g02_phnom_penh_garment_strike_interview.txt",
     "in Phnom Penh on Wednesday, the third day"),
    ("date: a transcript dated by its introduction", "k04_nk_troops_tv_panel.txt", "Transcript of Thursday's edition"),
    ("date: a transcript dated by its introduction", "s01_el_fasher_radio_transcript.txt",
     "Transcript of Wednesday's Africa Tonight"),
    ("vague 'tens of thousands' (headline, background)", "t01_tbilisi_rally_liveblog.txt",
     "Tens of thousands rally on Rustaveli Avenue"),
    ("vague 'several thousand' (the outlet's own count)", "t01_tbilisi_rally_liveblog.txt",
     "Our reporter at the scene estimates that several thousand"),
    ("vague 'several hundred'", "k03_nk_troops_think_tank_brief.txt",
     "several hundred North Korean soldiers had been killed or wounded"),
    ("vague 'dozens'", "k02_nk_troops_morning_newsletter.txt", "wounded dozens more"),
    ("vague 'Dozens' (background)", "t01_tbilisi_rally_liveblog.txt", "Dozens of riot police remain"),
    ("vague 'hundreds'", "s01_el_fasher_radio_transcript.txt", "killed hundreds of soldiers"),
    ("vague 'Hundreds' (background)", "d02_kano_diphtheria_local.txt", "Hundreds of parents queued"),
    ("vague 'thousands' (headline)", "g01_phnom_penh_garment_strike_local.txt", "Thousands of garment workers strike"),
    ("vague 'thousands' in single quotes (hypothetical)", "y02_beira_cyclone_photo_captions.txt",
     "'thousands of cholera cases'"),
    ("range 'between X and Y'", "k01_nk_troops_japanese_daily.txt", "between 1,500 and 2,000"),
    ("range 'between X and Y'", "s01_el_fasher_radio_transcript.txt", "between 64 and 80"),
    ("range 'between X and Y'", "t01_tbilisi_rally_liveblog.txt", "between 42,000 and 47,000"),
    ("partitive 'Of the N dead, M'", "y01_beira_cyclone_wire.txt", "Of the 38 dead, 24"),
    ("partitive 'Of the N dead, M'", "d02_kano_diphtheria_local.txt", "Of the 251 dead, 183"),
    ("partitive 'Of the N people ..., M'", "c01_el_hierro_cayucos_ngo_release.txt",
     "Of the 1,340 people who arrived, 212"),
    ("partitive 'Of those N, M'", "s02_el_fasher_fact_check.txt", "Of those 212, 58"),
    ("partitive 'Of the N, between X and Y'", "k01_nk_troops_japanese_daily.txt",
     "Of the 9,000, between 1,500 and 2,000"),
    ("partitive 'N of the M workers'", "g01_phnom_penh_garment_strike_local.txt", "8,400 of the 11,000 workers"),
    ("partitive 'N of the M people affected'", "y01_beira_cyclone_wire.txt",
     "about 230,000 of the 480,000 people affected"),
    ("partitive 'of whom N'", "d01_kano_diphtheria_by_the_numbers.txt", "236: deaths, of whom 171 were children"),
    ("partitive 'N of them children'", "s01_el_fasher_radio_transcript.txt", "96 wounded, 31 of them children"),
    ("spelled number", "k01_nk_troops_japanese_daily.txt", "three of them generals"),
    ("spelled number", "c01_el_hierro_cayucos_ngo_release.txt", "five were taken to hospital"),
    ("spelled number", "s01_el_fasher_radio_transcript.txt", "We have two surgeons"),
    ("spelled number", "s01_el_fasher_radio_transcript.txt", "I lost four of them"),
    ("spelled number", "g01_phnom_penh_garment_strike_local.txt", "two workers who fainted"),
    ("background figure", "k01_nk_troops_japanese_daily.txt", "estimated at about 1.2 million active personnel"),
    ("background figure", "y01_beira_cyclone_wire.txt", "a port city of about 600,000 people"),
    ("background figure", "g01_phnom_penh_garment_strike_local.txt", "employs about 750,000 people"),
    ("background figure", "c02_el_hierro_cayucos_explainer.txt", "El Hierro has about 11,400 inhabitants"),
    ("background figure on air", "s01_el_fasher_radio_transcript.txt", "about 1.5 million residents before the siege"),
    ("anonymous official", "k02_nk_troops_morning_newsletter.txt", "A senior U.S. official told reporters on Sunday"),
    ("anonymous official", "k01_nk_troops_japanese_daily.txt", "speaking on condition of anonymity"),
    ("anonymous official", "y02_beira_cyclone_photo_captions.txt", "a hospital official said on Thursday"),
    ("a viral post's figure", "s02_el_fasher_fact_check.txt", "says that \"more than 5,000 civilians\""),
    ("armed group counting its own losses", "s01_el_fasher_radio_transcript.txt",
     "The SSF, for its part, says it lost only 23 men"),
    ("international body", "y01_beira_cyclone_wire.txt", "UNICEF said on Wednesday"),
    ("international body defined with its acronym", "c02_el_hierro_cayucos_explainer.txt",
     "The International Organization for Migration (IOM)"),
    ("a person tied to a place", "k02_nk_troops_morning_newsletter.txt",
     "a researcher at the Seoul-based Korea Strategy Forum"),
    ("a person tied to a place", "s02_el_fasher_fact_check.txt", "a researcher at the University of Khartoum"),
    ("non-claim: money", "g01_phnom_penh_garment_strike_local.txt", "$18 from every pay packet"),
    ("non-claim: money", "y01_beira_cyclone_wire.txt", "worth $1.5 million"),
    ("non-claim: age", "k01_nk_troops_japanese_daily.txt", "Hayashi, 63,"),
    ("non-claim: age", "t01_tbilisi_rally_liveblog.txt", "Davit Kalandadze, 21,"),
    ("non-claim: age", "g02_phnom_penh_garment_strike_interview.txt", "a woman of 19"),
    ("non-claim: years in a footnote", "k03_nk_troops_think_tank_brief.txt", "Oct. 18, 2024."),
    ("non-claim: list number", "y02_beira_cyclone_photo_captions.txt", "3. Soldiers unload sacks"),
    ("non-claim: quiz question number", "k02_nk_troops_morning_newsletter.txt", "Question 4 of this week's quiz"),
    ("non-claim: a brief's number", "k03_nk_troops_think_tank_brief.txt", "Policy Brief No. 47"),
    ("non-claim: paragraph numbers", "k06_nk_troops_indian_wire_update.txt", "in paragraphs 5 and 6"),
    ("non-claim: a road number", "g01_phnom_penh_garment_strike_local.txt", "National Road 2"),
    ("non-claim: phone line", "d01_kano_diphtheria_by_the_numbers.txt", "6232: the state's free diphtheria hotline"),
    ("non-claim: phone line", "c02_el_hierro_cayucos_explainer.txt", "922-550-100"),
    ("non-claim: capacity", "c01_el_hierro_cayucos_ngo_release.txt", "which is designed for 250 people"),
    ("non-claim: capacity", "y02_beira_cyclone_photo_captions.txt", "Each boat carries 12 people"),
    ("non-claim: capacity", "d02_kano_diphtheria_local.txt", "beds for 40"),
    ("non-claim: capacity", "t02_tbilisi_rally_oped.txt", "can hold perhaps 30,000 people"),
    ("non-claim: capacity", "d01_kano_diphtheria_by_the_numbers.txt", "The centre was built for 400"),
    ("non-claim: ratio", "d02_kano_diphtheria_local.txt", "one nurse for every 15 patients"),
    ("non-claim: 'ten times more'", "t01_tbilisi_rally_liveblog.txt", "ten times more of us"),
    ("non-claim: families", "y02_beira_cyclone_photo_captions.txt", "dozens of families were still waiting"),
    ("non-claim: a household", "g02_phnom_penh_garment_strike_interview.txt", "feed a family of five"),
    ("non-claim: 'No one was hurt'", "y01_beira_cyclone_wire.txt", "No one was hurt when part of the roof"),
    ("non-claim: 'No protesters were hurt'", "t01_tbilisi_rally_liveblog.txt", "No protesters were hurt"),
    ("non-claim: percentage", "d01_kano_diphtheria_by_the_numbers.txt", "4.8%"),
    ("non-claim: local government areas", "d01_kano_diphtheria_by_the_numbers.txt", "out of Kano's 44"),
    ("non-claim: shares of a post", "s02_el_fasher_fact_check.txt", "shared more than 40,000 times"),
    ("non-claim: distance", "c02_el_hierro_cayucos_explainer.txt", "about 1,100 kilometres"),
    ("non-claim: a wrong figure in a correction", "t01_tbilisi_rally_liveblog.txt", "said 41 people had been detained"),
    ("non-claim: a wrong figure in a correction", "d02_kano_diphtheria_local.txt", "recorded 2,510 deaths"),
    ("non-claim: a wrong figure in a correction", "k06_nk_troops_indian_wire_update.txt", "put the figure at 1,100"),
    ("non-claim: a mention of the post's figure", "s02_el_fasher_fact_check.txt",
     "Could 5,000 people have died in one day"),
]

FRESH_J_COVERAGE = [
    ("press review of foreign papers", "k01_nk_troops_press_review.txt", "Berlin's Tagesbote leads with the National"),
    ("passive 'quotes ... as saying'", "k01_nk_troops_press_review.txt", "The paper quotes Jonas Kettler"),
    ("passive 'is quoted as saying'", "k01_nk_troops_press_review.txt", "the source is quoted as saying"),
    ("a paper's own words in an editorial", "k01_nk_troops_press_review.txt", "calls \"speculative at this stage\""),
    ("colon introduction", "k01_nk_troops_press_review.txt", "who said on Monday: \"We have nothing"),
    ("parliamentary record with upper-case labels", "k02_nk_troops_parliamentary_record.txt",
     "THE MINISTER (MR PAUL ASHDOWN): Defence Intelligence assesses"),
    ("a record's introduction dates the answers", "k02_nk_troops_parliamentary_record.txt",
     "official report, Monday 4 November 2024"),
    ("'up from ... last Monday'", "k02_nk_troops_parliamentary_record.txt",
     "up from its assessment of 8,000 last Monday"),
    ("rhetorical question with a figure", "k02_nk_troops_parliamentary_record.txt", "if Pyongyang sent 50,000?"),
    ("non-claim: 'every one of those soldiers'", "k02_nk_troops_parliamentary_record.txt",
     "every one of those soldiers"),
    ("chronology with a date opening each entry", "k03_nk_troops_timeline.txt", "Oct. 18 — South Korea's National"),
    ("forecast 'expects the total to reach'", "k03_nk_troops_timeline.txt", "expects the total to reach 10,000"),
    ("non-claim: 'three times'", "k03_nk_troops_timeline.txt", "roughly three times its estimate"),
    ("background figure with a passive 'is believed'", "k03_nk_troops_timeline.txt",
     "Russia is believed to have around"),
    ("social posts summarised: 'wrote on Telegram'", "k04_nk_troops_social_posts.txt",
     "wrote on Telegram on Wednesday"),
    ("'tweeted' with a colon", "k04_nk_troops_social_posts.txt",
     "tweeted a longer message on Wednesday evening: \"3,000"),
    ("'insisted' with a colon", "k04_nk_troops_social_posts.txt", "Dmitry Peskov insisted: \"This is all fakes"),
    ("a viral post as its own claimant", "k04_nk_troops_social_posts.txt", "\"We killed 200 Koreans today"),
    ("rhetorical 'until there are 50,000'", "k04_nk_troops_social_posts.txt", "until there are 50,000 of them"),
    ("web page furniture: leading date stamp", "k05_nk_troops_web_page.txt", "Published Nov. 6, 2024 6:04 a.m. ET"),
    ("web page furniture: share line and comment count", "k05_nk_troops_web_page.txt", "Email | Comments (17)"),
    ("web page furniture: photo credit", "k05_nk_troops_web_page.txt", "(Eastline Images)"),
    ("web page furniture: read more and related links", "k05_nk_troops_web_page.txt", "Read more: How Pyongyang's"),
    ("vague 'dozens' of casualties", "k05_nk_troops_web_page.txt", "aware of dozens of North Korean casualties"),
    ("'He said' continuing a dated statement", "k05_nk_troops_web_page.txt", "He said the United States was aware"),
    ("people as the object of a government", "k05_nk_troops_web_page.txt", "add 9 North Korean officials"),
    ("data piece with figures opening each line", "k06_nk_troops_data_piece.txt", "12 300 — all North Korean military"),
    ("written form 'between 45 and 50 thousand'", "k06_nk_troops_data_piece.txt", "between 45 and 50 thousand"),
    ("non-claim: model number", "k06_nk_troops_data_piece.txt", "the KN-23, the ballistic missile"),
    ("non-claim: zero", "k06_nk_troops_data_piece.txt", "0 — the number of North Korean soldiers"),
    ("the outlet's own estimate", "k06_nk_troops_data_piece.txt", "Our own estimate, for what it is worth"),
    ("vague 'Tens of thousands' in the headline", "u01_ulaanbaatar_smog_march_wire.txt",
     "Tens of thousands march in Ulaanbaatar"),
    ("space as thousands separator", "u01_ulaanbaatar_smog_march_wire.txt", "the peak at 31 000"),
    ("non-claim: capacity", "u01_ulaanbaatar_smog_march_wire.txt", "which can hold around 60,000 people"),
    ("non-claim: 'No protesters were hurt'", "u01_ulaanbaatar_smog_march_wire.txt", "No protesters were hurt"),
    ("asserted comparison", "u01_ulaanbaatar_smog_march_wire.txt", "this year's was several times larger"),
    ("chanted slogan", "u01_ulaanbaatar_smog_march_wire.txt", "The protesters chanted \"Give us back the sky\""),
    ("conditional threat in a partial quote", "u01_ulaanbaatar_smog_march_wire.txt",
     "\"we will bring 100,000 people back"),
    ("undated liveblog, newest entries first", "u02_ulaanbaatar_smog_march_liveblog.txt", "17:40 — Police have posted"),
    ("a counter with no stated base", "u02_ulaanbaatar_smog_march_liveblog.txt",
     "Tooluur, the volunteer counting group"),
    ("non-claim: capacity in a partial quote", "u02_ulaanbaatar_smog_march_liveblog.txt", "it holds 40,000 at most"),
    ("non-claim: shares of a post", "u02_ulaanbaatar_smog_march_liveblog.txt", "shared more than 30,000 times"),
    ("the outlet's own vague count", "u02_ulaanbaatar_smog_march_liveblog.txt",
     "with several thousand still on the square"),
    ("rhetorical question in a post", "u02_ulaanbaatar_smog_march_liveblog.txt", "\"If 100,000 marched, would"),
    ("'what we know' explainer with sub-headings", "v01_vietnam_typhoon_what_we_know.txt",
     "How many are missing or hurt?"),
    ("'Of the 27 dead, 11'", "v01_vietnam_typhoon_what_we_know.txt", "Of the 27 dead, 11 were in Quang Ninh"),
    ("written form 'half a million'", "v01_vietnam_typhoon_what_we_know.txt", "more than half a million people"),
    ("non-claim: households", "v01_vietnam_typhoon_what_we_know.txt", "about 1.1 million households"),
    ("background: the actor of a non-reporting verb", "v01_vietnam_typhoon_what_we_know.txt",
     "The army deployed some 6,200"),
    ("conditional 'if ..., as many as ... could'", "v01_vietnam_typhoon_what_we_know.txt",
     "if the rain continued, as many as 200,000"),
    ("'one of the 9 men'", "v02_vietnam_typhoon_local_correction.txt", "one of the 9 men still missing"),
    ("non-claim: 'No one was hurt'", "v02_vietnam_typhoon_local_correction.txt",
     "No one was hurt when a container crane"),
    ("speaker only in the paragraph before", "v02_vietnam_typhoon_local_correction.txt",
     "she said.\n\"The water came up"),
    ("non-claim: a wrong figure in a correction", "v02_vietnam_typhoon_local_correction.txt",
     "said 41 people had died"),
    ("radio transcript with a dated introduction", "r01_sri_lanka_tea_strike_radio.txt",
     "Transcript of Thursday's edition"),
    ("the correspondent's own count on air", "r01_sri_lanka_tea_strike_radio.txt", "I counted perhaps 300 pickers"),
    ("the union's count through its leader", "r01_sri_lanka_tea_strike_radio.txt", "Our branch secretaries phoned in"),
    ("non-claim: money", "r01_sri_lanka_tea_strike_radio.txt", "about 6 million rupees a day"),
    ("analysis with many relays: 'reported ..., citing'", "r02_sri_lanka_tea_strike_analysis.txt",
     "reported on Monday, citing the Hill Country"),
    ("a letter relayed by a radio station", "r02_sri_lanka_tea_strike_analysis.txt",
     "quoted on Wednesday by Sirasa Business Radio"),
    ("lawmakers after a briefing, and 'They told us'", "r02_sri_lanka_tea_strike_analysis.txt",
     "\"They told us 58,000"),
    ("surname only with 'insisted'", "r02_sri_lanka_tea_strike_analysis.txt", "Selvaraj insisted."),
    ("planned layoffs (not hypothetical)", "r02_sri_lanka_tea_strike_analysis.txt",
     "would lay off 1,200 seasonal pickers"),
    ("wire dateline", "o01_yemen_boat_arrivals_wire.txt", "ADEN, June 17 (Gulf of Aden Wire) —"),
    ("IOM defined then reused", "o01_yemen_boat_arrivals_wire.txt",
     "the International Organization for Migration (IOM)"),
    ("'up from ... in the same period of 2024'", "o01_yemen_boat_arrivals_wire.txt",
     "up from about 16,500 in the same period"),
    ("non-claim: capacity 'no more than 30 patients'", "o01_yemen_boat_arrivals_wire.txt",
     "no more than 30 patients at a time"),
    ("table-like rows", "o02_yemen_eastern_route_data.txt", "Obock, Djibouti | 14 800 | 212"),
    ("'was quoted as saying'", "o02_yemen_eastern_route_data.txt", "he was quoted as saying"),
    ("a Nairobi-based group's vague count", "o02_yemen_eastern_route_data.txt",
     "Horn Migrants Watch, a Nairobi-based group"),
    ("non-claim: ratio", "o02_yemen_eastern_route_data.txt", "1 in 5 arrivals is a child"),
    ("non-claim: money range", "o02_yemen_eastern_route_data.txt", "300 to 500 dollars"),
    ("both sides' tolls", "w01_bahir_dar_fighting_wire.txt", "only 19 of its fighters had died"),
    ("vague hypothetical 'could be several hundred'", "w01_bahir_dar_fighting_wire.txt",
     "\"could be several hundred\""),
    ("an Addis Ababa-based monitor", "w01_bahir_dar_fighting_wire.txt", "An Addis Ababa-based monitoring group"),
    ("TV transcript: host restating figures", "w02_bahir_dar_fighting_tv.txt", "OSEI: Ethiopia's army said on Tuesday"),
    ("correspondent relaying a source 'this morning'", "w02_bahir_dar_fighting_tv.txt",
     "A military spokesman told me this morning"),
    ("guest relaying OCHA's Monday figure", "w02_bahir_dar_fighting_tv.txt", "It was 42,000 on Monday."),
    ("headline quote in single straight marks", "z01_osh_measles_interview.txt",
     "'Every unvaccinated child is at risk':"),
    ("Q&A interview with Q:/A: labels", "z01_osh_measles_interview.txt", "A: Their figure is correct"),
    ("nested quote inside an answer", "z01_osh_measles_interview.txt", "Parents tell me, \"We heard the vaccine"),
    ("non-claim: beds", "z01_osh_measles_interview.txt", "which has beds for 80"),
    ("web page with a leading date stamp and view count", "z02_osh_measles_web_page.txt",
     "20 February 2025, 09:41 | Health"),
    ("non-claim: hotline", "z02_osh_measles_web_page.txt", "Hotline for parents: 118"),
    ("non-claim: sports score in related links", "z02_osh_measles_web_page.txt", "Alga beat Dordoi 3-1"),
    ("non-claim: doses", "z02_osh_measles_web_page.txt", "200,000 doses"),
]

FRESH_K_COVERAGE = [
    ('Gulf English-language daily, city dateline', 'k01_nk_troops_gulf_daily.txt',
     "ABU DHABI — South Korea's National Intelligence Service (NIS)"),
    ('acronym defined then reused', 'k01_nk_troops_gulf_daily.txt',
     'The NIS told the lawmakers that about 3,000'),
    ('lawmakers after a briefing (the via)', 'k01_nk_troops_gulf_daily.txt',
     'lawmakers who attended a closed briefing said on Wednesday'),
    ("bare figure tied by 'up from'", 'k01_nk_troops_gulf_daily.txt',
     'up from about 1,500 a week earlier'),
    ('phrase quotes with a reporting verb', 'k01_nk_troops_gulf_daily.txt',
     'put the U.S. figure at "roughly 8,000" in Kursk alone'),
    ("'He said' continuing a dated statement", 'k01_nk_troops_gulf_daily.txt',
     'He said the total in Russia was "about 10,000,"'),
    ("officers and 'three generals'", 'k01_nk_troops_gulf_daily.txt',
     'among them 500 officers and three generals'),
    ("reporting verb 'insisted'", 'k01_nk_troops_gulf_daily.txt',
     'he insisted, adding that cooperation'),
    ('background army in millions', 'k01_nk_troops_gulf_daily.txt',
     'about 1.3 million active personnel'),
    ("hypothetical 'If ..., could send'", 'k01_nk_troops_gulf_daily.txt',
     'If Moscow asks for more, Pyongyang could send 20,000'),
    ('non-claim: money', 'k01_nk_troops_gulf_daily.txt',
     'rose 40 cents to $75.20 a barrel'),
    ('wire factbox with labelled entries', 'k02_nk_troops_wire_factbox.txt',
     'FACTBOX-What officials have said'),
    ("dates said 'on Oct. 18' in a factbox", 'k02_nk_troops_wire_factbox.txt',
     'said on Oct. 18 that Pyongyang had decided to send about 12,000'),
    ("'of them' with a place in a phrase quote", 'k02_nk_troops_wire_factbox.txt',
     '8,000 of them were "in the Kursk region"'),
    ('acronym in brackets (HUR)', 'k02_nk_troops_wire_factbox.txt',
     "Ukraine's military intelligence (HUR) had put the figure at 7,000"),
    ("background line with 'one of'", 'k02_nk_troops_wire_factbox.txt',
     'about 1.2 million active-duty soldiers, one of the largest'),
    ('ministry press release with a dated intro', 'k03_nk_troops_ministry_press_release.txt',
     'Kyiv, 7 November 2024 — PRESS RELEASE'),
    ('the issuing ministry relays its intelligence (the via)', 'k03_nk_troops_ministry_press_release.txt',
     'according to the Defence Intelligence of Ukraine (DIU), about 11,000'),
    ("colon introduction ('stated:')", 'k03_nk_troops_ministry_press_release.txt',
     'Rustem Umerov stated: "The aggressor'),
    ("hypothetical 'if ... could ask ... for as many as'", 'k03_nk_troops_ministry_press_release.txt',
     'could ask Pyongyang for as many as 100,000 more soldiers'),
    ('TV station website with page furniture', 'k04_nk_troops_tv_station_web.txt',
     'By Jess Tamaki | Harbour Seven News | Share  Tweet  Email'),
    ('leading date stamp', 'k04_nk_troops_tv_station_web.txt',
     'Friday, 1 November 2024 6:42pm'),
    ('non-claim: video length and temperature in links', 'k04_nk_troops_tv_station_web.txt',
     'Sydney braces for 38-degree scorcher'),
    ('country as claimant', 'k04_nk_troops_tv_station_web.txt',
     'The United States says around 8,000 North Korean soldiers'),
    ('wire story with several datelines', 'k05_nk_troops_multi_dateline_wire.txt',
     'WASHINGTON (CP) — At the Pentagon'),
    ("'Reporting by' line", 'k05_nk_troops_multi_dateline_wire.txt',
     'Reporting by Han Seo-yeon in Seoul'),
    ('range in a hypothetical with a phrase quote', 'k05_nk_troops_multi_dateline_wire.txt',
     'a further 2,000 to 3,000 soldiers could follow "if Russia\'s losses mount."'),
    ("phrase quote in a 'said that' clause", 'k05_nk_troops_multi_dateline_wire.txt',
     'Sabrina Singh said that "about 10,000"'),
    ('vague count from an anonymous official', 'k05_nk_troops_multi_dateline_wire.txt',
     'casualties were "in the hundreds"'),
    ('live Q&A with readers (labels)', 'k06_nk_troops_reader_live_qa.txt',
     'MARGARET, LEEDS: How many'),
    ("correspondent relaying the Pentagon 'This morning'", 'k06_nk_troops_reader_live_qa.txt',
     'This morning the Pentagon told reporters it was about 10,000'),
    ('nested quote inside an answer', 'k06_nk_troops_reader_live_qa.txt',
     '"a group of about 40 Koreans"'),
    ('lawmaker briefed by the agency, via two relays, hypothetical', 'k06_nk_troops_reader_live_qa.txt',
     '"could send as many as 100,000 over a year"'),
    ('non-claim: questions received', 'k06_nk_troops_reader_live_qa.txt',
     'thank you for 214 questions'),
    ('African web page with page furniture', 'm01_lusaka_march_web_page.txt',
     '15 March 2025 | 09:12 CAT'),
    ('vague headline (background)', 'm01_lusaka_march_web_page.txt',
     'Thousands march through Lusaka'),
    ('space as thousands separator', 'm01_lusaka_march_web_page.txt',
     '"no more than 8 000"'),
    ('spelled-out count in a quote', 'm01_lusaka_march_web_page.txt',
     'Forty-five thousand Zambians walked today'),
    ("'No ... were hurt'", 'm01_lusaka_march_web_page.txt',
     'No marchers were seriously hurt, she said.'),
    ('non-claim: capacity', 'm01_lusaka_march_web_page.txt',
     'which seats 300'),
    ('asserted comparison', 'm01_lusaka_march_web_page.txt',
     'In 2021 a similar march drew about 5,000 people'),
    ("conditional threat 'we will bring'", 'm01_lusaka_march_web_page.txt',
     'we will bring 100,000 to these streets'),
    ('thread of social posts, numbered (undated)', 'm02_lusaka_march_social_thread.txt',
     "1. The Zambia Consumers' Alliance posted at 10:05"),
    ("reporting verb 'tweeted' with a colon", 'm02_lusaka_march_social_thread.txt',
     'Kalunga Mwape, tweeted a photo of the crowd on Independence Avenue: "'),
    ("'between 18 and 22 thousand' from an independent counter", 'm02_lusaka_march_social_thread.txt',
     'between 18 and 22 thousand at the peak'),
    ("reporting verb 'wrote' and a vague quote", 'm02_lusaka_march_social_thread.txt',
     'Given Lungu, wrote: "Tens of thousands.'),
    ("rhetorical 'if everyone ...' figure", 'm02_lusaka_march_social_thread.txt',
     '"the crowd was 2 million"'),
    ('non-claim: likes and shares with space separators', 'm02_lusaka_march_social_thread.txt',
     '14 300 likes and 3 950 shares'),
    ('Pacific regional paper', 'p01_tanna_eruption_pacific_paper.txt',
     'PORT VILA — About 4,200 people'),
    ("'5 of them seriously'", 'p01_tanna_eruption_pacific_paper.txt',
     '17 were injured, 5 of them seriously'),
    ("'The office said' continuing", 'p01_tanna_eruption_pacific_paper.txt',
     'The office said 3 people were missing.'),
    ("'Should ... could have to be moved' (hypothetical)", 'p01_tanna_eruption_pacific_paper.txt',
     'Should the alert reach level 5'),
    ('non-claim: schools built for 600 pupils', 'p01_tanna_eruption_pacific_paper.txt',
     'schools built for 600 pupils each'),
    ('background past event', 'p01_tanna_eruption_pacific_paper.txt',
     "forced the evacuation of the island's 11,000 people"),
    ("'No tourists were hurt' and a company's count", 'p01_tanna_eruption_pacific_paper.txt',
     'No tourists were hurt, the tour operator White Grass Tours said'),
    ("'what we know' explainer with sub-headings (undated)", 'p02_tanna_eruption_explainer.txt',
     'How many people have been affected?'),
    ("'between 12 and 15 thousand'", 'p02_tanna_eruption_explainer.txt',
     'between 12 and 15 thousand'),
    ("'One of the 17'", 'p02_tanna_eruption_explainer.txt',
     'One of the 17 people injured'),
    ("modal 'might need' after 'if'", 'p02_tanna_eruption_explainer.txt',
     'as many as 20,000 people might need help with food'),
    ('long feature with many named people', 'n01_tarkwa_mine_feature.txt',
     'Kwabena Asante has stood with a placard since Thursday'),
    ("'one of the 2,300' and a planned layoff (not hypothetical)", 'n01_tarkwa_mine_feature.txt',
     'one of the 2,300 workers the company says it will lay off'),
    ("'by the count of' the union", 'n01_tarkwa_mine_feature.txt',
     "by the count of the Tarkwa Mineworkers' Union"),
    ('non-claim: age and years of service', 'n01_tarkwa_mine_feature.txt',
     'said Asante, 47'),
    ('background workforce', 'n01_tarkwa_mine_feature.txt',
     'which employs about 9,400 people in Ghana'),
    ("reporting verb 'wrote' with a date", 'n01_tarkwa_mine_feature.txt',
     'wrote in an email on Sunday that "fewer than 3,000 employees"'),
    ('conditional quote', 'n01_tarkwa_mine_feature.txt',
     '"If 2,300 men lose their wages'),
    ('anonymous official, hypothetical phrase quote', 'n01_tarkwa_mine_feature.txt',
     '"could reach 4,000 across the district"'),
    ('speaker named only in an earlier paragraph', 'n01_tarkwa_mine_feature.txt',
     '"This morning there were 212 of us here.'),
    ('parliamentary record with upper-case labels', 'n02_tarkwa_mine_parliament_record.txt',
     'MR SAMUEL AGYEKUM (TARKWA-NSUAEM): Mr Speaker'),
    ('record dated by its header', 'n02_tarkwa_mine_parliament_record.txt',
     'Thursday, 22nd May, 2025'),
    ("minister relaying the company and the union ('yesterday')", 'n02_tarkwa_mine_parliament_record.txt',
     'The Union informed us that 6,400 of its members are on strike'),
    ('MP relaying constituents', 'n02_tarkwa_mine_parliament_record.txt',
     'my constituents tell me the police arrested 31 young men'),
    ("'If ... could bring forward' (hypothetical, relayed)", 'n02_tarkwa_mine_parliament_record.txt',
     'it could bring forward a further 1,200 layoffs'),
    ('chronology with dated entries', 'b01_mayotte_boats_timeline.txt',
     'Monday, Sept. 8 — The prefecture of Mayotte says'),
    ('non-claim: boats', 'b01_mayotte_boats_timeline.txt',
     '14 boats carrying 386 people'),
    ('survivors telling rescuers (the via)', 'b01_mayotte_boats_timeline.txt',
     'survivors tell rescuers about 30 were on board'),
    ("'up from' in a rising toll", 'b01_mayotte_boats_timeline.txt',
     'The toll rises to 13 dead, up from 9'),
    ("prefect's hypothetical in a quote", 'b01_mayotte_boats_timeline.txt',
     '"if arrivals continue at this rhythm, 10,000 people could land'),
    ('background population and a distance', 'b01_mayotte_boats_timeline.txt',
     'about 320,000 people, lies 70 km from Anjouan'),
    ('press review of foreign papers', 'b02_mayotte_boats_press_review.txt',
     'Press review: French papers on the Mayotte shipwreck'),
    ("paper 'citing' the gendarmerie (the via)", 'b02_mayotte_boats_press_review.txt',
     'leads with the toll of 17 dead, citing the gendarmerie'),
    ("outlet's own count", 'b02_mayotte_boats_press_review.txt',
     "by the paper's own count 11 people died"),
    ("passive 'is quoted as saying'", 'b02_mayotte_boats_press_review.txt',
     'is quoted as saying that his country'),
    ('planned deployment (not hypothetical)', 'b02_mayotte_boats_press_review.txt',
     'will send 150 more gendarmes to the island next month'),
    ('analysis with many relays', 'f01_macomia_fighting_analysis.txt',
     'Rádio Moçambique reported the same day, citing a military source in Pemba'),
    ('armed group defined with an acronym', 'f01_macomia_fighting_analysis.txt',
     'the Rovuma Brigades (RB)'),
    ('claim relayed by a monitor', 'f01_macomia_fighting_analysis.txt',
     'relayed by the Maputo-based Rovuma Conflict Monitor'),
    ('breakdown after a colon', 'f01_macomia_fighting_analysis.txt',
     '27 dead: 14 soldiers, 9 insurgents and 4 civilians'),
    ("UN office citing the district, '12 300', 'up from ... on Sunday'", 'f01_macomia_fighting_analysis.txt',
     'about 12 300 people had fled Macomia'),
    ('non-claim: beds', 'f01_macomia_fighting_analysis.txt',
     'it has 20 beds'),
    ('rhetorical conditional in a quote', 'f01_macomia_fighting_analysis.txt',
     'If you add up all the claims, the insurgents have lost 3,000 fighters'),
    ('TV website brief with a correction', 'f02_macomia_fighting_tv_brief.txt',
     'An earlier version of this story said 91 insurgents'),
    ("vague 'dozens' killed", 'f02_macomia_fighting_tv_brief.txt',
     'dozens had been killed in two days of fighting'),
    ('non-claim: families', 'f02_macomia_fighting_tv_brief.txt',
     'about 900 families'),
    ('data piece with table-like rows', 'h01_mauritius_chikungunya_data.txt',
     'Plaines Wilhems — 438'),
    ("'Unless stated, the figures below are the ministry's'", 'h01_mauritius_chikungunya_data.txt',
     "Unless stated, the figures below are the ministry's, as of Tuesday."),
    ("'of whom' in a data row", 'h01_mauritius_chikungunya_data.txt',
     'Hospital admissions: 96, of whom 11 in intensive care.'),
    ('non-claim: percentage, hotline, age', 'h01_mauritius_chikungunya_data.txt',
     "The ministry's hotline is 8924."),
    ("'she added' continuing a dated hypothetical", 'h01_mauritius_chikungunya_data.txt',
     'we could be at 5,000 cases by May," she added.'),
    ('NGO press release', 'h02_mauritius_chikungunya_ngo_release.txt',
     'PORT LOUIS, 14 April 2025 — Santé Pour Tous Maurice (SPTM)'),
    ("'between 8 and 10 thousand'", 'h02_mauritius_chikungunya_ngo_release.txt',
     'between 8 and 10 thousand'),
    ("'up from ... on 8 April'", 'h02_mauritius_chikungunya_ngo_release.txt',
     'up from 1,642 on 8 April'),
    ("non-claim: 'a family of five' and money", 'h02_mauritius_chikungunya_ngo_release.txt',
     'For a family of five'),
    ("'Should ... could be infected' (hypothetical)", 'h02_mauritius_chikungunya_ngo_release.txt',
     'as many as 300,000 people in Mauritius could be infected'),
]

# phenomenon -> (file in tests/fresh/l, text that shows it): the seed story in six new kinds of text, six new stories
FRESH_L_COVERAGE = [
    ('British tabloid web page with page furniture', 'l01_nk_troops_uk_tabloid.txt',
     'Home > News > World > Ukraine War'),
    ("'yesterday' counted from a leading date stamp", 'l01_nk_troops_uk_tabloid.txt',
     'the Pentagon said yesterday, and thousands of them'),
    ('vague count continuing an attribution', 'l01_nk_troops_uk_tabloid.txt',
     'thousands of them are already on the move towards the front, it added'),
    ('phrase quotes in a "told reporters ... that" clause', 'l01_nk_troops_uk_tabloid.txt',
     'told reporters in Washington that some of the troops had "moved closer to Ukraine"'),
    ("imperative conditional ('Put 10,000 ... and ... could') (hypothetical)", 'l01_nk_troops_uk_tabloid.txt',
     'Put 10,000 of them into Kursk and Putin could lose half'),
    ("'insisting:' colon introduction", 'l01_nk_troops_uk_tabloid.txt', 'insisting: "This is a matter'),
    ('background army', 'l01_nk_troops_uk_tabloid.txt', 'which has an army of around 1.2 million'),
    ("the outlet's own count", 'l01_nk_troops_uk_tabloid.txt', 'The Clarion understands that at least 500 officers'),
    ('upper-case furniture labels that are not speakers, list numbers, money', 'l01_nk_troops_uk_tabloid.txt',
     'MOST READ: 1. Strictly'),
    ('UN meetings coverage with delegations in brackets', 'l02_nk_troops_un_meeting_coverage.txt',
     'Hwang Joon-kook (Republic of Korea) said that'),
    ("a delegate relaying his government's intelligence (the via)", 'l02_nk_troops_un_meeting_coverage.txt',
     "according to his Government's intelligence service, some 11,000"),
    ('resolution numbers and years', 'l02_nk_troops_un_meeting_coverage.txt',
     'resolutions 1718 (2006) and 2270 (2016)'),
    ("'if ..., as many as ... could follow' (hypothetical)", 'l02_nk_troops_un_meeting_coverage.txt',
     'as many as 15,000 more could follow'),
    ('an unnamed representative as claimant', 'l02_nk_troops_un_meeting_coverage.txt',
     'The representative of Ukraine said that 12,000'),
    ("split quote with 'she said'", 'l02_nk_troops_un_meeting_coverage.txt',
     '"Let us be clear," she said. "Every soldier'),
    ("'No one ... required'", 'l02_nk_troops_un_meeting_coverage.txt', "required no one's approval"),
    ('US local TV station web brief with posted/updated stamps', 'l03_nk_troops_us_local_tv.txt',
     'LOS ANGELES (KVLA) — Hundreds of people gathered'),
    ("'said Monday' with no 'on'", 'l03_nk_troops_us_local_tv.txt', 'Sabrina Singh said Monday'),
    ('organisers against police', 'l03_nk_troops_us_local_tv.txt',
     'while the Los Angeles Police Department put the crowd at 250'),
    ("a lawmaker relaying an intelligence service's conditional figure", 'l03_nk_troops_us_local_tv.txt',
     'could climb to 15,000 "if Moscow keeps paying."'),
    ("'Kwon wrote' (reporting verb)", 'l03_nk_troops_us_local_tv.txt', 'Kwon wrote.'),
    ("capacity, age and 'no one was hurt'", 'l03_nk_troops_us_local_tv.txt', 'which seats about 400'),
    ('public broadcaster explainer with question sub-headings', 'l04_nk_troops_public_broadcaster_explainer.txt',
     'How many troops are there?'),
    ('acronym defined then reused', 'l04_nk_troops_public_broadcaster_explainer.txt', 'A week later, the NIS said'),
    ("forecast, not hypothetical ('it expects about 10,000')", 'l04_nk_troops_public_broadcaster_explainer.txt',
     'it expects about 10,000 by December'),
    ("bare figure tied by 'up from'", 'l04_nk_troops_public_broadcaster_explainer.txt', 'up from 3,000 a week earlier'),
    ("'known as HUR'", 'l04_nk_troops_public_broadcaster_explainer.txt', 'known as HUR, has said 12,000'),
    ("rhetorical 'Whether it is 3,000 or 12,000' (hypothetical)", 'l04_nk_troops_public_broadcaster_explainer.txt',
     '"Whether it is 3,000 or 12,000'),
    ("'if ... could send as many as' with a phrase quote (hypothetical)",
     'l04_nk_troops_public_broadcaster_explainer.txt',
     'Pyongyang could send as many as 50,000'),
    ("'according to' an institute", 'l04_nk_troops_public_broadcaster_explainer.txt',
     'according to the International Institute for Strategic Studies'),
    ('undated opinion column', 'l05_nk_troops_opinion_column.txt', 'By Martin Halvorsen'),
    ('bare figures in a run of claims', 'l05_nk_troops_opinion_column.txt',
     'said 1,500. Then 3,000. Washington said 10,000.'),
    ("'Suppose all 15,000' (hypothetical)", 'l05_nk_troops_opinion_column.txt', 'Suppose all 15,000 reach the front'),
    ("'By British estimates'", 'l05_nk_troops_opinion_column.txt',
     'By British estimates, Russia is losing more than 1,200'),
    ("rhetorical question 'half a million' (hypothetical)", 'l05_nk_troops_opinion_column.txt',
     'Could Kim send half a million?'),
    ('an anonymous source with a conditional quote', 'l05_nk_troops_opinion_column.txt',
     'a former NATO official told me'),
    ('hearing transcript with upper-case labels and a dated header', 'l06_nk_troops_hearing_testimony.txt',
     'Wednesday, November 13, 2024.'),
    ('speaker named only in a later paragraph', 'l06_nk_troops_hearing_testimony.txt',
     'DR. PARK: It is the most careful'),
    ("'testified' as a reporting verb", 'l06_nk_troops_hearing_testimony.txt',
     'Dr. Park testified that the NIS number'),
    ("'If it doubles, you are looking at' (hypothetical)", 'l06_nk_troops_hearing_testimony.txt',
     'you are looking at 22,000 men'),
    ("'wrote' in a prepared statement, phrase quotes", 'l06_nk_troops_hearing_testimony.txt',
     'Brandt wrote that Pyongyang'),
    ('AP-style wire with two datelines and a Contributing tail', 'r01_budapest_march_wire.txt',
     'Contributing: Anna Szabó in Budapest'),
    ('vague headline and lead (background)', 'r01_budapest_march_wire.txt', 'Tens of thousands of people marched'),
    ("'between 45 and 50 thousand'", 'r01_budapest_march_wire.txt', 'between 45 and 50 thousand'),
    ('chanted slogan', 'r01_budapest_march_wire.txt', 'Marchers chanted "Free press, free country!"'),
    ("'could claim half a million' (hypothetical)", 'r01_budapest_march_wire.txt', 'could claim half a million people'),
    ('asserted comparison (not hypothetical)', 'r01_budapest_march_wire.txt', 'Where about 5,000 people protested'),
    ("organisers' press release with a dated introduction", 'r02_budapest_march_press_release.txt',
     'Budapest, 16 March 2025 — Free Voices (Szabad Hangok)'),
    ("'If ..., we will bring 200,000' (hypothetical)", 'r02_budapest_march_press_release.txt',
     'we will bring 200,000 people'),
    ("'up from between 45 and 50 thousand on Saturday'", 'r02_budapest_march_press_release.txt',
     'up from between 45 and 50 thousand on Saturday'),
    ('numbered demands and notes to editors', 'r02_budapest_march_press_release.txt',
     'brings together 38 civic groups'),
    ('news site with breadcrumb and date stamps', 'd01_rs_floods_news_site.txt',
     'Brazil > Rio Grande do Sul | 18/06/2025'),
    ("'12 300' (space separator)", 'd01_rs_floods_news_site.txt', 'More than 12 300 people'),
    ('non-people: homes and businesses without power', 'd01_rs_floods_news_site.txt',
     'About 210,000 homes and businesses'),
    ('emergency numbers', 'd01_rs_floods_news_site.txt', 'call 193'),
    ("'If ... might have to leave' (hypothetical)", 'd01_rs_floods_news_site.txt',
     'as many as 60,000 more people in Porto Alegre might'),
    ("'No one has died'", 'd01_rs_floods_news_site.txt', 'No one has died in Porto Alegre'),
    ('inquiry testimony with upper-case labels', 'd02_rs_floods_inquiry_testimony.txt', 'COLONEL RAMOS: Thank you'),
    ('a deputy relaying the Civil Defence (the via), dated earlier', 'd02_rs_floods_inquiry_testimony.txt',
     'on 20 June your office told the press that 36'),
    ("'If the dike had failed, we would have had to move' (hypothetical)", 'd02_rs_floods_inquiry_testimony.txt',
     'move 300,000 people in a single night'),
    ("capacity 'schools built for 300 pupils'", 'd02_rs_floods_inquiry_testimony.txt', 'built for 300 pupils'),
    ("'testified' in the reporter's summary", 'd02_rs_floods_inquiry_testimony.txt', 'Ramos testified that'),
    ('Central Asian business news, union acronym defined', 's01_balkhash_strike_business_news.txt',
     "Balkhash Metalworkers' Trade Union (BMTU)"),
    ('a layoff plan (not hypothetical)', 's01_balkhash_strike_business_news.txt',
     '1,100 positions would be eliminated'),
    ("company's upper bound as a phrase quote", 's01_balkhash_strike_business_news.txt', '"no more than 1,500."'),
    ("'One of the 1,100 workers'", 's01_balkhash_strike_business_news.txt',
     'One of the 1,100 workers the company says'),
    ("'If copper prices ..., could reach' with money (hypothetical)", 's01_balkhash_strike_business_news.txt',
     'the cuts could reach 3,000 across the group'),
    ('union statement relaying the company (the via)', 's02_balkhash_strike_union_statement.txt',
     'The company told the city akimat on Thursday that only 1,700'),
    ("'up from 3,400 on Wednesday'", 's02_balkhash_strike_union_statement.txt', 'up from 3,400 on Wednesday'),
    ("'If ..., could join the strike, Seitkali warned' (hypothetical)", 's02_balkhash_strike_union_statement.txt',
     'our 6,200 members at the Zhezkazgan mines could join'),
    ('acronym defined then reused (AFM)', 'm01_malta_arrivals_daily.txt', 'Survivors told rescuers that about 280'),
    ("'citing' coast guard figures (UNHCR the via)", 'm01_malta_arrivals_daily.txt',
     'UNHCR, citing Libyan coast guard figures'),
    ("model number 'Super King Air 200'", 'm01_malta_arrivals_daily.txt', 'Super King Air 200'),
    ("'one of them a boy of 10', capacity", 'm01_malta_arrivals_daily.txt', 'which was built for 400 people'),
    ("'If ... could receive' (hypothetical)", 'm01_malta_arrivals_daily.txt', 'Malta could receive 5,000 more people'),
    ('radio bulletin script with a correspondent label', 'm02_malta_arrivals_radio_bulletin.txt',
     'ZAMMIT: The survivors'),
    ("'up from 9'", 'm02_malta_arrivals_radio_bulletin.txt', 'has risen to 14, up from 9'),
    ('nested quote relayed by a correspondent', 'm02_malta_arrivals_radio_bulletin.txt', '"more than 300 of us"'),
    ('sports score and temperature', 'm02_malta_arrivals_radio_bulletin.txt', 'beat Floriana 3-1'),
    ('armed group as its own side', 'w01_tal_afar_fighting_regional_daily.txt',
     'claimed to have killed "more than 60 soldiers"'),
    ("a TV channel 'citing a security source' (the via)", 'w01_tal_afar_fighting_regional_daily.txt',
     'citing a security source in the city'),
    ("'up from 2,000 on Sunday'", 'w01_tal_afar_fighting_regional_daily.txt', 'up from 2,000 on Sunday'),
    ("model numbers 'M1A1', 'F-16'", 'w01_tal_afar_fighting_regional_daily.txt', 'M1A1 tanks and its F-16 jets'),
    ('liveblog with timestamps', 'w02_tal_afar_fighting_liveblog.txt', "17:20 — Iraq's Defence Ministry says 11"),
    ("'posted on Telegram:' colon introduction", 'w02_tal_afar_fighting_liveblog.txt',
     'posted on Telegram: "We took 5'),
    ("'Should ... could be cut off' (hypothetical)", 'w02_tal_afar_fighting_liveblog.txt',
     'up to 50,000 people could be cut off'),
    ('a plan (not hypothetical)', 'w02_tal_afar_fighting_liveblog.txt',
     'will send 2,000 more troops to Nineveh by Friday'),
    ("'up from 612 cases a week earlier'", 'e01_akkar_cholera_daily.txt', 'up from 612 cases a week earlier'),
    ("'It said' continuing a dated statement", 'e01_akkar_cholera_daily.txt', 'It said 46,000 people had received'),
    ('vaccine doses and beds (not people)', 'e01_akkar_cholera_daily.txt', 'which supplied 300,000 vaccine doses'),
    ("'One of the 70'", 'e01_akkar_cholera_daily.txt', 'One of the 70 was a baby'),
    ('background outbreak figures', 'e01_akkar_cholera_daily.txt', 'infected more than 8,000 people and killed 23'),
    ("readers' questions answered, undated", 'e02_akkar_cholera_readers_questions.txt', 'You asked, we answered'),
    ("'If ..., we could see tens of thousands' (hypothetical, vague)", 'e02_akkar_cholera_readers_questions.txt',
     'we could see tens of thousands of cases'),
    ("'told us:' colon introduction", 'e02_akkar_cholera_readers_questions.txt', 'told us: "Cooked food'),
]


FRESH_M_COVERAGE = [
    ('Indian English-language daily, city dateline', 'm01_nk_troops_indian_daily.txt',
     'NEW DELHI: More than 10,000 North Korean soldiers'),
    ('lawmakers after a briefing (the via), acronym defined', 'm01_nk_troops_indian_daily.txt',
     'lawmakers who attended a closed-door briefing by the National Intelligence Service (NIS) said on Wednesday'),
    ("bare figure tied by 'up from'", 'm01_nk_troops_indian_daily.txt',
     'up from 1,900 a week ago'),
    ('speaker named by surname after a full name', 'm01_nk_troops_indian_daily.txt',
     'Lee told reporters after the session'),
    ("modal 'may send as many as' (hypothetical) in a phrase quote", 'm01_nk_troops_indian_daily.txt',
     '"may send as many as 20,000 more"'),
    ("background army with 'one of the largest'", 'm01_nk_troops_indian_daily.txt',
     'an estimated 1.2 million active-duty soldiers, one of the largest'),
    ('non-claim: barrels a day', 'm01_nk_troops_indian_daily.txt',
     '1.9 million barrels a day'),
    ('wire analysis with chained relays', 'm02_nk_troops_wire_analysis.txt',
     'That source in turn cited intelligence shared by the United States'),
    ('acronym known by its initials (HUR)', 'm02_nk_troops_wire_analysis.txt',
     'known by its Ukrainian initials HUR'),
    ('officers and generals in digits', 'm02_nk_troops_wire_analysis.txt',
     '500 officers and 3 generals were among them'),
    ("date said 'on Oct. 30'", 'm02_nk_troops_wire_analysis.txt',
     'told reporters on Oct. 30 that some 8,000 were in Kursk'),
    ("reporting verb 'testified', no figure", 'm02_nk_troops_wire_analysis.txt',
     'testified before parliament on Monday'),
    ("'if ..., could be' (hypothetical) in a phrase quote", 'm02_nk_troops_wire_analysis.txt',
     '"another 15,000 could be on the trains by Christmas"'),
    ('non-claim: article number of a treaty', 'm02_nk_troops_wire_analysis.txt',
     'its Article 4 obliges'),
    ('liveblog with timestamps', 'm03_nk_troops_liveblog.txt',
     '08:40 The US secretary of state, Antony Blinken, said in Brussels this morning'),
    ("colon introduction after 'posted on X'", 'm03_nk_troops_liveblog.txt',
     'posted on X: "The deployment of DPRK troops'),
    ('correspondent as the via of an anonymous commander', 'm03_nk_troops_liveblog.txt',
     'told our correspondent, Olena Marchuk, that his brigade had killed "about 40"'),
    ("'could eventually commit up to' (hypothetical)", 'm03_nk_troops_liveblog.txt',
     'could eventually commit up to 100,000 troops'),
    ("killed or wounded, 'this morning' in a dated liveblog", 'm03_nk_troops_liveblog.txt',
     'said in its update this morning that Russia had lost 1,770 troops killed or wounded'),
    ('opinion column arguing over the figures', 'm04_nk_troops_opinion_column.txt',
     'Numbers, in wartime, are weapons.'),
    ("undated figures in a column ('Last month', 'This week')", 'm04_nk_troops_opinion_column.txt',
     "Last month Seoul's spy agency said 1,500 had arrived."),
    ("reporting verb 'insisted' with a phrase quote", 'm04_nk_troops_opinion_column.txt',
     'insisted on Thursday that "we have not seen them'),
    ("'If ..., could field' (hypothetical) with 'wrote'", 'm04_nk_troops_opinion_column.txt',
     'an analyst wrote in these pages last week, Russia could field another 50,000'),
    ("background army of the outlet's country", 'm04_nk_troops_opinion_column.txt',
     'Our own army, some 650,000 strong'),
    ('corrections note: wrong figure and right figure', 'm05_nk_troops_corrections.txt',
     'The figure of 19,000 did not come from any official source.'),
    ("date said 'on 4 November'", 'm05_nk_troops_corrections.txt',
     'he told reporters on 4 November that about 200 North Korean soldiers had been killed or wounded'),
    ("'including some 8,000' with a place", 'm05_nk_troops_corrections.txt',
     'including some 8,000 in the Kursk region'),
    ('summary of social posts, undated, list numbers', 'm06_nk_troops_social_posts.txt',
     '1. Volodymyr Zelenskyy, Ukraine\'s president, wrote on Telegram: "According to our intelligence'),
    ("reporting verb 'tweeted' with phrase quotes", 'm06_nk_troops_social_posts.txt',
     'tweeted that "the first units have been hit"'),
    ('non-claim: shares and subscribers', 'm06_nk_troops_social_posts.txt',
     'A Russian military blogger with 600,000 subscribers'),
    ('transcript label in a post', 'm06_nk_troops_social_posts.txt',
     'RYDER: We assess there are approximately 10,000'),
    ('rhetorical question without a figure, views', 'm06_nk_troops_social_posts.txt',
     'The post has 2 million views.'),
    ('vague headline and lead (background)', 'r01_antananarivo_march_wire.txt',
     'Thousands of people marched through the Malagasy capital on Friday'),
    ("'between 12 and 15 thousand'", 'r01_antananarivo_march_wire.txt',
     'Police put the figure at between 12 and 15 thousand.'),
    ("the outlet's own count", 'r01_antananarivo_march_wire.txt',
     'A count by IOPA reporters stationed along'),
    ('chanted slogan', 'r01_antananarivo_march_wire.txt',
     'Marchers chanted "We want water, not promises"'),
    ("non-claim: a plant's capacity in megawatts", 'r01_antananarivo_march_wire.txt',
     'can produce 58 megawatts'),
    ("'No one was taken to hospital'", 'r01_antananarivo_march_wire.txt',
     'No one was taken to hospital'),
    ('split quote and an age', 'r01_antananarivo_march_wire.txt',
     '"The march itself was calm," he said. "A small group came to fight."'),
    ("'if ..., could bring' (hypothetical)", 'r01_antananarivo_march_wire.txt',
     '"could bring 200,000 people onto the streets"'),
    ('radio transcript with upper-case labels', 'r02_antananarivo_march_radio_transcript.txt',
     'RAZAFINDRABE: Our marshals counted 62,000 people'),
    ("host restating the police figure (the via), 'yesterday'", 'r02_antananarivo_march_radio_transcript.txt',
     'your officers said between 12 and 15 thousand yesterday'),
    ('corrected arrest figure', 'r02_antananarivo_march_radio_transcript.txt',
     '31 people were detained, not 23 as first reported'),
    ("'If ... arrest 31' (hypothetical) vs 'Next time we will be' (forecast)",
     'r02_antananarivo_march_radio_transcript.txt',
     'If the police want to arrest 31 people at every march, they will need bigger cells. '
     'Next time we will be 100,000.'),
    ('UN situation report with numbered sections', 'd01_tonga_cyclone_situation_report.txt',
     'Tonga: Tropical Cyclone Mele Situation Report No. 3'),
    ("space as thousands separator, 'up from ... on 6 February'", 'd01_tonga_cyclone_situation_report.txt',
     'an estimated 12 300 people are sheltering in 87 evacuation centres, up from 9,800 on 6 February'),
    ('non-claim: storm category and percentage', 'd01_tonga_cyclone_situation_report.txt',
     'as a Category 4 system'),
    ("'5 of them' and 'he said' continuing a dated statement", 'd01_tonga_cyclone_situation_report.txt',
     '5 of them for serious fractures'),
    ("'If ..., as many as ... could need' (hypothetical)", 'd01_tonga_cyclone_situation_report.txt',
     'as many as 20,000 more people could need shelter, he said'),
    ('money with currency prefixes', 'd01_tonga_cyclone_situation_report.txt',
     'NZ$2 million and A$1.5 million'),
    ('government bulletin dated by its header', 'd02_tonga_cyclone_government_bulletin.txt',
     "Issued by the National Emergency Management Office, Nuku'alofa, 10:00 am, Thursday 6 February 2025."),
    ("small counts along a list, 'down from'", 'd02_tonga_cyclone_government_bulletin.txt',
     'NEMO confirms that 3 people have died, 2 on Tongatapu and 1 on Lifuka.'),
    ('non-claim: hall capacities', 'd02_tonga_cyclone_government_bulletin.txt',
     'can hold between 150 and 400 people each'),
    ('non-claim: emergency numbers', 'd02_tonga_cyclone_government_bulletin.txt',
     'NEMO operations centre 26 340; police 922; fire 999.'),
    ('the bulletin relaying the armed forces (the via)', 'd02_tonga_cyclone_government_bulletin.txt',
     'HMAF say that about 600 residents are sheltering'),
    ('Indonesian English-language daily, a plan not a hypothetical', 'l01_morowali_strike_jakarta_daily.txt',
     "PT Sulawesi Prima Nickel's plan to lay off 2,400 staff"),
    ("'8,500 of the roughly 11,000'", 'l01_morowali_strike_jakarta_daily.txt',
     'said 8,500 of the roughly 11,000 workers'),
    ('space separator in a phrase quote', 'l01_morowali_strike_jakarta_daily.txt',
     '"under 3 000"'),
    ('single-name speakers', 'l01_morowali_strike_jakarta_daily.txt',
     'Manpower Minister Yassierli said in Jakarta on Friday'),
    ("'one of the 2,400'", 'l01_morowali_strike_jakarta_daily.txt',
     'she was one of the 2,400 workers'),
    ("'if ..., as many as ... could join' (hypothetical)", 'l01_morowali_strike_jakarta_daily.txt',
     'as many as 15,000 workers at 2 neighbouring smelters could join the strike'),
    ('stock exchange filing with numbered items and a reference number', 'l02_morowali_strike_exchange_filing.txt',
     'Ref: 041/SPN-CS/IV/2025'),
    ("defined short form 'the Company'", 'l02_morowali_strike_exchange_filing.txt',
     'PT Sulawesi Prima Nickel Tbk (the Company)'),
    ('non-claim: law number and year', 'l02_morowali_strike_exchange_filing.txt',
     'Law No. 6 of 2023'),
    ('the media as the via', 'l02_morowali_strike_exchange_filing.txt',
     'figures attributed to the Morowali Smelter Workers Union in the media'),
    ("'Should ..., may review' (hypothetical)", 'l02_morowali_strike_exchange_filing.txt',
     'Should the stoppage continue beyond 30 April, the Company may review the contracts of a further 1,500 workers.'),
    ("reporting verb 'wrote' in an editor's note", 'l02_morowali_strike_exchange_filing.txt',
     'wrote that the company was "hiding the real numbers"'),
    ('spelled-out headline figure', 'x01_limpopo_crossings_zimbabwe_daily.txt',
     'Five drown as Limpopo crossings surge'),
    ("'citing' a government department (the via)", 'x01_limpopo_crossings_zimbabwe_daily.txt',
     "citing data from Zimbabwe's Department of Immigration"),
    ("'up from ... in March'", 'x01_limpopo_crossings_zimbabwe_daily.txt',
     'up from 1,240 in March'),
    ('non-claim: money glued to a currency letter, percentage', 'x01_limpopo_crossings_zimbabwe_daily.txt',
     'about R180 a day'),
    ("vague hypothetical 'could lose dozens'", 'x01_limpopo_crossings_zimbabwe_daily.txt',
     'we could lose dozens more'),
    ('background diaspora in millions', 'x01_limpopo_crossings_zimbabwe_daily.txt',
     'About 1.5 million Zimbabweans are estimated to live in South Africa.'),
    ('government media statement with a dated intro', 'x02_limpopo_crossings_bma_statement.txt',
     'Pretoria, 19 May 2025'),
    ('a list of nationalities', 'x02_limpopo_crossings_bma_statement.txt',
     '1,611 were Zimbabwean nationals, 402 were from Malawi and 91 were from Mozambique'),
    ("colon introduction 'said:'", 'x02_limpopo_crossings_bma_statement.txt',
     'Dr Michael Masiapato, said: "Our Border Guards'),
    ("'further said' continuing", 'x02_limpopo_crossings_bma_statement.txt',
     'The Commissioner further said that 4 bodies'),
    ('non-claim: drones, vehicles and military companies', 'x02_limpopo_crossings_bma_statement.txt',
     '2 drones and 6 vehicles'),
    ('Kenyan daily, vague headline with a claimant', 'w01_beledweyne_fighting_kenyan_daily.txt',
     "Somalia's Ministry of Defence said had killed dozens of fighters"),
    ("an armed group's claim in a phrase quote", 'w01_beledweyne_fighting_kenyan_daily.txt',
     '"more than 80 apostate soldiers"'),
    ("'12 of them' and non-claim beds", 'w01_beledweyne_fighting_kenyan_daily.txt',
     '47 wounded people since Tuesday, 12 of them civilians'),
    ("acronyms defined, a contingent 'according to the KDF'", 'w01_beledweyne_fighting_kenyan_daily.txt',
     'Kenya has about 3,000 soldiers in Somalia, according to the KDF.'),
    ('a UN agency citing local authorities (the via), destinations', 'w01_beledweyne_fighting_kenyan_daily.txt',
     'citing local authorities, said about 18,000 people had fled Beledweyne'),
    ("'If ..., could need' (hypothetical)", 'w01_beledweyne_fighting_kenyan_daily.txt',
     'the government could need 5,000 more troops'),
    ("Nigerian daily, 'was quoted as saying'", 'w02_beledweyne_fighting_nigerian_daily.txt',
     'was quoted as saying that the town was "fully under government control"'),
    ('state agency citing an office (the via)', 'w02_beledweyne_fighting_nigerian_daily.txt',
     "reported on Saturday, citing the regional governor's office, that 140 insurgents"),
    ("chained relays 'who in turn cited'", 'w02_beledweyne_fighting_nigerian_daily.txt',
     'citing a health official in Beledweyne, who in turn cited figures'),
    ("rhetorical 'If you add' without a figure", 'w02_beledweyne_fighting_nigerian_daily.txt',
     "If you add the government's figures to the SLF's"),
    ("regional news, headline 'pass 9,000'", 'e01_cebu_dengue_regional_news.txt',
     'Dengue cases in Cebu pass 9,000'),
    ('non-claim: an office number glued by a hyphen', 'e01_cebu_dengue_regional_news.txt',
     'Central Visayas (DOH-7)'),
    ('vaccinated and a target (a plan)', 'e01_cebu_dengue_regional_news.txt',
     'which aims to vaccinate 100,000 by December'),
    ("'No one has died' and a hypothetical in a phrase quote", 'e01_cebu_dengue_regional_news.txt',
     '"if the rains continue into August, we could see 500 cases a week"'),
    ('non-claim: emergency number', 'e01_cebu_dengue_regional_news.txt',
     'call 911'),
    ('undated opinion column', 'e02_cebu_dengue_opinion_column.txt',
     'By Ramon Villareal'),
    ("'between 27 and 46 thousand' and a ratio", 'e02_cebu_dengue_opinion_column.txt',
     'somewhere between 27 and 46 thousand'),
    ("'If even a fraction ..., could pass' (hypothetical)", 'e02_cebu_dengue_opinion_column.txt',
     'the toll could easily pass 60'),
    ('background population and money', 'e02_cebu_dengue_opinion_column.txt',
     'a province of 3.3 million people'),
]

FRESH_N_COVERAGE = [
    ('newsletter digest with numbered items', 'n01_nk_troops_newsletter_digest.txt',
     '1. The count keeps climbing.'),
    ('acronym defined, relayed by a lawmaker (the via)', 'n01_nk_troops_newsletter_digest.txt',
     'up from 3,000 in mid-October, according to Han Do-yeon'),
    ('split quote', 'n01_nk_troops_newsletter_digest.txt',
     'she told reporters, "but we expect that'),
    ('officers among a total, said on Sunday', 'n01_nk_troops_newsletter_digest.txt',
     'said on Sunday that up to 12,000 North Koreans were in the area, 500 of them officers'),
    ("background army with 'one of the largest'", 'n01_nk_troops_newsletter_digest.txt',
     'one of the largest in the world'),
    ('radio script with upper-case labels', 'n02_nk_troops_radio_script.txt',
     'PARK: Good morning. The United States now says about 8,000'),
    ("correspondent relaying the military (the via), 'this morning'", 'n02_nk_troops_radio_script.txt',
     "South Korea's military told me this morning it believes close to 10,000"),
    ('translated clip label', 'n02_nk_troops_radio_script.txt',
     'ZELENSKYY (TRANSLATED): We see them.'),
    ('interview Q&A, quote in the headline with a spelled number', 'n03_nk_troops_interview_qa.txt',
     '"Ten thousand is the floor, not the ceiling"'),
    ("'between 10 and 12 thousand'", 'n03_nk_troops_interview_qa.txt',
     'between 10 and 12 thousand'),
    ('conditional (hypothetical) and a rhetorical question', 'n03_nk_troops_interview_qa.txt',
     'If Moscow asked for 50,000, I think Pyongyang could send them'),
    ('ages and money', 'n03_nk_troops_interview_qa.txt',
     '$2,000 a month per soldier'),
    ('weekend long read with a byline', 'n04_nk_troops_weekend_long_read.txt',
     'By Clara Whitfield'),
    ("earlier event dated 'On Oct. 18'", 'n04_nk_troops_weekend_long_read.txt',
     "On Oct. 18, South Korea's National Intelligence Service said that 1,500"),
    ("outlet's own count of estimates (not people)", 'n04_nk_troops_weekend_long_read.txt',
     'The Sentinel counted at least 14 separate public estimates'),
    ("'was quoted as saying' and an outlet as the via", 'n04_nk_troops_weekend_long_read.txt',
     'he was quoted as saying'),
    ("'one of them' and an age", 'n04_nk_troops_weekend_long_read.txt',
     'wonder if he is one of them'),
    ("'Were ... to commit' (hypothetical)", 'n04_nk_troops_weekend_long_read.txt',
     'Were Pyongyang to commit even a tenth of that'),
    ('Balkan regional wire, dateline', 'n05_nk_troops_balkan_wire.txt',
     'BELGRADE, Oct 25 (ANA) -'),
    ('officers and generals in digits', 'n05_nk_troops_balkan_wire.txt',
     'including 500 officers and 3 generals'),
    ("phrase quotes in a 'that' clause", 'n05_nk_troops_balkan_wire.txt',
     'said on Wednesday that "if they are co-belligerents"'),
    ('non-claim: member states', 'n05_nk_troops_balkan_wire.txt',
     'whose 32 members'),
    ('undated Latin American English-language site', 'n06_nk_troops_latam_english_site.txt',
     'Brazil urges restraint'),
    ('government figure relayed by its ambassador (the via)', 'n06_nk_troops_latam_english_site.txt',
     'closer to 12,000, according to its ambassador'),
    ('metro daily with named residents and ages', 'r01_asuncion_march_metro_daily.txt',
     'Rosa Giménez, 54,'),
    ('vague headline and lead (background)', 'r01_asuncion_march_metro_daily.txt',
     'Thousands of people marched through the centre of Asunción'),
    ("outlet's own count, 'between 15 and 18 thousand'", 'r01_asuncion_march_metro_daily.txt',
     'Reporters from Diario del Centro who walked the route estimated the crowd at between 15 and 18 thousand'),
    ('capacity and chanted slogan', 'r01_asuncion_march_metro_daily.txt',
     'which can hold about 30,000 people'),
    ("'One of the 12' and 'No one was hurt', ministry citing police", 'r01_asuncion_march_metro_daily.txt',
     'One of the 12 was a minor'),
    ('conditional (hypothetical) in a quote', 'r01_asuncion_march_metro_daily.txt',
     'If the fare is not reversed by May, 100,000 could be'),
    ("regional wire, revised count 'up from'", 'r02_asuncion_march_regional_wire.txt',
     'to about 11,000 people, up from 8,000'),
    ("'tweeted on Saturday:' (colon)", 'r02_asuncion_march_regional_wire.txt',
     'tweeted on Saturday: "The police discovered'),
    ('corrected count with the earlier day', 'r02_asuncion_march_regional_wire.txt',
     'not 12 as it said on Friday'),
    ('background population', 'r02_asuncion_march_regional_wire.txt',
     'a country of about 6.9 million people'),
    ("ministry statement reproduced with the outlet's notes", 'd01_prut_floods_ministry_statement.txt',
     'We reproduce it in full, with our notes in brackets.'),
    ("'12 300' and substations", 'd01_prut_floods_ministry_statement.txt',
     'Electricity has been cut to 12 300 residents after 14 substations'),
    ("'expected to reach' (forecast) after 'Should ..., may' (hypothetical)",
     'd01_prut_floods_ministry_statement.txt',
     'The number of evacuees is expected to reach 5,000 by Thursday'),
    ('emergency number', 'd01_prut_floods_ministry_statement.txt',
     'call 112'),
    ("outlet's own count and a hall capacity", 'd01_prut_floods_ministry_statement.txt',
     'Our correspondent in Cahul counted roughly 250 people'),
    ('regional wire, acronym defined and reused', 'd02_prut_floods_regional_wire.txt',
     'General Inspectorate for Emergency Situations (IGSU) said on Thursday'),
    ("'one more than on Tuesday'", 'd02_prut_floods_regional_wire.txt',
     '5 people had died, one more than on Tuesday'),
    ('money in millions (not people) and a background past figure', 'd02_prut_floods_regional_wire.txt',
     '2 million euros'),
    ('court report', 'l01_khouribga_strike_court_report.txt',
     'rejected a request by Atlas Phosphates Company (APC)'),
    ("union's share of the workforce", 'l01_khouribga_strike_court_report.txt',
     "says 4,200 of APC's 6,500 employees have stopped work"),
    ("'insisted' and 'testified'", 'l01_khouribga_strike_court_report.txt',
     'He insisted that the 850 layoffs were'),
    ("'one of the 850'", 'l01_khouribga_strike_court_report.txt',
     'said he was one of the 850'),
    ("'were the strike to last' (hypothetical), case number", 'l01_khouribga_strike_court_report.txt',
     'The case, No. 214/2025'),
    ('undated interview with Q: labels', 'l02_khouribga_strike_union_interview.txt',
     'Q: How many of your members are still out?'),
    ("'maybe 200 or 300'", 'l02_khouribga_strike_union_interview.txt',
     'maybe 200 or 300'),
    ("conditional 'That would be 12,000 workers'", 'l02_khouribga_strike_union_interview.txt',
     'That would be 12,000 workers, not 4,000'),
    ('North African regional wire, UN agency citing the coast guard (the via)',
     'x01_zuwara_interceptions_regional_wire.txt',
     'the International Organization for Migration (IOM) said on Tuesday, citing data from the Libyan coast guard'),
    ("'14 300' returned", 'x01_zuwara_interceptions_regional_wire.txt',
     '14 300 people had been returned'),
    ('boat capacity vs people aboard', 'x01_zuwara_interceptions_regional_wire.txt',
     'built for about 20 people, had carried 85'),
    ("vague 'Dozens' from an NGO", 'x01_zuwara_interceptions_regional_wire.txt',
     'Dozens more are feared dead, according to Sea Lifeline'),
    ('long read, range in a phrase quote', 'x02_zuwara_survivors_long_read.txt',
     '"between 90 and 110 people"'),
    ("relay restated: 'which the agency said it took from coast guard data'", 'x02_zuwara_survivors_long_read.txt',
     'which the agency said it took from coast guard data'),
    ("vague hypothetical 'hundreds more could drown'", 'x02_zuwara_survivors_long_read.txt',
     'hundreds more could drown before October'),
    ('police press conference write-up, head named in the next paragraph', 'w01_catatumbo_fighting_police_briefing.txt',
     'the head of the National Police in the department said on Wednesday'),
    ("Ombudsman citing local authorities (the via), 'up from ... on Monday'",
     'w01_catatumbo_fighting_police_briefing.txt',
     'citing local authorities in Tibú and Ocaña, up from 6,200 on Monday'),
    ("armed group's own claim", 'w01_catatumbo_fighting_police_briefing.txt',
     'it had captured 3 police officers'),
    ('rhetorical question in a quote', 'w01_catatumbo_fighting_police_briefing.txt',
     'What are we supposed to do, wait for them'),
    ('radio script, host restating the ministry (the via)', 'w02_catatumbo_fighting_radio_script.txt',
     'MANRIQUE: Good evening. The government now says about 11,000'),
    ("reporter relaying a priest 'this morning'", 'w02_catatumbo_fighting_radio_script.txt',
     'The parish priest told me this morning'),
    ('long label and families (not people)', 'w02_catatumbo_fighting_radio_script.txt',
     'RESIDENT (WOMAN, RECORDED IN TIBÚ): We left everything.'),
    ('medical-journal-style brief', 'e01_savannakhet_measles_outbreak_brief.txt',
     'Outbreak brief: measles in Savannakhet Province, Lao PDR'),
    ('percentages, ages and reference list', 'e01_savannakhet_measles_outbreak_brief.txt',
     'References. 1. MoH situation update'),
    ('vaccinated and a target (a plan)', 'e01_savannakhet_measles_outbreak_brief.txt',
     'the campaign aims to reach 120,000 by the end of June'),
    ("conditional 'could rise to ... if' (hypothetical), 'warned'", 'e01_savannakhet_measles_outbreak_brief.txt',
     'Case counts could rise to 2,500 if the campaign'),
    ("metro daily, vague 'Hundreds' (background)", 'e02_savannakhet_measles_metro_daily.txt',
     'Hundreds of parents queued'),
    ("'Two of the children' spelled, 'the ministry said' continuing", 'e02_savannakhet_measles_metro_daily.txt',
     'Two of the children who died were under a year old, the ministry said.'),
    ('ward capacity vs patients', 'e02_savannakhet_measles_metro_daily.txt',
     'built for 30 patients, was holding 52'),
    ("'wrote in a message' phrase quote", 'e02_savannakhet_measles_metro_daily.txt',
     'wrote in a message to the newspaper'),
]

FRESH_O_COVERAGE = [
    ('Japanese English-language daily, acronym defined and relayed by a lawmaker (the via)',
     'o01_nk_troops_japanese_daily.txt', 'told lawmakers on Wednesday that about 3,000 North Korean soldiers'),
    ("an earlier day said 'on Oct. 18'", 'o01_nk_troops_japanese_daily.txt',
     'The agency had said on Oct. 18 that 1,500'),
    ("modal 'could send as many as' (hypothetical), 'He said' continuing", 'o01_nk_troops_japanese_daily.txt',
     'He said the NIS believed Pyongyang could send as many as 10,000'),
    ('officers and generals among a total, background army', 'o01_nk_troops_japanese_daily.txt',
     'including 500 officers and 3 generals'),
    ('markets wire with a dateline, percentages, money and a model number', 'o02_nk_troops_markets_wire.txt',
     'which makes the K9 howitzer, closed up 5.8% at 312,000 won'),
    ("'wrote in a note' phrase quote", 'o02_nk_troops_markets_wire.txt', 'wrote in a note to clients that "the troop'),
    ('press briefing transcript with upper-case labels', 'o03_nk_troops_briefing_transcript.txt',
     'MR MILLER: Good afternoon, everyone.'),
    ("conditional 'if Pyongyang were to send' (hypothetical) in a transcript", 'o03_nk_troops_briefing_transcript.txt',
     'if Pyongyang were to send another 10,000'),
    ('nested quotation attributed to whoever it quotes', 'o03_nk_troops_briefing_transcript.txt',
     'he said it again yesterday: "We are not going to stand by'),
    ('dated timeline entries', 'o04_nk_troops_timeline.txt', 'Nov. 4: Ukraine\'s defence intelligence says 11,000'),
    ("anonymous officials' conditional (hypothetical)", 'o04_nk_troops_timeline.txt',
     'if the deployment goes on at this pace, as many as 100,000 could be sent'),
    ('Nordic broadcaster, headline phrase quote in single marks', 'o05_nk_troops_nordic_broadcaster.txt',
     "a 'dangerous widening' of the war"),
    ('broadcaster citing the military (the via)', 'o05_nk_troops_nordic_broadcaster.txt',
     "The Seoul broadcaster Hanul TV, citing South Korea's military, reported on Tuesday"),
    ("Oslo-based researcher's range 'between 10,000 and 12,000'", 'o05_nk_troops_nordic_broadcaster.txt',
     'Oslo-based Institute for Northern Security, put the total'),
    ('undated diaspora weekly, figure inside a phrase quote after wrote', 'o06_nk_troops_diaspora_weekly.txt',
     'wrote on social media that "11,000 North Korean soldiers"'),
    ("anonymous US officials, ages and a hall capacity", 'o06_nk_troops_diaspora_weekly.txt',
     'US officials, speaking on condition of anonymity'),
    ("metro daily: vague 'Tens of thousands' (background) and named residents", 'r01_helsinki_march_metro_daily.txt',
     'Tens of thousands of people marched from Kaisaniemi park'),
    ("the outlet's own count 'between 25 and 30 thousand'", 'r01_helsinki_march_metro_daily.txt',
     'Reporters from the City Times, counting at three points'),
    ('chant and stadium capacity', 'r01_helsinki_march_metro_daily.txt', 'the crowd chanted "Not one euro'),
    ("'no one was hurt' and a conditional (hypothetical)", 'r01_helsinki_march_metro_daily.txt',
     'if the cuts pass parliament in April, 100,000 people would come back'),
    ("'Police estimates put', an independent counter, 'is quoted as saying'", 'r02_helsinki_march_count_dispute.txt',
     'is quoted in the Helsinki City Times as saying that "45,000'),
    ("asserted comparison and a rhetorical question after a colon", 'r02_helsinki_march_count_dispute.txt',
     'asked on Tuesday: "What if we had said 100,000?'),
    ("'12 300'-style space separator, 'up from ... on Sunday'", 'd01_shire_floods_daily.txt',
     'said 31 200 people were sheltering in 46 camps in Nsanje, up from 19 400 on Sunday'),
    ("'should ... might' (hypothetical) vs 'expects ... to pass' (forecast)", 'd01_shire_floods_daily.txt',
     'should heavy rain continue upstream, a further 20,000 people might have to leave'),
    ("model number 'Mi-17', households, 'one of 3 children'", 'd01_shire_floods_daily.txt',
     'one of 3 children swept away near Chikwawa'),
    ('newsletter digest of several stories: list numbers and a score', 'd02_shire_floods_newsletter_digest.txt',
     '3. Football: Flames beat Chipolopolo 2-1 in Blantyre'),
    ('range and an emergency appeal line', 'd02_shire_floods_newsletter_digest.txt',
     'between 1,500 and 2,000 people were still cut off'),
    ("regional wire: 'over 1,200 planned job cuts' (not a qualifier), 'insisted'",
     'l01_angren_strike_regional_wire.txt',
     'insisted that the miners would not go back down "until'),
    ('colon introduction and wages', 'l01_angren_strike_regional_wire.txt', 'he said: "My father worked here.'),
    ('ministry statement over two paragraphs with bracketed notes', 'l02_angren_strike_ministry_statement.txt',
     '"According to the company, 1,850 employees'),
    ("'One of the 12', a spelled 'Two inspectors'", 'l02_angren_strike_ministry_statement.txt',
     "One of the 12 miners' representatives"),
    ('surname-only speaker with a colon', 'l02_angren_strike_ministry_statement.txt',
     'Rakhimov, by phone from the pit heads: "We came'),
    ('UN agency with a vague count and a speaker only in an earlier paragraph', 'x01_islam_qala_returns_wire.txt',
     'Thousands more waited overnight on the Iranian side'),
    ("'if the pace continued, as many as 1 million' (hypothetical)", 'x01_islam_qala_returns_wire.txt',
     'if the pace continued, as many as 1 million people could return'),
    ("'half a million', curly split quote", 'x02_islam_qala_unhcr_press_conference.txt',
     '“Many of these people have never lived in Afghanistan,” Lindqvist said. “They'),
    ("state agency citing the interior ministry (the via)", 'x02_islam_qala_unhcr_press_conference.txt',
     "Iran's state news agency, citing the interior ministry, reported on Sunday"),
    ("UK-based monitor, an armed group's phrase quote with a figure", 'w01_tishrin_dam_fighting_wire.txt',
     'said its fighters had killed "more than 300 mercenaries"'),
    ("vague 'Dozens more', conditional quote (hypothetical)", 'w01_tishrin_dam_fighting_wire.txt',
     '"If the dam is breached, 400,000 people downstream would be in danger,"'),
    ('undated long read, surname-only speaker in a said-that clause', 'w02_tishrin_dam_long_read.txt',
     'said that his fighters had "held every metre"'),
    ('asserted comparison in a quote', 'w02_tishrin_dam_long_read.txt',
     'Last month we had 200 engineers here; now there are 35'),
    ('press conference write-up: target (a plan), forecast, hypothetical', 'e01_fiji_typhoid_press_conference.txt',
     'as many as 1,000 people could have fallen ill by June'),
    ("'One of the 4', ward capacity, a health line", 'e01_fiji_typhoid_press_conference.txt', 'One of the 4 who died'),
    ('radio script with labels, the presenter restating the ministry (the via)', 'e02_fiji_typhoid_radio_script.txt',
     "PRESENTER (JOSEFA RAVU): Good evening. Fiji's health ministry says"),
    ("'No one has died', a recorded clip label, a rugby score", 'e02_fiji_typhoid_radio_script.txt',
     'VAKALOLOMA (RECORDED): We are ahead'),
]

# half of tests/fresh -> its coverage table (a/ keeps its own test above)
FRESH_COVERAGE = {"c": FRESH_C_COVERAGE, "d": FRESH_D_COVERAGE, "e": FRESH_E_COVERAGE, "f": FRESH_F_COVERAGE,
                  "g": FRESH_G_COVERAGE, "h": FRESH_H_COVERAGE, "i": FRESH_I_COVERAGE, "j": FRESH_J_COVERAGE,
                  "k": FRESH_K_COVERAGE, "l": FRESH_L_COVERAGE, "m": FRESH_M_COVERAGE,
                  "n": FRESH_N_COVERAGE, "o": FRESH_O_COVERAGE}


@pytest.mark.parametrize(("half", "phenomenon", "name", "snippet"),
                         [(half, *row) for half, rows in FRESH_COVERAGE.items() for row in rows],
                         ids=[f"{half}: {row[0]}" for half, rows in FRESH_COVERAGE.items() for row in rows])
def test_fresh_half_covers_the_phenomenon(half, phenomenon, name, snippet):
    folder = ROOT / "tests" / "fresh" / half
    if not folder.exists():
        pytest.skip(f"tests/fresh/{half} is not in this checkout")
    assert snippet in article_text(folder, name), phenomenon
