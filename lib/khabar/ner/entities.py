"""Recognising persons, organisations and places in a segmented article.

:func:`recognise` tags each sentence of a :class:`~khabar.segment.Document` with the CRF
(:mod:`khabar.ner.model`) and then propagates the names found across the article
(:mod:`khabar.ner.propagate`). :func:`recognise_tokens` tags one list of words.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import NamedTuple

from khabar.ner.model import recogniser
from khabar.ner.propagate import Span, propagate
from khabar.segment import Document


class EntitySpan(NamedTuple):
    """An entity the recogniser found: tokens ``[first, end)`` of the document.

    ``probability`` is the smallest marginal probability of the span's tags (the model's
    confidence in its least certain token); a propagated span carries that of the span it
    was propagated from. ``source`` is ``model`` or ``propagated``."""

    type: str  # PER, ORG or LOC
    first: int
    end: int
    raw_start: int
    raw_end: int
    probability: float
    source: str
    text: str  # the cleaned text of the span


def tag_sentences(
    sentences: Sequence[Sequence[str]], *, model: str | Path | None = None
) -> list[list[Span]]:
    """The model's spans in each sentence (token positions within the sentence)."""
    return [
        [Span(kind, first, end, probability, "model") for kind, first, end, probability in found]
        for found in recogniser(model).entities(sentences)
    ]


def recognise_sentences(
    sentences: Sequence[Sequence[str]],
    *,
    model: str | Path | None = None,
    propagation: bool = True,
) -> list[Span]:
    """Spans over the concatenated *sentences* of one document, propagated unless told not."""
    words: list[str] = []
    ends: list[int] = []
    spans: list[Span] = []
    for words_of, found in zip(sentences, tag_sentences(sentences, model=model), strict=True):
        offset = len(words)
        spans += [s._replace(first=s.first + offset, end=s.end + offset) for s in found]
        words += words_of
        ends.append(len(words))
    return propagate(words, ends, spans) if propagation else spans


def recognise(
    document: Document, *, model: str | Path | None = None, propagation: bool = True
) -> tuple[EntitySpan, ...]:
    """The persons, organisations and places of an article, in text order."""
    tokens = document.tokens
    texts = list(document.texts)
    sentences = [texts[s.first_token : s.last_token] for s in document.sentences]
    spans = recognise_sentences(sentences, model=model, propagation=propagation)
    text = document.cleaned.text
    return tuple(
        EntitySpan(
            span.type,
            span.first,
            span.end,
            tokens[span.first].raw_start,
            tokens[span.end - 1].raw_end,
            span.probability,
            span.source,
            text[tokens[span.first].start : tokens[span.end - 1].end],
        )
        for span in spans
    )


def recognise_tokens(words: Sequence[str], *, model: str | Path | None = None) -> list[str]:
    """BIO tags (O, B-PER, I-PER, B-ORG, ...) of one sentence's words, as the cleaner writes
    them (no propagation)."""
    return recogniser(model).tag(list(words))[0]


def tags_of(spans: Sequence[Span], length: int) -> list[str]:
    """BIO tags of *length* tokens from spans over them."""
    tags = ["O"] * length
    for span in spans:
        tags[span.first] = f"B-{span.type}"
        for i in range(span.first + 1, span.end):
            tags[i] = f"I-{span.type}"
    return tags
