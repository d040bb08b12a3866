"""How the corpus-wide step (analysis/tables.py resolve_corpus) grows with the corpus.

    python bench/bench_corpus_step.py --sizes 1000 10000 100000 [--tree DIR ...]

It runs on invented per-article rows, so no parsing is needed: for N articles, 8 quotes and 8
figures each; speakers drawn from N / 2 invented people (a third of mentions by surname alone,
some spelt with one letter changed); 3% of the articles undated, and a third of all quotations
reprints of an earlier one (word for word, or with one word changed). Each --tree (default: this
checkout) resolves the same rows in its own subprocess; the script prints the seconds of each and
whether the tables (as CSV) are the same.
"""

from __future__ import annotations

import argparse
import json
import pickle
import random
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SYLLABLES = ["ka", "lo", "vi", "ne", "ra", "su", "to", "mi", "de", "ba", "or", "el", "an", "is", "ur", "ho"]
RESOLVE = r"""
import hashlib, pickle, sys, time
import pandas as pd
from analysis.export import csv_bytes
from analysis.tables import resolve_corpus, rows_frame
articles, quotes, claims = pickle.load(open(sys.argv[1], "rb"))
started = time.perf_counter()
tables = resolve_corpus(pd.DataFrame(articles), rows_frame(quotes, "quotes"), rows_frame(claims, "claims"))
seconds = time.perf_counter() - started
digest = hashlib.sha256(b"".join(csv_bytes(frame) for frame in tables)).hexdigest()[:16]
print(seconds, digest)
"""


def word(rng: random.Random, syllables: int) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(syllables))


def misspelt(rng: random.Random, text: str) -> str:
    position = rng.randrange(len(text))
    return text[:position] + rng.choice("aeiou") + text[position + 1:]


def invented_rows(articles: int, seed: int = 0) -> tuple[dict, list[dict], list[dict]]:
    rng = random.Random(seed)
    people = [(word(rng, 2).title(), word(rng, rng.randint(2, 4)).title()) for _ in range(max(10, articles // 2))]
    vocabulary = [word(rng, rng.randint(1, 4)) for _ in range(5000)]
    said: list[str] = []
    columns: dict[str, list] = {name: [] for name in ("article_id", "title", "outlet", "published", "status", "error",
                                                       "path", "text", "n_words")}
    quotes, claims = [], []
    for number in range(articles):
        article_id = f"a{number:07d}"
        dated = rng.random() >= 0.03
        for name, value in (("article_id", article_id), ("title", f"Story {number}"), ("outlet", "Gazette"),
                            ("published", f"2025-{rng.randint(9, 11)}-{rng.randint(1, 28):02d}" if dated else ""),
                            ("status", "ok"), ("error", ""), ("path", f"{article_id}.txt"), ("text", ""),
                            ("n_words", 600)):
            columns[name].append(value)
        for index in range(8):
            first, last = rng.choice(people)
            speaker = last if rng.random() < 0.33 else f"{first} {misspelt(rng, last) if rng.random() < 0.05 else last}"
            if said and rng.random() < 0.33:
                quote = rng.choice(said)
                if rng.random() < 0.5:
                    words = quote.split()
                    words[rng.randrange(len(words))] = rng.choice(vocabulary)
                    quote = " ".join(words)
            else:
                quote = " ".join(rng.choice(vocabulary) for _ in range(rng.randint(6, 16)))
                said.append(quote)
            actor = {"speaker": speaker, "speaker_kind": "person", "speaker_title": "", "speaker_country": "",
                     "speaker_source": "named"}
            quotes.append({"article_id": article_id, "quote": quote, "start": index * 100, "end": index * 100 + 50,
                           "partial": False, "verb": "say", "sentence": quote, "sentence_start": index * 100,
                           "paragraph": index + 1, "date_text": rng.choice(["", "Monday", "Oct. 3"]),
                           "date_found": "text", **actor})
            claims.append({"article_id": article_id, "value": rng.randint(10, 90000), "value_high": None,
                           "qualifier": "exact", "what": "troops", "start": index * 100 + 60,
                           "end": index * 100 + 65, "sentence": quote, "date_text": "", "date_found": "",
                           "hypothetical": False, "claimant": speaker, "claimant_kind": "person",
                           "claimant_title": "", "claimant_country": "", "claimant_source": "named", "via": ""})
    return columns, quotes, claims


def resolve_in(tree: Path, rows: Path) -> tuple[float, str]:
    result = subprocess.run([sys.executable, "-c", RESOLVE, str(rows)], cwd=tree, capture_output=True, text=True,
                            env={"PYTHONPATH": str(tree), "PATH": "/usr/bin:/bin"}, check=True)
    seconds, digest = result.stdout.split()
    return float(seconds), digest


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--tree", type=Path, action="append", help="a checkout to measure (repeatable)")
    args = parser.parse_args(argv)
    trees = [tree.resolve() for tree in args.tree or [ROOT]]
    results = []
    with tempfile.TemporaryDirectory() as scratch:
        for size in args.sizes:
            rows = Path(scratch) / f"rows-{size}.pickle"
            rows.write_bytes(pickle.dumps(invented_rows(size)))
            timings = {str(tree): resolve_in(tree, rows) for tree in trees}
            results.append({"articles": size, "seconds": {tree: t for tree, (t, _) in timings.items()},
                            "same_tables": len({digest for _, digest in timings.values()}) == 1})
            print(json.dumps(results[-1]), file=sys.stderr, flush=True)
    print(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
