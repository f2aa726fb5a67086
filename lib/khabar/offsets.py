"""Edits on text and the offset map that ties every output character to the raw input.

A cleaning stage describes what it changes as :class:`Edit` objects over its input.
:func:`apply_edits` performs them and returns, for each output character, the span
of input characters it came from. :class:`OffsetMap` composes those spans stage by
stage, so the final cleaned text maps straight back to the raw text.

Conventions: a character that replaces *k* input characters maps to their whole
span; a replacement of equal length maps one to one; an inserted character maps to
the empty span at its insertion point.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import NamedTuple

import numpy as np


class Edit(NamedTuple):
    """Replace ``text[start:end]`` by ``replacement``; ``kind`` says what, ``rule`` why.

    A named tuple: the cleaner makes one per change, and a tuple is built several times
    faster than a frozen dataclass."""

    start: int
    end: int
    replacement: str
    kind: str
    rule: str = ""


@dataclass(frozen=True, slots=True, eq=False)
class OffsetMap:
    """For output character *i*, the raw span ``(starts[i], ends[i])`` it came from."""

    starts: np.ndarray
    ends: np.ndarray
    raw_length: int

    @classmethod
    def identity(cls, length: int) -> OffsetMap:
        """The map of a text to itself."""
        positions = np.arange(length, dtype=np.int64)
        return cls(positions, positions + 1, length)

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """The raw span behind the output span ``[start, end)``."""
        if not 0 <= start <= end <= len(self.starts):
            raise ValueError(f"span ({start}, {end}) outside text of length {len(self.starts)}")
        if start == end:
            point = int(self.starts[start]) if start < len(self.starts) else self.raw_length
            return point, point
        return int(self.starts[start]), int(self.ends[end - 1])

    def raw_spans(self, starts: Sequence[int], ends: Sequence[int]) -> tuple[list[int], list[int]]:
        """:meth:`raw_span` for many spans at once (lists of raw starts and raw ends)."""
        s = np.asarray(starts, dtype=np.int64)
        e = np.asarray(ends, dtype=np.int64)
        if len(s) and not (s.min() >= 0 and (s <= e).all() and e.max() <= len(self.starts)):
            raise ValueError("a span lies outside the text")
        points, raw_ends = self._spans(s, e)
        return points.tolist(), raw_ends.tolist()

    def then(self, local_starts: Sequence[int], local_ends: Sequence[int]) -> OffsetMap:
        """Compose with the next stage's map (spans over this map's output)."""
        points, ends = self._spans(
            np.asarray(local_starts, dtype=np.int64), np.asarray(local_ends, dtype=np.int64)
        )
        return OffsetMap(points, ends, self.raw_length)

    def _spans(self, s: np.ndarray, e: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """The raw spans behind the output spans ``[s, e)`` (arrays, within the text)."""
        size = len(self.starts)
        if not size:
            points = np.full(len(s), self.raw_length, dtype=np.int64)
            return points, points.copy()
        # An empty span is the point before character s, or the end of the raw text. take()
        # in "clip" mode is numpy's cheapest gather; the clipped positions are then replaced.
        points = self.starts.take(s, mode="clip")
        if len(e) and e.max() == size:
            points[s == size] = self.raw_length
        return points, np.where(s < e, self.ends.take(e - 1, mode="clip"), points)


def apply_edits(text: str, edits: Iterable[Edit]) -> tuple[str, np.ndarray, np.ndarray]:
    """Apply sorted, non-overlapping edits; return the new text and its local span map."""
    pieces: list[str] = []
    # The output as runs: (first input character, length, fixed end or -1 for a run that
    # maps one to one); the span arrays are then built in a few numpy calls, not per edit.
    sources: list[int] = []
    lengths: list[int] = []
    fixed_ends: list[int] = []
    cursor = 0
    for edit in edits:
        if edit.start < cursor or edit.end < edit.start:
            raise ValueError(f"overlapping or reversed edit {edit}")
        pieces.append(text[cursor : edit.start])
        pieces.append(edit.replacement)
        length = len(edit.replacement)
        sources += (cursor, edit.start)
        lengths += (edit.start - cursor, length)
        fixed_ends += (-1, -1 if edit.end - edit.start == length else edit.end)
        cursor = edit.end
    pieces.append(text[cursor:])
    sources.append(cursor)
    lengths.append(len(text) - cursor)
    fixed_ends.append(-1)
    return "".join(pieces), *_run_spans(sources, lengths, fixed_ends)


def _run_spans(
    sources: list[int], lengths: list[int], fixed_ends: list[int]
) -> tuple[np.ndarray, np.ndarray]:
    """Span arrays of output runs: a one-to-one run's k-th character comes from input
    character ``source + k``; every character of a fixed run from ``[source, fixed_end)``."""
    counts = np.asarray(lengths, dtype=np.int64)
    one_to_one = np.repeat(np.asarray(fixed_ends, dtype=np.int64) < 0, counts)
    within = np.arange(int(counts.sum()), dtype=np.int64) - np.repeat(
        np.cumsum(counts) - counts, counts
    )
    starts = np.repeat(np.asarray(sources, dtype=np.int64), counts) + within * one_to_one
    ends = np.where(
        one_to_one, starts + 1, np.repeat(np.asarray(fixed_ends, dtype=np.int64), counts)
    )
    return starts, ends
