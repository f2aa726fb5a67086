"""The actor stage's word lists, read once from ``data/lexicons/actors/``, and the word tests
built on them and on hazm's lexicon.

Every table is keyed by token tuples of *folded* spellings (:func:`khabar.lexicon.fold`), so
that «رئیس» and «رییس», «اسرائیل» and «اسراییل» find the same entry; the text's words are
folded once per word form before they are looked up.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from itertools import product

from khabar import gazetteer
from khabar.lexicon import (
    UNKNOWN_WORD,
    ZWNJ,
    first_words,
    fold,
    hazm_words,
    read_table,
    verb_stems,
    word_frequencies,
)
from khabar.ner.features import person_names
from khabar.segment import lemma

# A word ending in ی this frequent is taken for a relational adjective (تجاری).
RELATIONAL_ADJECTIVE_MIN = 1e-5
# A word this frequent is vocabulary, never a misspelt place name.
VOCABULARY_MIN = 1e-7
# Surnames are rarer than this in general text (خرم 2e-5 passes; نظر, مشاهده do not).
SURNAME_MAX_FREQUENCY = 5e-5
# A surname this frequent as a word (خرم "joyful") counts alone only opening a sentence.
COMMON_WORD_MIN = 1e-5
# «کنان» after a verb's present stem or a noun makes an adverb of manner (گریه‌کنان, هق‌هق
# کنان: crying, sobbing): how someone speaks, never part of a name.
MANNER_SUFFIX = "کنان"
COORDINATORS = frozenset({"و", "،"})
DEMONSTRATIVES = frozenset({"این", "همین"})  # این سازمان, همین مقام
OTHER = frozenset({"دیگر", "دیگری"})  # کشور مهم دیگر, بخش دیگری از
IN = "در"  # a posting, a constituency's assembly, the body an unnamed source is in
# hazm's tags of words that never belong to a name: prepositions, conjunctions, postpositions,
# pronouns, determiners, adverbs, numbers.
_STOP_TAGS = frozenset({"P", "CONJ", "POSTP", "PRO", "DET"})
_NEVER_IN_NAMES = frozenset({"ADV", "NUM"})


@dataclass(frozen=True, slots=True)
class Entry:
    """A lexicon row: its canonical form, English name and what the row says of it (what a
    title takes, a group's singular, a honorific's or an organisation's kind, a country)."""

    form: str
    name_en: str
    takes: str = ""
    singular_is_group: bool = False
    kind: str = ""
    country: str = ""
    ambiguous: bool = False
    surnames: tuple[tuple[str, ...], ...] = ()
    alone: bool = False
    needs_name: bool = False
    bare: bool = False
    many: bool = False  # a title many hold at once (خبرنگار, بازیکن)
    posted: bool = False  # an organisation of one country sitting in another (سفارت)
    office: str = ""  # the title this one is a longer form of (نماینده مردم: نماینده)
    generic: bool = False  # an organisation head said of any organisation (نهاد)


def name_suffix(word: str) -> bool:
    """Whether *word* is a surname's suffix written apart (زاده, پور, نژاد): after a word
    of a name it is the name's, never a verb or a word of its own (not الدین or الله, which
    end given names: جلال الدین)."""
    affix = table("name_affixes").get((word,))
    return affix is not None and affix.takes == "suffix" and not word.startswith("ال")


def organization_key(words: list[str]) -> tuple[str, str]:
    """An organisation's key from the folded words of its name: written with a space or a
    zero-width non-joiner (اداره کل, اداره‌کل), the same organisation."""
    return ("org", " ".join(words).replace(ZWNJ, " "))


def _entry(row: dict[str, str]) -> Entry:
    return Entry(
        form=row["form"],
        name_en=row.get("name_en", ""),
        takes=row.get("takes") or row.get("refers") or row.get("position", ""),
        singular_is_group=row.get("singular_is_group") == "yes",
        kind=row.get("kind") or row.get("former", ""),
        country=row.get("country", ""),
        ambiguous=row.get("ambiguous") == "yes",
        surnames=tuple(
            tuple(map(fold, s.split())) for s in (row.get("surname") or "").split("|") if s
        ),
        alone=row.get("alone") == "yes",
        needs_name=row.get("needs_name") == "yes",
        bare=row.get("bare") == "yes",
        many=row.get("holders") == "many",
        posted=row.get("posted") == "yes",
        office=row.get("office", ""),
        generic=row.get("generic") == "yes",
    )


@cache
def table(name: str) -> dict[tuple[str, ...], Entry]:
    """``data/lexicons/actors/NAME.tsv`` keyed by the folded token tuples of every form and
    variant (a «،» inside a form is a token of its own)."""
    found: dict[tuple[str, ...], Entry] = {}
    for row in read_table("lexicons", "actors", f"{name}.tsv"):
        entry = _entry(row)
        for words in _forms(row):
            found.setdefault(words, entry)
            for joined in solid_spellings(words):
                found.setdefault(joined, entry)
    if name == "people":
        for words, entry in list(found.items()):
            for spelling in given_spellings(words[0]):
                found.setdefault((spelling, *words[1:]), entry)  # جرج بوش for جورج بوش
    return found


# Forms of up to this many words get every mix of spaces, solid joins and ZWNJs between their
# words («وزارت‌امورخارجه»); longer ones one join at a time, or all solid (3^n spellings).
MIXED_JOINS_MAX_WORDS = 4


def _forms(row: dict[str, str]) -> Iterator[tuple[str, ...]]:
    """The folded words of a lexicon row's form and of each of its variants (a «،» is a word
    of its own)."""
    for form in [row["form"], *filter(None, (row.get("variants") or "").split("|"))]:
        yield tuple(map(fold, form.replace("،", " ، ").split()))


def _joinings(words: tuple[str, ...]) -> Iterator[list[tuple[str, tuple[str, ...]]]]:
    """The spellings of a form of several words with some neighbours written as one word,
    solid or with a ZWNJ: each a list of (token, the form's words it writes)."""
    if len(words) < 2 or "،" in words:
        return
    gaps = len(words) - 1
    if len(words) <= MIXED_JOINS_MAX_WORDS:
        choices = list(product((" ", "", ZWNJ), repeat=gaps))[1:]  # all spaces: the form
    else:
        choices = [
            tuple(joiner if k == i else " " for k in range(gaps))
            for joiner in ("", ZWNJ)
            for i in range(gaps)
        ] + [(joiner,) * gaps for joiner in ("", ZWNJ)]
    for choice in choices:
        spelling = [(words[0], words[:1])]
        for word, joiner in zip(words[1:], choice, strict=True):
            if joiner == " ":
                spelling.append((word, (word,)))
            else:
                token, covered = spelling[-1]
                spelling[-1] = (token + joiner + word, (*covered, word))
        yield spelling


def solid_spellings(words: tuple[str, ...]) -> list[tuple[str, ...]]:
    """The spellings of a form of several words with some neighbours written as one word,
    solid or with a ZWNJ, as news often writes them: «وزارت امورخارجه», «وزارت‌امورخارجه»,
    «محمدباقر قالیباف». (No «،» is joined.)"""
    return [tuple(token for token, _ in spelling) for spelling in _joinings(words)]


@cache
def solid_parts() -> dict[str, tuple[str, ...]]:
    """A word that writes words of an organisation's, domain's or title's form as one
    («امورخارجه», «وزارت‌امورخارجه») -> those words, so that an office's jurisdiction is
    the same words however it was spelt."""
    found: dict[str, tuple[str, ...]] = {}
    for name in ("organizations", "named_organizations", "domains", "titles"):
        for row in read_table("lexicons", "actors", f"{name}.tsv"):
            for spelling in (s for words in _forms(row) for s in _joinings(words)):
                for token, words in spelling:
                    if len(words) > 1:
                        found.setdefault(token, words)
    return found


def given_spellings(word: str) -> tuple[str, ...]:
    """Other Persian spellings of the given name *word* (جرج for جورج): the given names with
    the same English name."""
    english = given_names().get(word)
    return tuple(w for w in _given_by_english().get(english, ()) if w != word)


@cache
def _given_by_english() -> dict[str, tuple[str, ...]]:
    found: dict[str, tuple[str, ...]] = {}
    for word, english in given_names().items():
        found[english] = (*found.get(english, ()), word)
    return found


def match(name: str, words: list[str], i: int) -> tuple[int, Entry] | None:
    """The longest entry of table *name* at ``words[i]`` (folded words): (length, entry)."""
    found = _TABLES.get(name) or _index(name)
    entries, reach = found
    longest = reach.get(words[i]) if i < len(words) else None
    if longest is None:  # most words start no entry: one lookup
        return None
    for length in range(min(longest, len(words) - i), 0, -1):
        entry = entries.get(tuple(words[i : i + length]))
        if entry is not None:
            return length, entry
    return None


# Table name -> (entries, first word -> longest entry's length), filled on first use.
_TABLES: dict[str, tuple[dict[tuple[str, ...], Entry], dict[str, int]]] = {}


def _index(name: str) -> tuple[dict[tuple[str, ...], Entry], dict[str, int]]:
    entries = table(name)
    _TABLES[name] = (entries, first_words(entries))
    return _TABLES[name]


@cache
def given_names() -> dict[str, str]:
    """Given names (folded) -> English spelling."""
    return {
        fold(row["form"]): row["name_en"]
        for row in read_table("lexicons", "actors", "given_names.tsv")
    }


@cache
def is_given(word: str) -> bool:
    """A given name, or given names joined by a ZWNJ (سید‌جواد, علی‌محمد) or written solid
    (سیدحسین, حسنعلی: two given names, and no word of hazm's lexicon)."""
    names = given_names()
    if word in names or (ZWNJ in word and all(p in names for p in word.split(ZWNJ))):
        return True
    return any(
        word[:cut] in names and word[cut:] in names for cut in range(2, len(word) - 2)
    ) and not tags(word)


@cache
def given_name_openings() -> frozenset[str]:
    """The first parts of given names in «ال» (نور of نورالدین, عبد of عبدالله), which texts
    often write apart: «نور الدین»."""
    return frozenset(
        name[:cut]
        for name in given_names()
        if (cut := name.find("ال", 2)) != -1 and name[cut:] != "ال"
    )


def given_written_apart(first: str, second: str) -> bool:
    """Whether two words are one given name written apart (نور الدین, عبد الله)."""
    return second.startswith("ال") and first in given_name_openings() and is_given(first + second)


def joined_given_name(word: str) -> int:
    """The length of the given name that opens *word* when an Arabic «ال» surname is written
    joined to it (محمدالبرادعی: محمد + البرادعی), or 0. Not for a word of the vocabulary or
    for a compound given name (عبدالله, نورالدین: no given name stands before their «ال»)."""
    names = given_names()
    cut = word.find("ال", 3)
    while cut != -1:
        if word[:cut] in names and len(word) - cut >= 5 and not is_vocabulary(word):
            return cut
        cut = word.find("ال", cut + 1)
    return 0


@cache
def patronymics() -> dict[str, str]:
    """«بن», «ابن», «بنت»: son (daughter) of, inside Arabic names, with their English (bin,
    ibn, bint) (patronymics.tsv)."""
    rows = read_table("lexicons", "actors", "patronymics.tsv")
    return {row["form"]: row["name_en"] for row in rows}


@cache
def martyr_words() -> frozenset[str]:
    """«شهید», «شهیده» in every spelling: the honorifics of kind martyr."""
    rows = read_table("lexicons", "actors", "honorifics.tsv")
    return frozenset(
        fold(form)
        for row in rows
        if row["kind"] == "martyr"
        for form in (row["form"], *filter(None, row["variants"].split("|")))
    )


@cache
def common_word_names() -> frozenset[str]:
    """Given names that are also everyday words (امید hope, میلاد birth)."""
    rows = read_table("lexicons", "actors", "given_names.tsv")
    return frozenset(fold(row["form"]) for row in rows if row["common_word"] == "yes")


@cache
def source_phrases() -> frozenset[tuple[str, ...]]:
    """The fixed phrases that name a source (به گفته, به نوشته, به اعتقاد), read from the
    claim stage's sources.tsv: «به گفته وی» points at the person whose account it is."""
    rows = read_table("lexicons", "claims", "sources.tsv")
    return frozenset(tuple(fold(row["form"]).split()) for row in rows if row["role"] == "fixed")


@cache
def continuing_verbs() -> frozenset[tuple[str, ...]]:
    """The verbs of reported speech that say the speaker goes on (افزود, ادامه داد), as the
    claim stage's cues.tsv writes their lemmas (the third person singular past)."""
    rows = read_table("lexicons", "claims", "cues.tsv")
    return frozenset(tuple(fold(row["lemma"]).split()) for row in rows if row["class"] == "adding")


@cache
def person_surnames() -> dict[tuple[str, ...], Entry]:
    """Surnames of well-known people (people.tsv) that name them alone in any article."""
    found: dict[tuple[str, ...], Entry] = {}
    for entry in dict.fromkeys(table("people").values()):
        if entry.alone:
            for surname in entry.surnames:
                found.setdefault(surname, entry)
    return found


# What a word may start, as bits of :func:`starts` (one rule of khabar.actors.rules each).
(
    REFERENCE,
    UNNAMED,
    HONORIFIC,
    TITLE,
    PERSON,
    NAMED_ORG,
    ORG,
    GROUP,
    GIVEN,
    PLACE,
    KIN,
    ROAD,
    FACILITY,
    QUOTED,
) = (1 << k for k in range(14))
_ONE = frozenset({"یک", "یکی"})  # یک منبع آگاه, یکی از شاهدان
OPEN_QUOTE, CLOSE_QUOTE = "«", "»"


@cache
def starts(word: str) -> int:
    """Which rules can start a mention at the folded *word*, as bits: it begins a lexicon
    entry, a given name or a place name. Most words start nothing (0) and are passed over at
    one lookup; the others try only the rules they can start."""
    stem = fold(lemma(word))
    groups = table("groups")
    bits = 0
    for bit, name in (
        (REFERENCE, "references"),
        (HONORIFIC, "honorifics"),
        (TITLE, "titles"),
        (PERSON, "people"),
        (NAMED_ORG, "named_organizations"),
        (ORG, "organizations"),
    ):
        if word in first_words(table(name)):
            bits |= bit
    if word in first_words(person_surnames()):
        bits |= PERSON
    if stem in first_words(table("organizations")) or organization_ending(word):
        bits |= ORG
    if (stem,) in groups or (word,) in groups:
        bits |= GROUP
    if word in _ONE or word.partition(ZWNJ)[0] in _ONE:
        bits |= UNNAMED
    if is_given(word) or joined_given_name(word) or word in given_name_openings():
        bits |= GIVEN
    if gazetteer.starts_name(word):
        bits |= PLACE
    if (word,) in table("kin") or kin_ending(word):
        bits |= KIN
    if word in first_words(table("roads")):
        bits |= ROAD
    if word in first_words(table("facilities")):
        bits |= FACILITY
    if word == OPEN_QUOTE:
        bits |= QUOTED
    return bits


def may_start(word: str) -> bool:
    return starts(word) != 0


@cache
def is_unknown_word(word: str) -> bool:
    """A word hazm's lexicon lacks and general text hardly uses: a name, or a misspelling."""
    return (
        len(word) >= 4
        and word not in hazm_words()
        and word_frequencies().get(word, 0.0) < VOCABULARY_MIN
    )


def tags(word: str) -> tuple[str, ...]:
    return hazm_words().get(word, UNKNOWN_WORD)[1]


@cache
def _past_stems() -> frozenset[str]:
    return frozenset(past for past, _ in verb_stems())


@cache
def is_verb(word: str) -> bool:
    """A verb: hazm lemmatises it to past#present stems, or it is a bare past stem (گفت,
    افزود: the third person singular) that hazm's lexicon does not also hold as a noun."""
    if ZWNJ in word and not word.startswith(("می" + ZWNJ, "نمی" + ZWNJ)):
        # شده‌اش, گرفته‌اند: a verb with a clitic or an ending written apart
        return is_verb(word.partition(ZWNJ)[0])
    return (
        "#" in lemma(word)
        or (word in _past_stems() and "N" not in tags(word))
        or _participle(word) is not None
        or "V" in tags(word)
        or (word,) in table("copulas")
    )


def may_be_past_verb(word: str) -> bool:
    """A bare past stem, whatever else hazm's lexicon holds it as (خواست: wanted, demand)."""
    return word in _past_stems()


@cache
def _participle(word: str) -> str | None:
    """The past stem of a past participle, negated or not (داشته, نداده -> داشت, داد)."""
    for form in (word, word[1:] if word.startswith("ن") else ""):
        if len(form) > 2 and form.endswith("ه") and form[:-1] in _past_stems():
            return form[:-1]
    return None


@cache
def is_light_verb(word: str) -> bool:
    """A form of a light verb (کرد, شد, داشت, داد ...), by its past stem."""
    stem = _participle(word) or lemma(word).partition("#")[0]
    verb = "#" in lemma(word) or word in _past_stems() or _participle(word) is not None
    return (verb and (stem,) in table("light_verbs")) or _light_present(word)


# Third person: کند, کنند; after a stem in a vowel, with «ی»: نماید, نمایند (دهم is also «tenth»).
_PRESENT_ENDINGS = ("د", "ند", "ید", "یند")


@cache
def _light_present(word: str) -> bool:
    """A present form of a light verb that hazm's lemmatiser reads as another word (کند: «slow»,
    in «ارسال کند» «he sends»): a present stem of light_verbs.tsv and a personal ending."""
    stems = _present_stems()
    return any(
        word.endswith(ending) and word[: -len(ending)] in stems for ending in _PRESENT_ENDINGS
    )


@cache
def _present_stems() -> frozenset[str]:
    rows = read_table("lexicons", "actors", "light_verbs.tsv")
    return frozenset(row["present"] for row in rows if row["present"])


@cache
def is_function_word(word: str) -> bool:
    """A preposition, conjunction, postposition, pronoun or determiner by hazm's lexicon, or a
    word without a letter."""
    return not any(c.isalpha() for c in word) or not _STOP_TAGS.isdisjoint(tags(word))


@cache
def is_content_word(word: str) -> bool:
    return not is_function_word(word) and word not in COORDINATORS


@cache
def stops_name(word: str) -> bool:
    """A word that no mention runs into: a verb, a function word, a word of time or of
    discourse (stop_words.tsv), an adverb of manner in «‌کنان» (گریه‌کنان); a verb's nominal
    part before its light verb is tested apart."""
    return (
        is_verb(word)
        or word.endswith(ZWNJ + MANNER_SUFFIX)
        or is_light_verb(word)
        or not is_content_word(word)
        or (word,) in table("stop_words")
        or (bool(tags(word)) and not _NEVER_IN_NAMES.isdisjoint(tags(word)) and not is_noun(word))
    )


@cache
def is_noun(word: str) -> bool:
    """A noun by hazm's lexicon, itself or its lemma (جراحان -> جراح)."""
    return any("N" in tags(w) for w in (word, lemma(word)))


# Cardinal numbers above one written as words, and «چند» (several); not «نه», also «no».
# hazm's lexicon tags too many words NUM to use its tag (حکیمانه).
_CARDINALS = frozenset(
    "دو سه چهار پنج شش هفت هشت ده یازده دوازده سیزده چهارده پانزده بیست سی چهل پنجاه شصت "  # noqa: SIM905
    "هفتاد هشتاد نود صد دویست سیصد پانصد هزار چند".split()
)


def counts_many(word: str) -> bool:
    """A number above one, in digits or in words (20, دو, چند several), before a noun: what
    follows is a group, not one person."""
    return int(word) > 1 if word.isascii() and word.isdigit() else word in _CARDINALS


@cache
def is_adjective(word: str) -> bool:
    """An adjective by hazm's lexicon, or a relational adjective in ی (اقتصادی, تجاری)."""
    if "AJ" in tags(word):
        return True
    return (
        word.endswith("ی")
        and len(word) > 3
        and is_content_word(word)
        and bool(tags(word[:-1]) or word_frequencies().get(word, 0.0) > RELATIONAL_ADJECTIVE_MIN)
    )


@cache
def is_vocabulary(word: str) -> bool:
    return (
        word_frequencies().get(word, 0.0) >= VOCABULARY_MIN or hazm_words().get(word, (0,))[0] > 0
    )


@cache
def frequency(word: str) -> float:
    return word_frequencies().get(word, 0.0)


@cache
def surname_like(word: str) -> bool:
    """A word that can be a surname: a content word of three letters or more, neither a title
    nor a verb nor a word of time or discourse, and not very frequent in general text."""
    return (
        len(word) >= 3
        and is_content_word(word)
        and not stops_name(word)
        and not match("titles", [word], 0)
        and not match("honorifics", [word], 0)
        and not match("named_organizations", [word], 0)
        and frequency(word) < SURNAME_MAX_FREQUENCY
        and not possessed_noun(word)
    )


_PLURALS = (("گان", "ه"), ("یان", "ی"), ("ان", ""), ("های", ""), ("ها", ""))
# Endings of nouns for who does something (کتابدار librarian, کارگر worker, نگهبان guard,
# فروشنده seller): a plural of such a noun is a group of people, not a person's name.
_AGENT_ENDINGS = ("دار", "گر", "کار", "چی", "بان", "نده", "گیر", "ساز", "فروش", "پرداز")
# A word this frequent is too common to be a surname even after a given name (نگاه, کار).
LOOSE_SURNAME_MAX_FREQUENCY = 1e-3


@cache
def loose_surname(word: str) -> bool:
    """A word that can be a surname after a given name that is no everyday word (اسماعیل
    دوستی, آقای منظور): a noun, not an adverb, title, person noun or word of time."""
    found = tags(word)
    return (
        len(word) >= 2
        and is_content_word(word)
        and not stops_name(word)
        and "ADV" not in found
        and not ("AJ" in found and "N" not in found)
        and not match("titles", [word], 0)
        and not match("honorifics", [word], 0)
        and not person_noun(word)
        and not match("named_organizations", [word], 0)
        and frequency(word) < LOOSE_SURNAME_MAX_FREQUENCY
        and not possessed_noun(word)
    )


# Personal endings on a noun (دستش his hand, بابایم my dad, خانه‌ام my home, اشک‌هایش her
# tears), with the letter the noun must end in for the endings that need one.
_ENDINGS = (
    ("هایشان", ""),
    ("هایمان", ""),
    ("هایتان", ""),
    ("هایش", ""),
    ("هایم", ""),
    ("هایت", ""),
    ("شان", ""),
    ("مان", ""),
    ("تان", ""),
    ("یش", "او"),
    ("یم", "او"),
    ("یت", "او"),
    ("اش", "ه"),
    ("ام", "ه"),
    ("ات", "ه"),
    ("ش", ""),
    ("م", ""),
    ("ت", ""),
)
# The noun must be this many times as frequent as the word with its ending (خرم is a name,
# not خر + م) and common itself.
POSSESSED_RATIO = 5
POSSESSED_NOUN_MIN = 2e-5


def _noun_endings(word: str) -> Iterator[tuple[str, str]]:
    """Every (noun, personal ending) *word* may be made of, the longest ending first."""
    for ending, after in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 2:
            noun = word[: -len(ending)].rstrip(ZWNJ)
            if not after or noun[-1] in after:
                yield noun, ending


@cache
def kin_ending(word: str) -> tuple[Entry, str] | None:
    """The kinship noun (kin.tsv) and personal ending of *word* (پدرش: father, ش), or
    ``None``; a given name is none (پدرام), nor a word of hazm's lexicon in its own right
    (عموم the public, not عمو + م)."""
    return _noun_of_table_with_ending(word, "kin")


@cache
def organization_ending(word: str) -> tuple[Entry, str] | None:
    """The organisation head (organizations.tsv) and personal ending of *word* (تیمش: team,
    ش), or ``None``; a word of hazm's lexicon in its own right is none (تیمم, tayammum)."""
    return _noun_of_table_with_ending(word, "organizations")


def _noun_of_table_with_ending(word: str, name: str) -> tuple[Entry, str] | None:
    """The entry of table *name* that *word* is, with a personal ending, and the ending; none
    for a given name or a word of hazm's lexicon in its own right."""
    if is_given(word) or hazm_words().get(word, (0,))[0] > 0:
        return None
    entries = table(name)
    return next(((entries[(n,)], e) for n, e in _noun_endings(word) if (n,) in entries), None)


@cache
def possessed_noun(word: str) -> bool:
    """A common noun with a personal ending (زینب سرش: Zeinab, her head): never a surname
    (but for the surnames of the name lists: ترکمان, رفعت)."""
    if is_given(word) or person_names().get(word):
        return False
    for noun, _ in _noun_endings(word):
        common = frequency(noun)
        if common >= POSSESSED_NOUN_MIN and common >= POSSESSED_RATIO * frequency(word):
            return is_noun(noun)
    return False


@cache
def _comparative_endings() -> tuple[str, ...]:
    forms = [
        r["form"] for r in read_table("lexicons", "zwnj_affixes.tsv") if r["kind"] == "comparative"
    ]
    return tuple(f"{joiner}{form}" for form in forms for joiner in ("\u200c", ""))


@cache
def is_comparative(word: str) -> bool:
    """An adjective's comparative or superlative form (فعال‌تر, بزرگترین)."""
    return word.endswith(_comparative_endings()) and lemma(word) != word


@cache
def person_noun(word: str) -> Entry | None:
    """The person noun or title a word is, itself or as its plural (شاهدان -> شاهد,
    نمایندگان -> نماینده), which hazm's lemmatiser does not always undo."""
    for form in (word, *singulars(word)):
        found = _singular_entry(form)
        if found:
            return found
    return None


def _singular_entry(word: str) -> Entry | None:
    return table("person_nouns").get((word,)) or table("titles").get((word,))


@cache
def singulars(word: str) -> tuple[str, ...]:
    """Candidate singulars of a plural: hazm's lemma, and the word without ان, یان, گان
    (-> ه), ها, های."""
    found = [fold(lemma(word))]
    for suffix, replacement in _PLURALS:
        if word.endswith(suffix) and len(word) > len(suffix) + 1:
            found.append(word[: -len(suffix)].rstrip(ZWNJ) + replacement)
    return tuple(dict.fromkeys(f for f in found if f != word))


@cache
def plural_of_people(word: str) -> bool:
    """A plural of a person noun or title (شاهدان, مسئولان) or of a noun for who does
    something (کتابداران librarians, کارگران workers): a group, never a name's first word."""
    if is_plural(word):
        return True
    if not word.endswith(("ان", "ها")) or is_given(word):
        return False
    return any(s.endswith(_AGENT_ENDINGS) and is_noun(s) for s in singulars(word))


@cache
def is_plural(word: str) -> bool:
    """A person noun's plural (شاهدان, مسئولان), not the noun itself, nor its adjective or
    indefinite in «ی» that hazm's lemmatiser also takes back to it (کنسولی consular)."""
    if word.endswith("ی"):
        return False
    return _singular_entry(word) is None and person_noun(word) is not None
