"""Analysts' review of claims and quotes: recorded in SQLite (`reviewdb`), applied after extraction.

    reviews = open_reviews(default_db())
    reviews.record("claim", claim_row, article_row, "corrected", {"claimant": "Jo Rey"}, user="mara")
    tables = apply_reviews(build_tables(folder), reviews)

An item's state is folded from all its entries, oldest first: the latest decision, and per
field the latest value an analyst gave. A corrected value equal to what the tool now finds is
no correction any more. Rejected rows stay in the tables (review_status "rejected"); figures an
analyst added are rows too, with ids ARTICLE:rN. Entries are followed to their items when
articles change (`anchoring`); those that can't be are orphans, listed and exported, never dropped.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from analysis.export import csv_bytes, unescape_cell
from analysis.schema import TABLE_COLUMNS, Tables, conform
from analysis.store.anchoring import ID_COLUMN, TABLE_OF, locate
from analysis.store.reviewdb import (
    ADDED,
    ADDED_MARKER,
    ANCHOR_COLUMNS,
    DECISIONS,
    FIELDS,
    KINDS,
    ReviewError,
    Reviews,
    cell_text,
    checked_fields,
    default_db,
    open_reviews,
    os_user,
    timestamp,
)

__all__ = [
    "ReviewError", "Reviews", "apply_reviews", "default_db", "export_csv", "field_precision", "history",
    "import_csv", "item_by_id", "open_reviews", "orphans", "os_user", "progress", "review_summary",
]

HISTORY_COLUMNS = ["when", "user", "kind", "id", "decision", "field", "old", "new", "note"]
EXPORT_COLUMNS = ["id", "status", "note", "reviewed_at", "kind", "decision", "user", "field", "old", "new",
                  "article_id", "sentence", "wording", "recorded_id", "entry", "content_hash", "article_path",
                  "article_url", "article_title", "start", "end", "sentence_start"]
ORPHAN_COLUMNS = ["when", "user", "kind", "id", "decision", "note", "article_id", "sentence", "wording"]


def _located(tables: Tables, reviews: Reviews) -> tuple[Tables, pd.DataFrame, pd.DataFrame]:
    entries, changes = reviews.entries(), reviews.changes()
    located = locate(entries, tables)
    return located.tables, entries.assign(current_id=located.current_id), changes


def _typed(values: pd.Series, dtype: str) -> pd.Series:
    """The stored text of corrected values as the column's dtype."""
    blank = values.replace("", None)
    if dtype == "Int64":
        return pd.to_numeric(blank).astype("Int64")
    if dtype == "boolean":
        return values.map({"true": True, "false": False}).astype("boolean")
    if dtype.startswith("datetime"):
        return pd.to_datetime(blank).astype(dtype)
    return values.astype(dtype)


def _apply_kind(frame: pd.DataFrame, kind: str, entries: pd.DataFrame, changes: pd.DataFrame) -> pd.DataFrame:
    table = TABLE_OF[kind]
    frame = frame.reset_index(drop=True)
    live = entries.loc[(entries["kind"] == kind) & entries["current_id"].notna()]
    if live.empty:
        return conform(frame, table)
    position = pd.Series(frame.index, index=frame[ID_COLUMN[kind]].astype("string"))
    position = position[~position.index.duplicated()]
    latest = live.sort_values("rank").drop_duplicates("current_id", keep="last").set_index("current_id")["decision"]
    fields = (changes.merge(live[["entry", "rank", "current_id"]], on="entry").sort_values("rank")
              .drop_duplicates(["current_id", "field"], keep="last"))
    fields = fields.assign(row=fields["current_id"].map(position).astype("Int64")).dropna(subset=["row"])
    # tables that already carry these reviews (a folder built with them) keep their corrected fields
    earlier = "|" + frame["reviewed_fields"].fillna("") + "|" if "reviewed_fields" in frame else None
    still_wrong = []
    for field, group in fields.groupby("field", sort=False):
        rows = group["row"].to_numpy()
        found = frame.loc[rows, field].map(cell_text).to_numpy()
        kept = group["new"].to_numpy() != found  # else the tool now finds what the analyst said
        if earlier is not None:
            kept |= earlier[rows].str.contains(f"|{field}|", regex=False).to_numpy(dtype=bool)
        group = group.loc[kept]
        frame.loc[group["row"].to_numpy(), field] = _typed(group["new"], TABLE_COLUMNS[table][field]).to_numpy()
        still_wrong.append(group)
    fields = pd.concat(still_wrong) if still_wrong else fields.iloc[0:0]
    order = {field: number for number, field in enumerate(FIELDS[kind])}
    reviewed_fields = (fields.assign(order=fields["field"].map(order)).sort_values(["current_id", "order"])
                       .groupby("current_id")["field"].agg("|".join).astype("string"))
    ids = frame[ID_COLUMN[kind]].astype("string")
    decision = ids.map(dict(latest)).astype("string")
    status = (pd.Series("unreviewed", index=frame.index, dtype="string")
              .mask(decision.notna(), "confirmed")
              .mask(ids.isin(reviewed_fields.index), "corrected")
              .mask((decision == "rejected").fillna(False), "rejected"))
    fields_now = ids.map(dict(reviewed_fields)).astype("string").fillna("")
    return conform(frame.assign(review_status=status, reviewed_fields=fields_now), table)


def apply_reviews(tables: Tables, reviews: Reviews | None) -> Tables:
    """The tables with the analysts' decisions applied: corrected values, review_status, reviewed_fields."""
    if reviews is None:
        return tables
    tables, entries, changes = _located(tables, reviews)
    return tables._replace(claims=_apply_kind(tables.claims, "claim", entries, changes),
                           quotes=_apply_kind(tables.quotes, "quote", entries, changes))


def review_summary(tables: Tables) -> str:
    """'3 confirmed, 1 corrected, 0 rejected' over the claims and quotes of reviewed tables."""
    statuses = pd.concat([tables.claims["review_status"], tables.quotes["review_status"]]).value_counts()
    return ", ".join(f"{statuses.get(status, 0)} {status}" for status in DECISIONS)


def orphans(tables: Tables, reviews: Reviews) -> pd.DataFrame:
    """The latest entry of every reviewed item that can no longer be found in `tables`."""
    _, entries, _ = _located(tables, reviews)
    lost = (entries.loc[entries["current_id"].isna()].sort_values("rank", ascending=False)
            .drop_duplicates(["kind", "item_id"]))
    return pd.DataFrame({
        "when": _when(lost["reviewed_at"]), "user": lost["user"], "kind": lost["kind"], "id": lost["item_id"],
        "decision": lost["decision"], "note": lost["note"], "article_id": lost["article_id"],
        "sentence": lost["sentence"], "wording": lost["wording"],
    }, columns=ORPHAN_COLUMNS).reset_index(drop=True)


def _when(stamps: pd.Series) -> pd.Series:
    return pd.to_datetime(stamps, utc=True, format="ISO8601")


def _entry_rows(entries: pd.DataFrame, changes: pd.DataFrame) -> pd.DataFrame:
    """One row per entry and corrected field (one row for an entry without fields)."""
    return entries.merge(changes, on="entry", how="left").fillna({"field": "", "old": "", "new": ""})


def history(reviews: Reviews) -> pd.DataFrame:
    """Every decision and corrected field, newest first."""
    rows = _entry_rows(reviews.entries(), reviews.changes()).sort_values(["rank", "field"],
                                                                         ascending=[False, True])
    return pd.DataFrame({
        "when": _when(rows["reviewed_at"]), "user": rows["user"], "kind": rows["kind"], "id": rows["item_id"],
        "decision": rows["decision"], "field": rows["field"], "old": rows["old"], "new": rows["new"],
        "note": rows["note"],
    }, columns=HISTORY_COLUMNS).reset_index(drop=True)


def progress(tables: Tables) -> pd.DataFrame:
    """Reviewed / total claims and quotes, by outlet and by claimant (speaker for quotes), and overall."""
    parts = []
    for table, who in (("claims", "claimant"), ("quotes", "speaker")):
        frame = getattr(tables, table)
        reviewed = frame["review_status"].fillna("unreviewed") != "unreviewed" if "review_status" in frame else \
            pd.Series(False, index=frame.index)
        counted = pd.DataFrame({"reviewed": reviewed.astype("int64")}, index=frame.index)
        for by, names in (("all", pd.Series("all", index=frame.index)), ("outlet", frame["outlet"]),
                          (who, frame[who])):
            grouped = counted.groupby(names.fillna("").astype("string").replace("", "(none)"))["reviewed"]
            parts.append(pd.DataFrame({"table": table, "by": by, "reviewed": grouped.sum(), "total": grouped.size()})
                         .rename_axis("name").reset_index())
    result = pd.concat(parts, ignore_index=True) if parts else pd.DataFrame()
    return (result.assign(share=(result["reviewed"] / result["total"]).astype("float64"))
            .astype({"table": "string", "by": "string", "name": "string", "reviewed": "int64", "total": "int64"})
            .sort_values(["table", "by", "total"], ascending=[True, True, False], kind="stable")
            .reset_index(drop=True)[["table", "by", "name", "reviewed", "total", "share"]])


def field_precision(reviews: Reviews, tables: Tables) -> pd.DataFrame:
    """How often the tool was right, per field, over the rows analysts reviewed.

    A reviewed row is confirmed or corrected (a rejected row is not a figure, so its fields are not
    judged; it counts against the row itself). Rows analysts added are misses, not judged either.
    """
    reviewed = apply_reviews(tables, reviews)
    rows = []
    for kind in KINDS:
        frame = getattr(reviewed, TABLE_OF[kind])
        built = ~frame[ID_COLUMN[kind]].str.contains(ADDED_MARKER, regex=False).fillna(False)
        status = frame["review_status"]
        judged = frame.loc[built & status.isin(["confirmed", "corrected"])]
        noun = "figures" if kind == "claim" else "quotes"
        seen = int((built & (status != "unreviewed")).sum())
        rows.append((kind, f"is a {kind}", seen, len(judged), f"a real {kind} in {len(judged)} of {seen} reviewed"))
        corrected = judged["reviewed_fields"].str.split("|").explode()
        for field in FIELDS[kind]:
            right = len(judged) - int((corrected == field).sum())
            rows.append((kind, field, len(judged), right,
                         f"{field} right in {right} of {len(judged)} reviewed {noun}"))
    result = pd.DataFrame(rows, columns=["kind", "field", "reviewed", "right", "text"])
    share = (result["right"] / result["reviewed"].where(result["reviewed"] > 0)).astype("float64")
    return result.assign(share=share).astype(
        {"kind": "string", "field": "string", "reviewed": "int64", "right": "int64", "text": "string"}
    )[["kind", "field", "reviewed", "right", "share", "text"]]


def item_by_id(tables: Tables, item_id: str) -> tuple[str, pd.Series, pd.Series] | None:
    """(kind, row, its article row) of a claim_id or quote_id in `tables`, or None."""
    for kind in KINDS:
        frame = getattr(tables, TABLE_OF[kind])
        hit = frame.loc[frame[ID_COLUMN[kind]] == item_id]
        if not hit.empty:
            row = hit.iloc[0]
            articles = tables.articles.loc[tables.articles["article_id"] == row["article_id"]]
            article = articles.iloc[0] if not articles.empty else pd.Series({"article_id": row["article_id"]})
            return kind, row, article
    return None


def export_frame(reviews: Reviews, tables: Tables | None) -> pd.DataFrame:
    """Every entry and corrected field, oldest first; `id` is where the item is now, `status` orphaned if lost."""
    if tables is not None:
        _, entries, changes = _located(tables, reviews)
    else:
        entries, changes = reviews.entries(), reviews.changes()
        entries = entries.assign(current_id=entries["item_id"])
    rows = _entry_rows(entries, changes).sort_values(["rank", "field"])
    status = rows["decision"].replace(ADDED, "corrected").mask(rows["current_id"].isna(), "orphaned")
    return (rows.assign(id=rows["current_id"].fillna(rows["item_id"]), status=status, recorded_id=rows["item_id"])
            [EXPORT_COLUMNS].astype({"id": "string", "status": "string"}).reset_index(drop=True))


def export_csv(reviews: Reviews, tables: Tables | None, path: str | Path) -> int:
    """Write the review history as CSV (formula-safe); return the number of rows written.

    Without tables, ids are those recorded and no entry can be found orphaned.
    """
    frame = export_frame(reviews, tables)
    data = csv_bytes(frame)
    path = Path(path)
    try:
        temporary = path.with_name(f".{path.name}.tmp")
        temporary.write_bytes(data)
        temporary.replace(path)
    except OSError as error:
        raise ReviewError(f"cannot write {path}: {error.strerror or error}") from error
    return len(frame)


def _read_export(path: Path) -> pd.DataFrame:
    try:
        frame = pd.read_csv(path, dtype="string", keep_default_na=False, encoding="utf-8")
    except (OSError, UnicodeDecodeError, pd.errors.ParserError, pd.errors.EmptyDataError) as error:
        raise ReviewError(f"cannot read {path} as a review export: {error}") from error
    frame = frame.apply(lambda column: column.map(unescape_cell)) if not frame.empty else frame
    if "recorded_id" not in frame:
        frame = frame.assign(recorded_id=frame["id"]) if "id" in frame else frame
    missing = [column for column in ("recorded_id", "kind", "decision", "reviewed_at") if column not in frame]
    if missing:
        raise ReviewError(f"{path} is not a claimdesk review export: no {', '.join(missing)} column")
    return frame


def import_csv(reviews: Reviews, path: str | Path) -> int:
    """Add the entries of an export (from `export_csv`) to `reviews`; return how many were new.

    All or nothing: a bad row refuses the whole file with its line number. Entries already
    present (same time, user, item, decision and note) are not added twice.
    """
    path = Path(path)
    frame = _read_export(path)
    key = frame["entry"] if "entry" in frame else frame["reviewed_at"] + "\x1f" + frame["recorded_id"]
    entries = []
    for _, group in frame.assign(line=range(2, len(frame) + 2)).groupby(key, sort=False):
        first = group.iloc[0]
        where = f"{path}, line {first['line']}"
        kind, decision = first["kind"], first["decision"]
        if kind not in KINDS or decision not in (*DECISIONS, ADDED):
            raise ReviewError(f"{where}: kind '{kind}' / decision '{decision}' is not a review")
        if not first["recorded_id"]:
            raise ReviewError(f"{where}: no id")
        with_fields = group.loc[group.get("field", pd.Series("", index=group.index)) != ""]
        try:
            new = checked_fields(kind, dict(zip(with_fields["field"], with_fields["new"], strict=True)))
        except ReviewError as error:
            raise ReviewError(f"{where}: {error}") from None
        old = dict(zip(with_fields["field"], with_fields.get("old", pd.Series("", index=with_fields.index)),
                       strict=True))
        try:
            entry = {"reviewed_at": timestamp(first["reviewed_at"]), "user": first.get("user", ""),
                     "note": first.get("note", "")}
        except ReviewError as error:
            raise ReviewError(f"{where}: {error}") from None
        entry |= {"kind": kind, "decision": decision, "item_id": first["recorded_id"]}
        entry |= {column: first[column] for column in ANCHOR_COLUMNS if column in first}
        for column in ("start", "end", "sentence_start"):
            entry[column] = int(entry[column]) if str(entry.get(column, "")).isdigit() else None
        entries.append((entry, {field: (old.get(field, ""), value) for field, value in new.items()}))
    return reviews.import_entries(entries)

