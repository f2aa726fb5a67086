"""The recogniser's features: what a linear-chain CRF sees of each token.

Of the word itself (computed once per word form and cached): the word, its first two and three
and last one to four letters, its shape (Persian, Latin, digits, punctuation; a ZWNJ inside;
length), its frequency (wordfreq's Zipf value, rounded), hazm's part-of-speech tags for it (or
that hazm does not know it), and flags from khabar's data: given name and surname (each also
when it is an everyday word; ``data/lexicons/ner/person_names.tsv``), honorific, title of office,
organisation head, pronoun or reference, one-word place, regnal number (سوم، یکم); and whether
a Persian word is written without the letters only Arabic words use (ث ح ص ض ط ظ ع غ ق), as
transliterated foreign names are (apart for words hazm does not know). Of the sentence: where
a gazetteer place name of one or more words begins and continues. Of the context: the words
and flags of the two tokens before and after, and the pair of this word and the previous one.

Everything here reads khabar's cleaned tokens (``Token.text``), so words must be written the
way the cleaner writes them; the corpora are normalised the same way before training.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Iterator, Sequence
from functools import cache
from typing import NamedTuple

from khabar.lexicon import ZWNJ, hazm_words, read_table, word_frequencies
from khabar.ner.text import normalised_word

_PERSIAN = re.compile("[\u0600-\u06ff\u200c]+")
_LATIN = re.compile("[A-Za-z]+")
_DIGITS = re.compile(r"[0-9]+([.,/:][0-9]+)*")
_ALNUM = re.compile(r"[^\W_]")
# Letters of Arabic words that transliterations of European and East Asian names do not use:
# a word without them, above all one hazm does not know, looks more like a foreign name
# (هیتلر، براهه، کی‌مون).
_ARABIC_ONLY = re.compile("[\u062b\u062d\u0635\u0636\u0637\u0638\u0639\u063a\u0642]")
# Regnal numbers: inside a king's name in the Wikipedia corpus (داریوش سوم، اردشیر یکم).
ORDINALS = frozenset(
    {
        "اول", "یکم", "دوم", "سوم", "چهارم", "پنجم", "ششم", "هفتم", "هشتم", "نهم", "دهم",
        "یازدهم", "دوازدهم", "سیزدهم", "چهاردهم", "پانزدهم", "شانزدهم", "هفدهم", "هجدهم",
        "هیجدهم", "نوزدهم", "بیستم",
    }
)  # fmt: skip
CONTEXT = (-2, -1, 1, 2)
# What a token sees at an offset that falls outside its sentence.
BOUNDARY = {-2: "-2:BOS", -1: "-1:BOS", 1: "+1:EOS", 2: "+2:EOS"}


class WordFeatures(NamedTuple):
    """A word form's own features, and what its neighbours see of it at each context offset."""

    own: tuple[str, ...]
    context: dict[int, tuple[str, ...]]


@cache
def person_names() -> dict[str, frozenset[str]]:
    """Name -> flags: given, surname, and given_common / surname_common for everyday words."""
    names: dict[str, frozenset[str]] = {}
    for row in read_table("lexicons", "ner", "person_names.tsv"):
        common = row["common_word"] == "yes"
        kinds = row["kind"].split("|")
        names[row["form"]] = frozenset(f"{k}_common" if common else k for k in kinds)
    for row in read_table("lexicons", "actors", "given_names.tsv"):
        word = normalised_word(row["form"])
        flag = "given_common" if row["common_word"] == "yes" else "given"
        names[word] = names.get(word, frozenset()) | {flag}
    return _shared(names)


def _shared[K](flags: dict[K, frozenset[str]]) -> dict[K, frozenset[str]]:
    """*flags* with one frozenset object per distinct set of flags: the tables hold tens of
    thousands of words and a handful of sets, and each object apart is one more for every
    full pass of the garbage collector to walk."""
    one: dict[frozenset[str], frozenset[str]] = {}
    return {word: one.setdefault(found, found) for word, found in flags.items()}


@cache
def lexicon_flags() -> dict[str, frozenset[str]]:
    """Word -> flags from khabar's actor lexicons, honorifics and one-word places."""
    flags: dict[str, set[str]] = {}

    def mark(form: str, flag: str, *, every_word: bool = False) -> None:
        words = [normalised_word(w) for w in form.split()]
        for word in words if every_word else words[:1]:
            flags.setdefault(word, set()).add(flag)

    for file, flag in (("titles", "title"), ("organizations", "orghead"), ("groups", "group")):
        for row in read_table("lexicons", "actors", f"{file}.tsv"):
            for form in [row["form"], *filter(None, row["variants"].split("|"))]:
                mark(form, flag)
    for row in read_table("lexicons", "actors", "references.tsv"):
        mark(row["form"], "ref")
    for row in read_table("lexicons", "ner", "honorifics.tsv"):
        mark(row["form"], "honorific", every_word=True)
    from khabar.gazetteer import name_index

    for key, places in name_index().items():
        if len(key) == 1:
            flags.setdefault(key[0], set()).add(f"place_{places[0].type}")
    return _shared({word: frozenset(found) for word, found in flags.items()})


def shape(word: str) -> str:
    if _PERSIAN.fullmatch(word):
        return "fa"
    if _LATIN.fullmatch(word):
        return "Aa" if word[0].isupper() else "a"
    if _DIGITS.fullmatch(word):
        return "9"
    if not _ALNUM.search(word):
        return "punct"
    return "mixed"


def frequency_bucket(word: str) -> str:
    """wordfreq's Zipf value (log10 of occurrences per billion words), rounded; ``none``."""
    frequency = word_frequencies().get(word)
    return str(round(math.log10(frequency * 1e9))) if frequency else "none"


def _length_bucket(word: str) -> str:
    n = len(word.replace(ZWNJ, ""))
    return "1" if n < 2 else "2-3" if n < 4 else "4-5" if n < 6 else "6-8" if n < 9 else "9+"


def features_of_word(word: str) -> WordFeatures:
    """The features of one word form (:func:`word_features` caches them)."""
    key = word.lower()
    bare = key.replace(ZWNJ, "")
    flags = sorted(person_names().get(key, frozenset()) | lexicon_flags().get(key, frozenset()))
    if key in ORDINALS:
        flags.append("ordinal")
    tags = hazm_words().get(key, (0, ()))[1]
    word_shape = shape(word)
    own = [
        "bias",
        f"w={key}",
        f"sh={word_shape}",
        f"len={_length_bucket(key)}",
        f"f={frequency_bucket(key)}",
        *(f"hz={t}" for t in (tags or ("unk",))),
        *flags,
    ]
    if ZWNJ in key:
        own.append("zwnj")
    if word_shape == "fa" and len(bare) > 2 and not _ARABIC_ONLY.search(bare):
        own.append("noarabic" if tags else "noarabic_unknown")
    if word_shape == "fa" and len(bare) > 2:
        own += [f"p2={bare[:2]}", f"p3={bare[:3]}"]
        own += [f"s{n}={bare[-n:]}" for n in (1, 2, 3, 4) if len(bare) > n]
    near = (f"w={key}", f"sh={word_shape}", *flags, *(f"hz={t}" for t in tags[:2]))
    far = (f"w={key}", *flags)
    context = {
        offset: tuple(f"{offset:+d}:{f}" for f in (near if abs(offset) == 1 else far))
        for offset in CONTEXT
    }
    return WordFeatures(tuple(own), context)


word_features = cache(features_of_word)
word_features.__doc__ = "The features of one word form (cached: an article repeats its words)."


PAIR = "w-1|w="


def pair_feature(previous: str, word: str) -> str:
    """The feature of a word and the word before it."""
    return f"{PAIR}{previous.lower()}|{word.lower()}"


def gazetteer_feature(mark: str, *, of_next: bool = False) -> str:
    """The feature of a gazetteer mark (``B``/``I``) on this word or on the next one."""
    return f"+1:gaz={mark}" if of_next else f"gaz={mark}"


def place_positions(words: Sequence[str]) -> list[str]:
    """For each word, ``B``/``I`` where a gazetteer place name begins/continues, else ``""``."""
    from khabar.gazetteer import name_index
    from khabar.lexicon import first_words

    words = list(words)
    found = [""] * len(words)
    first = first_words(name_index())
    for i, length in place_runs(words, (i for i, word in enumerate(words) if word in first)):
        found[i : i + length] = ["B"] + ["I"] * (length - 1)
    return found


def place_runs(words: list[str], candidates: Iterable[int]) -> Iterator[tuple[int, int]]:
    """The gazetteer place names of *words*, left to right without overlap: (first, length).
    *candidates*: ascending positions holding every word a place name can begin with (the
    others are skipped; a word that cannot is answered the same, only more slowly)."""
    from khabar.gazetteer import match

    end = 0
    for i in candidates:
        if i >= end and (matched := match(words, i)):
            end = i + matched[0]
            yield i, matched[0]


def sentence_features(words: Sequence[str]) -> list[list[str]]:
    """The features of every token of a sentence (the CRF's input)."""
    n = len(words)
    known = [word_features(w) for w in words]
    places = place_positions(words)
    out = []
    for i in range(n):
        features = list(known[i].own)
        for offset in CONTEXT:
            j = i + offset
            if 0 <= j < n:
                features += known[j].context[offset]
            else:
                features.append(BOUNDARY[offset])
        if i:
            features.append(pair_feature(words[i - 1], words[i]))
        if places[i]:
            features.append(gazetteer_feature(places[i]))
        if i + 1 < n and places[i + 1]:
            features.append(gazetteer_feature(places[i + 1], of_next=True))
        out.append(features)
    return out
