"""Training copies with the people renamed.

The corpora name few people, and name them often (tweets about the same politicians, Wikipedia
articles about the same kings), so a model learns those names rather than what makes a word a
name. Each sentence that names a person gets one copy in which every person's name (after its
honorifics, which stay) is replaced by names from khabar's cleaned name lists: a one-word name
by a surname (or, one time in three, a given name), longer names by a given name and surnames.
Only names that are not everyday words are drawn. The draw is seeded: the same corpus gives the
same copies.

With ``foreign=True`` a copy keeps the kind of each name word: a word of the Persian name lists
is replaced from them as above; a word outside them that looks like a name (Persian letters,
not an everyday word: the foreign and historical names, هیتلر، نیوتن، براهه) is replaced by
another such word taken from the person names of the training sentences themselves (first
words of names for first words, others for others); an everyday word inside a name (بن، شاه،
سوم، بزرگ) stays, so the copies keep the corpus's epithets and regnal numbers. Persian-only
copies teach that names look Persian, which costs recall on the foreign names of Wikipedia.
"""

from __future__ import annotations

import random
import re
from collections.abc import Sequence
from functools import cache

from khabar.lexicon import hazm_words, read_table, word_frequencies
from khabar.ner.corpora import Sentence, leading_honorifics, spans
from khabar.ner.features import lexicon_flags, person_names

SEED = 14
COMMON = 1e-5  # wordfreq frequency from which a word is an everyday word (as the name lists)
_PERSIAN_WORD = re.compile(
    "[\u0621-\u063a\u0641-\u064a\u067e\u0686\u0698\u06a9\u06af\u06cc\u200c]{2,}"
)

Pools = tuple[tuple[str, ...], tuple[str, ...]]


@cache
def name_pools() -> Pools:
    """(given names, surnames) that are not everyday words, in file order."""
    given, surnames = [], []
    for row in read_table("lexicons", "ner", "person_names.tsv"):
        if row["common_word"] == "yes":
            continue
        kinds = row["kind"].split("|")
        if "given" in kinds:
            given.append(row["form"])
        if "surname" in kinds:
            surnames.append(row["form"])
    return tuple(given), tuple(surnames)


def everyday(word: str) -> bool:
    """A word of everyday Persian (as the name lists judge it): frequent and in hazm's lexicon."""
    return word_frequencies().get(word, 0.0) >= COMMON and word in hazm_words()


def foreign_like(word: str) -> bool:
    """A word that may be a name outside the Persian lists: Persian letters, not listed as a
    name, not one of khabar's lexicon words, not an everyday word."""
    return (
        _PERSIAN_WORD.fullmatch(word) is not None
        and word not in person_names()
        and word not in lexicon_flags()
        and not everyday(word)
    )


def persian_like(word: str) -> bool:
    """A word of the Persian name lists that is a name first (not only an everyday word)."""
    flags = person_names().get(word)
    return flags is not None and not (everyday(word) and all("common" in f for f in flags))


def foreign_pools(sentences: Sequence[Sentence]) -> Pools:
    """(first words, other words) of the person names of *sentences* that are
    :func:`foreign_like`, each once, in order of first appearance."""
    first: dict[str, None] = {}
    other: dict[str, None] = {}
    for sentence in sentences:
        for kind, start, end in spans(sentence.tags):
            if kind != "PER":
                continue
            start += leading_honorifics(sentence.words, start, end)
            for i in range(start, end):
                word = sentence.words[i]
                if foreign_like(word):
                    (first if i == start and end - start > 1 else other)[word] = None
    return tuple(first), tuple(other)


def renamed(
    sentence: Sentence, rng: random.Random, *, foreign: Pools | None = None
) -> Sentence | None:
    """A copy of *sentence* with every person renamed, or ``None`` if it names nobody.
    With *foreign* pools, each name word is replaced by one of its kind (module doc)."""
    people = [(start, end) for kind, start, end in spans(sentence.tags) if kind == "PER"]
    if not people:
        return None
    words: list[str] = []
    tags: list[str] = []
    cursor = 0
    for start, end in people:
        words += sentence.words[cursor:start]
        tags += sentence.tags[cursor:start]
        titled = start + leading_honorifics(sentence.words, start, end)
        words += sentence.words[start:titled]
        name = sentence.words[titled:end]
        new = _persian_name(len(name), rng) if foreign is None else _kept_kinds(name, rng, foreign)
        words += new
        span = (titled - start) + len(new)
        tags += ["B-PER"] + ["I-PER"] * (span - 1) if span else []
        cursor = end
    words += sentence.words[cursor:]
    tags += sentence.tags[cursor:]
    return Sentence(tuple(words), tuple(tags))


def _lone_name(rng: random.Random) -> str:
    """A name standing alone: a surname, or one time in three a given name."""
    given, surnames = name_pools()
    return rng.choice(given if rng.random() < 1 / 3 else surnames)


def _persian_name(length: int, rng: random.Random) -> list[str]:
    given, surnames = name_pools()
    if length <= 0:
        return []
    if length == 1:
        return [_lone_name(rng)]
    return [rng.choice(given)] + [rng.choice(surnames) for _ in range(length - 1)]


def _kept_kinds(name: Sequence[str], rng: random.Random, foreign: Pools) -> list[str]:
    given, surnames = name_pools()
    new = []
    for i, word in enumerate(name):
        is_first = i == 0 and len(name) > 1
        if persian_like(word):
            alone = len(name) == 1
            new.append(_lone_name(rng) if alone else rng.choice(given if is_first else surnames))
        elif foreign_like(word) and (pool := foreign[0 if is_first else 1]):
            new.append(rng.choice(pool))
        else:
            new.append(word)
    return new


def augmented(
    sentences: Sequence[Sentence], *, seed: int = SEED, foreign: bool = False
) -> list[Sentence]:
    """The sentences, then one renamed copy of each that names a person (with *foreign*,
    keeping each name word's kind, foreign names drawn from *sentences*' own persons)."""
    rng = random.Random(seed)
    pools = foreign_pools(sentences) if foreign else None
    copies = [copy for s in sentences if (copy := renamed(s, rng, foreign=pools)) is not None]
    return [*sentences, *copies]
