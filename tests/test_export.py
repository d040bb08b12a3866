"""Tests for analysis/export.py: formula-safe CSV, atomic writes, round trips."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st
from pandas.testing import assert_frame_equal

from analysis import export
from analysis.export import TableWriteError, csv_bytes, read_tables, safe_cell, unescape_cell, write_tables
from analysis.schema import Tables, conform


def _blank_text(frame: pd.DataFrame) -> pd.DataFrame:
    """Unknown text as "" (what the loader produces), since a CSV cell cannot tell NA from ""."""
    text_columns = frame.select_dtypes("string").columns
    return frame.assign(**{name: frame[name].fillna("") for name in text_columns})


def small_tables() -> Tables:
    """Three tiny hand-made tables touching every dtype and the awkward values."""
    articles = conform(
        [
            {"article_id": "a1", "title": "Troops seen near border", "outlet": "Example News",
             "published": "2024-11-05", "status": "ok", "error": "", "path": "a1.txt",
             "format": "txt", "n_words": 120, "text": "Troops seen near border\nBody, \"quoted\"\nline"},
            {"article_id": "a2", "title": "=cmd|' /C calc'!A0", "outlet": "", "published": None,
             "status": "skipped", "error": "empty file", "path": "sub/a2.txt", "format": "txt",
             "n_words": None, "text": ""},
        ],
        "articles",
    ).pipe(_blank_text)
    quotes = conform(
        [
            {"quote_id": "a1-q1", "article_id": "a1", "quote": '=HYPERLINK("http://x","y")',
             "speaker": "A Spokesperson", "speaker_country": "NA", "partial": False, "start": 10,
             "end": 40, "paragraph": 1, "published": "2024-11-05"},
            {"quote_id": "a1-q2", "article_id": "a1", "quote": "-5 degrees, he said", "speaker": "@someone",
             "speaker_country": "", "partial": None, "start": None, "end": None, "paragraph": 2},
        ],
        "quotes",
    ).pipe(_blank_text)
    claims = conform(
        [
            {"claim_id": "a1-c1", "article_id": "a1", "value": -5, "value_high": None, "qualifier": "exact",
             "what": "troops", "hypothetical": True, "date_said": "2024-11-04", "sentence": "+about -5",
             "start": 3, "end": 5, "figure_text": "'=already escaped"},
        ],
        "claims",
    ).pipe(_blank_text)
    return Tables(articles, quotes, claims)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ('=HYPERLINK("http://x","y")', '\'=HYPERLINK("http://x","y")'),
        ("+1 555", "'+1 555"),
        ("-5", "'-5"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tindented", "'\tindented"),
        ("\rreturn", "'\rreturn"),
        ("'=already", "''=already"),
        ("plain text", "plain text"),
        ("1+1", "1+1"),
        ("it's", "it's"),
        ("'quoted'", "'quoted'"),
        ("", ""),
    ],
)
def test_safe_cell(value: str, expected: str) -> None:
    assert safe_cell(value) == expected


@given(st.text())
def test_unescape_cell_undoes_safe_cell(value: str) -> None:
    assert unescape_cell(safe_cell(value)) == value


def test_csv_neutralises_text_but_not_numbers_bools_or_dates() -> None:
    frame = pd.DataFrame(
        {
            "quote": pd.array(['=HYPERLINK("http://x","y")', "ok"], dtype="string"),
            "value": pd.array([-5, None], dtype="Int64"),
            "ratio": [-1.5, 2.0],
            "partial": pd.array([True, None], dtype="boolean"),
            "published": pd.to_datetime(["2024-11-05", None]),
        }
    )
    assert csv_bytes(frame).decode("utf-8") == (
        "quote,value,ratio,partial,published\n"
        '"\'=HYPERLINK(""http://x"",""y"")",-5,-1.5,True,2024-11-05\n'
        "ok,,2.0,,\n"
    )


@pytest.mark.parametrize(
    "column",
    [
        pd.Series(["=1+1", "ok"]),  # pandas' default text dtype
        pd.Series(["=1+1", "ok"], dtype="string"),
        pd.Series(["=1+1", "ok"], dtype=object),
        pd.Series(["=1+1", "ok"], dtype="category"),
    ],
    ids=["default", "string", "object", "category"],
)
def test_csv_neutralises_every_text_dtype(column: pd.Series) -> None:
    assert csv_bytes(pd.DataFrame({"cell": column})).decode("utf-8") == "cell\n'=1+1\nok\n"


def test_csv_object_column_neutralises_only_strings() -> None:
    frame = pd.DataFrame({"mixed": ["=1+1", -3, None], "n": [1, 2, 3]}).astype({"mixed": object})
    assert csv_bytes(frame).decode("utf-8") == "mixed,n\n'=1+1,1\n-3,2\n,3\n"


def test_csv_is_utf8_with_header_and_no_index() -> None:
    frame = pd.DataFrame({"title": pd.array(["“Curly” — Kyiv’s"], dtype="string")}, index=[7])
    assert csv_bytes(frame) == "title\n“Curly” — Kyiv’s\n".encode()


def test_written_quote_starting_with_formula_is_escaped_in_file(tmp_path: Path) -> None:
    write_tables(small_tables(), tmp_path)
    quotes = pd.read_csv(tmp_path / "quotes.csv", dtype=str, keep_default_na=False)
    assert quotes.loc[0, "quote"] == '\'=HYPERLINK("http://x","y")'
    claims = pd.read_csv(tmp_path / "claims.csv", dtype=str, keep_default_na=False)
    assert claims.loc[0, "value"] == "-5"


@pytest.mark.parametrize("parquet", [False, True])
def test_round_trip_gives_equal_frames(tmp_path: Path, parquet: bool) -> None:
    tables = small_tables()
    written = write_tables(tables, tmp_path / "out", parquet=parquet)
    suffixes = [".csv", ".parquet"] if parquet else [".csv"]
    assert sorted(path.name for path in written) == sorted(
        f"{name}{suffix}" for name in ("articles", "quotes", "claims") for suffix in suffixes
    )
    back = read_tables(tmp_path / "out")
    for name in ("articles", "quotes", "claims"):
        assert_frame_equal(getattr(back, name), getattr(tables, name), obj=name)


def test_round_trip_of_empty_tables(tmp_path: Path) -> None:
    tables = Tables(conform([], "articles"), conform([], "quotes"), conform([], "claims"))
    write_tables(tables, tmp_path)
    back = read_tables(tmp_path)
    for name in ("articles", "quotes", "claims"):
        assert_frame_equal(getattr(back, name), getattr(tables, name), obj=name)


def test_csv_reads_missing_text_back_as_empty_string(tmp_path: Path) -> None:
    tables = small_tables()
    with_missing = tables.articles.assign(url=pd.array([None, "https://example.org/a2"], dtype="string"))
    write_tables(Tables(with_missing, tables.quotes, tables.claims), tmp_path)
    assert read_tables(tmp_path).articles["url"].tolist() == ["", "https://example.org/a2"]


def test_csv_keeps_literal_na_words_as_text(tmp_path: Path) -> None:
    write_tables(small_tables(), tmp_path)
    assert read_tables(tmp_path).quotes.loc[0, "speaker_country"] == "NA"


def test_csv_writing_only_removes_stale_parquet(tmp_path: Path) -> None:
    tables = small_tables()
    write_tables(tables, tmp_path, parquet=True)
    renamed = tables.articles.assign(title="Second build")
    write_tables(Tables(renamed, tables.quotes, tables.claims), tmp_path)
    assert not list(tmp_path.glob("*.parquet"))
    assert read_tables(tmp_path).articles["title"].tolist() == ["Second build", "Second build"]


def test_interrupted_write_leaves_no_partial_or_temp_files(tmp_path: Path, monkeypatch) -> None:
    real_write_temp = export._write_temp

    def write_then_fail(out_dir: Path, final_name: str, data: bytes) -> Path:
        if final_name == "quotes.csv":
            # half a file on disk, then the failure a full disk would cause
            (out_dir / f".{final_name}.partial.tmp").write_bytes(data[: len(data) // 2])
            raise OSError(28, "No space left on device")
        return real_write_temp(out_dir, final_name, data)

    monkeypatch.setattr(export, "_write_temp", write_then_fail)
    out = tmp_path / "out"
    with pytest.raises(TableWriteError, match="No space left on device"):
        write_tables(small_tables(), out)
    leftovers = sorted(path.name for path in out.iterdir() if not path.name.endswith(".partial.tmp"))
    assert leftovers == []


def test_interrupted_write_keeps_previous_build(tmp_path: Path, monkeypatch) -> None:
    tables = small_tables()
    write_tables(tables, tmp_path)
    before = (tmp_path / "articles.csv").read_bytes()

    def fail_on_encode(frame: pd.DataFrame) -> bytes:
        raise OSError("disk went away")

    monkeypatch.setattr(export, "csv_bytes", fail_on_encode)
    with pytest.raises(TableWriteError):
        write_tables(Tables(tables.articles.assign(title="new"), tables.quotes, tables.claims), tmp_path)
    assert (tmp_path / "articles.csv").read_bytes() == before
    assert sorted(path.name for path in tmp_path.iterdir()) == ["articles.csv", "claims.csv", "quotes.csv"]


def test_failed_rename_cleans_temp_files(tmp_path: Path, monkeypatch) -> None:
    def refuse(source: object, target: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(export.os, "replace", refuse)
    with pytest.raises(TableWriteError, match="Permission denied"):
        write_tables(small_tables(), tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_unwritable_output_folder_gives_clear_error(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    with pytest.raises(TableWriteError, match="cannot create the output folder .*a-file"):
        write_tables(small_tables(), blocker / "out")


def test_write_error_is_an_oserror() -> None:
    assert issubclass(TableWriteError, OSError)


def test_read_tables_names_missing_file(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="articles.csv not found"):
        read_tables(tmp_path)


def test_read_tables_accepts_csv_from_elsewhere(tmp_path: Path) -> None:
    # a hand-edited articles.csv with only the contract columns still reads with full dtypes
    for name, header in [("quotes", "quote_id,article_id\n"), ("claims", "claim_id,value\nc1,-5\n")]:
        (tmp_path / f"{name}.csv").write_text(header, encoding="utf-8")
    (tmp_path / "articles.csv").write_text(
        "article_id,title,outlet,published,status,error\nx,T,,2024-01-31,ok,\n", encoding="utf-8"
    )
    back = read_tables(tmp_path)
    assert back.articles["published"].tolist() == [pd.Timestamp("2024-01-31")]
    assert str(back.articles["n_words"].dtype) == "Int64"
    assert back.claims["value"].tolist() == [-5]
    assert io.StringIO(csv_bytes(back.articles).decode()).readline().startswith("article_id,title,outlet")


@pytest.mark.parametrize(("umask", "mode"), [(0o022, 0o644), (0o002, 0o664), (0o077, 0o600)])
def test_tables_are_written_with_the_users_umask(tmp_path: Path, umask: int, mode: int) -> None:
    previous = os.umask(umask)
    try:
        assert export.current_umask() == umask
        written = write_tables(small_tables(), tmp_path / "out", parquet=True)
    finally:
        os.umask(previous)
    assert {path.name: path.stat().st_mode & 0o777 for path in written} == {path.name: mode for path in written}
