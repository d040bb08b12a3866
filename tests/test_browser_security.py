"""Safe to run, safe to share, in a real browser: refused paths, remote visitors, the team login.

Debian chromium driven by playwright against `streamlit run` with the project's configuration, as
tests/test_browser.py does. Screenshots of the refusal and the login page land in tests/artifacts/.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlencode

import pytest

from analysis.users import add_user
from tests.serving import ARTIFACTS, CHROMIUM, CHROMIUM_ARGS, free_port, settle, streamlit_server

SECRET = "The combination of the archive safe is 7291"
PASSWORD = "plum-tree-kettle"
OUTSIDE = "is outside the folders a corpus may come from"

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(),
                                reason="Debian chromium is not installed at /usr/bin/chromium")


@pytest.fixture(scope="module")
def disk(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("disk")
    (root / "allowed").mkdir()
    (root / "private").mkdir()
    (root / "private" / "note.txt").write_text(f"Private note\n{SECRET}.\n", encoding="utf-8")
    return {"allowed": root / "allowed", "private": root / "private", "log": root / "local.log",
            "team_log": root / "team.log", "users": root / "users"}


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


def warm_up(browser, url: str) -> None:
    """Open the main page once: a fresh server's very first session can't resolve a deep link's page yet
    (Streamlit learns the pages from st.navigation) and would show a "Page not found" dialog."""
    context = browser.new_context()
    try:
        page = context.new_page()
        page.set_default_timeout(90_000)
        page.goto(url)
        settle(page)
    finally:
        context.close()


@pytest.fixture(scope="module")
def local_url(disk, browser) -> Iterator[str]:
    with streamlit_server(disk["log"], env={"CLAIMDESK_CORPORA": str(disk["allowed"]),
                                            "CLAIMDESK_USERS": ""}) as (url, _):
        warm_up(browser, url)
        yield url


@pytest.fixture(scope="module")
def team_url(disk, browser) -> Iterator[str]:
    add_user(disk["users"], "mara", PASSWORD)
    with streamlit_server(disk["team_log"], env={"CLAIMDESK_USERS": str(disk["users"])}) as (url, _):
        warm_up(browser, url)
        yield url


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 800}, locale="en-US")
    page = context.new_page()
    page.set_default_timeout(90_000)
    yield page
    context.close()


def screenshot(page, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"))


def folder_link(base: str, path: str | Path) -> str:
    return f"{base}/article-reader?{urlencode({'source': 'Folder or file', 'path': str(path)})}"


def test_a_deep_link_to_a_folder_outside_is_refused_and_nothing_of_it_shown(page, local_url, disk):
    page.goto(folder_link(local_url, disk["private"]))
    page.get_by_text(OUTSIDE).wait_for()
    settle(page)
    body = page.locator("body").inner_text()
    assert "CLAIMDESK_CORPORA" in body
    assert "archive safe" not in body and "7291" not in body and "Private note" not in body
    assert page.get_by_role("heading", name="Article reader").count() == 0
    assert page.get_by_text("Page not found").count() == 0
    screenshot(page, "refused_folder")


def test_a_dot_dot_path_is_refused(page, local_url, disk):
    page.goto(folder_link(local_url, f"{disk['allowed']}/../private/note.txt"))
    page.get_by_text(OUTSIDE).wait_for()
    settle(page)
    assert "7291" not in page.locator("body").inner_text()


def test_a_visitor_from_another_computer_sees_no_data_without_a_users_file(browser, local_url):
    # the server trusts a forwarding header only from loopback, so this is how a proxied visitor looks
    context = browser.new_context(viewport={"width": 1280, "height": 800},
                                  extra_http_headers={"X-Forwarded-For": "203.0.113.9"})
    try:
        page = context.new_page()
        page.set_default_timeout(90_000)
        page.goto(local_url)
        page.get_by_text("shows its data only on the computer that runs it").wait_for()
        settle(page)
        assert page.get_by_role("heading", name="Overview").count() == 0
        assert page.locator('[data-testid="stMetric"]').count() == 0
        screenshot(page, "remote_refused")
    finally:
        context.close()


def test_team_mode_asks_for_a_login_refuses_a_wrong_one_and_opens_the_overview(page, team_url):
    page.goto(f"{team_url}/article-reader")
    page.get_by_label("Username").wait_for()
    settle(page)
    assert page.get_by_role("button", name="Log in").count() == 1
    assert page.get_by_role("heading", name="Article reader").count() == 0
    assert page.get_by_text("Page not found").count() == 0
    screenshot(page, "login")

    page.get_by_role("textbox", name="Username").fill("mara")
    page.get_by_role("textbox", name="Password").fill("not-her-password")
    page.get_by_role("button", name="Log in").click()
    page.get_by_text("Wrong username or password.").wait_for()
    settle(page)
    assert page.get_by_role("heading", name="Article reader").count() == 0
    screenshot(page, "login_refused")

    page.get_by_role("textbox", name="Username").fill("mara")
    page.get_by_role("textbox", name="Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    page.get_by_role("heading", name="Article reader").first.wait_for()
    settle(page)
    page.get_by_role("link", name="Overview").click()
    page.get_by_role("heading", name="Overview").first.wait_for()
    settle(page)
    assert page.get_by_text("Logged in as").count() == 1
    screenshot(page, "logged_in_overview")


def this_computer_s_network_address() -> str | None:
    """An address of this computer that is not loopback (no packet is sent to find it), else None."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        try:
            probe.connect(("192.0.2.1", 9))
        except OSError:
            return None
        address = probe.getsockname()[0]
    return None if ipaddress.ip_address(address).is_loopback or address == "0.0.0.0" else address


def test_a_server_open_to_the_network_without_users_shows_no_data_at_another_address(browser, tmp_path):
    address = this_computer_s_network_address()
    if address is None:
        pytest.skip("this computer has no network address besides loopback")
    port = free_port()
    with streamlit_server(tmp_path / "open.log", ["--server.address", "0.0.0.0"], env={"CLAIMDESK_USERS": ""},
                          port=port):
        warm_up(browser, f"http://127.0.0.1:{port}")
        context = browser.new_context(viewport={"width": 1280, "height": 800})
        try:
            page = context.new_page()
            page.set_default_timeout(90_000)
            page.goto(f"http://{address}:{port}/")
            page.get_by_text("shows its data only on the computer that runs it").wait_for()
            settle(page)
            assert page.locator('[data-testid="stMetric"]').count() == 0
            page.goto(f"http://127.0.0.1:{port}/")  # the same server, from this computer: the Overview
            page.get_by_role("heading", name="Overview").first.wait_for()
        finally:
            context.close()
