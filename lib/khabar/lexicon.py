"""Loading the lexicons once: hazm's word and verb lists, wordfreq's Persian
frequencies, and khabar's own data files under ``data/``.

Every loader is cached, so the first call pays the cost and later calls are free.
Code elsewhere holds no Persian word lists: they live in the data files read here.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from collections.abc import Set as AbstractSet
from functools import cache
from pathlib import Path

import hazm

from khabar.cache import built
from khabar.paths import (  # noqa: F401 (re-exported)
    DATA_DIR,
    REPO_ROOT,
    data_path,
    read_table,
    tsv_rows,
)

ZWNJ = "\u200c"
# Letters that Persian writes in more than one way: hamza forms (رئیس/رییس, اسرائیل/اسراییل,
# مسؤول/مسوول), Arabic forms the cleaner may have left in a name, and the heh with hamza.
_SPELLING_FOLD = str.maketrans(
    {
        "ئ": "ی",
        "ؤ": "و",
        "أ": "ا",
        "إ": "ا",
        "ٱ": "ا",
        "ء": None,
        "ي": "ی",
        "ى": "ی",
        "ك": "ک",
        "ة": "ه",
        "ۀ": "ه",
        "ھ": "ه",
    }
)
HAZM_DATA_DIR = Path(hazm.__file__).resolve().parent / "data"


@cache
def word_frequencies() -> dict[str, float]:
    """Persian word frequencies (share of all tokens) from the wordfreq package."""
    return built("word-frequencies", _read_word_frequencies)


def _read_word_frequencies() -> dict[str, float]:
    from wordfreq import get_frequency_dict

    return {w: f for w, f in get_frequency_dict("fa").items() if _is_persian_word(w)}


# What hazm_words() gives for a word it does not hold: no count, no tags.
UNKNOWN_WORD: tuple[int, tuple[str, ...]] = (0, ())


@cache
def hazm_words() -> dict[str, tuple[int, tuple[str, ...]]]:
    """hazm's ``words.dat``: word -> (corpus count, part-of-speech tags).

    Tags are tuples of strings, one shared tuple per combination, not frozensets: 190,000
    frozensets would stay in the garbage collector's view for the life of the process (a
    tuple of strings leaves it), and every full collection would walk them all.
    """
    return built("hazm-words", _parse_hazm_words)


def _parse_hazm_words() -> dict[str, tuple[int, tuple[str, ...]]]:
    words: dict[str, tuple[int, tuple[str, ...]]] = {}
    combinations: dict[tuple[str, ...], tuple[str, ...]] = {}
    with (HAZM_DATA_DIR / "words.dat").open(encoding="utf-8") as handle:
        for line in handle:
            word, count, tags = line.rstrip("\n").split("\t")
            found = tuple(sorted(set(tags.split(",")) - {"0"}))
            words[word] = (int(count), combinations.setdefault(found, found))
    return words


@cache
def verb_stems() -> tuple[tuple[str, str], ...]:
    """hazm's ``verbs.dat``: (past stem, present stem) pairs."""
    pairs = []
    with (HAZM_DATA_DIR / "verbs.dat").open(encoding="utf-8") as handle:
        for line in handle:
            past, _, present = line.strip().partition("#")
            if past and present:
                pairs.append((past, present))
    return tuple(pairs)


# The columns of ud_dev_spellings.tsv: each treebank's development sentences cut into UD_FOLDS
# contiguous blocks (the files are in document order, so a block is whole documents but for
# its edges), for cross-validation that leaves whole documents out.
UD_TREEBANKS = ("seraji", "perdt")
UD_FOLDS = 5
UD_DEV_SOURCES = tuple(f"{t}_{k}" for t in UD_TREEBANKS for k in range(1, UD_FOLDS + 1))


@cache
def spelling_counts(sources: tuple[str, ...]) -> dict[str, int]:
    """Counts of word forms and spaced pairs in correctly written text, summed over *sources*.

    From ``data/lexicons/ud_dev_spellings.tsv`` (UD Persian development sentences); an empty
    *sources* gives an empty dict.
    """
    if not sources or not data_path("lexicons", "ud_dev_spellings.tsv").exists():
        return {}
    return built(f"spelling-counts-{'+'.join(sources)}", lambda: _count_spellings(sources))


def _count_spellings(sources: tuple[str, ...]) -> dict[str, int]:
    counts = {}
    for row in read_table("lexicons", "ud_dev_spellings.tsv"):
        total = sum(int(row[source]) for source in sources)
        if total:
            counts[row["form"]] = total
    return counts


@cache
def wiki_counts() -> dict[str, int]:
    """Counts of word forms and spaced pairs in Persian Wikipedia sentences, from
    ``data/lexicons/wiki_spellings.tsv`` (``make lexicons``); empty if the file is missing."""
    if not data_path("lexicons", "wiki_spellings.tsv").exists():
        return {}
    return built(
        "wiki-counts",
        lambda: {r["form"]: int(r["count"]) for r in read_table("lexicons", "wiki_spellings.tsv")},
    )


def longest_match(
    table: Mapping | AbstractSet,
    words: Sequence[str],
    i: int,
    *,
    longest: int = 6,
    index: Mapping[str, int] | None = None,
):
    """The longest run of *words* from position *i* that *table* holds (keys are token tuples):
    ``(length, value)`` for a mapping, ``(length, key)`` for a set; ``None`` if none. *index*:
    the table's :func:`first_words`, for a table made for one article (not remembered)."""
    if i >= len(words):
        return None
    if index is None:
        known = _FIRST_WORD_INDEX.get(id(table))  # first_words(table), without a call per word
        index = known[1] if known and known[0] is table else first_words(table)
    reach = index.get(words[i])
    if reach is None:  # most words start no entry: answered without building any tuple
        return None
    for length in range(min(longest, reach, len(words) - i), 0, -1):
        key = tuple(words[i : i + length])
        if key in table:
            return length, table[key] if isinstance(table, Mapping) else key
    return None


# Per table (kept alive here, so its id stays its own): first word -> longest entry length.
_FIRST_WORD_INDEX: dict[int, tuple[object, dict[str, int]]] = {}


def first_words(table: Mapping | AbstractSet, *, remember: bool = True) -> dict[str, int]:
    """First word of each entry of *table* (keys are token tuples) -> its longest entry's length.
    Remembered per table for the lexicons, which live as long as the process; a table made for
    one article passes ``remember=False`` (remembering it would keep every article's alive)."""
    known = _FIRST_WORD_INDEX.get(id(table))
    if known is None or known[0] is not table:
        index: dict[str, int] = {}
        for key in table:
            if key:
                index[key[0]] = max(index.get(key[0], 0), len(key))
        if not remember:
            return index
        known = _FIRST_WORD_INDEX[id(table)] = (table, index)
    return known[1]


# Arabic short vowels, tanwin, shadda and sukun: Persian news writes them only in Arabic
# quotations (a verse of the Quran, the basmala, a hadith) and in the odd disambiguated word.
_VOWEL_MARKS = re.compile("[\u064b-\u0652]")
VOCALISED_MARKS = 3


def vocalised(text: str) -> bool:
    """Whether *text* (raw, before cleaning drops the marks) is vocalised Arabic: it holds at
    least :data:`VOCALISED_MARKS` vowel marks."""
    return len(_VOWEL_MARKS.findall(text)) >= VOCALISED_MARKS


# A name is in an Arabic stretch when one of its words is Arabic, or this many Arabic words stand
# within ARABIC_REACH words of it.
ARABIC_WORDS_NEAR = 2
ARABIC_REACH = 3


@cache
def arabic_words() -> frozenset[str]:
    """Words of Arabic sentences that Persian prose does not use alone (``arabic_words.tsv``),
    folded."""
    return frozenset(fold(row["form"]) for row in read_table("lexicons", "arabic_words.tsv"))


def in_arabic(words: Sequence[str], start: int, end: int) -> bool:
    """Whether words[start:end] (folded) are Arabic or stand in an unvocalised Arabic
    stretch: one of them is an Arabic word, or :data:`ARABIC_WORDS_NEAR` Arabic words stand
    within :data:`ARABIC_REACH` words of them."""
    arabic = arabic_words()
    if not arabic.isdisjoint(words[start:end]):
        return True
    window = words[max(0, start - ARABIC_REACH) : end + ARABIC_REACH]
    return sum(word in arabic for word in window) >= ARABIC_WORDS_NEAR


@cache
def fold(word: str) -> str:
    """*word* with its spelling variants folded (hamza forms, Arabic letters): the key under
    which the name lexicons and the gazetteer match, so that «اسرائیل» finds «اسراییل» and
    «رئیس» finds «رییس». ZWNJs are kept (a token with one is one word); cached per form."""
    return word.translate(_SPELLING_FOLD)


def _is_persian_word(word: str) -> bool:
    return (
        bool(word)
        and all("\u0621" <= c <= "\u06ff" or c == ZWNJ for c in word)
        and not word.startswith(ZWNJ)
        and not word.endswith(ZWNJ)
    )
