"""The language of attribution, read from ``data/lexicons/claims/``: verbs of reported speech
with every form generated from the lemma, frames (با بیان اینکه), source phrases (به گفته),
the outlet's reporting formulas (به گزارش) and the blocked phrases (می‌توان گفت).

A verb's forms are generated, not listed: third person singular and plural of the past,
imperfect, present, perfect and pluperfect, each of «می‌» and «‌است/‌اند» joined by a ZWNJ or
written apart; the light verb's formal alternates (تأکید نمود); the non-verbal part's
spellings (تاکید for تأکید; پیش بینی for پیش‌بینی); negated forms for verbs whose negation
still reports content; passives («گفته می‌شود», «اعلام شد») for verbs whose passive reports a
claim without a named source; and the bare participle («گفته:»), which counts only before a
colon or که.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from itertools import product

from khabar.lexicon import ZWNJ, longest_match, read_table

_PERSONAL_PLURAL = "ند"
_VOWEL_FINAL = ("ا", "آ", "و")


class Lookup:
    """Longest match in a table of token tuples, answered at one set lookup where no entry
    starts with the word, or with the word and the next (most words of a sentence)."""

    __slots__ = ("firsts", "pairs", "singles", "table")

    def __init__(self, table) -> None:
        self.table = table
        self.singles = frozenset(key[0] for key in table if len(key) == 1)
        self.pairs = frozenset(key[:2] for key in table if len(key) > 1)
        self.firsts = self.singles | {pair[0] for pair in self.pairs}

    def match(self, words: list[str], i: int):
        word = words[i]
        if (
            word not in self.singles
            and (word, words[i + 1] if i + 1 < len(words) else "") not in self.pairs
        ):
            return None
        return longest_match(self.table, words, i, longest=8)

    def starts(self, words: list[str], start: int = 0, stop: int | None = None) -> list[int]:
        """Where in words[start:stop] an entry may start (one set lookup per word)."""
        stop = len(words) if stop is None else stop
        firsts, singles, pairs = self.firsts, self.singles, self.pairs
        found = [k for k in range(start, stop) if words[k] in firsts]
        return [
            k
            for k in found
            if words[k] in singles
            or (words[k], words[k + 1] if k + 1 < len(words) else "") in pairs
        ]


_LOOKUPS: dict[int, tuple[object, Lookup]] = {}


def lookup(table) -> Lookup:
    """The :class:`Lookup` of *table* (built once per table)."""
    known = _LOOKUPS.get(id(table))
    if known is None or known[0] is not table:
        known = _LOOKUPS[id(table)] = (table, Lookup(table))
    return known[1]


@dataclass(frozen=True, slots=True)
class Verb:
    """A verb of reported speech as the lexicon gives it."""

    lemma: str
    gloss: str
    verb_class: str
    kind: str
    constructions: frozenset[str]
    np_markers: tuple[tuple[str, ...], ...]


@dataclass(frozen=True, slots=True)
class Cue:
    """One written form of a verb: what the form says about number, polarity and voice."""

    verb: Verb
    plural: bool = False
    negated: bool = False
    passive: bool = False
    participle: bool = False  # «گفته» alone: a cue only before a colon or که
    first: bool = False  # first person (گفتم، گفتیم): a claim only with «من» or «ما» written

    @property
    def form(self) -> str:
        return self.verb.lemma


@dataclass(frozen=True, slots=True)
class Phrase:
    """A frame (با بیان اینکه), a source phrase (به گفته) or a reporting formula (به گزارش)."""

    form: str
    role: str  # frame | open frame | source | document | formula | call | document text
    kind: str = ""
    lead: int = 0  # a document phrase's lead words (طبق، بر اساس) before its noun
    demonstrative: bool = False  # «بر اساس این اطلاعیه»: the document named before
    np: bool = False  # an open frame whose noun phrase is itself claimed («با تأکید بر X»)
    verb: Verb | None = None  # a call's verb (خواستار ... شد)


def _spellings(word: str) -> set[str]:
    """A word as news sites write it: أ as ا too (تأکید/تاکید)."""
    return {word, word.replace("أ", "ا")}


def _part_spellings(part: str, variants: str) -> set[tuple[str, ...]]:
    """Token tuples of a non-verbal part: its variants, hamza folded, a ZWNJ also as a space."""
    found: set[tuple[str, ...]] = set()
    for written in [part, *filter(None, variants.split("|"))]:
        for spelled in _spellings(written):
            found.add(tuple(spelled.split()))
            if ZWNJ in spelled:
                found.add(tuple(spelled.replace(ZWNJ, " ").split()))
    return found


def _negate(stem: str) -> str:
    return "نی" + stem[1:] if stem.startswith("آ") else "ن" + stem


def _present_3(stem: str, plural: bool) -> str:
    glide = "ی" if stem.endswith(_VOWEL_FINAL) else ""
    return stem + glide + (_PERSONAL_PLURAL if plural else "د")


def _with_mi(prefix: str, rest: str) -> list[tuple[str, ...]]:
    """«می‌» joined by a ZWNJ, and written apart."""
    return [(prefix + ZWNJ + rest,), (prefix, rest)]


def _perfect(participle: str, plural: bool) -> list[tuple[str, ...]]:
    if plural:
        return [(participle + ZWNJ + "اند",), (participle, "اند")]
    return [(participle, "است"), (participle + ZWNJ + "است",)]


def simple_forms(
    past: str, present: str, *, preverb: str = "", bare_present: bool = False
) -> dict[tuple[str, ...], dict]:
    """Third- and first-person forms of a verb from its stems: token tuple -> flags (plural,
    negated, participle, first). *preverb* (بر in برشمرد) stays in front of می and ن;
    *bare_present*: the present is also written without می (دارد)."""
    past_rest, present_rest = past[len(preverb) :], present[len(preverb) :]
    forms: dict[tuple[str, ...], dict] = {}

    def add(tokens: tuple[str, ...], **flags) -> None:
        first = (preverb + tokens[0],) if preverb and tokens else tokens[:1]
        forms.setdefault(first + tokens[1:], flags)

    for negated in (False, True):
        p = _negate(past_rest) if negated else past_rest
        mi = "نمی" if negated else "می"
        for plural in (False, True):
            flags = {"plural": plural, "negated": negated}
            ending = _PERSONAL_PLURAL if plural else ""
            add((p + ending,), **flags)
            for tokens in _with_mi(mi, past_rest + ending):
                add(tokens, **flags)
            for tokens in _with_mi(mi, _present_3(present_rest, plural)):
                add(tokens, **flags)
            if bare_present:
                stem = _negate(present_rest) if negated else present_rest
                add((_present_3(stem, plural),), **flags)
            for tokens in _perfect(p + "ه", plural):
                add(tokens, **flags)
            add((p + "ه", "بودند" if plural else "بود"), **flags)
        for plural, ending in ((False, "م"), (True, "یم")):
            flags = {"plural": plural, "negated": negated, "first": True}
            add((p + ending,), **flags)
            for tokens in _with_mi(mi, past_rest + ending):
                add(tokens, **flags)
            present_form = present_rest + ("ی" if present_rest.endswith(_VOWEL_FINAL) else "")
            for tokens in _with_mi(mi, present_form + ending):
                add(tokens, **flags)
            if bare_present:
                stem = _negate(present_rest) if negated else present_rest
                add((stem + ending,), **flags)
            auxiliary = "ام" if ending == "م" else "ایم"
            add((p + "ه" + ZWNJ + auxiliary,), **flags)
            add((p + "ه", auxiliary), **flags)
            add((p + "ه", "بودم" if ending == "م" else "بودیم"), **flags)
        add((p + "ه",), plural=False, negated=negated, participle=True)
    return forms


def _passive_auxiliaries() -> list[tuple[str, ...]]:
    return [
        ("شد",),
        ("گردید",),
        *_with_mi("می", "شود"),
        *_with_mi("می", "گردد"),
        ("شده", "است"),
        ("شده" + ZWNJ + "است",),
        ("شده",),
        ("شده", "بود"),
        ("گردیده", "است"),
        ("گردیده" + ZWNJ + "است",),
    ]


def _copula_forms(last: str) -> dict[tuple[tuple[str, ...], ...], dict]:
    """The copula after an adjective (معتقد است): (replacement of the adjective, copula tokens)."""
    sg, pl = {"plural": False, "negated": False}, {"plural": True, "negated": False}
    neg_sg, neg_pl = {"plural": False, "negated": True}, {"plural": True, "negated": True}
    forms: dict = {}
    for copula, flags in (
        (("است",), sg),
        (("هست",), sg),
        (("بود",), sg),
        (("بوده", "است"), sg),
        (("بوده" + ZWNJ + "است",), sg),
        (("می" + ZWNJ + "باشد",), sg),
        (("هستند",), pl),
        (("بودند",), pl),
        (("اند",), pl),
        (("بوده" + ZWNJ + "اند",), pl),
        (("می" + ZWNJ + "باشند",), pl),
        (("هستم",), {"plural": False, "negated": False, "first": True}),
        (("هستیم",), {"plural": True, "negated": False, "first": True}),
        (("نیست",), neg_sg),
        (("نبود",), neg_sg),
        (("نیستند",), neg_pl),
        (("نبودند",), neg_pl),
    ):
        forms[((last,), copula)] = flags
    forms[((last + ZWNJ + "اند",), ())] = pl
    if not last.endswith(("ی", "ا", "و", "ه")):
        forms[((last + _PERSONAL_PLURAL,), ())] = pl  # معتقدند
        forms[((last + "م",), ())] = {"plural": False, "negated": False, "first": True}
        forms[((last + "یم",), ())] = {"plural": True, "negated": False, "first": True}
    return forms


@cache
def light_verbs() -> dict[str, tuple[str, tuple[str, ...], bool]]:
    """Light verb past stem -> (present stem, formal alternates' past stems, bare present)."""
    return {
        row["past"]: (
            row["present"],
            tuple(filter(None, row["alternates"].split("|"))),
            row["bare_present"] == "yes",
        )
        for row in read_table("lexicons", "claims", "light_verbs.tsv")
    }


def _light_verb(past: str) -> tuple[str, tuple[str, ...], bool]:
    """A light verb's present stem, alternates and whether its present goes without می; a
    simple verb of the lexicon may serve as one (سخن گفت)."""
    found = light_verbs().get(past)
    if found is None:
        simple = {r["lemma"]: r["present"] for r in verb_rows() if r["present"]}
        found = (simple[past], (), False)
    return found


@cache
def _preverbs() -> tuple[str, ...]:
    return tuple(row["form"] for row in read_table("lexicons", "verb_preverbs.tsv"))


def _verb(row: dict[str, str]) -> Verb:
    return Verb(
        lemma=row["lemma"],
        gloss=row["gloss"],
        verb_class=row["class"],
        kind=row["kind"],
        constructions=frozenset(filter(None, row["constructions"].split("|"))),
        np_markers=tuple(tuple(m.split()) for m in filter(None, row["np"].split("|"))),
    )


def lemma_forms(row: dict[str, str]) -> dict[tuple[str, ...], Cue]:
    """Every form of one lexicon row: token tuple -> cue."""
    verb = _verb(row)
    words = row["lemma"].split()
    negatable, passive = row["negated"] == "yes", row["passive"] == "yes"
    forms: dict[tuple[str, ...], Cue] = {}
    # One object per distinct cue (a verb has hundreds of forms and a few kinds of them):
    # fewer objects for every full pass of the garbage collector to walk.
    cues: dict[Cue, Cue] = {}

    def keep(tokens: tuple[str, ...], flags: dict, **extra) -> None:
        if flags.get("negated") and not negatable:
            return
        cue = Cue(verb, **flags, **extra)
        forms.setdefault(tokens, cues.setdefault(cue, cue))

    if len(words) == 1:
        past, present = words[0], row["present"]
        preverb = next(
            (
                p
                for p in _preverbs()
                if past.startswith(p) and present.startswith(p) and len(past) > len(p) + 1
            ),
            "",
        )
        for tokens, flags in simple_forms(past, present, preverb=preverb).items():
            keep(tokens, flags)
        if passive:
            for aux in _passive_auxiliaries():
                keep((past + "ه", *aux), {}, passive=True)
        return forms
    part, light = " ".join(words[:-1]), words[-1]
    spellings = _part_spellings(part, row["variants"])
    if light == "است":
        for nonverbal in spellings:
            for (replaced, copula), flags in _copula_forms(nonverbal[-1]).items():
                keep((*nonverbal[:-1], *replaced, *copula), flags)
        return forms
    alternates = _light_verb(light)[1]
    verbal: dict[tuple[str, ...], dict] = {}
    for past in (light, *alternates):
        stem, _, bare = _light_verb(past)
        for tokens, flags in simple_forms(past, stem, bare_present=bare).items():
            verbal.setdefault(tokens, flags)
    for nonverbal, (tokens, flags) in product(sorted(spellings), verbal.items()):
        keep((*nonverbal, *tokens), flags)
    if passive:
        for nonverbal, aux in product(sorted(spellings), _passive_auxiliaries()):
            keep((*nonverbal, *aux), {}, passive=True)
    return forms


@cache
def verb_rows() -> tuple[dict[str, str], ...]:
    return read_table("lexicons", "claims", "cues.tsv")


@cache
def cues() -> dict[tuple[str, ...], Cue]:
    """Every generated form of every verb of the lexicon: token tuple -> cue. Where two lemmas
    give the same form, the one listed first keeps it."""
    table: dict[tuple[str, ...], Cue] = {}
    for row in verb_rows():
        for tokens, cue in lemma_forms(row).items():
            table.setdefault(tokens, cue)
    return table


@cache
def phrases() -> dict[tuple[str, ...], Phrase]:
    """Frames, source phrases and reporting formulas: token tuple -> phrase."""
    table: dict[tuple[str, ...], Phrase] = {}
    frames = read_table("lexicons", "claims", "frames.tsv")
    by_role = {
        role: [r["form"] for r in frames if r["role"] == role]
        for role in ("lead", "noun", "complement")
    }
    for lead, noun, complement in product(by_role["lead"], by_role["noun"], by_role["complement"]):
        for spelled in _spellings(f"{lead} {noun} {complement}"):
            table.setdefault(tuple(spelled.split()), Phrase(f"{lead} {noun} {complement}", "frame"))
    nouns = {r["form"]: r["np"] == "yes" for r in frames if r["role"] == "noun"}
    for lead, noun in product(by_role["lead"], by_role["noun"]):
        # «با اشاره به X و اینکه Y»: the complement comes after a noun phrase
        phrase = Phrase(f"{lead} {noun}", "open frame", np=nouns[noun])
        for spelled in _spellings(f"{lead} {noun}"):
            table.setdefault(tuple(spelled.split()), phrase)
    sources = read_table("lexicons", "claims", "sources.tsv")
    for row in sources:
        if row["role"] == "fixed":
            table.setdefault(tuple(row["form"].split()), Phrase(row["form"], "source", row["kind"]))
    nouns = [r for r in sources if r["role"] in ("noun", "document")]
    for lead, noun in product((r for r in sources if r["role"] == "lead"), nouns):
        form = f"{lead['form']} {noun['form']}"
        lead_size = len(lead["form"].split())
        role = "document" if noun["role"] == "document" else "source"
        table.setdefault(tuple(form.split()), Phrase(form, role, noun["kind"], lead_size))
        for pointer in ("این", "همین"):
            pointed = f"{lead['form']} {pointer} {noun['form']}"
            phrase = Phrase(pointed, "document", noun["kind"], lead_size, demonstrative=True)
            table.setdefault(tuple(pointed.split()), phrase)
    for row in verb_rows():
        if "call" in row["constructions"].split("|"):
            head = tuple(row["lemma"].split()[:-1])
            table.setdefault(head, Phrase(row["lemma"], "call", row["kind"], verb=_verb(row)))
    for row in read_table("lexicons", "claims", "formulas.tsv"):
        table[tuple(row["form"].split())] = Phrase(row["form"], "formula")
    return table


@cache
def document_nouns() -> frozenset[str]:
    """The nouns of a document that speaks for its issuer (بیانیه, اطلاعیه, پیام): sources.tsv."""
    rows = read_table("lexicons", "claims", "sources.tsv")
    return frozenset(r["form"] for r in rows if r["role"] == "document")


@cache
def frame_complements() -> frozenset[tuple[str, ...]]:
    """«اینکه», «این که», «این نکته که» ...: what follows a frame's noun before its clause."""
    rows = read_table("lexicons", "claims", "frames.tsv")
    return frozenset(tuple(r["form"].split()) for r in rows if r["role"] == "complement")


@cache
def headline_nouns() -> dict[str, Verb]:
    """Nouns of saying that head a headline with their source: «تأکید X بر Y» (the noun of a
    verb whose row names a noun-phrase marker), in every spelling."""
    nouns: dict[str, Verb] = {}
    for row in verb_rows():
        words = row["lemma"].split()
        if row["np"] and len(words) == 2:
            for spelled in _spellings(words[0]):
                nouns.setdefault(spelled, _verb(row))
    return nouns


@cache
def call_forms(lemma: str) -> frozenset[tuple[str, ...]]:
    """The verbal part of a «call» verb's forms (شد، شدند، است ...), to close «خواستار Y شد»."""
    row = next(r for r in verb_rows() if r["lemma"] == lemma)
    size = len(lemma.split()) - 1
    return frozenset(
        tokens[size:]
        for tokens, cue in lemma_forms(row).items()
        if not cue.negated and len(tokens) > size
    )


@cache
def blocked() -> frozenset[tuple[str, ...]]:
    """Phrases that look like reported speech and are not (می‌توان گفت، تبریک گفت)."""
    return frozenset(
        tuple(r["form"].split()) for r in read_table("lexicons", "claims", "not_claims.tsv")
    )
