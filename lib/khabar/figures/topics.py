"""Figures of topics and frames, for any scheme (CAP major topics, policy frames, a
researcher's codebook): the article's topic profile and what each speaker stresses.

Each takes a table of :mod:`khabar.tables` and returns a Figure; with nothing to draw it
returns a small figure saying so, in the figure's language.
"""

from __future__ import annotations

import pandas as pd
from matplotlib.figure import Figure

from khabar.figures.style import empty_figure, heatmap, label_shares, text, use_style, words
from khabar.labels import scheme_title

TOPIC_COLOUR = "#e07b39"


def _title(key: str, table: pd.DataFrame) -> tuple[str, str]:
    """A figure title followed by the name of the scheme the table is about."""
    scheme = table.attrs.get("scheme") or (table["scheme"].iloc[0] if len(table) else "")
    return scheme_title(key, scheme)


def topic_profile(profile: pd.DataFrame, *, lang: str = "fa", top: int = 12) -> Figure:
    """Bars: the article's codes under one scheme by score, highest on top (at most *top*).

    *profile* is :func:`khabar.tables.topic_profile`.
    """
    title = _title("topic_profile.title", profile)
    if profile.empty:
        return empty_figure(title, "empty.topics", lang=lang)
    use_style()
    shown = profile.head(top).iloc[::-1]
    fig = Figure(figsize=(7.5, 0.42 * len(shown) + 1.5))
    ax = fig.subplots()
    bars = ax.barh(range(len(shown)), shown["score"], color=TOPIC_COLOUR)
    ax.bar_label(bars, labels=[f"{s:.1f}" for s in shown["score"]], padding=3, fontsize=8)
    ax.set_yticks(
        range(len(shown)),
        [
            text(fa, en, lang=lang)
            for fa, en in zip(shown["label_fa"], shown["label_en"], strict=True)
        ],
    )
    ax.set_xlabel(words("topic_profile.xlabel", lang=lang))
    ax.set_title(text(*title, lang=lang))
    ax.margins(x=0.12)
    return fig


def topics_by_speaker(shares: pd.DataFrame, *, lang: str = "fa", top: int = 15) -> Figure:
    """Heatmap: the share of each speaker's claims carrying each code of one scheme. The
    first *top* speakers in the table's order (most claims first), codes by their total share,
    largest first.

    *shares* is :func:`khabar.tables.topic_shares` (one row per speaker and code raised).
    """
    title = _title("topic_shares.title", shares)
    if shares.empty:
        return empty_figure(title, "empty.topic_shares", lang=lang)
    use_style()
    names = "speaker_name" if lang == "fa" else "speaker_name_en"
    shares = shares[shares[names].isin(list(dict.fromkeys(shares[names]))[:top])]
    labels = {
        code: text(fa, en, lang=lang)
        for code, fa, en in zip(shares["code"], shares["label_fa"], shares["label_en"], strict=True)
    }
    totals = shares.groupby("code", sort=False)["share"].sum()
    codes = sorted(totals.index, key=lambda c: -totals[c])  # stable: first raised on ties
    grid = shares.pivot_table(index=names, columns="code", values="share", fill_value=0)
    grid = grid.loc[list(dict.fromkeys(shares[names])), codes]
    values = grid.to_numpy()
    fig = Figure(figsize=(0.8 * len(codes) + 3.2, 0.7 * len(grid) + 2.8))
    ax = fig.subplots()
    heatmap(ax, values, cmap="Oranges", vmax=1)
    label_shares(ax, values)
    ax.set_xticks(
        range(len(codes)), [labels[c] for c in codes], rotation=60, ha="right", fontsize=8
    )
    ax.set_yticks(range(len(grid)), [text(s, s, lang=lang) for s in grid.index])
    ax.set_title(text(*title, lang=lang))
    for spine in ax.spines.values():
        spine.set_visible(False)
    return fig
