"""Write analysis/data/speech_verbs.csv: the verbs that can introduce a quotation, from Princeton WordNet 3.0.

    python tools/make_speech_verbs.py [WORDNET_DIR]     # default /usr/share/wordnet (Debian's wordnet-base)

A verb is a speech verb when its senses in WordNet's verb.communication lexicographer file ("said", "insisted",
"testified", "chanted", "scoffed") carry at least half of its tagged usage (the SemCor counts in cntlist.rev)
and were seen at least MIN_COUNT times: "write", "add" or "note" mostly mean something else and stay in the
hand-kept reporting_verbs.csv, and a communication sense nobody uses lets no junk in. The build reads only
the CSV this writes (WordNet 3.0 licence: https://wordnet.princeton.edu/license-and-commercial-use).
"""

from __future__ import annotations

import csv
import sys
from collections import defaultdict
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "analysis" / "data" / "speech_verbs.csv"
VERB = "2"  # the part-of-speech digit of a sense key
COMMUNICATION = 32  # verb.communication's lexicographer file number
MIN_COUNT = 1
MIN_SHARE = 0.5


def usage_by_file(wordnet: Path) -> dict[str, dict[int, int]]:
    """Verb lemma -> lexicographer file -> tagged uses, from cntlist.rev ("say%2:32:00:: 1 1234")."""
    usage: dict[str, dict[int, int]] = defaultdict(lambda: defaultdict(int))
    with (wordnet / "cntlist.rev").open(encoding="latin-1") as handle:
        for line in handle:
            key, _sense, count = line.split()
            lemma, _, rest = key.partition("%")
            part, lexfile = rest.split(":")[:2]
            if part == VERB:
                usage[lemma][int(lexfile)] += int(count)
    return usage


def speech_verbs(wordnet: Path) -> list[tuple[str, int]]:
    rows = []
    for lemma, files in usage_by_file(wordnet).items():
        spoken = files.get(COMMUNICATION, 0)
        if lemma.isalpha() and spoken >= MIN_COUNT and spoken >= MIN_SHARE * sum(files.values()):
            rows.append((lemma, spoken))
    return sorted(rows)


def main() -> None:
    wordnet = Path(sys.argv[1] if len(sys.argv) > 1 else "/usr/share/wordnet")
    with OUT.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["lemma", "uses"])
        writer.writerows(speech_verbs(wordnet))


if __name__ == "__main__":
    main()
