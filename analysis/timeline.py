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
import numpy as np
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
    figure_labels,
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
SHORT_QUALIFIERS = {"approx": "about ", "upper": "up to ", "lower": "at least "}
QUALIFIER_SHAPES: dict[str, str] = {
    "exact": "circle",
    "approx": "diamond",
    "upper": "triangle-down",
    "lower": "triangle-up",
    "range": "square",
}
SIDE_CHOICES: dict[str, str] = {"claimant_country": "Claimant country", "claimant": "Claimant"}
COLOUR_CHOICES: dict[str, str] = {
    "claimant_country": "Claimant country",
    "claimant": "Claimant",
    "outlet": "Outlet",
}
BACKGROUND = "background"  # claimant_kind of a figure stated by nobody in particular
MAX_POINTS = 2000
# Past this many marks (one per statement and day) the chart is a cloud: each side becomes its weekly median
# with a min-max band. 300 marks of about 110 px² fill a 1,000 x 300 px plot area a tenth over, where marks
# start to hide each other and their colours stop being told apart.
MAX_MARKS = 300
MAX_PANELS = 12
# lines on one weekly chart: one colour each, and a legend short enough to leave the plot its height
MAX_SERIES = 10
MAX_EVIDENCE = 30  # evidence cards under the chart: a figure reprinted by hundreds of outlets shows its first 30
PANEL_NOUNS = {"location": "locations", "what": "things counted"}
# one point per date and these: the same figure, qualifier and claimant on one day is one mark
POINT_KEYS = ["date_basis", "series", "what", "location", "qualifier", "value", "value_high"]
DATE_KEY = ("● filled mark: date stated in the text  ·  ○ hollow mark: the text gives no date, so the "
            "article's publication date (or, if unknown, its inferred date) is used")
# below the chart: at 1280 px a legend on the right would take a third of the main column
LEGEND = {"orient": "bottom", "columns": 2, "labelLimit": 200, "symbolOpacity": 1, "titleFontSize": 12,
          "labelFontSize": 12, "columnPadding": 14, "rowPadding": 4, "padding": 4, "symbolLimit": 0}
MIN_PANEL_ESTIMATES = 3  # a location earns its own panel with this many marks
# whole-chart heights: Streamlit fits title, axes and legends inside them, about DECORATION_PX of it
STORY_HEIGHT, SCATTER_HEIGHT, PANEL_HEIGHT = 500, 500, 380
DECORATION_PX = 210
LABEL_GAP = 20  # px between the end labels' lines (with room for the axis rounding its top up)
DODGE_SHARE = 0.025  # of the time span, between marks sharing a date and a value (about a mark's width)
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
        .astype({name: "string" for name in texts})
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


def _dated(claims: pd.DataFrame, colour_by: str) -> pd.DataFrame:
    dates = claim_dates(claims)
    return claims.assign(
        date=dates["date"], date_basis=dates["date_basis"], series=_series_labels(claims, colour_by),
        location=labelled(claims["location"], NO_LOCATION), what=labelled(claims["what"], "other"),
        qualifier=labelled(claims["qualifier"], "exact"),
    ).loc[lambda frame: frame["date_basis"] != DATE_UNKNOWN]


def daily_point_count(claims: pd.DataFrame, colour_by: str = "claimant_country") -> int:
    """How many marks `timeline_points` would draw before grouping: one per statement and day."""
    return _dated(claims, colour_by).groupby(["date", *POINT_KEYS], dropna=False).ngroups


WEEKLY_COLUMNS = {"series": "string", "what": "string", "week": "datetime64[ns]", "median": "Float64",
                  "low": "Float64", "high": "Float64", "n_reports": "Int64", "latest": "boolean",
                  "latest_y": "Float64", "label": "string"}


def weekly_estimates(claims: pd.DataFrame, colour_by: str = "claimant_country") -> pd.DataFrame:
    """Per side, thing counted and week (its Monday): the median estimate, the lowest and highest, how many.

    A range counts as its midpoint for the median and with both ends for the band. Each side's latest
    figure (the last date; on that day the highest) is flagged `latest` on its week with `label`
    "Side: up to 12,000" and `latest_y`, its own value, where the label is written.
    """
    dated = _dated(claims, colour_by)
    low = dated["value"].astype("Float64")
    high = dated["value_high"].astype("Float64")
    frame = pd.DataFrame({
        "series": dated["series"], "what": dated["what"], "date": dated["date"],
        "week": dated["date"].dt.to_period("W").dt.start_time.astype("datetime64[ns]"),
        "y": ((low + high) / 2).where(high.notna(), low), "low": low, "high": high.fillna(low),
        "value": dated["value"], "value_high": dated["value_high"], "qualifier": dated["qualifier"],
        "order": np.arange(len(dated)),
    })
    keys = ["series", "what", "week"]
    latest = (frame.sort_values(["series", "date", "y", "order"], kind="stable").groupby("series").tail(1)
              .set_index(keys)[["value", "value_high", "qualifier"]]
              .rename(columns=lambda name: f"latest_{name}".replace("latest_value_high", "latest_high")))
    weeks = (
        frame.groupby(keys).agg(median=("y", "median"), low=("low", "min"), high=("high", "max"),
                                n_reports=("y", "size"))
        .join(latest).reset_index()
        .assign(latest=lambda weekly: weekly["latest_value"].notna())
    )
    return finish_weekly(weeks)


def finish_weekly(weeks: pd.DataFrame) -> pd.DataFrame:
    """The weekly frame with its label and types, from per-week figures and the latest figure's columns."""
    latest = weeks["latest"].fillna(False).astype(bool)
    figures = pd.DataFrame({"value": weeks["latest_value"], "value_high": weeks["latest_high"],
                            "qualifier": weeks["latest_qualifier"]}).astype(
        {"value": "Int64", "value_high": "Int64", "qualifier": "string"})
    high = figures["value_high"].astype("Float64")
    low = figures["value"].astype("Float64")
    label = (weeks["series"].astype("string") + ": " + short_figures(figures)).where(latest, "")
    return (
        weeks.assign(latest=latest, latest_y=((low + high) / 2).where(high.notna(), low), label=label)
        .loc[:, list(WEEKLY_COLUMNS)]
        .sort_values(["series", "what", "week"], kind="stable")
        .reset_index(drop=True)
        .astype(WEEKLY_COLUMNS)
    )


def in_week(claims: pd.DataFrame, colour_by: str, series: str, week: pd.Timestamp) -> pd.Series:
    """Which claims make up `series`' week starting `week` on the weekly chart."""
    dated = claim_dates(claims)
    weeks = dated["date"].dt.to_period("W").dt.start_time
    return ((_series_labels(claims, colour_by) == series) & (weeks == pd.Timestamp(week))
            & (dated["date_basis"] != DATE_UNKNOWN)).fillna(False).astype(bool)


def weekly_chart(weeks: pd.DataFrame, colour_title: str = "Claimant country", log_scale: bool = False,
                 title: str = "", height: int = STORY_HEIGHT, selection_name: str = "figure") -> alt.LayerChart:
    """Each side's weekly median as a line with its min-max band, and its latest figure labelled.

    Clicking a week's mark selects its `series` and `week` under `selection_name`.
    """
    series = unknown_last(weeks["series"].dropna().unique())
    colour = alt.Color("series:N", title=colour_title,
                       scale=alt.Scale(domain=series, range=PALETTE * (len(series) // len(PALETTE) + 1)))
    y_scale = alt.Scale(type="log", nice=True) if log_scale else alt.Scale(zero=True, nice=True)
    whats = sorted(weeks["what"].dropna().unique())
    what = whats[0] if len(whats) == 1 else "people counted"
    x = alt.X("week:T", title="Week the figures were stated (its Monday)",
              axis=alt.Axis(format="%d %b %Y", labelAngle=0, labelOverlap=True))
    base = alt.Chart(weeks).encode(x=x)
    band = base.mark_area(opacity=0.18 if len(series) <= 3 else 0.08, interpolate="monotone").encode(
        y=alt.Y("low:Q", scale=y_scale, title=f"Number of {what}"), y2="high:Q", color=colour, detail="series:N")
    line = base.mark_line(strokeWidth=2, interpolate="monotone").encode(
        y=alt.Y("median:Q", scale=y_scale), color=colour, detail="series:N")
    pick = alt.selection_point(name=selection_name, fields=["series", "week"], on="click", clear="dblclick")
    tooltip = [alt.Tooltip("series:N", title=colour_title), alt.Tooltip("week:T", title="Week of", format="%d %b %Y"),
               alt.Tooltip("median:Q", title="Median", format=",.0f"),
               alt.Tooltip("low:Q", title="Lowest", format=",.0f"),
               alt.Tooltip("high:Q", title="Highest", format=",.0f"), alt.Tooltip("n_reports:Q", title="Reports")]
    marks = base.mark_point(filled=True, size=30, opacity=0.9).encode(
        y=alt.Y("median:Q", scale=y_scale), color=colour, tooltip=tooltip).add_params(pick)
    latest = base.transform_filter("datum.latest")
    latest_marks = latest.mark_point(shape="diamond", filled=True, size=120, stroke="#31333f").encode(
        y=alt.Y("latest_y:Q", scale=y_scale), color=colour)
    labels = alt.Chart(_spread_latest_labels(weeks, height, log_scale)).mark_text(
        align="right", dx=-9, fontSize=12, fontWeight="bold").encode(
        x=x, y=alt.Y("label_y:Q", scale=y_scale), text="label:N", color=colour)
    key = alt.TitleParams(title or "Line: weekly median · band: lowest to highest that week · ◆ latest figure",
                          anchor="start", fontSize=14 if title else 12, color="#31333f",
                          fontWeight="bold" if title else "normal")
    return (alt.layer(line, band, marks, latest_marks, labels).properties(height=height, title=key)
            .configure_legend(**LEGEND))


def busiest_series(weeks: pd.DataFrame, limit: int = MAX_SERIES) -> tuple[pd.DataFrame, int]:
    """The weeks of the `limit` sides with the most reports, and how many sides are left out.

    Thirty lines in one chart are told apart by nobody, and their legend squeezes the plot flat.
    """
    order = busiest_first(weeks.groupby("series")["n_reports"].sum())
    if len(order) <= limit:
        return weeks, 0
    return weeks.loc[weeks["series"].isin(order[:limit])].reset_index(drop=True), len(order) - limit


def _spread_latest_labels(weeks: pd.DataFrame, height: int, log_scale: bool) -> pd.DataFrame:
    """The latest figures' rows with `label_y`, where their labels are written without overlapping."""
    latest = weeks.loc[weeks["latest"]]
    with_top = pd.concat([latest["latest_y"], pd.Series([weeks["high"].max()], index=[-1])])
    label_y = spread_labels(with_top, max(height - DECORATION_PX, 100), log_scale).drop(index=-1)
    return latest.assign(label_y=label_y)


def weekly_panels(weeks: pd.DataFrame, limit: int = MAX_PANELS) -> list[tuple[str, pd.DataFrame]]:
    """(title, weeks) per thing counted, the one with the most reports first."""
    reports = weeks.groupby("what")["n_reports"].sum()
    order = sorted(reports.index, key=lambda what: (-reports[what], what))[:limit]
    return [(what, weeks.loc[weeks["what"] == what].reset_index(drop=True)) for what in order]


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
    return busiest_first(points[facet].value_counts())


def busiest_first(counts: pd.Series) -> list[str]:
    """The labels of `counts` (label -> how many), the most first; "(no location stated)" and other unknowns
    last."""
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


def point_claim_ids(points: pd.DataFrame, point_ids: list[str]) -> list[str]:
    """The ids of the claims behind the clicked points (a point can stand for several outlets' reports)."""
    return points.loc[points["point_id"].isin(point_ids), "claim_ids"].str.split("|").explode().tolist()


def claims_at_points(points: pd.DataFrame, claims: pd.DataFrame, point_ids: list[str]) -> pd.DataFrame:
    """The claims behind the clicked points."""
    return claims.loc[claims["claim_id"].isin(point_claim_ids(points, point_ids))].reset_index(drop=True)


def counted_choices(claims: pd.DataFrame) -> list[str]:
    """What the claims count, most frequent first: the first is the natural first view of the timeline."""
    counts = labelled(claims["what"], "other").value_counts(sort=False)
    return sorted(counts.index, key=lambda what: (-counts[what], what))


def claims_counting(claims: pd.DataFrame, what: str | None) -> pd.DataFrame:
    """The claims counting `what` (all claims for None)."""
    if what is None:
        return claims
    return claims.loc[labelled(claims["what"], "other") == what].reset_index(drop=True)


def without_background(claims: pd.DataFrame, include_background: bool = False) -> pd.DataFrame:
    """The claims an analyst tracks: a figure that only describes (claimant_kind background) only on request."""
    if include_background or "claimant_kind" not in claims.columns:
        return claims
    kind = claims["claimant_kind"].astype("string").fillna("")
    return claims.loc[kind != BACKGROUND].reset_index(drop=True)


def panel_locations(points: pd.DataFrame, min_estimates: int = MIN_PANEL_ESTIMATES,
                    limit: int = MAX_PANELS) -> list[str]:
    """Locations with at least `min_estimates` marks, most marked first: each earns its own panel."""
    counts = points.loc[points["location"] != NO_LOCATION, "location"].value_counts()
    busy = [label for label in panel_order(points, "location") if counts.get(label, 0) >= min_estimates]
    return busy[:limit]


def location_panels(points: pd.DataFrame, min_estimates: int = MIN_PANEL_ESTIMATES,
                    limit: int = MAX_PANELS) -> list[tuple[str, pd.DataFrame]]:
    """(title, points) per panel: one per location with several estimates, then one for all the rest."""
    busy = panel_locations(points, min_estimates, limit)
    panels = [(location, points.loc[points["location"] == location].reset_index(drop=True)) for location in busy]
    rest = points.loc[~points["location"].isin(busy)].reset_index(drop=True)
    if not rest.empty:
        panels.append(("Other locations" if busy else "All locations", rest))
    return panels


def spread_labels(values: pd.Series, height: float, log_scale: bool = False, gap: float = LABEL_GAP) -> pd.Series:
    """Where to write each label (in data units) so that none overlaps another: `gap` px apart at least.

    Each label sits just above its mark unless a label above it is in the way, then lower. The chart
    scale is assumed to run from 0 (or, on a log scale, the smallest value) to the largest value.
    """
    if values.empty:
        return values.astype("Float64")
    numbers = values.astype("float64")
    if log_scale:
        numbers = np.log10(numbers.clip(lower=1))
    low, high = (numbers.min() if log_scale else 0.0), numbers.max()
    span = (high - low) or 1.0
    pixels = (high - numbers) / span * height  # 0 at the top
    placed, previous = {}, -np.inf
    for index, pixel in pixels.sort_values(kind="stable").items():
        previous = max(pixel - gap * 0.8, previous + gap)
        placed[index] = previous
    below = height  # a stack pushed under the axis's zero moves up (past the top only if it must)
    for index in reversed(list(placed)):
        placed[index] = below = min(placed[index], below)
        below -= gap
    wanted = high - pd.Series(placed).reindex(values.index) / height * span
    return (10 ** wanted if log_scale else wanted).astype("Float64")


def story_points(points: pd.DataFrame, height: int = STORY_HEIGHT - DECORATION_PX,
                 log_scale: bool = False) -> pd.DataFrame:
    """The points with what the story chart draws: band ends, the latest mark per side and its label.

    `low`/`high` are a range's ends (both the figure otherwise); `latest` marks each side's last
    estimate, labelled "Side: wording" on the side of the mark that has room (`label_left`), at
    `label_y`, spread so that labels never overlap.
    """
    if points.empty:
        return points.assign(low=pd.Series(dtype="Float64"), high=pd.Series(dtype="Float64"),
                             latest=pd.Series(dtype=bool), label=pd.Series(dtype="string"),
                             label_left=pd.Series(dtype=bool), label_y=pd.Series(dtype="Float64"))
    ordered = points.sort_values(["series", "date", "y"], kind="stable")
    last = ordered.groupby("series", sort=False).tail(1).index
    middle = points["date"].min() + (points["date"].max() - points["date"].min()) / 2
    latest = points.index.isin(last)
    drawn = points.assign(
        low=points["value"].astype("Float64"),
        high=points["value_high"].astype("Float64").fillna(points["value"].astype("Float64")),
        latest=latest,
        label=(points["series"] + ": " + short_figures(points)).where(latest, "").astype("string"),
        label_left=points["date"] > middle,
        label_y=pd.Series(pd.NA, index=points.index, dtype="Float64"),
    )
    with_top = pd.concat([drawn.loc[drawn["latest"], "y"], pd.Series([drawn["high"].max()], index=[-1])])
    drawn.loc[drawn["latest"], "label_y"] = spread_labels(with_top, height, log_scale).drop(index=-1)
    return drawn


def short_figures(points: pd.DataFrame) -> pd.Series:
    """A point's figure in a few words for its label: "up to 12,000", "at least 500", "2,000–3,000"."""
    prefix = points["qualifier"].map(SHORT_QUALIFIERS).fillna("")
    return (prefix + figure_labels(points).fillna("")).astype("string")


def _qualifier_shape(points: pd.DataFrame) -> alt.Shape:
    qualifiers = [QUALIFIER_LABELS[key] for key in QUALIFIER_LABELS if key in set(points["qualifier"])]
    return alt.Shape("qualifier_label:N", title="Qualifier",
                     scale=alt.Scale(domain=qualifiers, range=[QUALIFIER_SHAPES[key] for key in QUALIFIER_LABELS
                                                               if QUALIFIER_LABELS[key] in qualifiers]))


def _tooltip(colour_title: str) -> list[alt.Tooltip]:
    return [
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


def _axes(points: pd.DataFrame, log_scale: bool, x_field: str) -> tuple[alt.X, alt.Y, alt.Scale]:
    whats = sorted(points["what"].dropna().unique())
    what = whats[0] if len(whats) == 1 else "people counted"
    y_scale = alt.Scale(type="log", nice=True) if log_scale else alt.Scale(zero=True, nice=True)
    span = points["date"].max() - points["date"].min() if len(points) else pd.Timedelta(0)
    # short spans: one tick a day (the default would repeat a day's label at noon)
    ticks = {"interval": "day", "step": 1} if span <= pd.Timedelta(days=45) else alt.Undefined
    x = alt.X(f"{x_field}:T", title="Date the figure was stated",
              axis=alt.Axis(format="%d %b", labelAngle=0, labelOverlap=True, tickCount=ticks))
    y = alt.Y("y:Q", title=f"Number of {what}", scale=y_scale, axis=alt.Axis(format=",.0f", tickMinStep=1))
    return x, y, y_scale


def _date_key_opacity() -> alt.FillOpacity:
    return alt.FillOpacity("date_basis:N", legend=None,
                           scale=alt.Scale(domain=[DATE_STATED, DATE_PUBLISHED, DATE_INFERRED],
                                           range=[0.9, 0.0, 0.0]))


def _finish(chart: alt.LayerChart, height: int, title: str) -> alt.LayerChart:
    key = alt.TitleParams(title or DATE_KEY, subtitle=DATE_KEY if title else alt.Undefined, anchor="start",
                          fontSize=14 if title else 12, fontWeight="bold" if title else "normal",
                          subtitleFontSize=12, color="#31333f")
    return chart.properties(height=height, title=key).configure_legend(**LEGEND)


def story_chart(
    points: pd.DataFrame,
    colour_title: str = "Claimant country",
    log_scale: bool = False,
    title: str = "",
    height: int = STORY_HEIGHT,
    selection_name: str = "figure",
) -> alt.LayerChart:
    """One stepped line per side: each estimate holds until the side's next; ranges are shaded bands.

    Marks keep the qualifier's shape (▼ up to, ▲ at least), hollow when the date is the publication's;
    the latest estimate of each side is labelled at the line's end. Clicking a mark selects its
    `point_id` under `selection_name`.
    """
    drawn = story_points(points, max(height - DECORATION_PX, 100), log_scale)
    series = unknown_last(drawn["series"].dropna().unique())
    colour_scale = alt.Scale(domain=series, range=PALETTE * (len(series) // len(PALETTE) + 1))
    x, y, y_scale = _axes(drawn, log_scale, "date")
    colour = alt.Color("series:N", scale=colour_scale, title=colour_title)
    base = alt.Chart(drawn).encode(x=x)
    band = base.mark_area(interpolate="step-after", opacity=0.18).encode(
        y=alt.Y("low:Q", scale=y_scale), y2="high:Q", color=colour, detail="series:N")
    line = base.mark_line(interpolate="step-after", strokeWidth=2).encode(
        y=y, color=colour, detail="series:N", order="date:T")
    range_bars = base.transform_filter("datum.high > datum.low").mark_rule(strokeWidth=2.5).encode(
        y=alt.Y("low:Q", scale=y_scale), y2="high:Q", color=colour)
    pick = alt.selection_point(name=selection_name, fields=["point_id"], on="click", clear="dblclick")
    marks = base.mark_point(filled=True, strokeWidth=1.8, size=110, opacity=1).encode(
        y=y, color=colour, shape=_qualifier_shape(drawn), fillOpacity=_date_key_opacity(),
        tooltip=_tooltip(colour_title),
    ).add_params(pick)
    labels = [
        base.transform_filter(f"datum.latest && {'' if left else '!'}datum.label_left")
        .mark_text(align="right" if left else "left", dx=-9 if left else 9, baseline="middle", fontSize=12,
                   fontWeight="bold")
        .encode(y=alt.Y("label_y:Q", scale=y_scale), text="label:N", color=colour)
        for left in (True, False)
    ]
    return _finish(alt.layer(line, band, range_bars, marks, *labels), height, title)  # line first: its legend


def timeline_chart(
    points: pd.DataFrame,
    colour_title: str = "Claimant country",
    log_scale: bool = False,
    title: str = "",
    height: int = SCATTER_HEIGHT,
    selection_name: str = "figure",
) -> alt.LayerChart:
    """Every report as a mark: colour = series, shape = qualifier, size = reports, hollow = publication date.

    Clicking a point selects its `point_id` under `selection_name`.
    """
    series = unknown_last(points["series"].dropna().unique())
    colour_scale = alt.Scale(domain=series, range=PALETTE * (len(series) // len(PALETTE) + 1))
    x, y, y_scale = _axes(points, log_scale, "x")
    tooltip = _tooltip(colour_title)
    pick = alt.selection_point(name=selection_name, fields=["point_id"], on="click", clear="dblclick")
    base = alt.Chart(points).encode(x=x)
    ranges = base.transform_filter(alt.datum.qualifier == "range")
    # every layer colours by `stroke`/`fill` with one scale and title: Vega-Lite then draws one legend
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
        shape=_qualifier_shape(points),
        fillOpacity=_date_key_opacity(),
        size=alt.Size("n_reports:Q", title="Reports", scale=alt.Scale(range=[70, 260], zero=False),
                      legend=alt.Legend(tickMinStep=1, format="d")),
        tooltip=tooltip,
    ).add_params(pick)
    return _finish(alt.layer(range_bars, *range_caps, marks), height, title)


def counted_panels(points: pd.DataFrame, limit: int = MAX_PANELS) -> list[tuple[str, pd.DataFrame]]:
    """(title, points) per thing counted, the most marked first: 5 generals and 40,000 troops never share a scale."""
    order = panel_order(points, "what")[:limit]
    return [(what, points.loc[points["what"] == what].reset_index(drop=True)) for what in order]


def reports_table(claims: pd.DataFrame) -> pd.DataFrame:
    """Every report of the selected figure: outlet, wording, date stated, claimant and sentence, oldest first."""
    dates = claim_dates(claims)
    return pd.DataFrame({
        "outlet": outlet_labels(claims["outlet"]), "wording": claim_wording(claims), "date": dates["date"],
        "date_basis": dates["date_basis"], "claimant": labelled(claims["claimant"], UNKNOWN_CLAIMANT),
        "published": claims["published"], "sentence": claims["sentence"].astype("string"),
    }).sort_values(["date", "outlet"], kind="stable", na_position="last").reset_index(drop=True)
