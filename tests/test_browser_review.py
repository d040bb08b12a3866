"""An analyst corrects a claimant on the timeline, in a real browser, and the correction outlives rebuilds.

Debian chromium driven by playwright against `streamlit run` (tests/serving.py), at 1280x800. The
corpus is a copy of the seeds and the review database a temp file, so nothing of the user's is touched.
"""

from __future__ import annotations

import csv
import io
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.serving import ARTIFACTS, CHROMIUM, CHROMIUM_ARGS, ROOT, click_first_row, settle, streamlit_server

LAPTOP = {"width": 1280, "height": 800}
ANALYSTS_NAME = "US officials"  # no seed article names it: only the correction can put it there

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(),
                                reason="Debian chromium is not installed at /usr/bin/chromium")


def open_timeline(page, url: str, query: str = "") -> None:
    page.goto(f"{url}/timeline-of-estimates{query}")
    page.get_by_role("heading", name="Timeline of estimates").first.wait_for(timeout=300_000)  # a rebuild
    settle(page)
    page.locator(".st-key-timeline_side").get_by_role("radio", name="Claimant", exact=True).click()
    settle(page)


def chart_texts(page) -> str:
    return " ".join(page.locator('[data-testid="stVegaLiteChart"] svg text').all_text_contents())


def downloaded_claims(page) -> list[dict[str, str]]:
    with page.expect_download() as download_info:
        page.locator(".st-key-timeline_table_download button").click()
    return list(csv.DictReader(io.StringIO(Path(download_info.value.path()).read_text(encoding="utf-8"))))


def rows_by(claimant: str, rows: list[dict[str, str]]) -> list[dict[str, str]]:
    return [row for row in rows if row["claimant"] == claimant]


def shown_in_table(page, text: str) -> bool:
    """Whether the figures table shows `text` in a cell (the grid keeps an accessible copy of its cells)."""
    return page.locator(".st-key-timeline_table [role='gridcell']", has_text=text).count() > 0


def screenshot(page, name: str) -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path))
    return path


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    shutil.copytree(ROOT / "seeds", folder)
    return folder


def test_a_claimant_corrected_on_the_timeline_shows_everywhere_and_survives_rebuilds(tmp_path, corpus) -> None:
    from playwright.sync_api import sync_playwright

    env = {"CLAIMDESK_CORPUS": str(corpus), "CLAIMDESK_CORPORA": str(tmp_path),
           "CLAIMDESK_REVIEWS": str(tmp_path / "reviews.sqlite"), "CLAIMDESK_CACHE": str(tmp_path / "cache")}
    with streamlit_server(tmp_path / "server.log", env=env) as (url, _), sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            page = browser.new_context(viewport=LAPTOP, accept_downloads=True, locale="en-US").new_page()
            page.set_default_timeout(90_000)
            open_timeline(page, url)
            assert ANALYSTS_NAME not in chart_texts(page)
            click_first_row(page, "timeline_table")
            panel = page.locator(".st-key-timeline_row_review")
            panel.scroll_into_view_if_needed()
            claimant = panel.get_by_label("Claimant", exact=True)
            was = claimant.input_value()
            claimant.fill(ANALYSTS_NAME)
            panel.get_by_label("Claimant country", exact=True).fill("United States")
            panel.get_by_label("Note", exact=True).fill("Checked against the briefing transcript.")
            page.get_by_text("Evidence for the selected row").evaluate("heading => heading.scrollIntoView()")
            screenshot(page, "review_panel")  # the README's picture of the panel
            panel.get_by_label("Claimant", exact=True).focus()
            page.keyboard.press("Control+Enter")  # the form's shortcut works from inside a field
            settle(page)
            panel.get_by_text("Correction saved").wait_for()
            screenshot(page, "review_panel_saved")

            assert ANALYSTS_NAME in chart_texts(page)  # the chart's line for that claimant
            assert shown_in_table(page, ANALYSTS_NAME)
            corrected = rows_by(ANALYSTS_NAME, downloaded_claims(page))
            assert len(corrected) == 1 and corrected[0]["review_status"] == "corrected", corrected
            assert corrected[0]["reviewed_fields"] == "claimant|claimant_country" and was != ANALYSTS_NAME
            assert corrected[0]["claimant_country"] == "United States"

            # an edit above the figure: a new paragraph after the headline moves every offset
            article = corpus / f"{corrected[0]['article_id']}.txt"
            headline, body = article.read_text(encoding="utf-8").split("\n", 1)
            article.write_text(f"{headline}\nAn editor's note added a paragraph here.\n{body}", encoding="utf-8")
            open_timeline(page, url)
            assert ANALYSTS_NAME in chart_texts(page)
            after_edit = rows_by(ANALYSTS_NAME, downloaded_claims(page))
            assert [row["figure_text"] for row in after_edit] == [corrected[0]["figure_text"]]
            assert int(after_edit[0]["start"]) > int(corrected[0]["start"])  # the same figure, moved down

            # a full rebuild without any cache, opened as a built folder
            built = tmp_path / "built"
            subprocess.run([sys.executable, "-m", "analysis", "build", str(corpus), "--out", str(built),
                            "--no-cache"], cwd=ROOT, check=True, capture_output=True)
            open_timeline(page, url, f"?source=Folder+or+file&path={built}")
            assert ANALYSTS_NAME in chart_texts(page)
            assert shown_in_table(page, ANALYSTS_NAME)
            rebuilt = rows_by(ANALYSTS_NAME, downloaded_claims(page))
            assert [row["review_status"] for row in rebuilt] == ["corrected"]
        finally:
            browser.close()
