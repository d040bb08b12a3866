"""The build: the seed tables end to end, corpus-wide names and dates, the cache and the workers."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from rapidfuzz import fuzz, process

from analysis import runners
from analysis import tables as build
from analysis.schema import CONTRACT_COLUMNS, TABLE_COLUMNS
from tests.conftest import SEEDS

ARTICLE = "Talks end without deal\n{body}"


def test_every_seed_article_is_read(seed_tables):
    assert len(seed_tables.articles) == 5
    assert (seed_tables.articles["status"] == "ok").all()


@pytest.mark.parametrize("table", ["articles", "quotes", "claims"])
def test_tables_have_the_contract_columns_and_dtypes(seed_tables, table):
    frame = getattr(seed_tables, table)
    assert list(frame.columns[: len(CONTRACT_COLUMNS[table])]) == CONTRACT_COLUMNS[table]
    assert {name: str(dtype) for name, dtype in frame.dtypes.items()} == TABLE_COLUMNS[table]


def test_ids_are_unique_and_stable(seed_tables):
    again = build.build_tables(SEEDS)
    assert seed_tables.quotes["quote_id"].is_unique
    assert seed_tables.claims["claim_id"].is_unique
    assert again.quotes["quote_id"].tolist() == seed_tables.quotes["quote_id"].tolist()
    assert again.claims["claim_id"].tolist() == seed_tables.claims["claim_id"].tolist()


def test_offsets_give_back_the_spans(seed_tables):
    text = seed_tables.articles.set_index("article_id")["text"]
    for row in seed_tables.quotes.itertuples():
        assert text[row.article_id][row.start:row.end] == row.quote
    for row in seed_tables.claims.itertuples():
        assert text[row.article_id][row.start:row.end] == row.figure_text


def test_a_person_has_one_spelling_and_a_country_across_the_corpus(seed_tables):
    speakers = set(seed_tables.quotes["speaker"])
    # One seed spells the first name with an h, another the surname with one y: both merge.
    assert not any(name.startswith("Anthony ") for name in speakers)
    people = seed_tables.quotes[seed_tables.quotes["speaker"].str.contains(" ")]
    assert people.groupby("speaker")["speaker_country"].nunique().max() == 1


@pytest.mark.parametrize(
    ("names", "expected"),
    [
        (["Ana Ruiz", "Ana Ruiz", "Anna Ruiz"], {"Anna Ruiz": "Ana Ruiz"}),
        (["Ana Ruiz", "Ruiz"], {"Ruiz": "Ana Ruiz"}),
        (["Ana Ruiz", "Luis Ruiz", "Ruiz"], {}),  # two people share the surname: leave it
        (["Ana Ruiz", "Ruis"], {}),  # 75 alike: another person
        (["Olena Kovalchuk", "Kovalchuck"], {"Kovalchuck": "Olena Kovalchuk"}),
        (["Ana Garcia-Lopez", "Lopez"], {"Lopez": "Ana Garcia-Lopez"}),  # each part of a hyphenated name
        (["Ana Ruiz", "Anna Ruiz", "Anna Ruiz", "Ruiz"], {"Ana Ruiz": "Anna Ruiz", "Ruiz": "Anna Ruiz"}),
        (["Ana Ruiz", "ruiz"], {"ruiz": "Ana Ruiz"}),
    ],
)
def test_canonical_names(names, expected):
    assert build.canonical_names(names) == expected


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        (["Peru", "Chile", "Peru"], "Peru"),  # the most frequent
        (["Chile", "Peru"], "Chile"),  # a tie: the one given first
        (["", "Peru", None], "Peru"),  # blanks are not a value
    ],
)
def test_fill_person_attribute_gives_the_corpus_value(given, expected):
    frame = pd.DataFrame({"speaker": ["Ana Ruiz"] * (len(given) + 1), "speaker_kind": "person",
                          "speaker_country": [*given, ""]})
    filled = build.fill_person_attribute(frame, pd.DataFrame(), "country")
    assert filled["speaker_country"].iloc[-1] == expected
    assert filled["speaker_country"].iloc[:-1].fillna("").tolist() == [g or expected for g in given]


def test_fill_person_attribute_counts_the_other_table_and_leaves_bodies_alone():
    quotes = pd.DataFrame({"speaker": ["Ana Ruiz", "Ministry"], "speaker_kind": ["person", "body"],
                           "speaker_country": ["", ""]})
    claims = pd.DataFrame({"claimant": ["Ana Ruiz", "Ministry"], "claimant_kind": "person",
                           "claimant_country": ["Peru", "Chile"]})
    assert build.fill_person_attribute(quotes, claims, "country")["speaker_country"].tolist() == ["Peru", ""]


def _frames(quotes: list[dict], published: dict[str, str | None]) -> tuple[pd.DataFrame, pd.DataFrame]:
    articles = pd.DataFrame({"article_id": list(published), "published": list(published.values()),
                             "status": "ok"})
    return articles, pd.DataFrame(quotes)


def test_undated_article_takes_the_date_of_the_same_quotation_elsewhere():
    said = "We will not send more troops to the region this year under any circumstances"
    articles, quotes = _frames(
        [
            {"article_id": "dated", "quote": said, "date_text": "Monday", "speaker": "X"},
            {"article_id": "undated", "quote": said.replace("will not", "won't"), "date_text": "Monday",
             "speaker": "X"},
        ],
        {"dated": "2025-03-06", "undated": None},
    )
    with_reference = build.add_reference_dates(articles, quotes, pd.DataFrame())
    reference = with_reference.set_index("article_id")["reference_date"]
    assert reference["undated"] == pd.Timestamp("2025-03-03")
    assert "dated" in with_reference.set_index("article_id").at["undated", "reference_source"]


def test_each_undated_article_takes_its_own_quotation_date():
    said = ["We will not send more troops to the region this year under any circumstances",
            "The talks will resume next week in the capital with all of the parties present"]
    articles, quotes = _frames(
        [
            {"article_id": "dated", "quote": said[0], "date_text": "Monday", "speaker": "X"},
            {"article_id": "also dated", "quote": said[0], "date_text": "Tuesday", "speaker": "X"},
            {"article_id": "dated", "quote": said[1], "date_text": "Wednesday", "speaker": "Y"},
            {"article_id": "first", "quote": said[0], "date_text": "", "speaker": "X"},
            {"article_id": "second", "quote": "short", "date_text": "", "speaker": "Y"},
            {"article_id": "second", "quote": said[1], "date_text": "", "speaker": "Y"},
        ],
        {"dated": "2025-03-06", "also dated": "2025-03-06", "first": None, "second": None, "unread": None},
    )
    articles.loc[articles["article_id"] == "unread", "status"] = "skipped"
    with_reference = build.add_reference_dates(articles, quotes, pd.DataFrame()).set_index("article_id")
    # The same quotation in two dated articles: the first one's date.
    assert with_reference.at["first", "reference_date"] == pd.Timestamp("2025-03-03")
    assert with_reference.at["first", "reference_source"] == "date of the same quotation in dated"
    assert with_reference.at["second", "reference_date"] == pd.Timestamp("2025-03-05")
    assert pd.isna(with_reference.at["unread", "reference_date"])


# Words with no letter in common, so that only shared words make two quotations alike.
DISTINCT_WORDS = st.sampled_from([letter * 3 for letter in "abcdefghijklmnop"])
QUOTATIONS = st.lists(DISTINCT_WORDS, min_size=6, max_size=12).map(" ".join)


@given(st.lists(QUOTATIONS, min_size=1, max_size=30), st.lists(QUOTATIONS, min_size=1, max_size=10))
@example(["aaa bbb ccc ddd eee fff", "aaa bbb ccc ddd eee ggg"], ["aaa bbb ccc ddd eee fff ggg hhh"])
def test_reprints_are_found_as_comparing_every_quotation_finds_them(dated, undated):
    reprints = build._Reprints(dated)
    for quote in undated:
        match = process.extractOne(quote, dated, scorer=fuzz.token_set_ratio, score_cutoff=85)
        assert reprints.best_match(quote) == (None if match is None else match[2]), quote


def test_day_and_month_without_year_take_the_corpus_year():
    articles, quotes = _frames(
        [{"article_id": "undated", "quote": "short", "date_text": "Feb. 3", "speaker": "X"}],
        {"other": "2023-02-10", "undated": None},
    )
    reference = build.add_reference_dates(articles, quotes, pd.DataFrame()).set_index("article_id")["reference_date"]
    assert reference["undated"] == pd.Timestamp("2023-02-03")


@pytest.mark.parametrize(
    ("date_text", "found", "who", "expected", "source"),
    [
        ("Thursday", "text", "X", "2024-10-31", "text"),
        ("Monday", "context", "X", "2024-10-28", "context"),
        ("", "", "X", "2024-11-01", "reference"),  # undated statement: the article's date
        ("", "vague", "X", None, ""),  # "earlier this month": not determinable
        ("", "", "", None, ""),  # nobody made it: no statement date
    ],
)
def test_resolve_dates(date_text, found, who, expected, source):
    articles = pd.DataFrame({"article_id": ["a"], "reference_date": [pd.Timestamp("2024-11-01")]})
    frame = pd.DataFrame({"article_id": ["a"], "date_text": [date_text], "date_found": [found], "claimant": [who]})
    resolved = build.resolve_dates(frame, articles, "claimant").iloc[0]
    if expected is None:
        assert pd.isna(resolved["date_said"])
    else:
        assert resolved["date_said"] == pd.Timestamp(expected)
    assert resolved["date_source"] == source


@pytest.mark.parametrize(("kind", "expected"), [("anonymous", "2024-11-01"), ("background", "2024-11-01"),
                                               ("", None)])
def test_an_unnamed_source_states_on_the_articles_day(kind, expected):
    articles = pd.DataFrame({"article_id": ["a"], "reference_date": [pd.Timestamp("2024-11-01")]})
    frame = pd.DataFrame({"article_id": ["a"], "date_text": [""], "date_found": [""], "claimant": [""],
                          "claimant_kind": [kind]})
    resolved = build.resolve_dates(frame, articles, "claimant").iloc[0]
    assert pd.isna(resolved["date_said"]) if expected is None else resolved["date_said"] == pd.Timestamp(expected)


def test_cache_skips_parsing_unchanged_articles(make_corpus, tmp_path, monkeypatch):
    corpus = make_corpus({"a.txt": ARTICLE.format(body='"We sent 5,000 troops," the minister said.')})
    cache = tmp_path / "cache"
    first = build.build_tables(corpus, cache_dir=cache)

    def fail(*args, **kwargs):
        raise AssertionError("an unchanged article was parsed again")

    monkeypatch.setattr(runners, "parse_batch", fail)
    second = build.build_tables(corpus, cache_dir=cache)
    pd.testing.assert_frame_equal(first.claims, second.claims)
    assert second.claims["value"].tolist() == [5000]


def test_workers_give_the_same_tables_as_one_process(make_corpus, monkeypatch):
    files = {f"{n:02d}.txt": ARTICLE.format(body=f"Officials said {n},000 soldiers were sent on Monday.")
             for n in range(1, 7)}
    corpus = make_corpus(files)
    serial = build.build_tables(corpus, processes=1)
    monkeypatch.setattr(runners, "PARALLEL_MIN_ARTICLES", 2)
    monkeypatch.setattr(runners, "CHUNK_ARTICLES", 2)
    parallel = build.build_tables(corpus, processes=2)
    pd.testing.assert_frame_equal(serial.claims, parallel.claims)
    assert sorted(parallel.claims["value"]) == [n * 1000 for n in range(1, 7)]


def test_the_articles_table_is_the_same_however_it_is_gathered(make_corpus, tmp_path, monkeypatch):
    from analysis.export import csv_bytes
    from analysis.reading import iter_corpus, read_corpus

    files = {f"in/{n:02d}.txt": ARTICLE.format(body=f"Officials said {n},000 soldiers were sent on Monday.")
             for n in range(1, 6)}
    corpus = make_corpus({**files, "in/notes.pdf": "not an article"}) / "in"
    whole = build.tables_from_articles(read_corpus(corpus), cache_dir=tmp_path / "cache")
    monkeypatch.setattr(build, "ARTICLES_PER_FRAME", 2)
    streamed = build.tables_from_articles(iter_corpus(corpus), cache_dir=tmp_path / "cache")
    for name in ("articles", "quotes", "claims"):
        assert csv_bytes(getattr(streamed, name)) == csv_bytes(getattr(whole, name)), name


def test_spacy_is_imported_only_to_parse(make_corpus, tmp_path):
    """A rebuild from the cache (and the dashboard opening a built folder) never pays for importing spaCy."""
    corpus = make_corpus({"a.txt": ARTICLE.format(body='"We sent 5,000 troops," the minister said.')})
    build.build_tables(corpus, cache_dir=tmp_path / "cache")
    script = ("import sys; from analysis.tables import build_tables; "
              f"tables = build_tables({str(corpus)!r}, cache_dir={str(tmp_path / 'cache')!r}); "
              "print(tables.claims['value'].tolist(), 'spacy' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True,
                            cwd=Path(__file__).resolve().parents[1])
    assert result.stdout.split("]")[-1].strip() == "False"
    assert result.stdout.startswith("[5000]")
