"""Reading one file safely: the size limit, and any failure turned into a row with a plain reason."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from analysis.reading.article import Article, NotText, SkipFile

DEFAULT_MAX_BYTES = 2_000_000


def size_limit(max_bytes: int) -> str:
    for unit, size in (("GB", 10**9), ("MB", 10**6), ("kB", 10**3)):
        if max_bytes >= size:
            return f"{max_bytes / size:g} {unit}"
    return f"{max_bytes} bytes"


def too_large(max_bytes: int, what: str = "") -> str:
    return f"{what}larger than the {size_limit(max_bytes)} limit; raise it with --max-bytes"


def read_bytes(path: Path, max_bytes: int) -> bytes:
    if path.stat().st_size > max_bytes:
        raise SkipFile(too_large(max_bytes))
    data = path.read_bytes()
    if len(data) > max_bytes:  # grew while we looked
        raise SkipFile(too_large(max_bytes))
    if not data.strip():
        raise SkipFile("empty file")
    return data


def guarded(read: Callable[[], Article], base: Article) -> Article:
    """Run one reader; anything unexpected becomes an error row instead of stopping the corpus."""
    try:
        return read()
    except SkipFile as reason:
        return replace(base, status="skipped", error=str(reason))
    except NotText as reason:
        return replace(base, status="skipped", error=str(reason))
    except OSError as error:
        return replace(base, status="error", error=error.strerror or str(error))
    except Exception as error:  # noqa: BLE001 - one odd file must never stop the build
        return replace(base, status="error", error=f"{type(error).__name__}: {error}")
