"""The DuckDB path (analysis/store/query.py over a prepared folder) answers every page as the pandas path does."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from analysis.export import read_tables, write_tables
from analysis.filters import Filters
from analysis.store.parquet import index_path, prepare_folder
from analysis.store.query import FrameQueries, ParquetQueries
from tests.conftest import ROOT

BY = ("claimant_country", "claimant")
SEARCHES = ("", "troops", "we've", "THE", "said the", "zzzz-not-there", "’", "-")


def assert_same(left: object, right: object, what: str) -> None:
    if isinstance(left, pd.DataFrame):
        pd.testing.assert_frame_equal(left.reset_index(drop=True), right.reset_index(drop=True), obj=what)
    elif hasattr(left, "rows"):
        assert left.total == right.total, what
        assert_same(left.rows, right.rows, what)
    elif isinstance(left, tuple) and not hasattr(left, "_fields"):
        assert len(left) == len(right), what
        for number, (one, other) in enumerate(zip(left, right, strict=True)):
            assert_same(one, other, f"{what}[{number}]")
    elif hasattr(left, "_fields"):  # a NamedTuple of frames and notes
        for name in left._fields:
            assert_same(getattr(left, name), getattr(right, name), f"{what}.{name}")
    else:
        assert left == right, what


def filter_cases(options) -> list[Filters]:
    outlets = tuple(options.outlets[:2])
    middle = options.first_date + (options.last_date - options.first_date) / 2 if options.first_date else None
    return [
        Filters(),
        Filters(include_hypothetical=True),
        Filters(outlets=outlets),
        Filters(claimant_countries=tuple(options.claimant_countries[:1]), whats=tuple(options.whats[:2])),
        Filters(date_from=middle, locations=tuple(options.locations[-1:])),
        Filters(date_to=middle, claimants=tuple(options.claimants[:3])),
        Filters(include_rejected=True),
    ]


def compare_every_page(folder: Path) -> None:
    frames = FrameQueries(read_tables(folder))
    parquet = ParquetQueries(folder)
    options = frames.options()
    assert_same(options, parquet.options(), "filter options")
    assert_same(frames.problem_files(), parquet.problem_files(), "problem files")
    assert frames.n_files() == parquet.n_files()
    for filters in filter_cases(options):
        def same(name: str, *args: object, filters: Filters = filters) -> None:
            assert_same(getattr(frames, name)(filters, *args), getattr(parquet, name)(filters, *args),
                        f"{name}{args} with {filters}")

        for name in ("summary", "scoreboard", "articles_per_outlet", "n_quotes", "speaker_options",
                     "outlet_profiles", "article_choices", "filtered"):
            same(name)
        for background in (True, False):
            same("counted_choices", background)
            for what in (None, *options.whats[:1]):
                same("claims_page", what, background)
                same("timeline_points", what, background, "claimant_country")
                for colour_by in ("claimant_country", "claimant", "outlet")[: 3 if what is None else 1]:
                    same("n_points", what, background, colour_by)
                    same("weekly_estimates", what, background, colour_by)
        for by in BY:
            same("figure_comparison", by)
        same("statements", 65)
        for quote_ids in frames.statements(filters, 65).table["quote_ids"].head(2):
            same("statement_quotes", quote_ids)
        for text in SEARCHES:
            same("search", text)
        speakers, countries = frames.speaker_options(filters)
        same("search", "", tuple(speakers[:2]), (), True)
        same("search", "", (), tuple(countries[:1]), False)
    quote_ids = read_tables(folder).quotes["quote_id"].tolist()
    for quote_id in quote_ids[:: max(1, len(quote_ids) // 12)]:
        assert_same(frames.other_renderings(quote_id), parquet.other_renderings(quote_id), f"renderings {quote_id}")
    for article_id in read_tables(folder).articles["article_id"].head(3):
        assert_same(frames.article(article_id), parquet.article(article_id), f"article {article_id}")


@pytest.fixture(scope="module")
def seeds_folder(seed_tables, tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("seeds_built")
    write_tables(seed_tables, folder)
    prepare_folder(folder)
    return folder


@pytest.fixture(scope="module")
def rejected_folder(seed_tables, tmp_path_factory) -> Path:
    """The seeds with every third figure and quote rejected by an analyst."""
    folder = tmp_path_factory.mktemp("seeds_rejected")
    claims, quotes = seed_tables.claims.copy(), seed_tables.quotes.copy()
    claims.loc[claims.index % 3 == 0, "review_status"] = "rejected"
    quotes.loc[quotes.index % 3 == 0, "review_status"] = "rejected"
    write_tables(seed_tables._replace(claims=claims, quotes=quotes), folder)
    prepare_folder(folder)
    return folder


def test_rejected_rows_are_hidden_the_same_through_duckdb(rejected_folder):
    compare_every_page(rejected_folder)
    parquet = ParquetQueries(rejected_folder)
    hidden, shown = parquet.claims_page(Filters(), None, True), parquet.claims_page(Filters(include_rejected=True),
                                                                                    None, True)
    assert 0 < hidden.total < shown.total and "rejected" not in set(hidden.rows["review_status"])
    assert parquet.n_quotes(Filters()) < parquet.n_quotes(Filters(include_rejected=True))


@pytest.fixture(scope="module")
def synthetic_folder(tmp_path_factory) -> Path:
    """A small corpus from bench/make_corpus.py, built: 30 outlets, ranges, qualifiers, undated articles."""
    articles = tmp_path_factory.mktemp("synthetic_articles")
    folder = tmp_path_factory.mktemp("synthetic_built")
    subprocess.run([sys.executable, str(ROOT / "bench" / "make_corpus.py"), "16", str(articles), "--seed", "3"],
                   check=True, capture_output=True, timeout=120)
    subprocess.run([sys.executable, "-m", "analysis", "build", str(articles), "--out", str(folder), "--quiet",
                    "--no-cache", "--processes", "1"], check=True, capture_output=True, timeout=600, cwd=ROOT)
    prepare_folder(folder)
    return folder


def test_seeds_every_page_the_same_through_duckdb(seeds_folder):
    compare_every_page(seeds_folder)


def test_synthetic_corpus_every_page_the_same_through_duckdb(synthetic_folder):
    compare_every_page(synthetic_folder)


@pytest.fixture(scope="module")
def scaled_folder(seed_tables, tmp_path_factory) -> Path:
    """The seeds copied 30 times a day apart (bench/scale_tables.py): cells past their caps of days and quote ids."""
    seeds = tmp_path_factory.mktemp("seeds_to_scale")
    folder = tmp_path_factory.mktemp("seeds_scaled")
    write_tables(seed_tables, seeds)
    subprocess.run([sys.executable, str(ROOT / "bench" / "scale_tables.py"), str(seeds), str(folder),
                    "--factor", "30", "--shift-days", "1"], check=True, capture_output=True, timeout=120, cwd=ROOT)
    prepare_folder(folder)
    return folder


def test_capped_comparison_cells_are_the_same_through_duckdb(scaled_folder):
    frames, parquet = FrameQueries(read_tables(scaled_folder)), ParquetQueries(scaled_folder)
    for filters in filter_cases(frames.options())[:3]:
        for by in BY:
            assert_same(frames.figure_comparison(filters, by), parquet.figure_comparison(filters, by),
                        f"figure_comparison {by} with {filters}")
        assert_same(frames.statements(filters, 65), parquet.statements(filters, 65), f"statements with {filters}")
    matrix = parquet.figure_comparison(Filters(), "claimant_country")[0].rows
    statements = parquet.statements(Filters(), 65).table
    assert matrix["dates"].str.contains("more").any() and (statements["n_quotes"] > 50).any()


def test_the_unfiltered_comparison_comes_from_the_answers_index_wrote(scaled_folder, monkeypatch):
    expected = FrameQueries(read_tables(scaled_folder))
    figures = {by: expected.figure_comparison(Filters(), by) for by in BY}
    statements = expected.statements(Filters(), 65)
    profiles = expected.outlet_profiles(Filters())
    choices = expected.counted_choices(Filters(), True)
    what = choices[0]
    opening = [(name, getattr(expected, name)(Filters(), what, False, "claimant_country"))
               for name in ("n_points", "weekly_estimates")]
    figures_page = expected.claims_page(Filters(), what, False)
    assert (index_path(scaled_folder) / "answers" / "answers.json").is_file()
    parquet = ParquetQueries(scaled_folder)
    for name in ("_matrix", "_disagreements", "frame", "value"):  # nothing is asked of DuckDB
        monkeypatch.setattr(ParquetQueries, name, lambda *args, **options: pytest.fail("not stored"))
    for by in BY:
        assert_same(figures[by], parquet.figure_comparison(Filters(), by), f"stored figure_comparison {by}")
    assert_same(statements, parquet.statements(Filters(), 65), "stored statements")
    assert_same(profiles, parquet.outlet_profiles(Filters()), "stored outlet profiles")
    assert_same(choices, parquet.counted_choices(Filters(), True), "stored counted choices")
    for name, answer in opening:
        assert_same(answer, getattr(parquet, name)(Filters(), what, False, "claimant_country"), f"stored {name}")
    assert_same(figures_page, parquet.claims_page(Filters(), what, False), "stored figures of the Timeline")
    with pytest.raises(pytest.fail.Exception):  # any other view is asked of DuckDB
        parquet.claims_page(Filters(), what, True)
