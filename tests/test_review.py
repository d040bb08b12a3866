"""The review database (analysis/store/reviewdb.py), anchoring and applying reviews (analysis/store/review.py).

Tables here are made by hand from a short article of our own, with ids as the build makes them
(article:c<offset>), so each test shows exactly which text change an entry has to survive.
"""

from __future__ import annotations

import contextlib
import csv
import multiprocessing
import signal
import sqlite3
import subprocess
import sys
import textwrap
import threading

import pandas as pd
import pytest

from analysis.schema import Tables, conform
from analysis.store import reviewdb
from analysis.store.review import (
    EXPORT_COLUMNS,
    ReviewError,
    apply_reviews,
    default_db,
    export_csv,
    field_precision,
    history,
    import_csv,
    item_by_id,
    open_reviews,
    orphans,
    progress,
)
from tests.conftest import ROOT

LEAD = "Marchers filled the square on Saturday."
POLICE = "Police said about 5,000 people joined the march through the city centre."
UNION = "The union counted 40,000 marchers and 300 stewards along the route."
QUOTE_SENTENCE = '"We were everywhere," said Lena Fisk, a spokeswoman for the union.'
TEXT = "\n".join(["Thousands march in the capital", LEAD, POLICE, UNION, QUOTE_SENTENCE])


def tables_for(text: str, article_id: str = "march", path: str | None = None, title: str = "Thousands march",
               claimants: dict[str, str] | None = None) -> Tables:
    """The tables a build would give for `text`: each figure of FIGURES that is in it, and the quotation."""
    claimants = claimants or {}
    claims, quotes = [], []
    for sentence_start in range(len(text)):
        if sentence_start and text[sentence_start - 1] != "\n":
            continue
        sentence = text[sentence_start:].split("\n", 1)[0]
        for figure, value, claimant, offset in ((*f, o) for f in FIGURES for o in _offsets(sentence, f[0])):
            start = sentence_start + offset
            claims.append({"claim_id": f"{article_id}:c{start}", "article_id": article_id, "value": value,
                           "qualifier": "exact", "what": "other", "claimant": claimants.get(figure, claimant),
                           "claimant_country": "", "hypothetical": False, "sentence": sentence, "start": start,
                           "end": start + len(figure), "figure_text": figure, "sentence_start": sentence_start,
                           "outlet": "Daily Post"})
        if sentence.startswith('"'):
            quote = sentence[1:sentence.index(',"')]
            quotes.append({"quote_id": f"{article_id}:q{sentence_start + 1}", "article_id": article_id,
                           "quote": quote, "speaker": "Lena Fisk", "speaker_country": "", "sentence": sentence,
                           "start": sentence_start + 1, "end": sentence_start + 1 + len(quote),
                           "sentence_start": sentence_start, "outlet": "Daily Post"})
    articles = [{"article_id": article_id, "title": title, "outlet": "Daily Post", "status": "ok",
                 "path": path or f"{article_id}.txt", "content_hash": str(hash(text)), "text": text}]
    return Tables(conform(articles, "articles"), conform(quotes, "quotes"), conform(claims, "claims"))


def _offsets(sentence: str, figure: str) -> list[int]:
    found, offset = [], sentence.find(figure)
    while offset >= 0:
        found.append(offset)
        offset = sentence.find(figure, offset + 1)
    return found


FIGURES = [("5,000", 5000, "police"), ("40,000", 40000, "the union"), ("300", 300, "the union")]


@pytest.fixture
def reviews(tmp_path):
    with open_reviews(tmp_path / "reviews.sqlite") as opened:
        yield opened


def review(reviews, tables: Tables, item_id: str, decision: str, fields=None, **kw) -> int:
    kind, row, article = item_by_id(tables, item_id)
    return reviews.record(kind, row, article, decision, fields, **kw)


def claim(tables: Tables, figure: str) -> pd.Series:
    return tables.claims.loc[tables.claims["figure_text"] == figure].iloc[0]


# ---------------------------------------------------------------- applying


def test_corrections_confirmations_and_rejections_are_applied(reviews):
    tables = tables_for(TEXT)
    police, union = claim(tables, "5,000")["claim_id"], claim(tables, "40,000")["claim_id"]
    review(reviews, tables, police, "corrected", {"claimant": "city police", "value": "5,500"}, user="mara")
    review(reviews, tables, union, "rejected", note="a count of the union's own members")
    review(reviews, tables, tables.quotes.at[0, "quote_id"], "confirmed")
    reviewed = apply_reviews(tables, reviews)
    police_row = reviewed.claims.set_index("claim_id").loc[police]
    assert (police_row["claimant"], police_row["value"]) == ("city police", 5500)
    assert (police_row["review_status"], police_row["reviewed_fields"]) == ("corrected", "claimant|value")
    assert reviewed.claims.set_index("claim_id").at[union, "review_status"] == "rejected"  # kept, marked
    assert len(reviewed.claims) == len(tables.claims)
    assert reviewed.claims.set_index("figure_text").at["300", "review_status"] == "unreviewed"
    assert reviewed.quotes.at[0, "review_status"] == "confirmed"
    assert reviewed.claims["value"].dtype == "Int64" and reviewed.claims["review_status"].dtype == "string"


def test_every_decision_is_a_new_row_and_the_fields_of_all_of_them_apply(reviews):
    tables = tables_for(TEXT)
    police = claim(tables, "5,000")["claim_id"]
    review(reviews, tables, police, "corrected", {"claimant": "city police"})
    review(reviews, tables, police, "rejected")
    review(reviews, tables, police, "corrected", {"value": "5200"}, note="second look")
    review(reviews, tables, police, "confirmed")
    row = apply_reviews(tables, reviews).claims.set_index("claim_id").loc[police]
    # confirmed after corrections: the corrected values are what was confirmed
    assert (row["claimant"], row["value"], row["review_status"]) == ("city police", 5200, "corrected")
    past = history(reviews)
    assert list(past.columns) == ["when", "user", "kind", "id", "decision", "field", "old", "new", "note"]
    assert past["decision"].tolist() == ["confirmed", "corrected", "rejected", "corrected"]  # newest first
    assert past.loc[past["field"] == "claimant", ["old", "new"]].values.tolist() == [["police", "city police"]]


def test_a_correction_the_tool_now_makes_itself_is_no_correction(reviews):
    tables = tables_for(TEXT)
    police = claim(tables, "5,000")["claim_id"]
    review(reviews, tables, police, "corrected", {"claimant": "city police"})
    improved = tables_for(TEXT, claimants={"5,000": "city police"})
    row = apply_reviews(improved, reviews).claims.set_index("claim_id").loc[police]
    assert (row["review_status"], row["reviewed_fields"]) == ("confirmed", "")


def test_applying_to_tables_that_already_carry_the_reviews_changes_nothing(reviews):
    tables = tables_for(TEXT)
    review(reviews, tables, claim(tables, "5,000")["claim_id"], "corrected", {"claimant": "city police"})
    reviews.add_claim(tables.articles.iloc[0], LEAD, {"value": "12", "what": "other"})
    once = apply_reviews(tables, reviews)
    twice = apply_reviews(once, reviews)
    pd.testing.assert_frame_equal(once.claims, twice.claims)
    pd.testing.assert_frame_equal(once.quotes, twice.quotes)


def test_a_corrected_flag_records_the_tools_value_in_the_same_spelling(reviews):
    tables = tables_for(TEXT)
    review(reviews, tables, claim(tables, "5,000")["claim_id"], "corrected", {"hypothetical": "true"})
    change = reviews.changes().iloc[0]
    assert (change["field"], change["old"], change["new"]) == ("hypothetical", "false", "true")


def test_typed_values_take_the_columns_dtypes(reviews):
    tables = tables_for(TEXT)
    review(reviews, tables, claim(tables, "5,000")["claim_id"], "corrected",
           {"date_said": "2024-11-02", "hypothetical": "TRUE", "qualifier": "Approx", "value_high": "6000"})
    row = apply_reviews(tables, reviews).claims.iloc[0]
    assert row["date_said"] == pd.Timestamp("2024-11-02")
    assert row["hypothetical"] is True or row["hypothetical"] == True  # noqa: E712 (pandas' boolean)
    assert (row["qualifier"], row["value_high"]) == ("approx", 6000)


# ---------------------------------------------------------------- anchoring


def test_an_edit_above_the_figure_moves_its_id_and_the_correction_follows(reviews):
    tables = tables_for(TEXT)
    old_id = claim(tables, "5,000")["claim_id"]
    review(reviews, tables, old_id, "corrected", {"claimant": "city police"})
    edited = tables_for(TEXT.replace(LEAD, LEAD + "\nThe march began at noon near the old bridge."))
    new_id = claim(edited, "5,000")["claim_id"]
    assert new_id != old_id
    row = apply_reviews(edited, reviews).claims.set_index("claim_id").loc[new_id]
    assert (row["claimant"], row["review_status"]) == ("city police", "corrected")
    assert orphans(edited, reviews).empty


def test_a_word_changed_in_the_sentence_still_finds_the_figure(reviews):
    tables = tables_for(TEXT)
    review(reviews, tables, claim(tables, "5,000")["claim_id"], "rejected")
    review(reviews, tables, tables.quotes.at[0, "quote_id"], "corrected", {"speaker": "Lena Fisk-Moor"})
    edited = tables_for(TEXT.replace("Police said about", "Police estimated that about")
                        .replace("a spokeswoman", "the spokeswoman"))
    reviewed = apply_reviews(edited, reviews)
    assert claim(reviewed, "5,000")["review_status"] == "rejected"
    assert reviewed.quotes.at[0, "speaker"] == "Lena Fisk-Moor"
    assert orphans(edited, reviews).empty


def test_a_word_changed_inside_a_quotation_still_finds_it(reviews):
    tables = tables_for(TEXT)
    review(reviews, tables, tables.quotes.at[0, "quote_id"], "corrected", {"speaker_country": "Estonia"})
    edited = tables_for(TEXT.replace("We were everywhere", "We were truly everywhere"))
    assert apply_reviews(edited, reviews).quotes.at[0, "speaker_country"] == "Estonia"


def test_a_deleted_sentence_orphans_its_entry_which_is_listed_and_exported(reviews, tmp_path):
    tables = tables_for(TEXT)
    review(reviews, tables, claim(tables, "5,000")["claim_id"], "corrected", {"claimant": "city police"},
           note="see the police statement")
    edited = tables_for(TEXT.replace(POLICE + "\n", ""))
    reviewed = apply_reviews(edited, reviews)
    assert "city police" not in set(reviewed.claims["claimant"])
    lost = orphans(edited, reviews)
    assert lost[["id", "decision", "note"]].values.tolist() == [[claim(tables, "5,000")["claim_id"], "corrected",
                                                                  "see the police statement"]]
    export_csv(reviews, edited, tmp_path / "out.csv")
    rows = list(csv.DictReader((tmp_path / "out.csv").open(encoding="utf-8")))
    assert [row["status"] for row in rows] == ["orphaned"]
    # the sentence comes back: so does the correction
    assert claim(apply_reviews(tables, reviews), "5,000")["claimant"] == "city police"


def test_a_different_figure_that_moved_onto_the_id_gets_nothing(reviews):
    tables = tables_for(TEXT)
    police = claim(tables, "5,000")
    review(reviews, tables, police["claim_id"], "corrected", {"claimant": "city police"})
    # "5,000" deleted; another figure now sits at exactly its offset
    shifted = TEXT.replace(POLICE, POLICE.replace("about 5,000 people", "300 people"))
    edited = tables_for(shifted.replace("Police said 300", "Police said " + " " * 6 + "300"))
    assert police["claim_id"] in set(edited.claims["claim_id"])
    assert "city police" not in set(apply_reviews(edited, reviews).claims["claimant"])
    assert len(orphans(edited, reviews)) == 1


def test_an_article_renamed_is_found_by_its_path_or_content(reviews):
    tables = tables_for(TEXT)
    review(reviews, tables, claim(tables, "5,000")["claim_id"], "corrected", {"claimant": "city police"})
    renamed = tables_for(TEXT, article_id="march-2", path="march.txt")
    assert claim(apply_reviews(renamed, reviews), "5,000")["claimant"] == "city police"


def test_two_equal_figures_in_one_sentence_keep_their_own_reviews(reviews):
    twice = TEXT.replace(UNION, "The union counted 300 stewards on foot and 300 more on bicycles.")
    tables = tables_for(twice)
    first, second = tables.claims.loc[tables.claims["figure_text"] == "300", "claim_id"]
    review(reviews, tables, second, "corrected", {"what": "stewards"})
    edited = tables_for(twice.replace(LEAD, LEAD + " It rained."))
    stewards = apply_reviews(edited, reviews).claims.query("figure_text == '300'")["what"].tolist()
    assert stewards == ["other", "stewards"]


# ---------------------------------------------------------------- added figures


def test_an_added_figure_is_a_row_with_a_new_id_that_follows_its_sentence(reviews):
    tables = tables_for(TEXT)
    new_id = reviews.add_claim(tables.articles.iloc[0], LEAD, {"value": "12000", "claimant": "organisers",
                                                               "what": "other", "figure_text": "Marchers"})
    assert new_id.startswith("march:r") and new_id not in set(tables.claims["claim_id"])
    row = apply_reviews(tables, reviews).claims.set_index("claim_id").loc[new_id]
    assert (row["value"], row["claimant"], row["figure_text"]) == (12000, "organisers", "Marchers")
    assert TEXT[row["start"]:row["end"]] == "Marchers"
    review(reviews, apply_reviews(tables, reviews), new_id, "corrected", {"value": "15000"})
    edited = tables_for(TEXT.replace(LEAD, "Rain fell all morning.\n" + LEAD))
    moved = apply_reviews(edited, reviews).claims.set_index("claim_id").loc[new_id]
    assert (moved["value"], moved["review_status"]) == (15000, "corrected")
    assert edited.articles.at[0, "text"][moved["start"]:moved["end"]] == "Marchers"
    gone = tables_for(TEXT.replace(LEAD + "\n", ""))
    assert new_id not in set(apply_reviews(gone, reviews).claims["claim_id"])
    assert set(orphans(gone, reviews)["id"]) == {new_id}


def test_an_added_figure_the_tool_later_finds_is_not_shown_twice(reviews):
    tables = tables_for(TEXT.replace("and 300 stewards", "and three hundred stewards"))
    reviews.add_claim(tables.articles.iloc[0], UNION.replace("300", "three hundred"),
                      {"value": "300", "what": "stewards", "figure_text": "three hundred"})
    FIGURES.append(("three hundred", 300, "the union"))
    try:
        found = tables_for(TEXT.replace("and 300 stewards", "and three hundred stewards"))
    finally:
        FIGURES.pop()
    reviewed = apply_reviews(found, reviews)
    assert len(reviewed.claims) == len(found.claims)
    assert reviewed.claims.set_index("figure_text").at["three hundred", "what"] == "stewards"


def test_an_added_figure_needs_its_value_and_its_sentence(reviews):
    article = tables_for(TEXT).articles.iloc[0]
    with pytest.raises(ReviewError, match="value"):
        reviews.add_claim(article, LEAD, {"claimant": "organisers"})
    with pytest.raises(ReviewError, match="sentence"):
        reviews.add_claim(article, "A sentence from another article.", {"value": "3"})
    assert len(reviews) == 0


# ---------------------------------------------------------------- values


@pytest.mark.parametrize(("kind", "field", "value", "named"), [
    ("claim", "value", "about 5000", "value"),
    ("claim", "value", "-3", "value"),
    ("claim", "value", "", "value"),
    ("claim", "value_high", "6.5", "value_high"),
    ("claim", "qualifier", "roughly", "qualifier"),
    ("claim", "date_said", "2 November 2024", "date_said"),
    ("claim", "date_said", "2024-02-30", "date_said"),
    ("claim", "hypothetical", "maybe", "hypothetical"),
    ("claim", "what", "", "what"),
    ("claim", "claimant", "two\nlines", "claimant"),
    ("claim", "speaker", "Jo Rey", "speaker"),  # a quote's field on a claim
    ("quote", "value", "3", "value"),
    ("claim", "colour", "red", "colour"),
])
def test_invalid_values_are_refused_naming_the_field(reviews, kind, field, value, named):
    tables = tables_for(TEXT)
    item = claim(tables, "5,000")["claim_id"] if kind == "claim" else tables.quotes.at[0, "quote_id"]
    with pytest.raises(ReviewError, match=named):
        review(reviews, tables, item, "corrected", {field: value})
    assert len(reviews) == 0


def test_a_range_that_ends_below_its_start_is_refused(reviews):
    tables = tables_for(TEXT)
    with pytest.raises(ReviewError, match="value_high: 4000 is below value 5000"):
        review(reviews, tables, claim(tables, "5,000")["claim_id"], "corrected", {"value_high": "4000"})


@pytest.mark.parametrize(("field", "value", "stored"), [
    ("value", "8,000", "8000"), ("value_high", "", ""), ("qualifier", " Upper ", "upper"),
    ("hypothetical", "False", "false"), ("date_said", "2024-11-02", "2024-11-02"), ("location", " Kursk ", "Kursk"),
])
def test_valid_values_are_stored_in_one_spelling(field, value, stored):
    assert reviewdb.field_value("claim", field, value) == stored


def test_decisions_and_fields_must_agree(reviews):
    tables = tables_for(TEXT)
    police = claim(tables, "5,000")["claim_id"]
    with pytest.raises(ReviewError, match="at least one"):
        review(reviews, tables, police, "corrected", {})
    with pytest.raises(ReviewError, match="only a correction"):
        review(reviews, tables, police, "confirmed", {"claimant": "x"})
    with pytest.raises(ReviewError, match="unknown decision"):
        review(reviews, tables, police, "approved")


# ---------------------------------------------------------------- the file


def test_the_default_database_follows_the_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("CLAIMDESK_REVIEWS", str(tmp_path / "mine.sqlite"))
    assert default_db() == tmp_path / "mine.sqlite"
    monkeypatch.delenv("CLAIMDESK_REVIEWS")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    assert default_db() == tmp_path / "data" / "claimdesk" / "reviews.sqlite"
    monkeypatch.delenv("XDG_DATA_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert default_db() == tmp_path / "home" / ".local" / "share" / "claimdesk" / "reviews.sqlite"


def _foreign_sqlite(path):
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE notes (body TEXT)")
        db.execute("INSERT INTO notes VALUES ('keep me')")
    return path


def _damaged_claimdesk(path):
    with open_reviews(path) as opened:  # some forty pages of entries
        opened.import_entries([({"reviewed_at": str(n), "kind": "claim", "item_id": "a:c1", "decision": "confirmed",
                                 "note": "x" * 4000}, {}) for n in range(40)])
    data = bytearray(path.read_bytes())
    data[4096 * 2:4096 * 4] = b"\xff" * 8192  # pages in the middle overwritten
    path.write_bytes(bytes(data))
    return path


def _newer_claimdesk(path):
    open_reviews(path).close()
    with contextlib.closing(sqlite3.connect(path)) as db:
        db.execute(f"PRAGMA user_version = {len(reviewdb.MIGRATIONS) + 1}")
    return path


@pytest.mark.parametrize(("make", "message"), [
    (lambda path: path.write_text("claimant,value\nJo,3\n") and path, "not a SQLite database"),
    (lambda path: path.write_bytes(b"\x00\x01binary" * 50) and path, "not a SQLite database"),
    (lambda path: path.write_bytes(b"SQLite format 3\x00" + b"\x00" * 84) and path, "damaged"),
    (_foreign_sqlite, "another program"),
    (_damaged_claimdesk, "damaged"),
    (_newer_claimdesk, "newer claimdesk"),
])
def test_a_foreign_or_damaged_file_is_refused_and_left_unchanged(tmp_path, make, message):
    path = make(tmp_path / "reviews.sqlite")
    before = path.read_bytes()
    with pytest.raises(ReviewError, match=message) as refused:
        open_reviews(path)
    assert "left unchanged" in str(refused.value)
    assert path.read_bytes() == before
    assert not (tmp_path / "reviews.sqlite-wal").exists()


def test_a_folder_is_refused(tmp_path):
    with pytest.raises(ReviewError, match="is a folder"):
        open_reviews(tmp_path)


def test_the_file_is_marked_and_migrated(tmp_path):
    path = tmp_path / "reviews.sqlite"
    with sqlite3.connect(path) as db:  # a file of the first schema, with one entry
        reviewdb.MIGRATIONS[0](db)
        db.execute("PRAGMA user_version = 1")
        db.execute("INSERT INTO entries (reviewed_at, kind, item_id, decision) VALUES ('2024-01-01', 'claim', "
                   "'a:c1', 'confirmed')")
    open_reviews(path).close()
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == len(reviewdb.MIGRATIONS)
        assert db.execute("PRAGMA application_id").fetchone()[0] == reviewdb.APPLICATION_ID
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert db.execute("SELECT item_id FROM entries").fetchall() == [("a:c1",)]
        indexes = {name for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert "entries_by_item" in indexes


# ---------------------------------------------------------------- two writers, a crash, a lock


def _write_many(path: str, user: str, count: int) -> None:
    tables = tables_for(TEXT)
    with open_reviews(path) as opened:
        for number in range(count):
            review(opened, tables, claim(tables, "5,000")["claim_id"], "corrected",
                   {"claimant": f"{user} {number}", "value": str(number)}, user=user)


def test_two_processes_writing_at_once_lose_nothing(tmp_path):
    path = str(tmp_path / "reviews.sqlite")
    context = multiprocessing.get_context("spawn")
    writers = [context.Process(target=_write_many, args=(path, user, 100)) for user in ("mara", "oskar")]
    for writer in writers:
        writer.start()
    for writer in writers:
        writer.join(timeout=300)
    assert [writer.exitcode for writer in writers] == [0, 0]
    with open_reviews(path) as opened:
        entries, changes = opened.entries(), opened.changes()
    assert entries["user"].value_counts().to_dict() == {"mara": 100, "oskar": 100}
    assert len(changes) == 400
    for user in ("mara", "oskar"):
        assert set(changes.loc[changes["field"] == "claimant", "new"]) >= {f"{user} {n}" for n in range(100)}


def test_two_threads_sharing_one_connection_lose_nothing(reviews):
    tables = tables_for(TEXT)
    threads = [threading.Thread(target=lambda: [review(reviews, tables, tables.quotes.at[0, "quote_id"], "confirmed")
                                                for _ in range(50)]) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(reviews) == 100


def _kill_after(script: str, path, lines: list[str]) -> None:
    """Run `script` on the database at `path` and SIGKILL it once it has printed `lines`."""
    writer = subprocess.Popen([sys.executable, "-c", script, str(path)], cwd=ROOT, stdout=subprocess.PIPE, text=True)
    try:
        for line in lines:
            assert writer.stdout.readline().strip() == line
        writer.send_signal(signal.SIGKILL)
        writer.wait(timeout=30)
    finally:
        writer.kill()
        writer.stdout.close()


CRASHING_WRITER = textwrap.dedent("""
    import sys, time
    from analysis.store.reviewdb import open_reviews
    reviews = open_reviews(sys.argv[1])
    with reviews._transaction() as db:
        db.execute("INSERT INTO entries (reviewed_at, kind, item_id, decision) VALUES ('t', 'claim', 'x:c1', "
                   "'corrected')")
        db.execute("INSERT INTO changes (entry, field, new) VALUES (last_insert_rowid(), 'value', '1')")
        print("inside", flush=True)
        time.sleep(60)
""")


def test_a_writer_killed_inside_its_transaction_leaves_a_consistent_database(tmp_path):
    path = tmp_path / "reviews.sqlite"
    tables = tables_for(TEXT)
    with open_reviews(path) as opened:
        review(opened, tables, claim(tables, "5,000")["claim_id"], "corrected", {"claimant": "city police"})
    _kill_after(CRASHING_WRITER, path, ["inside"])
    with open_reviews(path) as opened:
        assert opened.entries()["item_id"].tolist() == [claim(tables, "5,000")["claim_id"]]
        assert opened.changes()["new"].tolist() == ["city police"]
        review(opened, tables, claim(tables, "5,000")["claim_id"], "confirmed")  # the lock went with the writer
        assert len(opened) == 2
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


LOOPING_WRITER = textwrap.dedent("""
    import sys
    from analysis.store.reviewdb import open_reviews
    reviews = open_reviews(sys.argv[1])
    row = {"claim_id": "x:c1", "article_id": "x", "value": 1, "sentence": "s", "figure_text": "1"}
    while True:
        reviews.record("claim", row, {"article_id": "x"}, "corrected", {"claimant": "a", "value": "2", "what": "b"})
        print("wrote", flush=True)
""")


def test_a_writer_killed_at_any_moment_leaves_whole_entries(tmp_path):
    path = tmp_path / "reviews.sqlite"
    _kill_after(LOOPING_WRITER, path, ["wrote"] * 30)
    with open_reviews(path) as opened:
        entries, changes = opened.entries(), opened.changes()
    assert len(entries) >= 30
    assert changes.groupby("entry").size().reindex(entries["entry"]).eq(3).all()


def test_a_database_locked_for_long_is_a_clear_error(tmp_path, monkeypatch):
    monkeypatch.setattr(reviewdb, "BUSY_TIMEOUT_SECONDS", 0.05)
    monkeypatch.setattr(reviewdb, "LOCK_RETRIES", 2)
    path = tmp_path / "reviews.sqlite"
    open_reviews(path).close()
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        tables = tables_for(TEXT)
        with open_reviews(path) as opened, pytest.raises(ReviewError, match="locked"):
            review(opened, tables, tables.quotes.at[0, "quote_id"], "confirmed")
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def test_a_lock_held_for_a_moment_is_waited_out(tmp_path):
    path = tmp_path / "reviews.sqlite"
    open_reviews(path).close()
    tables = tables_for(TEXT)
    holder = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    holder.execute("BEGIN EXCLUSIVE")
    holder.execute("INSERT INTO entries (reviewed_at, kind, item_id, decision) VALUES ('t', 'claim', 'first', "
                   "'confirmed')")
    release = threading.Timer(0.5, lambda: holder.execute("COMMIT"))
    release.start()
    try:
        with open_reviews(path) as opened:
            review(opened, tables, tables.quotes.at[0, "quote_id"], "confirmed")
            # written after the holder's transaction, not instead of it
            in_writing_order = opened.entries().sort_values("entry")["item_id"].tolist()
            assert in_writing_order == ["first", tables.quotes.at[0, "quote_id"]]
    finally:
        release.join()
        holder.close()


# ---------------------------------------------------------------- export and import


def test_the_export_is_formula_safe_and_imports_back_exactly(reviews, tmp_path):
    tables = tables_for(TEXT)
    review(reviews, tables, claim(tables, "5,000")["claim_id"], "corrected", {"claimant": "=HYPERLINK(\"x\")"},
           note="+1 and -1", user="@mara")
    reviews.add_claim(tables.articles.iloc[0], LEAD, {"value": "12", "what": "other"}, note="missed")
    out = tmp_path / "reviews.csv"
    assert export_csv(reviews, tables, out) == 3
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert list(rows[0]) == EXPORT_COLUMNS
    assert EXPORT_COLUMNS[:4] == ["id", "status", "note", "reviewed_at"]
    assert rows[0]["new"] == "'=HYPERLINK(\"x\")" and rows[0]["note"] == "'+1 and -1" and rows[0]["user"] == "'@mara"
    assert [row["status"] for row in rows] == ["corrected", "corrected", "corrected"]
    with open_reviews(tmp_path / "other.sqlite") as other:
        assert import_csv(other, out) == 2
        assert import_csv(other, out) == 0  # already there
        pd.testing.assert_frame_equal(apply_reviews(tables, other).claims, apply_reviews(tables, reviews).claims)
        assert history(other)["note"].tolist() == history(reviews)["note"].tolist()


def test_imported_entries_take_their_place_in_time_not_in_the_file(reviews, tmp_path):
    tables = tables_for(TEXT)
    police = claim(tables, "5,000")["claim_id"]
    review(reviews, tables, police, "corrected", {"claimant": "an earlier name"})
    export_csv(reviews, tables, tmp_path / "earlier.csv")
    earlier = tmp_path / "earlier.csv"
    made = rows_of(earlier)[0]["reviewed_at"]
    earlier.write_text(earlier.read_text(encoding="utf-8").replace(made, "2001-01-01T00:00:00+00:00"),
                       encoding="utf-8")
    with open_reviews(tmp_path / "mine.sqlite") as mine:
        review(mine, tables, police, "corrected", {"claimant": "the later name"})
        assert import_csv(mine, earlier) == 1  # written second, made first
        assert claim(apply_reviews(tables, mine), "5,000")["claimant"] == "the later name"
        assert history(mine)["new"].tolist() == ["the later name", "an earlier name"]


def test_an_import_with_a_bad_row_imports_nothing(reviews, tmp_path):
    tables = tables_for(TEXT)
    review(reviews, tables, claim(tables, "5,000")["claim_id"], "corrected", {"value": "5100"})
    review(reviews, tables, claim(tables, "300")["claim_id"], "corrected", {"value": "310"})
    out = tmp_path / "reviews.csv"
    export_csv(reviews, tables, out)
    out.write_text(out.read_text(encoding="utf-8").replace(",310,", ",three hundred and ten,"), encoding="utf-8")
    with open_reviews(tmp_path / "other.sqlite") as other:
        with pytest.raises(ReviewError, match="line 3: value"):
            import_csv(other, out)
        assert len(other) == 0
        out.write_text(out.read_text(encoding="utf-8").replace("three hundred and ten", "310").replace(
            rows_of(out)[0]["reviewed_at"], "last Tuesday"), encoding="utf-8")
        with pytest.raises(ReviewError, match="line 2: reviewed_at: 'last Tuesday' is not a time"):
            import_csv(other, out)
        with pytest.raises(ReviewError, match="not a claimdesk review export"):
            import_csv(other, _written(tmp_path / "x.csv", "a,b\n1,2\n"))


def rows_of(path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _written(path, text):
    path.write_text(text, encoding="utf-8")
    return path


# ---------------------------------------------------------------- what the review page shows


def test_progress_counts_reviewed_rows_by_outlet_and_claimant(reviews):
    tables = tables_for(TEXT)
    review(reviews, tables, claim(tables, "40,000")["claim_id"], "confirmed")
    review(reviews, tables, claim(tables, "300")["claim_id"], "rejected")
    shown = progress(apply_reviews(tables, reviews)).set_index(["table", "by", "name"])
    assert list(shown.columns) == ["reviewed", "total", "share"]
    assert shown.loc[("claims", "claimant", "the union"), ["reviewed", "total"]].tolist() == [2, 2]
    assert shown.loc[("claims", "claimant", "police"), ["reviewed", "total"]].tolist() == [0, 1]
    assert shown.loc[("claims", "outlet", "Daily Post"), ["reviewed", "total"]].tolist() == [2, 3]
    assert shown.loc[("quotes", "all", "all"), "reviewed"] == 0


def test_field_precision_says_how_often_the_tool_was_right(reviews):
    tables = tables_for(TEXT)
    review(reviews, tables, claim(tables, "5,000")["claim_id"], "corrected", {"claimant": "city police"})
    review(reviews, tables, claim(tables, "40,000")["claim_id"], "confirmed")
    review(reviews, tables, claim(tables, "300")["claim_id"], "rejected")
    reviews.add_claim(tables.articles.iloc[0], LEAD, {"value": "12", "what": "other"})  # a miss: not judged
    precision = field_precision(reviews, tables).set_index(["kind", "field"])
    assert precision.loc[("claim", "claimant"), ["reviewed", "right"]].tolist() == [2, 1]
    assert precision.at[("claim", "claimant"), "text"] == "claimant right in 1 of 2 reviewed figures"
    assert precision.at[("claim", "value"), "share"] == 1.0
    assert precision.loc[("claim", "is a claim"), ["reviewed", "right"]].tolist() == [3, 2]
