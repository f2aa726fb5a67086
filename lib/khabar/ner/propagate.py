"""Document-level propagation: a name the model found once names the same entity elsewhere.

News names a person in full once («محمدباقر قالیباف») and then by surname («قالیباف»), often
in sentences the model is unsure about. After tagging, every name the model found (with its
honorifics set aside) tags its other occurrences in the article, and a person's surname (the
last word of a name of two or more words) tags the surname's occurrences as that person. A
propagated span never overlaps a span of another type; it swallows shorter spans of its own
type that lie inside it (the model's «قالیباف» inside a later «محمدباقر قالیباف»), takes the
honorifics before it (khabar's convention), and stays inside one sentence. A surname is not
propagated when it is a function word or one of khabar's titles, honorifics, organisation
heads or references.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import compress
from typing import NamedTuple

from khabar.lexicon import hazm_words
from khabar.ner.corpora import honorific_before, leading_honorifics
from khabar.ner.features import lexicon_flags

MIN_PROBABILITY = 0.5
_CLOSED = {"P", "POSTP", "CONJ", "DET", "PRO", "NUM", "V", "PS", "INT", "CL", "COMP", "NIN", "PR"}
_NOT_NAMES = {"title", "honorific", "orghead", "ref", "group"}


class Span(NamedTuple):
    """An entity over token positions ``[first, end)``."""

    type: str
    first: int
    end: int
    probability: float
    source: str  # "model" or "propagated"


def name_keys(words: Sequence[str], spans: Sequence[Span]) -> dict[tuple[str, ...], Span]:
    """Each name the model found confidently -> the span it came from (the most probable)."""
    keys: dict[tuple[str, ...], Span] = {}
    for span in spans:
        if span.source != "model" or span.probability < MIN_PROBABILITY:
            continue
        name = _without_honorifics(words, span)
        if not name:
            continue
        candidates = [tuple(words[name[0] : name[1]])]
        if span.type == "PER" and name[1] - name[0] >= 2 and _may_be_surname(words[name[1] - 1]):
            candidates.append((words[name[1] - 1],))
        for key in candidates:
            known = keys.get(key)
            if known is None or span.probability > known.probability:
                keys[key] = span
    return keys


def propagate(
    words: Sequence[str], sentence_ends: Sequence[int], spans: Sequence[Span]
) -> list[Span]:
    """*spans* and the propagated ones, in order. *sentence_ends*: each sentence's end index."""
    keys = name_keys(words, spans)
    if not keys:
        return list(spans)
    # Each first word of a name -> the lengths of the names it begins, longest first.
    lengths: dict[str, list[int]] = {}
    for key in keys:
        lengths.setdefault(key[0], []).append(len(key))
    starts = {word: sorted(set(found), reverse=True) for word, found in lengths.items()}
    owner: list[Span | None] = [None] * len(words)
    for span in spans:
        owner[span.first : span.end] = [span] * (span.end - span.first)
    found: list[Span] = []
    sentence, sentence_start, resume = 0, 0, 0
    limit = sentence_ends[-1] if sentence_ends else 0
    # Only the words a name begins with are looked at (most words begin none).
    for i in compress(range(len(words)), map(starts.__contains__, words)):
        if i >= limit:
            break  # past the last sentence
        if i < resume:
            continue  # inside the name just propagated
        while i >= sentence_ends[sentence]:
            sentence_start = sentence_ends[sentence]
            sentence += 1
        sentence_end = sentence_ends[sentence]
        taken = _occurrence(words, owner, keys, i, starts[words[i]], sentence_end - i)
        if taken is None:
            continue
        length, source = taken
        first = i - honorific_before(words[sentence_start:i], i - sentence_start)
        if source.type != "PER" or any(owner[first:i]):
            first = i
        new = Span(source.type, first, i + length, source.probability, "propagated")
        for j in range(first, i + length):
            owner[j] = new
        found.append(new)
        resume = i + length
    kept = {id(s) for s in owner if s is not None}
    result = [s for s in spans if id(s) in kept] + found
    return sorted(result, key=lambda s: s.first)


def _occurrence(
    words: Sequence[str],
    owner: list[Span | None],
    keys: dict[tuple[str, ...], Span],
    i: int,
    lengths: Sequence[int],
    longest: int,
) -> tuple[int, Span] | None:
    """The longest name at *i* that is not yet (wholly) an entity and crosses no other one.
    *lengths*: those of the names that begin with ``words[i]``, longest first; none longer
    than *longest* is tried."""
    for length in lengths:
        if length > longest:
            continue
        source = keys.get(tuple(words[i : i + length]))
        if source is None:
            continue
        inside = owner[i : i + length]
        if all(s is not None and s.type == source.type for s in inside):
            first = inside[0]
            if all(s is first for s in inside):
                return None  # already this entity (or wider)
        if any(
            s is not None and (s.type != source.type or s.first < i or s.end > i + length)
            for s in inside
        ):
            continue
        return length, source
    return None


def _without_honorifics(words: Sequence[str], span: Span) -> tuple[int, int] | None:
    first = span.first
    if span.type == "PER":
        first += leading_honorifics(words, span.first, span.end)
    return (first, span.end) if first < span.end else None


def _may_be_surname(word: str) -> bool:
    if len(word) < 3 or not word.replace("\u200c", "").isalpha():
        return False
    if lexicon_flags().get(word, frozenset()) & _NOT_NAMES:
        return False
    return not set(hazm_words().get(word, (0, ()))[1]) & _CLOSED
