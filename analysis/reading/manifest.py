"""manifest.csv beside the articles: outlet, url and published date by file; a deeper manifest wins."""

from __future__ import annotations

import csv
import io
import posixpath
from dataclasses import dataclass, field, replace
from pathlib import Path

from analysis.reading.article import Article, NotText, Slot, join_warnings, normalise_line_breaks
from analysis.reading.datestamps import metadata_date
from analysis.reading.decoding import decode_text

MANIFEST_NAME = "manifest.csv"


@dataclass
class ManifestEntry:
    outlet: str = ""
    url: str = ""
    published: str = ""
    warnings: list[str] = field(default_factory=list)
    listed_in: str = MANIFEST_NAME


def is_manifest(name: str) -> bool:
    return name.casefold() == MANIFEST_NAME


def read_manifest(root: Path, manifest: str) -> tuple[dict[str, ManifestEntry], list[Slot]]:
    """Entries by file path relative to the root, and rows for the manifest's own problems."""
    folder = posixpath.dirname(manifest)
    try:
        text = decode_text((root / manifest).read_bytes())
    except (OSError, NotText) as error:
        return {}, [Slot(manifest, problem=f"manifest not readable: {error}", status="error")]
    reader = csv.DictReader(io.StringIO(normalise_line_breaks(text)))
    reader.fieldnames = [name.strip().lower() for name in reader.fieldnames or []]
    if "file" not in reader.fieldnames:
        problem = f"{manifest} has no 'file' column; expected the columns file, outlet, url, published"
        return {}, [Slot(manifest, problem=problem, status="error")]
    entries: dict[str, ManifestEntry] = {}
    problems: list[Slot] = []
    for row_number, row in enumerate(reader, start=2):
        values = {key: (value or "").strip() for key, value in row.items() if isinstance(key, str)}
        listed = values.get("file", "").replace("\\", "/")
        if not listed:
            if any(values.values()):
                problems.append(Slot(manifest, problem=f"{manifest} row {row_number}: no file named",
                                      status="error"))
            continue
        relative = posixpath.normpath(posixpath.join(folder, listed))
        if relative.startswith("../") or relative == ".." or posixpath.isabs(relative):
            problems.append(Slot(manifest, problem=f"{manifest} row {row_number}: '{listed}' is outside "
                                  "the corpus folder", status="error"))
            continue
        published, warning = metadata_date(values.get("published"), "manifest")
        entries[relative] = ManifestEntry(
            outlet=values.get("outlet", ""), url=values.get("url", ""), published=published,
            warnings=[warning] if warning else [], listed_in=manifest,
        )
    return entries, problems


def merge_entries(shallow: ManifestEntry, deep: ManifestEntry) -> ManifestEntry:
    """A subfolder's manifest is more specific: its non-empty values win."""
    return ManifestEntry(
        outlet=deep.outlet or shallow.outlet,
        url=deep.url or shallow.url,
        published=deep.published or shallow.published,
        warnings=deep.warnings if deep.published or not shallow.published else shallow.warnings,
        listed_in=deep.listed_in,
    )


def read_manifests(root: Path, manifests: list[str]) -> tuple[dict[str, ManifestEntry], list[Slot]]:
    entries: dict[str, ManifestEntry] = {}
    problems: list[Slot] = []
    for manifest in manifests:  # shallow first, so deeper manifests override
        found, manifest_problems = read_manifest(root, manifest)
        problems.extend(manifest_problems)
        for relative, entry in found.items():
            entries[relative] = merge_entries(entries[relative], entry) if relative in entries else entry
    return entries, problems


def match_entries(entries: dict[str, ManifestEntry], slots: list[Slot]) -> dict[str, ManifestEntry]:
    """Key manifest entries by the real file path; names differing only in case still match."""
    present = {slot.relative for slot in slots}
    by_folded = {slot.relative.casefold(): slot.relative for slot in slots}
    matched: dict[str, ManifestEntry] = {}
    for relative, entry in entries.items():
        real = relative if relative in present else by_folded.get(relative.casefold(), relative)
        matched[real] = entry
    return matched


def apply_manifest(article: Article, entry: ManifestEntry | None) -> Article:
    if entry is None:
        return article
    return replace(
        article,
        outlet=entry.outlet or article.outlet,
        outlet_source="manifest" if entry.outlet else article.outlet_source,
        url=entry.url or article.url,
        published=entry.published or article.published,
        published_source="manifest" if entry.published else article.published_source,
        error=join_warnings(*entry.warnings, article.error),
    )
