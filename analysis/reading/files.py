"""Listing a corpus folder: the candidate files, their formats, their article ids, and their manifests."""

from __future__ import annotations

import os
from collections import Counter
from pathlib import Path, PurePosixPath

from analysis.reading.article import Slot
from analysis.reading.manifest import MANIFEST_NAME, ManifestEntry, is_manifest, match_entries, read_manifests

FORMATS: dict[str, str] = {
    ".txt": "txt", ".text": "txt", ".md": "md", ".markdown": "md",
    ".html": "html", ".htm": "html", ".xhtml": "html", ".jsonl": "jsonl", ".ndjson": "jsonl",
    ".csv": "csv", ".parquet": "parquet", ".warc": "warc",
}
# formats that may also come gzip-compressed (".html.gz"); Parquet compresses itself, warcio expands a .warc.gz
GZIP_FORMATS = frozenset({"txt", "md", "html", "jsonl", "csv", "warc"})
# operating-system clutter that is not worth a row of its own
IGNORED_NAMES = frozenset({"thumbs.db", "desktop.ini"})


def _is_hidden(name: str) -> bool:
    return name.startswith(".")


def _inside(path: Path, root: Path) -> bool:
    return path == root or root in path.parents


def _link_problem(path: Path, root: Path) -> str:
    """Why a symbolic link is not followed, or "" when it points inside the corpus."""
    try:
        target = path.resolve(strict=True)
    except (OSError, RuntimeError):
        return "broken symbolic link"
    return "" if _inside(target, root) else "symbolic link outside the corpus"


def _relative(path: Path, root: Path) -> str:
    return path.relative_to(root).as_posix()


def _list_folder(root: Path) -> tuple[list[Slot], list[str]]:
    """Candidate files (sorted) and manifest paths under `root`, skipping hidden files and folders."""
    slots: list[Slot] = []
    manifests: list[str] = []
    for folder, dirnames, filenames in os.walk(root, followlinks=False):
        folder_path = Path(folder)
        dirnames[:] = sorted(name for name in dirnames if not _is_hidden(name))
        for name in list(dirnames):
            linked = folder_path / name
            if linked.is_symlink():
                dirnames.remove(name)  # a link inside the corpus repeats files read elsewhere
                if problem := _link_problem(linked, root):
                    slots.append(Slot(_relative(linked, root), linked, problem=problem))
        for name in filenames:
            path = folder_path / name
            if _is_hidden(name) or name.casefold() in IGNORED_NAMES:
                continue
            if is_manifest(name):
                manifests.append(_relative(path, root))
                continue
            problem = _link_problem(path, root) if path.is_symlink() else ""
            if not problem and not path.is_file():  # a pipe or device would block or never end
                problem = "not a regular file"
            slots.append(Slot(_relative(path, root), path, problem=problem))
    return slots, sorted(manifests, key=lambda path: path.count("/"))


def _without_gzip(relative: str) -> PurePosixPath:
    path = PurePosixPath(relative)
    return PurePosixPath(path.stem) if path.suffix.lower() == ".gz" else path


def format_of(relative: str) -> str:
    path = PurePosixPath(relative)
    if path.suffix.lower() != ".gz":
        return FORMATS.get(path.suffix.lower(), "other")
    inner = FORMATS.get(_without_gzip(relative).suffix.lower(), "other")
    return inner if inner in GZIP_FORMATS else "other"


def file_type(relative: str) -> str:
    """The file's type as a user names it: ".pdf", ".pdf.gz"."""
    path = PurePosixPath(relative)
    inner = _without_gzip(relative).suffix.lower() if path.suffix.lower() == ".gz" else ""
    return inner + path.suffix.lower()


def article_stem(relative: str) -> str:
    """The file name without its extension (and without .gz): "page.html.gz" -> "page"."""
    return _without_gzip(relative).stem


def _sort_key(slot: Slot) -> tuple[tuple[str, ...], str]:
    return PurePosixPath(slot.relative).parts, slot.problem


def _assign_ids(slots: list[Slot]) -> None:
    """article_id = file stem; stems shared by several files use their folder path ("sub/x" -> "sub-x")."""
    stems = [article_stem(slot.relative) for slot in slots]
    shared = {stem for stem, count in Counter(stems).items() if count > 1}
    used: set[str] = set()
    for slot, stem in zip(slots, stems, strict=True):
        candidate = stem
        if stem in shared:
            folder = PurePosixPath(slot.relative).parent
            candidate = str(folder / stem).replace("/", "-") if str(folder) != "." else stem
        if candidate in used:
            candidate = f"{candidate}-{_without_gzip(slot.relative).suffix.lstrip('.') or 'file'}"
        slot.article_id = unique(candidate, used)


def unique(candidate: str, used: set[str]) -> str:
    unique, counter = candidate, 2
    while unique in used:
        unique, counter = f"{candidate}-{counter}", counter + 1
    used.add(unique)
    return unique


def layout(source: Path) -> tuple[Path, list[Slot], dict[str, ManifestEntry], bool]:
    """Root folder, the sorted rows to produce, manifest entries, and whether the source is one file."""
    if source.is_dir():
        root = source.resolve()
        slots, manifests = _list_folder(root)
        entries, problems = read_manifests(root, manifests)
        entries = match_entries(entries, slots)
        present = {slot.relative for slot in slots}
        missing = [
            Slot(relative, problem=f"listed in {entry.listed_in} but not found", status="error")
            for relative, entry in entries.items() if relative not in present
        ]
        rows = sorted([*slots, *problems, *missing], key=_sort_key)
        _assign_ids(rows)
        return root, rows, entries, False
    if not source.exists():
        raise FileNotFoundError(f"{source} does not exist")
    root = source.parent.resolve()
    slot = Slot(source.name, source, article_id=article_stem(source.name))
    entries: dict[str, ManifestEntry] = {}
    manifest = root / MANIFEST_NAME
    if manifest.is_file() and not is_manifest(source.name):
        found, _ = read_manifests(root, [MANIFEST_NAME])
        entries = match_entries(found, [slot])
    return root, [slot], entries, True
