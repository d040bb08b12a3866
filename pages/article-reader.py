"""Article reader: one article with its quotes and figures highlighted, and the rows behind them."""

import streamlit as st

from analysis import reader
from analysis.filters import download_file_name, visible_rows
from pages import _review_panel, _ui

READER_CLAIM_COLUMNS = ["wording", "what", "location", "claimant", "claimant_country", "date", "date_basis",
                        "hypothetical", "review_status"]
READER_QUOTE_COLUMNS = ["speaker", "quote", "partial", "speaker_country", "verb", "review_status"]

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
article, all_quotes, all_claims = corpus.article(article_id)
quotes, claims = visible_rows(all_quotes, filters), visible_rows(all_claims, filters)

text_column, side = st.columns([4, 3])  # the side holds the review panel: room for its buttons
with text_column:
    _ui.evidence(reader.article_html(str(article.at[0, "text"]), quotes, claims))
with side:
    st.subheader("Metadata")
    metadata = reader.article_metadata(article, article_id)
    st.dataframe(metadata, hide_index=True, width="stretch", column_config=_ui.column_config(metadata),
                 height=_ui.ROW_PIXELS * (len(metadata) + 1) + 3)
    st.subheader(f"Figures ({len(claims):,})")
    picked_claim: list[int] = []
    if claims.empty:
        st.caption("No personnel figures found in this article.")
    else:
        claim_rows = reader.claims_table(claims)
        picked_claim = _ui.table(claim_rows, key="reader_claims", columns=READER_CLAIM_COLUMNS, selectable=True,
                                 row_id="claim_id", file_name=download_file_name("claims", article=article_id))
        if picked_claim:
            _review_panel.review_panel("claim", claim_rows, key="reader_claim", position=picked_claim[0],
                                       table_key="reader_claims")
    if st.toggle("Add a figure the tool missed", key="reader_add_figure"):
        _review_panel.add_figure_form(article.iloc[0], key="reader_add")
    st.subheader(f"Quotes ({len(quotes):,})")
    if quotes.empty:
        st.caption("No quotations found in this article.")
    else:
        quote_rows = reader.quotes_table(quotes)
        picked_quote = _ui.table(quote_rows, key="reader_quotes", columns=READER_QUOTE_COLUMNS, selectable=True,
                                 row_id="quote_id", file_name=download_file_name("quotes", article=article_id))
        if picked_quote:
            # one set of keyboard shortcuts per screen: the figure's panel has them when both are open
            _review_panel.review_panel("quote", quote_rows, key="reader_quote", position=picked_quote[0],
                                       table_key="reader_quotes", shortcuts=not picked_claim)
