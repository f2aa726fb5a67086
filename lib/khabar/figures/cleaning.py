"""Figures of notebook 01 (cleaning)."""

from __future__ import annotations

import pandas as pd
from matplotlib.figure import Figure

from khabar.figures.style import label, use_style


def changes_by_kind(counts: pd.DataFrame) -> Figure:
    """Horizontal bars: how many changes of each kind (and ZWNJ rule) the cleaner made.

    *counts* has columns ``label_fa``, ``label_en`` and ``changes``
    (:func:`khabar.tables.change_counts`).
    """
    use_style()
    ordered = counts.sort_values("changes")
    fig = Figure(figsize=(7, 0.45 * len(ordered) + 1.2))
    ax = fig.subplots()
    bars = ax.barh(range(len(ordered)), ordered["changes"], color="#3b6ea8")
    ax.bar_label(bars, padding=3)
    ax.set_yticks(
        range(len(ordered)),
        [
            label(f"{fa} ({en})")
            for fa, en in zip(ordered["label_fa"], ordered["label_en"], strict=True)
        ],
    )
    ax.set_xlabel(label("تعداد تغییرها (number of changes)"))
    ax.set_title(label("تغییرهای پاک‌سازی متن خام بر حسب نوع و قاعده"))
    ax.margins(x=0.12)
    return fig
