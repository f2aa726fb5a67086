"""The house style: the shipped Persian font, Persian labels, deterministic saving.

matplotlib 3.11 and later lay out text with libraqm, shaping Arabic script and
ordering right-to-left runs itself: labels go in as logical-order strings. Older
builds draw each character's isolated glyph left to right; for them, and only
for them, :func:`label` reshapes (arabic_reshaper) and reorders (python-bidi).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from pathlib import Path

import matplotlib
from matplotlib import font_manager
from matplotlib.figure import Figure
from matplotlib.ft2font import FT2Font

from khabar.lexicon import REPO_ROOT, data_path

FONT_FAMILY = "Vazirmatn"
FONT_FILES = ("Vazirmatn-Regular.ttf", "Vazirmatn-Bold.ttf")
FIGURES_DIR = REPO_ROOT / "figures"
FORMATS = ("png", "svg", "pdf")
# Metadata that would differ between runs (dates, software versions) is left out.
_METADATA = {
    "png": {"Software": None},
    "svg": {"Date": None, "Creator": None},
    "pdf": {"CreationDate": None, "Creator": None, "Producer": None},
}
_RC = {
    "font.family": FONT_FAMILY,
    "svg.hashsalt": "khabar",
    "svg.fonttype": "path",
    "pdf.fonttype": 42,
    "figure.dpi": 100,
    "savefig.dpi": 200,
    "axes.spines.top": False,
    "axes.spines.right": False,
}


@cache
def register_fonts() -> str:
    """Add the shipped Vazirmatn files to matplotlib's font list; return the family name."""
    for name in FONT_FILES:
        font_manager.fontManager.addfont(str(data_path("fonts", name)))
    return FONT_FAMILY


def use_style() -> None:
    """Register the font and apply the house rcParams (call once per notebook)."""
    register_fonts()
    matplotlib.rcParams.update(_RC)


@cache
def shapes_arabic_natively() -> bool:
    """Whether this matplotlib joins Arabic letters itself (libraqm layout).

    With shaping, the joined word «ببب» is narrower than three isolated «ب».
    """
    font = FT2Font(str(data_path("fonts", FONT_FILES[0])))
    font.set_size(48, 72)
    font.set_text("ببب")
    joined = font.get_width_height()[0]
    font.set_text("ب")
    isolated = font.get_width_height()[0]
    return joined < 3 * isolated * 0.9


def label(text: str) -> str:
    """A Persian string ready for matplotlib: as is if it shapes, else reshaped for display."""
    if shapes_arabic_natively():
        return text
    from arabic_reshaper import reshape
    from bidi import get_display

    return get_display(reshape(text))


def save(fig: Figure, name: str, *, out_dir: Path | str | None = None) -> list[Path]:
    """Write ``name``.png, .svg and .pdf under *out_dir* (default ``figures/``), byte-stable."""
    folder = Path(out_dir) if out_dir is not None else FIGURES_DIR
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    with matplotlib.rc_context({"svg.hashsalt": "khabar"}):
        for fmt in FORMATS:
            path = folder / f"{name}.{fmt}"
            fig.savefig(path, format=fmt, metadata=_METADATA[fmt], bbox_inches="tight")
            paths.append(path)
    return paths


def labelled_bars(
    values: Sequence[float],
    labels_fa: Sequence[str],
    labels_en: Sequence[str],
    *,
    xlabel: str,
    title: str,
    colour: str = "#3b6ea8",
) -> Figure:
    """Horizontal bars with their values, labelled «Persian (English)», largest on top."""
    use_style()
    order = sorted(range(len(values)), key=lambda i: values[i])
    fig = Figure(figsize=(7.5, 0.45 * len(values) + 1.3))
    ax = fig.subplots()
    bars = ax.barh(range(len(order)), [values[i] for i in order], color=colour)
    ax.bar_label(bars, padding=3)
    ax.set_yticks(range(len(order)), [label(f"{labels_fa[i]} ({labels_en[i]})") for i in order])
    ax.set_xlabel(label(xlabel))
    ax.set_title(label(title))
    ax.margins(x=0.12)
    return fig
