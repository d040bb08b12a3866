"""How fast do the pages answer in a real browser on a big corpus, and how much memory does the server take?

    python bench/bench_browser.py DIR [--tree CHECKOUT] [--port 8599] [--json OUT.json]

Starts `streamlit run dashboard.py` on DIR (a built folder, e.g. one `bench/scale_tables.py` wrote) and
drives Debian's chromium with playwright, the way an analyst clicks through: open the app (which
reads or prepares the tables), then each page from the sidebar in one session. On each page it picks
the first outlet in the sidebar's Outlet filter (the filter change), presses "Reset filters", then
picks "Select all" outlets (the same rows as no filter) and resets again.
For each step it prints when the page's heading appeared and when Streamlit finished the run (every
table and chart sent), and at the end the peak memory of the server: the summed RSS of the streamlit
process and its children, sampled every 0.1 s. `--tree` serves another checkout's dashboard.py
(for example `git archive main | tar -x -C /tmp/before`) on the same folder: the before figures.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import threading
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.serving import CHROMIUM, CHROMIUM_ARGS, IDLE_APP, free_port, wait_healthy  # noqa: E402

PAGES = ("Timeline of estimates", "Quote explorer", "Source comparison", "Article reader", "Overview")
BULK_OPTION = re.compile(r"^Select (all|\d+ matches)$")  # Streamlit's multiselect's own first option
SETTLE_MS = 200  # a run can start a moment after the click: wait, then for the app to be idle


class PeakMemory:
    """The largest summed RSS of a process and its children, sampled in a thread until stopped."""

    def __init__(self, pid: int, every_s: float = 0.1) -> None:
        self.process, self.every_s, self.peak = psutil.Process(pid), every_s, 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)
        self._thread.start()

    def _sample(self) -> None:
        while not self._stop.is_set():
            try:
                tree = [self.process, *self.process.children(recursive=True)]
                self.peak = max(self.peak, sum(part.memory_info().rss for part in tree))
            except psutil.Error:
                pass
            time.sleep(self.every_s)

    def stop(self) -> int:
        self._stop.set()
        self._thread.join()
        return self.peak


def finished(page, started: float) -> float:
    page.wait_for_timeout(SETTLE_MS)
    page.wait_for_selector(IDLE_APP)
    return time.perf_counter() - started - SETTLE_MS / 1000


def pick_first_outlet(page) -> float:
    page.locator(".st-key-outlet input").click()
    # the list opens with "Select all" (every outlet): the first outlet is the first option after it
    option = page.get_by_role("option").filter(has_not_text=BULK_OPTION).first
    started = time.perf_counter()
    option.click()
    page.keyboard.press("Escape")
    return finished(page, started)


def select_all_outlets(page) -> float:
    page.locator(".st-key-outlet input").click()
    option = page.get_by_role("option", name="Select all")
    started = time.perf_counter()
    option.click()
    page.keyboard.press("Escape")
    return finished(page, started)


def reset_filters(page) -> float:
    started = time.perf_counter()
    page.get_by_role("button", name="Reset filters").click()
    return finished(page, started)


def format_row(row: dict[str, object]) -> str:
    extra = f" {row['outlet_s']:>9.2f} {row['reset_s']:>8.2f} {row['all_s']:>8.2f}" if "outlet_s" in row else ""
    return f"{row['page']:<28} {row['heading_s']:>9.2f} {row['done_s']:>10.2f}{extra}"


def measure(port: int) -> list[dict[str, object]]:
    """Per page: heading s, run done s, outlet picked s, filters reset s."""
    from playwright.sync_api import sync_playwright

    results = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1400, "height": 1000})
            page.set_default_timeout(900_000)
            for name in ("Overview (open the app)", *PAGES):
                started = time.perf_counter()
                if name.endswith("(open the app)"):
                    page.goto(f"http://127.0.0.1:{port}/")
                else:
                    page.get_by_role("link", name=name).first.click()
                page.get_by_role("heading", name=name.split(" (")[0]).first.wait_for()
                heading_s = time.perf_counter() - started
                row = {"page": name, "heading_s": heading_s, "done_s": finished(page, started)}
                if not name.endswith("(open the app)"):
                    row |= {"outlet_s": pick_first_outlet(page), "reset_s": reset_filters(page),
                            "all_s": select_all_outlets(page)}
                    reset_filters(page)
                results.append(row)
                print("  " + format_row(row), flush=True)  # as it comes: a slow page still leaves the others
        finally:
            browser.close()
    return results


def main(argv: list[str] | None = None) -> int:
    import subprocess

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path, help="a built folder (or any corpus folder)")
    parser.add_argument("--tree", type=Path, default=ROOT, help="the checkout whose dashboard.py is served")
    parser.add_argument("--port", type=int, default=None)
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args(argv)
    port = args.port or free_port()
    env = {**os.environ, "CLAIMDESK_CORPUS": str(args.folder.resolve()), "PYTHONUNBUFFERED": "1"}
    server = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", "dashboard.py", "--server.headless", "true",
         "--server.port", str(port), "--browser.gatherUsageStats", "false", "--server.fileWatcherType", "none"],
        cwd=args.tree, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    memory = PeakMemory(server.pid)
    try:
        wait_healthy(f"http://127.0.0.1:{port}", server)
        results = measure(port)
    finally:
        peak = memory.stop()
        server.terminate()
        server.wait(timeout=30)
    print(f"chromium against streamlit run ({args.tree}) on {args.folder}")
    print(f"  {'page':<28} {'heading s':>9} {'run done s':>10} {'outlet s':>9} {'reset s':>8} {'all s':>8}")
    for row in results:
        print("  " + format_row(row))
    print(f"  peak memory of the server (RSS, process tree): {peak / 2**30:.2f} GB")
    if args.json:
        args.json.write_text(json.dumps({"pages": results, "peak_bytes": peak}, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
