"""Inputs beyond article files (CONTRACT.md): .gz of any supported file, web archives, tables of articles."""

from __future__ import annotations

import gzip
import io
import json
import tracemalloc
from pathlib import Path

import pandas as pd
import pytest

from analysis.__main__ import main
from analysis.reading import read_corpus
from tests.conftest import write_file as write

BODY = ("The harbour authority said on Monday that about 300 fishing boats had returned to port before the "
        "storm, and that the ferry to the islands would not sail until Wednesday.")
PAGE = ("<html><head><title>Storm keeps boats in port | Coast Post</title>"
        '<meta property="og:site_name" content="Coast Post"></head>'
        "<body><article><h1>Storm keeps boats in port</h1><p>{body}</p></article></body></html>")


def by_id(articles: list) -> dict:
    return {article.article_id: article for article in articles}


def test_a_gzipped_page_is_read(tmp_path: Path) -> None:
    write(tmp_path, "storm.html.gz", gzip.compress(PAGE.format(body=BODY).encode()))
    write(tmp_path, "note.txt.gz", gzip.compress(f"Harbour closed\n{BODY}\n".encode()))
    found = by_id(read_corpus(tmp_path))
    assert (found["storm"].status, found["storm"].format, found["storm"].title) == ("ok", "html",
                                                                                    "Storm keeps boats in port")
    assert (found["note"].status, found["note"].title) == ("ok", "Harbour closed")


def test_a_gzip_of_an_unsupported_file_names_its_type(tmp_path: Path) -> None:
    write(tmp_path, "scan.pdf.gz", gzip.compress(b"%PDF-1.4"))
    [article] = read_corpus(tmp_path)
    assert (article.status, article.error) == ("skipped", "unsupported file type .pdf.gz")


def test_a_broken_gzip_is_a_row(tmp_path: Path) -> None:
    write(tmp_path, "cut.txt.gz", gzip.compress(f"Harbour closed\n{BODY}\n".encode())[:20])
    write(tmp_path, "fine.txt", f"Harbour open\n{BODY}\n")
    found = by_id(read_corpus(tmp_path))
    assert found["cut"].status == "skipped" and found["cut"].error.startswith("not a readable gzip file")
    assert found["fine"].status == "ok"


def test_a_decompression_bomb_is_skipped_in_bounded_memory(tmp_path: Path) -> None:
    bomb = io.BytesIO()
    with gzip.GzipFile(fileobj=bomb, mode="wb", compresslevel=9) as packed:
        for _ in range(50):  # 50 MB of spaces in about 50 kB
            packed.write(b" " * 1_000_000)
    write(tmp_path, "bomb.txt.gz", bomb.getvalue())
    write(tmp_path, "bomb.jsonl.gz", gzip.compress(b'{"title": "x", "text": "' + b"a" * 5_000_000 + b'"}\n'))
    tracemalloc.start()
    found = {article.path: article for article in read_corpus(tmp_path)}
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert (found["bomb.txt.gz"].status, found["bomb.txt.gz"].error) == (
        "skipped", "larger than the 2 MB limit once decompressed; raise it with --max-bytes")
    assert found["bomb.jsonl.gz"].error.startswith("line 1: larger than the 2 MB limit once decompressed")
    assert peak < 20_000_000


def test_a_gzipped_jsonl_is_streamed_line_by_line(tmp_path: Path) -> None:
    lines = [{"title": f"Storm day {n}", "text": BODY.replace("300", str(300 + n))} for n in range(3)]
    write(tmp_path, "feed.jsonl.gz", gzip.compress("\n".join(json.dumps(line) for line in lines).encode()))
    assert [a.title for a in read_corpus(tmp_path)] == ["Storm day 0", "Storm day 1", "Storm day 2"]


def _warc(records: list[tuple[str, str, bytes]], compress: bool) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=compress)
    for url, content_type, payload in records:
        headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(payload),
                                                      http_headers=headers))
    return buffer.getvalue()


@pytest.mark.parametrize("name", ["crawl.warc.gz", "crawl.warc"])
def test_a_web_archive_gives_one_article_per_html_page_with_its_url(tmp_path: Path, name: str) -> None:
    pages = [(f"https://coastpost.example/news/{n}", "text/html; charset=utf-8",
              PAGE.format(body=BODY.replace("300", str(300 + n))).encode()) for n in range(3)]
    image = ("https://coastpost.example/logo.png", "image/png", b"\x89PNG\r\n")
    write(tmp_path, name, _warc([pages[0], image, pages[1], pages[2]], compress=name.endswith(".gz")))
    articles = read_corpus(tmp_path)
    assert [(a.article_id, a.status, a.url) for a in articles] == [
        (f"crawl-{n + 1}", "ok", f"https://coastpost.example/news/{n}") for n in range(3)]
    assert {a.outlet for a in articles} == {"Coast Post"}


def test_a_web_archive_without_pages_and_a_broken_one(tmp_path: Path) -> None:
    write(tmp_path, "images.warc", _warc([("https://x.example/a.png", "image/png", b"\x89PNG")], compress=False))
    good = _warc([("https://coastpost.example/a", "text/html", PAGE.format(body=BODY).encode())], compress=False)
    write(tmp_path, "torn.warc", good + b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 99999\r\n\r\nshort")
    found = by_id(read_corpus(tmp_path))
    assert (found["images"].status, found["images"].error) == ("skipped", "no HTML pages in the archive")
    assert found["torn-1"].status == "ok"
    assert found["torn-2"].status == "error"
    assert found["torn-2"].error.startswith("record 2: not a readable WARC record")


def test_a_csv_table_with_other_column_names_reads_through_columns(tmp_path: Path) -> None:
    rows = pd.DataFrame({"key": ["a1", "a2"], "headline": ["Boats in port", "Ferry resumes"],
                         "body": [BODY, BODY.replace("300", "450")], "source": ["Coast Post", "Island News"],
                         "date": ["2023-03-06", "2023-03-08"], "link": ["https://coastpost.example/a",
                                                                       "https://islandnews.example/b"]})
    rows.to_csv(tmp_path / "export.csv", index=False)
    columns = {"id": "key", "title": "headline", "text": "body", "outlet": "source", "published": "date",
               "url": "link"}
    articles = read_corpus(tmp_path / "export.csv", columns=columns)
    assert [(a.article_id, a.title, a.outlet, a.published, a.url, a.status) for a in articles] == [
        ("a1", "Boats in port", "Coast Post", "2023-03-06", "https://coastpost.example/a", "ok"),
        ("a2", "Ferry resumes", "Island News", "2023-03-08", "https://islandnews.example/b", "ok")]


def test_a_table_without_a_text_column_says_so(tmp_path: Path) -> None:
    write(tmp_path, "scores.csv", "team,points\nAshford,3\n")
    [article] = read_corpus(tmp_path)
    assert article.status == "skipped"
    assert article.error == ("not a table of articles: no 'text' or 'body' or 'content' column "
                             "(columns: team, points); name it with --columns")


def test_one_broken_row_is_one_error_row(tmp_path: Path) -> None:
    write(tmp_path, "rows.csv", f'title,text\nFirst,"{BODY}"\nSecond,\n"Third","{BODY.replace("300", "301")}"\n')
    articles = read_corpus(tmp_path)
    assert [(a.article_id, a.status) for a in articles] == [("rows-2", "ok"), ("rows-3", "ok"), ("rows-4", "ok")]
    write(tmp_path, "rows.csv", f'title,text\nFirst,"{BODY}"\nSecond,"{"x" * 3000}"\nThird,"{BODY[:-1]}!"\n')
    articles = read_corpus(tmp_path, max_bytes=2000)
    assert [a.status for a in articles] == ["ok", "error", "ok"]
    assert articles[1].error.startswith("row 3: a field larger than the 2 kB limit")


def test_parquet_and_gzipped_csv_tables_stream(tmp_path: Path) -> None:
    rows = pd.DataFrame({"id": [f"p{n}" for n in range(600)], "title": [f"Storm day {n}" for n in range(600)],
                         "text": [BODY.replace("300", str(1000 + n)) for n in range(600)],
                         "published": pd.to_datetime(["2023-03-06"] * 600)})
    rows.to_parquet(tmp_path / "big.parquet", index=False)
    write(tmp_path, "small.csv.gz", gzip.compress(rows.head(2).assign(id=["c0", "c1"]).to_csv(index=False).encode()))
    found = by_id(read_corpus(tmp_path))
    assert len(found) == 602
    assert (found["p599"].title, found["p599"].published, found["p599"].outlet_source) == (
        "Storm day 599", "2023-03-06", "unknown")
    assert found["c1"].title == "Storm day 1"


def test_cli_columns_and_languages(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["build", str(tmp_path), "--out", str(tmp_path / "out"), "--columns", "headline"])
    assert "expected FIELD=COLUMN pairs" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["build", str(tmp_path), "--out", str(tmp_path / "out"), "--columns", "author=byline"])
    assert "unknown field author" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["build", str(tmp_path), "--out", str(tmp_path / "out"), "--languages", "english!"])
    assert "expected ISO 639 codes" in capsys.readouterr().err
