"""Source comparison: outlets side by side, and where they disagree."""

import streamlit as st

from analysis import compare
from analysis.filters import download_file_name, quote_filters
from pages import _ui

view = _ui.current_view()
corpus, filters = view.corpus, view.filters

st.title("Source comparison")
controls = st.columns([3, 3, 4], vertical_alignment="bottom")
by = controls[0].segmented_control("Group figures by", list(compare.CLAIMANT_CHOICES),
                                   format_func=compare.CLAIMANT_CHOICES.get, default="claimant_country",
                                   required=True, key="compare_by", persist_state="session")
threshold = controls[1].slider("Quote match threshold", 50, 100, compare.SAME_STATEMENT_SCORE, step=5,
                               key="compare_threshold", persist_state="session",
                               help="How similar two quotes' words must be (0–100) to count as the same "
                                    "statement. Lower finds more paraphrases, and more false matches.")

st.subheader("Figures by outlet")
st.caption("One row per figure for each claimant and location; each outlet's column shows how it worded it "
           "(empty: that outlet did not report it).")
with st.spinner("Comparing figures across outlets…"):
    matrix, conflicts = corpus.figure_comparison(filters, by)
if not matrix.total:
    _ui.nothing_matches("figures")
else:
    _ui.table(matrix.rows, key="compare_matrix", file_name=download_file_name("figures-by-outlet", filters),
              total=matrix.total, everything=lambda: corpus.figure_comparison(filters, by, limit=None)[0].rows)

st.subheader("Figures reported differently")
st.caption("Same claimant, location and thing counted, reported differently by two or more outlets. "
           "Check the dates in Versions: a figure that changed over time is a revision, not a conflict.")
if not conflicts.total:
    st.success("No two outlets report different figures or qualifiers for the same claimant and "
               "location.", icon=":material/check_circle:")
else:
    _ui.table(conflicts.rows, key="compare_conflicts", file_name=download_file_name("figure-disagreements", filters),
              total=conflicts.total, everything=lambda: corpus.figure_comparison(filters, by, limit=None)[1].rows)

st.subheader("Statements quoted by several outlets")
st.caption("The same statement (matched on its words) in two or more articles: who each outlet says "
           "said it, and whether the words differ.")
# only the outlet and date filters apply to quotes: a claimant filter must not redo the matching
with st.spinner("Matching quotes across outlets…"):
    matched = corpus.statements(quote_filters(filters), threshold)
if matched.note:
    st.caption(matched.note + " Narrow the filters to compare the rest.")
if matched.table.empty:
    st.info("No statement is quoted by more than one article.", icon=":material/info:")
else:
    _ui.table(matched.table, key="compare_statements", columns=["flags", "statement", "speakers", "n_articles"],
              file_name=download_file_name("shared-statements", filters))

st.subheader("Outlet profiles")
profiles = corpus.outlet_profiles(filters)
if profiles.empty:
    _ui.nothing_matches("outlets")
else:
    _ui.table(profiles, key="compare_profiles", file_name=download_file_name("outlet-profiles", filters))
