"""A plain install reads HTML: a fresh venv, the interpreter's own pip (not upgraded), `pip install .`.

Every module the project imports must be a declared dependency: an extra that a dependency asks
for (lxml[html_clean] for trafilatura) is not resolved by every pip. This installs from the
package registry, so it is skipped only when the registry cannot be reached at all.
"""

from __future__ import annotations

import shutil
import subprocess
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
# what pip prints when it cannot reach an index at all (not: a package that does not exist)
UNREACHABLE = ("NewConnectionError", "Failed to establish a new connection", "Temporary failure in name resolution",
               "Network is unreachable", "ProxyError", "No route to host")
PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Ferry service resumes | Harbour Gazette</title>
</head><body><article><h1>Ferry service resumes</h1>
<p>The island ferry sailed again on Monday after a week of storms, the operator said in a statement.</p>
<p>About 300 passengers crossed on the first morning, and extra sailings are planned for the weekend.</p>
</article></body></html>"""
READ = """
import sys
from analysis.reading import read_corpus
[article] = read_corpus(sys.argv[1])
print(article.status, article.error or article.title.split(" | ")[0], sep="|")
"""


def _copy_project(target: Path) -> Path:
    """The files a wheel is built from, so the build leaves nothing in the working tree."""
    target.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(ROOT / name, target / name)
    shutil.copytree(ROOT / "analysis", target / "analysis", ignore=shutil.ignore_patterns("__pycache__"))
    return target


def test_plain_pip_install_reads_an_html_page(tmp_path: Path) -> None:
    environment = tmp_path / "venv"
    venv.create(environment, with_pip=True)  # the pip that ships with this Python, as a new user has it
    python = environment / "bin" / "python"
    install = subprocess.run(
        [str(python), "-m", "pip", "install", "--quiet", "--no-compile", str(_copy_project(tmp_path / "src"))],
        capture_output=True, text=True, check=False, timeout=1500,
    )
    if install.returncode != 0 and any(sign in install.stdout + install.stderr for sign in UNREACHABLE):
        pytest.skip("the package registry cannot be reached")
    assert install.returncode == 0, install.stdout[-2000:] + install.stderr[-2000:]
    page = tmp_path / "page.html"
    page.write_text(PAGE, encoding="utf-8")
    read = subprocess.run([str(python), "-c", READ, str(page)], capture_output=True, text=True, check=False,
                          cwd=tmp_path, timeout=300)  # not the repository: the installed package is read
    assert read.returncode == 0, read.stderr[-2000:]
    assert read.stdout.strip() == "ok|Ferry service resumes", read.stdout + read.stderr[-2000:]

