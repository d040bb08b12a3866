"""The build: a folder of articles in, the articles, quotes and claims tables out.

Each article is parsed and extracted on its own (cacheable, parallel); then the
corpus is resolved as a whole: one spelling per person, each person's country,
and every statement's date counted back from its article's reference date.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Iterator
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path
from typing import NamedTuple

import pandas as pd
from rapidfuzz import fuzz, process

from analysis import dates, runners
from analysis.actors import SURNAME_RATIO, merge_name_variants, similar_strings
from analysis.corpus import Article, read_corpus
from analysis.nlp import model_name
from analysis.runners import Rows
from analysis.schema import TABLE_COLUMNS, Tables, conform

Progress = Callable[[int, int | None], None]
MIN_ANCHOR_WORDS = 6
# The articles table keeps every field of an Article but its paragraph spans (only extraction needs them).
ARTICLE_FIELDS = [name for name in Article.__dataclass_fields__ if name not in ("paragraphs", "boilerplate")]
ARTICLES_PER_FRAME = 5000


class Extracted(NamedTuple):
    quotes: list[dict]
    claims: list[dict]
    failures: dict[str, str]  # article_id -> why its extraction failed


def build_tables(source: str | Path, model: str | None = None, progress: Progress | None = None,
                 max_bytes: int | None = None, cache_dir: str | Path | None = None,
                 processes: int | None = None) -> Tables:
    """Read every article under `source` and build the three tables.

    With `cache_dir`, each article's extraction is kept by content hash (and
    pipeline version), so a rebuild only parses new or changed articles.
    """
    articles = read_corpus(source) if max_bytes is None else read_corpus(source, max_bytes=max_bytes)
    return tables_from_articles(articles, model=model, progress=progress, cache_dir=cache_dir, processes=processes)


def tables_from_articles(articles: Iterable[Article], model: str | None = None, progress: Progress | None = None,
                         cache_dir: str | Path | None = None, processes: int | None = None,
                         scheduler: str | None = None) -> Tables:
    """The three tables of `articles`, read as they stream in: only the articles table is kept whole.

    `scheduler` (tcp://HOST:PORT) runs the per-article work on that Dask cluster; else on this machine.
    """
    total = sum(a.status == "ok" for a in articles) if isinstance(articles, Collection) else None
    chunks: list[pd.DataFrame] = []
    columns: dict[str, list] = {name: [] for name in [*ARTICLE_FIELDS, "n_words"]}

    def kept_so_far() -> None:
        # A frame stores the texts in one buffer (Arrow strings): half what as many Python strings take.
        chunks.append(pd.DataFrame(columns))
        for values in columns.values():
            values.clear()

    def readable() -> Iterator[Article]:
        for article in articles:
            for name in ARTICLE_FIELDS:
                columns[name].append(getattr(article, name))
            columns["n_words"].append(len(article.text.split()))
            if len(columns["n_words"]) == ARTICLES_PER_FRAME:
                kept_so_far()
            if article.status == "ok":
                yield article

    extracted = extract_rows(readable(), model_name(model), progress, cache_dir, processes, scheduler, total)
    if columns["n_words"] or not chunks:
        kept_so_far()
    frame = pd.concat(chunks, ignore_index=True) if len(chunks) > 1 else chunks[0]
    chunks.clear()
    return resolve_corpus(_with_failures(frame, extracted.failures),
                          rows_frame(extracted.quotes, "quotes"), rows_frame(extracted.claims, "claims"))


def _with_failures(articles: pd.DataFrame, failures: dict[str, str]) -> pd.DataFrame:
    """Articles whose extraction failed (a worker died on them) are rows with status error, saying why."""
    if not failures:
        return articles
    failed = articles["article_id"].isin(failures) & (articles["status"] == "ok")
    return articles.assign(status=articles["status"].where(~failed, "error"),
                           error=articles["error"].where(~failed, articles["article_id"].map(failures)))


def rows_frame(rows: list[dict], table: str) -> pd.DataFrame:
    """Extracted rows as a frame that has every column the corpus step needs, even with no rows."""
    role = "speaker" if table == "quotes" else "claimant"
    needed = [*TABLE_COLUMNS[table], f"{role}_kind", f"{role}_title", f"{role}_source", "date_text", "date_found"]
    frame = pd.DataFrame(rows)
    return frame.reindex(columns=list(dict.fromkeys([*frame.columns, *needed])))


@lru_cache(maxsize=1)
def pipeline_version() -> str:
    """A digest of the extraction code and word lists: cached results from other code are never reused."""
    digest = hashlib.sha256()
    package = resources.files("analysis")
    for name in ("actors.py", "quotes.py", "claims.py", "dates.py", "extract.py", "nlp.py"):
        digest.update(package.joinpath(name).read_bytes())
    for entry in sorted(package.joinpath("data").iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".csv"):
            digest.update(entry.read_bytes())
    return digest.hexdigest()[:16]


def _cache_path(cache_dir: Path, model: str, article: Article) -> Path:
    return cache_dir / model / pipeline_version() / article.content_hash[:2] / f"{article.content_hash}.json"


def _cached_rows(path: Path, article_id: str) -> Rows | None:
    try:
        stored = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    # The same text may come back under another file name.
    quotes = [{**row, "article_id": article_id} for row in stored["quotes"]]
    claims = [{**row, "article_id": article_id} for row in stored["claims"]]
    return quotes, claims


def _store_rows(path: Path, rows: Rows) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_suffix(f".{os.getpid()}.tmp")
        temporary.write_text(json.dumps({"quotes": rows[0], "claims": rows[1]}), encoding="utf-8")
        os.replace(temporary, path)
    except OSError:
        pass  # a cache that can't be written only costs time


def extract_rows(articles: Iterable[Article], model: str, progress: Progress | None = None,
                 cache_dir: str | Path | None = None, processes: int | None = None, scheduler: str | None = None,
                 total: int | None = None) -> Extracted:
    """Quote and claim rows of every article, in article order: from the cache when possible, else parsed.

    Only the articles the cache lacks go to the runner (this machine's processes, or the cluster).
    """
    cache = Path(cache_dir) if cache_dir is not None else None
    order: list[str] = []
    results: dict[str, Rows] = {}
    failures: dict[str, str] = {}
    done = 0

    def counted() -> None:
        nonlocal done
        done += 1
        if progress is not None:
            progress(done, total)

    def uncached() -> Iterator[Article]:
        for article in articles:
            order.append(article.article_id)
            cached = _cached_rows(_cache_path(cache, model, article), article.article_id) if cache else None
            if cached is None:
                yield article
            else:
                results[article.article_id] = cached
                counted()

    if scheduler is None:
        parsed = runners.parse_locally(uncached(), model, processes)
    else:
        parsed = runners.parse_on_cluster(uncached(), model, scheduler)
    for article, outcome in parsed:
        if isinstance(outcome, str):
            failures[article.article_id] = outcome
        else:
            results[article.article_id] = outcome
            if cache is not None:
                _store_rows(_cache_path(cache, model, article), outcome)
        counted()
    nothing: Rows = ([], [])
    return Extracted([row for key in order for row in results.get(key, nothing)[0]],
                     [row for key in order for row in results.get(key, nothing)[1]], failures)


def resolve_corpus(articles: pd.DataFrame, quotes: pd.DataFrame, claims: pd.DataFrame) -> Tables:
    """Corpus-wide names, countries and dates; ids, outlets and dtypes."""
    names = canonical_names(pd.concat([
        quotes.loc[quotes["speaker_kind"] == "person", "speaker"],
        claims.loc[claims["claimant_kind"] == "person", "claimant"],
    ]).tolist())
    quotes = quotes.assign(speaker=_renamed(quotes["speaker"], names))
    claims = claims.assign(claimant=_renamed(claims["claimant"], names))
    quotes, claims = fill_person_attribute(quotes, claims, "country"), fill_person_attribute(claims, quotes, "country")
    quotes, claims = fill_person_attribute(quotes, claims, "title"), fill_person_attribute(claims, quotes, "title")
    articles = add_reference_dates(articles, quotes, claims)
    quotes = resolve_dates(quotes, articles, "speaker")
    claims = resolve_dates(claims, articles, "claimant")
    meta = articles.set_index("article_id")
    quotes = _identified(quotes, meta, "quote_id", ":q")
    claims = _identified(claims, meta, "claim_id", ":c")
    return Tables(conform(articles, "articles"), conform(quotes, "quotes"), conform(claims, "claims"))


def _identified(frame: pd.DataFrame, meta: pd.DataFrame, id_column: str, marker: str) -> pd.DataFrame:
    """Stable ids (article and offset) and the article's outlet and date on every row, in text order."""
    article = frame["article_id"].astype("string")
    return frame.assign(**{
        id_column: article + marker + frame["start"].astype("Int64").astype("string"),
        "outlet": article.map(meta["outlet"]),
        "published": article.map(meta["published"]),
    }).sort_values(["article_id", "start"])


def _renamed(names: pd.Series, canonical: dict[str, str]) -> pd.Series:
    """`names` with every spelling replaced by its canonical one (Series.replace costs rows x spellings)."""
    return pd.Series([canonical.get(name, name) for name in names.tolist()], index=names.index, dtype=names.dtype)


def canonical_names(names: list[str]) -> dict[str, str]:
    """One spelling per person across the corpus; a lone surname joins the one full name it fits."""
    names = [n for n in names if isinstance(n, str) and n]
    full = [n for n in names if len(n.split()) >= 2]
    mapping = merge_name_variants(full)
    # Each word of a full name -> the people whose name has it, so a lone surname is compared with words only.
    people_by_word: dict[str, set[str]] = {}
    for name in set(full):
        for word in name.replace("-", " ").split():
            people_by_word.setdefault(word.lower(), set()).add(mapping[name])
    lone = {n for n in names if len(n.split()) < 2}
    fitting_words = similar_strings(list({n.lower() for n in lone}), list(people_by_word), SURNAME_RATIO)
    for name in lone:
        fits = set().union(*(people_by_word[word] for word in fitting_words[name.lower()]))
        if len(fits) == 1:
            mapping[name] = fits.pop()
    return {k: v for k, v in mapping.items() if k != v}


def fill_person_attribute(frame: pd.DataFrame, other: pd.DataFrame, attribute: str) -> pd.DataFrame:
    """Give every mention of a person the country (or title) the corpus most often gives them."""
    role = "speaker" if "speaker" in frame else "claimant"
    other_role = "speaker" if "speaker" in other else "claimant"
    if frame.empty:
        return frame
    known = pd.concat([
        frame.loc[frame[f"{role}_kind"] == "person", [role, f"{role}_{attribute}"]].set_axis(["name", "value"], axis=1),
        other.loc[other[f"{other_role}_kind"] == "person", [other_role, f"{other_role}_{attribute}"]]
        .set_axis(["name", "value"], axis=1) if not other.empty else pd.DataFrame(columns=["name", "value"]),
    ])
    known = known[known["value"].fillna("") != ""]
    if known.empty:
        return frame
    # The most frequent value per name; a tie goes to the value given first.
    best = (known.groupby(["name", "value"], sort=False).size().sort_values(ascending=False, kind="stable")
            .reset_index().drop_duplicates("name").set_index("name")["value"])
    column = f"{role}_{attribute}"
    missing = (frame[column].fillna("") == "") & (frame[f"{role}_kind"] == "person")
    return frame.assign(**{column: frame[column].where(~missing, frame[role].map(best)).fillna("")})


def add_reference_dates(articles: pd.DataFrame, quotes: pd.DataFrame, claims: pd.DataFrame) -> pd.DataFrame:
    """The date each article's "on Thursday" counts back from.

    The day its wire dateline gives ("KYIV, Nov. 12 (Reuters) —", within a week before
    publication); else its publication date when known; else the date a dated article
    gives the same quotation; else its latest day-and-month statement date, with the
    corpus's year.
    """
    published = pd.to_datetime(articles["published"], errors="coerce")
    corpus_year = int(published.dt.year.mode().iloc[0]) if published.notna().any() else None
    texts = articles.get("text", pd.Series(None, index=articles.index, dtype=object))
    datelines = pd.Series([_dateline_day(text, day, corpus_year) for text, day in zip(texts, published, strict=True)],
                          index=articles.index, dtype="datetime64[ns]")
    reference = datelines.fillna(published)
    source = pd.Series(["dateline" if pd.notna(line) else "publication" if pd.notna(day) else ""
                        for line, day in zip(datelines, published, strict=True)], index=articles.index, dtype=object)
    published = reference  # an article with a dated dateline is dated
    dated_ids = set(articles.loc[published.notna(), "article_id"])
    undated = articles.loc[~articles["article_id"].isin(dated_ids) & (articles["status"] == "ok"), "article_id"]
    by_id = dict(zip(articles["article_id"], published, strict=True))
    # Only undated articles look for their quotations elsewhere; usually there are none.
    dated_quotes = _dated_quotes(quotes, by_id) if not (quotes.empty or undated.empty) else pd.DataFrame()
    own_quotes = _column_by_article(quotes, "quote", set(undated))
    date_texts = _column_by_article(pd.concat([f for f in (quotes, claims) if not f.empty] or [pd.DataFrame()]),
                                    "date_text", set(undated))
    reprints = _Reprints(dated_quotes["quote"].tolist()) if not dated_quotes.empty else None
    for index, article_id in undated.items():
        anchor = _quote_anchor(own_quotes.get(article_id, []), dated_quotes, reprints)
        if anchor is not None:
            reference[index], source[index] = anchor
            continue
        resolved = [dates.resolve(t, None, corpus_year) for t in date_texts.get(article_id, [])
                    if isinstance(t, str) and t]
        resolved = [d for d in resolved if d is not None]
        if resolved:
            reference[index] = pd.Timestamp(max(resolved))
            source[index] = "latest statement date in the text" + (" (year from the corpus)" if corpus_year else "")
    return articles.assign(reference_date=reference, reference_source=source.fillna(""))


def _dateline_day(text: object, published: pd.Timestamp, year: int | None) -> pd.Timestamp:
    """The day of the dateline in the first paragraph (the text's second line, after the headline)."""
    lines = text.split("\n", 2) if isinstance(text, str) else []
    if len(lines) < 2:
        return pd.NaT
    day = dates.dateline_day(lines[1], None if pd.isna(published) else published.date(), year)
    return pd.NaT if day is None else pd.Timestamp(day)


def _column_by_article(frame: pd.DataFrame, column: str, article_ids: set[str]) -> dict[str, list]:
    """One column's values for each of `article_ids`, in table order (one pass, not a scan per article)."""
    if frame.empty:
        return {}
    rows = frame.loc[frame["article_id"].isin(article_ids)]
    return {article_id: group.tolist() for article_id, group in rows.groupby("article_id", sort=False)[column]}


def _dated_quotes(quotes: pd.DataFrame, published: dict) -> pd.DataFrame:
    """Quotes of dated articles with the day they were said.

    A quotation given twice is kept once, the first: the one an equally good match picks anyway.
    """
    reference = quotes["article_id"].map(published)
    long_enough = pd.Series([len(str(q).split()) >= MIN_ANCHOR_WORDS for q in quotes["quote"]], index=quotes.index)
    candidates = quotes.loc[reference.notna() & long_enough, ["article_id", "quote", "date_text"]]
    resolve = cache(dates.resolve)  # many quotes of one article share a date expression
    said = [resolve(text, day.date()) if text else None
            for text, day in zip(candidates["date_text"], reference[candidates.index], strict=True)]
    return (candidates.assign(said=said).loc[lambda f: f["said"].notna(), ["article_id", "quote", "said"]]
            .drop_duplicates("quote").reset_index(drop=True))


class _Reprints:
    """The dated quotations an undated article's quotation may be a reprint of (token_set_ratio >= 85).

    Comparing every undated quotation with every dated one grows with the square of the corpus; only
    quotations that share a rare word are compared. A reprint scores 85 only if the words the two
    share make up most of one of them (or, bar one case below, both): more than 26% of either's
    characters missing from the other caps the score under 85. So a quotation that is a match
    has one of the other's rarest words, those that make up 27% of its characters. The one
    match this cannot see is two quotations that share no rare word yet are 85% alike letter by
    letter, i.e. a reprint with most of its rare words misspelt.
    """

    RAREST_SHARE = 0.27

    def __init__(self, quotes: list[str]) -> None:
        self.quotes = quotes
        words = [set(quote.split()) for quote in quotes]
        self.frequency = Counter(word for quote_words in words for word in quote_words)
        self.having: dict[str, list[int]] = {}  # word -> the quotations that have it
        self.rare_in: dict[str, list[int]] = {}  # word -> the quotations it is one of the rarest words of
        for index, quote_words in enumerate(words):
            for word in quote_words:
                self.having.setdefault(word, []).append(index)
            for word in self._rarest(quote_words):
                self.rare_in.setdefault(word, []).append(index)

    def _rarest(self, words: set[str]) -> list[str]:
        needed = self.RAREST_SHARE * len(" ".join(words))
        taken, length = [], -1
        for word in sorted(words, key=lambda w: (self.frequency.get(w, 0), w)):
            taken.append(word)
            length += len(word) + 1
            if length >= needed:
                break
        return taken

    def best_match(self, quote: str) -> int | None:
        """The index of the best-scoring reprint of `quote` (the first of equals), else None."""
        words = set(quote.split())
        found = {index for word in self._rarest(words) for index in self.having.get(word, ())}
        found.update(index for word in words for index in self.rare_in.get(word, ()))
        candidates = sorted(found)
        match = process.extractOne(quote, [self.quotes[i] for i in candidates], scorer=fuzz.token_set_ratio,
                                   score_cutoff=85)
        return None if match is None else candidates[match[2]]


def _quote_anchor(own: list, dated: pd.DataFrame, reprints: _Reprints | None) -> tuple[pd.Timestamp, str] | None:
    """The day a dated article gives the first of `own` quotes it also has."""
    if reprints is None:
        return None
    for quote in own:
        if len(str(quote).split()) < MIN_ANCHOR_WORDS:
            continue
        index = reprints.best_match(quote)
        if index is not None:
            hit = dated.iloc[index]
            return pd.Timestamp(hit["said"]), f"date of the same quotation in {hit['article_id']}"
    return None


def resolve_dates(frame: pd.DataFrame, articles: pd.DataFrame, role: str) -> pd.DataFrame:
    """date_said from each row's date expression; undated statements take their article's reference date."""
    if frame.empty:
        return frame.assign(date_said=pd.NaT, date_source="")
    reference = frame["article_id"].map(articles.set_index("article_id")["reference_date"])
    resolve = cache(dates.resolve)  # many statements of one article share a date expression
    ref_dates = [None if ref is pd.NaT else ref.date() for ref in reference.tolist()]
    # Someone states it, an unnamed source quoted in the article does, or the article states it in its own
    # voice (a background figure): each is stated on the article's day when nothing else dates it.
    stated = frame[role].fillna("").astype(str).ne("")
    if "claimant_kind" in frame:
        stated |= frame["claimant_kind"].fillna("").isin(("background", "anonymous"))
    said, source = [], []
    # Python lists: iterating the columns themselves costs more than the work done per row.
    for text, found, ref_date, who in zip(frame["date_text"].tolist(), frame["date_found"].tolist(), ref_dates,
                                          stated.tolist(), strict=True):
        day = resolve(text, ref_date) if text else None
        if day is not None:
            said.append(pd.Timestamp(day))
            source.append(found)
        elif not text and found != "vague" and ref_date is not None and who:
            said.append(pd.Timestamp(ref_date))
            source.append("reference")
        else:
            said.append(pd.NaT)
            source.append("")
    return frame.assign(date_said=said, date_source=source)
