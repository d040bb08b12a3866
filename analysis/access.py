"""What a visitor may reach: which folders a corpus may come from, and whether a visitor is local.

Folders: $CLAIMDESK_CORPORA, by default the seeds and the user's home. `check_corpus_path` is the one
check for every path a visitor can name: a folder of articles, a built folder, a review database.

A path typed in the sidebar or put in the page address is checked here before anything of it is
read: `..` and symbolic links are resolved first, so neither can lead outside the allowed folders.
The check compares files by identity (device and inode) as well as by name, so a folder spelled in
another case on a case-insensitive disk is still recognised, and one spelled in another case on a
case-sensitive disk (a different folder) is not.
"""

from __future__ import annotations

import ipaddress
import os
from collections.abc import Iterable, Mapping
from pathlib import Path

CORPORA_ENV = "CLAIMDESK_CORPORA"
SEEDS_DIR = Path(__file__).resolve().parent.parent / "seeds"
# set by a proxy in front of the server: the visitor is then whoever the proxy serves, never "local"
FORWARDING_HEADERS = ("forwarded", "x-forwarded-for", "x-forwarded-host", "x-real-ip", "x-client-ip")
LOOPBACK_NAMES = ("localhost", "localhost.")


class PathNotAllowed(ValueError):
    """A path outside the allowed folders; the message names the setting that allows more."""


def allowed_folders(environ: Mapping[str, str] = os.environ) -> tuple[Path, ...]:
    """The folders of $CLAIMDESK_CORPORA (os.pathsep-separated), or the seeds and the home folder."""
    listed = [entry for entry in environ.get(CORPORA_ENV, "").split(os.pathsep) if entry.strip()]
    folders = [Path(entry.strip()).expanduser() for entry in listed] or [SEEDS_DIR, Path.home()]
    return tuple(folder.resolve() for folder in folders)


def as_code(text: str | Path) -> str:
    """`text` as a Markdown code span that nothing inside can end (a path may come from a link)."""
    cleaned = "".join(" " if not char.isprintable() else char for char in str(text)).replace("`", "'")
    return f"`{cleaned}`"


def _same_file(first: Path, second: Path) -> bool:
    try:
        return first.samefile(second)
    except OSError:
        return False


def is_inside(path: Path, folder: Path) -> bool:
    """True when the already resolved `path` is `folder` or lies under it."""
    if path.is_relative_to(folder):
        return True
    return any(_same_file(ancestor, folder) for ancestor in (path, *path.parents))


def check_corpus_path(typed: str | Path, folders: Iterable[Path] | None = None) -> Path:
    """The resolved path when it lies inside one of `folders` (default: `allowed_folders()`).

    Raises PathNotAllowed otherwise, without having read anything of the path; whether it exists
    is not revealed either, so the check can't be used to probe the disk.
    """
    text = str(typed).strip()
    if not text:
        raise PathNotAllowed("No path given.")
    allowed = tuple(Path(folder).resolve() for folder in (allowed_folders() if folders is None else folders))
    try:
        resolved = Path(text).expanduser().resolve()
    except (OSError, RuntimeError, ValueError) as error:  # a symbolic-link loop, a NUL byte, no such user's ~
        raise PathNotAllowed(f"{as_code(text)} is not a usable path.") from error
    if any(is_inside(resolved, folder) for folder in allowed):
        return resolved
    shown = ", ".join(as_code(folder) for folder in allowed) or "none"
    raise PathNotAllowed(
        f"{as_code(text)} is outside the folders a corpus may come from ({shown}). "
        f"To open it, add its folder to the {CORPORA_ENV} setting (folders separated by "
        f"`{os.pathsep}`) and restart the dashboard."
    )


def _host_name(host: str) -> str:
    """The name in a Host header, without its port ("[::1]:8501" -> "::1")."""
    host = host.strip().lower()
    if host.startswith("["):
        return host[1:].partition("]")[0]
    return host.rpartition(":")[0] if host.count(":") == 1 else host


def _is_loopback(name: str) -> bool:
    if name in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def is_local_visitor(address: str | None, headers: Mapping[str, str]) -> bool:
    """True for a browser on the computer that runs the server, talking to it directly.

    `address` is the connection's peer (None for loopback, as Streamlit reports it) and `headers`
    those of its first request. A proxy's forwarding headers make a visitor remote, and so does a
    Host that is not a loopback name: a page elsewhere that points its own name at 127.0.0.1
    (DNS rebinding) is not this computer's user. No headers at all means no browser connection
    (a script run in-process, as in tests).
    """
    if address is not None and not _is_loopback(address):
        return False
    lowered = {name.lower(): value for name, value in headers.items()}
    if any(name in lowered for name in FORWARDING_HEADERS):
        return False
    if not lowered:
        return True
    return _is_loopback(_host_name(lowered.get("host", "")))
