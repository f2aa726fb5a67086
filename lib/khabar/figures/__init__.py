"""Figures: one function per figure, each taking tidy data and returning a Figure.

Save every figure with :func:`save`, which writes PNG, SVG and PDF deterministically.
"""

from khabar.figures.cleaning import changes_by_kind
from khabar.figures.style import FIGURES_DIR, label, save, shapes_arabic_natively, use_style

__all__ = [
    "FIGURES_DIR",
    "changes_by_kind",
    "label",
    "save",
    "shapes_arabic_natively",
    "use_style",
]
