"""The team server's users: a file of names and salted Argon2 password hashes, logins and their limits.

The users file ($CLAIMDESK_USERS) holds one `NAME:HASH` a line, written by
`python -m analysis users add NAME`; the passwords themselves are never stored. A file that
was edited into something else (a line without a hash, a hash that is not Argon2's, a name twice)
is refused as a whole with the line that is wrong, so nobody can log in until it is fixed.
"""

from __future__ import annotations

import os
import re
import tempfile
import threading
import time
from collections import defaultdict, deque
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from argon2.profiles import RFC_9106_LOW_MEMORY

USERS_ENV = "CLAIMDESK_USERS"
SESSION_MINUTES_ENV = "CLAIMDESK_SESSION_MINUTES"
DEFAULT_USERS_FILE = Path("~/.config/claimdesk/users").expanduser()
DEFAULT_SESSION_MINUTES = 30.0
MIN_PASSWORD_CHARS = 8
MAX_PASSWORD_CHARS = 1024
HEADER = "# claimdesk users: NAME:argon2-hash, one a line; made with `python -m analysis users add NAME`\n"
NAME_PATTERN = re.compile(r"[A-Za-z0-9][A-Za-z0-9._@-]{0,63}")
# the PHC string argon2-cffi writes: parameters, a salt of 16+ bytes and a 32-byte hash, unpadded base64
HASH_PATTERN = re.compile(r"\$argon2id\$v=19\$m=\d+,t=\d+,p=\d+\$[A-Za-z0-9+/]{22,}\$[A-Za-z0-9+/]{43}")

_HASHER = PasswordHasher.from_parameters(RFC_9106_LOW_MEMORY)


class UsersFileError(ValueError):
    """The users file can't be used; the message says which line and why (never a hash)."""


def users_file_from_env(environ: Mapping[str, str] = os.environ) -> Path | None:
    """$CLAIMDESK_USERS, or None when the server runs without logins."""
    value = environ.get(USERS_ENV, "").strip()
    return Path(value).expanduser() if value else None


def session_timeout_seconds(environ: Mapping[str, str] = os.environ) -> float:
    """Minutes without activity after which a login ends ($CLAIMDESK_SESSION_MINUTES, default 30)."""
    try:
        minutes = float(environ.get(SESSION_MINUTES_ENV, DEFAULT_SESSION_MINUTES))
    except ValueError:
        minutes = DEFAULT_SESSION_MINUTES
    return 60 * (minutes if minutes > 0 else DEFAULT_SESSION_MINUTES)


def check_name(name: str) -> str:
    if not NAME_PATTERN.fullmatch(name):
        raise ValueError(f"user name {name!r} is not allowed: use 1-64 letters, digits, '.', '_', '@' or '-', "
                         "starting with a letter or digit")
    return name


def check_password(password: str) -> str:
    if len(password) < MIN_PASSWORD_CHARS:
        raise ValueError(f"the password needs at least {MIN_PASSWORD_CHARS} characters")
    if len(password) > MAX_PASSWORD_CHARS:
        raise ValueError(f"the password is longer than {MAX_PASSWORD_CHARS} characters")
    return password


def _is_argon2_hash(text: str) -> bool:
    if not HASH_PATTERN.fullmatch(text):
        return False
    try:
        _HASHER.check_needs_rehash(text)  # parses the parameters: a truncated or edited hash fails here
    except (InvalidHashError, ValueError):
        return False
    return True


def parse_users(text: str, source: str = "the users file") -> dict[str, str]:
    """{name: hash} of a users file's text; UsersFileError names the first line that is wrong."""
    users: dict[str, str] = {}
    seen: set[str] = set()
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        name, colon, hashed = line.partition(":")
        where = f"{source}, line {number}"
        if not colon or not NAME_PATTERN.fullmatch(name):
            raise UsersFileError(f"{where}: expected NAME:HASH as written by `python -m analysis users add NAME`")
        if not _is_argon2_hash(hashed):
            raise UsersFileError(f"{where}: the entry of {name!r} is not an Argon2 password hash (was the file "
                                 "edited by hand?); set the password again with `python -m analysis users add`")
        if name.casefold() in seen:
            raise UsersFileError(f"{where}: {name!r} is listed twice")
        seen.add(name.casefold())
        users[name] = hashed
    return users


def read_users(path: Path) -> dict[str, str]:
    """{name: hash} of the users file at `path`; UsersFileError when it is missing, unreadable or garbled."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except FileNotFoundError as error:
        raise UsersFileError(f"the users file {path} does not exist: make it with "
                             "`python -m analysis users add NAME --users FILE`") from error
    except UnicodeDecodeError as error:
        raise UsersFileError(f"the users file {path} is not UTF-8 text") from error
    except OSError as error:
        raise UsersFileError(f"the users file {path} can't be read: {error.strerror}") from error
    return parse_users(text, str(path))


def write_users(path: Path, users: Mapping[str, str]) -> None:
    """Write the users file atomically, readable by its owner only."""
    path = Path(path)
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as output:
            output.write(HEADER + "".join(f"{name}:{hashed}\n" for name, hashed in users.items()))
        os.chmod(temporary, 0o600)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _existing(path: Path) -> dict[str, str]:
    return read_users(path) if Path(path).exists() else {}


def add_user(path: Path, name: str, password: str) -> bool:
    """Store `name` with a salted hash of `password`; True when the name was new, False when replaced."""
    check_name(name)
    check_password(password)
    users = _existing(path)  # a garbled file is refused before anything is written
    known = next((existing for existing in users if existing.casefold() == name.casefold()), None)
    if known is not None:
        del users[known]
    users[name] = _HASHER.hash(password)
    write_users(path, users)
    return known is None


def remove_user(path: Path, name: str) -> bool:
    """Remove `name` (any case); False when it was not there."""
    users = read_users(path)
    known = next((existing for existing in users if existing.casefold() == name.casefold()), None)
    if known is None:
        return False
    del users[known]
    write_users(path, users)
    return True


@cache
def _decoy_hash() -> str:
    return _HASHER.hash("claimdesk: no such user")


def authenticate(users: Mapping[str, str], name: str, password: str) -> str | None:
    """The stored spelling of `name` when `password` is its password, else None.

    An unknown name costs the same hash check as a known one, so the answer's timing does not
    tell which of the two was wrong.
    """
    known = next((existing for existing in users if existing.casefold() == name.strip().casefold()), None)
    stored = users[known] if known is not None else _decoy_hash()
    try:
        _HASHER.verify(stored, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return None
    return known


@dataclass
class LoginThrottle:
    """Failed logins per user name and per client address within a window; past the limit, wait.

    One instance serves every session of the server (sessions run in threads, hence the lock).
    A name that does not exist is counted like one that does.
    """

    max_per_name: int = 5
    max_per_address: int = 20
    window_seconds: float = 15 * 60
    clock: Callable[[], float] = time.monotonic
    _failures: dict[str, deque[float]] = field(default_factory=lambda: defaultdict(deque))
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def _keys(self, name: str, address: str | None) -> list[tuple[str, int]]:
        return [(f"name:{name.strip().casefold()}", self.max_per_name),
                (f"address:{address or 'local'}", self.max_per_address)]

    def _prune(self, key: str, now: float) -> deque[float]:
        failures = self._failures[key]
        while failures and failures[0] <= now - self.window_seconds:
            failures.popleft()
        return failures

    def wait_seconds(self, name: str, address: str | None) -> float:
        """0 when a login may be tried now, else how long to wait."""
        with self._lock:
            now = self.clock()
            waits = [0.0]
            for key, limit in self._keys(name, address):
                failures = self._prune(key, now)
                if len(failures) >= limit:
                    waits.append(failures[-limit] + self.window_seconds - now)
            return max(waits)

    def failed(self, name: str, address: str | None) -> None:
        with self._lock:
            now = self.clock()
            for key, _ in self._keys(name, address):
                self._prune(key, now).append(now)

    def succeeded(self, name: str) -> None:
        with self._lock:
            self._failures.pop(f"name:{name.strip().casefold()}", None)


def session_expired(last_seen: float, now: float, timeout_seconds: float) -> bool:
    return now - last_seen > timeout_seconds
