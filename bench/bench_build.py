"""How fast is the build, next to the parse it cannot avoid?

    python bench/bench_build.py --sizes 100 1000 10000 [--workdir DIR] [--repeat R] [--profile]
    python bench/bench_build.py --quick          # 40 articles, each timing the median of 3 runs

For each corpus size (a synthetic corpus from make_corpus.py, cached in the workdir):
  bare     spaCy alone: `nlp.pipe(texts)` in one process, same model, all pipes, same texts
           (the article texts as the build reads them); the model load is timed apart.
  build    `python -m analysis build INPUT --out DIR` as a subprocess, cold: a fresh out dir and a
           fresh cache dir (XDG_CACHE_HOME); wall time and peak memory (largest process, and the
           sum over the process tree, which is what counts once the build runs several workers).
  rebuild  the same command again into the same out dir, corpus unchanged.
  +1       one more article added to the corpus, then the same command again.

With --profile, each size is also built once under cProfile; the summary splits the time
between our code (analysis/) and spaCy and lists the top functions.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import pstats
import re
import resource
import shutil
import statistics
import subprocess
import sys
import threading
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import make_corpus  # noqa: E402  (a sibling script, not a package)

ROOT = Path(__file__).resolve().parents[1]
TREE = ROOT  # the project tree whose build is measured; --tree points it at another checkout
DEFAULT_WORKDIR = Path(os.environ.get("TMPDIR", "/tmp")) / "claimdesk-bench"
GNU_TIME = Path("/usr/bin/time")
QUICK_SIZE, QUICK_REPEAT = 40, 3
RSS_POLL_SECONDS = 0.2
PAGE_BYTES = os.sysconf("SC_PAGE_SIZE")
# where the build's time goes, by the functions that enclose each phase (file suffix, function name)
PHASES = (
    ("read the corpus", "analysis/reading/corpus.py", "read_corpus"),
    ("load the spaCy pipeline", "analysis/nlp.py", "load_pipeline"),
    ("parse (spaCy nlp.pipe)", "spacy/language.py", "pipe"),
    ("extract quotes and claims", "analysis/extract.py", "extract_article"),
    ("resolve the corpus", "analysis/tables.py", "resolve_corpus"),
    ("write the tables", "analysis/export.py", "write_tables"),
)


@dataclass
class BuildRun:
    seconds: float
    peak_mb_process: float | None  # largest single process (GNU time's maximum resident set size)
    peak_mb_tree: float  # sampled sum over the build and its children
    summary: str  # the build's last stdout line


@dataclass
class SizeResult:
    size: int
    articles: int
    words: int
    model_load_s: float
    bare_s: list[float] = field(default_factory=list)
    build: list[BuildRun] = field(default_factory=list)
    rebuild: BuildRun | None = None
    plus_one: BuildRun | None = None
    load_average: float = 0.0
    bare_sample: int | None = None  # bare parse timed on this many articles and scaled by words
    bare_startup_s: float = 0.0  # a fresh `python -c "import spacy; spacy.load(model)"`, median of 3
    bare_peak_mb: float = 0.0  # this process's peak after the bare parses (default batch: 1,000 docs)

    @property
    def bare_median(self) -> float:
        return statistics.median(self.bare_s)

    @property
    def build_median(self) -> float:
        return statistics.median(run.seconds for run in self.build)

    @property
    def peak_mb(self) -> float:
        return max(max(run.peak_mb_tree, run.peak_mb_process or 0) for run in self.build)


# --- the corpus ----------------------------------------------------------------------------
def cached_corpus(workdir: Path, size: int, seed: int) -> Path:
    """The size-article corpus for this seed, generated once per workdir."""
    folder = workdir / f"corpus-{size}-seed{seed}"
    manifest = folder / make_corpus.MANIFEST_NAME
    if manifest.exists() and sum(1 for _ in manifest.open(encoding="utf-8")) == size + 1:
        return folder
    staging = folder.with_name(folder.name + ".partial")
    shutil.rmtree(staging, ignore_errors=True)
    make_corpus.write_corpus(size, staging, seed)
    shutil.rmtree(folder, ignore_errors=True)
    staging.rename(folder)
    return folder


def link_or_copy(source: str, target: str) -> None:
    """Article files are hard-linked (cheap for 10,000 files); the manifest, which +1 rewrites, is copied."""
    if source.endswith(".txt"):
        os.link(source, target)
    else:
        shutil.copy2(source, target)


def article_texts(corpus: Path) -> list[str]:
    """The texts exactly as the build hands them to spaCy (headline line + paragraphs)."""
    from analysis.reading import read_corpus

    return [a.text for a in read_corpus(corpus) if a.status == "ok"]


# --- measuring -------------------------------------------------------------------------------
def time_bare_parse(nlp, texts: list[str], limit: int | None = None) -> float:
    """Seconds for nlp.pipe over `texts`; over the first `limit` only, scaled by words (spaCy is linear)."""
    sample = texts[:limit] if limit else texts
    started = time.perf_counter()
    for _doc in nlp.pipe(sample):
        pass
    seconds = time.perf_counter() - started
    return seconds * sum(len(t.split()) for t in texts) / sum(len(t.split()) for t in sample)


def process_tree_rss(root_pid: int) -> int:
    """Resident bytes of `root_pid` and all its descendants, from /proc."""
    children: dict[int, list[int]] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat", encoding="ascii", errors="replace") as handle:
                parent = int(handle.read().rsplit(")", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):
            continue
        children.setdefault(parent, []).append(int(entry.name))
    total, pending = 0, [root_pid]
    while pending:
        pid = pending.pop()
        pending.extend(children.get(pid, []))
        try:
            with open(f"/proc/{pid}/statm", encoding="ascii") as handle:
                total += int(handle.read().split()[1]) * PAGE_BYTES
        except (OSError, IndexError, ValueError):
            continue
    return total


class TreeMemorySampler:
    """Polls the process tree's resident memory while a build runs; keeps the peak."""

    def __init__(self, pid: int):
        self.pid, self.peak = pid, 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._poll, daemon=True)

    def _poll(self) -> None:
        while not self._stop.is_set():
            self.peak = max(self.peak, process_tree_rss(self.pid))
            self._stop.wait(RSS_POLL_SECONDS)

    def __enter__(self) -> TreeMemorySampler:
        self._thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self._stop.set()
        self._thread.join()


def build_command(corpus: Path, out: Path, model: str | None, profile: Path | None = None) -> list[str]:
    """The build's command line; under cProfile in one process, since a profiler sees only its own process."""
    runner = [sys.executable, "-m", "cProfile", "-o", str(profile)] if profile else [sys.executable]
    command = [*runner, "-m", "analysis", "build", str(corpus), "--out", str(out), "--quiet"]
    return command + (["--model", model] if model else []) + (["--processes", "1"] if profile else [])


def run_build(corpus: Path, out: Path, cache: Path, model: str | None,
              profile: Path | None = None) -> BuildRun:
    """One `python -m analysis build` in a subprocess: wall time and peak memory."""
    report = out.parent / "time-v.txt"
    command = build_command(corpus, out, model, profile)
    if GNU_TIME.exists():
        command = [str(GNU_TIME), "-v", "-o", str(report), *command]
    env = {**os.environ, "XDG_CACHE_HOME": str(cache), "PYTHONUNBUFFERED": "1", "PYTHONPATH": str(TREE)}
    started = time.perf_counter()
    process = subprocess.Popen(command, cwd=TREE, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               text=True)
    with TreeMemorySampler(process.pid) as sampler:
        stdout, stderr = process.communicate()
    seconds = time.perf_counter() - started
    if process.returncode != 0:
        raise RuntimeError(f"build failed ({process.returncode}): {' '.join(command)}\n{stderr[-3000:]}")
    peak_process = None
    if report.exists():
        found = re.search(r"Maximum resident set size \(kbytes\): (\d+)", report.read_text())
        peak_process = int(found.group(1)) / 1024 if found else None
    lines = stdout.strip().splitlines()
    return BuildRun(seconds, peak_process, sampler.peak / 2**20, lines[-1] if lines else "")


def check_summary(run: BuildRun, articles: int) -> None:
    """The build must really have read every article, or its timing means nothing."""
    if not run.summary.startswith(f"{articles} articles ({articles} ok"):
        raise RuntimeError(f"expected {articles} articles read, the build said: {run.summary!r}")


def measure_size(size: int, workdir: Path, seed: int, repeat: int, model: str | None,
                 bare: tuple[object, float], bare_limit: int | None = None) -> SizeResult:
    nlp, load_seconds = bare
    corpus = cached_corpus(workdir, size, seed)
    texts = article_texts(corpus)
    result = SizeResult(size, len(texts), sum(len(t.split()) for t in texts), model_load_s=load_seconds,
                        load_average=os.getloadavg()[0],
                        bare_sample=bare_limit if bare_limit and bare_limit < len(texts) else None)
    run_dir = workdir / f"run-{size}"
    for attempt in range(repeat):  # bare and build interleaved, so a busy neighbour hurts both alike
        print(f"  [{size}] bare parse {attempt + 1}/{repeat}…", file=sys.stderr, flush=True)
        result.bare_s.append(time_bare_parse(nlp, texts, result.bare_sample))
        result.bare_peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        shutil.rmtree(run_dir, ignore_errors=True)
        run_dir.mkdir(parents=True)
        shutil.copytree(corpus, run_dir / "input", copy_function=link_or_copy)
        print(f"  [{size}] cold build {attempt + 1}/{repeat}…", file=sys.stderr, flush=True)
        result.build.append(run_build(run_dir / "input", run_dir / "out", run_dir / "cache", model))
        check_summary(result.build[-1], size)
    print(f"  [{size}] rebuild, then +1 article…", file=sys.stderr, flush=True)
    result.rebuild = run_build(run_dir / "input", run_dir / "out", run_dir / "cache", model)
    check_summary(result.rebuild, size)
    make_corpus.write_corpus(size + 1, run_dir / "input", seed, first=size)
    result.plus_one = run_build(run_dir / "input", run_dir / "out", run_dir / "cache", model)
    check_summary(result.plus_one, size + 1)
    return result


def bare_startup_seconds(model: str | None, runs: int = 3) -> float:
    """What a bare-spaCy process pays before its first doc: interpreter, `import spacy`, model load."""
    from analysis.nlp import model_name

    code = f"import spacy; spacy.load({model_name(model)!r})"
    return statistics.median(timed_subprocess([sys.executable, "-c", code]) for _ in range(runs))


def timed_subprocess(command: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, check=True, cwd=TREE)
    return time.perf_counter() - started


def load_bare_model(model: str | None) -> tuple[object, float]:
    """(pipeline, load seconds): the build's installed pipeline, loaded plainly (all pipes, none added)."""
    import spacy

    from analysis.nlp import model_name

    started = time.perf_counter()
    nlp = spacy.load(model_name(model))
    return nlp, time.perf_counter() - started


# --- the profile -----------------------------------------------------------------------------
def package_of(filename: str) -> str:
    if "/analysis/" in filename:
        return "ours (analysis/)"
    if re.match(r"(spacy|thinc)/.*\.(pyx|pxd)$", filename):  # compiled spaCy objects: Doc, Token, Span
        return "spaCy Doc/Token objects (.pyx)"
    found = re.search(r"site-packages/([A-Za-z0-9_]+)", filename)
    if found:
        name = found.group(1)
        return "spaCy + thinc" if name in {"spacy", "thinc", "blis", "numpy", "cymem", "preshed"} else name
    return "python stdlib" if "/lib/python" in filename else "other"


def own_time_by_package(stats: pstats.Stats) -> dict[str, float]:
    """Self time per package; a built-in (C) function's time goes to the packages that called it."""
    totals: dict[str, float] = {}
    for (filename, _line, _name), (_cc, _nc, self_time, _cum, callers) in stats.stats.items():
        if filename != "~":
            totals[package_of(filename)] = totals.get(package_of(filename), 0.0) + self_time
            continue
        if not callers:
            totals["other"] = totals.get("other", 0.0) + self_time
        for (caller_file, _l, _n), edge in callers.items():
            totals[package_of(caller_file)] = totals.get(package_of(caller_file), 0.0) + edge[2]
    return dict(sorted(totals.items(), key=lambda item: -item[1]))


def time_by_owner(stats: pstats.Stats) -> dict[str, float]:
    """Self time charged to whoever asked for it: our code or spaCy's pipeline.

    A function outside both (the re module, a Token attribute, numpy) belongs to the caller that spent
    the most time in it, followed upwards until a frame of analysis/ or of spaCy/thinc's Python code.
    """
    spacy_python = re.compile(r"site-packages/(spacy|thinc)/.*\.py$")
    owners: dict[tuple, str] = {}

    def direct_owner(function: tuple) -> str | None:
        if "/analysis/" in function[0]:
            return "our code (analysis/)"
        return "spaCy pipeline" if spacy_python.search(function[0]) else None

    def owner(function: tuple) -> str:
        path, seen = [function], {function}
        found = direct_owner(function)
        while found is None and path[-1] not in owners:
            callers = stats.stats.get(path[-1], (0, 0, 0, 0, {}))[4]
            candidates = [c for c in callers if c not in seen]
            if not candidates:
                found = "startup and other"
                break
            path.append(max(candidates, key=lambda c: callers[c][3]))
            seen.add(path[-1])
            found = direct_owner(path[-1])
        found = found or owners[path[-1]]
        owners.update(dict.fromkeys(path, found))
        return found

    totals: dict[str, float] = {}
    for function, (_cc, _nc, self_time, _cum, _callers) in stats.stats.items():
        name = owner(function)
        totals[name] = totals.get(name, 0.0) + self_time
    return dict(sorted(totals.items(), key=lambda item: -item[1]))


def top_functions(stats: pstats.Stats, keep, count: int = 15) -> list[tuple[float, float, int, str]]:
    rows = [(cum, own, calls, f"{short_path(filename)}:{line}({name})")
            for (filename, line, name), (_cc, calls, own, cum, _callers) in stats.stats.items()
            if keep(filename)]
    return sorted(rows, reverse=True)[:count]


def short_path(filename: str) -> str:
    return re.sub(r".*site-packages/", "", re.sub(rf"^{re.escape(str(TREE))}/", "", filename))


def phase_times(stats: pstats.Stats) -> list[tuple[str, float]]:
    found = []
    for label, suffix, function in PHASES:
        cumulative = sum(entry[3] for (filename, _line, name), entry in stats.stats.items()
                         if filename.endswith(suffix) and name == function)
        found.append((label, cumulative))
    return found


def profile_summary(profile: Path) -> str:
    stats = pstats.Stats(str(profile))
    total = stats.total_tt
    lines = [f"cProfile of the build: {total:.1f} s in total (profiling slows pure-Python code more than "
             "spaCy's compiled code, so our share is overstated)", "", "phases (cumulative):"]
    lines += [f"  {label:<28} {seconds:8.1f} s  {seconds / total:6.1%}"
              for label, seconds in phase_times(stats)]
    lines += ["", "time by who asked for it (see time_by_owner):"]
    lines += [f"  {name:<28} {seconds:8.1f} s  {seconds / total:6.1%}"
              for name, seconds in time_by_owner(stats).items()]
    lines += ["", "self time by package (C built-ins charged to their callers):"]
    lines += [f"  {name:<28} {seconds:8.1f} s  {seconds / total:6.1%}"
              for name, seconds in own_time_by_package(stats).items() if seconds / total >= 0.002]
    spacy_file = re.compile(r"site-packages/(spacy|thinc)/")
    for title, keep in (("our code", lambda f: "/analysis/" in f and not f.endswith("__main__.py")),
                        ("spaCy + thinc", lambda f: spacy_file.search(f) is not None)):
        lines += ["", f"top 15 functions of {title} by cumulative time:",
                  f"  {'cum s':>8} {'own s':>8} {'calls':>10}  function"]
        lines += [f"  {cum:8.2f} {own:8.2f} {calls:10,}  {name}"
                  for cum, own, calls, name in top_functions(stats, keep)]
    lines += ["", "top 15 functions anywhere by self time:",
              f"  {'own s':>8} {'cum s':>8} {'calls':>10}  function"]
    by_own = sorted(((own, cum, calls, f"{short_path(f)}:{line}({name})")
                     for (f, line, name), (_cc, calls, own, cum, _c) in stats.stats.items()),
                    reverse=True)[:15]
    lines += [f"  {own:8.2f} {cum:8.2f} {calls:10,}  {name}" for own, cum, calls, name in by_own]
    return "\n".join(lines)


def profile_size(size: int, workdir: Path, seed: int, model: str | None) -> str:
    """Build the size-article corpus once under cProfile and summarise where the time went."""
    corpus = cached_corpus(workdir, size, seed)
    run_dir = workdir / f"profile-{size}"
    shutil.rmtree(run_dir, ignore_errors=True)
    run_dir.mkdir(parents=True)
    profile = workdir / f"build-{size}.prof"
    print(f"  [{size}] build under cProfile…", file=sys.stderr, flush=True)
    run = run_build(corpus, run_dir / "out", run_dir / "cache", model, profile=profile)
    summary = (f"profile of {size:,} articles, one process ({run.seconds:.1f} s wall under cProfile; "
               f"{profile})\n")
    summary += profile_summary(profile)
    (workdir / f"profile-{size}.txt").write_text(summary + "\n", encoding="utf-8")
    return summary


# --- reporting -------------------------------------------------------------------------------
def table(results: list[SizeResult]) -> str:
    header = (f"{'size':>6} {'words':>10} {'bare s':>8} {'build s':>8} {'ratio':>6} {'peak MB':>8} "
              f"{'rebuild s':>9} {'+1 art. s':>9} {'bare w/s':>9} {'build w/s':>9}")
    rows = [header, "-" * len(header)]
    for r in results:
        rows.append(f"{r.size:>6,} {r.words:>10,} {r.bare_median:>8.1f} {r.build_median:>8.1f} "
                    f"{r.build_median / r.bare_median:>6.2f} {r.peak_mb:>8.0f} {r.rebuild.seconds:>9.1f} "
                    f"{r.plus_one.seconds:>9.1f} {r.words / r.bare_median:>9,.0f} "
                    f"{r.words / r.build_median:>9,.0f}")
    return "\n".join(rows)


def details(results: list[SizeResult]) -> str:
    lines = []
    for r in results:
        runs = ", ".join(f"{b.seconds:.2f}" for b in r.build)
        bare = ", ".join(f"{s:.2f}" for s in r.bare_s)
        largest = max((b.peak_mb_process or 0) for b in r.build)
        sampled = f", timed on the first {r.bare_sample:,} articles, scaled by words" if r.bare_sample else ""
        lines.append(f"{r.size:,} articles: bare runs [{bare}] s{sampled} "
                     f"(+ {r.model_load_s:.1f} s model load, not counted; bench process peak "
                     f"{r.bare_peak_mb:,.0f} MB so far); "
                     f"build runs [{runs}] s; largest process {largest:.0f} MB; rebuild = "
                     f"{r.rebuild.seconds / r.build_median:.0%} of cold; +1 article = "
                     f"{r.plus_one.seconds / r.build_median:.0%} of cold "
                     f"(one article's share: {1 / r.articles:.2%}); load average {r.load_average:.1f}; "
                     f"a bare process starts in {r.bare_startup_s:.1f} s: build / (bare + that start) = "
                     f"{r.build_median / (r.bare_median + r.bare_startup_s):.2f}")
    return "\n".join(lines)


def growth(results: list[SizeResult]) -> str:
    """How build time grows with size: exponent 1.0 is linear, 2.0 quadratic."""
    lines = []
    for small, large in zip(results, results[1:], strict=False):
        exponent = math.log(large.build_median / small.build_median) / math.log(large.words / small.words)
        per_small = small.build_median / small.articles * 1000
        per_large = large.build_median / large.articles * 1000
        factor = large.build_median / small.build_median
        lines.append(f"{small.size:,} -> {large.size:,} articles: build x{factor:.1f} "
                     f"for x{large.words / small.words:.1f} words (exponent {exponent:.2f}); "
                     f"{per_small:.0f} -> {per_large:.0f} ms per article")
    return "\n".join(lines)


def save(results: list[SizeResult], workdir: Path) -> Path:
    path = workdir / "results-build.json"
    saved = json.loads(path.read_text()) if path.exists() else {}
    for r in results:
        saved[str(r.size)] = {**asdict(r), "bare_median": r.bare_median, "build_median": r.build_median,
                              "peak_mb": r.peak_mb, "measured_at": time.strftime("%Y-%m-%d %H:%M")}
    path.write_text(json.dumps(saved, indent=2))
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000])
    parser.add_argument("--quick", action="store_true",
                        help=f"{QUICK_SIZE} articles, median of {QUICK_REPEAT} runs")
    parser.add_argument("--repeat", type=int,
                        help="cold builds and bare parses per size (default 1, quick 3)")
    parser.add_argument("--workdir", type=Path, default=DEFAULT_WORKDIR, help=f"default {DEFAULT_WORKDIR}")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--model", help="spaCy pipeline (default: the build's default)")
    parser.add_argument("--profile", action="store_true", help="also build each size once under cProfile")
    parser.add_argument("--bare-max-articles", type=int,
                        help="time the bare parse on this many articles only and scale it by words "
                             "(spaCy's speed per word does not depend on corpus size)")
    parser.add_argument("--tree", type=Path, default=ROOT,
                        help="measure the build of another checkout of the project, e.g. a `git archive` "
                             "of a commit (default: this one)")
    args = parser.parse_args(argv)
    global TREE
    TREE = args.tree.resolve()
    sys.path.insert(0, str(TREE))  # the corpus is read by the measured tree's own reader
    sizes = [QUICK_SIZE] if args.quick else args.sizes
    repeat = args.repeat or (QUICK_REPEAT if args.quick else 1)
    args.workdir.mkdir(parents=True, exist_ok=True)

    print(f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f}; workdir {args.workdir}; "
          f"measuring the build of {TREE}")
    bare = load_bare_model(args.model)
    startup = bare_startup_seconds(args.model)
    results = []
    for size in sizes:
        results.append(measure_size(size, args.workdir, args.seed, repeat, args.model, bare,
                                    args.bare_max_articles))
        results[-1].bare_startup_s = startup
        print(table(results[-1:]).splitlines()[-1], file=sys.stderr, flush=True)
    print()
    print(f"median of {repeat} run(s) each; bare = nlp.pipe of the same texts in one process, model load "
          "excluded; build = the whole `python -m analysis build` (startup, model load, writing included)")
    print(table(results))
    print()
    print(details(results))
    if len(results) > 1:
        print()
        print(growth(results))
    print(f"\nsaved to {save(results, args.workdir)}")
    if args.profile:
        for size in sizes:
            print()
            print(profile_size(size, args.workdir, args.seed, args.model))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
