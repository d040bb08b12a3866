"""What the review panel and the Review page show: a row's fields as the analyst edits them, and its status.

The review database (analysis/store/review.py) takes every value as text; these functions turn a
table row into that text and back into the set of fields the analyst really changed.
"""

from __future__ import annotations

import pandas as pd

from analysis.filters import claim_wording, labelled, outlet_labels
from analysis.store.reviewdb import cell_text

CLAIM_FIELDS: dict[str, str] = {
    "claimant": "Claimant", "claimant_country": "Claimant country", "value": "Figure", "value_high": "Upper figure",
    "qualifier": "Qualifier", "what": "Counted", "location": "Location", "date_said": "Date stated",
    "hypothetical": "Hypothetical",
}
QUOTE_FIELDS: dict[str, str] = {"speaker": "Speaker", "speaker_country": "Speaker country"}
FIELDS = {"claim": CLAIM_FIELDS, "quote": QUOTE_FIELDS}
ID_COLUMNS = {"claim": "claim_id", "quote": "quote_id"}
NOUNS = {"claim": "figure", "quote": "quote"}
STATUS_TEXT = {"confirmed": "confirmed", "corrected": "corrected", "rejected": "rejected"}


def field_text(value: object) -> str:
    """A cell or a widget's value as the text the review database stores ("" for missing, ISO dates)."""
    return cell_text(value).strip()


def editable_values(row: pd.Series, kind: str) -> dict[str, str]:
    """The row's reviewable fields (claim or quote) as text, in the panel's order; not hypothetical unless flagged."""
    values = {field: field_text(row.get(field)) for field in FIELDS[kind]}
    if "hypothetical" in values:
        values["hypothetical"] = values["hypothetical"] or "false"
    return values


def changed_fields(before: dict[str, str], after: dict[str, str]) -> dict[str, str]:
    """The fields whose text the analyst changed (surrounding spaces ignored), with their new text."""
    return {field: text.strip() for field, text in after.items() if text.strip() != before.get(field, "").strip()}


def status_line(row: pd.Series) -> str:
    """"Not reviewed yet", "Confirmed", "Corrected: claimant, figure" or "Rejected" for a reviewed row."""
    status = field_text(row.get("review_status")) or "unreviewed"
    if status not in STATUS_TEXT:
        return "Not reviewed yet"
    fields = [field for field in field_text(row.get("reviewed_fields")).split("|") if field]
    labels = {**CLAIM_FIELDS, **QUOTE_FIELDS}
    named = ", ".join(labels.get(field, field).lower() for field in fields)
    return f"{STATUS_TEXT[status].capitalize()}" + (f": {named}" if status == "corrected" and named else "")


def report_labels(rows: pd.DataFrame, kind: str) -> list[str]:
    """One line per row for picking which of several reports to review: "Outlet · wording · who"."""
    outlet = outlet_labels(rows["outlet"]) if "outlet" in rows else pd.Series("", index=rows.index, dtype="string")
    if kind == "claim":
        who, what = labelled(rows["claimant"], "claimant unknown"), claim_wording(rows)
    else:
        who, what = labelled(rows["speaker"], "speaker unknown"), rows["quote"].astype("string").str.slice(0, 60)
    return (outlet + " · " + what.fillna("") + " · " + who).astype("string").fillna("").tolist()


def neighbour_ids(rows: pd.DataFrame, kind: str, position: int) -> tuple[str | None, str | None]:
    """(previous, next) row ids around `position` in a table, None past either end."""
    ids = rows[ID_COLUMNS[kind]].astype("string")
    previous = str(ids.iloc[position - 1]) if position > 0 else None
    following = str(ids.iloc[position + 1]) if position + 1 < len(ids) else None
    return previous, following


def article_sentences(text: str, model: str | None = None) -> pd.DataFrame:
    """The article's sentences as the build's parser splits them: sentence, start, paragraph (0 = headline).

    An analyst picks one of them to add a figure the tool missed; the same boundaries as the build
    keep the new entry anchored like the figures the tool found.
    """
    from analysis.nlp import load_pipeline  # spaCy loads only when an analyst adds a figure

    doc = load_pipeline(model)(text)
    sentences = [(span.text.strip(), span.start_char) for span in doc.sents if span.text.strip()]
    return pd.DataFrame({
        "sentence": pd.Series([sentence for sentence, _ in sentences], dtype="string"),
        "start": pd.Series([start for _, start in sentences], dtype="Int64"),
        "paragraph": pd.Series([text.count("\n", 0, start) for _, start in sentences], dtype="Int64"),
    })


def sentence_labels(sentences: pd.DataFrame, width: int = 110) -> list[str]:
    """"¶3 · The ministry said …" per sentence, shortened to `width` characters."""
    short = sentences["sentence"].str.slice(0, width).where(sentences["sentence"].str.len() <= width,
                                                             sentences["sentence"].str.slice(0, width - 1) + "…")
    paragraph = sentences["paragraph"].map(lambda number: "headline" if number == 0 else f"¶{number}")
    return (paragraph.astype("string") + " · " + short).tolist()


def overall_progress(progress: pd.DataFrame, table: str) -> tuple[int, int]:
    """(reviewed, total) rows of `table` ("claims" or "quotes") in a `progress` frame."""
    row = progress.loc[(progress["table"] == table) & (progress["by"] == "all")]
    return (int(row["reviewed"].sum()), int(row["total"].sum())) if not row.empty else (0, 0)


def progress_by(progress: pd.DataFrame, table: str, by: str) -> pd.DataFrame:
    """Reviewed / total per outlet or per claimant (speaker): name, reviewed, total, reviewed_percent."""
    rows = progress.loc[(progress["table"] == table) & (progress["by"] == by)]
    return pd.DataFrame({
        by: rows["name"].astype("string"),
        "reviewed": rows["reviewed"].astype("Int64"),
        "total": rows["total"].astype("Int64"),
        "reviewed_percent": (rows["share"] * 100).round().astype("Int64"),
    }).reset_index(drop=True)


def precision_table(precision: pd.DataFrame) -> pd.DataFrame:
    """The measured fields of `field_precision` ("claimant right in 87 of 100 reviewed figures") with a percent."""
    measured = precision.loc[precision["reviewed"] > 0]
    return pd.DataFrame({
        "measure": measured["text"].astype("string"),
        "right_percent": (measured["share"] * 100).round().astype("Int64"),
        "kind": measured["kind"].astype("string"),
        "field": measured["field"].astype("string"),
        "right": measured["right"].astype("Int64"),
        "reviewed": measured["reviewed"].astype("Int64"),
    }).reset_index(drop=True)
