"""Where a corpus comes from: a folder on disk, a built output folder, or files uploaded in the browser.

Uploaded files are untrusted. Only the supported extensions are kept, each
file and the whole upload are size-limited, names lose every path component,
and files are written only inside a fresh temporary folder that
`remove_staged` deletes again (it refuses any other folder).
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import tempfile
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from analysis.export import TABLE_NAMES

SUPPORTED_SUFFIXES: tuple[str, ...] = (".txt", ".md", ".html", ".htm", ".jsonl")
MAX_FILE_MB_ENV = "CLAIMDESK_MAX_UPLOAD_MB"
MAX_TOTAL_MB_ENV = "CLAIMDESK_MAX_UPLOAD_TOTAL_MB"
DEFAULT_MAX_FILE_MB = 2.0
DEFAULT_MAX_TOTAL_MB = 50.0
STAGING_PREFIX = "claimdesk-upload-"
MAX_NAME_CHARS = 120
BUILT_TABLE_FILES = ("articles.csv", "articles.parquet")

_UNSAFE_NAME_CHARS = re.compile(r"[^\w.\- ()]+")


@dataclass(frozen=True)
class UploadLimits:
    max_file_bytes: int = int(DEFAULT_MAX_FILE_MB * 1024 * 1024)
    max_total_bytes: int = int(DEFAULT_MAX_TOTAL_MB * 1024 * 1024)


@dataclass(frozen=True)
class Rejected:
    name: str
    reason: str


@dataclass
class StagedUpload:
    """The temporary folder holding the accepted files (None when nothing was accepted)."""

    folder: Path | None
    accepted: list[str] = field(default_factory=list)
    rejected: list[Rejected] = field(default_factory=list)


def _megabytes(environ: Mapping[str, str], name: str, default: float) -> int:
    try:
        value = float(environ.get(name, default))
    except ValueError:
        value = default
    return int((value if value > 0 else default) * 1024 * 1024)


def limits_from_env(environ: Mapping[str, str] = os.environ) -> UploadLimits:
    """Limits from $CLAIMDESK_MAX_UPLOAD_MB / $CLAIMDESK_MAX_UPLOAD_TOTAL_MB (bad values: the defaults)."""
    return UploadLimits(
        max_file_bytes=_megabytes(environ, MAX_FILE_MB_ENV, DEFAULT_MAX_FILE_MB),
        max_total_bytes=_megabytes(environ, MAX_TOTAL_MB_ENV, DEFAULT_MAX_TOTAL_MB),
    )


def _size_text(n_bytes: int) -> str:
    return f"{n_bytes / 1024 / 1024:.1f} MB" if n_bytes >= 1024 * 1024 else f"{n_bytes / 1024:.0f} KB"


def safe_file_name(name: str) -> str | None:
    """The bare file name of an upload, safe to create in a folder; None when nothing usable is left.

    Directory parts (either slash), leading dots, control and shell characters go; `..` can never
    survive, and the name is shortened to MAX_NAME_CHARS keeping its extension.
    """
    base = re.split(r"[\\/]", name)[-1]
    cleaned = _UNSAFE_NAME_CHARS.sub("_", base).strip(" ._")
    cleaned = re.sub(r"\.{2,}", ".", cleaned)
    if not cleaned:
        return None
    stem, suffix = os.path.splitext(cleaned)
    return stem[: MAX_NAME_CHARS - len(suffix)] + suffix


def check_uploads(
    files: Iterable[tuple[str, bytes]], limits: UploadLimits
) -> tuple[list[tuple[str, bytes]], list[Rejected]]:
    """Split uploads into (safe name, content) to keep and rejections with a reason a user understands."""
    accepted: list[tuple[str, bytes]] = []
    rejected: list[Rejected] = []
    taken: set[str] = set()
    total = 0
    for name, content in files:
        safe = safe_file_name(name)
        suffix = os.path.splitext(safe or "")[1].lower()
        if safe is None:
            rejected.append(Rejected(name, "the file name has no usable characters"))
        elif suffix not in SUPPORTED_SUFFIXES:
            kinds = ", ".join(SUPPORTED_SUFFIXES)
            rejected.append(Rejected(name, f"unsupported file type {suffix or '(none)'}: use {kinds}"))
        elif not content:
            rejected.append(Rejected(name, "the file is empty"))
        elif len(content) > limits.max_file_bytes:
            rejected.append(Rejected(name, f"{_size_text(len(content))} is over the per-file limit of "
                                           f"{_size_text(limits.max_file_bytes)}"))
        elif total + len(content) > limits.max_total_bytes:
            rejected.append(Rejected(name, f"the upload would exceed the total limit of "
                                           f"{_size_text(limits.max_total_bytes)}"))
        else:
            total += len(content)
            accepted.append((_unique_name(safe, taken), content))
    return accepted, rejected


def _unique_name(name: str, taken: set[str]) -> str:
    stem, suffix = os.path.splitext(name)
    candidate, number = name, 1
    while candidate.casefold() in taken:
        number += 1
        candidate = f"{stem}-{number}{suffix}"
    taken.add(candidate.casefold())
    return candidate


def uploads_fingerprint(files: Iterable[tuple[str, bytes]]) -> str:
    """A key for the uploaded content: same names and bytes give the same key, whatever the temp folder."""
    digest = hashlib.sha256()
    for name, content in sorted(files, key=lambda item: item[0]):
        digest.update(name.encode("utf-8", "surrogatepass") + b"\0" + hashlib.sha256(content).digest())
    return "upload:" + digest.hexdigest()


def stage_uploads(files: Iterable[tuple[str, bytes]], limits: UploadLimits | None = None) -> StagedUpload:
    """Write the acceptable files into a new private temporary folder; report the rest."""
    accepted, rejected = check_uploads(files, limits or limits_from_env())
    if not accepted:
        return StagedUpload(None, [], rejected)
    folder = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX))
    try:
        for name, content in accepted:
            target = folder / name
            # resolve() guards the invariant even if safe_file_name ever regressed
            if target.resolve().parent != folder.resolve():
                raise ValueError(f"refusing to write outside the upload folder: {name!r}")
            with open(target, "xb") as handle:
                handle.write(content)
    except BaseException:
        remove_staged(folder)
        raise
    return StagedUpload(folder, [name for name, _ in accepted], rejected)


def remove_staged(folder: Path | None) -> bool:
    """Delete a folder made by `stage_uploads`; anything else is left alone. True when removed."""
    if folder is None:
        return False
    folder = Path(folder)
    made_by_us = folder.name.startswith(STAGING_PREFIX) and folder.resolve().parent == Path(
        tempfile.gettempdir()
    ).resolve()
    if not made_by_us or not folder.is_dir():
        return False
    shutil.rmtree(folder, ignore_errors=True)
    return not folder.exists()


def is_built_folder(path: Path) -> bool:
    """True for a folder written by `python -m analysis build` (it holds the articles table)."""
    return path.is_dir() and any((path / name).is_file() for name in BUILT_TABLE_FILES)


def corpus_fingerprint(path: Path) -> str:
    """A key that changes when any file under `path` is added, removed, resized or touched.

    For a built folder only its tables count: its per-article cache can hold thousands of files.
    """
    digest = hashlib.sha256(str(path.resolve()).encode("utf-8", "surrogatepass"))
    if path.is_file():
        files = [path]
    elif is_built_folder(path):
        files = [file for name in TABLE_NAMES for suffix in (".csv", ".parquet")
                 if (file := path / f"{name}{suffix}").is_file()]
    else:
        files = sorted(p for p in path.rglob("*") if p.is_file())
    for file in files:
        stat = file.stat()
        relative = file.relative_to(path) if file != path else Path(file.name)
        digest.update(f"{relative}\0{stat.st_size}\0{stat.st_mtime_ns}\n".encode("utf-8", "surrogatepass"))
    return "path:" + digest.hexdigest()
