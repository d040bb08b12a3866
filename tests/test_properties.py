"""Property tests: whatever the text, extraction does not fail and every offset gives back its span."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analysis.extract import article_from_text, extract_article

# Pieces of news text, so that generated articles do hold quotes and figures, odd marks included.
FRAGMENTS = ["“", "”", '"', "‘", "’", "«", "»", "'", " said ", " told reporters", "Ana Ruiz", " he ", " the army ",
             "8,000", "three hundred", "a couple thousand", " about ", " up to ", " between ", " and ", " to ", "-",
             " troops", " soldiers", " people", " killed", " if ", " on Monday", "Oct. 3", ".", ",", ":", "\n",
             " according to ", "Poland’s defence ministry", " the agency ", " 15-thousand ", "$5 million", " 2024 "]

SETTINGS = settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def assert_offsets_hold(nlp, text: str) -> None:
    article = article_from_text(text)
    quotes, claims = extract_article(nlp(article.text), article)
    for quote in quotes:
        assert article.text[quote["start"]:quote["end"]] == quote["quote"]
    for claim in claims:
        assert article.text[claim["start"]:claim["end"]] == claim["figure_text"]


@SETTINGS
@given(st.text(max_size=300))
def test_any_text_extracts_without_error(nlp, text):
    assert_offsets_hold(nlp, text)


@SETTINGS
@given(st.lists(st.sampled_from(FRAGMENTS), max_size=60).map("".join))
def test_news_like_text_extracts_without_error(nlp, text):
    assert_offsets_hold(nlp, text)
