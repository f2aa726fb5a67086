"""Figures: one function per figure, each taking tidy data and returning a Figure.

Save every figure with :func:`save`, which writes PNG, SVG and PDF deterministically.
"""

from khabar.figures.actors import actors_by_paragraph, mentions_by_kind
from khabar.figures.claims import claim_kinds_by_speaker, claims_by_speaker
from khabar.figures.cleaning import changes_by_kind
from khabar.figures.style import (
    FIGURES_DIR,
    LANGUAGES,
    label,
    publish,
    save,
    shapes_arabic_natively,
    use_style,
)
from khabar.figures.themes import keyterms, network, theme_frequencies, themes_by_speaker
from khabar.figures.topics import topic_profile, topics_by_speaker

__all__ = [
    "FIGURES_DIR",
    "LANGUAGES",
    "actors_by_paragraph",
    "changes_by_kind",
    "claim_kinds_by_speaker",
    "claims_by_speaker",
    "keyterms",
    "label",
    "mentions_by_kind",
    "network",
    "publish",
    "save",
    "shapes_arabic_natively",
    "theme_frequencies",
    "themes_by_speaker",
    "topic_profile",
    "topics_by_speaker",
    "use_style",
]
