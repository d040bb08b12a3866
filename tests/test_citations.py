"""Markdown citations for a fact-check (analysis/citations.py), written from invented rows."""

from __future__ import annotations

import pandas as pd

from analysis.citations import citations_markdown, claim_citations, escape_markdown, quote_citations
from analysis.schema import conform

ARTICLES = conform([{"article_id": "a1", "outlet": "The Harbour Gazette", "url": "https://gazette.example/a (1)",
                     "published": pd.Timestamp("2031-03-05")},
                    {"article_id": "a2", "outlet": None, "url": None, "published": None}], "articles")


def test_a_claim_citation_gives_wording_claimant_date_outlet_url_and_sentence():
    claims = conform([{"claim_id": "c1", "article_id": "a1", "value": 2500, "qualifier": "upper", "what": "troops",
                       "figure_text": "2,500", "qualifier_text": "as many as", "claimant": "Defence Ministry",
                       "claimant_country": "Freedonia", "date_said": pd.Timestamp("2031-03-04"),
                       "date_source": "text", "outlet": "The Harbour Gazette",
                       "published": pd.Timestamp("2031-03-05"),
                       "sentence": "The ministry said as many as 2,500\ntroops had crossed."}], "claims")
    assert claim_citations(claims, ARTICLES).tolist() == [
        '"as many as 2,500" troops — Defence Ministry (Freedonia), stated 2031-03-04. '
        "[The Harbour Gazette](https://gazette.example/a%20(1%29), published 2031-03-05: "
        '"The ministry said as many as 2,500 troops had crossed."'
    ]


def test_an_undated_claim_and_an_outlet_without_a_url_are_said_plainly():
    claims = conform([{"claim_id": "c2", "article_id": "a2", "value": 40, "what": "killed", "claimant": None,
                       "sentence": None}], "claims")
    assert claim_citations(claims, ARTICLES).tolist() == [
        '"40" killed — (unknown claimant), undated. (unknown outlet)']


def test_a_quote_citation_names_the_speaker_and_escapes_markdown():
    quotes = conform([{"quote_id": "q1", "article_id": "a1", "quote": "We have *no* plans",
                       "speaker": "Ana Ruiz", "speaker_country": "Freedonia", "outlet": "The Harbour Gazette",
                       "published": pd.Timestamp("2031-03-05"), "sentence": "\"We have *no* plans,\" she said."}],
                     "quotes")
    line = quote_citations(quotes, ARTICLES).iloc[0]
    assert line.startswith('"We have \\*no\\* plans" — Ana Ruiz (Freedonia), 2031-03-05. [The Harbour Gazette](')
    assert escape_markdown("a [b]_c") == "a \\[b\\]\\_c"
    assert citations_markdown(pd.Series(["one", "two"])) == b"- one\n- two\n"
