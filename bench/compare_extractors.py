"""claimdesk's extractors next to off-the-shelf ones, on the seed and held-out annotations.

textacy's `direct_quotations` (quotes and their speakers) and quantulum3 (the numbers in a text) run on
the same article texts, parsed by the same spaCy pipeline, and are scored by analysis.evaluate on what
each can do: quotes for textacy; figures and their qualifiers for quantulum3. A tool that is not
installed is reported as "not installed" (neither is a claimdesk dependency).

    .venv/bin/python bench/compare_extractors.py
"""

from __future__ import annotations

import sys
import warnings
from collections.abc import Callable
from pathlib import Path

import pandas as pd
from spacy.tokens import Doc

from analysis.evaluate import evaluate, load_gold
from analysis.nlp import load_pipeline
from analysis.reading import Article, read_corpus
from analysis.schema import Tables, conform, empty
from analysis.tables import build_tables

ROOT = Path(__file__).resolve().parent.parent
SETS = {"seeds": (ROOT / "seeds", ROOT / "tests" / "gold" / "seeds_gold.json"),
        "held-out": (ROOT / "tests" / "heldout", ROOT / "tests" / "heldout" / "gold.json")}
QUOTE_METRICS = ["quote_recall", "quote_precision", "speaker_accuracy"]
CLAIM_METRICS = ["claim_recall", "claim_precision", "qualifier_accuracy"]
QUOTE_MARKS = "\"'“”‘’«»„ "
Extractor = Callable[[list[Article], list[Doc]], Tables]


def textacy_tables(articles: list[Article], docs: list[Doc]) -> Tables:
    from textacy.extract import direct_quotations

    rows = []
    for article, doc in zip(articles, docs, strict=True):
        try:
            triples = list(direct_quotations(doc))
        except ValueError:
            triples = []  # textacy gives up on a whole document when one quotation mark is unpaired
        for triple in triples:
            content = triple.content
            words = content.text.strip(QUOTE_MARKS + ",")
            start = content.start_char + content.text.index(words) if words else content.start_char
            rows.append({"article_id": article.article_id, "quote": words, "start": start, "end": start + len(words),
                         "speaker": " ".join(token.text for token in triple.speaker), "partial": False})
    return Tables(_articles(articles), conform(rows, "quotes"), empty("claims"))


def quantulum_tables(articles: list[Article], docs: list[Doc]) -> Tables:
    import quantulum3.classifier
    from quantulum3 import parser

    # Its bundled unit classifier was pickled with an older scikit-learn; without it, units come from its rules.
    quantulum3.classifier.USE_CLF = False
    rows = []
    for article in articles:
        for quantity in parser.parse(article.text):
            if quantity.unit.name != "dimensionless":
                continue  # money, percentages, distances
            spread = quantity.uncertainty or 0
            low, high = quantity.value - spread, quantity.value + spread
            rows.append({"article_id": article.article_id, "value": round(low),
                         "value_high": round(high) if spread else None, "qualifier": "range" if spread else "exact",
                         "start": quantity.span[0], "end": quantity.span[1], "figure_text": quantity.surface})
    return Tables(_articles(articles), empty("quotes"), conform(rows, "claims"))


def _articles(articles: list[Article]) -> pd.DataFrame:
    return pd.DataFrame({"article_id": [a.article_id for a in articles], "text": [a.text for a in articles]})


BASELINES: dict[str, tuple[str, Extractor, list[str]]] = {
    "textacy": ("textacy", textacy_tables, QUOTE_METRICS),
    "quantulum3": ("quantulum3", quantulum_tables, CLAIM_METRICS),
}


def installed(module: str) -> bool:
    try:
        __import__(module)
    except ImportError:
        return False
    return True


def scores(name: str, folder: Path, gold_path: Path) -> dict[str, dict[str, str]]:
    """{extractor: {metric: "0.950 (38/40)"}} for one annotated set."""
    gold = load_gold(gold_path)
    ours = evaluate(gold, build_tables(folder))
    table = {"claimdesk": {metric: _cell(ours, metric) for metric in QUOTE_METRICS + CLAIM_METRICS}}
    articles = [a for a in read_corpus(folder) if a.status == "ok"]
    docs = list(load_pipeline().pipe(a.text for a in articles))
    for tool, (module, extract, metrics) in BASELINES.items():
        if not installed(module):
            table[tool] = dict.fromkeys(metrics, "not installed")
            continue
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            theirs = evaluate(gold, extract(articles, docs))
        table[tool] = {metric: _cell(theirs, metric) for metric in metrics}
    print(f"{name}: {len(articles)} articles", file=sys.stderr)
    return table


def _cell(evaluation, metric: str) -> str:
    hits, total = evaluation.counts[metric]
    return f"{hits / total:.3f} ({hits}/{total})" if total else "n/a"


def markdown(results: dict[str, dict[str, dict[str, str]]]) -> str:
    columns = [(set_name, tool) for set_name, table in results.items() for tool in table]
    header = "| metric | " + " | ".join(f"{tool} ({set_name})" for set_name, tool in columns) + " |"
    lines = [header, "|" + "---|" * (len(columns) + 1)]
    for metric in QUOTE_METRICS + CLAIM_METRICS:
        cells = [results[set_name][tool].get(metric, "—") for set_name, tool in columns]
        lines.append(f"| {metric} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main() -> None:
    results = {name: scores(name, folder, gold) for name, (folder, gold) in SETS.items()}
    print(markdown(results))


if __name__ == "__main__":
    main()
