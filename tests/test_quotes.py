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


# How news writing introduces a quotation: rule, body, [(first three words, speaker, partial), ...]
ATTRIBUTIONS = [
    ("a name the parse makes the root, with a clause, is its sentence's subject", 'Mayor Jonas Berg said the dikes '
     'would hold. Anders Holm, 68, stood on the bridge with his dog. "I have never seen it this high," he said.',
     [("I have never", "Anders Holm", False)]),
    ("a person's name the parse hangs on the body they work for", 'An engineer for Norsk Kraft, Lars Vik, gave '
     'evidence on Tuesday. Asked about the outage, he called it "a freak of the weather."',
     [("a freak of", "Lars Vik", True)]),
    ("'one survivor' is an unnamed speaker", 'Captain Omar Said said his crew had pulled 40 people from the sea. One '
     'survivor, a teacher from Kassala, told the crew that the engine had failed at dawn. "We drifted for two days," '
     'he said.', [("We drifted for", "survivor", False)]),
    ("a communication verb from WordNet", '"The ice is too thin," scoffed Petra Lind, a fisherman.',
     [("The ice is", "Petra Lind", False)]),
    ("testified that ...", 'Omar Haddad testified that the bridge had been "left to rot for years".',
     [("left to rot", "Omar Haddad", True)]),
    ("tweeted that ...", 'Ines Duarte tweeted that the plan was "a betrayal of the valley".',
     [("a betrayal of", "Ines Duarte", True)]),
    ("any verb whose complement is the quotation", '"We will be back next season," fumed Karl Jensen, the team '
     'captain.', [("We will be", "Karl Jensen", False)]),
    ("an inverted verb whose speaker the parse takes for its object",
     '"Is anyone listening to us?" asked Pavel Orlov, the union leader, pointing at the empty seats of the hall.',
     [("Is anyone listening", "Pavel Orlov", False)]),
    ("a full name the recogniser missed, given by the parse, for a surname that speaks",
     "Ana Ruiz leads the nurses' union.\nHealth minister Tomas Berg said the offer was fair.\n"
     '"Nobody wants these shifts," Ruiz said.', [("Nobody wants these", "Ana Ruiz", False)]),
    ("a surname the recogniser may miss, written as a name",
     'Residents blamed Tuvik for the delay.\n"The pumps failed twice," Tuvik said.',
     [("The pumps failed", "Tuvik", False)]),
    ("a word inside the quotation is never the speaker",
     '"I find that [the council] can be very slow to act," Marta Ruiz said.', [("I find that", "Marta Ruiz", False)]),
    ("a colon after a reporting verb", 'Mayor Ines Duarte insisted: "Nobody will lose their home."',
     [("Nobody will lose", "Ines Duarte", False)]),
    ("a colon after any clause about the speaker", 'Minister Ada Klein was blunt: "We will not pay the ransom."',
     [("We will not", "Ada Klein", False)]),
    ("a label: name and outlet, then a colon", 'Jo Rey, Daily Post: "The count is wrong from the start."',
     [("The count is", "Jo Rey", False)]),
    ("labels one after another", 'Ada Klein: "We will not pay the ransom." Tom Berg: "Then we strike tomorrow."',
     [("We will not", "Ada Klein", False), ("Then we strike", "Tom Berg", False)]),
    ("a statement introduced at the end of the paragraph before",
     'Ada Klein released the following statement:\n"We mourn the loss of our colleagues."',
     [("We mourn the", "Ada Klein", False)]),
    ("is quoted as saying", 'Ada Klein is quoted as saying that "we have no other choice".',
     [("we have no", "Ada Klein", False)]),
    ("was quoted by an outlet: the outlet only relays",
     '"We have no other choice," Ada Klein was quoted by the Daily Post as saying.',
     [("We have no", "Ada Klein", False)]),
    ("a phrase inside a said-that clause", 'Ada Klein said that the plan was "dead on arrival".',
     [("dead on arrival", "Ada Klein", True)]),
    ("a person's office speaks for the person, never for a title",
     'Inspector Lena Holt\'s office said the road was "closed until further notice".',
     [("closed until further", "Lena Holt's office", True)]),
    ("a name glued to its own copy by page furniture",
     '"The water came so fast," said Gov. Jo ReyJo Anne Rey, who toured the town.',
     [("The water came", "Jo Rey", False)]),
    ("an inverted verb whose speaker the parse lost in a clause",
     '"The committee has failed the public," said Oversight ranking member Jo Rey (D-Ore.). "It must start again."',
     [("The committee has", "Jo Rey", False), ("It must start", "Jo Rey", False)]),
    ("an inverted verb, a description, then the name", '"We are all afraid," said another resident, Ana Ruiz. '
     '"The water keeps rising."', [("We are all", "Ana Ruiz", False), ("The water keeps", "Ana Ruiz", False)]),
    ("a label whose colon the tokenizer glues to the quotation",
     'Rep. Ann Lee (D-Ore.):"We have not seen the report at all."', [("We have not", "Ann Lee", False)]),
    ("was prompted to say", 'But the hearing was so calm that Ana Ruiz was prompted to say, "I cannot believe how '
     'quiet it has been."', [("I cannot believe", "Ana Ruiz", False)]),
    ("'who said' describes the person, not the place before it",
     '"We will march on Sunday," said Ana Ruiz, a nurse in Lyon who said she would join. "Nobody can stop us now."',
     [("We will march", "Ana Ruiz", False), ("Nobody can stop", "Ana Ruiz", False)]),
    ("a description's named apposition speaks",
     'A former mayor -- Ana Ruiz, who lost the last election -- said the plan "offered nothing new at all".',
     [("offered nothing new", "Ana Ruiz", True)]),
    ("a quotation paragraph continues a WordNet speech verb's subject",
     'Ana Ruiz elaborated in a column that the plan would fail.\n"Nobody believes the figures any more."',
     [("Nobody believes the", "Ana Ruiz", False)]),
    ("an estimate verb introduces no quotation", 'Ada Klein said the crews are expected to arrive "within hours".',
     [("within hours", "Ada Klein", True)]),
    ("a bare quotation after its speaker's sentence, same paragraph",
     'Sarah Mitchell recalled how the first week went. "And I thought, we will never manage this."',
     [("And I thought,", "Sarah Mitchell", False)]),
    ("a credit line in the paragraph after", 'Sarah Mitchell runs the clinic.\n"The idea that we would close the '
     'clinic is not accurate."\n- Mitchell.', [("The idea that", "Sarah Mitchell", False)]),
    ("a credit line closing the paragraph", 'Sarah Mitchell runs the clinic.\n"We open every day at six." — Mitchell',
     [("We open every", "Sarah Mitchell", False)]),
    ("a surname the parse takes for an adjective of the verb",
     'Dana Kemble leads the union.\n"This is a betrayal of every worker," Kemble fumed.',
     [("This is a", "Dana Kemble", False)]),
    ("a described person is the one named with that description",
     'Maria Lopez, a dairy farmer, lost her barn.\n"We lost everything overnight," the farmer said.',
     [("We lost everything", "Maria Lopez", False)]),
    ("a description before the name",
     'Dairy farmer Tom Hill watched the water rise. "Nothing is left," the farmer added.',
     [("Nothing is left", "Tom Hill", False)]),
    ("an age is the person named with it",
     'Maria Lopez, 54, lost her barn.\n"We lost everything in one night," the 54-year-old said.',
     [("We lost everything", "Maria Lopez", False)]),
    ("'the woman' is the woman just named",
     'Amina Hassan waited outside the gate.\nThe woman had come at dawn. "We have not been paid since March," '
     'the woman said.', [("We have not", "Amina Hassan", False)]),
    ("'the woman' after 'a woman' is someone unnamed",
     'Grace Otieno waited outside the gate. A woman next to her was crying.\n'
     '"We have not been paid since March," the woman said.', [("We have not", "woman", False)]),
    ("'according to' a statement is whoever issued it",
     'The levees were "holding for now," according to a statement from the Port Authority.',
     [("holding for now", "Port Authority", True)]),
    ("a title after 'called' or a kind of work is no quotation",
     'Ana Ruiz hosts a radio show called "Voices of the Valley" and said the flood was "the worst in memory."',
     [("the worst in", "Ana Ruiz", True)]),
    ("a title-cased phrase someone said is still a quotation",
     'Ana Ruiz called the plan "Operation Clean Sweep" and said it would fail.',
     [("Operation Clean Sweep", "Ana Ruiz", True)]),
    ("a statement's issuer speaks through it",
     '"All roads east of the river are closed," a statement from the Port Authority said.',
     [("All roads east", "Port Authority", False)]),
    ("a post introduced with a colon is its author's",
     "From Ruth Kamau's Facebook post: \"We must overcome the divisions in this city.\"",
     [("We must overcome", "Ruth Kamau", False)]),
    ("the speaker right after a quoted sentence, however the parse hangs it",
     '"I did not order it. I did not order it," Ortega said, after Radio North reporter Ana Ruiz said the minister '
     'had ordered the evacuation.', [("I did not", "Ortega", False)]),
    ("a bare quotation after a sentence citing someone with 'according to', same paragraph or the one before",
     '"Nobody told us anything," said Petra Holm, a retired teacher.\n'
     'According to Tomas Berg, the rain will ease by Wednesday. "The worst is behind us."\n'
     'Holm said she had lost everything.\nAccording to Berg, the rivers will stay high for days.\n'
     '"Nobody should go back before the weekend."',
     [("Nobody told us", "Petra Holm", False), ("The worst is", "Tomas Berg", False),
      ("Nobody should go", "Tomas Berg", False)]),
    ("a bare quotation paragraph after a paragraph that ends with another person speaking is that person's",
     '"We will not be replaced by machines," said union leader Jonas Petersen. Port director Helen Ward, however, '
     'insisted the new cranes would create jobs.\n"Every port in the world is automating. We cannot stay behind."',
     [("We will not", "Jonas Petersen", False), ("Every port in", "Helen Ward", False)]),
    ("a liveblog entry's time zone is no part of the name after it",
     '14:05 GMT: Fire chief Ines Varga said the ferries had stopped.\n'
     '15:20 GMT Varga said the crews were safe. "Nobody goes out tonight," she said.\n'
     '9:30 a.m. EST Deputy mayor Kofi Mensah said the bridge was shut. "Stay home," Mensah said.',
     [("Nobody goes out", "Ines Varga", False), ("Stay home", "Kofi Mensah", False)]),
    ("a title written bare is the holder the article names without a country",
     'President Ana Ruiz spoke by phone with Kenyan President Jo Rey on Friday. In a video address, the president '
     'said "more than 11,000" farmers had lost their crops.', [("more than 11,000", "Ana Ruiz", True)]),
    ("the second of two reports beside each other is the speaker's, not the first's",
     'The union says about 11,000 walked out, the port authority says 9,000, and the labour ministry said on '
     'Monday it was "closer to 10,000."', [("closer to 10,000.", "Ministry of Labour", True)]),
    ("a surname the parse takes for a compound of the verb",
     'Rolf Brandt chairs the council.\n"Look at what the council did," Brandt notes. "It was a different tone."',
     [("Look at what", "Rolf Brandt", False), ("It was a", "Rolf Brandt", False)]),
    ("a second report beside the first clause, with its own subject, is its own",
     'Doctors warn that many infections go unrecorded, and the World Health Organization has said the real toll '
     'is "far above the official count."', [("far above the", "World Health Organization", True)]),
    ("a description after the body a person works for is the body's",
     '"Nobody has counted the villages yet," said Ilse Marten of Harbour Aid, a Gdansk-based relief group.',
     [("Nobody has counted", "Ilse Marten", False)]),
    ("a name set beside any word for a kind of person is a person's",
     'Tomas Vikander, a researcher at the Nordic Policy Institute, has studied such tallies for years. "Both '
     'armies round up," he said.', [("Both armies round", "Tomas Vikander", False)]),
    ("a post no one is named for speaks as a social media post",
     'A post circulating on social media says "20,000 nurses have quit" since January.',
     [("20,000 nurses have", "social media post", False)]),
    ("a dateline opening a later section frames it and names no one",
     'LIMA (Wire) — The navy said on Monday that 40 sailors were missing.\nQUITO, Ecuador (Wire) — Rosa Paredes, '
     'Ecuador\'s defence minister, said late on Tuesday that divers were "running out of daylight".',
     [("running out of", "Rosa Paredes", True)]),
]


# Unnamed people, crowds and ranks as real coverage writes them: rule, body, [(first three words, speaker, partial)]
PEOPLE_SPEAKING = [
    ("any word for a kind of person speaks, and a place's clause is none of the speaker",
     '"The roof came down at midnight," a fisherman in the harbour, where the storm hit hardest, told the '
     'Coastal Times.\nAnother woman asked: "Who will pay for this?"',
     [("The roof came", "fisherman", False), ("Who will pay", "woman", False)]),
    ("a relative clause without a comma says the person is someone new",
     'Rita Olsen runs the shelter.\n"We have no beds left," the man who answered the phone said.',
     [("We have no", "man", False)]),
    ("a person noun nobody was named for", '"The dam will hold," the engineer said.',
     [("The dam will", "engineer", False)]),
    ("a verb of speech after an exclamation, and 'they' of the people who spoke",
     '"Not one more job!" the strikers shouted.\n"Shame!" they chanted.',
     [("Not one more", "strikers", False), ("Shame!", "strikers", False)]),
    ("a rank is a title, not a name", '"We pulled six people from the water," said Petty Officer Dana Kirk.\n'
     'Sgt. Omar Field said the road was "completely gone".',
     [("We pulled six", "Dana Kirk", False), ("completely gone", "Omar Field", True)]),
    ("a quotation running on over paragraphs is the speaker's its last paragraph names",
     "The Water Board met on Monday.\nIn the afternoon, the board and its partners visited the dam.\n"
     "“Repairs to the spillway begin next week.\n“Every valve will be checked,” it said.",
     [("Repairs to the", "Water Board", False), ("Every valve will", "Water Board", False)]),
    ("'X quotes Y as saying': Y speaks", 'The Morning Post quotes Ilse Brand, a councillor, as saying the march was '
     '"the largest in a decade".', [("the largest in", "Ilse Brand", True)]),
]


@pytest.mark.parametrize(("rule", "body", "expected"), PEOPLE_SPEAKING, ids=[row[0] for row in PEOPLE_SPEAKING])
def test_people_speaking(nlp, rule, body, expected):
    assert quotes_of(nlp, body) == expected, body


@pytest.mark.parametrize(("rule", "body", "expected"), ATTRIBUTIONS, ids=[row[0] for row in ATTRIBUTIONS])
def test_attribution(nlp, rule, body, expected):
    assert quotes_of(nlp, body) == expected, body


@pytest.mark.parametrize("verb", ["chanted", "retorted", "pledged", "complained", "praised"])
def test_wordnet_speech_verbs_introduce_quotations(nlp, verb):
    body = f'Anna Berg {verb} that the town would be "rebuilt stone by stone".'
    assert quotes_of(nlp, body) == [("rebuilt stone by", "Anna Berg", True)], body


@pytest.mark.parametrize(("rule", "body", "expected"), SPEAKERS, ids=[row[0] for row in SPEAKERS])
def test_quote_speaker_and_partial(nlp, rule, body, expected):
    assert quotes_of(nlp, body) == expected, body


def test_a_headline_quote_is_said_by_who_says_it_in_the_body(nlp):
    quotes = quotes_of(nlp, '"We are not leaving. This is our home," said Omar Haddad, a farmer.',
                       headline="‘We are not leaving’: families defy evacuation order")
    assert quotes == [("We are not", "Omar Haddad", False), ("We are not", "Omar Haddad", False)]


def test_a_headline_quote_over_an_interview_is_the_guests(nlp):
    body = ("Marta Lind, who leads the nurses' union, spoke to Paul Okoye on Monday.\n"
            "Q: How many are out?\n"
            "A: Our delegates counted 1,100 on the picket lines this morning, in every ward of the hospital, and "
            "the number grows every day because the managers will not talk to us.")
    quotes = quotes_of(nlp, body, headline="‘Nobody here is going back’: the nurses' leader on the strike")
    assert quotes[0] == ("Nobody here is", "Marta Lind", False)


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
        ("'We stay,' she said. 'All of us.'", ["We stay", "All of us."]),  # straight single marks
        ("'The farmers' union is angry,' he said.", ["The farmers' union is angry"]),  # a plural's possessive
        ("It was 'cut off' and 'short of bread'.", ["cut off", "short of bread"]),
        ("Rock 'n' roll fans of the '90s love 'em.", []),  # elisions open nothing
        ("They don't know what's next.", []),
    ],
)
def test_find_quote_spans(paragraph, quotes):
    text = f"Headline\n{paragraph}"
    spans = find_quote_spans(text, [(0, 8), (9, len(text))], set())
    assert [text[s.start:s.end] for s in spans] == quotes


def test_a_hyphenated_given_name_is_whole(nlp):
    body = 'Its spokesman, Jean-Baptiste Kabila, said in a voice message that the group had lost "fewer than 30 men".'
    assert [speaker for _, speaker, _ in quotes_of(nlp, body)] == ["Jean-Baptiste Kabila"]


# Broadcast transcripts: a label, a colon, then the speaker's words without quotation marks.
# rule, body, [(first three words, speaker, partial), ...]
TRANSCRIPTS = [
    ("surname labels in capitals are the full names the article gives",
     "Dana Whitfield is our correspondent in the capital.\nTom Lee anchors the evening news.\n"
     "LEE: Good evening. For weeks the talks have stalled.\n"
     "WHITFIELD: Thanks, Tom. The ministers met for six hours and agreed on nothing.",
     [("Good evening. For", "Tom Lee", False), ("Thanks, Tom. The", "Dana Whitfield", False)]),
    ("a first-name label in capitals", "Dana Whitfield reports from the border for the network.\n"
     "DANA: The queue of trucks stretches for miles.",
     [("The queue of", "Dana Whitfield", False)]),
    ("a label in capitals the article names nowhere else, one of two speakers",
     "HOLM: We have been waiting since dawn for the ferry.\nBRANDT: Nobody told us anything at all.",
     [("We have been", "Holm", False), ("Nobody told us", "Brandt", False)]),
    ("a lone capitalised word and a colon is no speaker",
     "UPDATE: The road to the airport has reopened after the flood.", []),
    ("a place before a colon is a dateline, not a speaker",
     "BERLIN: Trains ran late across the country on Monday.\nOTTO: We waited for three hours in the cold.", []),
    ("a quotation after a label is read as a colon introduction",
     'Ada Klein leads the union.\nKLEIN: "We will not pay the ransom."', [("We will not", "Ada Klein", False)]),
    ("Q&A turns are the interviewer the introduction names after 'spoke to' and the interviewee",
     "Marta Lind has run the nurses' union for ten years. She spoke to Paul Okoye at the union's offices.\n"
     "Q: The hospital says only 300 nurses are on strike. Is that right?\n"
     "A: No. Our delegates counted 1,100 on the picket lines this morning.",
     [("The hospital says", "Paul Okoye", False), ("No. Our delegates", "Marta Lind", False)]),
    ("a Q&A whose interviewer goes unnamed keeps the answers and drops the questions",
     "Marta Lind has run the nurses' union for ten years.\n"
     "Q: The hospital says only 300 nurses are on strike. Is that right?\n"
     "A: No. Our delegates counted 1,100 on the picket lines this morning.",
     [("No. Our delegates", "Marta Lind", False)]),
    ("the interviewer named after an outlet's possessive",
     "Marta Lind, who leads the nurses' union, spoke to the Harbour Gazette's Paul Okoye on Monday.\n"
     "Q: The hospital says only 300 nurses are on strike. Is that right?\n"
     "A: No. Our delegates counted 1,100 on the picket lines this morning.",
     [("The hospital says", "Paul Okoye", False), ("No. Our delegates", "Marta Lind", False)]),
    ("a quotation inside a list entry is the words of the source its label names",
     "Here is what each side has said.\n"
     '1. Chile\'s Coastal Intelligence Bureau (CIB): about 400 on Monday, and "well over 900" by Friday.',
     [("well over 900", "Coastal Intelligence Bureau", True)]),
    ("a label that is also a town's name is the person the article names",
     "Tom Reed anchors the news tonight, with our correspondent Ines Vera at the port.\n"
     "REED: What can you see from the gate?\nVERA: About 300 pickets, and more are arriving by bus.",
     [("What can you", "Tom Reed", False), ("About 300 pickets,", "Ines Vera", False)]),
    ("labels with diacritics are labels", "Jana Dvořáková, who leads the union, spoke to Karel Vaněk on Monday.\n"
     "VANĚK: The police say 20,000 came. Is that fair?\nDVOŘÁKOVÁ: No. We counted twice that at the bridge.",
     [("The police say", "Karel Vaněk", False), ("No. We counted", "Jana Dvořáková", False)]),
    ("a quotation inside a turn is the words of whom the turn reports, not the speaker's",
     "Our correspondent Ines Varga is at the port, and Tom Reed is in the studio.\n"
     "REED: What does the company say?\n"
     'VARGA: Its chief executive, Omar Haddad, called the strike "a gift to our competitors" this morning.',
     [("What does the", "Tom Reed", False), ("Its chief executive,", "Ines Varga", False),
      ("a gift to", "Omar Haddad", True)]),
    ("a parliament's record: a member with constituency and party, a minister's title with the name, 'I told'",
     "Mr Owen Pryce (Ceredigion) (PC): Will the Minister publish the figures?\n"
     "The Minister for Housing (Ms Leah Grant): We will publish them on Friday. \"Every family will be counted,\" "
     "I told the council.",
     [("Will the Minister", "Owen Pryce", False), ("We will publish", "Leah Grant", False),
      ("Every family will", "Leah Grant", False)]),
    ("a label's full name the recogniser missed, from the guests' list",
     "Guests: Tom Hale, a retired general; Ines Varga, a member of Hungary's parliament.\n"
     "HALE: It is worse than it looks.\nVARGA: Our border police say 2,000 people crossed last night.",
     [("It is worse", "Tom Hale", False), ("Our border police", "Ines Varga", False)]),
    ("a record in capitals: the speaker named in brackets, the label no speaker of what the turn reports",
     "Excerpt from the official report.\nOLIVIA MARSH (NORTHFIELD): Will the Minister give the figure?\n"
     "THE MINISTER (MR DAVID KERR): The coast guard says about 400 people crossed last week.",
     [("Will the Minister", "Olivia Marsh", False), ("The coast guard", "David Kerr", False)]),
]


@pytest.mark.parametrize(("rule", "body", "expected"), TRANSCRIPTS, ids=[row[0] for row in TRANSCRIPTS])
def test_transcript_turns(nlp, rule, body, expected):
    assert quotes_of(nlp, body) == expected, body


# A place is never a speaker because it is named near the quotation: rule, body, expected speakers
PLACES = [
    ("a town named before is not what 'the office' refers back to",
     'Aid convoys reached Tarragona on Tuesday. "We will not accept this," the presidential office said.',
     ["presidential office"]),
    ("where a body sits is no part of its name", 'The transport office in Lviv said the line was "closed for repairs".',
     ["transport office"]),
    ("a town that modifies a body's noun is not the body",
     '"Nobody was hurt," the Tarnów city administration said.', ["Tarnów city administration"]),
    ("a spokesperson speaks for the body named", '"Nobody was hurt," a spokesperson for the Aachen city council said.',
     ["Aachen city council"]),
    ("a spokesperson for a state institution: the institution, not the whole state",
     '"This is reckless," a spokesperson for the Pentagon said.', ["Pentagon"]),
]


@pytest.mark.parametrize(("rule", "body", "expected"), PLACES, ids=[row[0] for row in PLACES])
def test_a_place_named_nearby_is_no_speaker(nlp, rule, body, expected):
    assert [speaker for _, speaker, _ in quotes_of(nlp, body)] == expected, body


# Who a later description, pronoun or title is in a long story: rule, body, [(first three words, speaker, partial)]
REFERENCES = [
    ("a title the name stands in apposition to is what 'the spokeswoman' refers to",
     'Governor Ana Ruiz toured the town. "We will rebuild," the governor said.\n'
     'A spokeswoman for the fire service, Ines Maro, said 80 people had been rescued.\n'
     '"Some had been on their roofs for hours," the spokeswoman said.',
     [("We will rebuild", "Ana Ruiz", False), ("Some had been", "Ines Maro", False)]),
    ("'she' is the woman named before, not the man named last",
     'Dr Sara Lind stayed at the clinic through the night, with Tomas Berg.\n'
     'Berg left on Monday. He has not come back.\n"We are alone now," she said.',
     [("We are alone", "Sara Lind", False)]),
    ("'the union leader' is the person whose title names the union",
     'Samuel Pryce, the regional secretary of the drivers\' union, called the walkout.\n'
     'The bus company said the strike was illegal.\n"It is a simple request," the union leader said.',
     [("It is a", "Samuel Pryce", False)]),
    ("a title named in the next paragraph", 'The governor was blunt: "The town will be rebuilt."\n'
     'Governor Lisa Hayes later said the state would pay for temporary housing.',
     [("The town will", "Lisa Hayes", False)]),
    ("'the officer' is the unnamed officer described before",
     'A senior police officer, who asked not to be named, said the gates were locked.\n'
     '"It should never have happened," the officer said.',
     [("It should never", "senior police officer", False)]),
    ("an interview with an outlet is no companion of the speaker",
     'In an interview with the Valley Herald, the regional president, Anton Weiss, said the dam had been '
     '"checked twice this year".', [("checked twice this", "Anton Weiss", True)]),
    ("a word for a kind of person is no first name", 'Resident Tom Becker, 66: "I have never seen a fire like this."',
     [("I have never", "Tom Becker", False)]),
    ("a relative with the same surname is not the person named before",
     'Patrick Lund Okafor, the editor, spoke first.\n"He could have done more," Patrick Lund Okafor said.\n'
     '"All it took was one bad infection," Teresa Lund Okafor explained.',
     [("He could have", "Patrick Lund Okafor", False), ("All it took", "Teresa Lund Okafor", False)]),
    ("a participle opening the sentence is no part of a name",
     'Hosting Lima at the summit "is an honour," said Rui Costa.\n"We have waited years for this," Lima said.',
     [("is an honour", "Rui Costa", True), ("We have waited", "Lima", False)]),
    ("'the governor said' is the governor named before, not the previous paragraph's speaker",
     '"The water rose by two metres in an hour," said Tomas Berg, the head of the rescue service.\n'
     'The regional governor, Anna Lind, visited a shelter in the town. "Every family will get help," Lind said.\n'
     'Berg said eleven people were still missing.\n'
     '"We cannot wait for the insurance companies," the governor said.',
     [("The water rose", "Tomas Berg", False), ("Every family will", "Anna Lind", False),
      ("We cannot wait", "Anna Lind", False)]),
    ("'he said' is the man who reports, not the man his report is about",
     'Viktor Sorel, the chief negotiator, said Anton Marek had refused to discuss prisoners. '
     '"He knows the truth and he hides it," he said.\n'
     'Marek, the envoy of the other side, said the talks would continue. Sorel had walked out twice, he added.\n'
     '"We are still at the table," he said.',
     [("He knows the", "Viktor Sorel", False), ("We are still", "Anton Marek", False)]),
    ("a rank before the name, the role in apposition after it: 'the spokesman' is that person",
     'Maj. Lars Eklund, the coast guard\'s spokesman, said the search would go on overnight. '
     '"We have not given up on anyone," the spokesman said.',
     [("We have not", "Lars Eklund", False)]),
    ("a press secretary named before is 'the spokeswoman'",
     'Deputy press secretary Mirela Dobre said the ministry would publish its figures on Friday.\n'
     'The spokeswoman would not say how many had been questioned, calling it "a sizeable group".',
     [("a sizeable group", "Mirela Dobre", True)]),
    ("a name set off by commas after 'a farmer in <town>' is the farmer's",
     '"The river took everything we had," a farmer in Tamale, Kofi Mensah, 52, told reporters.',
     [("The river took", "Kofi Mensah", False)]),
    ("'he said' after an unnamed official spoke is that official, not a man named earlier",
     'The defence minister, Piet Jansen, said on Monday that the exercise would go ahead.\n'
     'A senior diplomat, who asked not to be named, said the real number of troops was higher. '
     '"We always learn these things late," he said.',
     [("We always learn", "senior diplomat", False)]),
    ("an unnamed person in a clause of thought is no speaker",
     'Senator Ruth Alder spoke for an hour. It was a remark that a plain voter would make: "The job is '
     'mostly paperwork," she said.',
     [("The job is", "Ruth Alder", False)]),
    ("a capital the model takes for a person is no one 'he' refers to",
     'Ukrainian President Olek Marchuk said on Thursday at a summit in Brussels that Kyiv had intelligence showing '
     'Minsk was preparing 10,000 soldiers. "Today it is shells, tomorrow it is soldiers in our fields," he said.',
     [("Today it is", "Olek Marchuk", False)]),
    ("'the Croatian diplomat' is the Croatian just named",
     'At the United Nations, Mila Horvat told the council on Monday that 900 soldiers had crossed. The Croatian '
     'diplomat, who chaired the session, urged members to call it "a plain invasion."',
     [("a plain invasion.", "Mila Horvat", True)]),
    ("a name with an age set off by commas is a person, not the place named after it",
     '2. Fisherman Joaquim Tembe, 47, sits beside the wreck of his boat in Ponta Alta. "The storm took the nets '
     'and the engine," he said.',
     [("The storm took", "Fisherman Joaquim Tembe", False)]),
    ("a report the parse makes a clause of its subject ('A commander, X, posted ... that')",
     'A Kenyan police commander, Supt. James Otieno, posted on X on Sunday that his officers had arrested '
     '"at least 60 of them" near the border.',
     [("at least 60", "James Otieno", True)]),
    ("a name the parse makes the root of its sentence is that sentence's subject",
     'Ana Ruiz wrote the ballad in one night. "It came to me in a dream," Ruiz said.\n'
     'Lena Park, who had not sung in a long time before the tour, worried about doing justice to the ballad, '
     'especially given that she had no training. "But the story of it really moved me," she said.',
     [("It came to", "Ana Ruiz", False), ("But the story", "Lena Park", False)]),
]


@pytest.mark.parametrize(("rule", "body", "expected"), REFERENCES, ids=[row[0] for row in REFERENCES])
def test_later_references_to_a_speaker(nlp, rule, body, expected):
    assert quotes_of(nlp, body) == expected, body
