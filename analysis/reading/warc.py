"""Web archives (`.warc`, `.warc.gz`, read with warcio): each HTML response is an article, and the
address it was fetched from (WARC-Target-URI) is its url. Records are streamed one at a time."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace

from analysis.reading.article import Article, Slot
from analysis.reading.errors import guarded, too_large

HTML_TYPES = ("text/html", "application/xhtml+xml")


def _is_html_response(record: object) -> bool:
    if getattr(record, "rec_type", "") not in ("response", "resource"):
        return False
    headers = getattr(record, "http_headers", None)
    kind = (headers.get_header("Content-Type") if headers is not None else None) or \
        record.rec_headers.get_header("Content-Type") or ""
    status = headers.get_statuscode() if headers is not None else "200"
    return any(html in kind.lower() for html in HTML_TYPES) and str(status).startswith("2")


def warc_articles(slot: Slot, base: Article, max_bytes: int,
                  read_page: Callable[[Article, bytes, str], Article]) -> Iterator[Article]:
    """One Article per HTML response; `read_page(base, html_bytes, url)` reads each page."""
    from warcio.archiveiterator import ArchiveIterator

    assert slot.absolute is not None
    number = 0
    with slot.absolute.open("rb") as handle:
        records = iter(ArchiveIterator(handle))
        while True:
            try:
                record = next(records)
                if not _is_html_response(record):
                    continue
                number += 1
                url = record.rec_headers.get_header("WARC-Target-URI") or ""
                page_base = replace(base, article_id=f"{base.article_id}-{number}", url=url)
                payload = record.content_stream().read(max_bytes + 1)
            except StopIteration:
                break
            except Exception as error:  # noqa: BLE001 - warcio fails in many ways on a torn archive
                yield replace(base, article_id=f"{base.article_id}-{number + 1}", status="error",
                              error=f"record {number + 1}: not a readable WARC record ({type(error).__name__}); "
                                    "the rest of the archive is not read")
                return
            if len(payload) > max_bytes:
                yield replace(page_base, status="skipped", error=too_large(max_bytes, f"{url}: "))
                continue
            yield guarded(lambda b=page_base, p=payload, u=url: read_page(b, p, u), page_base)
    if number == 0:
        yield replace(base, status="skipped", error="no HTML pages in the archive")
