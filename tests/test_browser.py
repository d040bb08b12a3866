"""The real app in a real browser: Debian chromium driven by playwright against `streamlit run`.

Starts the server on a free port, polls it healthy, and always tears it down. Screenshots of
every page land in tests/artifacts/ (gitignored) for a human to look at.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.serving import ARTIFACTS, CHROMIUM, CHROMIUM_ARGS, click_first_row, settle, streamlit_server

PAGES = {  # url path -> a heading the page always shows
    "": "Overview",
    "timeline-of-estimates": "Timeline of estimates",
    "quote-explorer": "Quote explorer",
    "source-comparison": "Source comparison",
    "article-reader": "Article reader",
}
OUTLET = "Associated Press"
LAPTOP = {"width": 1280, "height": 800}
SCREENS = [LAPTOP, {"width": 1440, "height": 900}, {"width": 1920, "height": 1080}]
# charts and tables that reach past the main column's content box (the sidebar is 300 px)
TOO_WIDE = """() => {
  const box = document.querySelector('[data-testid="stMainBlockContainer"]');
  const style = getComputedStyle(box), outer = box.getBoundingClientRect();
  const right = outer.right - parseFloat(style.paddingRight) + 1;
  const wide = [];
  for (const el of box.querySelectorAll('[data-testid="stVegaLiteChart"] svg.marks, [data-testid="stDataFrame"], '
                                        + '[data-testid="stHorizontalBlock"], [data-testid="stCode"]')) {
    const r = el.getBoundingClientRect();
    const name = el.getAttribute('data-testid') || el.tagName;
    if (r.width > 0 && r.right > right) wide.push(`${name}: ${r.right} > ${right}`);
  }
  return wide;
}"""
MAIN_HEIGHT = "document.querySelector('[data-testid=\"stMain\"]').scrollHeight"

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(),
                                reason="Debian chromium is not installed at /usr/bin/chromium")


@pytest.fixture(scope="module")
def app_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    log = tmp_path_factory.mktemp("streamlit") / "server.log"
    with streamlit_server(log, ["--server.address", "127.0.0.1"]) as (url, _process):
        yield url


@pytest.fixture(scope="module")
def browser_page(app_url: str):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            context = browser.new_context(viewport=LAPTOP, accept_downloads=True, locale="en-US")
            context.grant_permissions(["clipboard-read", "clipboard-write"], origin=app_url)
            page = context.new_page()
            page.set_default_timeout(90_000)
            yield page
        finally:
            browser.close()


def open_page(page, base: str, path: str) -> None:
    page.goto(f"{base}/{path}")
    page.get_by_role("heading", name=PAGES[path]).first.wait_for()
    settle(page)


def screenshot(page, name: str) -> None:
    """The whole page: Streamlit scrolls inside its main block, so grow the viewport to fit it first."""
    ARTIFACTS.mkdir(exist_ok=True)
    viewport = page.viewport_size
    height, previous = 0, -1
    for _ in range(12):  # charts and tables finish drawing after the script run: wait until the height settles
        if height == previous:
            break
        page.wait_for_timeout(500)
        previous, height = height, page.evaluate(MAIN_HEIGHT)
    page.set_viewport_size({"width": viewport["width"], "height": min(max(int(height), 800), 8000)})
    page.wait_for_timeout(600)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)
    page.set_viewport_size(viewport)


def pick_outlet(page, outlet: str) -> None:
    box = page.locator(".st-key-outlet")
    box.locator("input").click()
    page.get_by_role("option", name=outlet, exact=True).click()
    page.keyboard.press("Escape")
    settle(page)


def test_a_deep_link_as_the_first_request_to_a_fresh_server_opens_without_a_dialog(tmp_path) -> None:
    from playwright.sync_api import sync_playwright

    with streamlit_server(tmp_path / "server.log") as (url, _), sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 800})
            page.set_default_timeout(90_000)
            page.goto(f"{url}/source-comparison?hypothetical=true")
            page.get_by_role("heading", name="Source comparison").first.wait_for()
            settle(page)
            page.wait_for_timeout(1500)  # a dialog would have arrived with the first run
            assert page.get_by_text("Page not found").count() == 0
            assert page.locator('[role="dialog"]').count() == 0
            assert page.locator(".st-key-hypothetical input").is_checked(), "the link's filter is applied"
            page.goto(f"{url}/timeline-of-estimates?outlet=Associated+Press")  # and on the warm server
            page.get_by_role("heading", name="Timeline of estimates").first.wait_for()
            settle(page)
            assert page.locator('[role="dialog"]').count() == 0
            assert OUTLET in page.locator(".st-key-outlet").inner_text()
        finally:
            browser.close()


def test_every_page_renders_and_fits_the_main_column_at_three_screen_sizes(browser_page, app_url: str) -> None:
    page = browser_page
    for path, heading in PAGES.items():
        open_page(page, app_url, path)
        assert page.locator('[data-testid="stException"]').count() == 0, f"exception on /{path}"
        assert page.get_by_role("heading", name=heading).count() >= 1
        for screen in SCREENS:
            page.set_viewport_size(screen)
            page.wait_for_timeout(900)  # charts redraw to the new width
            assert page.evaluate(TOO_WIDE) == [], f"/{path} at {screen['width']}x{screen['height']}"
            screenshot(page, f"{path or 'overview'}_{screen['width']}")
        page.set_viewport_size(LAPTOP)


def test_clicking_a_timeline_mark_shows_its_reports_and_copies_a_citation(browser_page, app_url: str) -> None:
    page = browser_page
    open_page(page, app_url, "timeline-of-estimates")
    mark = page.locator('[data-testid="stVegaLiteChart"] g.mark-symbol.role-mark path').first
    mark.scroll_into_view_if_needed()
    mark.click(force=True)
    settle(page)
    page.get_by_role("heading", name=re.compile(r"Reports of the selected figure \(\d+\)")).wait_for()
    assert page.locator(".cd-card .cd-focus").count() >= 1  # the figure marked in its sentence
    citation = page.locator(".st-key-timeline_point_citation")
    citation.locator("[data-testid='stCode']").hover()
    citation.get_by_role("button", name="Copy to clipboard").click(force=True)  # shown on hover
    copied = page.evaluate("navigator.clipboard.readText()")
    reports = " ".join(page.locator(".cd-card .cd-source").all_inner_texts())  # each report's outlet and date
    assert copied.startswith('"') and " — " in copied and "stated 20" in copied, copied
    assert copied.split(". ", 1)[1].split(":")[0].split("]")[0].lstrip("[") in reports  # the outlet, as listed
    screenshot(page, "timeline_selected")


def test_the_workbook_download_holds_three_tables_and_the_filters(browser_page, app_url: str) -> None:
    import openpyxl

    page = browser_page
    page.goto(f"{app_url}/?outlet=Associated+Press")
    page.get_by_role("heading", name="Overview").first.wait_for()
    settle(page)
    with page.expect_download() as download_info:
        page.locator(".st-key-workbook_download button").first.click()
    download = download_info.value
    assert download.suggested_filename.endswith(".xlsx")
    book = openpyxl.load_workbook(io.BytesIO(Path(download.path()).read_bytes()), read_only=True)
    assert book.sheetnames == ["About", "articles", "quotes", "claims"]
    about = dict(book["About"].iter_rows(min_row=2, values_only=True))
    assert about["Outlet"] == OUTLET
    for name in ("articles", "quotes", "claims"):
        rows = list(book[name].iter_rows(values_only=True))
        outlet = rows[0].index("outlet")
        assert len(rows) > 1 and {row[outlet] for row in rows[1:]} == {OUTLET}, name


def test_outlet_filter_is_in_the_url_and_the_claims_download_holds_only_that_outlet(
    browser_page, app_url: str
) -> None:
    page = browser_page
    open_page(page, app_url, "")
    pick_outlet(page, OUTLET)
    assert re.search(r"[?&]outlet=Associated(\+|%20)Press", page.url), page.url

    page.get_by_role("link", name="Timeline of estimates").click()
    page.get_by_role("heading", name="Timeline of estimates").first.wait_for()
    settle(page)
    assert "outlet=" in page.url, "the filter must survive a page switch"
    screenshot(page, "timeline_filtered")

    with page.expect_download() as download_info:
        page.locator(".st-key-timeline_table_download button").click()
    download = download_info.value
    assert download.suggested_filename.startswith("claims_outlet-Associated-Press")
    rows = list(csv.DictReader(io.StringIO(Path(download.path()).read_text(encoding="utf-8"))))
    assert rows, "the filtered claims download is empty"
    assert {row["outlet"] for row in rows} == {OUTLET}


def test_shared_url_restores_the_filter(browser_page, app_url: str) -> None:
    page = browser_page
    page.goto(f"{app_url}/source-comparison?outlet=Associated+Press")
    page.get_by_role("heading", name="Source comparison").first.wait_for()
    settle(page)
    chosen = page.locator(".st-key-outlet").inner_text()
    assert OUTLET in chosen
    screenshot(page, "compare_filtered")


def test_selecting_rows_shows_the_evidence(browser_page, app_url: str) -> None:
    page = browser_page
    open_page(page, app_url, "timeline-of-estimates")
    click_first_row(page, "timeline_table")
    page.get_by_text("Evidence for the selected row").wait_for()
    assert page.locator(".cd-card .cd-focus").count() >= 1
    screenshot(page, "timeline_evidence")

    open_page(page, app_url, "quote-explorer")
    page.locator(".st-key-quote_search input").fill("combat support")
    page.keyboard.press("Enter")
    settle(page)
    click_first_row(page, "quotes_table")
    page.get_by_text("The same statement in other articles").wait_for()
    assert page.locator(".cd-card .cd-focus").count() == 1
    assert page.locator(".cd-diff del, .cd-diff ins").count() >= 1
    assert page.get_by_text("attributed to a different speaker").count() == 1
    screenshot(page, "quotes_selected")
