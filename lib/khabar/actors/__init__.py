"""Actors: everyone an article speaks of, under every name they go by, with raw offsets.

The stage runs in four steps, one module each:

1. :mod:`~khabar.actors.recognise` — the statistical recogniser's person, organisation and
   place spans (``khabar.ner``, when installed), trimmed at verbs and function words;
2. :mod:`~khabar.actors.rules` — mentions found from the lexicons (``data/lexicons/actors/``,
   read by :mod:`~khabar.actors.lexicons`) and the gazetteer: titles with their jurisdiction
   (:mod:`~khabar.actors.complements`), honorifics with names, unnamed persons, well-known
   people, organisations, groups, places (:mod:`~khabar.actors.places`), pronouns;
   :mod:`~khabar.actors.mentions` joins both layers and finds the surnames of people named
   in full everywhere else;
3. :mod:`~khabar.actors.coreference` — one actor per referent: names, surnames, titles,
   pronouns and «این مقام» joined by the conventions of Persian news writing;
4. :mod:`~khabar.actors.names` — English names: lexicons first, then a pronunciation with
   vowels (:mod:`~khabar.actors.g2p`).

The public interface is :class:`Actor`, :class:`Mention` (:mod:`~khabar.actors.model`) and
:func:`extract_actors`. ``KHABAR_RECOGNISER=off`` runs the rules alone.
"""

from __future__ import annotations

from khabar.actors.coreference import resolve
from khabar.actors.mentions import find
from khabar.actors.model import Actor, Mention
from khabar.actors.names import name_actors, romanize
from khabar.segment import Document

__all__ = ["Actor", "Mention", "extract_actors", "romanize"]


def extract_actors(doc: Document, *, entities=None) -> list[Actor]:
    """Every actor of a segmented document, in order of first mention. *entities*: the
    statistical recogniser's spans of *doc* (``khabar.ner.recognise``) when already found;
    otherwise the recogniser runs here when installed (``KHABAR_RECOGNISER=off``: rules only)."""
    actors = resolve(doc, find(doc, entities=entities))
    name_actors(actors)
    return actors
