"""What every page shows the same way: tables with their download, empty states, evidence HTML.

Not a page itself (st.navigation lists the pages explicitly); it holds no analysis,
only Streamlit presentation.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import NamedTuple

import numpy as np
import pandas as pd
import streamlit as st
from streamlit.elements import vega_charts
from streamlit.runtime.pages_manager import PagesManager

from analysis.citations import citations_markdown
from analysis.export import csv_bytes
from analysis.filters import Filters
from analysis.schema import Tables
from analysis.store.query import FrameQueries, ParquetQueries

VIEW_KEY = "claimdesk_view"
ENTRYPOINT = Path(__file__).resolve().parents[1] / "dashboard.py"
ROW_PIXELS = 35  # st.dataframe's row height
# Streamlit sends a whole frame to the browser on every rerun: 100,000 rows with their sentences take seconds.
MAX_SHOWN_ROWS = 5_000
# how st.altair_chart turns a chart into the Vega-Lite spec it sends (data as Arrow), if this Streamlit has it
_ALTAIR_SPEC = getattr(vega_charts, "_convert_altair_to_vega_lite_spec", None)
KEY_COLUMNS = 1  # a table's first shown columns stay in view while the rest scroll sideways

COLUMN_TITLES: dict[str, str] = {
    "claimant_country": "Claimant country", "claimant": "Claimant", "speaker": "Speaker",
    "speaker_country": "Speaker country", "outlet": "Outlet", "published": "Published", "date": "Date",
    "date_basis": "Date basis", "date_said": "Date stated", "wording": "Wording", "value": "Figure",
    "value_high": "Upper figure", "qualifier": "Qualifier", "what": "Counted", "location": "Location",
    "sentence": "Sentence", "quote": "Quote", "partial": "Partial", "hypothetical": "Hypothetical",
    "claim_id": "Claim id", "quote_id": "Quote id", "article_id": "Article id", "verb": "Verb",
    "latest_figure": "Latest figure", "also_that_day": "Also reported that day", "articles": "Articles",
    "first_published": "First published", "last_published": "Last published", "undated": "Undated",
    "claims": "Figures", "quotes": "Quotes", "speakers": "Speakers", "most_quoted": "Most quoted",
    "partial_quote_percent": "Partial quotes", "qualifiers": "Qualifiers used", "figure": "Figure",
    "reported_by": "Outlets", "wording_differs": "Wording differs", "dates": "Dates", "flags": "Flags",
    "versions": "Versions (wording — outlet (date))", "outlets": "Outlets", "statement": "Statement",
    "n_articles": "Articles", "speaker_differs": "Speaker differs", "quote_ids": "Quote ids",
    "similarity": "Similarity", "same_speaker": "Same speaker", "path": "File", "status": "Status",
    "reason": "Reason", "format": "Format", "field": "Field", "detail": "Detail",
    "review_status": "Review", "reviewed_fields": "Corrected fields", "reviewed": "Reviewed", "total": "Total",
    "reviewed_percent": "Reviewed", "measure": "Measured on the reviewed rows", "right_percent": "Right",
    "when": "When", "user": "Reviewer", "kind": "Kind", "id": "Id", "decision": "Decision", "old": "Was",
    "new": "Now", "note": "Note", "right": "Right",
}
WIDE_TEXT = {"sentence", "quote", "statement", "versions", "speakers", "reason", "title", "also_that_day", "measure"}
COUNT_COLUMNS = {"value", "value_high", "articles", "claims", "quotes", "speakers", "reported_by", "outlets",
                 "n_articles", "undated", "similarity", "reviewed", "total", "right"}


class View(NamedTuple):
    """What the entrypoint hands every page: the corpus (asked through analysis/store/query.py) and the filters."""

    corpus: FrameQueries | ParquetQueries
    filters: Filters
    corpus_label: str
    fingerprint: str  # the corpus's content and the review database's state: a key for what pages cache

    @property
    def tables(self) -> Tables | None:
        """The three tables in memory; None for a large folder, which is only ever queried."""
        return getattr(self.corpus, "tables", None)


def current_view() -> View:
    """The corpus and filters the entrypoint loaded; a page run without it hands over to it first.

    Streamlit runs the first script of a fresh server in its legacy mode for apps with a `pages/`
    folder: the page named in the address runs alone, before dashboard.py has called st.navigation.
    Leaving that mode and running the entrypoint in this same run (a rerun would drop a clicked
    button's press) shows the login or local-only gate and the sidebar, then this page again.
    """
    if PagesManager.uses_pages_directory:  # this run did not come through the entrypoint
        PagesManager.uses_pages_directory = False
        exec(compile(ENTRYPOINT.read_text(encoding="utf-8"), ENTRYPOINT, "exec"),  # noqa: S102
             {"__name__": "__main__", "__file__": str(ENTRYPOINT)})
        st.stop()
    view = st.session_state.get(VIEW_KEY)
    if view is None:
        st.error("Start the app with `streamlit run dashboard.py`: this page needs the corpus it loads.")
        st.stop()
    return view


def column_config(frame: pd.DataFrame, pinned: tuple[str, ...] = ()) -> dict[str, object]:
    """Dates as dates, counts with thousands separators, long text wide, readable titles.

    `pinned` columns stay in view while the others scroll sideways (a narrow screen).
    """
    config: dict[str, object] = {}
    for name in frame.columns:
        # outlet columns ("The Daily Ledger") keep their spelling; snake_case names get a readable title
        title = COLUMN_TITLES.get(name) or (name.replace("_", " ").capitalize() if name.islower() else name)
        dtype = frame[name].dtype
        if pd.api.types.is_datetime64_any_dtype(dtype):
            config[name] = st.column_config.DateColumn(title, format="YYYY-MM-DD")
        elif name.endswith("_percent"):
            config[name] = st.column_config.NumberColumn(title, format="%d%%")
        elif pd.api.types.is_integer_dtype(dtype) or (name in COUNT_COLUMNS and pd.api.types.is_numeric_dtype(dtype)):
            config[name] = st.column_config.NumberColumn(title, format="%,d")
        elif name in WIDE_TEXT:
            config[name] = st.column_config.TextColumn(title, width="large")
        else:
            config[name] = st.column_config.Column(title)
        if name in pinned:
            config[name]["pinned"] = True
    return config


def table(
    frame: pd.DataFrame,
    key: str,
    file_name: str,
    columns: list[str] | None = None,
    selectable: bool = False,
    max_rows: int = 15,
    total: int | None = None,
    everything: Callable[[], pd.DataFrame] | None = None,
    row_id: str | None = None,
) -> list[int]:
    """Show `frame` (only `columns`, if given) and a CSV download of exactly these rows, all columns.

    Up to `max_rows` rows show without scrolling, and the first MAX_SHOWN_ROWS at all (the download
    has every row). A large corpus hands over only the first rows: `total` says how many there are
    and `everything` fetches them all for the download, only when it is clicked. Returns the selected
    row positions when `selectable`. With `row_id` (its id column), the review panel can move the
    selection to a row by its id (`{key}_goto`).
    """
    shown = list(frame.columns) if columns is None else columns
    total = len(frame) if total is None else total
    goto = st.session_state.pop(f"{key}_goto", None)
    if selectable and row_id is not None and goto is not None:
        found = np.flatnonzero(frame[row_id].head(MAX_SHOWN_ROWS).eq(goto).fillna(False).to_numpy(bool))
        st.session_state[key] = {"selection": {"rows": found[:1].tolist(), "columns": [], "cells": []}}
    height = ROW_PIXELS * (min(len(frame), max_rows) + 1) + 3
    if total > min(len(frame), MAX_SHOWN_ROWS):
        st.caption(f"Showing the first {min(len(frame), MAX_SHOWN_ROWS):,} of {total:,} rows; the download below "
                   "has all of them. Narrow the filters to see the rest here.")
    event = st.dataframe(
        frame.head(MAX_SHOWN_ROWS),
        key=key,
        hide_index=True,
        column_order=shown,
        column_config=column_config(frame, pinned=tuple(shown[:KEY_COLUMNS])),
        on_select="rerun" if selectable else "ignore",
        selection_mode="single-row",
        height=height,
        placeholder="—",
    )
    st.download_button(
        "Download this row (CSV)" if total == 1 else f"Download these {total:,} rows (CSV)",
        # made only when clicked: a large table is not turned into CSV on every rerun
        data=partial(csv_bytes, frame) if everything is None else lambda: csv_bytes(everything()),
        file_name=file_name,
        mime="text/csv",
        on_click="ignore",
        key=f"{key}_download",
        icon=":material/download:",
    )
    # a selection kept from before the table changed (a row rejected, a filter) may point past its end
    return [row for row in event["selection"]["rows"] if row < min(len(frame), MAX_SHOWN_ROWS)] if selectable else []


@st.cache_data(max_entries=64, show_spinner=False)
def _chart_spec(key: tuple, _build: Callable[[], object]) -> dict:
    return _ALTAIR_SPEC(_build())


def chart(build: Callable[[], object], key: tuple, widget_key: str, **options: object) -> object:
    """`st.altair_chart(build(), key=widget_key, **options)`, the chart made only once per `key`.

    `key` says everything the chart is drawn from (the view's fingerprint, filters, choices). Making
    an Altair chart and validating its spec takes 0.3-1 s for the Timeline's weekly chart at 100,000
    articles, on every rerun: a filter, a click or a toggle on the page. Without Streamlit's
    Altair conversion (a private function of its own), the chart is made each time.
    """
    if _ALTAIR_SPEC is None:
        return st.altair_chart(build(), key=widget_key, **options)
    return st.vega_lite_chart(spec=_chart_spec(key, build), key=widget_key, **options)


def nothing_matches(subject: str) -> None:
    st.info(f"Nothing matches: no {subject} for the current filters. Widen or reset the filters in the "
            "sidebar.", icon=":material/filter_alt_off:")


def evidence(html_text: str) -> None:
    """Render HTML the analysis layer built from escaped text (never raw article text)."""
    st.html(html_text)


def citation(lines: pd.Series, key: str) -> None:
    """'Copy citation': the selected rows' Markdown citations in a block with a copy button."""
    if lines.empty:
        return
    with st.container(key=f"{key}_citation"):
        st.markdown("**Copy citation** (Markdown, for a fact-check): the button at the block's right copies it.")
        st.code("\n".join(lines), language="markdown", wrap_lines=True)


def citations_download(lines: pd.Series | Callable[[], pd.Series], key: str, file_name: str,
                       count: int | None = None) -> None:
    """A download of the citations of every row shown, one Markdown line each.

    `lines` may be a function that makes them when the button is clicked, with `count` the number of rows.
    """
    count = len(lines) if count is None else count
    if not count:
        return
    st.download_button(
        f"Download {count:,} citation(s) (Markdown)",
        data=(partial(citations_markdown, lines) if isinstance(lines, pd.Series)
              else lambda: citations_markdown(lines())),
        file_name=file_name.rsplit(".", 1)[0] + "_citations.md", mime="text/markdown", on_click="ignore",
        key=f"{key}_citations", icon=":material/format_quote:",
    )
