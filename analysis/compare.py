"""Outlets side by side: the same figures and statements as each outlet rendered them.

Quotes are "the same statement" when their normalised words are similar
(rapidfuzz `ratio` >= SAME_STATEMENT_SCORE); a statement is shared when two or
more articles quote it. Short phrases ("right now") are never matched: too many
statements share them.
"""

from __future__ import annotations

import difflib
import html
from typing import NamedTuple

import numpy as np
import pandas as pd
from rapidfuzz import fuzz, process
from rapidfuzz.utils import default_process

from analysis.filters import (
    DATE_INFERRED,
    DATE_PUBLISHED,
    DATE_STATED,
    NO_LOCATION,
    UNKNOWN_CLAIMANT,
    UNKNOWN_COUNTRY,
    UNKNOWN_OUTLET,
    UNKNOWN_SPEAKER,
    claim_dates,
    claim_wording,
    figure_labels,
    label_sort_key,
    labelled,
    outlet_labels,
)
from analysis.grouping import join_distinct
from analysis.reader import HIGHLIGHT_CSS

# A paraphrase of one statement ("we have not yet seen these troops ... in the near future") scores
# 65-80 against the original; unrelated sentences of the same story score about 50.
SAME_STATEMENT_SCORE = 65
MIN_MATCH_WORDS = 4
MAX_MATCHED_WORDINGS = 3000
MAX_RENDERINGS = 25
# cells that would grow with the corpus show their first values and how many more: the days a figure was
# reported (a year of coverage is hundreds), the quote ids behind a statement (the review panel's rows)
DAYS_SHOWN = 5
QUOTE_IDS_SHOWN = 50
CLAIMANT_CHOICES: dict[str, str] = {"claimant_country": "Claimant country", "claimant": "Claimant"}


class SharedStatements(NamedTuple):
    """Statements quoted by two or more articles, and why some quotes were not compared."""

    table: pd.DataFrame
    note: str  # "" when every quote was compared


def match_key(text: str) -> str:
    """The words of a quote for matching: lower case, every non-word character a single space."""
    return " ".join(default_process(text).split())


def match_keys(quotes: pd.Series) -> pd.Series:
    """`match_key` of each quote ("We’ve" and "we've" both become "we ve"), worked out once per distinct text."""
    text = quotes.astype("string").fillna("")
    return text.map({quote: match_key(quote) for quote in text.unique()}).astype("string")


def connected_components(size: int, first: np.ndarray, second: np.ndarray) -> np.ndarray:
    """A component label for each of `size` items linked by the pairs (first[i], second[i]).

    Chains a~b~c end in one component even when a and c alone score below the threshold. Label
    propagation with pointer jumping: vectorised, so a statement matched by thousands of wordings
    stays fast.
    """
    labels = np.arange(size)
    while True:
        lowest = np.minimum(labels[first], labels[second])
        updated = labels.copy()
        np.minimum.at(updated, first, lowest)
        np.minimum.at(updated, second, lowest)
        updated = updated[updated]
        if np.array_equal(updated, labels):
            return labels
        labels = updated


def statement_numbers(
    keys: pd.Series, published: pd.Series, threshold: int = SAME_STATEMENT_SCORE,
    max_wordings: int = MAX_MATCHED_WORDINGS,
) -> tuple[pd.Series, str]:
    """Per quote (given as its `match_keys`), the number of its statement (<NA>: not compared), and a note.

    Quotes are matched by their distinct wordings (a wire story reprinted by fifty outlets is one
    wording), pairwise with rapidfuzz `ratio` >= `threshold`. Quotes of fewer than MIN_MATCH_WORDS
    words are left out. Past `max_wordings` wordings only the most recently published are compared
    (all-pairs matching grows with the square); the note says so.
    """
    eligible = keys.loc[keys.str.count(" ") + 1 >= MIN_MATCH_WORDS]  # a key's words are single-spaced
    newest_first = published.loc[eligible.index].sort_values(ascending=False, na_position="last", kind="stable")
    wordings = eligible.loc[newest_first.index].drop_duplicates().tolist()
    note = ""
    if len(wordings) > max_wordings:
        note = (f"Only the {max_wordings:,} most recently published of {len(wordings):,} distinct quote wordings "
                "were compared.")
        wordings = wordings[:max_wordings]
    scores = process.cdist(wordings, wordings, scorer=fuzz.ratio, score_cutoff=threshold, dtype=np.uint8,
                           workers=-1)
    first, second = np.nonzero(np.triu(scores, k=1))
    labels = connected_components(len(wordings), first, second)
    return keys.map(dict(zip(wordings, labels.tolist(), strict=True))).astype("Int64"), note


def _word_tokens(text: str) -> tuple[list[str], list[str]]:
    words = text.split()
    return words, [match_key(word) for word in words]


def word_diff_html(old: str, new: str) -> str:
    """Word-level difference of two renderings: words only in `old` in <del>, only in `new` in <ins>.

    Words are compared ignoring case, punctuation and typographic quotes, and shown as written.
    """
    old_words, old_keys = _word_tokens(old)
    new_words, new_keys = _word_tokens(new)
    parts = []
    matcher = difflib.SequenceMatcher(a=old_keys, b=new_keys, autojunk=False)
    for operation, a_start, a_end, b_start, b_end in matcher.get_opcodes():
        if operation == "equal":
            parts.append(html.escape(" ".join(new_words[b_start:b_end])))
            continue
        if a_end > a_start:
            parts.append(f"<del>{html.escape(' '.join(old_words[a_start:a_end]))}</del>")
        if b_end > b_start:
            parts.append(f"<ins>{html.escape(' '.join(new_words[b_start:b_end]))}</ins>")
    return f'<span class="cd-diff">{" ".join(parts)}</span>'


def other_renderings(
    quotes: pd.DataFrame, quote_id: str, threshold: int = SAME_STATEMENT_SCORE, limit: int = MAX_RENDERINGS
) -> pd.DataFrame:
    """The same statement as other articles quote it, best match first, with a word-level difference.

    At most `limit` renderings (a statement quoted by hundreds of articles would bury the page);
    `total` on every row says how many matched.
    """
    chosen = quotes.loc[quotes["quote_id"] == quote_id]
    columns = ["quote_id", "outlet", "speaker", "quote", "similarity", "same_speaker", "difference_html", "total"]
    if chosen.empty:
        return pd.DataFrame(columns=columns).astype("string")
    selected = chosen.iloc[0]
    others = quotes.loc[quotes["article_id"] != selected["article_id"]]
    selected_key = match_key(str(selected["quote"]))
    if len(selected_key.split()) >= MIN_MATCH_WORDS and len(others):
        scores = process.cdist([selected_key], match_keys(others["quote"]).tolist(), scorer=fuzz.ratio,
                               dtype=np.uint8, workers=1)[0]
    else:
        scores = np.zeros(len(others), dtype=np.uint8)
    matches = (
        others.assign(similarity=pd.array(scores, dtype="Int64"))
        .loc[lambda frame: frame["similarity"] >= threshold]
        .sort_values("similarity", ascending=False, kind="stable")
    )
    best = matches.head(limit)
    selected_speaker = str(selected["speaker"]) if pd.notna(selected["speaker"]) else ""
    speakers = best["speaker"].astype("string").fillna("")
    return (
        best.assign(
            outlet=outlet_labels(best["outlet"]),
            same_speaker=(speakers == selected_speaker).astype("boolean"),
            difference_html=[word_diff_html(str(selected["quote"]), str(text)) for text in best["quote"]],
            total=pd.array([len(matches)] * len(best), dtype="Int64"),
        )
        .loc[:, columns]
        .reset_index(drop=True)
    )


def _speakers_and_outlets(linked: pd.DataFrame) -> pd.Series:
    """Per statement: "speaker (outlet, outlet); other speaker (outlet)", speakers in alphabetical order."""
    by_speaker = join_distinct(linked, ["statement_id", "speaker_label"], "outlet_label").reset_index()
    return (
        by_speaker.assign(entry=by_speaker["speaker_label"] + " (" + by_speaker["outlet_label"] + ")")
        .pipe(join_distinct, ["statement_id"], "entry", sep="; ", alphabetical=False)
    )


def statement_comparison(quotes: pd.DataFrame, threshold: int = SAME_STATEMENT_SCORE,
                         max_wordings: int = MAX_MATCHED_WORDINGS) -> SharedStatements:
    """One row per statement quoted by two or more articles, flagged when outlets disagree.

    `speaker_differs`: outlets name different speakers for it; `wording_differs`: the quoted words
    differ beyond case and punctuation; `n_quotes` counts its quotes, and `quote_ids` lists the first
    QUOTE_IDS_SHOWN of them. Disagreements first.
    """
    keys = match_keys(quotes["quote"])
    numbers, note = statement_numbers(keys, quotes["published"], threshold, max_wordings)
    numbered = quotes.assign(statement=numbers, key=keys).dropna(subset=["statement"])
    linked = numbered.loc[numbered.groupby("statement")["article_id"].transform("nunique") >= 2]
    columns = {"statement": "string", "speakers": "string", "outlets": "string", "n_articles": "Int64",
               "speaker_differs": "boolean", "wording_differs": "boolean", "flags": "string",
               "n_quotes": "Int64", "quote_ids": "string"}
    if linked.empty:
        return SharedStatements(pd.DataFrame({name: pd.Series(dtype=dtype) for name, dtype in columns.items()}),
                                note)
    # statement ids number statements in order of appearance: every per-statement Series below aligns
    linked = linked.assign(
        statement_id=pd.factorize(linked["statement"])[0],
        speaker_label=labelled(linked["speaker"], UNKNOWN_SPEAKER),
        outlet_label=outlet_labels(linked["outlet"]),
        length=linked["quote"].str.len(),
    )
    grouped = linked.groupby("statement_id")
    longest = (linked.sort_values("length", ascending=False, kind="stable")
               .drop_duplicates("statement_id").set_index("statement_id")["quote"])
    table = pd.DataFrame({
        "statement": longest,
        "speakers": _speakers_and_outlets(linked),
        "outlets": join_distinct(linked, ["statement_id"], "outlet_label"),
        "n_articles": grouped["article_id"].nunique(),
        "speaker_differs": grouped["speaker_label"].nunique() > 1,
        "wording_differs": grouped["key"].nunique() > 1,
        "n_quotes": grouped["quote_id"].nunique(),
        "quote_ids": join_distinct(linked, ["statement_id"], "quote_id", sep="|", alphabetical=False)
        .map(lambda ids: "|".join(ids.split("|")[:QUOTE_IDS_SHOWN])),
    })
    flags = (
        np.where(table["speaker_differs"], "attributed to different speakers; ", "")
        + np.where(table["wording_differs"], "wording differs", "")
    )
    flags = pd.Series(flags, index=table.index).str.strip().str.rstrip(";")
    return SharedStatements(
        table.assign(flags=flags.mask(flags == "", "same words, same speaker"))
        .sort_values(["speaker_differs", "wording_differs", "n_articles"], ascending=False, kind="stable")
        .reset_index(drop=True)
        .astype(columns),
        note,
    )


def _claim_view(claims: pd.DataFrame, by: str) -> pd.DataFrame:
    missing = {"claimant_country": UNKNOWN_COUNTRY, "claimant": UNKNOWN_CLAIMANT}[by]
    dates = claim_dates(claims)
    day = dates["date"].dt.strftime("%Y-%m-%d").astype("string")
    return claims.assign(
        who=labelled(claims[by], missing),
        location=labelled(claims["location"], NO_LOCATION),
        what=labelled(claims["what"], "other"),
        figure=figure_labels(claims).fillna("?"),
        wording=claim_wording(claims),
        outlet=outlet_labels(claims["outlet"]),
        day=day,
        stated_day=day.where(dates["date_basis"] == DATE_STATED),
        day_label=day.where(dates["date_basis"] == DATE_STATED,
                            day.where(dates["date_basis"] != DATE_PUBLISHED, "published " + day)
                            .where(dates["date_basis"] != DATE_INFERRED, "inferred " + day)),
    )


def _outlet_order(outlets: pd.Series) -> list[str]:
    unique = set(outlets.unique())
    return sorted(unique - {UNKNOWN_OUTLET}, key=str.casefold) + sorted(unique & {UNKNOWN_OUTLET})


def figure_comparison(claims: pd.DataFrame, by: str = "claimant_country") -> tuple[pd.DataFrame, pd.DataFrame]:
    """(`claims_matrix`, `claim_disagreements`) of the claims, labelling them once for both."""
    view = _claim_view(claims, by)
    return _matrix(view, CLAIMANT_CHOICES[by]), _disagreements(view, CLAIMANT_CHOICES[by])


def claims_matrix(claims: pd.DataFrame, by: str = "claimant_country") -> pd.DataFrame:
    """One row per figure (by claimant country or claimant, location, what), one column per outlet.

    A cell holds that outlet's wording(s) of the figure ("as many as 2,500"), empty when it did not
    report it. `reported_by` counts outlets; `wording_differs` flags rows worded differently.
    """
    return _matrix(_claim_view(claims, by), CLAIMANT_CHOICES[by])


def _matrix(view: pd.DataFrame, label: str) -> pd.DataFrame:
    keys = ["who", "location", "what", "figure"]
    if view.empty:
        return pd.DataFrame(columns=[label, "location", "what", "figure", "reported_by", "wording_differs",
                                     "dates"]).astype("string")
    cells = (
        join_distinct(view, [*keys, "outlet"], "wording", sep=" / ", alphabetical=False, sort=False)
        .unstack("outlet")
        .reindex(columns=_outlet_order(view["outlet"]))
        .fillna("")
    )
    per_row = view.assign(folded=view["wording"].str.casefold()).groupby(keys, sort=False)
    summary = pd.DataFrame({
        "reported_by": per_row["outlet"].nunique(),
        "wording_differs": per_row["folded"].nunique() > 1,
        "dates": join_distinct(view, keys, "day", sort=False, limit=DAYS_SHOWN),
        "sort_value": per_row["value"].max(),
    })
    return (
        summary.join(cells)
        .reset_index()
        .sort_values(["who", "what", "location", "sort_value"], ascending=[True, True, True, False],
                     key=lambda column: label_sort_key(column) if column.dtype != "Int64" else column,
                     kind="stable")
        .drop(columns="sort_value")
        .rename(columns={"who": label})
        .reset_index(drop=True)
        .astype({"reported_by": "Int64", "wording_differs": "boolean"})
    )


def claims_in_matrix_row(claims: pd.DataFrame, row: pd.Series, by: str = "claimant_country") -> pd.DataFrame:
    """The claims behind one row of `claims_matrix`: its claimant (or country), location, thing counted, figure."""
    view = _claim_view(claims, by)
    keep = (
        view["who"].eq(row[CLAIMANT_CHOICES[by]]) & view["location"].eq(row["location"])
        & view["what"].eq(row["what"]) & view["figure"].eq(row["figure"])
    )
    return claims.loc[keep.fillna(False).to_numpy(bool)].reset_index(drop=True)


def statement_quotes(quotes: pd.DataFrame, quote_ids: str) -> pd.DataFrame:
    """The quotes behind one row of `statement_comparison` (its `|`-joined `quote_ids`)."""
    return quotes.loc[quotes["quote_id"].isin(quote_ids.split("|")).fillna(False).to_numpy(bool)].reset_index(
        drop=True)


def claim_disagreements(claims: pd.DataFrame, by: str = "claimant_country") -> pd.DataFrame:
    """Claimant + location + what combinations that two or more outlets report differently.

    Flags: `different figures on the same day` (a real conflict), `figure changed over time` (the
    claimant revised it, or outlets reported different moments), `different qualifiers` (the same
    figure as "about" in one outlet and "up to" in another). `versions` lists each rendering with
    its outlets and dates.
    """
    return _disagreements(_claim_view(claims, by), CLAIMANT_CHOICES[by])


def _disagreements(view: pd.DataFrame, label: str) -> pd.DataFrame:
    group = ["who", "location", "what"]
    columns = [label, "location", "what", "flags", "versions", "outlets"]
    if view.empty:
        return pd.DataFrame(columns=columns).astype("string").astype({"outlets": "Int64"})
    # a conflict needs two outlets on one stated day: one outlet quoting an old and a new figure is not one
    per_day = view.dropna(subset=["stated_day"]).groupby([*group, "stated_day"])
    conflicting_days = (per_day["figure"].nunique() > 1) & (per_day["outlet"].nunique() > 1)
    same_day = conflicting_days.groupby(level=group).any()
    per_group = view.groupby(group)
    qualifiers_per_figure = view.groupby([*group, "figure"])["qualifier"].nunique()
    summary = pd.DataFrame({
        "outlets": per_group["outlet"].nunique(),
        "n_figures": per_group["figure"].nunique(),
        "same_day": same_day.reindex(per_group.size().index, fill_value=False),
        "qualifiers": qualifiers_per_figure.gt(1).groupby(level=group).any(),
    })
    rendering = [*group, "figure", "wording"]
    versions = (
        view.groupby(rendering, sort=False)["value"].max()
        .to_frame()
        .join([join_distinct(view, rendering, "outlet", sort=False),
               join_distinct(view, rendering, "day_label", sort=False, limit=DAYS_SHOWN).rename("days")])
        .reset_index()
        .assign(version=lambda frame: frame["wording"] + " — " + frame["outlet"]
                + (" (" + frame["days"] + ")").where(frame["days"] != "", " (undated)"))
        .sort_values("value", ascending=False, kind="stable")
        .pipe(join_distinct, group, "version", sep=" | ", alphabetical=False)
    )
    flags = (
        np.where(summary["same_day"], "different figures on the same day; ", "")
        + np.where(~summary["same_day"] & (summary["n_figures"] > 1), "figure changed over time; ", "")
        + np.where(summary["qualifiers"], "different qualifiers for the same figure", "")
    )
    return (
        summary.assign(flags=pd.Series(flags, index=summary.index).str.strip().str.rstrip(";"))
        .join(versions.rename("versions"))
        .loc[lambda frame: (frame["outlets"] >= 2) & (frame["flags"] != "")]
        .reset_index()
        .sort_values(["who", "location"], key=label_sort_key, kind="stable")
        .sort_values(["same_day", "outlets"], ascending=False, kind="stable")
        .rename(columns={"who": label})
        .loc[:, columns]
        .reset_index(drop=True)
        .astype({"outlets": "Int64", "flags": "string"})
    )


def _top_counts(counts: pd.DataFrame, limit: int) -> pd.Series:
    """Per outlet: its `limit` most frequent names as "name (count)", the most frequent first, ties by name."""
    ranked = counts.sort_values(["outlet", "n", "name"], ascending=[True, False, True], kind="stable")
    top = ranked.groupby("outlet", sort=False).head(limit)
    entries = top["name"].astype(str) + " (" + top["n"].astype(str) + ")"
    return entries.groupby(top["outlet"], sort=False).agg(", ".join)


def _name_counts(frame: pd.DataFrame, column: str) -> pd.DataFrame:
    return frame.groupby(["outlet", column]).size().rename("n").reset_index().rename(columns={column: "name"})


def outlet_profiles(articles: pd.DataFrame, quotes: pd.DataFrame, claims: pd.DataFrame) -> pd.DataFrame:
    """Per outlet: how many articles, claims and quotes, whom it quotes most, how it words figures."""
    readable = articles.loc[articles["status"] == "ok"]
    quoted = quotes.assign(outlet=outlet_labels(quotes["outlet"]),
                           speaker=labelled(quotes["speaker"], UNKNOWN_SPEAKER))
    counted = claims.assign(outlet=outlet_labels(claims["outlet"]),
                            qualifier=labelled(claims["qualifier"], "?"))
    by_quotes = quoted.groupby("outlet")
    counts = pd.concat([
        outlet_labels(readable["outlet"]).value_counts().rename("articles"),
        counted.groupby("outlet").size().rename("claims"),
        by_quotes.size().rename("quotes"),
        by_quotes["speaker"].nunique().rename("speakers"),
        by_quotes["partial"].agg(lambda flags: flags.astype(float).mean()).rename("partial_share"),
    ], axis=1).rename_axis("outlet").reset_index()
    return profiles_from_counts(counts, _name_counts(quoted, "speaker"), _name_counts(counted, "qualifier"))


def profiles_from_counts(counts: pd.DataFrame, speakers: pd.DataFrame, qualifiers: pd.DataFrame) -> pd.DataFrame:
    """The outlet profiles from per-outlet counts and (outlet, name, n) counts of speakers and qualifiers.

    `counts` has outlet, articles, claims, quotes, speakers and partial_share (0-1) per outlet.
    """
    profile = counts.set_index("outlet").assign(
        most_quoted=_top_counts(speakers, 3),
        partial_quote_percent=lambda frame: frame["partial_share"].map(
            lambda share: round(100 * share), na_action="ignore"),
        qualifiers=_top_counts(qualifiers, 5),
    )
    return (
        profile.reindex(_outlet_order(profile.index.to_series()))
        .rename_axis("outlet")
        .reset_index()
        .loc[:, ["outlet", "articles", "claims", "quotes", "speakers", "most_quoted", "partial_quote_percent",
                 "qualifiers"]]
        .fillna({"articles": 0, "claims": 0, "quotes": 0, "speakers": 0, "most_quoted": "", "qualifiers": ""})
        .astype({"outlet": "string", "articles": "Int64", "claims": "Int64", "quotes": "Int64",
                 "speakers": "Int64", "most_quoted": "string", "partial_quote_percent": "Int64",
                 "qualifiers": "string"})
    )


def renderings_html(renderings: pd.DataFrame) -> str:
    """Cards for `other_renderings` rows: outlet, speaker (flagged when it differs), similarity, word diff."""
    legend = ('<div class="cd-source cd-diff">Difference from the selected quote: <del>only in the selected '
              "quote</del> <ins>only in this outlet's version</ins></div>")
    cards = [
        '<div class="cd-card"><div class="cd-source">'
        f"{html.escape(str(outlet))} · {html.escape(str(speaker) if pd.notna(speaker) else UNKNOWN_SPEAKER)}"
        + ("" if same else " · <b>⚠ attributed to a different speaker</b>")
        + f" · similarity {int(similarity)}%</div><p>{difference}</p></div>"
        for outlet, speaker, same, similarity, difference in zip(
            renderings["outlet"], renderings["speaker"], renderings["same_speaker"].fillna(False),
            renderings["similarity"], renderings["difference_html"], strict=True,
        )
    ]
    total = int(renderings["total"].max()) if len(renderings) else 0
    more = (f'<div class="cd-source">The {len(renderings)} closest of {total:,} matching quotes.</div>'
            if total > len(renderings) else "")
    return HIGHLIGHT_CSS + legend + more + "".join(cards)
