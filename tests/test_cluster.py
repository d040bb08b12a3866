"""The build on a real Dask cluster: a `dask scheduler` and two `dask worker` processes over TCP on loopback.

The cluster is started for this module and always stopped. Its workers run this checkout's code
(PYTHONPATH) with the test-only preload tests/crashing_worker.py. The scheduler gives up on a task
after two worker deaths instead of Dask's default four, so the crash test takes seconds, not a minute.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from analysis.export import TABLE_NAMES, csv_bytes
from analysis.reading import iter_corpus, read_corpus
from analysis.runners import WORKER_DIED
from analysis.tables import tables_from_articles
from tests.conftest import ROOT, SEEDS
from tests.crashing_worker import CRASH_MARKER

distributed = pytest.importorskip("distributed")

SYNTHETIC = {
    "harbour-strike.txt": "Dock strike spreads to a second port\n"
    "About 4,000 dock workers walked out on Tuesday, the union said.\n"
    '"We will stay out until the contract is signed," said union leader Mara Velden.\n'
    "The port authority put the number of strikers at 2,500.",
    "flood-toll.txt": "Flood toll rises\n"
    "At least 37 people were killed and 120 injured, the regional governor, Ilse Brandt, said on Monday.\n"
    "Brandt said up to 9,000 residents had been moved to shelters.",
    "march.txt": "Thousands march in the capital\n"
    'Organisers said 50,000 people joined the march. "It was the biggest in a decade," Velden said.\n'
    "Police estimated the crowd at between 12,000 and 15,000.",
    "undated-brief.txt": "Brief: shelters fill up\n"
    'Brandt said on Oct. 12 that "the shelters are full and more families arrive every hour of the night."',
}


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _stop(process: subprocess.Popen) -> None:
    """The process and everything it started (a worker's nanny and its worker): TERM, then KILL."""
    if process.poll() is not None:
        return
    for signum, wait in ((signal.SIGTERM, 10), (signal.SIGKILL, 5)):
        try:
            os.killpg(process.pid, signum)
        except ProcessLookupError:
            return
        try:
            process.wait(timeout=wait)
            return
        except subprocess.TimeoutExpired:
            continue


@pytest.fixture(scope="module")
def cluster(tmp_path_factory):
    """The scheduler's address while a scheduler and two single-threaded workers run on loopback."""
    from distributed import Client

    logs = tmp_path_factory.mktemp("dask-logs")
    env = {**os.environ, "PYTHONPATH": str(ROOT), "DASK_DISTRIBUTED__SCHEDULER__ALLOWED_FAILURES": "1"}
    address = f"tcp://127.0.0.1:{_free_port()}"
    scheduler_cmd = [sys.executable, "-m", "dask", "scheduler", "--host", "127.0.0.1",
                     "--port", address.rsplit(":", 1)[1], "--no-dashboard"]
    worker_cmd = [sys.executable, "-m", "dask", "worker", address, "--host", "127.0.0.1", "--nthreads", "1",
                  "--no-dashboard", "--preload", str(ROOT / "tests" / "crashing_worker.py")]
    processes: list[subprocess.Popen] = []
    try:
        for name, command in (("scheduler", scheduler_cmd), ("worker-1", worker_cmd), ("worker-2", worker_cmd)):
            log = (logs / f"{name}.log").open("wb")
            processes.append(subprocess.Popen(command, env=env, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT,
                                              start_new_session=True))
        with Client(address, timeout="60s") as client:
            client.wait_for_workers(2, timeout=120)
        yield address
    finally:
        for process in reversed(processes):
            _stop(process)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("cluster-corpus")
    for seed in SEEDS.iterdir():
        shutil.copy(seed, folder / seed.name)
    for name, text in SYNTHETIC.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def local_csv(corpus) -> dict[str, bytes]:
    tables = tables_from_articles(read_corpus(corpus))
    return {name: csv_bytes(getattr(tables, name)) for name in TABLE_NAMES}


def test_the_cluster_build_writes_the_local_tables(cluster, corpus, local_csv, tmp_path):
    out = tmp_path / "built"
    result = subprocess.run([sys.executable, "-m", "analysis", "build", str(corpus), "--out", str(out),
                             "--scheduler", cluster, "--quiet"], capture_output=True, text=True, cwd=ROOT,
                            timeout=300)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("9 articles (9 ok, 0 skipped, 0 errors)")
    for name in TABLE_NAMES:
        assert (out / f"{name}.csv").read_bytes() == local_csv[name], f"{name}.csv differs from the local build"


def test_an_unreachable_scheduler_is_one_clear_line(tmp_path):
    address = f"tcp://127.0.0.1:{_free_port()}"  # nothing listens there
    result = subprocess.run([sys.executable, "-m", "analysis", "build", str(SEEDS), "--out", str(tmp_path),
                             "--scheduler", address, "--quiet"], capture_output=True, text=True, cwd=ROOT, timeout=120,
                            env={**os.environ, "DASK_DISTRIBUTED__COMM__TIMEOUTS__CONNECT": "2s"})
    assert result.returncode == 2
    assert result.stderr.startswith(f"error: cannot reach the Dask scheduler at {address}")
    assert not (tmp_path / "claims.csv").exists()


def test_a_rebuild_on_the_cluster_sends_only_new_articles(cluster, corpus, tmp_path, monkeypatch):
    from analysis import runners

    cache = tmp_path / "cache"
    first = tables_from_articles(iter_corpus(corpus), cache_dir=cache, scheduler=cluster)
    # Nothing new: the rebuild does not even need the cluster.
    unchanged = tables_from_articles(iter_corpus(corpus), cache_dir=cache, scheduler=f"tcp://127.0.0.1:{_free_port()}")
    assert csv_bytes(unchanged.claims) == csv_bytes(first.claims)
    sent: list[str] = []
    original = runners._run_batches

    def counting(client, batches, model, window):
        for batch, outcomes in original(client, batches, model, window):
            sent.extend(article.article_id for article in batch)
            yield batch, outcomes

    monkeypatch.setattr(runners, "_run_batches", counting)
    (tmp_path / "more").mkdir()
    extended = tmp_path / "more"
    for path in corpus.iterdir():
        shutil.copy(path, extended / path.name)
    (extended / "late.txt").write_text("Late story\nThe ministry said 300 soldiers were sent.", encoding="utf-8")
    tables = tables_from_articles(iter_corpus(extended), cache_dir=cache, scheduler=cluster)
    assert sent == ["late"]
    assert 300 in tables.claims["value"].tolist()


def test_a_worker_killed_mid_build_costs_only_its_tasks(cluster, corpus, local_csv):
    from distributed import Client

    with Client(cluster, timeout="60s") as client:
        client.wait_for_workers(2, timeout=120)
        victim = next(iter(client.run(os.getpid).values()))
    killed: list[int] = []

    def kill_after_the_first_article(done: int, total: int | None) -> None:
        if not killed:
            os.kill(victim, signal.SIGKILL)
            killed.append(victim)

    tables = tables_from_articles(iter_corpus(corpus), progress=kill_after_the_first_article, scheduler=cluster)
    assert killed == [victim]
    with pytest.raises(ProcessLookupError):
        os.kill(victim, 0)
    for name in TABLE_NAMES:
        assert csv_bytes(getattr(tables, name)) == local_csv[name], f"{name} differs after a worker was killed"


def test_an_article_that_kills_its_worker_is_an_error_row(cluster, corpus, local_csv, tmp_path):
    crashing = tmp_path / "with-crash"
    shutil.copytree(corpus, crashing)
    (crashing / "poison.txt").write_text(f"Poison\nOfficials said 70 people {CRASH_MARKER} were sent.",
                                         encoding="utf-8")
    tables = tables_from_articles(iter_corpus(crashing), scheduler=cluster)
    poison = tables.articles.set_index("article_id").loc["poison"]
    assert (poison["status"], poison["error"]) == ("error", WORKER_DIED)
    others = tables.articles[tables.articles["article_id"] != "poison"].reset_index(drop=True)
    assert (others["status"] == "ok").all()
    assert csv_bytes(others) == local_csv["articles"]
    for name in ("quotes", "claims"):
        assert csv_bytes(getattr(tables, name)) == local_csv[name], f"{name} differs after a worker crash"
