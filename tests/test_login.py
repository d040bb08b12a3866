"""The team server in AppTest: with $CLAIMDESK_USERS every page asks for a login before showing data."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from analysis.users import add_user, remove_user
from pages import _access

ROOT = Path(__file__).resolve().parents[1]
APP = str(ROOT / "dashboard.py")
TIMEOUT = 180
PASSWORD = "plum-tree-kettle"


@pytest.fixture
def users_file(tmp_path, monkeypatch) -> Path:
    path = tmp_path / "users"
    add_user(path, "mara", PASSWORD)
    add_user(path, "oskar", "another-long-one")
    monkeypatch.setenv("CLAIMDESK_USERS", str(path))
    monkeypatch.delenv("CLAIMDESK_CORPUS", raising=False)
    _access.login_throttle.clear()  # one throttle per server: start each test with none
    yield path
    _access.login_throttle.clear()


SIGN_ON = {"auth": {"redirect_uri": "http://localhost:8501/oauth2callback", "cookie_secret": "x" * 32,
                   "client_id": "claimdesk", "client_secret": "s", "server_metadata_url":
                   "https://id.example.org/.well-known/openid-configuration"}}


def open_app(page: str | None = None, secrets: dict | None = None, user: dict | None = None) -> AppTest:
    app = AppTest.from_file(APP, default_timeout=TIMEOUT)
    app.secrets = secrets or {}
    if user is not None:
        app.user = user
    app.run()
    if page is not None:
        app.switch_page(page).run()
    assert not app.exception, [exception.value for exception in app.exception]
    return app


def log_in(app: AppTest, name: str, password: str) -> AppTest:
    app.text_input(key="login_name").input(name)
    app.text_input(key="login_password").input(password)
    app.button[0].click().run()
    assert not app.exception, [exception.value for exception in app.exception]
    return app


def shows_data(app: AppTest) -> bool:
    return bool(app.metric) or bool(app.get("arrow_data_frame")) or bool(app.get("html"))


@pytest.mark.parametrize("page", ["pages/at-a-glance.py", "pages/article-reader.py", "pages/quote-explorer.py"])
def test_every_page_asks_for_a_login_first(users_file, page):
    app = open_app(page)
    assert [field.label for field in app.text_input] == ["Username", "Password"]
    assert [button.label for button in app.button] == ["Log in"]
    assert not shows_data(app)
    assert [title.value for title in app.title] == ["claimdesk"]


def test_a_wrong_login_is_refused_without_saying_which_part(users_file):
    wrong_password = log_in(open_app(), "mara", "not-her-password")
    wrong_name = log_in(open_app(), "nobody", PASSWORD)
    for app in (wrong_password, wrong_name):
        assert [error.value for error in app.error] == ["Wrong username or password."]
        assert not shows_data(app) and _access.USER_KEY not in app.session_state


def test_the_right_login_opens_the_overview_with_the_user_named(users_file):
    app = log_in(open_app(), "MARA", PASSWORD)
    assert app.title[0].value == "Overview"
    assert app.metric  # the corpus is shown
    assert app.session_state[_access.USER_KEY] == "mara"
    assert any("Logged in as `mara`" in caption.value for caption in app.sidebar.caption)
    app.switch_page("pages/article-reader.py").run()
    assert app.title[0].value == "Article reader"  # the login holds across pages


def test_logging_out_shows_the_form_again(users_file):
    app = log_in(open_app(), "oskar", "another-long-one")
    app.button(key="log_out").click().run()
    assert [field.label for field in app.text_input] == ["Username", "Password"] and not shows_data(app)


def test_a_session_idle_too_long_ends(users_file):
    app = log_in(open_app(), "mara", PASSWORD)
    app.session_state[_access.LAST_SEEN_KEY] = app.session_state[_access.LAST_SEEN_KEY] - 31 * 60
    app.run()
    assert [field.label for field in app.text_input] == ["Username", "Password"] and not shows_data(app)
    assert any("without activity" in info.value for info in app.info)


def test_a_user_removed_from_the_file_is_out_at_the_next_click(users_file):
    app = log_in(open_app(), "oskar", "another-long-one")
    remove_user(users_file, "oskar")
    app.run()
    assert not shows_data(app) and _access.USER_KEY not in app.session_state


def test_repeated_failures_hold_up_even_the_right_password(users_file):
    app = open_app()
    for _ in range(5):
        log_in(app, "mara", "guess-guess")
    log_in(app, "mara", PASSWORD)
    assert any("Too many failed logins" in error.value for error in app.error)
    assert not shows_data(app)
    assert log_in(open_app(), "oskar", "another-long-one").title[0].value == "Overview"  # others still may


def test_a_garbled_users_file_is_explained_and_lets_nobody_in(users_file):
    users_file.write_text(users_file.read_text(encoding="utf-8") + "zoe:hunter2\n", encoding="utf-8")
    app = open_app()
    assert any("Logins are unavailable" in error.value and "line 4" in error.value for error in app.error)
    assert not app.text_input and not shows_data(app)


def test_without_single_sign_on_only_the_password_form_is_offered(users_file):
    app = open_app(user={"is_logged_in": True, "email": "lena@example.org"})
    assert [button.label for button in app.button] == ["Log in"] and not shows_data(app)


def test_single_sign_on_is_offered_and_lets_the_provider_s_account_in(users_file):
    logged_out = open_app(secrets=SIGN_ON, user={"is_logged_in": False})
    assert "Log in with your organisation's account" in [button.label for button in logged_out.button]
    assert not shows_data(logged_out)
    app = open_app(secrets=SIGN_ON, user={"is_logged_in": True, "email": "lena@example.org"})
    assert app.title[0].value == "Overview"
    assert app.session_state[_access.USER_KEY] == "lena@example.org"
