"""Quotations and who said them.

Spans are found by scanning each paragraph's quotation marks (printed ones and the typewriter '' of wires
and archives; one odd mark costs at most its own paragraph), then attributed with the parse: the verb the
quotation hangs on (a speech verb, WordNet's communication verbs included, or any verb that takes it as its
complement) and its subject (a relative pronoun stands for the noun before it; a subject inside the
quotation is a misparse), "according to", a colon introduction or label ("Doe: “...”"), the previous quote
of a split quotation, or the previous paragraph's speaker. A headline quotation is said by whoever says
the same words in the body.
"""

from __future__ import annotations

import csv
import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Collection
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources

from spacy.tokens import Doc, Span, Token

from analysis.actors import (
    ABBREVIATED_TITLE,
    GROUP_PRONOUNS,
    NOT_NAME_LABELS,
    PERSON_PRONOUNS,
    RELATIVE_PRONOUNS,
    SUBJECT_DEPS,
    Actor,
    Directory,
    _body_noun,
    _restricted,
    _time_zone,
    category_of,
    country_aliases,
    country_of,
    is_place,
    personnel_nouns,
    places,
    reporting_verbs,
    role_of,
    title_words,
)
from analysis.dates import is_resolvable, occasion_date, reporting_statement, statement_date
from analysis.lexicon import people_what

DOUBLE_OPENERS = {"“": "”“\"", "„": "“”\"", "«": "»", '"': '"”'}
# How a quotation hangs on the verb that introduces it, any verb: "“...,” she scoffed", "he called it “a mess”".
QUOTE_DEPS = {"ccomp", "dobj", "parataxis", "oprd"}
# The speaker of an inverted attribution the parse takes for an object: "“...?” asked Mr. Doe".
INVERTED_DEPS = {"dobj", "attr", "npadvmod", "appos", "oprd", "nsubj"}
# Verbs whose passive subject is the speaker: "Doe is quoted as saying", "Doe was cited as warning".
QUOTED_BY = {"quote", "cite"}
# How the parse may attach a name it took for something else to the verb it is the subject of.
NAME_AS_MODIFIER = {"amod", "compound", "npadvmod", "nmod"}
# A credit line after a quotation: "— Jo Rey" or "- Rey." on its own or closing the paragraph.
CREDIT_LINE = re.compile(r"^\s*[-–—]+\s*(?P<name>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})\s*[.,]?\s*$")
# A transcript turn: a speaker's label at the start of a paragraph, then the words, unquoted ("LEE: Good
# evening.", "Dana: Thanks."). The label is a name in capitals (a party or state in brackets may follow) or a
# capitalised name of up to three words.
# Letters of the Latin scripts, so that "HÁJKOVÁ:" and "Dvořák:" are labels too.
UPPER = "".join(char for char in map(chr, range(0x250)) if char.isupper())
LOWER = "".join(char for char in map(chr, range(0x250)) if char.islower())
# A parliament's record writes "Mr Jo Rey (Kettering) (Con):" and "The Minister for Europe (Ms Ana Lee):".
HONORIFIC = r"(?:(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady|Rep|Sen)\.? )"
RECORD_NOTES = r"(?:\s*\([^)]{1,40}\)){0,2}"
LABEL = (rf"(?P<label>[{UPPER}][{UPPER}.'’ -]{{0,38}}[{UPPER}.](?:\s*\([^)]{{1,30}}\))?"
         rf"|{HONORIFIC}?[{UPPER}][{LOWER}'’-]+(?: [{UPPER}][{LOWER}'’-]+){{0,2}}"
         rf"|{HONORIFIC}[{UPPER}][{LOWER}'’-]+(?: [{UPPER}][{LOWER}'’-]+){{0,2}}{RECORD_NOTES}"
         rf"|The [{UPPER}][\w ,'’-]{{2,60}}\({HONORIFIC}[{UPPER}][^)]{{1,40}}\)|[QA]):")
TRANSCRIPT_LABEL = re.compile(LABEL + r"[ \t]+(?=[\w¡¿])")
COLON_LABEL = re.compile(LABEL)
# The gender a third-person pronoun or an honorific shows.
GENDERED = {"he": "m", "him": "m", "his": "m", "himself": "m", "mr": "m",
            "she": "f", "her": "f", "hers": "f", "herself": "f", "mrs": "f", "ms": "f", "miss": "f"}
HONORIFIC_GENDERS = {"mr", "mrs", "ms", "miss"}
# words that introduce a title: "a show called", "the film", "his latest album"
WORK_WORDS = {"called", "titled", "entitled", "dubbed", "named", "show", "film", "movie", "series", "podcast",
              "book", "album", "song", "poem", "play", "novel", "documentary", "programme", "program", "hit",
              "single", "musical", "game", "exhibition", "campaign", "slogan", "column", "memoir", "episode"}
ACCOUNTS = {"account", "page", "channel"}  # "a post on the account of X" is X's
SOCIAL_POSTS = {"post", "tweet"}  # a post no one is named for speaks as a post
# what a body or person issues in writing: "according to a statement by the army"
DOCUMENT_NOUNS = {"statement", "report", "release", "note", "letter", "post", "message", "transcript", "filing",
                  "email", "tweet", "communique", "bulletin"}
# "the woman said": words for a person that say nothing but sex or age (with the sex they give, "" for either)
PLAIN_PEOPLE = {"man": "m", "woman": "f", "boy": "m", "girl": "f", "mother": "f", "father": "m",
                "grandmother": "f", "grandfather": "m", "widow": "f", "widower": "m", "teenager": "", "youngster": ""}
MAX_QUOTED_SENTENCES = 6
MIN_TURN_WORDS = 3
# "he spoke to Ana Ruiz", "interviewed by Jo Rey": the name of a Q&A's interviewer in its introduction
# (after an outlet's possessive: "spoke to the Daily Post's Jo Rey")
OUTLET_OWNER = r"(?:(?:the )?(?:[A-Z][\w.&-]* )*[A-Z][\w.&-]*['’]s )?"
INTERVIEWER = re.compile(rf"\b(?:spoke|talked|speaking|talking) (?:to|with) {OUTLET_OWNER}"
                         r"([A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,2})"
                         rf"|\binterviewed by {OUTLET_OWNER}([A-Z][\w'’-]+(?: [A-Z][\w'’-]+){{1,2}})")
AGED_SUBJECT = re.compile(r"\bthe (\d+)\s*-\s*year\s*-\s*old$", re.IGNORECASE)
DOCUMENT_LOOKBACK = 150  # tokens back to the statement "the statement" refers to
TRAILING_WORDS = 6  # "“...,” the ministry's chief spokeswoman said": the speaker and verb after a quotation
MAX_LABEL_WORDS = 8  # "Rep. Ann Lee (D-Ore.), chair of the committee:" is a label; longer text is prose
TYPEWRITER_CLOSERS = '"”'  # what closes '' and `` besides a run of apostrophes
OPENING_MARKS = re.compile(f"[{re.escape(''.join(DOUBLE_OPENERS))}‘'`]")  # all a quotation can open with


@lru_cache(maxsize=1)
def speech_verbs() -> frozenset[str]:
    """Verbs that can introduce a quotation: WordNet's communication verbs (tools/make_speech_verbs.py) and
    the hand-kept reporting verbs of speech (not of estimates: "troops expected to deploy “soon”")."""
    with resources.files("analysis.data").joinpath("speech_verbs.csv").open(encoding="utf-8") as handle:
        wordnet = frozenset(row["lemma"] for row in csv.DictReader(handle))
    return wordnet | frozenset(lemma for lemma, kind in reporting_verbs().items() if kind == "speech")


@dataclass
class QuoteSpan:
    """Where a quotation sits: the words (without marks) and the marks around them."""

    start: int
    end: int
    open_mark: int
    close_mark: int  # index after the closing mark (or the paragraph end when it runs on)
    paragraph: int
    continues: bool = False  # continues a quotation from the previous paragraph
    label: str = ""  # the transcript label that says who speaks the paragraph ("LEE"), if it is a turn


@dataclass
class Quote:
    quote: str
    start: int
    end: int
    paragraph: int
    partial: bool
    speaker: Actor | None = None
    verb: str = ""
    sentence: str = ""
    sentence_start: int = 0
    when: tuple[str, str] = ("", "")  # (date expression of the statement, where found), see dates.statement_date
    turn: bool = False  # a transcript turn ("LEE: ..."), not words in quotation marks


def _is_word_char(ch: str) -> bool:
    return ch.isalnum()


@lru_cache(maxsize=16)
def _closing_marks(closers: str) -> re.Pattern[str]:
    """What can close a quotation opened with one of these closers: they, or a run of apostrophes."""
    return re.compile(f"[{re.escape(closers)}']")


def _apostrophes(text: str, i: int, end: int) -> int:
    """How many straight apostrophes run from `i` (two of them are a typewriter double quotation mark)."""
    run = i
    while run < end and text[run] == "'":
        run += 1
    return run - i


def _scan_paragraph(text: str, start: int, end: int) -> tuple[list[tuple[int, int, int, int]],
                                                               tuple[int, int] | None]:
    """Pairs of (open, content start, content end, close end) in text[start:end]; and an unclosed
    (opener, content start).

    Besides the printed marks, archives and wires write a double quotation mark as two apostrophes ('') or
    as `` ... ''; a quote nested in one ends as ''' (the inner mark, then the outer).
    """
    found: list[tuple[int, int, int, int]] = []
    opener: int | None = None
    content = 0
    closers = ""
    i = start
    while i < end:
        # only a mark opens or closes a quotation: on to the next one
        mark = (OPENING_MARKS if opener is None else _closing_marks(closers)).search(text, i, end)
        if mark is None:
            break
        i = mark.start()
        ch = text[i]
        prev = text[i - 1] if i > start else " "
        typewriter = 2 if text[i:i + 2] in ("''", "``") else 0
        width = typewriter or 1
        nxt = text[i + width] if i + width < end else " "
        if opener is None:
            # A mark glued to the word before and not to the one after closes (or measures inches): no opener.
            glued_after = _is_word_char(prev) and not _is_word_char(nxt)
            if typewriter and not glued_after:
                opener, content, closers = i, i + 2, TYPEWRITER_CLOSERS
            elif ch in DOUBLE_OPENERS and not (ch == '"' and glued_after):
                opener, content, closers = i, i + 1, DOUBLE_OPENERS[ch]
            elif ch == "‘" and not _is_word_char(prev):
                opener, content, closers = i, i + 1, "’"
            elif ch == "'" and not _is_word_char(prev) and prev != "'" and nxt.isalpha():
                close = _straight_single_close(text, i + 1, end)  # 'We stay,' she said.
                if close is not None:
                    found.append((i, i + 1, close, close + 1))
                    i = close
            i += width
            continue
        run = _apostrophes(text, i, end) if '"' in closers else 0
        if run >= 2:
            found.append((opener, content, i + run - 2, i + run))
            opener = None
            i += run
            continue
        if ch in closers:
            is_single = closers == "’"
            # A ’ followed by a letter is an apostrophe; a “ followed by a letter opens, not closes.
            if not (_is_word_char(nxt) and (is_single or ch == "“")):
                found.append((opener, content, i, i + 1))
                opener = None
        i += 1
    return found, (opener, content) if opener is not None else None


def _straight_single_close(text: str, start: int, end: int) -> int | None:
    """Where a quotation opened with a straight apostrophe closes: the first ' after a word or punctuation and
    before a space or punctuation, not one inside a word ("don't"), nor a plural's possessive ("the farmers'
    union") when a later one can close; never past the next one that opens. None: it was an apostrophe ('em)."""
    candidates = []
    for j in range(start, end):
        if text[j] != "'" or text[j - 1] == "'" or text[j + 1:j + 2] == "'":
            continue
        after = text[j + 1] if j + 1 < end else " "
        if _is_word_char(after):
            if not _is_word_char(text[j - 1]):
                break  # another quotation opens: this one closed before it, or was no quotation
            continue
        candidates.append(j)
    for n, j in enumerate(candidates):
        possessive = text[j - 1] == "s" and text[j + 1:j + 2] == " " and text[j + 2:j + 3].islower()
        if not possessive or n == len(candidates) - 1:
            return j
    return None


def find_quote_spans(text: str, paragraphs: list[tuple[int, int]], skip: set[int]) -> list[QuoteSpan]:
    """Every quotation in the article's paragraphs, marks excluded from the span."""
    spans: list[QuoteSpan] = []
    running_on = False
    for index, (p_start, p_end) in enumerate(paragraphs):
        if index in skip:
            running_on = False
            continue
        pairs, unclosed = _scan_paragraph(text, p_start, p_end)
        candidates = [(o, s, e, c, False) for o, s, e, c in pairs]
        if unclosed is not None:
            opener, content = unclosed
            follows = _next_opens_quote(text, paragraphs, index, skip)
            starts_paragraph = not text[p_start:opener].strip()
            if follows or starts_paragraph:
                candidates.append((opener, content, p_end, p_end, follows))
        for n, (open_mark, c_start, c_end, close_mark, _) in enumerate(candidates):
            c_start, c_end = _trim(text, c_start, c_end)
            if c_end - c_start < 2 or not any(ch.isalpha() for ch in text[c_start:c_end]):
                continue
            continues = running_on and n == 0 and not text[p_start:open_mark].strip()
            spans.append(QuoteSpan(c_start, c_end, open_mark, close_mark, index, continues))
        running_on = bool(candidates) and candidates[-1][4]
    return spans


def transcript_turns(text: str, paragraphs: list[tuple[int, int]], skip: set[int]) -> list[QuoteSpan]:
    """Paragraphs of a transcript: a label ("LEE:", "Dana:") then the speaker's words without quotation marks.
    The span is the words; its label is resolved to a speaker by the attributor."""
    turns = []
    for index, (p_start, p_end) in enumerate(paragraphs):
        match = TRANSCRIPT_LABEL.match(text, p_start, p_end)
        if index == 0 or index in skip or match is None:
            continue
        start, end = _trim(text, match.end(), p_end)
        if len(text[start:end].split()) >= MIN_TURN_WORDS:
            turns.append(QuoteSpan(start, end, start, p_end, index, label=match.group("label")))
    return turns


def _next_opens_quote(text: str, paragraphs: list[tuple[int, int]], index: int, skip: set[int]) -> bool:
    following = [i for i in range(index + 1, len(paragraphs)) if i not in skip]
    if not following:
        return False
    start, end = paragraphs[following[0]]
    opening = text[start:end].lstrip()
    return opening[:1] in ("“", '"', "«", "„") or opening[:2] in ("''", "``")


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    return start, end


def _tokens_in(doc: Doc, start: int, end: int) -> list[Token]:
    """Tokens that start within chars [start, end), found by bisection (this is called a lot)."""
    starts = doc.user_data.get("token_starts")
    if starts is None:
        starts = doc.user_data["token_starts"] = [t.idx for t in doc]
    return list(doc[bisect_left(starts, start):bisect_left(starts, end)])


def is_partial(doc: Doc, span: QuoteSpan, text: str, p_start: int) -> bool:
    """True when the quote is a phrase inside the reporter's sentence, not a quoted sentence."""
    before = text[p_start:span.open_mark].rstrip()
    starts_sentence = not before or before[-1] in ".!?:;—–-" or before.endswith(("”", '"', "’", "''"))
    if starts_sentence and text[span.start:span.start + 1].isupper():
        return False
    tokens = _tokens_in(doc, span.start, span.end)
    if not tokens:
        return True
    first_sentence = tokens[0].sent
    inside = {t.i for t in tokens if t.sent == first_sentence}
    tops = [t for t in tokens if t.i in inside and (t.head.i not in inside or t.head == t)]
    for top in tops:
        if top.pos_ in ("VERB", "AUX") and any(c.dep_ in SUBJECT_DEPS | {"expl"} and c.i in inside
                                                for c in top.children):
            return False
    return True


class Attributor:
    """Finds the speaker of each quotation in one article."""

    def __init__(self, doc: Doc, directory: Directory, paragraphs: list[tuple[int, int]], quote_spans: list[QuoteSpan]):
        self.doc = doc
        self.text = directory.text  # doc.text is rebuilt from the tokens at every call
        self.directory = directory
        self.inside_quote = directory.inside_quote  # called for nearly every token: no method in between
        self.paragraphs = paragraphs
        self.quote_spans = quote_spans
        # A transcript turn is the speaker's own voice, with attributions of its own ("LEE: The ministry says
        # ..."): its words are read like the reporter's, not as a quotation.
        directory.quote_spans = [(q.open_mark, q.close_mark) for q in quote_spans if not q.label]
        self.turn_paragraphs = {q.paragraph for q in quote_spans if q.label}
        directory.labels = [(paragraphs[q.paragraph][0], q.start) for q in quote_spans if q.label]
        self._capitalised: frozenset[str] | None = None
        self._reported: set[int] = set()  # subjects of a clause someone reports ("Doe said Roe had refused")
        self.subject_mentions = self._mentions()
        self._mention_chars = [char for char, _, _ in self.subject_mentions]
        self._genders: dict[str, str] | None = None
        self._quoted_paragraphs: dict[int, bool] = {}  # see _all_quoted
        self._descriptions: list[tuple[int, set[str], Actor]] | None = None
        self._unnamed_people: dict[str, list[int]] | None = None
        self._unnamed_speakers: list[tuple[int, Actor]] | None = None
        self._entry_sources: dict[int, tuple[int, Actor] | None] = {}  # a list entry's source, by paragraph

    def _mentions(self) -> list[tuple[int, Actor, bool]]:
        """People and bodies named outside quotes: (char, actor, is a subject)."""
        mentions = []
        for token in self.doc:
            if self.inside_quote(token.idx) or token.pos_ not in ("PROPN", "NOUN"):
                continue
            if token.dep_ in ("compound", "flat", "amod", "poss") and token.head.pos_ in ("PROPN", "NOUN"):
                continue
            actor = self.directory.actor_for(token)
            if actor is None and token.dep_ == "nsubj" and token.tag_ == "NNS" \
                    and token.head.lemma_.lower() in speech_verbs():
                actor = self.directory.people_speaker(token)  # "the protesters chanted ... they chanted"
            if actor is None or any(char.isdigit() for char in actor.name):
                continue  # "about 900 flood victims" is no one a pronoun refers to
            mentions.append((token.idx, actor, token.dep_ in SUBJECT_DEPS or _misparsed_subject(token)))
            if token.dep_ in SUBJECT_DEPS and _reported_clause(token.head):
                self._reported.add(token.idx)
        return mentions

    def resolve_pronoun(self, pronoun: Token, before: int) -> Actor | None:
        """The person (he/she) or body (it/they) a pronoun most likely refers to."""
        paragraph = self.paragraph_of(before)
        first = max(0, paragraph - 2)
        while first > 0 and self._all_quoted(first):
            first -= 1  # a quotation running on over paragraphs is no text that names anyone
        window_start = self.paragraphs[first][0]
        wants_person = pronoun.lower_ in PERSON_PRONOUNS
        candidates = [(char, actor, subj) for char, actor, subj in self.subject_mentions
                      if window_start <= char < before and (actor.kind == "person") == wants_person]
        if wants_person:
            # "A senior diplomat said ... “...,” he said": the unnamed person who spoke last, not a name before
            candidates = sorted(candidates + [(char, actor, True) for char, actor in self.unnamed_speakers()
                                              if window_start <= char < before], key=lambda c: c[0])
        if not candidates and not wants_person:
            candidates = [(c, a, s) for c, a, s in self.subject_mentions if window_start <= c < before]
        if wants_person and candidates:
            # "she said" after a man was named last: the woman named before him, earlier in the article if need be
            gender = GENDERED[pronoun.lower_]
            fitting = [c for c in candidates if self.genders().get(c[1].name, gender) == gender] or [
                c for c in self.subject_mentions if c[0] < before and c[1].kind == "person"
                and self.genders().get(c[1].name) == gender]
            candidates = fitting or candidates
        # "Doe said Roe had refused. “...,” he said": the one who speaks, not the one spoken of (a body
        # the report is about is as often "it" or "they" as the one reporting)
        subjects = [c for c in candidates if c[2]]
        speaking = [c for c in subjects if c[0] not in self._reported] if wants_person else []
        chosen = (speaking or subjects or candidates)[-1:]
        if not chosen:
            return None
        actor = chosen[0][1]
        return Actor(actor.name, actor.kind, actor.title, actor.country, "pronoun")

    def _all_quoted(self, paragraph: int) -> bool:
        """The paragraph's words are all inside a quotation (one running on from the paragraph before)."""
        if paragraph not in self._quoted_paragraphs:
            start, end = self.paragraphs[paragraph]
            words = list(re.finditer(r"\w+", self.text[start:end]))
            self._quoted_paragraphs[paragraph] = bool(words) and all(
                self.inside_quote(start + word.start()) for word in (words[0], words[-1]))
        return self._quoted_paragraphs[paragraph]

    def genders(self) -> dict[str, str]:
        """The gender the article gives each person it names: an honorific ("Ms. Rey"), or the pronouns ("he",
        "her") of sentences where that person is the only one named since the sentence before and no
        unnamed person ("the actress", "a survivor") is the subject."""
        if self._genders is None:
            votes: dict[str, dict[str, int]] = {}
            for token in self.doc:
                word = token.lower_.strip(".")
                gender = GENDERED.get(word)
                if gender is None:
                    continue
                # a possessive or an object pronoun refers to the story's subject as often as to whoever is named
                # ... unless it opens the sentence: "Her deputy, Jo Rey, ..." after she was named
                subject = word in HONORIFIC_GENDERS or token.is_sent_start or token.dep_ in SUBJECT_DEPS and not any(
                    c.dep_ == "conj" for c in token.children)  # not "he and Rey had met"
                if not subject or self.inside_quote(token.idx):
                    continue
                if word in HONORIFIC_GENDERS:  # "Ms. Rey": the name the honorific is part of
                    actor = self._mentioned(token.head) if token.head != token else None
                    people = {actor.name} if actor is not None and actor.kind == "person" else set()
                else:
                    people = self._speaker_of_clause(token) if token.dep_ in SUBJECT_DEPS else None
                    people = self._people_before(token) if people is None else people
                if len(people) == 1:
                    tally = votes.setdefault(people.pop(), {"m": 0, "f": 0})
                    tally[gender] += 1
            # one stray pronoun (a misprint, a misread sentence) does not outweigh the article's usual one
            self._genders = {name: max(tally, key=tally.get) for name, tally in votes.items()
                             if max(tally.values()) >= 2 * min(tally.values()) + 1}
        return self._genders

    def _speaker_of_clause(self, pronoun: Token) -> set[str] | None:
        """"Jo Rey said she ...": the subject of the verb the pronoun's clause depends on (None when it depends on
        none with a subject)."""
        for verb in pronoun.ancestors:
            subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS and c != pronoun]
            if subjects:
                actor = self._mentioned(subjects[0])
                return {actor.name} if actor is not None and actor.kind == "person" else set()
        return None

    def _mentioned(self, token: Token) -> Actor | None:
        """The actor the article's mention at `token` names (mentions are found once, in text order)."""
        index = bisect_left(self._mention_chars, token.idx)
        found = index < len(self._mention_chars) and self._mention_chars[index] == token.idx
        return self.subject_mentions[index][1] if found else None

    def _people_before(self, pronoun: Token) -> set[str]:
        """Whom a pronoun can refer to: the people named from the start of the sentence before it, or None for
        an unnamed one among them (a subject that is a person noun)."""
        first = pronoun.sent
        for step in range(MAX_QUOTED_SENTENCES):  # the reporter's sentence before, past the quotation's own
            if first.start == 0 or step and not self.inside_quote(first.start_char):
                break
            first = self.doc[first.start - 1].sent
        lo = bisect_left(self._mention_chars, first.start_char)
        hi = bisect_left(self._mention_chars, pronoun.idx)
        mentions = self.subject_mentions[lo:hi]
        people = {actor.name for _, actor, _ in mentions if actor.kind == "person"}
        if not any(is_subject and actor.name in people for _, actor, is_subject in mentions):
            return set()  # "... to friends, including Jo Rey. He ...": he is whoever the story is about
        named = set(self._mention_chars[lo:hi])
        unnamed = any(t.dep_ in SUBJECT_DEPS and t.pos_ == "NOUN" and t.idx not in named
                      and people_what(t.lower_) is not None and not _names_someone(t)
                      and not self.inside_quote(t.idx) for t in self.doc[first.start:pronoun.i])
        return set() if unnamed else people

    def paragraph_of(self, char: int) -> int:
        for index, (start, end) in enumerate(self.paragraphs):
            if start <= char <= end:
                return index
        return len(self.paragraphs) - 1

    def actor_of_verb(self, verb: Token) -> Actor | None:
        """The subject (or passive agent) of a reporting verb, climbing to the governing verb if needed.

        A subject inside a quotation is a misparse: a speaker is never a phrase from the quoted words.
        """
        current: Token | None = verb
        quoted_subject = False
        came_by = ""
        for _ in range(3):
            if current is None:
                break
            # (a dateline the parse takes for a subject is none: "WASHINGTON (Wire) — ..., Jo Rey said")
            subjects = [s for c in current.children if c.dep_ in SUBJECT_DEPS
                        if (s := self.directory.unframed(c)) is not None]
            if len(subjects) > 1:  # "Organisers, the civic group Free Voice, said": the parse's second subject
                subjects.sort(key=lambda s: not _names_someone(s))  # names whom the first describes
                # "2. Chile: the navy said about 900": a list entry's label is no subject
                subjects = [s for s in subjects if not any(t.text == ":" for t in s.doc[s.i + 1:current.i])] \
                    or subjects
            agents = [g for c in current.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
            # "Doe was quoted by the Post as saying": the Post only relays Doe's words; "Doe was prompted to
            # say": Doe says.
            speaks_passively = current.lemma_.lower() in QUOTED_BY or came_by == "xcomp"
            if speaks_passively and any(s.dep_ == "nsubjpass" for s in subjects):
                agents = []
            for head in subjects + agents:
                if head.dep_ == "nsubjpass" and not speaks_passively:
                    continue
                if self.inside_quote(head.idx):
                    quoted_subject = True
                    continue
                if head.lower_ in RELATIVE_PRONOUNS and current.dep_ == "relcl":
                    actor = self.antecedent(head)  # "the coast guard, which said ..."
                    if actor is not None:
                        return actor
                    continue
                actor = self.actor_from_head(head)
                if actor is not None:
                    return self._described_by(actor, [s for s in subjects if s != head])
            if current.dep_ == "conj" and any(s.dep_ == "nsubj" and not self.inside_quote(s.idx) for s in subjects):
                break  # "Police said ... and the mayor said ...": a conjoined verb's own subject is its speaker
            if not subjects and current.dep_ == "acl" and current.head.pos_ in ("NOUN", "PROPN") \
                    and current.lemma_.lower() in speech_verbs() \
                    and any(c.dep_ in ("ccomp", "dobj") for c in current.children):
                # "A commander, Col. Jo Rey, posted on Telegram that ...": the parse makes the report a clause
                # of its subject (a post that is itself posted has no object: "a video posted on Telegram")
                actor = self.actor_from_head(current.head)
                if actor is not None:
                    return actor
            came_by = current.dep_
            current = current.head if current.head != current and current.dep_ in (
                "advcl", "xcomp", "conj", "acl", "ccomp", "relcl") else None
        inverted = self.inverted_speaker(verb)
        if inverted is not None:
            return inverted
        # A main verb left without a subject is usually a misparse ("Thursday, Doe, ..., mentioned"), and so is
        # one the parse hangs inside the quotation.
        misparsed = verb.dep_ == "ROOT" or quoted_subject or self.inside_quote(verb.head.idx)
        return self.actor_left_of(verb) or self.aged_speaker(verb) if misparsed else None

    def cited_speaker(self, verb: Token) -> Actor | None:
        """"The paper quotes Jo Rey as saying ...", "It cites Jo Rey, who told it ...": the one quoted speaks (the
        quoting paper passes the words on)."""
        for node in [verb, *list(verb.ancestors)[:3]]:
            cited = [c for c in node.children if c.dep_ == "dobj" and c.pos_ in ("PROPN", "NOUN")]
            if node.lemma_.lower() in QUOTED_BY and node.pos_ == "VERB" and cited \
                    and not self.inside_quote(cited[0].idx):
                return self.actor_from_head(cited[0])
        return None

    def _described_by(self, actor: Actor, others: list[Token]) -> Actor:
        """A name the parse split from its description ("the city's emergency service SAME says") takes the
        description's country and kind."""
        if actor.kind == "person" or actor.country or not others:
            return actor
        description = self.directory.actor_for(others[0])
        if description is None or description.kind != "body":
            return actor
        return replace(actor, kind="body", country=description.country, category=category_of(description))

    def inverted_speaker(self, verb: Token) -> Actor | None:
        """"“...?” asked Mr. Doe": right after a quotation, the parse may take the speaker for an object."""
        before = self.doc[verb.i - 1] if verb.i > 0 else None
        if before is None or not (before.is_punct and self.inside_quote(before.idx) or before.is_quote):
            return None
        for child in verb.rights:
            if child.dep_ in INVERTED_DEPS and child.pos_ in ("PROPN", "NOUN", "PRON") \
                    and not self.inside_quote(child.idx):
                actor = self.actor_from_head(child)
                if actor is not None:
                    return actor
        # "said Oversight ranking member Jo Rey": the parse lost the name in a clause; the name up to the comma.
        for token in verb.doc[verb.i + 1:verb.sent.end]:
            if token.is_punct or self.inside_quote(token.idx):
                break
            if token.pos_ == "PROPN" and token.dep_ not in ("compound", "flat"):
                return self.actor_from_head(token)
        return None

    def titled_speaker(self, verb: Token) -> Actor | None:
        """"the spokeswoman said" after "A spokeswoman for the board, Jo Rey, said": Jo Rey speaks (her figures
        remain the board's)."""
        subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"
                        and c.lower_ in title_words() and any(d.lower_ == "the" for d in c.children)), None)
        return self.directory.titled_person(subject, roles=True) if subject is not None else None

    def antecedent(self, pronoun: Token) -> Actor | None:
        """The person or body a relative pronoun refers to: the person its clause describes ("Jo Rey, a nurse
        from Lyon who said ..." is Jo Rey), else the nearest one named before it in its sentence."""
        described = pronoun.head.head
        while described.dep_ == "appos" and described.head != described:
            described = described.head
        if described.pos_ in ("NOUN", "PROPN") and described.i < pronoun.i and not self.inside_quote(described.idx):
            actor = self.directory.actor_for(described)
            if actor is not None and actor.kind == "person":
                return actor
        for token in reversed(pronoun.doc[pronoun.sent.start:pronoun.i]):
            if token.pos_ in ("NOUN", "PROPN") and token.dep_ not in ("compound", "flat") \
                    and not self.inside_quote(token.idx):
                actor = self.directory.actor_for(token)
                if actor is not None:
                    return actor
        return None

    def actor_left_of(self, verb: Token) -> Actor | None:
        """When the parse gives a verb no subject, the nearest named actor before it in its sentence."""
        # "Doe, along with Roe, said" (not "in an interview with the Herald, Doe said": that one talks to Doe)
        companions = {t.i for t in verb.sent if t.dep_ == "prep" and t.lower_ in ("with", "along", "alongside")
                      and t.head.pos_ != "NOUN" for t in t.subtree}
        for token in reversed([t for t in verb.sent if t.i < verb.i]):
            if token.i in companions or self.inside_quote(token.idx):
                continue
            # "“...,” Kemble fumed": the parse may hang the name on the verb as a modifier.
            hung_on_verb = token.head == verb and token.dep_ in NAME_AS_MODIFIER and token.text[:1].isupper()
            if token.pos_ == "NOUN" and token.head.i < token.i and self.inside_quote(token.head.idx):
                # "“...,” a village resident in X, where ..., told the Daily": the parse hangs the speaker on
                # the quoted words
                unnamed = self.directory.people_speaker(token)
                if unnamed is not None:
                    return unnamed
            if token.pos_ != "PROPN" and not hung_on_verb:
                continue
            if token.dep_ in ("compound", "flat") and not hung_on_verb or token.ent_type_ == "DATE":
                continue
            actor = self.directory.actor_for(token) or self.named_word(token)
            if actor is not None and actor.kind == "person":
                return actor
        return None

    def actor_from_head(self, head: Token) -> Actor | None:
        if head.lower_ in PERSON_PRONOUNS | GROUP_PRONOUNS:
            if head.lower_ in ("we", "they") and self.inside_quote(head.idx):
                return None
            return self.resolve_pronoun(head, head.idx)
        issued = self.document_owner(head)  # "the ministry's statement said": the ministry
        if issued is not None:
            return issued
        named = next((c for c in head.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
        # "its representative in Bishkek, Helena Brandt, said": the parse may hang the name on the place
        named = named or next((a for p in head.children if p.dep_ == "prep" for o in p.children
                               if o.dep_ == "pobj" and is_place(o) for a in o.children
                               if a.dep_ == "appos" and a.pos_ == "PROPN" and not is_place(a)), None)
        if head.pos_ == "NOUN" and named is not None and not _body_noun(head):
            # "A former candidate -- Jo Rey, who ... -- said": the name, not the description.
            actor = self.directory.actor_for(named)
            if actor is not None and actor.kind == "person":
                return actor
            if actor is not None and (role_of(head).kind == "person" or head.lower_ in title_words()) \
                    and len(actor.name.split()) >= 2 \
                    and actor.name not in self.directory.body_names:
                # "its representative, Helena Brandt,": a name in apposition to a person is one, however tagged
                return replace(actor, kind="person", category="")
        # "the officer said" after "a senior police officer said": that officer
        definite = head.pos_ == "NOUN" and any(c.lower_ == "the" for c in head.children)
        actor = self.directory.called(head) or self.directory.actor_for(head) \
            or (self.directory.unnamed_before(head) if definite else None) \
            or (self.described_person(head) if definite else None) \
            or self.directory.people_speaker(head) or self.named_word(head)
        owner = self.owner(head)
        if actor is None:
            return owner  # "Doe's email notes that ...": Doe
        if owner is not None and owner.kind == "person" and actor.kind == "body":
            # "Inspector Lena Holt's office said": Lena Holt's office, never "Inspector".
            return replace(actor, name=_untitled(actor.name))
        return actor

    def described_person(self, head: Token) -> Actor | None:
        """"the farmer said" after "Jo Rey, a dairy farmer," or "dairy farmer Jo Rey": the person last named
        with that description."""
        if head.pos_ != "NOUN" or head.lower_ in title_words() or people_what(head.lower_) is None \
                or _restricted(head):
            return None
        return self._described_as(head.lemma_.lower(), head.i) or self.plain_person(head)

    def plain_person(self, head: Token) -> Actor | None:
        """"“...,” the woman said" right after Jo Rey is named: Jo Rey (not when the article spoke of "a woman")."""
        gender = PLAIN_PEOPLE.get(head.lower_)
        if gender is None:
            return None
        floor = self.paragraphs[max(1, self.paragraph_of(head.idx) - 1)][0]
        people = [(char, actor) for char, actor, subject in self.subject_mentions if floor <= char < head.idx
                  and subject and actor.kind == "person"
                  and (not gender or self.genders().get(actor.name, gender) == gender)]
        # "a 43-year-old man ...": the article speaks of someone it does not name
        if not people or any(i < head.i for i in self.unnamed_people().get(head.lower_, ())):
            return None
        return replace(people[-1][1], source="description")

    def _described_as(self, word: str, before: int) -> Actor | None:
        if self._descriptions is None:
            self._descriptions = []
            starts = [t.idx for t in self.doc]
            for char, actor, _ in self.subject_mentions:
                token = self.doc[bisect_left(starts, char)]
                if token.pos_ != "PROPN" or actor.kind != "person":
                    continue
                words = {c.lemma_.lower() for c in token.children if c.pos_ == "NOUN"
                         and (c.dep_ == "appos" or c.dep_ == "compound" and c.i < token.i)}
                words |= {c.text for c in token.children if c.pos_ == "NUM" and c.dep_ == "appos"}  # "Jo Rey, 54,"
                if token.dep_ == "appos" and token.head.pos_ == "NOUN":  # "a dairy farmer, Jo Rey,"
                    words.add(token.head.lemma_.lower())
                if words:
                    self._descriptions.append((token.i, words, actor))
        described = [actor for i, words, actor in self._descriptions if i < before and word in words]
        return replace(described[-1], source="description") if described else None

    def aged_speaker(self, verb: Token) -> Actor | None:
        """"“...,” the 54-year-old said" (which the parse leaves without a subject) after "Jo Rey, 54,"."""
        age = AGED_SUBJECT.search(self.doc[max(verb.sent.start, verb.i - 6):verb.i].text)
        return self._described_as(age.group(1), verb.i) if age is not None else None

    def entry_source(self, token: Token) -> Actor | None:
        """The source a list entry names before a colon ("2. The navy: about 300 on March 3", "Police:
        40,000"), for what follows the colon of an entry that opens with figures; "Deaths:" names no one."""
        index = self.paragraph_of(token.idx)  # by paragraph: the parse may run on from the entry before
        if index not in self._entry_sources:  # once per entry: every figure of an entry asks twice
            self._entry_sources[index] = self._entry_source(*self.paragraphs[index])
        entry = self._entry_sources[index]
        return entry[1] if entry is not None and entry[0] < token.i else None

    def _entry_source(self, start: int, end: int) -> tuple[int, Actor] | None:
        """(index of the colon, source) of a paragraph that is a list entry opening with figures, else None."""
        paragraph = self.doc.char_span(start, end, alignment_mode="expand")
        colon = next((t for t in paragraph or () if t.text.endswith(":")), None)  # "(CIB):"
        if colon is None:
            return None
        label = [t for t in paragraph[:colon.i - paragraph.start] if not (t.like_num or t.is_punct or t.is_space)]
        if not label or len(label) > MAX_LABEL_WORDS or self.text[start:label[0].idx].strip(" .0123456789)-•*"):
            return None
        # an entry of figures opens with one: "The navy: about 300 ...", not "The navy: officials said"
        first = next((t for t in self.doc[colon.i + 1:paragraph.end] if t.like_num), None)
        if first is None or first.i - colon.i > 3:
            return None
        heads = [t for t in label if t.head not in label or t.head == t]
        actor = self.directory.actor_for(heads[0]) if len(heads) == 1 else None
        return (colon.i, actor) if actor is not None and actor.kind in ("body", "person") else None

    def unnamed_speakers(self) -> list[tuple[int, Actor]]:
        """One person the article does not name speaking: "a nurse who asked not to be named said", "one survivor
        said" (char, actor)."""
        if self._unnamed_speakers is None:
            self._unnamed_speakers = []
            for token in self.doc:
                verb = token.head  # the sentence's own report, not "a thought that a real person would say"
                if token.dep_ == "nsubj" and token.tag_ == "NN" and verb.lemma_.lower() in speech_verbs() \
                        and verb.dep_ == "ROOT" and not any(c.tag_ == "MD" for c in verb.children) \
                        and any(c.dep_ in ("det", "nummod") and c.lower_ in ("a", "an", "another", "one")
                                for c in token.children) \
                        and (token.lower_ in title_words() or people_what(token.lower_) is not None) \
                        and not self.inside_quote(token.idx):
                    actor = self.actor_from_head(token)
                    self._unnamed_speakers += [(token.idx, actor)] if actor is not None else []
        return self._unnamed_speakers

    def unnamed_people(self) -> dict[str, list[int]]:
        """Where the article speaks of "a woman", "a 43-year-old man" (any plain person word not after "the")."""
        if self._unnamed_people is None:
            self._unnamed_people = {}
            for token in self.doc:
                word = token.lower_.rsplit("-", 1)[-1]
                if word in PLAIN_PEOPLE and not self.inside_quote(token.idx) \
                        and not any(c.lower_ == "the" for c in token.children):
                    self._unnamed_people.setdefault(word, []).append(token.i)
        return self._unnamed_people

    def owner(self, head: Token) -> Actor | None:
        """Whose office, statement or campaign speaks: "Doe's office", "the senator's statement" (not "Doe's
        lawyer": a person speaks for herself)."""
        if head.pos_ != "NOUN" or head.lower_ in title_words() or head.lower_ in personnel_nouns() \
                or role_of(head).kind == "person":
            return None
        owner = next((c for c in head.children if c.dep_ == "poss" and not self.inside_quote(c.idx)), None)
        return self.actor_from_head(owner) if owner is not None and owner.pos_ != "PRON" else None

    def named_word(self, head: Token) -> Actor | None:
        """A capitalised name the entity recogniser missed, written as a name throughout the article ("Okafor
        said"): the person of that surname when the article names one, else whoever goes by that name."""
        misparsed = head.dep_ in NAME_AS_MODIFIER and head.head.pos_ == "VERB"  # "Kemble fumed" as an adjective
        if head.pos_ not in ("PROPN", "NOUN") and not misparsed or not head.text[:1].isupper() or len(head.text) < 2:
            return None
        if head.lower_ in title_words() or head.text in country_aliases() or head.ent_type_ in NOT_NAME_LABELS:
            return None
        if head.lower_ not in self.capitalised_words():
            return None
        words = [t for t in head.lefts if t.dep_ in ("compound", "flat") and t.text[:1].isupper()
                 and t.i >= head.i - 3 and not _time_zone(t)] + [head]
        name, source = self.directory.full_name(" ".join(t.text for t in words))
        if not name:
            return None
        kind = "person" if source == "surname" or len(words) > 1 else "unknown"
        country = self.directory.countries.get(name, "") or (self.directory.home if kind == "person" else "")
        return Actor(name, kind, self.directory.titles.get(name, ""), country, source)

    def capitalised_words(self) -> frozenset[str]:
        """Words the article writes capitalised in mid-sentence and never in lower case (names, in short)."""
        if self._capitalised is None:
            upper, lower = set(), set()
            for token in self.doc:
                if not token.is_alpha:
                    continue
                if token.text[:1].islower():
                    lower.add(token.lower_)
                elif not token.is_sent_start and token.text[:1].isupper():
                    upper.add(token.lower_)
            self._capitalised = frozenset(upper - lower)
        return self._capitalised

    def according_to(self, tokens: list[Token]) -> Actor | None:
        for token in tokens:
            if token.lower_ == "according" and token.nbor(1).lower_ == "to" if token.i + 1 < len(self.doc) else False:
                objects = [c for c in token.nbor(1).children if c.dep_ == "pobj"]
                if objects:
                    return self.document_owner(objects[0]) or self.directory.actor_for(objects[0])
        return None

    def document_owner(self, noun: Token) -> Actor | None:
        """Who issued a statement, report or post: "a statement by the army", "the ministry's report"."""
        if noun.lemma_.lower() not in DOCUMENT_NOUNS:
            return None
        owners = [c for c in noun.children if c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN")]
        owners += [o for p in noun.children if p.dep_ == "prep" and p.lower_ in ("by", "from", "of", "on")
                   for o in p.children if o.dep_ == "pobj" and (p.lower_ != "on" or o.lemma_.lower() in ACCOUNTS)]
        # "a post on the X account of the presidential office": the account's holder
        owners = [next((h for p in o.children if p.dep_ == "prep" and p.lower_ == "of" for h in p.children
                        if h.dep_ == "pobj"), o) if o.lemma_.lower() in ACCOUNTS else o
                  for o in owners]
        owned = self.actor_from_head(owners[0]) if owners else None
        if owned is not None:
            return owned
        if noun.lemma_.lower() in SOCIAL_POSTS and not any(c.lower_ in ("the", "his", "her", "its", "their")
                                                          for c in noun.children):
            # "A post shared widely on social media claims ...": a post nobody is named for
            return Actor("social media post", "body", "", "", "description", "anonymous")
        if owners or not any(c.lower_ == "the" for c in noun.children):
            return None
        # "the statement reads" after "the ministry said in a statement": whoever issued the one named before
        for earlier in reversed(self.doc[max(0, noun.i - DOCUMENT_LOOKBACK):noun.i]):
            if earlier.lemma_ != noun.lemma_ or self.inside_quote(earlier.idx):
                continue
            verb = earlier.head.head if earlier.dep_ == "pobj" and earlier.head.dep_ == "prep" else earlier.head
            actor = self.actor_of_verb(verb) if verb.pos_ in ("VERB", "AUX") and verb != earlier else None
            if actor is not None:
                return actor
        return None

    def reporting_window(self, start: int, end: int) -> list[Token]:
        """Reporter's tokens of the sentences around chars [start, end), outside every quotation."""
        tokens = _tokens_in(self.doc, start, end)
        if not tokens:
            return []
        first, last = tokens[0].sent, tokens[-1].sent
        p_start, p_end = self.paragraphs[self.paragraph_of(start)]
        lo = max(first.start_char, p_start)
        hi = min(last.end_char, p_end)
        # A quote that ends its sentence is often followed by its attribution: “...,” he said / asked Doe, ...
        after = last.end_char
        if after < p_end:
            following = self.doc.char_span(after, p_end, alignment_mode="expand")
            if following is not None:
                nxt = next(iter(following.sents), None)
                if nxt is not None and (len(nxt) <= 12 or _opens_with_speech_verb(nxt)):
                    hi = min(nxt.end_char, p_end)
        return [t for t in _tokens_in(self.doc, lo, hi) if not self.inside_quote(t.idx) and not t.is_space]

    def when(self, verb: Token | None, sentence: tuple[int, int]) -> tuple[str, str]:
        """The date expression of a statement (see dates.statement_date): its own sentence's, or that of an
        earlier sentence in which the same speaker speaks."""
        inner = verb
        if verb is not None:
            verb = reporting_statement(verb)
            sentence = (verb.sent.start_char, verb.sent.end_char)
        speaker = self.speaker_name(verb) if verb is not None else ""
        if verb is None and self.paragraph_of(sentence[0]) in self.turn_paragraphs:
            # a turn's own words were said on air, the day its introduction gives (else the article's), whatever
            # day a statement it reports has ("AMANI: The army said on Monday that ... I went there this afternoon")
            return self.transcript_day()
        found = statement_date(self.doc, verb, sentence, self.inside_quote, self.paragraphs, speaker,
                               self.speaker_name)
        if not found[1] and inner is not verb and any(c.dep_ == "nsubj" and c.lower_ in ("it", "they", "he", "she")
                                                      for c in verb.children) \
                and any(c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN") for c in inner.children):
            # "..., the ministry said yesterday, and ..., it added": the day the same speaker's inner verb has
            found = statement_date(self.doc, inner, sentence, self.inside_quote, self.paragraphs, speaker,
                                   self.speaker_name)
        if not found[1] and self.paragraph_of(sentence[0]) in self.turn_paragraphs:
            return self.transcript_day()
        return found

    def transcript_day(self) -> tuple[str, str]:
        """The day a transcript's introduction gives its interview or broadcast ("a transcript of an interview
        that aired on Sunday"): the answers on air were given that day."""
        if "transcript_day" not in self.doc.user_data:
            first = min(self.turn_paragraphs, default=0)
            found = ("", "")
            for p_start, p_end in self.paragraphs[1:first]:
                span = self.doc.char_span(p_start, p_end, alignment_mode="expand")
                for sent in span.sents if span is not None else []:
                    found = occasion_date(self.doc, sent, self.inside_quote)
                    if found[1]:
                        break
                if not found[1] and span is not None:  # "Transcript of Thursday's edition of ...", with no verb
                    found = next(((e.text, "text") for e in span.ents if e.label_ == "DATE" and e.root.dep_ == "poss"
                                  and is_resolvable(e.text)), found)
                if found[1]:
                    break
            self.doc.user_data["transcript_day"] = (found[0], "context") if found[0] else ("", "")
        return self.doc.user_data["transcript_day"]

    def speaker_name(self, verb: Token) -> str:
        """Who speaks through a verb: the actor, else the head noun of its subject ("the minister")."""
        cache = self.doc.user_data.setdefault("speaker_names", {})
        if verb.i not in cache:
            cache[verb.i] = self._speaker_name(verb)
        return cache[verb.i]

    def _speaker_name(self, verb: Token) -> str:
        actor = self.actor_of_verb(verb)
        if actor is not None:
            return actor.name
        subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.pos_ in ("NOUN", "PROPN")), None)
        return subject.lemma_.lower() if subject is not None else ""

    def attribution(self, span: QuoteSpan) -> tuple[Actor | None, Token | None]:
        window = self.reporting_window(span.open_mark, span.close_mark)
        quote_tokens = _tokens_in(self.doc, span.start, span.end)
        governing = governing_verbs(quote_tokens, {t.i for t in window})
        nearby = sorted((t for t in window if t.lemma_.lower() in reporting_verbs() and t.pos_ in ("VERB", "AUX")
                         and t not in governing and not _new_sentence_after(t, span)),
                        key=lambda v: min(abs(v.idx - span.open_mark), abs(v.idx - span.close_mark)))
        trailing = self.trailing_verb(span)
        if trailing is not None and "," in self.text[span.end - 1:span.close_mark]:
            governing = [trailing] + [v for v in governing if v != trailing]
        elif trailing is not None and self.colon_speaker(span.open_mark) is None:
            # after "!" or "?", only when nothing else introduces the quotation ("X responded: “...?” Critics said")
            governing = [v for v in governing if v != trailing] + [trailing]
        for verb in governing + nearby:
            # "“...,” the governor said": the governor named before, when the parse gives the verb no actor
            actor = self.cited_speaker(verb) or self.actor_of_verb(verb) or self.titled_speaker(verb)
            if actor is not None:
                return actor, verb
        actor = self.according_to(window) or self.colon_speaker(span.open_mark)
        if actor is not None:
            return actor, None
        return None, None

    def trailing_verb(self, span: QuoteSpan) -> Token | None:
        """"“I never said that. I never did,” Doe said, after Roe said ...": a quoted sentence ended by a comma
        and followed by its speaker and a verb of speech is that speaker's, however the parse hangs it."""
        p_start = self.paragraphs[span.paragraph][0]
        # (or "!" and "?": "“Never!” the protesters shouted")
        if not any(mark in self.text[span.end - 1:span.close_mark] for mark in ",!?") \
                or is_partial(self.doc, span, self.text, p_start):
            return None
        after = _tokens_in(self.doc, span.close_mark, self.paragraphs[span.paragraph][1])[:TRAILING_WORDS]
        for token in after:
            if token.is_punct or self.inside_quote(token.idx):
                return None
            if token.pos_ == "VERB" and token.lemma_.lower() in speech_verbs():
                subjects = [c for c in token.children if c.dep_ == "nsubj"]
                return token if subjects and all(after[0].i <= c.i < token.i for c in subjects) else None
        return None

    def colon_speaker(self, mark: int) -> Actor | None:
        """Who introduces a quotation with a colon: "Doe: “...”", "Jo Rey, Daily Post: “...”",
        "The minister was blunt: “...”"."""
        p_start = self.paragraphs[self.paragraph_of(mark)][0]
        before = self.text[p_start:mark].rstrip()
        if not before.endswith(":"):
            return None
        # The tokenizer may glue the colon to the words around it: "(R-Ore.):"We".
        colon = self.doc.char_span(p_start + len(before) - 1, p_start + len(before), alignment_mode="expand")
        if colon is None:
            return None
        end = colon[0].i
        # The introduction runs from its sentence's start, or from the quotation before it ("Doe: “...” Roe: “...”").
        start = max([colon[0].sent.start] + [t.i + 1 for t in self.doc[colon[0].sent.start:end]
                                             if self.inside_quote(t.idx) or t.is_quote])
        actor = self.introducer(self.doc[start:end])
        label = COLON_LABEL.fullmatch(before)
        if actor is None and label is not None:  # "KLEIN: “...”": a label the parse does not take for a name
            actor = label_speaker(label.group("label"), self.directory)
            return actor if actor is not None and actor.source != "transcript label" else None
        return actor

    def introducer(self, tokens: Span) -> Actor | None:
        """The speaker an introduction names: the subject of its clause nearest the colon ("X made the claim,
        and Y replied:"), or a label's name ("Jo Rey, Daily Post:"). Only a name or a person is taken: "The
        answer is simple:" introduces nobody."""
        words = [t for t in tokens if not t.is_punct and not self.inside_quote(t.idx)]
        verbs = [t for t in words if t.pos_ in ("VERB", "AUX")]
        heads = [c for verb in reversed(verbs) for c in verb.children if c.dep_ == "nsubj" and c in words]
        if len(words) <= MAX_LABEL_WORDS:
            inside = {t.i for t in words}
            heads += [t for t in words if t.pos_ == "PROPN" and (t.head.i not in inside or t.head == t)][:1]
        for head in heads:
            actor = self.actor_from_head(head)
            if actor is not None and (head.pos_ == "PROPN" or head.lower_ in PERSON_PRONOUNS
                                      or actor.kind == "person"):
                return actor
        # "From Doe's post on Facebook:", "The ministry's statement read:": whoever issued it
        return next((actor for actor in map(self.document_owner, words) if actor is not None), None)


def _reported_clause(verb: Token) -> bool:
    """A clause that is what a verb of speech reports: "(Doe said) Roe had refused"."""
    return verb.dep_ == "ccomp" and verb.head.pos_ in ("VERB", "AUX") and verb.head.lemma_.lower() in speech_verbs()


def _misparsed_subject(token: Token) -> bool:
    """A name the parse makes the root of its sentence, described by a clause: "Rey, who had never sung,
    worried about ...", "Jo Rey, 68, stood on the bridge" (the verb taken for a clause describing the name):
    the sentence's subject."""
    return token.dep_ == "ROOT" and token.pos_ == "PROPN" and any(c.dep_ in ("relcl", "acl") for c in token.children)


def _names_someone(head: Token) -> bool:
    """A mention with a proper name at its head or in apposition to it."""
    return head.pos_ == "PROPN" or any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in head.children)


def governing_verbs(quote_tokens: list[Token], window: set[int]) -> list[Token]:
    """The reporter's verbs the quotation hangs on, in text order: any speech verb above it, and whatever
    verb takes it as its complement ("“...,” she scoffed", "he called it “a mess”")."""
    inside = {t.i for t in quote_tokens}
    found: list[Token] = []
    # (not by a closing stop the parse hangs on the sentence's first verb)
    for top in (t for t in quote_tokens if t.head.i not in inside and not (t.text in (".", "!", "?")
                                                                           and len(quote_tokens) > 1)):
        dep, node = top.dep_, top.head
        while node.i in window:
            is_verb = node.pos_ in ("VERB", "AUX")
            if is_verb and node not in found and (node.lemma_.lower() in speech_verbs()
                                                  or dep in QUOTE_DEPS and node.pos_ == "VERB"):
                found.append(node)
            if node.head == node or node in found and second_report(node, speech_verbs()):
                break  # "X says 9,000, and Y said it was “...”": Y's verb is the report, not X's before it
            dep, node = node.dep_, node.head
    # The outer report first: in "Doe said that Roe agreed “to wait”", the words are Doe's.
    return sorted(found, key=lambda verb: (sum(1 for _ in verb.ancestors), verb.i))


def second_report(verb: Token, verbs: Collection[str]) -> bool:
    """"X says 9,000, and Y said ...", "Officials stress ..., and Y has said ...": a report (one of `verbs`) with
    its own subject beside another clause, not inside it."""
    return verb.dep_ == "conj" and verb.lemma_.lower() in verbs \
        and any(child.dep_ in SUBJECT_DEPS for child in verb.children) \
        and not any(child.dep_ == "mark" for child in verb.children)  # not "... and that Y agrees": reported


def _opens_with_speech_verb(sentence: Span) -> bool:
    """"asked Mr. Doe, referring to ...", "Doe said, ...": an attribution sentence of any length."""
    words = [t for t in sentence if not (t.is_punct or t.is_space)][:4]
    # the sentence's own verb: "Although he had written a will, ..." is no attribution
    return any(t.pos_ == "VERB" and t.lemma_.lower() in speech_verbs() and t.dep_ == "ROOT" for t in words)


def quote_attributor(doc: Doc, text: str, paragraphs: list[tuple[int, int]], skip: set[int],
                     directory: Directory) -> Attributor:
    """The attributor of one article: its quotation spans and the people and bodies it names."""
    turns = spoken_turns(interview_turns(transcript_turns(text, paragraphs, skip), text, directory), directory)
    # a quotation inside a turn is someone else's words the speaker reports ("LEE: The minister called it
    # “a lie.”"): it is a quotation of its own, sorted after the turn that holds it
    spans = find_quote_spans(text, paragraphs, skip)
    return Attributor(doc, directory, paragraphs, sorted(spans + turns, key=lambda span: (span.start, not span.label)))


def label_name(label: str) -> str:
    """The name a transcript label writes: "REY (D-ORE.)" -> "Rey", "JO REY" -> "Jo Rey"."""
    titled = re.search(rf"(?i)\({HONORIFIC}([^)]+)\)", label)
    if titled:  # "The Minister for Europe (Ms Ana Lee)", "THE MINISTER (MR JO REY)": the name in brackets
        name = titled.group(1).strip()
    else:
        name = re.sub(rf"(?i)^{HONORIFIC}", "", re.sub(r"\s*\(.*", "", label)).strip(" .")
    return name.title() if name.isupper() else name


def label_speaker(label: str, directory: Directory) -> Actor | None:
    """The person a transcript label names: the full name the article gives for a surname or first name
    ("WHITFIELD", "Dana"), else the label itself; a place ("NEW DELHI:", a dateline) is nobody."""
    name = label_name(label)
    if not name:
        return None
    full, source = directory.full_name(name)
    # "VERA:" is the correspondent Ines Vera the article names, though Vera is also a town
    if source != "surname" and (name in country_aliases() or name in places()):
        return None
    country = directory.countries.get(full, "")
    if source != "surname" and name not in directory.full_names:
        # "Guests: ... Ines Varga, a member of Hungary's parliament": a full name the recogniser missed, and the
        # description after it
        # (given names written as names, and a description after: not "the NBA-leading Lakers, ...")
        written = re.search(rf"(?<![\w-])((?:[{UPPER}][{LOWER}'’-]+ ){{1,2}}){re.escape(name)}\b(,[^;.\n]*)",
                            directory.text) if " " not in name else None
        full, source = (written.group(1) + name, "named") if written else (name, "transcript label")
        country = country_of(written.group(2)) if written else ""
        # ("Olga Berzina works at the Riga-based ...": a person the article gave a country)
        described = [person for person in directory.countries if person.split()[-1] == name] if not country else []
        if len(described) == 1:
            full, source, country = described[0], "surname", directory.countries[described[0]]
    # a speaker the article describes nowhere is of the country the broadcast is made in, if it says where
    local = directory.local_country
    full = full.title() if full.isupper() else full  # "PAUL ASHDOWN" the recogniser took from a label
    return Actor(full, "person", directory.titles.get(full, ""), country or local, source)


def interview_turns(turns: list[QuoteSpan], text: str, directory: Directory) -> list[QuoteSpan]:
    """A Q&A interview's "Q:" and "A:" turns, labelled with the people the introduction names: the interviewer
    after "to", "with" or "by" ("he spoke to Ana Ruiz"), the interviewee the first other person named. Without
    both labels, or without a name for one, its turns are dropped rather than given to nobody."""
    labels = {turn.label for turn in turns}
    if not {"Q", "A"} <= labels:
        return [turn for turn in turns if turn.label not in ("Q", "A")]
    intro = text[text.find("\n") + 1:min(turn.start for turn in turns if turn.label in ("Q", "A"))]
    named = sorted((intro.find(name), name) for name in directory.full_names if name in intro)
    asking = [name for at, name in named if re.search(rf"\b(?:to|with|by)\s+{OUTLET_OWNER}$", intro[:at])]
    if not asking:  # a name the recogniser missed: "he spoke to Ana Ruiz in the union's office"
        asking = [m.group(1) or m.group(2) for m in INTERVIEWER.finditer(intro)]
        directory.full_names.extend(name for name in asking[:1] if name not in directory.full_names)
    answering = [name for _, name in named if name not in asking]
    roles = {"Q": asking[0] if asking else "", "A": answering[0] if answering else ""}
    return [replace(turn, label=roles[turn.label]) if turn.label in roles else turn for turn in turns
            if roles.get(turn.label, turn.label)]


def spoken_turns(turns: list[QuoteSpan], directory: Directory) -> list[QuoteSpan]:
    """The turns that are a transcript's: a label naming a person the article names, or, in capitals, one of
    two or more speakers labelled in capitals ("LEE:", "SINGH:"); "Update: ..." and datelines are no turns."""
    speakers = {turn.label: label_speaker(turn.label, directory) for turn in turns}
    known = {label for label, actor in speakers.items() if actor is not None and actor.source != "transcript label"}
    capitals = {label for label, actor in speakers.items() if actor is not None and label.isupper()}
    return [turn for turn in turns if turn.label in known or turn.label in capitals and len(capitals) >= 2]


def direct_quotations(doc: Doc, text: str, paragraphs: list[tuple[int, int]], skip: set[int],
                      directory: Directory) -> list[Quote]:
    """Every quotation in the article with its speaker, in text order."""
    return attributed_quotations(quote_attributor(doc, text, paragraphs, skip, directory), text)


def attributed_quotations(attributor: Attributor, text: str) -> list[Quote]:
    """Every quotation of the attributor's article with its speaker, in text order."""
    doc, paragraphs, spans = attributor.doc, attributor.paragraphs, attributor.quote_spans
    quotes: list[Quote] = []
    kept: list[tuple[QuoteSpan, bool]] = []  # each quote's span, and whether its own words name its speaker
    last_speaker_by_paragraph: dict[int, tuple[Actor, tuple[str, str]]] = {}
    for span in spans:
        if not span.label and _names_a_work(span, text) and is_partial(doc, span, text, paragraphs[span.paragraph][0]):
            continue  # "a show called “Ask the Doctor”", "the podcast “Inside the Ward”": names, not words said
        actor, verb = (label_speaker(span.label, attributor.directory), None) if span.label \
            else attributor.attribution(span)
        when = attributor.when(verb, _sentence_of(doc, span))
        if verb is not None and (actor is None or actor.kind != "person"):
            actor = attributor.titled_speaker(verb) or actor
        if actor is None and not span.label:  # "1. The spy agency (CIB): about 400, then “well over 900”"
            inside = _tokens_in(doc, span.open_mark, span.close_mark)
            actor = attributor.entry_source(inside[0]) if inside else None
        if actor is None and not span.label:
            actor = _first_person_in_turn(span, quotes, attributor)
        kept.append((span, actor is not None))
        if actor is None and not span.label:
            actor, when = _inherited_speaker(span, quotes, attributor, last_speaker_by_paragraph, when)
        p_start = paragraphs[span.paragraph][0]
        sentence = _sentence_of(doc, span)
        quote = Quote(
            quote=text[span.start:span.end], start=span.start, end=span.end, paragraph=span.paragraph,
            partial=is_partial(doc, span, text, p_start), speaker=actor,
            verb=verb.lemma_.lower() if verb is not None else "",
            sentence=text[sentence[0]:sentence[1]], sentence_start=sentence[0], when=when, turn=bool(span.label),
        )
        quotes.append(quote)
        if actor is not None:
            last_speaker_by_paragraph[span.paragraph] = (actor, when)
    _run_on_speakers(quotes, kept)
    return [_headline_quote(q, quotes) if q.paragraph == 0 else q for q in quotes]


def _new_sentence_after(verb: Token, span: QuoteSpan) -> bool:
    """The verb's sentence opens after the quotation with a capitalised common word: "“...?” Her critics cited it"
    is the reporter's next sentence, not "“...!” the protesters shouted"."""
    sentence = verb.sent
    first = next((t for t in sentence if not t.is_punct and not t.is_space), None)
    return first is not None and sentence.start_char >= span.close_mark - 1 and first.text[:1].isupper() \
        and first.pos_ != "PROPN"


def _first_person_in_turn(span: QuoteSpan, quotes: list[Quote], attributor: Attributor) -> Actor | None:
    """"LEE: ... “We are watching closely,” I told the ambassador.": inside a turn, "I" is the turn's speaker."""
    turn = next((q for q in reversed(quotes) if q.turn and q.paragraph == span.paragraph), None)
    if turn is None or turn.speaker is None:
        return None
    window = attributor.reporting_window(span.open_mark, span.close_mark)
    speaking = [t for t in window if t.lemma_.lower() in reporting_verbs() and t.pos_ in ("VERB", "AUX")
                and any(c.dep_ == "nsubj" and c.lower_ in ("i", "we") for c in t.children)]
    return turn.speaker if speaking else None


def _run_on_speakers(quotes: list[Quote], kept: list[tuple[QuoteSpan, bool]]) -> None:
    """A quotation running on over paragraphs (each opens a quotation mark, only the last closes it) is the
    speaker's its last paragraph names: "“Teams were deployed. / “Trials began,” it said."."""
    for n in range(len(quotes) - 2, -1, -1):
        (span, own), (after, after_own) = kept[n], kept[n + 1]
        if not own and after_own and after.continues and after.paragraph == span.paragraph + 1 \
                and quotes[n + 1].speaker is not None:
            quotes[n] = replace(quotes[n], speaker=quotes[n + 1].speaker, when=quotes[n + 1].when)
            kept[n] = (span, True)


def _names_a_work(span: QuoteSpan, text: str) -> bool:
    """A title right after a word that introduces a name or a kind of work: "a poem called “...”", "the
    podcast, “...”"."""
    before = re.search(r"([A-Za-z]+)\W{0,3}$", text[max(0, span.open_mark - 40):span.open_mark])
    return before is not None and before.group(1).lower() in WORK_WORDS and _is_title(text[span.start:span.end])


def _is_title(quoted: str) -> bool:
    """Words written as a title: the first, one more and every one longer than three letters capitalised."""
    words = re.findall(r"[^\W\d_][\w’'-]*", quoted)
    return words[:1] != [] and words[0][:1].isupper() and sum(w[:1].isupper() for w in words) >= 2 \
        and all(w[:1].isupper() for w in words if len(w) > 3)


def _headline_quote(quote: Quote, quotes: list[Quote]) -> Quote:
    """A quotation in the headline repeats one in the body: it has that quotation's speaker and date. Else, over
    an interview or a transcript, a headline quotation no one is named for is the guest's, who has the most words
    ("'We counted every one': the union leader on the strike")."""
    words = _comparable(quote.quote)
    body = next((q for q in quotes if q.paragraph > 0 and q.speaker is not None and words in _comparable(q.quote)),
                None)
    if body is not None and words:
        return replace(quote, speaker=_with_source(body.speaker, "body quote"), when=body.when)
    # ("'...': a doctor on the outbreak": a description names no one)
    if quote.speaker is not None and (quote.speaker.kind == "person" or quote.speaker.name[:1].isupper()):
        return quote
    turns = [q for q in quotes if q.turn and q.speaker is not None]
    spoken: Counter[str] = Counter()
    for turn in turns:
        spoken[turn.speaker.name] += len(turn.quote.split())
    if not spoken:
        return quote
    guest = spoken.most_common(1)[0][0]
    return replace(quote, speaker=_with_source(next(t.speaker for t in turns if t.speaker.name == guest), "interview"))


def _comparable(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", text.lower()).split())


def _sentence_of(doc: Doc, span: QuoteSpan) -> tuple[int, int]:
    tokens = _tokens_in(doc, span.open_mark, span.close_mark)
    if not tokens:
        return span.open_mark, span.close_mark
    return min(tokens[0].sent.start_char, span.open_mark), max(tokens[-1].sent.end_char, span.close_mark)


def _inherited_speaker(span: QuoteSpan, quotes: list[Quote], attributor: Attributor,
                       last_by_paragraph: dict[int, tuple[Actor, tuple[str, str]]],
                       when: tuple[str, str]) -> tuple[Actor | None, tuple[str, str]]:
    """Split quotes, run-on quotes and bare quote paragraphs keep the speaker of what came before."""
    same_paragraph = [q for q in quotes if q.paragraph == span.paragraph and q.speaker is not None and not q.turn]
    if same_paragraph:
        q = same_paragraph[-1]
        return _with_source(q.speaker, "split quote"), q.when
    credited = _credit_line(span, attributor)
    if credited is not None:
        return _with_source(credited, "credit line"), when
    # "According to Berg, the rain will ease. “The worst is over.”": whom the sentence before cites.
    cited = _cited_before(attributor, attributor.paragraphs[span.paragraph][0], span.open_mark)
    if cited is not None:
        return _with_source(cited, "sentence before"), when
    # "Sami recalled how it began. “And I was like, ...”": the speaker of the sentence before, same paragraph.
    speaker, verb = _last_reporting_subject(attributor, span.paragraph, before=span.open_mark)
    if speaker is not None and verb is not None:
        return _with_source(speaker, "sentence before"), attributor.when(verb, (verb.sent.start_char,
                                                                                verb.sent.end_char))
    if span.paragraph in attributor.turn_paragraphs:
        return None, when  # inside a transcript turn: words the speaker reports, of someone the turn names
    if span.continues and quotes and quotes[-1].speaker is not None:
        return _with_source(quotes[-1].speaker, "continued quote"), quotes[-1].when
    # A paragraph that is only a quotation continues the previous paragraph's speaker.
    previous = span.paragraph - 1
    # The headline (paragraph 0) speaks for no one: a quote never inherits its speaker from it.
    while previous >= 1 and previous not in last_by_paragraph and not _has_text(attributor, previous):
        previous -= 1
    if previous in last_by_paragraph:
        # "“...,” said Doe. Roe, however, insisted ...": the paragraph ends with Roe speaking, not with the quotation
        last = [q for q in quotes if q.paragraph == previous][-1]
        speaker, verb = _last_reporting_subject(attributor, previous, after=last.sentence_start + len(last.sentence))
        if speaker is not None and verb is not None:
            return _with_source(speaker, "previous paragraph"), attributor.when(verb, (verb.sent.start_char,
                                                                                       verb.sent.end_char))
        actor, earlier = last_by_paragraph[previous]
        return _with_source(actor, "previous paragraph"), earlier
    if previous >= 1 and span.open_mark == _first_char(attributor, span.paragraph):
        # "Doe released the following statement:" introduces the quotation paragraph after it.
        speaker = attributor.colon_speaker(attributor.paragraphs[previous][1])
        if speaker is not None:
            return _with_source(speaker, "previous paragraph"), when
    if previous >= 1:
        cited = _cited_before(attributor, *attributor.paragraphs[previous])
        if cited is not None:
            return _with_source(cited, "previous paragraph"), when
        speaker, verb = _last_reporting_subject(attributor, previous)
        if speaker is not None and verb is not None:
            return _with_source(speaker, "previous paragraph"), attributor.when(verb, (verb.sent.start_char,
                                                                                       verb.sent.end_char))
    return None, when


def _first_char(attributor: Attributor, paragraph: int) -> int:
    start, end = attributor.paragraphs[paragraph]
    text = attributor.text[start:end]
    return start + len(text) - len(text.lstrip())


def _has_text(attributor: Attributor, paragraph: int) -> bool:
    start, end = attributor.paragraphs[paragraph]
    return bool(attributor.text[start:end].strip())


def _credit_line(span: QuoteSpan, attributor: Attributor) -> Actor | None:
    """"“...” — Jo Rey", or a quotation paragraph followed by one that is only "- Rey.": the credited name."""
    start, end = attributor.paragraphs[span.paragraph]
    text = attributor.text
    after = text[span.close_mark:end]
    if not after.strip() and span.paragraph + 1 < len(attributor.paragraphs):
        start, end = attributor.paragraphs[span.paragraph + 1]
        after = text[start:end]
        offset = start
    else:
        offset = span.close_mark
    match = CREDIT_LINE.match(after)
    if match is None:
        return None
    name = attributor.doc.char_span(offset + match.start("name"), offset + match.end("name"), alignment_mode="expand")
    if name is None:
        return None
    head = name.root
    actor = attributor.directory.actor_for(head) or attributor.named_word(head)
    return actor if actor is not None and actor.kind == "person" else None


def _cited_before(attributor: Attributor, start: int, end: int) -> Actor | None:
    """Whom the last sentence in chars [start, end) cites with "according to", if it is the reporter's."""
    tokens = [t for t in _tokens_in(attributor.doc, start, end) if not t.is_space]
    if not tokens or attributor.inside_quote(tokens[-1].idx):
        return None
    sentence = [t for t in tokens[-1].sent if t.idx >= start and not attributor.inside_quote(t.idx)]
    return attributor.according_to(sentence)


def _last_reporting_subject(attributor: Attributor, paragraph: int, before: int | None = None,
                            after: int | None = None) -> tuple[Actor | None, Token | None]:
    """The subject of the last verb of speech in a paragraph (before or after a character, if given)."""
    start, end = attributor.paragraphs[paragraph]
    end = end if before is None else before
    start = start if after is None else max(start, after)
    verbs = [t for t in _tokens_in(attributor.doc, start, end) if t.lemma_.lower() in speech_verbs()
             and t.pos_ in ("VERB", "AUX") and not attributor.inside_quote(t.idx)]
    for verb in reversed(verbs):
        actor = attributor.actor_of_verb(verb)
        if actor is not None:
            return actor, verb
    return None, None


def _untitled(name: str) -> str:
    """A body named after a person's possessive, without the person's title: "Lena Holt's office"."""
    words = name.split()
    while len(words) > 2 and (words[0].lower().strip(".") in title_words() or ABBREVIATED_TITLE.fullmatch(words[0])):
        words.pop(0)
    return " ".join(words)


def _with_source(actor: Actor, source: str) -> Actor:
    return Actor(actor.name, actor.kind, actor.title, actor.country, source)

