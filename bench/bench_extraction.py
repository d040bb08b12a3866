"""Extraction alone against the parse of the same texts: the 0.25x budget of issue 10.

    .venv/bin/python bench/bench_extraction.py seeds tests/heldout [--runs 3]

Every article is read as the build reads it and parsed first; then the parse and the extraction (quotes,
claims, attribution, dates) of the parsed documents are timed apart, in CPU time, best of the runs. Prints one
line.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # this checkout's analysis, not an installed one

from analysis.corpus import read_corpus
from analysis.extract import extract_article
from analysis.nlp import load_pipeline


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="+", type=Path)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    # read as the build reads them: manifest dates, page furniture, broken files left out
    articles = [a for folder in args.folders for a in read_corpus(folder) if a.status == "ok"]
    nlp = load_pipeline()
    extract_article(nlp(articles[0].text), articles[0])  # load the word lists before timing
    parse, extract = [], []
    for _ in range(args.runs):
        start = time.process_time()
        docs = [nlp(article.text) for article in articles]
        parse.append(time.process_time() - start)
        start = time.process_time()
        for doc, article in zip(docs, articles, strict=True):
            extract_article(doc, article)
        extract.append(time.process_time() - start)
    print(f"{len(articles)} articles: parse {min(parse):.2f} s, extraction {min(extract):.2f} s, "
          f"ratio {min(extract) / min(parse):.3f}")


if __name__ == "__main__":
    main()
