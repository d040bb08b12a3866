"""A built folder prepared for the DuckDB query layer: partitioned Parquet, derived columns, a term index.

`python -m analysis index DIR` (and `build --parquet`) writes DIR/index/:

    articles/month=2025-09/part-0.parquet ...   the tables, partitioned by month of publication
    quotes/month=.../...                         ("undated" for rows without a publication date)
    claims/month=.../...
    terms.parquet, postings.parquet              the quote search index (see `search_terms`)
    answers/                                     the Source comparison with no filter (`query.write_answers`)
    index.json                                   what it was made from, so a second run is a no-op

Each table keeps every column of the built table (the review columns `review_status` and
`reviewed_fields` too) and gains the columns the pages filter, group and sort on, worked out
here by the very functions the pandas path uses (`claim_dates`, `labelled`, `claim_wording`,
`label_sort_key`, `match_keys`): SQL then only compares and groups them, so both paths agree.

The tables are read in chunks (CSV or Parquet), so preparing a folder never holds a whole
table. Everything is written into a hidden folder beside DIR/index and renamed into place at
the end: an interrupted run leaves the folder as it was.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from analysis.compare import match_keys
from analysis.export import _ESCAPED, TABLE_NAMES, _table_path
from analysis.filters import (
    _TYPOGRAPHIC,
    NO_LOCATION,
    UNKNOWN_CLAIMANT,
    UNKNOWN_COUNTRY,
    UNKNOWN_SPEAKER,
    claim_dates,
    claim_wording,
    figure_labels,
    label_sort_key,
    labelled,
    outlet_labels,
)
from analysis.schema import COLUMN_DEFAULTS, TABLE_COLUMNS

INDEX_DIR = "index"
MANIFEST = "index.json"
FORMAT_VERSION = 2  # bump when the layout or a derived column changes: older indexes are rebuilt
CHUNK_ROWS = 50_000
UNDATED_MONTH = "undated"
SEARCHED_COLUMNS = ("quote", "speaker", "sentence")

Progress = Callable[[int, int], None]  # (rows done, rows in all)


@dataclass(frozen=True)
class Prepared:
    """What `prepare_folder` did: `rebuilt` is False when the index was already up to date."""

    index: Path
    rebuilt: bool
    rows: dict[str, int]


def index_path(folder: str | Path) -> Path:
    return Path(folder) / INDEX_DIR


def _sources(folder: Path) -> dict[str, Path]:
    return {table: _table_path(folder, table) for table in TABLE_NAMES}


def source_signature(folder: str | Path) -> dict[str, object]:
    """The files an index is made from, with size and modification time: a changed table means a new index."""
    signature: dict[str, object] = {"format": FORMAT_VERSION}
    for table, path in _sources(Path(folder)).items():
        stat = path.stat()
        signature[table] = {"file": path.name, "size": stat.st_size, "mtime_ns": stat.st_mtime_ns}
    return signature


def _manifest(index: Path) -> dict[str, object] | None:
    try:
        return json.loads((index / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def is_prepared(folder: str | Path) -> bool:
    """True when DIR/index exists and was made from the tables now in DIR."""
    manifest = _manifest(index_path(folder))
    try:
        return manifest is not None and manifest.get("source") == source_signature(folder)
    except FileNotFoundError:
        return False


def table_rows(folder: str | Path, table: str) -> int:
    """Rows in a built table without reading it (Parquet metadata; for CSV, an estimate from its size)."""
    path = _table_path(Path(folder), table)
    if path.suffix == ".parquet":
        return pq.ParquetFile(path).metadata.num_rows
    return path.stat().st_size // 300  # a claims or quotes row with its sentence is a few hundred bytes


# -- reading a built table in chunks -------------------------------------------------------------------

def _csv_chunks(path: Path, table: str) -> Iterator[pd.DataFrame]:
    columns = TABLE_COLUMNS[table]
    read_dtypes = {name: "string" if dtype.startswith("datetime") else dtype for name, dtype in columns.items()}
    missing_markers = {name: [""] for name, dtype in columns.items() if dtype != "string"}
    header = pd.read_csv(path, nrows=0, encoding="utf-8").columns
    extra = {name: "string" for name in header if name not in columns}
    reader = pd.read_csv(path, dtype=read_dtypes | extra, keep_default_na=False, na_values=missing_markers,
                         encoding="utf-8", chunksize=CHUNK_ROWS)
    for chunk in reader:
        text = [name for name in chunk.columns if name not in columns or columns[name] == "string"]
        yield chunk.assign(**{name: chunk[name].str.replace(_ESCAPED, "", regex=True) for name in text})


def _parquet_chunks(path: Path) -> Iterator[pd.DataFrame]:
    for batch in pq.ParquetFile(path).iter_batches(batch_size=CHUNK_ROWS):
        yield batch.to_pandas()


def typed(frame: pd.DataFrame, table: str) -> pd.DataFrame:
    """`frame` with the schema's dtypes on the schema's columns it has, every other column kept as it is.

    Like `schema.conform`, but the columns a build adds beyond the schema (the review columns) stay.
    """
    columns = TABLE_COLUMNS[table]
    missing = {name: pd.Series(pd.NA, index=frame.index) for name in columns if name not in frame}
    frame = frame.assign(**missing)
    casts = {}
    for name, dtype in columns.items():
        if dtype.startswith("datetime"):
            casts[name] = pd.to_datetime(frame[name], errors="coerce").astype(dtype)
        else:
            casts[name] = frame[name].astype(dtype)
        if name in COLUMN_DEFAULTS:
            casts[name] = casts[name].fillna(COLUMN_DEFAULTS[name])
    ordered = [*columns, *(name for name in frame.columns if name not in columns)]
    return frame.assign(**casts).loc[:, ordered]


def table_chunks(folder: str | Path, table: str) -> Iterator[pd.DataFrame]:
    """A built table in chunks of CHUNK_ROWS rows, typed as `read_table` types it, extra columns kept."""
    path = _table_path(Path(folder), table)
    chunks = _parquet_chunks(path) if path.suffix == ".parquet" else _csv_chunks(path, table)
    for chunk in chunks:
        yield typed(chunk, table)


# -- the derived columns ---------------------------------------------------------------------------------

def _month(dates: pd.Series) -> pd.Series:
    return dates.dt.strftime("%Y-%m").astype("string").fillna(UNDATED_MONTH)


def _article_columns(articles: pd.DataFrame) -> pd.DataFrame:
    return articles.assign(outlet_label=outlet_labels(articles["outlet"]), month=_month(articles["published"]))


def _quote_columns(quotes: pd.DataFrame) -> pd.DataFrame:
    keys = match_keys(quotes["quote"])
    return quotes.assign(
        outlet_label=outlet_labels(quotes["outlet"]),
        outlet_fold=outlet_labels(quotes["outlet"]).str.casefold(),
        speaker_label=labelled(quotes["speaker"], UNKNOWN_SPEAKER),
        speaker_country_label=labelled(quotes["speaker_country"], UNKNOWN_COUNTRY),
        partial_flag=quotes["partial"].fillna(False).astype(bool),
        match_key=keys,
        key_words=(keys.str.count(" ") + 1).astype("Int64"),
        month=_month(quotes["published"]),
    )


def _claim_columns(claims: pd.DataFrame) -> pd.DataFrame:
    dates = claim_dates(claims)
    labels = {
        "country_label": labelled(claims["claimant_country"], UNKNOWN_COUNTRY),
        "claimant_label": labelled(claims["claimant"], UNKNOWN_CLAIMANT),
        "what_label": labelled(claims["what"], "other"),
        "location_label": labelled(claims["location"], NO_LOCATION),
        "qualifier_label": labelled(claims["qualifier"], "exact"),
    }
    return claims.assign(
        **labels,
        outlet_label=outlet_labels(claims["outlet"]),
        outlet_fold=outlet_labels(claims["outlet"]).str.casefold(),
        wording_fold=claim_wording(claims).str.casefold(),
        **{name.replace("_label", "_sort"): label_sort_key(values) for name, values in labels.items()},
        date=dates["date"],
        date_basis=dates["date_basis"],
        week=dates["date"].dt.to_period("W").dt.start_time.astype("datetime64[ns]"),
        wording=claim_wording(claims),
        figure=figure_labels(claims),
        kind=claims["claimant_kind"].astype("string").fillna(""),
        hypothetical_flag=claims["hypothetical"].fillna(False).astype(bool),
        month=_month(claims["published"]),
    )


DERIVED: dict[str, Callable[[pd.DataFrame], pd.DataFrame]] = {
    "articles": _article_columns, "quotes": _quote_columns, "claims": _claim_columns,
}


def search_terms(text: pd.Series) -> pd.Series:
    """Each text's whitespace-separated words, lower-cased, curly quotes and dashes made straight.

    A searched word has no whitespace, so it is in a text exactly when it is inside one of these
    terms: the term table finds the same quotes as `filters.search_quotes`' pattern, without
    scanning the text. (DuckDB's `fts` extension would be downloaded by `INSTALL fts`; it is not
    in the wheel, and its stemmed, whole-word matches would not be the pandas search's.)
    """
    folded = text.astype("string").fillna("").str.translate(_TYPOGRAPHIC).str.lower()
    return folded.str.split()


def _postings(quotes: pd.DataFrame) -> pd.DataFrame:
    words = pd.concat([search_terms(quotes[column]).rename(column) for column in SEARCHED_COLUMNS], axis=1)
    frames = [pd.DataFrame({"_row": quotes["_row"], "term": words[column]}).explode("term")
              for column in SEARCHED_COLUMNS]
    return pd.concat(frames).dropna(subset=["term"]).drop_duplicates().astype({"term": "string"})


# -- writing ----------------------------------------------------------------------------------------------

def _write_table(folder: Path, staging: Path, table: str, advance: Callable[[int], None]) -> int:
    """The table with its derived columns, chunk by chunk into staging/raw/TABLE (then `_partition`)."""
    rows = 0
    raw = _make_dir(staging / "raw" / table)
    for number, chunk in enumerate(table_chunks(folder, table)):
        derived = DERIVED[table](chunk.assign(_row=pd.RangeIndex(rows, rows + len(chunk))))
        pq.write_table(pa.Table.from_pandas(derived, preserve_index=False), raw / f"part-{number:05d}.parquet")
        if table == "quotes":
            postings = _postings(derived)
            pq.write_table(pa.Table.from_pandas(postings, preserve_index=False),
                           _make_dir(staging / "raw" / "postings") / f"part-{number:05d}.parquet")
        rows += len(chunk)
        advance(len(chunk))
    if rows == 0:  # an empty table still needs a file to query
        empty = DERIVED[table](typed(pd.DataFrame(), table).assign(_row=pd.Series(dtype="int64")))
        pq.write_table(pa.Table.from_pandas(empty, preserve_index=False), raw / "part-00000.parquet")
    return rows


def _partition(con: object, staging: Path, table: str) -> None:
    """One file per month instead of one per chunk and month: fewer files for every query to open."""
    con.execute(f"COPY (SELECT * FROM read_parquet('{staging / 'raw' / table}/*.parquet')) TO "
                f"'{staging / table}' (FORMAT parquet, PARTITION_BY (month))")


def _make_dir(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    return path


def _write_term_index(con: object, staging: Path) -> None:
    """terms(term_id, term) and postings(term_id, _row) sorted by term, from the per-chunk postings."""
    chunks = staging / "raw" / "postings"
    if not any(chunks.glob("*.parquet")):
        con.execute("CREATE TABLE raw_postings AS SELECT ''::VARCHAR AS term, 0::BIGINT AS _row WHERE false")
    else:
        con.execute(f"CREATE TABLE raw_postings AS SELECT DISTINCT term, _row FROM read_parquet('{chunks}/*.parquet')")
    con.execute("CREATE TABLE terms AS SELECT (row_number() OVER (ORDER BY term) - 1)::INTEGER AS term_id, term "
                "FROM (SELECT DISTINCT term FROM raw_postings)")
    con.execute(f"COPY (SELECT * FROM terms ORDER BY term_id) TO '{staging / 'terms.parquet'}' (FORMAT parquet)")
    con.execute(f"COPY (SELECT term_id, _row FROM raw_postings JOIN terms USING (term) ORDER BY term_id, _row) "
                f"TO '{staging / 'postings.parquet'}' (FORMAT parquet, ROW_GROUP_SIZE 100000)")


def _write_index(staging: Path) -> None:
    import duckdb

    con = duckdb.connect(config={"memory_limit": "1GB", "threads": 2, "temp_directory": str(staging / "tmp")})
    try:
        for table in TABLE_NAMES:
            _partition(con, staging, table)
        _write_term_index(con, staging)
    finally:
        con.close()
    shutil.rmtree(staging / "raw", ignore_errors=True)
    shutil.rmtree(staging / "tmp", ignore_errors=True)


def _swap_into_place(staging: Path, index: Path) -> None:
    """Rename the finished index into place; an older one is moved aside first and then deleted."""
    old = None
    if index.exists():
        old = index.with_name(f".{index.name}-old-{os.getpid()}")
        os.replace(index, old)
    os.replace(staging, index)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


def prepare_folder(folder: str | Path, progress: Progress | None = None, force: bool = False) -> Prepared:
    """Write DIR/index for a built folder (CSV-only or with Parquet); a no-op when it is up to date."""
    folder = Path(folder)
    index = index_path(folder)
    if not force and is_prepared(folder):
        manifest = _manifest(index) or {}
        return Prepared(index, False, dict(manifest.get("rows", {})))
    signature = source_signature(folder)
    for leftover in folder.glob(f".{INDEX_DIR}-*"):  # from a run that was killed
        shutil.rmtree(leftover, ignore_errors=True)
    total = sum(table_rows(folder, table) for table in TABLE_NAMES)
    done = 0

    def advance(rows: int) -> None:
        nonlocal done
        done += rows
        if progress is not None:
            progress(min(done, total), max(total, done))

    staging = Path(tempfile.mkdtemp(prefix=f".{INDEX_DIR}-", dir=folder))
    try:
        rows = {table: _write_table(folder, staging, table, advance) for table in TABLE_NAMES}
        _write_index(staging)
        manifest = {"source": signature, "rows": rows}
        (staging / MANIFEST).write_text(json.dumps(manifest, indent=1), encoding="utf-8")
        from analysis.store.query import write_answers  # the query layer reads this module

        write_answers(staging)
        if progress is not None:
            progress(done, done)
        _swap_into_place(staging, index)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return Prepared(index, True, rows)
