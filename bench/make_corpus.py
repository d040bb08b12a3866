"""Write a synthetic news corpus for the benchmarks: N distinct articles plus manifest.csv.

    python bench/make_corpus.py N OUTDIR [--seed S]

Each article is a story about a contested count of people (troops, refugees,
protesters, strikers, the dead of a flood...), told in wire style: a headline,
a lede with a figure, officials' estimates with qualifiers ("as many as",
"between X and Y"), quotes with attributions, a rival estimate, background,
sometimes a hypothetical figure or a related-story link. Paragraphs are drawn
from generic templates and filled with invented people, places and outlets.

Article `i` depends only on (seed, i): a corpus of N+1 articles is the corpus
of N plus one file, which is how the benchmark adds "one more article".
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import math
import os
import random
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

MANIFEST_NAME = "manifest.csv"
MIN_WORDS, MAX_WORDS = 300, 900
SEASON_START, SEASON_DAYS = date(2025, 9, 1), 91  # September to November
UNDATED_SHARE = 0.03  # articles whose manifest row has no publication date
NO_OUTLET_SHARE = 0.02
NO_URL_SHARE = 0.3
RELATED_LINK_SHARE = 0.1

OUTLETS = (
    "Harbour Gazette", "Northline News", "The Daily Ledger", "Crossroads Wire", "Eastbank Times",
    "Summit Herald", "Riverside Post", "Frontier Bulletin", "The Evening Chronicle", "Westgate Report",
    "Coastal Sentinel", "Plains Tribune", "Capital Observer", "Lakeshore Journal", "Continental Digest",
    "Borderland Express", "The Morning Signal", "Highland Courier", "Metro Dispatch", "Atlas Newswire",
    "Granite State Monitor", "The Open Record", "Southern Cross Review", "Compass Daily", "Keystone Press",
    "Pioneer Telegraph", "The Civic Ledger", "Orbit News Service", "Valley Standard", "Beacon International",
)
FIRST_NAMES = (
    ("Amara", "she"), ("Tobias", "he"), ("Ingrid", "she"), ("Mateus", "he"), ("Leila", "she"),
    ("Dmitar", "he"), ("Sofia", "she"), ("Kwame", "he"), ("Hana", "she"), ("Rafael", "he"),
    ("Noor", "she"), ("Henrik", "he"), ("Priya", "she"), ("Oskar", "he"), ("Yara", "she"),
    ("Emeka", "he"), ("Marta", "she"), ("Jonas", "he"), ("Aiko", "she"), ("Tomasz", "he"),
    ("Fatou", "she"), ("Lucien", "he"), ("Elif", "she"), ("Samuel", "he"), ("Nadia", "she"),
    ("Arjun", "he"), ("Greta", "she"), ("Pavel", "he"), ("Zanele", "she"), ("Mikael", "he"),
    ("Carmen", "she"), ("Idris", "he"), ("Helena", "she"), ("Bruno", "he"), ("Mei", "she"),
    ("Viktor", "he"), ("Adaeze", "she"), ("Luca", "he"), ("Sigrid", "she"), ("Omar", "he"),
    ("Teresa", "she"), ("Kenji", "he"), ("Lucia", "she"), ("Anders", "he"), ("Rania", "she"),
    ("Felipe", "he"), ("Katya", "she"), ("Dario", "he"), ("Ayesha", "she"), ("Nikolai", "he"),
)
LAST_NAMES = (
    "Okafor", "Lindqvist", "Haddad", "Moreau", "Kowalczyk", "Tanaka", "Ferreira", "Novak", "Mensah",
    "Castellanos", "Bergstrom", "Rahimi", "Dumitru", "Achterberg", "Nakamura", "Oyelaran", "Petrovic",
    "Salgado", "Vasquez", "Holmgren", "Karimova", "Delacroix", "Abernathy", "Szabo", "Osei", "Lindgren",
    "Marchetti", "Balogun", "Halvorsen", "Yilmaz", "Quintero", "Demir", "Varga", "Kovacs", "Adeyemi",
    "Sorensen", "Mahlangu", "Brennan", "Ishikawa", "Toivonen", "Caruso", "Nwosu", "Jablonski", "Rinaldi",
    "Esposito", "Kuznetsova", "Fonseca", "Aydin", "Mbeki", "Lundberg", "Carvalho", "Horvath", "Sato",
    "Olawale", "Fischer", "Duarte", "Nieminen", "Zielinski", "Amari", "Costa",
)
COUNTRIES = (  # name, adjective
    ("France", "French"), ("Germany", "German"), ("Poland", "Polish"), ("Turkey", "Turkish"),
    ("Brazil", "Brazilian"), ("Kenya", "Kenyan"), ("Nigeria", "Nigerian"), ("Japan", "Japanese"),
    ("India", "Indian"), ("Mexico", "Mexican"), ("Egypt", "Egyptian"), ("Norway", "Norwegian"),
    ("Spain", "Spanish"), ("Italy", "Italian"), ("Chile", "Chilean"), ("Ghana", "Ghanaian"),
    ("Hungary", "Hungarian"), ("Romania", "Romanian"), ("Finland", "Finnish"), ("Portugal", "Portuguese"),
    ("Argentina", "Argentine"), ("Indonesia", "Indonesian"), ("Ethiopia", "Ethiopian"), ("Peru", "Peruvian"),
    ("Sweden", "Swedish"), ("Greece", "Greek"), ("Morocco", "Moroccan"), ("Vietnam", "Vietnamese"),
)
PLACES = (  # invented regions and towns, so no figure sounds like a real event
    "Varnea", "Ostrel", "Kaldovo", "Mirasol", "Tervik", "Belgrave Valley", "Dunmore", "Savoret",
    "Lakhani", "Portavel", "Emberly", "Novigrad Plain", "Zaruta", "Halden Ridge", "Corvina", "Sillamo",
    "Braskov", "the Ardel Basin", "Qasrin", "Pellworth", "the Ivory Coastland", "Tamsin Bay", "Ravelo",
    "Gorzany", "Kestrel Point", "Umbera", "Vostal", "the Marrow Hills", "Lindau Gap", "Saltmere",
)
MINISTRIES = ("defence ministry", "interior ministry", "foreign ministry", "health ministry")
AGENCIES = (
    "the UN refugee agency", "the Red Cross", "the International Organization for Migration",
    "a coalition of aid groups", "the regional monitoring mission", "an independent observatory",
)
TITLES = (
    "Defence Minister", "Foreign Minister", "Interior Minister", "Prime Minister", "President",
    "Army chief of staff", "Deputy Defence Minister", "Health Minister", "Ambassador to the United Nations",
    "National Security Adviser", "police chief", "Labour Minister",
)
LOCAL_ROLES = (
    "a spokesperson for {agency}", "a union organiser", "a local council member",
    "an aid worker with {agency}", "a resident of {place}", "a shopkeeper in {place}",
    "a researcher at the {adj} Institute for Security Studies", "a former army officer",
    "a doctor at the main hospital in {place}", "a regional governor",
)
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = ("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.")
SMALL_NUMBER_WORDS = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine",
                      10: "ten", 12: "a dozen", 20: "20", 24: "two dozen"}
QUALIFIERS = {
    "approx": ("about", "around", "some", "roughly", "an estimated", "approximately"),
    "upper": ("as many as", "up to", "nearly", "almost"),
    "lower": ("more than", "at least", "over"),
    "exact": ("",),
}
SAY_VERBS = ("said", "told reporters", "stated", "said in a statement", "told a news conference",
             "estimated", "announced", "claimed", "warned", "confirmed")
QUOTE_VERBS = ("said", "said", "said", "told reporters", "added", "warned", "insisted")


@dataclass(frozen=True)
class Story:
    """What an article counts: the noun, what the people do, and how a headline says it."""

    nouns: tuple[str, ...]
    actions: tuple[str, ...]  # "{place}" is filled in
    headline_actions: tuple[str, ...]
    scale: tuple[int, int]  # plausible range of the main figure


STORIES = (
    Story(("troops", "soldiers"), ("have been deployed to {place}", "are stationed near {place}",
                                   "have crossed into {place}", "were moved towards {place}"),
          ("deployed to {place}", "massing near {place}", "cross into {place}"), (500, 40_000)),
    Story(("refugees", "people", "civilians"), ("have fled into {place}", "crossed the border at {place}",
                                                 "are sheltering in camps around {place}"),
          ("flee into {place}", "cross the border at {place}"), (1_000, 120_000)),
    Story(("protesters", "demonstrators"), ("marched through {place}", "gathered in the centre of {place}",
                                            "blocked the main roads into {place}"),
          ("march through {place}", "rally in {place}"), (2_000, 300_000)),
    Story(("workers", "rail workers", "teachers", "nurses"), ("walked off the job in {place}",
                                                              "joined the strike in {place}"),
          ("strike in {place}", "walk out in {place}"), (1_000, 80_000)),
    Story(("people", "residents"), ("were killed when floods hit {place}", "have been evacuated from {place}",
                                    "were injured in the collapse in {place}"),
          ("killed in {place} floods", "evacuated from {place}"), (10, 5_000)),
    Story(("prisoners", "detainees"),
          ("were freed in the exchange at {place}", "are held in camps near {place}"),
          ("freed in {place} exchange", "held near {place}"), (20, 2_000)),
    Story(("peacekeepers",), ("are serving in {place}", "will be withdrawn from {place}"),
          ("to leave {place}", "stay in {place}"), (300, 15_000)),
    Story(("police officers", "officers"), ("were deployed to {place}", "were sent to patrol {place}"),
          ("sent to {place}", "flood the streets of {place}"), (200, 20_000)),
)

QUOTES = (  # generic things officials and witnesses say; slots are filled per article
    "We are watching the situation in {place} very closely and we will respond if we have to.",
    "Our estimate is {figure} {noun}, and that number is still going up.",
    "There is no doubt that the real number is higher than what has been admitted publicly.",
    "Nobody should be surprised by this. The warning signs were there for months.",
    "We need more time, more money and more people on the ground.",
    "The figures coming out of {country} do not match what we see on the ground.",
    "This is a deliberate escalation, and it will be met with a firm and united response.",
    "Families are arriving with nothing. Some of them have walked for days.",
    "We counted them ourselves. It was more than anyone had expected.",
    "I have lived in {place} all my life and I have never seen anything like this.",
    "Every day we wait, the situation in {place} becomes harder to reverse.",
    "We will not comment on numbers that we cannot verify independently.",
    "These are not rumours. We have photographs, we have names and we have dates.",
    "Let me be clear: nobody in this government takes this lightly.",
    "The question is no longer whether they are there, but what they intend to do.",
    "We have asked for access to {place} three times and three times we were refused.",
    "What we are seeing is the largest movement of {noun} in a generation.",
    "It is too early to say how long this will last.",
    "We are prepared for every scenario, including the worst one.",
    "I want to thank everyone who has stayed and helped their neighbours.",
)
PARTIAL_PHRASES = (
    "a serious escalation", "deeply worrying", "completely unacceptable", "a humanitarian emergency",
    "under control", "a provocation", "the worst in decades", "a matter of days", "exaggerated",
)


@dataclass(frozen=True)
class Person:
    name: str
    pronoun: str
    title: str  # "Defence Minister" or a role phrase for people who are not officials
    country: str
    adjective: str
    official: bool

    @property
    def surname(self) -> str:
        return self.name.split()[-1]


@dataclass(frozen=True)
class GeneratedArticle:
    file_name: str
    text: str
    outlet: str
    url: str
    published: date | None


def principals(seed: int, count: int = 80) -> list[Person]:
    """The recurring officials of the corpus: the same people (and titles) appear across many articles."""
    rng = random.Random(f"principals:{seed}")
    people: list[Person] = []
    used: set[str] = set()
    while len(people) < count:
        first, pronoun = rng.choice(FIRST_NAMES)
        name = f"{first} {rng.choice(LAST_NAMES)}"
        if name in used:
            continue
        used.add(name)
        country, adjective = rng.choice(COUNTRIES)
        people.append(Person(name, pronoun, rng.choice(TITLES), country, adjective, official=True))
    return people


def local_person(rng: random.Random, place: str, adjective: str) -> Person:
    first, pronoun = rng.choice(FIRST_NAMES)
    role = rng.choice(LOCAL_ROLES).format(agency=rng.choice(AGENCIES), place=place, adj=adjective)
    return Person(f"{first} {rng.choice(LAST_NAMES)}", pronoun, role, "", adjective, official=False)


def newsy_round(value: float) -> int:
    """Round like a reporter's source does: 8,000 not 7,913; 340 not 337."""
    if value < 30:
        return max(2, round(value))
    step = 10 ** (int(math.log10(value)) - 1)
    step *= 5 if value / step > 40 else 1
    return max(step, int(round(value / step) * step))


def figure_words(value: int, rng: random.Random) -> str:
    if value in SMALL_NUMBER_WORDS and rng.random() < 0.7:
        return SMALL_NUMBER_WORDS[value]
    if value >= 1_000_000:
        return f"{value / 1_000_000:g} million"
    return f"{value:,}"


def figure_phrase(value: int, rng: random.Random) -> str:
    """The figure with a qualifier or as a range: "as many as 8,000", "between 7,000 and 9,000"."""
    roll = rng.random()
    if roll < 0.15 and value >= 100:
        low, high = newsy_round(value * 0.8), newsy_round(value * 1.2)
        if low < high:
            pattern = rng.choice(("between {low} and {high}", "{low} to {high}", "from {low} to {high}"))
            return pattern.format(low=figure_words(low, rng), high=figure_words(high, rng))
    kind = rng.choices(list(QUALIFIERS), weights=(4, 3, 2, 3))[0]
    qualifier = rng.choice(QUALIFIERS[kind])
    return f"{qualifier} {figure_words(value, rng)}".strip()


def capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


class ArticleWriter:
    """Fills the paragraph templates for one article from its own random stream."""

    def __init__(self, rng: random.Random, cast: list[Person], published: date | None):
        self.rng = rng
        self.story = rng.choice(STORIES)
        self.noun = rng.choice(self.story.nouns)
        self.place = rng.choice(PLACES)
        self.country, self.adjective = rng.choice(COUNTRIES)
        self.rival_country, self.rival_adjective = rng.choice([c for c in COUNTRIES if c[0] != self.country])
        self.base = newsy_round(math.exp(rng.uniform(*map(math.log, self.story.scale))))
        self.cast = cast + [local_person(rng, self.place, self.adjective) for _ in range(rng.randint(1, 2))]
        self.published = published
        self.agency = rng.choice(AGENCIES)

    # --- slots -------------------------------------------------------------------------------
    def figure(self) -> str:
        return figure_phrase(newsy_round(self.base * self.rng.uniform(0.7, 1.4)), self.rng)

    def action(self) -> str:
        return self.rng.choice(self.story.actions).format(place=self.place)

    def when(self) -> str:
        """A statement date as reporters write it, relative to publication."""
        roll = self.rng.random()
        if self.published is None or roll < 0.2:
            return self.rng.choice(("", "last week", "earlier this month", "on Monday", "on Friday"))
        said = self.published - timedelta(days=self.rng.randint(0, 5))
        if roll < 0.8:
            return f"on {WEEKDAYS[said.weekday()]}"
        return f"on {MONTHS[said.month - 1]} {said.day}"

    def official(self) -> Person:
        officials = [p for p in self.cast if p.official]
        return self.rng.choice(officials)

    def anyone(self) -> Person:
        return self.rng.choice(self.cast)

    def body(self) -> str:
        return self.rng.choice((
            f"{self.adjective} officials", f"the {self.adjective} {self.rng.choice(MINISTRIES)}",
            self.agency, f"the government of {self.country}", f"{self.country}'s military",
        ))

    def filled(self, quote: str) -> str:
        return quote.format(place=self.place, country=self.rival_country, figure=self.figure(),
                            noun=self.noun)

    @staticmethod
    def described(person: Person) -> str:
        """ "Polish Defence Minister Oskar Halvorsen" or "Oskar Halvorsen, a union organiser"."""
        if person.official:
            return f"{person.adjective} {person.title} {person.name}"
        return f"{person.name}, {person.title},"

    # --- sentences and paragraphs -----------------------------------------------------------
    def headline(self) -> str:
        action = self.rng.choice(self.story.headline_actions).format(place=self.place)
        figure = capitalised(self.figure())
        return self.rng.choice((
            f"{figure} {self.noun} {action}, {self.adjective} officials say",
            f"{self.country} says {self.figure()} {self.noun} {action}",
            f"{figure} {self.noun} {action} as {self.rival_country} disputes the count",
            f"How many {self.noun} {action}? Estimates differ sharply",
            f"{self.official().surname}: {self.figure()} {self.noun} {action}",
        ))

    def lede(self) -> str:
        when = self.when()
        return tidy(self.rng.choice((
            f"{capitalised(self.figure())} {self.noun} {self.action()}, {self.body()} said {when}, "
            f"the highest estimate so far.",
            f"{capitalised(self.body())} said {when} that {self.figure()} {self.noun} {self.action()}, "
            f"a sharp rise from the figure given a week earlier.",
            f"The number of {self.noun} in {self.place} has risen to {self.figure()}, according to "
            f"{self.body()}, as pressure grows on {self.country} to explain what is happening there.",
        )) + " " + self.background())

    def named_claim(self) -> str:
        person = self.official()
        when = self.when()
        verb = self.rng.choice(SAY_VERBS)
        speaking = f"Speaking {when}" if when else "Speaking to reporters"
        claim = self.rng.choice((
            f"{self.described(person)} {verb} {when} that {self.figure()} {self.noun} {self.action()}.",
            f"{person.name}, the {person.adjective} {person.title}, {verb} {when} that {self.figure()} "
            f"{self.noun} {self.action()}, and that more were expected.",
            f"{speaking}, {person.title} {person.name} put the number at {self.figure()}, "
            f"though {person.pronoun} gave no details of how the figure had been reached.",
        ))
        return tidy(claim + " " + self.follow_up(person))

    def follow_up(self, person: Person) -> str:
        """A sentence that refers back to `person` by surname or pronoun, as reporters do."""
        source = self.rng.choice(("satellite images", "reports by local authorities", "border records"))
        return self.rng.choice((
            f"{person.surname} said the {self.noun} had been {self.rng.choice(('counted', 'identified'))} "
            f"from {source}.",
            f"{capitalised(person.pronoun)} added that {self.figure()} more could follow "
            f"“within {self.rng.choice(('days', 'weeks', 'a month'))}”.",
            f"{capitalised(person.pronoun)} did not say where the figure came from.",
            f"{person.surname} was speaking after a meeting with {self.rival_adjective} officials.",
            "",
        ))

    def rival_estimate(self) -> str:
        return self.rng.choice((
            f"{self.rival_country}'s government has put the figure higher still, saying {self.figure()} "
            f"{self.noun} {self.action()}, while {self.agency} says it can confirm only {self.figure()}.",
            f"According to {self.agency}, {self.figure()} {self.noun} {self.action()}. "
            f"{self.rival_adjective} officials dispute that count and say the real number is far lower.",
            f"Estimates vary widely. {capitalised(self.body())} said {self.figure()}, while "
            f"{self.rival_adjective} officials said the real number was closer to {self.figure()}.",
        ))

    def direct_quote(self) -> str:
        person = self.anyone()
        verb = self.rng.choice(QUOTE_VERBS)
        when = self.when()
        first, second = self.rng.sample(QUOTES, 2)
        first, second = self.filled(first), self.filled(second)
        return tidy(self.rng.choice((
            f"“{as_lead_in(first)}” {person.name} {verb} {when}.",
            f"“{as_lead_in(first)}” said {self.described(person).rstrip(',')}. “{second}”",
            f"{self.described(person)} {verb} {when}: “{first}”",
            f"“{as_lead_in(first)}” {person.surname} {verb}. “{second}”",
        )))

    def partial_quote(self) -> str:
        person = self.official()
        when = self.rng.choice(("next week", "this month", "soon"))
        return (f"{person.name} described the situation in {self.place} as "
                f"“{self.rng.choice(PARTIAL_PHRASES)}” and said {person.pronoun} would raise it with "
                f"{self.rival_adjective} counterparts {when}.")

    def hypothetical(self) -> str:
        person = self.anyone()
        return self.rng.choice((
            f"If {self.figure()} more {self.noun} arrive, {self.place} will not be able to cope, "
            f"{person.name} warned.",
            f"“Even if {self.figure()} {self.noun} came tomorrow, it would not change our position,” "
            f"{person.surname} said.",
        ))

    def background(self) -> str:
        return self.rng.choice((
            f"The {self.adjective} government has not commented publicly on the reports.",
            f"{self.rival_country} has denied any involvement and called the reports "
            f"{self.rng.choice(('baseless', 'propaganda', 'a fabrication'))}.",
            f"{self.country}'s foreign ministry summoned the {self.rival_adjective} ambassador "
            f"{self.when() or 'on Tuesday'} to demand an explanation.",
            f"The situation in {self.place} has deteriorated steadily since the summer, when the first "
            f"reports of {self.noun} arriving in the area began to circulate.",
            f"Aid agencies say their appeal for {self.place} is only {self.rng.randint(8, 60)}% funded, "
            f"and that food stocks could run out before the end of the year.",
            f"Talks between {self.country} and {self.rival_country} are due to resume next month, "
            f"although neither side has said where they will take place.",
            f"Neither {self.adjective} nor {self.rival_adjective} officials have said how they arrived at "
            f"their figures, and independent observers have not been allowed into {self.place}.",
            f"Satellite images published by a private company showed new camps and vehicles around "
            f"{self.place} over the past {self.rng.choice(('week', 'fortnight', 'month'))}.",
            "Analysts say the dispute over numbers matters because each side uses them to argue for more "
            "support from its allies.",
            f"Roads into {self.place} remained closed on {self.rng.choice(WEEKDAYS)}, and mobile phone "
            f"service was cut in several districts.",
            f"The {self.rival_adjective} embassy did not respond to a request for comment.",
            f"Parliament in {self.country} is expected to debate the issue {self.rng.choice(WEEKDAYS[:5])}, "
            f"and opposition lawmakers have demanded a full account from the government.",
            f"Local media in {self.place} reported long queues at petrol stations and banks.",
            f"It was not possible to verify the figures independently, and journalists have had only limited "
            f"access to {self.place} since the {self.rng.choice(('spring', 'summer', 'start of the year'))}.",
            f"Officials in {self.rival_country} have previously played down similar reports, saying the "
            f"numbers were inflated for political reasons.",
            f"The dispute has strained relations between {self.country} and its neighbours, which have "
            f"called for an emergency meeting of the regional security council.",
        ))

    def related_link(self) -> str:
        return f"Read more: {ArticleWriter(self.rng, self.cast[:2], self.published).headline()}"

    def body_paragraphs(self) -> list[str]:
        """Paragraphs in a wire story's order, long enough for the article's word target."""
        target = self.rng.randint(MIN_WORDS, MAX_WORDS)
        budget: dict[Callable[[], str], int] = {  # how often each kind of paragraph may recur
            self.named_claim: 5, self.direct_quote: 6, self.rival_estimate: 2, self.background: 8,
            self.partial_quote: 1, self.hypothetical: 1, self.quote_with_context: 3,
        }
        paragraphs = [self.lede(), self.named_claim(), self.direct_quote()]
        words = sum(len(p.split()) for p in paragraphs)
        while words < target and any(budget.values()):
            kind = self.rng.choice([k for k, left in budget.items() if left])
            budget[kind] -= 1
            paragraph = kind()
            if paragraph not in paragraphs:
                paragraphs.append(paragraph)
                words += len(paragraph.split())
        if self.rng.random() < RELATED_LINK_SHARE:
            paragraphs.insert(self.rng.randint(3, len(paragraphs)), self.related_link())
        return paragraphs

    def quote_with_context(self) -> str:
        return f"{self.background()} {self.direct_quote()}"


def tidy(text: str) -> str:
    """Close the gaps an empty slot leaves: "said  that" -> "said that", "said ." -> "said."."""
    return re.sub(r"\s+([.,:])", r"\1", re.sub(r"\s{2,}", " ", text)).strip()


def as_lead_in(quote: str) -> str:
    """A quotation followed by its attribution ends in a comma, unless it asks or exclaims."""
    return quote[:-1] + "," if quote.endswith(".") else quote


def article_metadata(seed: int, index: int) -> tuple[str, str, date | None]:
    """(outlet, url, published) of article `index`; drawn apart from the text so the text can use the date."""
    rng = random.Random(f"meta:{seed}:{index}")
    outlet = "" if rng.random() < NO_OUTLET_SHARE else rng.choice(OUTLETS)
    day = SEASON_START + timedelta(days=rng.randrange(SEASON_DAYS))
    published = None if rng.random() < UNDATED_SHARE else day
    url = ""
    if outlet and published and rng.random() >= NO_URL_SHARE:
        slug = re.sub(r"[^a-z0-9]+", "", outlet.lower())
        url = f"https://{slug}.example/{published:%Y/%m/%d}/story-{index}"
    return outlet, url, published


def generate_article(seed: int, index: int, attempt: int = 0) -> GeneratedArticle:
    outlet, url, published = article_metadata(seed, index)
    rng = random.Random(f"text:{seed}:{index}:{attempt}")
    cast = rng.sample(principals(seed), rng.randint(2, 3))
    writer = ArticleWriter(rng, cast, published)
    lines = [writer.headline(), *writer.body_paragraphs()]
    while len(" ".join(lines).split()) > MAX_WORDS:
        lines.pop()
    return GeneratedArticle(f"a{index:05d}.txt", "\n".join(lines) + "\n", outlet, url, published)


def text_digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def write_atomically(path: Path, text: str) -> None:
    """Write through a new file: the benchmark hard-links corpus files, and must never edit a shared inode."""
    temp = path.with_name(path.name + ".tmp")
    temp.write_text(text, encoding="utf-8")
    os.replace(temp, path)


def write_corpus(count: int, out_dir: str | Path, seed: int = 0, first: int = 0) -> list[GeneratedArticle]:
    """Write articles `first`..`count-1` into `out_dir` and a manifest listing articles 0..count-1.

    Articles are distinct: a text equal to an earlier one is drawn again (never happens in practice).
    """
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    seen: set[str] = set()
    articles: list[GeneratedArticle] = []
    for index in range(count):
        attempt = 0
        article = generate_article(seed, index)
        while text_digest(article.text) in seen:
            attempt += 1
            article = generate_article(seed, index, attempt)
        seen.add(text_digest(article.text))
        articles.append(article)
        if index >= first:
            write_atomically(out_dir / article.file_name, article.text)
    write_manifest(articles, out_dir / MANIFEST_NAME)
    return articles


def write_manifest(articles: list[GeneratedArticle], path: Path) -> None:
    temp = path.with_name(path.name + ".tmp")
    with temp.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["file", "outlet", "url", "published"])
        writer.writerows([a.file_name, a.outlet, a.url, a.published.isoformat() if a.published else ""]
                         for a in articles)
    os.replace(temp, path)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("count", type=int, help="number of articles")
    parser.add_argument("out_dir", type=Path, help="folder to write the articles and manifest.csv into")
    parser.add_argument("--seed", type=int, default=0, help="same seed, same corpus (default 0)")
    args = parser.parse_args(argv)
    if args.count < 1:
        parser.error("count must be at least 1")
    articles = write_corpus(args.count, args.out_dir, args.seed)
    words = sum(len(a.text.split()) for a in articles)
    print(f"{len(articles):,} articles, {words:,} words -> {args.out_dir}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
