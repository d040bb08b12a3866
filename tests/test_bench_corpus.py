"""The benchmark corpus generator (bench/make_corpus.py): N distinct, readable articles with a manifest."""

from __future__ import annotations

import csv
import importlib.util
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest

from analysis.reading import read_corpus
from tests.conftest import ROOT

COUNT = 25


def load_generator():
    spec = importlib.util.spec_from_file_location("make_corpus", ROOT / "bench" / "make_corpus.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["make_corpus"] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


make_corpus = load_generator()


def manifest_rows(folder: Path) -> list[dict[str, str]]:
    with (folder / "manifest.csv").open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("bench_corpus")
    result = subprocess.run([sys.executable, str(ROOT / "bench" / "make_corpus.py"), str(COUNT), str(folder),
                             "--seed", "7"], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    return folder


def test_writes_n_distinct_articles_listed_in_the_manifest(corpus):
    texts = {path.name: path.read_text(encoding="utf-8") for path in corpus.glob("*.txt")}
    rows = manifest_rows(corpus)
    assert len(texts) == COUNT
    assert len(set(texts.values())) == COUNT
    assert sorted(row["file"] for row in rows) == sorted(texts)


def test_every_article_reads_ok_with_its_manifest_metadata(corpus):
    articles = read_corpus(corpus)
    by_file = {row["file"]: row for row in manifest_rows(corpus)}
    assert [a.status for a in articles] == ["ok"] * COUNT
    for article in articles:
        row = by_file[Path(article.path).name]
        assert article.outlet == row["outlet"], article.path
        assert article.published == row["published"], article.path
        assert make_corpus.MIN_WORDS <= len(article.text.split()) <= make_corpus.MAX_WORDS, article.path
        assert article.title == article.text.splitlines()[0]


def test_articles_hold_figures_quotes_and_attributions(corpus):
    text = (corpus / "a00003.txt").read_text(encoding="utf-8")
    assert "“" in text and "”" in text
    assert any(f" {verb} " in text for verb in ("said", "told reporters", "warned", "added"))
    assert any(character.isdigit() for character in text)


def test_same_seed_same_corpus_other_seed_other_corpus(tmp_path):
    first, again, other = (make_corpus.write_corpus(6, tmp_path / name, seed)
                           for name, seed in (("a", 3), ("b", 3), ("c", 4)))
    assert [a.text for a in first] == [a.text for a in again]
    assert (tmp_path / "a" / "manifest.csv").read_bytes() == (tmp_path / "b" / "manifest.csv").read_bytes()
    assert not {a.text for a in first} & {a.text for a in other}


def test_one_more_article_extends_the_corpus_by_one_file(tmp_path):
    make_corpus.write_corpus(5, tmp_path / "five", seed=2)
    make_corpus.write_corpus(6, tmp_path / "grown", seed=2)
    make_corpus.write_corpus(6, tmp_path / "five", seed=2, first=5)
    assert sorted(p.name for p in (tmp_path / "five").glob("*.txt")) == [f"a0000{i}.txt" for i in range(6)]
    for name in (f"a0000{i}.txt" for i in range(6)):
        assert (tmp_path / "five" / name).read_bytes() == (tmp_path / "grown" / name).read_bytes()
    assert manifest_rows(tmp_path / "five") == manifest_rows(tmp_path / "grown")


def test_metadata_spreads_over_outlets_and_one_season():
    metadata = [make_corpus.article_metadata(seed=1, index=i) for i in range(600)]
    outlets = {outlet for outlet, _, _ in metadata if outlet}
    days = [published for _, _, published in metadata if published]
    season_end = make_corpus.SEASON_START + timedelta(days=make_corpus.SEASON_DAYS - 1)
    assert 20 <= len(outlets) <= 40
    assert min(days) >= make_corpus.SEASON_START and max(days) <= season_end
    assert len({(d.year, d.month) for d in days}) == 3
    assert len(days) < len(metadata)  # a few undated articles, as in real collections


@pytest.mark.parametrize("opening", ["between", "as many as", "more than", "about", "8,000"])
def test_figure_phrases_use_every_kind_of_qualifier(opening):
    rng = make_corpus.random.Random(0)
    phrases = {make_corpus.figure_phrase(8_000, rng) for _ in range(400)}
    assert any(phrase.startswith(opening) for phrase in phrases), sorted(phrases)[:20]


@pytest.mark.parametrize(("value", "expected"), [(7_913, 8_000), (337, 340), (48_200, 50_000), (3, 3)])
def test_figures_are_rounded_like_a_source_rounds(value, expected):
    assert make_corpus.newsy_round(value) == expected
