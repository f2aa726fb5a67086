"""Mentions: the rules' and the recogniser's, one set without overlaps, and the surnames of
the people named in full wherever else they occur.

Where both find something, the rules win: they know titles, honorifics, organisations and
places by their lexicons, and where a span starts and ends. A recogniser's person that the
rules took for a place, a group or nothing is kept (the name lists cannot hold every name),
and one that goes on past a name the rules ended early completes it; its organisations and
places fill only what the rules left empty.
"""

from __future__ import annotations

from dataclasses import replace
from itertools import compress

from khabar.actors import lexicons as lx
from khabar.actors import recognise, rules
from khabar.actors.model import GROUP, PERSON, PLACE, Found
from khabar.actors.places import says_place_follows
from khabar.forms import PerForm
from khabar.lexicon import ZWNJ, first_words, fold, in_arabic, longest_match
from khabar.ner.features import person_names
from khabar.segment import Document, is_word_text

_FOLDED = PerForm(fold, maxsize=1_000_000)  # each word folded, for many words at once


def find(doc: Document, *, entities=None) -> list[Found]:
    """Every mention of *doc*, in reading order, none overlapping another of the same layer
    (an organisation or place named inside a title stays beside the title). *entities*: the
    recogniser's spans when already found (``khabar.ner.recognise``)."""
    words = _FOLDED.many(doc.texts)
    found = rules.find_mentions(doc, words)
    found = _merged(found, recognise.recognised(doc, entities), words)
    found = _roster(doc, found, words)
    found = _whole_surnames(found, words)
    found += quoted_names_before_titles(found, words)
    found = _without_places_named_like_people(found, words)
    found += known_surnames(doc, found, words)
    found += quoted_names_again(found, words)
    facilities = [(f.start, f.end) for f in found if f.key[:1] == ("facility",)]
    found = [f for f in found if not _namesake(f, words, facilities)]
    found = [f for f in found if not _arabic_phrase(f, words)]
    found.sort(key=lambda f: (f.start, -f.end, f.inside))
    return found


def _arabic_phrase(found: Found, words: list[str]) -> bool:
    """A "name" in an unvocalised Arabic stretch (a verse: «احسب الناس ان یترکوا»), which
    the recogniser and the name rules never learnt: no one of the story. A well-known
    person's name (people.tsv) stays."""
    return (
        found.kind in ("name", "surname")
        and in_arabic(words, found.start, found.end)
        and not (found.type == PERSON and lx.match("people", words, found.start))
    )


def _namesake(found: Found, words: list[str], facilities: list[tuple[int, int]]) -> bool:
    """A person's name right after a street's or a building's word (بزرگراه شهید همت,
    بیمارستان امام رضا), or inside a facility's name (سالن ورزشی شهید عبدالهی), or a martyr
    after «و» right after a facility's name (مدارس شهیده رقیه عاملی و شهید ساجدی: two
    schools): the facility's namesake, not a person of the story."""
    return (
        found.type == PERSON
        and found.kind in ("name", "surname")
        and found.start > 0
        and (
            (words[found.start - 1],) in lx.table("facilities")
            or any(start < found.start < end for start, end in facilities)
            or (
                words[found.start - 1] == "و"
                and words[found.start] in lx.martyr_words()
                and any(end == found.start - 1 for _, end in facilities)
            )
        )
    )


def _merged(found: list[Found], recognised: list[Found], words: list[str]) -> list[Found]:
    if not recognised:
        return found
    outer = [f for f in found if not f.inside]
    described = _described_words(found, words)
    places = [f for f in found if f.type == PLACE]
    place_edges = {f.start for f in places}, {f.end for f in places}
    for candidate in recognised:
        if _lone_word_of(candidate, described):
            continue  # راهداری of «اداره‌کل راهداری»: the office's word, not a surname
        if _listed_with_places(candidate, place_edges, words):
            continue  # «لار، لتیان، ماملو و طالقان»: a dam's or a town's name in a list of them
        overlapping = [f for f in outer if f.start < candidate.end and candidate.start < f.end]
        if _extends(candidate, overlapping):
            # محمد رضا یزدانی | خرم: the recogniser saw the surname's second word
            name = overlapping[0]
            extra = candidate.words[len(candidate.words) - (candidate.end - name.end) :]
            name.end, name.words = candidate.end, name.words + extra
            name.key = (name.key[0], name.words)
        elif _listed_given_before(candidate, overlapping, words):
            # فاضل | لاریجانی: a given name the lists hold that is also an everyday word
            name = overlapping[0]
            name.start, name.words = candidate.start, (words[candidate.start], *name.words)
            name.given, name.kind = name.given + 1, "name"
            name.key = ("name", name.words)
        elif not overlapping:
            outer.append(candidate)
            found.append(candidate)
        elif (
            candidate.type == PERSON
            and all(f.type in (PLACE, GROUP) and f.kind == "name" for f in overlapping)
            and not any(f.key[:1] == ("facility",) for f in overlapping)  # its namesake's name
            and not _noun_of_place(candidate, overlapping, words)
            and not _a_country_alone(candidate, overlapping)
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


def _roster(doc: Document, found: list[Found], words: list[str]) -> list[Found]:
    """In a list of people (a team's roster: «حسین ابراهیمی، هادی عزیزی و مهرداد نوری از
    گیلان، ...»), each item that holds a name is that name whole: the surnames that are also
    words (مسلمان, طلبه, آزاد) and the given names before an honorific (سامان آقا زمانی) that
    the recogniser left out. A list is :data:`ROSTER_NAMES` or more items of a sentence
    separated by «،» or «و», each holding a name and nothing else but «از» and a place."""
    persons = {f.start: f for f in found if f.type == PERSON and f.kind in ("name", "surname")}
    if len(persons) < ROSTER_NAMES:
        return found
    places = {f.start: f.end for f in found if f.type == PLACE}
    for sentence in doc.sentences:
        items = _list_items(words, sentence.first_token, sentence.last_token, places)
        inside = {
            (start, end): [persons[k] for k in range(start, end) if k in persons]
            for start, end in items
        }
        if sum(map(bool, inside.values())) < max(ROSTER_NAMES, len(items) / 2):
            continue
        for (start, end), names in inside.items():
            whole = tuple(words[start:end])
            item = whole[recognise.honorific_count(whole) :] or whole  # آقا رضا: رضا
            if len(item) > MAX_NAME_WORDS or any(
                (lx.is_function_word(w) or lx.is_verb(w)) and not lx.name_suffix(w) for w in item
            ):
                continue
            if not names and recognise.given_count((*item, "")) and start not in places:
                # ميلاد جهانی: a given name and words, in the list, that nothing found
                names = [Found(PERSON, "name", start, end, key=("person", item), words=item)]
                found.append(names[0])
            if not names:
                continue
            name = names[0]
            if name.words == item:
                continue
            for other in names[1:]:
                found.remove(other)
            given = name.given if name.start == start else 0
            name.start, name.end, name.words = start, end, item
            name.given = max(given, recognise.given_count(item))
            name.kind = "name" if name.given else "surname"
            name.key = (name.key[0], item)
    return found


def _list_items(
    words: list[str], first: int, last: int, places: dict[int, int]
) -> list[tuple[int, int]]:
    """The items of a sentence's words ``[first, last)`` separated by «،» or «و», each
    without a trailing «از» and the place after it (نوری از گیلان)."""
    items, start = [], first
    for k in range(first, last + 1):
        if k == last or words[k] in _LIST or words[k] in (".", ":"):
            end = k
            for j in range(start, end - 1):
                if words[j] == "از" and places.get(j + 1) == end:
                    end = j  # نوری از گیلان, صوفیانی از آذربایجان شرقی
                    break
            if end > start:
                items.append((start, end))
            start = k + 1
    return items


# At least this many people listed in one sentence make a roster.
ROSTER_NAMES = 4
# A roster's item of more words than this is not one name.
MAX_NAME_WORDS = 5


def _noun_of_place(candidate: Found, overlapping: list[Found], words: list[str]) -> bool:
    """Whether a recogniser's "person" is an everyday noun and the place the rules found after
    it (اردوی ابوظبی: the Abu Dhabi camp), not a name the rules took for a place (علی شیرازی)."""
    places = [f for f in overlapping if f.type == PLACE]
    covered = {k for f in places for k in range(f.start, f.end)}
    rest = [words[k] for k in range(candidate.start, candidate.end) if k not in covered]
    return bool(places) and bool(rest) and all(map(_everyday_noun, rest))


def _a_country_alone(candidate: Found, overlapping: list[Found]) -> bool:
    """Whether a recogniser's one-word "person" is exactly a country's name (موریتانی عضو
    اتحادیه عرب است): no one is named by a country's name alone."""
    return (
        candidate.end - candidate.start == 1
        and len(overlapping) == 1
        and (overlapping[0].start, overlapping[0].end) == (candidate.start, candidate.end)
        and overlapping[0].place is not None
        and overlapping[0].place.type == "country"
    )


def _everyday_noun(word: str) -> bool:
    """A noun of the language (or its ezafe form: اردوی) that no name list holds."""
    if lx.is_given(word) or person_names().get(word):
        return False
    return lx.is_noun(word) or (word.endswith("ی") and lx.is_noun(word[:-1]))


def _listed_with_places(
    candidate: Found, place_edges: tuple[set[int], set[int]], words: list[str]
) -> bool:
    """Whether a recogniser's one-word person without a given name stands in a list («،» or
    «و») next to a place the rules found (*place_edges*: the places' first and end tokens)."""
    if candidate.type != PERSON or candidate.end - candidate.start != 1 or candidate.given:
        return False
    starts, ends = place_edges
    before, after = candidate.start - 1, candidate.end
    return (before >= 0 and words[before] in _LIST and before in ends) or (
        after < len(words) and words[after] in _LIST and after + 1 in starts
    )


_LIST = frozenset({"،", ",", "و"})


def _described_words(found: list[Found], words: list[str]) -> frozenset[str]:
    """The words of the organisations and offices the rules found in the article, but for
    given names and well-known people's surnames. (A person named in full whose surname is
    also in an organisation's name, دانشگاه شهید بهشتی, keeps that surname's mentions: they
    are found from the full name, :func:`known_surnames`.)"""
    known = lx.person_surnames()
    return frozenset(
        word
        for f in found
        if f.type not in (PERSON, PLACE) or f.kind == "title"
        for word in words[f.start : f.end]
        if (word,) not in known and not lx.is_given(word)
    )


def _lone_word_of(candidate: Found, described: frozenset[str]) -> bool:
    """Whether the recogniser's person is one word, with no given name or honorific, that the
    article uses inside an organisation's name or an office."""
    return (
        candidate.type == PERSON
        and candidate.end - candidate.start == 1
        and not candidate.given
        and candidate.words[0] in described
    )


def _extends(candidate: Found, overlapping: list[Found]) -> bool:
    """Whether a recogniser's person name goes on past the end of the one name the rules
    found there, by a word or two."""
    if candidate.type != PERSON or len(overlapping) != 1:
        return False
    name = overlapping[0]
    return (
        name.type == PERSON
        and name.kind in ("name", "surname")
        and candidate.start <= name.start < name.end < candidate.end
        and candidate.end - name.end <= 2
    )


def _listed_given_before(candidate: Found, overlapping: list[Found], words: list[str]) -> bool:
    """Whether a recogniser's person name is the one name the rules found there and one word
    before it that the name lists hold as a given name: a word the rules leave out of a name
    because it is also everyday Persian (فاضل "learned", امین "trusted")."""
    if candidate.type != PERSON or len(overlapping) != 1:
        return False
    name, word = overlapping[0], words[candidate.start]
    return (
        name.type == PERSON
        and name.kind in ("name", "surname")
        and candidate.start == name.start - 1
        and candidate.end == name.end
        and "given" in (person_names().get(word) or ())
        and not (lx.is_function_word(word) or lx.is_verb(word))
        and not lx.match("honorifics", [word], 0)
        and not lx.match("titles", [word], 0)
    )


def _whole_surnames(found: list[Found], words: list[str]) -> list[Found]:
    """A surname of two words seen as one (یزدانی خرم, in a headline) makes a full name that
    stops after its first word (محمد رضا یزدانی | خرم) go on to the second."""
    surnames = {
        f.words[f.given :]
        for f in found
        if f.type == PERSON and f.kind in ("name", "surname") and len(f.words) - f.given >= 2
    }
    if not surnames:
        return found
    by_start = {f.start: f for f in found}
    for f in found:
        if f.type != PERSON or f.kind not in ("name", "surname") or not f.words:
            continue
        for surname in surnames:
            rest = surname[1:]
            if f.words[-1] == surname[0] and tuple(words[f.end : f.end + len(rest)]) == rest:
                swallowed = by_start.get(f.end)
                if swallowed is not None and swallowed.end <= f.end + len(rest):
                    found.remove(swallowed)
                f.end += len(rest)
                f.words += rest
                f.key = (f.key[0], f.words)
                break
    return found


def _without_places_named_like_people(found: list[Found], words: list[str]) -> list[Found]:
    """*found* without the one-word places that are the surname of a person the article names
    in full (کامرون after «دیوید کامرون»: the prime minister, not Cameroon), unless a word
    before says a place follows (کشور کامرون); :func:`known_surnames` then makes them his."""
    surnames = {
        f.words[f.given :]
        for f in found
        if f.type == PERSON and f.kind == "name" and f.given and len(f.words) == f.given + 1
    }
    if not surnames:
        return found
    return [
        f
        for f in found
        if not (
            f.type == PLACE
            and f.end - f.start == 1
            and not f.inside
            and (words[f.start],) in surnames
            and not (f.start > 0 and says_place_follows(words[f.start - 1]))
        )
    ]


def known_surnames(doc: Document, found: list[Found], words: list[str]) -> list[Found]:
    """A name seen in full makes its surname that person everywhere in the article (before
    the full name too: a headline often gives the surname alone). Words already inside a
    mention are left alone; a surname that is also an everyday word (خرم joyful) counts alone
    only opening a sentence."""
    surnames: dict[tuple[str, ...], tuple[str, ...]] = {}
    for f in found:
        if f.type == PERSON and f.kind == "name" and f.given and len(f.words) > f.given:
            surname = f.words[f.given :]
            for spelling in (surname, *_other_spellings(surname)):
                surnames.setdefault(spelling, f.words)
            if len(surname) == 1 and ZWNJ in surname[0]:
                # حیدری‌جناسمی, later حیدری: the first part of a joined surname
                first = surname[0].split(ZWNJ)[0]
                if len(first) >= 3 and lx.frequency(first) < lx.COMMON_WORD_MIN:
                    surnames.setdefault((first,), f.words)
    if not surnames:
        return []
    covered = _covered(found, len(words))
    starts = first_words(surnames, remember=False)
    opening = {s.first_token for s in doc.sentences}
    extra: list[Found] = []
    after = 0  # the end of the last surname found
    # Only the words a surname begins with are looked at (most words begin none).
    for i in compress(range(len(words)), map(starts.__contains__, words)):
        if i < after or covered[i]:
            continue
        match = longest_match(surnames, words, i, index=starts)
        length = match[0] if match else 0
        if not length or any(covered[i : i + length]):
            continue
        if length == 1 and lx.frequency(words[i]) >= lx.COMMON_WORD_MIN and i not in opening:
            continue  # خرم alone mid-sentence is the adjective "joyful", not Mr Khorram
        surname = tuple(words[i : i + length])
        extra.append(
            Found(PERSON, "surname", i, i + length, key=("surname", surname), words=surname)
        )
        after = i + length
    return extra


def _other_spellings(surname: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    """A surname's other spellings in news: joined with a zero-width non-joiner, apart or
    solid (نیک‌منش, نیک منش; پیر موذن, پیرموذن)."""
    if len(surname) > 1:
        return ((ZWNJ.join(surname),), ("".join(surname),))
    parts = tuple(part for part in surname[0].split(ZWNJ) if part)
    return (parts,) if len(parts) > 1 else ()


# A name in guillemets before a title has at most this many words («راس ویلسون»).
MAX_QUOTED_PERSON = 4


def quoted_names_before_titles(found: list[Found], words: list[str]) -> list[Found]:
    """A name in guillemets that nothing else found, right before a person's title (a «،»
    between them or not), is that person's name: news quotes foreign names it spells for the
    first time («راس ویلسون»، سفیر آمریکا در آذربایجان)."""
    covered = _covered(found, len(words))
    extra = []
    for title in found:
        if title.type != PERSON or title.kind != "title":
            continue
        close = title.start - 1 - (title.start > 0 and words[title.start - 1] == "،")
        if close < 2 or words[close] != lx.CLOSE_QUOTE:
            continue
        open_ = next(
            (
                k
                for k in range(close - 1, max(close - 2 - MAX_QUOTED_PERSON, -1), -1)
                if words[k] == lx.OPEN_QUOTE
            ),
            None,
        )
        if open_ is None or open_ + 1 == close or any(covered[open_:close]):
            continue
        name = tuple(words[open_ + 1 : close])
        if any(lx.is_function_word(w) or lx.is_verb(w) or not is_word_text(w) for w in name):
            continue
        if open_ > 0 and lx.match("organizations", words, open_ - 1):
            continue  # روزنامه «کیهان»: a quoted organisation's name
        given = recognise.given_count(name)
        extra.append(
            Found(
                PERSON,
                "name" if given or len(name) > 1 else "surname",
                open_ + 1,
                close,
                key=("person", name),
                words=name,
                given=given,
            )
        )
    return extra


def quoted_names_again(found: list[Found], words: list[str]) -> list[Found]:
    """An organisation named once in guillemets after its head (سایت «میدل‌ایست آن لاین»)
    is that organisation where its name recurs without them; a one-word name that is also
    an everyday word is left alone."""
    names = {
        f.words: f
        for f in found
        if f.quoted and (len(f.words) > 1 or lx.frequency(f.words[0]) < lx.COMMON_WORD_MIN)
    }
    if not names:
        return []
    covered = _covered(found, len(words))
    starts = first_words(names, remember=False)
    extra = []
    for i in compress(range(len(words)), map(starts.__contains__, words)):
        match = longest_match(names, words, i, index=starts)
        if match and not any(covered[i : i + match[0]]):
            first = names[tuple(words[i : i + match[0]])]
            extra.append(replace(first, start=i, end=i + match[0]))
            covered[i : i + match[0]] = b"\x01" * match[0]
    return extra


def _covered(found: list[Found], size: int) -> bytearray:
    """One byte per word of the document: 1 where a mention of *found* already covers it."""
    covered = bytearray(size)
    for f in found:
        covered[f.start : f.end] = b"\x01" * (f.end - f.start)
    return covered
