"""Cleaning Persian text without losing the way back to the raw input.

:func:`clean` runs five stages, each a list of :class:`~khabar.offsets.Edit` s:

0. markup: a text scraped with its HTML loses its tags, comments and ``<script>``/``<style>``
   elements (deleted; a block-level tag such as ``<p>`` or ``<br>`` becomes a space so that
   words do not run together), and its character references (``&amp;``, ``&#1587;``,
   ``&nbsp;``) become the characters they stand for. Offsets still point into the raw
   HTML. A text with no tag and no reference is untouched by this stage.
1. characters: Arabic ي ى ك ة -> Persian ی ی ک ه; Arabic presentation forms -> letters;
   diacritics and tatweel removed; Persian and Arabic-Indic digits -> ASCII 0-9
   (the one digit convention: machine-readable numbers, and Latin text stays as it was);
   invisible format characters (ZWJ, bidi marks, BOM, soft hyphen) removed, except a soft
   hyphen between two letters, which is the writer's ZWNJ (spaces beside it go with it);
   odd spaces and line breaks -> plain space and ``\\n``.
2. whitespace: runs of spaces -> one; no spaces at line ends; stray or doubled ZWNJs removed.
   Line breaks are never added or removed: one output line per input line.
3. punctuation spacing: no space before ``. ، ؛ : ! ؟ » )``, none after ``« (``, one after
   ``، ؛ : ! ؟ » )`` and a full stop when a Persian letter follows directly. «» are kept.
4. ZWNJ restoration (:mod:`khabar.zwnj`): joined words split (همکاریهای -> همکاری‌های),
   spaced affixes joined (همکاری های -> همکاری‌های).

A text without a single Arabic-script character is not a Persian article: only its
whitespace is normalised (stage 1's spaces and line breaks, stage 2's spaces), and markup,
invisible characters and everything else are left as they are.

The raw text is never modified; :class:`Cleaned` keeps it with an offset map.
"""

from __future__ import annotations

import heapq
import html
import re
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import accumulate, compress
from operator import attrgetter

from khabar.lexicon import ZWNJ
from khabar.offsets import Edit, OffsetMap, apply_edits
from khabar.zwnj import PLURAL, ZwnjRestorer, default_restorer

PERSIAN_LETTERS = "\u0621-\u063a\u0641-\u064a\u067e\u0686\u0698\u06a9\u06af\u06c0\u06cc"
_WORD = re.compile(f"[{PERSIAN_LETTERS}{ZWNJ}]+")
# The same, captured: splitting on it gives the separators and the words in turn.
_WORD_PIECES = re.compile(f"([{PERSIAN_LETTERS}{ZWNJ}]+)")

_LETTERS = {"\u064a": "\u06cc", "\u0649": "\u06cc", "\u0643": "\u06a9", "\u0629": "\u0647"}
_DIGITS = {chr(base + i): str(i) for base in (0x06F0, 0x0660) for i in range(10)}
_SPACES = "\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t\x0b\x0c"
_INVISIBLE = "\u200b\u200d\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u00ad"
_DIACRITICS = "\u064b-\u065f\u0670\u0610-\u061a\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed"
_LINE_BREAKS = "\r\u2028\u2029\x85"
_PRESENTATION_FORMS = "\ufb50-\ufdff\ufe70-\ufefe"
# One character class finds every character stage 1 may change; _character_edit decides.
_CHARACTERS = re.compile(
    rf"\r\n|[{_LINE_BREAKS}{_SPACES}{_INVISIBLE}{_DIACRITICS}\u0640{''.join(_LETTERS)}"
    rf"{''.join(_DIGITS)}{_PRESENTATION_FORMS}]"
)
# A soft hyphen between two letters, perhaps with a space on either side, is the writer's
# ZWNJ (word processors and some sites write one for the other: «گفت\u00ad وگوها», «بی \u00adبی
# \u00adسی»); elsewhere it is an invisible character like the others. Searched for only in a
# text that has one: the lookbehind would otherwise be tried at every space.
_CHARACTERS_OR_SOFT_HYPHEN = re.compile(
    f"(?P<zwnj>(?<=[{PERSIAN_LETTERS}]) ?\u00ad ?(?=[{PERSIAN_LETTERS}]))|{_CHARACTERS.pattern}"
)
_DROPPED = re.compile(f"[{_DIACRITICS}{_INVISIBLE}\u0640]")
_CHARACTER_KINDS = (
    ("whitespace", re.compile(f"[{_LINE_BREAKS}]"), "\n"),
    ("whitespace", re.compile(f"[{_SPACES}]"), " "),
    ("invisible", re.compile(f"[{_INVISIBLE}]"), ""),
    ("diacritic", re.compile(f"[{_DIACRITICS}]"), ""),
    ("tatweel", re.compile("\u0640"), ""),
)
# Stages 2 and 3 as patterns whose every alternative begins with a literal character (a
# space, a ZWNJ, a punctuation mark), so the regex engine skips to the next such character
# at C speed instead of trying lookbehinds at every position of the text.
# A run of spaces that reaches a line's end, starts a line, or is two or more long.
_SPACE_RUN = re.compile(r" (?: *$|(?<![^\n] ) *| +)", re.MULTILINE)
_ZWNJ_RUN = re.compile(f"{ZWNJ}+")
_CLOSING = ".،؛:!؟»)]"
# A sentence's end after a word: a full stop, ! or ؟ (perhaps after a closing quote), or the
# line's end.
_SENTENCE_END = re.compile(r"[»)]*[.!؟?]|\s*$", re.MULTILINE)
_OPENING = "«(["
# Punctuation that no ezafe complement precedes (after the word, perhaps after a space).
_NO_EZAFE_AFTER = re.compile(r" ?[،؛:]")
_SPACED_AFTER = "،؛:!؟»)"
_PUNCTUATION = re.compile(
    # Spaces after a word and before closing punctuation, or after opening punctuation.
    rf" (?<=\S )(?: *(?=[{re.escape(_CLOSING)}]))| (?<=[{re.escape(_OPENING)}] ) *|"
    # Punctuation (or a full stop after a letter) with a letter or opening mark right after.
    + "|".join(f"{re.escape(mark)}(?=[{PERSIAN_LETTERS}«(])" for mark in _SPACED_AFTER)
    + rf"|\.(?<=[{PERSIAN_LETTERS}]\.)(?=[{PERSIAN_LETTERS}«(])"
)


_ARABIC_SCRIPT = re.compile(r"[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufefe]")
# Removing «<b>» from «<<b>p>» leaves a new tag: markup is removed until none is left
# (a pass that finds nothing costs one scan), so that cleaning twice changes nothing.
MARKUP_PASSES = 8
_BLOCK_TAGS = "p|br|div|li|ul|ol|h[1-6]|tr|td|th|table|section|article|header|footer|blockquote|hr"
_MARKUP = re.compile(
    r"(?P<element><(?P<name>script|style)\b[^>]*>.*?</(?P=name)\s*>)"
    r"|(?P<comment><!--.*?-->)"
    rf"|(?P<block></?(?:{_BLOCK_TAGS})\b[^<>]*>)"
    r"|(?P<tag></?[a-zA-Z][a-zA-Z0-9-]*(?:\s[^<>]*)?/?>|<![a-zA-Z][^<>]*>)"
    r"|(?P<reference>&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});)",
    re.DOTALL | re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Change:
    """One change the cleaner made, located in the raw text."""

    kind: str
    start: int
    end: int
    before: str
    after: str
    rule: str = ""


_SET_CHANGE_FIELDS = tuple(
    getattr(Change, name).__set__ for name in ("kind", "start", "end", "before", "after", "rule")
)


def _change(kind: str, start: int, end: int, before: str, after: str, rule: str) -> Change:
    """``Change(...)`` in half the time: its slots filled directly, without the frozen
    dataclass's ``__init__`` (six calls of ``object.__setattr__``); an article has thousands."""
    change = object.__new__(Change)
    kind_, start_, end_, before_, after_, rule_ = _SET_CHANGE_FIELDS
    kind_(change, kind)
    start_(change, start)
    end_(change, end)
    before_(change, before)
    after_(change, after)
    rule_(change, rule)
    return change


@dataclass(frozen=True, slots=True)
class Cleaned:
    """Cleaned text, the raw text it came from, and the map between them."""

    text: str
    raw: str
    offsets: OffsetMap
    changes: tuple[Change, ...]

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """The raw-text span behind the cleaned-text span ``[start, end)``."""
        return self.offsets.raw_span(start, end)

    def raw_excerpt(self, start: int, end: int) -> str:
        """The raw text behind a cleaned-text span (what a reader would cite)."""
        raw_start, raw_end = self.raw_span(start, end)
        return self.raw[raw_start:raw_end]


def clean(raw: str, *, restore_zwnj: bool = True, restorer: ZwnjRestorer | None = None) -> Cleaned:
    """Clean Persian text; see the module docstring for every step."""
    if not _ARABIC_SCRIPT.search(raw):
        return _apply(
            raw,
            [
                whitespace_only(character_edits),
                whitespace_only(whitespace_edits),
                whitespace_only(whitespace_edits),
            ],
        )
    stages: list[Callable[[str], Iterator[Edit]]] = [
        *[markup_edits] * MARKUP_PASSES,
        character_edits,
        # Twice: one fix can expose another that the first pass had already gone past
        # (removing a stray ZWNJ leaves a space at the line's end; removing the space in
        # «آ .آ» leaves a full stop that needs one after it), and cleaning must give the
        # same text when run again.
        whitespace_edits,
        punctuation_edits,
        whitespace_edits,
        punctuation_edits,
    ]
    if restore_zwnj:
        chosen = restorer or default_restorer()
        stages.append(lambda text: zwnj_edits(text, restorer=chosen))
    return _apply(raw, stages)


def _apply(raw: str, stages: list[Callable[[str], Iterator[Edit]]]) -> Cleaned:
    """Run the stages in turn, composing their offset maps and logging their changes."""
    text, offsets, changes = raw, OffsetMap.identity(len(raw)), []
    idle: set[Callable] = set()  # stages that found nothing to change in the current text
    for stage in stages:
        if stage in idle:
            continue  # a stage is a pure function of the text: it would find nothing again
        edits = list(stage(text))
        if not edits:
            idle.add(stage)
            continue
        idle.clear()
        raw_starts, raw_ends = offsets.raw_spans([e.start for e in edits], [e.end for e in edits])
        changes += (
            _change(edit.kind, start, end, raw[start:end], edit.replacement, edit.rule)
            for edit, start, end in zip(edits, raw_starts, raw_ends, strict=True)
        )
        text, local_starts, local_ends = apply_edits(text, edits)
        offsets = offsets.then(local_starts, local_ends)
    changes.sort(key=_CHANGE_ORDER)
    return Cleaned(text, raw, offsets, tuple(changes))


_CHANGE_ORDER = attrgetter("start", "end")


def clean_text(raw: str) -> str:
    """Just the cleaned text."""
    return clean(raw).text


def whitespace_only(
    stage: Callable[[str], Iterator[Edit]],
) -> Callable[[str], Iterator[Edit]]:
    """*stage* restricted to its whitespace edits."""
    return lambda text: (edit for edit in stage(text) if edit.kind == "whitespace")


def markup_edits(text: str) -> Iterator[Edit]:
    """Stage 0: HTML tags, comments, scripts and styles dropped; references decoded.

    ``&lt; &gt; &amp;`` stay as they are: decoded, they could form new markup, and cleaning
    must give the same text when run twice.
    """
    if "<" not in text and "&" not in text:
        return
    for match in _MARKUP.finditer(text):
        if match.lastgroup == "reference":
            decoded = html.unescape(match.group())
            if decoded != match.group() and not set(decoded) & set("<>&"):
                yield Edit(match.start(), match.end(), decoded, "markup")
        else:
            yield Edit(
                match.start(), match.end(), " " if match.lastgroup == "block" else "", "markup"
            )


def character_edits(text: str) -> Iterator[Edit]:
    """Stage 1: letters, digits, diacritics, invisible characters, spaces, line breaks."""
    pattern = _CHARACTERS_OR_SOFT_HYPHEN if "\u00ad" in text else _CHARACTERS
    for match in pattern.finditer(text):
        if match.lastgroup == "zwnj":
            yield Edit(match.start(), match.end(), ZWNJ, "invisible", "soft hyphen as ZWNJ")
            continue
        replacement, kind = _character_edit(match.group())
        if kind:
            yield Edit(match.start(), match.end(), replacement, kind)


@cache
def _character_edit(found: str) -> tuple[str, str]:
    """What stage 1 writes for a character (or CRLF), and the kind of change; no kind: keep."""
    if found == "\r\n":
        return "\n", "whitespace"
    for kind, pattern, replacement in _CHARACTER_KINDS:
        if pattern.fullmatch(found):
            return replacement, kind
    if found in _LETTERS:
        return _LETTERS[found], "letter"
    if found in _DIGITS:
        return _DIGITS[found], "digit"
    # A presentation form's compatibility decomposition may hold a diacritic or tatweel
    # (ﹰ -> space + fathatan): those go too, in this same pass, so cleaning twice changes nothing.
    letters = "".join(
        _LETTERS.get(c, c)
        for c in unicodedata.normalize("NFKC", found)
        if not _DROPPED.fullmatch(c)
    ).strip()
    return letters, ("presentation-form" if letters != found else "")


def whitespace_edits(text: str) -> Iterator[Edit]:
    """Stage 2: one space between words, none at line ends, no stray ZWNJs."""
    return heapq.merge(_space_edits(text), _stray_zwnj_edits(text), key=attrgetter("start"))


def _space_edits(text: str) -> Iterator[Edit]:
    for match in _SPACE_RUN.finditer(text):
        start, end = match.span()
        at_edge = not start or text[start - 1] == "\n" or end == len(text) or text[end] == "\n"
        yield Edit(start if at_edge else start + 1, end, "", "whitespace")


def _stray_zwnj_edits(text: str) -> Iterator[Edit]:
    """A ZWNJ is stray unless it stands alone between two letters; a doubled one between
    letters keeps one."""
    if ZWNJ not in text:
        return
    for match in _ZWNJ_RUN.finditer(text):
        start, end = match.span()
        between_letters = _between_letters(text, start, end)
        if end - start > 1 and between_letters:
            yield Edit(start + 1, end, "", "invisible")
        elif end - start > 1 or not between_letters:
            yield Edit(start, end, "", "invisible")


def _between_letters(text: str, start: int, end: int) -> bool:
    return (
        start > 0
        and end < len(text)
        and bool(_WORD.match(text[start - 1]) and _WORD.match(text[end]))
    )


def punctuation_edits(text: str) -> Iterator[Edit]:
    """Stage 3: Persian punctuation spacing."""
    for match in _PUNCTUATION.finditer(text):
        start, end = match.span()
        if text[start] == " ":
            yield Edit(start, end, "", "punctuation-spacing")
        else:  # a space missing after the mark
            yield Edit(end, end, " ", "punctuation-spacing")


def zwnj_edits(text: str, *, restorer: ZwnjRestorer) -> Iterator[Edit]:
    """Stage 4: ZWNJs restored inside joined words and in place of spaces before affixes.

    Every word is analysed, and every pair of words one space apart put to the joiner, in
    bulk (both are cached per form, so this runs at C speed); only the words that change
    and the pairs that join are then looked at one by one."""
    # One split gives the words, the separators between them and (by their lengths) where
    # each word starts and ends.
    pieces = _WORD_PIECES.split(text)  # separator, word, separator, ..., word, separator
    words = pieces[1::2]
    offsets = list(accumulate(map(len, pieces), initial=0))
    starts, ends = offsets[1:-1:2], offsets[2::2]
    # Most words stay as they are: only the others are analysed here one by one.
    flags = restorer.word_flags(words)
    owns = list(words)  # each word as its analysis writes it
    analyses: dict[int, tuple[str, str]] = {}  # (own, rule) of the words that need a look
    for k in compress(range(len(words)), flags):
        analysis = restorer.analyse_word(words[k])
        # A plural read at a sentence's end may be a verb there instead (ساختهای. -> ساخته‌ای.).
        if flags[k] == PLURAL:
            end = ends[k]
            if _SENTENCE_END.match(text, end):
                analysis = restorer.analyse_before_pause(words[k])
            elif _NO_EZAFE_AFTER.match(text, end) or (
                k + 1 < len(words)
                and starts[k + 1] == end + 1
                and _no_ezafe_word(words[k + 1], restorer)
            ):
                analysis = restorer.analyse_without_ezafe(words[k])
        analyses[k] = analysis
        owns[k] = analysis[0]
    spaced = list(map(" ".__eq__, pieces[2:-1:2]))  # between words k - 1 and k
    pairs = list(compress(range(1, len(words)), spaced))
    first = restorer.join_pairs(
        list(zip(compress(owns, spaced), compress(owns[1:], spaced), strict=True))
    )
    first_joins = dict(compress(zip(pairs, first, strict=True), first))
    joins = _chained_joins(first_joins, owns, set(pairs), joiner=restorer.joiner)
    changed = [k for k in analyses if owns[k] != words[k]]
    # A word's join to the word before it precedes its own insertions: edits go in order.
    for k, insertions in sorted([*((k, False) for k in joins), *((k, True) for k in changed)]):
        if insertions:
            own, rule = analyses[k]
            yield from _insertion_edits(words[k], own, starts[k], rule)
        else:
            joiner, rule = joins[k]
            yield Edit(ends[k - 1], starts[k], joiner, "zwnj-for-space", rule)


def _no_ezafe_word(word: str, restorer: ZwnjRestorer) -> bool:
    """A word that completes no ezafe: a preposition, conjunction, را or copula, or a verb with
    می/نمی (written joined, apart or with its ZWNJ)."""
    return (
        word in restorer.no_ezafe
        or word in restorer.verb_prefixes
        or restorer.analyse_word(word)[1] == "verb"
        or (word.startswith(("می" + ZWNJ, "نمی" + ZWNJ)))
    )


def _chained_joins(
    first: dict[int, tuple[str, str]],
    owns: list[str],
    spaced: set[int],
    *,
    joiner: Callable[[str, str], tuple[str, str] | None],
) -> dict[int, tuple[str, str]]:
    """What joins word k to word k - 1 (by k), from *first*, the joins decided on each
    pair's own forms: after a join, the next spaced pair is decided again on the whole
    joined form before it (بزرگ + ترین, then بزرگ‌ترین + ها), and so on along the chain."""
    joins: dict[int, tuple[str, str]] = {}
    forms: dict[int, str] = {}  # word k with the words joined before it
    for k in sorted(first):
        if k - 1 in forms:  # decided along a chain already
            continue
        joined: tuple[str, str] | None = first[k]
        while joined is not None:
            joins[k] = joined
            forms[k] = forms.get(k - 1, owns[k - 1]) + joined[0] + owns[k]
            k += 1
            joined = joiner(forms[k - 1], owns[k]) if k in spaced else None
    return joins


def _insertion_edits(old: str, new: str, offset: int, rule: str) -> Iterator[Edit]:
    """Edits that turn *old* into *new*, a supersequence of it, by insertions only."""
    for position, inserted in _insertions(old, new):
        yield Edit(offset + position, offset + position, inserted, "zwnj-in-word", rule)


@lru_cache(maxsize=100_000)
def _insertions(old: str, new: str) -> tuple[tuple[int, str], ...]:
    """Where *new* inserts characters into *old*: (position in *old*, characters inserted)."""
    found = []
    i = 0
    pending = ""
    for char in new:
        if i < len(old) and char == old[i]:
            if pending:
                found.append((i, pending))
                pending = ""
            i += 1
        else:
            pending += char
    if pending:
        found.append((i, pending))
    return tuple(found)
