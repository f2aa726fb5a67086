"""Topics: the codes of every codebook (CAP major topics, policy frames, a researcher's own)
for the article, each paragraph and each claim, ranked, each with its evidence.

Evidence before recall. The same rule holds for every codebook and every unit (the article,
a paragraph, a claim):

1. every match of a code's indicator term (:class:`khabar.codebooks.Matcher`) is evidence,
   kept with the raw text and its raw offsets, except a match inside a person's name (the
   surname پناهنده is not a refugee, کشاورز not a farmer) or inside the agency's attribution
   of the item («به گزارش خبرنگار گروه سیاست خارجی خبرگزاری فارس», «به نقل از روابط عمومی
   ...»: the desk and the source, not the subject; ``data/lexicons/attribution.tsv``);
2. a unit gets a code only when the *distinct* terms of its evidence weigh at least
   :data:`MIN_EVIDENCE` (1) together: one specific term (weight 1), or several different weak
   ones (three terms of weight 0.4). A generic word such as «ملت», «همکاری» or «توسعه»
   (weight below 1) never decides a code alone, however often it is repeated, nor when the
   codebook lists it in two spellings («اداره کل», «اداره‌کل»: one term, of the higher weight);
3. the score is the sum over the distinct terms of ``weight × log2(1 + n)``: a term's first
   match counts its weight, repeats count less and less. *n* adds up the term's matches, each
   counting 1, or half as much (:data:`ACTOR_SHARE`) when it is part of a person's title or an
   organisation's name, which say who speaks rather than what about («مدیرکل راهداری»,
   «سفیر بلاروس»). The headline is one more mention, as in the annotation guidelines, where
   the main topic is the one that takes the most text;
4. codes are ranked by score (rounded to 3 decimals); of two codes with one score, the one
   whose evidence comes first in the unit (the headline and the lead, for the article) goes
   first, then the code's order in its codebook. The article's and each paragraph's codes
   come grouped by codebook, in the order the codebooks ran
   (:func:`khabar.codebooks.resolve`).
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from itertools import compress
from typing import NamedTuple

from khabar.codebooks import Codebook, Span, find_in_document
from khabar.lexicon import ZWNJ, read_table
from khabar.segment import Document

MIN_EVIDENCE = 1.0
# An attribution's desk (between its opener and the agency) and source (after a relay, up to
# a comma or colon) are at most this many words.
DESK_WORDS, SOURCE_WORDS, DATELINE_WORDS = 6, 12, 4
ACTOR_SHARE = 0.5


class TopicEvidence(NamedTuple):
    """One match of a code's term: the term, its weight, the raw text and its raw offsets."""

    term: str
    weight: float
    text: str
    start: int
    end: int
    paragraph: int
    headline: bool = False
    actor: bool = False  # inside a person's title or an organisation's name

    def to_dict(self) -> dict:
        return {
            "term": self.term,
            "weight": self.weight,
            "text": self.text,
            "start": self.start,
            "end": self.end,
        }


class Topic(NamedTuple):
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
            # TopicEvidence.to_dict inlined (by field position): a JSON article holds hundreds.
            "evidence": [
                {"term": e[0], "weight": e[1], "text": e[2], "start": e[3], "end": e[4]}
                for e in self.evidence
            ],
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


# A match as the ranking uses it: (codebook index, code), term (its spellings as one:
# :func:`_spelling`), weight, evidence, and how much it counts (less inside a title or an
# organisation's name).
_Match = tuple[tuple[int, str], str, float, TopicEvidence, float]


def tag_topics(
    doc: Document,
    claims: Sequence,
    actors: Sequence,
    books: Sequence[Codebook],
    *,
    spans: Sequence[Span] | None = None,
) -> Topics:
    """Match every codebook's terms once in the article (or take *spans*, the matches of
    :func:`khabar.codebooks.find_in_document` for *books* and perhaps more codebooks after
    them), then give codes to the article, each paragraph and each claim by the rule of this
    module."""
    books = tuple(books)
    labels = _labels(books)
    if spans is None:
        spans = find_in_document(doc, books)
    matches = _matches(doc, actors, spans, len(books))
    by_paragraph: dict[tuple[int, tuple[int, str]], list[_Match]] = {}
    for m in matches:
        by_paragraph.setdefault((m[3].paragraph, m[0]), []).append(m)
    ranked: dict[int, list] = {}
    # Each code's matches in the article, in reading order: its paragraphs' in turn.
    by_code: dict[tuple[int, str], list[_Match]] = {}
    for (paragraph, key), found in by_paragraph.items():
        by_code.setdefault(key, []).extend(found)
        if len(found) == 1 and found[0][2] < MIN_EVIDENCE - 1e-9:
            continue  # most: one weak term (what _topic would say, without calling it)
        if (entry := _topic(key, found, labels)) is not None:
            ranked.setdefault(paragraph, []).append(entry)
    paragraphs = {p: _ordered(entries) for p, entries in ranked.items()}
    starts = [m[3].start for m in matches]
    claim_topics = {}
    for claim in claims:
        inside = matches[bisect_left(starts, claim.start) : bisect_right(starts, claim.end)]
        claim_topics[claim.id] = _rank([m for m in inside if m[3].end <= claim.end], labels)
    document = _ordered(
        [e for e in (_topic(key, found, labels) for key, found in by_code.items()) if e is not None]
    )
    return Topics(books, document, paragraphs, claim_topics)


def _labels(books: tuple[Codebook, ...]) -> dict[tuple[int, str], tuple[str, str, str, int]]:
    """(codebook index, code) -> the codebook's name, the code's labels and its order in
    the codebook; kept per set of codebooks (by their names and contents)."""
    key = tuple(book.key for book in books)
    found = _LABELS.get(key)
    if found is None:
        found = _LABELS[key] = {
            (n, c.code): (book.name, c.label_en, c.label_fa, order)
            for n, book in enumerate(books)
            for order, c in enumerate(book.codes)
        }
    return found


_LABELS: dict[tuple, dict[tuple[int, str], tuple[str, str, str, int]]] = {}


def _matches(doc: Document, actors: Sequence, spans: Sequence[Span], books: int) -> list[_Match]:
    """The matches of the first *books* codebooks in reading order, outside persons' names and
    the agency's attributions."""
    tokens = doc.tokens
    starts = [t.raw_start for t in tokens]
    unsaid = _attributions(doc)
    # Positions of the tokens inside a person's name, and of those that are part of a
    # person's title or an organisation's name.
    names = _positions(
        starts,
        (
            (m.start, m.end)
            for a in actors
            if a.type == "person"
            for m in a.mentions
            if m.kind in ("name", "surname")
        ),
    )
    roles = _positions(
        starts,
        (
            (m.start, m.end)
            for a in actors
            for m in a.mentions
            if (a.type == "person" and m.kind == "title") or a.type == "organization"
        ),
    )
    raw = doc.cleaned.raw
    headline = doc.headline.index if doc.headline else None
    new = tuple.__new__  # a TopicEvidence without the Python-level constructor: many per article
    spelled = _SPELLED
    matches: list[_Match] = []
    for first, last, found in spans:
        if names and first in names and names.issuperset(range(first + 1, last)):
            continue
        if first in unsaid:
            continue
        in_actor = first in roles or (last - first > 1 and not roles.isdisjoint(range(first, last)))
        start, end = tokens[first].raw_start, tokens[last - 1].raw_end
        paragraph = tokens[first].paragraph
        in_headline = paragraph == headline
        count = ACTOR_SHARE if in_actor else 1.0
        fields = (raw[start:end], start, end, paragraph, in_headline, in_actor)
        evidence: dict[tuple[str, float], TopicEvidence] = {}
        for key, term, weight in found:
            if key[0] >= books:
                continue
            e = evidence.get((term, weight))
            if e is None:
                e = evidence[term, weight] = new(TopicEvidence, (term, weight, *fields))
            matches.append((key, spelled.get(term) or _spelling(term), weight, e, count))
    return matches


# One term however it is spelled: without ZWNJs and spaces, hamza seats as plain letters.
_SPELLING = str.maketrans({ZWNJ: None, " ": None, "أ": "ا", "ئ": "ی", "ؤ": "و", "ء": None})
_SPELLED: dict[str, str] = {}


def _spelling(term: str) -> str:
    """The term as the ranking counts it: «اداره کل» and «اداره‌کل», «رئیس جمهور» and «رییس
    جمهور» are one term written two ways, not two distinct pieces of evidence."""
    found = _SPELLED[term] = term.translate(_SPELLING)
    return found


@cache
def _attribution_words() -> dict[str, dict[str, tuple[tuple[str, ...], ...]]]:
    """The attribution lexicon by kind and first word, each form as its words (ZWNJs
    removed), longest first."""
    found: dict[str, dict[str, list[tuple[str, ...]]]] = {}
    for row in read_table("lexicons", "attribution.tsv"):
        form = tuple(row["form"].replace(ZWNJ, "").split())
        found.setdefault(row["kind"], {}).setdefault(form[0], []).append(form)
    return {
        kind: {first: tuple(sorted(forms, key=len, reverse=True)) for first, forms in by.items()}
        for kind, by in found.items()
    }


def _attributions(doc: Document) -> frozenset[int]:
    """Token positions of the agency's attributions (see ``data/lexicons/attribution.tsv``)."""
    words = _attribution_words()
    texts = doc.texts
    size = len(texts)

    def at(i: int, kind: str) -> int:
        """The length of a form of *kind* at position *i* (0 if none)."""
        forms = words.get(kind, {}).get(texts[i].replace(ZWNJ, ""), ())
        if forms:  # longest first: the words there, ZWNJs removed, as long as the longest
            found = tuple(t.replace(ZWNJ, "") for t in texts[i : i + len(forms[0])])
            for form in forms:
                if found[: len(form)] == form:
                    return len(form)
        return 0

    def upto_stop(i: int, limit: int) -> int:
        """The position after the comma or colon within *limit* words of *i* (i if none)."""
        for j in range(i, min(size, i + limit)):
            if texts[j] in ("،", ",", ":"):
                return j + 1
        return i

    marked: set[int] = set()
    tokens = doc.tokens
    agencies = words.get("agency", {})  # by first word: most paragraphs open with none
    for s in doc.sentences:  # a dateline: «خبرگزاری فارس ـ گروه اندیشه:»
        first = s.first_token
        opens = first < size and (first == 0 or tokens[first - 1].paragraph != s.paragraph)
        if opens and texts[first].replace(ZWNJ, "") in agencies and at(first, "agency"):
            marked.update(range(first, upto_stop(first, DATELINE_WORDS + 1)))
    for i in compress(range(size), map(_opener_starts().__contains__, texts)):
        opener = at(i, "opener")
        if not opener:
            continue  # به, از ... opening no attribution here
        desk = range(i + opener, min(size, i + opener + DESK_WORDS + 1))
        agency = next((j for j in desk if at(j, "agency")), None)
        if agency is None:
            continue
        end = agency
        while end < size and (length := at(end, "agency")):
            end += length
        marked.update(range(i, end))
        if end < size and (relay := at(end, "relay")):
            marked.update(range(end, max(end + relay, upto_stop(end + relay, SOURCE_WORDS))))
    return frozenset(marked)


@cache
def _opener_starts() -> frozenset[str]:
    """The first words of the attribution openers as written and without their ZWNJs."""
    rows = read_table("lexicons", "attribution.tsv")
    firsts = [row["form"].split()[0] for row in rows if row["kind"] == "opener"]
    return frozenset(firsts) | frozenset(w.replace(ZWNJ, "") for w in firsts)


def _positions(starts: list[int], spans: Iterable[tuple[int, int]]) -> frozenset[int]:
    """The positions of the tokens (by their raw starts, in order) that begin inside any of
    *spans*."""
    found: set[int] = set()
    for start, end in spans:
        found.update(range(bisect_left(starts, start), bisect_left(starts, end)))
    return frozenset(found)


def _rank(matches: list[_Match], labels: dict[tuple[int, str], tuple]) -> tuple[Topic, ...]:
    """The codes whose evidence passes the rule, grouped by codebook and ranked by score."""
    by_code: dict[tuple[int, str], list[_Match]] = {}
    for m in matches:
        by_code.setdefault(m[0], []).append(m)
    entries = [_topic(key, found, labels) for key, found in by_code.items()]
    return _ordered([e for e in entries if e is not None])


def _topic(
    key: tuple[int, str], found: list[_Match], labels: dict[tuple[int, str], tuple]
) -> tuple | None:
    """A code's topic from its matches in one unit (in reading order), with its sort key; None
    when the distinct terms weigh less than :data:`MIN_EVIDENCE`."""
    if len(found) == 1:  # most codes of a paragraph or a claim: one match
        m = found[0]
        if m[2] < MIN_EVIDENCE - 1e-9:
            return None
        score = round(m[2] * math.log2(1 + m[4]), 3)
    else:
        weights: dict[str, float] = {}
        counts: dict[str, float] = {}
        for m in found:
            weights[m[1]] = max(m[2], weights.get(m[1], 0.0))
            counts[m[1]] = counts.get(m[1], 0.0) + m[4]
        if sum(weights.values()) < MIN_EVIDENCE - 1e-9:
            return None
        score = round(sum(w * math.log2(1 + counts[t]) for t, w in weights.items()), 3)
    scheme, label, label_fa, order = labels[key]
    evidence = tuple([m[3] for m in found])
    return (
        key[0],
        -score,
        evidence[0].start,
        order,
        tuple.__new__(Topic, (scheme, key[1], label, label_fa, score, evidence)),
    )


def _ordered(entries: list[tuple]) -> tuple[Topic, ...]:
    """Topics by codebook, then score (highest first), then the position of the first
    evidence, then the code's order in its codebook."""
    entries.sort(key=lambda e: e[:4])
    return tuple([e[4] for e in entries])
