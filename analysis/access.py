"""Which folders a corpus may come from: $CLAIMDESK_CORPORA, by default the seeds and the user's home.

A path typed in the sidebar or put in the page address is checked here before anything of it is
read: `..` and symbolic links are resolved first, so neither can lead outside the allowed folders.
The check compares files by identity (device and inode) as well as by name, so a folder spelled in
another case on a case-insensitive disk is still recognised, and one spelled in another case on a
case-sensitive disk (a different folder) is not.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from pathlib import Path

CORPORA_ENV = "CLAIMDESK_CORPORA"
SEEDS_DIR = Path(__file__).resolve().parent.parent / "seeds"


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
    resolved = Path(text).expanduser().resolve()
    if any(is_inside(resolved, folder) for folder in allowed):
        return resolved
    shown = ", ".join(as_code(folder) for folder in allowed) or "none"
    raise PathNotAllowed(
        f"{as_code(text)} is outside the folders a corpus may come from ({shown}). "
        f"To open it, add its folder to the {CORPORA_ENV} setting (folders separated by "
        f"`{os.pathsep}`) and restart the dashboard."
    )
