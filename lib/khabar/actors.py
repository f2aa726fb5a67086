"""Actors: everyone an article speaks of, under every name they go by, with raw offsets.

Found offline and explainably, from the lexicons in ``data/lexicons/actors/`` and the
gazetteer:

* persons: a title of office and its jurisdiction (استاندار آذربایجان شرقی, سفیر بلاروس
  در تهران), a full name (given name + surname), the surname alone once the full name is
  known, and pronouns (وی, او, ایشان);
* organisations: a head and its complement (اتاق بازرگانی تبریز, استانداری آذربایجان
  شرقی): the office استانداری is an organisation, the officer استاندار a person;
* groups: people spoken of collectively (مسئولان اقتصادی استان), and collective references
  to the two parties of a bilateral story (دو کشور, دو طرف), linked to their members;
* places: countries, provinces, cities and regions, with English names and coordinates.

Coreference follows the conventions of Persian news writing:

* the same title with the same jurisdiction is the same person (سفیر بلاروس = سفیر بلاروس
  در تهران);
* a name in apposition to a title names that titled person; a bare full name opening a
  paragraph names the unnamed titled person who was the subject of the paragraph before
  (the lead gives the title, the next paragraph the name);
* a pronoun that opens a sentence is the subject of the last sentence that had a person as
  its subject (the current speaker), not simply the last person named; elsewhere it is the
  most recent person other than the sentence's own subject.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from functools import cache
from itertools import compress

from khabar import gazetteer
from khabar.gazetteer import Place
from khabar.lexicon import (
    UNKNOWN_WORD,
    first_words,
    hazm_words,
    longest_match,
    read_table,
    word_frequencies,
)
from khabar.segment import Document, Token, lemma

# Words after which an unknown word is taken for a place if its skeleton matches one.
PLACE_TRIGGERS = frozenset({"استان", "شهر", "کشور", "شهرستان"})
# A word ending in ی this frequent is taken for a relational adjective (تجاری).
RELATIONAL_ADJECTIVE_MIN = 1e-5
# A word this frequent is vocabulary, never a misspelt place name.
VOCABULARY_MIN = 1e-7
# Surnames are rarer than this in general text (خرم 2e-5 passes; نظر, مشاهده do not).
SURNAME_MAX_FREQUENCY = 5e-5
# A surname this frequent as a word (خرم "joyful") counts alone only opening a sentence.
COMMON_WORD_MIN = 1e-5
_COORDINATORS = frozenset({"و", "،"})
# A place may follow these even when the gazetteer knows only a variant of its name.
_PLACE_CONTEXT = PLACE_TRIGGERS | _COORDINATORS
_STOP_TAGS = frozenset({"P", "CONJ", "POSTP", "PRO", "DET"})


@dataclass(frozen=True, slots=True)
class Mention:
    """One reference to an actor: its surface text, kind and raw offsets."""

    text: str
    start: int
    end: int
    kind: str
    sentence: int
    paragraph: int


@dataclass(slots=True)
class Actor:
    id: str
    name: str
    name_en: str
    type: str
    roles: list[str] = field(default_factory=list)
    roles_en: list[str] = field(default_factory=list)
    affiliation: str = ""
    mentions: list[Mention] = field(default_factory=list)
    members: list[str] = field(default_factory=list)
    lat: float | None = None
    lon: float | None = None
    # Internal bookkeeping for coreference (not exported).
    key: tuple = ()
    surname: str = ""

    def to_dict(self) -> dict:
        data = {
            "id": self.id,
            "name": self.name,
            "name_en": self.name_en,
            "type": self.type,
            "roles": self.roles,
            "roles_en": self.roles_en,
            "affiliation": self.affiliation,
            "affiliation_en": gazetteer.country_name_en(self.affiliation),
            "mentions": [
                {
                    "text": m.text,
                    "start": m.start,
                    "end": m.end,
                    "kind": m.kind,
                    "sentence": m.sentence,
                    "paragraph": m.paragraph,
                }
                for m in self.mentions
            ],
        }
        if self.members:
            data["members"] = self.members
        if self.lat is not None:
            data["lat"], data["lon"] = self.lat, self.lon
        return data


@dataclass(frozen=True, slots=True)
class Entry:
    """A lexicon entry: its canonical form, English name, what it takes or refers to, and
    whether its singular already names a group."""

    form: str
    name_en: str
    takes: str = ""
    singular_is_group: bool = False


@cache
def _lexicon(name: str) -> dict[tuple[str, ...], Entry]:
    """A lexicon of data/lexicons/actors/NAME.tsv keyed by token tuples of forms and variants."""
    table: dict[tuple[str, ...], Entry] = {}
    for row in read_table("lexicons", "actors", f"{name}.tsv"):
        entry = Entry(
            row["form"],
            row.get("name_en", ""),
            row.get("takes") or row.get("refers", ""),
            row.get("singular_is_group") == "yes",
        )
        variants = row.get("variants") or ""
        for form in [row["form"], *filter(None, variants.split("|"))]:
            table[tuple(form.replace("،", " ، ").split())] = entry
    return table


@cache
def _may_start_actor(word: str) -> bool:
    """Whether any recogniser of the actor pass can start at *word*, by the first words of
    the lexicons and the gazetteer (a surname seen before and a place after «استان» or «و»
    are checked apart). Most words start nothing, and are passed over at one lookup."""
    stem = lemma(word)
    groups = _lexicon("groups")
    return (
        any(word in first_words(_lexicon(n)) for n in ("references", "titles", "organizations"))
        or stem in first_words(_lexicon("organizations"))
        or (stem,) in groups
        or (word,) in groups
        or word in _given_names()
        or gazetteer.starts_name(word)
    )


@cache
def _is_unknown_word(word: str) -> bool:
    """A word hazm's lexicon lacks and general text hardly uses: a name, or a misspelling."""
    return (
        len(word) >= 4
        and word not in hazm_words()
        and word_frequencies().get(word, 0.0) < VOCABULARY_MIN
    )


@cache
def _given_names() -> dict[str, str]:
    return {
        row["form"]: row["name_en"] for row in read_table("lexicons", "actors", "given_names.tsv")
    }


@cache
def _common_word_names() -> frozenset[str]:
    rows = read_table("lexicons", "actors", "given_names.tsv")
    return frozenset(row["form"] for row in rows if row["common_word"] == "yes")


class _Extractor:
    """One pass over a document, building actors in order of first mention."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.actors: dict[str, Actor] = {}
        self.by_key: dict[tuple, Actor] = {}
        self.subjects: dict[int, Actor] = {}  # sentence index -> person subject
        self.subject_order: list[int] = []  # sentences with a subject, in reading order
        self.paragraph_subjects: dict[int, Actor] = {}  # paragraph -> its first subject
        self.mentioned: set[tuple[str, int, int]] = set()
        self.title_ends: dict[int, Actor] = {}  # raw end of a title mention -> its person
        self.by_surname: dict[str, Actor] = {}
        self.last_place_of: dict[str, Actor] = {}  # "country"/"province" -> last named
        self.words = hazm_words()
        self.freq = word_frequencies()

    # ----- helpers ------------------------------------------------------------------------
    def _mention(self, actor: Actor, tokens: list[Token], kind: str) -> Mention:
        raw = self.doc.cleaned.raw
        start, end = tokens[0].raw_start, tokens[-1].raw_end
        mention = Mention(raw[start:end], start, end, kind, tokens[0].sentence, tokens[0].paragraph)
        if (actor.id, start, end) not in self.mentioned:
            self.mentioned.add((actor.id, start, end))
            actor.mentions.append(mention)
            if kind == "title":
                self.title_ends.setdefault(end, actor)
        return mention

    def _actor(self, key: tuple, **fields) -> Actor:
        actor = self.by_key.get(key)
        if actor is None:
            prefix = {"person": "P", "organization": "O", "group": "G", "place": "L"}[
                fields["type"]
            ]
            number = sum(a.type == fields["type"] for a in self.actors.values()) + 1
            actor = Actor(id=f"{prefix}{number}", key=key, **fields)
            self.actors[actor.id] = actor
            self.by_key[key] = actor
        return actor

    def _is_content_word(self, word: str) -> bool:
        tags = self.words.get(word, UNKNOWN_WORD)[1]
        return (
            any(c.isalpha() for c in word)
            and _STOP_TAGS.isdisjoint(tags)
            and word not in _COORDINATORS
        )

    def _is_noun(self, word: str) -> bool:
        """A noun by hazm's lexicon, itself or its lemma (جراحان -> جراح)."""
        return any("N" in self.words.get(w, UNKNOWN_WORD)[1] for w in (word, lemma(word)))

    def _is_adjective(self, word: str) -> bool:
        """An adjective by hazm's lexicon, or a relational adjective in ی (اقتصادی, تجاری)."""
        if "AJ" in self.words.get(word, UNKNOWN_WORD)[1]:
            return True
        return (
            word.endswith("ی")
            and len(word) > 3
            and self._is_content_word(word)
            and bool(
                self.words.get(word[:-1], UNKNOWN_WORD)[1]
                or self.freq.get(word, 0.0) > RELATIONAL_ADJECTIVE_MIN
            )
        )

    # ----- places -----------------------------------------------------------------------
    def _place_at(self, words: list[str], i: int) -> tuple[int, Place] | None:
        found = gazetteer.match(words, i)
        previous = words[i - 1] if i > 0 else ""
        if found:
            length, candidates = found
            if previous == "استان":
                chosen = next((p for p in candidates if p.type == "province"), candidates[0])
            else:
                chosen = next((p for p in candidates if p.type != "province"), candidates[0])
            return length, chosen
        if _is_unknown_word(words[i]) and (
            previous in PLACE_TRIGGERS or self._after_place(words, i)
        ):
            variants = gazetteer.match_variant(words[i])
            if variants:
                return 1, variants[0]
        return None

    def _after_place(self, words: list[str], i: int) -> bool:
        """Whether words[i] follows a place name and a coordinator (آذربایجان شرقی و ...)."""
        if i < 2 or words[i - 1] not in _COORDINATORS:
            return False
        for start in range(max(0, i - 1 - gazetteer.max_name_length()), i - 1):
            found = gazetteer.match(words, start)
            if found and start + found[0] == i - 1:
                return True
        return False

    def _place_actor(self, place: Place, tokens: list[Token]) -> Actor:
        actor = self._actor(
            ("place", place.id),
            name=place.name_fa,
            name_en=place.name_en,
            type="place",
            affiliation=place.country,
            lat=place.lat,
            lon=place.lon,
        )
        self._mention(actor, tokens, "name")
        kind = (
            "province" if place.type == "province" else "country" if place.type == "country" else ""
        )
        if kind:
            self.last_place_of[kind] = actor
        return actor

    # ----- the pass ---------------------------------------------------------------------
    def run(self) -> list[Actor]:
        for sentence in self.doc.sentences:
            tokens = list(self.doc.sentence_tokens(sentence))
            self._sentence(sentence.index, tokens)
        self._link_collectives()
        return sorted(self.actors.values(), key=lambda a: a.mentions[0].start if a.mentions else 0)

    def _sentence(self, index: int, tokens: list[Token]) -> None:
        words = [t.text for t in tokens]
        surnames = len(self.by_surname)
        starts = self._possible_starts(words)
        i = n = 0
        while n < len(starts):
            if len(self.by_surname) != surnames:
                # A person just named: their surname may come again later in this sentence.
                surnames = len(self.by_surname)
                starts, n = [k for k in self._possible_starts(words) if k >= i], 0
                continue
            start, n = starts[n], n + 1
            if start >= i:
                i = start + (self._recognise(index, tokens, words, start) or 1)

    def _possible_starts(self, words: list[str]) -> list[int]:
        """Where a recogniser may start: a word that begins a lexicon entry, a given name or
        a place name, a surname seen before, or an unknown word after «و»/«استان» (a place
        spelt otherwise). Found for the whole sentence at C speed: most words start nothing."""
        positions = range(len(words))
        found = set(compress(positions, map(_may_start_actor, words)))
        if self.by_surname:
            found.update(compress(positions, map(self.by_surname.__contains__, words)))
        after_context = compress(positions[1:], map(_PLACE_CONTEXT.__contains__, words))
        found.update(k for k in after_context if _is_unknown_word(words[k]))
        return sorted(found)

    def _recognise(self, index: int, tokens: list[Token], words: list[str], i: int) -> int:
        """The words taken by the first recogniser that finds an actor at *i* (0: none)."""
        if _may_start_actor(words[i]) or words[i] in self.by_surname:
            return (
                self._reference(index, tokens, words, i)
                or self._title(index, tokens, words, i)
                or self._organization(tokens, words, i)
                or self._group(tokens, words, i)
                or self._name(index, tokens, words, i)
                or self._place(tokens, words, i)
                or self._surname(index, tokens, words, i)
            )
        # No lexicon entry starts here: only a spelling variant of a place can.
        return self._place(tokens, words, i)

    def _place(self, tokens: list[Token], words: list[str], i: int) -> int:
        found = self._place_at(words, i)
        if not found:
            return 0
        length, place = found
        self._place_actor(place, tokens[i : i + length])
        return length

    def _places_within(
        self, tokens: list[Token], words: list[str], start: int, end: int
    ) -> list[Actor]:
        found = []
        i = start
        while i < end:
            match = self._place_at(words, i)
            if match and i + match[0] <= end:
                found.append(self._place_actor(match[1], tokens[i : i + match[0]]))
                i += match[0]
            else:
                i += 1
        return found

    # A title and what follows it: jurisdiction, posting, and a name in apposition.
    def _title(self, index: int, tokens: list[Token], words: list[str], i: int) -> int:
        found = longest_match(_lexicon("titles"), words, i)
        if not found:
            return 0
        length, entry = found
        j = i + length
        jurisdiction: tuple = ()
        role_en = entry.name_en
        affiliation = ""
        organization = self._organization_span(words, j)
        place = self._place_at(words, j) if j < len(words) else None
        if organization and entry.takes == "organization":
            org_end = j + organization
            org = self._organization_actor(tokens, words, j, org_end)
            jurisdiction, affiliation = ("org", org.id), org.affiliation
            role_en += f" of the {org.name_en}"
            j = org_end
        elif place:
            places = self._places_within(tokens, words, j, j + place[0])
            jurisdiction, affiliation = ("place", place[1].id), place[1].country
            role_en += f" of {places[0].name_en}"
            j += place[0]
            if entry.takes == "country" and j + 1 < len(words) and words[j] == "در":
                posting = self._place_at(words, j + 1)
                if posting:
                    self._places_within(tokens, words, j + 1, j + 1 + posting[0])
                    role_en += f" in {posting[1].name_en}"
                    j += 1 + posting[0]
        # An office head (مدیرکل, معاون) followed by a ministry's field heads that field's
        # office: «مدیرکل میراث فرهنگی، گردشگری و صنایع دستی خراسان رضوی».
        elif entry.takes in ("domain", "organization") and longest_match(
            _lexicon("domains"), words, j
        ):
            domain, domain_entry = longest_match(_lexicon("domains"), words, j)
            role_en += f" of {domain_entry.name_en}"
            jurisdiction = ("domain", domain_entry.form)
            j += domain
            place = self._place_at(words, j) if j < len(words) else None
            if place:
                country = self._places_within(tokens, words, j, j + place[0])[0]
                jurisdiction += (place[1].id,)
                affiliation = place[1].country
                role_en += f" of {country.name_en}"
                j += place[0]
        else:
            return 0  # a bare رئیس or وزیر without a complement is not a mention we can place
        title_tokens = tokens[i:j]
        role = " ".join(words[i:j])
        person = self._titled_person(entry, jurisdiction, role, role_en, affiliation)
        self._mention(person, title_tokens, "title")
        self._set_subject(index, person, tokens[i])
        k = j + (1 if j < len(words) and words[j] == "،" else 0)
        named = self._full_name_at(words, k)
        if named:
            self._name_person(person, tokens[k : k + named], words[k : k + named])
            return k + named - i
        return j - i

    def _titled_person(
        self, entry: Entry, jurisdiction: tuple, role: str, role_en: str, affiliation: str
    ) -> Actor:
        key = ("title", entry.form, jurisdiction)
        person = self.by_key.get(key)
        if person is None:
            person = self._actor(
                key, name=role, name_en=role_en, type="person", affiliation=affiliation
            )
        if role not in person.roles and not any(role in r for r in person.roles):
            person.roles.append(role)
            person.roles_en.append(role_en)
        return person

    def _set_subject(self, index: int, person: Actor, token: Token) -> None:
        sentence = self.doc.sentences[index]
        if token.index == sentence.first_token and index not in self.subjects:
            self.subjects[index] = person
            self.subject_order.append(index)
            self.paragraph_subjects.setdefault(sentence.paragraph, person)

    # Full names and surnames.
    def _full_name_at(self, words: list[str], i: int) -> int:
        given = _given_names()
        if i >= len(words) or words[i] not in given:
            return 0
        length = 1
        while i + length < len(words) and words[i + length] in given and length < 3:
            length += 1
        surname = words[i + length] if i + length < len(words) else ""
        if not self._surname_like(surname):
            return 0
        if words[i + length - 1] in _common_word_names() and self._vocabulary(surname):
            return 0
        return length + 1

    def _surname_like(self, word: str) -> bool:
        """A word that can be a surname: a content word of three letters or more, neither a
        title, nor a verb, nor very frequent in general text."""
        return (
            len(word) >= 3
            and self._is_content_word(word)
            and not longest_match(_lexicon("titles"), [word], 0)
            and not _is_verb(word)
            and self.freq.get(word, 0.0) < SURNAME_MAX_FREQUENCY
        )

    def _vocabulary(self, word: str) -> bool:
        return self.freq.get(word, 0.0) >= VOCABULARY_MIN or self.words.get(word, (0,))[0] > 0

    def _name(self, index: int, tokens: list[Token], words: list[str], i: int) -> int:
        length = self._full_name_at(words, i)
        if not length:
            return 0
        name_tokens, name_words = tokens[i : i + length], words[i : i + length]
        person = self.by_key.get(("name", " ".join(name_words)))
        if person is None:
            person = self._lead_title_holder(index, name_tokens[0]) or self._apposition(tokens, i)
        if person is None:
            person = self._actor(
                ("name", " ".join(name_words)), name=" ".join(name_words), name_en="", type="person"
            )
        self._name_person(person, name_tokens, name_words)
        self._set_subject(index, person, name_tokens[0])
        return length

    def _lead_title_holder(self, index: int, first: Token) -> Actor | None:
        """The unnamed titled subject of the previous paragraph, when this name opens one."""
        sentence = self.doc.sentences[index]
        paragraph = sentence.paragraph
        opening = first.index == sentence.first_token and (
            index == 0 or self.doc.sentences[index - 1].paragraph != paragraph
        )
        if not opening:
            return None
        candidate = self.paragraph_subjects.get(paragraph - 1)
        return candidate if candidate is not None and not candidate.surname else None

    def _apposition(self, tokens: list[Token], i: int) -> Actor | None:
        """A titled person whose title mention ends right before this name (… ، name)."""
        before = tokens[i - 1] if i > 0 else None
        if before is not None and before.text == "،":
            before = tokens[i - 2] if i > 1 else None
        if before is None:
            return None
        return self.title_ends.get(before.raw_end)

    def _name_person(self, person: Actor, tokens: list[Token], words: list[str]) -> None:
        full = " ".join(words)
        if not person.surname:
            person.surname = words[-1]
            person.name = full
            given = _given_names()
            person.name_en = " ".join(given.get(w, romanize(w)) for w in words)
            self.by_key[("name", full)] = person
            self.by_surname.setdefault(person.surname, person)
        self._mention(person, tokens, "name")

    def _surname(self, index: int, tokens: list[Token], words: list[str], i: int) -> int:
        word = words[i]
        opening = tokens[i].index == self.doc.sentences[index].first_token
        if self.freq.get(word, 0.0) >= COMMON_WORD_MIN and not opening:
            return 0  # خرم alone mid-sentence is the adjective "joyful", not Mr Khorram
        actor = self.by_surname.get(word)
        if actor is None:
            return 0
        self._mention(actor, [tokens[i]], "surname")
        self._set_subject(index, actor, tokens[i])
        return 1

    # Pronouns, collective and demonstrative references.
    def _reference(self, index: int, tokens: list[Token], words: list[str], i: int) -> int:
        found = longest_match(_lexicon("references"), words, i)
        if not found:
            return 0
        length, entry = found
        span = tokens[i : i + length]
        opening = tokens[i].index == self.doc.sentences[index].first_token
        if entry.takes == "person" or (entry.takes == "official" and opening):
            person = self._resolve_pronoun(index, tokens[i])
            if person is None:
                return 0
            self._mention(person, span, "pronoun")
            self._set_subject(index, person, tokens[i])
        elif entry.takes == "parties":
            group = self._actor(
                ("parties", entry.form), name=entry.form, name_en=entry.name_en, type="group"
            )
            self._mention(group, span, "collective")
        elif entry.takes in self.last_place_of and length > 1:
            self._mention(self.last_place_of[entry.takes], span, "demonstrative")
        else:
            return 0
        return length

    def _resolve_pronoun(self, index: int, token: Token) -> Actor | None:
        sentence = self.doc.sentences[index]
        if token.index == sentence.first_token:
            earlier = [s for s in self.subject_order[-2:] if s < index]
            return self.subjects[earlier[-1]] if earlier else None
        own = self.subjects.get(index)
        people = [a for a in self.actors.values() if a.type == "person" and a is not own]
        people = [a for a in people if a.mentions and a.mentions[-1].start < token.raw_start]
        return max(people, key=lambda a: a.mentions[-1].start, default=None)

    # Organisations and groups.
    def _organization_span(self, words: list[str], i: int) -> int:
        if i >= len(words) or (i > 0 and words[i - 1] == "این"):
            return 0  # این شرکت: a reference back, not a name
        found = longest_match(_lexicon("organizations"), words, i) or longest_match(
            _lexicon("organizations"), [lemma(words[i])], 0
        )
        if not found:
            return 0
        j = i + found[0]
        complement = 0
        while j < len(words) and complement < 4:
            place = self._place_at(words, j)
            if place:
                return j + place[0] - i
            if (
                not self._is_content_word(words[j])
                or longest_match(_lexicon("titles"), words, j)
                or _is_verb(words[j])
                or (j + 1 < len(words) and _is_verb(words[j + 1]))
            ):
                break
            if self._is_adjective(words[j]) or self._is_noun(words[j]):
                j += 1
                complement += 1
                continue
            break
        return j - i if complement else 0

    def _organization(self, tokens: list[Token], words: list[str], i: int) -> int:
        length = self._organization_span(words, i)
        if not length:
            return 0
        self._organization_actor(tokens, words, i, i + length)
        return length

    def _organization_actor(
        self, tokens: list[Token], words: list[str], start: int, end: int
    ) -> Actor:
        places = self._places_within(tokens, words, start, end)
        found = longest_match(_lexicon("organizations"), words, start)
        entry = found[1] if found else _lexicon("organizations")[(lemma(words[start]),)]
        name = " ".join(words[start:end])
        place_en = f" of {places[0].name_en}" if places else ""
        head_en = entry.name_en if found else _plural_en(entry.name_en)
        actor = self._actor(
            ("org", name),
            name=name,
            name_en=f"{head_en}{place_en}",
            type="organization",
            affiliation=places[0].affiliation if places else "",
        )
        self._mention(actor, tokens[start:end], "name")
        return actor

    def _group(self, tokens: list[Token], words: list[str], i: int) -> int:
        groups = _lexicon("groups")
        head = groups.get((lemma(words[i]),)) or groups.get((words[i],))
        if head is None or (words[i] == head.form and not head.singular_is_group):
            return 0
        if _is_comparative(words[i]):
            return 0  # فعال‌تر "more active", not فعالان "activists"
        j, heads = i + 1, [(head, words[i])]
        while j < len(words):
            if self._is_adjective(words[j]) and not self._place_at(words, j):
                j += 1
            elif (
                words[j] == "و"
                and j + 1 < len(words)
                and (
                    self._is_adjective(words[j + 1])
                    or groups.get((lemma(words[j + 1]),))
                    or groups.get((words[j + 1],))
                )
            ):
                other = groups.get((lemma(words[j + 1]),)) or groups.get((words[j + 1],))
                if other:
                    heads.append((other, words[j + 1]))
                j += 2
            else:
                break
        affiliation = ""
        reference = longest_match(_lexicon("references"), words, j)
        place = self._place_at(words, j) if j < len(words) else None
        if reference and reference[1].takes in ("country", "province", "parties"):
            referred = self.last_place_of.get(reference[1].takes)
            affiliation = referred.affiliation if referred else ""
            if referred and reference[0] > 1:
                self._mention(referred, tokens[j : j + reference[0]], "demonstrative")
            j += reference[0]
        elif place:
            affiliation = self._places_within(tokens, words, j, j + place[0])[0].affiliation
            j += place[0]
        elif (
            j + 1 < len(words)
            and "N" in self.words.get(words[j], UNKNOWN_WORD)[1]
            and self._is_adjective(words[j + 1])
        ):
            j += 2
        name = " ".join(words[i:j])
        name_en = " and ".join(
            dict.fromkeys(
                _plural_en(h.name_en) if h.singular_is_group and word != h.form else h.name_en
                for h, word in heads
            )
        )
        if affiliation:
            name_en += f" ({gazetteer.country_name_en(affiliation)})"
        actor = self._actor(
            ("group", name), name=name, name_en=name_en, type="group", affiliation=affiliation
        )
        self._mention(actor, tokens[i:j], "name")
        return j - i

    def _link_collectives(self) -> None:
        """دو کشور, دو طرف: the two countries (among those named) the story is between,
        weighed by their own mentions and the mentions of the people affiliated to them."""
        collectives = [a for a in self.actors.values() if a.key[0] == "parties"]
        if not collectives:
            return
        weights: Counter[str] = Counter()
        for actor in self.actors.values():
            if actor.type == "place" and actor.key[1].startswith("country:"):
                weights[actor.id] += len(actor.mentions)
        for actor in self.actors.values():
            country = self.by_key.get(("place", f"country:{actor.affiliation}"))
            if actor.type == "person" and country is not None:
                weights[country.id] += 2 * len(actor.mentions)
        members = [actor_id for actor_id, _ in weights.most_common(2)]
        for actor in collectives:
            actor.members = members


@cache
def _comparative_endings() -> tuple[str, ...]:
    forms = [
        r["form"] for r in read_table("lexicons", "zwnj_affixes.tsv") if r["kind"] == "comparative"
    ]
    return tuple(f"{joiner}{form}" for form in forms for joiner in ("\u200c", ""))


def _is_comparative(word: str) -> bool:
    """An adjective's comparative or superlative form (فعال‌تر, بزرگترین)."""
    return word.endswith(_comparative_endings()) and lemma(word) != word


def _is_verb(word: str) -> bool:
    """hazm lemmatises verbs to past#present stems."""
    return "#" in lemma(word)


_ROMAN = {
    "ا": "a",
    "آ": "a",
    "ب": "b",
    "پ": "p",
    "ت": "t",
    "ث": "s",
    "ج": "j",
    "چ": "ch",
    "ح": "h",
    "خ": "kh",
    "د": "d",
    "ذ": "z",
    "ر": "r",
    "ز": "z",
    "ژ": "zh",
    "س": "s",
    "ش": "sh",
    "ص": "s",
    "ض": "z",
    "ط": "t",
    "ظ": "z",
    "ع": "",
    "غ": "gh",
    "ف": "f",
    "ق": "gh",
    "ک": "k",
    "گ": "g",
    "ل": "l",
    "م": "m",
    "ن": "n",
    "و": "o",
    "ه": "h",
    "ی": "i",
    "ئ": "",
    "ء": "",
    "أ": "a",
    "ؤ": "o",
}


def _plural_en(noun: str) -> str:
    return noun[:-1] + "ies" if noun.endswith("y") else noun + "s"


def romanize(word: str) -> str:
    """A rough Latin spelling of a Persian word (short vowels are not written in Persian, so
    they are missing here: خرم -> Khrm). Used only for names no lexicon romanises."""
    letters = []
    for i, char in enumerate(word):
        roman = _ROMAN.get(char, "")
        if char == "و" and (i == 0 or word[i - 1] in "اوی"):
            roman = "v"
        elif char == "ی" and (i == 0 or word[i - 1] in "اوی"):
            roman = "y"
        letters.append(roman)
    return "".join(letters).capitalize()


def extract_actors(doc: Document) -> list[Actor]:
    """Every actor of a segmented document, in order of first mention."""
    return _Extractor(doc).run()
