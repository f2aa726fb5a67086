"""Figures of the corpus notebooks (``notebooks/corpus/``): one function each, tidy data in,
a Figure out, the empty state (:func:`~khabar.figures.style.empty_figure`) for no data."""

from __future__ import annotations

import numpy as np
import pandas as pd
from matplotlib.collections import LineCollection
from matplotlib.figure import Figure
from matplotlib.lines import Line2D

from khabar.corpus_network import Network
from khabar.figures.style import (
    FONT_FAMILY,
    cell_labels,
    empty_figure,
    heatmap,
    labelled_bars,
    text,
    use_style,
    words,
)

BAR_COLOUR = "#3b6ea8"
TYPE_COLOURS = {"person": "#3b6ea8", "organization": "#e07b39", "country": "#5a9e4b"}
NETWORK_NODES = 30  # nodes drawn (the GraphML holds them all)
MAX_TICKS = 24  # period ticks written beyond this many are thinned


def articles_over_time(counts: pd.DataFrame, *, lang: str = "fa", calendar: str = "") -> Figure:
    """Bars: articles per month (or year), gaps as empty months. *counts* is
    :func:`khabar.corpus_stats.articles_over_time`; *calendar* names the calendar the
    periods are counted in ("jalali", "gregorian")."""
    if counts.empty:
        return empty_figure("corpus_time.title", "empty.corpus_dates", lang=lang)
    use_style()
    fig = Figure(figsize=(max(5.5, 0.32 * len(counts) + 2.5), 3.6))
    ax = fig.subplots()
    positions = np.arange(len(counts))
    ax.bar(positions, counts["articles"], color=BAR_COLOUR)
    step = max(1, -(-len(counts) // MAX_TICKS))
    ax.set_xticks(positions[::step], list(counts["period"])[::step], rotation=60, fontsize=8)
    unit = "year" if len(str(counts["period"].iloc[0])) == 4 else "month"
    ax.set_xlabel(words(f"corpus_time.{unit}.{calendar or 'gregorian'}", lang=lang))
    ax.set_ylabel(words("corpus.articles", lang=lang))
    ax.yaxis.get_major_locator().set_params(integer=True)
    ax.set_title(words("corpus_time.title", lang=lang))
    return fig


def articles_by_outlet(counts: pd.DataFrame, *, lang: str = "fa") -> Figure:
    """Bars: articles per outlet (:func:`khabar.corpus_stats.articles_by_outlet`)."""
    if counts.empty:
        return empty_figure("corpus_outlets.title", "empty.corpus_outlets", lang=lang)
    names = list(counts["outlet"])
    return labelled_bars(
        list(counts["articles"]),
        names,
        names,
        lang=lang,
        xlabel="corpus.articles",
        title="corpus_outlets.title",
    )


def article_sizes(articles: pd.DataFrame, *, lang: str = "fa") -> Figure:
    """Histogram: words per article (the articles khabar read)."""
    read = articles[articles["error"] == ""] if "error" in articles.columns else articles
    if read.empty:
        return empty_figure("corpus_sizes.title", "empty.corpus_articles", lang=lang)
    use_style()
    values = pd.to_numeric(read["words"]).to_numpy()
    fig = Figure(figsize=(6.5, 3.4))
    ax = fig.subplots()
    bins = min(30, max(1, len(np.unique(values))))
    ax.hist(values, bins=bins, color=BAR_COLOUR, edgecolor="white", linewidth=0.5)
    ax.set_xlabel(words("corpus_sizes.xlabel", lang=lang))
    ax.set_ylabel(words("corpus.articles", lang=lang))
    ax.yaxis.get_major_locator().set_params(integer=True)
    ax.set_title(words("corpus_sizes.title", lang=lang))
    return fig


def actor_bars(actors: pd.DataFrame, *, lang: str = "fa", value: str = "articles") -> Figure:
    """Bars: the actors across articles of :func:`khabar.corpus_stats.top_actors` by the
    articles they appear in (``value="articles"``), or of
    :func:`~khabar.corpus_stats.most_quoted` by their claims (``value="claims"``)."""
    title = f"corpus_actors.{value}.title"
    if actors.empty:
        empty = "empty.corpus_articles_actors" if value == "articles" else "empty.corpus_claims"
        return empty_figure(title, empty, lang=lang)
    return labelled_bars(
        [int(v) for v in actors[value]],
        list(actors["name"]),
        list(actors["name_en"]),
        lang=lang,
        xlabel=f"corpus_actors.{value}.xlabel",
        title=title,
    )


def speaker_codes(shares: pd.DataFrame, *, lang: str = "fa", scheme: str = "themes") -> Figure:
    """Heatmap: the share of each speaker's claims raising each code of *scheme*, and in
    brackets the articles in which they raise it (:func:`khabar.corpus_stats.speaker_codes`)."""
    title = f"corpus_speakers.{scheme}.title"
    if shares.empty:
        return empty_figure(title, f"empty.corpus_speakers.{scheme}", lang=lang)
    use_style()
    speakers = list(dict.fromkeys(zip(shares["name"], shares["name_en"], strict=True)))
    codes = list(dict.fromkeys(zip(shares["label_fa"], shares["label_en"], strict=True)))
    grid = np.zeros((len(speakers), len(codes)))
    articles = np.zeros_like(grid, dtype=int)
    for row in shares.itertuples():
        at = speakers.index((row.name, row.name_en)), codes.index((row.label_fa, row.label_en))
        grid[at], articles[at] = row.share, row.articles
    fig = Figure(figsize=(0.8 * len(codes) + 3.2, 0.55 * len(speakers) + 2.6))
    ax = fig.subplots()
    heatmap(ax, grid, cmap="Oranges", vmax=1)
    cells = [
        (r, c, f"{share:.0%}\n({articles[r, c]})", "white" if share > 0.5 else "black")
        for (r, c), share in np.ndenumerate(grid)
        if share
    ]
    cell_labels(ax, cells, fontsize=7)
    ax.set_xticks(
        range(len(codes)),
        [text(fa, en, lang=lang) for fa, en in codes],
        rotation=60,
        ha="right",
        fontsize=8,
    )
    ax.set_yticks(range(len(speakers)), [text(fa, en, lang=lang) for fa, en in speakers])
    ax.set_title(words(title, lang=lang))
    for spine in ax.spines.values():
        spine.set_visible(False)
    return fig


def grid(
    table: pd.DataFrame, *, lang: str = "fa", title: str, empty: str, percent: bool = False
) -> Figure:
    """Heatmap of a table whose rows are named (Persian, English) and whose columns are
    periods or outlets (:func:`khabar.corpus_stats.code_grid`, ``speaker_grid``): shares
    written as percentages with *percent*, else counts. *title* and *empty* are label keys."""
    if table.empty or not table.shape[1]:
        return empty_figure(title, empty, lang=lang)
    use_style()
    values = table.to_numpy(dtype=float)
    fig = Figure(figsize=(0.62 * values.shape[1] + 3.4, 0.5 * values.shape[0] + 2.4))
    ax = fig.subplots()
    heatmap(ax, values, cmap="Blues", vmax=1 if percent else None)
    dark = 0.5 if percent else (values.max() or 1) / 2
    cells = [
        (r, c, f"{value:.0%}" if percent else f"{value:.0f}", "white" if value > dark else "black")
        for (r, c), value in np.ndenumerate(values)
        if value
    ]
    cell_labels(ax, cells, fontsize=7)
    columns = [text(str(c), str(c), lang=lang) for c in table.columns]
    ax.set_xticks(range(len(columns)), columns, rotation=60, ha="right", fontsize=8)
    ax.set_yticks(range(len(table)), [text(fa, en, lang=lang) for fa, en in table.index])
    ax.set_title(words(title, lang=lang))
    for spine in ax.spines.values():
        spine.set_visible(False)
    return fig


def cooccurrence(network: Network, *, lang: str = "fa", top: int = NETWORK_NODES) -> Figure:
    """The co-occurrence network of its *top* actors by articles, on a circle grouped by type
    (persons, organisations, countries), each label outside its node so that none overlaps
    another: node size by articles, edge width and darkness by weight (articles and claims
    shared)."""
    if network.edges.empty:
        return empty_figure("corpus_network.title", "empty.corpus_network", lang=lang)
    use_style()
    table = network.nodes.assign(degree=network.degree().to_numpy())
    ranked = table.sort_values(
        ["articles", "degree", "id"], ascending=[False, False, True], kind="stable"
    )["id"].tolist()[:top]
    chosen = set(ranked)
    edges = network.edges[
        network.edges["source"].isin(chosen) & network.edges["target"].isin(chosen)
    ]
    linked = set(edges["source"]) | set(edges["target"])
    nodes = [n for n in ranked if n in linked]
    if not nodes:
        return empty_figure("corpus_network.title", "empty.corpus_network", lang=lang)
    data = table.set_index("id").loc[nodes].to_dict("index")
    order = list(TYPE_COLOURS)
    nodes.sort(key=lambda n: (order.index(data[n]["type"]), ranked.index(n)))
    angles = np.pi / 2 - 2 * np.pi * np.arange(len(nodes)) / len(nodes)
    position = {n: (np.cos(a), np.sin(a)) for n, a in zip(nodes, angles, strict=True)}
    fig = Figure(figsize=(9, 9))
    ax = fig.subplots()
    # Weakest first, so that the strongest links are drawn on top; ties by their ends.
    edges = edges.sort_values("weight", kind="stable")
    strength = (edges["weight"] / edges["weight"].max()).to_numpy()
    colours = np.zeros((len(edges), 4))
    colours[:, :3] = 0x55 / 255
    colours[:, 3] = 0.15 + 0.6 * strength
    segments = [
        (position[a], position[b]) for a, b in zip(edges["source"], edges["target"], strict=True)
    ]
    ax.add_collection(
        LineCollection(segments, colors=colours, linewidths=0.5 + 3 * strength, zorder=1)
    )
    ax.scatter(
        [position[n][0] for n in nodes],
        [position[n][1] for n in nodes],
        s=[40 + 30 * data[n]["articles"] for n in nodes],
        c=[TYPE_COLOURS[data[n]["type"]] for n in nodes],
        zorder=2,
        linewidths=0,
    )
    for node in nodes:
        x, y = position[node]
        angle = np.degrees(np.arctan2(y, x))
        flipped = x < 0
        ax.annotate(
            text(data[node]["label"], data[node]["label_en"], lang=lang),
            (x, y),
            xytext=(1.08 * x, 1.08 * y),
            rotation=angle + 180 if flipped else angle,
            rotation_mode="anchor",
            ha="right" if flipped else "left",
            va="center",
            fontsize=8,
            family=FONT_FAMILY,
        )
    kinds = [k for k in TYPE_COLOURS if any(data[n]["type"] == k for n in nodes)]
    handles = [
        Line2D([], [], marker="o", linestyle="", color=TYPE_COLOURS[k], label=_type(k, lang))
        for k in kinds
    ]
    ax.legend(
        handles=handles, loc="lower right", frameon=False, fontsize=8, bbox_to_anchor=(1.0, -0.02)
    )
    ax.set_title(words("corpus_network.title", lang=lang), pad=20)
    ax.set_xlim(-1.75, 1.75)
    ax.set_ylim(-1.75, 1.75)
    ax.set_aspect("equal")
    ax.set_axis_off()
    return fig


def _type(kind: str, lang: str) -> str:
    return words(f"corpus_type.{kind}", lang=lang)
