"""Bad input for analysis/reading/: every candidate file becomes an Article with a status, never a crash."""

from __future__ import annotations

import os
import re
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analysis.reading import Article, NotText, corpus, decode_text, html, read_corpus
from tests.conftest import write_file as write

GOOD_ARTICLE = "A good headline\nA body paragraph that says something.\n"
# every line break the loader treats as one, as the contract says: "line breaks normalised to \n"
LINE_BREAKS = re.compile("\r\n|[\r\n\x0b\x0c\x85\u2028\u2029]")


def read_one(folder: Path, name: str, content: str | bytes, **options: int) -> Article:
    write(folder, name, content)
    [article] = read_corpus(folder, **options)
    return article


def by_path(articles: list[Article]) -> dict[str, Article]:
    return {article.path: article for article in articles}


@pytest.mark.parametrize(
    ("name", "content", "status", "error"),
    [
        ("empty.txt", b"", "skipped", "empty file"),
        ("blank.txt", b"  \n\t\r\n   \n", "skipped", "empty file"),
        ("blank.md", "\n\n   \n", "skipped", "empty file"),
        ("nul.txt", b"Headline\x00\x00\x01body", "skipped", "not text: binary content"),
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "skipped", "not text: binary content"),
        ("controls.txt", bytes(range(1, 9)) * 20, "skipped", "not text: binary content"),
        ("report.pdf", b"%PDF-1.7 binary", "skipped", "unsupported file type .pdf"),
        ("notes.docx", b"PK\x03\x04", "skipped", "unsupported file type .docx"),
        ("photo.PNG", b"\x89PNG", "skipped", "unsupported file type .png"),
        ("figures.csv", "a,b\n1,2\n", "skipped",
         "not a table of articles: no 'text' or 'body' or 'content' column (columns: a, b); name it with --columns"),
        ("README", "Some notes\n", "skipped", "unsupported file type (no extension)"),
        ("page.html", b"", "skipped", "empty file"),
        ("page.htm", "<html><head><script>x()</script></head><body></body></html>", "skipped",
         "no article text found in the page"),
        ("feed.jsonl", "\n\n", "skipped", "empty file"),
    ],
)
def test_bad_file_gets_a_status(tmp_path: Path, name: str, content: str | bytes, status: str,
                                error: str) -> None:
    article = read_one(tmp_path, name, content)
    assert (article.status, article.error) == (status, error), name
    assert article.text == "" and article.paragraphs == []


@pytest.mark.parametrize(
    ("encoding", "text"),
    [
        ("cp1252", "Minister’s “final” offer — 5 €\nHe said: „no“ and ‘maybe’ … naïve.\n"),
        ("latin-1", "Café naïve à la carte\nThe señor said «non» at 5° C.\n"),
        ("utf-8-sig", "“Headline” with a BOM\nBody text.\n"),
        ("utf-16", "UTF-16 headline “quoted”\nBody text.\n"),
    ],
)
def test_legacy_and_bom_encodings_are_decoded(tmp_path: Path, encoding: str, text: str) -> None:
    article = read_one(tmp_path, "story.txt", text.encode(encoding))
    assert article.status == "ok"
    assert article.text == text.strip()
    assert not article.title.startswith("\ufeff")


def test_utf8_file_with_a_stray_cp1252_byte_keeps_both(tmp_path: Path) -> None:
    data = "Kyiv’s “headline”\n".encode() + b"He said \x93yes\x94 there.\n"
    article = read_one(tmp_path, "mixed.txt", data)
    assert article.text == "Kyiv’s “headline”\nHe said “yes” there."


@pytest.mark.parametrize(
    "raw",
    ["Headline\r\nFirst para.\r\n\r\nSecond para.\r\n", "Headline\rFirst para.\r\rSecond para.\r",
     "Headline\nFirst para.\n\n\nSecond para.", "  Headline  \n\tFirst para.\u2028Second para.  \n"],
)
def test_line_endings_are_normalised(tmp_path: Path, raw: str) -> None:
    article = read_one(tmp_path, "endings.txt", raw.encode("utf-8"))
    assert article.text == "Headline\nFirst para.\nSecond para."
    assert article.paragraphs == [(0, 8), (9, 20), (21, 33)]


def test_headline_without_body_is_ok(tmp_path: Path) -> None:
    article = read_one(tmp_path, "headline.txt", "Only a headline here\n")
    assert (article.status, article.error, article.title) == ("ok", "", "Only a headline here")
    assert article.paragraphs == [(0, 20)] and article.boilerplate == []


def test_unbalanced_and_wrong_direction_quotes_are_plain_text(tmp_path: Path) -> None:
    content = "Headline ”reversed“\nHe said “this never closes.\nShe said ”backwards“ and \"plain.\n"
    article = read_one(tmp_path, "quotes.txt", content)
    assert article.status == "ok"
    assert article.text == content.strip()


def test_html_scripts_and_event_handlers_never_reach_the_text(tmp_path: Path) -> None:
    page = """<html><head><title>Troops move</title><script>steal("HEAD_SCRIPT")</script>
    <style>body { background: url(STYLE_URL) }</style></head><body>
    <p>Officials said on Tuesday that thousands of troops had moved towards the border region overnight.</p>
    <img src="x.png" onerror="alert('ONERROR_PAYLOAD')">
    <p onclick="alert('ONCLICK')">A second paragraph with more detail about the movement of the soldiers.</p>
    <script>document.write("BODY_SCRIPT")</script><noscript>NOSCRIPT_TEXT</noscript>
    </body></html>"""
    article = read_one(tmp_path, "page.html", page)
    assert article.status == "ok" and article.title == "Troops move"
    payloads = ("HEAD_SCRIPT", "STYLE_URL", "ONERROR_PAYLOAD", "ONCLICK", "BODY_SCRIPT", "alert", "steal")
    for payload in payloads:
        assert payload not in article.text, payload


def test_html_fallback_never_includes_scripts() -> None:
    title, lines = html.html_fallback(
        "<html><head><title>T</title><script>HEAD()</script></head><body><p>One</p>"
        "<script>BODY()</script><style>p{}</style><p>Two</p></body></html>"
    )
    assert (title, lines) == ("T", ["One", "Two"])


@pytest.mark.parametrize(
    ("max_bytes", "limit"),
    [(2_000_000, "2 MB"), (1_500, "1.5 kB"), (100, "100 bytes")],
)
def test_file_larger_than_limit_is_skipped(tmp_path: Path, max_bytes: int, limit: str) -> None:
    content = "Headline\n" + "word " * (max_bytes // 5 + 10)
    article = read_one(tmp_path, "big.txt", content, max_bytes=max_bytes)
    assert (article.status, article.error) == (
        "skipped", f"larger than the {limit} limit; raise it with --max-bytes")


def test_jsonl_limit_applies_per_line(tmp_path: Path) -> None:
    small = '{"title": "Small", "text": "Fits."}'
    big = '{"title": "Big", "text": "' + "x" * 300 + '"}'
    write(tmp_path, "feed.jsonl", f"{small}\n{big}\n")
    articles = read_corpus(tmp_path, max_bytes=200)
    assert [(a.article_id, a.status) for a in articles] == [("feed-1", "ok"), ("feed-2", "skipped")]
    assert articles[1].error == "line 2: larger than the 200 bytes limit; raise it with --max-bytes"


def test_nested_folders_are_searched_in_sorted_order(tmp_path: Path) -> None:
    for name in ["b/z.txt", "a/c/deep.txt", "a/b.txt", "top.txt"]:
        write(tmp_path, name, f"{name} headline\nBody of {name}.\n")
    paths = [article.path for article in read_corpus(tmp_path)]
    assert paths == ["a/b.txt", "a/c/deep.txt", "b/z.txt", "top.txt"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_named_pipe_is_reported_not_read(tmp_path: Path) -> None:
    write(tmp_path, "story.txt", GOOD_ARTICLE)
    os.mkfifo(tmp_path / "pipe.txt")  # reading it would block forever
    articles = by_path(read_corpus(tmp_path))
    assert (articles["pipe.txt"].status, articles["pipe.txt"].error) == ("skipped", "not a regular file")
    assert articles["story.txt"].status == "ok"


def test_hidden_files_and_folders_are_ignored(tmp_path: Path) -> None:
    write(tmp_path, "story.txt", GOOD_ARTICLE)
    write(tmp_path, ".hidden.txt", "Secret\nBody.\n")
    write(tmp_path, ".git/objects/ab/cdef", b"\x00\x01binary")
    write(tmp_path, ".venv/lib/x.txt", "Not an article\nBody.\n")
    write(tmp_path, "Thumbs.db", b"\x00\x00")
    assert [article.path for article in read_corpus(tmp_path)] == ["story.txt"]


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symbolic links")
def test_symbolic_links_followed_only_inside_the_corpus(tmp_path: Path) -> None:
    corpus_dir, outside = tmp_path / "corpus", tmp_path / "outside"
    write(outside, "secret.txt", "Outside headline\nOutside body.\n")
    write(outside, "folder/more.txt", "More outside\nBody.\n")
    write(corpus_dir, "real/story.txt", GOOD_ARTICLE)
    (corpus_dir / "inside-link.txt").symlink_to(corpus_dir / "real" / "story.txt")
    (corpus_dir / "outside-link.txt").symlink_to(outside / "secret.txt")
    (corpus_dir / "outside-folder").symlink_to(outside / "folder", target_is_directory=True)
    (corpus_dir / "inside-folder").symlink_to(corpus_dir / "real", target_is_directory=True)
    (corpus_dir / "dangling.txt").symlink_to(corpus_dir / "nowhere.txt")
    articles = by_path(read_corpus(corpus_dir))
    assert sorted(articles) == ["dangling.txt", "inside-link.txt", "outside-folder", "outside-link.txt",
                                "real/story.txt"]
    assert articles["inside-link.txt"].status == "ok"
    assert articles["inside-link.txt"].title == "A good headline"
    for path in ("outside-link.txt", "outside-folder"):
        link = articles[path]
        assert (link.status, link.error) == ("skipped", "symbolic link outside the corpus")
    dangling = articles["dangling.txt"]
    assert (dangling.status, dangling.error) == ("skipped", "broken symbolic link")
    # the link sorts first, so the real file is the copy
    assert articles["real/story.txt"].error == "duplicate of inside-link.txt"
    assert all("Outside" not in article.text for article in articles.values())


def test_exact_duplicates_are_skipped_with_the_first_path(tmp_path: Path) -> None:
    write(tmp_path, "a.txt", GOOD_ARTICLE)
    write(tmp_path, "sub/copy.txt", GOOD_ARTICLE.replace("\n", "\r\n"))  # same text once decoded
    write(tmp_path, "z.md", GOOD_ARTICLE)
    write(tmp_path, "other.txt", "A different headline\nA body paragraph that says something.\n")
    articles = by_path(read_corpus(tmp_path))
    assert articles["a.txt"].status == "ok"
    assert articles["other.txt"].status == "ok"
    for copy in ("sub/copy.txt", "z.md"):
        assert (articles[copy].status, articles[copy].error) == ("skipped", "duplicate of a.txt")
        assert articles[copy].content_hash == articles["a.txt"].content_hash
        assert articles[copy].title == "A good headline"


def test_manifest_problems_are_reported_per_row(tmp_path: Path) -> None:
    write(tmp_path, "a.txt", GOOD_ARTICLE)
    write(tmp_path, "b.txt", "Headline B\nBody B.\n")
    write(tmp_path, "c.txt", "Headline C\nBody C.\n")
    write(tmp_path, "manifest.csv", (
        "\ufefffile,outlet,url,published\r\n"
        "a.txt,Outlet A,,31/31/2024\r\n"
        "b.txt,Outlet B,,05/11/2024\r\n"
        "missing.txt,Outlet M,,2024-01-01\r\n"
        ",Orphan Outlet,,\r\n"
        "../escape.txt,X,,\r\n"
        ",,,\r\n"
        "c.txt,Outlet C,,2024-11-05\r\n"
    ))
    articles = read_corpus(tmp_path)
    rows = {article.article_id: (article.status, article.error) for article in articles}
    assert rows["a"] == ("ok", "manifest: unreadable date '31/31/2024'")
    assert rows["b"] == ("ok", "manifest: ambiguous date '05/11/2024' (write it as YYYY-MM-DD)")
    assert rows["c"] == ("ok", "")
    assert rows["missing"] == ("error", "listed in manifest.csv but not found")
    manifest_rows = sorted(error for status, error in rows.values() if error.startswith("manifest.csv row"))
    assert manifest_rows == ["manifest.csv row 5: no file named",
                             "manifest.csv row 6: '../escape.txt' is outside the corpus folder"]
    assert by_path(articles)["c.txt"].published == "2024-11-05"
    assert len(articles) == 6


def test_unexpected_exception_becomes_an_error_row(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(tmp_path, "a.txt", GOOD_ARTICLE)
    write(tmp_path, "boom.md", "Markdown headline\nBody.\n")
    real_plain_article = corpus.plain_article

    def explode_on_markdown(base: Article, text: str, markdown: bool) -> Article:
        if markdown:
            raise RuntimeError("parser exploded")
        return real_plain_article(base, text, markdown)

    monkeypatch.setattr(corpus, "plain_article", explode_on_markdown)
    articles = by_path(read_corpus(tmp_path))
    boom = articles["boom.md"]
    assert (boom.status, boom.error) == ("error", "RuntimeError: parser exploded")
    assert articles["a.txt"].status == "ok"


def test_unreadable_file_becomes_an_error_row(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(tmp_path, "locked.txt", GOOD_ARTICLE)
    write(tmp_path, "open.txt", "Another headline\nAnother body.\n")
    real_read_bytes = Path.read_bytes

    def deny_locked(path: Path) -> bytes:
        if path.name == "locked.txt":
            raise PermissionError(13, "Permission denied")
        return real_read_bytes(path)

    monkeypatch.setattr(Path, "read_bytes", deny_locked)
    articles = by_path(read_corpus(tmp_path))
    assert (articles["locked.txt"].status, articles["locked.txt"].error) == ("error", "Permission denied")
    assert articles["open.txt"].status == "ok"


def test_decode_text_rejects_binary() -> None:
    with pytest.raises(NotText):
        decode_text(b"\xff\xd8\xff\xe0\x00\x10JFIF")


# --- properties -------------------------------------------------------------------------------

def expected_paragraphs(content: str) -> list[str]:
    lines = LINE_BREAKS.split(content.removeprefix("\ufeff"))
    return [line.strip() for line in lines if line.strip()]


def assert_spans_are_true(article: Article) -> None:
    assert article.title == article.text.split("\n")[0]
    for start, end in article.paragraphs:
        assert "\n" not in article.text[start:end]
    assert "\n".join(article.paragraph_texts()) == article.text
    assert all(0 < index < len(article.paragraphs) for index in article.boilerplate)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text())
def test_any_text_file_reads_back_with_true_spans(content: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        Path(folder, "any.txt").write_text(content, encoding="utf-8", newline="")
        [article] = read_corpus(folder)
    assert_spans_are_true(article)
    if article.status == "ok":
        assert article.paragraph_texts() == expected_paragraphs(content)
    else:
        assert article.status == "skipped"
        assert article.error in ("empty file", "not text: binary content")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=300), st.sampled_from(["md", "html", "jsonl"]))
def test_any_content_in_other_formats_never_raises(content: str, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        Path(folder, f"any.{suffix}").write_text(content, encoding="utf-8", newline="")
        articles = read_corpus(folder)
    assert articles
    for article in articles:
        assert article.status in ("ok", "skipped", "error")
        assert_spans_are_true(article)
