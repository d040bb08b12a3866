"""The review panel every page shows beside a selected figure or quote, and who is reviewing.

Not a page itself. The entrypoint applies the review database to the tables and keeps its
path here (`Desk`); a decision is written at once, and the next run shows the reviewed tables.
"""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

import pandas as pd
import streamlit as st

from analysis.access import as_code
from analysis.citations import escape_markdown
from analysis.schema import QUALIFIERS, Tables
from analysis.store.review import ReviewError, item_by_id, open_reviews, os_user
from analysis.views import review as view
from pages import _access, _ui

DESK_KEY = "claimdesk_review_desk"
REVIEWER_KEY = "claimdesk_reviewer"
# Single keys fire only outside text fields; Ctrl+Enter saves from inside the form. C and R are Streamlit's own.
SHORTCUTS = {"confirmed": "Y", "corrected": "Ctrl+Enter", "rejected": "X", "previous": "K", "next": "J"}
# an added figure also says how its sentence writes it, so the reader can mark it there
ADDED_FIELDS = (*view.CLAIM_FIELDS, "figure_text")
DONE = {"confirmed": "Confirmed", "corrected": "Correction saved", "rejected": "Rejected"}


class Desk(NamedTuple):
    """Where decisions are written, why they can't be when the database is unusable, and the tables as built.

    The pages show the reviewed tables; the tool's own precision is measured on the built ones.
    """

    database: Path
    problem: str | None
    built: Tables | None  # None for a prepared large folder: only queried, it shows the reviews it was built with


def current_desk() -> Desk | None:
    return st.session_state.get(DESK_KEY)


def database_problem() -> None:
    """A clear message above the page when the review database can't be used (the tables stay unreviewed)."""
    desk = current_desk()
    if desk is not None and desk.problem:
        st.error(f"Reviews are not applied: the review database {as_code(desk.database)} can't be used "
                 f"({desk.problem}). The tables show the tool's own extraction.", icon=":material/rule:")


def reviewer_input() -> None:
    """The sidebar's reviewer name (a logged-in user on a team server is recorded as themself)."""
    if _access.current_user() is not None:
        return
    st.text_input("Reviewer", key=REVIEWER_KEY, placeholder=os_user() or "your name",
                  help="The name written with each review decision; empty: the computer's user name.")


def reviewer() -> str:
    """Who is deciding: the logged-in user, else the name set in the sidebar, else the computer's user."""
    return _access.current_user() or str(st.session_state.get(REVIEWER_KEY) or "").strip() or os_user()


def _widget_key(key: str, row_id: str, field: str) -> str:
    return f"{key}_{field}_{row_id}"


def _decide(kind: str, row: pd.Series, decision: str, key: str, table_key: str | None, next_id: str | None) -> None:
    """A button's callback: write the decision, then move the table's selection on to the next row."""
    row_id = str(row[view.ID_COLUMNS[kind]])
    before = view.editable_values(row, kind)
    after = {field: view.field_text(st.session_state.get(_widget_key(key, row_id, field))) for field in before}
    changed = view.changed_fields(before, after)
    if decision == "confirmed" and changed:
        labels = ", ".join(view.FIELDS[kind][field].lower() for field in changed)
        st.session_state[f"{key}_notice"] = ("error", f"You changed {labels}: save the correction, or undo it to "
                                             "confirm the row as the tool found it.")
        return
    if decision == "corrected" and not changed:
        st.session_state[f"{key}_notice"] = ("error", "Nothing changed: edit a field first, or confirm the row.")
        return
    note = str(st.session_state.get(_widget_key(key, row_id, "note")) or "").strip()
    # a callback runs before the script: the tables are those of the run that drew the panel
    found = item_by_id(st.session_state[_ui.VIEW_KEY].tables, row_id)
    if found is None:
        st.session_state[f"{key}_notice"] = ("error", f"The {view.NOUNS[kind]} {row_id} is no longer in the "
                                             "tables: nothing was recorded.")
        return
    _, table_row, article = found
    try:
        with open_reviews(current_desk().database) as reviews:
            reviews.record(kind, table_row, article, decision, fields=changed if decision == "corrected" else None,
                           note=note, user=reviewer())
    except ReviewError as error:
        st.session_state[f"{key}_notice"] = ("error", str(error))
        return
    moving_on = table_key is not None and next_id is not None
    decided = view.report_labels(pd.DataFrame([row]), kind)[0]
    st.session_state[f"{key}_notice"] = ("success", f"{DONE[decision]}: {decided}."
                                         + (" Here is the next row." if moving_on else ""))
    if moving_on:
        st.session_state[f"{table_key}_goto"] = next_id


def _show_notice(key: str) -> None:
    """What the last decision did (or why it was refused), once; analysts' text in it shown as text."""
    notice = st.session_state.pop(f"{key}_notice", None)
    if notice is not None:
        (st.success if notice[0] == "success" else st.error)(escape_markdown(notice[1]))


def _move(table_key: str, row_id: str) -> None:
    st.session_state[f"{table_key}_goto"] = row_id


def _field_inputs(kind: str, values: dict[str, str], key: str, row_id: str) -> None:
    """The edit form's fields, filled with the row's current values, two to a line."""
    labels = view.FIELDS[kind]
    if kind == "quote":
        left, right = st.columns(2)
        left.text_input(labels["speaker"], values["speaker"], key=_widget_key(key, row_id, "speaker"))
        right.text_input(labels["speaker_country"], values["speaker_country"],
                         key=_widget_key(key, row_id, "speaker_country"))
        return
    pairs = [("claimant", "claimant_country"), ("value", "value_high"), ("qualifier", "what"),
             ("location", "date_said")]
    for pair in pairs:
        for column, field in zip(st.columns(2), pair, strict=True):
            widget_key = _widget_key(key, row_id, field)
            if field == "qualifier":
                options = list(dict.fromkeys([*QUALIFIERS, values[field]] if values[field] else QUALIFIERS))
                column.selectbox(labels[field], options, index=options.index(values[field]) if values[field] else None,
                                 key=widget_key)
            else:
                column.text_input(labels[field], values[field], key=widget_key,
                                  placeholder="YYYY-MM-DD" if field == "date_said" else "")
    st.checkbox(labels["hypothetical"], values["hypothetical"] == "true", key=_widget_key(key, row_id, "hypothetical"))


def review_panel(kind: str, rows: pd.DataFrame, key: str, position: int = 0, table_key: str | None = None,
                 shortcuts: bool | None = None) -> None:
    """Confirm, correct or reject one row of `rows` (kind "claim" or "quote").

    With `table_key` (the table `rows` is shown in, `position` its selected row) a decision moves the
    table's selection to the next row, and Previous / Next walk it. Without it, several rows (the
    reports behind a chart mark) get a picker. Keyboard shortcuts are on for a table's panel; a page
    with two panels at once turns them off on one (`shortcuts=False`).
    """
    desk = current_desk()
    shortcuts = table_key is not None if shortcuts is None else shortcuts
    with st.container(border=True, key=f"{key}_review"):
        if table_key is None and len(rows) > 1:
            labels = view.report_labels(rows, kind)
            position = st.selectbox("Review which report", range(len(rows)), format_func=labels.__getitem__,
                                    key=f"{key}_which")
        row = rows.iloc[position]
        row_id = str(row[view.ID_COLUMNS[kind]])
        st.markdown(f"**Review this {view.NOUNS[kind]}** · {escape_markdown(view.status_line(row))}")
        _show_notice(key)
        if desk is None or desk.problem:
            st.caption("Decisions can't be saved while the review database can't be used (see above).")
            return
        if desk.built is None:
            st.caption("A prepared large folder shows the reviews it was built with: review its rows with "
                       "`python -m analysis review`, then build it again with `--review`.")
            return
        previous_id, next_id = view.neighbour_ids(rows, kind, position) if table_key else (None, None)
        with st.form(f"{key}_form_{row_id}", border=False, enter_to_submit=False):
            _field_inputs(kind, view.editable_values(row, kind), key, row_id)
            st.text_input("Note", key=_widget_key(key, row_id, "note"), placeholder="why, or where it was checked")
            with st.container(horizontal=True, gap="xsmall"):
                for decision, label, kind_of_button, meaning in (
                    ("confirmed", "Confirm", "primary", f"The tool got this {view.NOUNS[kind]} right."),
                    ("corrected", "Save", "secondary", "Save the fields you changed as a correction."),
                    ("rejected", "Reject", "secondary", f"Not a {view.NOUNS[kind]} at all: hidden from now on."),
                ):
                    st.form_submit_button(label, type=kind_of_button, key=f"{key}_{decision}", help=meaning,
                                          shortcut=SHORTCUTS[decision] if shortcuts else None,
                                          on_click=_decide, args=(kind, row, decision, key, table_key, next_id))
        if table_key is not None:
            with st.container(horizontal=True, gap="xsmall"):
                st.button("Previous", key=f"{key}_previous", icon=":material/arrow_upward:",
                          disabled=previous_id is None, on_click=_move, args=(table_key, previous_id),
                          shortcut=SHORTCUTS["previous"] if shortcuts else None)
                st.button("Next", key=f"{key}_next", icon=":material/arrow_downward:",
                          disabled=next_id is None, on_click=_move, args=(table_key, next_id),
                          shortcut=SHORTCUTS["next"] if shortcuts else None)


@st.cache_data(show_spinner="Finding the article's sentences…", max_entries=32)
def _sentences(text: str) -> pd.DataFrame:
    return view.article_sentences(text)


def _add_figure(article: pd.Series, sentences: list[str], key: str) -> None:
    """The add form's callback: write the analyst's figure, anchored to the picked sentence."""
    slot = f"new-{article['article_id']}"
    picked = st.session_state.get(_widget_key(key, slot, "sentence"))
    typed = {field: view.field_text(st.session_state.get(_widget_key(key, slot, field))) for field in ADDED_FIELDS}
    fields = view.changed_fields(dict.fromkeys(ADDED_FIELDS, "") | {"hypothetical": "false"}, typed)
    if picked is None:
        st.session_state[f"{key}_notice"] = ("error", "Pick the sentence that states the figure.")
        return
    if not fields.get("value"):
        st.session_state[f"{key}_notice"] = ("error", "Type the figure (a number) before saving.")
        return
    note = str(st.session_state.get(_widget_key(key, slot, "note")) or "").strip()
    try:
        with open_reviews(current_desk().database) as reviews:
            claim_id = reviews.add_claim(article, sentences[picked], fields, note=note, user=reviewer())
    except ReviewError as error:
        st.session_state[f"{key}_notice"] = ("error", str(error))
        return
    st.session_state[f"{key}_notice"] = ("success", f"Added: figure {claim_id}. It is in the tables now.")
    for field in (*ADDED_FIELDS, "note", "sentence"):
        st.session_state.pop(_widget_key(key, slot, field), None)


def add_figure_form(article: pd.Series, key: str) -> None:
    """"Add a figure the tool missed": pick its sentence in the article (a row of articles), type its fields."""
    desk = current_desk()
    _show_notice(key)
    if desk is None or desk.problem or desk.built is None:
        st.caption("Figures can't be added here while the review database can't be used (see above), nor to a "
                   "prepared large folder.")
        return
    slot = f"new-{article['article_id']}"
    sentences = _sentences(str(article["text"]))
    labels = view.sentence_labels(sentences)
    with st.form(f"{key}_form", border=True, enter_to_submit=False):
        st.selectbox("Sentence", range(len(labels)), format_func=labels.__getitem__, index=None,
                     key=_widget_key(key, slot, "sentence"), placeholder="Type to search the article's sentences")
        st.text_input("Figure as written", key=_widget_key(key, slot, "figure_text"),
                      placeholder="as the sentence writes it: 2,500 or three (else found from the figure)")
        _field_inputs("claim", dict.fromkeys(view.CLAIM_FIELDS, ""), key, slot)
        st.text_input("Note", key=_widget_key(key, slot, "note"), placeholder="why the tool missed it")
        st.form_submit_button("Add the figure", type="primary", icon=":material/add:", key=f"{key}_save",
                              on_click=_add_figure, args=(article, sentences["sentence"].tolist(), key))
