"""Reading named-entity corpora into khabar's tokens and tags.

Formats (chosen by the file, not by a flag):

* CoNLL-style files, one token and its tag per line and a blank line between sentences. The
  token and the tag are separated by a tab (ParsTwiNER: ``token<TAB>tag``; with more columns,
  the first is the token and the last the tag), by spaces (Arman: ``token tag``), or by
  ``|`` (PEYMA: ``token|tag``). Tags are ``O`` or a position and a type joined by ``-`` or
  ``_``: ``B-PER``, ``I_PERS``, ``B-pers`` (BIOES positions S/E are read as B/I). Lines
  ``-DOCSTART-`` are skipped.
* CSV files with the columns ``tokens`` and ``labels``, each a Python list literal, the labels
  integer ids (the Text-Mining Persian-NER subset: :data:`TEXTMINING_LABELS`).

Types are mapped to khabar's PER, ORG and LOC by ``data/lexicons/ner/tag_map.tsv``; other
types become O and are counted in :attr:`Corpus.dropped`. Every tag sequence is repaired to
valid BIO (an I- that does not continue its type starts an entity) and follows khabar's
convention that honorifics before a name belong to the person
(``data/lexicons/ner/honorifics.tsv``; ParsTwiNER leaves them outside).

:func:`normalise` puts a corpus's sentences through khabar's cleaner and tokenizer, so that a
model is trained on the tokens the pipeline gives (ASCII digits, ی and ک, restored ZWNJs,
hazm's token boundaries) and each new token takes the tag of the corpus token it starts in.
A malformed file raises :class:`NerCorpusError` naming the file and the line.
"""

from __future__ import annotations

import ast
import csv
import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from khabar.errors import KhabarError
from khabar.lexicon import read_table

# Text-Mining Persian-NER label ids (../shared/corpora/ner/README.md).
TEXTMINING_LABELS = (
    "O", "B-DAT", "B-PER", "B-ORG", "B-LOC", "B-EVE", "I-DAT", "I-PER", "I-ORG", "I-LOC", "I-EVE"
)  # fmt: skip
TYPES = ("PER", "ORG", "LOC")
_TAG = re.compile(
    r"(?P<position>[BIESLU])[-_](?P<type>[A-Z]+)|(?P<type2>[A-Z]+)[-_](?P<position2>[BIESLU])",
    re.IGNORECASE,
)
_POSITIONS = {"B": "B", "S": "B", "U": "B", "I": "I", "E": "I", "L": "I"}


class NerCorpusError(KhabarError):
    """A named-entity corpus file that cannot be read; the message names the file and line."""


@dataclass(frozen=True, slots=True)
class Sentence:
    words: tuple[str, ...]
    tags: tuple[str, ...]  # BIO over khabar's types: O, B-PER, I-PER, B-ORG, ...


@dataclass(slots=True)
class Corpus:
    """The sentences of one or more files, and the entity types read as O (with counts)."""

    sentences: list[Sentence]
    dropped: Counter = field(default_factory=Counter)


@cache
def type_map() -> dict[str, str]:
    """Corpus entity type (upper case) -> PER, ORG, LOC or O."""
    return {row["tag"].upper(): row["type"] for row in read_table("lexicons", "ner", "tag_map.tsv")}


def read_corpus(paths: Sequence[str | Path], *, honorifics_inside: bool = True) -> Corpus:
    """Every sentence of *paths* (CoNLL-style or Text-Mining CSV), in order; with
    *honorifics_inside* False, person spans stay as the corpus annotated them."""
    corpus = Corpus([])
    for path in paths:
        read = read_csv if Path(path).suffix.lower() == ".csv" else read_conll
        found = read(path, honorifics_inside=honorifics_inside)
        corpus.sentences += found.sentences
        corpus.dropped.update(found.dropped)
    return corpus


def read_conll(path: str | Path, *, honorifics_inside: bool = True) -> Corpus:
    """A CoNLL-style file: token and tag per line (tab, space or ``|``), blank line between
    sentences."""
    corpus = Corpus([])
    words: list[str] = []
    tags: list[str] = []
    for number, line in enumerate(_lines(path), start=1):
        line = line.rstrip("\r\n")
        if not line.strip():
            if words:
                corpus.sentences.append(_sentence(words, tags, honorifics_inside))
                words, tags = [], []
            continue
        if line.startswith("-DOCSTART-"):
            continue
        word, tag = _split_line(line, path, number)
        words.append(word)
        tags.append(_khabar_tag(tag, path, number, corpus.dropped))
    if words:
        corpus.sentences.append(_sentence(words, tags, honorifics_inside))
    return corpus


def read_csv(path: str | Path, *, honorifics_inside: bool = True) -> Corpus:
    """The Text-Mining CSV: columns ``tokens`` and ``labels`` (Python lists; labels are ids)."""
    corpus = Corpus([])
    reader = csv.DictReader(_lines(path))
    if reader.fieldnames is None or not {"tokens", "labels"} <= set(reader.fieldnames):
        raise NerCorpusError(f"{path}:1: expected the CSV columns 'tokens' and 'labels'")
    for row in reader:
        number = reader.line_num
        try:
            words, labels = ast.literal_eval(row["tokens"]), ast.literal_eval(row["labels"])
        except (ValueError, SyntaxError, TypeError):
            raise NerCorpusError(f"{path}:{number}: tokens and labels must be lists") from None
        if not (isinstance(words, list) and isinstance(labels, list)):
            raise NerCorpusError(f"{path}:{number}: tokens and labels must be lists")
        if len(words) != len(labels):
            raise NerCorpusError(f"{path}:{number}: {len(words)} tokens but {len(labels)} labels")
        if not all(isinstance(w, str) and w.strip() for w in words):
            raise NerCorpusError(f"{path}:{number}: a token is empty or not a string")
        if not all(isinstance(x, int) and 0 <= x < len(TEXTMINING_LABELS) for x in labels):
            raise NerCorpusError(
                f"{path}:{number}: labels must be ids 0-{len(TEXTMINING_LABELS) - 1}"
            )
        tags = [_khabar_tag(TEXTMINING_LABELS[x], path, number, corpus.dropped) for x in labels]
        if words:
            corpus.sentences.append(_sentence([w.strip() for w in words], tags, honorifics_inside))
    return corpus


def _lines(path: str | Path) -> Iterable[str]:
    try:
        with Path(path).open(encoding="utf-8-sig", newline="") as handle:
            yield from handle
    except FileNotFoundError:
        raise NerCorpusError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise NerCorpusError(f"{path}: is a directory, not a corpus file") from None
    except UnicodeDecodeError as error:
        raise NerCorpusError(f"{path}: not UTF-8 text ({error.reason})") from None
    except OSError as error:
        raise NerCorpusError(f"{path}: cannot be read ({error.strerror})") from None


def _split_line(line: str, path: str | Path, number: int) -> tuple[str, str]:
    if "\t" in line:
        fields = line.split("\t")
        word, tag = fields[0], fields[-1]
    elif " " in line.strip():
        fields = line.split()
        word, tag = fields[0], fields[-1]
    elif "|" in line:
        word, _, tag = line.rpartition("|")
    else:
        raise NerCorpusError(
            f"{path}:{number}: expected a token and a tag (separated by a tab, a space or |)"
        )
    word, tag = word.strip(), tag.strip()
    if not word or not tag:
        raise NerCorpusError(f"{path}:{number}: expected a token and a tag, got {line!r}")
    return word, tag


def _khabar_tag(tag: str, path: str | Path, number: int, dropped: Counter) -> str:
    """A corpus tag as khabar's BIO tag (O for types khabar does not keep)."""
    if tag.upper() == "O":
        return "O"
    found = _TAG.fullmatch(tag)
    if found is None:
        raise NerCorpusError(
            f"{path}:{number}: tag {tag!r} is neither O nor a position and a type (B-PER, I_ORG)"
        )
    position = _POSITIONS[(found["position"] or found["position2"]).upper()]
    kind = (found["type"] or found["type2"]).upper()
    mapped = type_map().get(kind)
    if mapped is None or mapped == "O":
        dropped[kind] += 1
        return "O"
    return f"{position}-{mapped}"


def _sentence(words: list[str], tags: list[str], honorifics_inside: bool) -> Sentence:
    tags = repaired(tags)
    return Sentence(
        tuple(words), tuple(with_honorifics(words, tags) if honorifics_inside else tags)
    )


def repaired(tags: Sequence[str]) -> list[str]:
    """Valid BIO: an I- tag that does not continue an entity of its type begins one."""
    fixed = []
    previous = "O"
    for tag in tags:
        if tag.startswith("I-") and previous[2:] != tag[2:]:
            tag = "B-" + tag[2:]
        fixed.append(tag)
        previous = tag
    return fixed


@cache
def honorifics() -> frozenset[tuple[str, ...]]:
    """Honorific forms as token tuples, written as the cleaner writes them."""
    from khabar.ner.text import normalised_word

    return frozenset(
        tuple(normalised_word(word) for word in row["form"].split())
        for row in read_table("lexicons", "ner", "honorifics.tsv")
    )


@cache
def _longest_honorific() -> int:
    return max(map(len, honorifics()))


def honorific_before(words: Sequence[str], start: int) -> int:
    """How many words directly before *start* are honorifics (listed forms, longest first)."""
    forms = honorifics()
    longest = _longest_honorific()
    taken = 0
    while True:
        for length in range(min(longest, start - taken), 0, -1):
            if tuple(words[start - taken - length : start - taken]) in forms:
                taken += length
                break
        else:
            return taken


def leading_honorifics(words: Sequence[str], start: int, end: int) -> int:
    """How many words from *start* (before *end*) are honorifics (listed forms, longest first)."""
    forms = honorifics()
    longest = _longest_honorific()
    taken = 0
    while start + taken < end:
        for length in range(min(longest, end - start - taken), 0, -1):
            if tuple(words[start + taken : start + taken + length]) in forms:
                taken += length
                break
        else:
            break
    return taken


def with_honorifics(words: Sequence[str], tags: Sequence[str]) -> list[str]:
    """Person spans extended leftwards over the honorifics written directly before them
    (khabar's convention), when those words are outside any entity."""
    tags = list(tags)
    for start, tag in enumerate(tags):
        if tag != "B-PER":
            continue
        taken = honorific_before(words, start)
        while taken and any(t != "O" for t in tags[start - taken : start]):
            taken -= 1
        if taken:
            tags[start - taken : start + 1] = ["B-PER"] + ["I-PER"] * taken
    return tags


def spans(tags: Sequence[str]) -> list[tuple[str, int, int]]:
    """The entities of a BIO sequence: (type, first index, end index exclusive)."""
    found = []
    start = None
    kind = ""
    for i, tag in enumerate([*tags, "O"]):
        if start is not None and not (tag.startswith("I-") and tag[2:] == kind):
            found.append((kind, start, i))
            start = None
        if tag.startswith("B-") or (tag.startswith("I-") and start is None):
            start, kind = i, tag[2:]
    return found


def normalise(sentences: Sequence[Sentence]) -> list[Sentence]:
    """The sentences as khabar's cleaner and tokenizer give them, with their tags carried
    over: a token takes the tag of the corpus token it starts in (I- when it starts inside
    one), and tokens the cleaner joined take the first one's tag."""
    from khabar.cleaning import clean
    from khabar.segment import word_token_pattern

    # One cleaning pass over all sentences (the cleaner keeps one output line per input line).
    lines = [" ".join(s.words) for s in sentences]
    raw = "\n".join(lines)
    cleaned = clean(raw)
    matches = list(word_token_pattern().finditer(cleaned.text))
    raw_starts, _ = cleaned.offsets.raw_spans(
        [m.start() for m in matches], [m.end() for m in matches]
    )
    owner, first = _character_owners(sentences)
    line_starts = [0, *(m.end() for m in re.finditer("\n", cleaned.text))]
    out: list[list[tuple[str, str]]] = [[] for _ in sentences]
    for match, raw_start in zip(matches, raw_starts, strict=True):
        line = bisect_right(line_starts, match.start()) - 1
        found = owner[min(raw_start, len(owner) - 1)]
        tag = "O"
        if found >= 0:
            tag = sentences[found >> 20].tags[found & 0xFFFFF]
            if raw_start != first[found] and tag.startswith("B-"):
                tag = "I-" + tag[2:]
        out[line].append((match.group(), tag))
    return [
        Sentence(tuple(w for w, _ in pairs), tuple(repaired([t for _, t in pairs])))
        for pairs in out
        if pairs
    ]


def _character_owners(sentences: Sequence[Sentence]) -> tuple[list[int], dict[int, int]]:
    """For each character of the joined raw text, the token it belongs to (line << 20 | index),
    or -1 for separators; and each token's first character."""
    owner: list[int] = []
    first: dict[int, int] = {}
    for line, sentence in enumerate(sentences):
        for index, word in enumerate(sentence.words):
            if index:
                owner.append(-1)
            key = (line << 20) | index
            first[key] = len(owner)
            owner += [key] * len(word)
        owner.append(-1)  # the line break
    return owner, first
