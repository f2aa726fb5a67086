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
from functools import cache

from khabar import gazetteer
from khabar.actors import lexicons as lx
from khabar.actors.model import ORGANIZATION, PERSON, PLACE, Found
from khabar.actors.places import says_place_follows
from khabar.gazetteer import Place
from khabar.lexicon import ZWNJ, fold, vocalised
from khabar.segment import Document

_TYPES = {"PER": PERSON, "ORG": ORGANIZATION, "LOC": PLACE}
# KHABAR_RECOGNISER=off runs the rules alone (the benchmark's rules-only pipeline).
ENVIRONMENT = "KHABAR_RECOGNISER"


def enabled() -> bool:
    return os.environ.get(ENVIRONMENT, "on").lower() not in ("off", "0", "no", "false")


@cache
def _recogniser():
    try:
        return importlib.import_module("khabar.ner")
    except ImportError:
        return None


def _in_arabic(doc: Document, start: int, end: int) -> bool:
    """Whether tokens [start, end) are written as vocalised Arabic in the raw text."""
    raw = doc.cleaned.raw[doc.tokens[start].raw_start : doc.tokens[end - 1].raw_end]
    return vocalised(raw)


def recognised(doc: Document, entities=None) -> list[Found]:
    """The recogniser's mentions of *doc* (its *entities*, or found now when not given),
    trimmed; empty without a recogniser or with it switched off."""
    if not enabled():
        return []
    if entities is None:
        module = _recogniser()
        if module is None or not hasattr(module, "recognise"):
            return []
        entities = module.recognise(doc)
    found = []
    spans = []
    for span in entities:
        type_ = _TYPES.get(getattr(span, "type", ""))
        if type_ is None:
            continue
        start, end = _trimmed(doc, *_token_span(doc, span))
        if start < end and _in_arabic(doc, start, end):
            continue  # عبادی الصالحون: a verse's words, which the recogniser never learnt
        if type_ == PERSON and start < end < len(doc.tokens):
            end += lx.name_suffix(fold(doc.tokens[end].text))  # انصاری | فر: the surname's
        if start < end:
            spans.append((type_, start, end, tuple(fold(t.text) for t in doc.tokens[start:end])))
    # Words the recogniser sees inside a longer name (آقا رضا): alone, they are that name.
    in_names = {
        w for type_, _, _, words in spans if type_ == PERSON and len(words) > 1 for w in words
    }
    for type_, start, end, words in spans:
        if type_ == PERSON and _everyday_word(words, in_names=in_names):
            continue  # ابراز خرسندی, راهداری, میلاد (birth): a noun of the language, not a name
        if type_ in (PERSON, ORGANIZATION) and len(words) > 1 and lx.plural_of_people(words[0]):
            continue  # شاهدان عینی, کتابداران تهرانی: people described, no one's name
        if type_ == PLACE and _word_not_place(doc, start, words):
            continue  # بخش مرکزی: «central», not the province, as the rules read it
        if type_ == PLACE and _unnamed_facility(words):
            continue  # حرم مطهر: the holy shrine, a place the text does not name
        if type_ == PERSON:
            honorifics = honorific_count(words)
            name = words[honorifics:] or words
            given = given_count(name)
            found.append(
                Found(
                    PERSON,
                    # راب کلیفورد: a full name
                    "name" if given or not _one_surname(name) else "surname",
                    start,
                    end,
                    key=("person", name),
                    words=name,
                    given=given,
                    source="recogniser",
                )
            )
        else:
            place = _place(words) if type_ == PLACE else None
            if place:
                key = ("place", place.id)
            elif type_ == ORGANIZATION:
                key = lx.organization_key(list(words))  # the rules' key: one actor for both
            else:
                key = (type_, words)
            found.append(
                Found(
                    type_,
                    "name",
                    start,
                    end,
                    key=key,
                    words=words,
                    place=place,
                    name=place.name_fa if place else "",
                    name_en=place.name_en if place else "",
                    source="recogniser",
                )
            )
    return found


# Plural endings written after a ZWNJ (محدودیت‌ها, محدودیت‌های): no name ends in one.
_PLURAL_ENDINGS = (ZWNJ + "ها", ZWNJ + "های", ZWNJ + "هایی")
# A one-word "name" this frequent, that hazm's lexicon holds as a noun or adjective, is the
# word itself (خرسندی satisfaction, راهداری road maintenance), not a surname.
EVERYDAY_WORD_MIN = 2e-6
# ... and an adjective's noun in ی this frequent (خرسندی) is that noun, not a surname (علمداری).
ABSTRACT_NOUN_MIN = 1e-6


def _everyday_word(
    words: tuple[str, ...], *, in_names: set[str] | frozenset[str] = frozenset()
) -> bool:
    """Whether a one-word person is a word of the language: a noun or adjective this frequent,
    or a given name that is also an everyday word (میلاد birth, امید hope) that the article
    never writes inside a longer name (*in_names*)."""
    word = words[0]
    if len(words) > 1 or word in in_names:
        return False
    if ZWNJ in word and word.endswith(_PLURAL_ENDINGS):
        return True  # محدودیت‌های: a plural, which no name is
    if lx.is_given(word):
        return word in lx.common_word_names() and "N" in lx.tags(word)
    if (
        word.endswith("ی")
        and "AJ" in lx.tags(word[:-1])
        and not lx.is_given(word[:-1])
        and lx.frequency(word) >= ABSTRACT_NOUN_MIN
    ):
        return True  # خرسندی, امیدواری: an adjective's noun (خرسند glad), not حسینی or کریمی
    return lx.frequency(word) >= EVERYDAY_WORD_MIN and not {"N", "AJ"}.isdisjoint(lx.tags(word))


def _word_not_place(doc: Document, start: int, words: tuple[str, ...]) -> bool:
    """Whether a one-word place is a word that names a place only after a word that says
    one follows (not_places.tsv: میدان square, مرکزی central) and stands without one, as the
    rules read it (:func:`~khabar.actors.places.says_place_follows`)."""
    if len(words) > 1 or words not in lx.table("not_places"):
        return False
    return start == 0 or not says_place_follows(fold(doc.tokens[start - 1].text))


def _unnamed_facility(words: tuple[str, ...]) -> bool:
    """Whether a place is a facility's word and adjectives alone (حرم مطهر, سالن بزرگ): no
    name, so no place mention (the guidelines' places are named ones)."""
    found = lx.match("facilities", list(words), 0)
    return found is not None and all(lx.is_adjective(w) for w in words[found[0] :])


def _place(words: tuple[str, ...]) -> Place | None:
    """The gazetteer's place of exactly these words, if any."""
    found = gazetteer.match(list(words), 0)
    return found[1][0] if found and found[0] == len(words) else None


def honorific_count(words: tuple[str, ...]) -> int:
    """How many words of honorifics and ranks open *words* (دکتر, سرتیپ, آیت‌الله)."""
    i = 0
    while i < len(words) and (found := lx.match("honorifics", list(words), i)):
        i += found[0]
    return i


def given_count(words: tuple[str, ...]) -> int:
    """How many given names open a name of more than one word (0: a surname alone)."""
    i = 0
    while i < len(words) - 1 and lx.is_given(words[i]) and not lx.name_suffix(words[i + 1]):
        i += 1  # حسین | زاده: a surname's stem, not a given name
    return i


def _one_surname(words: tuple[str, ...]) -> bool:
    """A surname alone: one word, or a stem and its suffix written apart (حسین زاده)."""
    return len(words) == 1 or (len(words) == 2 and lx.name_suffix(words[1]))


def _token_span(doc: Document, span) -> tuple[int, int]:
    """Document token indices ``[start, end)`` of a recogniser span, from its token indices
    (``first``, ``end``) when it has them, else from its raw offsets."""
    if hasattr(span, "first") and hasattr(span, "end"):
        return span.first, span.end
    raw_start, raw_end = span.raw_start, span.raw_end
    tokens = [t.index for t in doc.tokens if t.raw_start >= raw_start and t.raw_end <= raw_end]
    return (tokens[0], tokens[-1] + 1) if tokens else (0, 0)


def _trimmed(doc: Document, start: int, end: int) -> tuple[int, int]:
    """The span without titles of office, verbs, function words or words of time at its
    edges (a mention never contains اظهار داشت or روز پنجشنبه; an office is a mention of its
    own, found by the rules). Honorifics stay: they belong to the name («دکتر ظریف»)."""
    words = [fold(t.text) for t in doc.tokens[start : end + 1]]
    while start < end:
        if lead := lx.match("titles", words, 0):
            words, start = words[lead[0] :], start + lead[0]
        elif lx.stops_name(words[0]):
            words, start = words[1:], start + 1
        else:
            break

    def word(k: int) -> str:
        return words[k - start] if 0 <= k - start < len(words) else ""

    def suffix(k: int) -> bool:
        return k > start and lx.name_suffix(word(k))  # علامه زاده: a surname, not "born"

    for k in range(start, end):
        if suffix(k):
            continue
        if lx.is_verb(word(k)) or (k + 1 == end and lx.is_light_verb(word(k + 1))):
            end = k  # اظهار داشت: the verb and its nominal part are no name
            break
    while (
        end > start
        and not suffix(end - 1)
        and (
            lx.stops_name(word(end - 1))
            or "ADV" in lx.tags(word(end - 1))
            or lx.possessed_noun(word(end - 1))
        )
    ):
        end -= 1  # راگوژین ناگهان, رضا بابایم: an adverb or «my dad» after a name is no part
    return start, end
