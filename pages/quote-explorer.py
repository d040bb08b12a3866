"""Quote explorer: search what was said, read it in context, and see how other outlets rendered it."""

import streamlit as st

from analysis import citations, compare, reader
from analysis.filters import download_file_name, filter_quotes, search_quotes, speaker_options
from pages import _ui

KINDS = {"all": "All", "full": "Full", "partial": "Partial"}

view = _ui.current_view()
tables, filters = view.tables, view.filters
quotes = filter_quotes(tables.quotes, filters)

st.title("Quote explorer")
st.caption("Sidebar filters that apply here: outlet and dates. A partial quote is a phrase inside the "
           "reporter's own sentence; a full quote is a quoted sentence.")
if quotes.empty:
    _ui.nothing_matches("quotes")
    st.stop()

speakers, countries = speaker_options(quotes)
with st.container(horizontal=True, vertical_alignment="bottom", gap="medium"):  # wraps on a narrow screen
    text = st.text_input("Search quotes, speakers and sentences", key="quote_search", persist_state="session",
                         placeholder="words that must all appear", icon=":material/search:", width=320)
    picked_speakers = st.multiselect("Speaker", speakers, key="quote_speakers", persist_state="session",
                                     placeholder="All speakers", width=240)
    picked_countries = st.multiselect("Speaker country", countries, key="quote_countries",
                                      persist_state="session", placeholder="All countries", width=240)
    kind = st.segmented_control("Quotes", list(KINDS), format_func=KINDS.get, default="all", required=True,
                                key="quote_kind", persist_state="session")

found = search_quotes(quotes, text, tuple(picked_speakers), tuple(picked_countries),
                      partial={"all": None, "full": False, "partial": True}[kind])
st.subheader(f"Quotes ({len(found):,} of {len(quotes):,})")
if found.empty:
    _ui.nothing_matches("quotes")
    st.stop()

rows = reader.quotes_table(found)
file_name = download_file_name("quotes", filters, search=text, kind="" if kind == "all" else kind)
picked = _ui.table(rows, key="quotes_table", file_name=file_name, selectable=True,
                   columns=reader.QUOTE_COLUMNS)
_ui.citations_download(citations.quote_citations(rows, tables.articles), key="quotes_table", file_name=file_name)
if not picked:
    st.caption("Select a quote to read it in context and compare it with other outlets' versions.")
    st.stop()

quote_id = rows.loc[picked[0], "quote_id"]
_ui.citation(citations.quote_citations(rows.loc[[picked[0]]], tables.articles), key="quote")
context, others = st.columns(2)
with context:
    st.subheader("In context")
    _ui.evidence(reader.quote_evidence_html(found.loc[found["quote_id"] == quote_id], tables.articles))
with others:
    st.subheader("The same statement in other articles")
    renderings = compare.other_renderings(tables.quotes, quote_id)
    if renderings.empty:
        st.caption("No other article quotes this statement (or it is too short to match reliably).")
    else:
        _ui.evidence(compare.renderings_html(renderings))
