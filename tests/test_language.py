"""Tests for analysis/reading/language.py and kind.py: other languages skipped, non-articles warned about."""

from __future__ import annotations

from pathlib import Path

import pytest

from analysis.reading import read_corpus
from analysis.reading.kind import article_warnings
from analysis.reading.language import detect_language, language_name
from tests.conftest import write_file as write

ENGLISH = ("The regional council said on Thursday that about 400 residents had been moved from the valley "
           "after the river rose overnight, and that schools in three villages would stay closed until the "
           "water level falls. Volunteers from the fire brigade helped families carry furniture upstairs, "
           "and the mayor thanked them in a short statement to reporters outside the town hall.")
GERMAN = ("Der Gemeinderat teilte am Donnerstag mit, dass etwa 400 Bewohner aus dem Tal gebracht worden seien, "
          "nachdem der Fluss über Nacht gestiegen war. Die Schulen in drei Dörfern bleiben geschlossen, bis das "
          "Wasser wieder sinkt. Freiwillige der Feuerwehr halfen den Familien, ihre Möbel in die oberen Stockwerke "
          "zu tragen, und der Bürgermeister dankte ihnen vor dem Rathaus.")
KOREAN = ("시의회는 목요일 강물이 밤사이 불어나 계곡 주민 약 400명이 대피했다고 밝혔다. "
          "세 마을의 학교는 물이 빠질 때까지 문을 닫는다. "
          "소방대 자원봉사자들이 가족들의 가구를 위층으로 옮기는 것을 도왔고, 시장은 시청 앞에서 "
          "기자들에게 짧은 성명을 내고 그들에게 감사를 전했다. 주민들은 임시 대피소에서 밤을 보냈다.")


@pytest.mark.parametrize(("text", "code"), [(ENGLISH, "en"), (GERMAN, "de"), (KOREAN, "ko"), ("Too short.", "")])
def test_detect_language(text: str, code: str) -> None:
    assert detect_language(text) == code


def test_language_names_come_from_locale_data() -> None:
    assert (language_name("de"), language_name("ko"), language_name("zz-unknown")) == ("German", "Korean",
                                                                                          "zz-unknown")


def test_non_english_articles_are_skipped_with_their_language(tmp_path: Path) -> None:
    write(tmp_path, "en.txt", f"Valley evacuated\n{ENGLISH}\n")
    write(tmp_path, "de.txt", f"Tal evakuiert\n{GERMAN}\n")
    write(tmp_path, "ko.html", f"<html><head><title>대피</title></head><body><article><p>{KOREAN}</p>"
                               "</article></body></html>")
    found = {article.article_id: article for article in read_corpus(tmp_path)}
    assert (found["en"].status, found["en"].language) == ("ok", "en")
    assert (found["de"].status, found["de"].error) == ("skipped", "not English (detected: German)")
    assert (found["ko"].status, found["ko"].error) == ("skipped", "not English (detected: Korean)")


def test_languages_admits_others(tmp_path: Path) -> None:
    write(tmp_path, "de.txt", f"Tal evakuiert\n{GERMAN}\n")
    [article] = read_corpus(tmp_path, languages=("en", "de"))
    assert (article.status, article.language) == ("ok", "de")
    [article] = read_corpus(tmp_path, languages=("fr",))
    assert article.error == "not French (detected: German)"


REFERENCES = "\n".join(f"{n}. Smith, J. ({1990 + n}). Rivers of the north. Vol. {n}. Retrieved 2020" for n in range(12))
CODE = "\n".join(["def flood_level(river):", "    if river.level > 3.5:", "        return {'alert': True}",
                  "    values = [x for x in range(10)]", "    return {'alert': False, 'values': values}"] * 6)
LISTING = "\n".join(f"{place}: {n} points" for n, place in enumerate(["Ashford", "Brill", "Carrow", "Dunmore",
                                                                     "Elton", "Fairley", "Glenn", "Harrow",
                                                                     "Ivel", "Jarrow", "Kells", "Lisle"] * 2))


@pytest.mark.parametrize(("body", "warning"), [
    (ENGLISH + "\n" + ENGLISH.replace("400", "500"), None),
    (REFERENCES, "mostly short lines, not sentences: a list, listing or references, not an article"),
    (LISTING, "mostly short lines, not sentences: a list, listing or references, not an article"),
    (CODE, "looks like code, not an article"),
    ("The river rose. Residents left.", "very little text (5 words)"),
])
def test_pages_that_are_not_articles_are_warned_about(body: str, warning: str | None) -> None:
    warnings = article_warnings(["Headline", *body.split("\n")])
    assert (warning in warnings) if warning else warnings == []


def test_hard_wrapped_prose_is_not_a_list() -> None:
    wrapped = [line for sentence in [ENGLISH] * 3 for line in
               (sentence[i:i + 60] for i in range(0, len(sentence), 60))]
    wrapped = [line.strip() for line in wrapped]
    assert not any("list" in warning for warning in article_warnings(["Headline", *wrapped]))


def test_warnings_are_a_column_of_read_articles(tmp_path: Path) -> None:
    write(tmp_path, "refs.txt", "Further reading\n" + REFERENCES + "\n")
    [article] = read_corpus(tmp_path)
    assert article.status == "ok"
    assert "a list, listing or references" in article.warnings
