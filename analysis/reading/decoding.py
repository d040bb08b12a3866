"""Bytes to text: UTF-8, UTF-16/32 with a BOM, legacy Windows-1252 and Latin-1; binary content refused."""

from __future__ import annotations

import codecs
import re

from analysis.reading.article import NotText, SkipFile

CONTROL_CHARS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")


def _cp1252_fallback(error: UnicodeError) -> tuple[str, int]:
    """Decode bytes that are not UTF-8 as Windows-1252 (Latin-1 for its five unused bytes)."""
    assert isinstance(error, UnicodeDecodeError)
    bad = error.object[error.start:error.end]
    return "".join(_cp1252_char(byte) for byte in bad), error.end


def _cp1252_char(byte: int) -> str:
    try:
        return bytes([byte]).decode("cp1252")
    except UnicodeDecodeError:
        return bytes([byte]).decode("latin-1")


codecs.register_error("claimdesk-cp1252", _cp1252_fallback)


def decode_text(data: bytes) -> str:
    """Decode a text file: UTF-8 (BOM dropped), UTF-16/32 with BOM, else Windows-1252 byte by byte.

    The per-byte fallback keeps curly quotes from Windows-1252 and Latin-1 files and also rescues a
    UTF-8 file with a few stray Windows-1252 bytes. Raises NotText for binary content.
    """
    for bom, encoding in ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
                          (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                          (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return require_text(data.decode(encoding))
            except UnicodeDecodeError as error:
                raise NotText("not text: binary content") from error
    if b"\x00" in data:
        raise NotText("not text: binary content")
    return require_text(data.decode("utf-8", errors="claimdesk-cp1252"))


def require_text(text: str) -> str:
    controls = len(CONTROL_CHARS.findall(text))
    if "\x00" in text or (controls >= 3 and controls > len(text) / 100):
        raise NotText("not text: binary content")
    return text


def text_from_bytes(data: bytes) -> str:
    try:
        text = decode_text(data)
    except NotText as error:
        raise SkipFile(str(error)) from error
    if not text.strip():
        raise SkipFile("empty file")
    return text
