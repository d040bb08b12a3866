"""The command other tools depend on: `python -m analysis build INPUT --out DIR`."""

from __future__ import annotations

import csv
import os
import subprocess
import sys

import pytest

from analysis.schema import CONTRACT_COLUMNS
from tests.conftest import ROOT, SEED_GOLD, SEEDS


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "analysis", *args], capture_output=True, text=True, cwd=ROOT,
                          timeout=600)


@pytest.fixture(scope="module")
def seed_out(tmp_path_factory):
    out = tmp_path_factory.mktemp("out")
    result = run("build", str(SEEDS), "--out", str(out), "--quiet")
    assert result.returncode == 0, result.stderr
    return out, result


def test_build_writes_the_contract_tables(seed_out):
    out, result = seed_out
    for table, columns in CONTRACT_COLUMNS.items():
        with (out / f"{table}.csv").open(encoding="utf-8") as handle:
            header = next(csv.reader(handle))
        assert header[: len(columns)] == columns
    assert result.stdout.strip().startswith("5 articles (5 ok, 0 skipped, 0 errors)")


def test_build_reads_a_single_file(tmp_path):
    result = run("build", str(SEEDS / "000_8710205b61c2e184.txt"), "--out", str(tmp_path), "--quiet")
    assert result.returncode == 0, result.stderr
    assert "1 articles (1 ok" in result.stdout


def test_build_fails_clearly_when_nothing_is_readable(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "empty.txt").write_text("   \n")
    result = run("build", str(tmp_path / "in"), "--out", str(tmp_path / "out"))
    assert result.returncode != 0
    assert "no readable article" in result.stderr
    assert "empty" in result.stderr


def test_build_fails_clearly_when_the_output_cannot_be_written(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    result = run("build", str(SEEDS), "--out", str(blocker / "out"), "--quiet", "--no-cache")
    assert result.returncode != 0
    assert "cannot write" in result.stderr


def test_build_with_parquet(tmp_path):
    result = run("build", str(SEEDS / "003_b2225c1f0ab56bcc.txt"), "--out", str(tmp_path), "--parquet", "--quiet")
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "claims.parquet").exists()


def test_model_option_names_a_missing_pipeline(tmp_path):
    result = run("build", str(SEEDS), "--out", str(tmp_path), "--model", "no_such_pipeline", "--quiet")
    assert result.returncode != 0
    assert "no_such_pipeline" in result.stderr


def test_model_environment_variable_is_honoured(tmp_path):
    env = {**os.environ, "CLAIMDESK_MODEL": "no_such_pipeline"}
    result = subprocess.run([sys.executable, "-m", "analysis", "build", str(SEEDS), "--out", str(tmp_path),
                             "--quiet"], capture_output=True, text=True, cwd=ROOT, env=env, timeout=600)
    assert result.returncode != 0
    assert "no_such_pipeline" in result.stderr


def test_eval_scores_a_built_folder(seed_out):
    out, _ = seed_out
    result = run("eval", str(SEED_GOLD), str(out))
    assert result.returncode == 0, result.stderr
    assert "quote_recall" in result.stdout
