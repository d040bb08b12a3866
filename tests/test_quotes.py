"""Quotations and their speakers: one invented paragraph per rule of analysis/quotes.py."""

from __future__ import annotations

import pytest

from analysis.extract import article_from_text, extract_article
from analysis.quotes import find_quote_spans

HEADLINE = "Officials respond to the crisis in the region"


def quotes_of(nlp, body: str, headline: str = HEADLINE) -> list[tuple[str, str, bool]]:
    """(first words of the quote, speaker, partial) for every quote of a small article."""
    article = article_from_text(f"{headline}\n{body}")
    quotes = extract_article(nlp(article.text), article)[0]
    return [(" ".join(q["quote"].split()[:3]), q["speaker"], q["partial"]) for q in quotes]


# rule, body (paragraphs split by \n), [(first three words, speaker, partial), ...]
SPEAKERS = [
    ("'said' after the quote", '"We will rebuild every house," said Maria Gomez, the mayor of the town.',
     [("We will rebuild", "Maria Gomez", False)]),
    ("a pronoun is the person named before", 'Mayor Tom Reyes visited the site. "It is a tragedy," he said.',
     [("It is a", "Tom Reyes", False)]),
    ("a surname is the full name", 'Lena Park, the health minister, arrived. "We are ready," Park said.',
     [("We are ready", "Lena Park", False)]),
    ("a split quote keeps its speaker", '"We are ready," Ana Ruiz said. "We have always been ready."',
     [("We are ready", "Ana Ruiz", False), ("We have always", "Ana Ruiz", False)]),
    ("a phrase inside the reporter's sentence is partial",
     'Health Minister Lena Park called the report "deeply flawed".', [("deeply flawed", "Lena Park", True)]),
    ("a quote after a colon", 'Ana Ruiz, the union leader, said in a statement: "The strike will go on."',
     [("The strike will", "Ana Ruiz", False)]),
    ("a bare quote paragraph continues the previous speaker",
     'Lena Park, the health minister, spoke after the meeting.\n"Nobody will be left behind."',
     [("Nobody will be", "Lena Park", False)]),
    ("a quotation running over two paragraphs",
     '"We need more trucks," said Ana Ruiz. "The roads are closed.\n"We will not stop until they open."',
     [("We need more", "Ana Ruiz", False), ("The roads are", "Ana Ruiz", False),
      ("We will not", "Ana Ruiz", False)]),
    ("a typewriter-marked quotation running over two paragraphs",
     "''We need more trucks,'' said Ana Ruiz. ''The roads are closed.\n''We will not stop until they open.''",
     [("We need more", "Ana Ruiz", False), ("The roads are", "Ana Ruiz", False),
      ("We will not", "Ana Ruiz", False)]),
    ("title after the name", '"The river rose too fast," Joseph Mensah, the interior minister, told reporters.',
     [("The river rose", "Joseph Mensah", False)]),
    ("'X, who heads Y' is a person", '"The talks will resume," Taras Bondar, who heads the negotiating team, '
     'told reporters.', [("The talks will", "Taras Bondar", False)]),
    ("'the company' is the body named before",
     'Norland Rail, the national rail company, said trains ran on time. "The numbers are invented," the company said.',
     [("The numbers are", "Norland Rail", False)]),
    ("a ministry is written with its country", 'Poland’s defence ministry called the drills "a dangerous stunt".',
     [("a dangerous stunt", "Poland Ministry of Defence", True)]),
    ("a relative pronoun is the body before it",
     'The figure is higher than an estimate by Japan’s coast guard, which said that "dozens of boats" were seen.',
     [("dozens of boats", "Japan coast guard", True)]),
    ("an appositive does not rename a body", 'Al-Nour, the armed group, said it had "repelled the attack".',
     [("repelled the attack", "Al-Nour", True)]),
    ("a bare title is the person named with it",
     'General Ivan Petrov visited the front on Monday.\n“We will hold,” the general said.',
     [("We will hold", "Ivan Petrov", False)]),
    ("an unresolved bare title is no speaker", 'The minister called the report "deeply flawed".',
     [("deeply flawed", "", True)]),
]


@pytest.mark.parametrize(("rule", "body", "expected"), SPEAKERS, ids=[row[0] for row in SPEAKERS])
def test_quote_speaker_and_partial(nlp, rule, body, expected):
    assert quotes_of(nlp, body) == expected, body


def test_a_headline_quote_is_said_by_who_says_it_in_the_body(nlp):
    quotes = quotes_of(nlp, '"We are not leaving. This is our home," said Omar Haddad, a farmer.',
                       headline="‘We are not leaving’: families defy evacuation order")
    assert quotes == [("We are not", "Omar Haddad", False), ("We are not", "Omar Haddad", False)]


@pytest.mark.parametrize(
    ("paragraph", "quotes"),
    [
        ('He said "yes" and "no".', ["yes", "no"]),
        ("She called it ‘a disgrace’.", ["a disgrace"]),
        ("The group’s leader didn’t comment.", []),  # apostrophes are not quotation marks
        ("«Nous restons», a-t-il dit.", ["Nous restons"]),
        ('The 6" pipe burst.', []),  # an inch mark opens nothing
        ("''We stay,'' she said.", ["We stay"]),  # typewriter marks: two apostrophes
        ("``We stay,'' she said.", ["We stay"]),
        ("''They told me 'wait,''' he said.", ["They told me 'wait,'"]),  # an inner quote ends with the outer
        ("Called ''a fine mess,'' it ''never ends.''", ["a fine mess", "never ends."]),
        ("The farmers' ''land'' is gone.", ["land"]),  # a possessive apostrophe is no mark
    ],
)
def test_find_quote_spans(paragraph, quotes):
    text = f"Headline\n{paragraph}"
    spans = find_quote_spans(text, [(0, 8), (9, len(text))], set())
    assert [text[s.start:s.end] for s in spans] == quotes
