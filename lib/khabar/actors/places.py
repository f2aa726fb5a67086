"""Places in a sentence: the gazetteer's names, and a spelling it lacks where the text says a
place follows (استان ..., شهر ...) or the word is coordinated with a known place.

A mixin of :class:`khabar.actors.rules.SentenceRules`: it reads the sentence's ``words``
(folded) and ``tokens`` and adds its mentions with ``_add``.
"""

from __future__ import annotations

from khabar import gazetteer
from khabar.actors import lexicons as lx
from khabar.actors.lexicons import COORDINATORS
from khabar.actors.model import PLACE
from khabar.actors.names import english_name, romanize
from khabar.gazetteer import Place
from khabar.lexicon import ZWNJ

# Words after which an unknown word is taken for a place if its skeleton matches one.
PLACE_TRIGGERS = frozenset({"استان", "شهر", "کشور", "شهرستان"})
PLACE_CONTEXT = PLACE_TRIGGERS | COORDINATORS
# A foreign city's name this frequent as a word is the word (میدان, بالای), unless a word
# before it says a place follows.
FOREIGN_CITY_MAX_FREQUENCY = 1e-4
# The words of a division that open its name, by the gazetteer's type of place.
_DIVISIONS = {"province": {"استان"}, "city": {"شهر", "شهرستان", "بخش"}}
_DASHES = frozenset({"-", "–", "ـ"})
# At most this many words of a road's end that the gazetteer lacks (رباط پشت بادام).
ROAD_END_WORDS = 3
# At most this many words of a facility's name after its word (شهید حاج علی کلانتری).
FACILITY_NAME_WORDS = 5
# At most this many adjectives between a facility's word and a namesake that an honorific
# («شهید», «حضرت») opens (سالن ورزشی شهید عبدالهی, حرم مطهر حضرت معصومه).
FACILITY_ADJECTIVES = 2
# What may stand between a road's word and its ends (محور فرعی شمشک-دیزین).
_ROAD_QUALIFIERS = frozenset({"فرعی", "اصلی", "ارتباطی", "روستایی"})


class PlaceRules:
    """Finding places (mixed into the sentence's rules)."""

    words: list[str]

    def _place(self, i: int) -> int:
        found = self._place_at(i)
        if not found:
            return 0
        length, place = found
        # «استان کرمان», «شهرستان چالوس», «بخش زهان»: the division's word is part of the
        # name as news writes it.
        start = i - 1 if self._word(i - 1) in _DIVISIONS.get(place.type, ()) else i
        self._add("name", PLACE, start, i + length, place=place, key=("place", place.id))
        return length

    def _road(self, i: int) -> int:
        """«آزادراه تهران-پردیس», «جاده قزوین - همدان», «محور رباط پشت بادام - بیاضه»: a road
        between places named by its ends joined by dashes, one place mention (its towns are
        not mentions of their own). An end is a gazetteer place, or up to
        :data:`ROAD_END_WORDS` words that may be a name (villages and passes the gazetteer
        lacks); the dash is what makes it a road."""
        road = lx.match("roads", self.words, i)
        if road is None:
            return 0
        j, ends = i + road[0], []  # each end: its words, and the gazetteer's place or None
        while j < len(self.words) and self.words[j] in _ROAD_QUALIFIERS:
            j += 1  # محور فرعی شمشک-دیزین
        while j < len(self.words):
            if "-" in self.words[j].strip("-"):
                *parts, last = self.words[j].split("-")
                for part in parts:
                    found = gazetteer.match([part], 0)
                    ends.append((part, found[1][0] if found else None))
                # the last end may go on past the word: خرم‌آباد-پل دختر
                found = gazetteer.match([last, *self.words[j + 1 : j + 3]], 0)
                length = found[0] if found else 1
                ends.append(
                    (" ".join([last, *self.words[j + 1 : j + length]]), found and found[1][0])
                )
                j += length
            elif found := gazetteer.match(self.words, j):
                ends.append((" ".join(self.words[j : j + found[0]]), found[1][0]))
                j += found[0]
            elif length := self._road_end(j, last=bool(ends)):
                ends.append((" ".join(self.words[j : j + length]), None))
                j += length
            else:
                break
            if self._word(j) not in _DASHES:
                break
            j += 1
        if len(ends) < 2:
            return 0
        english = "–".join(place.name_en if place else romanize(w) for w, place in ends)
        # One road however its ends are ordered or repeated (کرج-قزوین-کرج, قزوین-کرج).
        key = ("road", tuple(sorted({w for w, _ in ends})))
        self._add("name", PLACE, i, j, key=key, name_en=f"{english} {road[1].name_en}")
        return j - i

    def _facility(self, i: int) -> int:
        """«پایانه شهید کلانتری», «بیمارستان امام رضا (ع)», «پل فردیس», «ورزشگاه شهید شیرودی
        تهران»: a street, building or site with a proper name, one place mention (its
        namesake and its town are not mentions of their own). The name is honorifics, then
        words that may only be a name's (a given name, a surname, a word the vocabulary
        lacks) or a place, up to :data:`FACILITY_NAME_WORDS` words; a town may follow it.
        A facility named by everyday words (سالن همایش, ورزشگاه آزادی) is not found."""
        facility = lx.match("facilities", self.words, i)
        if facility is None or lx.match("roads", self.words, i):
            return 0  # جاده, آزادراه: roads are named by their ends (_road)
        if (whole := self._place_at(i)) and whole[0] > facility[0]:
            return 0  # بندر انزلی, بندر چابهار: a town the gazetteer names with the word
        j = start = i + facility[0] + self._facility_adjectives(i + facility[0])
        named = honoured = False
        while j < len(self.words) and j - start < FACILITY_NAME_WORDS:
            word = self.words[j]
            if honorific := lx.match("honorifics", self.words, j):
                j += honorific[0]  # شهید, حضرت ...
                honoured = True
            elif place := self._place_at(j):
                j += place[0]
                named = True
                break  # پل فردیس: a place ends the name
            elif namesake_word(word, honoured=honoured or named):
                j += 1
                named = True
            else:
                break
        if not named:
            return 0
        name_end = j
        if (blessed := self._blessed(j - 1)) > 1:
            j += blessed - 1  # امام رضا (ع)
        town = self._place_at(j) if self._place_at(name_end - 1) is None else None
        if town:
            j += town[0]  # ورزشگاه شهید شیرودی تهران
        english = f"{english_name(' '.join(self.words[start:name_end]))} {facility[1].name_en}"
        if town:
            english += f", {town[1].name_en}"
        self._add(
            "name",
            PLACE,
            i,
            j,
            key=("facility", tuple(self.words[i:j])),
            name_en=english,
        )
        return j - i

    def _facility_adjectives(self, j: int) -> int:
        """How many adjectives from *j* stand between a facility's word and a namesake that
        «شهید» or an honorific opens (مدارس ابتدایی شهیده رقیه عاملی); 0 if none does."""
        words = self.words
        for k in range(j, min(j + FACILITY_ADJECTIVES + 1, len(words))):
            if lx.match("honorifics", words, k):
                return k - j
            if not lx.is_adjective(words[k]):
                break
        return 0

    def _road_end(self, j: int, *, last: bool) -> int:
        """How many words from *j* may be a road's end the gazetteer lacks: words that may be
        a name, up to a dash (after a dash, one word only: the text goes on after it)."""
        length = 0
        while j + length < len(self.words) and length < ROAD_END_WORDS:
            word = self.words[j + length]
            if word in _DASHES or not _may_name_a_place(word):
                break
            length += 1
            if last:
                break
        if not last and self._word(j + length) not in _DASHES:
            return 0  # the first end must be followed by its dash
        return length

    def _place_at(self, i: int) -> tuple[int, Place] | None:
        words = self.words
        if i >= len(words):
            return None  # a title's complement looked past the sentence's last word
        found = gazetteer.match(words, i)
        previous = self._word(i - 1)
        if found:
            length, candidates = found
            if (
                length == 1
                and not says_place_follows(previous)
                and (
                    (words[i],) in lx.table("not_places")
                    or (
                        candidates[0].type == "city"
                        and candidates[0].country != "IR"
                        and lx.frequency(self.tokens[i].text) >= FOREIGN_CITY_MAX_FREQUENCY
                    )
                )
            ):
                return None  # میدان a square, not Medan; مسئله a question, not M'Sila
            if previous == "استان":
                chosen = next((p for p in candidates if p.type == "province"), candidates[0])
            else:
                chosen = next((p for p in candidates if p.type != "province"), candidates[0])
            return length, chosen
        if lx.is_unknown_word(words[i]) and (previous in PLACE_TRIGGERS or self._after_place(i)):
            variants = gazetteer.match_variant(words[i])
            if variants:
                return 1, variants[0]
        return None

    def _after_place(self, i: int) -> bool:
        """Whether words[i] follows a place name and a coordinator (آذربایجان شرقی و ...)."""
        words = self.words
        if i < 2 or words[i - 1] not in COORDINATORS:
            return False
        for start in range(max(0, i - 1 - gazetteer.max_name_length()), i - 1):
            found = gazetteer.match(words, start)
            if found and start + found[0] == i - 1:
                return True
        return False


def _may_name_a_place(word: str) -> bool:
    return (
        any(c.isalpha() for c in word)
        and not lx.stops_name(word)
        and not lx.is_verb(word)
        and word not in COORDINATORS
    )


def namesake_word(word: str, *, honoured: bool) -> bool:
    """A word of a facility's name: a given name, or a word the vocabulary lacks that is no
    adjective (نیمه‌متمرکز); after «شهید» or another honorific, or another word of the name,
    also a surname that is a word of the language too (شهید کلانتری)."""
    if lx.is_given(word) or (honoured and lx.surname_like(word)):
        return True
    last = word.split(ZWNJ)[-1]
    return lx.is_unknown_word(word) and "AJ" not in lx.tags(last)


def says_place_follows(word: str) -> bool:
    """Whether *word* says a place's name follows: استان, شهر ..., or a title whose
    jurisdiction is a place (استاندار مرکزی: Markazi's governor; بخش مرکزی: central)."""
    if word in PLACE_TRIGGERS:
        return True
    title = lx.table("titles").get((word,))
    return title is not None and title.takes == "place"
