"""Who may see the dashboard: a logged-in user of a team server, or, without a users file, this computer.

Not a page itself. The entrypoint asks `admitted()` before it draws anything and, when the
answer is no, `show_gate()` draws the login form or the refusal and stops the script. Where
`.streamlit/secrets.toml` configures `[auth]` (OpenID Connect), the login page also offers
Streamlit's `st.login`, and an account the provider vouches for is let in as its e-mail address.
"""

from __future__ import annotations

import math
import time

import streamlit as st
from streamlit.errors import StreamlitSecretNotFoundError
from streamlit.logger import get_logger

from analysis.access import as_code, is_local_visitor
from analysis.users import (
    USERS_ENV,
    LoginThrottle,
    UsersFileError,
    authenticate,
    read_users,
    session_expired,
    session_timeout_seconds,
    users_file_from_env,
)

USER_KEY = "claimdesk_user"
SIGN_ON_KEY = "claimdesk_single_sign_on"  # True when USER_KEY came from the OpenID Connect provider
LAST_SEEN_KEY = "claimdesk_last_seen"
NOTICE_KEY = "claimdesk_login_notice"
WRONG_LOGIN = "Wrong username or password."
LOGGER = get_logger("claimdesk.access")  # Streamlit's format and level: lines in the server's log


@st.cache_resource
def login_throttle() -> LoginThrottle:
    """One throttle for every session of this server."""
    return LoginThrottle()


def current_user() -> str | None:
    """The logged-in user's name; None when the server runs without a users file (or before a login)."""
    return st.session_state.get(USER_KEY)


def _peer_address() -> str | None:
    """The visitor's address; None on loopback (and where no browser is connected, as in AppTest)."""
    address = st.context.ip_address
    return address if isinstance(address, str) else None


def _local_visitor() -> bool:
    return is_local_visitor(_peer_address(), dict(st.context.headers))


def single_sign_on_configured() -> bool:
    """True when .streamlit/secrets.toml has an [auth] section for st.login."""
    try:
        return "auth" in st.secrets
    except (FileNotFoundError, StreamlitSecretNotFoundError):
        return False


def _signed_on_user() -> str | None:
    """The provider's account of this browser, when single sign-on is set up and it is logged in."""
    if not single_sign_on_configured() or not st.user.is_logged_in:
        return None
    return str(st.user.get("email") or st.user.get("name") or st.user.get("sub") or "") or None


def log_out(notice: str | None = None) -> None:
    """End the login and forget everything the session held (its tables and filters too)."""
    for key in list(st.session_state.keys()):
        del st.session_state[key]
    if notice:
        st.session_state[NOTICE_KEY] = notice


def admitted() -> bool:
    """May this session see data? Draws nothing; renews a logged-in session's idle timer."""
    users_file = users_file_from_env()
    if users_file is None:
        return _local_visitor()
    user = st.session_state.get(USER_KEY)
    now, timeout = time.monotonic(), session_timeout_seconds()
    if user is None and (signed_on := _signed_on_user()) is not None:
        user = st.session_state[USER_KEY] = signed_on
        st.session_state[SIGN_ON_KEY] = True
        st.session_state[LAST_SEEN_KEY] = now
    if user is None:
        return False
    via_provider = st.session_state.get(SIGN_ON_KEY, False)
    if session_expired(st.session_state.get(LAST_SEEN_KEY, now), now, timeout):
        log_out(f"Your session ended after {timeout / 60:g} minutes without activity: log in again.")
        if via_provider:
            st.logout()  # else the provider's cookie would let the browser straight back in
        return False
    if via_provider:
        still_allowed = _signed_on_user() == user
    else:
        try:
            still_allowed = user in read_users(users_file)
        except UsersFileError:
            still_allowed = False
    if not still_allowed:  # removed from the users file (or the file broke): out at the next click
        log_out()
        return False
    st.session_state[LAST_SEEN_KEY] = now
    return True


def show_gate() -> None:
    """The login form (team server) or the refusal (a remote visitor without a users file). Stops."""
    st.title("claimdesk")
    users_file = users_file_from_env()
    if users_file is None:
        st.error(f"This dashboard shows its data only on the computer that runs it: it was started without a "
                 f"users file ({USERS_ENV}), so nobody else can log in. To share it, whoever runs it sets up "
                 "logins (README, \"Running for a team\").", icon=":material/lock:")
        st.stop()
    try:
        users = read_users(users_file)
    except UsersFileError as error:
        LOGGER.error("logins are unavailable: %s", error)
        detail = str(error) if _local_visitor() else "the server's log says why"
        st.error(f"Logins are unavailable: the users file can't be used ({detail}).", icon=":material/lock:")
        st.stop()
    _login_form(users)
    st.stop()


def _login_form(users: dict[str, str]) -> None:
    notice = st.session_state.pop(NOTICE_KEY, None)
    if notice:
        st.info(notice, icon=":material/schedule:")
    with st.form("login", enter_to_submit=True, width=420):
        name = st.text_input("Username", autocomplete="username", key="login_name")
        password = st.text_input("Password", type="password", autocomplete="current-password",
                                 key="login_password")
        submitted = st.form_submit_button("Log in", type="primary")
    if single_sign_on_configured() and st.button("Log in with your organisation's account",
                                                 key="single_sign_on", icon=":material/badge:"):
        st.login()  # to the provider and back; admitted() then finds st.user logged in
    if not submitted:
        return
    address, throttle = _peer_address(), login_throttle()
    wait = throttle.wait_seconds(name, address)
    if wait > 0:
        st.error(f"Too many failed logins: try again in {math.ceil(wait / 60)} minute(s).")
        return
    user = authenticate(users, name, password)
    if user is None:
        throttle.failed(name, address)
        LOGGER.warning("failed login as %r from %s", name[:64], address or "this computer")
        st.error(WRONG_LOGIN)
        return
    throttle.succeeded(name)
    log_out()
    st.session_state[USER_KEY] = user
    st.session_state[LAST_SEEN_KEY] = time.monotonic()
    LOGGER.info("%s logged in from %s", user, address or "this computer")
    st.rerun()


def account() -> None:
    """The sidebar's "Logged in as" line and log-out button (nothing without a users file)."""
    user = current_user()
    if user is None:
        return
    st.caption(f"Logged in as {as_code(user)}")
    via_provider = st.session_state.get(SIGN_ON_KEY, False)
    if st.button("Log out", icon=":material/logout:", key="log_out"):
        log_out()
        if via_provider:
            st.logout()
        st.rerun()
