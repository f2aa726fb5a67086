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

import numpy as np


@dataclass(frozen=True, slots=True)
class Edit:
    """Replace ``text[start:end]`` by ``replacement``; ``kind`` says what, ``rule`` why."""

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
        points = np.append(self.starts, self.raw_length)[s]
        if not len(self.ends):
            return points.tolist(), points.tolist()
        last = np.clip(e - 1, 0, len(self.ends) - 1)
        return points.tolist(), np.where(s < e, self.ends[last], points).tolist()

    def then(self, local_starts: Sequence[int], local_ends: Sequence[int]) -> OffsetMap:
        """Compose with the next stage's map (spans over this map's output)."""
        s = np.asarray(local_starts, dtype=np.int64)
        e = np.asarray(local_ends, dtype=np.int64)
        # An empty span is the point before character s (or the end of the raw text).
        padded_starts = np.append(self.starts, self.raw_length)
        points = padded_starts[s]
        if not len(self.ends):
            return OffsetMap(points, points.copy(), self.raw_length)
        last = np.clip(e - 1, 0, len(self.ends) - 1)
        ends = np.where(s < e, self.ends[last], points)
        return OffsetMap(points, ends, self.raw_length)


def apply_edits(text: str, edits: Iterable[Edit]) -> tuple[str, np.ndarray, np.ndarray]:
    """Apply sorted, non-overlapping edits; return the new text and its local span map."""
    pieces: list[str] = []
    starts: list[np.ndarray] = []
    ends: list[np.ndarray] = []
    cursor = 0
    for edit in edits:
        if edit.start < cursor or edit.end < edit.start:
            raise ValueError(f"overlapping or reversed edit {edit}")
        pieces.append(text[cursor : edit.start])
        pieces.append(edit.replacement)
        kept = np.arange(cursor, edit.start)
        width, length = edit.end - edit.start, len(edit.replacement)
        if width == length:
            changed = np.arange(edit.start, edit.end)
            starts += [kept, changed]
            ends += [kept + 1, changed + 1]
        else:
            starts += [kept, np.full(length, edit.start)]
            ends += [kept + 1, np.full(length, edit.end)]
        cursor = edit.end
    pieces.append(text[cursor:])
    kept = np.arange(cursor, len(text))
    starts.append(kept)
    ends.append(kept + 1)
    return "".join(pieces), np.concatenate(starts), np.concatenate(ends)
