"""Build data/lexicons/ner/person_names.tsv: given names and surnames for the recogniser.

Sources (MIT; licences beside the table): the ``farsi-faker`` package (male, female and family
names) and the ``persian-gender-detection`` package (about 19,900 given names with gender).
Both lists are noisy: they hold places (ایران، تهران، آبادان), institutions (دولت), titles
(دکتر) and everyday words. Every name is written as khabar's cleaner writes it, and a name is
DROPPED when it is

* not one word of Persian letters (multi-word entries, Latin, digits), or shorter than 2 letters;
* a place: a one-word name in khabar's gazetteer (``data/gazetteer/places.tsv``) of a country,
  province or region, or of an Iranian city (تهران، آبادان، شهریار); foreign cities stay names
  (احمدی is a town in Kuwait, سالم one in India: as frequent as surnames, they are names first
  in Persian news, and the recogniser sees the gazetteer flag beside the name flag);
* a word of khabar's actor lexicons (titles, organisations, groups, references, domains) or an
  honorific (``data/lexicons/ner/honorifics.tsv``);
* a function word: hazm's lexicon tags it as a preposition, conjunction, determiner, pronoun,
  number, verb or other closed class, or only as an adverb (hazm tags many adjectives that
  are names, بهروز، بهادر, as adverbs too);
* too frequent to be mainly a name: wordfreq's Persian frequency at least ``FREQUENT``
  (1 in 10,000 tokens), unless khabar's own given-name table lists it as a name that is not
  an everyday word (علی، محمد، حسین stay; دولت، ایران، شهید go). khabar's own given-name
  table's names are never dropped for their frequency (امید، حسن، رضا stay, as common words).

A kept name is ``common_word=yes`` when it is also an everyday word: wordfreq frequency at least
``COMMON`` (1 in 100,000 tokens) and hazm's lexicon lists it, or khabar's given-name table marks
it so (امید، بهمن). The recogniser uses both flags as features; training copies with swapped
names draw only names that are not common words.

Run with ``make ner-names`` (needs the build-time packages farsi-faker and
persian-gender-detection, pinned in requirements.txt).
"""

from __future__ import annotations

import csv
import pickle
import re
from collections import Counter
from importlib import resources
from importlib.metadata import version
from pathlib import Path

from khabar.gazetteer import name_index
from khabar.lexicon import data_path, hazm_words, read_table, word_frequencies
from khabar.ner.corpora import honorifics
from khabar.ner.text import normalised_word

FREQUENT = 1e-4
COMMON = 1e-5
CLOSED_CLASSES = {"P", "POSTP", "CONJ", "DET", "PRO", "NUM", "V", "PS", "INT", "CL", "COMP",
                  "NIN", "PR", "ZVR"}  # fmt: skip
_PERSIAN_WORD = re.compile(
    "[\u0621-\u063a\u0641-\u064a\u067e\u0686\u0698\u06a9\u06af\u06cc\u200c]{2,}"
)
OUT = data_path("lexicons", "ner", "person_names.tsv")


def source_names() -> dict[str, dict[str, set[str]]]:
    """Normalised name -> {"kind": {given, surname}, "gender": {M, F}, "source": {...}}."""
    found: dict[str, dict[str, set[str]]] = {}

    def add(name: str, kind: str, gender: str, source: str) -> None:
        word = normalised_word(name)
        entry = found.setdefault(word, {"kind": set(), "gender": set(), "source": set()})
        entry["kind"].add(kind)
        if gender:
            entry["gender"].add(gender)
        entry["source"].add(source)

    faker = pickle.loads((resources.files("farsi_faker") / "data" / "names.pkl").read_bytes())
    for name in faker["male_names"]:
        add(name, "given", "M", "farsi-faker")
    for name in faker["female_names"]:
        add(name, "given", "F", "farsi-faker")
    for name in faker["last_names"]:
        add(name, "surname", "", "farsi-faker")
    table = resources.files("persian_gender_detection") / "gender" / "iranianNamesDataset.csv"
    with table.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            add(row["Names"], "given", row["Gender"].strip(), "persian-gender-detection")
    return found


def lexicon_words() -> set[str]:
    words: set[str] = set()
    for name in ("titles", "organizations", "groups", "references", "domains"):
        for row in read_table("lexicons", "actors", f"{name}.tsv"):
            for form in [row["form"], *row.get("variants", "").split("|")]:
                words.update(normalised_word(w) for w in form.split())
    words.update(w for form in honorifics() for w in form)
    return words


def curated() -> dict[str, bool]:
    """khabar's given-name table: name -> whether it is also an everyday word."""
    return {
        normalised_word(row["form"]): row["common_word"] == "yes"
        for row in read_table("lexicons", "actors", "given_names.tsv")
    }


def drop_reason(word: str, *, places: set[str], lexicon: set[str], named: dict[str, bool]) -> str:
    if " " in word or not _PERSIAN_WORD.fullmatch(word):
        return "not one Persian word"
    if word in places:
        return "a place"
    if word in lexicon:
        return "a title, honorific or institution"
    tags = hazm_words().get(word, (0, ()))[1]
    if set(tags) & CLOSED_CLASSES or tags == ("ADV",):
        return "a function word"
    if word_frequencies().get(word, 0.0) >= FREQUENT and word not in named:
        return "too frequent"
    return ""


def build() -> tuple[list[dict[str, str]], Counter]:
    places = {
        key[0]
        for key, found in name_index().items()
        if len(key) == 1 and any(p.type != "city" or p.country == "IR" for p in found)
    }
    lexicon = lexicon_words()
    named = curated()
    rows = []
    dropped: Counter = Counter()
    for word, entry in sorted(source_names().items()):
        reason = drop_reason(word, places=places, lexicon=lexicon, named=named)
        if reason:
            dropped[reason] += 1
            continue
        frequency = word_frequencies().get(word, 0.0)
        common = named.get(word, frequency >= COMMON and word in hazm_words())
        rows.append(
            {
                "form": word,
                "kind": "|".join(sorted(entry["kind"])),
                "gender": "|".join(sorted(entry["gender"])),
                "common_word": "yes" if common else "no",
                "source": "|".join(sorted(entry["source"])),
            }
        )
    return rows, dropped


def write(rows: list[dict[str, str]], dropped: Counter, path: Path = OUT) -> None:
    header = [
        "# Persian given names and surnames for the named-entity recogniser (khabar.ner).",
        "# Built by scripts/build_ner_names.py (make ner-names) from farsi-faker "
        f"{version('farsi-faker')} and persian-gender-detection "
        f"{version('persian-gender-detection')}",
        "# (both MIT: LICENSE-farsi-faker.txt, LICENSE-persian-gender-detection.txt beside this).",
        "# Cleaned: written as khabar's cleaner writes them; dropped "
        + ", ".join(f"{count} {reason}" for reason, count in sorted(dropped.items()))
        + ".",
        "# kind: given and/or surname; gender: M/F for given names; common_word: yes if also an",
        "# everyday word (wordfreq >= 1e-5 and in hazm's lexicon, or khabar's given_names.tsv).",
        "# English: these are names, romanised elsewhere (khabar.actors); no gloss column.",
    ]
    columns = ["form", "kind", "gender", "common_word", "source"]
    lines = [*header, "\t".join(columns)]
    lines += ["\t".join(row[c] for c in columns) for row in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main() -> None:
    rows, dropped = build()
    write(rows, dropped)
    kinds = Counter(k for row in rows for k in row["kind"].split("|"))
    print(f"wrote {OUT}: {len(rows)} names ({dict(kinds)}); dropped {dict(dropped)}")


if __name__ == "__main__":
    main()
