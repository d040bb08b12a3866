"""How long the review layer takes on large tables: recording, applying, following moved items.

    .venv/bin/python bench/bench_review.py [--articles 10000] [--claims-per-article 10] [--entries 2000]

Synthetic tables (invented sentences, ids as the build makes them) stand in for a build, so only
the review code is timed. A tenth of the reviewed articles get a paragraph added above their
figures, so their ids move and their entries take the fuzzy path. Prints one line per step.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # this checkout's analysis, not an installed one

from analysis.schema import Tables, conform
from analysis.store.review import apply_reviews, item_by_id, open_reviews, orphans
from analysis.store.reviewdb import anchor, now

WORDS = ["march", "strike", "crowd", "workers", "police", "union", "city", "square", "port", "ministry", "said",
         "counted", "about"]


def synthetic_tables(articles: int, per_article: int, shifted: set[int], seed: int = 0) -> Tables:
    rng = random.Random(seed)
    article_rows, claim_rows = [], []
    for number in range(articles):
        article_id = f"a{number:05d}"
        lines = ["Headline of the story"] + (["An added paragraph about the weather."] if number in shifted else [])
        figures = []
        for k in range(per_article):
            value = rng.randint(10, 90_000)
            words = " ".join(rng.choice(WORDS) for _ in range(12))
            figure = f"{value:,}"
            lines.append(f"The {words} {figure} people {k} joined.")
            figures.append(figure)
        text = "\n".join(lines)
        article_rows.append({"article_id": article_id, "title": f"Story {number}", "status": "ok",
                             "path": f"{article_id}.txt", "content_hash": str(hash(text)), "text": text,
                             "outlet": f"Outlet {number % 30}"})
        offset = 0
        for line in lines:
            figure = next((f for f in figures if f" {f} people" in line), None)
            if figure is not None and line.startswith("The "):
                start = offset + line.index(f" {figure} people") + 1
                claim_rows.append({"claim_id": f"{article_id}:c{start}", "article_id": article_id,
                                   "value": int(figure.replace(",", "")), "qualifier": "exact", "what": "other",
                                   "claimant": "police", "sentence": line, "start": start,
                                   "end": start + len(figure), "figure_text": figure, "sentence_start": offset,
                                   "outlet": f"Outlet {number % 30}", "hypothetical": False})
            offset += len(line) + 1
    return Tables(conform(article_rows, "articles"), conform([], "quotes"), conform(claim_rows, "claims"))


def timed(label: str, action):
    started = time.perf_counter()
    result = action()
    print(f"{label}: {time.perf_counter() - started:.2f} s")
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--claims-per-article", type=int, default=10)
    parser.add_argument("--entries", type=int, default=2_000)
    parser.add_argument("--recorded", type=int, default=200, help="entries written one transaction each")
    args = parser.parse_args()
    tables = timed("synthetic tables", lambda: synthetic_tables(args.articles, args.claims_per_article, set()))
    print(f"{len(tables.claims)} claims in {len(tables.articles)} articles")
    rng = random.Random(1)
    picked = tables.claims.sample(n=min(args.entries, len(tables.claims)), random_state=1)
    with tempfile.TemporaryDirectory() as folder, open_reviews(Path(folder) / "reviews.sqlite") as reviews:
        articles = tables.articles.set_index("article_id")
        batch = [({**anchor("claim", row, articles.loc[row["article_id"]]), "reviewed_at": now(), "user": "bench",
                   "kind": "claim", "item_id": row["claim_id"], "decision": "corrected", "note": ""},
                  {"claimant": ("police", f"source {rng.randint(0, 50)}")}) for _, row in picked.iterrows()]
        timed(f"import {len(batch)} entries (one transaction)", lambda: reviews.import_entries(batch))

        def record_some():
            for _, row in picked.head(args.recorded).iterrows():
                kind, found, article = item_by_id(tables, row["claim_id"])
                reviews.record(kind, found, article, "confirmed", user="bench")

        timed(f"record {args.recorded} entries (one transaction each, with the id lookup)", record_some)
        applied = timed("apply_reviews, nothing moved", lambda: apply_reviews(tables, reviews))
        print(f"  {int((applied.claims['review_status'] != 'unreviewed').sum())} reviewed rows")
        reviewed_articles = sorted({int(a[1:]) for a in picked["article_id"]})
        shifted = set(reviewed_articles[:: 10])
        moved = synthetic_tables(args.articles, args.claims_per_article, shifted)
        applied = timed(f"apply_reviews, {len(shifted)} articles edited above their figures",
                        lambda: apply_reviews(moved, reviews))
        print(f"  {int((applied.claims['review_status'] != 'unreviewed').sum())} reviewed rows, "
              f"{len(orphans(moved, reviews))} orphans")


if __name__ == "__main__":
    main()
