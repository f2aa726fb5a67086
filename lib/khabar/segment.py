"""Segmentation: headline, paragraphs, sentences, tokens and lemmas, with raw offsets.

hazm splits sentences and words and lemmatises; khabar finds every piece in the cleaned
text (words by matching hazm's word-tokenizer pattern in place, :func:`word_token_pattern`)
and, through the cleaner's offset map, in the raw text. hazm's sentence tokenizer and
lemmatizer are built (or loaded from :func:`khabar.cache.built`) once per process.

Conventions: a paragraph is a non-empty line (news sites put one paragraph per line). The
first paragraph is the headline when it is short (at most ``HEADLINE_MAX_WORDS`` words) and
does not end with sentence punctuation, as headlines do not.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import cache
from itertools import accumulate, repeat
from typing import NamedTuple

from hazm import Lemmatizer, SentenceTokenizer, WordTokenizer

from khabar.cache import built
from khabar.cleaning import Cleaned
from khabar.forms import PerForm
from khabar.lexicon import hazm_words

HEADLINE_MAX_WORDS = 20
_SENTENCE_END = re.compile(r"[.!؟?…]\s*$")
_LINE = re.compile(r"[^\n]+")
# A letter or digit (str.isalnum): \w without the underscore, tested at C speed.
_ALNUM = re.compile(r"[^\W_]")
# The characters a match of hazm's word-tokenizer pattern can start with (a class body).
HAZM_TOKEN_STARTS = r'؟!?\d.:،؛»\])}"«\[({/\\'


class Token(NamedTuple):
    """A word or punctuation token; offsets are into the cleaned text and the raw text.

    A named tuple rather than a dataclass: an article has one per word, and a tuple is
    built several times faster than a frozen dataclass."""

    index: int
    text: str
    lemma: str
    start: int
    end: int
    raw_start: int
    raw_end: int
    sentence: int
    paragraph: int

    @property
    def is_word(self) -> bool:
        return is_word_text(self.text)


class Sentence(NamedTuple):
    """A sentence: offsets into the cleaned and the raw text, its tokens ``[first_token,
    last_token)``. A named tuple, like :class:`Token`: built several times faster than a
    frozen dataclass, and an article has one per sentence and per paragraph."""

    index: int
    paragraph: int
    text: str
    start: int
    end: int
    raw_start: int
    raw_end: int
    first_token: int
    last_token: int  # exclusive


class Paragraph(NamedTuple):
    """A paragraph (a non-empty line) and whether it is the headline (a named tuple, see
    :class:`Sentence`)."""

    index: int
    text: str
    start: int
    end: int
    raw_start: int
    raw_end: int
    is_headline: bool


@dataclass(frozen=True, slots=True)
class Document:
    """A cleaned article cut into paragraphs, sentences and tokens."""

    cleaned: Cleaned
    paragraphs: tuple[Paragraph, ...]
    sentences: tuple[Sentence, ...]
    tokens: tuple[Token, ...]
    # Each token's text, in order: what most stages read first, kept once here.
    texts: tuple[str, ...] = field(repr=False)

    @property
    def headline(self) -> Paragraph | None:
        first = self.paragraphs[0] if self.paragraphs else None
        return first if first is not None and first.is_headline else None

    def sentence_tokens(self, sentence: Sentence) -> tuple[Token, ...]:
        return self.tokens[sentence.first_token : sentence.last_token]

    def word_texts(self) -> list[str]:
        """The text of every word token (punctuation dropped): what :func:`words` gives for
        the whole cleaned text, without tokenising it again."""
        return list(filter(_ALNUM.search, self.texts))


@cache
def word_tokenizer() -> WordTokenizer:
    """hazm's word tokenizer (most of a second to build). khabar matches its pattern in place
    (:func:`word_token_pattern`) and needs the tokenizer itself only to read that pattern."""
    return WordTokenizer(
        join_verb_parts=False,
        replace_numbers=False,
        replace_ids=False,
        replace_emails=False,
        replace_links=False,
        replace_hashtags=False,
    )


@cache
def word_token_pattern() -> re.Pattern[str]:
    """One regular expression matching each token hazm's word tokenizer gives, in place.

    hazm's tokenizer puts spaces around the matches of its punctuation-and-number pattern
    and splits on spaces, tabs and line breaks, so its tokens are those matches and the
    longest runs between them of characters that are neither separators nor able to start
    a match (``HAZM_TOKEN_STARTS``). Matching them in the text gives their offsets directly,
    with no search for each token afterwards. Tests check that the start characters are
    exactly those of hazm's pattern and that the tokens equal hazm's on every development
    sentence. The runs come first: at any character only one of the two can match, and
    most tokens are words, which then need no test of hazm's pattern."""
    hazm_pattern = built("token-pattern", lambda: word_tokenizer().pattern.pattern)
    return re.compile(f"[^ \\n\\t{HAZM_TOKEN_STARTS}]+|{hazm_pattern}")


def is_word_text(text: str) -> bool:
    """Whether a token is a word: it holds a letter or a digit (not only punctuation)."""
    return _ALNUM.search(text) is not None


@cache
def sentence_tokenizer() -> SentenceTokenizer:
    return SentenceTokenizer()


@cache
def lemmatizer() -> Lemmatizer:
    """hazm's lemmatizer, loaded in half the time of a whole one: without the joined verb
    parts (رفته_است) that khabar's tokens never hold, and with the lexicon khabar already
    has in memory (:func:`khabar.lexicon.hazm_words`, the same words.dat) as its words."""
    compact = Lemmatizer.__new__(Lemmatizer)
    compact.__dict__.update(built("verb-lemmas", _lemmatizer_without_words))
    compact.words = hazm_words()
    return compact


def _lemmatizer_without_words() -> dict[str, object]:
    state = dict(vars(Lemmatizer(joined_verb_parts=False)))
    del state["words"]
    return state


@cache
def lemma(word: str) -> str:
    """hazm's lemma of a word (verbs as past#present stems), cached per word."""
    return lemmatizer().lemmatize(word)


# The lemma of each of many words at once (see khabar.forms).
_LEMMAS = PerForm(lemma, maxsize=1_000_000)


def words(text: str) -> list[str]:
    """The word tokens of *text* as hazm's word tokenizer gives them (punctuation dropped)."""
    return list(filter(_ALNUM.search, map(re.Match.group, word_token_pattern().finditer(text))))


def segment(cleaned: Cleaned) -> Document:
    """Cut a cleaned text into paragraphs, sentences and lemmatised tokens."""
    text = cleaned.text
    paragraphs: list[tuple[int, str, int, int, bool]] = []
    spans: list[tuple[int, int, int]] = []  # each sentence's paragraph, start and end
    for line in _LINE.finditer(text):
        stripped = line.group().strip()
        if not stripped:
            continue
        start = line.start() + line.group().index(stripped)
        index = len(paragraphs)
        paragraphs.append(
            (
                index,
                stripped,
                start,
                start + len(stripped),
                index == 0 and _looks_like_headline(stripped),
            )
        )
        spans += [(index, *span) for span in _sentence_spans(stripped, start)]
    words, starts, ends, sentences = _sentence_tokens(text, spans)
    token_sentence: list[int] = []
    token_paragraph: list[int] = []
    for n, (p, _, _, first, last) in enumerate(sentences):
        token_sentence += [n] * (last - first)
        token_paragraph += [p] * (last - first)
    # Raw offsets of every span (tokens, sentences, paragraphs) in one call: the offset map
    # is a numpy array, and each call has a fixed cost.
    raw_starts, raw_ends = cleaned.offsets.raw_spans(
        [*starts, *[s[1] for s in sentences], *[p[2] for p in paragraphs]],
        [*ends, *[s[2] for s in sentences], *[p[3] for p in paragraphs]],
    )
    cut = len(starts) + len(sentences)
    sentence_raw = raw_starts[len(starts) : cut], raw_ends[len(starts) : cut]
    paragraph_raw = raw_starts[cut:], raw_ends[cut:]
    return Document(
        cleaned,
        tuple(
            tuple.__new__(Paragraph, (i, stripped, start, end, raw_start, raw_end, headline))
            for (i, stripped, start, end, headline), raw_start, raw_end in zip(
                paragraphs, *paragraph_raw, strict=True
            )
        ),
        tuple(
            tuple.__new__(
                Sentence, (n, p, text[start:end], start, end, raw_start, raw_end, first, last)
            )
            for n, ((p, start, end, first, last), raw_start, raw_end) in enumerate(
                zip(sentences, *sentence_raw, strict=True)
            )
        ),
        _tokens(
            words,
            starts,
            ends,
            raw_starts[: len(starts)],
            raw_ends[: len(starts)],
            token_sentence,
            token_paragraph,
        ),
        tuple(words),
    )


def _sentence_tokens(
    text: str, spans: list[tuple[int, int, int]]
) -> tuple[list[str], list[int], list[int], list[tuple[int, int, int, int, int]]]:
    """The word tokens of the sentences (*spans*: paragraph, start, end), in order: their
    texts, starts and ends, and each sentence as (paragraph, start, end, first token, end
    token).

    The whole text is matched at once (one split gives the tokens, the spaces between them
    and, by their lengths, the offsets); when every token then lies inside a sentence and
    no token runs across a sentence's edge, those are the tokens matching each sentence on
    its own gives (the pattern looks neither behind nor ahead). Otherwise each sentence is
    matched on its own."""
    pattern = word_token_pattern()
    pieces = _token_pieces().split(text)  # space, token, its groups, space, token, ...
    step = pattern.groups + 2
    words = pieces[1::step]
    laid: list[str] = [""] * (2 * len(words) + 1)
    laid[0::2] = pieces[0::step]
    laid[1::2] = words
    offsets = list(accumulate(map(len, laid), initial=0))
    starts, ends = offsets[1:-1:2], offsets[2::2]
    sentences = []
    last = 0
    for paragraph, start, end in spans:
        first = bisect_left(starts, start)
        if first != last:  # a token outside every sentence, or across a sentence's start
            break
        last = bisect_left(starts, end)
        if last > first and ends[last - 1] > end:  # a token across the sentence's end
            break
        sentences.append((paragraph, start, end, first, last))
    else:
        if last == len(words):
            return words, starts, ends, sentences
    matches: list[re.Match[str]] = []
    sentences = []
    for paragraph, start, end in spans:
        first = len(matches)
        matches += pattern.finditer(text, start, end)
        sentences.append((paragraph, start, end, first, len(matches)))
    return (
        list(map(re.Match.group, matches)),
        list(map(re.Match.start, matches)),
        list(map(re.Match.end, matches)),
        sentences,
    )


@cache
def _token_pieces() -> re.Pattern[str]:
    """:func:`word_token_pattern` as one group, to split a text into tokens and spaces."""
    return re.compile(f"({word_token_pattern().pattern})")


def _tokens(
    words: list[str],
    starts: list[int],
    ends: list[int],
    raw_starts: list[int],
    raw_ends: list[int],
    sentences: list[int],
    paragraphs: list[int],
) -> tuple[Token, ...]:
    """Tokens from their texts, cleaned and raw offsets, sentence and paragraph numbers."""
    fields = zip(
        range(len(words)),
        words,
        _LEMMAS.many(words),
        starts,
        ends,
        raw_starts,
        raw_ends,
        sentences,
        paragraphs,
        strict=True,
    )
    # tuple.__new__ builds each Token at C speed; Token(...) would run its Python __new__.
    return tuple(map(tuple.__new__, repeat(Token), fields))


def _looks_like_headline(text: str) -> bool:
    return len(text.split()) <= HEADLINE_MAX_WORDS and not _SENTENCE_END.search(text)


def _sentence_spans(paragraph: str, offset: int) -> list[tuple[int, int]]:
    """The spans of a paragraph's sentences (hazm's sentence tokenizer), *offset* being the
    paragraph's start. A paragraph without a sentence break inside it (punctuation followed
    by a space: hazm's pattern) is one sentence, without calling the tokenizer."""
    tokenizer = sentence_tokenizer()
    if tokenizer.pattern.search(paragraph) is None:
        return [(offset, offset + len(paragraph))]
    return _aligned(paragraph, tokenizer.tokenize(paragraph), offset)


def _aligned(text: str, pieces: list[str], offset: int) -> list[tuple[int, int]]:
    """Offsets of *pieces* (hazm's output, in order) inside *text*. A piece hazm altered is
    given as many characters as it has, from the next non-space character."""
    spans = []
    cursor = 0
    for piece in pieces:
        found = text.find(piece, cursor)
        if found < 0:
            found = _skip_space(text, cursor)
        end = min(len(text), found + len(piece))
        if found >= end:
            break
        spans.append((offset + found, offset + end))
        cursor = end
    return spans


def _skip_space(text: str, position: int) -> int:
    while position < len(text) and text[position].isspace():
        position += 1
    return position
