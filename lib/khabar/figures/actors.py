"""Figures of notebook 02 (actors)."""

from __future__ import annotations

import numpy as np
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from khabar.figures.style import actor_labels, empty_figure, use_style, words

KIND_COLOURS = {
    "title": "#3b6ea8",
    "name": "#e07b39",
    "surname": "#7aa95c",
    "pronoun": "#b05aa6",
    "collective": "#8c8c8c",
    "demonstrative": "#c9b037",
    "nominal": "#4fa3a5",
}
MAX_PARAGRAPH_TICKS = 20  # beyond this many paragraphs, matplotlib's own integer ticks
OTHER_KIND_COLOUR = "#555555"  # a kind this figure does not know yet still shows, in grey
_NOT_KINDS = frozenset({"actor", "actor_name", "actor_name_en", "total"})


def mentions_by_kind(kinds: pd.DataFrame, *, lang: str = "fa", top: int = 15) -> Figure:
    """Stacked bars: how each actor is referred to (title, name, surname, pronoun, ...).

    *kinds* is :func:`khabar.tables.mention_kinds`: one row per actor, a column per kind,
    most mentioned first; the *top* first are drawn.
    """
    kinds = kinds.head(top)
    found = [c for c in kinds.columns if c not in _NOT_KINDS]
    present = [k for k in KIND_COLOURS if k in found] + sorted(set(found) - set(KIND_COLOURS))
    if kinds.empty or not present:
        return empty_figure("mentions.title", "empty.mentions", lang=lang)
    use_style()
    ordered = kinds.iloc[::-1]
    fig = Figure(figsize=(7.5, 0.55 * len(ordered) + 1.6))
    ax = fig.subplots()
    left = np.zeros(len(ordered))
    for kind in present:
        values = ordered[kind].to_numpy()
        ax.barh(
            range(len(ordered)),
            values,
            left=left,
            color=KIND_COLOURS.get(kind, OTHER_KIND_COLOUR),
            label=words(f"mention.{kind}", lang=lang, default=kind),
        )
        left += values
    names = list(
        zip(ordered["actor"], ordered["actor_name"], ordered["actor_name_en"], strict=True)
    )
    ax.set_yticks(range(len(ordered)), actor_labels(names, lang=lang))
    ax.set_xlabel(words("mentions.xlabel", lang=lang))
    ax.set_title(words("mentions.title", lang=lang))
    ax.xaxis.get_major_locator().set_params(integer=True)
    ax.legend(loc="lower right", fontsize=8, frameon=False)
    return fig


def actors_by_paragraph(mention_table: pd.DataFrame, *, lang: str = "fa", top: int = 12) -> Figure:
    """Dots: in which paragraph each actor is mentioned, and how often (dot size).

    *mention_table* is :func:`khabar.tables.mentions`; the *top* most mentioned actors.
    """
    if mention_table.empty:
        return empty_figure("paragraphs.title", "empty.actors", lang=lang)
    use_style()
    totals = mention_table.groupby(["actor", "name", "name_en"]).size().sort_values(ascending=False)
    chosen = list(totals.index[:top])
    fig = Figure(figsize=(8, 0.45 * len(chosen) + 1.6))
    ax = fig.subplots()
    paragraphs = sorted(mention_table["paragraph"].unique())
    for row, (actor_id, _, _) in enumerate(chosen):
        counts = mention_table[mention_table["actor"] == actor_id].groupby("paragraph").size()
        ax.scatter(
            counts.index,
            [row] * len(counts),
            s=60 * counts.to_numpy(),
            color="#3b6ea8",
            alpha=0.8,
            linewidths=0,
        )
    ax.set_yticks(range(len(chosen)), actor_labels(chosen, lang=lang))
    ax.set_ylim(len(chosen) - 0.5, -0.5)
    if len(paragraphs) <= MAX_PARAGRAPH_TICKS:
        ax.set_xticks(paragraphs)
    else:
        ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_xlabel(words("paragraphs.xlabel", lang=lang))
    ax.set_title(words("paragraphs.title", lang=lang))
    ax.grid(axis="x", color="#dddddd", linewidth=0.6)
    ax.set_axisbelow(True)
    return fig
