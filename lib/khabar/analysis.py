"""One article's analysis: every stage run once, results kept together."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from khabar.actors import Actor, extract_actors
from khabar.claims import Claim, extract_claims
from khabar.clean import Cleaned, clean
from khabar.io import read_text
from khabar.segment import Document, segment


@dataclass(frozen=True, slots=True)
class Analysis:
    """The stages' results for one article; ``source`` names where the text came from."""

    source: str
    cleaned: Cleaned
    document: Document
    actors: tuple[Actor, ...]
    claims: tuple[Claim, ...]

    @property
    def raw(self) -> str:
        return self.cleaned.raw

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.raw.encode("utf-8")).hexdigest()

    def to_dict(self) -> dict:
        """The JSON shape of ``khabar extract``: offsets are code points of the raw text."""
        return {
            "source": self.source,
            "sha256": self.sha256,
            "characters": len(self.raw),
            "actors": [actor.to_dict() for actor in self.actors],
            "claims": [claim.to_dict() for claim in self.claims],
        }


def analyze_text(raw: str, *, source: str = "<text>") -> Analysis:
    """Run every stage on a raw text."""
    cleaned = clean(raw)
    document = segment(cleaned)
    actors = tuple(extract_actors(document))
    return Analysis(source, cleaned, document, actors, tuple(extract_claims(document, actors)))


def analyze(path: str | Path) -> Analysis:
    """Read an article file and run every stage on it."""
    return analyze_text(read_text(path), source=str(path))
