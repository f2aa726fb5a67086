"""English names: from the lexicons first (well-known people in people.tsv, given names,
organisations, places), then a pronunciation that writes the vowels Persian leaves out
(:mod:`khabar.actors.g2p`), never a bare consonant skeleton.

A surname is composed from its parts where they are known: a suffix (نژاد nejad, زاده
zadeh, پور pour, the ی of origin), a given name or a place as its stem (حسینی Hosseini,
شیرازی Shirazi); the rest is spelt from its pronunciation in the usual Iranian romanisation
(ق and غ gh, خ kh, ش sh, و as ou).
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from khabar import gazetteer
from khabar.actors import g2p
from khabar.actors import lexicons as lx
from khabar.actors.model import ORGANIZATION, PERSON, PLACE, Actor
from khabar.gazetteer import Place
from khabar.lexicon import ZWNJ, fold

_PHONEME_LATIN = {
    "A": "a",
    "u": "ou",
    "S": "sh",
    "Z": "zh",
    "C": "ch",
    "x": "kh",
    "q": "gh",
    "?": "",
    "^": "",
    "_": "",
}
# Letter by letter, for a word when no pronunciation can be had (the package missing): the
# long vowels are written, the short ones guessed as a.
_LETTERS = {
    "ا": "a", "آ": "a", "ب": "b", "پ": "p", "ت": "t", "ث": "s", "ج": "j", "چ": "ch", "ح": "h",
    "خ": "kh", "د": "d", "ذ": "z", "ر": "r", "ز": "z", "ژ": "zh", "س": "s", "ش": "sh", "ص": "s",
    "ض": "z", "ط": "t", "ظ": "z", "ع": "", "غ": "gh", "ف": "f", "ق": "gh", "ک": "k", "گ": "g",
    "ل": "l", "م": "m", "ن": "n", "و": "ou", "ه": "h", "ی": "i",
}  # fmt: skip
_VOWELS = set("aeiou")
# «ابو» (father of) joined to a son's name makes a kunya (ابومهدی, ابوبکر).
_FATHER_OF = "ابو"
_PARENTHESISED = re.compile(r"\([^()]*\)")
# The Arabic article that begins many Arab surnames (العایش, الهارون).
_ARTICLE = "ال"
# The Arabic second halves of compound names (نصیرالدین, نصرالله): no Persian word but a name
# ends in them, so the name is split there even when its first half is not known.
_ARABIC_ENDS = frozenset({"الدین", "الله"})


def from_phonemes(phonemes: str, *, final_heh: bool = False) -> str:
    """PersianG2p's phonemes in the usual Latin spelling of Iranian names."""
    latin = "".join(_PHONEME_LATIN.get(p, p) for p in phonemes)
    if final_heh and latin.endswith("e"):
        latin += "h"  # زاده -> zadeh
    return latin


def _letters(word: str) -> str:
    latin = ""
    for char in word:
        roman = _LETTERS.get(char, "")
        if latin and latin[-1] not in _VOWELS and roman and roman[0] not in _VOWELS:
            latin += "a"  # a consonant cluster Persian writes without its short vowel
        latin += roman
    return latin


@cache
def _part(word: str) -> str:
    """One part of a name, lower-case: a given name, a place, a word's pronunciation."""
    if not word:
        return ""
    given = lx.given_names().get(word)
    if given:
        return given.lower()
    affix = lx.table("name_affixes").get((word,))
    if affix is not None:
        return affix.name_en.lower()
    place = _name_stem_place(word)
    if place is not None:
        name = unicodedata.normalize("NFKD", place.name_en.split(",")[0])
        return "".join(c for c in name if not unicodedata.combining(c)).lower()
    if g2p.available():
        return from_phonemes(g2p.phonemes(word), final_heh=word.endswith("ه"))
    return _letters(word)


@cache
def _known_part(word: str) -> bool:
    return (
        word in lx.given_names()
        or _name_stem_place(word) is not None
        or (g2p.available() and g2p.in_lexicon(word))
    )


def _name_stem_place(word: str) -> Place | None:
    """The place *word* names that Iranian surnames are made from (شیراز in شیرازی, کرمان in
    کرمانی): an Iranian town or a province or region, never a foreign city that merely
    shares the letters (کلین, Killeen, in کلینی) nor a word that is no place by default."""
    places = gazetteer.match([word], 0)
    if not places or (word,) in lx.table("not_places"):
        return None
    place = places[1][0]
    return place if place.country == "IR" or place.type in ("province", "region") else None


@cache
def romanize(word: str) -> str:
    """A readable Latin spelling of a Persian name word, with its vowels (خرم -> Khorram)."""
    word = fold(word)
    famous = lx.person_surnames().get((word,))
    if famous is not None and famous.name_en:
        return famous.name_en.split()[-1]  # لاریجانی: Larijani, as the well-known Larijani
    if ZWNJ in word:
        return "".join(romanize(part).lower() for part in word.split(ZWNJ)).capitalize()
    given = lx.given_names().get(word)
    if given:
        return given
    whole_place = _name_stem_place(word) is not None  # کلاله, Kalaleh: not کل + اله
    for affix, entry in _suffixes():
        stem = word[: -len(affix)]
        if not word.endswith(affix) or len(stem) < 2 or whole_place:
            continue
        if _known_part(stem) or affix in _ARABIC_ENDS:
            return (_part(stem) + entry).capitalize()
    if word.endswith("یی") and _known_part(word[:-2]):
        return (_part(word[:-2]) + "ei").capitalize()  # رضایی Rezaei
    if word.endswith("ی") and len(word) > 3 and _known_part(word[:-1]):
        return (_part(word[:-1]) + "i").capitalize()  # حسینی Hosseini, شیرازی Shirazi
    if word.startswith(_FATHER_OF) and word[len(_FATHER_OF) :] in lx.given_names():
        return "Abu " + romanize(word[len(_FATHER_OF) :])  # ابومهدی Abu Mahdi, a kunya
    if _arabic_article(word):
        return "Al-" + romanize(word[len(_ARTICLE) :])  # العایش Al-Ayesh, الهارون Al-Haroun
    if given_names := _two_given_names(word):
        return "".join(_part(part) for part in given_names).capitalize()  # سیدمهدی Seyedmehdi
    return _part(word).capitalize()


def _arabic_article(word: str) -> bool:
    """Whether *word* is an Arab surname with its article (العایش), not a Persian word or
    name that begins with the same letters (الماسی from الماس diamond, الیاسی from الیاس)."""
    stem = word.removesuffix("ی")
    return (
        word.startswith(_ARTICLE)
        and len(word) > len(_ARTICLE) + 2
        and not _known_part(word)
        and not lx.is_vocabulary(word)
        and not lx.is_vocabulary(stem)
    )


def _two_given_names(word: str) -> tuple[str, str] | None:
    """Two given names written as one word (سیدحسین, محمدباقر), or None."""
    names = lx.given_names()
    for cut in range(len(word) - 3, 2, -1):
        if word[:cut] in names and word[cut:] in names:
            return word[:cut], word[cut:]
    return None


@cache
def _suffixes() -> tuple[tuple[str, str], ...]:
    rows = [
        (form[0], entry.name_en)
        for form, entry in lx.table("name_affixes").items()
        if entry.takes == "suffix"
    ]
    return tuple(sorted(rows, key=lambda r: -len(r[0])))


def english_name(name: str) -> str:
    """The English of a person's Persian name: people.tsv's spelling, else word by word."""
    words = tuple(map(fold, name.split()))
    known = lx.table("people").get(words)
    if known is not None:
        return known.name_en
    spelt: list[str] = []
    for word in words:
        affix = lx.table("name_affixes").get((word,))
        if spelt and affix is not None and affix.takes == "suffix":
            spelt[-1] += _part(word)  # حسین زاده, جلال الدین: Hosseinzadeh, Jalaloddin
        elif spelt and word in lx.patronymics():
            spelt.append(lx.patronymics()[word])  # محمد بن عبدالله: Mohammad bin Abdollah
        else:
            spelt.append(romanize(word))
    return " ".join(spelt)


def described(words: list[str], gloss: str) -> str:
    """The English of an actor spoken of by a common noun: its head's *gloss* (ارتش army),
    "this" before it after a demonstrative (این سازمان: this organization), and the phrase
    romanised in parentheses when more words follow the head."""
    words = _without_parentheses(words)  # دانشگاه امام حسین (ع): the blessing is no name
    demonstrative = len(words) > 1 and fold(words[0]) in lx.DEMONSTRATIVES
    more = len(words) > (2 if demonstrative else 1)
    if demonstrative:
        gloss = f"{'these' if _plural_gloss(gloss) else 'this'} {gloss}"
    return f"{gloss} ({' '.join(map(romanize, words))})" if more else gloss


def _plural_gloss(gloss: str) -> bool:
    """Whether an English gloss is a plural noun (verses, findings; not news, analysis,
    address): Persian writes «این» before both numbers."""
    noun = gloss.split()[-1] if gloss.split() else ""
    return noun.endswith("s") and not noun.endswith(("ss", "us", "is", "news"))


def _without_parentheses(words: list[str]) -> list[str]:
    """*words* without those in parentheses and without words that have no letter."""
    outside = _PARENTHESISED.sub(" ", " ".join(words)).split()
    return [word for word in outside if any(c.isalpha() for c in word)]


def _head_gloss(name: str) -> str:
    """The gloss of the organisation head *name* begins with (after a demonstrative), or ""."""
    words = [fold(w) for w in name.split()]
    start = 1 if len(words) > 1 and words[0] in lx.DEMONSTRATIVES else 0
    head = lx.match("organizations", words, start)
    return head[1].name_en if head else ""


def plural_en(noun: str) -> str:
    """The English plural of a noun's gloss, its first sense (witness -> witnesses,
    deputy -> deputies)."""
    noun = noun.split(",")[0].split(" (")[0]
    if noun.endswith(("s", "x", "sh", "ch")):
        return noun + "es"
    return noun[:-1] + "ies" if noun.endswith("y") and noun[-2:-1] not in "aeiou" else noun + "s"


def _facility_english(name: str) -> str:
    """A named street, square or building in English, its name before the facility's word
    (میدان توحید: Tohid square), as the rules spell the ones they find; "" for another place."""
    words = _without_parentheses(name.split())
    found = lx.match("facilities", [fold(w) for w in words], 0)
    if found is None or len(words) == found[0]:
        return ""
    return f"{english_name(' '.join(words[found[0] :]))} {found[1].name_en}"


def name_actors(actors: list[Actor]) -> None:
    """Give every named person, and every organisation or place only the recogniser found,
    an English name (the others have theirs from the lexicons and the gazetteer)."""
    for actor in actors:
        if actor.name_en:
            continue
        if (actor.type == PERSON and actor.surname) or actor.type in (ORGANIZATION, PLACE):
            # a person named, or what only the recogniser found: spelt word by word, or
            # an organisation by its head (ارتش: army)
            gloss = _head_gloss(actor.name) if actor.type == ORGANIZATION else ""
            actor.name_en = (
                described(actor.name.split(), gloss)
                if gloss
                else _facility_english(actor.name) or english_name(actor.name)
            )
