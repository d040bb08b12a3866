"""Who made the estimate and whose side: one invented article per rule of the article's directory of actors
(analysis/actors.py) and of claimant attribution (analysis/claims.py), in the styles of wires, broadcasters, local
papers and liveblogs."""

from __future__ import annotations

import pytest

from analysis.claims import FIGURE_IN_NAME
from analysis.extract import article_from_text, extract_article

HEADLINE = "Figures disputed as the day unfolds"


def extracted(nlp, body: str, outlet: str = "Evening Ledger") -> tuple[list[dict], list[dict]]:
    article = article_from_text(f"{HEADLINE}\n{body}")
    article.outlet = outlet
    return extract_article(nlp(article.text), article)


def sources(nlp, body: str) -> list[tuple[str, str, str, str]]:
    return [(c["claimant"], c["claimant_country"], c["claimant_kind"], c["via"]) for c in extracted(nlp, body)[1]]


# rule, article (paragraphs split by \n), (claimant, claimant_country, claimant_kind, via) of its last claim
LAST_CLAIM = [
    ("a place named with its level is that place", "The Ministry of Health said 11 people had died of cholera in "
     "Nampula province.", ("Mozambique Ministry of Health", "Mozambique", "government", "")),
    ("'its figure' is the body the sentence spoke of",
     "Chile keeps the only register, and I rely on its figure, which is about 9,000 people.",
     ("Chile", "Chile", "government", "")),
    ("where the article says a person works gives their country, also for their transcript label",
     "Olga Berzina, a sociologist, works at the Riga-based Institute for Northern Studies. She was interviewed on "
     "Monday by Tom Kay.\nKAY: How many people left?\nBERZINA: About 5,000 people, I think.",
     ("Olga Berzina", "Latvia", "person", "")),
    ("an unnamed person in a story told in one country is of that country",
     "In Blantyre, a midwife who would not give her name said 90 patients had been admitted overnight.",
     ("midwife", "Malawi", "independent", "")),
    ("a generic service name is no country's: the article says whose",
     "Kenya's National Intelligence Service said 6,000 soldiers had crossed the border.\n"
     "On Tuesday the National Intelligence Service said 300 of them had been wounded.",
     ("National Intelligence Service", "Kenya", "intelligence", "")),
    ("a service name several states share is the one the article names",
     "Greek police detained 40 people near the port, and Athens has asked Turkey for help.\n"
     "The National Intelligence Service said 2,000 migrants were waiting on the far shore.",
     ("National Intelligence Service", "Greece", "intelligence", "")),
    ("a short form made of a named body's initials is that body, undefined",
     "Ghana's National Fire Service sent crews to the market on Monday.\n"
     "The NFS said 1,200 traders had lost their stalls.",
     ("National Fire Service", "Ghana", "government", "")),
    ("a body named again without its country keeps the one given before",
     "Tunisia has moved 2,000 police to the frontier, Algeria's National Police Service said on Monday.\n"
     "Tunisia denied moving anyone, and on Wednesday the National Police Service said 2,500 were there.",
     ("National Police Service", "Algeria", "police", "")),
    ("a body of a kind given one country elsewhere is that country's",
     "Peru has sent 900 soldiers to the border region, Chilean intelligence has said for weeks.\n"
     "On Tuesday the Directorate of Strategic Intelligence said 1,200 were there.",
     ("Directorate of Strategic Intelligence", "Chile", "intelligence", "")),
    ("a story about one country told by another's officials is at home with those who speak",
     "Serbia moved 3,000 troops towards the border, Croatia's defence ministry said on Monday.\n"
     "Serbia has not commented. Some 500 of them are engineers, the military said.",
     ("military", "Croatia", "military", "")),
    ("'by X's count' is X's, not a body called 'count'",
     "Floods cut off 40 villages in the north.\n"
     "By the Lakeside Relief Network's count, about 6,000 residents have left their homes.",
     ("Lakeside Relief Network", "", "ngo", "")),
    ("a list entry's label before a colon is no subject of the entry's own report",
     "Here is what each side has said about the strikers.\n"
     "2. The union: its secretary, Hana Mares, said 9,000 workers had walked out on Monday.",
     ("Hana Mares", "", "person", "")),
    ("'according to lawmakers briefed by the agency': the agency's figure, relayed by the lawmakers",
     "Norway's Coastal Intelligence Bureau (CIB) briefed parliament on Monday.\n"
     "About 900 sailors have crossed the border, according to lawmakers briefed by the agency.",
     ("Coastal Intelligence Bureau", "Norway", "intelligence", "lawmakers")),
    ("a list entry's short form in brackets before the colon is defined there",
     "Here is what each side has counted of the sailors.\n"
     "2. Norway's Coastal Intelligence Bureau (KEB): about 900 in the port on November 4.\n"
     "By the KEB's count, 40 sailors were wounded.",
     ("Coastal Intelligence Bureau", "Norway", "intelligence", "")),
    ("a state whose plans another side reports is what the report is about, not its source",
     "Kenya has moved 2,000 police officers to the border and expects the total to reach 5,000 by June, Uganda's "
     "interior ministry said on Monday.",
     ("Uganda Ministry of Interior", "Uganda", "government", "")),
    ("two statements joined by a semicolon: the second is no relay of the first",
     "Greek police detained 40 people near the port.\n"
     "The coast guard said 500 migrants had landed on Monday; by Friday, the Greek migration ministry put the "
     "figure at 800.",
     ("Greece Ministry of Migration", "Greece", "government", "")),
    ("a short form defined after a long form with 'of' is that body",
     "The Office of Civil Protection (OCP) opened 40 shelters on Monday.\n"
     "The OCP said 3,000 people had been moved out of the valley.",
     ("Office of Civil Protection", "", "government", "")),
    ("a short form with one capital abbreviates a long proper name",
     "The Union of Dock Workers (Unidoc) called the stoppage.\nUnidoc said 4,000 dockers had stopped work.",
     ("Union of Dock Workers", "", "organisers", "")),
    ("a government named after its leader is the leader's country",
     "Paraguay's president, Rosa Villalba, cut the budget in March.\n"
     "The Villalba government said 2,000 teachers would lose their jobs.",
     ("Villalba government", "Paraguay", "government", "")),
    ("an administration named after a leader the article gives no country is the American usage",
     "U.S. officials briefed reporters on the storm on Monday.\n"
     "The Whitaker administration said 5,000 National Guard troops would be sent to the coast.",
     ("Whitaker administration", "United States", "government", "")),
    ("a name first given after an unnamed spokesperson's words is that spokesperson's",
     "A spokeswoman for Peru's health ministry said 300 patients were in hospital.\n"
     "Lucia Benitez told reporters that 12 nurses had fallen ill.",
     ("Lucia Benitez", "Peru", "person", "")),
    ("a name with a description of its own is not the spokesperson's",
     "A spokeswoman for Peru's health ministry said 300 patients were in hospital.\n"
     "Anna Berg, a Swedish volunteer, said 12 nurses had fallen ill.",
     ("Anna Berg", "Sweden", "person", "")),
    ("a country the recogniser takes for a one-word name still owns the army it possesses",
     "Mali's army said 200 rebels were killed last week.",
     ("Mali army", "Mali", "military", "")),
    ("a parenthesis is no part of a body's name",
     "The Coastal Rescue Service (Coreserv) said 60 fishermen were missing.",
     ("Coastal Rescue Service", "", "government", "")),
    ("a liveblog's time stamp is not the claimant",
     "09:15 — The regional fire service says 70 firefighters are at the scene.",
     ("regional fire service", "", "government", "")),
    ("a broadcaster's description is not its name, but says its kind",
     "Public broadcaster Radio Alba reported that 300 passengers were stranded at the port.",
     ("Radio Alba", "", "outlet", "")),
    ("a name in apposition to a title is a person, even when tagged as an organisation",
     "The country's labour minister, Okonkwo Adeyemi, says 12,000 nurses are on strike.",
     ("Okonkwo Adeyemi", "", "person", "")),
    ("the title a name stands in apposition to gives the person's country",
     "Argentina's energy secretary, Martín Quiroga, says the outage affected 1.1 million people.",
     ("Martín Quiroga", "Argentina", "person", "")),
    ("a body described in apposition by its kind",
     "Hidrovale, the water utility, said 80,000 customers had no running water.",
     ("Hidrovale", "", "independent", "")),
    ("'the utility' is the body the article described as one",
     "Hidrovale, the water utility, said 80,000 customers had no running water.\n"
     "Radio Alba reports, citing the utility, that 150 engineers are working on the pipes.",
     ("Hidrovale", "", "independent", "Radio Alba")),
    ("a description refers to the body last named as a subject, not to a medium",
     "The Free Hills Front (FHF) rejected the report.\n"
     "In a message posted on Facebook, the rebel group said it had seized 40 soldiers.",
     ("Free Hills Front", "Free Hills Front", "military", "")),
    ("a bare 'the ministry' continues the ministry named in full before",
     "Chile's health ministry said 2,000 people had fallen ill.\nThe ministry said 14 people had died.",
     ("Chile Ministry of Health", "Chile", "government", "")),
    ("people at a named body: the body",
     "Analysts at Veritab, an independent polling firm, estimated the crowd at between 8,000 and 9,000.",
     ("Veritab", "", "independent", "")),
    ("organisers act where the article's towns are",
     "A march against rent rises crossed Lyon on Saturday.\nOrganisers said 30,000 people had taken part.",
     ("Organisers", "France", "organisers", "")),
    ("a name in apposition to the people who speak is the one who speaks; a civic group is no armed one",
     "Organisers, the tenants' group Casa Libre, said 9,000 people had marched.",
     ("Casa Libre", "", "organisers", "")),
    ("'according to figures from X' is X's",
     "More than 700 people arrived on the island, according to figures from the Home Office.",
     ("Home Office", "United Kingdom", "government", "")),
    ("'A said ..., B reported': A's figure, relayed by B",
     "Doctors at the district hospital said 25 civilians had been killed, the Medical Relief Network reported.",
     ("Doctors", "", "independent", "Medical Relief Network")),
    ("sources are anonymous whatever body they serve",
     "Coast guard sources said 45 migrants had been picked up overnight.",
     ("Coast guard", "", "anonymous", "")),
    ("a city's government is the city's, not the state",
     "Osaka's city government said 700 people had used its cooling shelters.",
     ("Osaka city government", "Japan", "government", "")),
    ("'according to X, which cited Y': Y's, relayed by X",
     "According to the Valley Herald, which cited hospital sources, 1,200 patients had been treated.",
     ("hospital sources", "", "anonymous", "Valley Herald")),
    ("a newspaper citing a report in another: the other's",
     "The Evening Star said, citing a report in Le Matin, that 2,000 migrants were waiting at the port.",
     ("Le Matin", "", "outlet", "Evening Star")),
    ("'quoted X as saying': X's, relayed by the quoting outlet",
     "The Tass news agency quoted the ministry as saying that 600 soldiers had been captured.",
     ("ministry", "", "government", "Tass")),
    ("a statement carried by a news agency is relayed by it",
     "The army said in a statement carried by the state news agency Agencia Sol that 300 rebels had surrendered.",
     ("army", "", "military", "Agencia Sol")),
    ("local media citing a body relay it",
     "Local media, citing the fire department, said 40 firefighters had been injured.",
     ("fire department", "", "government", "Local media")),
    ("an unnamed lawmaker is the claimant, not the outlet",
     "A lawmaker said 300 conscripts had died in the first week.", ("lawmaker", "", "government", "")),
    ("a lawmaker who was told by an agency relays it",
     "A lawmaker who attended the briefing said the spy agency had told them that 1,500 soldiers had died.",
     ("spy agency", "", "intelligence", "lawmaker")),
    ("a briefing in the sentence before, by the same speaker",
     "Lawmaker Ana Duarte spoke to reporters after a closed-door briefing by the Defence Intelligence Office. "
     "She said about 3,000 soldiers had been wounded.",
     ("Defence Intelligence Office", "", "intelligence", "Ana Duarte")),
    ("'A said X, while B put it at Y': B's, not relayed by A",
     "The Ferro Metall union said 3,500 workers had joined the strike, while the company put the number at 1,900.",
     ("company", "", "independent", "")),
    ("a long form linked by 'for' defines its short form",
     "The International Office for Migration (IOFM) said 300 migrants were missing.\n"
     "The IOFM added that 40 bodies had been recovered.",
     ("International Office for Migration", "International Office for Migration", "government", "")),
    ("a surname the article describes as a person's later makes the full name a person",
     "Volodymyr Horbenko said 500 soldiers had been captured.\nHorbenko, the Ukrainian leader, spoke in Kyiv.",
     ("Volodymyr Horbenko", "Ukraine", "person", "")),
    ("an official in a town: that official, of the town's country",
     "A police spokesman in Lyon said 40 people had been arrested.",
     ("police spokesman in Lyon", "France", "police", "")),
    ("a masthead word names an outlet, not a person", "By the Herald's count, at least 2,300 people have been evicted.",
     ("Herald", "", "outlet", "")),
    ("a union's description before its short name", "Kenya's teachers union KNUT said 200,000 teachers would strike.",
     ("KNUT", "Kenya", "organisers", "")),
    ("a closing 'X said' the parse gives the counted people as subject",
     "At least 60 migrants drowned when their boat capsized off Libya, the International Organization for "
     "Migration said.", ("International Organization for Migration", "IOM", "ngo", "")),
    ("a closing speaker with its short form in brackets, the parse giving 'said' no subject",
     "Lowland has begun moving reserve units to the coast, with about 900 soldiers already sent to the port, "
     "Chile's Coastal Intelligence Bureau (CIB) said on Friday.", ("Coastal Intelligence Bureau", "Chile",
                                                                   "intelligence", "")),
    ("a town the sentence opens with is where the police act", "Flooding hit the coast of Peru.\nIn Lyon, some 300 "
     "people gathered outside the consulate, police said.", ("police", "France", "police", "")),
    ("a month the sentence opens with is no town", "Flooding hit the coast of Peru, the worst Peru has seen.\nIn "
     "March, the coast guard said it had rescued 4,500 people.", ("coast guard", "Peru", "military", "")),
    ("most of those who speak speak for one country: the story is at home there",
     "Peru has moved 4,000 more troops to the border, and Peru could send 2,000 more, Chilean officials said. The "
     "Chilean navy reported that 300 sailors were on alert. Peru's foreign ministry said the moves were routine. "
     "Peru's president was silent. Police said 40 protesters were detained outside the embassy.",
     ("Police", "Chile", "police", "")),
    ("a UN agency speaks for itself", "About 40,000 people have crossed into the camps since June, the UN refugee "
     "agency said on Monday.", ("UN refugee agency", "UNHCR", "ngo", "")),
    ("'was quoted by X as saying': relayed by X",
     "The defence ministry was quoted by Interfax as saying that 600 soldiers had been captured.",
     ("Ministry of Defence", "", "government", "Interfax")),
    ("the reporters' own count in the outlet's voice is the outlet's",
     "Our reporters counted at least 30 people waiting outside the hospital.", ("Evening Ledger", "", "outlet", "")),
    ("a figure in the reporter's voice that nobody gives is background",
     "Rescue crews pulled 43 people from flooded homes overnight.", ("", "", "background", "")),
    ("a count of part of the group just counted keeps that source",
     "The health ministry said 2,100 people had been infected. Of those, 37 have died.",
     ("Ministry of Health", "", "government", "")),
    ("figures released by a body are its figures",
     "Figures released by the health ministry on Monday showed 2,300 people had been infected.",
     ("Ministry of Health", "", "government", "")),
    ("a named resident of a story told in one country, its towns there, is of that country",
     "Floods hit Lyon on Sunday.\nJo Marchand said 40 residents had been rescued from the street.",
     ("Jo Marchand", "France", "person", "")),
    ("... but not when the sentence names another country",
     "Floods hit Lyon on Sunday.\nJo Marchand said 40 residents had been rescued before Spain sent two helicopters.",
     ("Jo Marchand", "", "person", "")),
    ("a common noun's possessive is no part of the name",
     "About 60 people spent the night in the gym, the county's emergency management agency said.",
     ("emergency management agency", "", "government", "")),
    ("a dateline of accented capitals is where the story was filed, not who speaks",
     "BOGOTÁ (Andes Wire) — The mayor's office said 15,000 people attended the concert.",
     ("mayor's office", "Colombia", "government", "Andes Wire")),
    ("a second statement joined by 'and' is no relay of the first",
     "The Red Crescent said 400 families were displaced, and the county government said 1,200 people had been "
     "moved.", ("county government", "", "government", "")),
    ("the outlet named by a short form is the outlet",
     "By the Ledger's own count, 8,000 people marched.", ("Evening Ledger", "", "outlet", "")),
    ("the outlet's own reporters count for the outlet",
     "The Ledger's own reporters counted 9,000 people at the peak.", ("Evening Ledger", "", "outlet", "")),
    ("a name in apposition to a relief group is a body",
     "A church-run relief group, Manos Unidas, said 3,000 people had been fed.",
     ("Manos Unidas", "", "ngo", "")),
    ("a police force described by its country's possessive is that country's police",
     "The Carabineros, Chile's national police, estimated the crowd at 45,000.",
     ("Carabineros", "Chile", "police", "")),
    ("the foreign ministry is the Ministry of Foreign Affairs",
     "Chile's foreign ministry said 40 of its citizens had been flown home.",
     ("Chile Ministry of Foreign Affairs", "Chile", "government", "")),
    ("a body whose name says it is international speaks for itself, whatever region words its name has",
     "The Pan American Aid Organization said 4,000 people had reached the camp.",
     ("Pan American Aid Organization", "Pan American Aid Organization", "ngo", "")),
    ("a statement cited from a body is that body's; the body keeps the country the article gave it",
     "The Libyan coast guard stopped 412 people off the coast, the Italian news agency Agenzia Riva reported, "
     "citing a statement from the coast guard.", ("coast guard", "Libya", "military", "Agenzia Riva")),
    ("organisers described as a body called by a name are that body",
     "Organisers, a coalition of unions called Frente Común, said 90,000 people had marched.",
     ("Frente Común", "", "organisers", "")),
    ("a group known as a name is that body, and its name is no town",
     "Organisers, a group known as Voces Libres, said 5,000 people marched.",
     ("Voces Libres", "", "organisers", "")),
    ("a name the parse sets off by commas is the body's name",
     "Migrants kept arriving.\nThe UN refugee agency, UNHCR, said about 3,000 people had died or gone missing on the "
     "route this year.", ("UNHCR", "UNHCR", "ngo", "")),
    ("a short form the article defined speaks for its body in 'X officials'",
     "The National Emergency Office (NEO) said 50 people died. NEO officials said 300 were injured.",
     ("National Emergency Office", "", "government", "")),
    ("'the ministry' is no other government body named before",
     "The maritime rescue service said it had rescued 227 people. The interior ministry said 1,600 people had "
     "arrived.", ("Ministry of Interior", "", "government", "")),
    ("an unnamed spokesman in a capital speaks for its police, in that country",
     "A police spokesman in Lima said 3,000 officers were on duty.",
     ("police spokesman in Lima", "Peru", "police", "")),
    ("a charity's name the model takes for a person's is a body",
     "The charity Mar Abierto said 150 people had drowned.", ("Mar Abierto", "", "ngo", "")),
    ("the body that organised the event is the organisers, wherever the article says so",
     "The march was organised by Aire Libre, a press freedom group.\nAire Libre said 100,000 people had taken part.",
     ("Aire Libre", "", "organisers", "")),
    ("the union that called the strike is the organisers",
     "The union Sindicato Unido called the strike.\nSindicato Unido said 12,000 workers had stopped work.",
     ("Sindicato Unido", "", "organisers", "")),
    ("a town's possessive on a person's title gives the person's country",
     "Medellín's mayor, Carlos Rueda, said 12,000 people had attended.", ("Carlos Rueda", "Colombia", "person", "")),
    ("an international body's unnamed official speaks as the body does",
     "A World Food Programme spokesman said 2 million people faced hunger.",
     ("World Food Programme", "WFP", "ngo", "")),
    ("'organisers' are the body the article says organised the event",
     "The march was organised by Aire Libre, a press freedom group.\nOrganisers said 100,000 people had taken part.",
     ("Aire Libre", "", "organisers", "")),
    ("'its navy' of a country named before is that country's navy",
     "Mauritania is a transit country for many. Its navy said 3,100 migrants had been stopped this year.",
     ("Mauritania navy", "Mauritania", "military", "")),
    ("an outlet reporting what a source it names said relays that source's figure",
     "At least 30 miners died in the flood, according to the labour ministry, the Valley Gazette reported.",
     ("Ministry of Labour", "", "government", "Valley Gazette")),
    ("'according to a report by X, citing Y' is Y's, relayed by X",
     "According to a report by the Harbour Times, citing port officials, 800 dockers walked out.",
     ("port officials", "", "government", "Harbour Times")),
    ("'according to Y, cited by X' is Y's, relayed by X",
     "Some 45 climbers were rescued, according to the mountain rescue service, cited by the Alpine Courier.",
     ("mountain rescue service", "", "government", "Alpine Courier")),
    ("a town's country is named as the country list names it",
     "The union, which represents dock workers in Rotterdam, said 3,000 members stopped work.",
     ("union", "Netherlands", "organisers", "")),
    ("'the foundation' is the body the article named with that last word",
     "The Andes Relief Foundation has sent water trucks to three towns since Monday.\n"
     "About 12,000 people had left their homes, the foundation said.",
     ("Andes Relief Foundation", "", "ngo", "")),
    ("an office holder in an article of several countries acts where its dateline is",
     "BRASOV, Romania (Carpathian Wire) — Steelworkers from Germany joined the march in Brasov.\n"
     "Labour Minister Ioana Radu said 4,000 people had taken part.",
     ("Ioana Radu", "Romania", "person", "Carpathian Wire")),
    ("'the hospital' with no hospital named before acts where the article is",
     "A bus overturned near Cusco on Sunday, Peru's transport ministry said. Peru has seen three such crashes this "
     "year.\nOf the 40 people admitted, 31 have gone home, the hospital said.",
     ("hospital", "Peru", "independent", "")),
    ("a liveblog entry's time is no part of the speaker after it",
     "14:25 Chile's labour minister told senators that 2,000 dockers had returned to work.",
     ("Chile labour minister", "Chile", "government", "")),
    ("a health secretariat is a government body",
     "In its bulletin, the Health Secretariat of Peru counted 52 dengue deaths.",
     ("Health Secretariat of Peru", "Peru", "government", "")),
    ("a person's name set off by commas before a closing verb is the speaker",
     "Of the 52 dead, 20 were children under 10, the ministry's chief epidemiologist, Dr. Irene Salas, told reporters "
     "this morning.",
     ("Irene Salas", "", "person", "")),
    ("an unattributed sentence going on with the account before it: 'That brings the total'",
     "The coast guard said it had picked up 212 people from three boats on Sunday. That brings the total since "
     "Thursday to about 900.",
     ("coast guard", "", "military", "")),
    ("an unattributed sentence telling in the past what happened to those counted goes on with the account",
     "The river burst its banks overnight, the civil defence agency said. At least six people were killed.",
     ("civil defence agency", "", "government", "")),
    ("a sentence referring back to the count ('The toll had stood at') goes on with the paragraph before",
     "The death toll rose to 9 on Thursday, the provincial fire service said.\n"
     "The toll had stood at six on Wednesday evening.",
     ("provincial fire service", "", "government", "")),
    ("'the coastguard', written as one word, is a coast guard",
     "Most of the dinghies had left before dawn, the coastguard said. The largest carried 61 people.",
     ("coastguard", "", "military", "")),
    ("an estimate the subject of a passive 'by' is that source's",
     "The first estimate, of about 1,600 strikers, was given by the transport union on Monday.",
     ("transport union", "", "organisers", "")),
    ("a source that gives out a figure in apposition is its source",
     "The teachers' federation gave the highest figure so far, 14,000 marchers.",
     ("federation", "", "organisers", "")),
    ("a ministry takes the country of the one of its portfolio named before, among several countries'",
     "Chile's defence ministry said 900 soldiers were at the border.\n"
     "A spokesman for Peru's foreign ministry declined to comment.\n"
     "The Ministry of National Defence said on Tuesday that 1,100 soldiers were there.",
     ("Chile Ministry of National Defence", "Chile", "government", "")),
    ("a plural genitive inside a body's name does not end it",
     "The Textile Workers' Unity Federation, which called the strike, said 6,000 workers stayed home.",
     ("Textile Workers' Unity Federation", "", "organisers", "")),
    ("'we' in the writers' own voice is the outlet's, not the speaker's before",
     "Ana Ruiz of the port authority said 300 dockers had walked out.\n"
     "We estimate that about 500 joined the march that followed.",
     ("Evening Ledger", "", "outlet", "")),
    ("a body a transcript's speaker calls 'ours' is of the speaker's country",
     "Ines Varga, a member of Hungary's parliament, joined the panel.\n"
     "VARGA: Our border police say 2,000 people crossed last night.",
     ("Hungary border police", "Hungary", "police", "")),
    ("what happened in a place's relative clause is the speaker's report",
     "The worst-hit town was Balsa, where 64 people died, Governor Ruth Ames said.",
     ("Ruth Ames", "", "person", "")),
    ("a passive's agent reports what its subject counts",
     "Forty cholera cases and 12 deaths in Tamale have been confirmed by the Ghana Health Service.",
     ("Ghana Health Service", "Ghana", "government", "")),
    ("estimates from a group of people are theirs",
     "About 80,000 people marched on Saturday, according to estimates from march organisers.",
     ("march organisers", "", "organisers", "")),
    ("'the county said' is the government of the county named",
     "In Marin County, 2,300 residents left their homes overnight, the county said.",
     ("Marin County", "", "government", "")),
    ("'citing data it had collected' is the citer's own material",
     "The ministry put the number of dead at 300, citing data it had collected from hospitals.",
     ("ministry", "", "government", "")),
    ("the next sentence says whose count the figure was",
     "About 600 migrants are now believed to have drowned off the coast in the last week.\n"
     "The tally was revised upward by the Coastal Rescue Board after new testimony.",
     ("Coastal Rescue Board", "", "ngo", "")),
    ("a body that has published an assessment goes on in the figures after it",
     "The Water and Sanitation Agency of Ghana has published a partial assessment of the outbreak. 52 people died "
     "in hospital after falling ill.",
     ("Water and Sanitation Agency", "Ghana", "government", "")),
    ("a name that calls a group a liberation front speaks for itself",
     "Fighting spread to the hills, where the Delta Liberation Front said it had lost 14 fighters.",
     ("Delta Liberation Front", "Delta Liberation Front", "military", "")),
    ("a group based in a town is of that town's country; 'the peak' is of the count before",
     "Thousands of people marched through the capital on Saturday.\n"
     "Rivercount, a crowd-counting group based in Nairobi, estimated the peak at 45,000.",
     ("Rivercount", "Kenya", "ngo", "")),
    ("a state's outlet speaks for its state",
     "LIMA — Flash floods swept through villages near Lima on Monday.\n"
     "The death toll rose to 41, the official Andina news agency reported.",
     ("Andina news agency", "Peru", "outlet", "")),
    ("a people's genitive sign is no part of their name",
     "The Red Crescent said, citing survivors' accounts, that about 320 people were still missing.",
     ("survivors", "", "independent", "Red Crescent")),
    ("a wire dateline with a written date is a dateline: its town says where a domestic body acts",
     "LIMA, 14 April 2025 — The health ministry said 1,310 people had been infected.",
     ("Peru Ministry of Health", "Peru", "government", "")),
    ("a release's dateline past the release's furniture",
     "PRESS RELEASE — FOR IMMEDIATE RELEASE\nKraków, 3 May 2025 — The city's transport office said 14,000 people "
     "rode the extra trains.", ("transport office", "Poland", "government", "")),
    ("a person described only by where she is, in a story told in one country, is of that country",
     "TAMALE, Ghana — The bus station was quiet on the second day of the stoppage.\n"
     "Esi Quaye, who sells cloth near the station, said 300 traders had shut their stalls.",
     ("Esi Quaye", "Ghana", "person", "")),
    ("a tally owned by a body that the article calls by its last word; 'it said' is that body",
     "The army said 35 insurgents were killed, in figures relayed by the Lakeside Conflict Monitor.\n"
     "The monitor's own tally is 19 dead, it said on Wednesday.",
     ("Lakeside Conflict Monitor", "", "ngo", "")),
    ("fighters of a named group make it an armed group that speaks for itself",
     "The army said it had killed 33 fighters of the Red Ridge Brigades.\n"
     "The Red Ridge Brigades said they had lost 9 men.", ("Red Ridge Brigades", "Red Ridge Brigades", "military", "")),
    ("a dateline the parse takes for the subject hides the real one in apposition",
     "NAIROBI — Chile's Naval Intelligence Directorate (DIN) now estimates more than 900 sailors are missing, "
     "senators who were briefed said on Friday.",
     ("Chile Naval Intelligence Directorate", "Chile", "intelligence", "senators")),
    ("a later section's dateline places an office holder with no country",
     "LIMA (Wire) — Peru's navy said 40 sailors were missing.\nOTTAWA (Wire) — At the defence ministry, deputy "
     "spokeswoman Dana Holt said about 300 marines were on standby.", ("Dana Holt", "Canada", "person", "Wire")),
    ("a people noun takes the country the article gave people of that kind",
     "Chilean commanders reported the crossing first.\nOne commander said about 60 fighters had reached the far "
     "bank.", ("commander", "Chile", "military", "")),
    ("a dependent territory's towns are its sovereign's",
     "Storm in Guadeloupe\nThe gendarmerie said 6 divers had been rescued off the island.",
     ("gendarmerie", "France", "police", "")),
    ("a nation's estimates are its state's",
     "By French estimates, the rebels lose about 300 fighters a week.",
     ("France", "France", "government", "")),
    ("a source set off with 'from' after the figure",
     "Some 25 sailors were hurt when the storm struck, from Peru's joint command.",
     ("Peru joint command", "Peru", "military", "")),
    ("a former official speaks for no one",
     "A former EU official said 2,500 border guards were at the crossing.",
     ("former EU official", "", "anonymous", "")),
    ("a local group acts where the article's towns are; its volunteers count for it",
     "Crossings near Beitbridge, Zimbabwe, rose again.\nA local rights group, Valley Watch, said its volunteers "
     "counted 140 people at the ford.",
     ("Valley Watch", "Zimbabwe", "ngo", "")),
    ("a language is no nationality",
     "Radio Sud, a French-language station, said 90 people had been hurt.",
     ("Radio Sud", "", "outlet", "")),
    ("a ministry's own bulletin is the ministry's, with its country",
     "Issued by the National Emergency Office, Nuku'alofa, Tonga.\nThe office confirms that 5 people are missing.",
     ("National Emergency Office", "Tonga", "government", "")),
    ("a place's own service, whatever its noun, speaks for the place's government",
     "LYON, France — About 8,000 residents still queue at water tankers, the city's water district said.",
     ("water district", "France", "government", "")),
    ("figures a body published are that body's",
     "Of the 870 confirmed cholera cases, 310 were in the capital, according to figures the health ministry "
     "published on Monday.", ("Ministry of Health", "", "government", "")),
    ("an estimate given by a body is its estimate, not the counted group's",
     "The first estimate, of about 700 marines, was given by Chile's spy agency on May 2.",
     ("Chile spy agency", "Chile", "intelligence", "")),
    ("a list that leaves out its verb names each figure's source right before it",
     "To sum up, Lima says 600 sailors are missing, and Quito close to 900.",
     ("Ecuador", "Ecuador", "government", "")),
    ("a second report beside a clause is relayed by no one",
     "The ministry told reporters it was about 4,000 sailors, and Chile's navy has said 5,000 to 6,000.",
     ("Chile navy", "Chile", "military", "")),
]

# The account before does not go on into a sentence that says what a named actor did, or a standing fact.
NOT_CONTINUED = [
    "Police said 40 people were hurt in the clashes. Police arrested two men at the scene.",
    "The agency said 40 people were hurt in the clashes. The province has 300,000 residents.",
    '"We are doing what we can," the mayor said. About 900 people were sleeping in the sports hall.',
    "The toll rose to 9 on Thursday, the fire service said.\nAt least 40 people were taken to hospital.",
    "The agency said its count was sound. The two invited witnesses, both former pilots, backed up that assessment.",
]

# A size given in a description set off by commas of a place or a site is a standing fact, whoever speaks.
PLACE_DESCRIPTIONS = [
    "Laos, a country of 7 million people, has recorded 900 cholera cases, the health ministry said.",
    "Kos, an island of 33,000 residents, has received 2,000 migrants since May, according to the port police.",
    "The town, which has 40,000 inhabitants, took in 3,000 evacuees, the mayor said.",
]


@pytest.mark.parametrize("body", PLACE_DESCRIPTIONS)
def test_a_size_describing_a_place_is_background(nlp, body):
    first, second = sources(nlp, body)[:2]
    assert first[0] == "" and first[2] == "background" and second[0] != "", body


def test_a_description_that_reports_is_the_source(nlp):
    found = sources(nlp, "Police, who put the crowd at 40,000, said 12 people were arrested.")
    assert [row[0] for row in found] == ["Police", "Police"]


# rule, article, the claimant of its one claim
RECORDED_BY = [
    ("a body that records cases counts them", "The health ministry recorded 312 new cholera cases on Monday.",
     "Ministry of Health"),
    ("a country that has recorded cases is where they were counted, not who counted them",
     "Malawi has recorded 4,100 cholera cases this year, the health ministry told parliament.", "Ministry of Health"),
    ("a record is of its own objects, not of a figure beside it",
     "The charity flew a crew of 12 to the border to register the families arriving there.", ""),
    ("a clause describing another noun attributes nothing", "Some 4,000 people marched through Valletta on Friday, in "
     "the biggest protest the old harbour town has seen since the 1990s.", ""),
    ("a name ends at its short form; a figure after a weekday counts what follows it",
     "The National Water Board (NWB) of Malawi counted on Tuesday 2,140 displaced residents.",
     "National Water Board"),
]


@pytest.mark.parametrize(("rule", "body", "expected"), RECORDED_BY, ids=[row[0] for row in RECORDED_BY])
def test_who_recorded_a_count(nlp, rule, body, expected):
    assert [row[0] for row in sources(nlp, body)] == [expected], body


def test_groups_in_lower_case_speak_for_no_one(nlp):
    found = sources(nlp, "The Front for Clean Air, an alliance of church and farm groups, said 25,000 people took "
                         "part.")
    assert found and "groups" not in found[-1][1]


@pytest.mark.parametrize(("rule", "body", "expected"), LAST_CLAIM, ids=[row[0] for row in LAST_CLAIM])
def test_claimant_country_kind_and_relays(nlp, rule, body, expected):
    found = sources(nlp, body)
    assert found, body
    assert found[-1] == expected, body


def test_a_common_noun_is_no_short_form_of_the_outlet(nlp):
    """In a wire agency's own story, "the agency said" is the agency the story names, not the wire."""
    body = ("ROME (Tiber News Agency) — The death toll rose to 7 on Wednesday, the regional civil protection agency "
            "said.\nAbout 4,500 people were still unable to return home, the agency said.")
    last = extracted(nlp, body, outlet="Tiber News Agency")[1][-1]
    assert (last["claimant"], last["claimant_kind"]) == ("agency", "government")


@pytest.mark.parametrize("body", NOT_CONTINUED)
def test_an_account_does_not_go_on_into_what_an_actor_did_or_a_standing_fact(nlp, body):
    found = sources(nlp, body)
    assert found and found[-1][0] == "", body


def test_a_nationality_describing_the_person_just_named_is_that_person(nlp):
    quotes, claims = extracted(nlp, "Amina Oduya, the county governor, said 400 patients were in hospital in Kisumu. "
                                    "\u201cOur nurses are working double shifts,\u201d the Kenyan official said.")
    assert [(q["speaker"], q["speaker_country"]) for q in quotes] == [("Amina Oduya", "Kenya")]
    assert [(c["claimant"], c["claimant_country"]) for c in claims] == [("Amina Oduya", "Kenya")]


def test_a_bare_official_is_not_the_person_named_before(nlp):
    claims = extracted(nlp, "Amina Oduya, the county governor, spoke in Kisumu on Monday.\n"
                            "A health official said 90 nurses had resigned.")[1]
    assert [c["claimant"] for c in claims] != ["Amina Oduya"]


def test_an_independent_group_does_not_speak_for_itself(nlp):
    claims = extracted(nlp, "The interior ministry said 35,000 people attended, while the Crowd Archive, an "
                            "independent group that counts crowds, estimated 140,000.")[1]
    assert [(c["claimant"], c["claimant_kind"]) for c in claims][-1] == ("Crowd Archive", "independent")
    assert claims[-1]["claimant_country"] != "Crowd Archive"


# The body that reported the figure wins over any actor or country inside the clause it reports; its kind comes
# from the head noun of its name or description and from what the article says it did.
# (article, (claimant, claimant_country, claimant_kind) of its last claim)
REPORTER_NOT_ACTOR = [
    ("war losses: a closing speaker in apposition, not the country that moved troops",
     "Lowland has moved about 3,000 soldiers to the frontier, Oslo's spy agency, the Crown Intelligence Bureau, "
     "said on Friday.",
     ("Crown Intelligence Bureau", "Norway", "intelligence")),
    ("flood: a closing speaker in apposition, not the body that sent the rescuers",
     "The river authority sent 200 rescuers into the valley, the provincial disaster office, the Civil Defence "
     "Directorate, said on Sunday.",
     ("Civil Defence Directorate", "", "government")),
    ("strike: the union that reports the lockout, not the company",
     "The company has locked out 900 workers, the dockers' union, the Harbour Workers Federation, said on Monday.",
     ("Harbour Workers Federation", "", "organisers")),
    ("protest: 'the rights group' is not the police its own words name, nor a side of its own",
     "Riot police detained 150 marchers, the rights group said.",
     ("rights group", "", "ngo")),
    ("war losses: the army that reports, not the side that lost",
     "The army said Lowland had lost 1,200 soldiers in the battle for the ridge.",
     ("army", "", "military")),
    ("flood: a district administration is a local body of the country its places are in, not the state",
     "Flooding cut off villages near Darbhanga.\n"
     "Volunteers rescued 300 residents, the district administration said on Sunday.",
     ("district administration", "India", "government")),
    ("festival: a committee that organised the event is its organisers",
     "The Harbour Lights Committee, which organised the regatta, said 20,000 visitors came.",
     ("Harbour Lights Committee", "", "organisers")),
    ("race: a committee that staged the event is its organisers, whatever the small model's lemma",
     "The committee that staged the marathon said 12,000 runners had finished.",
     ("committee", "", "organisers")),
]


@pytest.mark.parametrize(("rule", "body", "expected"), REPORTER_NOT_ACTOR, ids=[row[0] for row in REPORTER_NOT_ACTOR])
def test_the_reporting_body_not_an_actor_of_its_clause(nlp, rule, body, expected):
    found = sources(nlp, body)
    assert found, body
    assert found[-1][:3] == expected, body


def test_a_description_that_fits_the_body_of_its_clause_is_that_body(nlp):
    claims = extracted(nlp, "The Northern Defence Alliance will hold its biggest drills in years, with about 8,000 "
                            "soldiers taking part, the alliance said on Monday.")[1]
    assert [c["claimant"] for c in claims] == ["Northern Defence Alliance"]


def test_a_description_refers_back_to_a_named_institution_of_a_state(nlp):
    claims = extracted(nlp, "The Home Office published the figures on Monday.\n"
                            "The office said 700 people had crossed the Channel.")[1]
    assert [(c["claimant"], c["claimant_country"]) for c in claims] == [("Home Office", "United Kingdom")]


def test_a_two_word_institution_noun_gives_the_kind(nlp):
    claims = extracted(nlp, "Lowland lost 900 soldiers in the past day, according to Highland's general staff.")[1]
    assert [c["claimant_kind"] for c in claims] == ["military"]


@pytest.mark.parametrize(("headline", "body", "expected"), [
    ("Floods kill dozens in the north", "At least 27 people have died in the floods, the provincial disaster office "
     "said.", "provincial disaster office"),
    # two body figures in the range: the headline is nobody's in particular
    ("Tens of thousands of people march", "Police said 45,000 people marched. Organisers said 90,000 took part.", ""),
])
def test_a_vague_headline_takes_the_one_body_figure_in_its_range(nlp, headline, body, expected):
    article = article_from_text(f"{headline}\n{body}")
    claims = extract_article(nlp(article.text), article)[1]
    assert claims[0]["qualifier"] == "vague"
    assert claims[0]["claimant"] == expected


@pytest.mark.parametrize(("name", "holds_a_figure"), [
    ("around 30 to 50 people", True), ("1,200 residents", True), ("G20", False), ("Task Force North", False),
])
def test_a_phrase_holding_a_figure_is_no_source(name, holds_a_figure):
    assert bool(FIGURE_IN_NAME.search(name)) == holds_a_figure
