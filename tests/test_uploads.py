"""Uploaded files are untrusted: types, sizes, names and where they are written (analysis/uploads.py)."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

from analysis.uploads import (
    STAGING_PREFIX,
    UploadLimits,
    check_uploads,
    corpus_fingerprint,
    is_built_folder,
    limits_from_env,
    remove_staged,
    safe_file_name,
    stage_uploads,
    uploads_fingerprint,
)

SMALL = UploadLimits(max_file_bytes=100, max_total_bytes=150)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("article.txt", "article.txt"),
        ("../../etc/passwd.txt", "passwd.txt"),
        ("C:\\Users\\me\\news.md", "news.md"),
        ("..", None),
        ("../", None),
        (".hidden.html", "hidden.html"),
        ("a..b.txt", "a.b.txt"),
        ("x<script>.html", "x_script_.html"),
        ("über café.md", "über café.md"),
        ("a" * 300 + ".jsonl", "a" * 114 + ".jsonl"),
    ],
)
def test_safe_file_name(name, expected):
    assert safe_file_name(name) == expected


@pytest.mark.parametrize(
    ("files", "accepted", "reasons"),
    [
        ([("a.txt", b"x")], ["a.txt"], []),
        ([("a.pdf", b"x")], [], ["unsupported file type .pdf"]),
        ([("README", b"x")], [], ["unsupported file type (none)"]),
        ([("a.txt", b"")], [], ["the file is empty"]),
        ([("a.txt", b"x" * 101)], [], ["is over the per-file limit"]),
        ([("a.txt", b"x" * 100), ("b.txt", b"x" * 60)], ["a.txt"], ["exceed the total limit"]),
        ([("a.txt", b"1"), ("dir/A.TXT", b"2")], ["a.txt", "A-2.TXT"], []),  # names never collide
        ([("../x.HTML", b"x")], ["x.HTML"], []),
    ],
)
def test_check_uploads(files, accepted, reasons):
    kept, rejected = check_uploads(files, SMALL)
    assert [name for name, _ in kept] == accepted
    assert len(rejected) == len(reasons)
    for rejection, reason in zip(rejected, reasons, strict=True):
        assert reason in rejection.reason


def test_stage_uploads_writes_only_inside_a_fresh_temporary_folder():
    staged = stage_uploads([("../../evil.txt", b"one"), ("notes.pdf", b"two"), ("good.md", b"three")], SMALL)
    try:
        assert staged.folder is not None and staged.folder.name.startswith(STAGING_PREFIX)
        assert staged.folder.parent.resolve() == Path(tempfile.gettempdir()).resolve()
        assert sorted(path.name for path in staged.folder.iterdir()) == ["evil.txt", "good.md"]
        assert (staged.folder / "evil.txt").read_bytes() == b"one"
        assert [rejection.name for rejection in staged.rejected] == ["notes.pdf"]
    finally:
        assert remove_staged(staged.folder)
    assert not staged.folder.exists()


def test_stage_uploads_without_acceptable_files_makes_no_folder():
    staged = stage_uploads([("a.exe", b"x")], SMALL)
    assert staged.folder is None and staged.accepted == [] and len(staged.rejected) == 1


def test_remove_staged_refuses_folders_it_did_not_make(tmp_path):
    assert not remove_staged(tmp_path)
    assert tmp_path.exists()
    lookalike = tmp_path / f"{STAGING_PREFIX}x"
    lookalike.mkdir()
    assert not remove_staged(lookalike) and lookalike.exists()  # right name, wrong place
    assert not remove_staged(None)


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({}, UploadLimits()),
        ({"CLAIMDESK_MAX_UPLOAD_MB": "1", "CLAIMDESK_MAX_UPLOAD_TOTAL_MB": "3"},
         UploadLimits(1024 * 1024, 3 * 1024 * 1024)),
        ({"CLAIMDESK_MAX_UPLOAD_MB": "lots", "CLAIMDESK_MAX_UPLOAD_TOTAL_MB": "-1"}, UploadLimits()),
    ],
)
def test_limits_from_env(environ, expected):
    assert limits_from_env(environ) == expected
    assert UploadLimits().max_file_bytes == 2 * 1024 * 1024 and UploadLimits().max_total_bytes == 50 * 1024 * 1024


def test_uploads_fingerprint_depends_on_content_not_order():
    first = uploads_fingerprint([("a.txt", b"1"), ("b.txt", b"2")])
    assert first == uploads_fingerprint([("b.txt", b"2"), ("a.txt", b"1")])
    assert first != uploads_fingerprint([("a.txt", b"1"), ("b.txt", b"3")])


def test_corpus_fingerprint_changes_when_a_file_changes(tmp_path):
    (tmp_path / "a.txt").write_text("one", encoding="utf-8")
    before = corpus_fingerprint(tmp_path)
    assert before == corpus_fingerprint(tmp_path)
    (tmp_path / "b.txt").write_text("two", encoding="utf-8")
    added = corpus_fingerprint(tmp_path)
    os.utime(tmp_path / "a.txt", ns=(1, 1))
    assert len({before, added, corpus_fingerprint(tmp_path)}) == 3
    assert corpus_fingerprint(tmp_path / "a.txt").startswith("path:")


def test_is_built_folder(tmp_path):
    assert not is_built_folder(tmp_path)
    (tmp_path / "articles.csv").write_text("article_id\n", encoding="utf-8")
    assert is_built_folder(tmp_path)
    assert not is_built_folder(tmp_path / "articles.csv")


def test_built_folder_fingerprint_follows_its_tables_not_its_cache(tmp_path):
    (tmp_path / "articles.csv").write_text("article_id\n", encoding="utf-8")
    (tmp_path / ".cache").mkdir()
    before = corpus_fingerprint(tmp_path)
    (tmp_path / ".cache" / "one.json").write_text("{}", encoding="utf-8")
    assert corpus_fingerprint(tmp_path) == before
    (tmp_path / "claims.csv").write_text("claim_id\n", encoding="utf-8")
    assert corpus_fingerprint(tmp_path) != before
