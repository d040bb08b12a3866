"""Personnel counts: one invented sentence per rule of analysis/claims.py."""

from __future__ import annotations

import pytest

from analysis.claims import figures_in, parse_figure
from analysis.extract import article_from_text, extract_article

HEADLINE = "Officials trade figures as the crisis deepens"


def claims_of(nlp, body: str, headline: str = HEADLINE) -> list[dict]:
    article = article_from_text(f"{headline}\n{body}")
    return extract_article(nlp(article.text), article)[1]


def only_claim(nlp, body: str) -> dict:
    claims = claims_of(nlp, body)
    assert len(claims) == 1, f"{body!r} gave {[c['figure_text'] for c in claims]}"
    return claims[0]


# rule, sentence, value, high, qualifier, what
FIGURES = [
    ("digits with a comma", "Officials said 3,500 soldiers were stationed near the port.", 3500, None, "exact",
     "troops"),
    ("spelled number", "Officials said three hundred soldiers were sent.", 300, None, "exact", "troops"),
    ("spelled dozen", "The agency said it had flown in two dozen rescue workers.", 24, None, "exact", "other"),
    ("hyphenated scale", "The union said 12-thousand teachers had joined the strike.", 12000, None, "exact", "other"),
    ("decimal million", "The agency said 2.5 million people had been displaced.", 2_500_000, None, "exact", "other"),
    ("'about' is approx", "Officials said about 3,500 soldiers were stationed there.", 3500, None, "approx", "troops"),
    ("'a couple thousand' is approx", "A spokesman said a couple thousand soldiers had left.", 2000, None, "approx",
     "troops"),
    ("'nearly' is an approximation", "Nearly 800 soldiers were sent, the army said.", 800, None, "approx", "troops"),
    ("'more than' is a lower bound", "Officials said more than 600 soldiers were wounded.", 600, None, "lower",
     "wounded"),
    ("qualifier opening a quotation", 'The rebels said they had killed "more than 80 soldiers" in the raid.', 80, None,
     "lower", "killed"),
    ("range 'between X and Y'", "Organisers said between 4,000 and 6,000 people attended the rally.", 4000, 6000,
     "range", "other"),
    ("range 'X to Y'", "The navy said 700 to 900 sailors were aboard the carrier.", 700, 900, "range", "troops"),
    ("range 'X-Y'", "The ministry said 1,000-1,500 troops had arrived.", 1000, 1500, "range", "troops"),
    ("range counts its noun past a conjunction", "The force counts 9,000 to 9,500 soldiers and police officers.",
     9000, 9500, "range", "troops"),
    ("an adjective is no rank", "Officials said two major candidates had withdrawn.", 2, None, "exact", "other"),
    ("military people count as troops", "The army sent 300 military drivers to the valley.", 300, None, "exact",
     "troops"),
    ("'maybe' is an approximation", "Volunteers said maybe 300 people slept in the square.", 300, None, "approx",
     "other"),
    ("'perhaps' is an approximation", "The union said perhaps 2,000 workers stayed home.", 2000, None, "approx",
     "other"),
    ("'perhaps as many as' is an upper bound", "Medics said perhaps as many as 90 patients were waiting.", 90, None,
     "upper", "other"),
    ("police officers are officers", "Some 950 police officers were on duty, officials said.", 950, None,
     "approx", "officers"),
    ("a nationality counts people", "Nearly 12,000 Afghans returned home, the agency said.", 12000, None, "approx",
     "other"),
    ("'killed' on the counted people", "Rebels killed 12 civilians near the market, officials said.", 12, None,
     "exact", "killed"),
    ("a participle after the noun", "Eight soldiers killed in the ambush were buried on Friday.", 8, None, "exact",
     "killed"),
    ("a conjunct shares the verb's object", "The landslide killed a driver and three miners, officials said.", 3,
     None, "exact", "killed"),
    ("'in hospital' are wounded", "Some 60 miners remain in hospital, the company said.", 60, None, "approx",
     "wounded"),
    ("'taken to hospital' are wounded", "Officials said 25 passengers were taken to hospital.", 25, None, "exact",
     "wounded"),
    ("'hospitalised' are wounded", "Officials said 14 workers were hospitalised after the blast.", 14, None,
     "exact", "wounded"),
    ("the sick in hospital are no casualties", "Some 300 children are in hospital with cholera, officials said.",
     300, None, "approx", "other"),
    ("'lost their lives' are the dead", "Some 40 miners lost their lives in the flood, the company said.", 40, None,
     "approx", "killed"),
    ("'lost their jobs' are no dead", "Some 300 workers lost their jobs, the union said.", 300, None, "approx",
     "other"),
    ("'believed to have been killed' are the dead", "At least 200 of the sailors are believed to have been killed, "
     "the navy said.", 200, None, "lower", "killed"),
    ("'N killed and wounded' are casualties", "Losses among the rebels were put at 3,000 killed and wounded.", 3000,
     None, "exact", "casualties"),
    ("the number of people killed", "The number of people killed rose to 42 on Monday, the ministry said.", 42,
     None, "exact", "killed"),
    ("troops sent to capture a town are no captives", "Some 500 troops were sent to capture the town, officials "
     "said.", 500, None, "approx", "troops"),
    ("the verb beyond 'upward of'", "Police detained upward of 300 demonstrators, the group said.", 300, None,
     "lower", "captured"),
    ("the verb beyond 'in excess of'", "The blast injured in excess of 40 workers, officials said.", 40, None,
     "lower", "wounded"),
    ("working in hospitals is no injury", "Some 500 doctors work in the city's hospitals, the union said.", 500,
     None, "approx", "other"),
    ("'killed or wounded' are casualties", "About 40 soldiers were killed or wounded, the army said.", 40, None,
     "approx", "casualties"),
    ("'in captivity' are captured", "Officials said 200 soldiers remain in captivity.", 200, None, "exact", "captured"),
    ("the bodies of soldiers are the dead", "The bodies of 60 soldiers were recovered, officials said.", 60, None,
     "exact", "killed"),
    ("a death toll counts the dead", "The death toll rose to 54, police said.", 54, None, "exact", "killed"),
    ("a word that starts like a month is no month", "The navy sent 2,000 Marines to the port, officials said.",
     2000, None, "exact", "troops"),
    ("a bare weekday after the figure is its day", "The death toll rose to 86 Tuesday, police said.", 86, None,
     "exact", "killed"),
    ("the people after a headline-style noun pile", "Storm strands 2,000 travellers on the coast.", 2000, None,
     "exact", "other"),
]


@pytest.mark.parametrize(("rule", "sentence", "value", "high", "qualifier", "what"), FIGURES,
                         ids=[row[0] for row in FIGURES])
def test_figure_value_qualifier_and_what(nlp, rule, sentence, value, high, qualifier, what):
    claim = only_claim(nlp, sentence)
    got = (claim["value"], claim["value_high"], claim["qualifier"], claim["what"])
    assert got == (value, high, qualifier, what), sentence


NOT_CLAIMS = [
    ("money", "The government promised $300 million to the families."),
    ("percentages and years", "Turnout rose by 38% in 2019 among the 5 regions."),
    ("an age after a name", "Maria Lopez, 52, said she would stay."),
    ("an age with 'aged'", "A man aged 45 was taken to hospital."),
    ("a ratio", "One in four residents had left the town."),
    ("things, not people", "The army sent 14 helicopters and 400 tanks."),
    ("a figure with no people around it", "The fire had burned 12,500 acres by Tuesday."),
]


@pytest.mark.parametrize(("rule", "sentence"), NOT_CLAIMS, ids=[row[0] for row in NOT_CLAIMS])
def test_not_a_count_of_people(nlp, rule, sentence):
    assert claims_of(nlp, sentence) == [], sentence


# rule, body, claimant, claimant country
CLAIMANTS = [
    ("the reporting verb's subject", "Maria Gomez, the mayor, said 400 residents had been evacuated.",
     "Maria Gomez", ""),
    ("'according to'", "At least 140 people have died, according to the Red Crescent.", "Red Crescent", ""),
    ("'citing' passes the figure to its source",
     "About 900 soldiers were sent to the border, lawmakers said, citing the Defence Intelligence Agency.",
     "Defence Intelligence Agency", ""),
    ("unnamed officials speak for their country", "German officials said about 1,200 troops would take part.",
     "Germany", "Germany"),
    ("a figure in a quotation is the speaker's", "“We sent 500 soldiers,” said Karim Aziz, a negotiator.",
     "Karim Aziz", ""),
    ("a ministry is written with its country", "Poland’s defence ministry said 700 soldiers took part.",
     "Poland Ministry of Defence", "Poland"),
    ("a country's body is written with the country", "Mexico's army said 2,500 soldiers had been deployed.",
     "Mexico army", "Mexico"),
    ("an armed group speaks for itself", "Al-Nour, the armed group, said it had captured 30 soldiers.", "Al-Nour",
     "Al-Nour"),
    ("diplomats with no country speak for none", "Western diplomats estimated that about 900 soldiers were involved.",
     "Western diplomats", ""),
    ("'both sides' are the two countries named",
     "Chile and Peru each released 40 prisoners on Friday, officials on both sides said.",
     "officials on both sides", "Chile|Peru"),
    ("the people who say it", "Organisers said 20,000 people attended.", "Organisers", ""),
    ("a name is not a country", "“We moved 2,000 residents,” said Rafael Lima, the regional governor.",
     "Rafael Lima", ""),
    ("'title, Name' is the person", "The regional government’s spokesman, Jordan Chad, said 2,000 residents had left.",
     "Jordan Chad", ""),
]


@pytest.mark.parametrize(("rule", "body", "claimant", "country"), CLAIMANTS, ids=[row[0] for row in CLAIMANTS])
def test_claimant_and_country(nlp, rule, body, claimant, country):
    claim = only_claim(nlp, body)
    assert (claim["claimant"], claim["claimant_country"]) == (claimant, country), body


# rule, article body (paragraphs split by \n), claimant and country of every claim in order
IN_CONTEXT = [
    ("'the institute' is the institute named before",
     "Bolivia's National Emergency Institute said 15,000 people had been displaced.\n"
     "The institute reported that 40 people were missing.",
     [("National Emergency Institute", "Bolivia")] * 2),
    ("a bare ministry in an article about one country is that country's",
     "Floods hit Bolivia again. Bolivia's president visited La Paz.\n"
     "The defence ministry said 3,000 soldiers had been deployed in Bolivia.",
     [("Bolivia Ministry of Defence", "Bolivia")]),
    ("'its spokesman' speaks for the body named before",
     "The United Nations Security Council renewed the observer mission on Monday.\n"
     "Idris Malik, its spokesman, said the mission now had 900 soldiers.",
     [("Idris Malik", "United Nations")]),
    ("each figure takes the reporting verb of its own clause",
     "Police said 300 people were arrested and the mayor said 20 officers were hurt.",
     [("Police", ""), ("mayor", "")]),
    ("the subject of 'threatened to' is the source",
     "The rebel command threatened on Sunday to send 3,000 more fighters to the valley.",
     [("rebel command", "")]),
    ("'the alliance' is the body named before",
     "NATO announced its autumn exercise on Monday. The alliance said 20,000 troops would join.",
     [("NATO", "NATO")]),
]


@pytest.mark.parametrize(("rule", "body", "expected"), IN_CONTEXT, ids=[row[0] for row in IN_CONTEXT])
def test_claimant_from_context(nlp, rule, body, expected):
    claims = claims_of(nlp, body)
    assert [(c["claimant"], c["claimant_country"]) for c in claims] == expected, body


# rule, headline, body, claimant of the headline's figure
HEADLINE_SOURCES = [
    ("a bare head noun is the body the article names in full",
     "Union says 12,000 workers on strike", "The National Dockworkers Union said the walkout would last a week.",
     "National Dockworkers Union"),
    ("a bare head noun is the body the article describes with it",
     "Monitor says 40 killed in clashes", "The Lakeland Observatory for Human Rights, a war monitor based abroad, "
     "said the fighting went on overnight.", "Lakeland Observatory for Human Rights"),
    ("two bodies with that head noun leave the headline's word",
     "Agency says 3,000 displaced by floods", "The Flood Relief Agency said camps were full. The Water Agency said "
     "the river was falling.", "Agency"),
]


@pytest.mark.parametrize(("rule", "headline", "body", "claimant"), HEADLINE_SOURCES,
                         ids=[row[0] for row in HEADLINE_SOURCES])
def test_a_headline_shorthand_is_the_body_named_in_full(nlp, rule, headline, body, claimant):
    claims = claims_of(nlp, body, headline=headline)
    assert [c["claimant"] for c in claims if c["paragraph"] == 0] == [claimant], body


def test_a_headline_figure_takes_the_claimant_of_the_body_statement(nlp):
    claims = claims_of(nlp, "The coast guard said on Monday that about 2,000 travellers were stranded.",
                       headline="Storm strands 2,000 travellers on the coast")
    assert [(c["paragraph"], c["claimant"], c["date_text"]) for c in claims] == [
        (0, "coast guard", "Monday"), (1, "coast guard", "Monday")]


def test_bare_figures_are_estimates_of_the_count_a_headline_asks_about(nlp):
    body = "Organisers say about 90,000, the police say 40,000, and the city said it was fewer still."
    claims = claims_of(nlp, body, headline="How many protesters really marched through Lima?")
    assert [(c["value"], c["what"], c["claimant"]) for c in claims] == [(90000, "other", "Organisers"),
                                                                         (40000, "other", "police")]


def test_a_bare_figure_goes_on_with_a_count_some_paragraphs_before(nlp):
    body = ("About 2,000 dockers walked out on Monday, the union said.\n"
            "The port authority called the strike illegal.\nShips queued outside the harbour.\n"
            "On Thursday the union told reporters that roughly 3,200 were already on the picket lines.")
    assert [(c["value"], c["what"]) for c in claims_of(nlp, body)] == [(2000, "other"), (3200, "other")]


def test_a_list_entry_names_its_source_before_the_colon(nlp):
    body = ("At least 40,000 people marched on Saturday, according to the city police.\n"
            "1. The interior ministry: about 35,000 on Saturday and about 52,000 on Sunday.\n"
            "2. Deaths: two were hurt.")
    claims = claims_of(nlp, body)
    assert [(c["value"], c["claimant"], c["date_text"]) for c in claims][1:3] == [
        (35000, "Ministry of Interior", "Saturday"), (52000, "Ministry of Interior", "Sunday")]


def test_bare_figures_with_no_count_asked_about_are_no_claims(nlp):
    body = "Organisers say about 90,000, the police say 40,000, and the city said it was fewer still."
    assert claims_of(nlp, body, headline="A long day in Lima") == []


def test_bare_figures_are_new_estimates_of_the_people_a_headline_asks_about(nlp):
    body = "Three weeks ago, Poland's spy agency put the figure at 3,000. Then Washington said 10,000."
    claims = claims_of(nlp, body, headline="Analysis: why nobody agrees how many South Africans fight for Russia")
    assert [(c["value"], c["what"]) for c in claims] == [(3000, "troops"), (10000, "troops")]


def test_a_bare_headline_figure_counts_what_the_body_says_befell_them(nlp):
    body = "The army said on Monday that 2,300 soldiers had been killed or wounded in the offensive."
    claims = claims_of(nlp, body, headline="Army says 2,300 lost in river offensive")
    assert [(c["paragraph"], c["value"], c["what"]) for c in claims] == [(0, 2300, "casualties"),
                                                                          (1, 2300, "casualties")]


def test_a_bare_headline_figure_the_parse_leaves_hanging_takes_the_body_count(nlp):
    body = "The death toll from the quarry collapse stood at 47 on Thursday, the fire service said."
    claims = claims_of(nlp, body, headline="Quarry collapse: toll reaches 47")
    assert [(c["paragraph"], c["value"], c["what"]) for c in claims] == [(0, 47, "killed"), (1, 47, "killed")]


def test_a_vague_headline_figure_standing_alone_counts_what_the_body_counts(nlp):
    body = "Tens of thousands of farmers rallied outside the ministry on Saturday, organisers said."
    claims = claims_of(nlp, body, headline="Tens of thousands rally against land bill")
    assert [(c["paragraph"], c["value"], c["value_high"], c["qualifier"]) for c in claims] == [
        (0, 20_000, 99_999, "vague"), (1, 20_000, 99_999, "vague")]


def test_maybe_before_a_figure_is_no_month(nlp):
    claims = claims_of(nlp, "The rebels lost maybe 300 fighters, the army said.")
    assert [(c["value"], c["what"]) for c in claims] == [(300, "troops")]


def test_a_headline_figure_is_hypothetical_when_the_body_statement_is(nlp):
    claims = claims_of(nlp, "If the dam fails, as many as 60,000 residents would have to leave, the governor said.",
                       headline="Governor warns 60,000 residents face evacuation")
    assert [(c["paragraph"], c["hypothetical"]) for c in claims] == [(0, True), (1, True)]


def test_a_headline_figure_has_the_mood_of_its_first_statement_in_the_body(nlp):
    claims = claims_of(nlp, "A post shared on social media claims that 100,000 volunteers are already at the dam. "
                       "The regional governor, Lena Holt, said on Monday that up to 100,000 volunteers could come if "
                       "the rain continued.", headline="Fact check: Are 100,000 volunteers really at the dam?")
    assert [(c["paragraph"], c["hypothetical"]) for c in claims] == [(0, False), (1, False), (1, True)]


HYPOTHETICAL = [
    ("a vague count before an inverted condition", "An official said the flood would have killed hundreds had the "
     "dykes not held.", [True]),
    ("'if' makes a condition", "“If the enemy sends 3,000 soldiers, we will answer,” said Karim Aziz.", [True]),
    ("alternatives are rhetorical", "“Whether it is 5,000, 20,000 or even 60,000 troops, we will not move,” "
     "said Karim Aziz.", [True, True, True]),
    ("'N or M' are two possibilities, not one range", "The army could rotate 20,000 or 30,000 men a year through "
     "the region, the analyst said.", [True, True]),
    ("the consequence of a condition", "“If the wind turns, we may have to move 5,000 more people,” said Ana Ruiz.",
     [True]),
    ("an estimate is not", "Karim Aziz said 3,000 soldiers had crossed the river.", [False]),
    ("'N more' counts what was counted before",
     "The army said 5,000 troops were massed on the border.\n“If they send 2,000 more, we will still hold,” "
     "said Ivan Petrov.", [False, True]),
    ("'N of us' counts people", "“If only 400 of us came, why were the streets full?” asked Ana Ruiz.",
     [True]),
    # Modal auxiliaries: a possibility is not a count.
    ("'could' is a possibility", "The ministry said the army could send up to 25,000 more soldiers.", [True]),
    ("'may' is a possibility", "The health board may call up another 1,500 retired nurses.", [True]),
    ("'might' is a possibility", "Forecasters warned that the flooding might strand 8,000 residents.", [True]),
    ("'could be' an upper reach", "Rescuers said there could be as many as 600 victims under the rubble.", [True]),
    ("a negated ability asserts the people", "Medics said they could not treat 300 injured workers in time.",
     [False]),
    # Conditions and their consequences.
    ("the consequence of an 'if' clause", "If the dam fails, as many as 60,000 residents would have to leave, "
     "the governor said.", [True]),
    ("an inverted condition", "Should the levee break, 30,000 residents would be at risk, the mayor said.", [True]),
    ("'unless' sets a condition", "Unless talks resume, 12,000 workers will walk out, the union said.", [True]),
    ("'if not more' is no condition", "Police said 300 people, if not more, were detained.", [False]),
    ("a reported 'would' with a condition", "The mayor said 2,000 soldiers would be needed if the rain "
     "continued.", [True]),
    # 'would': conditional, unless it is the reported future of a past statement.
    ("'would' on its own is conditional", "A full evacuation would displace 45,000 people.", [True]),
    ("a past statement's 'would' is its future", "Officials said 300 police officers would be deployed.",
     [False]),
    ("a present statement's 'would' is conditional", "Officials say 300 police officers would be needed.", [True]),
    # Threats, offers, proposals: options not taken.
    ("a threat", "The airline threatened to lay off 2,000 workers.", [True]),
    ("an offer", "The mining company offered to rehire 500 workers.", [True]),
    ("a plan or proposal is not a hypothetical", "The council proposed sending 40 police officers to the camp.",
     [False]),
    ("what is being considered", "The governor said she would consider sending 300 more soldiers.", [True]),
    # The mood of a clause does not reach into the clauses inside it.
    ("a relative clause states its own facts", "If the storm returns, the crews that evacuated 1,200 residents "
     "last week could be sent back, the mayor said.", [False]),
    ("an adverbial clause states its own facts", "While 400 firefighters are on the line, more crews could "
     "be sent, the agency said.", [False]),
    ("a conjoined clause with its own subject", "The unions may walk out, but 3,000 nurses have already "
     "signed the deal.", [False]),
    ("a definite phrase presupposes its people", "If the strike spreads, the 400 nurses of the city hospital "
     "could join it, the union said.", [False]),
    ("a partitive's own figure keeps the mood", "Five of the 12 nurses on the ward could be moved if the union "
     "agrees, the hospital said.", [True, False]),
    ("a phrase with its own source is a claim", "An influx of 20,000 refugees, which is what the agency "
     "reported, could overwhelm the camps, officials said.", [False]),
    ("the standard of a comparison is stated", "The minister said she could send more medics than the 50 "
     "soldiers already deployed.", [False]),
    ("a past participle of speech takes its clause's tense", "The ministry revised its plans, saying that "
     "about 5,500 soldiers would remain.", [False]),
    # Alternatives.
    ("'or even' raises a possibility after the estimate", "Organisers said 5,000 people, or even 10,000, "
     "joined the rally.", [False, True]),
    ("'or even a million' after a possibility", "The storm could force up to 60,000 people from their homes, or "
     "even a million, officials warned.", [True, True]),
    # Forecasts and comparisons state their figures.
    ("'will' is a forecast", "The agency said the number of refugees will rise to 12,000.", [False]),
    ("'expected to' is a forecast", "The number of asylum seekers is expected to reach 12,000 by spring.", [False]),
    ("'projected to' is a forecast", "The stoppage is projected to involve 40,000 nurses.", [False]),
    # Intentions and readiness: the action is not yet taken, whatever its people.
    ("a plan to act", "The ministry plans to hire 900 teachers next year.", [True]),
    ("preparing to act", "The coast guard is preparing to send 400 divers to the wreck.", [True]),
    ("ready to act", "The province said it stood ready to deploy 2,000 firefighters.", [True]),
    ("a pledge to act", "The governor vowed to send 1,500 more guardsmen to the levees.", [True]),
    ("announced plans to act", "The railway announced plans to hire 3,000 drivers.", [True]),
    ("people who are ready are there", "About 1,300 riot officers were ready to move into the centre, police "
     "said.", [False]),
    ("'possible' people are a possibility", "The report warned of up to 8,000 possible deaths from the heat.",
     [True]),
    ("'N more soldiers' under a condition", "The minister said up to 1,000 more soldiers could be sent if the "
     "unrest spread.", [True]),
    ("a count passing a mark may do so", "Police said 40 people had died. The toll may rise above 100, rescuers "
     "said.", [False, True]),
    ("a bare figure of the same act, a possibility", "The province has hired 300 medics. It could hire as "
     "many as 900, the health minister said.", [False, True]),
    ("'thousands more' of the people counted before", "The league has hired 400 stewards. It may hire thousands "
     "more before the final, its chief said.", [False, True]),
    ("a figure said to be possible", "A walkout of up to 30,000 dockers is possible, the union said.", [True]),
    ("an option not ruled out", "The governor did not rule out sending 600 more guardsmen.", [True]),
    ("a warning of what might happen", "Forecasters warned that as many as 20,000 campers might be cut off.",
     [True]),
    ("a counterfactual with a vague count", "Hundreds could have drowned if the ferry had left an hour later, "
     "the harbour master said.", [True]),
    ("a possibility through a coordinated verb", "The union said it might walk out and idle 9,000 workers.",
     [True]),
    ("a possibility through a relative clause", "The council may call a strike that would involve 6,000 "
     "nurses.", [True]),
    ("a comparison asserts both figures", "Where there were 200 volunteers last year, now there are 2,000.",
     [False, False]),
    # Counterfactuals and questions.
    ("'without' makes a reported 'would' conditional", "Without a vaccination campaign, 200,000 children would "
     "remain at risk, she said.", [True]),
    ("'would have' is counterfactual", "Without the rescue, 300 miners would have died, officials said.", [True]),
    ("a reported 'would have' is its future, with no condition", "The mayor said the valley would have 300 more "
     "police officers by Friday.", [False]),
    ("a yes-no question asks whether the figure holds", "Are 3,000 soldiers enough to hold the town?", [True]),
    ("a quoted yes-no question", "“Will 50,000 people really come to the match?” the coach asked.", [True]),
    ("a wh-question presupposes its figure", "Why did 3,000 workers lose their jobs?", [False]),
    ("a denial is not a hypothetical", "The union denied that 5,000 members had quit.", [False]),
    ("a hope is a plan", "Organisers hope to draw 50,000 people to the rally.", [False]),
    ("'likely to' is a forecast", "The UN said up to 300,000 people were likely to flee.", [False]),
    ("'may have been' is a possibility", "Officials fear that as many as 400 people may have been killed.", [True]),
    ("a participle with its subject is no clause of its own", "There may be as many as 600 people still missing, "
     "police said.", [True]),
    ("a marked adverbial clause states its own facts", "More crews may be sent, although 400 firefighters are "
     "still on the line.", [False]),
    ("a figure nobody has given yet", "Organisers will claim that half a million people marched.", [True]),
    ("a figure given is no possibility", "Organisers claimed that half a million people marched.", [False]),
    ("a statement foreseen", "Organisers would no doubt claim half a million people, the minister said.", [True]),
    ("a statement allowed", "“Let them claim half a million people came,” the police chief said.", [True]),
    ("a statement made later in the story", "Organisers would later say that half a million people came.",
     [False]),
    ("a refusal to confirm a figure", "Officials would not confirm that 300 people had died.", [False]),
    ("a quoted 'would' keeps its own mood", "The mayor asked: “Where would we house 10,000 refugees?”", [True]),
    ("'in the event of' sets a condition", "In the event of a breach, 30,000 residents would have to leave, the "
     "engineers said.", [True]),
    ("'in the worst case' sets a condition", "In the worst case, 50,000 people would lose power, the utility "
     "said.", [True]),
    ("a clause said to be possible", "It is possible that 400 people died in the fire, the mayor said.", [True]),
    ("a clause said to be likely is a forecast", "It is likely that 400 people will attend, the mayor said.",
     [False]),
    ("a quoted past statement's 'would' is its future", "“We said 300 officers would be deployed,” the mayor "
     "said.", [False]),
    ("a warning of deaths", "The health agency warned of up to 6,000 deaths among the elderly.", [True]),
    ("fears of more casualties", "There are fears of as many as 900 more casualties, medics said.", [True]),
    ("a warning that people died states them", "The health agency warned that 6,000 people had died.", [False]),
    ("willing to act", "The minister said the province was willing to take in 3,000 flood victims.", [True]),
    ("'potentially' makes a possibility", "The heatwave is spreading east, potentially affecting 4 million "
     "people, forecasters said.", [True]),
    ("a supposed event's 'would', reported", "The mayor said any breach would flood the homes of 7,000 "
     "residents.", [True]),
    ("'such a' event's 'would', reported", "The colonel said such an assault would cost the lives of 900 "
     "soldiers.", [True]),
    ("a definite event's reported 'would' is its future", "The colonel said the assault would involve 900 "
     "soldiers.", [False]),
    # Requirements: what a course of action would call for, whatever reports it.
    ("a past statement's 'would be needed' is a requirement", "The fire chief said 4,000 more firefighters would "
     "be needed to hold the ridge.", [True]),
    ("'would require' is a requirement", "The engineer said draining the mine would require 900 workers.", [True]),
    ("'it would take N to' is a requirement", "The colonel said it would take 6,000 soldiers to clear the "
     "pass.", [True]),
    ("'would be necessary' is a requirement", "The nurses' union said 2,000 more nurses would be necessary.",
     [True]),
    ("what is needed now is stated", "The relief agency said 2,000 volunteers were needed at the camp.", [False]),
    ("'would take' people somewhere is the reported future", "The ferry company said the boats would take 300 "
     "pilgrims to the island.", [False]),
    ("'the potential to' is a possibility", "The fever has the potential to kill 40,000 villagers, doctors "
     "said.", [True]),
    # Standing facts inside a supposed clause, and questions that check a claim.
    ("a place described in a condition is there", "If the flood reaches Tarvo, a town of 40,000 people, the army "
     "would be called in, the mayor said.", [False]),
    ("the whole a part is taken of is there", "The province could evacuate 5,000 people, a small share of a "
     "population of 2 million, the governor said.", [True, False]),
    ("a question whether people are there checks a claim", "Fact check: Are there really 50,000 foreign fighters "
     "in the valley?", [False]),
    ("a question whether people act checks a claim", "Are 50,000 foreign fighters really crossing the border?",
     [False]),
    ("a past yes-no question checks a claim", "Did 5,000 people really march on Sunday?", [False]),
    ("a modal after the counted noun, misparsed", "A union lawyer, Ana Ruiz, said up to 2,500 workers could still "
     "face disciplinary action.", [True]),
    ("a statement supposed in a condition", "“If the organisers want to claim half a million marchers, they can,” "
     "the mayor said.", [True]),
    ("a relative clause reporting a possibility", "The ministry should not fear the 150,000 teachers the union "
     "says could strike next month.", [True]),
    ("a relative clause reporting a fact", "The ministry should not fear the 150,000 teachers the union says went "
     "on strike.", [False]),
    ("a quoted figure counts the noun past the quotation", "The ministry said the rebels could recruit “tens of "
     "thousands” more fighters if the truce failed.", [True]),
    ("a state not yet come is a possibility", "Mayor Ana Ruiz said the town should not wait \"until there are "
     "2,000 of them\".", [True]),
    ("the modal nearest the verb, after an inverted condition", "Should the river keep rising, up to 9,000 people "
     "may have to leave, the mayor said.", [True]),
]


@pytest.mark.parametrize(("rule", "body", "flags"), HYPOTHETICAL, ids=[row[0] for row in HYPOTHETICAL])
def test_hypothetical_figures(nlp, rule, body, flags):
    assert [c["hypothetical"] for c in claims_of(nlp, body)] == flags, body


@pytest.mark.parametrize(
    ("number", "scale", "value"),
    [("8,000", "", 8000), ("1.2", " million", 1_200_000), ("a couple", " thousand", 2000), ("three", " hundred", 300),
     ("two", " dozen", 24), ("a few", "", None), ("fifteen", "", 15)],
)
def test_parse_figure(number, scale, value):
    assert parse_figure(number, scale) == value


def test_figures_in_skips_a_scale_without_a_number():
    text = "several hundred troops and 40 more"
    assert [found[3] for found in figures_in(text, 0, len(text))] == ["40"]


# ---------------------------------------------------------------- who made the estimate (claimant, kind, via)

def claims_with_outlet(nlp, body: str, outlet: str = "Daily Post") -> list[dict]:
    article = article_from_text(f"{HEADLINE}\n{body}")
    article.outlet = outlet
    return extract_article(nlp(article.text), article)[1]


# rule, body, claimant, claimant country, claimant_kind, via (for the article's outlet "Daily Post")
ATTRIBUTIONS = [
    ("a dateline is not a claimant: a figure in the reporter's own voice",
     "SPRINGFIELD (AP) — More than 40,000 residents lost power on Tuesday.", "", "", "background", ""),
    ("the actor of a non-reporting verb is not a claimant",
     "Police detained 300 students near the campus on Friday.", "", "", "background", ""),
    ("the counted group is not a claimant",
     "At least 35 people were killed when the bridge collapsed on Sunday.", "", "", "background", ""),
    ("a passive estimate's 'by'", "The crowd was estimated at 40,000 by the city police.",
     "city police", "", "police", ""),
    ("'by X's count'", "By the union's count, 12,000 workers walked off the job.", "union", "", "organisers", ""),
    ("a count as subject is its owner's", "A police estimate put the crowd at 25,000.", "police", "", "police", ""),
    ("a tally that found", "A Reuters tally found that at least 140 people had died.", "Reuters", "", "outlet", ""),
    ("'citing' makes the reporter a relay",
     "The Daily Post reported, citing the National Security Office, that 3,000 soldiers had crossed the border.",
     "National Security Office", "", "government", "Daily Post"),
    ("a briefing's source", "Lawmakers said after a closed-door briefing by the intelligence agency that 1,500 "
     "soldiers had been wounded.", "intelligence agency", "", "intelligence", "Lawmakers"),
    ("an outlet reporting what a ministry said relays it",
     "The ministry said about 500 patients were in hospital, the Daily Post reported.",
     "ministry", "", "government", "Daily Post"),
    ("an outlet told is a relay", "A provincial official told Reuters that 10,000 refugees had crossed the border.",
     "provincial official", "", "government", "Reuters"),
    ("the article's own outlet told is no relay",
     "A provincial official told the Daily Post that 10,000 refugees had crossed the border.",
     "provincial official", "", "government", ""),
    ("'quoted by' an outlet", "Officials quoted by the state news agency said 7,000 refugees had arrived.",
     "Officials", "", "government", "state news agency"),
    ("'according to' an outlet after the source", "The number of migrants rose to 2,000, officials said, according "
     "to Reuters.", "officials", "", "government", "Reuters"),
    ("lawmakers briefed by an agency relay it", "Lawmakers briefed by the spy agency said 2,000 soldiers had been "
     "sent to the front.", "spy agency", "", "intelligence", "Lawmakers"),
    ("a cited source of no stated country", "The Meridian Herald, citing an unnamed police officer, said 90 migrants "
     "had been detained.", "unnamed police officer", "", "anonymous", "Meridian Herald"),
    ("an anonymous official", "A senior official who spoke on condition of anonymity said 600 soldiers had been "
     "captured.", "senior official", "", "anonymous", ""),
    ("a verb of observing attributes", "Health officials monitored 4,000 travellers who had returned from the region.",
     "officials", "", "government", ""),
    ("organisers", "Organisers expected 50,000 pilgrims to attend the festival.", "Organisers", "", "organisers", ""),
    ("a participle describes the people who speak, it is not their name",
     "Frustrated farmers said 2,000 protesters had joined the blockade.", "farmers", "", "independent", ""),
    ("a background fact has no claimant", "The island, which has an army of 20,000 soldiers, has rarely sent troops "
     "abroad.", "", "", "background", ""),
    ("a description of someone is background", "Velora, a country with an army of 90,000 soldiers, has sparked "
     "concern among its neighbours.", "", "", "background", ""),
    ("a city's possessive gives the country", "Madrid's interior ministry said 1,800 migrants had arrived by boat.",
     "Spain Ministry of Interior", "Spain", "government", ""),
    ("a nationality gives the country", "A Spanish union said 30,000 dock workers were on strike.",
     "Spanish union", "Spain", "organisers", ""),
    ("a town the body is in gives the country", "The health ministry in Nairobi said 300 nurses had joined the "
     "strike.", "Kenya Ministry of Health", "Kenya", "government", ""),
    ("a country in the reported clause is not the claimant's",
     "The health ministry said the neighbouring country had sent 200 doctors.", "Ministry of Health", "",
     "government", ""),
]


@pytest.mark.parametrize(("rule", "body", "claimant", "country", "kind", "via"), ATTRIBUTIONS,
                         ids=[row[0] for row in ATTRIBUTIONS])
def test_claimant_kind_and_relays(nlp, rule, body, claimant, country, kind, via):
    claims = claims_with_outlet(nlp, body)
    assert len(claims) == 1, f"{body!r} gave {[c['figure_text'] for c in claims]}"
    claim = claims[0]
    assert (claim["claimant"], claim["claimant_country"], claim["claimant_kind"], claim["via"]) == (
        claimant, country, kind, via), body


def test_each_figure_of_a_sentence_keeps_its_own_source(nlp):
    claims = claims_with_outlet(nlp, "According to organisers, some 30,000 people took part, while police put the "
                                     "crowd at 12,000.")
    assert [(c["value"], c["claimant"], c["claimant_kind"]) for c in claims] == [
        (30000, "organisers", "organisers"), (12000, "police", "police")]


# rule, article body, (claimant, country) of its one claim
IN_ARTICLE = [
    ("a short form the article defines is the same actor",
     "The National Disaster Office (NDO) opened shelters on Monday.\nThe NDO said 8,000 people had been displaced.",
     ("National Disaster Office", "")),
    ("a short form in apposition too",
     "The Coastal Rescue Service, CRS, began searching on Monday. The CRS said 70 sailors were missing.",
     ("Coastal Rescue Service", "")),
    ("a person's country from a description given later",
     "Olena Marchuk said 900 civilians had been evacuated from the town. Marchuk, the Ukrainian leader, spoke on "
     "Monday.", ("Olena Marchuk", "Ukraine")),
    ("a person's country from a description in the next sentence, when only she was named",
     "At the United Nations, Mila Horvat told the council on Monday that 900 soldiers had crossed. The Croatian "
     "diplomat, who chaired the session, asked for a vote.", ("Mila Horvat", "Croatia")),
    ("a nationality before a title, left out of the mention by the parse",
     "Ukrainian President Olek Marchuk said on Thursday at a summit in Brussels that 10,000 soldiers were ready.",
     ("Olek Marchuk", "Ukraine")),
    ("a short form that spells out its long form defines it, though the model tags the long form a person",
     "13:45 — The Armenian Civic Front (ACF), the coalition of parties that called the rally, said on Monday that "
     "it expected a large crowd.\n16:10 — The ACF now puts the turnout at 100,000 people.",
     ("Armenian Civic Front", "Armenia")),
    ("the initials of a service several states name so are the article's state's",
     "Athens and Ankara traded accusations on Monday over the islands, and Turkey recalled its envoy.\n"
     "The NIS told lawmakers on Tuesday that 900 migrants had been turned back.", ("NIS", "Greece")),
    ("a domestic body acts where the dateline puts it",
     "LYON, France — The fire service said 60 firefighters were at the scene.", ("fire service", "France")),
    ("unnamed officials speak for the dateline's country",
     "NEW DELHI: Nearly 200 migrants returned home on Wednesday, officials said.", ("officials", "India")),
    ("a government takes no country from a dateline",
     "OSAKA (Reuters) — The Tanaka administration said 300 workers had been evacuated.",
     ("Tanaka administration", "")),
    ("a domestic body acts where the article's towns are",
     "A fire swept through warehouses in Lyon on Sunday.\nThe fire department said 60 firefighters were battling "
     "the blaze.", ("fire department", "France")),
]


@pytest.mark.parametrize(("rule", "body", "expected"), IN_ARTICLE, ids=[row[0] for row in IN_ARTICLE])
def test_claimant_in_its_article(nlp, rule, body, expected):
    claims = claims_with_outlet(nlp, body)
    assert [(c["claimant"], c["claimant_country"]) for c in claims] == [expected], body


def test_a_quotation_nobody_is_said_to_speak_is_an_unnamed_sources(nlp):
    claims = claims_with_outlet(nlp, "“We counted 400 volunteers at the dam.”")
    assert [(c["claimant"], c["claimant_kind"]) for c in claims] == [("", "anonymous")]


def test_a_figure_nobody_gives_is_background_whether_the_outlet_is_known_or_not(nlp):
    claims = claims_with_outlet(nlp, "Police detained 300 students near the campus on Friday.", "")
    assert [(c["claimant"], c["claimant_kind"]) for c in claims] == [("", "background")]


# ---------------------------------------------------------------- what counts people: the noun's meaning

PEOPLE_NOUNS = ["paramedics", "refugees", "contractors", "schoolchildren", "residents", "passengers", "attendees",
                "voters", "pilgrims", "nurses", "miners", "evacuees", "tourists", "migrants", "rescue workers",
                "health workers", "shoppers", "firefighters"]
THING_NOUNS = ["containers", "drones", "tanks", "homes", "flights", "banks", "plants", "acres", "seats"]


@pytest.mark.parametrize("noun", PEOPLE_NOUNS)
def test_a_noun_that_names_people_makes_a_claim(nlp, noun):
    sentence = f"Officials said 40 {noun} were counted on Monday."
    claim = only_claim(nlp, sentence)
    assert (claim["value"], claim["what"]) == (40, "other"), sentence


@pytest.mark.parametrize("noun", THING_NOUNS)
def test_a_noun_that_names_things_makes_none(nlp, noun):
    sentence = f"Officials said 40 {noun} were counted on Monday."
    assert claims_of(nlp, sentence) == [], sentence


# noun, what WordNet's hierarchy gives its count
WHAT_BY_HIERARCHY = [("lieutenants", "officers"), ("policemen", "officers"), ("brigadier generals", "generals"),
                     ("hostages", "captured"), ("detainees", "captured"), ("militiamen", "troops"),
                     ("infantrymen", "troops"), ("gunners", "troops")]


@pytest.mark.parametrize(("noun", "what"), WHAT_BY_HIERARCHY)
def test_what_follows_the_hierarchy(nlp, noun, what):
    sentence = f"Officials said 40 {noun} were counted on Monday."
    assert only_claim(nlp, sentence)["what"] == what, sentence


# ---------------------------------------------------------------- numbers that are not counts of people

NOT_COUNTS = [
    ("a tennis score", "Garcia won the final 6-4, 7-5 in front of a home crowd."),
    ("a season record", "The Hawks improved to 9-2-1 in their last dozen games."),
    ("list numbering", "Advice for the storm season follows.\n3. Residents should stay indoors."),
    ("a model number with a hyphen", "The F-35 crews flew low over the city."),
    ("a model number glued to letters", "The A320neo crews were grounded."),
    ("an emergency number", "A neighbour dialled 112 and waited for help."),
    ("a phone number", "Residents called 911 after the blast."),
    ("a liveblog's clock time", "Rescuers reached the village in the morning.\n11:15 — Police have closed the "
     "ring road."),
    ("a room's capacity", "The hall was built for 40."),
    ("a stadium's capacity", "The stadium, which holds 60,000, was half empty."),
    ("a capacity in people", "The new arena can hold 12,000 fans."),
    ("a capacity noun", "The shelter has room for 300 people."),
    ("a reference number", "Evacuation studies [12] were cited by the engineers."),
    ("an age in brackets", "Ana Ruiz (52) said she would stay."),
    ("an age before a noun", "A 52-year-old nurse was hurt."),
    ("'no one' is nobody", "No one was hurt in the blast, the fire service said."),
    ("'one of them' is not a count", "Soon she became one of them."),
    ("numbers in a list are not tied", "The Islanders have won three in a row and host the Wild at 7."),
    ("a name with a number", "The Apollo 10 crew met the press."),
    ("a table cell", "Ward | Staff | Beds\n| North | 7 nurses | 30 |\n| South | 9 nurses | 24 |"),
    ("a result line", "Falcons 3, Harbour Kings 2: the visitors held on in the rain."),
    ("vague things", "Thousands of tons of grain rotted while several hundred thousand dollars went missing."),
    ("goals credited to scorers", "The goals came late in the cup tie (2 for Okafor, 2 for Lindqvist)."),
    ("'others' after firms", "The five firms join nine others picked last year."),
    ("a device's speakers", "The tablet has four speakers, and its audio comes through two woofers and a "
     "transducer with loud, clear sound."),
    ("person-or-firm nouns where firms are counted", "Nine companies were chosen, bringing the number of "
     "suppliers to 14."),
    ("cases outside health coverage", "The appeals court heard 40 cases last year."),
    ("a bare figure after things counted", "Of the 90 shelters opened, 60 were full by midnight."),
    ("'a cousin or two' is said loosely", "She said she needed a cousin or two to help with the harvest."),
    ("a count that says what kind of people", "Brands now pay people with only a few thousand followers to "
     "promote soap."),
    ("households described by their size", "Households with more than five members will get extra rations, "
     "the ministry said."),
    ("a body of member states", "The 27-member bloc agreed on new tariffs."),
]


@pytest.mark.parametrize(("rule", "sentence"), NOT_COUNTS, ids=[row[0] for row in NOT_COUNTS])
def test_a_number_that_counts_no_people(nlp, rule, sentence):
    assert [c["figure_text"] for c in claims_of(nlp, sentence)] == [], sentence


# ---------------------------------------------------------------- a bare figure and what ties it to a count

# rule, body, (value, what) of every claim in order
TIES = [
    ("'N against' is the voters against", "In the ballot, 3,900 members voted for the deal and 410 against, the "
     "union said.", [(3900, "other"), (410, "other")]),
    ("'up from' takes the count beside it", "Police said 6,000 people attended, up from 6,500 last year.",
     [(6000, "other"), (6500, "other")]),
    ("'rose to ... from' after a count noun", "The number of refugees rose to 7,000 from 5,000.",
     [(7000, "other"), (5000, "other")]),
    ("'N more' counts what was counted", "Officials said 300 soldiers arrived on Monday and 2,000 more on Friday.",
     [(300, "troops"), (2000, "troops")]),
    ("the figure a count noun is put at", "Organisers put the crowd at 5,000.", [(5000, "other")]),
    ("a verb that happens to people", "Officials said 14 were killed in the collapse.", [(14, "killed")]),
    ("'the N' takes back an earlier count", "About 900 nurses joined the strike.\nOf the 900, most work in clinics.",
     [(900, "other"), (900, "other")]),
    ("unrelated numbers are not tied", "Officials said 300 soldiers had arrived. Trains leave at 7, 9 and 11.",
     [(300, "troops")]),
    ("'another N' counts what was counted", "The ministry said 12,000 reservists had reported. It may call up "
     "another 15,000.", [(12000, "troops"), (15000, "troops")]),
    ("a figure as subject takes the count just before", "About 3,000 residents live below the dam. If it fails, as "
     "many as 60,000 would have to leave.", [(3000, "other"), (60000, "other")]),
    ("'the two' is a pair, not a repeat of the count", "Her parents were two teachers from Leeds.\nThe two married "
     "in 1990.", [(2, "other")]),
    ("one of the 12 counts the 12", "One of the 12 nurses was injured, the hospital said.", [(12, "other")]),
    ("a bare figure someone says is a new estimate of the count", "Police said 18,000 people joined the vigil.\n"
     "The organisers now say 50,000.", [(18000, "other"), (50000, "other")]),
    ("a bare figure someone counted", "About 700 miners walked out on Monday. The union counted more than 900 by "
     "Wednesday.", [(700, "other"), (900, "other")]),
    ("a bare figure someone speaks of", "The union said 3,000 dockers walked out. By Wednesday it spoke of about "
     "4,500.", [(3000, "other"), (4500, "other")]),
    ("a count noun said to be close to a figure", "The union said 3,000 dockers walked out. A ministry official "
     "said the figure was closer to 2,800.", [(3000, "other"), (2800, "other")]),
    ("a bare figure someone counts close to", "The union said 3,000 dockers walked out. The port authority told us "
     "it counts closer to 2,500.", [(3000, "other"), (2500, "other")]),
    ("an occasion that reaches a figure", "About 700 miners walked out on Monday. The union said the strike could "
     "exceed 2,000 by Friday.", [(700, "other"), (2000, "other")]),
    ("the people an estimate is put at", "The army put the enemy's reserve troops at around 80,000.",
     [(80000, "troops")]),
    ("a range someone says", "About 9,000 miners stayed away, the union said. The company says between 4,500 and "
     "5,500.", [(9000, "other"), (4500, "other")]),
    ("a count of a bare figure after a count", "About 9,000 miners stayed away, the union said. A company count of "
     "5,000 was published later.", [(9000, "other"), (5000, "other")]),
    ("the peak of the count beside it", "Officials said 61,000 people remained in shelters, down from a peak of "
     "about 98,000 on Tuesday.", [(61000, "other"), (98000, "other")]),
    ("a team of a figure", "The ministry said Cyprus was sending a team of 40.", [(40, "other")]),
    ("a peak of things is not people", "Officials said 61,000 people remained in shelters. Prices fell from a peak "
     "of 300 last week.", [(61000, "other")]),
    ("a bare figure said with no count before is nothing", "The council said 40,000 in its report.", []),
    ("an estimate of an occasion raised to a figure", "Police said 9,000 people were at the march.\nOn Sunday they "
     "raised their estimate of the march to 11,000.", [(9000, "other"), (11000, "other")]),
    ("a count of things raised to a figure is not people", "Police said 9,000 people were at the march.\nThe city "
     "raised the number of buses to 300.", [(9000, "other")]),
]


@pytest.mark.parametrize(("rule", "body", "expected"), TIES, ids=[row[0] for row in TIES])
def test_a_bare_figure_counts_people_only_when_tied(nlp, rule, body, expected):
    assert [(c["value"], c["what"]) for c in claims_of(nlp, body)] == expected, body


# ---------------------------------------------------------------- vague counts and written forms

# rule, sentence, value, high, qualifier, what
COUNT_FORMS = [
    ("tens of thousands", "Tens of thousands of people marched through the capital.", 20_000, 99_999, "vague",
     "other"),
    ("hundreds of thousands", "Hundreds of thousands of refugees have fled the fighting.", 200_000, 999_999,
     "vague", "other"),
    ("thousands", "Thousands of residents were evacuated overnight.", 2000, 9999, "vague", "other"),
    ("several thousand", "Several thousand fans waited outside.", 3000, 9000, "vague", "other"),
    ("hundreds", "Hundreds of pilgrims prayed at the shrine.", 200, 999, "vague", "other"),
    ("several hundred", "Several hundred protesters gathered at noon.", 300, 900, "vague", "other"),
    ("dozens", "Dozens of nurses walked out on Tuesday.", 24, 99, "vague", "other"),
    ("a few dozen", "A few dozen volunteers cleared the road.", 24, 60, "vague", "other"),
    ("scores of", "Scores of villagers were missing after the landslide.", 40, 99, "vague", "other"),
    ("vague dead", "The blast killed dozens of miners, the company said.", 24, 99, "vague", "killed"),
    ("between X and Y thousand", "Between 45 and 50 thousand people marched, police said.", 45_000, 50_000,
     "range", "other"),
    ("X–Y million", "The drought has hit 120–140 million people, the agency said.", 120_000_000, 140_000_000,
     "range", "other"),
    ("a space between thousands", "About 12 300 residents have left, the mayor said.", 12_300, None, "approx",
     "other"),
    ("a narrow no-break space", "About 12\u202f300 residents have left, the mayor said.", 12_300, None, "approx",
     "other"),
    ("a figure glued to the word before", "Police said that in Lyon8,000 people marched.", 8000, None, "exact",
     "other"),
    ("1.2m", "Some 1.2m people were displaced by the floods.", 1_200_000, None, "approx", "other"),
    ("a few hundred", "The army has lost a few hundred soldiers, the agency said.", 200, 600, "vague", "troops"),
    ("a few thousand", "A few thousand residents refused to leave.", 2000, 6000, "vague", "other"),
    ("several dozen", "Several dozen nurses signed the letter.", 36, 99, "vague", "other"),
    ("millions", "Millions of people have fled since the war began.", 2_000_000, 9_999_999, "vague", "other"),
    ("tens of millions", "Tens of millions of people were hit by the drought.", 20_000_000, 99_999_999, "vague",
     "other"),
    ("N-strong", "The island sent a 2,000-strong contingent to the border.", 2000, None, "exact", "troops"),
    ("N-member team", "The 12-member team of divers reached the cave on Friday.", 12, None, "exact", "other"),
    ("N-person delegation", "The union sent a 40-person delegation to the talks.", 40, None, "exact", "other"),
    ("N-man unit", "A 1,000-man unit was moved to the coast, officials said.", 1000, None, "exact", "troops"),
]


@pytest.mark.parametrize(("rule", "sentence", "value", "high", "qualifier", "what"), COUNT_FORMS,
                         ids=[row[0] for row in COUNT_FORMS])
def test_vague_counts_and_written_forms(nlp, rule, sentence, value, high, qualifier, what):
    claim = only_claim(nlp, sentence)
    got = (claim["value"], claim["value_high"], claim["qualifier"], claim["what"])
    assert got == (value, high, qualifier, what), sentence


# ---------------------------------------------------------------- the article decides; bare counts of people

# rule, body, (value, what) of every claim in order
IN_CONTEXT = [
    ("cases in health coverage", "The ministry said 412 new cholera cases had been confirmed.", [(412, "other")]),
    ("suspected cases once an illness is named", "The measles outbreak is spreading. Officials reported 38 "
     "suspected cases on Tuesday.", [(38, "other")]),
    ("infections count the infected", "The outbreak has caused more than 1,200 infections, the agency said.",
     [(1200, "other")]),
    ("speakers at a rally", "Organisers said 12 speakers addressed the crowd before the march.", [(12, "other")]),
    ("wins in a row are not the players", "Two players returned from injury, and the club has now won four in a "
     "row.", [(2, "other")]),
    ("suppliers where no firm is counted", "The hospital said 40 care suppliers had been vaccinated.",
     [(40, "other")]),
    ("'others' after people", "The blast killed five miners and injured nine others.",
     [(5, "killed"), (9, "wounded")]),
    ("a bare vague subject", "Thousands gathered outside parliament on Sunday.", [(2000, "other")]),
    ("a bare vague passive subject", "Hundreds were evacuated overnight as the river rose.", [(200, "other")]),
    ("'tens of thousands more'", "Tens of thousands more took to the streets of other cities.", [(20000, "other")]),
    ("a bare figure as subject of an event", "At least 10,000 took part in the march, police said.",
     [(10000, "other")]),
    ("a crowd of a vague count", "A crowd of several thousand marched on the palace.", [(3000, "other")]),
    ("a turnout of N", "Organisers claimed a turnout of 750,000.", [(750000, "other")]),
    ("an event drew N", "The march drew an estimated 500,000, organisers said.", [(500000, "other")]),
    ("a toll is of the dead", "The toll has risen to 87, with 40 still missing.", [(87, "killed"), (40, "other")]),
    ("a date after the figure is no tally", "The ministry expects the number of soldiers to reach 5,000 by May.",
     [(5000, "troops")]),
    ("losses are casualties", "The general said enemy losses had reached 4,000.", [(4000, "casualties")]),
    ("a people noun estimated at N", "Officials estimated casualties at 1,200, including 300 dead.",
     [(1200, "casualties"), (300, "killed")]),
    ("a partitive names the whole", "The ministry said 300 people were killed. Of the dead, 61 were children.",
     [(300, "killed"), (61, "killed")]),
    ("'among the dead' counts the dead", "Among the dead were 11 children, the ministry said.", [(11, "killed")]),
    ("'of the wounded' before a bare subject", "Of the wounded, 1,100 have returned to their units.",
     [(1100, "wounded")]),
    ("things that set a scene are no antecedent", "The quarry employed 380 people across three shifts, and 140 "
     "were underground.", [(380, "other"), (140, "other")]),
    ("'a further N'", "The quarry employed 380 people on three shifts. A further 25 worked on the surface.",
     [(380, "other"), (25, "other")]),
    ("'killed or wounded' over a span of time", "The army said 2,300 soldiers had been killed or wounded in six "
     "weeks of fighting.", [(2300, "casualties")]),
    ("'taken prisoner' are captured", "Rebels said 350 soldiers were taken prisoner.", [(350, "captured")]),
    ("the arrested are captured", "Police said eleven fans were arrested after the match.", [(11, "captured")]),
    ("the hurt are wounded", "Officials said 900 people were hurt in the blast.", [(900, "wounded")]),
    ("list items after a semicolon", "On Monday, 4,200 people crossed; on Tuesday, 5,100; on Wednesday, 6,000.",
     [(4200, "other"), (5100, "other"), (6000, "other")]),
    ("a gap before a stranded preposition", "In the ballot, 3,900 members voted for the strike and 410 against.",
     [(3900, "other"), (410, "other")]),
    ("a bare subject somewhere", "The ministry said 10,000 troops had been sent. Most went by rail. About 3,000 "
     "are already at the front.", [(10000, "troops"), (3000, "troops")]),
    ("a bare subject that remains somewhere", "Officials said 900 people were hurt in the blast. By evening some "
     "400 remained in hospital.", [(900, "wounded"), (400, "wounded")]),
    ("people someone has somewhere", "The union said 5,000 dockers walked out. “We had 4,800 on the picket lines "
     "this morning,” said Dara Quill.", [(5000, "other"), (4800, "other")]),
    ("a bare subject somewhere after things", "The port handled 3,000 containers on Monday. About 1,200 are still in "
     "the yard.", []),
    ("a thing that has a figure somewhere", "The agency said 2,000 migrants arrived. The camp has 400 in storage.",
     [(2000, "other")]),
    ("'who' is said of people", "About 120 crane operators, who belong to a separate union, joined the walkout.",
     [(120, "other")]),
    ("'which' is said of things", "The port has 40 cranes which were built last year.", []),
    ("'of the N killed'", "Of the 12 killed, five were women, police said.", [(12, "killed"), (5, "killed")]),
    ("'another N remained missing'", "The toll climbed to 212, and another 90 remained missing.",
     [(212, "killed"), (90, "other")]),
    ("'listed as missing'", "There are 90 listed as missing, the fire chief said.", [(90, "other")]),
    ("'rose from N to M' is two counts", "On Monday the toll rose from eight to 14.", [(8, "killed"), (14, "killed")]),
    ("'among the dead' after the verb", "Two firefighters were among the 11 dead.", [(2, "killed"), (11, "killed")]),
    ("'N of them' is part of the count before", "The fire killed nine people. Three of them were children.",
     [(9, "killed"), (3, "killed")]),
    ("'among the N people killed'", "Among the 40 people killed, 12 were police officers, the mayor said.",
     [(40, "killed"), (12, "killed")]),
    ("a gapped figure joined to the verb", "Police detained 45 people on Saturday and 30 on Sunday.",
     [(45, "captured"), (30, "captured")]),
    ("a gapped figure after things is nothing", "The team scored 3 goals in the first half and 2 in the second.", []),
    ("an N-strong unit", "The agency said a 500-strong unit was moved to the front.", [(500, "troops")]),
    ("a count verb tagged as a noun", "Officials believe the force numbers around 10,000, up from 3,000 in October.",
     [(10000, "troops"), (3000, "troops")]),
    ("'of whom' counts the antecedent", "Lawmakers said the country had sent 1,500 troops, of whom about 500 were "
     "already at the border.", [(1500, "troops"), (500, "troops")]),
    ("a gapped figure joined to the verb of a bare count", "Organisers said 80,000 marched in the capital and "
     "20,000 in the port city.", [(80000, "other"), (20000, "other")]),
    ("an object of another verb takes the people, not their fate", "The storm killed at least 19 people and left "
     "about 60,000 without power.", [(19, "killed"), (60000, "other")]),
    ("'including N' is part of the count before", "At least 14 people were killed, including three children, "
     "officials said.", [(14, "killed"), (3, "killed")]),
    ("'N-strong' is said of people", "The 1.5 million-strong diaspora sent money home.", [(1_500_000, "other")]),
    ("cases of an illness newer than WordNet", "COVID-19 cases rose to 3,000 on Tuesday, the ministry said.",
     [(3000, "other")]),
    ("a membership counts members", "Union membership has fallen from 2.1 million to 1.6 million.",
     [(2_100_000, "other"), (1_600_000, "other")]),
    ("people estimated at a figure", "Demonstrators, estimated by police at 8,000, blocked the bridge.",
     [(8000, "other")]),
    ("a group of a size", "The 42,000 crowd sang throughout the match.", [(42000, "other")]),
    ("groups counted are no people", "Two teams reached the final, and three crowds gathered.", []),
    ("a group's label is no size", "She studied cells known as group 2 helper cells (GH2s) in mice.", []),
    ("a complement of people", "“We were about 2,300 this morning,” said Dara Quill, a union organiser.",
     [(2300, "other")]),
    ("the trapped are people", "“At least 60 are still trapped,” a rescuer told reporters.", [(60, "other")]),
    ("'that is up from N' after a count", "The agency registered 5,600 new arrivals in May. That is up from 3,900 "
     "in April.", [(5600, "other"), (3900, "other")]),
    ("'that is up from N' after things", "The port handled 5,600 containers in May. That is up from 3,900 in April.",
     []),
    ("a vague count somewhere", "Tens of thousands were in the streets on Saturday.", [(20000, "other")]),
    ("a vague count without something", "Thousands are without water.", [(2000, "other")]),
    ("a vague count 'in their thousands'", "Protesters turned out in their thousands.", [(2000, "other")]),
    ("a vague count a count verb puts in a range", "Crowds numbering in the tens of thousands filled the avenue.",
     [(20000, "other")]),
    ("a turnout in a vague range", "Police estimated the turnout in the tens of thousands.", [(20000, "other")]),
    ("a vague count brought somewhere", "The rally brought tens of thousands onto the streets.", [(20000, "other")]),
    ("a vague count sent somewhere", "They sent thousands to the border.", [(2000, "other")]),
    ("a vague count parsed as an apposition", "The call to protest mobilised hundreds of thousands across the "
     "country.", [(200000, "other")]),
    ("'tens of thousands' parsed as tens (of thousands)", "Tens of thousands, according to organisers, marched "
     "through the old town.", [(20000, "other")]),
    ("'hundreds of thousands more'", "Hundreds of thousands more watched online.", [(200000, "other")]),
    ("a vague count of things sent somewhere", "The mill ships 400 tonnes of paper a week and sent thousands of "
     "rolls to the port; hundreds went to the capital.", []),
    ("'up from N last week', parsed as a count of weeks", "The measles outbreak has now sickened 412 children, up "
     "from 280 last week, officials said.", [(412, "other"), (280, "other")]),
    ("lives lost are the dead", "The virus has claimed 23 lives since January.", [(23, "killed")]),
    ("a vague magnitude 'in the millions'", "Damage from the storm ran in the millions.", []),
    ("a vague count who did something", "Police fired tear gas at thousands who had gathered outside.",
     [(2000, "other")]),
    ("a vague count an event drew", "The march, which drew tens of thousands, passed peacefully.",
     [(20000, "other")]),
    ("a vague count of things somewhere", "Thousands of homes were flooded, and hundreds are still under water.",
     []),
    ("a unit's losses are its troops, as its lost soldiers are", "The 14th brigade alone lost 410, the general "
     "staff said.", [(410, "troops")]),
    ("a company's losses are no count", "The company lost 40 million in the quarter.", []),
    ("'of which' after things is nothing", "The report listed 45 companies, of which 12 were based in the capital.",
     []),
]


@pytest.mark.parametrize(("rule", "body", "expected"), IN_CONTEXT, ids=[row[0] for row in IN_CONTEXT])
def test_what_the_article_and_the_parse_say_is_counted(nlp, rule, body, expected):
    assert [(c["value"], c["what"]) for c in claims_of(nlp, body)] == expected, body


# ---------------------------------------------------------------- the counting dev set (tests/dev/counting)

COUNTING_DEV_FLOORS = {"claim_recall": 0.94, "claim_precision": 0.98, "qualifier_accuracy": 1.0, "vague_recall": 1.0,
                       "what_accuracy": 0.96}


def test_counting_dev_set_does_not_slip():
    from analysis.evaluate import evaluate, load_gold
    from analysis.tables import build_tables
    from tests.conftest import ROOT

    folder = ROOT / "tests" / "dev" / "counting"
    scores = evaluate(load_gold(folder / "gold.json"), build_tables(folder))
    slipped = {m: scores.metrics[m] for m, floor in COUNTING_DEV_FLOORS.items() if scores.metrics[m] < floor}
    assert not slipped, scores.misses.to_string()


def test_whoever_revises_their_own_estimate_gives_the_figure(nlp):
    body = "MADRID — Police said 9,000 people were at the march.\nOn Sunday the police raised their estimate to 11,000."
    claims = claims_with_outlet(nlp, body)
    assert [(c["value"], c["claimant"], c["claimant_country"], c["claimant_kind"]) for c in claims] == [
        (9000, "Police", "Spain", "police"), (11000, "Police", "Spain", "police")]


def test_whoever_sends_a_total_does_not_give_the_figure(nlp):
    body = "The ministry said on Monday that the neighbouring state had sent a total of 4,000 troops."
    assert [(c["value"], c["claimant"]) for c in claims_of(nlp, body)] == [(4000, "ministry")]


def test_a_count_someone_else_cites_is_the_owners_relayed_by_the_speaker(nlp):
    body = ("About 9,000 miners stayed away on Monday, the union said.\nA union count of 12,000 cannot be right, "
            "said Lena Ortiz, a labour economist.")
    assert [(c["value"], c["claimant"], c["via"]) for c in claims_of(nlp, body)] == [
        (9000, "union", ""), (12000, "union", "Lena Ortiz")]


# rule, sentence, (figure, what, qualifier, hypothetical) of each claim
ELIDED_HYPOTHETICALS = [
    ("a bare object of a verb done to people", "The mill said it may lay off 600, the union said.",
     [("600", "other", "exact", True)]),
    ("furloughing a bare figure", "The airline said it could furlough 2,500 over the winter.",
     [("2,500", "other", "exact", True)]),
    ("evacuating a bare figure", "Officials said the army could evacuate 15,000 if the levee breaks.",
     [("15,000", "other", "exact", True)]),
    ("firing a bare figure after a count", "The bank cut 900 staff last year. If it fires 400 more, the branch "
     "will close, the union said.", [("900", "other", "exact", False), ("400", "other", "exact", True)]),
    ("a bare modal subject with a place", "Organisers said as many as 80,000 could be in the square on Friday.",
     [("80,000", "other", "upper", True)]),
    ("a toll that could be as high as", "The landslide hit at night. Officials said the toll could be as high as "
     "300.", [("300", "killed", "upper", True)]),
    ("a bare subject of a verb with a particle", "Organisers said even if only 2,000 show up, the rally will go "
     "ahead.", [("2,000", "other", "exact", True)]),
    ("a bare subject of 'have to' under a condition", "If the levee breaks, as many as 40,000 would have to "
     "leave, the mayor said.", [("40,000", "other", "upper", True)]),
    ("a bare passive subject of 'have to'", "Officials said 12,000 would have to be evacuated if the river rose.",
     [("12,000", "other", "exact", True)]),
    ("a bare subject misparsed as an object, before its modal", "About 400 dockers have been laid off. The union "
     "fears up to 2,000 could follow.", [("400", "other", "approx", False), ("2,000", "other", "upper", True)]),
    ("a bare subject misparsed as a number of its verb", "Should the truce collapse, up to 90,000 might flee, the "
     "agency said.", [("90,000", "other", "upper", True)]),
    ("a misparsed bare subject of a verb done to people", "Doctors fear as many as 3,000 could die this winter.",
     [("3,000", "killed", "upper", True)]),
    ("a modal after a figure with its own subject is not the figure's", "The plant makes 500 a day and could make "
     "more.", []),
    ("a bare object of a verb that sends forces, after a count of them", "The coast guard has 900 divers on the "
     "coast. It could send as many as 2,000, its chief said.",
     [("900", "other", "exact", False), ("2,000", "other", "upper", True)]),
    ("a bare object of a verb that sends, after a count of things", "The agency has 300 trucks in the region. It "
     "could send 100 more, a spokesman said.", []),
    ("things that turn up are no count", "Officials said 500 boxes turned up at the depot.", []),
    ("a capacity is no count", "The new arena could hold 5,000, officials said.", []),
    ("money is no count", "The repairs could cost 2,000 dollars, officials said.", []),
    ("a bare figure with a place, not modal, needs a tie", "Officials said 300 are in storage.", []),
]


@pytest.mark.parametrize(("rule", "body", "expected"), ELIDED_HYPOTHETICALS,
                         ids=[row[0] for row in ELIDED_HYPOTHETICALS])
def test_elided_hypothetical_counts(nlp, rule, body, expected):
    claims = claims_of(nlp, body)
    assert [(c["figure_text"], c["what"], c["qualifier"], c["hypothetical"]) for c in claims] == expected, body


# rule, headline, body (paragraphs split by \n), outlet, expected (value, what, claimant) among the claims
PAGE_FORMS = [
    ("an illness too new for the lexicon: cases count people once the article infects or vaccinates them",
     "Ravel fever spreads on the coast",
     "The health ministry reported 730 confirmed cases of Ravel fever on Tuesday, up from 512 a week earlier.\n"
     "An earlier outbreak infected thousands of people in the north.", "Coast Daily",
     [(730, "other", "Ministry of Health"), (512, "other", "Ministry of Health")]),
    ("a fact box: a figure, a colon and what it counts; a label and its figure; a heading over a list",
     "Fever on the coast, by the numbers",
     "All figures come from the health ministry's weekly bulletin unless another source is named.\n"
     "3,120: suspected cases since January.\nDeaths: 7.\nCases by region:\nCoast — 640\nHighlands — 215",
     "Coast Daily", [(3120, "other", "Ministry of Health"), (7, "killed", "Ministry of Health"),
                     (640, "other", "Ministry of Health"), (215, "other", "Ministry of Health")]),
    ("a standfirst sums up the body as a headline does",
     "Storm batters the coast",
     "At least 80 hurt and 30 dead as the storm moves north\n"
     "MANILA — Rescuers worked through the night.\nDisaster officials said 30 people had died and 80 were hurt.",
     "Coast Daily", [(80, "wounded", "Disaster officials"), (30, "killed", "Disaster officials")]),
    ("the people a headline is about are what a bare figure counts when nothing before it counts anything",
     "Opinion: the nurses' strike is a test of nerve",
     "Each side now has its own number. The union said 9,000. The health board said 4,000.", "Coast Daily",
     [(9000, "other", "union"), (4000, "other", "health board")]),
    ("a reader's question says what its answer's bare figures count",
     "Your questions on the strike, answered",
     "ANA, OPORTO: How many nurses have walked out so far?\n"
     "OUR REPORTER: The union told reporters it was about 9,000.", "Coast Daily", [(9000, "other", "union")]),
    ("a range in words as a predicate counts what its subject counts",
     "Fighting in the east",
     'A hospital director said casualties were "in the hundreds" by nightfall.', "Coast Daily",
     [(200, "casualties", "hospital director")]),
    ("the writer's own count under a byline is the writer's",
     "Opinion: the square was fuller than anyone admits",
     "By Ilka Varga\nThe police said 12,000 people came. My own count from the balcony was 30,000.",
     "Coast Daily", [(12000, "other", "police"), (30000, "other", "Ilka Varga")]),
    ("a release's figures that name no source, and its 'our', are its issuer's",
     "Clean Air Now: 40,000 joined the march",
     "PRESS RELEASE — FOR IMMEDIATE RELEASE\nKraków, 3 May 2025 — Clean Air Now thanks the 40,000 people who "
     "joined Saturday's march.\nOur 250 volunteers kept the route clear.",
     "Clean Air Now", [(40000, "other", "Clean Air Now"), (250, "other", "Clean Air Now")]),
]


@pytest.mark.parametrize(("rule", "headline", "body", "outlet", "expected"), PAGE_FORMS,
                         ids=[row[0] for row in PAGE_FORMS])
def test_page_forms(nlp, rule, headline, body, outlet, expected):
    article = article_from_text(f"{headline}\n{body}")
    article.outlet = outlet
    claims = extract_article(nlp(article.text), article)[1]
    found = {(c["value"], c["what"], c["claimant"]) for c in claims if c["start"] >= len(headline)}
    assert set(expected) <= found, sorted(found)


def test_a_reference_mark_after_a_full_stop_ends_the_sentence(nlp):
    """"... near the port.[1] On Oct. 28, the ministry said ...": each statement keeps its own day."""
    body = ("On May 4, the coast guard said 600 sailors were stranded near the port.[1] On May 9, the "
            "ministry said about 2,000 sailors were at sea.[2]")
    found = [(c["value"], c["date_text"]) for c in claims_of(nlp, body)]
    assert found == [(600, "May 4"), (2000, "May 9")], found
