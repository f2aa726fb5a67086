"""Tagging with a trained CRF: scores summed once per word form, sentences decoded at once.

What CRFsuite's tagger computes, computed the way an article allows. A token's score for
each label is the sum of the weights of its features (:mod:`khabar.ner.features`): its own,
which depend only on its word form; those its neighbours lend it at each offset, which depend
only on theirs; the pair of it and the word before; gazetteer marks; sentence boundaries.
The first two are summed once per word form and kept (five vectors of seven labels per form,
about 300 bytes), so a word seen before costs one lookup instead of ~40 feature strings, and
an article's scores are a few array operations. Then the best path (Viterbi) and the
marginal probabilities (forward-backward) come from CRFsuite's own compiled chain routines
(:mod:`khabar.ner.chain`), a few calls per sentence; where those are not usable, from numpy,
over all the sentences of an article at once, one step per position. Marginals are computed
only for the sentences whose best path holds an entity, unless every tag's is asked for.

The results are CRFsuite's (the tests compare tags and marginals on real text): the same
features, weights and first-order chain without start or end transitions; sums differ only
in the order of their floating-point additions.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

import numpy as np

from khabar.lexicon import first_words
from khabar.ner.chain import chain
from khabar.ner.features import (
    BOUNDARY,
    CONTEXT,
    PAIR,
    features_of_word,
    gazetteer_feature,
    place_runs,
)
from khabar.ner.weights import Weights

_SLOTS = len(CONTEXT) + 1  # a word form's own scores, then what it lends at each offset


@cache
def place_starts() -> frozenset[str]:
    """The words a gazetteer place name can begin with."""
    from khabar.gazetteer import name_index

    return frozenset(first_words(name_index()))


class Decoder:
    """Best tags and their marginal probabilities under one model's weights.

    Keeps a table of every word form it has seen (its scores, and whether a place name can
    begin with it): one instance per model and process, not shared between threads."""

    def __init__(self, weights: Weights, *, compiled: bool = True) -> None:
        self.labels = weights.labels
        self._index = weights.attributes
        self._state = weights.state
        self._transition = weights.transition
        self._exp_transition = np.exp(weights.transition)
        self._outside = self.labels.index("O") if "O" in self.labels else -1
        # Each label's (whether it begins an entity, the entity's type); None for O.
        self._bio = [
            (label.startswith("B-"), label[2:]) if label.startswith(("B-", "I-")) else None
            for label in self.labels
        ]
        self._chain = chain(weights.transition) if compiled else None
        self._rows: dict[str, int] = {}
        self._table = np.zeros((1024, _SLOTS, len(self.labels)))
        self._place_start = np.zeros(1024, dtype=bool)
        self._lowered = [""]  # each row's word in lower case (row 0: outside the sentence)
        self._pairs = _pair_index(weights.attributes)
        # Whether each row's word can be the first (second) word of a word-pair feature:
        # the pairs are looked up only where both can, about a quarter of the positions.
        lefts, rights = {left for left, _ in self._pairs}, {right for _, right in self._pairs}
        self._pair_sides = (lefts, rights)
        self._pair_first = np.zeros(1024, dtype=bool)
        self._pair_second = np.zeros(1024, dtype=bool)
        self._pair_first[0], self._pair_second[0] = "" in lefts, "" in rights
        for slot, offset in enumerate(CONTEXT, start=1):
            self._table[0, slot] = self._score([BOUNDARY[offset]])
        self._gazetteer = {
            (mark, of_next): self._score([gazetteer_feature(mark, of_next=of_next)])
            for mark in ("B", "I")
            for of_next in (False, True)
        }

    def _score(self, features: Sequence[str]) -> np.ndarray:
        index = self._index
        return self._state[[index[f] for f in features if f in index]].sum(axis=0)

    def _learn(self, word: str) -> int:
        """*word*'s row in the table (its scores; whether a place name can begin with it),
        computed on first sight."""
        row = len(self._rows) + 1  # row 0: outside the sentence
        if row == len(self._table):
            self._table = np.concatenate([self._table, np.zeros_like(self._table)])
            self._place_start, self._pair_first, self._pair_second = (
                np.concatenate([flags, np.zeros_like(flags)])
                for flags in (self._place_start, self._pair_first, self._pair_second)
            )
        known = features_of_word(word)
        self._table[row, 0] = self._score(known.own)
        for slot, offset in enumerate(CONTEXT, start=1):
            self._table[row, slot] = self._score(known.context[offset])
        self._place_start[row] = word in place_starts()
        lowered = word.lower()
        self._lowered.append(lowered)
        self._pair_first[row] = lowered in self._pair_sides[0]
        self._pair_second[row] = lowered in self._pair_sides[1]
        self._rows[word] = row
        return row

    def emissions(self, sentences: Sequence[Sequence[str]]) -> np.ndarray:
        """Every token's score per label, the sentences' tokens one after another.

        The sentences are laid out with two tokens of row 0 before, between and after them,
        which lend each neighbour what CRFsuite's sentence boundaries (``-1:BOS``...) give:
        each context offset is then one shifted sum."""
        reach = max(map(abs, CONTEXT))
        words = [word for sentence in sentences for word in sentence]
        rows = list(map(self._rows.get, words))
        if None in rows:  # words not seen before (a word may repeat among them)
            for i, row in enumerate(rows):
                if row is None:
                    known = self._rows.get(words[i])
                    rows[i] = self._learn(words[i]) if known is None else known
        # Where each word is laid: after the *reach* gap positions of each sentence up to
        # its own (the sentences' layout, computed in a few array operations).
        lengths = np.fromiter(map(len, sentences), dtype=np.intp, count=len(sentences))
        real = np.arange(len(words), dtype=np.intp) + reach * np.repeat(
            np.arange(1, len(sentences) + 1, dtype=np.intp), lengths
        )
        size = len(words) + reach * (len(sentences) + 1)
        laid_rows = np.zeros(size, dtype=np.intp)
        laid_rows[real] = rows
        table = self._table[laid_rows]
        scores = table[:, 0].copy()
        for slot, offset in enumerate(CONTEXT, start=1):
            if offset < 0:
                scores[-offset:] += table[: size + offset, slot]
            else:
                scores[: size - offset] += table[offset:, slot]
        # Word-pair features, looked up where both words can be in one ("" outside the
        # sentences: row 0), in lower case (kept per word form).
        ahead = np.flatnonzero(self._pair_first[laid_rows[:-1]] & self._pair_second[laid_rows[1:]])
        word_of = self._lowered.__getitem__
        befores = map(word_of, laid_rows[ahead].tolist())
        afters = map(word_of, laid_rows[ahead + 1].tolist())
        pairs = list(map(self._pairs.get, zip(befores, afters, strict=True)))
        found = [i + 1 for i, pair in zip(ahead.tolist(), pairs, strict=True) if pair is not None]
        if found:  # each word-pair feature's weights, gathered at once
            scores[found] += self._state[[pair for pair in pairs if pair is not None]]
        # No place name holds "", so none runs across the gap between two sentences.
        candidates = np.flatnonzero(self._place_start[laid_rows]).tolist()
        if candidates:
            flat = [""] * size  # the words as laid, "" outside the sentences
            at = reach
            for sentence in sentences:
                flat[at : at + len(sentence)] = sentence
                at += len(sentence) + reach
            gazetteer = self._gazetteer
            for first, length in place_runs(flat, candidates):
                for i in range(first, first + length):
                    mark = "B" if i == first else "I"
                    scores[i] += gazetteer[mark, False]
                    scores[i - 1] += gazetteer[mark, True]  # row 0 before a sentence's start
        return scores[real]

    def tag(self, sentences: Sequence[Sequence[str]]) -> list[tuple[list[str], list[float]]]:
        """For each sentence, its best tags and each tag's marginal probability."""
        labels = self.labels
        return [
            ([labels[y] for y in path], picked)
            if path is not None and picked is not None
            else ([], [])
            for path, picked in self._decoded(sentences, every_sentence=True)
        ]

    def entities(
        self, sentences: Sequence[Sequence[str]]
    ) -> list[list[tuple[str, int, int, float]]]:
        """For each sentence, its entities on the best path: (type, first, end, probability),
        the probability being the least marginal of the entity's tags. Marginals are computed
        only for the sentences that hold an entity."""
        found: list[list[tuple[str, int, int, float]]] = []
        for path, picked in self._decoded(sentences, every_sentence=False):
            if path is None or picked is None:
                found.append([])
                continue
            found.append(
                [
                    (kind, first, end, min(picked[first:end]))
                    for kind, first, end in self._spans(path)
                ]
            )
        return found

    def _spans(self, path: list[int]) -> list[tuple[str, int, int]]:
        """The entities of a path of label ids: :func:`khabar.ner.corpora.spans` of its
        tags, without building the tags."""
        found = []
        start, kind, last = None, "", -2
        for i, y in enumerate(path):
            if (bio := self._bio[y]) is None:
                continue  # O
            begins, entity = bio
            if start is not None and (i != last + 1 or begins or entity != kind):
                found.append((kind, start, last + 1))
                start = None
            if start is None:  # a B- tag, or an I- tag without its B-
                start, kind = i, entity
            last = i
        if start is not None:
            found.append((kind, start, last + 1))
        return found

    def _decoded(
        self, sentences: Sequence[Sequence[str]], *, every_sentence: bool
    ) -> list[tuple[list[int] | None, list[float] | None]]:
        """Each sentence's best path (label ids) and the marginal probability of each label
        on it; both ``None`` for an empty sentence, the marginals ``None`` for a path of
        ``O`` alone unless *every_sentence*."""
        result: list[tuple[list[int] | None, list[float] | None]] = [(None, None)] * len(sentences)
        kept = [i for i, s in enumerate(sentences) if s]
        if not kept:
            return result
        chosen = [sentences[i] for i in kept]
        scores = self.emissions(chosen)
        outside = self._outside
        if self._chain is not None:
            chain = self._chain
            start = 0
            for i, sentence in zip(kept, chosen, strict=True):
                own = scores[start : start + len(sentence)]
                start += len(sentence)
                path = chain.path(own)
                picked = None
                if every_sentence or path.count(outside) != len(path):
                    picked = chain.path_marginals(path)
                result[i] = (path, picked)
            return result
        # numpy: all sentences at once, padded (position, sentence, label), longest first, so
        # that the sentences still running at a position are a prefix of them.
        order = sorted(range(len(chosen)), key=lambda k: -len(chosen[k]))
        lengths = np.array([len(s) for s in chosen])
        starts = np.cumsum(lengths) - lengths
        lengths, starts = lengths[order], starts[order]
        padded = np.zeros((lengths[0], len(order), len(self.labels)))
        for column, (start, length) in enumerate(zip(starts, lengths, strict=True)):
            padded[:length, column] = scores[start : start + length]
        paths = self._viterbi(padded, lengths)
        inside = np.arange(len(padded))[:, None] < lengths
        wanted = np.arange(len(order))
        if not every_sentence:
            wanted = np.flatnonzero(((paths != outside) & inside).any(axis=0))
        picked = np.zeros(paths.shape)
        if len(wanted):
            longest = int(lengths[wanted[0]])
            marginals = self._marginals(padded[:longest, wanted], lengths[wanted])
            picked[:longest, wanted] = np.take_along_axis(
                marginals, paths[:longest, wanted, None], axis=2
            )[:, :, 0]
        chosen_marginals = set(wanted.tolist())
        for column, k in enumerate(order):
            n = int(lengths[column])
            result[kept[k]] = (
                paths[:n, column].tolist(),
                picked[:n, column].tolist() if column in chosen_marginals else None,
            )
        return result

    def _viterbi(self, scores: np.ndarray, lengths: np.ndarray) -> np.ndarray:
        """The best label path of each sentence. *scores*: position, sentence, label (padded;
        longest sentence first, so that the sentences still running at a position are a
        prefix of them)."""
        longest, count, labels = scores.shape
        running = _running(lengths)
        transition = self._transition
        best = scores[0].copy()
        back = np.zeros((longest, count, labels), dtype=np.intp)
        for t in range(1, longest):
            k = running[t]
            candidates = best[:k, :, None] + transition  # previous label, this label
            candidates.argmax(axis=1, out=back[t, :k])
            reached = best[:k]
            candidates.max(axis=1, out=reached)
            reached += scores[t, :k]
        paths = np.zeros((longest, count), dtype=np.intp)
        label = best.argmax(axis=1)  # each sentence's last label; then step back
        rows = np.arange(count)
        for t in range(longest - 1, 0, -1):
            k = running[t]
            paths[t, :k] = label[:k]
            label[:k] = back[t, rows[:k], label[:k]]
        paths[0] = label
        return paths

    def _marginals(self, scores: np.ndarray, lengths: np.ndarray) -> np.ndarray:
        """P(label at each position | sentence), by forward-backward with rescaling (the
        layout of :meth:`_viterbi`)."""
        longest = len(scores)
        running = _running(lengths)
        weight = np.exp(scores - scores.max(axis=2, keepdims=True))
        transition = self._exp_transition
        forward = np.ones_like(weight)
        forward[0] = weight[0] / weight[0].sum(axis=1, keepdims=True)
        for t in range(1, longest):
            k = running[t]
            alpha = forward[t - 1, :k] @ transition
            alpha *= weight[t, :k]
            alpha /= alpha.sum(axis=1, keepdims=True)
            forward[t, :k] = alpha
        backward = np.ones_like(weight)
        for t in range(longest - 2, -1, -1):
            k = running[t + 1]  # sentences going on after t; the others end at t (beta 1)
            beta = weight[t + 1, :k] * backward[t + 1, :k]
            beta = beta @ transition.T
            beta /= beta.sum(axis=1, keepdims=True)
            backward[t, :k] = beta
        joint = forward * backward
        return joint / joint.sum(axis=2, keepdims=True)


def _running(lengths: np.ndarray) -> list[int]:
    """For each position, how many of the sentences (longest first) reach it."""
    return np.searchsorted(-lengths, -np.arange(lengths[0]), side="left").tolist()


def _pair_index(attributes: dict[str, int]) -> dict[tuple[str, str], int]:
    """The model's word-pair features (:func:`~khabar.ner.features.pair_feature`) by their
    (previous word, word). A pair whose words hold ``|`` is entered under every split: its
    string is the same for each."""
    index: dict[tuple[str, str], int] = {}
    for name, attribute in attributes.items():
        if name.startswith(PAIR):
            pair = name[len(PAIR) :]
            for cut in (i for i, c in enumerate(pair) if c == "|"):
                index[pair[:cut], pair[cut + 1 :]] = attribute
    return index
