"""Figures of notebook 03 (claims)."""

from __future__ import annotations

import numpy as np
import pandas as pd
from matplotlib.figure import Figure

from khabar.figures.style import empty_figure, heatmap, text, use_style, words

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


def speaker_labels(claims: pd.DataFrame, *, lang: str) -> pd.Series:
    """Each claim's speaker as drawn (:func:`khabar.tables.claims`' ``speaker_label*``)."""
    column = "speaker_label" if lang == "fa" else "speaker_label_en"
    return claims[column].map(lambda name: text(name, name, lang=lang))


def _top_speakers(labels: pd.Series, top: int) -> list[str]:
    """The *top* speakers with the most claims, most first (ties in order of first claim)."""
    counts = labels.value_counts(sort=False)
    first = {label: k for k, label in reversed(list(enumerate(labels)))}
    return sorted(counts.index, key=lambda s: (-counts[s], first[s]))[:top]


def claims_by_speaker(claims: pd.DataFrame, *, lang: str = "fa", top: int = 15) -> Figure:
    """Two panels: claims and words per speaker, direct against indirect; the *top* speakers
    with the most claims. *claims* is :func:`khabar.tables.claims`."""
    if claims.empty:
        return empty_figure("speakers.title", "empty.claims", lang=lang)
    use_style()
    labels = speaker_labels(claims, lang=lang)
    speakers = _top_speakers(labels, top)
    height = 0.55 * len(speakers) + 1.9
    fig = Figure(figsize=(9, height))
    # Room in inches for the title above and for tick labels, axis label and legend below.
    fig.subplots_adjust(top=1 - 0.55 / height, bottom=1.1 / height, wspace=0.08)
    axes = fig.subplots(1, 2, sharey=True)
    for ax, (value, title) in zip(
        axes, (("id", "speakers.claims"), ("words", "speakers.words")), strict=True
    ):
        left = np.zeros(len(speakers))
        for mode, colour in MODE_COLOURS.items():
            if not (claims["mode"] == mode).any():
                continue  # no empty bars, no legend entry for a mode the article lacks
            rows = claims[claims["mode"] == mode].groupby(labels[claims["mode"] == mode])
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
        ax.xaxis.get_major_locator().set_params(integer=True)
    axes[0].set_yticks(range(len(speakers)), speakers)
    axes[0].invert_yaxis()
    fig.legend(
        *axes[0].get_legend_handles_labels(),
        loc="lower center",
        bbox_to_anchor=(0.5, 0.0),
        ncol=2,
        frameon=False,
        fontsize=8,
    )
    fig.suptitle(words("speakers.title", lang=lang), y=1 - 0.12 / height)
    return fig


def claim_kinds_by_speaker(claims: pd.DataFrame, *, lang: str = "fa", top: int = 15) -> Figure:
    """Grid: how many claims of each kind (request, offer, hope, ...) each of the *top*
    speakers makes."""
    if claims.empty:
        return empty_figure("kinds.title", "empty.claims", lang=lang)
    use_style()
    labels = speaker_labels(claims, lang=lang)
    counts = pd.crosstab(labels, claims["kind"]).loc[_top_speakers(labels, top)]
    kinds = [k for k in CLAIM_KINDS if k in counts.columns]
    kinds += sorted(set(counts.columns) - set(kinds))
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
    ax.set_xticks(
        range(len(kinds)), [words(f"kind.{k}", lang=lang, default=k) for k in kinds], fontsize=8
    )
    ax.set_yticks(range(len(counts)), list(counts.index))
    ax.set_title(words("kinds.title", lang=lang))
    for spine in ax.spines.values():
        spine.set_visible(False)
    return fig
