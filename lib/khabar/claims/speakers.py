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
  + a surname);
* a third-person pronoun (وی، او، ایشان): the last speaker of this or the previous paragraph,
  else the actor stage's resolution, else the last person named;
* a demonstrative of a head noun (این مقام، این محقق، این سفارتخانه): the last speaker of that
  type;
* an actor, or a speaker made earlier, of the same name;
* otherwise a new actor of the claim stage: person, organisation or group by the phrase's head
  (``speaker_heads.tsv``), with a mention for the phrase.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

from khabar.actors import Actor, Mention, romanize
from khabar.lexicon import ZWNJ, hazm_words, read_table, verb_stems, word_frequencies
from khabar.segment import Token, lemma

SPEAKER_TYPES = frozenset({"person", "organization", "group", "place"})
# A word rarer than this in general text, or unknown to hazm, may be part of a name.
NAME_MAX_FREQUENCY = 6e-5
# A speaker's noun phrase is at most this long (a runaway phrase is not a subject).
MAX_SPEAKER_WORDS = 16
_PUNCTUATION = frozenset('،,:؛;«»"().!؟?[]-–')
_PREFIX = {"person": "P", "organization": "O", "group": "G", "place": "L"}


@dataclass(frozen=True, slots=True)
class Head:
    type: str
    kind: str
    quantifier: bool


@cache
def heads() -> dict[str, Head]:
    return {
        r["form"]: Head(r["type"], r["kind"], r["quantifier"] == "yes")
        for r in read_table("lexicons", "claims", "speaker_heads.tsv")
    }


@cache
def stops() -> dict[str, str]:
    """Word -> class (preposition, time, discourse, copula, modal, subordinator)."""
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
    if first == "این" and len(words) > 1:
        first = words[1]
    found = known.get(first) or known.get(first.split(ZWNJ)[0])
    if found is None:
        return None
    plural = first not in known and (is_plural(first) or is_plural(first.removesuffix("ی")))
    if plural and (found.type == "organization" or found.kind in ("title", "nominal")):
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
        span = self.raw[tokens[start].raw_start : tokens[end - 1].raw_end]
        words = [t.text for t in tokens[start:end]]
        paragraph = tokens[start].paragraph
        found = self.mention_at(tokens[start])
        if found is None and heads().get(words[0], Head("", "", False)).kind == "honorific":
            k = start
            while (
                k < end - 1 and heads().get(tokens[k].text, Head("", "", False)).kind == "honorific"
            ):
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
        if words[0] == "این" and len(words) == 2:
            referred = head_of(words)
            if referred is not None and referred.type != "group":
                # «این بنیاد»: the last foundation named; «این مقام»: the last speaker
                before = tokens[start].raw_start
                actor = self.last_of_type(referred.type, before, head=words[1])
                if actor is None:
                    last = self.last_speaker(paragraph, person=referred.type == "person")
                    actor = last if last and last.type == referred.type else None
                if actor is not None:
                    return actor, span
        known = self.by_name.get(_key(span)) or self._by_surname(words)
        if known is not None:
            if known in self.created:
                self._add_mention(known, tokens, start, end, span)
            return known, span
        return self._create(tokens, start, end, span, words), span

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
        """A person named earlier whose name ends with this one word (جاکوب: ران جاکوب)."""
        if len(words) != 1 or not is_name_like(words[0]):
            return None
        for actor in reversed((*self.actors, *self.created)):
            names = [actor.name, *(m.text for m in actor.mentions if m.kind == "name")]
            if actor.type == "person" and any(
                n.split()[-1:] == words and len(n.split()) > 1 for n in names
            ):
                return actor
        return None

    def _create(self, tokens, start, end, span, words) -> Actor:
        head = head_of(words)
        if head is None:
            if is_plural(words[0]):
                head = Head("group", "collective", False)
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
        name_en = " ".join(romanize(w) for w in span.split())  # a rough spelling, as for names
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
        actor.mentions.append(
            Mention(span, raw_start, raw_end, kind, first.sentence, first.paragraph)
        )
        self.by_start.setdefault(raw_start, (actor, raw_end))


def is_plural(word: str) -> bool:
    """A plural noun (کتابداران، دیپلمات‌ها): a plural ending hazm's lemmatiser removes."""
    return word.endswith(("ان", "ها", "ین", "ات")) and lemma(word) != word


def _key(text: str) -> str:
    return text.replace(ZWNJ, "").replace(" ", "")
