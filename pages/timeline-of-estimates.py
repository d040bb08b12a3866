"""Timeline of estimates: how each side's figure changed, and every report behind each figure."""

from functools import partial

import pandas as pd
import streamlit as st

from analysis import reader, timeline
from analysis.filters import download_file_name
from pages import _review_panel, _ui

ALL_COUNTS = "Everything counted (one panel each)"
VIEWS = {"story": "Estimates by side", "scatter": "Every report"}

view = _ui.current_view()
corpus, filters = view.corpus, view.filters

st.title("Timeline of estimates")
choices = corpus.counted_choices(filters, True)
if not choices:
    _ui.nothing_matches("figures")
    st.stop()

with st.container(horizontal=True, vertical_alignment="bottom", gap="medium"):
    what = st.selectbox("What is counted", [*choices, ALL_COUNTS], key="timeline_what", width=260,
                        persist_state="session",
                        help="Troops, officers and casualties have different scales: one at a time, or one "
                             "panel each.")
    mode = st.segmented_control("View", list(VIEWS), format_func=VIEWS.get, default="story", required=True,
                                key="timeline_view", persist_state="session")
    if mode == "story":
        colour_by = st.segmented_control("One line per", list(timeline.SIDE_CHOICES),
                                         format_func=timeline.SIDE_CHOICES.get, default="claimant_country",
                                         required=True, key="timeline_side", persist_state="session")
    else:
        colour_by = st.segmented_control("Colour by", list(timeline.COLOUR_CHOICES),
                                         format_func=timeline.COLOUR_CHOICES.get, default="claimant_country",
                                         required=True, key="timeline_colour", persist_state="session")
counted = None if what == ALL_COUNTS else what
background = st.session_state.get("timeline_background", False)
aggregated = corpus.n_points(filters, counted, background, colour_by) > timeline.MAX_MARKS
with st.container(horizontal=True, vertical_alignment="bottom", gap="medium"):
    split = st.toggle("Panels by location", key="timeline_split", persist_state="session",
                      disabled=what == ALL_COUNTS or aggregated,
                      help=f"A panel for each location with {timeline.MIN_PANEL_ESTIMATES} or more marks, one "
                           "for the rest. The sidebar's Location filter shows one place.")
    background = st.toggle("Background figures", key="timeline_background", persist_state="session",
                           help="Figures that only describe (\"an army of 1.2 million\") are not anyone's "
                                "estimate: left out unless this is on. Hypotheticals: the sidebar's toggle.")
    log_scale = st.toggle("Log scale", key="timeline_log", persist_state="session")
title = timeline.COLOUR_CHOICES[colour_by]
page = corpus.claims_page(filters, counted, background)
clicked: list[str] = []
chosen = None
drawn_from = (view.fingerprint, filters, what, background, colour_by, log_scale)  # what a chart is made of

if aggregated:
    st.caption(f"Too many figures to draw one by one (more than {timeline.MAX_MARKS:,} distinct marks): each "
               "line is a side's weekly median, the band its lowest to highest figure that week, ◆ its latest "
               "figure. Narrow the filters to see every mark. Click a week to read its reports.")
    weeks, left_out = timeline.busiest_series(corpus.weekly_estimates(filters, counted, background, colour_by))
    if left_out:
        st.caption(f"The chart draws the {timeline.MAX_SERIES} sides with the most reports; {left_out:,} more "
                   "are only in the table below (pick them in the sidebar to chart them).")
    panels = timeline.weekly_panels(weeks) if what == ALL_COUNTS else [("", weeks)]
    for number, (panel_title, panel) in enumerate(panels):
        height = timeline.STORY_HEIGHT if len(panels) == 1 else timeline.PANEL_HEIGHT
        event = _ui.chart(partial(timeline.weekly_chart, panel, title, log_scale, title=panel_title, height=height),
                          (*drawn_from, "weekly", number), f"timeline_weekly_{number}", on_select="rerun",
                          selection_mode="figure", width="stretch", height="content")
        picked_weeks = event["selection"].get("figure", [])
        if picked_weeks:
            week = pd.to_datetime(picked_weeks[0]["week"], unit="ms")
            chosen = corpus.claims_in_week(filters, counted, background, colour_by, picked_weeks[0]["series"], week)
else:
    st.caption("How each side's figure changed: a line steps from one estimate to the next on the day it was "
               "stated. ▼ = \"up to / as many as\" (an upper bound), ▲ = \"at least / more than\", a shaded band "
               "= a range; hollow marks have no date in the text. Click a mark to read every report of it.")
    drawn = corpus.timeline_points(filters, counted, background, colour_by)
    draw = timeline.story_chart if mode == "story" else timeline.timeline_chart
    if drawn.points.empty:
        st.info(f"None of the {page.total:,} figures has a date (stated or published), so none can be placed on "
                "the timeline. They are listed below.", icon=":material/event_busy:")
    else:
        if what == ALL_COUNTS:
            panels = timeline.counted_panels(drawn.points)
        elif split:
            panels = timeline.location_panels(drawn.points)
        else:
            panels = [("", drawn.points)]
        for number, (panel_title, points) in enumerate(panels):
            height = timeline.STORY_HEIGHT if len(panels) == 1 else timeline.PANEL_HEIGHT
            event = _ui.chart(partial(draw, points, title, log_scale, title=panel_title, height=height),
                              (*drawn_from, mode, split, number), f"timeline_chart_{number}", on_select="rerun",
                              selection_mode="figure", width="stretch", height="content")
            clicked += [point["point_id"] for point in event["selection"].get("figure", [])]
        notes = [drawn.note] if drawn.note else []
        if drawn.undated:
            notes.append(f"{drawn.undated:,} figure(s) without any date are not drawn (they are in the table).")
        if not background:
            notes.append("Background figures are left out (the toggle above shows them).")
        st.caption("Click a mark to read every report of it; double-click empty space to clear. " + " ".join(notes))
    if clicked:
        chosen = corpus.claims_by_id(timeline.point_claim_ids(drawn.points, clicked))

if chosen is not None and not chosen.empty:
    st.subheader(f"Reports of the selected figure ({len(chosen):,})")
    reports = timeline.reports_table(chosen)
    st.dataframe(reports, hide_index=True, key="timeline_reports", column_config=_ui.column_config(reports))
    evidence, review = st.columns(2)
    with evidence:
        _ui.evidence(corpus.claim_evidence_html(chosen.head(timeline.MAX_EVIDENCE)))
        _ui.citation(corpus.claim_citations(chosen), key="timeline_point")
    with review:
        _review_panel.review_panel("claim", chosen, key="timeline_point", shortcuts=False)

st.subheader(f"Figures ({page.total:,})")
file_name = download_file_name("claims", filters, counted=counted or "")
picked = _ui.table(page.rows, key="timeline_table", selectable=True, columns=reader.CLAIM_COLUMNS,
                   file_name=file_name, total=page.total, row_id="claim_id",
                   everything=lambda: corpus.claims_table(filters, counted, background))
_ui.citations_download(lambda: corpus.claim_citations(corpus.claims_table(filters, counted, background)),
                       key="timeline_table", file_name=file_name, count=page.total)
if picked:
    st.subheader("Evidence for the selected row")
    row = page.rows.loc[[picked[0]]]
    evidence, review = st.columns(2)
    with evidence:
        _ui.evidence(corpus.claim_evidence_html(row))
        _ui.citation(corpus.claim_citations(row), key="timeline_row")
    with review:
        _review_panel.review_panel("claim", page.rows, key="timeline_row", position=picked[0],
                                   table_key="timeline_table")
else:
    st.caption("Select a row to read its evidence and review it: confirm, correct or reject the figure.")
