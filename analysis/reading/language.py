"""The language an article is written in, by py3langid (its model ships inside the package; nothing is fetched).

The extraction rules read English news, so an article in another language is skipped with its
language named, unless the user admits that language (`--languages`) with a model for it.
"""

from __future__ import annotations

from functools import cache

DEFAULT_LANGUAGES = ("en",)
# Short texts are left alone: a headline and a sentence are too little to tell a language reliably.
MIN_WORDS = 25
MIN_CONFIDENCE = 0.9
SAMPLE_CHARS = 5000  # the opening of the text tells its language; the whole of a long article adds nothing


@cache
def _identifier():  # noqa: ANN202 - py3langid has no type hints
    from py3langid.langid import MODEL_FILE, LanguageIdentifier  # loading the model takes a second: only when asked

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> str:
    """ISO 639 code of the text's language, or "" when the text is too short or the detector unsure."""
    if len(text.split()) < MIN_WORDS:
        return ""
    code, confidence = _identifier().classify(text[:SAMPLE_CHARS])
    return str(code) if confidence >= MIN_CONFIDENCE else ""


@cache
def language_name(code: str) -> str:
    """The language's English name ("de" -> "German"), from Babel's locale data; the code when unknown."""
    from babel import Locale

    return Locale("en").languages.get(code, code)


def language_problem_for(code: str, languages: tuple[str, ...]) -> str:
    """Why an article in language `code` is not read: "not English (detected: German)"."""
    wanted = " or ".join(language_name(language) for language in languages)
    return f"not {wanted} (detected: {language_name(code)})"
