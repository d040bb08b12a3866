"""Article text with its quotes and figures highlighted, always escaped (analysis/reader.py)."""

from __future__ import annotations

import pandas as pd
import pytest
from fixtures.loader import fixture_tables

from analysis.reader import (
    CLAIM_COLUMNS,
    QUOTE_COLUMNS,
    Span,
    article_choices,
    article_html,
    article_metadata,
    claim_evidence_html,
    claims_table,
    paragraph_bounds,
    passage_html,
    quote_evidence_html,
    quotes_table,
    spans_html,
)
from analysis.schema import conform

ATTACK = "<img src=x onerror=alert(1)>"


@pytest.fixture(scope="module")
def tables():
    return fixture_tables()


def attack_article() -> tuple[str, pd.DataFrame, pd.DataFrame]:
    text = f"Headline & <b>bold</b>\nThe minister said “{ATTACK} is 5,000 strong” on Monday."
    quote_start = text.index(ATTACK)
    quotes = conform([{"quote_id": "q1", "article_id": "x", "quote": text[quote_start:text.index("”")],
                       "speaker": 'Minister "<script>"', "start": quote_start, "end": text.index("”")}], "quotes")
    figure = text.index("5,000")
    claims = conform([{"claim_id": "c1", "article_id": "x", "value": 5000, "figure_text": "5,000",
                       "start": figure, "end": figure + 5, "claimant": "Minister", "what": "troops"}], "claims")
    return text, quotes, claims


def test_article_html_escapes_a_quote_that_holds_markup():
    text, quotes, claims = attack_article()
    rendered = article_html(text, quotes, claims)
    assert ATTACK not in rendered
    assert "&lt;img src=x onerror=alert(1)&gt;" in rendered
    assert "<b>bold</b>" not in rendered and "&lt;b&gt;bold&lt;/b&gt;" in rendered
    assert "<script>" not in rendered and "&lt;script&gt;" in rendered  # speaker names in titles too
    assert "Headline &amp;" in rendered


def test_article_html_marks_quotes_and_figures_with_nested_segments():
    text, quotes, claims = attack_article()
    rendered = article_html(text, quotes, claims)
    # the figure lies inside the quote: its segment carries both classes, tags stay balanced
    assert '<span class="cd-quote cd-claim"' in rendered
    assert '>5,000</span>' in rendered
    assert rendered.count("<span") == rendered.count("</span>")
    assert '<p class="cd-headline">' in rendered


@pytest.mark.parametrize(
    ("text", "spans", "expected"),
    [
        ("a b", [Span(0, 1, "x")], '<p class="cd-paragraph"><span class="x">a</span> b</p>'),
        ("a\nb", [], '<p class="cd-paragraph">a</p><p class="cd-paragraph">b</p>'),
        ("ab", [Span(0, 2, "x", 'say "hi"')], '<p class="cd-paragraph"><span class="x" title="say &quot;hi&quot;">'
                                             "ab</span></p>"),
        ("ab", [Span(1, 9, "x"), Span(-1, 1, "y")], '<p class="cd-paragraph">ab</p>'),  # out of range: ignored
    ],
)
def test_spans_html(text, spans, expected):
    assert spans_html(text, spans) == expected


def test_paragraph_bounds():
    text = "head\nfirst para\nlast"
    assert paragraph_bounds(text, text.index("para")) == (5, 15)
    assert paragraph_bounds(text, len(text) - 1) == (16, 20)


def test_passage_html_shows_the_paragraph_with_the_sentence_and_the_span_marked():
    text = "Head\nOne sentence. The US said 8,000 troops. Another one.\nNext paragraph."
    start = text.index("8,000")
    rendered = passage_html(text, start, start + 5, "The US said 8,000 troops.", None)
    assert "Next paragraph" not in rendered and "Head" not in rendered
    assert '<span class="cd-sentence">The US said </span>' in rendered
    assert '<span class="cd-focus cd-sentence">8,000</span>' in rendered


def test_passage_html_falls_back_to_the_escaped_sentence_without_offsets():
    assert passage_html("text", None, None, f"said {ATTACK}") == "<p>said &lt;img src=x onerror=alert(1)&gt;</p>"


def test_claim_evidence_cards_name_the_source_and_mark_the_figure(tables):
    chosen = tables.claims.loc[tables.claims["claim_id"].isin(["aj-c1", "nooutlet-c1"])]
    rendered = claim_evidence_html(chosen, tables.articles)
    assert rendered.count('class="cd-card"') == 2
    assert 'href="https://example.org/aj"' in rendered and "Al Jazeera · 2024-10-31" in rendered
    assert "(unknown outlet)" in rendered
    assert '<span class="cd-focus cd-sentence">8,000</span>' in rendered


def test_evidence_links_only_http_addresses(tables):
    articles = tables.articles.assign(url="javascript:alert(1)")
    rendered = claim_evidence_html(tables.claims.iloc[[0]], articles)
    assert "javascript:" not in rendered and "<a " not in rendered


def test_quote_evidence_marks_the_quoted_words(tables):
    rendered = quote_evidence_html(tables.quotes.loc[tables.quotes["quote_id"] == "aj-q2"], tables.articles)
    assert '<span class="cd-focus cd-sentence">right now</span>' in rendered
    assert "Robert Wood (Al Jazeera)" in rendered


def test_claims_table_leads_with_the_readable_columns_newest_first(tables):
    table = claims_table(tables.claims)
    assert list(table.columns[: len(CLAIM_COLUMNS)]) == CLAIM_COLUMNS
    assert set(tables.claims.columns) <= set(table.columns)  # the download keeps every column
    assert table["date"].dropna().is_monotonic_decreasing
    assert table.loc[table["claim_id"] == "yahoo-c1", "wording"].item() == "about 12,000"


def test_quotes_table(tables):
    table = quotes_table(tables.quotes)
    assert list(table.columns[: len(QUOTE_COLUMNS)]) == QUOTE_COLUMNS
    assert table["published"].isna().tolist()[-4:] == [True] * 4  # undated articles last


def test_article_choices_list_readable_articles_with_labels(tables):
    choices = article_choices(tables.articles)
    assert set(choices["article_id"]) == {"aj", "ap", "nooutlet", "bi", "yahoo"}
    assert choices["label"].iloc[0].startswith("Yahoo News · 2024-11-05 · Number of North Korean")
    assert choices.loc[choices["article_id"] == "nooutlet", "label"].item().startswith("(unknown outlet) · undated")


def test_article_metadata(tables):
    metadata = dict(article_metadata(tables.articles, "aj").itertuples(index=False))
    assert metadata["Outlet"] == "Al Jazeera" and metadata["Published"] == "2024-10-31"
    assert metadata["Outlet found in"] == "manifest" and metadata["Words"] == "123"
    assert article_metadata(tables.articles, "missing").empty


def test_empty_tables_give_empty_views(tables):
    assert claims_table(tables.claims.iloc[:0]).empty
    assert quotes_table(tables.quotes.iloc[:0]).empty
    assert article_choices(tables.articles.iloc[:0]).empty
