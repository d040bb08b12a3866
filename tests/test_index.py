"""`python -m analysis index DIR`: a CSV-only built folder prepared for DuckDB, atomically, once."""

from __future__ import annotations

import subprocess
import sys

import pandas as pd
import pytest

from analysis.export import read_tables, write_tables
from analysis.filters import Filters
from analysis.store import parquet
from analysis.store.parquet import is_prepared, prepare_folder
from analysis.store.query import FrameQueries, ParquetQueries
from tests.conftest import ROOT


def listing(folder) -> dict[str, tuple[int, int]]:
    return {str(path.relative_to(folder)): (path.stat().st_size, path.stat().st_mtime_ns)
            for path in sorted(folder.rglob("*"))}


@pytest.fixture
def csv_folder(seed_tables, tmp_path):
    """A built folder as another tool would write it: the contract's three CSV files, nothing else."""
    write_tables(seed_tables, tmp_path)
    return tmp_path


def run_index(folder, *options: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "analysis", "index", str(folder), *options], cwd=ROOT,
                          capture_output=True, text=True, timeout=300)


def test_index_prepares_a_csv_only_folder_then_does_nothing_the_second_time(csv_folder, seed_tables):
    first = run_index(csv_folder)
    assert first.returncode == 0, first.stderr
    assert first.stdout.startswith("prepared: 5 articles"), first.stdout
    assert is_prepared(csv_folder)
    assert sorted(path.name for path in (csv_folder / "index").iterdir()) == [
        "answers", "articles", "claims", "index.json", "postings.parquet", "quotes", "terms.parquet"]
    assert any(path.name.startswith("month=2024-") for path in (csv_folder / "index" / "claims").iterdir())
    before = listing(csv_folder)
    second = run_index(csv_folder)
    assert second.returncode == 0, second.stderr
    assert second.stdout.startswith("already prepared"), second.stdout
    assert listing(csv_folder) == before
    claims = ParquetQueries(csv_folder).claims(Filters(include_hypothetical=True))
    assert sorted(claims["claim_id"]) == sorted(seed_tables.claims["claim_id"])


def test_a_changed_table_is_prepared_again(csv_folder):
    prepare_folder(csv_folder)
    claims = pd.read_csv(csv_folder / "claims.csv", dtype=str, keep_default_na=False)
    claims.head(3).to_csv(csv_folder / "claims.csv", index=False)
    assert not is_prepared(csv_folder)
    assert prepare_folder(csv_folder).rows["claims"] == 3
    stored = ParquetQueries(csv_folder).figure_comparison(Filters(), "claimant")[0]  # the answers went with it
    assert stored.total == len(FrameQueries(read_tables(csv_folder)).figure_comparison(Filters(), "claimant")[0].rows)


def test_an_interrupted_index_leaves_the_folder_as_it_was(csv_folder, monkeypatch):
    def interrupted(staging):
        raise KeyboardInterrupt

    before = listing(csv_folder)
    monkeypatch.setattr(parquet, "_write_index", interrupted)
    with pytest.raises(KeyboardInterrupt):
        prepare_folder(csv_folder)
    assert listing(csv_folder) == before  # no index, no half-written leftovers


def test_an_interrupted_reindex_keeps_the_old_index(csv_folder, monkeypatch):
    prepare_folder(csv_folder)
    before = listing(csv_folder)
    monkeypatch.setattr(parquet, "_write_index", lambda staging: (_ for _ in ()).throw(OSError("disk full")))
    with pytest.raises(OSError):
        prepare_folder(csv_folder, force=True)
    assert listing(csv_folder) == before
    assert is_prepared(csv_folder)


def test_review_columns_survive_the_index(csv_folder):
    claims = pd.read_csv(csv_folder / "claims.csv", dtype=str, keep_default_na=False)
    status = ["confirmed" if number == 0 else "unreviewed" for number in range(len(claims))]
    claims.assign(review_status=status, reviewed_fields="").to_csv(csv_folder / "claims.csv", index=False)
    prepare_folder(csv_folder)
    shown = ParquetQueries(csv_folder).claims(Filters(include_hypothetical=True))
    assert shown.loc[shown["claim_id"] == claims.at[0, "claim_id"], "review_status"].tolist() == ["confirmed"]
    assert set(shown["review_status"]) == {"confirmed", "unreviewed"}


def test_index_refuses_a_folder_without_tables(tmp_path):
    result = run_index(tmp_path, "--quiet")
    assert result.returncode == 2
    assert "build the tables first" in result.stderr
