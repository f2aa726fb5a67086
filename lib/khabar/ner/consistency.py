"""Training sentences that leave a person untagged, found from the training data alone.

The Wikipedia corpus tags the same person in some sentences and not in others (هیتلر, مصدق),
and a sentence whose person is left O teaches the model that the name is no name. Such a
sentence is found with nothing but the training sentences themselves:

* a string the training data tags as a person (in at least half of its occurrences, and at
  least twice if it is one word) appears in the sentence untagged;
* a given name of khabar's name lists (not an everyday word) is followed by a surname of
  those lists, both untagged.

:func:`consistent` drops those sentences. The test reads only the sentences it is given, so
a cross-validation fold's held-out sentences never shape what its training keeps.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Sequence

from khabar.ner.corpora import Sentence, spans
from khabar.ner.features import person_names

LONGEST = 4  # the longest person string looked for, in words
MIN_SHARE = 0.5  # of a string's occurrences, how many must be tagged a person
MIN_ONE_WORD = 2  # how often a one-word string must be tagged a person


def person_strings(sentences: Sequence[Sentence]) -> frozenset[tuple[str, ...]]:
    """The word strings the sentences tag as a person consistently enough to trust."""
    tagged: Counter[tuple[str, ...]] = Counter()
    for sentence in sentences:
        for kind, start, end in spans(sentence.tags):
            if kind == "PER" and end - start <= LONGEST:
                tagged[sentence.words[start:end]] += 1
    seen: Counter[tuple[str, ...]] = Counter()
    for sentence in sentences:
        for _, key in _strings(sentence.words):
            if key in tagged:
                seen[key] += 1
    return frozenset(
        key
        for key, count in tagged.items()
        if count >= MIN_SHARE * seen[key] and (len(key) > 1 or count >= MIN_ONE_WORD)
    )


def _strings(words: Sequence[str]) -> Iterator[tuple[int, tuple[str, ...]]]:
    """Every run of one to LONGEST words, with where it starts."""
    for length in range(1, LONGEST + 1):
        for i in range(len(words) - length + 1):
            yield i, tuple(words[i : i + length])


def leaves_person_untagged(sentence: Sentence, people: frozenset[tuple[str, ...]]) -> bool:
    """Whether *sentence* has a known person string, or a given name and surname, all O."""
    words, tags = sentence.words, sentence.tags
    if any(
        key in people and all(t == "O" for t in tags[i : i + len(key)])
        for i, key in _strings(words)
    ):
        return True
    names = person_names()
    return any(
        tags[i] == tags[i + 1] == "O"
        and "given" in names.get(words[i], ())
        and "surname" in names.get(words[i + 1], ())
        for i in range(len(words) - 1)
    )


def consistent(sentences: Sequence[Sentence]) -> list[Sentence]:
    """*sentences* without those that leave a person untagged (judged from *sentences*)."""
    people = person_strings(sentences)
    return [s for s in sentences if not leaves_person_untagged(s, people)]
