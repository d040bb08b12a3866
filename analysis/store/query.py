"""What each page shows, asked of a corpus: in pandas for tables in memory, in SQL for a prepared folder.

`FrameQueries` wraps the pandas functions the pages always used; `ParquetQueries` answers the
same questions with DuckDB over DIR/index (analysis/store/parquet.py), reading only the columns
and rows a page shows, so the server's memory does not grow with the corpus. Both return the
same frames (tests/test_store.py compares them); SQL narrows and groups, and where a result is
small the same pandas function formats it.
"""

from __future__ import annotations

import functools
import json
import os
import shutil
import tempfile
import threading
from collections import OrderedDict
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import duckdb
import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
from rapidfuzz import fuzz, process

from analysis import citations, compare, overview, reader, timeline
from analysis.filters import (
    _TYPOGRAPHIC,
    UNKNOWN_OUTLET,
    FilterOptions,
    Filters,
    _sorted_labels,
    filter_articles,
    filter_claims,
    filter_options,
    filter_quotes,
    filter_tables,
    search_quotes,
    speaker_options,
)
from analysis.grouping import join_few
from analysis.schema import TABLE_COLUMNS, Tables
from analysis.store.parquet import MANIFEST, UNDATED_MONTH, index_path

NOT_REJECTED = "review_status IS DISTINCT FROM 'rejected'"  # as filters.visible_rows hides them
MAX_ROWS = 5_000  # rows a page table shows (the download has all of them)
MEMORY = 64  # answers kept per corpus: each is at most MAX_ROWS rows
DERIVED_COLUMNS = frozenset({
    "_row", "month", "outlet_label", "outlet_fold", "speaker_label", "speaker_country_label", "partial_flag",
    "match_key", "key_words", "country_label", "claimant_label", "what_label", "location_label",
    "qualifier_label", "country_sort", "claimant_sort", "what_sort", "location_sort", "qualifier_sort", "date",
    "date_basis", "week", "wording", "wording_fold", "figure", "kind", "hypothetical_flag",
})
SERIES = {"claimant_country": "country_label", "claimant": "claimant_label", "outlet": "outlet_label"}
WHO = {"claimant_country": ("country_label", "country_sort"), "claimant": ("claimant_label", "claimant_sort")}
ANSWERS = "answers"  # DIR/index/answers/: the Source comparison and the Timeline unfiltered, worked out by `index`
UNFILTERED = Filters()  # the sidebar as it opens: every outlet, claimant and date, no hypotheticals, no rejected
TIMELINE_SIDE = "claimant_country"  # the Timeline's lines as it opens: one per claimant country


def remembered(method: Callable) -> Callable:
    """Keep a method's last MEMORY answers per instance: going back to a filter asks DuckDB nothing."""

    @functools.wraps(method)
    def wrapper(self: object, *args: object, **options: object) -> object:
        if options:  # a download's `limit=None`: every row, too big to keep
            return method(self, *args, **options)
        memory: OrderedDict = self.__dict__.setdefault("_memory", OrderedDict())
        lock: threading.Lock = self.__dict__.setdefault("_memory_lock", threading.Lock())
        key = (method.__name__, args)
        with lock:
            if key in memory:
                memory.move_to_end(key)
                return memory[key]
        answer = method(self, *args)
        with lock:
            memory[key] = answer
            while len(memory) > MEMORY:
                memory.popitem(last=False)
        return answer

    return wrapper


class Page:
    """The first rows of a table a page shows and how many rows there are in all."""

    def __init__(self, rows: pd.DataFrame, total: int) -> None:
        self.rows, self.total = rows, total


class _Shared:
    """What both paths derive the same way from the rows they fetch: evidence, citations, downloads."""

    def articles_of(self, rows: pd.DataFrame) -> pd.DataFrame:
        return self.articles_by_id(rows["article_id"].dropna().drop_duplicates().tolist())

    def claim_evidence_html(self, claims: pd.DataFrame) -> str:
        return reader.claim_evidence_html(claims, self.articles_of(claims))

    def quote_evidence_html(self, quotes: pd.DataFrame) -> str:
        return reader.quote_evidence_html(quotes, self.articles_of(quotes))

    def claim_citations(self, claims: pd.DataFrame) -> pd.Series:
        return citations.claim_citations(claims, self.articles_of(claims))

    def quote_citations(self, quotes: pd.DataFrame) -> pd.Series:
        return citations.quote_citations(quotes, self.articles_of(quotes))

    def claims_table(self, filters: Filters, what: str | None = None, background: bool = True) -> pd.DataFrame:
        """Every figure the filters keep, as the figures table lists them (for its download)."""
        return reader.claims_table(self.claims(filters, what, background))

    def quotes_table(self, filters: Filters, text: str = "", speakers: tuple[str, ...] = (),
                     countries: tuple[str, ...] = (), partial: bool | None = None) -> pd.DataFrame:
        return self.search(filters, text, speakers, countries, partial, limit=None).rows


class FrameQueries(_Shared):
    """The pandas path: every question answered from the three tables in memory."""

    large = False

    def __init__(self, tables: Tables) -> None:
        self.tables = tables

    def options(self) -> FilterOptions:
        return filter_options(self.tables)

    def filtered(self, filters: Filters) -> Tables:
        return filter_tables(self.tables, filters)

    def claims(self, filters: Filters, what: str | None = None, background: bool = True) -> pd.DataFrame:
        shown = timeline.without_background(filter_claims(self.tables.claims, filters), background)
        return timeline.claims_counting(shown, what)

    def claims_by_id(self, claim_ids: list[str]) -> pd.DataFrame:
        claims = filter_claims(self.tables.claims, Filters(include_hypothetical=True))
        return claims.loc[claims["claim_id"].isin(claim_ids)].reset_index(drop=True)

    def articles_by_id(self, article_ids: list[str]) -> pd.DataFrame:
        articles = self.tables.articles
        return articles.loc[articles["article_id"].isin(article_ids)].reset_index(drop=True)

    def article(self, article_id: str) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
        """(its articles row, its quotes, its claims)."""
        tables = self.tables
        return (tables.articles.loc[tables.articles["article_id"] == article_id].reset_index(drop=True),
                tables.quotes.loc[tables.quotes["article_id"] == article_id].reset_index(drop=True),
                tables.claims.loc[tables.claims["article_id"] == article_id].reset_index(drop=True))

    # Overview
    @remembered
    def summary(self, filters: Filters) -> overview.CorpusSummary:
        return overview.corpus_summary(*self.filtered(filters))

    @remembered
    def scoreboard(self, filters: Filters) -> pd.DataFrame:
        return overview.scoreboard(filter_claims(self.tables.claims, filters))

    def articles_per_outlet(self, filters: Filters) -> pd.DataFrame:
        return overview.articles_per_outlet(filter_articles(self.tables.articles, filters))

    def problem_files(self) -> pd.DataFrame:
        return overview.problem_files(self.tables.articles)

    def n_files(self) -> int:
        return len(self.tables.articles)

    # Timeline
    def counted_choices(self, filters: Filters, background: bool) -> list[str]:
        return timeline.counted_choices(self.claims(filters, background=background))

    @remembered
    def n_points(self, filters: Filters, what: str | None, background: bool, colour_by: str) -> int:
        return timeline.daily_point_count(self.claims(filters, what, background), colour_by)

    @remembered
    def timeline_points(self, filters: Filters, what: str | None, background: bool,
                        colour_by: str) -> timeline.TimelinePoints:
        return timeline.timeline_points(self.claims(filters, what, background), colour_by)

    @remembered
    def weekly_estimates(self, filters: Filters, what: str | None, background: bool,
                         colour_by: str) -> pd.DataFrame:
        return timeline.weekly_estimates(self.claims(filters, what, background), colour_by)

    @remembered
    def claims_in_week(self, filters: Filters, what: str | None, background: bool, colour_by: str,
                       series: str, week: pd.Timestamp) -> pd.DataFrame:
        """The figures behind one side's week on the aggregated timeline."""
        shown = self.claims(filters, what, background)
        return shown.loc[timeline.in_week(shown, colour_by, series, week)].reset_index(drop=True)

    def claims_page(self, filters: Filters, what: str | None, background: bool, limit: int = MAX_ROWS) -> Page:
        rows = reader.claims_table(self.claims(filters, what, background))
        return Page(rows.head(limit), len(rows))

    # Quote explorer
    def n_quotes(self, filters: Filters) -> int:
        return len(filter_quotes(self.tables.quotes, filters))

    def speaker_options(self, filters: Filters) -> tuple[list[str], list[str]]:
        return speaker_options(filter_quotes(self.tables.quotes, filters))

    @remembered
    def search(self, filters: Filters, text: str = "", speakers: tuple[str, ...] = (),
               countries: tuple[str, ...] = (), partial: bool | None = None, limit: int | None = MAX_ROWS) -> Page:
        found = search_quotes(filter_quotes(self.tables.quotes, filters), text, speakers, countries,
                              partial=partial)
        rows = reader.quotes_table(found)
        return Page(rows if limit is None else rows.head(limit), len(rows))

    def other_renderings(self, quote_id: str, threshold: int = compare.SAME_STATEMENT_SCORE) -> pd.DataFrame:
        return compare.other_renderings(self.tables.quotes, quote_id, threshold)

    # Source comparison
    @remembered
    def figure_comparison(self, filters: Filters, by: str, limit: int = MAX_ROWS) -> tuple[Page, Page]:
        matrix, conflicts = compare.figure_comparison(filter_claims(self.tables.claims, filters), by)
        return Page(matrix.head(limit), len(matrix)), Page(conflicts.head(limit), len(conflicts))

    @remembered
    def statements(self, filters: Filters, threshold: int) -> compare.SharedStatements:
        return compare.statement_comparison(filter_quotes(self.tables.quotes, filters), threshold)

    def statement_quotes(self, filters: Filters, quote_ids: str) -> pd.DataFrame:
        """The quotes behind one shared statement (its `|`-joined `quote_ids`) that the filters keep."""
        return compare.statement_quotes(filter_quotes(self.tables.quotes, filters), quote_ids)

    @remembered
    def outlet_profiles(self, filters: Filters) -> pd.DataFrame:
        return compare.outlet_profiles(*self.filtered(filters))

    # Article reader
    def article_choices(self, filters: Filters, limit: int = MAX_ROWS) -> Page:
        choices = reader.article_choices(filter_articles(self.tables.articles, filters))
        return Page(choices.head(limit), len(choices))


def _day_after(day: date) -> pd.Timestamp:
    return pd.Timestamp(day + timedelta(days=1))


class _Where:
    """A WHERE clause and its parameters, built from the sidebar's filters."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.params: list[object] = []

    def add(self, sql: str, *params: object) -> _Where:
        self.parts.append(sql)
        self.params.extend(params)
        return self

    def among(self, column: str, values: tuple[str, ...]) -> _Where:
        if values:
            self.add(f"{column} IN ({', '.join('?' * len(values))})", *values)
        return self

    def dates(self, column: str, filters: Filters) -> _Where:
        if filters.date_from is not None:
            self.add(f"{column} >= ?", pd.Timestamp(filters.date_from))
        if filters.date_to is not None:
            self.add(f"{column} < ?", _day_after(filters.date_to))
        return self

    @property
    def sql(self) -> str:
        return " AND ".join(self.parts) or "true"


def claims_where(filters: Filters, what: str | None = None, background: bool = True) -> _Where:
    where = (
        _Where().among("outlet_label", filters.outlets).among("country_label", filters.claimant_countries)
        .among("claimant_label", filters.claimants).among("what_label", filters.whats)
        .among("location_label", filters.locations).dates("date", filters)
    )
    if not filters.include_hypothetical:
        where.add("NOT hypothetical_flag")
    if not filters.include_rejected:
        where.add(NOT_REJECTED)
    if not background:
        where.add("kind <> ?", timeline.BACKGROUND)
    if what is not None:
        where.add("what_label = ?", what)
    return where


def quotes_where(filters: Filters) -> _Where:
    """Quotes: the outlet and publication-date filters, and those an analyst rejected only on request."""
    where = published_where(filters)
    return where if filters.include_rejected else where.add(NOT_REJECTED)


def published_where(filters: Filters) -> _Where:
    """Quotes and articles: the outlet and publication-date filters (the month partitions prune the dates)."""
    where = _Where().among("outlet_label", filters.outlets).dates("published", filters)
    if filters.date_from is not None:
        where.add(f"(month = '{UNDATED_MONTH}' OR month >= ?)", f"{filters.date_from:%Y-%m}")
    if filters.date_to is not None:
        where.add(f"(month = '{UNDATED_MONTH}' OR month <= ?)", f"{filters.date_to:%Y-%m}")
    return where


def _join_sorted(values: object, sep: str = ", ", limit: int | None = None) -> str:
    """A DuckDB list of distinct values joined as `join_distinct` joins them: alphabetically, ignoring case."""
    present = [] if values is None else [value for value in values if isinstance(value, str) and value]
    return join_few(sorted(dict.fromkeys(present), key=str.casefold), sep, limit)


class ParquetQueries(_Shared):
    """The DuckDB path over a prepared folder's DIR/index; one connection, a cursor per question."""

    large = True

    def __init__(self, folder: str | Path, memory_limit: str = "700MB", threads: int = 2,
                 index: Path | None = None) -> None:
        self.index = index_path(folder) if index is None else Path(index)
        if not (self.index / MANIFEST).is_file():
            raise FileNotFoundError(f"{folder} is not prepared: run `python -m analysis index {folder}`")
        spill = Path(tempfile.gettempdir()) / "claimdesk-duckdb"  # never a .tmp folder in the app's own
        self._con = duckdb.connect(config={"memory_limit": memory_limit, "threads": threads,
                                           "temp_directory": str(spill)})
        self._con.execute("SET parquet_metadata_cache = true")  # the files never change under one index
        self._lock = threading.Lock()
        for table in ("articles", "quotes", "claims"):
            self._con.execute(f"CREATE VIEW {table} AS SELECT * FROM read_parquet("
                              f"'{self.index / table}/*/*.parquet', hive_partitioning = true)")
        for table in ("terms", "postings"):
            self._con.execute(f"CREATE VIEW {table} AS SELECT * FROM read_parquet('{self.index / table}.parquet')")
        self._columns = {table: [name for name, *_ in self._con.execute(f"DESCRIBE {table}").fetchall()
                                 if name not in DERIVED_COLUMNS] for table in ("articles", "quotes", "claims")}
        try:
            self._stored = json.loads((self.index / ANSWERS / "answers.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            self._stored = {}

    def close(self) -> None:
        self._con.close()

    def _stored_frame(self, name: str) -> pd.DataFrame:
        frame = pq.read_table(self.index / ANSWERS / f"{name}.parquet").to_pandas()
        frame.columns.name = None
        return frame

    def frame(self, sql: str, params: list[object] | tuple = ()) -> pd.DataFrame:
        with self._lock:
            return self._con.cursor().execute(sql, list(params)).df()

    def value(self, sql: str, params: list[object] | tuple = ()) -> object:
        with self._lock:
            return self._con.cursor().execute(sql, list(params)).fetchone()[0]

    def _select(self, table: str, columns: list[str] | None = None) -> str:
        """The built table's own columns (or these of them); `outlet` as its label, as the pandas filters give it."""
        names = self._columns[table] if columns is None else columns
        return ", ".join("outlet_label AS outlet" if name == "outlet" else f'"{name}"' for name in names)

    def _rows(self, table: str, where: _Where, order: str = "_row", limit: int | None = None,
              columns: list[str] | None = None) -> pd.DataFrame:
        """The rows `where` keeps, in `order`; with `limit`, the first ones are found on the sort columns
        alone and only then read whole (a sentence or an article's text is read for the rows shown)."""
        select = self._select(table, columns)
        if limit is None:
            frame = self.frame(f"SELECT {select} FROM {table} WHERE {where.sql} ORDER BY {order}", where.params)
        else:
            rows = self.frame(f"SELECT _row FROM {table} WHERE {where.sql} ORDER BY {order} LIMIT {int(limit)}",
                              where.params)["_row"].tolist()
            frame = self.frame(f"SELECT {select} FROM {table} WHERE _row IN (SELECT unnest(?)) ORDER BY {order}",
                               [rows])
        return _typed(frame, table)

    def filtered(self, filters: Filters) -> Tables:
        return Tables(self._rows("articles", published_where(filters)), self._rows("quotes", quotes_where(filters)),
                      self._rows("claims", claims_where(filters)))

    def claims(self, filters: Filters, what: str | None = None, background: bool = True) -> pd.DataFrame:
        return self._rows("claims", claims_where(filters, what, background))

    def claims_by_id(self, claim_ids: list[str]) -> pd.DataFrame:
        return self._rows("claims", _Where().among("claim_id", tuple(claim_ids)))

    def articles_by_id(self, article_ids: list[str]) -> pd.DataFrame:
        return self._raw_rows("articles", _Where().among("article_id", tuple(article_ids)))

    def article(self, article_id: str) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
        where = _Where().add("article_id = ?", article_id)
        return (self.articles_by_id([article_id]),
                self._raw_rows("quotes", where), self._raw_rows("claims", where))

    def _raw_rows(self, table: str, where: _Where) -> pd.DataFrame:
        names = ", ".join(f'"{name}"' for name in self._columns[table])
        return _typed(self.frame(f"SELECT {names} FROM {table} WHERE {where.sql} ORDER BY _row", where.params), table)

    @remembered
    def options(self) -> FilterOptions:
        def labels(sql: str, missing: str) -> list[str]:
            return _sorted_labels(self.frame(sql).iloc[:, 0].astype("string"), missing)

        first, last = self.frame(
            "SELECT min(d), max(d) FROM (SELECT date AS d FROM claims UNION ALL SELECT published FROM articles)"
        ).iloc[0]
        return FilterOptions(
            outlets=labels("SELECT DISTINCT outlet_label FROM articles WHERE status = 'ok'", UNKNOWN_OUTLET),
            claimant_countries=labels("SELECT DISTINCT country_label FROM claims", "(unknown country)"),
            claimants=labels("SELECT DISTINCT claimant_label FROM claims", "(unknown claimant)"),
            whats=labels("SELECT DISTINCT what_label FROM claims", "other"),
            locations=labels("SELECT DISTINCT location_label FROM claims", "(no location stated)"),
            first_date=None if pd.isna(first) else pd.Timestamp(first).date(),
            last_date=None if pd.isna(last) else pd.Timestamp(last).date(),
        )

    # Overview
    @remembered
    def summary(self, filters: Filters) -> overview.CorpusSummary:
        articles, quotes, claims = published_where(filters), quotes_where(filters), claims_where(filters)
        row = self.frame(
            f"""SELECT
                (SELECT count(*) FILTER (status = 'ok') FROM articles WHERE {articles.sql}),
                (SELECT count(*) FILTER (status <> 'ok' OR status IS NULL) FROM articles WHERE {articles.sql}),
                (SELECT count(DISTINCT outlet_label) FILTER (status = 'ok') FROM articles WHERE {articles.sql}),
                (SELECT min(published) FILTER (status = 'ok') FROM articles WHERE {articles.sql}),
                (SELECT max(published) FILTER (status = 'ok') FROM articles WHERE {articles.sql}),
                (SELECT count(*) FILTER (status = 'ok' AND published IS NULL) FROM articles WHERE {articles.sql}),
                (SELECT count(*) FROM quotes WHERE {quotes.sql}),
                (SELECT count(*) FROM claims WHERE {claims.sql}),
                (SELECT count(DISTINCT trim(speaker)) FILTER (trim(speaker) <> '') FROM quotes WHERE {quotes.sql}),
                (SELECT count(DISTINCT trim(claimant)) FILTER (trim(claimant) <> '') FROM claims WHERE {claims.sql})""",
            articles.params * 6 + quotes.params + claims.params + quotes.params + claims.params,
        ).iloc[0]
        first, last = (None if pd.isna(value) else pd.Timestamp(value).date() for value in (row.iloc[3], row.iloc[4]))
        counts = [int(value) for value in row.drop(row.index[[3, 4]])]
        return overview.CorpusSummary(articles=counts[0], problems=counts[1], outlets=counts[2], first_date=first,
                                      last_date=last, undated_articles=counts[3], quotes=counts[4],
                                      claims=counts[5], speakers=counts[6], claimants=counts[7])

    @remembered
    def scoreboard(self, filters: Filters) -> pd.DataFrame:
        """The rows on each side's latest day are all the scoreboard reads: only they leave DuckDB."""
        where = claims_where(filters).add("NOT hypothetical_flag").add("date IS NOT NULL")
        latest = self.frame(
            f"""SELECT _row FROM (SELECT _row, date, max(date) OVER (PARTITION BY country_label, what_label,
                location_label) AS latest FROM claims WHERE {where.sql}) WHERE date = latest""", where.params)
        rows = self._rows("claims", _Where().add("_row IN (SELECT unnest(?))", latest["_row"].tolist()))
        return overview.scoreboard(rows)

    @remembered
    def articles_per_outlet(self, filters: Filters) -> pd.DataFrame:
        where = published_where(filters).add("status = 'ok'")
        counts = self.frame(
            f"""SELECT outlet_label AS outlet, count(*) AS articles, min(published) AS first_published,
                max(published) AS last_published, count(*) FILTER (published IS NULL) AS undated
                FROM articles WHERE {where.sql} GROUP BY outlet_label""", where.params)
        return overview.order_outlet_counts(counts.astype({"first_published": "datetime64[ns]",
                                                           "last_published": "datetime64[ns]"}))

    @remembered
    def problem_files(self) -> pd.DataFrame:
        where = _Where().add("(status IS DISTINCT FROM 'ok' OR trim(coalesce(warnings, '')) <> '')")
        names = ", ".join(["path", "article_id", "status", "error", "warnings", "format"])
        return overview.problem_files(self.frame(f"SELECT {names} FROM articles WHERE {where.sql} ORDER BY _row")
                                      .astype("string"))

    @remembered
    def n_files(self) -> int:
        return int(self.value("SELECT count(*) FROM articles"))

    # Timeline
    def _timeline_default(self, filters: Filters, what: str | None, background: bool,
                          colour_by: str = TIMELINE_SIDE) -> bool:
        """Whether this is the Timeline as it opens, whose answers `index` stored."""
        stored = self._stored.get("timeline")
        return (stored is not None and filters == UNFILTERED and what == stored["what"] and background is False
                and colour_by == TIMELINE_SIDE)

    @remembered
    def counted_choices(self, filters: Filters, background: bool) -> list[str]:
        if filters == UNFILTERED and background is True and "timeline" in self._stored:
            return list(self._stored["timeline"]["choices"])
        where = claims_where(filters, background=background)
        counts = self.frame(f"SELECT what_label, count(*) AS n FROM claims WHERE {where.sql} GROUP BY what_label",
                            where.params)
        return sorted(counts["what_label"], key=lambda what: (-counts.set_index("what_label").at[what, "n"], what))

    @remembered
    def n_points(self, filters: Filters, what: str | None, background: bool, colour_by: str) -> int:
        if self._timeline_default(filters, what, background, colour_by):
            return int(self._stored["timeline"]["n_points"])
        where = claims_where(filters, what, background).add("date_basis <> ?", timeline.DATE_UNKNOWN)
        keys = ", ".join(["date", "date_basis", SERIES[colour_by], "what_label", "location_label", "qualifier_label",
                          "value", "value_high"])
        return int(self.value(f"SELECT count(*) FROM (SELECT DISTINCT {keys} FROM claims WHERE {where.sql})",
                              where.params))

    @remembered
    def timeline_points(self, filters: Filters, what: str | None, background: bool,
                        colour_by: str) -> timeline.TimelinePoints:
        """One row per mark from SQL; past MAX_POINTS marks (never drawn one by one) the pandas way."""
        if self.n_points(filters, what, background, colour_by) > timeline.MAX_POINTS:
            return timeline.timeline_points(self.claims(filters, what, background), colour_by)
        where = claims_where(filters, what, background)
        keys = ", ".join(["date", "date_basis", f"{SERIES[colour_by]} AS series", "what_label AS what",
                          "location_label AS location", "qualifier_label AS qualifier", "value", "value_high"])
        frame = self.frame(
            f"""SELECT {keys}, count(*) AS n_reports, arg_min(sentence, _row) AS sentence,
                list(claim_id ORDER BY _row) AS ids, list(DISTINCT outlet_label) AS outlet_list,
                list(DISTINCT claimant_label) AS claimant_list, list(DISTINCT wording) AS wording_list
            FROM claims WHERE {where.sql} AND date_basis <> '{timeline.DATE_UNKNOWN}' GROUP BY ALL
            ORDER BY {", ".join(f"{number} NULLS LAST" for number in range(1, 9))}""", where.params)
        undated = int(self.value(f"SELECT count(*) FROM claims WHERE {where.sql} AND date_basis = ?",
                                 [*where.params, timeline.DATE_UNKNOWN]))
        points = pd.DataFrame({
            "date": frame["date"].astype("datetime64[ns]"),
            **{key: frame[key].astype("string") for key in ("date_basis", "series", "what", "location", "qualifier")},
            "value": frame["value"].astype("Int64"), "value_high": frame["value_high"].astype("Int64"),
            "n_reports": frame["n_reports"].astype("Int64"), "sentence": frame["sentence"].astype("string"),
            "claim_ids": frame["ids"].map(lambda ids: "|".join(dict.fromkeys(ids))).astype("string"),
            "outlets": frame["outlet_list"].map(_join_sorted).astype("string"),
            "claimants": frame["claimant_list"].map(_join_sorted).astype("string"),
            "wording": frame["wording_list"].map(_join_sorted).astype("string"),
        })
        return timeline.TimelinePoints(timeline._with_display_columns(points), undated, "")

    def claims_in_week(self, filters: Filters, what: str | None, background: bool, colour_by: str,
                       series: str, week: pd.Timestamp) -> pd.DataFrame:
        where = (claims_where(filters, what, background).add(f"{SERIES[colour_by]} = ?", series)
                 .add("week = ?", pd.Timestamp(week)).add("date_basis <> ?", timeline.DATE_UNKNOWN))
        return self._rows("claims", where)

    @remembered
    def weekly_estimates(self, filters: Filters, what: str | None, background: bool,
                         colour_by: str) -> pd.DataFrame:
        if self._timeline_default(filters, what, background, colour_by):
            return self._stored_frame("timeline-weeks")
        where = claims_where(filters, what, background).add("date_basis <> ?", timeline.DATE_UNKNOWN)
        series = SERIES[colour_by]
        weeks = self.frame(
            f"""WITH dated AS (SELECT {series} AS series, what_label AS what, week, date, _row, value, value_high,
                    qualifier_label AS qualifier,
                    CASE WHEN value_high IS NULL THEN value::DOUBLE ELSE (value + value_high) / 2 END AS y,
                    value::DOUBLE AS low, coalesce(value_high, value)::DOUBLE AS high
                FROM claims WHERE {where.sql}),
            latest AS (SELECT series, arg_max(_row, [epoch_ns(date)::DOUBLE, y, _row::DOUBLE]) AS _row
                FROM dated GROUP BY series)
            SELECT d.series, d.what, d.week, median(d.y) AS median, min(d.low) AS low, max(d.high) AS high,
                count(*) AS n_reports, max(d._row = l._row)::BOOLEAN AS latest,
                max(CASE WHEN d._row = l._row THEN d.value END) AS latest_value,
                max(CASE WHEN d._row = l._row THEN d.value_high END) AS latest_high,
                max(CASE WHEN d._row = l._row THEN d.qualifier END)
                    AS latest_qualifier
            FROM dated d JOIN latest l USING (series)
            GROUP BY d.series, d.what, d.week ORDER BY d.series, d.what, d.week""", where.params)
        return timeline.finish_weekly(weeks)

    @remembered
    def claims_page(self, filters: Filters, what: str | None, background: bool, limit: int = MAX_ROWS) -> Page:
        if limit == MAX_ROWS and self._timeline_default(filters, what, background):
            return Page(self._stored_frame("timeline-figures"), int(self._stored["timeline"]["figures"]))
        where = claims_where(filters, what, background)
        order = "date DESC NULLS LAST, claimant_country ASC NULLS LAST, claimant ASC NULLS LAST, _row"
        rows = self._rows("claims", where, order=order, limit=limit)
        total = int(self.value(f"SELECT count(*) FROM claims WHERE {where.sql}", where.params))
        return Page(reader.claims_table(rows), total)

    # Quote explorer
    @remembered
    def n_quotes(self, filters: Filters) -> int:
        where = quotes_where(filters)
        return int(self.value(f"SELECT count(*) FROM quotes WHERE {where.sql}", where.params))

    @remembered
    def speaker_options(self, filters: Filters) -> tuple[list[str], list[str]]:
        where = quotes_where(filters)
        speakers = self.frame(f"SELECT DISTINCT speaker_label FROM quotes WHERE {where.sql}", where.params)
        countries = self.frame(f"SELECT DISTINCT speaker_country_label FROM quotes WHERE {where.sql}", where.params)
        return (_sorted_labels(speakers.iloc[:, 0].astype("string"), "(unknown speaker)"),
                _sorted_labels(countries.iloc[:, 0].astype("string"), "(unknown country)"))

    def _search_where(self, filters: Filters, text: str, speakers: tuple[str, ...], countries: tuple[str, ...],
                      partial: bool | None) -> _Where:
        where = (quotes_where(filters).among("speaker_label", speakers)
                 .among("speaker_country_label", countries))
        if partial is not None:
            where.add("partial_flag = ?", partial)
        for word in text.split():
            term = search_word(word)
            where.add("_row IN (SELECT _row FROM postings WHERE term_id IN "
                      "(SELECT term_id FROM terms WHERE contains(term, ?)))", term)
        return where

    @remembered
    def search(self, filters: Filters, text: str = "", speakers: tuple[str, ...] = (),
               countries: tuple[str, ...] = (), partial: bool | None = None, limit: int | None = MAX_ROWS) -> Page:
        where = self._search_where(filters, text, speakers, countries, partial)
        order = "published DESC NULLS LAST, article_id ASC NULLS LAST, quote_id ASC NULLS LAST, _row"
        rows = self._rows("quotes", where, order=order, limit=limit)
        total = int(self.value(f"SELECT count(*) FROM quotes WHERE {where.sql}", where.params))
        return Page(reader.quotes_table(rows), total)

    @remembered
    def other_renderings(self, quote_id: str, threshold: int = compare.SAME_STATEMENT_SCORE) -> pd.DataFrame:
        """Matched on the distinct wordings in SQL's hands; only the matching quotes come back."""
        chosen = self.frame("SELECT article_id, match_key, key_words FROM quotes WHERE quote_id = ? "
                            "ORDER BY _row LIMIT 1", [quote_id])
        if chosen.empty or chosen.at[0, "key_words"] < compare.MIN_MATCH_WORDS:
            keys: list[str] = []
        else:
            candidates = self.frame("SELECT DISTINCT match_key FROM quotes WHERE article_id IS DISTINCT FROM ?",
                                    [chosen.at[0, "article_id"]])["match_key"].astype("string").fillna("")
            scores = process.cdist([str(chosen.at[0, "match_key"])], candidates.tolist(), scorer=fuzz.ratio,
                                   dtype=np.uint8, workers=1)[0]
            keys = candidates[scores >= threshold].tolist()
        where = _Where().add("(quote_id = ? OR match_key IN (SELECT unnest(?)))", quote_id, keys)
        return compare.other_renderings(self._raw_rows("quotes", where), quote_id, threshold)

    # Source comparison
    @remembered
    def figure_comparison(self, filters: Filters, by: str, limit: int = MAX_ROWS) -> tuple[Page, Page]:
        if filters == UNFILTERED and limit == MAX_ROWS and f"{by}-matrix" in self._stored:
            return tuple(Page(self._stored_frame(f"{by}-{part}"), self._stored[f"{by}-{part}"])
                         for part in ("matrix", "conflicts"))
        return self._matrix(filters, by, limit), self._disagreements(filters, by, limit)

    def _matrix(self, filters: Filters, by: str, limit: int | None) -> Page:
        who, who_sort = WHO[by]
        where = claims_where(filters)
        view = f"""SELECT {who} AS who, {who_sort} AS who_sort, location_label AS location,
            location_sort, what_label AS what, what_sort, coalesce(figure, '?') AS figure, wording, wording_fold,
            outlet_label AS outlet, strftime(date, '%Y-%m-%d') AS day, value, _row FROM claims WHERE {where.sql}"""
        keys = "who, location, what, figure"
        top = f"LIMIT {int(limit)}" if limit is not None else ""
        groups = self.frame(
            f"""WITH v AS ({view}), g AS (SELECT {keys}, any_value(who_sort) AS who_sort,
                    any_value(location_sort) AS location_sort, any_value(what_sort) AS what_sort,
                    count(DISTINCT outlet) AS reported_by, count(DISTINCT wording_fold) > 1 AS wording_differs,
                    list(DISTINCT day) AS days, max(value) AS sort_value, min(_row) AS first_row
                FROM v GROUP BY {keys})
            SELECT *, row_number() OVER (ORDER BY who_sort, what_sort, location_sort, sort_value DESC NULLS LAST,
                first_row) - 1 AS position, count(*) OVER () AS total
            FROM g ORDER BY position {top}""", where.params)
        label = compare.CLAIMANT_CHOICES[by]
        outlets = compare._outlet_order(self.frame(f"SELECT DISTINCT outlet_label FROM claims WHERE {where.sql}",
                                                   where.params).iloc[:, 0])
        if groups.empty:
            return Page(compare._matrix(pd.DataFrame(), label), 0)
        cells = self.frame(
            f"""WITH v AS ({view}), w AS (SELECT {keys}, outlet, wording, min(_row) AS first_row FROM v
                    WHERE ({keys}) IN (SELECT ({keys}) FROM (SELECT unnest(?, recursive := true)))
                    GROUP BY {keys}, outlet, wording)
            SELECT {keys}, outlet, string_agg(wording, ' / ' ORDER BY first_row) AS cell FROM w
            WHERE wording <> '' GROUP BY {keys}, outlet""",
            [*where.params, groups[["who", "location", "what", "figure"]].to_dict("records")])
        table = (
            cells.pivot(index=["who", "location", "what", "figure"], columns="outlet", values="cell")
            .reindex(columns=outlets).fillna("").astype("string")
        )
        dates = groups["days"].map(lambda days: _join_sorted(days, limit=compare.DAYS_SHOWN))
        summary = groups.assign(dates=dates).set_index(["who", "location", "what", "figure"])
        matrix = (
            summary[["reported_by", "wording_differs", "dates"]].join(table).reset_index()
            .rename(columns={"who": label})
            .astype({"reported_by": "Int64", "wording_differs": "boolean", "dates": "string", label: "string",
                     "location": "string", "what": "string", "figure": "string"})
        )
        matrix.columns.name = None
        return Page(matrix.reindex(columns=[label, "location", "what", "figure", "reported_by", "wording_differs",
                                            "dates", *outlets]).fillna({name: "" for name in outlets}),
                    int(groups["total"].iloc[0]))

    def _disagreements(self, filters: Filters, by: str, limit: int | None) -> Page:
        who, who_sort = WHO[by]
        where = claims_where(filters)
        label = compare.CLAIMANT_CHOICES[by]
        basis = (f"CASE date_basis WHEN '{compare.DATE_STATED}' THEN strftime(date, '%Y-%m-%d') "
                 f"WHEN '{compare.DATE_PUBLISHED}' THEN 'published ' || strftime(date, '%Y-%m-%d') "
                 f"WHEN '{compare.DATE_INFERRED}' THEN 'inferred ' || strftime(date, '%Y-%m-%d') END")
        top = f"LIMIT {int(limit)}" if limit is not None else ""
        frame = self.frame(
            f"""WITH v AS MATERIALIZED (SELECT {who} AS who, {who_sort} AS who_sort, location_label AS location,
                    location_sort,
                    what_label AS what, coalesce(figure, '?') AS figure, wording, outlet_label AS outlet,
                    outlet_fold, qualifier, value, _row,
                    CASE WHEN date_basis = '{compare.DATE_STATED}' THEN strftime(date, '%Y-%m-%d') END AS stated_day,
                    {basis} AS day_label
                FROM claims WHERE {where.sql}),
            same_day AS (SELECT who, location, what FROM v WHERE stated_day IS NOT NULL
                GROUP BY who, location, what, stated_day
                HAVING count(DISTINCT figure) > 1 AND count(DISTINCT outlet) > 1),
            mixed AS (SELECT who, location, what FROM v GROUP BY who, location, what, figure
                HAVING count(DISTINCT qualifier) > 1),
            g AS (SELECT who, location, what, any_value(who_sort) AS who_sort,
                    any_value(location_sort) AS location_sort, count(DISTINCT outlet) AS outlets,
                    count(DISTINCT figure) AS n_figures,
                    (who, location, what) IN (SELECT (who, location, what) FROM same_day) AS same_day,
                    (who, location, what) IN (SELECT (who, location, what) FROM mixed) AS qualifiers
                FROM v GROUP BY who, location, what),
            flagged AS (SELECT *, row_number() OVER (ORDER BY same_day DESC, outlets DESC, who_sort, location_sort,
                    who, location, what) - 1 AS position, count(*) OVER () AS total
                FROM g WHERE outlets >= 2 AND (n_figures > 1 OR qualifiers) ORDER BY position {top}),
            r AS (SELECT who, location, what, figure, wording, max(value) AS value, min(_row) AS first_row,
                    list(DISTINCT outlet) AS outlet_list, list(DISTINCT day_label) AS day_list
                FROM v WHERE (who, location, what) IN (SELECT (who, location, what) FROM flagged)
                GROUP BY who, location, what, figure, wording)
            SELECT f.*, list([r.wording, r.value::VARCHAR] ORDER BY r.value DESC NULLS LAST, r.first_row)
                    AS renderings,
                list(r.outlet_list ORDER BY r.value DESC NULLS LAST, r.first_row) AS outlet_lists,
                list(r.day_list ORDER BY r.value DESC NULLS LAST, r.first_row) AS day_lists
            FROM flagged f JOIN r USING (who, location, what)
            GROUP BY ALL ORDER BY f.position""", where.params)
        columns = [label, "location", "what", "flags", "versions", "outlets"]
        if frame.empty:
            return Page(pd.DataFrame(columns=columns).astype("string").astype({"outlets": "Int64"}), 0)
        versions = [
            " | ".join(
                f"{wording} — {_join_sorted(outlet_list)}"
                + (f" ({days})" if (days := _join_sorted(day_list, limit=compare.DAYS_SHOWN)) else " (undated)")
                for (wording, _), outlet_list, day_list in zip(renderings, outlet_lists, day_lists, strict=True)
            )
            for renderings, outlet_lists, day_lists in zip(frame["renderings"], frame["outlet_lists"],
                                                           frame["day_lists"], strict=True)
        ]
        flags = (
            np.where(frame["same_day"], "different figures on the same day; ", "")
            + np.where(~frame["same_day"] & (frame["n_figures"] > 1), "figure changed over time; ", "")
            + np.where(frame["qualifiers"], "different qualifiers for the same figure", "")
        )
        table = pd.DataFrame({
            label: frame["who"], "location": frame["location"], "what": frame["what"],
            "flags": pd.Series(flags).str.strip().str.rstrip(";"), "versions": versions, "outlets": frame["outlets"],
        })
        return Page(table.astype({label: "string", "location": "string", "what": "string", "versions": "string",
                                  "flags": "string", "outlets": "Int64"}), int(frame["total"].iloc[0]))

    @remembered
    def statements(self, filters: Filters, threshold: int) -> compare.SharedStatements:
        """Matching in Python on the newest distinct wordings; everything per statement in SQL."""
        if filters == UNFILTERED and threshold == compare.SAME_STATEMENT_SCORE and "statements" in self._stored:
            return compare.SharedStatements(self._stored_frame("statements"), self._stored["statements"])
        where = quotes_where(filters)
        eligible = where.sql + f" AND key_words >= {compare.MIN_MATCH_WORDS}"
        wordings = self.frame(
            f"""SELECT match_key, count(*) OVER () AS total FROM (SELECT match_key,
                    arg_min(_row, [-(coalesce(epoch_ns(published), -9e18))::DOUBLE, _row::DOUBLE]) AS first,
                    max(published) AS newest
                FROM quotes WHERE {eligible} GROUP BY match_key)
            ORDER BY newest DESC NULLS LAST, first LIMIT {compare.MAX_MATCHED_WORDINGS}""", where.params)
        total = int(wordings["total"].iloc[0]) if len(wordings) else 0
        note = (f"Only the {compare.MAX_MATCHED_WORDINGS:,} most recently published of {total:,} distinct quote "
                "wordings were compared.") if total > compare.MAX_MATCHED_WORDINGS else ""
        keys = wordings["match_key"].astype("string").tolist()
        scores = process.cdist(keys, keys, scorer=fuzz.ratio, score_cutoff=threshold, dtype=np.uint8, workers=-1)
        first, second = np.nonzero(np.triu(scores, k=1))
        labels = compare.connected_components(len(keys), first, second)
        statements = pd.DataFrame({"match_key": keys, "statement": labels.astype("int64")})
        with self._lock:
            cursor = self._con.cursor()
            cursor.register("matched", statements)
            frame = cursor.execute(
                f"""WITH q AS MATERIALIZED (SELECT q._row, q.quote, q.quote_id, q.article_id, q.speaker_label,
                        q.outlet_label, q.match_key, m.statement FROM quotes q JOIN matched m USING (match_key)
                        WHERE {where.sql}),
                linked AS MATERIALIZED (SELECT * FROM q WHERE statement IN
                    (SELECT statement FROM q GROUP BY statement HAVING count(DISTINCT article_id) >= 2)),
                by_speaker AS (SELECT statement, speaker_label, list(DISTINCT outlet_label) AS outlets
                    FROM linked GROUP BY statement, speaker_label)
                SELECT l.statement, min(l._row) AS first_row,
                    arg_min(l.quote, [-length(l.quote)::DOUBLE, l._row::DOUBLE]) AS statement_text,
                    list(DISTINCT l.outlet_label) AS outlet_list, count(DISTINCT l.article_id) AS n_articles,
                    count(DISTINCT l.speaker_label) > 1 AS speaker_differs,
                    count(DISTINCT l.match_key) > 1 AS wording_differs,
                    (SELECT list([s.speaker_label] || s.outlets ORDER BY s.speaker_label) FROM by_speaker s
                        WHERE s.statement = l.statement) AS speakers,
                    count(DISTINCT l.quote_id) AS n_quotes,
                    list(l.quote_id ORDER BY l._row)[1:{compare.QUOTE_IDS_SHOWN}] AS quote_ids
                FROM linked l GROUP BY l.statement
                ORDER BY speaker_differs DESC, wording_differs DESC, n_articles DESC, first_row""",
                where.params).df()
        columns = {"statement": "string", "speakers": "string", "outlets": "string", "n_articles": "Int64",
                   "speaker_differs": "boolean", "wording_differs": "boolean", "flags": "string",
                   "n_quotes": "Int64", "quote_ids": "string"}
        if frame.empty:
            return compare.SharedStatements(
                pd.DataFrame({name: pd.Series(dtype=dtype) for name, dtype in columns.items()}), note)
        flags = (
            np.where(frame["speaker_differs"], "attributed to different speakers; ", "")
            + np.where(frame["wording_differs"], "wording differs", "")
        )
        flags = pd.Series(flags).str.strip().str.rstrip(";")
        table = pd.DataFrame({
            "statement": frame["statement_text"],
            "speakers": ["; ".join(f"{entry[0]} ({_join_sorted(entry[1:])})" for entry in speakers)
                         for speakers in frame["speakers"]],
            "outlets": frame["outlet_list"].map(_join_sorted),
            "n_articles": frame["n_articles"],
            "speaker_differs": frame["speaker_differs"],
            "wording_differs": frame["wording_differs"],
            "n_quotes": frame["n_quotes"],
            "quote_ids": frame["quote_ids"].map(lambda ids: "|".join(dict.fromkeys(ids))),
            "flags": flags.mask(flags == "", "same words, same speaker"),
        })
        return compare.SharedStatements(table.astype(columns), note)

    def statement_quotes(self, filters: Filters, quote_ids: str) -> pd.DataFrame:
        """Only the statement's quotes leave DuckDB, not every quote the filters keep."""
        return self._rows("quotes", quotes_where(filters).among("quote_id", tuple(quote_ids.split("|"))))

    @remembered
    def outlet_profiles(self, filters: Filters) -> pd.DataFrame:
        if filters == UNFILTERED and "profiles" in self._stored:
            return self._stored_frame("profiles")
        articles, quotes, claims = published_where(filters), quotes_where(filters), claims_where(filters)
        counts = self.frame(
            f"""WITH a AS (SELECT outlet_label AS outlet, count(*) AS articles FROM articles
                    WHERE status = 'ok' AND {articles.sql} GROUP BY 1),
                q AS (SELECT outlet_label AS outlet, count(*) AS quotes, count(DISTINCT speaker_label) AS speakers,
                    avg(partial::DOUBLE) AS partial_share FROM quotes WHERE {quotes.sql} GROUP BY 1),
                c AS (SELECT outlet_label AS outlet, count(*) AS claims FROM claims WHERE {claims.sql} GROUP BY 1)
            SELECT * FROM a FULL JOIN q USING (outlet) FULL JOIN c USING (outlet)""",
            articles.params + quotes.params + claims.params)
        speakers = self.frame(f"""SELECT outlet_label AS outlet, speaker_label AS name, count(*) AS n
            FROM quotes WHERE {quotes.sql} GROUP BY 1, 2""", quotes.params)
        qualifiers = self.frame(f"""SELECT outlet_label AS outlet, coalesce(nullif(trim(qualifier), ''), '?') AS name,
            count(*) AS n FROM claims WHERE {claims.sql} GROUP BY 1, 2""", claims.params)
        return compare.profiles_from_counts(counts, speakers, qualifiers)

    # Article reader
    @remembered
    def article_choices(self, filters: Filters, limit: int = MAX_ROWS) -> Page:
        where = published_where(filters).add("status = 'ok'")
        rows = self._rows("articles", where, order="published DESC NULLS LAST, article_id ASC NULLS LAST, _row",
                          limit=limit, columns=["article_id", "title", "outlet", "published", "status"])
        total = int(self.value(f"SELECT count(*) FROM articles WHERE {where.sql}", where.params))
        return Page(reader.article_choices(rows), total)


def write_answers(index: Path) -> None:
    """The Source comparison and the Timeline as they open, stored in INDEX/answers/ (Parquet frames, JSON).

    A large corpus's unfiltered matrices, statements, outlet profiles, weekly estimates and first
    figures take seconds of SQL however they are asked;
    `index` works them out once, while it writes the index, so they are replaced with it whenever
    the built tables change. Written into a hidden folder and renamed into place.
    """
    queries = ParquetQueries(index.parent, index=index)
    staging = Path(tempfile.mkdtemp(prefix=f".{ANSWERS}-", dir=index))
    try:
        stored: dict[str, object] = {}

        def store(name: str, frame: pd.DataFrame) -> None:
            pq.write_table(pa.Table.from_pandas(frame, preserve_index=False), staging / f"{name}.parquet")

        for by in WHO:
            for part, page in zip(("matrix", "conflicts"), queries.figure_comparison(UNFILTERED, by), strict=True):
                store(f"{by}-{part}", page.rows)
                stored[f"{by}-{part}"] = page.total
        shared = queries.statements(UNFILTERED, compare.SAME_STATEMENT_SCORE)
        store("statements", shared.table)
        stored["statements"] = shared.note
        store("profiles", queries.outlet_profiles(UNFILTERED))
        stored["profiles"] = True
        choices = queries.counted_choices(UNFILTERED, True)  # the page offers what any figure counts
        if choices:  # the Timeline as it opens: its first thing counted, background figures left out
            what = choices[0]
            store("timeline-weeks", queries.weekly_estimates(UNFILTERED, what, False, TIMELINE_SIDE))
            figures = queries.claims_page(UNFILTERED, what, False)
            store("timeline-figures", figures.rows)
            stored["timeline"] = {"choices": choices, "what": what, "figures": figures.total,
                                  "n_points": queries.n_points(UNFILTERED, what, False, TIMELINE_SIDE)}
        (staging / "answers.json").write_text(json.dumps(stored, indent=1), encoding="utf-8")
        os.replace(staging, index / ANSWERS)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    finally:
        queries.close()


def search_word(word: str) -> str:
    """A searched word as the term index stores words: lower case, straight quotes and dashes."""
    return word.translate(_TYPOGRAPHIC).lower()


def _typed(frame: pd.DataFrame, table: str) -> pd.DataFrame:
    from analysis.store.parquet import typed

    extra = {name: "string" for name in frame.columns if name not in TABLE_COLUMNS[table]}
    return typed(frame, table).astype(extra)
