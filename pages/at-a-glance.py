"""Overview: the corpus at a glance, each side's latest figures, and the files that could not be read."""

import streamlit as st

from analysis import overview, workbook
from analysis.filters import download_file_name
from pages import _ui

view = _ui.current_view()
corpus, filters = view.corpus, view.filters

st.title("Overview")
with st.container(horizontal=True, vertical_alignment="center", gap="medium"):
    st.caption(f"Corpus: {view.corpus_label}")
    st.download_button(
        "Download the workbook (Excel)", key="workbook_download", icon=":material/table_view:", type="primary",
        # made only when clicked: the three filtered tables and a sheet stating the filters and the corpus
        data=lambda: workbook.workbook_bytes(corpus.filtered(filters), filters, view.corpus_label),
        file_name=download_file_name("claimdesk", filters).rsplit(".", 1)[0] + ".xlsx",
        mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", on_click="ignore",
        help="Articles, quotes and figures as the filters keep them, and a sheet saying which filters and "
             "which corpus.",
    )

summary = corpus.summary(filters)
span = overview.date_span_label(summary.first_date, summary.last_date)
cards = st.columns([1, 1, 3, 1, 1, 1])  # room for a span like "30 Sep – 15 Nov 2025" at 1400 px
cards[0].metric("Articles read", f"{summary.articles:,}")
cards[1].metric("Outlets", f"{summary.outlets:,}")
cards[2].metric("Published", span, help=f"{summary.undated_articles:,} article(s) without a publication date")
cards[3].metric("Figures", f"{summary.claims:,}", help="Personnel counts found (troops, officers, killed, …)")
cards[4].metric("Quotes", f"{summary.quotes:,}")
cards[5].metric("Speakers", f"{summary.speakers:,}")

st.subheader("Latest figure per claimant country and location")
st.caption("For each side, what it counts and where: the most recent figure, worded as the article put it. "
           "Hypothetical figures never count. Select a row to read the sentence in its article.")
board = corpus.scoreboard(filters)
if board.empty:
    _ui.nothing_matches("figures")
else:
    picked = _ui.table(board, key="scoreboard", file_name=download_file_name("latest-figures", filters),
                       selectable=True, columns=overview.SCOREBOARD_COLUMNS)
    if picked:
        _ui.evidence(corpus.claim_evidence_html(corpus.claims_by_id([board.loc[picked[0], "claim_id"]])))

left, right = st.columns([2, 3])
with left:
    st.subheader("Articles per outlet")
    per_outlet = corpus.articles_per_outlet(filters)
    if per_outlet.empty:
        _ui.nothing_matches("articles")
    else:
        st.altair_chart(overview.articles_per_outlet_chart(per_outlet), width="stretch", height="content")
        _ui.table(per_outlet, key="per_outlet", file_name=download_file_name("articles-per-outlet", filters))
with right:
    st.subheader("Problems")
    problems, files = corpus.problem_files(), corpus.n_files()
    if problems.empty:
        st.success(f"All {files:,} files were read.", icon=":material/check_circle:")
    else:
        st.caption(f"{len(problems):,} of {files:,} files were skipped, failed or read with a warning "
                   "(shown whatever the filters: a failed file has no outlet or date).")
        _ui.table(problems, key="problems", file_name=download_file_name("problem-files"))
