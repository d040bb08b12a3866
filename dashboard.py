"""claimdesk: who said how many, when, and which outlet reported it how.

Run with `streamlit run dashboard.py`. This entrypoint loads the corpus (built once
per corpus content and cached), draws the sidebar filters every page shares (kept
in the URL, so a view can be shared), and runs the page the user picked.
"""

from __future__ import annotations

import math
import os
from datetime import date
from pathlib import Path

import streamlit as st

from analysis.access import PathNotAllowed, as_code, check_corpus_path
from analysis.export import read_tables
from analysis.filters import FilterOptions, Filters
from analysis.nlp import model_name
from analysis.schema import Tables
from analysis.store.parquet import is_prepared, prepare_folder, table_rows
from analysis.store.query import FrameQueries, ParquetQueries
from analysis.store.review import ReviewError, apply_reviews, default_db, open_reviews
from analysis.uploads import (
    SUPPORTED_SUFFIXES,
    check_uploads,
    corpus_fingerprint,
    is_built_folder,
    limits_from_env,
    remove_staged,
    stage_uploads,
    uploads_fingerprint,
)
from pages import _access, _review_panel
from pages._ui import VIEW_KEY, View

APP_DIR = Path(__file__).resolve().parent
DEFAULT_CORPUS = Path(os.environ.get("CLAIMDESK_CORPUS", APP_DIR / "seeds"))
# Per-article extraction results survive restarts: reopening a corpus only parses new or changed articles.
CACHE_DIR = Path(os.environ.get("CLAIMDESK_CACHE", Path.home() / ".cache" / "claimdesk"))
# The analysts' decisions, applied to whatever corpus is open; the same default as `python -m analysis review`.
REVIEWS_DB = default_db()  # $CLAIMDESK_REVIEWS, else the user's data folder
SOURCE_SEEDS, SOURCE_FOLDER, SOURCE_UPLOAD = "Default corpus", "Folder or file", "Upload articles"
# A built folder with more quote and figure rows than this is prepared (`python -m analysis index`) and read
# through DuckDB: in pandas, 1.4 million rows take half a minute to load and 3 GB of memory.
LARGE_ROWS = int(os.environ.get("CLAIMDESK_LARGE_ROWS", 300_000))
Queries = FrameQueries | ParquetQueries


class NoCorpus(Exception):
    """Nothing to analyse yet; the message tells the user what to do."""


class Refused(NoCorpus):
    """A path outside the allowed folders: nothing of it was read."""


FILTER_KEYS = ("outlet", "country", "claimant", "what", "location", "dates", "hypothetical", "rejected")

st.set_page_config(
    page_title="claimdesk — who said how many",
    page_icon=":material/fact_check:",
    layout="wide",
    initial_sidebar_state="expanded",
)


def _build(source: str, model: str, cache: bool = True) -> Tables:
    from analysis.tables import build_tables  # spaCy loads only when a build is really needed

    bar = st.progress(0.0, text="Reading articles…")

    def progress(done: int, total: int) -> None:
        bar.progress(done / total if total else 1.0, text=f"Reading article {done:,} of {total:,}…")

    try:
        return build_tables(source, model=model, progress=progress, cache_dir=CACHE_DIR if cache else None)
    finally:
        bar.empty()


# st.cache_resource: every session shares the one copy. st.cache_data would unpickle it on every rerun
# (0.1-0.3 s for the 130 MB of tables of 10,000 articles); nothing changes the tables in place.
@st.cache_resource(show_spinner=False, max_entries=8)
def tables_for_path(fingerprint: str, model: str, _source: str) -> FrameQueries:
    """Built tables of a folder or file, cached by its content fingerprint and the model name."""
    return FrameQueries(_build(_source, model))


@st.cache_resource(show_spinner="Opening the built tables…", max_entries=8)
def queries_for_built_folder(fingerprint: str, prepared: bool, _folder: str) -> Queries:
    """A prepared folder is queried through DuckDB; any other built folder is read into pandas."""
    return ParquetQueries(_folder) if prepared else FrameQueries(read_tables(_folder))


def prepare_large_folder(path: Path) -> None:
    """Prepare an unprepared built folder too large for pandas, saying so, with a progress bar."""
    if is_prepared(path) or sum(table_rows(path, table) for table in ("quotes", "claims")) <= LARGE_ROWS:
        return
    note = st.info("This built folder is large and not prepared yet: preparing it once for fast opening "
                   f"(the same as `python -m analysis index {path}`). Next time it opens in seconds.",
                   icon=":material/hourglass_top:")
    bar = st.progress(0.0, text="Preparing the folder…")

    def progress(done: int, total: int) -> None:
        bar.progress(done / total if total else 1.0, text=f"Preparing the folder: {done:,} of {total:,} rows…")

    try:
        prepare_folder(path, progress=progress)
    except OSError as error:  # a read-only folder: open it in pandas, slower but complete
        st.warning(f"The folder could not be prepared ({error}); it is read as it is, which takes longer.")
    finally:
        bar.empty()
        note.empty()


@st.cache_resource(show_spinner=False, max_entries=8)
def tables_for_upload(fingerprint: str, model: str, _files: list[tuple[str, bytes]]) -> FrameQueries:
    """Built tables of uploaded files: staged in a fresh temporary folder only for the build."""
    staged = stage_uploads(_files)
    try:
        # nothing of an upload is kept outside its folder
        return FrameQueries(_build(str(staged.folder), model, cache=False))
    finally:
        remove_staged(staged.folder)


def load_path(path: Path) -> tuple[Queries, str]:
    if not path.exists():
        raise NoCorpus(f"No such folder or file: {as_code(path)}")
    fingerprint = corpus_fingerprint(path)
    if is_built_folder(path):
        prepare_large_folder(path)
        return queries_for_built_folder(fingerprint, is_prepared(path), str(path)), fingerprint
    return tables_for_path(fingerprint, model_name(), str(path)), fingerprint


def load_uploads() -> tuple[Queries, str]:
    limits = limits_from_env()
    per_file_mb = max(1, math.ceil(limits.max_file_bytes / 1024 / 1024))
    kinds = ", ".join(SUPPORTED_SUFFIXES)
    # no `type=` filter: Streamlit would refuse other files with an exception; check_uploads explains instead
    uploaded = st.file_uploader(
        f"Article files ({kinds})", accept_multiple_files=True, key="upload", max_upload_size=per_file_mb,
        help=f"Up to {limits.max_file_bytes / 1024 / 1024:g} MB per file and "
             f"{limits.max_total_bytes / 1024 / 1024:g} MB in total. Files are deleted after reading.",
    )
    accepted, rejected = check_uploads([(file.name, file.getvalue()) for file in uploaded or []], limits)
    for rejection in rejected:
        st.warning(f"{as_code(rejection.name)} was not read: {rejection.reason}.")
    if not accepted:
        raise NoCorpus("Upload .txt, .md, .html or .jsonl articles in the sidebar to analyse them.")
    fingerprint = uploads_fingerprint(accepted)
    return tables_for_upload(fingerprint, model_name(), accepted), fingerprint


def load_corpus(source: str) -> tuple[Queries, str, str]:
    """(queries, fingerprint, label) of the chosen corpus; NoCorpus says why there is none."""
    try:
        if source == SOURCE_UPLOAD:
            tables, fingerprint = load_uploads()
            return tables, fingerprint, "uploaded articles"
        if source == SOURCE_FOLDER:
            typed = st.text_input("Folder or file", key="path", bind="query-params",
                                  placeholder="/path/to/articles", help="A folder of articles, one article "
                                  "file, or a folder built with `python -m analysis build` (opened as is).")
            if not typed.strip():
                raise NoCorpus("Type the path of a folder of articles in the sidebar.")
            path = check_corpus_path(typed)  # before anything of it is read
            tables, fingerprint = load_path(path)
            return tables, fingerprint, str(path)
        tables, fingerprint = load_path(DEFAULT_CORPUS)
        return tables, fingerprint, f"{DEFAULT_CORPUS.name} (default corpus)"
    except PathNotAllowed as refusal:
        raise Refused(str(refusal)) from refusal
    except (OSError, ValueError, RuntimeError) as error:
        raise NoCorpus(f"The corpus could not be read: {error}") from error


@st.cache_resource(show_spinner=False, max_entries=4)
def reviewed_corpus(fingerprint: str, database: str, revision: int, _tables: Tables) -> FrameQueries:
    """The corpus with the analysts' decisions applied, once per corpus and state of the database."""
    with open_reviews(database) as reviews:
        return FrameQueries(apply_reviews(_tables, reviews))


def with_reviews(corpus: Queries, fingerprint: str) -> tuple[Queries, str]:
    """(corpus, fingerprint) with the review database applied: the fingerprint changes with every decision.

    When the database can't be used the tables stay unreviewed and the pages say why. A prepared large
    folder is only queried, never held in memory: it shows the reviews it was built with.
    """
    built = corpus.tables if isinstance(corpus, FrameQueries) else None
    try:
        with open_reviews(REVIEWS_DB) as reviews:
            revision = len(reviews)  # every decision is a new entry, never an edit of an old one
        reviewed = corpus if built is None else reviewed_corpus(fingerprint, str(REVIEWS_DB), revision, built)
    except ReviewError as error:
        st.session_state[_review_panel.DESK_KEY] = _review_panel.Desk(REVIEWS_DB, str(error), built)
        return corpus, fingerprint
    st.session_state[_review_panel.DESK_KEY] = _review_panel.Desk(REVIEWS_DB, None, built)
    return reviewed, f"{fingerprint}+reviews-{revision}"


def reset_filters(defaults: dict[str, object]) -> None:
    for key in FILTER_KEYS:
        st.session_state[key] = defaults.get(key, [])


def date_range(options: FilterOptions, fingerprint: str) -> tuple[date | None, date | None]:
    """The picked dates, as (from, to) with None for an end left at the corpus's own first/last day."""
    if options.first_date is None or options.last_date is None:
        return None, None
    full = (options.first_date, options.last_date)
    previous = st.session_state.get("corpus_fingerprint")
    if previous is not None and previous != fingerprint:
        # another corpus: the old range would silently hide everything
        st.session_state["dates"] = full
    picked = st.date_input("Dates", value=full, key="dates", bind="query-params", format="YYYY-MM-DD",
                           help="When a figure was stated (else its article's publication date).")
    start, end = (tuple(picked) + (None, None))[:2] if isinstance(picked, tuple | list) else (picked, None)
    # an end left at the corpus's own first/last day is no restriction: undated rows stay in
    return (
        None if start in (None, options.first_date) else start,
        None if end in (None, options.last_date) else end,
    )


def narrowing(picked: list[str], every: list[str]) -> tuple[str, ...]:
    """The picked values as a filter; every option picked ("Select all") is no filter at all.

    Both keep the same rows, but only the empty filter is the view the index worked out in advance (and
    a list of every claimant makes each question's SQL longer): at 100,000 articles "Select all" outlets
    took 14 s on the Source comparison where no filter takes 1.
    """
    return () if set(every) <= set(picked) else tuple(picked)


def sidebar_filters(queries: Queries, fingerprint: str) -> Filters:
    options = queries.options()
    st.subheader("Filters")
    outlets = st.multiselect("Outlet", options.outlets, key="outlet", bind="query-params",
                             placeholder="All outlets")
    countries = st.multiselect("Claimant country", options.claimant_countries, key="country",
                               bind="query-params", placeholder="All countries")
    claimants = st.multiselect("Claimant", options.claimants, key="claimant", bind="query-params",
                               placeholder="All claimants")
    whats = st.multiselect("What is counted", options.whats, key="what", bind="query-params",
                           placeholder="Everything counted")
    locations = st.multiselect("Location", options.locations, key="location", bind="query-params",
                               placeholder="All locations")
    date_from, date_to = date_range(options, fingerprint)
    hypothetical = st.toggle("Include hypothetical figures", key="hypothetical", bind="query-params",
                             help="Figures in conditionals or rhetorical examples are not estimates: "
                                  "they are left out unless this is on.")
    rejected = st.toggle("Show rejected", key="rejected", bind="query-params",
                         help="Figures and quotes an analyst rejected in review stay in the tables: they are "
                              "hidden unless this is on.")
    defaults = {"dates": (options.first_date, options.last_date), "hypothetical": False, "rejected": False}
    st.button("Reset filters", on_click=reset_filters, args=(defaults,), icon=":material/restart_alt:")
    st.caption("The page address holds these filters: copy it to share this view.")
    st.session_state["corpus_fingerprint"] = fingerprint
    return Filters(
        outlets=narrowing(outlets, options.outlets),
        claimant_countries=narrowing(countries, options.claimant_countries),
        claimants=narrowing(claimants, options.claimants), whats=narrowing(whats, options.whats),
        locations=narrowing(locations, options.locations), date_from=date_from, date_to=date_to,
        include_hypothetical=hypothetical, include_rejected=rejected,
    )


# Each page's file is named as its URL path. The first run on a fresh server (and AppTest) is Streamlit's
# legacy `pages/` mode: it finds the deep-linked page by its file name and runs it without this entrypoint;
# the page then hands over to this entrypoint (pages/_ui.current_view), and no "Page not found" appears.
admitted = _access.admitted()  # a login on a team server; else this computer only
page = st.navigation([
    st.Page("pages/at-a-glance.py", title="Overview", icon=":material/dashboard:", default=True,
            url_path="at-a-glance"),
    st.Page("pages/timeline-of-estimates.py", title="Timeline of estimates", icon=":material/timeline:",
            url_path="timeline-of-estimates"),
    st.Page("pages/quote-explorer.py", title="Quote explorer", icon=":material/format_quote:",
            url_path="quote-explorer"),
    st.Page("pages/source-comparison.py", title="Source comparison", icon=":material/compare_arrows:",
            url_path="source-comparison"),
    st.Page("pages/article-reader.py", title="Article reader", icon=":material/article:",
            url_path="article-reader"),
    st.Page("pages/review.py", title="Review", icon=":material/rule:", url_path="review"),
], position="sidebar" if admitted else "hidden")
if not admitted:
    _access.show_gate()

with st.sidebar:
    _access.account()
    st.subheader("Corpus")
    source = st.radio("Articles", [SOURCE_SEEDS, SOURCE_FOLDER, SOURCE_UPLOAD], key="source",
                      bind="query-params", label_visibility="collapsed")
    try:
        corpus, corpus_key, corpus_label = load_corpus(source)
    except NoCorpus as reason:
        corpus = None
        problem = reason
    if corpus is not None:
        corpus, reviewed_key = with_reviews(corpus, corpus_key)
        filters = sidebar_filters(corpus, corpus_key)
        _review_panel.reviewer_input()

if corpus is None:
    st.title("claimdesk")
    if isinstance(problem, Refused):
        st.error(str(problem), icon=":material/block:")
    else:
        st.info(str(problem), icon=":material/info:")
    st.stop()

_review_panel.database_problem()
st.session_state[VIEW_KEY] = View(corpus, filters, corpus_label, reviewed_key)
page.run()
