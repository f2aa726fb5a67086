"""Mentions: the rules' and the recogniser's, one set without overlaps, and the surnames of
the people named in full wherever else they occur.

Where both find something, the rules win: they know titles, honorifics, organisations and
places by their lexicons, and where a span starts and ends. A recogniser's person that the
rules took for a place, a group or nothing is kept (the name lists cannot hold every name);
its organisations and places fill only what the rules left empty.
"""

from __future__ import annotations

from khabar.actors import recognise, rules
from khabar.actors.model import GROUP, PERSON, PLACE, Found
from khabar.segment import Document


def find(doc: Document, *, entities=None) -> list[Found]:
    """Every mention of *doc*, in reading order, none overlapping another of the same layer
    (an organisation or place named inside a title stays beside the title). *entities*: the
    recogniser's spans when already found (``khabar.ner.recognise``)."""
    found = rules.find_mentions(doc)
    found = _merged(found, recognise.recognised(doc, entities))
    found += rules.known_surnames(doc, found)
    found.sort(key=lambda f: (f.start, -f.end, f.inside))
    return found


def _merged(found: list[Found], recognised: list[Found]) -> list[Found]:
    if not recognised:
        return found
    outer = [f for f in found if not f.inside]
    for candidate in recognised:
        overlapping = [f for f in outer if f.start < candidate.end and candidate.start < f.end]
        if not overlapping:
            outer.append(candidate)
            found.append(candidate)
        elif candidate.type == PERSON and all(
            f.type in (PLACE, GROUP) and f.kind == "name" for f in overlapping
        ):
            # A name the rules took for a place (علی شیرازی is not Shiraz) or a group.
            for f in overlapping:
                outer.remove(f)
                found.remove(f)
            inner = [f for f in found if f.inside and candidate.start <= f.start < candidate.end]
            for f in inner:
                found.remove(f)
            outer.append(candidate)
            found.append(candidate)
    return found
