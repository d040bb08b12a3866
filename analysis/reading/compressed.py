"""Gzip-compressed input, expanded as a stream that stops at the size limit.

A small `.gz` can expand to gigabytes: nothing here ever holds more than the limit (and one
chunk) in memory, whatever the file claims.
"""

from __future__ import annotations

import gzip
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from analysis.reading.article import SkipFile
from analysis.reading.errors import read_bytes, too_large

GZIP_SUFFIX = ".gz"
CHUNK_BYTES = 64 * 1024
ONCE_DECOMPRESSED = " once decompressed"


def is_compressed(relative: str) -> bool:
    return relative.lower().endswith(GZIP_SUFFIX)


def too_large_decompressed(max_bytes: int, what: str = "") -> str:
    return too_large(max_bytes, what).replace(" limit;", f" limit{ONCE_DECOMPRESSED};", 1)


@contextmanager
def open_stream(path: Path, compressed: bool) -> Iterator[BinaryIO]:
    """The file's bytes as a stream, expanded on the fly when it is gzip-compressed."""
    with path.open("rb") as raw:
        if not compressed:
            yield raw
            return
        with gzip.GzipFile(fileobj=raw, mode="rb") as expanded:
            yield expanded


def read_limited(path: Path, max_bytes: int, compressed: bool) -> bytes:
    """The whole (expanded) file, or SkipFile when it is larger than `max_bytes`, read in bounded memory."""
    if not compressed:
        return read_bytes(path, max_bytes)
    try:
        with open_stream(path, compressed=True) as stream:
            data = stream.read(max_bytes + 1)
    except (gzip.BadGzipFile, EOFError, zlib.error) as error:
        raise SkipFile(f"not a readable gzip file: {error}") from error
    if len(data) > max_bytes:
        raise SkipFile(too_large_decompressed(max_bytes))
    if not data.strip():
        raise SkipFile("empty file")
    return data


def bounded_lines(stream: BinaryIO, max_bytes: int) -> Iterator[tuple[int, bytes | None]]:
    """(line number, line) for each line; None for a line longer than `max_bytes`, whose rest is skipped
    chunk by chunk, never held whole."""
    number = 0
    while True:
        line = stream.readline(max_bytes + 1)
        if not line:
            return
        number += 1
        if len(line) > max_bytes and not line.endswith(b"\n"):
            while (rest := stream.readline(CHUNK_BYTES)) and not rest.endswith(b"\n"):
                pass
            yield number, None
            continue
        yield number, line
