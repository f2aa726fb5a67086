"""Figures of notebooks 04 (themes) and 05 (networks)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pandas as pd
from matplotlib.figure import Figure

from khabar.figures.style import (
    FONT_FAMILY,
    empty_figure,
    heatmap,
    label_shares,
    labelled_bars,
    text,
    use_style,
    words,
)
from khabar.labels import scheme_title

if TYPE_CHECKING:
    import networkx as nx

ACTOR_COLOUR, THEME_COLOUR = "#3b6ea8", "#e07b39"


def theme_frequencies(counts: pd.DataFrame, *, lang: str = "fa") -> Figure:
    """Bars: claims carrying each theme. *counts* is :func:`khabar.tables.theme_counts`."""
    counts = counts[counts["claims"] > 0]
    if counts.empty:
        return empty_figure("themes.title", "empty.themes", lang=lang)
    return labelled_bars(
        list(counts["claims"]),
        list(counts["label_fa"]),
        list(counts["label_en"]),
        lang=lang,
        xlabel="themes.xlabel",
        title="themes.title",
    )


def themes_by_speaker(theme_shares: pd.DataFrame, *, lang: str = "fa") -> Figure:
    """Heatmap: share of each speaker's claims carrying each theme.

    *theme_shares* is :func:`khabar.tables.theme_shares` (one row per speaker and theme).
    """
    if theme_shares.empty:
        return empty_figure("theme_shares.title", "empty.themes", lang=lang)
    from khabar.themes import codebook  # loads the lexicons: only when drawn

    use_style()
    names = "speaker_name" if lang == "fa" else "speaker_name_en"
    labels = dict(zip(theme_shares["theme"], theme_shares[f"label_{lang}"], strict=True))
    shares = theme_shares.pivot_table(index=names, columns="theme", values="share", fill_value=0)
    shares = shares.loc[
        list(dict.fromkeys(theme_shares[names])),
        [t.id for t in codebook() if t.id in shares.columns],
    ]
    values = shares.to_numpy()
    fig = Figure(figsize=(0.75 * shares.shape[1] + 3, 0.9 * shares.shape[0] + 2.6))
    ax = fig.subplots()
    heatmap(ax, values, cmap="Oranges", vmax=1)
    label_shares(ax, values)
    ax.set_xticks(
        range(shares.shape[1]),
        [text(labels[t], labels[t], lang=lang) for t in shares.columns],
        rotation=60,
        ha="right",
        fontsize=8,
    )
    ax.set_yticks(range(shares.shape[0]), [text(s, s, lang=lang) for s in shares.index])
    ax.set_title(words("theme_shares.title", lang=lang))
    for spine in ax.spines.values():
        spine.set_visible(False)
    return fig


def keyterms(terms: pd.DataFrame, *, lang: str = "fa") -> Figure:
    """Bars: the article's keyterms by log-odds z-score against the background corpus.

    The terms are Persian lemmas in both languages (no glossary translates them); the
    English figure translates the titles.
    """
    if terms.empty:
        return empty_figure("keyterms.title", "empty.keyterms", lang=lang)
    use_style()
    ordered = terms.iloc[::-1]
    fig = Figure(figsize=(6.5, 0.38 * len(ordered) + 1.4))
    ax = fig.subplots()
    ax.barh(range(len(ordered)), ordered["z"], color=THEME_COLOUR)
    ax.set_yticks(range(len(ordered)), [text(t, t, lang="fa") for t in ordered["term"]])
    ax.set_xlabel(words("keyterms.xlabel", lang=lang))
    ax.set_title(words("keyterms.title", lang=lang))
    return fig


def network(
    graph: nx.Graph, *, title: str, lang: str = "fa", kinds_on_edges: bool = False
) -> Figure:
    """A network drawing: actors in blue, themes in orange, edge width by weight, and with
    *kinds_on_edges* the claim kinds written on the edges. *title* is a label key
    (``data/figures/labels.tsv``); node labels are the nodes' ``label`` / ``label_en``.

    Two columns, as Persian reads from the right: actors right and themes left for a
    two-mode graph; speakers right and the actors they address or mention left otherwise.
    Labels sit beside their nodes, outside the columns, so they never overlap each other.
    A graph without edges has the empty state (label key ``empty.<title>``).
    """
    heading = scheme_title(title, graph.graph.get("scheme"))
    if not graph.number_of_edges():
        return empty_figure(heading, f"empty.{title}", lang=lang)
    import networkx as nx  # here: the corpus notebooks import the figures and never draw this

    use_style()
    modes = nx.get_node_attributes(graph, "mode")
    if graph.is_directed():  # speakers right (Persian reads from there), those they address left
        right = sorted((n for n in graph if graph.out_degree(n)), key=str)
        left = sorted((n for n in graph if not graph.out_degree(n)), key=str)
    else:  # two-mode: actors right, themes left
        left = sorted((n for n in graph if modes.get(n) == "theme"), key=str)
        right = sorted((n for n in graph if modes.get(n) != "theme"), key=str)
    position = {n: (1.0, _row(i, len(right))) for i, n in enumerate(right)}
    position |= {n: (0.0, _row(i, len(left))) for i, n in enumerate(left)}
    fig = Figure(figsize=(8, max(4.5, 0.5 * max(len(left), len(right)) + 1.5)))
    ax = fig.subplots()
    weights = [data.get("weight", 1) for _, _, data in graph.edges(data=True)]
    arrows = {"arrows": True, "arrowsize": 14} if graph.is_directed() else {"arrows": False}
    nx.draw_networkx_edges(
        graph,
        position,
        ax=ax,
        width=[0.8 + 0.8 * w for w in weights],
        edge_color="#999999",
        alpha=0.7,
        node_size=300,
        **arrows,
    )
    colours = [THEME_COLOUR if modes.get(n) == "theme" else ACTOR_COLOUR for n in graph]
    nx.draw_networkx_nodes(graph, position, ax=ax, node_color=colours, node_size=300)
    for node, (x, y) in position.items():
        right = node in position and position[node][0] == 1.0
        ax.annotate(
            text(graph.nodes[node]["label"], graph.nodes[node]["label_en"], lang=lang),
            (x, y),
            xytext=(12 if right else -12, 0),
            textcoords="offset points",
            ha="left" if right else "right",
            va="center",
            fontsize=9,
        )
    if kinds_on_edges:
        kinds = {
            (u, v): ("، " if lang == "fa" else ", ").join(
                words(f"kind.{k}", lang=lang) for k in data["kinds"].split(";")
            )
            for u, v, data in graph.edges(data=True)
        }
        nx.draw_networkx_edge_labels(
            graph,
            position,
            edge_labels=kinds,
            ax=ax,
            font_size=8,
            rotate=False,
            label_pos=0.5,
            font_family=FONT_FAMILY,
            font_color="#7a3b00",
            bbox={"facecolor": "white", "edgecolor": "none", "pad": 0.5},
        )
    ax.set_title(text(*heading, lang=lang))
    ax.margins(x=0.45, y=0.08)
    ax.set_axis_off()
    return fig


def _row(index: int, count: int) -> float:
    """Vertical position of the index-th of count nodes in a column (top to bottom)."""
    return -index / (count - 1) if count > 1 else -0.5
