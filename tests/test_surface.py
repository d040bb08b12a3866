"""What an untrusted article or upload can reach in the dashboard: escaped HTML everywhere, upload limits.

Articles are uploaded in AppTest, as a stranger's file would be, with markup in every field a page shows.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

ROOT = Path(__file__).resolve().parents[1]
APP = str(ROOT / "dashboard.py")
TIMEOUT = 180
TAG = "<img src=x onerror=alert(9)>"
STATEMENT = f"we have sent {TAG} thousands of volunteers to the coast"


def article(outlet: str, body_prefix: str) -> dict[str, str]:
    return {"title": f"Relief {TAG} convoy", "outlet": f"{outlet} <script>steal()</script>",
            "url": "javascript:alert(2)",
            "text": f"{body_prefix} Minister Tova Brandt said: “{STATEMENT}, and 4,000 more will follow,” "
                    "on Monday."}


@pytest.fixture(autouse=True)
def default_corpus(monkeypatch):
    monkeypatch.delenv("CLAIMDESK_CORPUS", raising=False)
    monkeypatch.delenv("CLAIMDESK_USERS", raising=False)


def uploaded(files: list[tuple[str, bytes]]) -> AppTest:
    app = AppTest.from_file(APP, default_timeout=TIMEOUT)
    app.run()
    app.radio(key="source").set_value("Upload articles").run()
    app.file_uploader(key="upload").set_value([(name, content, "text/plain") for name, content in files]).run()
    assert not app.exception, [exception.value for exception in app.exception]
    return app


def html_of(app: AppTest) -> str:
    return "\n".join(block.proto.body for block in app.get("html"))


def assert_escaped(rendered: str) -> None:
    assert rendered, "nothing was rendered as HTML"
    assert "<img" not in rendered and "<script" not in rendered and "javascript:" not in rendered
    assert "&lt;img src=x onerror=alert(" in rendered


def test_the_quote_explorer_evidence_and_other_outlets_versions_are_escaped():
    lines = [json.dumps(article("Coast Herald", "Aid ships left port.")),
             json.dumps(article("Harbour Times", "Ships sailed at dawn."))]
    app = uploaded([("wire.jsonl", "\n".join(lines).encode())])
    app.switch_page("pages/quote-explorer.py").run()
    app.session_state["quotes_table"] = {"selection": {"rows": [0], "columns": [], "cells": []}}
    app.run()
    assert not app.exception, [exception.value for exception in app.exception]
    rendered = html_of(app)
    assert_escaped(rendered)
    assert "&lt;script&gt;steal()" in rendered  # the outlet, in the evidence card and the versions
    assert rendered.count('class="cd-card"') >= 2  # the quote in context and the other outlet's version


def test_the_timeline_evidence_is_escaped():
    app = uploaded([("one.jsonl", json.dumps(article("Coast Herald", "Aid ships left port.")).encode())])
    app.switch_page("pages/timeline-of-estimates.py").run()
    key = next(frame.key for frame in app.dataframe if frame.key and "timeline" in frame.key)
    app.session_state[key] = {"selection": {"rows": [0], "columns": [], "cells": []}}
    app.run()
    assert not app.exception, [exception.value for exception in app.exception]
    assert_escaped(html_of(app))


def test_an_upload_over_the_limit_is_refused_and_nothing_is_built(monkeypatch):
    monkeypatch.setenv("CLAIMDESK_MAX_UPLOAD_MB", "0.01")  # 10 KB
    big = ("Big headline\n" + "A sentence about 300 volunteers. " * 600).encode()
    app = uploaded([("big.txt", big)])
    assert any("big.txt" in warning.value and "per-file limit" in warning.value for warning in app.warning)
    assert any("Upload .txt" in info.value for info in app.info)
    assert not app.metric


def test_a_rejected_upload_s_name_is_shown_as_text_not_markdown():
    app = uploaded([("[click](http://example.invalid).pdf", b"%PDF")])
    (warning,) = [warning.value for warning in app.warning]
    assert "`[click](http://example.invalid).pdf`" in warning
