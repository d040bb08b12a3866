"""The review commands of ../shared/CONTRACT.md ("Review"), run as a user runs them, on a real build."""

from __future__ import annotations

import csv
import os
import shutil
import subprocess
import sys

import pytest

from tests.conftest import ROOT

ARTICLE = (
    "Dock workers walk out over pay\n"
    "About 3,000 dock workers stopped work on Tuesday, the port authority said.\n"
    "The union said more than 4,500 members had joined the strike by the evening.\n"
    "\"We will stay out until the offer improves,\" said Aino Varga, the union's secretary.\n"
)
EXPORT_HEADER = ["id", "status", "note", "reviewed_at", "kind", "decision", "user", "field", "old", "new",
                 "article_id", "sentence", "wording", "recorded_id", "entry", "content_hash", "article_path",
                 "article_url", "article_title", "start", "end", "sentence_start"]


def run(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "analysis", *map(str, args)], capture_output=True, text=True,
                          cwd=ROOT, timeout=600, env={**os.environ, **(env or {})})


def rows(path) -> list[dict]:
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """A folder with one article and the tables built from it (no reviews yet)."""
    root = tmp_path_factory.mktemp("review-cli")
    (root / "articles").mkdir()
    (root / "articles" / "strike.txt").write_text(ARTICLE, encoding="utf-8")
    result = run("build", root / "articles", "--out", root / "out", "--quiet",
                 env={"CLAIMDESK_REVIEWS": str(root / "none.sqlite")})
    assert result.returncode == 0, result.stderr
    assert result.stdout.rstrip().endswith(f"; no review database at {root / 'none.sqlite'}")
    claims = {row["figure_text"]: row for row in rows(root / "out" / "claims.csv")}
    assert {"3,000", "4,500"} <= set(claims), claims
    return root, claims, rows(root / "out" / "quotes.csv")


@pytest.fixture
def work(built, tmp_path):
    """A copy of the articles and built tables of our own, and a database path."""
    root, claims, quotes = built
    shutil.copytree(root / "articles", tmp_path / "articles")
    shutil.copytree(root / "out", tmp_path / "out")
    return tmp_path, claims, quotes


def test_confirm_reject_and_set_record_one_entry_each(work):
    folder, claims, quotes = work
    db, out = folder / "reviews.sqlite", folder / "out"
    port, union = claims["3,000"]["claim_id"], claims["4,500"]["claim_id"]
    done = run("review", "--db", db, "--tables", out, "--user", "mara", "confirm", port, "--note", "matches")
    assert done.returncode == 0, done.stderr
    assert done.stdout == f"confirmed claim {port} (entry 1 by mara in {db})\n"
    done = run("review", "--db", db, "--tables", out, "--user", "mara", "reject", quotes[0]["quote_id"])
    assert done.stdout == f"rejected quote {quotes[0]['quote_id']} (entry 2 by mara in {db})\n"
    done = run("review", "--db", db, "--tables", out, "set", union, "claimant=dockers' union", "value_high=5000",
               "--note", "from the union's statement")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(f"corrected claim {union} (entry 3 by ")
    assert f"; claimant: '{claims['4,500']['claimant']}' -> 'dockers' union'; value_high: '' -> '5000'" in done.stdout
    # the options may also follow the action
    done = run("review", "confirm", port, "--db", db, "--tables", out, "--user", "oskar")
    assert done.stdout == f"confirmed claim {port} (entry 4 by oskar in {db})\n"

    exported = folder / "reviews.csv"
    done = run("review", "--db", db, "--tables", out, "export", exported)
    assert done.returncode == 0, done.stderr
    assert done.stdout == f"wrote 5 rows (4 entries) from {db} to {exported}\n"
    table = rows(exported)
    assert list(table[0]) == EXPORT_HEADER
    assert [(r["id"], r["status"], r["field"], r["new"]) for r in table] == [
        (port, "confirmed", "", ""), (quotes[0]["quote_id"], "rejected", "", ""),
        (union, "corrected", "claimant", "dockers' union"), (union, "corrected", "value_high", "5000"),
        (port, "confirmed", "", ""),
    ]
    assert table[0]["note"] == "matches" and table[0]["user"] == "mara" and table[0]["reviewed_at"]
    assert table[2]["sentence"] == claims["4,500"]["sentence"] and table[2]["wording"] == "4,500"


def test_an_unknown_id_or_a_bad_value_is_refused_and_nothing_written(work):
    folder, claims, _ = work
    db, out = folder / "reviews.sqlite", folder / "out"
    missing = run("review", "--db", db, "--tables", out, "confirm", "strike:c9999")
    assert missing.returncode == 1
    assert f"no claim or quote with id strike:c9999 in the tables in {out}" in missing.stderr
    port = claims["3,000"]["claim_id"]
    for pair, message in (("qualifier=roughly", "qualifier: 'roughly' is not one of exact, approx"),
                          ("value=many", "value: 'many' is not a whole number"),
                          ("date_said=Tuesday", "date_said: 'Tuesday' is not a date written YYYY-MM-DD"),
                          ("hypothetical=perhaps", "hypothetical: 'perhaps' is neither true nor false"),
                          ("speaker=Aino Varga", "unknown field 'speaker' for a claim"),
                          ("claimant", "expected FIELD=VALUE")):
        refused = run("review", "--db", db, "--tables", out, "set", port, pair)
        assert refused.returncode == 2, pair
        assert refused.stderr.startswith("error: ") and message in refused.stderr, refused.stderr
        assert "Traceback" not in refused.stderr
    no_tables = run("review", "--db", db, "--tables", folder / "nowhere", "confirm", port)
    assert no_tables.returncode == 2 and "no built tables in" in no_tables.stderr
    export = run("review", "--db", db, "--tables", out, "export", folder / "reviews.csv")
    assert export.stdout.startswith("wrote 0 rows (0 entries)")


def test_export_is_formula_safe_and_import_adds_each_entry_once(work):
    folder, claims, _ = work
    db, other, out = folder / "reviews.sqlite", folder / "other.sqlite", folder / "out"
    run("review", "--db", db, "--tables", out, "set", claims["3,000"]["claim_id"], "claimant=+port authority",
        "--note", "=HYPERLINK(\"http://example.com\")")
    run("review", "--db", db, "--tables", out, "export", folder / "reviews.csv")
    raw = (folder / "reviews.csv").read_text(encoding="utf-8")
    assert "'+port authority" in raw and "'=HYPERLINK" in raw
    first = run("review", "--db", other, "import", folder / "reviews.csv")
    assert first.returncode == 0, first.stderr
    assert first.stdout == f"imported 1 new entries from {folder / 'reviews.csv'} into {other}\n"
    assert "imported 0 new entries" in run("review", "--db", other, "import", folder / "reviews.csv").stdout
    run("review", "--db", other, "--tables", out, "export", folder / "again.csv")
    assert rows(folder / "again.csv")[0]["new"] == "'+port authority"
    assert rows(folder / "again.csv")[0]["note"] == rows(folder / "reviews.csv")[0]["note"]


def test_build_applies_reviews_after_a_rebuild_and_after_the_article_is_edited(work):
    folder, claims, _ = work
    db, out, articles = folder / "reviews.sqlite", folder / "out", folder / "articles"
    port, union = claims["3,000"]["claim_id"], claims["4,500"]["claim_id"]
    run("review", "--db", db, "--tables", out, "set", port, "claimant=Port of Tallinn authority", "value=3100")
    run("review", "--db", db, "--tables", out, "reject", union)

    built = run("build", articles, "--out", out, "--review", db, "--quiet", "--no-cache")
    assert built.returncode == 0, built.stderr
    assert built.stdout.rstrip().endswith(f"; reviews from {db}: 0 confirmed, 1 corrected, 1 rejected, 0 orphaned")
    table = {row["claim_id"]: row for row in rows(out / "claims.csv")}
    assert (table[port]["claimant"], table[port]["value"]) == ("Port of Tallinn authority", "3100")
    assert (table[port]["review_status"], table[port]["reviewed_fields"]) == ("corrected", "claimant|value")
    assert table[union]["review_status"] == "rejected"  # rejected rows stay
    assert {row["review_status"] for row in rows(out / "quotes.csv")} == {"unreviewed"}

    edited = ARTICLE.replace("Dock workers walk out over pay\n",
                             "Dock workers walk out over pay\nShips queued outside the harbour all morning.\n")
    (articles / "strike.txt").write_text(edited.replace("the port authority said", "the port authority stated"),
                                         encoding="utf-8")
    # no --review: the default database (here $CLAIMDESK_REVIEWS) is applied, and the summary says so
    rebuilt = run("build", articles, "--out", out, "--quiet", env={"CLAIMDESK_REVIEWS": str(db)})
    assert rebuilt.returncode == 0, rebuilt.stderr
    assert rebuilt.stdout.rstrip().endswith(f"; reviews from {db}: 0 confirmed, 1 corrected, 1 rejected, 0 orphaned")
    moved = {row["figure_text"]: row for row in rows(out / "claims.csv")}
    assert moved["3,000"]["claim_id"] != port
    assert (moved["3,000"]["claimant"], moved["3,000"]["review_status"]) == ("Port of Tallinn authority",
                                                                             "corrected")
    assert moved["4,500"]["review_status"] == "rejected"
    # the last build is remembered: ids resolve without --tables
    confirmed = run("review", "--db", db, "confirm", moved["4,500"]["claim_id"])
    assert confirmed.returncode == 0, confirmed.stderr
    run("review", "--db", db, "export", folder / "reviews.csv")
    assert {row["id"] for row in rows(folder / "reviews.csv")} == {moved["3,000"]["claim_id"],
                                                                   moved["4,500"]["claim_id"]}


def test_a_foreign_database_stops_the_build_and_the_review_and_is_left_alone(work):
    folder, claims, _ = work
    foreign = folder / "notes.sqlite"
    foreign.write_text("id,body\n1,keep me\n", encoding="utf-8")
    before = foreign.read_bytes()
    built = run("build", folder / "articles", "--out", folder / "new-out", "--review", foreign, "--quiet")
    assert built.returncode == 2
    assert built.stderr.startswith(f"error: {foreign} is not a SQLite database") and "Traceback" not in built.stderr
    assert not (folder / "new-out").exists()
    refused = run("review", "--db", foreign, "--tables", folder / "out", "confirm", claims["3,000"]["claim_id"])
    assert refused.returncode == 2 and "left unchanged" in refused.stderr
    assert foreign.read_bytes() == before
