"""The corpus at a glance: what was read, what failed, and each side's latest figures."""

from __future__ import annotations

from datetime import date
from typing import NamedTuple

import altair as alt
import pandas as pd

from analysis.filters import (
    DATE_STATED,
    NO_LOCATION,
    UNKNOWN_COUNTRY,
    UNKNOWN_OUTLET,
    claim_dates,
    claim_wording,
    figure_labels,
    label_sort_key,
    labelled,
    outlet_labels,
)

# what the scoreboard shows; its download also holds the numbers and ids behind each row
SCOREBOARD_COLUMNS = ["claimant_country", "what", "location", "latest_figure", "date", "date_basis",
                      "claimant", "outlet", "sentence", "also_that_day"]


MAX_BARS = 25


class CorpusSummary(NamedTuple):
    articles: int  # read successfully
    problems: int  # skipped or failed files
    outlets: int
    first_date: date | None
    last_date: date | None
    undated_articles: int
    quotes: int
    claims: int
    speakers: int
    claimants: int


def _distinct(values: pd.Series) -> int:
    text = values.astype("string").fillna("").str.strip()
    return int(text.loc[text != ""].nunique())


def corpus_summary(articles: pd.DataFrame, quotes: pd.DataFrame, claims: pd.DataFrame) -> CorpusSummary:
    readable = articles.loc[articles["status"] == "ok"]
    published = readable["published"].dropna()
    return CorpusSummary(
        articles=len(readable),
        problems=len(articles) - len(readable),
        outlets=int(outlet_labels(readable["outlet"]).nunique()),
        first_date=published.min().date() if len(published) else None,
        last_date=published.max().date() if len(published) else None,
        undated_articles=int(readable["published"].isna().sum()),
        quotes=len(quotes),
        claims=len(claims),
        speakers=_distinct(quotes["speaker"]),
        claimants=_distinct(claims["claimant"]),
    )


def date_span_label(first: date | None, last: date | None) -> str:
    """A short span for a metric card: "31 Oct – 5 Nov 2024", "Oct 2023 – Nov 2024", "—" when unknown."""
    if first is None or last is None:
        return "—"
    if first == last:
        return f"{first.day} {first:%b %Y}"
    if first.year == last.year:
        return f"{first.day} {first:%b} – {last.day} {last:%b %Y}"
    return f"{first:%b %Y} – {last:%b %Y}"


def articles_per_outlet(articles: pd.DataFrame) -> pd.DataFrame:
    """Readable articles per outlet with the span of their publication dates, most articles first."""
    readable = articles.loc[articles["status"] == "ok"]
    return order_outlet_counts(
        readable.assign(outlet=outlet_labels(readable["outlet"]), undated=readable["published"].isna())
        .groupby("outlet")
        .agg(articles=("article_id", "size"), first_published=("published", "min"),
             last_published=("published", "max"), undated=("undated", "sum"))
        .reset_index()
    )


def order_outlet_counts(counts: pd.DataFrame) -> pd.DataFrame:
    """Per-outlet article counts in the order shown: most articles first, the unknown outlet last."""
    return (
        counts.assign(unknown=counts["outlet"] == UNKNOWN_OUTLET)
        .sort_values(["unknown", "articles", "outlet"], ascending=[True, False, True], kind="stable")
        .drop(columns="unknown")
        .reset_index(drop=True)
        .astype({"outlet": "string", "articles": "Int64", "undated": "Int64"})
    )


def articles_per_outlet_chart(per_outlet: pd.DataFrame, max_bars: int = MAX_BARS) -> alt.Chart:
    """Horizontal bars, one per outlet, longest first; past `max_bars` outlets only the largest."""
    shown = per_outlet.nlargest(max_bars, "articles", keep="first")
    title = "Readable articles per outlet" + (
        f" (the {max_bars} largest of {len(per_outlet):,})" if len(per_outlet) > max_bars else ""
    )
    return (
        alt.Chart(shown)
        .mark_bar(color="#4e79a7")
        .encode(
            y=alt.Y("outlet:N", sort="-x", title=None, axis=alt.Axis(labelLimit=260)),
            x=alt.X("articles:Q", title="Articles", scale=alt.Scale(domainMin=0, nice=True),
                    axis=alt.Axis(tickMinStep=1, format=",d")),
            tooltip=[alt.Tooltip("outlet:N", title="Outlet"), alt.Tooltip("articles:Q", title="Articles"),
                     alt.Tooltip("undated:Q", title="Undated")],
        )
        .properties(height=alt.Step(26), title=title)
    )


def scoreboard(claims: pd.DataFrame) -> pd.DataFrame:
    """For each claimant country, what is counted and location: the latest figure and how it was put.

    Hypothetical figures never count. On the latest day, a date stated in the text beats a publication
    date, then the figure most outlets reported, then the higher one. `also_that_day` lists the other
    wordings of that day, so a split between sources stays visible.
    """
    dates = claim_dates(claims)
    keys = ["claimant_country", "what", "location"]
    view = (
        claims.assign(
            claimant_country=labelled(claims["claimant_country"], UNKNOWN_COUNTRY),
            what=labelled(claims["what"], "other"),
            location=labelled(claims["location"], NO_LOCATION),
            date=dates["date"], date_basis=dates["date_basis"], wording=claim_wording(claims),
            figure=figure_labels(claims), outlet=outlet_labels(claims["outlet"]),
            stated_first=(dates["date_basis"] == DATE_STATED).astype(int),
        )
        .loc[lambda frame: ~frame["hypothetical"].fillna(False).astype(bool)]
        .dropna(subset=["date"])
    )
    columns = [*keys, "latest_figure", "value", "value_high", "qualifier", "date", "date_basis", "claimant",
               "outlet", "sentence", "also_that_day", "claim_id"]
    if view.empty:
        return pd.DataFrame(columns=columns).astype({"value": "Int64", "value_high": "Int64",
                                                     "date": "datetime64[ns]"})
    latest_day = view.groupby(keys)["date"].transform("max")
    on_latest = view.loc[view["date"] == latest_day]
    on_latest = on_latest.assign(
        reports=on_latest.groupby([*keys, "figure"], dropna=False)["claim_id"].transform("size")
    )
    others = (
        on_latest.groupby(keys)["wording"]
        .agg(lambda words: list(dict.fromkeys(words)))
    )
    best = (
        on_latest.sort_values(["stated_first", "reports", "value"], ascending=False, kind="stable")
        .drop_duplicates(keys)
        .set_index(keys)
    )
    also = [
        ", ".join(word for word in others.loc[key] if word != chosen)
        for key, chosen in zip(best.index, best["wording"], strict=True)
    ]
    return (
        best.assign(latest_figure=best["wording"], also_that_day=pd.array(also, dtype="string"))
        .reset_index()
        .sort_values(keys, key=label_sort_key, kind="stable")
        .loc[:, columns]
        .reset_index(drop=True)
    )


def problem_files(articles: pd.DataFrame) -> pd.DataFrame:
    """Files that were skipped or failed, and articles read with a warning (not an article?), with the reason."""
    def text(column: str) -> pd.Series:
        values = articles[column] if column in articles else pd.Series("", index=articles.index)
        return values.astype("string").fillna("").str.strip()

    warnings = text("warnings")
    flagged = (articles["status"] != "ok") | (warnings != "")
    reason = text("error").where(articles["status"] != "ok", warnings).loc[flagged]
    failed = articles.loc[flagged]
    return (
        failed.assign(reason=reason.mask(reason == "", "no reason given"))
        .loc[:, ["path", "article_id", "status", "reason", "format"]]
        .sort_values(["status", "path"], kind="stable")
        .reset_index(drop=True)
    )
