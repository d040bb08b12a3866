"""Timeline of estimates: every figure on the date it was stated, by who stated it."""

import streamlit as st

from analysis import reader, timeline
from analysis.filters import download_file_name, filter_claims
from pages import _ui

ALL_COUNTS = "Everything counted (one panel each)"

view = _ui.current_view()
tables, filters = view.tables, view.filters
claims = filter_claims(tables.claims, filters)

st.title("Timeline of estimates")
st.caption("Who put the number at how many, and when. ▼ = \"up to / as many as\" (an upper bound, not an "
           "estimate), ▲ = \"at least / more than\", vertical bar = a range; hollow marks have no date in the "
           "text. Bigger marks = more outlets reporting the same figure that day. Hover a mark for its wording.")
if claims.empty:
    _ui.nothing_matches("figures")
    st.stop()

choices = timeline.counted_choices(claims)
controls = st.columns([3, 3, 2, 2, 2], vertical_alignment="bottom")
what = controls[0].selectbox("What is counted", [*choices, ALL_COUNTS], key="timeline_what",
                             persist_state="session",
                             help="Troops, officers and casualties have different scales: one at a time, "
                                  "or one panel each.")
colour_by = controls[1].segmented_control(
    "Colour by", list(timeline.COLOUR_CHOICES), format_func=timeline.COLOUR_CHOICES.get,
    default="claimant_country", required=True, key="timeline_colour", persist_state="session",
)
split = controls[2].toggle("One panel per location", value=True, key="timeline_split",
                           persist_state="session", disabled=what == ALL_COUNTS)
log_scale = controls[3].toggle("Log scale", key="timeline_log", persist_state="session")
background = controls[4].toggle("Background figures", key="timeline_background", persist_state="session",
                                help="Figures no one is said to have estimated (\"an army of 1.2 million\").")

shown = timeline.claims_counting(claims if background else timeline.without_background(claims),
                                 None if what == ALL_COUNTS else what)
drawn = timeline.timeline_points(shown, colour_by)
if drawn.points.empty:
    st.info(f"None of the {len(shown):,} figures has a date (stated or published), so none can be placed on "
            "the timeline. They are listed below.", icon=":material/event_busy:")
    event = None
else:
    facet = "what" if what == ALL_COUNTS else ("location" if split else None)
    charted, panel_note = timeline.top_panels(drawn.points, facet) if facet else (drawn.points, "")
    chart = timeline.timeline_chart(charted, timeline.COLOUR_CHOICES[colour_by], log_scale, facet)
    event = st.altair_chart(chart, key="timeline_chart", on_select="rerun", selection_mode="figure",
                            width="stretch" if facet is None else "content")
    notes = [note for note in (drawn.note, panel_note) if note]
    if drawn.undated:
        notes.append(f"{drawn.undated:,} figure(s) without any date are not drawn (they are in the table).")
    st.caption("Click a mark to read its evidence; double-click empty space to clear. " + " ".join(notes))

clicked = [] if event is None else [point["point_id"] for point in event["selection"].get("figure", [])]
if clicked:
    st.subheader("Evidence for the selected mark")
    _ui.evidence(reader.claim_evidence_html(timeline.claims_at_points(drawn.points, shown, clicked),
                                            tables.articles))

st.subheader(f"Figures ({len(shown):,})")
rows = reader.claims_table(shown)
picked = _ui.table(rows, key="timeline_table", selectable=True, columns=reader.CLAIM_COLUMNS,
                   file_name=download_file_name("claims", filters,
                                                counted="" if what == ALL_COUNTS else what))
if picked:
    st.subheader("Evidence for the selected row")
    chosen = shown.loc[shown["claim_id"] == rows.loc[picked[0], "claim_id"]]
    _ui.evidence(reader.claim_evidence_html(chosen, tables.articles))
