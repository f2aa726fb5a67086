"""Keyterms: the words and two-word terms that set an article apart from Persian in general.

Each content word (verbs, digits, single letters and hazm's stopwords left out) is counted
under a key: its lemma when hazm's lemmatiser gives a word of hazm's lexicon (تحریم‌ها,
تحریمهای -> تحریم), with ZWNJs ignored. hazm reads an ezafe ی after a final vowel as a
suffix of its own (دریای -> دری "Dari"); when the word without that ی is a word of the
lexicon, that word's lemma is the key (دریای -> دریا). A term is *labelled* by the form the
article itself uses most often, with its ZWNJs (بی‌احترامی, دریای سرخ), never by the key.

Scores are the z-scores of weighted log-odds ratios with an informative Dirichlet prior
(Monroe, Colaresi and Quinn 2008, "Fightin' Words"), comparing the article's counts with a
background of correctly written Persian (the UD development sentences' counts,
``data/lexicons/ud_dev_spellings.tsv``); the prior is wordfreq's Persian frequency of the key
scaled to a pseudo-corpus of ``PRIOR_WORDS`` words (a word wordfreq lacks counts as
``PRIOR_FLOOR``). The z-score weighs the log-odds by its certainty, so a word the article uses
six times outranks one it uses twice, and words the background never saw do not tie.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Sequence
from functools import cache, lru_cache
from itertools import compress
from operator import and_
from typing import NamedTuple

import hazm

from khabar.forms import PerForm
from khabar.lexicon import (
    UD_DEV_SOURCES,
    UNKNOWN_WORD,
    ZWNJ,
    hazm_words,
    spelling_counts,
    word_frequencies,
)
from khabar.segment import Document, is_word_text, lemma

MIN_COUNT = 2
PRIOR_WORDS = 1_000_000
PRIOR_FLOOR = 1e-7


class Keyterm(NamedTuple):
    """A keyterm: the article's own form of it, its key (lemmas, ZWNJs removed), its z-score
    and how often the article uses it."""

    term: str
    key: str
    z: float
    count: int


def keyterms(doc: Document, *, top: int = 20) -> list[Keyterm]:
    """The article's most distinctive words and two-word terms, best first (see the module
    docstring): terms seen at least ``MIN_COUNT`` times, and more often than the background
    and prior lead one to expect (a positive z-score). A pair of adjacent content words
    seen at least twice (آذربایجان شرقی) is a term scored by its weaker word; it replaces
    its words when they never occur apart. Ties are broken by count, then by label."""
    texts = doc.texts
    kept = _IS_WORD.many(texts)  # punctuation dropped: the words around it are adjacent
    texts = list(compress(texts, kept))
    sentences = list(compress([t.sentence for t in doc.tokens], kept))
    keys = _CONTENT_KEYS.many(texts)
    counts = Counter(filter(None, keys))
    scores = _z_scores(counts)
    scored = list(map(scores.__contains__, keys))
    surfaces = _most_frequent(zip(compress(keys, scored), compress(texts, scored), strict=True))
    terms = {key: (scores[key], counts[key], surfaces[key]) for key in scores}
    pairs = _adjacent_pairs(texts, sentences, keys, scored)
    for (first, second), (count, label) in pairs.items():
        terms[f"{first} {second}"] = (min(scores[first], scores[second]), count, label)
        for word in (first, second):
            if counts[word] == count:
                terms.pop(word, None)
    distinctive = [item for item in terms.items() if item[1][0] > 0]
    ranked = sorted(distinctive, key=lambda item: (-item[1][0], -item[1][1], item[1][2]))
    return [Keyterm(label, key, z, count) for key, (z, count, label) in ranked[:top]]


def _z_scores(counts: Counter[str]) -> dict[str, float]:
    """Log-odds z-scores of the words seen at least ``MIN_COUNT`` times (Monroe et al. eq. 22)."""
    n = sum(counts.values())
    scores = {}
    for word, y in counts.items():
        if y < MIN_COUNT:
            continue
        alpha, background_log_odds, background_variance = _background_terms(word)
        delta = math.log((y + alpha) / (n + PRIOR_WORDS - y - alpha)) - background_log_odds
        scores[word] = delta / math.sqrt(1 / (y + alpha) + background_variance)
    return scores


@lru_cache(maxsize=200_000)
def _background_terms(word: str) -> tuple[float, float, float]:
    """What a word's z-score takes from the background and the prior alone: its prior count
    alpha, its background log-odds and its share of the variance (cached per word)."""
    b = _background().get(word, 0)
    alpha = PRIOR_WORDS * max(word_frequencies().get(word, 0.0), PRIOR_FLOOR)
    m = _background_size()
    return alpha, math.log((b + alpha) / (m + PRIOR_WORDS - b - alpha)), 1 / (b + alpha)


def _adjacent_pairs(
    texts: Sequence[str],
    sentences: Sequence[int],
    keys: Sequence[str | None],
    scored: Sequence[bool],
) -> dict[tuple[str, str], tuple[int, str]]:
    """Pairs of adjacent scored words (in one sentence) seen at least twice: their count and
    the article's most frequent form of the pair. *texts*, *sentences*, *keys*, *scored*:
    each word's text, sentence number, key and whether its key is scored."""
    seen = [
        ((keys[i], keys[i + 1]), f"{texts[i]} {texts[i + 1]}")
        for i in compress(range(len(keys) - 1), map(and_, scored, scored[1:]))
        if sentences[i] == sentences[i + 1]
    ]
    totals = Counter(pair for pair, _ in seen)
    labels = _most_frequent(item for item in seen if totals[item[0]] >= 2)
    return {pair: (totals[pair], label) for pair, label in labels.items()}


def _most_frequent[K](items: Iterable[tuple[K, str]]) -> dict[K, str]:
    """For each key of *(key, form)* items, its most frequent form, the first seen among
    equals (what ``Counter.most_common(1)`` gives), with one counter for all keys."""
    best: dict[K, tuple[str, int]] = {}
    for (key, form), count in Counter(items).items():  # in order of first sight
        if key not in best or count > best[key][1]:
            best[key] = (form, count)
    return {key: form for key, (form, _) in best.items()}


# Per word form: whether it is a word at all (a letter or a digit), at C speed.
_IS_WORD = PerForm(is_word_text)


@lru_cache(maxsize=200_000)
def content_key(text: str) -> str | None:
    """What keyterms counts a word as (see the module docstring), or None for a word that is
    not a content word (punctuation, digits, verbs, single letters, stopwords)."""
    if not is_word_text(text) or text.isdigit() or len(text) < 2:
        return None
    stem = lemma(text)
    stop = _stopwords()
    if "#" in stem or text in stop or _key(text) in stop:
        return None  # verbs say how, not what
    return _key(lexicon_lemma(text))


@lru_cache(maxsize=200_000)
def lexicon_lemma(word: str) -> str:
    """*word*'s lemma when that is a word of hazm's lexicon, else *word* itself. A final ی
    after a vowel is an ezafe (دریای -> دریا, where hazm gives دری "Dari") and after a plural
    an indefinite (مربیانی -> مربی, which hazm leaves); a name in ی (رئیسی) keeps it."""
    stem = lemma(word)
    base = word[:-1]
    if word.endswith("ی") and (stem != word or not _known(word)):
        base_stem = lemma(base)
        if (base.endswith(("ا", "و")) and _known(base)) or (
            base_stem != base and _known(base_stem)
        ):
            stem = base_stem
    return stem if _known(stem) else word


# content_key of each of many words at once (see khabar.forms).
_CONTENT_KEYS = PerForm(content_key)


def _known(word: str) -> bool:
    """A word hazm's lexicon holds with a count or a part of speech (it lists some forms,
    such as مانعی, with neither)."""
    count, tags = hazm_words().get(word, UNKNOWN_WORD)
    return count > 0 or bool(tags)


def _key(word: str) -> str:
    return word.replace(ZWNJ, "")


@cache
def _stopwords() -> frozenset[str]:
    return frozenset(_key(w) for w in hazm.stopwords_list()) | frozenset(hazm.stopwords_list())


@cache
def _background() -> dict[str, int]:
    counts: Counter[str] = Counter()
    for form, count in spelling_counts(UD_DEV_SOURCES).items():
        if " " not in form and (key := content_key(form)):
            counts[key] += count
    return dict(counts)


@cache
def _background_size() -> int:
    return sum(count for form, count in spelling_counts(UD_DEV_SOURCES).items() if " " not in form)
