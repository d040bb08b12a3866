"""The review database: one SQLite file of analysts' decisions on claims and quotes.

Every decision is a new row of `entries` (with its corrected fields in `changes`), so the
history is kept and nothing an analyst wrote is ever updated or deleted. The file is marked
as claimdesk's (`PRAGMA application_id` and a `meta` row) and its schema is a numbered list
of migrations (`PRAGMA user_version` counts those applied). Any other file, a corrupt one or
one written by a newer claimdesk is refused with a `ReviewError` and left as it is.

WAL mode lets readers go on while one writer writes; every write is one `BEGIN IMMEDIATE`
transaction, retried while another process holds the lock, so two analysts (or two tabs)
writing at once both land, and a writer killed mid-transaction leaves no trace.
"""

from __future__ import annotations

import getpass
import os
import re
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from analysis.schema import QUALIFIERS

DB_ENV = "CLAIMDESK_REVIEWS"
APPLICATION_ID = 0x436C446B  # "ClDk": marks the file as claimdesk's in its SQLite header
APPLICATION = "claimdesk-reviews"
SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_SECONDS = 5.0
LOCK_RETRIES = 6  # each waits up to BUSY_TIMEOUT_SECONDS: about half a minute in all

KINDS: tuple[str, ...] = ("claim", "quote")
DECISIONS: tuple[str, ...] = ("confirmed", "corrected", "rejected")
ADDED = "added"  # a figure the tool missed, typed in by an analyst
ADDED_MARKER = ":r"  # added claim ids are ARTICLE:rN; built ids are ARTICLE:cN and ARTICLE:qN
MAX_TEXT = 2000

TEXT_FIELDS = {"claimant", "claimant_country", "what", "location", "speaker", "speaker_country"}
CLAIM_FIELDS: tuple[str, ...] = ("claimant", "claimant_country", "value", "value_high", "qualifier", "what",
                                 "location", "date_said", "hypothetical")
QUOTE_FIELDS: tuple[str, ...] = ("speaker", "speaker_country")
FIELDS: dict[str, tuple[str, ...]] = {"claim": CLAIM_FIELDS, "quote": QUOTE_FIELDS}
ENTRY_COLUMNS: dict[str, str] = {
    "entry": "Int64", "reviewed_at": "string", "user": "string", "kind": "string", "item_id": "string",
    "decision": "string", "note": "string", "article_id": "string", "content_hash": "string",
    "article_path": "string", "article_url": "string", "article_title": "string", "sentence": "string",
    "wording": "string", "start": "Int64", "end": "Int64", "sentence_start": "Int64",
}
ANCHOR_COLUMNS = [c for c in ENTRY_COLUMNS if c not in ("entry", "reviewed_at", "user", "kind", "item_id",
                                                          "decision", "note")]
CHANGE_COLUMNS: dict[str, str] = {"entry": "Int64", "field": "string", "old": "string", "new": "string"}
_COUNT = re.compile(r"\d+|\d{1,3}(?:,\d{3})+")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


class ReviewError(Exception):
    """A review database or value that can't be used; the message is meant for the analyst."""


def default_db() -> Path:
    """$CLAIMDESK_REVIEWS, else reviews.sqlite in the user's data folder ($XDG_DATA_HOME/claimdesk)."""
    if os.environ.get(DB_ENV):
        return Path(os.environ[DB_ENV]).expanduser()
    data_home = os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share"
    return Path(data_home) / "claimdesk" / "reviews.sqlite"


def os_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no name for this uid (a container): still record something
        return f"uid {os.getuid()}" if hasattr(os, "getuid") else ""


# ---------------------------------------------------------------- schema


def _create_tables(db: sqlite3.Connection) -> None:
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    db.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
    db.execute("INSERT INTO meta (key, value) VALUES ('application', ?)", (APPLICATION,))
    db.execute("""
        CREATE TABLE entries (
            entry INTEGER PRIMARY KEY AUTOINCREMENT,
            reviewed_at TEXT NOT NULL,             -- ISO 8601, UTC
            user TEXT NOT NULL DEFAULT '',
            kind TEXT NOT NULL CHECK (kind IN ('claim', 'quote')),
            item_id TEXT NOT NULL,                 -- claim_id or quote_id when it was reviewed
            decision TEXT NOT NULL CHECK (decision IN ('confirmed', 'corrected', 'rejected', 'added')),
            note TEXT NOT NULL DEFAULT '',
            -- the anchor: where the item stood in its article, to find it again after the article changed
            article_id TEXT NOT NULL DEFAULT '',
            content_hash TEXT NOT NULL DEFAULT '',
            article_path TEXT NOT NULL DEFAULT '',
            article_url TEXT NOT NULL DEFAULT '',
            article_title TEXT NOT NULL DEFAULT '',
            sentence TEXT NOT NULL DEFAULT '',
            wording TEXT NOT NULL DEFAULT '',      -- the figure as written, or the quotation
            start INTEGER,
            "end" INTEGER,
            sentence_start INTEGER
        )""")
    db.execute("""
        CREATE TABLE changes (
            entry INTEGER NOT NULL REFERENCES entries (entry),
            field TEXT NOT NULL,
            old TEXT NOT NULL DEFAULT '',
            new TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (entry, field)
        )""")


def _index_items(db: sqlite3.Connection) -> None:
    db.execute("CREATE INDEX entries_by_item ON entries (kind, item_id)")
    db.execute("CREATE INDEX entries_by_article ON entries (article_id)")


# Append only: the file's user_version is how many of these it has had.
MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [_create_tables, _index_items]


# ---------------------------------------------------------------- values


def field_value(kind: str, field: str, value: object) -> str:
    """The analyst's `value` for `field` as the text stored: validated, in one canonical spelling."""
    if field not in FIELDS[kind]:
        raise ReviewError(f"unknown field '{field}' for a {kind}: use {', '.join(FIELDS[kind])}")
    text = "" if value is None else str(value).strip()
    if field in TEXT_FIELDS:
        if field == "what" and not text:
            raise ReviewError("what: say what is counted (troops, killed, other ...)")
        if len(text) > MAX_TEXT or any(ord(c) < 32 for c in text):
            raise ReviewError(f"{field}: one line of at most {MAX_TEXT} characters")
        return text
    if field in ("value", "value_high"):
        if not text and field == "value_high":
            return ""
        if not _COUNT.fullmatch(text):
            raise ReviewError(f"{field}: '{text}' is not a whole number of people (such as 8000 or 8,000)")
        return str(int(text.replace(",", "")))
    if field == "qualifier":
        if text.lower() not in QUALIFIERS:
            raise ReviewError(f"qualifier: '{text}' is not one of {', '.join(QUALIFIERS)}")
        return text.lower()
    if field == "date_said":
        if not text:
            return ""
        try:
            if not _ISO_DATE.fullmatch(text):
                raise ValueError
            return date.fromisoformat(text).isoformat()
        except ValueError:
            raise ReviewError(f"date_said: '{text}' is not a date written YYYY-MM-DD") from None
    if text.lower() not in ("true", "false"):  # hypothetical
        raise ReviewError(f"hypothetical: '{text}' is neither true nor false")
    return text.lower()


def checked_fields(kind: str, fields: Mapping[str, object], row: Mapping | None = None) -> dict[str, str]:
    """Every field validated, and a range that ends below its start refused."""
    if kind not in KINDS:
        raise ReviewError(f"unknown kind '{kind}': use claim or quote")
    checked = {field: field_value(kind, field, value) for field, value in fields.items()}
    if kind == "claim":
        low = checked.get("value", cell_text(row.get("value") if row is not None else None))
        high = checked.get("value_high", cell_text(row.get("value_high") if row is not None else None))
        if low and high and int(high) < int(low):
            raise ReviewError(f"value_high: {high} is below value {low}")
    return checked


def cell_text(value: object) -> str:
    """A table cell in the spelling `field_value` stores: '' for missing, ISO dates, true/false, whole numbers."""
    if value is None or (not isinstance(value, str | list | tuple) and pd.isna(value)):
        return ""
    if isinstance(value, pd.Timestamp | datetime | date):
        return value.strftime("%Y-%m-%d")
    if isinstance(value, bool | np.bool_):  # a table cell read with .iloc is a numpy bool
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


def timestamp(text: str) -> str:
    """A time given in an import, in the spelling `now` writes (so entries sort by it)."""
    try:
        moment = pd.Timestamp(text)
    except (ValueError, TypeError):
        raise ReviewError(f"reviewed_at: '{text}' is not a time such as 2024-11-02T14:05:00+00:00") from None
    if pd.isna(moment):
        raise ReviewError("reviewed_at: missing")
    moment = moment.tz_localize(UTC) if moment.tzinfo is None else moment.tz_convert(UTC)
    return moment.isoformat(timespec="microseconds")


# ---------------------------------------------------------------- the file


def _refuse(path: Path, why: str) -> ReviewError:
    return ReviewError(f"{path} {why}; it was left unchanged. Give another file with --db "
                       f"(or ${DB_ENV}), or move this one away.")


def _check_header(path: Path) -> bool:
    """True when `path` holds a database already; refuse a file that is not SQLite at all."""
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except FileNotFoundError:
        return False
    except OSError as error:
        raise ReviewError(f"cannot read the review database {path}: {error.strerror or error}") from error
    if not header:
        return False  # an empty file is an empty database: nothing to lose
    if header != SQLITE_HEADER:
        raise _refuse(path, "is not a SQLite database (so not a claimdesk review database)")
    return True


def _check_ours(db: sqlite3.Connection, path: Path) -> None:
    application_id = db.execute("PRAGMA application_id").fetchone()[0]
    tables = {name for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if application_id == 0 and not tables:
        return  # a new, empty database
    if application_id != APPLICATION_ID or "meta" not in tables:
        raise _refuse(path, "is a SQLite database of another program, not a claimdesk review database")
    marks = dict(db.execute("SELECT key, value FROM meta"))
    if marks.get("application") != APPLICATION:
        raise _refuse(path, "is a SQLite database of another program, not a claimdesk review database")
    version = db.execute("PRAGMA user_version").fetchone()[0]
    if version > len(MIGRATIONS):
        raise _refuse(path, f"was written by a newer claimdesk (schema {version}; this one knows "
                            f"{len(MIGRATIONS)}): update claimdesk to use it")
    problems = [row[0] for row in db.execute("PRAGMA quick_check")]
    if problems != ["ok"]:
        raise _refuse(path, f"is damaged ({problems[0]})")


def _is_locked(error: sqlite3.OperationalError) -> bool:
    return "locked" in str(error) or "busy" in str(error)


class Reviews:
    """The analysts' decisions in one SQLite file; safe to share between the threads of one process."""

    def __init__(self, path: Path, connection: sqlite3.Connection):
        self.path = path
        self._db = connection
        self._lock = threading.RLock()

    # -- transactions

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            for attempt in range(LOCK_RETRIES):
                try:
                    self._db.execute("BEGIN IMMEDIATE")
                    break
                except sqlite3.OperationalError as error:
                    if not _is_locked(error):
                        raise ReviewError(f"cannot write to the review database {self.path}: {error}") from error
                    if attempt == LOCK_RETRIES - 1:
                        raise ReviewError(f"the review database {self.path} is locked by another program; "
                                          "nothing was written, try again") from error
                    time.sleep(0.05 * (attempt + 1))
            try:
                yield self._db
                self._db.execute("COMMIT")
            except BaseException:
                self._db.execute("ROLLBACK")
                raise

    def _migrate(self) -> None:
        if self._db.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS):
            return  # up to date: opening needs no write (nor the write lock)
        with self._transaction() as db:  # re-read inside the lock: another process may have just migrated
            version = db.execute("PRAGMA user_version").fetchone()[0]
            for number, migration in enumerate(MIGRATIONS[version:], start=version + 1):
                migration(db)
                db.execute(f"PRAGMA user_version = {number}")

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def __enter__(self) -> Reviews:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- writing

    def _insert(self, entry: Mapping[str, Any], changes: Mapping[str, tuple[str, str]]) -> int:
        try:
            with self._transaction() as db:
                return _write_entry(db, entry, changes)
        except sqlite3.DatabaseError as error:
            raise ReviewError(f"cannot write to the review database {self.path}: {error}") from error

    def record(self, kind: str, row: Mapping, article: Mapping | None, decision: str,
               fields: Mapping[str, object] | None = None, note: str = "", user: str = "") -> int:
        """Add one decision on a claim or quote (a row of the built tables); return its entry number."""
        if decision not in DECISIONS:
            raise ReviewError(f"unknown decision '{decision}': use {', '.join(DECISIONS)}")
        checked = checked_fields(kind, fields or {}, row)
        if decision == "corrected" and not checked:
            raise ReviewError("a correction needs at least one FIELD=VALUE")
        if decision != "corrected" and checked:
            raise ReviewError(f"only a correction changes fields; this is '{decision}'")
        id_column = "claim_id" if kind == "claim" else "quote_id"
        item_id = cell_text(row.get(id_column))
        if not item_id:
            raise ReviewError(f"the {kind} has no {id_column}")
        entry = {
            **anchor(kind, row, article if article is not None else {}), "reviewed_at": now(), "user": user or "",
            "kind": kind, "item_id": item_id, "decision": decision, "note": _note(note),
        }
        return self._insert(entry, {field: (cell_text(row.get(field)), new) for field, new in checked.items()})

    def add_claim(self, article: Mapping, sentence: str, fields: Mapping[str, object], note: str = "",
                  user: str = "") -> str:
        """Record a figure the tool missed, in `sentence` of `article`; return its new claim_id.

        `fields` holds the claim's fields (value at least) and optionally `figure_text`, the figure
        as the sentence writes it; without it the value is looked for in the sentence.
        """
        fields = dict(fields)
        figure_text = str(fields.pop("figure_text", "") or "").strip()
        checked = checked_fields("claim", fields)
        if not checked.get("value"):
            raise ReviewError("value: an added figure needs its number")
        text = cell_text(article.get("text"))
        sentence = (sentence or "").strip()
        sentence_start = text.find(sentence) if sentence else -1
        if sentence_start < 0:
            raise ReviewError("the sentence is not in the article's text: pick it from the article")
        if figure_text and figure_text not in sentence:
            raise ReviewError(f"figure_text: '{figure_text}' is not in the sentence")
        figure_text = figure_text or _written_value(sentence, int(checked["value"]))
        offset = sentence.find(figure_text) if figure_text else 0
        start = sentence_start + offset
        row = {"sentence": sentence, "figure_text": figure_text, "start": start,
               "end": start + (len(figure_text) if figure_text else len(sentence)), "sentence_start": sentence_start}
        entry = {**anchor("claim", row, article), "reviewed_at": now(), "user": user or "", "kind": "claim",
                 "item_id": "", "decision": ADDED, "note": _note(note)}
        number = self._insert(entry, {field: ("", new) for field, new in checked.items()})
        return f"{entry['article_id']}{ADDED_MARKER}{number}"

    def import_entries(self, entries: list[tuple[dict[str, Any], dict[str, tuple[str, str]]]]) -> int:
        """Insert entries read from an export, all or none; an entry already present is skipped."""
        key_columns = ("reviewed_at", "user", "kind", "item_id", "decision", "note")
        try:
            with self._transaction() as db:
                known = set(db.execute(f"SELECT {', '.join(key_columns)} FROM entries"))
                added = 0
                for entry, changes in entries:
                    key = tuple(entry.get(c, "") for c in key_columns)
                    if key in known:
                        continue
                    known.add(key)
                    _write_entry(db, entry, changes)
                    added += 1
        except sqlite3.DatabaseError as error:
            raise ReviewError(f"cannot write to the review database {self.path}: {error}") from error
        return added

    def set_meta(self, key: str, value: str) -> None:
        with self._transaction() as db:
            db.execute("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = ?",
                       (key, value, value))

    # -- reading

    def meta(self, key: str) -> str | None:
        with self._lock:
            found = self._db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return found[0] if found else None

    def _frame(self, query: str, columns: dict[str, str]) -> pd.DataFrame:
        try:
            with self._lock:
                rows = self._db.execute(query).fetchall()
        except sqlite3.DatabaseError as error:
            raise ReviewError(f"cannot read the review database {self.path}: {error}") from error
        return pd.DataFrame(rows, columns=list(columns)).astype(columns)

    def entries(self) -> pd.DataFrame:
        """Every entry with its anchor, oldest first; `rank` is that order (entries imported from
        another database fall in by the time they were made, not when they were imported)."""
        quoted = ", ".join(f'"{c}"' for c in ENTRY_COLUMNS)
        frame = self._frame(f"SELECT {quoted} FROM entries ORDER BY reviewed_at, entry", ENTRY_COLUMNS)
        return frame.assign(rank=pd.RangeIndex(len(frame)))

    def changes(self) -> pd.DataFrame:
        """Every corrected field: entry, field, old and new value (as text)."""
        return self._frame("SELECT entry, field, old, new FROM changes ORDER BY entry, field", CHANGE_COLUMNS)

    def __len__(self) -> int:
        with self._lock:
            return self._db.execute("SELECT count(*) FROM entries").fetchone()[0]


def _write_entry(db: sqlite3.Connection, entry: Mapping[str, Any], changes: Mapping[str, tuple[str, str]]) -> int:
    """Insert one entry and its changes (inside the caller's transaction); return its number."""
    columns = [c for c in ENTRY_COLUMNS if c != "entry" and c in entry]
    quoted = ", ".join(f'"{c}"' for c in columns)
    cursor = db.execute(f"INSERT INTO entries ({quoted}) VALUES ({', '.join('?' * len(columns))})",
                        [entry[c] for c in columns])
    number = int(cursor.lastrowid)
    if entry.get("item_id") == "":  # an added claim: its id is known only now
        db.execute("UPDATE entries SET item_id = ? WHERE entry = ?",
                   (f"{entry['article_id']}{ADDED_MARKER}{number}", number))
    db.executemany("INSERT INTO changes (entry, field, old, new) VALUES (?, ?, ?, ?)",
                   [(number, field, old, new) for field, (old, new) in changes.items()])
    return number


def _note(note: str | None) -> str:
    note = (note or "").strip()
    if len(note) > 10 * MAX_TEXT:
        raise ReviewError(f"note: at most {10 * MAX_TEXT} characters")
    return note


def _written_value(sentence: str, value: int) -> str:
    """How `sentence` writes `value` ("8,000" or "8000"), or "" when it spells it otherwise."""
    for match in _COUNT.finditer(sentence):
        if int(match.group().replace(",", "")) == value:
            return match.group()
    return ""


def anchor(kind: str, row: Mapping, article: Mapping) -> dict[str, Any]:
    """What finds an item again in a changed article: the article, the sentence, the wording, the offsets."""
    def number(value: object) -> int | None:
        text = cell_text(value)
        return int(text) if text.lstrip("-").isdigit() else None

    return {
        "article_id": cell_text(row.get("article_id")) or cell_text(article.get("article_id")),
        "content_hash": cell_text(article.get("content_hash")),
        "article_path": cell_text(article.get("path")),
        "article_url": cell_text(article.get("url")),
        "article_title": cell_text(article.get("title")),
        "sentence": cell_text(row.get("sentence")),
        "wording": cell_text(row.get("figure_text" if kind == "claim" else "quote")),
        "start": number(row.get("start")),
        "end": number(row.get("end")),
        "sentence_start": number(row.get("sentence_start")),
    }


def open_reviews(path: str | Path | None = None) -> Reviews:
    """Open (or create) the review database at `path` (default `default_db()`); refuse any other file."""
    path = Path(path).expanduser() if path is not None else default_db()
    if path.is_dir():
        raise ReviewError(f"{path} is a folder: give the review database file, such as {path / 'reviews.sqlite'}")
    exists = _check_header(path)
    if not exists:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise ReviewError(f"cannot create the folder of the review database {path}: "
                              f"{error.strerror or error}") from error
    try:
        connection = sqlite3.connect(path, timeout=BUSY_TIMEOUT_SECONDS, isolation_level=None,
                                     check_same_thread=False)
    except sqlite3.Error as error:
        raise ReviewError(f"cannot open the review database {path}: {error}") from error
    try:
        _check_ours(connection, path)
        reviews = Reviews(path, connection)
        mode = connection.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if mode != "wal":  # some network file systems can't; the rollback journal still keeps writes whole
            connection.execute("PRAGMA journal_mode = DELETE")
        connection.execute("PRAGMA foreign_keys = ON")
        reviews._migrate()
    except sqlite3.OperationalError as error:
        connection.close()
        if _is_locked(error):
            raise ReviewError(f"the review database {path} is locked by another program; try again") from error
        raise ReviewError(f"cannot use the review database {path}: {error}") from error
    except sqlite3.DatabaseError as error:
        connection.close()
        raise _refuse(path, f"is damaged or not a database ({error})") from error
    except BaseException:
        connection.close()
        raise
    return reviews
