"""Quote explorer: search what was said, read it in context, and see how other outlets rendered it."""

import streamlit as st

from analysis import compare, reader
from analysis.filters import download_file_name
from pages import _review_panel, _ui

KINDS = {"all": "All", "full": "Full", "partial": "Partial"}

view = _ui.current_view()
corpus, filters = view.corpus, view.filters
n_quotes = corpus.n_quotes(filters)

st.title("Quote explorer")
st.caption("Sidebar filters that apply here: outlet and dates. A partial quote is a phrase inside the "
           "reporter's own sentence; a full quote is a quoted sentence.")
if not n_quotes:
    _ui.nothing_matches("quotes")
    st.stop()

speakers, countries = corpus.speaker_options(filters)
with st.container(horizontal=True, vertical_alignment="bottom", gap="medium"):  # wraps on a narrow screen
    text = st.text_input("Search quotes, speakers and sentences", key="quote_search", persist_state="session",
                         placeholder="words that must all appear", icon=":material/search:", width=320)
    picked_speakers = st.multiselect("Speaker", speakers, key="quote_speakers", persist_state="session",
                                     placeholder="All speakers", width=240)
    picked_countries = st.multiselect("Speaker country", countries, key="quote_countries",
                                      persist_state="session", placeholder="All countries", width=240)
    kind = st.segmented_control("Quotes", list(KINDS), format_func=KINDS.get, default="all", required=True,
                                key="quote_kind", persist_state="session")

search = (filters, text, tuple(picked_speakers), tuple(picked_countries),
          {"all": None, "full": False, "partial": True}[kind])
found = corpus.search(*search)
st.subheader(f"Quotes ({found.total:,} of {n_quotes:,})")
if not found.total:
    _ui.nothing_matches("quotes")
    st.stop()

rows = found.rows
file_name = download_file_name("quotes", filters, search=text, kind="" if kind == "all" else kind)
picked = _ui.table(rows, key="quotes_table", file_name=file_name, selectable=True, columns=reader.QUOTE_COLUMNS,
                   total=found.total, everything=lambda: corpus.quotes_table(*search), row_id="quote_id")
_ui.citations_download(lambda: corpus.quote_citations(corpus.quotes_table(*search)), key="quotes_table",
                       file_name=file_name, count=found.total)
if not picked:
    st.caption("Select a quote to read it in context, review its speaker and compare it with other outlets' "
               "versions.")
    st.stop()

chosen = rows.loc[[picked[0]]]
_ui.citation(corpus.quote_citations(chosen), key="quote")
context, others = st.columns(2)
with context:
    st.subheader("In context")
    _ui.evidence(corpus.quote_evidence_html(chosen))
    _review_panel.review_panel("quote", rows, key="quote", position=picked[0], table_key="quotes_table")
with others:
    st.subheader("The same statement in other articles")
    renderings = corpus.other_renderings(chosen.at[picked[0], "quote_id"])
    if renderings.empty:
        st.caption("No other article quotes this statement (or it is too short to match reliably).")
    else:
        _ui.evidence(compare.renderings_html(renderings))
