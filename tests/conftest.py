"""Shared fixtures: the spaCy pipeline and the seed build are made once per test session."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from pathlib import Path

import pytest

# a team server's settings in the developer's shell would put a login in front of every page test
for _setting in ("CLAIMDESK_USERS", "CLAIMDESK_SESSION_MINUTES"):
    os.environ.pop(_setting, None)
# builds and pages apply the default review database: the tests get their own, never the developer's
_REVIEWS = tempfile.mkdtemp(prefix="claimdesk-test-reviews-")
atexit.register(shutil.rmtree, _REVIEWS, ignore_errors=True)
os.environ["CLAIMDESK_REVIEWS"] = os.path.join(_REVIEWS, "reviews.sqlite")

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
HELDOUT = ROOT / "tests" / "heldout"
FRESH = ROOT / "tests" / "fresh"  # held-out sets written after the rules, one folder each
SEED_GOLD = ROOT / "tests" / "gold" / "seeds_gold.json"  # a copy of ../shared/gold, so a clone is self-contained


@pytest.fixture(scope="session")
def nlp():
    from analysis.nlp import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return SEEDS


@pytest.fixture(scope="session")
def seed_tables():
    from analysis.tables import build_tables

    return build_tables(SEEDS)


def write_file(folder: Path, name: str, content: str | bytes) -> Path:
    """Write text (UTF-8) or bytes to folder/name, making folders as needed."""
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


@pytest.fixture
def make_corpus(tmp_path):
    """Write {relative name: text or bytes} into a fresh folder and return it."""

    def write(files: dict[str, str | bytes]) -> Path:
        for name, content in files.items():
            write_file(tmp_path, name, content)
        return tmp_path

    return write
