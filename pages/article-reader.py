"""Article reader: one article with its quotes and figures highlighted, and the rows behind them."""

import streamlit as st

from analysis import reader
from analysis.filters import download_file_name, filter_articles
from pages import _ui

READER_CLAIM_COLUMNS = ["wording", "what", "location", "claimant", "claimant_country", "date", "date_basis",
                        "hypothetical"]
READER_QUOTE_COLUMNS = ["speaker", "quote", "partial", "speaker_country", "verb"]

view = _ui.current_view()
tables, filters = view.tables, view.filters
choices = reader.article_choices(filter_articles(tables.articles, filters))

st.title("Article reader")
if choices.empty:
    _ui.nothing_matches("readable articles")
    st.stop()

labels = dict(zip(choices["article_id"], choices["label"], strict=True))
article_id = st.selectbox(f"Article ({len(choices):,})", list(labels), format_func=labels.get, key="article",
                          bind="query-params")
quotes = tables.quotes.loc[tables.quotes["article_id"] == article_id]
claims = tables.claims.loc[tables.claims["article_id"] == article_id]
article = tables.articles.loc[tables.articles["article_id"] == article_id].iloc[0]

text_column, side = st.columns([3, 2])
with text_column:
    _ui.evidence(reader.article_html(str(article["text"]), quotes, claims))
with side:
    st.subheader("Metadata")
    metadata = reader.article_metadata(tables.articles, article_id)
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
