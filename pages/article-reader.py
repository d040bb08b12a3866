"""Article reader: one article with its quotes and figures highlighted, and the rows behind them."""

import streamlit as st

from analysis import reader
from analysis.filters import download_file_name
from pages import _ui

READER_CLAIM_COLUMNS = ["wording", "what", "location", "claimant", "claimant_country", "date", "date_basis",
                        "hypothetical"]
READER_QUOTE_COLUMNS = ["speaker", "quote", "partial", "speaker_country", "verb"]

view = _ui.current_view()
corpus, filters = view.corpus, view.filters
choices = corpus.article_choices(filters)

st.title("Article reader")
if choices.rows.empty:
    _ui.nothing_matches("readable articles")
    st.stop()

labels = dict(zip(choices.rows["article_id"], choices.rows["label"], strict=True))
if choices.total > len(labels):
    st.caption(f"The {len(labels):,} newest of {choices.total:,} articles can be picked here: narrow the "
               "filters (outlet, dates) to reach the others.")
article_id = st.selectbox(f"Article ({choices.total:,})", list(labels), format_func=labels.get, key="article",
                          bind="query-params")
article, quotes, claims = corpus.article(article_id)

text_column, side = st.columns([3, 2])
with text_column:
    _ui.evidence(reader.article_html(str(article.at[0, "text"]), quotes, claims))
with side:
    st.subheader("Metadata")
    metadata = reader.article_metadata(article, article_id)
    st.dataframe(metadata, hide_index=True, width="stretch", column_config=_ui.column_config(metadata),
                 height=_ui.ROW_PIXELS * (len(metadata) + 1) + 3)
    st.subheader(f"Figures ({len(claims):,})")
    if claims.empty:
        st.caption("No personnel figures found in this article.")
    else:
        _ui.table(reader.claims_table(claims), key="reader_claims", columns=READER_CLAIM_COLUMNS,
                  file_name=download_file_name("claims", article=article_id))
    st.subheader(f"Quotes ({len(quotes):,})")
    if quotes.empty:
        st.caption("No quotations found in this article.")
    else:
        _ui.table(reader.quotes_table(quotes), key="reader_quotes", columns=READER_QUOTE_COLUMNS,
                  file_name=download_file_name("quotes", article=article_id))
