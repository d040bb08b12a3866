"""Review: how far the analysts got, what they decided, what was lost, and how often the tool was right."""

from dataclasses import replace
from functools import partial

import pandas as pd
import streamlit as st

from analysis.access import as_code
from analysis.export import csv_bytes
from analysis.filters import download_file_name, filter_tables
from analysis.schema import Tables
from analysis.store.review import export_frame, field_precision, history, open_reviews, orphans, progress
from analysis.views import review as review_view
from pages import _review_panel, _ui


@st.cache_data(show_spinner="Measuring the tool on the reviewed rows…", max_entries=4)
def decisions_and_measures(fingerprint: str, database: str, _built: Tables) -> tuple[pd.DataFrame, ...]:
    """History, orphans, precision and export: once per corpus and state of the database (its fingerprint)."""
    with open_reviews(database) as reviews:
        return (history(reviews), orphans(_built, reviews), field_precision(reviews, _built),
                export_frame(reviews, _built))


view = _ui.current_view()
desk = _review_panel.current_desk()

st.title("Review")
st.caption(f"Decisions are kept in {as_code(desk.database)} and recorded as {as_code(_review_panel.reviewer())}. "
           "Select a figure or quote on any page to confirm, correct or reject it. Progress follows the sidebar's "
           "filters (rejected rows count as reviewed); the history and the tool's precision cover every decision.")
if desk.problem:
    st.stop()  # the entrypoint has said why above
if desk.built is None:
    st.info("This is a prepared large folder: it is only queried, and shows the reviews it was built with. Review "
            "its rows with `python -m analysis review`, and build it again with `--review` to see them here.",
            icon=":material/rule:")
    st.stop()

decisions, lost, precision, exported = decisions_and_measures(view.fingerprint, str(desk.database), desk.built)
done = progress(filter_tables(view.tables, replace(view.filters, include_rejected=True)))

cards = st.columns(3)
for column, (table, label) in zip(cards, (("claims", "Figures reviewed"), ("quotes", "Quotes reviewed")),
                                  strict=False):
    reviewed, total = review_view.overall_progress(done, table)
    column.metric(label, f"{reviewed:,} of {total:,}")
cards[2].metric("Orphaned", f"{len(lost):,}", help="Decisions whose figure or quote can no longer be found in "
                "its article (the sentence or the wording is gone).")

st.subheader("Progress")
by_outlet, by_claimant = st.columns(2)
with by_outlet:
    st.markdown("**Figures by outlet**")
    _ui.table(review_view.progress_by(done, "claims", "outlet"), key="review_by_outlet",
              file_name=download_file_name("review-progress-by-outlet", view.filters))
with by_claimant:
    st.markdown("**Figures by claimant**")
    _ui.table(review_view.progress_by(done, "claims", "claimant"), key="review_by_claimant",
              file_name=download_file_name("review-progress-by-claimant", view.filters))

st.subheader("How often the tool is right")
st.caption("Measured on the rows analysts confirmed or corrected: a field is right when nobody corrected it.")
measured = review_view.precision_table(precision)
if measured.empty:
    st.info("Nothing reviewed yet: confirm or correct a few figures to measure the tool.", icon=":material/rule:")
else:
    _ui.table(measured, key="review_precision", columns=["measure", "right_percent"],
              file_name=download_file_name("review-precision"))

st.subheader(f"History ({len(decisions):,})")
if decisions.empty:
    st.caption("No decisions yet.")
else:
    _ui.table(decisions, key="review_history", file_name=download_file_name("review-history"))
    st.download_button(
        "Download the review export (CSV)", data=partial(csv_bytes, exported), file_name="reviews.csv",
        mime="text/csv", on_click="ignore", key="review_export", icon=":material/database:",
        help="Every decision with its anchor, as `python -m analysis review export` writes it: a colleague "
             "can import it into their own review database.")

st.subheader(f"Orphans ({len(lost):,})")
st.caption("Decisions on a figure or quote whose article changed so much that it can't be found: kept, never "
           "dropped. Check the article, then review the figure again where it is now.")
if lost.empty:
    st.success("Every decision still finds its figure or quote.", icon=":material/check_circle:")
else:
    _ui.table(lost, key="review_orphans", file_name=download_file_name("review-orphans"))
