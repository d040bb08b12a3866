"""Reading a folder (or one file) of news articles into `Article`s.

Analysts save articles from the web in every shape: plain text, Markdown,
whole HTML pages, JSON lines, in legacy encodings, with Windows line
endings, next to PDFs and screenshots. Every candidate file becomes one
`Article` with a status, so a bad file is a row in the build, never a crash.

Metadata comes, in order of trust, from a `manifest.csv` beside the
articles, from the file's own fields (JSON lines, HTML metadata, Markdown
front matter), and lastly from what the text itself states: a wire
dateline, a credit line, a closing "request for comment" line, a full date
in a dateline or "Published" line. Nothing is guessed beyond that.
"""

from __future__ import annotations

import hashlib
import zlib
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

from analysis.reading.article import Article
from analysis.reading.boilerplate import boilerplate_paragraphs
from analysis.reading.compressed import is_compressed, read_limited
from analysis.reading.decoding import text_from_bytes
from analysis.reading.errors import DEFAULT_MAX_BYTES, guarded
from analysis.reading.files import Slot, file_type, format_of, layout, unique
from analysis.reading.html import html_article
from analysis.reading.jsonl import jsonl_articles
from analysis.reading.kind import article_warnings
from analysis.reading.language import DEFAULT_LANGUAGES, detect_language, language_problem_for
from analysis.reading.manifest import ManifestEntry, apply_manifest
from analysis.reading.stated import outlet_from_text, published_from_text
from analysis.reading.tables import csv_articles, parquet_articles
from analysis.reading.text import plain_article
from analysis.reading.warc import warc_articles


def _streamed(read: Callable[[], Iterator[Article]], base: Article) -> Iterator[Article]:
    """Rows of a file of many articles; a failure part-way is one more row, and those before it stay."""
    try:
        yield from read()
    except (OSError, EOFError, zlib.error) as error:
        reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
        yield replace(base, article_id=f"{base.article_id}-unread", status="error",
                      error=f"stopped reading: {reason}")


def _read_file(slot: Slot, base: Article, max_bytes: int, columns: dict[str, str] | None) -> Iterator[Article]:
    assert slot.absolute is not None
    path, compressed = slot.absolute, is_compressed(slot.relative)
    if base.format == "jsonl":
        yield from _streamed(lambda: jsonl_articles(slot, base, max_bytes, columns), base)
    elif base.format == "csv":
        yield from _streamed(lambda: csv_articles(slot, base, max_bytes, columns), base)
    elif base.format == "parquet":
        yield from _streamed(lambda: parquet_articles(slot, base, max_bytes, columns), base)
    elif base.format == "warc":
        yield from _streamed(lambda: warc_articles(slot, base, max_bytes, html_article), base)
    elif base.format == "html":
        yield guarded(lambda: html_article(base, read_limited(path, max_bytes, compressed)), base)
    else:
        yield guarded(lambda: plain_article(base, text_from_bytes(read_limited(path, max_bytes, compressed)),
                                            markdown=base.format == "md"), base)


def _infer_from_text(article: Article) -> Article:
    paragraphs = article.paragraph_texts()
    outlet = article.outlet or outlet_from_text(paragraphs)
    published = article.published or published_from_text(paragraphs)
    return replace(
        article,
        outlet=outlet,
        outlet_source=article.outlet_source if article.outlet or not outlet else "text",
        published=published,
        published_source=article.published_source if article.published or not published else "text",
        boilerplate=boilerplate_paragraphs(paragraphs),
        content_hash=hashlib.sha256(article.text.encode("utf-8")).hexdigest(),
    )


def _judge_kind(article: Article, languages: tuple[str, ...]) -> Article:
    """Skip an article in another language; warn about one that does not read as an article."""
    paragraphs = article.paragraph_texts()
    body = [text for index, text in enumerate(paragraphs) if index not in set(article.boilerplate)]
    language = detect_language("\n".join(body[1:]) or article.text)
    article = replace(article, language=language, warnings="; ".join(article_warnings(body)))
    if language and language not in languages:
        return replace(article, status="skipped", error=language_problem_for(language, languages))
    return article


def _finish(article: Article, entry: ManifestEntry | None, languages: tuple[str, ...]) -> Article:
    article = apply_manifest(article, entry)
    if article.status != "ok":
        return article
    return _judge_kind(_infer_from_text(article), languages)


def _where(article: Article) -> str:
    """How an error message names an article: its path, with the row id for JSON lines."""
    if not article.path:
        return article.article_id
    return f"{article.path} ({article.article_id})" if article.format == "jsonl" else article.path


class _Duplicates:
    """Remembers the first article of every content hash; later copies are skipped."""

    def __init__(self) -> None:
        self.first: dict[str, str] = {}

    def check(self, article: Article) -> Article:
        if article.status != "ok" or not article.content_hash:
            return article
        original = self.first.get(article.content_hash)
        if original is None:
            self.first[article.content_hash] = _where(article)
            return article
        return replace(article, status="skipped", error=f"duplicate of {original}",
                       text="", paragraphs=[], boilerplate=[])


def _slot_articles(slot: Slot, max_bytes: int, single_file: bool,
                   columns: dict[str, str] | None) -> Iterator[Article]:
    base = Article(
        article_id=slot.article_id,
        path="" if single_file else slot.relative,
        format=format_of(slot.relative),
    )
    if slot.problem:
        yield replace(base, status=slot.status, error=slot.problem)
        return
    if base.format == "other":
        suffix = file_type(slot.relative)
        reason = f"unsupported file type {suffix}" if suffix else "unsupported file type (no extension)"
        yield replace(base, status="skipped", error=reason)
        return
    yield from _read_file(slot, base, max_bytes, columns)


def iter_corpus(source: str | Path, *, max_bytes: int = DEFAULT_MAX_BYTES,
                languages: tuple[str, ...] = DEFAULT_LANGUAGES,
                columns: dict[str, str] | None = None) -> Iterator[Article]:
    """Yield one Article per candidate file (per line for .jsonl), in sorted path order.

    An article detected to be in a language outside `languages` (ISO 639 codes) is skipped.
    `columns` names a table's own columns for the record fields (title=headline, text=body, ...).

    Files are read one at a time, so memory stays flat on large corpora. Never raises for a bad
    file; raises FileNotFoundError only when `source` itself does not exist.
    """
    _, slots, entries, single_file = layout(Path(source))
    duplicates = _Duplicates()
    used_ids = {slot.article_id for slot in slots}
    for slot in slots:
        for article in _slot_articles(slot, max_bytes, single_file, columns):
            if article.article_id != slot.article_id:  # a record of a table: keep ids unique across the corpus
                article = replace(article, article_id=unique(article.article_id, used_ids))
            yield duplicates.check(_finish(article, entries.get(slot.relative), languages))


def read_corpus(source: str | Path, *, max_bytes: int = DEFAULT_MAX_BYTES,
                languages: tuple[str, ...] = DEFAULT_LANGUAGES,
                columns: dict[str, str] | None = None) -> list[Article]:
    """All articles of a folder (searched recursively) or of one file; see `iter_corpus`."""
    return list(iter_corpus(source, max_bytes=max_bytes, languages=languages, columns=columns))
