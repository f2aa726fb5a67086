"""Speakers: the noun phrase that names a claim's source, and the actor it is.

The speaker of a verb of saying is the subject of its clause: the noun phrase read from the
clause's start (the sentence's start, after the outlet's formula «به گزارش X،», or inside a
quotation for a nested claim), after discourse words, dates and framings (همچنین، روز
پنجشنبه، در این دیدار), up to the first word that cannot be part of it: a preposition, a date,
a verb, «را», «که» or punctuation (``data/lexicons/claims/speaker_stops.tsv``). «یکی از X»
keeps its «از»; a title keeps «در» and a place (سفیر ایران در اتریش); «و» joins two nouns
(معاون حقوقی و مجلس وزارت ...).

The phrase becomes an actor:

* the actor stage's actor whose mention starts the phrase (or follows its honorific: «آقای»
  + a surname), or whose name the phrase holds after honorifics or given names the actor
  stage missed (its mention is then widened to the whole name: «ماموستا سیدحسین حسینی»);
* a honorific alone (حاج‌آقا): the last person named with it;
* a third-person pronoun (وی، او، ایشان): the last speaker of this or the previous paragraph,
  else the actor stage's resolution, else the last person named;
* a demonstrative of a head noun (این مقام، این محقق، این سفارتخانه): the last speaker of that
  type;
* an actor, or a speaker made earlier, of the same name, or whose name ends with the phrase
  (its surname: «عرب مقصودی»، «حیدری» of «حیدری‌جناسمی»);
* otherwise a new actor of the claim stage: person, organisation or group by the phrase's head
  (``speaker_heads.tsv``), with a mention for the phrase.
"""

from __future__ import annotations

from bisect import insort
from dataclasses import dataclass, field
from functools import cache

from khabar.actors import Actor, Mention, romanize
from khabar.actors import lexicons as actor_lexicons
from khabar.actors.lexicons import CLOSE_QUOTE, OPEN_QUOTE
from khabar.actors.names import described, plural_en
from khabar.actors.places import PLACE_TRIGGERS
from khabar.claims import documents
from khabar.lexicon import ZWNJ, fold, hazm_words, read_table, verb_stems, word_frequencies
from khabar.segment import Token, lemma

SPEAKER_TYPES = frozenset({"person", "organization", "group", "place"})
# A word rarer than this in general text, or unknown to hazm, may be part of a name.
NAME_MAX_FREQUENCY = 6e-5
# A speaker's noun phrase is at most this long (a runaway phrase is not a subject).
MAX_SPEAKER_WORDS = 16
# «این» + a person's noun and its words (این کارشناس ارشد اقتصادی) refers back within this
# many words.
MAX_DEMONSTRATIVE_WORDS = 5
# A surname alone, linked to a person named in full, is at most this many words.
MAX_SURNAME_WORDS = 3
_PUNCTUATION = frozenset('،,:؛;«»"().!؟?[]-–')
_PREFIX = {"person": "P", "organization": "O", "group": "G", "place": "L"}


@dataclass(frozen=True, slots=True)
class Head:
    type: str
    kind: str
    quantifier: bool
    gloss: str = ""


_NO_HEAD = Head("", "", False)
# The words of an administrative division before a place (امام جمعه شهر اهرم = امام جمعه
# اهرم); not «کشور», which is a ministry's field after وزیر (وزیر کشور: the interior minister).
_DIVISIONS = PLACE_TRIGGERS - {"کشور"}


@cache
def heads() -> dict[str, Head]:
    return {
        r["form"]: Head(r["type"], r["kind"], r["quantifier"] == "yes", r["gloss"])
        for r in read_table("lexicons", "claims", "speaker_heads.tsv")
    }


@cache
def stops() -> dict[str, str]:
    """Word -> class (preposition, time, discourse, copula, modal, object, subordinator,
    temporal, manner)."""
    return {r["form"]: r["class"] for r in read_table("lexicons", "claims", "speaker_stops.tsv")}


@cache
def is_name_like(word: str) -> bool:
    """A word that may be (part of) a proper name: unknown to hazm or rare in general text."""
    if len(word) < 2 or not any(c.isalpha() for c in word):
        return False
    return word not in hazm_words() or word_frequencies().get(word, 0.0) < NAME_MAX_FREQUENCY


# A word of a name is rarer than this when a phrase must be cut at its name («موسوی لاری
# اجرای طرح را ...»: the subject ends where common words begin).
COMMON_WORD_MIN = 1e-5


@cache
def _past_stems() -> frozenset[str]:
    return frozenset(past for past, _ in verb_stems())


@cache
def _is_verb_form(word: str) -> bool:
    """A verb form hazm's lemmatiser leaves alone: a participle (کرده، نشده) or a form with
    می (برمی‌دارد)."""
    if word.startswith(("می" + ZWNJ, "نمی" + ZWNJ)) or ("می" + ZWNJ) in word[:8]:
        return True
    if word.endswith("ه") and len(word) > 2:
        stem = word[:-1]
        return stem in _past_stems() or (stem.startswith("ن") and stem[1:] in _past_stems())
    return False


def is_verb(token: Token) -> bool:
    if "#" in token.lemma:
        return not _second_person_lookalike(token.text, token.lemma)
    return _is_verb_form(token.text)


def _second_person_lookalike(word: str, lemma: str) -> bool:
    """A relational adjective that hazm lemmatises as a second-person verb (فرهنگی ->
    فرهیخت#فرهنگ): ends in ی, has no verbal prefix, and is not the past stem with ی."""
    return (
        word.endswith("ی")
        and not word.startswith(("می", "نمی", "ب", "ن"))
        and word[:-1] != lemma.split("#")[0]
    )


@cache
def is_common_word(word: str) -> bool:
    """A frequent word of general text: not part of a name."""
    return word_frequencies().get(word, 0.0) >= COMMON_WORD_MIN


def ends_phrase(token: Token) -> bool:
    """Whether *token* cannot be part of a speaker's noun phrase (see the module docstring)."""
    text = token.text
    if text in _PUNCTUATION or not any(c.isalnum() for c in text):
        return True
    if text in ("را", "که", "و") or text in stops():
        return True
    return is_verb(token)


def head_of(words: list[str]) -> Head | None:
    """What the phrase's first word says it is: a title, an organisation, a group..."""
    if not words:
        return None
    known = heads()
    first = words[0]
    if actor_lexicons.counts_many(fold(first)) and len(words) > 1:
        # دو نماینده مجلس, 20 کارشناس: people counted are a group
        counted = head_of(words[1:])
        if counted is None:
            noun = actor_lexicons.person_noun(fold(words[1]))
            if noun is None:
                return None  # دو دیدگاه: two views, no one
            gloss = noun.name_en
        elif counted.type != "person":
            return counted
        else:
            gloss = counted.gloss
        return Head("group", "collective", False, plural_en(gloss) if gloss else "")
    if first == "این" and len(words) > 1:
        first = words[1]
    elif first == "یک" and len(words) > 1 and _is_document(known.get(fold(words[1]))):
        first = words[1]  # یک تحقیق جدید: a study, not a person
    found = known.get(first) or known.get(first.split(ZWNJ)[0])
    if found is None and fold(first) != first:  # كارگردان: Arabic letters
        first = fold(first)
        found = known.get(first) or known.get(first.split(ZWNJ)[0])
    if found is None:
        return None
    plural = first not in known and (is_plural(first) or is_plural(first.removesuffix("ی")))
    if (
        plural
        and found.kind != "document"
        and (found.type == "organization" or found.kind in ("title", "nominal"))
    ):
        return Head("group", "collective", False)  # «شرکت‌های کشتیرانی», «کارشناسان»
    return found


@dataclass(slots=True)
class Speakers:
    """The actors a document's claims are attributed to: the actor stage's, and those the
    claim stage makes for speakers it did not find."""

    raw: str
    actors: list[Actor] | tuple[Actor, ...]
    by_start: dict[int, tuple[Actor, int]] = field(default_factory=dict)
    by_name: dict[str, Actor] = field(default_factory=dict)
    created: list[Actor] = field(default_factory=list)
    last: tuple[Actor, int] | None = None  # the last speaker and its paragraph
    taken: set[str] = field(default_factory=set)  # actor ids in use

    def __post_init__(self) -> None:
        for actor in self.actors:
            if actor.type not in SPEAKER_TYPES:
                continue
            for mention in actor.mentions:
                self.by_start.setdefault(mention.start, (actor, mention.end))
                if actor.type != "place":
                    self.by_name.setdefault(_key(mention.text), actor)
            self.by_name.setdefault(_key(actor.name), actor)

    def covers(self, raw_offset: int) -> bool:
        """Whether a mention of an actor runs across *raw_offset* (the «،» of a constituency
        inside «نماینده مردم تهران، ری و ...» is no clause boundary)."""
        return any(start < raw_offset < end for start, (_, end) in self.by_start.items())

    def mention_at(self, token: Token, *, places: bool = True) -> tuple[Actor, int] | None:
        found = self.by_start.get(token.raw_start)
        if found and (places or found[0].type != "place"):
            return found
        return None

    def heard(self, actor: Actor, paragraph: int) -> None:
        self.last = (actor, paragraph)

    def last_speaker(self, paragraph: int, *, person: bool = True) -> Actor | None:
        """The last speaker, if quoted in this paragraph or the one before."""
        if self.last is None or paragraph - self.last[1] > 1:
            return None
        actor = self.last[0]
        return actor if not person or actor.type == "person" else None

    def last_of_type(self, kind: str, before: int, *, head: str = "") -> Actor | None:
        """The actor of type *kind* mentioned last before raw offset *before* (with *head*:
        one a mention of which begins with that word)."""
        best, where = None, -1
        for actor in (*self.actors, *self.created):
            if actor.type != kind:
                continue
            for mention in actor.mentions:
                first = mention.text.split()[0] if mention.text else ""
                if where < mention.start < before and (
                    not head or (first and (head.startswith(first) or first.startswith(head)))
                ):
                    best, where = actor, mention.start
        return best

    def resolve(self, tokens: list[Token], start: int, end: int) -> tuple[Actor, str] | None:
        """The actor the noun phrase tokens[start:end] names, and its text; ``None`` for a
        first- or second-person pronoun (no source)."""
        words = [t.text for t in tokens[start:end]]
        if lead := document_lead(words):
            start, words = start + lead, words[lead:]  # بخشی از متن این بیانیه: این بیانیه
        span = self.raw[tokens[start].raw_start : tokens[end - 1].raw_end]
        paragraph = tokens[start].paragraph
        found = self.mention_at(tokens[start])
        if found is None and heads().get(words[0], _NO_HEAD).kind == "honorific":
            k = start
            while k < end - 1 and heads().get(tokens[k].text, _NO_HEAD).kind == "honorific":
                k += 1
            found = self.mention_at(tokens[k], places=False)
        head = heads().get(words[0])
        if head is not None and head.kind == "first" and len(words) == 1:
            return None
        if head is not None and head.kind == "pronoun" and len(words) == 1:
            if head.type == "person":
                actor = self.last_speaker(paragraph) or (found[0] if found else None)
                actor = actor or self.last_of_type("person", tokens[start].raw_start)
            else:
                last = self.last_speaker(paragraph, person=False)
                actor = last if last is not None and last.type != "person" else None
                actor = actor or (found[0] if found else None)
                actor = actor or self.last_of_type("group", tokens[start].raw_start)
            if actor is not None:
                return actor, span
        elif found is not None:
            return found[0], span
        if _honorifics_end(words) == len(words):
            # «حاج‌آقا گفت»: the last person named with this honorific
            actor = self.last_of_type("person", tokens[start].raw_start, head=words[0])
            if actor is not None:
                self._attach(actor, tokens, start, end, span)
                return actor, span
        inside = self._named_inside(tokens, start, end)
        if inside is not None:
            return inside, span
        if words[0] == "این" and 2 <= len(words) <= MAX_DEMONSTRATIVE_WORDS:
            referred = head_of(words)
            if referred is None and actor_lexicons.person_noun(fold(words[1])):
                referred = Head("person", "nominal", False)  # این اقتصاددان
            if (
                referred is not None
                and referred.type != "group"
                and (len(words) == 2 or referred.type == "person")
            ):
                # «این بنیاد»: the last foundation named; «این مقام»: the last speaker
                before = tokens[start].raw_start
                actor = self.last_of_type(referred.type, before, head=words[1])
                if actor is None:
                    last = self.last_speaker(paragraph, person=referred.type == "person")
                    actor = last if last and last.type == referred.type else None
                if actor is not None:
                    return actor, span
        known = (
            self.by_name.get(_key(span))
            or self._by_surname(words)
            or self._same_office(words, tokens[start].raw_start)
        )
        if known is not None:
            self._attach(known, tokens, start, end, span)
            return known, span
        return self._create(tokens, start, end, span, words), span

    def _attach(self, actor: Actor, tokens: list[Token], start: int, end: int, span: str) -> None:
        """The phrase as a mention of *actor*: one this stage created, or the actor stage's."""
        if actor in self.created:
            self._add_mention(actor, tokens, start, end, span)
        else:
            self._link(actor, tokens, start, end, span)

    def _link(self, actor: Actor, tokens: list[Token], start: int, end: int, span: str) -> None:
        """The phrase as a mention of the actor stage's person it names, where the actor
        stage has no mention (حیدری, امام جمعه اهرم, حاج‌آقا)."""
        if actor.type != "person" or tokens[start].raw_start in self.by_start:
            return
        words = [t.text for t in tokens[start:end]]
        if _honorifics_end(words) == len(words):
            kind = "surname"
        elif head_of(words) is not None:
            kind = "title"
        else:
            kind = "surname"
        self._add_mention(actor, tokens, start, end, span, kind=kind)

    def narrator(self, tokens: list[Token], start: int) -> Actor:
        """The actor of a first-person speaker (من، ما): the text's narrator, one per pronoun."""
        span = tokens[start].text
        known = self.by_name.get(f"narrator:{span}")
        if known is not None:
            self._add_mention(known, tokens, start, start + 1, span)
            return known
        actor = self._create(tokens, start, start + 1, span, [span])
        actor.key = ("narrator", span)
        self.by_name[f"narrator:{span}"] = actor
        return actor

    def _by_surname(self, words: list[str]) -> Actor | None:
        """A person named earlier whose name ends with these words (جاکوب: ران جاکوب; عرب
        مقصودی: محسن عرب مقصودی), or whose compound surname this one word begins (حیدری:
        ابراهیم حیدری‌جناسمی)."""
        if not 1 <= len(words) <= MAX_SURNAME_WORDS or not is_name_like(words[-1]):
            return None
        if words[0] in heads() or _honorifics_end(words):
            return None
        tail = tuple(fold(w) for w in words)
        for actor in reversed((*self.actors, *self.created)):
            if actor.type != "person":
                continue
            names = [actor.name, *(m.text for m in actor.mentions if m.kind == "name")]
            if any(_surname_of(tail, tuple(fold(w) for w in n.split())) for n in names):
                return actor
        return None

    def _same_office(self, words: list[str], before: int) -> Actor | None:
        """The person last mentioned by the same title and jurisdiction, the division's word
        aside («امام جمعه اهرم» is «امام جمعه شهر اهرم»), or by a longer form of this title
        alone («امام جمعه» after «امام جمعه اهرم»)."""
        mine = _office_words(words)
        title = actor_lexicons.match("titles", list(mine), 0)
        if title is None and heads().get(words[0], _NO_HEAD).kind != "title":
            return None
        bare = title is not None and title[0] == len(mine)
        best, where = None, -1
        for actor in (*self.actors, *self.created):
            if actor.type != "person":
                continue
            for mention in actor.mentions:
                if mention.kind != "title" or not where < mention.start < before:
                    continue
                theirs = _office_words(mention.text.split())
                if theirs == mine or (bare and theirs[: len(mine)] == mine):
                    best, where = actor, mention.start
        return best

    def _named_inside(self, tokens: list[Token], start: int, end: int) -> Actor | None:
        """The actor stage's person whose name the phrase holds after honorifics or given
        names it missed («ماموستا سیدحسین حسینی», «فراز کمالوند» for کمالوند, «عرب مقصودی» for
        محسن عرب مقصودی). The actor's mention is widened to the whole name (honorifics belong
        to a name's mention). A title before the name («نماینده ...»), or a given name the
        person does not have («فاضل لاریجانی» where the article named علی لاریجانی), is
        someone else; where it wrote only the surname, which the lexicon of well-known people
        gave to someone famous, the full name says whom it meant («امین ظریف»)."""
        for k in range(start + 1, end):
            hit = self.by_start.get(tokens[k].raw_start)
            if hit is None:
                continue
            actor = hit[0]
            mention = next((m for m in actor.mentions if m.start == tokens[k].raw_start), None)
            before = [t.text for t in tokens[start:k]]
            if _described_organization(actor, mention, before, created=self.created):
                return actor  # سایت اینترنتی «میدل‌ایست آن لاین»: the website named
            if mention is not None and _document_of(before):
                return actor  # پیام رئیس سازمان ...: a document speaks for its issuer
            if actor.type != "person" or actor in self.created or mention is None:
                return None
            if mention.kind == "title" and self._names_unnamed(actor, tokens, start, k):
                return actor
            if mention.kind not in ("name", "surname"):
                return None
            honorifics = _honorifics_end(before)
            unwritten = _name_never_written(actor) and all(
                is_name_like(w) and w not in heads() for w in before[honorifics:]
            )
            if (
                honorifics < len(before)
                and not self._names_more_of(actor, before, mention.text)
                and not unwritten
            ):
                return None
            named = honorifics < len(before)
            self._widen(actor, mention, tokens[start].raw_start, kind="name" if named else "")
            if named and unwritten:
                # The lexicon's person was never written: keep its spelling of the surname.
                given, surname = before[honorifics:], mention.text.split()
                surname_en = actor.name_en.split()[-len(surname) :]
                actor.name = " ".join((*given, *surname))
                actor.name_en = " ".join((*(romanize(w) for w in given), *surname_en))
            elif named and len(actor.name.split()) <= len(mention.text.split()):
                # «داویت گوگوبریدزه» for گوگوبریدزه: the person's name, written in full
                given = before[honorifics:]
                actor.name = " ".join((*given, *mention.text.split()))
                actor.name_en = " ".join((*(romanize(w) for w in given), actor.name_en))
            return actor
        return None

    def quoted_name_end(self, tokens: list[Token], end: int) -> int:
        """Where a phrase ending at *end* ends when an organisation's name in guillemets follows
        it (سایت اینترنتی «میدل‌ایست آن لاین»): after the closing mark; else *end*."""
        if end + 1 >= len(tokens) or tokens[end].text != OPEN_QUOTE:
            return end
        hit = self.by_start.get(tokens[end + 1].raw_start)
        if hit is None or hit[0].type != "organization":
            return end
        for k in range(end + 2, len(tokens)):
            if tokens[k].raw_start >= hit[1]:
                return k + 1 if tokens[k].text == CLOSE_QUOTE else end
        return end

    def _names_unnamed(self, actor: Actor, tokens: list[Token], start: int, k: int) -> bool:
        """A full name the actor stage missed before the title of a person it has not named
        («راب کلیفورد کارشناس ارشد انرژی استرالیا»): the name is a mention of that person."""
        words = [t.text for t in tokens[start:k]]
        if actor.surname or len(words) < 2 or not all(is_name_like(w) for w in words):
            return False
        if any(w in heads() for w in words):
            return False
        name = self.raw[tokens[start].raw_start : tokens[k - 1].raw_end]
        actor.name, actor.name_en = name, " ".join(romanize(w) for w in name.split())
        self._add_mention(actor, tokens, start, k, name, kind="name")
        return True

    @staticmethod
    def _names_more_of(actor: Actor, before: list[str], name: str) -> bool:
        """Whether *before* + *name* is the actor's name written more fully: its known name
        ends with them, or it is known by *name* alone and *before* are name words."""
        words = tuple(fold(w) for w in (*before, *name.split()))
        known = tuple(fold(w) for w in actor.name.split())
        if _ends_with(known, words):
            return True
        return len(known) <= len(name.split()) and all(
            is_name_like(w) and w not in heads() for w in before
        )

    def _widen(self, actor: Actor, mention: Mention, raw_start: int, *, kind: str = "") -> None:
        index = actor.mentions.index(mention)
        wider = Mention(
            self.raw[raw_start : mention.end],
            raw_start,
            mention.end,
            kind or mention.kind,
            mention.sentence,
            mention.paragraph,
        )
        actor.mentions[index] = wider
        self.by_start.setdefault(raw_start, (actor, mention.end))

    def _create(self, tokens, start, end, span, words) -> Actor:
        head = head_of(words)
        if head is None:
            if is_plural(words[0]):
                noun = actor_lexicons.person_noun(words[0])  # شاهدان عینی: witnesses
                gloss = plural_en(noun.name_en) if noun is not None and noun.name_en else ""
                head = Head("group", "collective", False, gloss)
            else:
                name = all(is_name_like(w) for w in words[:2])
                head = Head("person", "name" if name else "nominal", False)
        kind = {"honorific": "name", "document": "name", "first": "pronoun"}.get(
            head.kind, head.kind
        )
        type_ = head.type if head.type in _PREFIX else "person"
        if not self.taken:
            self.taken = {a.id for a in self.actors}
        number = sum(a.type == type_ for a in (*self.actors, *self.created)) + 1
        while f"{_PREFIX[type_]}{number}" in self.taken:
            number += 1
        self.taken.add(f"{_PREFIX[type_]}{number}")
        name_en = _english(span.split(), head)
        actor = Actor(id=f"{_PREFIX[type_]}{number}", name=span, name_en=name_en, type=type_)
        actor.key = ("speaker", _key(span))
        self.created.append(actor)
        self.by_name[_key(span)] = actor
        self._add_mention(actor, tokens, start, end, span, kind=kind)
        return actor

    def _add_mention(self, actor, tokens, start, end, span, *, kind: str = "") -> None:
        first = tokens[start]
        raw_start, raw_end = first.raw_start, tokens[end - 1].raw_end
        if any(m.start == raw_start and m.end == raw_end for m in actor.mentions):
            return
        kind = kind or (actor.mentions[0].kind if actor.mentions else "nominal")
        mention = Mention(span, raw_start, raw_end, kind, first.sentence, first.paragraph)
        insort(actor.mentions, mention, key=lambda m: m.start)  # in reading order
        self.by_start.setdefault(raw_start, (actor, raw_end))


def _described_organization(
    actor: Actor, mention: Mention | None, before: list[str], *, created: list[Actor]
) -> bool:
    """Whether the words *before* an organisation's name («سایت اینترنتی» before «میدل‌ایست
    آن لاین») only describe it: an organisation's head and adjectives. A noun after the head
    names another body that the organisation is part of («جامعه اسلامی دانشجویان» before
    «دانشگاه تهران»)."""
    if actor.type != "organization" or actor in created or mention is None:
        return False
    head = head_of(before)
    return (
        mention.kind == "name"
        and head is not None
        and head.type == "organization"
        and all(
            w in (OPEN_QUOTE, CLOSE_QUOTE) or actor_lexicons.is_adjective(fold(w))
            for w in before[1:]
        )
    )


def _honorifics_end(words: list[str]) -> int:
    """How many words at the start of *words* are honorifics and ranks (آقای، دکتر، حجت‌الاسلام
    والمسلمین): the actor stage's list and the speaker heads of that kind."""
    folded = [fold(w) for w in words]
    k = 0
    while k < len(words):
        matched = actor_lexicons.match("honorifics", folded, k)
        if matched is not None:
            k += matched[0]
        elif heads().get(words[k], _NO_HEAD).kind == "honorific":
            k += 1
        else:
            break
    return k


def _office_words(words: list[str]) -> tuple[str, ...]:
    """A title phrase's words that say which office: folded, apart at ZWNJs (امام‌جمعه),
    without the words of an administrative division (استان، شهرستان، شهر) and «و»."""
    split = fold(" ".join(words).replace(ZWNJ, " ")).split()
    return tuple(w for w in split if w not in _DIVISIONS and w != "و")


def _surname_of(tail: tuple[str, ...], name: tuple[str, ...]) -> bool:
    """Whether *tail* (folded words) is the surname of the full *name*: its last words, or
    the first part of its last word when that is a compound (حیدری of حیدری‌جناسمی)."""
    if len(name) > len(tail) and _ends_with(name, tail):
        return True
    last = name[-1] if len(name) > 1 else ""
    return len(tail) == 1 and ZWNJ in last and last.split(ZWNJ)[0] == tail[0]


def document_lead(words: list[str]) -> int:
    """How many words open a phrase that quotes part or the text of a document (a quantifier
    head and «از», then «متن»: «در بخشی از متن این بیانیه آمده است»), the document speaking;
    0 if none."""
    k = 0
    if len(words) > 2 and heads().get(words[0], _NO_HEAD).quantifier and words[1] == "از":
        k = 2
    elif len(words) > 3 and words[1] in actor_lexicons.OTHER and words[2] == "از":
        # بخش دیگری از, قسمت دیگری از: the quantifier's noun with «other»
        k = 3 if heads().get(words[0] + "ی", _NO_HEAD).quantifier else 0
    if len(words) > k + 1 and words[k] in documents.text_words():
        k += 1
    rest = words[k + 1 :] if k < len(words) and words[k] == "این" else words[k:]
    if k and rest and _is_document(heads().get(fold(rest[0]))):
        return k
    return 0


def _is_document(head: Head | None) -> bool:
    return head is not None and head.kind == "document"


def _document_of(before: list[str]) -> bool:
    """Whether the words before a mention are a document's head alone (پیام, بیانیه)."""
    return len(before) == 1 and _is_document(heads().get(before[0]))


def _name_never_written(actor: Actor) -> bool:
    """Whether *actor*'s full name came from the lexicon of well-known people and every name
    mention of it is the surname alone («ظریف» for محمدجواد ظریف): a full name the article
    then writes («امین ظریف») says whom the surname meant here."""
    surname = tuple(fold(w) for w in (actor.surname or actor.name).split()[-1:])
    names = [m for m in actor.mentions if m.kind in ("name", "surname")]
    return (
        len(actor.name.split()) > len(surname)
        and bool(names)
        and all(tuple(fold(w) for w in m.text.split()) == surname for m in names)
    )


def _ends_with(words: tuple[str, ...], tail: tuple[str, ...]) -> bool:
    return len(tail) <= len(words) and words[len(words) - len(tail) :] == tail


def genitive_pronoun(tokens: list[Token]) -> bool:
    """Whether a phrase of no known head ends in a third-person pronoun (نشست خبری وی): the
    thing is his or hers, and the pronoun names the source."""
    last = heads().get(tokens[-1].text)
    words = [t.text for t in tokens]
    return (
        last is not None
        and last.kind == "pronoun"
        and last.type == "person"
        and head_of(words) is None
        and not is_name_like(words[0])
    )


def is_plural(word: str) -> bool:
    """A plural noun (کتابداران، دیپلمات‌ها): a plural ending hazm's lemmatiser removes, or a
    plural of people its lexicon lacks (شاهدان witnesses)."""
    return (
        word.endswith(("ان", "ها", "ین", "ات")) and lemma(word) != word
    ) or actor_lexicons.plural_of_people(word)


def _english(words: list[str], head: Head) -> str:
    """A created speaker's English name: a phrase headed by a common noun is described by
    its head's gloss (:func:`khabar.actors.names.described`); a name, or a phrase without a
    known head, is romanised."""
    if not head.gloss or (head.kind in ("name", "honorific") and head.type == "person"):
        return " ".join(romanize(w) for w in words)  # a rough spelling, as for names
    return described(words, head.gloss.split(",")[0].split(" (")[0])


def _key(text: str) -> str:
    return text.replace(ZWNJ, "").replace(" ", "")
