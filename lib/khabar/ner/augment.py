"""Training copies with the people renamed.

The corpora name few people, and name them often (tweets about the same politicians, Wikipedia
articles about the same kings), so a model learns those names rather than what makes a word a
name. Each sentence that names a person gets one copy in which every person's name (after its
honorifics, which stay) is replaced by names from khabar's cleaned name lists: a one-word name
by a surname (or, one time in three, a given name), longer names by a given name and surnames.
Only names that are not everyday words are drawn. The draw is seeded: the same corpus gives the
same copies.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from functools import cache

from khabar.lexicon import read_table
from khabar.ner.corpora import Sentence, leading_honorifics, spans

SEED = 14


@cache
def name_pools() -> tuple[tuple[str, ...], tuple[str, ...]]:
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


def renamed(sentence: Sentence, rng: random.Random) -> Sentence | None:
    """A copy of *sentence* with every person renamed, or ``None`` if it names nobody."""
    people = [(start, end) for kind, start, end in spans(sentence.tags) if kind == "PER"]
    if not people:
        return None
    given, surnames = name_pools()
    words: list[str] = []
    tags: list[str] = []
    cursor = 0
    for start, end in people:
        words += sentence.words[cursor:start]
        tags += sentence.tags[cursor:start]
        titled = start + leading_honorifics(sentence.words, start, end)
        words += sentence.words[start:titled]
        length = end - titled
        if length <= 0:
            new = []
        elif length == 1:
            new = [rng.choice(given if rng.random() < 1 / 3 else surnames)]
        else:
            new = [rng.choice(given)] + [rng.choice(surnames) for _ in range(length - 1)]
        words += new
        span = (titled - start) + len(new)
        tags += ["B-PER"] + ["I-PER"] * (span - 1) if span else []
        cursor = end
    words += sentence.words[cursor:]
    tags += sentence.tags[cursor:]
    return Sentence(tuple(words), tuple(tags))


def augmented(sentences: Sequence[Sentence], *, seed: int = SEED) -> list[Sentence]:
    """The sentences, then one renamed copy of each that names a person."""
    rng = random.Random(seed)
    copies = [copy for s in sentences if (copy := renamed(s, rng)) is not None]
    return [*sentences, *copies]
