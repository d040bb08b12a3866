"""Where the per-article work runs: in this process, in forked worker processes, or on a Dask cluster.

Every runner takes a stream of articles and yields each with its outcome, the article's
(quote rows, claim rows) or, as a string, why it could not be extracted. Articles are read
as they are needed and only a bounded window of them is in flight, so a corpus of any size
streams through. What travels to a worker is the Article record (its text), never a parsed Doc;
what comes back is rows.
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Iterable, Iterator
from itertools import chain, islice

from analysis.nlp import load_pipeline
from analysis.reading import Article

Rows = tuple[list[dict], list[dict]]
Outcome = Rows | str  # the rows, or why the article could not be extracted
# Below this many articles, starting worker processes costs more than it saves.
PARALLEL_MIN_ARTICLES = 24
CHUNK_ARTICLES = 32
# a small corpus in many small chunks: the cores finish within about one article of each other
CHUNKS_PER_WORKER = 8
# chunks handed to the pool ahead of the one being waited for, per worker
WINDOW_PER_WORKER = 2
# On a cluster a batch of 16 articles is about 2 s of parsing against milliseconds of scheduling
# (BENCHMARKS.md), and small enough that a lost worker costs little.
CLUSTER_BATCH_ARTICLES = 16
CLUSTER_BATCHES_PER_THREAD = 4
CLUSTER_WINDOW_PER_THREAD = 3
WORKER_DIED = ("a cluster worker died while extracting this article (out of memory, or a crash in compiled code); "
               "it was tried again on its own and the worker died again")


class ClusterError(RuntimeError):
    """The cluster cannot be reached, or its workers cannot run the build."""


def parse_batch(articles: list[Article], model: str) -> list[Outcome]:
    """Parse and extract each article of a batch; one that fails is a message, not a lost batch."""
    from analysis.extract import extract_article  # spaCy's import: only when something is parsed

    nlp = load_pipeline(model)  # once per process: the pipeline is cached
    outcomes: list[Outcome] = []
    # Small batches: memory stays flat however many articles one process parses.
    for article, doc in zip(articles, nlp.pipe((a.text for a in articles), batch_size=16), strict=True):
        try:
            outcomes.append(extract_article(doc, article))
        except Exception as error:  # noqa: BLE001 - a rule that trips on one article must not stop the build
            outcomes.append(f"extraction failed: {type(error).__name__}: {error}")
    return outcomes


def _chunk_size(head: int, exhausted: bool, slots: int, per_slot: int, largest: int) -> int:
    """Chunks of at most `largest`; a corpus known to be small is cut finer, so every slot stays busy."""
    if not exhausted:
        return largest
    return max(1, min(largest, -(-head // (slots * per_slot))))


def _chunks(articles: Iterator[Article], size: int) -> Iterator[list[Article]]:
    while chunk := list(islice(articles, size)):
        yield chunk


def parse_locally(articles: Iterable[Article], model: str, processes: int | None = None
                  ) -> Iterator[tuple[Article, Outcome]]:
    """This machine: one forked worker per core (which share the pipeline loaded before the fork)."""
    workers = processes if processes is not None else (os.cpu_count() or 1)
    stream = iter(articles)
    lookahead = max(PARALLEL_MIN_ARTICLES, workers * CHUNKS_PER_WORKER * CHUNK_ARTICLES)
    head = list(islice(stream, lookahead))
    if not head:
        return
    exhausted = len(head) < lookahead
    load_pipeline(model)  # loaded before forking, so workers share it
    if workers <= 1 or (exhausted and len(head) < PARALLEL_MIN_ARTICLES) \
            or "fork" not in multiprocessing.get_all_start_methods():
        for chunk in _chunks(chain(head, stream), CHUNK_ARTICLES):
            yield from zip(chunk, _extract_chunk((chunk, model)), strict=True)
        return
    size = _chunk_size(len(head), exhausted, workers, CHUNKS_PER_WORKER, CHUNK_ARTICLES)
    window: deque = deque()
    with multiprocessing.get_context("fork").Pool(workers) as pool:
        # A bounded window of chunks, not pool.imap, which would read the whole corpus ahead.
        for chunk in _chunks(chain(head, stream), size):
            window.append((chunk, pool.apply_async(_extract_chunk, ((chunk, model),))))
            if len(window) > workers * WINDOW_PER_WORKER:
                done, result = window.popleft()
                yield from zip(done, result.get(), strict=True)
        while window:
            done, result = window.popleft()
            yield from zip(done, result.get(), strict=True)


def _extract_chunk(job: tuple[list[Article], str]) -> list[Outcome]:
    return parse_batch(*job)


def parse_on_cluster(articles: Iterable[Article], model: str, address: str) -> Iterator[tuple[Article, Outcome]]:
    """A Dask cluster at `address`: batches of articles go to its workers as they are read.

    A worker that dies is Dask's to handle: the scheduler runs its tasks again elsewhere. A batch
    that kills several workers in a row (Dask gives up on it with KilledWorker) is tried again one
    article at a time, alone on the cluster, so the article that kills a worker becomes an error
    and the rest of its batch is kept.
    """
    from distributed import Client

    stream = iter(articles)
    first = next(stream, None)
    if first is None:  # everything came from the cache: no need for the cluster
        return
    try:
        client = Client(address)  # waits as long as Dask's distributed.comm.timeouts.connect (30 s)
    except (OSError, TimeoutError, ValueError) as error:
        raise ClusterError(f"cannot reach the Dask scheduler at {address}: {error}") from error
    with client:
        threads = _check_workers(client, model)
        lookahead = threads * CLUSTER_BATCHES_PER_THREAD * CLUSTER_BATCH_ARTICLES
        head = [first, *islice(stream, lookahead - 1)]
        size = _chunk_size(len(head), len(head) < lookahead, threads, CLUSTER_BATCHES_PER_THREAD,
                           CLUSTER_BATCH_ARTICLES)
        suspects: list[Article] = []
        for batch, outcomes in _run_batches(client, _chunks(chain(head, stream), size), model,
                                            threads * CLUSTER_WINDOW_PER_THREAD):
            if outcomes is None:
                suspects.extend(batch)
            else:
                yield from zip(batch, outcomes, strict=True)
        for article in suspects:
            yield article, _run_alone(client, article, model)


def _check_workers(client, model: str) -> int:
    """The cluster's thread count, once its workers are known to run this very extraction code."""
    import dask

    from analysis.tables import pipeline_version

    try:
        client.wait_for_workers(1, timeout=dask.config.get("distributed.comm.timeouts.connect"))
        versions = client.run(pipeline_version)
    except (OSError, TimeoutError) as error:
        raise ClusterError(f"no worker joined the Dask cluster at {client.scheduler.address}: {error}") from error
    except ImportError as error:
        raise ClusterError(f"the cluster's workers cannot import claimdesk ({error}): install it on every worker "
                           "with the same version as here") from error
    mine = pipeline_version()
    other = sorted({worker for worker, version in versions.items() if version != mine})
    if other:
        raise ClusterError(f"{len(other)} cluster worker(s) run other extraction code than this build "
                           f"(e.g. {other[0]}): install the same claimdesk version on every worker")
    return max(1, sum(client.nthreads().values()))


def _run_batches(client, batches: Iterator[list[Article]], model: str, window: int
                 ) -> Iterator[tuple[list[Article], list[Outcome] | None]]:
    """Each batch with its outcomes (None when Dask gave up on it), keeping `window` batches in flight."""
    from distributed import KilledWorker, as_completed

    in_flight: dict[str, list[Article]] = {}
    running = as_completed(with_results=True, raise_errors=False)

    def submit(batch: list[Article]) -> None:
        future = client.submit(parse_batch, batch, model, pure=False)
        in_flight[future.key] = batch
        running.add(future)

    for batch in islice(batches, window):
        submit(batch)
    for future, result in running:
        batch = in_flight.pop(future.key)
        error = result[1] if future.status == "error" else None  # (type, exception, traceback)
        if isinstance(error, KilledWorker):
            yield batch, None
        elif error is not None:
            raise ClusterError(f"a cluster task failed: {type(error).__name__}: {error}") from error
        else:
            yield batch, result
        future.release()
        following = next(batches, None)
        if following is not None:
            submit(following)


def _run_alone(client, article: Article, model: str) -> Outcome:
    """One article with nothing else in flight: if its worker dies, only this article can be the cause."""
    from distributed import KilledWorker

    future = client.submit(parse_batch, [article], model, pure=False)
    try:
        [outcome] = future.result()
    except KilledWorker:
        return WORKER_DIED
    finally:
        future.release()
    return outcome
