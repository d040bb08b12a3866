"""The users file of a team server, logins and their limits, and the `users` command."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from analysis.users import (
    LoginThrottle,
    UsersFileError,
    add_user,
    authenticate,
    parse_users,
    read_users,
    remove_user,
    session_expired,
    session_timeout_seconds,
)
from tests.conftest import ROOT

PASSWORD = "plum-tree-kettle"


@pytest.fixture
def users_file(tmp_path: Path) -> Path:
    path = tmp_path / "team" / "users"
    add_user(path, "mara.lind", PASSWORD)
    return path


def test_the_file_holds_a_salted_hash_not_the_password(users_file):
    text = users_file.read_text(encoding="utf-8")
    assert PASSWORD not in text
    (hashed,) = read_users(users_file).values()
    assert hashed.startswith("$argon2id$")
    add_user(users_file, "oskar", PASSWORD)  # the same password, another salt
    assert len(set(read_users(users_file).values())) == 2


def test_the_file_is_readable_by_its_owner_only(users_file):
    assert users_file.stat().st_mode & 0o077 == 0


def test_the_right_password_logs_in_and_nothing_else(users_file):
    users = read_users(users_file)
    assert authenticate(users, "mara.lind", PASSWORD) == "mara.lind"
    assert authenticate(users, "MARA.LIND", PASSWORD) == "mara.lind"  # names ignore case
    assert authenticate(users, "mara.lind", PASSWORD.upper()) is None  # passwords don't
    assert authenticate(users, "mara.lind", "") is None
    assert authenticate(users, "nobody", PASSWORD) is None


def test_adding_a_known_name_sets_a_new_password(users_file):
    assert add_user(users_file, "Mara.Lind", "another-long-one") is False
    users = read_users(users_file)
    assert list(users) == ["Mara.Lind"]
    assert authenticate(users, "mara.lind", PASSWORD) is None
    assert authenticate(users, "mara.lind", "another-long-one") == "Mara.Lind"


def test_removing_a_user(users_file):
    assert remove_user(users_file, "MARA.lind") is True
    assert read_users(users_file) == {}
    assert remove_user(users_file, "mara.lind") is False


@pytest.mark.parametrize(("name", "password", "message"), [
    ("mara", "short", "at least 8"),
    ("../etc", PASSWORD, "not allowed"),
    ("with:colon", PASSWORD, "not allowed"),
    ("", PASSWORD, "not allowed"),
])
def test_bad_names_and_passwords_are_refused(tmp_path, name, password, message):
    with pytest.raises(ValueError, match=message):
        add_user(tmp_path / "users", name, password)
    assert not (tmp_path / "users").exists()


@pytest.mark.parametrize(("edit", "message"), [
    (lambda text: text + "oskar:plaintext-password\n", "line 3: the entry of 'oskar' is not an Argon2"),
    (lambda text: text[:-10] + "\n", "line 2: the entry of 'mara.lind' is not an Argon2"),  # truncated hash
    (lambda text: text.replace("$argon2id$", "$argon2i$"), "not an Argon2"),
    (lambda text: text.replace("mara.lind:", "mara.lind "), "line 2: expected NAME:HASH"),
    (lambda text: text + text.splitlines()[1].replace("mara.lind", "MARA.LIND") + "\n", "listed twice"),
])
def test_a_tampered_file_gets_a_clear_error_naming_the_line(users_file, edit, message):
    users_file.write_text(edit(users_file.read_text(encoding="utf-8")), encoding="utf-8")
    with pytest.raises(UsersFileError, match=message.replace("$", r"\$")) as refusal:
        read_users(users_file)
    assert "$argon2" not in str(refusal.value)  # the error never shows a hash


def test_a_tampered_file_is_not_overwritten_by_add(users_file):
    garbled = users_file.read_text(encoding="utf-8") + "garbage line\n"
    users_file.write_text(garbled, encoding="utf-8")
    with pytest.raises(UsersFileError):
        add_user(users_file, "oskar", PASSWORD)
    assert users_file.read_text(encoding="utf-8") == garbled


def test_binary_and_missing_files_are_explained(tmp_path):
    (tmp_path / "binary").write_bytes(b"\xff\xfe\x00garbage")
    with pytest.raises(UsersFileError, match="not UTF-8"):
        read_users(tmp_path / "binary")
    with pytest.raises(UsersFileError, match="does not exist"):
        read_users(tmp_path / "absent")


def test_comments_and_blank_lines_are_ignored():
    assert parse_users("# a comment\n\n   \n") == {}


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_failed_logins_per_name_are_limited_then_forgiven():
    clock = FakeClock()
    throttle = LoginThrottle(max_per_name=3, max_per_address=100, window_seconds=600, clock=clock)
    for _ in range(3):
        assert throttle.wait_seconds("mara", "192.0.2.1") == 0
        throttle.failed("mara", "192.0.2.1")
        clock.now += 10
    assert throttle.wait_seconds("MARA", "198.51.100.9") == pytest.approx(570)  # any address, any case
    assert throttle.wait_seconds("oskar", "192.0.2.1") == 0  # another name is not held up
    clock.now += 571
    assert throttle.wait_seconds("mara", "192.0.2.1") == 0


def test_an_unknown_name_is_limited_like_a_known_one():
    throttle = LoginThrottle(max_per_name=2, clock=FakeClock())
    for _ in range(2):
        throttle.failed("no-such-person", None)
    assert throttle.wait_seconds("no-such-person", None) > 0


def test_failed_logins_per_address_are_limited_across_names():
    throttle = LoginThrottle(max_per_name=100, max_per_address=4, clock=FakeClock())
    for number in range(4):
        throttle.failed(f"guess{number}", "203.0.113.5")
    assert throttle.wait_seconds("someone-else", "203.0.113.5") > 0
    assert throttle.wait_seconds("someone-else", "203.0.113.6") == 0


def test_a_success_clears_the_name_but_not_the_address():
    throttle = LoginThrottle(max_per_name=2, max_per_address=3, clock=FakeClock())
    for name in ("mara", "mara", "oskar"):
        throttle.failed(name, "203.0.113.5")
    throttle.succeeded("mara")
    assert throttle.wait_seconds("mara", "192.0.2.1") == 0
    assert throttle.wait_seconds("mara", "203.0.113.5") > 0


def test_sessions_time_out_after_the_idle_minutes():
    assert session_timeout_seconds({}) == 30 * 60
    assert session_timeout_seconds({"CLAIMDESK_SESSION_MINUTES": "5"}) == 300
    assert session_timeout_seconds({"CLAIMDESK_SESSION_MINUTES": "soon"}) == 30 * 60
    assert not session_expired(last_seen=0, now=299, timeout_seconds=300)
    assert session_expired(last_seen=0, now=301, timeout_seconds=300)


def users_command(*args: str, password: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "analysis", "users", *args], input=password, cwd=ROOT,
                          capture_output=True, text=True, timeout=120)


def test_the_users_command_reads_the_password_from_standard_input(tmp_path):
    path = tmp_path / "users"
    added = users_command("add", "mara", "--users", str(path), password=PASSWORD + "\n")
    assert added.returncode == 0, added.stderr
    assert "added mara" in added.stdout and PASSWORD not in added.stdout
    assert authenticate(read_users(path), "mara", PASSWORD) == "mara"  # the newline is not the password's
    listed = users_command("list", "--users", str(path))
    assert listed.stdout.split() == ["mara"]


def test_the_users_command_explains_a_short_password_and_a_garbled_file(tmp_path):
    path = tmp_path / "users"
    short = users_command("add", "mara", "--users", str(path), password="abc\n")
    assert short.returncode != 0 and "at least 8" in short.stderr and not path.exists()
    path.write_text("mara:not-a-hash\n", encoding="utf-8")
    garbled = users_command("add", "oskar", "--users", str(path), password=PASSWORD + "\n")
    assert garbled.returncode != 0 and "line 1" in garbled.stderr
    assert path.read_text(encoding="utf-8") == "mara:not-a-hash\n"
