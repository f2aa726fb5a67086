"""Figures of notebook 03 (claims)."""

from __future__ import annotations

import numpy as np
import pandas as pd
from matplotlib.figure import Figure

from khabar.figures.style import heatmap, text, use_style, words

MODE_COLOURS = {"direct": "#3b6ea8", "indirect": "#e07b39"}
CLAIM_KINDS = (
    "assessment",
    "position",
    "request",
    "proposal",
    "offer",
    "plan",
    "hope",
    "normative",
    "factual",
)


def claims_by_speaker(claims: pd.DataFrame, *, lang: str = "fa") -> Figure:
    """Two panels: claims and words per speaker, direct against indirect.

    *claims* is :func:`khabar.tables.claims`.
    """
    use_style()
    speakers = list(claims["speaker_name"].value_counts().index)
    english = dict(zip(claims["speaker_name"], claims["speaker_name_en"], strict=True))
    fig = Figure(figsize=(9, 0.7 * len(speakers) + 2))
    axes = fig.subplots(1, 2, sharey=True)
    for ax, (value, title) in zip(
        axes, (("id", "speakers.claims"), ("words", "speakers.words")), strict=True
    ):
        left = np.zeros(len(speakers))
        for mode, colour in MODE_COLOURS.items():
            rows = claims[claims["mode"] == mode].groupby("speaker_name")
            counts = rows[value].count() if value == "id" else rows[value].sum()
            values = np.array([counts.get(s, 0) for s in speakers])
            ax.barh(
                range(len(speakers)),
                values,
                left=left,
                color=colour,
                label=words(f"mode.{mode}", lang=lang),
            )
            left += values
        ax.set_xlabel(words(title, lang=lang))
    axes[0].set_yticks(
        range(len(speakers)), [text(s, english.get(s) or s, lang=lang) for s in speakers]
    )
    axes[0].invert_yaxis()
    axes[1].legend(
        frameon=False, fontsize=8, loc="upper center", bbox_to_anchor=(0.5, -0.28), ncol=2
    )
    fig.suptitle(words("speakers.title", lang=lang))
    return fig


def claim_kinds_by_speaker(claims: pd.DataFrame, *, lang: str = "fa") -> Figure:
    """Grid: how many claims of each kind (request, offer, hope, ...) each speaker makes."""
    use_style()
    counts = pd.crosstab(claims["speaker_name"], claims["kind"])
    english = dict(zip(claims["speaker_name"], claims["speaker_name_en"], strict=True))
    kinds = [k for k in CLAIM_KINDS if k in counts.columns]
    counts = counts[kinds]
    fig = Figure(figsize=(1.0 * len(kinds) + 3, 0.8 * len(counts) + 1.8))
    ax = fig.subplots()
    heatmap(ax, counts.to_numpy(), cmap="Blues")
    for (row, column), value in np.ndenumerate(counts.to_numpy()):
        if value:
            ax.text(
                column,
                row,
                str(value),
                ha="center",
                va="center",
                color="white" if value > counts.to_numpy().max() / 2 else "black",
            )
    ax.set_xticks(range(len(kinds)), [words(f"kind.{k}", lang=lang) for k in kinds], fontsize=8)
    ax.set_yticks(
        range(len(counts)), [text(s, english.get(s) or s, lang=lang) for s in counts.index]
    )
    ax.set_title(words("kinds.title", lang=lang))
    for spine in ax.spines.values():
        spine.set_visible(False)
    return fig
