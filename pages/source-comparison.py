"""Source comparison: outlets side by side, and where they disagree."""

import pandas as pd
import streamlit as st

from analysis import compare
from analysis.filters import download_file_name, filter_tables
from pages import _ui


@st.cache_data(show_spinner="Matching quotes across outlets…", max_entries=16)
def statements(fingerprint: str, filter_key: str, threshold: int, _quotes: pd.DataFrame) -> compare.SharedStatements:
    """All-pairs quote matching is the slow step on large corpora: once per corpus, filters and threshold."""
    return compare.statement_comparison(_quotes, threshold)


@st.cache_data(show_spinner="Comparing figures across outlets…", max_entries=16)
def figure_tables(fingerprint: str, filter_key: str, by: str, _claims: pd.DataFrame) -> tuple[pd.DataFrame, ...]:
    """The matrix and the disagreements: once per corpus, filters and grouping (a second visit is instant)."""
    return compare.figure_comparison(_claims, by)


view = _ui.current_view()
tables, filters = view.tables, view.filters
articles, quotes, claims = filter_tables(tables, filters)

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
matrix, conflicts = figure_tables(view.fingerprint, repr(filters), by, claims)
if matrix.empty:
    _ui.nothing_matches("figures")
else:
    _ui.table(matrix, key="compare_matrix", file_name=download_file_name("figures-by-outlet", filters))

st.subheader("Figures reported differently")
st.caption("Same claimant, location and thing counted, reported differently by two or more outlets. "
           "Check the dates in Versions: a figure that changed over time is a revision, not a conflict.")
if conflicts.empty:
    st.success("No two outlets report different figures or qualifiers for the same claimant and "
               "location.", icon=":material/check_circle:")
else:
    _ui.table(conflicts, key="compare_conflicts",
              file_name=download_file_name("figure-disagreements", filters))

st.subheader("Statements quoted by several outlets")
st.caption("The same statement (matched on its words) in two or more articles: who each outlet says "
           "said it, and whether the words differ.")
# only the outlet and date filters apply to quotes: a claimant filter must not redo the matching
matched = statements(view.fingerprint, repr((filters.outlets, filters.date_from, filters.date_to)), threshold, quotes)
if matched.note:
    st.caption(matched.note + " Narrow the filters to compare the rest.")
if matched.table.empty:
    st.info("No statement is quoted by more than one article.", icon=":material/info:")
else:
    _ui.table(matched.table, key="compare_statements", columns=["flags", "statement", "speakers", "n_articles"],
              file_name=download_file_name("shared-statements", filters))

st.subheader("Outlet profiles")
profiles = compare.outlet_profiles(articles, quotes, claims)
if profiles.empty:
    _ui.nothing_matches("outlets")
else:
    _ui.table(profiles, key="compare_profiles", file_name=download_file_name("outlet-profiles", filters))
