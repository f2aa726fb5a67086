"""Themes: codebook tagging with evidence, and themes per speaker.

The codebook (``data/codebook/themes.tsv``) gives each theme indicator terms. A term matches
a run of tokens whose surface form or hazm lemma equals the term's words, ZWNJs ignored, so
تحریم‌های, تحریمهای and تحریم all match تحریم. Every match is kept as evidence with raw
offsets, so a reader can check why a claim is about trade.

Keyterms are :mod:`khabar.keyterms`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import compress

from khabar.lexicon import ZWNJ, read_table
from khabar.segment import Document, Token, lemma

MIN_COUNT = 2


@dataclass(frozen=True, slots=True)
class Theme:
    id: str
    label_fa: str
    label_en: str
    definition: str
    terms: tuple[tuple[str, ...], ...]


@dataclass(frozen=True, slots=True)
class Evidence:
    """One match of a theme's term: the term, the raw text matched and its raw offsets."""

    theme: str
    term: str
    text: str
    start: int
    end: int

    def to_dict(self) -> dict:
        return {
            "theme": self.theme,
            "term": self.term,
            "text": self.text,
            "start": self.start,
            "end": self.end,
        }


def _key(word: str) -> str:
    return word.replace(ZWNJ, "")


@lru_cache(maxsize=200_000)
def _keys(word: str) -> frozenset[str]:
    """A word's match keys: its form and its lemma (a verb lemma's past stem), ZWNJs ignored."""
    return frozenset({_key(word), _key(lemma(word).split("#")[0])})


@cache
def codebook() -> tuple[Theme, ...]:
    """The themes of ``data/codebook/themes.tsv``."""
    return tuple(
        Theme(
            r["id"],
            r["label_fa"],
            r["label_en"],
            r["definition"],
            tuple(tuple(term.split()) for term in r["terms"].split("|")),
        )
        for r in read_table("codebook", "themes.tsv")
    )


@cache
def _term_index() -> dict[str, list[tuple[str, str, tuple[frozenset[str], ...]]]]:
    """First-word key -> (theme id, term, keys of every word) for fast matching."""
    index: dict[str, list[tuple[str, str, tuple[frozenset[str], ...]]]] = {}
    for theme in codebook():
        for words in theme.terms:
            keys = tuple(_keys(w) for w in words)
            for first in keys[0]:
                index.setdefault(first, []).append((theme.id, " ".join(words), keys))
    return index


@lru_cache(maxsize=200_000)
def _terms_starting(word: str) -> tuple[tuple[str, str, tuple[frozenset[str], ...]], ...]:
    """The codebook terms whose first word matches *word* (most words start none)."""
    index = _term_index()
    return tuple(entry for key in _keys(word) for entry in index.get(key, ()))


def tag(tokens: Sequence[Token], raw: str) -> list[Evidence]:
    """Every codebook term in a run of tokens; a longer term wins over any it contains."""
    texts = [t.text for t in tokens]
    starts = list(map(_terms_starting, texts))
    found: set[tuple[int, int, str, str]] = set()
    for i in compress(range(len(starts)), starts):  # most words start no term: skipped at C speed
        for theme, term, term_keys in starts[i]:
            end = i + len(term_keys)
            if end <= len(tokens) and all(
                _keys(texts[i + k]) & term_keys[k] for k in range(len(term_keys))
            ):
                found.add((i, end, theme, term))
    evidence = []
    kept: set[tuple[int, int, str]] = set()
    for i, end, theme, term in sorted(found, key=lambda f: (f[0], f[0] - f[1], f[3], f[2])):
        # A term inside a longer term (of any theme) is part of that longer name and gives
        # way to it: «صنعت گردشگری» is tourism, «صنایع دستی» handicrafts, neither industry.
        longer = any(a <= i and end <= b and (a, b) != (i, end) for a, b, _, _ in found)
        if not longer and (i, end, theme) not in kept:
            kept.add((i, end, theme))
            start, stop = tokens[i].raw_start, tokens[end - 1].raw_end
            evidence.append(Evidence(theme, term, raw[start:stop], start, stop))
    return evidence


def tag_claims(doc: Document, claims: Sequence) -> dict[str, list[Evidence]]:
    """Evidence for each claim (by id), and each claim's ``themes`` filled in codebook order."""
    order = {theme.id: n for n, theme in enumerate(codebook())}
    by_claim = {}
    for claim in claims:
        sentence = doc.sentence_tokens(doc.sentences[claim.sentence])
        tokens = [t for t in sentence if t.raw_start >= claim.start and t.raw_end <= claim.end]
        evidence = tag(tokens, doc.cleaned.raw)
        claim.themes = sorted({e.theme for e in evidence}, key=order.get)
        by_claim[claim.id] = evidence
    return by_claim


def tag_sentences(doc: Document) -> dict[int, list[Evidence]]:
    """Evidence for every sentence of the document, by sentence index."""
    return {s.index: tag(doc.sentence_tokens(s), doc.cleaned.raw) for s in doc.sentences}
