"""Timeline of estimates: how each side's figure changed, and every report behind each figure."""

import streamlit as st

from analysis import citations, reader, timeline
from analysis.filters import download_file_name, filter_claims
from pages import _ui

ALL_COUNTS = "Everything counted (one panel each)"
VIEWS = {"story": "Estimates by side", "scatter": "Every report"}

view = _ui.current_view()
tables, filters = view.tables, view.filters
claims = filter_claims(tables.claims, filters)

st.title("Timeline of estimates")
st.caption("How each side's figure changed: a line steps from one estimate to the next on the day it was "
           "stated. ▼ = \"up to / as many as\" (an upper bound), ▲ = \"at least / more than\", a shaded band = "
           "a range; hollow marks have no date in the text. Click a mark to read every report of it.")
if claims.empty:
    _ui.nothing_matches("figures")
    st.stop()

choices = timeline.counted_choices(claims)
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
with st.container(horizontal=True, vertical_alignment="bottom", gap="medium"):
    split = st.toggle("Panels by location", key="timeline_split", persist_state="session",
                      disabled=what == ALL_COUNTS,
                      help=f"A panel for each location with {timeline.MIN_PANEL_ESTIMATES} or more marks, one "
                           "for the rest. The sidebar's Location filter shows one place.")
    background = st.toggle("Background figures", key="timeline_background", persist_state="session",
                           help="Figures that only describe (\"an army of 1.2 million\") are not anyone's "
                                "estimate: left out unless this is on. Hypotheticals: the sidebar's toggle.")
    log_scale = st.toggle("Log scale", key="timeline_log", persist_state="session")

tracked = timeline.without_background(claims, include_background=background)
shown = timeline.claims_counting(tracked, None if what == ALL_COUNTS else what)
drawn = timeline.timeline_points(shown, colour_by)
title = timeline.COLOUR_CHOICES[colour_by]
draw = timeline.story_chart if mode == "story" else timeline.timeline_chart
clicked: list[str] = []
if drawn.points.empty:
    st.info(f"None of the {len(shown):,} figures has a date (stated or published), so none can be placed on "
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
        event = st.altair_chart(draw(points, title, log_scale, title=panel_title, height=height),
                                key=f"timeline_chart_{number}", on_select="rerun", selection_mode="figure",
                                width="stretch", height="content")
        clicked += [point["point_id"] for point in event["selection"].get("figure", [])]
    notes = [drawn.note] if drawn.note else []
    if drawn.undated:
        notes.append(f"{drawn.undated:,} figure(s) without any date are not drawn (they are in the table).")
    if len(tracked) < len(claims):
        notes.append("Background figures are left out (the toggle above shows them).")
    st.caption("Click a mark to read every report of it; double-click empty space to clear. " + " ".join(notes))

if clicked:
    chosen = timeline.claims_at_points(drawn.points, shown, clicked)
    st.subheader(f"Reports of the selected figure ({len(chosen):,})")
    st.dataframe(timeline.reports_table(chosen), hide_index=True, key="timeline_reports",
                 column_config=_ui.column_config(timeline.reports_table(chosen)))
    _ui.citation(citations.claim_citations(chosen, tables.articles), key="timeline_point")
    _ui.evidence(reader.claim_evidence_html(chosen, tables.articles))

st.subheader(f"Figures ({len(shown):,})")
rows = reader.claims_table(shown)
file_name = download_file_name("claims", filters, counted="" if what == ALL_COUNTS else what)
picked = _ui.table(rows, key="timeline_table", selectable=True, columns=reader.CLAIM_COLUMNS, file_name=file_name)
_ui.citations_download(citations.claim_citations(rows, tables.articles), key="timeline_table",
                       file_name=file_name)
if picked:
    st.subheader("Evidence for the selected row")
    chosen = shown.loc[shown["claim_id"] == rows.loc[picked[0], "claim_id"]]
    _ui.citation(citations.claim_citations(chosen, tables.articles), key="timeline_row")
    _ui.evidence(reader.claim_evidence_html(chosen, tables.articles))
