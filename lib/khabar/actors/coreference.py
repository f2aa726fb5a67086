"""Coreference: one actor per referent, from the mentions found, read in order.

Persian news writing has conventions that decide most cases:

* the same title with the same jurisdiction is the same person (سفیر بلاروس = سفیر بلاروس
  در تهران); two different titles are two people unless the text joins them;
* a name and a title side by side (with or without «،») are one person: «سخنگوی وزارت امور
  خارجه ناصر کنعانی», «منصور واعظی، دبیرکل نهاد کتابخانه‌های عمومی»; a title written
  directly before the name of someone already named (رئیس جمهور اوباما) is that person's;
* a title without a jurisdiction is the one holder of that title named so far, if there is
  only one (رئیس جمهور after رئیس جمهور آمریکا);
* one office under two forms is one office (نماینده مردم اردبیل = نماینده اردبیل; titles.tsv's
  ``office``), and a title shortened later is the one holder of the full title it begins
  (رئیس کمیسیون after رئیس کمیسیون بهداشت و درمان مجلس);
* a bare full name opening a paragraph names the unnamed titled subject of the paragraph
  before (the lead gives the title, the next paragraph the name), and one opening the next
  sentence, the titled subject of the sentence before — unless a title of its own or «نیز»
  follows the name;
* a title opening a sentence as its subject, new to the article, is the person the story is
  quoting when that person was named without a title (محمدتقی سجادی ... مدیرکل منابع طبیعی
  استان قم خاطرنشان کرد);
* the surname alone, or with «آقای», is the person of that surname named in full, written
  apart or solid (پیر موذن, پیرموذن);
* a pronoun (وی, او, ایشان) or «این مقام / این محقق» opening a sentence is the subject of
  the last sentence that had a person as its subject (the current speaker); elsewhere it is
  the most recent person other than the sentence's own subject, except after a phrase naming
  a source (به گفته وی: the subject's own account).

A person is never merged with a place or an organisation: they are different actors even
when one is named inside the other's title.
"""

from __future__ import annotations

from collections import Counter

from khabar.actors import lexicons as lx
from khabar.actors.complements import Complement
from khabar.actors.model import GROUP, ORGANIZATION, PERSON, PLACE, Actor, Found, Mention
from khabar.lexicon import ZWNJ, fold
from khabar.segment import Document, Token

_PREFIX = {PERSON: "P", ORGANIZATION: "O", GROUP: "G", PLACE: "L"}
_BETWEEN = frozenset({"،", "»", '"', "«"})
_QUOTES = frozenset({"«", '"'})
_AS = ("به", "عنوان")
_UNRESOLVED = "he/she (not named in the article)"
_REPORTER = "خبرنگار"
# After a name, «نیز» or «هم» (too) says a second speaker follows the first.
_ANOTHER = frozenset({"نیز", "هم"})
# A title opening a sentence joins the current speaker only within this many paragraphs.
SPEAKER_PARAGRAPHS = 2
# How far after a title its sentence's colon is looked for (the verb before it says whether
# the speaker goes on).
COLON_REACH = 40


class Coreference:
    """Actors built from *found* mentions of *doc*, in order of first mention."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.actors: dict[str, Actor] = {}
        self.by_key: dict[tuple, Actor] = {}
        self.counts: Counter[str] = Counter()
        self.subjects: dict[int, Actor] = {}  # sentence index -> its person subject
        self.subject_order: list[int] = []
        self.paragraph_subjects: dict[int, Actor] = {}  # paragraph -> its first subject
        self.mention_ends: dict[int, Actor] = {}  # token after a person mention -> its actor
        self.title_keys: dict[str, set[tuple]] = {}  # actor id -> its titles' keys
        self.title_starts: dict[int, int] = {}  # token after a title mention -> its first
        self.title_words: list[tuple[tuple[str, ...], Actor]] = []  # each title's words, holder
        self.last_place_of: dict[str, Actor] = {}
        self.last_organization_of: dict[str, Actor] = {}  # a head's gloss -> the last named
        self.last_organization: Actor | None = None  # the organisation named last
        self.named: dict[str, Actor] = {}  # actor id -> actor, persons with a name
        self.given_of: dict[str, tuple[str, ...]] = {}  # actor id -> its given names
        self.seen: set[tuple[str, int, int]] = set()
        self.names_at: dict[int, Found] = {}  # first token -> the person name starting there
        self.absorbed = False  # whether an actor was merged into another (ids to close up)

    # ----- helpers --------------------------------------------------------------------------
    def _actor(self, key: tuple, type_: str, **fields) -> Actor:
        actor = self.by_key.get(key)
        if actor is None:
            self.counts[type_] += 1
            actor = Actor(id=f"{_PREFIX[type_]}{self.counts[type_]}", type=type_, key=key, **fields)
            self.actors[actor.id] = actor
            self.by_key[key] = actor
        return actor

    def _mention(self, actor: Actor, found: Found, kind: str | None = None) -> None:
        tokens = self.doc.tokens
        first, last = tokens[found.start], tokens[found.end - 1]
        start, end = first.raw_start, last.raw_end
        if (actor.id, start, end) in self.seen:
            return
        self.seen.add((actor.id, start, end))
        raw = self.doc.cleaned.raw
        actor.mentions.append(
            Mention(raw[start:end], start, end, kind or found.kind, first.sentence, first.paragraph)
        )
        if actor.type == PERSON:
            self.mention_ends[found.end] = actor
            self._set_subject(actor, first)

    def _words(self, found: Found) -> list[str]:
        return [fold(t.text) for t in self.doc.tokens[found.start : found.end]]

    def _text(self, found: Found) -> str:
        return " ".join(t.text for t in self.doc.tokens[found.start : found.end])

    def _opens_sentence(self, token: Token) -> bool:
        sentence = self.doc.sentences[token.sentence]
        first = sentence.first_token
        while first < token.index and not self.doc.tokens[first].is_word:
            first += 1  # an opening quotation mark
        return token.index == first

    def _set_subject(self, person: Actor, token: Token) -> None:
        """A person mentioned first in a sentence, or first after an opening phrase and its
        comma (به گزارش خبرگزاری فارس، «X» ...), is the sentence's subject."""
        tokens = self.doc.tokens
        before = token.index
        while before > 0 and tokens[before - 1].text in _QUOTES:
            before -= 1
        previous = tokens[before - 1] if before > 0 else None
        after_comma = (
            previous is not None and previous.text == "،" and previous.sentence == token.sentence
        )
        if (self._opens_sentence(token) or after_comma) and token.sentence not in self.subjects:
            self.subjects[token.sentence] = person
            self.subject_order.append(token.sentence)
            self.paragraph_subjects.setdefault(token.paragraph, person)

    def _before(self, start: int) -> int:
        """Where a mention ending right before token *start* would end: a «،», closing
        quotation marks or «به عنوان» (as) may stand between two mentions in apposition."""
        tokens = self.doc.tokens
        while start > 0 and tokens[start - 1].text in _BETWEEN:
            start -= 1
        if start > 1 and (tokens[start - 2].text, tokens[start - 1].text) == _AS:
            start -= 2
        return start

    def _adjacent(self, found: Found) -> Actor | None:
        """The person whose mention ends right before *found* (see :meth:`_before`)."""
        start = self._before(found.start)
        tokens = self.doc.tokens
        actor = self.mention_ends.get(start)
        if actor is None or tokens[start].sentence != tokens[found.start].sentence:
            return None
        return actor

    # ----- the pass -------------------------------------------------------------------------
    def run(self, found: list[Found]) -> list[Actor]:
        self.names_at = {
            f.start: f for f in found if f.type == PERSON and f.kind in ("name", "surname")
        }
        for f in found:
            if f.type == PLACE:
                self._place(f)
            elif f.type == ORGANIZATION and f.refers:
                self._organization_reference(f)
            elif f.type == ORGANIZATION:
                actor = self._actor(
                    f.key,
                    ORGANIZATION,
                    name=f.name or self._text(f),
                    name_en=f.name_en,
                    affiliation=f.affiliation,
                )
                self._mention(actor, f)
                self.last_organization = actor
                if head := lx.match("organizations", self._words(f), 0):
                    self.last_organization_of[head[1].name_en] = actor
            elif f.type == GROUP:
                self._group(f)
            elif f.kind == "title":
                self._title(f)
            elif f.kind in ("name", "surname"):
                self._named(f)
            elif f.kind == "nominal":
                actor = self._actor(f.key, PERSON, name=self._text(f), name_en=f.name_en)
                self._mention(actor, f)
            else:
                self._reference(f)
        self._link_collectives()
        if self.absorbed:
            self._number_persons()
        return sorted(self.actors.values(), key=lambda a: a.mentions[0].start)

    def _number_persons(self) -> None:
        """Persons numbered P1, P2, ... again in the order they were created, without the
        gaps that merged actors left."""
        persons = sorted(
            (a for a in self.actors.values() if a.type == PERSON), key=lambda a: int(a.id[1:])
        )
        for number, actor in enumerate(persons, start=1):
            actor.id = f"{_PREFIX[PERSON]}{number}"

    def _place(self, f: Found) -> None:
        if f.refers:
            referred = self.last_place_of.get(f.refers)
            if referred is not None:
                self._mention(referred, f, "demonstrative")
            return
        place = f.place
        if place is None:  # a road, or a place the recogniser found and the gazetteer lacks
            key = f.key or ("place", f.words)
            actor = self._actor(key, PLACE, name=self._text(f), name_en=f.name_en)
            self._mention(actor, f)
            return
        actor = self._actor(
            ("place", place.id),
            PLACE,
            name=place.name_fa,
            name_en=place.name_en,
            affiliation=place.country,
            lat=place.lat,
            lon=place.lon,
        )
        self._mention(actor, f)
        if place.type in ("country", "province"):
            self.last_place_of[place.type] = actor

    def _organization_reference(self, f: Found) -> None:
        """«این سفارتخانه», «این سازمان»: the organisation with that head named last, or no
        mention if none was (the guidelines' demonstrative organisation mention); «این نهاد»,
        a head said of any organisation: the organisation named last."""
        referred = self.last_organization_of.get(f.name_en)
        head = lx.table("organizations").get((f.name,))
        if referred is None and head is not None and head.generic:
            referred = self.last_organization
        if referred is not None:
            self._mention(referred, f)

    def _group(self, f: Found) -> None:
        if f.refers == "parties" and f.kind == "collective":
            actor = self._actor(("parties", f.name), GROUP, name=f.name, name_en=f.name_en)
            self._mention(actor, f)
            return
        affiliation, of = "", ""
        if f.place is not None:
            affiliation, of = f.place.country, f.place.name_en
        elif f.refers in self.last_place_of:
            referred = self.last_place_of[f.refers]
            affiliation, of = referred.affiliation, referred.name_en
        name_en = f"{f.name_en} of {of}" if of else f.name_en
        actor = self._actor(f.key, GROUP, name=f.name, name_en=name_en, affiliation=affiliation)
        self._mention(actor, f)

    # ----- persons --------------------------------------------------------------------------
    def _title(self, f: Found) -> None:
        f.key = self._demonstrative_key(f)
        if f.anaphoric:
            # In apposition to a named person with no office yet, a bare office is theirs,
            # not an earlier holder's of an office so written (ماموستا ملامحمد غفوری امام جمعه
            # شهر صاحب, a town no gazetteer holds, after another town's Friday prayer leader).
            holder = self._apposed(f) or self._same_office(f.key)
            if holder is not None:
                self._mention(holder, f)
                return
            # A bare office opening a sentence after its holder was quoted by name, its
            # jurisdiction a place no gazetteer holds (امام جمعه اهرم تصریح کرد).
            actor = self._speaker_by_title(f)
            if actor is None:
                return
        else:
            actor = self._holder(f)
        if actor is None:
            actor = self._actor(
                f.key, PERSON, name=self._text(f), name_en=f.role_en, affiliation=f.affiliation
            )
        self.by_key.setdefault(f.key, actor)
        self.title_keys.setdefault(actor.id, set()).add(f.key)
        self.title_starts[f.end] = f.start
        self.title_words.append((tuple(self._words(f)), actor))
        role = self._text(f)
        if role not in actor.roles and not any(role in r for r in actor.roles):
            actor.roles.append(role)
            actor.roles_en.append(f.role_en)
        if not actor.affiliation:
            actor.affiliation = f.affiliation
        self._mention(actor, f)

    def _demonstrative_key(self, f: Found) -> tuple:
        """The key of a title with one holder whose jurisdiction is «این» and an organisation's
        word (مدیرکل این اداره), when the organisation the article named last has that word: that
        organisation's jurisdiction, so that the office written in full later (مدیرکل راه و
        ترابری استان اصفهان) is the same holder. Any other title keeps its key."""
        kind, form, (former, jurisdiction) = f.key
        organization = self.last_organization
        if organization is None or not jurisdiction or not jurisdiction <= lx.DEMONSTRATIVES:
            return f.key
        words = self._words(f)
        title = lx.match("titles", words, 0)
        if title is None or title[1].many:
            return f.key  # عضو این اتحادیه: one of many members, not the one holder
        named = [fold(w) for w in organization.name.split()]
        after = [w for k, w in enumerate(words[1:], start=1) if words[k - 1] in lx.DEMONSTRATIVES]
        if not after or after[0] not in named:
            return f.key
        return kind, form, (former, Complement.of_words(named).key()[1])

    def _holder(self, f: Found) -> Actor | None:
        """The person a title with its jurisdiction names, when the article knows them."""
        actor = (
            self._second_office(f)
            or self._named_after(f)
            or self.by_key.get(f.key)
            or self._same_office(f.key)
            or self._shortened(f)
        )
        apposed = self._apposed(f)
        if actor is not None and apposed is not None and self._unnamed_holder(actor):
            # The office was mentioned before its holder was named (با حضور استاندار کرمان
            # ... / محمدجواد فدایی استاندار کرمان گفت): the unnamed holder is the named one.
            actor = self._absorb(apposed, actor)
        return actor or apposed or self._speaker_by_title(f) or self._described(f)

    def _unnamed_holder(self, actor: Actor) -> bool:
        """Whether *actor* is a person known so far only by titles (and pronouns)."""
        return actor.type == PERSON and actor.id not in self.named and bool(actor.roles)

    def _absorb(self, into: Actor, gone: Actor) -> Actor:
        """Make *gone*'s mentions, titles and places in the bookkeeping *into*'s; return it."""
        into.mentions = sorted([*into.mentions, *gone.mentions], key=lambda m: m.start)
        for role, role_en in zip(gone.roles, gone.roles_en, strict=True):
            if role not in into.roles:
                into.roles.append(role)
                into.roles_en.append(role_en)
        into.affiliation = into.affiliation or gone.affiliation
        self.title_keys.setdefault(into.id, set()).update(self.title_keys.pop(gone.id, ()))
        self.seen |= {
            (into.id, start, end) for actor_id, start, end in self.seen if actor_id == gone.id
        }
        for table in (self.by_key, self.subjects, self.paragraph_subjects, self.mention_ends):
            for key, actor in table.items():
                if actor is gone:
                    table[key] = into
        del self.actors[gone.id]
        self.absorbed = True
        return into

    def _same_office(self, key: tuple) -> Actor | None:
        """The holder of the same title whose jurisdiction says more or less of the same
        (رئیس سازمان تبلیغات = رئیس سازمان تبلیغات اسلامی)."""
        _, form, (former, words) = key
        office = _office(form)
        holders = self._holders(lambda other: other == form, former)
        if not holders:
            # «نماینده (مجلس)» after «نماینده مردم تهران»: the one holder of a longer form
            # of the office (not «دادستان تهران» after «دادستان کل کشور»: another office)
            longer = self._holders(
                lambda other: other.startswith(form + " ") and _office(other) == office, former
            )
            if len(longer) == 1:
                return next(iter(longer.values()))
            # «نماینده مردم اردبیل» after «نماینده اردبیل»: the office's other form
            holders = self._holders(lambda other: _office(other) == office, former)
            if not holders or not words:
                return None
        if not words:
            return next(iter(holders.values())) if len(holders) == 1 else None
        for other, actor in reversed(self.by_key.items()):
            same_title = (
                other[0] == "title" and _office(other[1]) == office and other[2][0] == former
            )
            if same_title and (words <= other[2][1] or (other[2][1] <= words and other[2][1])):
                return actor
        return None

    def _shortened(self, f: Found) -> Actor | None:
        """The one holder of a title written before in full that this title begins: news
        shortens a title it has given once (رئیس کمیسیون بهداشت و درمان مجلس ... رئیس
        کمیسیون). Not for a title many hold at once (عضو کمیسیون)."""
        words = tuple(self._words(f))
        title = lx.match("titles", list(words), 0)
        if title is None or title[1].many:
            return None
        holders = {
            actor.id: actor
            for longer, actor in self.title_words
            if len(longer) > len(words) and longer[: len(words)] == words
        }
        return next(iter(holders.values())) if len(holders) == 1 else None

    def _holders(self, same_form, former: bool) -> dict[str, Actor]:
        """The persons holding a title whose form *same_form* accepts, by id."""
        return {
            actor.id: actor
            for other, actor in self.by_key.items()
            if other[0] == "title" and same_form(other[1]) and other[2][0] == former
        }

    def _apposed(self, f: Found) -> Actor | None:
        """A named person right before the title, who holds no other title (name, title)."""
        actor = self._adjacent(f)
        if actor is not None and actor.id in self.named and not self.title_keys.get(actor.id):
            return actor
        return None

    def _second_office(self, f: Found) -> Actor | None:
        """The named person whose title, written right after the name, this title follows
        after «و» with no name of its own («غلامرضا حسین‌زاده» متخصص ارتباطات تصویری و مشاور
        خانواده): one person's two offices."""
        tokens = self.doc.tokens
        before = f.start - 1
        if before < 1 or tokens[before].text != "و" or f.end in self.names_at:
            return None
        actor = self.mention_ends.get(before)
        first = self.title_starts.get(before)
        if actor is None or first is None or actor.id not in self.named:
            return None
        named_before = self.mention_ends.get(self._before(first))
        same_sentence = tokens[first].sentence == tokens[f.start].sentence
        return actor if named_before is actor and same_sentence else None

    def _named_after(self, f: Found) -> Actor | None:
        """The person already named in full by the name written directly after the title,
        with nothing between them (رئیس جمهور اوباما, once باراک اوباما is known)."""
        name = self.names_at.get(f.end)
        tokens = self.doc.tokens
        if name is None or tokens[name.start].sentence != tokens[f.start].sentence:
            return None
        actor = self._by_name(name)
        if actor is None or not (
            actor.name != actor.surname or lx.person_surnames().get(tuple(actor.surname.split()))
        ):
            return None  # a surname never seen with a given name may be the title's place
        return actor

    def _speaker_by_title(self, f: Found) -> Actor | None:
        """The current speaker, when this new title opens a sentence and the speaker was
        named without any title: news names a person first and gives the office after."""
        first = self.doc.tokens[f.start]
        if not self._opens_sentence(first) or not self.subject_order or self._another(f):
            return None
        last = self.subject_order[-1]
        speaker = self.subjects[last]
        paragraph = self.doc.sentences[last].paragraph
        if (
            speaker.id in self.named
            and (not self.title_keys.get(speaker.id) or self._continues(f))
            and first.paragraph - paragraph <= SPEAKER_PARAGRAPHS
        ):
            return speaker
        return None

    def _described(self, f: Found) -> Actor | None:
        """The person mentioned last before a title many hold (بازیکن, کارشناس) written
        mid-sentence with no name of its own, in this sentence or the one before in the
        paragraph, when that person is named, has no title and is neither sentence's subject:
        news names someone, then describes them (صغری فرمانی ... بازیکن ملی‌پوش استان)."""
        first = self.doc.tokens[f.start]
        title = lx.match("titles", f.key[1].split(), 0)
        if title is None or not title[1].many or self._opens_sentence(first):
            return None
        sentences = (first.sentence - 1, first.sentence)
        last, where = None, -1
        for actor in self.actors.values():
            for m in actor.mentions:
                near = m.sentence in sentences and m.paragraph == first.paragraph
                if actor.type == PERSON and near and where < m.start < first.raw_start:
                    last, where = actor, m.start
        # Not a subject: «X در گفت‌وگو با خبرنگار فارس» talks to someone else.
        subjects = {self.subjects[k].id for k in sentences if k in self.subjects}
        if last is None or last.id not in self.named or self.title_keys.get(last.id):
            return None
        return None if last.id in subjects else last

    def _another(self, f: Found) -> bool:
        """Whether «نیز» or «هم» right after mention *f* says a second speaker (رئیس تبلیغات
        اسلامی چالوس نیز ... گفت)."""
        after = self.doc.tokens[f.end] if f.end < len(self.doc.tokens) else None
        return after is not None and fold(after.text) in _ANOTHER

    def _continues(self, f: Found) -> bool:
        """Whether the words after mention *f* say the speaker goes on (در ادامه, همچنین), or
        the verb before the sentence's colon does (... با اشاره به اینکه ...، افزود:)."""
        tokens = self.doc.tokens
        words = [fold(t.text) for t in tokens[f.end : f.end + 8]]
        if words and lx.match("continuations", words, 0) is not None:
            return True
        sentence = tokens[f.start].sentence
        end = next(
            (
                t.index
                for t in tokens[f.end : f.end + COLON_REACH]
                if t.text == ":" or t.sentence != sentence
            ),
            None,
        )
        if end is None or tokens[end].text != ":":
            return False
        before = [fold(t.text) for t in tokens[max(f.end, end - 2) : end]]
        verbs = lx.continuing_verbs()
        return tuple(before) in verbs or tuple(before[-1:]) in verbs

    def _named(self, f: Found) -> None:
        actor = self._by_name(f) or self._titled_for_name(f)
        if actor is None:
            actor = self._actor(("person", f.words), PERSON, name=self._text(f), name_en="")
        if f.given and (not actor.surname or len(f.words) > len(actor.name.split())):
            self._name_actor(actor, f)
        elif given := self._unlisted_given(actor, f):
            self._name_actor(actor, f, given=given)
            self.given_of.setdefault(actor.id, f.words[:given])
        elif not actor.surname:
            known = lx.person_surnames().get(f.words)
            if known is not None:
                actor.name, actor.name_en = known.form, known.name_en
                actor.affiliation = actor.affiliation or known.country
            else:
                actor.name = " ".join(
                    t.text for t in self.doc.tokens[f.start : f.end][-len(f.words) :]
                )
            actor.surname = " ".join(f.words)
        self.named[actor.id] = actor
        if f.given:
            self.given_of.setdefault(actor.id, f.words[: f.given])
        self.by_key.setdefault(("person", f.words), actor)
        known = tuple(fold(w) for w in actor.name.split())
        shorter = not f.given and len(known) > len(f.words) and _ends_with(known, f.words)
        self._mention(actor, f, "surname" if shorter else None)  # جمالی نژاد of مهدی جمالی نژاد

    def _by_name(self, f: Found) -> Actor | None:
        """A person already named with these words, or whose surname these words are."""
        words = f.words
        found = self.by_key.get(("person", words))
        if found is not None:
            return found
        surname = words[f.given :] if f.given else words
        for actor in reversed(self.named.values()):
            known = tuple(actor.surname.split())
            if known and _solid(known) == _solid(words):
                return actor  # پیر موذن: پیرموذن written apart, not a given name and a surname
            if f.given and not self._same_given(actor, words[: f.given]):
                continue  # آقا رضا عکاس‌باشی and ابراهیم عکاس‌باشی: two people
            if known and (
                _solid(known) == _solid(surname)
                or (not f.given and _ends_solid(known, surname))
                or (not f.given and len(known) == 1 and known[0].split(ZWNJ)[0] == surname[0])
            ):
                return actor
            full = tuple(actor.key[1]) if actor.key and actor.key[0] == "person" else ()
            if not f.given and full and _ends_with(full, words):
                return actor
            if self._unlisted_given(actor, f):
                return actor
        return None

    def _unlisted_given(self, actor: Actor, f: Found) -> int:
        """How many words of name *f* are given names no list holds, when *f* is *actor*'s
        surname with words before it and *actor* was named by that surname alone: «میرزایی»
        in a headline, then «بیوک میرزایی» in the lead (0 otherwise)."""
        known = tuple(actor.surname.split())
        if (
            f.given
            or not known
            or len(f.words) <= len(known)
            or actor.id in self.given_of
            or _solid(f.words[-len(known) :]) != _solid(known)
        ):
            return 0
        return len(f.words) - len(known)

    def _same_given(self, actor: Actor, given: tuple[str, ...]) -> bool:
        """Whether *given* names can be *actor*'s: it has none known, or one set of given
        names begins or ends the other (محمدباقر, باقر; محمد, محمد جواد)."""
        known = "".join(self.given_of.get(actor.id, ()))
        mine = "".join(given)
        return (
            not known
            or known.startswith(mine)
            or mine.startswith(known)
            or (known.endswith(mine) or mine.endswith(known))
        )

    def _titled_for_name(self, f: Found) -> Actor | None:
        """An unnamed titled person this name names: by apposition, or the lead's subject."""
        tokens = self.doc.tokens
        start = self._before(f.start)
        before = self.mention_ends.get(start)
        if (
            before is not None
            and before.id not in self.named
            and before.roles
            and self._apposable_title(start)
        ):
            return before
        if f.kind == "surname" and f.end - f.start == len(f.words):
            return None  # a bare surname: not enough to name a titled person
        if self._someone_else(f):
            return None
        return self._lead_title_holder(tokens[f.start]) or self._speakers_name(f)

    def _someone_else(self, f: Found) -> bool:
        """Whether the words after name *f* make it a person of its own: a title of its own
        («X، کارشناس انرژی، گفت», «X رئیس قوه قضاییه گفت») or «نیز» (X too said)."""
        words = [fold(t.text) for t in self.doc.tokens[f.end : f.end + 2]]
        after = words[1:] if words[:1] == ["،"] else words
        return bool(after) and (after[0] in _ANOTHER or lx.match("titles", after, 0) is not None)

    def _apposable_title(self, end: int) -> bool:
        """Whether the title mention ending at token *end* may take a name after it: it opens
        its sentence or a clause, and is not inside a phrase such as «به گزارش خبرنگار فارس،»."""
        start = self.title_starts.get(end)
        if start is None:
            return True
        tokens = self.doc.tokens
        previous = tokens[start - 1] if start > 0 else None
        return (
            previous is None
            or previous.sentence != tokens[start].sentence
            or previous.text in _BETWEEN
            or previous.text == "و"
        )

    def _lead_title_holder(self, first: Token) -> Actor | None:
        """The unnamed titled subject of the previous paragraph, when this name opens one."""
        sentence = self.doc.sentences[first.sentence]
        previous = self.doc.tokens[first.index - 1] if first.index > 0 else None
        subject = self._opens_sentence(first) or (
            previous is not None and previous.text == "،" and previous.sentence == first.sentence
        )
        opening = subject and (
            first.sentence == 0
            or self.doc.sentences[first.sentence - 1].paragraph != sentence.paragraph
        )
        if not opening:
            return None
        candidate = self.paragraph_subjects.get(sentence.paragraph - 1)
        if candidate is not None and candidate.id not in self.named and candidate.roles:
            return candidate
        return self._headline_title_holder(sentence.paragraph)

    def _speakers_name(self, f: Found) -> Actor | None:
        """The unnamed titled subject of the sentence before, in the same paragraph, when this
        full name (or a surname with honorifics) opens the next sentence: news gives the office
        first and the name after (سرمربی تیم ... گفت ... یحیی گل‌محمدی افزود)."""
        first = self.doc.tokens[f.start]
        sentence = first.sentence
        if not self._opens_sentence(first) or sentence == 0:
            return None
        if self.doc.sentences[sentence - 1].paragraph != first.paragraph:
            return None  # a paragraph's opening name: _lead_title_holder's
        candidate = self.subjects.get(sentence - 1)
        if candidate is None or candidate.id in self.named or not candidate.roles:
            return None
        return candidate

    def _headline_title_holder(self, paragraph: int) -> Actor | None:
        """The one unnamed titled person of the headline, when this name is the subject of
        the paragraph after it (تاکید وزیر کشور بر ... / سید عبدالواحد موسوی لاری ...)."""
        headline = self.doc.headline
        if headline is None or paragraph != headline.index + 1:
            return None
        titled = {
            a.id: a
            for a in self.actors.values()
            if a.type == PERSON
            and a.id not in self.named
            and a.roles
            and a.mentions[0].paragraph == headline.index
        }
        return next(iter(titled.values())) if len(titled) == 1 else None

    def _name_actor(self, actor: Actor, f: Found, *, given: int | None = None) -> None:
        """Name *actor* by the words of *f*, its first *given* (default: the given names the
        lists know) the given names."""
        tokens = self.doc.tokens[f.start : f.end]
        actor.name = " ".join(t.text for t in tokens[len(tokens) - len(f.words) :])
        actor.surname = " ".join(f.words[f.given if given is None else given :])
        self.by_key.setdefault(("person", f.words), actor)
        known = lx.table("people").get(f.words)
        actor.name_en = known.name_en if known is not None else ""  # spelt by names.py
        if known is not None:
            written = [fold(w) for w in actor.name.split()]
            spelt = any(_solid(tuple(written)).endswith(_solid(s)) for s in known.surnames)
            if not spelt or lx.match("honorifics", written, 0):
                # named by a title (پیامبر اکرم) or with an honorific (امام خمینی), not by
                # the article's spelling of the name (جرج بوش)
                actor.name = known.form
            actor.affiliation = actor.affiliation or known.country

    # ----- references -------------------------------------------------------------------------
    def _reference(self, f: Found) -> None:
        first = self.doc.tokens[f.start]
        if f.refers in ("country", "province"):
            referred = self.last_place_of.get(f.refers)
            if referred is not None:
                self._mention(referred, f)
            return
        opening = self._opens_sentence(first)
        if f.refers == "official" and f.name and not opening:
            return  # «این مقام» mid-sentence is as often "this post" as "this official"
        person = self._resolve(first)
        if person is None and f.refers == "person" and opening:
            # A sentence's subject whom nothing before names (an article that opens with
            # «وی گفت»): a person all the same, named by the pronoun.
            person = self._actor(
                ("unresolved", f.start), PERSON, name=self._text(f), name_en=_UNRESOLVED
            )
        if person is not None:
            self._mention(person, f)

    def _resolve(self, token: Token) -> Actor | None:
        if self._opens_sentence(token):
            earlier = [s for s in self.subject_order[-2:] if s < token.sentence]
            if earlier:
                return self.subjects[earlier[-1]]
        own = self.subjects.get(token.sentence)
        if own is not None and self._after_source_phrase(token):
            return own  # «العطیه ... را ضعیف دانست زیرا به گفته وی ...»: his own account
        people = [
            a
            for a in self.actors.values()
            if a.type == PERSON
            and a is not own
            and not self._unnamed_reporter(a)
            and a.mentions
            and a.mentions[-1].start < token.raw_start
        ]
        return max(people, key=lambda a: a.mentions[-1].start, default=None)

    def _after_source_phrase(self, token: Token) -> bool:
        """Whether a phrase naming a source (به گفته, به اعتقاد) stands right before *token*."""
        tokens = self.doc.tokens
        before = tuple(fold(t.text) for t in tokens[max(0, token.index - 2) : token.index])
        return any(before[len(before) - len(p) :] == p for p in lx.source_phrases())

    def _unnamed_reporter(self, actor: Actor) -> bool:
        """A reporter known only by the title (خبرنگار فارس): the outlet's voice, whom a
        pronoun or «این پزشک» in the story never means."""
        return actor.id not in self.named and any(
            fold(role).startswith(_REPORTER) for role in actor.roles
        )

    # ----- collectives --------------------------------------------------------------------------
    def _link_collectives(self) -> None:
        """دو کشور, دو طرف: the two countries (among those named) the story is between,
        weighed by their own mentions and the mentions of the people affiliated to them."""
        collectives = [a for a in self.actors.values() if a.key[0] == "parties"]
        if not collectives:
            return
        weights: Counter[str] = Counter()
        for actor in self.actors.values():
            if actor.type == PLACE and str(actor.key[1]).startswith("country:"):
                weights[actor.id] += len(actor.mentions)
        for actor in self.actors.values():
            country = self.by_key.get(("place", f"country:{actor.affiliation}"))
            if actor.type == PERSON and country is not None:
                weights[country.id] += 2 * len(actor.mentions)
        members = [actor_id for actor_id, _ in weights.most_common(2)]
        for actor in collectives:
            actor.members = members


def _office(form: str) -> str:
    """The office a title's form names (نماینده مردم: نماینده; see titles.tsv)."""
    entry = lx.table("titles").get(tuple(form.split()))
    return (entry.office or entry.form) if entry is not None else form


def _solid(words: tuple[str, ...]) -> str:
    """A name's words written solid: «پیر موذن», «پیرموذن» and «پیر‌موذن» are one surname."""
    return "".join(words).replace(ZWNJ, "")


def _ends_solid(words: tuple[str, ...], tail: tuple[str, ...]) -> bool:
    """Whether *words* end with *tail* written solid or apart (آیت هاشمی‌نسب ends with
    «هاشمی نسب»): the last words of *words* are *tail*'s, however they are spaced."""
    solid = _solid(tail)
    return any(_solid(words[k:]) == solid for k in range(len(words)))


def _ends_with(words: tuple[str, ...], tail: tuple[str, ...]) -> bool:
    return len(tail) <= len(words) and words[len(words) - len(tail) :] == tail


def resolve(doc: Document, found: list[Found]) -> list[Actor]:
    """One actor per referent of the mentions *found* in *doc*."""
    return Coreference(doc).run(found)
