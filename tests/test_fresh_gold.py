"""Checks that the fresh held-out annotations agree with their articles (tests/fresh/README.md)."""

from __future__ import annotations

import csv
import re

import pytest

from analysis.evaluate import head_positions, load_gold
from tests.conftest import FRESH

FRESH_SETS = ["b", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n", "o"]  # folders of tests/fresh checked here

QUALIFIERS = {"exact", "approx", "upper", "lower", "range", "vague"}
WHAT = {"troops", "officers", "generals", "casualties", "killed", "wounded", "captured", "other"}
KINDS = {"person", "government", "military", "intelligence", "police", "organisers", "ngo", "outlet",
         "independent", "anonymous", "background"}
# "12,300", "12 300", "7", "2.2", optionally followed by "thousand" / "million"
FIGURE = re.compile(r"(?<![\w.,])(\d{1,3}(?:[ ,]\d{3})+|\d+(?:\.\d+)?)(?:[- ](thousand|million)\b)?")
MULTIPLIERS = {None: 1, "thousand": 1_000, "million": 1_000_000}
SHARED_MULTIPLIER = re.compile(r"between (\d+) and \d+ thousand")  # "between 45 and 50 thousand": 45,000
NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "nine": 9, "ten": 10, "twelve": 12,
                "a dozen": 12, "half a million": 500_000}


def articles(name: str) -> list[tuple[str, dict, str]]:
    gold = load_gold(FRESH / name / "gold.json")
    return [(key, entry, (FRESH / name / key).read_text(encoding="utf-8")) for key, entry in gold.items()]


def figures_in(text: str) -> set[float]:
    digits = {float(match[1].replace(",", "").replace(" ", "")) * MULTIPLIERS[match[2]]
              for match in FIGURE.finditer(text)}
    shared = {float(match[1]) * 1_000 for match in SHARED_MULTIPLIER.finditer(text)}
    words = {float(value) for word, value in NUMBER_WORDS.items() if re.search(rf"\b{word}\b", text, re.IGNORECASE)}
    return digits | shared | words


@pytest.mark.parametrize("name", FRESH_SETS)
def test_manifest_gold_and_files_list_the_same_articles(name):
    with (FRESH / name / "manifest.csv").open(encoding="utf-8", newline="") as handle:
        manifest = {row["file"]: row for row in csv.DictReader(handle)}
    gold = load_gold(FRESH / name / "gold.json")
    assert set(manifest) == set(gold) == {path.name for path in (FRESH / name).glob("*.txt")}
    for key, entry in gold.items():
        assert entry["meta"] == {"outlet": manifest[key]["outlet"], "published": manifest[key]["published"]}


@pytest.mark.parametrize("name", FRESH_SETS)
def test_every_head_is_verbatim_after_a_quotation_mark_in_text_order(name):
    for key, entry, text in articles(name):
        positions = head_positions([quote["head"] for quote in entry["quotes"]], text)
        assert None not in positions, key
        assert positions == sorted(positions), key


@pytest.mark.parametrize("name", FRESH_SETS)
def test_claims_use_the_contract_vocabulary(name):
    for key, entry, _ in articles(name):
        for claim in entry["claims"]:
            assert claim["qualifier"] in QUALIFIERS and claim["what"] in WHAT, (key, claim)
            assert (claim["high"] is not None) == (claim["qualifier"] in {"range", "vague"}), (key, claim)
            assert claim.get("claimant_kind", "person") in KINDS, (key, claim)
            assert (claim.get("claimant_kind") == "background") == (claim["claimant"] is None), (key, claim)
            assert claim["via"] is None or (isinstance(claim["via"], list) and all(claim["via"])), (key, claim)


@pytest.mark.parametrize("name", FRESH_SETS)
def test_every_figure_is_a_claim_or_ignored(name):
    for key, entry, text in articles(name):
        claimed = {float(value) for claim in entry["claims"] for value in (claim["value"], claim["high"])
                   if value is not None and claim["qualifier"] != "vague"}
        annotated = claimed | {float(value) for value in entry["ignore_values"]}
        # the bare 45 of "between 45 and 50 thousand" stands for 45,000, which is annotated
        leftovers = {value for value in figures_in(text) - annotated if f"between {value:g} and" not in text}
        assert leftovers == set(), (key, "not annotated")
        assert claimed - figures_in(text) == set(), (key, "a claimed value does not occur in the text")
