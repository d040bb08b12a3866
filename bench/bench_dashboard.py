"""How fast does the dashboard answer on a big corpus?

    python bench/bench_dashboard.py --articles 10000 [--workdir DIR] [--seed S]

Builds (or reuses) the tables of an N-article synthetic corpus with
`python -m analysis build CORPUS --out DIR --parquet`, then drives dashboard.py
headless with Streamlit's AppTest, pointed at the built folder the way an analyst
shares it (query parameters source="Folder or file", path=DIR):

  open      the first run: reading the built tables (cache miss) and drawing the Overview
  page      each page's first render once the tables are cached
  filter    selecting one outlet in the sidebar, on each page
  memory    this process's peak resident memory (AppTest runs the app in-process)

It also times what every rerun pays before a page draws anything: the folder
fingerprint (a stat of the table files). The tables themselves are shared through
st.cache_resource, so a rerun does not copy them.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_build import DEFAULT_WORKDIR, ROOT, cached_corpus  # noqa: E402  (sibling scripts)

PAGES = ("pages/at-a-glance.py", "pages/timeline-of-estimates.py", "pages/quote-explorer.py",
         "pages/source-comparison.py", "pages/article-reader.py")
SOURCE_FOLDER = "Folder or file"  # the sidebar's radio option for a typed path
OUTLET_FILTER_KEY = "outlet"
RUN_TIMEOUT = 900


@dataclass
class PageTiming:
    page: str
    first_render_s: float | None = None
    filter_change_s: float | None = None
    problems: list[str] = field(default_factory=list)


@dataclass
class DashboardResult:
    articles: int
    build_s: float | None  # None when an earlier build was reused; may have used bench_build's article cache
    open_s: float
    fingerprint_s: float
    fingerprint_with_cache_s: float | None  # the same for a built folder holding its default .cache/
    read_tables_s: float
    baseline_rss_mb: float
    peak_rss_mb: float
    pages: list[PageTiming]


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux reports kilobytes


def current_rss_mb() -> float:
    with open("/proc/self/statm", encoding="ascii") as handle:
        return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def built_tables(workdir: Path, articles: int, seed: int, tree: Path) -> tuple[Path, float | None]:
    """The corpus built with Parquet by `tree`'s build, unless an earlier run left it."""
    out = workdir / f"built-{articles}-seed{seed}"
    if (out / "articles.parquet").exists():
        return out, None
    corpus = cached_corpus(workdir, articles, seed)
    command = [sys.executable, "-m", "analysis", "build", str(corpus), "--out", str(out), "--parquet",
               "--quiet"]
    # bench_build.py's run of this corpus left a per-article cache: parsing it all again proves nothing here
    earlier_cache = workdir / f"run-{articles}" / "out" / ".cache"
    command += ["--cache", str(earlier_cache)] if earlier_cache.is_dir() else []
    started = time.perf_counter()
    subprocess.run(command, cwd=tree, env={**os.environ, "PYTHONPATH": str(tree)}, check=True)
    return out, time.perf_counter() - started


def timed(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def problems_of(app) -> list[str]:
    """Exceptions and error boxes the run left on the page."""
    return [f"exception: {e.value}" for e in app.exception] + [f"error: {e.value}" for e in app.error]


def fingerprint_seconds(folder: Path) -> float | None:
    from analysis.uploads import corpus_fingerprint

    return timed(lambda: corpus_fingerprint(folder)) if folder.is_dir() else None


def per_rerun_costs(out: Path) -> tuple[float, float]:
    """(fingerprint s, read_tables s): what each rerun pays before drawing, and what opening the folder costs."""
    from analysis.export import read_tables

    return fingerprint_seconds(out), timed(lambda: read_tables(out))


def first_outlet(app) -> str | None:
    widgets = [w for w in app.multiselect if w.key == OUTLET_FILTER_KEY]
    return widgets[0].options[0] if widgets and widgets[0].options else None


def measure_pages(out: Path) -> tuple[float, list[PageTiming]]:
    """(open seconds, per-page timings) of one AppTest session on the built folder."""
    from streamlit.testing.v1 import AppTest

    app = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=RUN_TIMEOUT)
    app.query_params["source"] = SOURCE_FOLDER
    app.query_params["path"] = str(out)
    os.environ["CLAIMDESK_CORPORA"] = str(out.parent)  # a corpus outside the home folder must be allowed
    open_s = timed(app.run)
    timings = []
    first_problems = problems_of(app)
    for page in PAGES:
        timing = PageTiming(page, problems=first_problems if page == PAGES[0] else [])
        timings.append(timing)
        try:
            timing.first_render_s = timed(lambda page=page: app.switch_page(page).run())
            timing.problems += problems_of(app)
            outlet = first_outlet(app)
            if outlet is None:
                timing.problems.append("no outlet filter to change")
                continue
            timing.filter_change_s = timed(lambda outlet=outlet: app.multiselect(key=OUTLET_FILTER_KEY)
                                           .select(outlet).run())
            timing.problems += problems_of(app)
            app.multiselect(key=OUTLET_FILTER_KEY).unselect(outlet).run()
        except Exception as error:  # noqa: BLE001  (a broken page is a result to report, not a crash)
            timing.problems.append(f"{type(error).__name__}: {error}")
    return open_s, timings


def report(result: DashboardResult) -> str:
    built = "reused an earlier build" if result.build_s is None else f"built in {result.build_s:.1f} s"
    lines = [
        f"dashboard on {result.articles:,} articles ({built})",
        f"  open the built folder + Overview (tables not yet cached): {result.open_s:.2f} s",
        f"  every rerun pays: folder fingerprint {result.fingerprint_s:.3f} s "
        f"({'n/a' if result.fingerprint_with_cache_s is None else f'{result.fingerprint_with_cache_s:.3f} s'}"
        " when the folder holds the build's default .cache/); reading the tables cold "
        f"{result.read_tables_s:.2f} s",
        f"  memory: {result.baseline_rss_mb:.0f} MB before the app, peak {result.peak_rss_mb:.0f} MB",
        "",
        f"  {'page':<22} {'first render s':>14} {'one outlet s':>13}  problems",
    ]
    for page in result.pages:
        render = "—" if page.first_render_s is None else f"{page.first_render_s:.2f}"
        change = "—" if page.filter_change_s is None else f"{page.filter_change_s:.2f}"
        lines.append(f"  {page.page:<22} {render:>14} {change:>13}  {'; '.join(page.problems)[:300]}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--workdir", type=Path, default=DEFAULT_WORKDIR, help=f"default {DEFAULT_WORKDIR}")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--build-tree", type=Path, default=ROOT,
                        help="build with another checkout (the dashboard is always this one)")
    args = parser.parse_args(argv)
    args.workdir.mkdir(parents=True, exist_ok=True)
    os.environ.pop("CLAIMDESK_CORPUS", None)

    out, build_s = built_tables(args.workdir, args.articles, args.seed, args.build_tree.resolve())
    import streamlit.testing.v1  # noqa: F401  (imported before the baseline, so it is not counted as the app's)

    baseline = current_rss_mb()
    open_s, pages = measure_pages(out)
    app_peak = peak_rss_mb()
    fingerprint_s, read_s = per_rerun_costs(out)
    with_cache = fingerprint_seconds(args.workdir / f"run-{args.articles}" / "out")  # left by bench_build.py
    result = DashboardResult(args.articles, build_s, open_s, fingerprint_s, with_cache, read_s,
                             baseline, app_peak, pages)
    print(report(result))
    saved = args.workdir / f"results-dashboard-{args.articles}.json"
    saved.write_text(json.dumps(asdict(result), indent=2))
    print(f"\nsaved to {saved}")
    return 1 if any(page.problems for page in pages) else 0


if __name__ == "__main__":
    raise SystemExit(main())
