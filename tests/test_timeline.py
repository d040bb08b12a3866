"""The timeline of estimates: points, dodging, aggregation and the chart spec (analysis/timeline.py)."""

from __future__ import annotations

import itertools

import pandas as pd
import pytest
from fixtures.loader import fixture_tables

from analysis.filters import DATE_PUBLISHED, DATE_STATED, Filters, filter_claims
from analysis.schema import conform
from analysis.timeline import (
    QUALIFIER_LABELS,
    QUALIFIER_SHAPES,
    claims_at_points,
    claims_counting,
    counted_choices,
    dodged_dates,
    location_panels,
    panel_order,
    reports_table,
    spread_labels,
    story_chart,
    story_points,
    timeline_chart,
    timeline_points,
    top_panels,
    unknown_last,
    without_background,
)


@pytest.fixture(scope="module")
def claims():
    return filter_claims(fixture_tables().claims, Filters(include_hypothetical=True))


def test_the_same_figure_on_the_same_day_is_one_point_with_its_reports(claims):
    points = timeline_points(claims).points
    kursk = points.loc[(points["location"] == "Kursk") & (points["qualifier"] == "approx")].iloc[0]
    assert kursk["n_reports"] == 3
    assert set(kursk["claim_ids"].split("|")) == {"aj-c1", "ap-c1", "nooutlet-c1"}
    assert kursk["outlets"] == "(unknown outlet), Al Jazeera, Associated Press"
    assert kursk["date_basis"] == DATE_STATED


def test_undated_claims_are_counted_not_drawn(claims):
    drawn = timeline_points(claims)
    assert drawn.undated == 1  # the hypothetical figure of an undated article, without a date in the text
    assert drawn.points["n_reports"].sum() == len(claims) - 1
    assert drawn.note == ""


def test_colour_by_outlet_uses_outlet_labels(claims):
    points = timeline_points(claims, colour_by="outlet").points
    assert "(unknown outlet)" in set(points["series"])


def test_ranges_are_drawn_at_their_middle_with_both_ends_kept(claims):
    point = timeline_points(claims).points.query("qualifier == 'range'").iloc[0]
    assert (point["value"], point["value_high"], point["y"]) == (10000, 12000, 11000)
    assert point["qualifier_label"] == QUALIFIER_LABELS["range"]
    assert point["date_basis"] == DATE_PUBLISHED


def test_many_points_are_grouped_by_week_then_the_least_reported_dropped():
    rows = [{"claim_id": f"c{n}", "value": 100 + n, "qualifier": "exact", "what": "troops",
             "claimant_country": "A", "date_said": pd.Timestamp("2024-01-01") + pd.Timedelta(days=n),
             "date_source": "text", "hypothetical": False} for n in range(60)]
    rows += [{**rows[0], "claim_id": "dup"}]  # the most reported point must survive the cut
    drawn = timeline_points(conform(rows, "claims"), max_points=10)
    assert len(drawn.points) == 10
    assert "grouped by week" in drawn.note and "least reported" in drawn.note
    assert drawn.points["date"].dt.day_of_week.eq(0).all()
    assert drawn.points["n_reports"].max() == 2


@pytest.mark.parametrize(
    ("days", "values", "expected_offsets"),
    [
        ([0, 10], [1, 1], [0, 0]),  # no collision: no nudge
        ([0, 0, 10], [1, 1, 1], [-0.125, 0.125, 0]),  # two on one day: symmetric, half a step each way
        ([0, 0, 0], [1, 2, 1], [-0.0125, 0, 0.0125]),  # another value does not collide; no span counts as a day
    ],
)
def test_dodged_dates_only_move_colliding_marks(days, values, expected_offsets):
    dates = pd.Series(pd.Timestamp("2024-01-01") + pd.to_timedelta(days, unit="D"))
    moved = dodged_dates(dates, pd.Series(values, dtype="Float64"))
    offsets = ((moved - dates) / pd.Timedelta(days=1)).round(4).tolist()
    assert offsets == expected_offsets


def test_claims_at_points_expand_a_point_to_all_its_reports(claims):
    points = timeline_points(claims).points
    chosen = points.loc[points["n_reports"] == 3, "point_id"].tolist()
    assert set(claims_at_points(points, claims, chosen)["claim_id"]) == {"aj-c1", "ap-c1", "nooutlet-c1"}
    assert claims_at_points(points, claims, []).empty


def test_counted_choices_most_frequent_first(claims):
    assert counted_choices(claims) == ["troops", "generals", "killed", "officers"]
    assert set(claims_counting(claims, "officers")["claim_id"]) == {"yahoo-c2"}
    assert len(claims_counting(claims, None)) == len(claims)


def test_unknown_labels_and_panels_go_last():
    assert unknown_last(["b", "(unknown country)", "A"]) == ["A", "b", "(unknown country)"]
    points = pd.DataFrame({"location": ["Russia", "(no location stated)", "Kursk", "Kursk"]})
    assert panel_order(points, "location") == ["Kursk", "Russia", "(no location stated)"]


def test_only_the_busiest_panels_are_drawn_and_the_rest_are_named():
    points = pd.DataFrame({"location": ["Kursk", "Kursk", "Russia", "Russia", "Border", "(no location stated)"]})
    kept, note = top_panels(points, "location", limit=2)
    assert sorted(set(kept["location"])) == ["Kursk", "Russia"]
    assert note.startswith("The 2 locations with the most marks have a panel; 2 more")
    everything, no_note = top_panels(points, "location", limit=4)
    assert everything is points and no_note == ""


def _layers(spec: dict) -> list[dict]:
    return spec.get("layer") or spec["spec"]["layer"]


def test_chart_encodes_qualifier_shape_hollow_publication_dates_and_a_click_selection(claims):
    points = timeline_points(claims_counting(claims, "troops")).points
    spec = timeline_chart(points, log_scale=True).to_dict()
    marks = _layers(spec)[-1]
    shape = marks["encoding"]["shape"]["scale"]
    assert dict(zip(shape["domain"], shape["range"], strict=True))[QUALIFIER_LABELS["upper"]] == \
        QUALIFIER_SHAPES["upper"] == "triangle-down"
    assert QUALIFIER_SHAPES["lower"] == "triangle-up"
    opacity = marks["encoding"]["fillOpacity"]["scale"]
    assert dict(zip(opacity["domain"], opacity["range"], strict=True))[DATE_PUBLISHED] == 0.0
    assert spec["params"][0]["name"] == "figure" and spec["params"][0]["select"]["fields"] == ["point_id"]
    assert marks["encoding"]["y"]["scale"]["type"] == "log"
    assert marks["encoding"]["y"]["axis"]["format"] == ",.0f"
    assert _layers(spec)[0]["mark"]["type"] == "rule"  # ranges are bars from value to value_high
    assert {tip["field"] for tip in marks["encoding"]["tooltip"]} >= {"claimants", "outlets", "wording",
                                                                      "sentence_tip", "qualifier_label"}
    assert "hollow" in spec["title"]["text"]
    assert "facet" not in spec and spec["config"]["legend"]["orient"] == "bottom"


def _story(rows: list[dict]) -> pd.DataFrame:
    claims = conform([{"claim_id": f"c{n}", "article_id": f"a{n}", "what": "troops", "qualifier": "exact",
                       "date_source": "text", "published": pd.Timestamp("2031-05-20"), **row}
                      for n, row in enumerate(rows)], "claims")
    return timeline_points(claims).points


def test_the_story_steps_per_side_and_labels_each_sides_latest_figure():
    points = story_points(_story([
        {"claimant_country": "Norland", "value": 800, "date_said": pd.Timestamp("2031-05-01")},
        {"claimant_country": "Norland", "value": 1500, "qualifier": "upper", "date_said": pd.Timestamp("2031-05-09"),
         "qualifier_text": "up to", "figure_text": "1,500"},
        {"claimant_country": "Sudmark", "value": 300, "value_high": 500, "qualifier": "range",
         "date_said": pd.Timestamp("2031-05-03")},
    ]))
    latest = points.loc[points["latest"]].set_index("series")
    assert latest.loc["Norland", "label"] == "Norland: up to 1,500"
    assert latest.loc["Sudmark", "label"] == "Sudmark: 300–500"
    assert points.loc[~points["latest"], "label"].tolist() == [""]
    band = points.loc[points["series"] == "Sudmark"].iloc[0]
    assert (band["low"], band["high"]) == (300, 500)  # a range is a band from one end to the other
    assert bool(latest.loc["Norland", "label_left"]) and not bool(latest.loc["Sudmark", "label_left"])


def test_end_labels_are_spread_so_that_none_overlaps():
    placed = spread_labels(pd.Series([1000.0, 990.0, 10.0]), height=400, gap=15)
    pixels = (1000 - placed) / 1000 * 400
    assert pixels[1] - pixels[0] >= 15  # two close figures: the second label moves down
    assert placed[2] == pytest.approx(10 + 12 / 400 * 1000)  # a lone label stays just above its mark


def test_end_labels_crowded_at_the_bottom_move_up_rather_than_under_zero():
    placed = spread_labels(pd.Series([1000.0, 5.0, 4.0, 3.0, 2.0]), height=400, gap=20)
    pixels = sorted((1000 - placed) / 1000 * 400)
    assert max(pixels) <= 400  # no label below the axis's zero
    assert all(lower - upper >= 20 - 1e-9 for upper, lower in itertools.pairwise(pixels))


def test_the_story_chart_steps_bands_keeps_qualifier_marks_and_fits_its_container(claims):
    spec = story_chart(timeline_points(claims_counting(claims, "troops")).points).to_dict()
    marks = {layer["mark"]["type"] if isinstance(layer["mark"], dict) else layer["mark"]: layer
             for layer in spec["layer"]}
    assert marks["line"]["mark"]["interpolate"] == "step-after"
    assert marks["area"]["mark"]["interpolate"] == "step-after" and marks["area"]["encoding"]["y2"]["field"] == "high"
    shape = marks["point"]["encoding"]["shape"]["scale"]
    assert dict(zip(shape["domain"], shape["range"], strict=True))[QUALIFIER_LABELS["upper"]] == "triangle-down"
    assert marks["text"]["encoding"]["text"]["field"] == "label"
    assert spec["params"][0]["name"] == "figure"
    assert "width" not in spec and "facet" not in spec  # Streamlit stretches it to the column
    assert spec["config"]["legend"]["orient"] == "bottom"


def test_background_figures_stay_out_unless_asked_for():
    claims = conform([{"claim_id": "c1", "value": 90, "claimant_kind": "government"},
                      {"claim_id": "c2", "value": 1_200_000, "claimant_kind": "background"},
                      {"claim_id": "c3", "value": 40}], "claims")
    assert without_background(claims)["claim_id"].tolist() == ["c1", "c3"]
    assert without_background(claims, include_background=True)["claim_id"].tolist() == ["c1", "c2", "c3"]


def test_only_locations_with_several_estimates_get_a_panel():
    points = pd.DataFrame({"location": ["Kursk"] * 3 + ["Border"] * 2 + ["(no location stated)"] * 4})
    panels = location_panels(points, min_estimates=3)
    assert [(title, len(frame)) for title, frame in panels] == [("Kursk", 3), ("Other locations", 6)]
    assert [title for title, _ in location_panels(points, min_estimates=5)] == ["All locations"]


def test_the_reports_of_a_figure_give_outlet_wording_date_and_sentence(claims):
    reports = reports_table(claims.head(3))
    assert list(reports.columns[:4]) == ["outlet", "wording", "date", "date_basis"]
    assert "sentence" in reports.columns and len(reports) == 3


def test_no_claims_give_no_points_and_no_error():
    drawn = timeline_points(conform([], "claims"))
    assert drawn.points.empty and drawn.undated == 0
    assert counted_choices(conform([], "claims")) == []


def test_background_figures_are_left_out_of_the_timeline():
    claims = conform([{"claim_id": "a:c1", "value": 90000, "claimant_kind": "background"},
                      {"claim_id": "a:c2", "value": 300, "claimant_kind": "police"},
                      {"claim_id": "a:c3", "value": 40, "claimant_kind": None}], "claims")
    assert without_background(claims)["claim_id"].tolist() == ["a:c2", "a:c3"]


def test_at_size_each_side_is_a_weekly_median_with_its_lowest_and_highest_and_its_latest_figure_labelled():
    from analysis.timeline import weekly_chart, weekly_estimates

    day = pd.Timestamp("2031-05-05")  # a Monday
    weeks = weekly_estimates(conform([{"claim_id": f"c{n}", "what": "troops", "qualifier": "exact",
                                       "date_source": "text", **row} for n, row in enumerate([
        {"claimant_country": "Norland", "value": 100, "date_said": day},
        {"claimant_country": "Norland", "value": 300, "date_said": day + pd.Timedelta(days=2)},
        {"claimant_country": "Norland", "value": 900, "date_said": day + pd.Timedelta(days=6)},
        {"claimant_country": "Norland", "value": 400, "value_high": 600, "qualifier": "range",
         "date_said": day + pd.Timedelta(days=8)},
        {"claimant_country": "Norland", "value": 2000, "qualifier": "upper", "qualifier_text": "up to",
         "figure_text": "2,000", "date_said": day + pd.Timedelta(days=10)},
        {"claimant_country": "Sudmark", "value": 50, "date_said": day + pd.Timedelta(days=3)},
        {"claimant_country": "Sudmark", "value": 70, "date_said": day + pd.Timedelta(days=3)},
        {"claimant_country": "Sudmark", "value": 10},  # no date at all: not drawn
    ])], "claims"))
    rows = weeks.set_index(["series", "week"])
    first, second = rows.loc[("Norland", day)], rows.loc[("Norland", day + pd.Timedelta(days=7))]
    assert (first["median"], first["low"], first["high"], first["n_reports"]) == (300, 100, 900, 3)
    assert (second["median"], second["low"], second["high"], second["n_reports"]) == (1250, 400, 2000, 2)
    assert bool(second["latest"]) and not bool(first["latest"])
    assert second["label"] == "Norland: up to 2,000" and second["latest_y"] == 2000
    sudmark = rows.loc[("Sudmark", day)]  # two figures on its last day: the higher one is its latest
    assert (sudmark["median"], sudmark["n_reports"], sudmark["label"]) == (60, 2, "Sudmark: 70")
    assert weeks["latest"].sum() == 2
    layers = weekly_chart(weeks).to_dict()["layer"]
    assert [layer["mark"]["type"] for layer in layers] == ["line", "area", "point", "point", "text"]


def test_at_size_the_weekly_chart_draws_the_busiest_sides_and_their_labels_never_overlap():
    from analysis.timeline import LABEL_GAP, MAX_SERIES, busiest_series, weekly_chart, weekly_estimates

    day = pd.Timestamp("2031-05-05")
    rows = [{"claim_id": f"c{side}-{n}", "what": "people", "qualifier": "exact", "date_source": "text",
             "claimant_country": f"Land {side:02d}", "value": 1000 + side, "date_said": day}
            for side in range(MAX_SERIES + 5) for n in range(side + 1)]  # Land 14 has the most reports
    weeks, left_out = busiest_series(weekly_estimates(conform(rows, "claims")))
    assert left_out == 5
    assert sorted(weeks["series"].unique()) == [f"Land {side:02d}" for side in range(5, MAX_SERIES + 5)]
    labels = next(layer for layer in weekly_chart(weeks, height=500).to_dict()["layer"]
                  if layer["mark"]["type"] == "text")
    spec = weekly_chart(weeks, height=500).to_dict()
    positions = sorted(row["label_y"] for row in spec["datasets"][labels["data"]["name"]])
    pixels_per_unit = (500 - 210) / weeks["high"].max()  # the y scale runs from 0 to the highest figure
    assert len(positions) == MAX_SERIES  # the ten latest figures, all within 14 of each other
    assert all((high - low) * pixels_per_unit >= LABEL_GAP - 0.5 for low, high in itertools.pairwise(positions))
