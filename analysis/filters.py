"""The filters every dashboard page shares, and the labels they are made of.

Pages pick values from `filter_options`, put them in a `Filters` and call
`filter_claims` / `filter_quotes` / `filter_articles`. Empty values are
shown with a visible label ("(unknown outlet)") so they can be picked and
never vanish from a chart.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

import numpy as np
import pandas as pd

from analysis.schema import Tables

UNKNOWN_OUTLET = "(unknown outlet)"
UNKNOWN_COUNTRY = "(unknown country)"
UNKNOWN_CLAIMANT = "(unknown claimant)"
NO_LOCATION = "(no location stated)"
UNKNOWN_SPEAKER = "(unknown speaker)"

DATE_STATED = "stated in text"
DATE_PUBLISHED = "publication date"
DATE_INFERRED = "inferred article date"
DATE_UNKNOWN = "no date"
# date_source values meaning the build fell back to the article's own date, not a date in the text
FALLBACK_DATE_SOURCES = frozenset({"reference", "publication"})

# Curly quotes and apostrophes differ between outlets and keyboards: searching "we've" must find "we’ve".
_TYPOGRAPHIC = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-"})


@dataclass(frozen=True)
class Filters:
    """What the sidebar selected; an empty tuple or None means "no restriction"."""

    outlets: tuple[str, ...] = ()
    claimant_countries: tuple[str, ...] = ()
    claimants: tuple[str, ...] = ()
    whats: tuple[str, ...] = ()
    locations: tuple[str, ...] = ()
    date_from: date | None = None
    date_to: date | None = None
    include_hypothetical: bool = False
    include_rejected: bool = False


@dataclass(frozen=True)
class FilterOptions:
    """The values a user can pick, each list sorted with its "unknown" label last."""

    outlets: list[str]
    claimant_countries: list[str]
    claimants: list[str]
    whats: list[str]
    locations: list[str]
    first_date: date | None
    last_date: date | None


def labelled(values: pd.Series, missing_label: str) -> pd.Series:
    """`values` as stripped strings, with empty or missing cells replaced by `missing_label`."""
    text = values.astype("string").fillna("").str.strip()
    return text.mask(text == "", missing_label).astype("string")


def outlet_labels(outlets: pd.Series) -> pd.Series:
    return labelled(outlets, UNKNOWN_OUTLET)


def with_outlet_labels(frame: pd.DataFrame) -> pd.DataFrame:
    """`frame` with its `outlet` column shown as labels: empty outlets read "(unknown outlet)"."""
    return frame.assign(outlet=outlet_labels(frame["outlet"]))


def label_sort_key(labels: pd.Series) -> pd.Series:
    """A `sort_values` key: case-insensitive, with "(unknown …)" / "(no … stated)" labels last."""
    folded = labels.astype("string").fillna("").str.casefold()
    return folded.mask(folded.str.startswith("("), "\uffff" + folded)


def _sorted_labels(values: pd.Series, missing_label: str) -> list[str]:
    unique = set(labelled(values, missing_label).dropna().unique())
    known = sorted(unique - {missing_label}, key=str.casefold)
    return known + ([missing_label] if missing_label in unique else [])


def claim_dates(claims: pd.DataFrame) -> pd.DataFrame:
    """Per claim: `date` (when stated, else the article's date) and `date_basis` saying which.

    A `date_said` the build took from the article rather than the text (`date_source` "reference")
    is never presented as a stated date: it is the publication date, or, for an article without one,
    the date the build inferred for the article.
    """
    source = claims["date_source"].astype("string").fillna("")
    stated = (claims["date_said"].notna() & ~source.isin(FALLBACK_DATE_SOURCES)).to_numpy(bool)
    when = claims["date_said"].where(claims["date_said"].notna(), claims["published"])
    is_published = (when.dt.normalize() == claims["published"].dt.normalize()).fillna(False).to_numpy(bool)
    basis = np.select(
        [stated, is_published, when.notna().to_numpy(bool)], [DATE_STATED, DATE_PUBLISHED, DATE_INFERRED],
        DATE_UNKNOWN,
    )
    return pd.DataFrame(
        {"date": when.astype("datetime64[ns]"), "date_basis": pd.array(basis, dtype="string")},
        index=claims.index,
    )


def format_count(values: pd.Series) -> pd.Series:
    """Whole numbers with thousands separators ("25,000"); missing stays missing."""
    numbers = values.astype("Int64")
    # formatted once per distinct figure: a big corpus repeats the same few thousand figures
    return numbers.map({number: f"{number:,}" for number in numbers.dropna().unique()}).astype("string")


def figure_labels(claims: pd.DataFrame) -> pd.Series:
    """The figure as a number: "2,500", or "2,000–3,000" for a range."""
    low, high = format_count(claims["value"]), format_count(claims["value_high"])
    return low.where(high.isna(), low + "–" + high).astype("string")


def claim_wording(claims: pd.DataFrame) -> pd.Series:
    """How the text words the figure: qualifier words + figure as written ("as many as 2,500")."""
    figure = claims["figure_text"].astype("string").fillna("").str.strip()
    figure = figure.mask(figure == "", figure_labels(claims).fillna(""))
    qualifier = claims["qualifier_text"].astype("string").fillna("").str.strip()
    return (qualifier + " " + figure).str.strip().astype("string")


def filter_options(tables: Tables) -> FilterOptions:
    claims, articles = tables.claims, tables.articles
    dates = pd.concat([claim_dates(claims)["date"], articles["published"]]).dropna()
    return FilterOptions(
        outlets=_sorted_labels(articles.loc[articles["status"] == "ok", "outlet"], UNKNOWN_OUTLET),
        claimant_countries=_sorted_labels(claims["claimant_country"], UNKNOWN_COUNTRY),
        claimants=_sorted_labels(claims["claimant"], UNKNOWN_CLAIMANT),
        whats=_sorted_labels(claims["what"], "other"),
        locations=_sorted_labels(claims["location"], NO_LOCATION),
        first_date=dates.min().date() if len(dates) else None,
        last_date=dates.max().date() if len(dates) else None,
    )


def _matches(values: pd.Series, missing_label: str, wanted: tuple[str, ...]) -> pd.Series:
    if not wanted:
        return pd.Series(True, index=values.index)
    return labelled(values, missing_label).isin(wanted).fillna(False).astype(bool)


def _in_date_range(dates: pd.Series, filters: Filters) -> pd.Series:
    keep = pd.Series(True, index=dates.index)
    if filters.date_from is not None:
        keep &= (dates >= pd.Timestamp(filters.date_from)).fillna(False).astype(bool)
    if filters.date_to is not None:
        # the end date is inclusive: everything before the next midnight
        keep &= (dates < pd.Timestamp(filters.date_to) + pd.Timedelta(days=1)).fillna(False).astype(bool)
    return keep


def filter_tables(tables: Tables, filters: Filters) -> Tables:
    """All three tables narrowed by the sidebar's filters (see each `filter_*` for what applies)."""
    return Tables(filter_articles(tables.articles, filters), filter_quotes(tables.quotes, filters),
                  filter_claims(tables.claims, filters))


def visible_rows(frame: pd.DataFrame, filters: Filters) -> pd.DataFrame:
    """`frame` without the rows an analyst rejected, unless the filters include them.

    Tables the review database could not be applied to have no `review_status`: all their rows show.
    """
    if filters.include_rejected or "review_status" not in frame:
        return frame
    return frame.loc[frame["review_status"].ne("rejected").fillna(True).astype(bool)]


def filter_claims(claims: pd.DataFrame, filters: Filters) -> pd.DataFrame:
    """Claims matching every sidebar filter, `outlet` shown as a label; hypothetical, rejected only on request."""
    claims = visible_rows(claims, filters)
    keep = (
        _matches(claims["outlet"], UNKNOWN_OUTLET, filters.outlets)
        & _matches(claims["claimant_country"], UNKNOWN_COUNTRY, filters.claimant_countries)
        & _matches(claims["claimant"], UNKNOWN_CLAIMANT, filters.claimants)
        & _matches(claims["what"], "other", filters.whats)
        & _matches(claims["location"], NO_LOCATION, filters.locations)
        & _in_date_range(claim_dates(claims)["date"], filters)
    )
    if not filters.include_hypothetical:
        keep &= ~claims["hypothetical"].fillna(False).astype(bool)
    return with_outlet_labels(claims.loc[keep]).reset_index(drop=True)


def quote_filters(filters: Filters) -> Filters:
    """Only the filters that apply to quotes (outlet, dates, rejected): a claimant filter must not redo matching."""
    return Filters(outlets=filters.outlets, date_from=filters.date_from, date_to=filters.date_to,
                   include_rejected=filters.include_rejected)


def filter_quotes(quotes: pd.DataFrame, filters: Filters) -> pd.DataFrame:
    """Quotes from the selected outlets and publication dates, rejected ones only on request.

    Claim filters do not apply to quotes.
    """
    quotes = visible_rows(quotes, filters)
    keep = _matches(quotes["outlet"], UNKNOWN_OUTLET, filters.outlets) & _in_date_range(
        quotes["published"], filters
    )
    return with_outlet_labels(quotes.loc[keep]).reset_index(drop=True)


def filter_articles(articles: pd.DataFrame, filters: Filters) -> pd.DataFrame:
    """Articles from the selected outlets and publication dates, failed files included."""
    keep = _matches(articles["outlet"], UNKNOWN_OUTLET, filters.outlets) & _in_date_range(
        articles["published"], filters
    )
    return with_outlet_labels(articles.loc[keep]).reset_index(drop=True)


def search_quotes(
    quotes: pd.DataFrame,
    text: str = "",
    speakers: tuple[str, ...] = (),
    speaker_countries: tuple[str, ...] = (),
    outlets: tuple[str, ...] = (),
    partial: bool | None = None,
) -> pd.DataFrame:
    """Quotes whose words, speaker or sentence contain every word of `text`, narrowed by the other choices.

    `partial` is None for all quotes, True for phrases inside the reporter's sentence, False for full quotes.
    Case and typography are ignored: "we've" finds "We’ve".
    """
    keep = (
        _matches(quotes["speaker"], UNKNOWN_SPEAKER, speakers)
        & _matches(quotes["speaker_country"], UNKNOWN_COUNTRY, speaker_countries)
        & _matches(quotes["outlet"], UNKNOWN_OUTLET, outlets)
    )
    searched = [quotes[column].astype("string").fillna("") for column in ("quote", "speaker", "sentence")]
    for word in text.split():
        # the word becomes a pattern, so the large text columns are searched as they are, never copied
        pattern = typographic_pattern(word)
        found = pd.Series(False, index=quotes.index)
        for column in searched:
            found |= column.str.contains(pattern, case=False, regex=True).fillna(False).astype(bool)
        keep &= found
    if partial is not None:
        keep &= (quotes["partial"].fillna(False).astype(bool) == partial)
    return quotes.loc[keep].reset_index(drop=True)


def typographic_pattern(word: str) -> str:
    """A regular expression for `word` in which straight and curly quotes or dashes match each other."""
    plain = word.translate(_TYPOGRAPHIC)
    classes = {"'": "['’‘]", '"': '["“”]', "-": "[-–—]"}
    return "".join(classes.get(char, re.escape(char)) for char in plain)


def speaker_options(quotes: pd.DataFrame) -> tuple[list[str], list[str]]:
    """(speakers, speaker countries) that can be picked in the quote explorer."""
    return (
        _sorted_labels(quotes["speaker"], UNKNOWN_SPEAKER),
        _sorted_labels(quotes["speaker_country"], UNKNOWN_COUNTRY),
    )


def _slug(value: str) -> str:
    return re.sub(r"[^0-9A-Za-z]+", "-", value).strip("-") or "unknown"


def _date_span_parts(date_from: date | None, date_to: date | None) -> list[str]:
    if date_from and date_to:
        return [str(date_from)] if date_from == date_to else [f"{date_from}_to_{date_to}"]
    if date_from:
        return [f"from-{date_from}"]
    if date_to:
        return [f"until-{date_to}"]
    return []


def download_file_name(table: str, filters: Filters | None = None, **extra: str) -> str:
    """A CSV file name that says what it holds: `claims_outlet-Associated-Press_2024-10-31.csv`.

    Each active filter becomes `name-value` (several values joined with '+'); the date range comes last.
    Long names are shortened so they stay valid on every file system.
    """
    parts = [_slug(table)]
    chosen = {} if filters is None else {
        "outlet": filters.outlets, "country": filters.claimant_countries, "claimant": filters.claimants,
        "what": filters.whats, "location": filters.locations,
    }
    chosen |= {name: (value,) for name, value in extra.items() if value}
    for name, values in chosen.items():
        if values:
            parts.append(f"{name}-" + "+".join(_slug(value) for value in values))
    if filters is not None and filters.include_hypothetical:
        parts.append("with-hypothetical")
    if filters is not None and filters.include_rejected:
        parts.append("with-rejected")
    if filters is not None:
        parts += _date_span_parts(filters.date_from, filters.date_to)
    stem = "_".join(parts)
    return f"{stem[:150].rstrip('-_+')}.csv"
