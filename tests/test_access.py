"""The allowed corpus folders: what is let in, what is refused, and that a refusal names the setting."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from analysis.access import (
    CORPORA_ENV,
    SEEDS_DIR,
    PathNotAllowed,
    allowed_folders,
    as_code,
    check_corpus_path,
    is_local_visitor,
)


@pytest.fixture
def disk(tmp_path: Path) -> dict[str, Path]:
    """An allowed folder with an article, and a private folder beside it."""
    allowed = tmp_path / "allowed"
    private = tmp_path / "private"
    (allowed / "articles").mkdir(parents=True)
    private.mkdir()
    (allowed / "articles" / "one.txt").write_text("Headline\nBody.\n", encoding="utf-8")
    (private / "note.txt").write_text("my private note\n", encoding="utf-8")
    return {"allowed": allowed, "private": private}


def test_a_folder_inside_is_allowed_and_resolved(disk):
    assert check_corpus_path(disk["allowed"] / "articles", [disk["allowed"]]) == (disk["allowed"] / "articles")


@pytest.mark.parametrize("spelled", ["{allowed}", "{allowed}/", "{allowed}//articles/", "{allowed}/./articles"])
def test_the_allowed_folder_itself_and_trailing_slashes(disk, spelled):
    typed = spelled.format(allowed=disk["allowed"])
    assert check_corpus_path(typed, [disk["allowed"]]).is_relative_to(disk["allowed"])


def test_an_allowed_folder_given_with_a_trailing_slash(disk):
    assert check_corpus_path(disk["allowed"] / "articles", [Path(f"{disk['allowed']}/")])


def test_dot_dot_out_of_the_allowed_folder_is_refused(disk):
    with pytest.raises(PathNotAllowed, match=CORPORA_ENV):
        check_corpus_path(f"{disk['allowed']}/articles/../../private/note.txt", [disk["allowed"]])


def test_dot_dot_that_stays_inside_is_allowed(disk):
    typed = f"{disk['allowed']}/articles/../articles/one.txt"
    assert check_corpus_path(typed, [disk["allowed"]]) == disk["allowed"] / "articles" / "one.txt"


def test_a_symbolic_link_out_of_the_allowed_folder_is_refused(disk):
    (disk["allowed"] / "shortcut").symlink_to(disk["private"])
    with pytest.raises(PathNotAllowed):
        check_corpus_path(disk["allowed"] / "shortcut", [disk["allowed"]])
    with pytest.raises(PathNotAllowed):
        check_corpus_path(disk["allowed"] / "shortcut" / "note.txt", [disk["allowed"]])


def test_a_symbolic_link_into_the_allowed_folder_is_allowed(disk):
    (disk["private"] / "to-articles").symlink_to(disk["allowed"] / "articles")
    assert check_corpus_path(disk["private"] / "to-articles", [disk["allowed"]]) == disk["allowed"] / "articles"


def test_an_allowed_folder_that_is_itself_a_link_counts_by_its_target(disk, tmp_path):
    link = tmp_path / "link-to-allowed"
    link.symlink_to(disk["allowed"])
    assert check_corpus_path(disk["allowed"] / "articles", [link])


def test_a_sibling_whose_name_starts_like_the_allowed_folder_is_refused(disk, tmp_path):
    sibling = tmp_path / "allowed-not"
    sibling.mkdir()
    with pytest.raises(PathNotAllowed):
        check_corpus_path(sibling, [disk["allowed"]])


def test_another_case_is_another_folder_on_a_case_sensitive_disk(tmp_path):
    (tmp_path / "Corpus").mkdir()
    try:
        (tmp_path / "corpus").mkdir()
    except FileExistsError:
        pytest.skip("this disk ignores case: Corpus and corpus are one folder")
    (tmp_path / "corpus" / "secret.txt").write_text("not for you\n", encoding="utf-8")
    with pytest.raises(PathNotAllowed):
        check_corpus_path(tmp_path / "corpus" / "secret.txt", [tmp_path / "Corpus"])


def test_a_missing_path_is_refused_outside_and_passed_on_inside(disk):
    with pytest.raises(PathNotAllowed):
        check_corpus_path(disk["private"] / "no-such-folder", [disk["allowed"]])
    assert check_corpus_path(disk["allowed"] / "no-such-folder", [disk["allowed"]]) == (
        disk["allowed"] / "no-such-folder")


def test_the_refusal_names_the_setting_and_the_allowed_folders(disk):
    with pytest.raises(PathNotAllowed) as refusal:
        check_corpus_path(disk["private"], [disk["allowed"]])
    assert CORPORA_ENV in str(refusal.value) and str(disk["allowed"]) in str(refusal.value)


def test_a_link_loop_and_a_nul_byte_are_refused(disk):
    (disk["allowed"] / "loop").symlink_to(disk["allowed"] / "loop")
    for typed in (disk["allowed"] / "loop" / "x", f"{disk['allowed']}/a\0b", "~no-such-user-here/x"):
        with pytest.raises(PathNotAllowed):
            check_corpus_path(typed, [disk["allowed"]])


def test_an_empty_path_is_refused(disk):
    with pytest.raises(PathNotAllowed):
        check_corpus_path("  ", [disk["allowed"]])


def test_the_default_is_the_seeds_and_the_home_folder():
    assert allowed_folders({}) == (SEEDS_DIR.resolve(), Path.home().resolve())
    assert allowed_folders({CORPORA_ENV: ""}) == allowed_folders({})


def test_the_setting_lists_folders_separated_by_the_path_separator(disk):
    setting = os.pathsep.join([str(disk["allowed"]), "", f"{disk['private']}/"])
    assert allowed_folders({CORPORA_ENV: setting}) == (disk["allowed"], disk["private"])


def test_the_setting_is_read_when_no_folders_are_given(disk, monkeypatch):
    monkeypatch.setenv(CORPORA_ENV, str(disk["allowed"]))
    assert check_corpus_path(disk["allowed"] / "articles")
    with pytest.raises(PathNotAllowed):
        check_corpus_path(disk["private"])
    with pytest.raises(PathNotAllowed):
        check_corpus_path(SEEDS_DIR)  # the setting replaces the default


def test_a_tilde_is_the_home_folder():
    assert check_corpus_path("~", [Path.home()]) == Path.home().resolve()


def test_a_path_from_a_link_cannot_break_out_of_its_code_span():
    assert as_code("a`[x](http://example.invalid)`\nb") == "`a'[x](http://example.invalid)' b`"


@pytest.mark.parametrize(("address", "headers", "local"), [
    (None, {"Host": "localhost:8501"}, True),
    (None, {"host": "127.0.0.1:8501"}, True),
    (None, {"Host": "[::1]:8501"}, True),
    (None, {}, True),  # no browser connection: a script run in-process
    ("192.0.2.7", {"Host": "localhost:8501"}, False),
    ("2001:db8::5", {"Host": "[::1]:8501"}, False),
    ("127.0.0.1", {"Host": "localhost:8501"}, True),
    (None, {"Host": "localhost:8501", "X-Forwarded-For": "198.51.100.4"}, False),
    (None, {"Host": "localhost", "Forwarded": "for=198.51.100.4"}, False),
    (None, {"Host": "localhost", "X-Real-IP": "127.0.0.1"}, False),
    (None, {"Host": "rebound.example.net:8501"}, False),  # a page elsewhere pointing its name at 127.0.0.1
    (None, {"Host": "deskhost.lan:8501"}, False),  # this computer's own network name: reachable by others
    (None, {"User-Agent": "test"}, False),  # a browser connection without a Host
])
def test_a_visitor_is_local_only_on_loopback_by_a_loopback_name(address, headers, local):
    assert is_local_visitor(address, headers) is local
