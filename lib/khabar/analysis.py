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
from khabar.themes import Evidence, codebook, keyterms, tag_claims, tag_sentences


@dataclass(frozen=True, slots=True)
class Analysis:
    """The stages' results for one article; ``source`` names where the text came from."""

    source: str
    cleaned: Cleaned
    document: Document
    actors: tuple[Actor, ...]
    claims: tuple[Claim, ...]
    claim_evidence: dict[str, list[Evidence]]
    sentence_evidence: dict[int, list[Evidence]]

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
            "claims": [
                {
                    **claim.to_dict(),
                    "theme_evidence": [e.to_dict() for e in self.claim_evidence[claim.id]],
                }
                for claim in self.claims
            ],
            "themes": self.theme_summary(),
            "keyterms": [
                {"term": t, "log_odds": round(s, 3), "count": c}
                for t, s, c in keyterms(self.document)
            ],
        }

    def theme_summary(self) -> list[dict]:
        """Each codebook theme found: how many claims and sentences carry it, and its evidence."""
        summary = []
        for theme in codebook():
            claims = [c.id for c in self.claims if theme.id in c.themes]
            sentences = [
                i
                for i, ev in self.sentence_evidence.items()
                if any(e.theme == theme.id for e in ev)
            ]
            if claims or sentences:
                summary.append(
                    {
                        "id": theme.id,
                        "label_fa": theme.label_fa,
                        "label_en": theme.label_en,
                        "claims": len(claims),
                        "sentences": len(sentences),
                        "claim_ids": claims,
                    }
                )
        return summary


def analyze_text(raw: str, *, source: str = "<text>") -> Analysis:
    """Run every stage on a raw text."""
    cleaned = clean(raw)
    document = segment(cleaned)
    actors = tuple(extract_actors(document))
    claims = tuple(extract_claims(document, actors))
    evidence = tag_claims(document, claims)
    return Analysis(source, cleaned, document, actors, claims, evidence, tag_sentences(document))


def analyze(path: str | Path) -> Analysis:
    """Read an article file and run every stage on it."""
    return analyze_text(read_text(path), source=str(path))
