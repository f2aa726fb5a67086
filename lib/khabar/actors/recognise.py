"""The statistical recogniser's spans, as one input of the actor stage among others.

``khabar.ner`` (a CRF trained in the repository) tags persons, organisations and places on
khabar's cleaned tokens; where it is not installed, or finds nothing, the rules work alone.
Its spans are turned into :class:`~khabar.actors.model.Found` mentions here, trimmed so that
no mention keeps a verb, a function word or a word of time at its edges, and split from a
title or honorific in front (the rules find those).
"""

from __future__ import annotations

import importlib
import os

from khabar.actors import lexicons as lx
from khabar.actors.model import ORGANIZATION, PERSON, PLACE, Found
from khabar.lexicon import fold
from khabar.segment import Document

_TYPES = {"PER": PERSON, "ORG": ORGANIZATION, "LOC": PLACE}
# KHABAR_RECOGNISER=off runs the rules alone (the benchmark's rules-only pipeline).
ENVIRONMENT = "KHABAR_RECOGNISER"


def enabled() -> bool:
    return os.environ.get(ENVIRONMENT, "on").lower() not in ("off", "0", "no", "false")


def _recogniser():
    try:
        return importlib.import_module("khabar.ner")
    except ImportError:
        return None


def recognised(doc: Document) -> list[Found]:
    """The recogniser's mentions of *doc*, trimmed; empty without a recogniser."""
    module = _recogniser() if enabled() else None
    if module is None or not hasattr(module, "recognise"):
        return []
    found = []
    for span in module.recognise(doc):
        type_ = _TYPES.get(getattr(span, "type", ""))
        if type_ is None:
            continue
        start, end = _trimmed(doc, *_token_span(doc, span))
        if start < end:
            words = tuple(fold(t.text) for t in doc.tokens[start:end])
            found.append(
                Found(
                    type_,
                    "name",
                    start,
                    end,
                    key=(type_, words),
                    words=words,
                    source="recogniser",
                )
            )
    return found


def _token_span(doc: Document, span) -> tuple[int, int]:
    """Document token indices ``[start, end)`` of a recogniser span, from its token indices
    when it has them, else from its raw offsets."""
    for first, last in (("start_token", "end_token"), ("token_start", "token_end")):
        if hasattr(span, first):
            return getattr(span, first), getattr(span, last)
    raw_start = getattr(span, "raw_start", getattr(span, "start", 0))
    raw_end = getattr(span, "raw_end", getattr(span, "end", 0))
    tokens = [t.index for t in doc.tokens if t.raw_start >= raw_start and t.raw_end <= raw_end]
    return (tokens[0], tokens[-1] + 1) if tokens else (0, 0)


def _trimmed(doc: Document, start: int, end: int) -> tuple[int, int]:
    """The span without verbs, function words, words of time, titles or honorifics at its
    edges (a mention never contains اظهار داشت or روز پنجشنبه)."""
    words = [fold(t.text) for t in doc.tokens[start : end + 1]]

    def word(k: int) -> str:
        return words[k - start] if k - start < len(words) else ""

    while start < end:
        lead = lx.match("honorifics", words, 0) or lx.match("titles", words, 0)
        if lead:
            words, start = words[lead[0] :], start + lead[0]
        elif lx.stops_name(words[0]):
            words, start = words[1:], start + 1
        else:
            break
    for k in range(start, end):
        if lx.is_verb(word(k)) or (
            k + 1 == end and lx.is_verb(word(k + 1)) and lx.is_noun(word(k))
        ):
            end = k  # اظهار داشت: the verb's nominal part is no name
            break
    while end > start and lx.stops_name(word(end - 1)):
        end -= 1
    return start, end
