"""A Dask worker preload for tests/test_cluster.py only: an article holding CRASH_MARKER kills its worker.

`dask worker --preload tests/crashing_worker.py` runs `dask_setup` in each worker process. The
process then dies the way a worker does on a C-level fault or the out-of-memory killer: at once,
with no Python exception and nothing sent back. Nothing in `analysis/` knows about it.
"""

from __future__ import annotations

import os

CRASH_MARKER = "zq-test-worker-crash-zq"


def dask_setup(worker) -> None:
    import analysis.extract as extract

    original = extract.extract_article

    def extract_or_crash(doc, article):
        if CRASH_MARKER in article.text:
            os._exit(70)
        return original(doc, article)

    extract.extract_article = extract_or_crash
