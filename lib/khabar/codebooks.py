"""Codebooks: codes with indicator terms, read from TSV files, and finding their terms in text.

khabar ships three codebooks in ``data/codebook/``: the Comparative Agendas Project's major
topics (``cap``), the Policy Frames Codebook (``frames``), both run on every article, and the
seed article's 14 themes (``themes``), an example of a codebook written for one kind of
article. A researcher's own codebook is a file in the same format.

The format (UTF-8; tab-separated; lines starting with ``#`` and blank lines are comments):

* a header line naming the columns, in any order: ``code``, ``label_en`` and ``terms`` are
  required; ``label_fa``, ``definition_en`` and ``definition_fa`` are optional (``label_fa``
  falls back to ``label_en``); other columns are allowed and ignored;
* one line per code: ``code`` unique and without spaces, ``label_en`` not empty;
* ``terms``: indicator terms separated by ``|``. A term is one or more words separated by
  spaces, matched in sequence; each word matches a token whose form or hazm lemma (a verb's
  past stem) equals the word's form or lemma, zero-width non-joiners ignored, so تحریم
  matches تحریم‌ها, تحریمهای and تحریم (write the plain form: its inflections match). A verb
  lemma counts only for a word written as that verb (:func:`match_keys`). A term of several
  words also matches their one-token spelling (امام جمعه: امام‌جمعه). A word
  written ``=word`` matches that form alone, for a word whose lemma is another word
  (hazm takes برجام for برج + ام). A term may end in ``:WEIGHT``, a number above 0 and at most
  :data:`MAX_WEIGHT` (default 1): 1 marks specific evidence, less marks a weak signal that
  needs company (see :mod:`khabar.topics`). An empty ``terms`` field is allowed (a code that
  is never tagged, such as "Other").

The codebook's name is the file's stem (``my_codes.tsv`` gives ``my_codes``); the shipped
ones are named by :data:`SHIPPED`. A malformed file raises
:class:`~khabar.errors.CodebookError` naming the file and the line.

:class:`Matcher` finds the terms of one or more codebooks in a run of tokens, looking terms up
by the first word's match keys, cached per word form.
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import compress
from pathlib import Path

from khabar.errors import CodebookError
from khabar.io import read_text
from khabar.lexicon import ZWNJ, data_path
from khabar.segment import Document, lemma

# Shipped codebooks: name -> file under data/codebook/.
SHIPPED = {
    "cap": "cap_major_topics.tsv",
    "frames": "policy_frames.tsv",
    "themes": "themes.tsv",
}
# The schemes every analysis runs, in this order; a researcher's codebooks follow them.
STANDARD = ("cap", "frames")
REQUIRED_COLUMNS = ("code", "label_en", "terms")
OPTIONAL_COLUMNS = ("label_fa", "definition_en", "definition_fa")
MAX_WEIGHT = 5.0


@dataclass(frozen=True, slots=True)
class Term:
    """An indicator term: its words, matched in sequence, and how much one match weighs;
    ``exact`` marks the words matched by their form alone (written ``=word``)."""

    words: tuple[str, ...]
    weight: float = 1.0
    exact: tuple[bool, ...] = ()

    @property
    def text(self) -> str:
        return " ".join(self.words)

    def keys(self) -> tuple[frozenset[str], ...]:
        """The match keys of each word: its form and lemma, or its form alone if exact."""
        exact = self.exact or (False,) * len(self.words)
        return tuple(
            frozenset({_key(w)}) if form_only else match_keys(w)
            for w, form_only in zip(self.words, exact, strict=True)
        )


@dataclass(frozen=True, slots=True)
class Code:
    code: str
    label_en: str
    label_fa: str
    definition_en: str
    definition_fa: str
    terms: tuple[Term, ...]


@dataclass(frozen=True, slots=True, eq=False)
class Codebook:
    """A named set of codes. ``sha256`` (of the file's text) identifies its content: the
    analysis cache's key holds it. Compared by name and content, hashed likewise."""

    name: str
    codes: tuple[Code, ...]
    source: str
    sha256: str

    @property
    def key(self) -> tuple[str, str]:
        return self.name, self.sha256

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Codebook) and self.key == other.key

    def __hash__(self) -> int:
        return hash(self.key)

    def code(self, code: str) -> Code:
        """The code *code* (KeyError if the codebook has none)."""
        return _codes_by_id(self)[code]

    def order(self, code: str) -> int:
        """The position of *code* in the codebook: ties in a ranking are broken by it."""
        return _code_order(self)[code]


@cache
def _codes_by_id(book: Codebook) -> dict[str, Code]:
    return {c.code: c for c in book.codes}


@cache
def _code_order(book: Codebook) -> dict[str, int]:
    return {c.code: n for n, c in enumerate(book.codes)}


def parse_codebook(text: str, *, name: str, source: str) -> Codebook:
    """A codebook from the text of a TSV file in the format above; *source* names the file in
    errors."""
    header: list[str] | None = None
    codes: list[Code] = []
    seen: dict[str, int] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if header is None:
            header = [f.strip() for f in fields]
            missing = [c for c in REQUIRED_COLUMNS if c not in header]
            if missing:
                raise CodebookError(
                    f"{source}, line {number}: the header has no column {', '.join(missing)} "
                    f"(required: {', '.join(REQUIRED_COLUMNS)}; columns are separated by tabs)"
                )
            if len(set(header)) != len(header):
                raise CodebookError(f"{source}, line {number}: a column is named twice")
            continue
        if len(fields) != len(header):
            raise CodebookError(
                f"{source}, line {number}: {len(fields)} tab-separated fields, "
                f"the header has {len(header)}"
            )
        row = dict(zip(header, (f.strip() for f in fields), strict=True))
        code = row["code"]
        if not code or any(c.isspace() for c in code):
            raise CodebookError(f"{source}, line {number}: the code must be one word, not {code!r}")
        if code in seen:
            raise CodebookError(
                f"{source}, line {number}: code {code!r} again (first on line {seen[code]})"
            )
        seen[code] = number
        if not row["label_en"]:
            raise CodebookError(f"{source}, line {number}: code {code!r} has no label_en")
        codes.append(
            Code(
                code,
                row["label_en"],
                row.get("label_fa") or row["label_en"],
                row.get("definition_en", ""),
                row.get("definition_fa", ""),
                _terms(row["terms"], where=f"{source}, line {number} (code {code!r})"),
            )
        )
    if not codes:
        raise CodebookError(f"{source}: no codes (a header line, then one line per code)")
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return Codebook(name, tuple(codes), source, digest)


def _terms(field: str, *, where: str) -> tuple[Term, ...]:
    if not field:
        return ()
    terms = []
    for item in field.split("|"):
        words, _, weight_text = item.partition(":")
        words = words.split()
        if not words or not all(w.lstrip("=") for w in words):
            raise CodebookError(f"{where}: an empty term in {field[:60]!r}")
        weight = 1.0
        if weight_text:
            try:
                weight = float(weight_text)
            except ValueError:
                weight = math.nan
            if not 0 < weight <= MAX_WEIGHT:  # also rejects nan
                raise CodebookError(
                    f"{where}: the weight of {' '.join(words)!r} must be a number above 0 and at "
                    f"most {MAX_WEIGHT:g} (a dot for decimals), not {weight_text!r}"
                )
        exact = tuple(w.startswith("=") for w in words)
        words = [w.removeprefix("=") for w in words]
        terms.append(Term(tuple(words), weight, exact if any(exact) else ()))
    return tuple(terms)


def read_codebook(path: str | Path, *, name: str | None = None) -> Codebook:
    """The codebook in the TSV file at *path*, named *name* (default: the file's stem)."""
    path = Path(path)
    return parse_codebook(read_text(path), name=name or path.stem, source=str(path))


@cache
def shipped(name: str) -> Codebook:
    """A codebook shipped in ``data/codebook/`` (:data:`SHIPPED`)."""
    return read_codebook(data_path("codebook", SHIPPED[name]), name=name)


def resolve(codebooks: Sequence[str | Path | Codebook] = ()) -> tuple[Codebook, ...]:
    """The codebooks an analysis runs: the standard schemes, then *codebooks* (files or
    :class:`Codebook` objects) in the order given. Two codebooks with one name are an error."""
    books = [shipped(name) for name in STANDARD]
    for item in codebooks:
        book = item if isinstance(item, Codebook) else read_codebook(item)
        clash = next((b for b in books if b.name == book.name), None)
        if clash is not None:
            raise CodebookError(
                f"{book.source}: a codebook named {book.name!r} is already used "
                f"({clash.source}); rename the file"
            )
        books.append(book)
    return tuple(books)


def fingerprint(books: Sequence[Codebook]) -> str:
    """A short digest of the codebooks' names and contents, for cache keys ("" for none)."""
    if not books:
        return ""
    digest = hashlib.sha256()
    for book in books:
        digest.update(f"{book.name}\0{book.sha256}\0".encode())
    return digest.hexdigest()[:16]


# --- matching ------------------------------------------------------------------------------

# One term of one codebook, indexed by its first word: (codebook index, code, term text,
# weight, the match keys of each of its words).
Entry = tuple[int, str, str, float, tuple[frozenset[str], ...]]


# The terms matched at one span of a run of tokens: (first token, end token (exclusive), the
# matches as ((codebook index, code), term, weight), one per code). Plain tuples, shared
# between spans where they can be: a paragraph has dozens and a corpus millions.
Match = tuple[tuple[int, str], str, float]
Span = tuple[int, int, tuple[Match, ...]]


def _key(word: str) -> str:
    return word.replace(ZWNJ, "")


@lru_cache(maxsize=200_000)
def match_keys(word: str) -> frozenset[str]:
    """A word's match keys: its form and its lemma, ZWNJs ignored. A verb lemma (hazm's
    ``past#present``) gives its past stem only when the word looks like a form of that verb
    (:func:`_verb_form`): hazm reads the brand برند as «they carry» and کاری as «you plant»."""
    form = _key(word)
    found = lemma(word)
    if "#" not in found:
        return frozenset({form, _key(found)})
    past, _, present = found.partition("#")
    past, present = _key(past), _key(present)
    return frozenset({form, past}) if _verb_form(form, past, present) else frozenset({form})


VERB_PREFIXES = ("نمی", "می", "ب", "ن")


def _verb_form(form: str, past: str, present: str) -> bool:
    """Whether *form* (ZWNJs removed) is written as a verb of these stems: it starts with the
    past stem (past tenses, participles: گفت، گفتند، شده), or with a verbal prefix and either
    stem (می‌گویند، ببرند، نرفت). A bare present stem with an ending (کاری، برند) is more often
    another word that hazm happens to conjugate."""
    stems = tuple(stem for stem in (past, present) if stem)
    if not stems:
        return False
    if past and form.startswith(past):
        return True
    return any(
        form.startswith(prefix) and form[len(prefix) :].startswith(stems)
        for prefix in VERB_PREFIXES
    )


# How many pairs of words a Matcher keeps the longer terms of (see Matcher._following).
MAX_PAIRS = 200_000


class Matcher:
    """Finds the terms of one or more codebooks in runs of tokens."""

    def __init__(self, books: Sequence[Codebook]) -> None:
        self.books = tuple(books)
        index: dict[str, list[Entry]] = {}
        for n, book in enumerate(self.books):
            for code in book.codes:
                for term in code.terms:
                    keys = term.keys()
                    entry = (n, code.code, term.text, term.weight, keys)
                    for first in keys[0]:
                        index.setdefault(first, []).append(entry)
                    if (joined := _joined(term)) is not None:
                        one_token = (n, code.code, term.text, term.weight, (frozenset({joined}),))
                        index.setdefault(joined, []).append(one_token)
        self._index = index
        self._starting: dict[str, tuple[Entry, ...]] = {}
        # (word, next word) -> the longer terms of that first word whose second word the
        # next word matches: most such pairs hold none.
        self._pairs: dict[tuple[str, str], tuple[Entry, ...]] = {}

    def starting(self, word: str) -> tuple:
        """The terms whose first word matches *word*, cached per form: ``()`` for most words,
        else the one-word terms' matches (one per code, the first by term) and the longer
        terms by a match key of their second word."""
        found = self._starting.get(word)
        if found is None:
            index = self._index
            entries = dict.fromkeys(e for key in match_keys(word) for e in index.get(key, ()))
            single: dict[tuple[int, str], Match] = {}
            for book, code, term, weight, _ in sorted(
                (e for e in entries if len(e[4]) == 1), key=lambda e: (e[2], e[1], e[0], e[3])
            ):
                single.setdefault((book, code), ((book, code), term, weight))
            longer: dict[str, list[Entry]] = {}
            for e in entries:
                if len(e[4]) > 1:
                    for key in e[4][1]:
                        longer.setdefault(key, []).append(e)
            found = self._starting[word] = (tuple(single.values()), longer) if entries else ()
        return found

    def _following(self, pair: tuple[str, str], longer: dict[str, list[Entry]]) -> tuple:
        """The longer terms (*longer*: those of the pair's first word, by a match key of
        their second word) whose second word the pair's second word matches; kept per pair
        (at most ``MAX_PAIRS``, then all forgotten)."""
        if len(self._pairs) >= MAX_PAIRS:
            self._pairs.clear()
        found = tuple(dict.fromkeys(e for key in match_keys(pair[1]) for e in longer.get(key, ())))
        self._pairs[pair] = found
        return found

    def find(self, texts: Sequence[str]) -> list[Span]:
        """Every term in a run of token texts, by span in reading order: at one token, longer
        spans first; within a span, matches by term, code and codebook.

        Within a codebook, a term inside a longer term (of any code) is part of that longer
        name and gives way to it: «صنعت گردشگری» is tourism, «صنایع دستی» handicrafts,
        neither industry. One span gives a code one match, whichever of its terms matched it.
        """
        known, pairs = self._starting, self._pairs
        starts = list(map(known.get, texts))  # at C speed; a word not seen before is None
        if None in starts:  # mostly not, once the article's words have been seen
            for i in compress(range(len(texts)), [s is None for s in starts]):
                starts[i] = self.starting(texts[i])
        spans: list[Span] = []
        size = len(texts)
        open_spans: list[tuple[int, int, int]] = []  # (book, first, end) of longer terms
        for i in compress(range(size), starts):  # most words start no term: skipped at C speed
            single, longer = starts[i]
            if open_spans:
                open_spans = [span for span in open_spans if span[2] > i]
            if longer and i + 1 < size:
                here = []
                pair = (texts[i], texts[i + 1])
                following = pairs.get(pair)
                if following is None:
                    following = self._following(pair, longer)
                for entry in following:
                    book, code, term, weight, term_keys = entry
                    end = i + len(term_keys)
                    if end <= size and all(
                        match_keys(texts[i + k]) & term_keys[k] for k in range(2, len(term_keys))
                    ):
                        here.append((i - end, term, code, book, weight))
                if here:
                    here.sort()
                    open_spans.extend((book, i, i - length) for length, _, _, book, _ in here)
                    by_end: dict[int, dict[tuple[int, str], Match]] = {}
                    for length, term, code, book, weight in here:
                        end = i - length
                        if not _inside(open_spans, book, i, end):
                            by_end.setdefault(end, {}).setdefault(
                                (book, code), ((book, code), term, weight)
                            )
                    spans.extend((i, end, tuple(found.values())) for end, found in by_end.items())
            if single and open_spans:
                single = tuple(m for m in single if not _inside(open_spans, m[0][0], i, i + 1))
            if single:
                spans.append((i, i + 1, single))
        return spans


def _joined(term: Term) -> str | None:
    """The one-token spelling of a term of several words, which Persian writes with ZWNJs
    (or none) in place of the spaces: «امام جمعه» is also «امام‌جمعه», «ریاست جمهوری» also
    «ریاست‌جمهوری». None for a one-word term, a word matched by its form alone or punctuation."""
    if len(term.words) < 2 or term.exact or not all(_key(w).isalnum() for w in term.words):
        return None
    return "".join(_key(w) for w in term.words)


def find_in_document(doc: Document, books: Sequence[Codebook]) -> list[Span]:
    """:meth:`Matcher.find` over a whole article, positions being the document's token
    indices; no term spans two paragraphs. One search for the article: a term that would
    run from one paragraph into the next is rare, and only then is each paragraph searched
    on its own."""
    tokens = doc.tokens
    find = matcher(books).find
    spans = find(doc.texts)
    if any(e - f > 1 and tokens[f].paragraph != tokens[e - 1].paragraph for f, e, _ in spans):
        spans = []
        first = 0
        for end in range(1, len(tokens) + 1):
            if end == len(tokens) or tokens[end].paragraph != tokens[first].paragraph:
                texts = [t.text for t in tokens[first:end]]
                spans += [(f + first, e + first, m) for f, e, m in find(texts)]
                first = end
    return spans


def _inside(spans: list[tuple[int, int, int]], book: int, first: int, end: int) -> bool:
    """Whether a longer term of codebook *book* holds tokens *first* to *end*."""
    return any(
        b == book and a <= first and end <= z and (a, z) != (first, end) for b, a, z in spans
    )


_MATCHERS: dict[tuple[tuple[str, str], ...], Matcher] = {}


def matcher(books: Sequence[Codebook]) -> Matcher:
    """The :class:`Matcher` of *books*, built once per process for the same codebooks."""
    key = tuple(book.key for book in books)
    found = _MATCHERS.get(key)
    if found is None:
        found = _MATCHERS[key] = Matcher(books)
    return found
