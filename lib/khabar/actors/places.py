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
from khabar.actors.names import romanize
from khabar.gazetteer import Place

# Words after which an unknown word is taken for a place if its skeleton matches one.
PLACE_TRIGGERS = frozenset({"استان", "شهر", "کشور", "شهرستان"})
PLACE_CONTEXT = PLACE_TRIGGERS | COORDINATORS
# A foreign city's name this frequent as a word is the word (میدان, بالای), unless a word
# before it says a place follows.
FOREIGN_CITY_MAX_FREQUENCY = 1e-4
_PROVINCE = "استان"
_DASHES = frozenset({"-", "–", "ـ"})


class PlaceRules:
    """Finding places (mixed into the sentence's rules)."""

    words: list[str]

    def _place(self, i: int) -> int:
        found = self._place_at(i)
        if not found:
            return 0
        length, place = found
        # «استان کرمان»: the province's word is part of its name (not «شهر», «شهرستان»,
        # which a town's name may go without).
        start = i - 1 if place.type == "province" and self._word(i - 1) == _PROVINCE else i
        self._add("name", PLACE, start, i + length, place=place, key=("place", place.id))
        return length

    def _road(self, i: int) -> int:
        """«آزادراه تهران-پردیس», «جاده قزوین - همدان»: a road between places named by its
        ends, one place mention (its towns are not mentions of their own)."""
        road = lx.match("roads", self.words, i)
        if road is None:
            return 0
        j, ends = i + road[0], []  # each end: its words, and the gazetteer's place or None
        while j < len(self.words):
            if "-" in self.words[j].strip("-"):
                for part in self.words[j].split("-"):
                    found = gazetteer.match([part], 0)
                    ends.append((part, found[1][0] if found else None))
                j += 1
            elif found := gazetteer.match(self.words, j):
                ends.append((" ".join(self.words[j : j + found[0]]), found[1][0]))
                j += found[0]
            else:
                break
            if self._word(j) not in _DASHES:
                break
            j += 1
        if len(ends) < 2 or not any(place for _, place in ends):
            return 0
        english = "–".join(place.name_en if place else romanize(w) for w, place in ends)
        # One road however its ends are ordered or repeated (کرج-قزوین-کرج, قزوین-کرج).
        key = ("road", tuple(sorted({w for w, _ in ends})))
        self._add("name", PLACE, i, j, key=key, name_en=f"{english} {road[1].name_en}")
        return j - i

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
                and previous not in PLACE_TRIGGERS
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
