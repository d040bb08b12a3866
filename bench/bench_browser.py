"""How fast do the pages answer in a real browser on a big corpus?

    python bench/bench_browser.py DIR [--port 8599]

Starts `streamlit run dashboard.py` on DIR (a folder written by `python -m analysis build`,
e.g. the built-10000-seed0 folder bench_dashboard.py leaves) and drives Debian's chromium
with playwright, the way an analyst clicks through: open the app (which reads the tables),
then each page from the sidebar in one session. For each page it prints when the page's
heading appeared and when Streamlit finished the run (every table and chart sent). Unlike
AppTest, this includes sending the tables and charts to the browser and drawing them.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run", "--disable-sync"]
IDLE_APP = '[data-testid="stApp"][data-test-script-state="notRunning"]'
PAGES = ("Timeline of estimates", "Quote explorer", "Source comparison", "Article reader", "Overview")
SETTLE_MS = 200  # a run can start a moment after the click: wait, then for the app to be idle


def wait_until_healthy(port: int, timeout_s: float = 60) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(f"http://localhost:{port}/_stcore/health", timeout=2)
            return
        except OSError:
            time.sleep(0.3)
    raise RuntimeError(f"streamlit did not answer on port {port}")


def measure(port: int) -> list[tuple[str, float, float]]:
    """(page, heading s, run finished s) for opening the app and then each page in turn."""
    from playwright.sync_api import sync_playwright

    results = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1400, "height": 1000})
            page.set_default_timeout(300_000)
            for name in ("Overview (open the app)", *PAGES):
                started = time.perf_counter()
                if name.endswith("(open the app)"):
                    page.goto(f"http://localhost:{port}/")
                else:
                    page.get_by_role("link", name=name).first.click()
                page.get_by_role("heading", name=name.split(" (")[0]).first.wait_for()
                heading_s = time.perf_counter() - started
                page.wait_for_timeout(SETTLE_MS)
                page.wait_for_selector(IDLE_APP)
                results.append((name, heading_s, time.perf_counter() - started - SETTLE_MS / 1000))
        finally:
            browser.close()
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path, help="a built folder (or any corpus folder)")
    parser.add_argument("--port", type=int, default=8599)
    args = parser.parse_args(argv)
    env = {**os.environ, "CLAIMDESK_CORPUS": str(args.folder.resolve())}
    server = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", "dashboard.py", "--server.headless", "true",
         "--server.port", str(args.port), "--browser.gatherUsageStats", "false"],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    try:
        wait_until_healthy(args.port)
        results = measure(args.port)
    finally:
        server.terminate()
        server.wait(timeout=30)
    print(f"chromium against streamlit run on {args.folder}")
    print(f"  {'page':<28} {'heading s':>9} {'run done s':>10}")
    for name, heading_s, done_s in results:
        print(f"  {name:<28} {heading_s:>9.2f} {done_s:>10.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
