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


def people_nouns(wn) -> dict[str, str]:
    people = people_synsets(wn)
    nouns = {}
    for lemma in wn.all_lemma_names("n"):
        senses = wn.synsets(lemma, "n")
        weights = defaultdict(float)
        total = 0.0
        for synset in senses:
            count = sum(lem.count() for lem in synset.lemmas() if lem.name().lower() == lemma)
            weight = count + PRIOR
            total += weight
            if synset in people:
                weights[people[synset]] += weight
        if total and sum(weights.values()) / total > SHARE:
            nouns[lemma.replace("_", " ")] = max(weights, key=weights.get)
    return nouns


def main(argv: list[str]) -> None:
    source = Path(argv[0]) if argv else Path("/usr/share/wordnet")
    wn = wordnet(source)
    nouns = people_nouns(wn)
    with OUT.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["noun", "what"])
        writer.writerows(sorted(nouns.items()))
    header = (source / "data.noun").read_text(encoding="utf-8", errors="replace").splitlines()[:29]
    LICENCE.write_text(
        "analysis/data/people_nouns.csv is derived from Princeton WordNet 3.0 by tools/make_lexicon.py.\n\n"
        + "\n".join(re.sub(r"^\s*\d+\s", "", line).rstrip() for line in header) + "\n")
    print(f"{len(nouns)} people nouns -> {OUT}")


if __name__ == "__main__":
    main(sys.argv[1:])
