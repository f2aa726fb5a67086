"""Topics: the codes of every codebook (CAP major topics, policy frames, a researcher's own)
for the article, each paragraph and each claim, ranked, each with its evidence.

Evidence before recall. The same rule holds for every codebook and every unit (the article,
a paragraph, a claim):

1. every match of a code's indicator term (:class:`khabar.codebooks.Matcher`) is evidence,
   kept with the raw text and its raw offsets, except a match inside a person's name (the
   surname پناهنده is not a refugee, کشاورز not a farmer);
2. a unit gets a code only when the *distinct* terms of its evidence weigh at least
   :data:`MIN_EVIDENCE` (1) together: one specific term (weight 1), or several different weak
   ones (three terms of weight 0.4). A generic word such as «ملت», «همکاری» or «توسعه»
   (weight below 1) never decides a code alone, however often it is repeated;
3. the score is the sum over the distinct terms of ``weight × (1 + ln n)``, where *n* counts
   the term's matches — in the article as a whole a match in the headline counts
   :data:`HEADLINE_COUNT` times, since a headline states what the article is about;
4. codes are ranked by score (rounded to 3 decimals), ties broken by the code's order in its
   codebook; the article's and each paragraph's codes come grouped by codebook, in the order
   the codebooks ran (:func:`khabar.codebooks.resolve`).
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from khabar.codebooks import Codebook, matcher
from khabar.segment import Document

MIN_EVIDENCE = 1.0
HEADLINE_COUNT = 3
# Mentions that name a person: words inside them are not topic evidence.
NAME_KINDS = frozenset({"name", "surname"})


@dataclass(frozen=True, slots=True)
class TopicEvidence:
    """One match of a code's term: the term, its weight, the raw text and its raw offsets."""

    term: str
    weight: float
    text: str
    start: int
    end: int
    paragraph: int
    headline: bool = False

    def to_dict(self) -> dict:
        return {
            "term": self.term,
            "weight": self.weight,
            "text": self.text,
            "start": self.start,
            "end": self.end,
        }


@dataclass(frozen=True, slots=True)
class Topic:
    """A code given to a unit: its scheme (codebook name), labels, score and evidence."""

    scheme: str
    code: str
    label: str
    label_fa: str
    score: float
    evidence: tuple[TopicEvidence, ...]

    @property
    def terms(self) -> tuple[str, ...]:
        """The distinct terms of the evidence, in order of first match."""
        return tuple(dict.fromkeys(e.term for e in self.evidence))

    def to_dict(self) -> dict:
        return {
            "scheme": self.scheme,
            "code": self.code,
            "label": self.label,
            "label_fa": self.label_fa,
            "score": self.score,
            "evidence": [e.to_dict() for e in self.evidence],
        }


@dataclass(frozen=True, slots=True)
class Topics:
    """The topic stage's result for one article: the codebooks run, the article's ranked
    codes, each paragraph's (by paragraph index; paragraphs without any are left out) and each
    claim's (by claim id)."""

    codebooks: tuple[Codebook, ...] = ()
    document: tuple[Topic, ...] = ()
    paragraphs: dict[int, tuple[Topic, ...]] = field(default_factory=dict)
    claims: dict[str, tuple[Topic, ...]] = field(default_factory=dict)

    @property
    def schemes(self) -> tuple[str, ...]:
        return tuple(book.name for book in self.codebooks)

    def codebook(self, scheme: str) -> Codebook:
        """The codebook named *scheme* (KeyError if this analysis did not run it)."""
        for book in self.codebooks:
            if book.name == scheme:
                return book
        raise KeyError(f"no codebook {scheme!r} in this analysis (schemes: {self.schemes})")


@dataclass(frozen=True, slots=True)
class _Match:
    book: int
    code: str
    evidence: TopicEvidence


def tag_topics(
    doc: Document, claims: Sequence, actors: Sequence, books: Sequence[Codebook]
) -> Topics:
    """Match every codebook's terms once per paragraph, then give codes to the article, each
    paragraph and each claim by the rule of this module."""
    books = tuple(books)
    matches = _matches(doc, actors, books)
    by_paragraph: dict[int, list[_Match]] = {}
    for m in matches:
        by_paragraph.setdefault(m.evidence.paragraph, []).append(m)
    paragraphs = {
        p: ranked for p, found in by_paragraph.items() if (ranked := _rank(found, books))
    }
    starts = [m.evidence.start for m in matches]
    claim_topics = {}
    for claim in claims:
        inside = matches[bisect_left(starts, claim.start) : bisect_right(starts, claim.end)]
        claim_topics[claim.id] = _rank((m for m in inside if m.evidence.end <= claim.end), books)
    return Topics(books, _rank(matches, books, headline_count=HEADLINE_COUNT), paragraphs, claim_topics)


def _matches(doc: Document, actors: Sequence, books: tuple[Codebook, ...]) -> list[_Match]:
    """Every term match of every codebook in reading order, outside persons' names."""
    find = matcher(books).find
    raw = doc.cleaned.raw
    names = _name_spans(actors)
    name_starts = [start for start, _ in names]
    headline = doc.headline.index if doc.headline else None
    matches = []
    for paragraph, tokens in _paragraph_tokens(doc):
        for hit in find([t.text for t in tokens]):
            start, end = tokens[hit.first].raw_start, tokens[hit.end - 1].raw_end
            if _inside(start, end, names, name_starts):
                continue
            evidence = TopicEvidence(
                hit.term, hit.weight, raw[start:end], start, end, paragraph, paragraph == headline
            )
            matches.append(_Match(hit.book, hit.code, evidence))
    return matches


def _paragraph_tokens(doc: Document) -> Iterable[tuple[int, Sequence]]:
    """Each paragraph's index and its tokens (sentences of a paragraph are contiguous)."""
    first: dict[int, int] = {}
    last: dict[int, int] = {}
    for s in doc.sentences:
        first.setdefault(s.paragraph, s.first_token)
        last[s.paragraph] = s.last_token
    for paragraph, start in first.items():
        yield paragraph, doc.tokens[start : last[paragraph]]


def _name_spans(actors: Sequence) -> list[tuple[int, int]]:
    """The raw spans of persons' names, overlapping ones merged, in order."""
    spans: list[tuple[int, int]] = []
    for start, end in sorted(
        (m.start, m.end)
        for a in actors
        if a.type == "person"
        for m in a.mentions
        if m.kind in NAME_KINDS
    ):
        if spans and start <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(end, spans[-1][1]))
        else:
            spans.append((start, end))
    return spans


def _inside(start: int, end: int, spans: list[tuple[int, int]], starts: list[int]) -> bool:
    i = bisect_right(starts, start) - 1
    return i >= 0 and end <= spans[i][1]


def _rank(
    matches: Iterable[_Match], books: tuple[Codebook, ...], *, headline_count: int = 1
) -> tuple[Topic, ...]:
    """The codes whose evidence passes the rule, grouped by codebook and ranked by score."""
    by_code: dict[tuple[int, str], list[TopicEvidence]] = {}
    for m in matches:
        by_code.setdefault((m.book, m.code), []).append(m.evidence)
    ranked = []
    for (book, code), evidence in by_code.items():
        weights: dict[str, float] = {}
        counts: dict[str, int] = {}
        for e in evidence:
            weights[e.term] = e.weight
            counts[e.term] = counts.get(e.term, 0) + (headline_count if e.headline else 1)
        if sum(weights.values()) < MIN_EVIDENCE - 1e-9:
            continue
        score = round(sum(w * (1 + math.log(counts[t])) for t, w in weights.items()), 3)
        entry = books[book].code(code)
        topic = Topic(books[book].name, code, entry.label_en, entry.label_fa, score, tuple(evidence))
        ranked.append((book, -score, books[book].order(code), topic))
    ranked.sort(key=lambda r: r[:3])
    return tuple(r[3] for r in ranked)
