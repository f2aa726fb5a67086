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
   invisible format characters (ZWJ, bidi marks, BOM, soft hyphen) removed; odd spaces
   and line breaks -> plain space and ``\\n``.
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

import html
import re
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache

from khabar.lexicon import ZWNJ
from khabar.offsets import Edit, OffsetMap, apply_edits
from khabar.zwnj import ZwnjRestorer, default_restorer

PERSIAN_LETTERS = "\u0621-\u063a\u0641-\u064a\u067e\u0686\u0698\u06a9\u06af\u06c0\u06cc"
_WORD = re.compile(f"[{PERSIAN_LETTERS}{ZWNJ}]+")

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
_DROPPED = re.compile(f"[{_DIACRITICS}{_INVISIBLE}\u0640]")
_CHARACTER_KINDS = (
    ("whitespace", re.compile(f"[{_LINE_BREAKS}]"), "\n"),
    ("whitespace", re.compile(f"[{_SPACES}]"), " "),
    ("invisible", re.compile(f"[{_INVISIBLE}]"), ""),
    ("diacritic", re.compile(f"[{_DIACRITICS}]"), ""),
    ("tatweel", re.compile("\u0640"), ""),
)
_WHITESPACE = re.compile(
    rf"(?P<edge>^ +| +$)|(?P<spaces> {{2,}})|(?P<zwnj>{ZWNJ}{{2,}}"
    rf"|(?<![{PERSIAN_LETTERS}]){ZWNJ}+|{ZWNJ}+(?![{PERSIAN_LETTERS}]))",
    re.MULTILINE,
)
_PUNCTUATION = re.compile(
    rf"(?P<before>(?<=\S) +(?=[.،؛:!؟»)\]]))|(?P<after>(?<=[«(\[]) +)"
    rf"|(?P<missing>(?:(?<=[،؛:!؟»)])|(?<=[{PERSIAN_LETTERS}]\.))(?=[{PERSIAN_LETTERS}«(]))"
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
        for edit in edits:
            start, end = offsets.raw_span(edit.start, edit.end)
            changes.append(
                Change(edit.kind, start, end, raw[start:end], edit.replacement, edit.rule)
            )
        text, local_starts, local_ends = apply_edits(text, edits)
        offsets = offsets.then(local_starts, local_ends)
    changes.sort(key=lambda c: (c.start, c.end))
    return Cleaned(text, raw, offsets, tuple(changes))


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
    for match in _CHARACTERS.finditer(text):
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
    for match in _WHITESPACE.finditer(text):
        if match.lastgroup == "spaces":
            yield Edit(match.start() + 1, match.end(), "", "whitespace")
        elif match.lastgroup == "edge":
            yield Edit(match.start(), match.end(), "", "whitespace")
        elif len(match.group()) > 1 and _between_letters(text, match.start(), match.end()):
            yield Edit(match.start() + 1, match.end(), "", "invisible")
        else:
            yield Edit(match.start(), match.end(), "", "invisible")


def _between_letters(text: str, start: int, end: int) -> bool:
    return (
        start > 0
        and end < len(text)
        and bool(_WORD.match(text[start - 1]) and _WORD.match(text[end]))
    )


def punctuation_edits(text: str) -> Iterator[Edit]:
    """Stage 3: Persian punctuation spacing."""
    for match in _PUNCTUATION.finditer(text):
        if match.lastgroup == "missing":
            yield Edit(match.start(), match.start(), " ", "punctuation-spacing")
        else:
            yield Edit(match.start(), match.end(), "", "punctuation-spacing")


def zwnj_edits(text: str, *, restorer: ZwnjRestorer) -> Iterator[Edit]:
    """Stage 4: ZWNJs restored inside joined words and in place of spaces before affixes."""
    analyse, joiner = restorer.analyse_word, restorer.joiner
    previous_end, previous_form = -2, ""  # the last word's end and its form, joins included
    for match in _WORD.finditer(text):
        word = match.group()
        start, end = match.span()
        own, rule = analyse(word)
        joined = (
            joiner(previous_form, own)
            if previous_end + 1 == start and text[previous_end] == " "
            else None
        )
        if joined is None:
            previous_form = own
        else:
            yield Edit(previous_end, start, joined[0], "zwnj-for-space", joined[1])
            previous_form = previous_form + joined[0] + own
        if own != word:
            yield from _insertion_edits(word, own, start, rule)
        previous_end = end


def _insertion_edits(old: str, new: str, offset: int, rule: str) -> Iterator[Edit]:
    """Edits that turn *old* into *new*, a supersequence of it, by insertions only."""
    i = 0
    pending = ""
    for char in new:
        if i < len(old) and char == old[i]:
            if pending:
                yield Edit(offset + i, offset + i, pending, "zwnj-in-word", rule)
                pending = ""
            i += 1
        else:
            pending += char
    if pending:
        yield Edit(offset + i, offset + i, pending, "zwnj-in-word", rule)
