"""Write analysis/data/attribution_verbs.csv: verbs whose subject is the source of what follows.

    python tools/make_attribution_verbs.py [WORDNET_DIR]

A verb attributes when its most frequent WordNet 3.0 sense is a kind of stating, informing or asserting
("said", "reported", "claimed"), of thinking, evaluating or working out ("estimated", "assessed", "counted"),
or of perceiving or watching ("observed", "monitored"). "Detained", "evacuated", "faced" or "ordered" do
not: their subject acted on the people, it did not tell their number. Read from Debian's wordnet-base
(/usr/share/wordnet), needed only to regenerate the file: the build reads the CSV.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "analysis" / "data" / "attribution_verbs.csv"
# WordNet's lexicographer file numbers (lexnames) of the verb classes that may attribute.
CLASSES = {31: "cognition", 32: "communication", 39: "perception"}
# The synsets (by their first word) under which a verb attributes, and the class they belong to.
ROOTS = {"express": 32, "state": 32, "inform": 32, "assert": 32, "affirm": 32, "think": 31, "evaluate": 31,
         "calculate": 31, "determine": 32, "confirm": 31, "perceive": 39, "observe": 39, "watch": 39,
         "detect": 39}


def synsets(wordnet: Path) -> dict[str, tuple[int, str, list[str]]]:
    """Synset offset -> (lexicographer file, first word, hypernym offsets), from data.verb."""
    found = {}
    with (wordnet / "data.verb").open(encoding="latin-1") as handle:
        for line in handle:
            if line.startswith(" "):
                continue
            fields = line.split("|")[0].split()
            n_words = int(fields[3], 16)
            pointers_at = 4 + 2 * n_words
            pointers = fields[pointers_at + 1:pointers_at + 1 + 4 * int(fields[pointers_at])]
            hypernyms = [pointers[i + 1] for i in range(0, len(pointers), 4) if pointers[i] == "@"]
            found[fields[0]] = (int(fields[1]), fields[4], hypernyms)
    return found


def _attributes(offset: str, table: dict[str, tuple[int, str, list[str]]]) -> bool:
    todo, seen = [offset], set()
    while todo:
        current = todo.pop()
        lexfile, word, hypernyms = table[current]
        if ROOTS.get(word) == lexfile:
            return True
        seen.add(current)
        todo += [h for h in hypernyms if h not in seen]
    return False


def attribution_verbs(wordnet: Path) -> list[tuple[str, str]]:
    table = synsets(wordnet)
    rows = []
    with (wordnet / "index.verb").open(encoding="latin-1") as handle:
        for line in handle:
            if line.startswith(" "):
                continue
            fields = line.split()
            lemma, senses = fields[0], int(fields[2])
            first = fields[-senses]  # senses are listed most frequent first
            if table[first][0] in CLASSES and lemma.isalpha() and _attributes(first, table):
                rows.append((lemma, CLASSES[table[first][0]]))
    return rows


def main() -> None:
    wordnet = Path(sys.argv[1] if len(sys.argv) > 1 else "/usr/share/wordnet")
    with OUT.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["lemma", "class"])
        writer.writerows(attribution_verbs(wordnet))


if __name__ == "__main__":
    main()
