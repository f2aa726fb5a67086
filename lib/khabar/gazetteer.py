"""Places: the gazetteer in ``data/gazetteer/places.tsv`` and how names in text match it.

Names match token by token (آذربایجان شرقی is two tokens), on spellings folded by
:func:`khabar.lexicon.fold` (اسرائیل and اسراییل are one name). A spelling the gazetteer lacks
(ماگیلیوف for موگیلف) matches by its consonant skeleton, but only where the text itself
says a place follows (استان ..., شهر ...) or it is coordinated with a known place, so that
ordinary words are never taken for places.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from khabar.lexicon import ZWNJ, first_words, fold, read_table

# Long vowels and hamza carriers are spelled inconsistently in transliterated names.
_VOWEL_LETTERS = str.maketrans("", "", "اآأإوؤیئيىه" + ZWNJ)
_EQUIVALENT = str.maketrans(
    {"غ": "گ", "ق": "گ", "ط": "ت", "ص": "س", "ث": "س", "ض": "ز", "ظ": "ز", "ذ": "ز", "ح": "ه"}
)
PRIORITY = {"country": 0, "province": 1, "region": 2, "city": 3}


@dataclass(frozen=True, slots=True)
class Place:
    id: str
    type: str
    name_fa: str
    name_en: str
    country: str
    lat: float | None
    lon: float | None


@cache
def places() -> dict[str, Place]:
    """Every place by id."""
    return {row["id"]: _place(row) for row in read_table("gazetteer", "places.tsv")}


@cache
def name_index() -> dict[tuple[str, ...], tuple[Place, ...]]:
    """Token tuple of a Persian name or variant -> the places it can name, likeliest first:
    by type, then a place of that name before one that has it only as a variant (ساوه is
    Saveh, not Arak, one of whose old names GeoNames lists as ساوه)."""
    index: dict[tuple[str, ...], list[tuple[bool, Place]]] = {}
    for row in read_table("gazetteer", "places.tsv"):
        place = places()[row["id"]]
        names = [row["name_fa"], *filter(None, row["variants_fa"].split("|"))]
        for n, name in enumerate(names):
            words = tuple(map(fold, name.split()))
            index.setdefault(words, []).append((n > 0, place))
            if len(words) > 1:  # خرم آباد written as one word with a ZWNJ: خرم‌آباد
                index.setdefault((ZWNJ.join(words),), []).append((n > 0, place))
    return {
        key: tuple(
            dict.fromkeys(p for _, p in sorted(found, key=lambda v: (PRIORITY[v[1].type], v[0])))
        )
        for key, found in index.items()
    }


@cache
def skeleton_index() -> dict[str, tuple[Place, ...]]:
    """Consonant skeleton of one-word names -> places (for spelling variants)."""
    index: dict[str, list[Place]] = {}
    for key, found in name_index().items():
        if len(key) == 1 and ZWNJ not in key[0] and len(skeleton(key[0])) >= 3:
            index.setdefault(skeleton(key[0]), []).extend(found)
    return {key: tuple(dict.fromkeys(found)) for key, found in index.items()}


def country_name_en(iso: str) -> str:
    """The English name of a country by its ISO 3166-1 alpha-2 code ("" if unknown)."""
    place = places().get(f"country:{iso}")
    return place.name_en if place else ""


def skeleton(word: str) -> str:
    """The word without vowel letters, with look-alike consonants merged."""
    return word.translate(_VOWEL_LETTERS).translate(_EQUIVALENT)


@cache
def max_name_length() -> int:
    return max(len(key) for key in name_index())


def match(tokens: list[str], start: int) -> tuple[int, tuple[Place, ...]] | None:
    """The longest place name starting at ``tokens[start]``: (token count, candidates).
    *tokens* are folded (:func:`khabar.lexicon.fold`); cleaned text mostly already is.
    Only the lengths of the names that begin with that word are tried."""
    lengths = name_lengths().get(tokens[start]) if start < len(tokens) else None
    if lengths is None:  # most words begin no place name: one lookup
        return None
    names = name_index()
    for length in lengths:
        if start + length <= len(tokens):
            found = names.get(tuple(tokens[start : start + length]))
            if found is not None:
                return length, found
    return None


@cache
def name_lengths() -> dict[str, tuple[int, ...]]:
    """The first word of each place name -> the lengths of the names it begins, longest
    first (what :func:`match` tries)."""
    lengths: dict[str, set[int]] = {}
    for key in name_index():
        if key:
            lengths.setdefault(key[0], set()).add(len(key))
    return {word: tuple(sorted(found, reverse=True)) for word, found in lengths.items()}


def starts_name(word: str) -> bool:
    """Whether some place name begins with *word* (folded)."""
    return word in first_words(name_index())


def match_variant(word: str) -> tuple[Place, ...]:
    """Places whose name has the same consonant skeleton as *word* (a spelling variant)."""
    key = skeleton(word)
    return skeleton_index().get(key, ()) if len(key) >= 3 else ()


def _place(row: dict[str, str]) -> Place:
    return Place(
        row["id"],
        row["type"],
        row["name_fa"],
        row["name_en"],
        row["country"],
        float(row["lat"]) if row["lat"] else None,
        float(row["lon"]) if row["lon"] else None,
    )
