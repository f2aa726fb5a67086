"""Themes: codebook tagging with evidence, and themes per speaker.

The codebook (``data/codebook/themes.tsv``, in the format of :mod:`khabar.codebooks`) gives
each theme indicator terms. A term matches a run of tokens whose surface form or hazm lemma
equals the term's words, ZWNJs ignored, so تحریم‌های, تحریمهای and تحریم all match تحریم.
Every match is kept as evidence with raw offsets, so a reader can check why a claim is about
trade. A claim carries every theme with a match (the term weights of the format are for
:mod:`khabar.topics`, which also runs this codebook when asked to).

Keyterms are :mod:`khabar.keyterms`.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from khabar import codebooks
from khabar.segment import Document, Token

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


@cache
def codebook() -> tuple[Theme, ...]:
    """The themes of ``data/codebook/themes.tsv``."""
    return tuple(
        Theme(
            c.code,
            c.label_fa,
            c.label_en,
            c.definition_en,
            tuple(term.words for term in c.terms),
        )
        for c in codebooks.shipped("themes").codes
    )


def tag(tokens: Sequence[Token], raw: str) -> list[Evidence]:
    """Every codebook term in a run of tokens; a longer term wins over any it contains
    (:meth:`khabar.codebooks.Matcher.find`). Weights play no part in themes."""
    spans = codebooks.matcher((codebooks.shipped("themes"),)).find([t.text for t in tokens])
    evidence = []
    for first, end, matches in spans:
        start, stop = tokens[first].raw_start, tokens[end - 1].raw_end
        text = raw[start:stop]
        evidence.extend(Evidence(key[1], term, text, start, stop) for key, term, _ in matches)
    return evidence


def tag_claims(
    doc: Document, claims: Sequence, *, spans: Sequence | None = None, book: int = 0
) -> dict[str, list[Evidence]]:
    """Evidence for each claim (by id), and each claim's ``themes`` filled in codebook order.

    With *spans* (:func:`khabar.codebooks.find_in_document` over the article, this codebook
    being its *book*-th), a claim's evidence is taken from them, exactly as :func:`tag` on the
    claim's tokens would find it: a claim that a theme's term crosses into is searched on its
    own."""
    order = {theme.id: n for n, theme in enumerate(codebook())}
    mine = _spans_of(spans, book) if spans is not None else None
    raw = doc.cleaned.raw
    by_claim = {}
    for claim in claims:
        sentence = doc.sentence_tokens(doc.sentences[claim.sentence])
        tokens = [t for t in sentence if t.raw_start >= claim.start and t.raw_end <= claim.end]
        evidence = None
        if mine is not None and tokens and tokens[-1].index - tokens[0].index == len(tokens) - 1:
            evidence = _evidence_within(doc, mine, tokens[0].index, tokens[-1].index + 1)
        if evidence is None:
            evidence = tag(tokens, raw)
        claim.themes = sorted({e.theme for e in evidence}, key=order.get)
        by_claim[claim.id] = evidence
    return by_claim


# A codebook's spans in an article, in order, with their first positions for bisection and
# the longest span's length.
_BookSpans = tuple[list[tuple[int, int, list]], list[int], int]


def _spans_of(spans: Sequence, book: int) -> _BookSpans:
    """The spans of codebook *book* among *spans* (every codebook's), its matches only."""
    mine = []
    for first, end, found in spans:
        matches = [m for m in found if m[0][0] == book]
        if matches:
            mine.append((first, end, matches))
    return mine, [first for first, _, _ in mine], max((e - f for f, e, _ in mine), default=1)


def _evidence_within(doc: Document, spans: _BookSpans, first: int, end: int) -> list | None:
    """The evidence of tokens *first* to *end* from the article's spans, or None when a span
    crosses the range's edge (alone, the range would be searched differently)."""
    found, firsts, longest = spans
    raw = doc.cleaned.raw
    evidence = []
    for f, e, matches in found[bisect_left(firsts, first - longest + 1) : bisect_left(firsts, end)]:
        if e <= first:
            continue
        if f < first or e > end:
            return None
        start, stop = doc.tokens[f].raw_start, doc.tokens[e - 1].raw_end
        text = raw[start:stop]
        evidence.extend(Evidence(key[1], term, text, start, stop) for key, term, _ in matches)
    return evidence


def tag_sentences(
    doc: Document, *, spans: Sequence | None = None, book: int = 0
) -> dict[int, list[Evidence]]:
    """Evidence for every sentence of the document, by sentence index (*spans*, *book*: see
    :func:`tag_claims`)."""
    raw = doc.cleaned.raw
    if spans is None:
        return {s.index: tag(doc.sentence_tokens(s), raw) for s in doc.sentences}
    mine = _spans_of(spans, book)
    found = {}
    for s in doc.sentences:
        evidence = _evidence_within(doc, mine, s.first_token, s.last_token)
        found[s.index] = tag(doc.sentence_tokens(s), raw) if evidence is None else evidence
    return found
