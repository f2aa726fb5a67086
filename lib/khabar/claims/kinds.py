"""A claim's kind and the modality markers in its content.

Kinds, in order of precedence: request (a request construction), then the kind the verb or
source phrase implies (``cues.tsv``: warning, threat, promise, denial, criticism, allegation,
proposal, prediction, question, concern, ...), then the markers of the content
(``markers.tsv``: hope, offer, plan, normative), then assessment (an object construction: X
judged Y), then the verb's weaker kinds (opinion, position), then position (a first-person
plural verb: the speaker's side states where it stands), then factual.
"""

from __future__ import annotations

from functools import cache

from khabar.claims.cues import lookup
from khabar.lexicon import read_table

# Kinds a verb implies that no marker of the content overrides.
STRONG_KINDS = (
    "request",
    "proposal",
    "warning",
    "threat",
    "promise",
    "denial",
    "criticism",
    "allegation",
    "question",
    "prediction",
    "concern",
    "hope",
    "offer",
)
MARKER_KINDS = ("hope", "offer", "plan", "normative")
KIND_ORDER = (*STRONG_KINDS, "plan", "normative", "assessment", "opinion", "position", "factual")


@cache
def markers() -> dict[tuple[str, ...], tuple[str, str]]:
    return {
        tuple(r["form"].split()): (r["marker"], r["kind"])
        for r in read_table("lexicons", "claims", "markers.tsv")
    }


def classify(words: list[str], *, construction: str, implied: str) -> tuple[list[str], str]:
    """Markers found in the content *words*, and the claim's kind (module docstring)."""
    found: dict[str, str] = {}
    table = lookup(markers())
    after = 0
    for i in table.starts(words):
        match = table.match(words, i) if i >= after else None
        if match:
            marker, kind = match[1]
            found.setdefault(marker, kind)
            after = i + match[0]
    marker_names = list(found)
    kinds = set(found.values())
    if construction == "request":
        return marker_names, "request"
    if implied in STRONG_KINDS:
        return marker_names, implied
    for kind in MARKER_KINDS:
        if kind in kinds:
            return marker_names, kind
    if construction == "object" or implied == "assessment":
        return marker_names, "assessment"
    if implied:
        return marker_names, implied
    if any(w.endswith("یم") and len(w) > 3 for w in words):
        return marker_names, "position"
    return marker_names, "factual"
