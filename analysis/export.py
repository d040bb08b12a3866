"""Writing the built tables to a folder and reading them back.

CSV files are for people as much as for programs: analysts open them in
spreadsheets, so every text cell that a spreadsheet would run as a formula
is neutralised with a leading apostrophe (OWASP "CSV injection"). The
escape is reversible, and `read_tables` undoes it, so a write/read round
trip gives back the very strings that were written.
"""

from __future__ import annotations

import io
import os
import re
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pandas as pd

from analysis.schema import TABLE_COLUMNS, Tables, conform

TABLE_NAMES: tuple[str, ...] = ("articles", "quotes", "claims")

# A cell starting with one of these is run as a formula by Excel / LibreOffice / Sheets.
FORMULA_TRIGGERS = "=+-@\t\r"
# Cells that start with a trigger get a leading apostrophe. Cells that already start with
# apostrophes followed by a trigger get one more, so `unescape_cell` can always undo it.
_NEEDS_ESCAPE = rf"^(?='*[{re.escape(FORMULA_TRIGGERS)}])"
_ESCAPED = rf"^'(?='*[{re.escape(FORMULA_TRIGGERS)}])"
CSV_DATE_FORMAT = "%Y-%m-%d"


class TableWriteError(OSError):
    """The output folder cannot be created or written."""


def safe_cell(value: str) -> str:
    """Return `value` with a leading apostrophe when a spreadsheet would read it as a formula."""
    stripped = value.lstrip("'")
    if stripped[:1] and stripped[0] in FORMULA_TRIGGERS:
        return "'" + value
    return value


def unescape_cell(value: str) -> str:
    """Undo `safe_cell`: unescape_cell(safe_cell(x)) == x for every string x."""
    if value.startswith("'") and safe_cell(value[1:]) == value:
        return value[1:]
    return value


def _is_text_column(series: pd.Series) -> bool:
    return (
        pd.api.types.is_string_dtype(series.dtype)
        or series.dtype == object
        or isinstance(series.dtype, pd.CategoricalDtype)
    )


def _safe_text_column(series: pd.Series) -> pd.Series:
    if isinstance(series.dtype, pd.StringDtype):
        # only cells starting with a trigger or an apostrophe can change: replacing in every cell copies them all
        candidates = series.str.slice(0, 1).isin(list(FORMULA_TRIGGERS + "'")).fillna(False)
        if not candidates.any():
            return series
        return series.mask(candidates, series[candidates].str.replace(_NEEDS_ESCAPE, "'", regex=True))
    # object and category columns may mix text with numbers or None: only the text is touched
    return series.astype(object).map(lambda value: safe_cell(value) if isinstance(value, str) else value)


def csv_bytes(frame: pd.DataFrame) -> bytes:
    """UTF-8 CSV (header, no index) with formula-safe text cells; numbers, booleans and dates untouched."""
    safe = frame.copy()
    # by position, so frames with duplicate or non-string column names work too
    for position in range(frame.shape[1]):
        column = frame.iloc[:, position]
        if _is_text_column(column):
            safe.isetitem(position, _safe_text_column(column))
    return safe.to_csv(index=False, date_format=CSV_DATE_FORMAT, lineterminator="\n").encode("utf-8")


def _parquet_bytes(frame: pd.DataFrame) -> bytes:
    buffer = io.BytesIO()
    frame.to_parquet(buffer, index=False)
    return buffer.getvalue()


def current_umask() -> int:
    """The process's file-mode creation mask, read without changing it where the system tells it."""
    try:
        status = Path("/proc/self/status").read_text(encoding="ascii", errors="replace")
    except OSError:
        status = ""
    match = re.search(r"^Umask:\s*([0-7]+)", status, re.MULTILINE)
    if match:
        return int(match.group(1), 8)
    mask = os.umask(0o022)  # elsewhere only setting it reveals it: put it straight back
    os.umask(mask)
    return mask


def _write_temp(out_dir: Path, final_name: str, data: bytes) -> Path:
    """Write `data` to a hidden temporary file beside its final name; the caller renames it.

    mkstemp creates the file for its owner only; the table gets the mode an ordinary file would
    (0644 under umask 022), so colleagues can read a shared build folder.
    """
    descriptor, temp_name = tempfile.mkstemp(dir=out_dir, prefix=f".{final_name}.", suffix=".tmp")
    temp_path = Path(temp_name)
    try:
        os.fchmod(descriptor, 0o666 & ~current_umask())
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException:
        temp_path.unlink(missing_ok=True)
        raise
    return temp_path


def _encoded_tables(tables: Tables, parquet: bool) -> Iterator[tuple[str, bytes]]:
    for name in TABLE_NAMES:
        frame = getattr(tables, name)
        yield f"{name}.csv", csv_bytes(frame)
        if parquet:
            yield f"{name}.parquet", _parquet_bytes(frame)


def write_tables(tables: Tables, out_dir: str | Path, *, parquet: bool = False) -> list[Path]:
    """Write articles/quotes/claims as CSV (and Parquet) into `out_dir`; return the written paths.

    All files are first written under temporary names and only then renamed into place, so a
    failure part-way leaves the previous build (or nothing) rather than half-written tables.
    """
    out_dir = Path(out_dir)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        reason = error.strerror or error
        raise TableWriteError(f"cannot create the output folder {out_dir}: {reason}") from error
    staged: list[tuple[Path, Path]] = []
    try:
        for final_name, data in _encoded_tables(tables, parquet):
            staged.append((_write_temp(out_dir, final_name, data), out_dir / final_name))
        for temp_path, final_path in staged:
            os.replace(temp_path, final_path)
        if not parquet:
            # a Parquet file left by an earlier build would shadow the new CSV in read_tables
            for name in TABLE_NAMES:
                (out_dir / f"{name}.parquet").unlink(missing_ok=True)
    except OSError as error:
        raise TableWriteError(f"cannot write tables to {out_dir}: {error.strerror or error}") from error
    finally:
        for temp_path, _ in staged:
            temp_path.unlink(missing_ok=True)
    return [final_path for _, final_path in staged]


def _read_csv_table(path: Path, table: str) -> pd.DataFrame:
    columns = TABLE_COLUMNS[table]
    # dates are parsed by `conform`; text keeps "NA"/"null" literally (keep_default_na=False)
    read_dtypes = {
        name: "string" if dtype.startswith("datetime") else dtype for name, dtype in columns.items()
    }
    missing_markers = {name: [""] for name, dtype in columns.items() if dtype != "string"}
    frame = pd.read_csv(
        path, dtype=read_dtypes, keep_default_na=False, na_values=missing_markers, encoding="utf-8"
    )
    text_columns = [name for name, dtype in columns.items() if dtype == "string" and name in frame]
    return frame.assign(
        **{name: frame[name].str.replace(_ESCAPED, "", regex=True) for name in text_columns}
    )


def _table_path(out_dir: Path, table: str) -> Path:
    parquet_path = out_dir / f"{table}.parquet"
    if parquet_path.exists():
        return parquet_path
    csv_path = out_dir / f"{table}.csv"
    if csv_path.exists():
        return csv_path
    raise FileNotFoundError(
        f"{csv_path} not found: build the tables first with `python -m analysis build INPUT --out {out_dir}`"
    )


def read_table(out_dir: str | Path, table: str) -> pd.DataFrame:
    """Read one built table (Parquet when present, else CSV) with the schema's columns and dtypes."""
    path = _table_path(Path(out_dir), table)
    frame = pd.read_parquet(path) if path.suffix == ".parquet" else _read_csv_table(path, table)
    return conform(frame, table)


def read_tables(out_dir: str | Path) -> Tables:
    """Read a folder written by `write_tables` back into `Tables` with the same dtypes as a fresh build."""
    return Tables(*(read_table(out_dir, table) for table in TABLE_NAMES))
