"""Source comparison: outlets side by side, and where they disagree."""

import streamlit as st

from analysis import compare
from analysis.filters import download_file_name, quote_filters
from pages import _review_panel, _ui

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
           "(empty: that outlet did not report it). Select a row to review the reports behind it.")
with st.spinner("Comparing figures across outlets…"):
    matrix, conflicts = corpus.figure_comparison(filters, by)
if not matrix.total:
    _ui.nothing_matches("figures")
else:
    picked_figure = _ui.table(matrix.rows, key="compare_matrix", selectable=True,
                              file_name=download_file_name("figures-by-outlet", filters), total=matrix.total,
                              everything=lambda: corpus.figure_comparison(filters, by, limit=None)[0].rows)
    if picked_figure:
        reports = compare.claims_in_matrix_row(corpus.claims(filters), matrix.rows.loc[picked_figure[0]], by)
        evidence, review = st.columns(2)
        with evidence:
            _ui.evidence(corpus.claim_evidence_html(reports))
        with review:
            _review_panel.review_panel("claim", reports, key="compare_figure")

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
           "said it, and whether the words differ. Select a row to review its quotes.")
# only the outlet, date and rejected filters apply to quotes: a claimant filter must not redo the matching
with st.spinner("Matching quotes across outlets…"):
    matched = corpus.statements(quote_filters(filters), threshold)
if matched.note:
    st.caption(matched.note + " Narrow the filters to compare the rest.")
if matched.table.empty:
    st.info("No statement is quoted by more than one article.", icon=":material/info:")
else:
    picked_statement = _ui.table(matched.table, key="compare_statements", selectable=True,
                                 columns=["flags", "statement", "speakers", "n_articles"],
                                 file_name=download_file_name("shared-statements", filters))
    if picked_statement:
        renderings = corpus.statement_quotes(quote_filters(filters), matched.table.loc[picked_statement[0],
                                                                                       "quote_ids"])
        evidence, review = st.columns(2)
        with evidence:
            _ui.evidence(corpus.quote_evidence_html(renderings))
        with review:
            _review_panel.review_panel("quote", renderings, key="compare_statement")

st.subheader("Outlet profiles")
profiles = corpus.outlet_profiles(filters)
if profiles.empty:
    _ui.nothing_matches("outlets")
else:
    _ui.table(profiles, key="compare_profiles", file_name=download_file_name("outlet-profiles", filters))
