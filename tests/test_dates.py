"""When a statement was made: date expressions found next to it and resolved against the article's date."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from analysis.dates import is_resolvable, resolve
from analysis.extract import article_from_text, extract_article

THURSDAY = date(2024, 10, 31)


@pytest.mark.parametrize(
    ("expression", "expected"),
    [
        ("Monday", date(2024, 10, 28)),  # the last Monday on or before the reference
        ("on Thursday", date(2024, 10, 31)),  # the reference day itself
        ("last Thursday", date(2024, 10, 24)),  # "last" never means today
        ("last Friday", date(2024, 10, 25)),
        ("yesterday", date(2024, 10, 30)),
        ("this morning", date(2024, 10, 31)),
        ("Oct. 24", date(2024, 10, 24)),  # day and month take the reference's year
        ("3 October", date(2024, 10, 3)),
        ("Dec. 20", date(2023, 12, 20)),  # more than a week after the reference: last year's
        ("Nov. 3", date(2024, 11, 3)),  # a few days after: a date announced ahead
        ("Oct. 3, 2022", date(2022, 10, 3)),
        ("2024-02-29", date(2024, 2, 29)),
        ("two days ago", date(2024, 10, 29)),  # counted back from the reference
        ("less than two days ago", None),  # a qualified span stays vague
        ("earlier this month", None),
        ("the day after Monday", date(2024, 10, 29)),  # "the next day", after a Monday named before
        ("the day after Oct. 24", date(2024, 10, 25)),
        ("the day after", None),
        ("1 days before Monday", date(2024, 10, 27)),  # "up from 300 the day before" a Monday statement
        ("7 days before today", date(2024, 10, 24)),  # "a week earlier" than an undated statement
        ("two weeks ago", date(2024, 10, 17)),
        ("the 14th", date(2024, 10, 14)),  # a day of the reference's month
        ("the 30th", date(2024, 10, 30)),
        ("the 14th century", None),
        ("", None),
    ],
)
def test_resolve_against_a_reference_date(expression, expected):
    assert resolve(expression, THURSDAY) == expected


@pytest.mark.parametrize(
    ("expression", "year", "expected"),
    [("Oct. 3", 2023, date(2023, 10, 3)), ("Oct. 3", None, None), ("Monday", 2023, None)],
)
def test_resolve_without_a_reference_needs_a_year_and_a_day(expression, year, expected):
    assert resolve(expression, None, year) == expected


def test_a_day_of_the_month_after_the_reference_is_last_months():
    assert resolve("the 28th", date(2024, 11, 3)) == date(2024, 10, 28)


@pytest.mark.parametrize(("expression", "resolvable"),
                         [("Tuesday", True), ("Oct. 31", True), ("yesterday", True), ("last month", False),
                          ("this week", False), ("in 2023", False)])
def test_is_resolvable(expression, resolvable):
    assert is_resolvable(expression) is resolvable


HEADLINE = "Government and rebels trade claims over the fighting"

# rule, body, (date expression, where it was found) for the single claim
STATEMENT_DATES = [
    ("the statement's own date", "The army said on Tuesday that 3,000 troops had arrived.", ("Tuesday", "text")),
    ("a date leading the sentence", "On Oct. 3, the army said 3,000 troops had arrived.", ("Oct. 3", "text")),
    ("'last Friday'", "The army said last Friday that 3,000 troops had arrived.", ("last Friday", "text")),
    ("the day of a done event is the day it was reported, when the statement has none",
     "The army said 3,000 troops arrived on Monday.", ("Monday", "text")),
    ("... but not what had happened before it", "The army said 3,000 troops had arrived on Monday.", ("", "")),
    ("a vague date dates nothing", "The army said earlier this month that 3,000 troops had arrived.",
     ("", "vague")),
    ("a dated statement just before", "Health Minister Ana Ruiz defended the plan on Friday. “It is working,” she "
     "said, adding that 600 nurses had been hired.", ("Friday", "context")),
    ("a date in a sentence that states nothing is not taken", "The floods began on Sunday. The army said 3,000 "
     "troops had arrived.", ("", "")),
    # Tense: a date of a coming or reported event is not the day anything was said.
    ("a future event's date", "The union said 2,000 workers will be laid off on March 3.", ("", "")),
    ("'should ... by Friday' is a coming Friday", "The school board said the 40 schools should reopen by Friday, "
     "when 900 teachers return.", ("", "")),
    ("a forecast's horizon is not vague", "The agency said the number of asylum seekers is expected to reach "
     "12,000 by spring.", ("", "")),
    ("the counted event's date, by 'according to'", "According to the police, 300 protesters were detained on "
     "Saturday.", ("", "")),
    ("a statement noun's date, by 'according to'", "According to a police statement on Sunday, 300 protesters "
     "were detained.", ("Sunday", "text")),
    ("an occasion of the statement", "At a news conference on Tuesday, the health agency said 450 patients had "
     "been admitted.", ("Tuesday", "text")),
    ("a report released on a day", "In a report released on Monday, the refugee agency said 8,000 migrants had "
     "crossed the border.", ("Monday", "text")),
    ("a statement still to be made", "The ministry will announce on Friday how many of the 500 soldiers return, "
     "officials said.", ("", "")),
    ("an age is not a date", "Ana Ruiz, 52, said 3,000 residents had been evacuated.", ("", "")),
    ("a duration is not a vague date", "The fire chief, in office for ten years, said 120 firefighters were "
     "deployed.", ("", "")),
    ("the clause a participle of speech extends", "Fire chief Lena Holt raised the alarm on Saturday, saying 120 "
     "firefighters were deployed.", ("Saturday", "text")),
    ("a participle of speech describing the speaker", "The fire chief, speaking on Wednesday, said 70 "
     "firefighters were still on the hills.", ("Wednesday", "text")),
    ("a participle of an act of speech opening the sentence", "Appearing before the health committee on Monday, "
     "Ana Ruiz said that fewer than 10 patients had died in clinics.", ("Monday", "text")),
    ("a relative clause of speech describing the speaker", "The governor, who spoke to reporters on Friday, "
     "said 400 people were in shelters.", ("Friday", "text")),
    ("a relative clause of another act does not date it", "The governor, who flew in on Friday, said 400 people "
     "were in shelters.", ("", "")),
    ("a day in the speaker's description is the event's", "Lena Holt, who chairs the union behind Saturday's "
     "march, said 40,000 people had taken part.", ("", "")),
    ("a participle of another act does not date it", "The fire chief, working through Wednesday, said 70 "
     "firefighters were still on the hills.", ("", "")),
    ("figures released on a day", "The coast guard's figures, released on Thursday, showed that 260 migrants had "
     "landed.", ("Thursday", "text")),
    ("a statement noun set off after the reported clause", "The union said 4,000 nurses had walked out, in a "
     "statement on Sunday.", ("Sunday", "text")),
    ("a place and day of the reported clause", "The union said 4,000 nurses had walked out in the capital on "
     "Sunday.", ("", "")),
    ("a gerund of the reporting verb", "Union leader Tom Baker said before attending Wednesday's talks that 3,000 "
     "nurses would strike.", ("Wednesday", "text")),
    ("a span of time is not a date", "Fire chief Lena Holt cut response times in five years, but said 120 "
     "firefighters were still needed.", ("", "")),
    ("'once said' is some day, not a day", "Mayor Tom Baker once said 3,000 residents had left the valley.",
     ("", "vague")),
    ("'since' makes a duration", "In the months since, Mayor Tom Baker said, 3,000 residents had left.", ("", "")),
    # Context: only the same speaker's statement, in the same tense, dates it.
    ("the same speaker's interview, dated by its airing", "During an interview that aired on Wednesday, Mayor Tom "
     "Baker discussed the floods. Baker said 3,000 residents had fled.", ("Wednesday", "context")),
    ("the same speaker's discussion on a day", "Fire chief Lena Holt discussed the fires with a radio host on "
     "Thursday. Holt said 120 firefighters were deployed.", ("Thursday", "context")),
    ("the same speaker's statement issued on a day", "Judge Lena Holt issued a ruling late Thursday. Holt wrote "
     "that 120 detainees had been held unlawfully.", ("late Thursday", "context")),
    ("the same speaker's dated email", "In an email dated March 2, fire chief Lena Holt warned the council. Holt "
     "wrote that 120 firefighters were needed.", ("March 2", "context")),
    ("another speaker's dated statement does not date it", "Mayor Tom Baker spoke to reporters on Monday. Fire "
     "chief Lena Holt said 120 firefighters were deployed.", ("", "")),
    ("an earlier event of the same body does not date it", "The nurses' union held its spring meeting on April 3. "
     "Union leader Tom Baker said 3,000 nurses would strike.", ("", "")),
    ("the same speaker's dated statement dates it", "Fire chief Lena Holt spoke to reporters on Monday. Holt said "
     "120 firefighters were deployed.", ("Monday", "context")),
    ("what an earlier statement reports is not a statement", "Fire chief Lena Holt said she once fought a fire "
     "at the port. Holt said 120 firefighters were deployed.", ("", "")),
    ("a present 'says' is not the past statement before it", "Fire chief Lena Holt spoke to reporters on Monday. "
     "Holt now says 120 firefighters are deployed.", ("", "")),
    ("a vague date in the same speaker's sentence", "Fire chief Lena Holt spoke to reporters last week. Holt said "
     "120 firefighters were deployed.", ("", "vague")),
]


@pytest.mark.parametrize(("rule", "body", "expected"), STATEMENT_DATES, ids=[row[0] for row in STATEMENT_DATES])
def test_statement_date(nlp, rule, body, expected):
    article = article_from_text(f"{HEADLINE}\n{body}")
    claims = extract_article(nlp(article.text), article)[1]
    assert [(c["date_text"], c["date_found"]) for c in claims] == [expected], body


# rule, body, (date expression, where it was found) for each claim in text order
CONTEXT_DATES = [
    ("the same body, named shorter, continues its dated statement", "The interior ministry said on Monday that "
     "3,000 residents had been evacuated. The ministry said another 2,000 were in shelters.",
     [("Monday", "text"), ("Monday", "context")]),
    ("'it added' continues the statement", "The army said on Oct. 3 that 3,000 troops had arrived. It added that "
     "200 more had been wounded.", [("Oct. 3", "text"), ("Oct. 3", "context")]),
    ("'of those' continues the dated statement", "The coast guard said on Friday that 40 migrants had been "
     "rescued. Of those, 12 were children.", [("Friday", "text"), ("Friday", "context")]),
    ("another speaker after a dated statement", "The ministry said on Friday that 90 people had died. Hospital "
     "officials said 40 more were in critical condition.", [("Friday", "text"), ("", "")]),
    ("a pronoun goes on with the unnamed speaker just before", "In a speech on Monday, the governor said 5,000 "
     "guardsmen had been deployed. He said 2,000 reservists had been called up.",
     [("Monday", "text"), ("Monday", "context")]),
    ("a pronoun stands for the speaker just before, not a person named earlier", "Fire chief Lena Holt said 600 "
     "firefighters were at the dam. In a briefing on Wednesday, the governor said 90 soldiers had arrived. He "
     "said 45 engineers had joined them.", [("", ""), ("Wednesday", "text"), ("Wednesday", "context")]),
    ("the same body's figures published on a day", "More than 1,000 people crossed the border on Monday, "
     "according to interior ministry figures published on Tuesday. The interior ministry said 1,012 people had "
     "arrived by bus.", [("Tuesday", "text"), ("Tuesday", "context")]),
    ("a participle of speech describing the subject two verbs share", "Fire chief Lena Holt, speaking in the "
     "capital on Tuesday, would not give a figure but said the blaze was spreading. She warned that up to 3,000 "
     "residents could be evacuated.", [("Tuesday", "context")]),
    ("a count the same body set on a day dates its next statement", "The coast guard raised the number of "
     "migrants rescued off the island to 340 on Thursday. Of the 340 migrants, 60 were children, the coast guard "
     "said.", [("Thursday", "text"), ("Thursday", "context"), ("Thursday", "context")]),
    ("a plural pronoun does not stand for one person", "The mayor said on Monday that 300 people had been "
     "evacuated. They said 40 patients were in hospital.", [("Monday", "text"), ("", "")]),
    ("'she' does not stand for many", "The nurses said on Monday that 300 people had been evacuated. She said 40 "
     "patients were in hospital.", [("Monday", "text"), ("", "")]),
    ("a pronoun after an event is no statement's", "The governor toured the camp on Tuesday. She said 200 "
     "children were living there.", [("", "")]),
    ("a meeting held to discuss is no discussion", "The health board met on Friday to discuss the dispute. The "
     "board said it would hire 400 agency nurses.", [("", "")]),
    ("the same speaker's occasion, stated with a copula", "At a hearing on Tuesday, Senator Ana Ruiz was blunt. "
     "Ruiz said 3,000 workers had lost their jobs.", [("Tuesday", "context")]),
    ("a vaguely dated occasion dates the statement vaguely", "At last month's hearing, Senator Ana Ruiz was blunt. "
     "Ruiz said 3,000 workers had lost their jobs.", [("", "vague")]),
    ("figures published on a day, by 'according to'", "So far this year, 27,300 people have crossed, according to "
     "figures the ministry published on Wednesday.", [("Wednesday", "text")]),
    ("'two days ago' counts back", "Two days ago, the regional health office said 3,000 children had been "
     "infected.", [("Two days ago", "text")]),
    ("'yesterday' counts back", "The ministry told reporters yesterday that 300 soldiers had been wounded.",
     [("yesterday", "text")]),
    ("a bare weekday after the verb", "Police said Tuesday that 40 people were arrested.", [("Tuesday", "text")]),
    ("a bare weekday after the verb, with no 'that'", "Officials said Tuesday 40 people died and 100 more were "
     "injured in Monday's blast.", [("Tuesday", "text"), ("Tuesday", "text")]),
    ("a later day in what is reported", "Officials said 40 people died in Monday's blast.", [("", "")]),
    ("a possessive day right after the verb is the event's", "Officials said Monday's blast killed 40 people.",
     [("", "")]),
    ("the date of the counted event, after the figure, when the statement has none", "Rescuers pulled 12 people "
     "from the rubble on Saturday, the fire service said.", [("Saturday", "text")]),
    ("the verb's own date before the date of the clause it extends", "Fire chief Lena Holt said on Tuesday that "
     "120 firefighters were deployed, and added on Wednesday that 40 more had been called in.",
     [("Tuesday", "text"), ("Wednesday", "text")]),
    # A count made up to a day was given that day.
    ("a tally by a day is not the earlier statement's", "The ministry said on Monday that 300 people had been "
     "evacuated. By Wednesday, that number had risen to 450, the ministry said.",
     [("Monday", "text"), ("Wednesday", "text")]),
    ("a tally as of a day", "As of Wednesday evening, 2,300 people had registered at the shelters, the Red Cross "
     "said.", [("Wednesday", "text")]),
    ("a coming day is no tally", "The agency said 5,000 people would be moved by Friday.", [("", "")]),
    ("a count's level on a day was given that day", "The number of flood deaths climbed to 64 on Thursday, the "
     "civil protection office said.", [("Thursday", "text")]),
    ("a level on a day with no 'on'", "The death toll rose to 210 Sunday, rescuers said.",
     [("Sunday", "text")]),
    ("a level still to come is no tally", "Officials said the number of evacuees was expected to reach 9,000 on "
     "Friday.", [("", "")]),
    # A day named by the day before it.
    ("'on the same day' is the day named before", "On Monday, police said 300 people were arrested. On the same "
     "day, the ministry said 50 officers had been hurt.", [("Monday", "text"), ("Monday", "text")]),
    ("'the next day' is the day after it", "On Oct. 3, police said 300 people were arrested. The next day, the "
     "ministry said 50 officers had been hurt.", [("Oct. 3", "text"), ("the day after Oct. 3", "text")]),
    ("'later that day' follows the chain", "On Monday, police said 300 people were arrested. The next day, the "
     "ministry said 50 officers had been hurt. Later that day, Mayor Tom Baker said 12 residents were missing.",
     [("Monday", "text"), ("the day after Monday", "text"), ("the day after Monday", "text")]),
    ("'that day' with no day before is vague", "That day, the ministry said 50 officers had been hurt.",
     [("", "vague")]),
    # A figure compared with an earlier count has the day of that count.
    ("'up from N the day before' is the day before the statement", "The health office said on Wednesday that "
     "2,400 patients had been admitted, up from 1,900 the day before.",
     [("Wednesday", "text"), ("1 days before Wednesday", "text")]),
    ("'the evening before'", "Police said on Sunday that 45,000 people had gathered, up from 38,000 the evening "
     "before.", [("Sunday", "text"), ("1 days before Sunday", "text")]),
    ("'a day earlier' counts back from the day of the count it is compared with", "The toll rose to 31 on "
     "Tuesday from 24 a day earlier, the office said.", [("Tuesday", "text"), ("1 days before Tuesday", "text")]),
    ("'a week earlier'", "The agency said on Monday that 300 migrants had arrived, up from 200 a week earlier.",
     [("Monday", "text"), ("7 days before Monday", "text")]),
    ("a compared figure's own day", "Police said on Sunday that 60,000 people had gathered, up from 40,000 on "
     "Saturday.", [("Sunday", "text"), ("Saturday", "text")]),
    ("a level compared with, and its own day", "The minister told reporters on Thursday that 9,400 people had "
     "been moved into tents, down from a peak of 11,000 on Wednesday morning.",
     [("Thursday", "text"), ("Wednesday", "text")]),
    ("the compared figure's day is not the statement's", "About 4,500 people were still unable to return home, "
     "the agency said, down from a peak of 5,200 on Monday night.", [("", ""), ("Monday", "text")]),
    ("a range the recogniser takes for a date is a count", "The Sahel Conflict Observatory now puts the toll at "
     "between 80 and 95 dead on both sides, up from at least 58 on Tuesday.", [("", ""), ("Tuesday", "text")]),
    ("a compared figure with no day of its own is the statement's", "Officials said on Saturday that the toll "
     "had risen to 52 from 40.", [("Saturday", "text"), ("Saturday", "text")]),
    # A date line over a round-up's or a liveblog's entries dates the statements below it.
    ("a weekday label opening the paragraph", "Monday: The regional hospital said 85 patients with flu were being "
     "treated.", [("Monday", "context")]),
    ("a liveblog's date line", "Saturday, 3 May\n09:40 — Organisers say 80,000 people have gathered in the "
     "square.", [("3 May", "context")]),
    ("a liveblog's time stamps, newest first", "Wed 12 Mar 2025 09.15 GMT\nThe agency says 4,000 people have "
     "been moved.\nTue 11 Mar 2025 18.40 GMT\nPolice said 300 residents had refused to leave.",
     [("12 Mar 2025", "context"), ("11 Mar 2025", "context")]),
    ("a line with words besides its day is no date line", "Posted on Monday by the news desk\nThe hospital said "
     "85 patients were being treated.", [("", "")]),
    ("a later date line takes over", "Monday:\nThe hospital said 85 patients were being treated.\nTuesday:\n"
     "The hospital said 120 patients were being treated.", [("Monday", "context"), ("Tuesday", "context")]),
    ("'today' in a liveblog entry is the day of its date line", "Monday, 3 March\nThe hospital said today that "
     "85 patients were being treated.\nTuesday, 4 March\nThe mayor said yesterday that 130 residents had left.",
     [("3 March", "text"), ("1 days before 4 March", "text")]),
    ("a clock time names no day", "14:20 — Police now put the crowd at 60,000 people.", [("", "")]),
    ("a time of day names no day", "The ministry said in the afternoon that 14 more patients had been admitted.",
     [("", "")]),
    ("'on the 14th' is a day of the month", "The union said on the 14th that 2,000 members had voted to strike.",
     [("the 14th", "text")]),
    ("'a week ago' counts back", "A week ago, the coast guard said 400 migrants had landed.",
     [("A week ago", "text")]),
    # A source sets a count's level on a day: that day it gave the count.
    ("a count raised on a day", "The coast guard raised the number of migrants rescued off the island to 340 on "
     "Thursday.", [("Thursday", "text")]),
    ("a count put at a figure on a day", "The ministry put the number of evacuees at 2,800 on October 23.",
     [("October 23", "text")]),
    ("a passive 'hit' is an event, not a level", "The coast guard said 40 people were rescued when their boat "
     "was hit by a wave on Sunday.", [("", "")]),
    # Each clause set off by semicolons has its own day.
    ("clauses of a list of days, each its own", "On Saturday evening the police said about 38,000 people had "
     "marched; on Sunday, 42,000; and on Monday lawmakers were told 45,000.",
     [("Saturday", "text"), ("Sunday", "text"), ("Monday", "text")]),
    ("a list entry's figures, each on its day", "1. The regional fire service: 1,500 evacuees on October 18; about "
     "3,000 on October 23; more than 10,000 on November 13, according to officials briefed by the service.",
     [("October 18", "text"), ("October 23", "text"), ("November 13", "text")]),
    ("a range in a list entry on its day", "The Red Cross: about 11,000 evacuees in the valley on November 4; "
     "between 11,000 and 12,000 on November 20.", [("November 4", "text"), ("November 20", "text")]),
    ("a list of events has no statement's days", "On Monday, 4,200 people crossed; on Tuesday, 5,100; on "
     "Wednesday, close to 8,000.", [("", ""), ("", ""), ("", "")]),
    ("another speaker's clause after a semicolon keeps its own day", "The ministry said on Monday that 300 people "
     "had been evacuated; on Tuesday the Red Cross said 40 more were missing.",
     [("Monday", "text"), ("Tuesday", "text")]),
    # An earlier figure and the day it was given.
    ("a compared figure with the day it was reported", "The health office said last week that 7,000 patients had "
     "been admitted, up from 4,500 it reported on Oct. 24.", [("", "vague"), ("Oct. 24", "text")]),
    ("the possessive day of what a statement counts is not the statement's", "Organisers called it their final "
     "count of Saturday's march: 47,500 people.", [("", "")]),
    ("a timeline's entry is dated by its label, however the parse hangs it", "Below are the main counts, in the "
     "order officials gave them.\nOct. 18 — Chile's National Emergency Office (ONEMI) says the floods have begun to "
     "recede, with about 1,500 people still in shelters.", [("Oct. 18", "text")]),
]


@pytest.mark.parametrize(("rule", "body", "expected"), CONTEXT_DATES, ids=[row[0] for row in CONTEXT_DATES])
def test_statement_dates_in_context(nlp, rule, body, expected):
    article = article_from_text(f"{HEADLINE}\n{body}")
    claims = extract_article(nlp(article.text), article)[1]
    assert [(c["date_text"], c["date_found"]) for c in claims] == expected, body


def test_a_transcript_is_dated_by_its_introduction(nlp):
    body = ("The following is a transcript of an interview with fire chief Dana Okoro that aired on Sunday, "
            "Nov. 23.\nHOST: Chief, how many people have left?\nOKORO: About 12,000 residents have been "
            "evacuated.\nHOST: Thank you.\nOkoro's office said on Monday that 3,000 evacuees had returned.")
    article = article_from_text(f"{HEADLINE}\n{body}")
    quotes, claims = extract_article(nlp(article.text), article)[:2]
    assert [(c["date_text"], c["date_found"]) for c in claims] == [("Sunday, Nov. 23", "context"),
                                                                   ("Monday", "text")]
    assert {q["date_text"] for q in quotes} == {"Sunday, Nov. 23"}


@pytest.mark.parametrize(
    ("introduction", "expected"),
    [
        ("Governor Ana Ruiz spoke with our host on Sunday about the floods.", ("Sunday", "context")),
        ("This interview was recorded on Friday, March 6.", ("Friday, March 6", "context")),
        ("Governor Ana Ruiz will speak to the council on Friday.", ("", "")),  # a coming occasion
        ("The floods began on Sunday.", ("", "")),  # an event, not the interview
        # the parse hangs the clause on the guest, not the interview
        ("The following is a transcript of an interview with Governor Ana Ruiz that aired on Wednesday.",
         ("Wednesday", "context")),
        ("Transcript of Sunday's edition of Coast Report on Harbour Radio.", ("Sunday", "context")),  # no verb
    ],
)
def test_the_occasion_a_transcript_introduction_dates(nlp, introduction, expected):
    body = (f"{introduction}\nHOST: How many people are in shelters?\nRUIZ: About 4,000 people are in "
            "shelters.\nHOST: Thank you.")
    article = article_from_text(f"{HEADLINE}\n{body}")
    claims = extract_article(nlp(article.text), article)[1]
    assert [(c["date_text"], c["date_found"]) for c in claims] == [expected], introduction


def test_a_turn_is_said_on_air_whatever_day_a_statement_it_reports_has(nlp):
    body = ("Fire chief Dana Okoro spoke with our host on Wednesday about the floods.\nHOST: Chief, what are the "
            "numbers?\nOKORO: The army said on Monday that 52 soldiers had been wounded. One shelter I visited had "
            "about 40 evacuees in one room.\nHOST: Thank you.")
    article = article_from_text(f"{HEADLINE}\n{body}")
    quotes, claims = extract_article(nlp(article.text), article)[:2]
    assert [(c["date_text"], c["date_found"]) for c in claims] == [("Monday", "text"), ("Wednesday", "context")]
    assert {q["date_text"] for q in quotes} == {"Wednesday"}


def test_an_undated_introduction_dates_no_transcript(nlp):
    body = ("The following is a transcript of an interview with fire chief Dana Okoro.\nHOST: Chief, how many "
            "people have left?\nOKORO: About 12,000 residents have been evacuated.\nHOST: Thank you.")
    article = article_from_text(f"{HEADLINE}\n{body}")
    claims = extract_article(nlp(article.text), article)[1]
    assert [(c["date_text"], c["date_found"]) for c in claims] == [("", "")]


@pytest.mark.parametrize(
    ("one", "other", "same"),
    [("Ana Ruiz", "Ruiz", True), ("Ministry of Interior", "ministry", True), ("Northern Nurses' Union", "union", True),
     ("Ana Ruiz", "Carlos Ruiz", False), ("ministry", "police", False), ("", "ministry", False)],
)
def test_same_speaker(one, other, same):
    from analysis.dates import same_speaker

    assert same_speaker(one, other) is same


def test_the_same_figure_reported_just_before_dates_the_statement(nlp):
    body = ("On Monday, a health ministry spokesperson said 3,000 nurses had joined the strike. “We count 3,000 "
            "nurses on the picket lines,” Ivan Petrov told a briefing.")
    article = article_from_text(f"{HEADLINE}\n{body}")
    claims = extract_article(nlp(article.text), article)[1]
    assert [(c["date_text"], c["date_found"]) for c in claims] == [("Monday", "text"), ("Monday", "context")]


def test_a_nested_estimate_is_dated_by_the_statement_that_reports_it(nlp):
    body = ("The weather office said last month that floods were likely. Senator Ana Ruiz spoke to reporters on "
            "Tuesday. Ruiz said the weather office believed 4,000 residents had fled.")
    article = article_from_text(f"{HEADLINE}\n{body}")
    claims = extract_article(nlp(article.text), article)[1]
    assert [(c["date_text"], c["date_found"]) for c in claims] == [("Tuesday", "context")]


@pytest.mark.parametrize(
    ("sentence", "verb", "expected"),
    [
        ("Mayor Tom Baker rallied volunteers on Sunday by warning that the valley had no power.", "warning", True),
        ("Mayor Tom Baker said the valley would have no power on Sunday.", "said", False),
        ("Mayor Tom Baker will announce on Sunday how many residents left.", "announce", False),
    ],
)
def test_whether_sunday_dates_the_statement(nlp, sentence, verb, expected):
    from analysis.dates import dates_statement, reported_content

    doc = nlp(sentence)
    sunday = next(t for t in doc if t.text == "Sunday")
    speech = next(t for t in doc if t.text == verb)
    assert dates_statement(sunday, speech, reported_content(speech)) is expected, sentence


DEV = Path(__file__).parent / "dev" / "when"


def test_the_dates_dev_set_keeps_its_dates_and_hypotheticals():
    """The articles written alongside the date and hypothetical rules (tests/dev/when/README.md)."""
    from analysis.evaluate import evaluate, load_gold
    from analysis.tables import build_tables

    scores = evaluate(load_gold(DEV / "gold.json"), build_tables(DEV))
    misses = scores.misses.to_string()
    assert scores.metrics["date_accuracy"] == 1.0, misses
    # Every hypothetical claim found is flagged; two are not found at all (claim recall, not the flag).
    flags = scores.misses[scores.misses["kind"].isin(["hypothetical_missed", "hypothetical_extra"])]
    assert set(flags["got"]) <= {"claim not found"}, misses
    assert scores.metrics["hypothetical_recall"] >= 20 / 22, misses


@pytest.mark.parametrize(
    ("paragraph", "published", "expected"),
    [
        ("KARST, Norland, Feb. 9 (Coast Wire) — The army said 1,200 soldiers were killed.", date(2025, 2, 10),
         date(2025, 2, 9)),  # written the day before it was published
        ("KARST, Feb. 10 (Coast Wire) — The army said 1,200 soldiers were killed.", date(2025, 2, 10),
         date(2025, 2, 10)),
        ("KARST, Norland, Jan. 9 (Coast Wire) — The army said 1,200 soldiers were killed.", date(2025, 2, 10),
         None),  # a month before publication: not this story's dateline
        ("KARST (Coast Wire) — The army said on Feb. 9 that 1,200 soldiers were killed.", date(2025, 2, 10), None),
        ("On Feb. 9 the army said 1,200 soldiers were killed — more than ever before.", date(2025, 2, 10), None),
        ("KARST, Norland, Feb. 9 (Coast Wire) — The army said 1,200 soldiers were killed.", None, None),  # no year
    ],
)
def test_dateline_day(paragraph, published, expected):
    from analysis.dates import dateline_day

    assert dateline_day(paragraph, published) == expected


def test_a_wire_dateline_gives_the_day_statements_count_back_from(nlp):
    from analysis.tables import tables_from_articles

    article = article_from_text("Army gives its losses\nKARST, Norland, Feb. 9 (Coast Wire) — The army said on "
                                "Saturday that 1,200 soldiers had been killed.\nThe ministry says 300 are missing.")
    article.published = "2025-02-10"
    tables = tables_from_articles([article], processes=1)
    assert tables.articles.at[0, "reference_source"] == "dateline"
    # Saturday counts back from the dateline's Sunday; the present "says" is the dateline's day.
    assert [str(d.date()) for d in tables.claims["date_said"]] == ["2025-02-08", "2025-02-09"]


def test_a_dateline_date_is_the_storys_day_not_a_statements(nlp):
    from analysis.tables import tables_from_articles

    article = article_from_text("March count\nLIMA, May 4 (LW) - Organisers on Saturday put the turnout at 9,000 "
                                "people, their spokesman said.")
    article.published = "2025-05-04"
    claims = tables_from_articles([article], processes=1).claims
    assert list(claims["date_text"]) == ["Saturday"]
    assert [str(d.date()) for d in claims["date_said"]] == ["2025-05-03"]
