"""Write analysis/data/people_nouns.csv: the English nouns that name people, from Princeton WordNet 3.0.

    python tools/make_lexicon.py [WORDNET_DIR]     # default /usr/share/wordnet (Debian's wordnet-base)

Needs nltk (the `lexicon` extra) and the WordNet database files; the runtime reads only the CSV it
writes. A noun names people when most of its usage, by WordNet's sense frequencies (SemCor counts,
plus a small prior for every sense, so an unseen sense still counts), is in senses under person.n.01, under
people.n.01 ("the dead", "the French") or in a group whose count counts its members ("troops",
"personnel", "police", "staff", "crew"). A rare person sense does not make "bank" or "plant" people.
Each noun gets the `what` of the people senses that weigh most: a sense under general_officer.n.01
counts generals, under military_officer.n.01 or policeman.n.01 officers, under serviceman.n.01 or
soldier.n.01 troops, and so on (WHAT below); any other person is `other`.

Two kinds of noun need the article to tell their sense, and the `sense` column marks them:
- `thing`: a people noun with a device or other artifact sense of some weight ("speakers", "fans"). Its
  senses' signatures (gloss words and the lemmas of the synset and its neighbours) go to
  sense_words.csv, for a simplified Lesk disambiguation against the article's words at run time.
- `case`: a noun whose people sense is only a minor one, a person as the object of care ("cases"). It
  counts people in health coverage: an article that names an illness from illness_nouns.csv (the nouns
  WordNet mostly uses for an illness, an infection, an infectious agent or an epidemic).
- `firm`: a noun WordNet defines as a person or a firm ("providers", "suppliers", "contractors"). It counts
  firms in an article that counts organisations (a number on a noun of organisation_nouns.csv: "nine
  companies"), people elsewhere.
Nouns that count the people who have an illness ("1,200 infections") are the `count` rows of
illness_nouns.csv.
"""

from __future__ import annotations

import csv
import gzip
import re
import shutil
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "analysis" / "data" / "people_nouns.csv"
SENSE_WORDS = OUT.with_name("sense_words.csv")
ILLNESS_NOUNS = OUT.with_name("illness_nouns.csv")
ORGANISATION_NOUNS = OUT.with_name("organisation_nouns.csv")
LICENCE = OUT.with_name("WORDNET_LICENSE.txt")
LEXNAMES_MAN = Path("/usr/share/man/man5/lexnames.5WN.gz")

# Groups whose count is a count of their members ("5,000 troops", "300 staff"); their hyponyms
# ("army", "company") are organisations and are not included.
MEMBER_GROUPS = ["military_personnel.n.01", "force.n.04", "police.n.01", "crew.n.01", "staff.n.01",
                 "workforce.n.01", "citizenry.n.01"]
# The most specific first: a general is also a military officer, who is also a serviceman.
WHAT = [
    ("general_officer.n.01", "generals"),
    ("military_officer.n.01", "officers"),
    ("commanding_officer.n.01", "officers"),
    ("policeman.n.01", "officers"),
    ("police.n.01", "officers"),
    ("prisoner.n.01", "captured"),
    ("casualty.n.01", "casualties"),
    ("casualty.n.02", "casualties"),
    ("dead_person.n.01", "killed"),
    ("dead.n.01", "killed"),
    ("wounded.n.01", "wounded"),
    ("serviceman.n.01", "troops"),
    ("soldier.n.01", "troops"),
    ("military_personnel.n.01", "troops"),
]
# A people noun whose artifact senses weigh this much may name a thing: the article decides.
THING_SHARE = 0.15
# A person as the object of care: "a person requiring professional services", "a person subjected to
# observation". A noun with one of these minor senses ("case") counts people in health coverage.
CASE_SENSES = ["case.n.06", "subject.n.06"]
ILLNESS_ROOTS = ["ill_health.n.01", "infectious_agent.n.01", "epidemic.n.01"]
# A person sense whose gloss says a firm may fill it: "someone (a person or firm) who contracts ...".
FIRM_GLOSS = re.compile(r"\bperson or (?:a )?(?:firm|organization|company)\b|\bwhose business is\b")
ORGANISATION_ROOTS = ["organization.n.01", "institution.n.01", "company.n.01", "business.n.01"]
# Illnesses named after WordNet 3.0 (2006), added to its illness nouns.
NEWER_ILLNESSES = {"coronavirus": "illness", "covid": "illness", "covid-19": "illness", "monkeypox": "illness",
                   "mpox": "illness"}
# The illnesses whose count is a count of the people who have them: "1,200 infections".
COUNTED_ILLNESS = ["infection.n.01", "infection.n.04"]
STOP = frozenset(re.findall(r"\w+", "a an the of or and to in on by for from with that which who whom whose is "
                                    "are be as at it its into than something someone somebody person people "
                                    "especially usually one"))
SHARE = 0.5  # more than this share of a noun's weighted usage must name people
PRIOR = 0.5  # added to every sense's SemCor count: a noun seen in no text weighs its senses alike


def wordnet(source: Path):
    """nltk's reader over a copy of the database with the lexnames file it expects (Debian ships it
    only as a man page)."""
    import nltk
    from nltk.corpus.reader.wordnet import WordNetCorpusReader

    class Reader(WordNetCorpusReader):
        def map_wn(self, version="wordnet"):  # no mapping: this is 3.0 itself
            return None

    root = Path(tempfile.mkdtemp(prefix="wordnet-"))
    for path in source.iterdir():
        if path.is_file():
            shutil.copy(path, root / path.name)
    if not (root / "lexnames").exists():
        with gzip.open(LEXNAMES_MAN, "rt") as handle:
            rows = [line for line in handle if re.match(r"\d\d\t", line)]
        kinds = {"adj": 3, "adv": 4, "noun": 1, "verb": 2}
        (root / "lexnames").write_text("".join(
            f"{number}\t{name.strip()}\t{kinds[name.split('.')[0]]}\n"
            for number, name, *_ in (row.split("\t") for row in rows)))
    nltk.data.path.append(str(root))
    return Reader(str(root), None)


def people_synsets(wn) -> dict:
    """People synset -> what a count of it counts."""
    roots = [wn.synset("person.n.01"), wn.synset("people.n.01")]
    people = set(roots)
    for root in roots:
        people |= set(root.closure(lambda s: s.hyponyms()))
    people |= {wn.synset(name) for name in MEMBER_GROUPS}
    marks = [(wn.synset(name), what) for name, what in WHAT]
    found = {}
    for synset in people:
        above = {synset} | set(synset.closure(lambda s: s.hypernyms()))
        found[synset] = next((what for mark, what in marks if mark in above), "other")
    return found


def weighted_senses(wn, lemma: str) -> list[tuple[object, float]]:
    """(synset, weight) of a noun's senses: its SemCor count plus the prior."""
    return [(synset, sum(lem.count() for lem in synset.lemmas() if lem.name().lower() == lemma) + PRIOR)
            for synset in wn.synsets(lemma, "n")]


def signature(synsets, lemma: str) -> str:
    """The words that tell a sense in context: its gloss and the lemmas of the synsets and their neighbours."""
    words = set()
    for synset in synsets:
        for near in [synset, *synset.hypernyms(), *synset.hyponyms()]:
            words |= {w.lower() for name in near.lemma_names() for w in name.split("_")}
        words |= set(re.findall(r"[a-z]+", synset.definition().lower()))
    return " ".join(sorted(w for w in words if w not in STOP and len(w) > 2 and w != lemma))


def people_nouns(wn) -> tuple[dict[str, tuple[str, str]], list[tuple[str, str, str]]]:
    """noun -> (what, sense), and the (noun, sense, words) signatures of the nouns the article must decide."""
    people = people_synsets(wn)
    cases = {wn.synset(name) for name in CASE_SENSES}
    nouns, signatures = {}, []
    for lemma in wn.all_lemma_names("n"):
        senses = weighted_senses(wn, lemma)
        weights = defaultdict(float)
        total = sum(weight for _, weight in senses)
        things = sum(weight for synset, weight in senses
                     if synset not in people and synset.lexname() == "noun.artifact")
        for synset, weight in senses:
            if synset in people:
                weights[people[synset]] += weight
        noun = lemma.replace("_", " ")
        if total and sum(weights.values()) / total > SHARE:
            sense = "thing" if things / total >= THING_SHARE else ""
            firm = next((s for s, _ in senses if s in people), None)
            if not sense and firm is not None and FIRM_GLOSS.search(firm.definition()):
                sense = "firm"
            nouns[noun] = (max(weights, key=weights.get), sense)
            if sense:
                signatures.append((noun, "people", signature([s for s, _ in senses if s in people], lemma)))
                signatures.append((noun, "thing", signature([s for s, _ in senses if s not in people], lemma)))
        elif any(synset in cases for synset, _ in senses):
            nouns[noun] = ("other", "case")
    return nouns, signatures


def hierarchy_nouns(wn, root_names: list[str]) -> set[str]:
    """The nouns whose senses under these roots weigh more than SHARE of their usage."""
    roots = [wn.synset(name) for name in root_names]
    found = set(roots)
    for root in roots:
        found |= set(root.closure(lambda s: s.hyponyms()))
    nouns = set()
    for lemma in wn.all_lemma_names("n"):
        senses = weighted_senses(wn, lemma)
        if sum(weight for synset, weight in senses if synset in found) / sum(w for _, w in senses) > SHARE:
            nouns.add(lemma.replace("_", " "))
    return nouns


def illness_nouns(wn) -> dict[str, str]:
    """noun -> `count` (its count counts people: "infections") or `illness` (it names one: "cholera")."""
    roots = [wn.synset(name) for name in ILLNESS_ROOTS]
    illness = set(roots)
    for root in roots:
        illness |= set(root.closure(lambda s: s.hyponyms()))
    counted = {wn.synset(name) for name in COUNTED_ILLNESS}
    nouns = {}
    for lemma in wn.all_lemma_names("n"):
        senses = weighted_senses(wn, lemma)
        total = sum(weight for _, weight in senses)
        share = sum(weight for synset, weight in senses if synset in illness) / total
        if share > SHARE:
            nouns[lemma.replace("_", " ")] = "count" if any(s in counted for s, _ in senses) else "illness"
    return nouns


def main(argv: list[str]) -> None:
    source = Path(argv[0]) if argv else Path("/usr/share/wordnet")
    wn = wordnet(source)
    nouns, signatures = people_nouns(wn)
    with OUT.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["noun", "what", "sense"])
        writer.writerows((noun, what, sense) for noun, (what, sense) in sorted(nouns.items()))
    with SENSE_WORDS.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["noun", "sense", "words"])
        writer.writerows(signatures)
    with ILLNESS_NOUNS.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["noun", "kind"])
        writer.writerows(sorted((illness_nouns(wn) | NEWER_ILLNESSES).items()))
    people = set(nouns)
    with ORGANISATION_NOUNS.open("w", encoding="utf-8", newline="") as handle:
        organisations = sorted(hierarchy_nouns(wn, ORGANISATION_ROOTS) - people)
        handle.write("noun\n" + "".join(f"{noun}\n" for noun in organisations))
    header = (source / "data.noun").read_text(encoding="utf-8", errors="replace").splitlines()[:29]
    LICENCE.write_text(
        "analysis/data/people_nouns.csv, sense_words.csv, illness_nouns.csv and organisation_nouns.csv are derived\n"
        "from Princeton WordNet 3.0 by tools/make_lexicon.py.\n\n"
        + "\n".join(re.sub(r"^\s*\d+\s", "", line).rstrip() for line in header) + "\n")
    print(f"{len(nouns)} people nouns -> {OUT}")


if __name__ == "__main__":
    main(sys.argv[1:])
