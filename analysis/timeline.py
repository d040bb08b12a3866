"""The timeline of estimates: who stated which figure when, as points an analyst can click.

A figure is drawn on the date it was stated; when the text does not say,
on the publication date, drawn hollow so the fallback is never mistaken
for a stated date. Bounds are not point estimates: "up to" is a downward
triangle, "at least" an upward one, a range a vertical bar.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple

import altair as alt
import pandas as pd

from analysis.filters import (
    DATE_INFERRED,
    DATE_PUBLISHED,
    DATE_STATED,
    DATE_UNKNOWN,
    NO_LOCATION,
    UNKNOWN_CLAIMANT,
    UNKNOWN_COUNTRY,
    claim_dates,
    claim_wording,
    labelled,
    outlet_labels,
)
from analysis.grouping import join_distinct

QUALIFIER_LABELS: dict[str, str] = {
    "exact": "exact figure",
    "approx": "approximate (about, some)",
    "upper": "upper bound (up to, as many as)",
    "lower": "lower bound (at least, more than)",
    "range": "range (low–high)",
}
QUALIFIER_SHAPES: dict[str, str] = {
    "exact": "circle",
    "approx": "diamond",
    "upper": "triangle-down",
    "lower": "triangle-up",
    "range": "square",
}
COLOUR_CHOICES: dict[str, str] = {
    "claimant_country": "Claimant country",
    "claimant": "Claimant",
    "outlet": "Outlet",
}
BACKGROUND = "background"  # claimant_kind of a figure stated by nobody in particular
MAX_POINTS = 2000
MAX_PANELS = 12
PANEL_NOUNS = {"location": "locations", "what": "things counted"}
# one point per date and these: the same figure, qualifier and claimant on one day is one mark
POINT_KEYS = ["date_basis", "series", "what", "location", "qualifier", "value", "value_high"]
DATE_KEY = ("● filled mark: date stated in the text  ·  ○ hollow mark: the text gives no date, so the "
            "article's publication date (or, if unknown, its inferred date) is used")
LEGEND = {"orient": "right", "labelLimit": 320, "titleFontSize": 12, "labelFontSize": 12, "rowPadding": 2,
          "padding": 2}
DODGE_SHARE = 0.025  # of the time span, between marks sharing a date and a value (about a mark's width)
FACET_WIDTH = 860  # Vega-Lite panels cannot stretch to the container: a width that fits a wide layout
TOOLTIP_SENTENCE_CHARS = 180
# Tableau 10: distinguishable, and colour-blind safer than Streamlit's default palette.
PALETTE = ["#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7",
           "#9c755f", "#bab0ac"]


class TimelinePoints(NamedTuple):
    """The points to draw (one per distinct statement and day) and what could not be drawn."""

    points: pd.DataFrame
    undated: int  # claims with neither a stated nor a publication date
    note: str  # why points were merged or left out, "" when every claim is drawn as itself


def _series_labels(claims: pd.DataFrame, colour_by: str) -> pd.Series:
    missing = {"claimant_country": UNKNOWN_COUNTRY, "claimant": UNKNOWN_CLAIMANT}
    if colour_by == "outlet":
        return outlet_labels(claims["outlet"])
    return labelled(claims[colour_by], missing[colour_by])


def _aggregate(frame: pd.DataFrame, date_column: str) -> pd.DataFrame:
    # dates and numbers as keys: missing value_high must group, not vanish
    grouped = frame.groupby([date_column, *POINT_KEYS], dropna=False, sort=True)
    numbered = frame.assign(point=grouped.ngroup())  # one integer key: the joins below group it cheaply
    texts = {name: join_distinct(numbered, ["point"], column, **options).to_numpy()
             for name, column, options in (("claim_ids", "claim_id", {"sep": "|", "alphabetical": False}),
                                           ("outlets", "outlet", {}), ("claimants", "claimant", {}),
                                           ("wording", "wording", {}))}
    return (
        grouped.agg(n_reports=("claim_id", "size"), sentence=("sentence", "first"))
        .reset_index()
        .rename(columns={date_column: "date"})
        .assign(**texts)
    )


def timeline_points(
    claims: pd.DataFrame, colour_by: str = "claimant_country", max_points: int = MAX_POINTS
) -> TimelinePoints:
    """Claims as chart points: the same figure, qualifier and claimant on the same day is one point.

    Past `max_points` points, dates are grouped by week; if still too many, the most reported
    points are kept. `note` says so, so a chart is never silently partial.
    """
    dates = claim_dates(claims)
    dated = claims.assign(
        date=dates["date"], date_basis=dates["date_basis"], series=_series_labels(claims, colour_by),
        location=labelled(claims["location"], NO_LOCATION), what=labelled(claims["what"], "other"),
        qualifier=labelled(claims["qualifier"], "exact"), outlet=outlet_labels(claims["outlet"]),
        wording=claim_wording(claims), claimant=labelled(claims["claimant"], UNKNOWN_CLAIMANT),
    ).loc[lambda frame: frame["date_basis"] != DATE_UNKNOWN]
    undated = len(claims) - len(dated)
    if dated.groupby(["date", *POINT_KEYS], dropna=False).ngroups <= max_points:
        points, note = _aggregate(dated, "date"), ""
    else:
        weekly = dated.assign(week=dated["date"].dt.to_period("W").dt.start_time)
        points = _aggregate(weekly.drop(columns="date"), "week")
        note = f"{len(dated):,} figures: points are grouped by week (the week's Monday)."
    if len(points) > max_points:
        dropped = len(points) - max_points
        points = points.nlargest(max_points, "n_reports", keep="first").sort_values("date", kind="stable")
        note += f" The {dropped:,} least reported points are not drawn; the table below lists every figure."
    return TimelinePoints(_with_display_columns(points), undated, note.strip())


def dodged_dates(dates: pd.Series, values: pd.Series) -> pd.Series:
    """`dates` nudged sideways where several marks share a date and a value, so none hides another.

    The nudge is a small share of the whole time span (so it looks the same at any zoom); marks that
    collide with nothing stay exactly on their date.
    """
    span = dates.max() - dates.min() if len(dates) else pd.Timedelta(0)
    step = max(span, pd.Timedelta(days=1)) * DODGE_SHARE
    group = pd.DataFrame({"date": dates, "value": values})
    rank = group.groupby(["date", "value"], dropna=False).cumcount()
    size = group.groupby(["date", "value"], dropna=False)["date"].transform("size")
    return dates + (rank - (size - 1) / 2) * step


def _with_display_columns(points: pd.DataFrame) -> pd.DataFrame:
    high = points["value_high"].astype("Float64")
    low = points["value"].astype("Float64")
    sentence = points["sentence"].astype("string").fillna("")
    clipped = sentence.str.slice(0, TOOLTIP_SENTENCE_CHARS)
    y = ((low + high) / 2).where(high.notna(), low)
    return points.assign(
        point_id=points["claim_ids"].str.split("|").str[0].astype("string"),
        x=dodged_dates(points["date"], y),
        y=y,
        value_high=high,
        qualifier_label=points["qualifier"].map(QUALIFIER_LABELS).fillna(points["qualifier"]).astype("string"),
        sentence_tip=clipped.where(sentence.str.len() <= TOOLTIP_SENTENCE_CHARS, clipped + "…"),
        date_basis=points["date_basis"].astype("string"),
    ).reset_index(drop=True)


def unknown_last(labels: Iterable[str]) -> list[str]:
    """Labels alphabetically, the "(unknown …)" / "(no … stated)" ones after the rest."""
    return sorted(labels, key=lambda label: (label.startswith("("), label.casefold()))


def panel_order(points: pd.DataFrame, facet: str) -> list[str]:
    """Panels with the most marks first; "(no location stated)" and other unknowns last."""
    counts = points[facet].value_counts()
    return sorted(counts.index, key=lambda label: (label.startswith("("), -counts[label], label.casefold()))


def top_panels(points: pd.DataFrame, facet: str, limit: int = MAX_PANELS) -> tuple[pd.DataFrame, str]:
    """The points of the `limit` panels with the most marks, and a note naming how many were left out.

    Dozens of panels (a big corpus names many places) are slow to draw and too long to read.
    """
    order = panel_order(points, facet)
    if len(order) <= limit:
        return points, ""
    noun = PANEL_NOUNS.get(facet, facet)
    return (points.loc[points[facet].isin(order[:limit])],
            f"The {limit} {noun} with the most marks have a panel; {len(order) - limit:,} more are only in the "
            "table below (choose one in the sidebar to chart it).")


def claims_at_points(points: pd.DataFrame, claims: pd.DataFrame, point_ids: list[str]) -> pd.DataFrame:
    """The claims behind the clicked points (a point can stand for several outlets' reports)."""
    wanted = points.loc[points["point_id"].isin(point_ids), "claim_ids"].str.split("|").explode()
    return claims.loc[claims["claim_id"].isin(wanted)].reset_index(drop=True)


def counted_choices(claims: pd.DataFrame) -> list[str]:
    """What the claims count, most frequent first: the first is the natural first view of the timeline."""
    counts = labelled(claims["what"], "other").value_counts(sort=False)
    return sorted(counts.index, key=lambda what: (-counts[what], what))


def without_background(claims: pd.DataFrame) -> pd.DataFrame:
    """The claims someone stated: background facts ("an army of 1.2 million", claimant_kind background) are no
    one's estimate, so the timeline leaves them out unless asked."""
    return claims.loc[claims["claimant_kind"].fillna("") != BACKGROUND].reset_index(drop=True)


def claims_counting(claims: pd.DataFrame, what: str | None) -> pd.DataFrame:
    """The claims counting `what` (all claims for None)."""
    if what is None:
        return claims
    return claims.loc[labelled(claims["what"], "other") == what].reset_index(drop=True)


def timeline_chart(
    points: pd.DataFrame,
    colour_title: str = "Claimant country",
    log_scale: bool = False,
    facet: str | None = None,
    selection_name: str = "figure",
) -> alt.LayerChart | alt.FacetChart:
    """Altair chart of the points: colour = series, shape = qualifier, hollow = publication date.

    Clicking a point selects its `point_id` under `selection_name`. `facet="location"` draws one panel
    per location, `facet="what"` one per thing counted (5 commanders and 40,000 soldiers never share a
    scale); every panel has its own y axis.
    """
    whats = sorted(points["what"].dropna().unique())
    what = "people counted" if facet == "what" or len(whats) != 1 else whats[0]
    qualifiers = [QUALIFIER_LABELS[key] for key in QUALIFIER_LABELS if key in set(points["qualifier"])]
    series = unknown_last(points["series"].dropna().unique())
    colour_scale = alt.Scale(domain=series, range=PALETTE * (len(series) // len(PALETTE) + 1))
    y_scale = alt.Scale(type="log", nice=True) if log_scale else alt.Scale(zero=True, nice=True)
    span = points["date"].max() - points["date"].min() if len(points) else pd.Timedelta(0)
    # short spans: one tick a day (the default would repeat a day's label at noon)
    ticks = {"interval": "day", "step": 1} if span <= pd.Timedelta(days=45) else alt.Undefined
    x = alt.X("x:T", title="Date the figure was stated",
              axis=alt.Axis(format="%d %b %Y", labelAngle=-30, labelOverlap=True, tickCount=ticks))
    y = alt.Y("y:Q", title=f"Number of {what}", scale=y_scale, axis=alt.Axis(format=",.0f", tickMinStep=1))
    tooltip = [
        alt.Tooltip("date:T", title="Date", format="%d %b %Y"),
        alt.Tooltip("date_basis:N", title="Date basis"),
        alt.Tooltip("series:N", title=colour_title),
        alt.Tooltip("claimants:N", title="Claimant"),
        alt.Tooltip("wording:N", title="Wording"),
        alt.Tooltip("qualifier_label:N", title="Qualifier"),
        alt.Tooltip("location:N", title="Location"),
        alt.Tooltip("outlets:N", title="Reported by"),
        alt.Tooltip("n_reports:Q", title="Reports"),
        alt.Tooltip("sentence_tip:N", title="Sentence"),
    ]
    pick = alt.selection_point(name=selection_name, fields=["point_id"], on="click", clear="dblclick")
    base = alt.Chart(points).encode(x=x)
    ranges = base.transform_filter(alt.datum.qualifier == "range")
    # every layer colours by `stroke`/`fill` with one scale and title: Vega-Lite then draws one legend
    # (legend=None on any layer would hide it for all)
    stroke = alt.Stroke("series:N", scale=colour_scale, title=colour_title)
    range_bars = ranges.mark_rule(strokeWidth=2.5).encode(
        y=alt.Y("value:Q", scale=y_scale), y2="value_high:Q", stroke=stroke, tooltip=tooltip,
    )
    range_caps = [
        ranges.mark_point(shape="stroke", size=140, strokeWidth=2.5).encode(
            y=alt.Y(f"{end}:Q", scale=y_scale), stroke=stroke,
        )
        for end in ("value", "value_high")
    ]
    marks = base.mark_point(filled=True, strokeWidth=1.8, opacity=1).encode(
        y=y,
        fill=alt.Fill("series:N", scale=colour_scale, title=colour_title),
        stroke=stroke,
        shape=alt.Shape("qualifier_label:N", title="Qualifier",
                        scale=alt.Scale(domain=qualifiers,
                                        range=[QUALIFIER_SHAPES[k] for k in QUALIFIER_LABELS
                                               if QUALIFIER_LABELS[k] in qualifiers])),
        fillOpacity=alt.FillOpacity("date_basis:N", legend=None,
                                    scale=alt.Scale(domain=[DATE_STATED, DATE_PUBLISHED, DATE_INFERRED],
                                                    range=[0.9, 0.0, 0.0])),
        size=alt.Size("n_reports:Q", title="Reports", scale=alt.Scale(range=[70, 260], zero=False),
                      legend=alt.Legend(tickMinStep=1, format="d")),
        tooltip=tooltip,
    ).add_params(pick)
    # Vega-Lite draws no legend for fillOpacity: the filled/hollow key is the chart's subtitle
    key = alt.TitleParams(DATE_KEY, anchor="start", fontSize=12, fontWeight="normal", color="#31333f")
    layered = alt.layer(range_bars, *range_caps, marks)
    if facet is None:
        layered = layered.properties(title=key)
        return layered.properties(height=470).configure_legend(**LEGEND)
    header = alt.Header(labelOrient="top", labelAngle=0, labelAlign="left", labelAnchor="start",
                        labelFontWeight="bold", labelFontSize=14, labelPadding=6)
    return (
        layered.properties(height=210, width=FACET_WIDTH)
        .facet(row=alt.Row(f"{facet}:N", title=None, header=header, sort=panel_order(points, facet)),
               spacing=18, title=key)
        # each panel its own y scale: one odd figure in one place must not flatten every other panel
        .resolve_scale(y="independent")
        .configure_legend(**LEGEND)
    )
