"""The build on a Dask cluster against the build on this machine, and the memory of reading a large input.

    python bench/bench_cluster.py --articles 1000 [--workdir DIR] [--tree DIR]
    python bench/bench_cluster.py --stream-articles 100000 [--tree DIR]

--articles N: a synthetic corpus (make_corpus.py) built cold twice with `python -m analysis build`:
  local    this machine's default runner (one forked worker per core);
  cluster  `--scheduler` against a `dask scheduler` and two `dask worker --nthreads 1` processes
           started on loopback by this script (their start-up is timed apart).
  The scheduler's task stream gives each task's compute time on its worker. Scheduling overhead is
  the share of the workers' time, from the first task's start to the last one's end, spent on
  anything but computing: 1 - sum(compute) / (threads x span). Both builds' CSVs are compared byte
  for byte.

--stream-articles N: N synthetic articles in one `.jsonl.gz`, read by the build with the parse left
  out (each article gives no rows), so what is measured is reading, the articles table and the
  corpus step. Peak memory (ru_maxrss) of: the whole corpus read into a list first (how the build
  read before it streamed: `read_corpus`), and streamed (`iter_corpus`, as the build does now).
  With --before-tree, the first is run on that (older) checkout's own build instead.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bench_build  # noqa: E402  (sibling scripts, not a package)
import make_corpus  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
TABLES = ("articles", "quotes", "claims")

# Run in a subprocess, in the measured tree: read INPUT, build the tables without parsing, print JSON.
READ_ONLY_BUILD = r"""
import json, resource, sys, time
from analysis import tables
mode, source = sys.argv[1], sys.argv[2]
no_rows = lambda articles, *args, **kwargs: ((article, ([], [])) for article in articles)
try:
    from analysis import runners
    runners.parse_locally = no_rows
except ImportError:  # a tree from before the runners module
    tables._extract_all = no_rows
from analysis.reading import read_corpus
started = time.perf_counter()
if mode == "list":
    built = tables.tables_from_articles(read_corpus(source))
else:
    from analysis.reading import iter_corpus
    built = tables.tables_from_articles(iter_corpus(source))
print(json.dumps({"articles": len(built.articles), "seconds": time.perf_counter() - started,
                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class LoopbackCluster:
    """A `dask scheduler` and `workers` single-threaded `dask worker` processes on 127.0.0.1, stopped on exit."""

    def __init__(self, tree: Path, workers: int, logs: Path) -> None:
        self.tree, self.workers, self.logs = tree, workers, logs
        self.address = f"tcp://127.0.0.1:{free_port()}"
        self.processes: list[subprocess.Popen] = []
        self.start_seconds = 0.0

    def __enter__(self) -> LoopbackCluster:
        from distributed import Client

        self.logs.mkdir(parents=True, exist_ok=True)
        env = {**os.environ, "PYTHONPATH": str(self.tree)}
        started = time.perf_counter()
        commands = [[sys.executable, "-m", "dask", "scheduler", "--host", "127.0.0.1",
                     "--port", self.address.rsplit(":", 1)[1], "--no-dashboard"]]
        commands += [[sys.executable, "-m", "dask", "worker", self.address, "--host", "127.0.0.1",
                      "--nthreads", "1", "--no-dashboard"]] * self.workers
        try:
            for number, command in enumerate(commands):
                log = (self.logs / f"process-{number}.log").open("wb")
                self.processes.append(subprocess.Popen(command, env=env, cwd=self.tree, stdout=log,
                                                       stderr=subprocess.STDOUT, start_new_session=True))
            with Client(self.address, timeout="60s") as client:
                client.wait_for_workers(self.workers, timeout=180)
        except BaseException:
            self.__exit__(None, None, None)
            raise
        self.start_seconds = time.perf_counter() - started
        return self

    def __exit__(self, *exc) -> None:
        for process in reversed(self.processes):
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGTERM)
                try:
                    process.wait(timeout=15)
                except subprocess.TimeoutExpired:
                    os.killpg(process.pid, signal.SIGKILL)
                    process.wait()


def task_overhead(records: list[dict], threads: int) -> dict[str, float]:
    """Compute time, span and the idle-or-scheduling share of the workers' time, from the task stream."""
    computes = [(s["start"], s["stop"]) for record in records for s in record["startstops"]
                if s["action"] == "compute"]
    others = sum(s["stop"] - s["start"] for record in records for s in record["startstops"]
                 if s["action"] != "compute")
    if not computes:
        return {"tasks": 0}
    compute = sum(stop - start for start, stop in computes)
    span = max(stop for _, stop in computes) - min(start for start, _ in computes)
    return {"tasks": len(records), "compute_s": compute, "transfer_s": others, "span_s": span,
            "overhead": 1 - compute / (threads * span) if span else 0.0,
            "per_task_s": compute / len(records)}


def cluster_versus_local(articles: int, workdir: Path, seed: int, tree: Path) -> dict:
    from distributed import Client

    bench_build.TREE = tree
    corpus = bench_build.cached_corpus(workdir, articles, seed)
    run_dir = workdir / f"cluster-{articles}"
    results: dict = {"articles": articles, "load_average": os.getloadavg()[0]}
    shutil.rmtree(run_dir, ignore_errors=True)  # cold builds: no tables, no cache
    (run_dir / "local").mkdir(parents=True)
    print(f"  local build of {articles} articles…", file=sys.stderr, flush=True)
    local = bench_build.run_build(corpus, run_dir / "local" / "out", run_dir / "local" / "cache", None)
    results["local"] = {"seconds": local.seconds, "peak_mb_tree": local.peak_mb_tree, "summary": local.summary}
    with LoopbackCluster(tree, 2, run_dir / "logs") as cluster:
        results["cluster_start_s"] = cluster.start_seconds
        with Client(cluster.address, timeout="60s") as client:
            client.get_task_stream()  # installs the scheduler's task stream, so the build's tasks are recorded
            since = time.time()
            print("  cluster build…", file=sys.stderr, flush=True)
            remote = run_cluster_build(corpus, run_dir / "cluster" / "out", cluster.address, tree)
            records = client.get_task_stream(start=since)
            results["cluster"] = {**remote, **task_overhead(records, 2)}
    results["identical"] = {name: (run_dir / "local" / "out" / f"{name}.csv").read_bytes()
                            == (run_dir / "cluster" / "out" / f"{name}.csv").read_bytes() for name in TABLES}
    return results


def run_cluster_build(corpus: Path, out: Path, address: str, tree: Path) -> dict:
    command = [sys.executable, "-m", "analysis", "build", str(corpus), "--out", str(out), "--quiet", "--no-cache",
               "--scheduler", address]
    report = out.parent / "time-v.txt"
    out.parent.mkdir(parents=True, exist_ok=True)
    if bench_build.GNU_TIME.exists():
        command = [str(bench_build.GNU_TIME), "-v", "-o", str(report), *command]
    started = time.perf_counter()
    result = subprocess.run(command, cwd=tree, env={**os.environ, "PYTHONPATH": str(tree)}, capture_output=True,
                            text=True)
    seconds = time.perf_counter() - started
    if result.returncode != 0:
        raise RuntimeError(f"cluster build failed: {result.stderr[-3000:]}")
    peak = None
    if report.exists():
        found = [line for line in report.read_text().splitlines() if "Maximum resident set size" in line]
        peak = int(found[0].rsplit(":", 1)[1]) / 1024 if found else None
    return {"seconds": seconds, "client_peak_mb": peak, "summary": result.stdout.strip().splitlines()[-1]}


def jsonl_corpus(workdir: Path, articles: int, seed: int) -> Path:
    """`articles` make_corpus.py articles as one gzip-compressed JSON-lines file, written once per workdir."""
    path = workdir / f"corpus-{articles}-seed{seed}.jsonl.gz"
    if path.exists():
        return path
    partial = path.with_name(path.name + ".partial")
    seen: set[str] = set()
    with gzip.open(partial, "wt", encoding="utf-8", compresslevel=6) as handle:
        for index in range(articles):
            attempt, article = 0, make_corpus.generate_article(seed, index)
            while make_corpus.text_digest(article.text) in seen:
                attempt += 1
                article = make_corpus.generate_article(seed, index, attempt)
            seen.add(make_corpus.text_digest(article.text))
            title, _, body = article.text.partition("\n")
            handle.write(json.dumps({"id": Path(article.file_name).stem, "title": title, "text": body,
                                     "outlet": article.outlet, "url": article.url,
                                     "published": article.published.isoformat() if article.published else ""})
                         + "\n")
    partial.rename(path)
    return path


def read_only_build(tree: Path, mode: str, source: Path) -> dict:
    result = subprocess.run([sys.executable, "-c", READ_ONLY_BUILD, mode, str(source)], cwd=tree,
                            env={**os.environ, "PYTHONPATH": str(tree)}, capture_output=True, text=True, check=True)
    return json.loads(result.stdout.strip().splitlines()[-1])


def streaming_memory(articles: int, workdir: Path, seed: int, tree: Path, before_tree: Path | None) -> dict:
    print(f"  writing {articles} articles as jsonl.gz…", file=sys.stderr, flush=True)
    source = jsonl_corpus(workdir, articles, seed)
    results: dict = {"articles": articles, "file_mb": source.stat().st_size / 2**20}
    whole = ("list", f"read whole, the build of {before_tree}", before_tree) if before_tree is not None \
        else ("list", "read whole (read_corpus)", tree)
    runs = [whole, ("stream", "streamed (iter_corpus)", tree)]
    for mode, label, where in runs:
        print(f"  {label}…", file=sys.stderr, flush=True)
        results[label] = read_only_build(where, mode, source)
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, help="build this many articles locally and on the cluster")
    parser.add_argument("--stream-articles", type=int, help="peak memory of reading this many as one .jsonl.gz")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--workdir", type=Path, default=bench_build.DEFAULT_WORKDIR)
    parser.add_argument("--tree", type=Path, default=ROOT, help="the checkout whose build is measured")
    parser.add_argument("--before-tree", type=Path, help="with --stream-articles: also an older checkout")
    args = parser.parse_args(argv)
    if not (args.articles or args.stream_articles):
        parser.error("give --articles N or --stream-articles N")
    args.workdir.mkdir(parents=True, exist_ok=True)
    report: dict = {}
    if args.articles:
        report["cluster"] = cluster_versus_local(args.articles, args.workdir, args.seed, args.tree.resolve())
    if args.stream_articles:
        report["stream"] = streaming_memory(args.stream_articles, args.workdir, args.seed, args.tree.resolve(),
                                            args.before_tree.resolve() if args.before_tree else None)
    print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
