"""Tests for analysis/reading/: formats, manifest, metadata inference, boilerplate, ids."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from analysis.reading import (
    Article,
    boilerplate_paragraphs,
    iter_corpus,
    markdown_line,
    outlet_from_text,
    parse_full_date,
    published_from_text,
    read_corpus,
    wire_agencies,
)
from tests.conftest import SEEDS
from tests.conftest import write_file as write

LONG_BODY = "The ministry said on Tuesday that the soldiers had moved closer to the front, officials said."


def by_id(articles: list[Article]) -> dict[str, Article]:
    return {article.article_id: article for article in articles}


@pytest.fixture(scope="module")
def seed_articles() -> dict[str, Article]:
    return by_id(read_corpus(SEEDS))


@pytest.fixture(scope="module")
def seeds_without_manifest(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Article]:
    folder = tmp_path_factory.mktemp("seeds")
    for path in SEEDS.glob("*.txt"):
        shutil.copy(path, folder / path.name)
    return by_id(read_corpus(folder))


# --- the seed corpus --------------------------------------------------------------------------

def test_seed_corpus_reads_every_article_and_not_the_manifest(seed_articles: dict[str, Article]) -> None:
    assert sorted(seed_articles) == sorted(path.stem for path in SEEDS.glob("*.txt"))
    assert all(article.status == "ok" and article.error == "" for article in seed_articles.values())


@pytest.mark.parametrize(
    ("article_id", "outlet", "outlet_source", "published", "published_source"),
    [
        ("000_8710205b61c2e184", "Al Jazeera", "manifest", "2024-10-31", "manifest"),
        ("001_e8ff87aac9fb7b29", "Associated Press", "manifest", "", "unknown"),
        ("002_6512262834960959", "Business Insider", "manifest", "", "unknown"),
        ("003_b2225c1f0ab56bcc", "", "unknown", "", "unknown"),
        ("004_feda9370fe4f8f00", "Yahoo News", "manifest", "2024-11-05", "manifest"),
    ],
)
def test_seed_metadata_from_manifest(seed_articles: dict[str, Article], article_id: str, outlet: str,
                                     outlet_source: str, published: str, published_source: str) -> None:
    article = seed_articles[article_id]
    assert (article.outlet, article.outlet_source) == (outlet, outlet_source)
    assert (article.published, article.published_source) == (published, published_source)


def test_seed_url_from_manifest(seed_articles: dict[str, Article]) -> None:
    assert seed_articles["004_feda9370fe4f8f00"].url.startswith("https://au.news.yahoo.com/")
    assert seed_articles["001_e8ff87aac9fb7b29"].url == ""


@pytest.mark.parametrize(
    ("article_id", "outlet"),
    [
        ("000_8710205b61c2e184", ""),  # nothing in the text names the publisher
        ("001_e8ff87aac9fb7b29", "Associated Press"),  # "KYIV, Ukraine (AP) —"
        ("002_6512262834960959", "Business Insider"),  # "... request for comment sent ... by <it>."
        ("003_b2225c1f0ab56bcc", ""),
        ("004_feda9370fe4f8f00", ""),
    ],
)
def test_seed_outlet_inferred_from_text_without_manifest(
    seeds_without_manifest: dict[str, Article], article_id: str, outlet: str
) -> None:
    article = seeds_without_manifest[article_id]
    assert (article.outlet, article.outlet_source) == (outlet, "text" if outlet else "unknown")


def test_seed_dates_are_not_invented(seeds_without_manifest: dict[str, Article]) -> None:
    # the seeds say "Thursday", "Oct. 31", "In March 2024": never a full date in a dateline
    assert {(a.published, a.published_source) for a in seeds_without_manifest.values()} == {("", "unknown")}


@pytest.mark.parametrize(
    ("article_id", "boilerplate"),
    [
        ("000_8710205b61c2e184", []),
        ("001_e8ff87aac9fb7b29", [5, 6, 7, 8, 31, 32]),  # four related-story links, "___", credit line
        ("002_6512262834960959", []),
        ("003_b2225c1f0ab56bcc", []),
        ("004_feda9370fe4f8f00", []),
    ],
)
def test_seed_boilerplate_is_exactly_links_separator_and_credits(
    seed_articles: dict[str, Article], article_id: str, boilerplate: list[int]
) -> None:
    article = seed_articles[article_id]
    flagged = {index: article.paragraph_texts()[index][:60] for index in article.boilerplate}
    assert article.boilerplate == boilerplate, f"{article_id} flagged {flagged}"


def test_seed_related_links_are_the_four_link_lines(seed_articles: dict[str, Article]) -> None:
    paragraphs = seed_articles["001_e8ff87aac9fb7b29"].paragraph_texts()
    assert paragraphs[5].startswith("Special counsel moves")
    assert paragraphs[8].startswith("Trump 2.0 has a Cabinet")
    assert paragraphs[31] == "___"
    assert paragraphs[32].startswith("Associated Press reporters")


@pytest.mark.parametrize(
    "article_id", ["000_8710205b61c2e184", "001_e8ff87aac9fb7b29", "002_6512262834960959"]
)
def test_seed_text_layout(seed_articles: dict[str, Article], article_id: str) -> None:
    article = seed_articles[article_id]
    source_lines = [line.strip() for line in (SEEDS / f"{article_id}.txt").read_text("utf-8").splitlines()]
    assert article.paragraph_texts() == [line for line in source_lines if line]
    assert article.text == "\n".join(article.paragraph_texts())
    assert article.title == source_lines[0] == article.text.split("\n")[0]
    assert article.paragraphs[0] == (0, len(article.title))
    assert article.format == "txt" and article.path == f"{article_id}.txt"
    assert len(article.content_hash) == 64


def test_iter_corpus_streams_the_same_articles(seed_articles: dict[str, Article]) -> None:
    stream = iter_corpus(SEEDS)
    first = next(stream)
    assert first == seed_articles["000_8710205b61c2e184"]
    assert [first, *stream] == list(seed_articles.values())


def test_single_file_source_uses_manifest_beside_it() -> None:
    [article] = read_corpus(SEEDS / "000_8710205b61c2e184.txt")
    assert (article.article_id, article.path, article.outlet) == ("000_8710205b61c2e184", "", "Al Jazeera")


def test_missing_source_raises() -> None:
    with pytest.raises(FileNotFoundError, match="does not exist"):
        read_corpus(SEEDS / "no-such-folder")


# --- metadata inference -----------------------------------------------------------------------

@pytest.mark.parametrize(
    ("body", "outlet"),
    [
        ("KYIV, Ukraine (AP) — Officials said on Thursday the troops had arrived.", "Associated Press"),
        ("WASHINGTON, Nov 5 (Reuters) - The Pentagon said on Tuesday that more troops arrived.", "Reuters"),
        ("Paris (AFP) - French officials said the talks would resume next week.", "Agence France-Presse"),
        ("BERLIN (dpa) - Officials said on Monday the plan was approved.", "Deutsche Presse-Agentur"),
        ("SEOUL, Nov. 5 (Yonhap) -- South Korea said its estimate had risen.", "Yonhap News Agency"),
        ("(CNN) — The first troops have come under fire, an official said.", "CNN"),
        ("LONDON (Example Wire) — Officials said the figure had doubled.", "Example Wire"),
        ("The news agency (TASS) - quoted a spokesman as saying the report was false.", ""),
        ("Officials (including generals) — the ministry said — met on Monday.", ""),
    ],
)
def test_outlet_from_dateline(body: str, outlet: str) -> None:
    assert outlet_from_text(["Headline", body, LONG_BODY]) == outlet


@pytest.mark.parametrize(
    ("closing", "outlet"),
    [
        ("Associated Press reporters Jane Roe and John Doe contributed.", "Associated Press"),
        ("Example Times staff writer Jane Roe contributed to this report.", "Example Times"),
        ("The ministry did not respond to a request for comment sent after hours by Example Insider.",
         "Example Insider"),
        ("The embassy did not immediately respond to a request for comment from Reuters.", "Reuters"),
        ("The company did not immediately respond to Example Daily's request for comment.", "Example Daily"),
        ("The ministry did not respond to a request for comment by Friday.", ""),
        ("The ministry did not respond to a request for comment by the time of publication.", ""),
        ("North Korea contributed troops to the effort, officials said.", ""),
    ],
)
def test_outlet_from_closing_lines(closing: str, outlet: str) -> None:
    assert outlet_from_text(["Headline", LONG_BODY, closing]) == outlet


def test_dateline_outlet_wins_over_closing_line() -> None:
    paragraphs = ["Headline", "KYIV (AP) — Officials said more troops arrived.",
                  "The army did not respond to a request for comment from Example Daily."]
    assert outlet_from_text(paragraphs) == "Associated Press"


@pytest.mark.parametrize(
    ("paragraphs", "published"),
    [
        (["By Jane Roe | November 5, 2024 10:32 AM EST", LONG_BODY], "2024-11-05"),
        (["Tue 5 Nov 2024 10.32 GMT", LONG_BODY], "2024-11-05"),
        (["WASHINGTON, Nov. 5, 2024 (Reuters) - The Pentagon said more troops arrived on Monday.",
          LONG_BODY], "2024-11-05"),
        ([LONG_BODY, LONG_BODY, LONG_BODY, "Published: 4 November 2024"], "2024-11-04"),
        ([LONG_BODY, "Updated 6 November 2024", "Published 4 November 2024"], "2024-11-04"),
        ([LONG_BODY, "Last updated on 2024-11-06 at 10:00"], "2024-11-06"),
        (["The attack happened on 5 March 2024.", LONG_BODY], ""),  # an event date, not a dateline
        ([LONG_BODY, LONG_BODY, LONG_BODY, "On 5 March 2024 troops crossed the border."], ""),
        (["Nov. 5 (Reuters) - The Pentagon said more troops arrived.", LONG_BODY], ""),  # no year
        (["In March 2024, the ministry said troops had moved.", LONG_BODY], ""),  # no day
        (["Thursday", LONG_BODY], ""),
        # A paragraph that opens with the page's date stamp, bare or after a date label.
        (["date 2024-11-05 SPRINGFIELD — County officials ordered 2,000 residents to leave on Monday.", LONG_BODY],
         "2024-11-05"),
        (["2024-11-05 — County officials said 2,000 residents had left their homes.", LONG_BODY], "2024-11-05"),
        (["On 5 March 2024, county officials said 2,000 residents had left their homes.", LONG_BODY], ""),
    ],
)
def test_published_from_text(paragraphs: list[str], published: str) -> None:
    assert published_from_text(["Headline", *paragraphs]) == published


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-10-31", ("2024-10-31", "")),
        ("2024-10-31T09:15:00Z", ("2024-10-31", "")),
        ("2024/10/31", ("2024-10-31", "")),
        ("31 October 2024", ("2024-10-31", "")),
        ("Oct. 31, 2024", ("2024-10-31", "")),
        ("Thu, 31 Oct 2024 10:00:00 GMT", ("2024-10-31", "")),
        ("31/10/2024", ("2024-10-31", "")),
        ("05/11/2024", ("", "ambiguous")),
        ("31/31/2024", ("", "unreadable")),
        ("2024-02-30", ("", "unreadable")),
        ("October 2024", ("", "unreadable")),
        ("soon", ("", "unreadable")),
    ],
)
def test_parse_full_date(value: str, expected: tuple[str, str]) -> None:
    assert parse_full_date(value) == expected


def test_wire_agency_data_file_maps_codes_to_names() -> None:
    agencies = wire_agencies()
    assert agencies["ap"] == "Associated Press"
    assert agencies["xinhua"] == "Xinhua News Agency"
    assert agencies["canadian press"] == "The Canadian Press"


# --- boilerplate ------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("paragraph", "flagged"),
    [
        ("___", True),
        ("---", True),
        ("* * *", True),
        ("Reporting by Jane Roe; Editing by John Doe", True),
        ("(Reporting by Jane Roe in Seoul; Writing by John Doe)", True),
        ("Editing by John Doe", True),
        ("Jane Roe contributed from London.", True),
        ("Jane Roe and John Doe contributed reporting.", True),
        ("Read more: Why the figures differ", True),
        ("READ MORE | Troops move north", True),
        ("Sign up for our daily newsletter", True),
        ("© 2024 Example Media Ltd.", True),
        ("Copyright 2024 Example Media. All rights reserved.", True),
        ("Published 5 November 2024", True),
        ("North Korea contributed troops to the effort, officials said.", False),
        ("Reports of troops arriving began more than a week ago.", False),
        ("“Read more carefully,” he said.", False),
        (LONG_BODY, False),
    ],
)
def test_boilerplate_single_lines(paragraph: str, flagged: bool) -> None:
    assert (1 in boilerplate_paragraphs(["Headline", paragraph])) is flagged


def test_related_links_between_body_paragraphs_are_flagged() -> None:
    paragraphs = ["Headline", LONG_BODY, "Officials dispute the count of troops near the border",
                  "Why the estimate keeps changing", LONG_BODY]
    assert boilerplate_paragraphs(paragraphs) == [2, 3]


@pytest.mark.parametrize(
    "paragraphs",
    [
        # a standfirst and byline before any body paragraph are not a link list
        ["Headline", "Officials dispute the count of troops near the border", "By Jane Roe and John Doe",
         LONG_BODY],
        # a single subheading between paragraphs is kept
        ["Headline", LONG_BODY, "What the numbers mean", LONG_BODY],
        # two short quoted lines are speech
        ["Headline", LONG_BODY, "“We will not stop here", "“Nor will we retreat", LONG_BODY],
    ],
)
def test_link_lookalikes_are_not_flagged(paragraphs: list[str]) -> None:
    assert boilerplate_paragraphs(paragraphs) == []


# --- formats ----------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("line", "plain"),
    [
        ("# The headline", "The headline"),
        ("## Section ##", "Section"),
        ("  • Bullet point.", "Bullet point."),
        ("- Dash bullet", "Dash bullet"),
        ("* Star bullet", "Star bullet"),
        ("> Quoted **bold** text", "Quoted bold text"),
        ("Some *emphasis* and __strong__ words", "Some emphasis and strong words"),
        ("A [linked phrase](https://example.org/x) here", "A linked phrase here"),
        ("![chart](chart.png)", ""),
        ("snake_case_name stays", "snake_case_name stays"),
        ("---", "---"),
    ],
)
def test_markdown_line(line: str, plain: str) -> None:
    assert markdown_line(line) == plain


def test_markdown_article(tmp_path: Path) -> None:
    write(tmp_path, "story.md", "# Troops arrive\n\n- First point.\n\n**Officials** said *more* come.\n")
    [article] = read_corpus(tmp_path)
    assert article.paragraph_texts() == ["Troops arrive", "First point.", "Officials said more come."]
    assert (article.format, article.title) == ("md", "Troops arrive")


def test_markdown_front_matter_gives_metadata(tmp_path: Path) -> None:
    write(tmp_path, "clip.md", "---\ntitle: \"Clipped headline\"\nsource: https://example.org/a\n"
                               "published: 2024-11-05\nsite: Example Daily\n---\n# Clipped headline\nBody.\n")
    [article] = read_corpus(tmp_path)
    assert article.paragraph_texts() == ["Clipped headline", "Body."]
    assert (article.url, article.published, article.outlet) == ("https://example.org/a", "2024-11-05",
                                                                "Example Daily")


HTML_PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Troops reach the border | Example Daily</title>
<meta property="og:site_name" content="Example Daily">
<meta property="article:published_time" content="2024-11-05T10:00:00Z">
<script>var secret = "SCRIPT_CONTENT";</script><style>.x { color: red }</style></head>
<body><nav><a href="/">Home</a> | <a href="/world">World</a></nav>
<article><h1>Troops reach the border</h1>
<p>Thousands of soldiers have reached the border region, officials said on Tuesday, adding that more
were expected in the coming days.</p>
<p>“We are watching closely,” a spokesperson said in a statement to reporters at the ministry.</p>
<script>document.write("INLINE_SCRIPT")</script>
<p>The ministry did not give a precise figure for the number of soldiers involved in the move.</p>
</article><footer>© 2024 Example Daily</footer></body></html>"""


def test_html_article_text_title_and_metadata(tmp_path: Path) -> None:
    write(tmp_path, "page.html", HTML_PAGE)
    [article] = read_corpus(tmp_path)
    assert article.title == "Troops reach the border"
    assert article.paragraph_texts()[1].startswith("Thousands of soldiers have reached")
    assert "“We are watching closely,” a spokesperson said" in article.text
    assert "SCRIPT_CONTENT" not in article.text and "INLINE_SCRIPT" not in article.text
    assert (article.outlet, article.outlet_source) == ("Example Daily", "opengraph")
    assert (article.published, article.published_source) == ("2024-11-05", "meta")
    assert article.format == "html"


def test_html_manifest_wins_over_page_metadata(tmp_path: Path) -> None:
    write(tmp_path, "page.htm", HTML_PAGE)
    write(tmp_path, "manifest.csv", "file,outlet,url,published\npage.htm,Other Outlet,,2024-11-04\n")
    [article] = read_corpus(tmp_path)
    assert (article.outlet, article.outlet_source) == ("Other Outlet", "manifest")
    assert (article.published, article.published_source) == ("2024-11-04", "manifest")


def test_html_without_article_falls_back_to_title_tag(tmp_path: Path) -> None:
    write(tmp_path, "tiny.html", "<html><head><title>Only a title</title><script>bad()</script></head>"
                                 "<body><p>Short.</p><script>worse()</script></body></html>")
    [article] = read_corpus(tmp_path)
    assert article.title == "Only a title"
    assert "bad()" not in article.text and "worse()" not in article.text
    assert article.status == "ok"


def test_html_declared_legacy_charset(tmp_path: Path) -> None:
    page = ('<html><head><meta charset="windows-1251"><title>Заголовок</title></head>'
            "<body><p>Текст статьи.</p></body></html>")
    write(tmp_path, "cyrillic.html", page.encode("cp1251"))
    [article] = read_corpus(tmp_path)
    assert article.title == "Заголовок"


def test_jsonl_one_article_per_line(tmp_path: Path) -> None:
    lines = [
        json.dumps({"title": "First", "text": "Para one.\n\nPara two.", "outlet": "Example Wire",
                    "url": "https://example.org/1", "published": "2024-11-05"}),
        "",
        "{not json",
        json.dumps({"title": "Third", "text": "Body.", "published": "someday"}),
        json.dumps(["a", "list"]),
    ]
    write(tmp_path, "feed.jsonl", "\n".join(lines) + "\n")
    articles = by_id(read_corpus(tmp_path))
    assert sorted(articles) == ["feed-1", "feed-3", "feed-4", "feed-5"]
    first = articles["feed-1"]
    assert first.paragraph_texts() == ["First", "Para one.", "Para two."]
    assert (first.outlet, first.outlet_source, first.published, first.published_source) == (
        "Example Wire", "jsonl", "2024-11-05", "jsonl")
    assert (first.url, first.format, first.path) == ("https://example.org/1", "jsonl", "feed.jsonl")
    assert articles["feed-3"].status == "error"
    assert articles["feed-3"].error.startswith("line 3: not valid JSON")
    third = articles["feed-4"]
    assert (third.status, third.error) == ("ok", "line 4: unreadable date 'someday'")
    assert articles["feed-5"].status == "error" and "JSON object" in articles["feed-5"].error


def test_jsonl_ids_stay_unique_next_to_a_file_named_like_a_line(tmp_path: Path) -> None:
    write(tmp_path, "feed.jsonl", json.dumps({"title": "From the feed", "text": "Body."}) + "\n")
    write(tmp_path, "feed-1.txt", "A separate file\nBody text.\n")
    ids = [article.article_id for article in read_corpus(tmp_path)]
    assert len(ids) == len(set(ids)) == 2


# --- manifest ---------------------------------------------------------------------------------

def test_manifest_rows_report_missing_files_and_bad_dates(tmp_path: Path) -> None:
    write(tmp_path, "a.txt", "Headline A\nBody.\n")
    write(tmp_path, "b.txt", "Headline B\nOther body.\n")
    write(tmp_path, "manifest.csv", "file,outlet,url,published\n"
                                    "a.txt,Outlet A,https://example.org/a,31/31/2024\n"
                                    "gone.txt,Outlet G,,2024-01-02\n"
                                    "b.txt,Outlet B,,2024-11-05\n")
    articles = by_id(read_corpus(tmp_path))
    assert sorted(articles) == ["a", "b", "gone"]
    assert (articles["a"].status, articles["a"].error) == ("ok", "manifest: unreadable date '31/31/2024'")
    assert (articles["a"].outlet, articles["a"].published) == ("Outlet A", "")
    gone, b = articles["gone"], articles["b"]
    assert (gone.status, gone.error) == ("error", "listed in manifest.csv but not found")
    assert (gone.outlet, gone.published) == ("Outlet G", "2024-01-02")
    assert (b.outlet, b.published, b.error) == ("Outlet B", "2024-11-05", "")


def test_manifest_in_subfolder_applies_there_and_wins(tmp_path: Path) -> None:
    write(tmp_path, "top.txt", "Top headline\nBody.\n")
    write(tmp_path, "sub/inner.txt", "Inner headline\nBody two.\n")
    write(tmp_path, "manifest.csv", "file,outlet,url,published\ntop.txt,Root Outlet,,\n"
                                    "sub/inner.txt,Root Says,https://example.org/i,2024-01-01\n")
    write(tmp_path, "sub/manifest.csv", "file,outlet\ninner.txt,Sub Outlet\n")
    articles = by_id(read_corpus(tmp_path))
    assert articles["top"].outlet == "Root Outlet"
    inner = articles["inner"]
    assert (inner.outlet, inner.url, inner.published, inner.path) == (
        "Sub Outlet", "https://example.org/i", "2024-01-01", "sub/inner.txt")


def test_manifest_without_file_column_is_reported(tmp_path: Path) -> None:
    write(tmp_path, "a.txt", "Headline\nBody.\n")
    write(tmp_path, "manifest.csv", "name,outlet\na.txt,X\n")
    articles = by_id(read_corpus(tmp_path))
    assert articles["a"].outlet == ""
    assert articles["manifest"].status == "error" and "no 'file' column" in articles["manifest"].error


def test_manifest_matches_names_that_differ_only_in_case(tmp_path: Path) -> None:
    write(tmp_path, "Story.TXT", "Headline\nBody.\n")
    write(tmp_path, "manifest.csv", "file,outlet\nstory.txt,Example Daily\n")
    [article] = read_corpus(tmp_path)
    assert (article.outlet, article.status) == ("Example Daily", "ok")


# --- ids and order ----------------------------------------------------------------------------

def test_colliding_stems_use_their_folder_path(tmp_path: Path) -> None:
    write(tmp_path, "x.txt", "Root x\nBody one.\n")
    write(tmp_path, "sub/x.txt", "Sub x\nBody two.\n")
    write(tmp_path, "sub/deeper/x.md", "Deeper x\nBody three.\n")
    write(tmp_path, "y.txt", "Only y\nBody four.\n")
    write(tmp_path, "y.md", "Markdown y\nBody five.\n")
    articles = read_corpus(tmp_path)
    assert [(article.article_id, article.path) for article in articles] == [
        ("sub-deeper-x", "sub/deeper/x.md"), ("sub-x", "sub/x.txt"), ("x", "x.txt"),
        ("y", "y.md"), ("y-txt", "y.txt"),
    ]
    assert [article.article_id for article in read_corpus(tmp_path)] == [a.article_id for a in articles]
