"""The article's key findings as a small table, computed from an analysis (never typed in).

Notebook 00 shows it; each row names the notebook that explains the number.
"""

from __future__ import annotations

from collections import Counter

import pandas as pd

from khabar.analysis import Analysis
from khabar.themes import codebook

FINDING_COLUMNS = ["finding", "value", "notebook"]


def key_findings(analysis: Analysis) -> pd.DataFrame:
    """Rows of (finding, value, notebook): size, cleaning, actors, claims, themes."""
    document, actors, claims = analysis.document, analysis.actors, analysis.claims
    names = {a.id: a.name_en or a.name for a in actors}
    changes = analysis.cleaned.changes
    rows = [
        (
            "paragraphs / sentences / words",
            " / ".join(
                str(n)
                for n in (
                    len(document.paragraphs),
                    len(document.sentences),
                    sum(t.is_word for t in document.tokens),
                )
            ),
            "01",
        ),
        (
            "changes made by the cleaner (ZWNJ restorations)",
            f"{len(changes)} ({sum(c.kind.startswith('zwnj') for c in changes)})",
            "01",
        ),
        ("actors by type", _counts(a.type for a in actors), "02"),
    ]
    people = sorted((a for a in actors if a.type == "person"), key=lambda a: -len(a.mentions))
    rows += [
        (f"mentions of {names[a.id]}", _counts(m.kind for m in a.mentions), "02")
        for a in people[:3]
    ]
    rows.append(
        (
            "claims (direct, indirect)",
            f"{len(claims)} ({_count(claims, 'direct')}, {_count(claims, 'indirect')})",
            "03",
        )
    )
    rows += [
        (
            f"claims by {names.get(speaker, speaker)}",
            _counts(c.kind for c in claims if c.speaker == speaker),
            "03",
        )
        for speaker, _ in Counter(c.speaker for c in claims if c.speaker).most_common()
    ]
    requests = [c for c in claims if c.kind == "request"]
    rows.append(
        (
            "requests (speaker → addressee)",
            "; ".join(
                f"{names.get(c.speaker, c.speaker_text)} → {names.get(c.addressee, '?')}"
                for c in requests
            )
            or "none",
            "03",
        )
    )
    labels = {t.id: t.label_en for t in codebook()}
    themes = Counter(t for c in claims for t in c.themes)
    rows.append(
        (
            "most frequent themes (claims)",
            ", ".join(f"{labels[t]} ({n})" for t, n in themes.most_common(4)) or "none",
            "04",
        )
    )
    speakers_per_theme = {
        t: {c.speaker for c in claims if t in c.themes and c.speaker} for t in themes
    }
    shared = [labels[t] for t, speakers in speakers_per_theme.items() if len(speakers) > 1]
    rows.append(("themes raised by more than one speaker", ", ".join(shared) or "none", "05"))
    return pd.DataFrame(rows, columns=FINDING_COLUMNS)


def _counts(values) -> str:
    """ "a 3, b 1" for the values' counts, most common first."""
    return ", ".join(f"{value} {count}" for value, count in Counter(values).most_common())


def _count(claims, mode: str) -> int:
    return sum(c.mode == mode for c in claims)
