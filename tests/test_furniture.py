"""Tests for analysis/reading/furniture.py: a page's body put right by its structure and by repetition."""

from __future__ import annotations

from pathlib import Path

import lxml.html
import pytest

from analysis.reading import read_corpus
from analysis.reading.furniture import restored_lead, split_body, without_furniture
from tests.conftest import write_file as write

LEAD = "The island council said on Monday that the old ferry pier would close for repairs in the spring."
SECOND = "About 40 workers will rebuild the pier, and a temporary landing will be built beside the harbour wall."
THIRD = "The council expects the work to take four months, the harbour master told residents at a meeting."
FOURTH = "Ferry times will not change while the temporary landing is in use, the operator said in a statement."


def chunked_page(chunks: list[list[str]], sidebar: list[str] = ()) -> str:
    parts = "".join('<div class="story-chunk">' + "".join(f"<p>{p}</p>" for p in chunk) + "</div>"
                    "<aside class='ad'><p>Advertisement</p></aside>" for chunk in chunks)
    side = '<div class="related">' + "".join(f"<p>{p}</p>" for p in sidebar) + "</div>"
    return f"<html><body><article><h1>Pier to close</h1>{parts}</article>{side}</body></html>"


def test_a_body_split_into_chunks_is_read_whole() -> None:
    tree = lxml.html.fromstring(chunked_page([[LEAD, SECOND], [THIRD], [FOURTH]]))
    assert split_body(tree, [LEAD, SECOND]) == [LEAD, SECOND, THIRD, FOURTH]


def test_one_container_is_left_as_found() -> None:
    tree = lxml.html.fromstring(chunked_page([[LEAD, SECOND, THIRD]], sidebar=[FOURTH]))
    assert split_body(tree, [LEAD, SECOND, THIRD]) == [LEAD, SECOND, THIRD]


def test_chunks_that_add_little_are_not_taken() -> None:
    tree = lxml.html.fromstring(chunked_page([[LEAD, SECOND, THIRD, FOURTH], ["Share this story."]]))
    assert split_body(tree, [LEAD, SECOND, THIRD, FOURTH]) == [LEAD, SECOND, THIRD, FOURTH]


@pytest.mark.parametrize(("body", "kept"), [
    (["Pier to close", LEAD, SECOND], [LEAD, SECOND]),  # the headline again
    ([LEAD, SECOND, LEAD], [LEAD, SECOND]),  # a repeated line: the first stays, so the lead is never lost
    ([LEAD, "https://islandnews.example/images/pier.jpg", SECOND], [LEAD, SECOND]),
    ([LEAD, "2023-03-06T08:57:40+01:00", SECOND], [LEAD, SECOND]),
    ([LEAD, "Opening hours: 9 to 5", SECOND], [LEAD, "Opening hours: 9 to 5", SECOND]),
])
def test_furniture_lines_go(body: list[str], kept: list[str]) -> None:
    assert without_furniture("Pier to close", body) == kept


def test_a_chunked_page_reads_whole(tmp_path: Path) -> None:
    write(tmp_path, "pier.html", chunked_page([[LEAD, SECOND], [THIRD], [FOURTH]]))
    [article] = read_corpus(tmp_path)
    assert article.paragraph_texts() == ["Pier to close", LEAD, SECOND, THIRD, FOURTH]


LONG_LEAD = ("The island council voted on Monday to close the old ferry pier for repairs next spring, a decision that "
             "will send about 40 workers to the harbour and move every sailing to a temporary landing for four months.")


def lead_page(lead_markup: str) -> lxml.html.HtmlElement:
    return lxml.html.fromstring(
        f"<html><head><meta name='description' content='{LONG_LEAD[:70]}...'></head><body><article><h1>Pier</h1>"
        f"{lead_markup}</article></body></html>")


def test_a_lost_lead_is_put_back_from_the_body_it_opens() -> None:
    tree = lead_page(f'<div class="content">{LONG_LEAD}<br><br><p>{SECOND}</p><p>{THIRD}</p></div>')
    assert restored_lead(tree, LONG_LEAD[:70] + "...", [SECOND, THIRD]) == [LONG_LEAD, SECOND, THIRD]


def test_a_standfirst_of_its_own_is_not_made_the_lead() -> None:
    tree = lead_page(f'<div class="standfirst">{LONG_LEAD}</div><div class="content"><p>{SECOND}</p>'
                     f"<p>{THIRD}</p></div>")
    assert restored_lead(tree, LONG_LEAD[:70] + "...", [SECOND, THIRD]) == [SECOND, THIRD]


def test_a_lead_already_there_is_not_added_twice() -> None:
    tree = lead_page(f'<div class="content"><p>{LONG_LEAD}</p><p>{SECOND}</p></div>')
    assert restored_lead(tree, LONG_LEAD[:70] + "...", [LONG_LEAD, SECOND]) == [LONG_LEAD, SECOND]
