"""Article text with its quotes and claims highlighted, and the rows behind it.

Everything from an article is untrusted: HTML is built only from escaped text
(`html.escape`) and our own fixed tags, links are kept only when they are
http(s). The CSS classes are styled by `HIGHLIGHT_CSS`.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

import pandas as pd

from analysis.filters import (
    UNKNOWN_CLAIMANT,
    claim_dates,
    claim_wording,
    labelled,
    outlet_labels,
)

QUOTE_CLASS = "cd-quote"
CLAIM_CLASS = "cd-claim"
SENTENCE_CLASS = "cd-sentence"
FOCUS_CLASS = "cd-focus"

HIGHLIGHT_CSS = """<style>
.cd-article, .cd-card {font-family: Georgia, 'Times New Roman', serif; font-size: 1.02rem; line-height: 1.6;}
.cd-article p, .cd-card p {margin: 0 0 .8em 0;}
.cd-headline {font-weight: 700; font-size: 1.25rem;}
.cd-card {border-left: 4px solid #4e79a7; padding: .4em .9em; margin: 0 0 1em 0; background: #f8f9fb;}
.cd-source {font-family: sans-serif; font-size: .82rem; color: #555; margin-bottom: .3em;}
.cd-quote {background: #fff1c2; border-bottom: 2px solid #e0a800;}
.cd-claim {background: #d6ecff; border-bottom: 2px solid #1f77b4; font-weight: 600;}
.cd-sentence {background: #fff7d6;}
.cd-focus {background: #ffd54f; font-weight: 700; outline: 1px solid #c79100;}
.cd-legend span {padding: 0 .35em; margin-right: .6em; font-family: sans-serif; font-size: .85rem;}
.cd-diff del {background: #ffd7d5; color: #8a1c1c; text-decoration: line-through;}
.cd-diff ins {background: #d4f5dd; color: #0f5b29; text-decoration: none;}
</style>"""


# the columns an analyst reads first; the tables keep every other column for the download
CLAIM_COLUMNS = ["date", "date_basis", "claimant", "claimant_country", "wording", "value", "value_high",
                 "qualifier", "what", "location", "outlet", "hypothetical", "review_status", "sentence", "claim_id"]
QUOTE_COLUMNS = ["published", "speaker", "speaker_country", "quote", "partial", "outlet", "verb", "review_status",
                 "quote_id"]


@dataclass(frozen=True)
class Span:
    """A stretch of article text to mark, `title` shown on hover."""

    start: int
    end: int
    css_class: str
    title: str = ""


def _segment_html(segment: str, active: Sequence[Span]) -> str:
    escaped = html.escape(segment)
    if not active:
        return escaped
    classes = " ".join(dict.fromkeys(span.css_class for span in active))
    titles = " · ".join(dict.fromkeys(span.title for span in active if span.title))
    title = f' title="{html.escape(titles)}"' if titles else ""
    return f'<span class="{classes}"{title}>{escaped}</span>'


def spans_html(text: str, spans: Sequence[Span], headline: bool = False) -> str:
    """`text` as escaped HTML paragraphs (one per line) with every span wrapped in its class.

    Overlapping spans (a figure inside a quote) are cut into segments that carry all their classes,
    so the tags always nest. Spans outside the text are ignored. With `headline`, the first line is
    styled as the headline.
    """
    valid = [span for span in spans if 0 <= span.start < span.end <= len(text)]
    line_breaks = {i for i, char in enumerate(text) if char == "\n"}
    boundaries = sorted(
        {0, len(text)} | line_breaks | {i + 1 for i in line_breaks}
        | {span.start for span in valid} | {span.end for span in valid}
    )
    paragraphs: list[list[str]] = [[]]
    for begin, end in pairwise(boundaries):
        if text[begin:end] == "\n":
            paragraphs.append([])
            continue
        active = [span for span in valid if span.start <= begin and end <= span.end]
        paragraphs[-1].append(_segment_html(text[begin:end], active))
    rendered = [
        f'<p class="{"cd-headline" if headline and number == 0 else "cd-paragraph"}">{"".join(parts)}</p>'
        for number, parts in enumerate(paragraphs)
        if parts
    ]
    return "".join(rendered)


def _offset(value: object) -> int | None:
    return None if pd.isna(value) else int(value)


def _spans_from(frame: pd.DataFrame, css_class: str, titles: pd.Series) -> list[Span]:
    usable = frame.assign(title=titles).dropna(subset=["start", "end"])
    return [
        Span(int(start), int(end), css_class, str(title))
        for start, end, title in zip(usable["start"], usable["end"], usable["title"], strict=True)
    ]


def quote_titles(quotes: pd.DataFrame) -> pd.Series:
    speaker = quotes["speaker"].astype("string").fillna("").str.strip()
    return ("Quote — " + speaker.mask(speaker == "", "speaker unknown")).astype("string")


def claim_titles(claims: pd.DataFrame) -> pd.Series:
    claimant = claims["claimant"].astype("string").fillna("").str.strip()
    what = claims["what"].astype("string").fillna("")
    return (
        "Figure: " + claim_wording(claims) + " " + what
        + " — " + claimant.mask(claimant == "", "claimant unknown")
    ).astype("string")


def article_html(text: str, quotes: pd.DataFrame, claims: pd.DataFrame) -> str:
    """The whole article, headline first, with its quotes and figures highlighted (all text escaped)."""
    spans = _spans_from(quotes, QUOTE_CLASS, quote_titles(quotes)) + _spans_from(
        claims, CLAIM_CLASS, claim_titles(claims)
    )
    legend = (
        '<div class="cd-legend"><span class="cd-quote">quoted words</span>'
        '<span class="cd-claim">figure</span></div>'
    )
    return f'{HIGHLIGHT_CSS}{legend}<div class="cd-article">{spans_html(text, spans, headline=True)}</div>'


def paragraph_bounds(text: str, position: int) -> tuple[int, int]:
    """(start, end) of the line of `text` holding `position`."""
    start = text.rfind("\n", 0, position) + 1
    end = text.find("\n", position)
    return start, len(text) if end == -1 else end


def passage_html(
    text: str, start: int | None, end: int | None, sentence: str = "", sentence_start: int | None = None
) -> str:
    """The paragraph around `text[start:end]`, its sentence shaded and the span itself marked.

    Without usable offsets the sentence alone is shown, so evidence is never silently lost.
    """
    if start is None or end is None or not 0 <= start < end <= len(text):
        return f"<p>{html.escape(sentence)}</p>"
    paragraph_start, paragraph_end = paragraph_bounds(text, start)
    spans = [Span(start - paragraph_start, min(end, paragraph_end) - paragraph_start, FOCUS_CLASS)]
    if sentence_start is None and sentence:
        found = text.find(sentence, paragraph_start, paragraph_end)
        sentence_start = found if found >= 0 else None
    if sentence_start is not None and sentence:
        spans.append(Span(sentence_start - paragraph_start, sentence_start + len(sentence) - paragraph_start,
                          SENTENCE_CLASS))
    return spans_html(text[paragraph_start:paragraph_end], spans)


def _safe_link(url: str, label: str) -> str:
    if url.startswith(("http://", "https://")):
        link = html.escape(url)
        return f'<a href="{link}" target="_blank" rel="noopener noreferrer">{html.escape(label)}</a>'
    return html.escape(label)


def evidence_html(rows: pd.DataFrame, articles: pd.DataFrame, heading: pd.Series) -> str:
    """One card per row (a claim or a quote): source line, `heading`, and the passage it came from.

    `rows` needs article_id, start, end, sentence and sentence_start; `heading` is one line per row.
    """
    sources = rows[["article_id"]].merge(
        articles.drop_duplicates("article_id")[["article_id", "text", "outlet", "published", "title", "url"]],
        how="left", on="article_id",
    )
    source_lines = [
        " · ".join(part for part in (html.escape(outlet), published, _safe_link(url, title)) if part)
        for outlet, published, url, title in zip(
            outlet_labels(sources["outlet"]),
            sources["published"].dt.strftime("%Y-%m-%d").astype("string").fillna(""),
            sources["url"].astype("string").fillna(""),
            sources["title"].astype("string").fillna(""),
            strict=True,
        )
    ]
    cards = [
        f'<div class="cd-card"><div class="cd-source">{source}</div>'
        f"<div><b>{html.escape(str(line))}</b></div>"
        + passage_html(str(text), _offset(start), _offset(end), "" if pd.isna(sentence) else str(sentence),
                       _offset(sentence_start))
        + "</div>"
        for source, line, text, start, end, sentence, sentence_start in zip(
            source_lines, heading, sources["text"].astype("string").fillna(""), rows["start"], rows["end"],
            rows["sentence"], rows["sentence_start"], strict=True,
        )
    ]
    return HIGHLIGHT_CSS + "".join(cards)


def claim_evidence_html(claims: pd.DataFrame, articles: pd.DataFrame) -> str:
    """Evidence cards for these claims: who gave which figure, in its paragraph."""
    claimant = labelled(claims["claimant"], UNKNOWN_CLAIMANT)
    heading = claimant + ": " + claim_wording(claims) + " " + claims["what"].astype("string").fillna("")
    return evidence_html(claims, articles, heading)


def quote_evidence_html(quotes: pd.DataFrame, articles: pd.DataFrame) -> str:
    """Evidence cards for these quotes: the quoted words marked in their paragraph."""
    speaker = quotes["speaker"].astype("string").fillna("").str.strip()
    heading = speaker.mask(speaker == "", "Speaker unknown") + " (" + outlet_labels(quotes["outlet"]) + ")"
    return evidence_html(quotes, articles, heading)


def _leading(frame: pd.DataFrame, first: list[str]) -> pd.DataFrame:
    return frame.loc[:, first + [name for name in frame.columns if name not in first]]


def claims_table(claims: pd.DataFrame) -> pd.DataFrame:
    """Claims newest first, with `date`, `date_basis` and `wording` added and CLAIM_COLUMNS leading."""
    dates = claim_dates(claims)
    return (
        claims.assign(
            date=dates["date"], date_basis=dates["date_basis"], wording=claim_wording(claims),
            outlet=outlet_labels(claims["outlet"]),
        )
        .pipe(_leading, CLAIM_COLUMNS)
        .sort_values(["date", "claimant_country", "claimant"], ascending=[False, True, True],
                     na_position="last", kind="stable")
        .reset_index(drop=True)
    )


def quotes_table(quotes: pd.DataFrame) -> pd.DataFrame:
    """Quotes newest article first, QUOTE_COLUMNS leading."""
    return (
        quotes.assign(outlet=outlet_labels(quotes["outlet"]))
        .pipe(_leading, QUOTE_COLUMNS)
        .sort_values(["published", "article_id", "quote_id"], ascending=[False, True, True],
                     na_position="last", kind="stable")
        .reset_index(drop=True)
    )


def article_choices(articles: pd.DataFrame) -> pd.DataFrame:
    """Readable articles as (article_id, label) with label "Outlet · date · headline", newest first."""
    readable = articles.loc[articles["status"] == "ok"]
    published = readable["published"].dt.strftime("%Y-%m-%d").astype("string").fillna("undated")
    title = readable["title"].astype("string").fillna("").str.slice(0, 90)
    return (
        readable.assign(label=outlet_labels(readable["outlet"]) + " · " + published + " · " + title)
        .sort_values(["published", "article_id"], ascending=[False, True], na_position="last", kind="stable")
        .loc[:, ["article_id", "label"]]
        .reset_index(drop=True)
    )


METADATA_FIELDS: dict[str, str] = {
    "title": "Headline", "outlet": "Outlet", "outlet_source": "Outlet found in", "published": "Published",
    "published_source": "Date found in", "url": "Address", "path": "File", "format": "Format",
    "n_words": "Words", "status": "Status", "error": "Problem", "article_id": "Article id",
    "content_hash": "Content hash",
}


def article_metadata(articles: pd.DataFrame, article_id: str) -> pd.DataFrame:
    """The article's metadata as (field, detail) rows, including where outlet and date came from."""
    fields = list(METADATA_FIELDS)
    row = articles.loc[articles["article_id"] == article_id, fields]
    if row.empty:
        return pd.DataFrame({"field": pd.Series(dtype="string"), "detail": pd.Series(dtype="string")})
    shown = row.assign(
        outlet=outlet_labels(row["outlet"]),
        published=row["published"].dt.strftime("%Y-%m-%d"),
        n_words=row["n_words"].map(lambda number: f"{number:,}", na_action="ignore"),
    ).astype("string").fillna("")
    return pd.DataFrame({"field": list(METADATA_FIELDS.values()), "detail": shown.iloc[0].to_numpy()}).astype(
        "string"
    )
