"""Figures of notebook 01 (cleaning)."""

from __future__ import annotations

import pandas as pd
from matplotlib.figure import Figure

from khabar.figures.style import empty_figure, labelled_bars


def changes_by_kind(counts: pd.DataFrame, *, lang: str = "fa") -> Figure:
    """Horizontal bars: how many changes of each kind (and ZWNJ rule) the cleaner made.

    *counts* has columns ``label_fa``, ``label_en`` and ``changes``
    (:func:`khabar.tables.change_counts`).
    """
    if counts.empty:
        return empty_figure("changes.title", "empty.changes", lang=lang)
    return labelled_bars(
        list(counts["changes"]),
        list(counts["label_fa"]),
        list(counts["label_en"]),
        lang=lang,
        xlabel="changes.xlabel",
        title="changes.title",
    )
