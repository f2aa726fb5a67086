"""The house style: the shipped Persian font, Persian labels, deterministic saving.

matplotlib 3.11 and later lay out text with libraqm, shaping Arabic script and
ordering right-to-left runs itself: labels go in as logical-order strings. Older
builds draw each character's isolated glyph left to right; for them, and only
for them, :func:`label` reshapes (arabic_reshaper) and reorders (python-bidi).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, nullcontext
from functools import cache, lru_cache
from pathlib import Path

import matplotlib
import numpy as np
from matplotlib import font_manager
from matplotlib import path as mpath
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.collections import PathCollection
from matplotlib.figure import Figure
from matplotlib.ft2font import FT2Font
from matplotlib.textpath import TextPath
from matplotlib.ticker import MaxNLocator
from matplotlib.transforms import Affine2D, Bbox

from khabar.catalogue import FORMATS, LANGUAGES
from khabar.labels import label_rows
from khabar.paths import REPO_ROOT, data_path

FONT_FAMILY = "Vazirmatn"
FONT_FILES = ("Vazirmatn-Regular.ttf", "Vazirmatn-Bold.ttf")
FIGURES_DIR = REPO_ROOT / "figures"
TIGHT_PAD_INCHES = 0.1  # matplotlib's default savefig.pad_inches
# Metadata that would differ between runs (dates, software versions) is left out.
_METADATA = {
    "png": {"Software": None},
    "svg": {"Date": None, "Creator": None},
    "pdf": {"CreationDate": None, "Creator": None, "Producer": None},
}
# zlib's fastest level for PNGs: about a tenth larger, written in about three quarters of the
# time (a corpus's large heatmaps spent a third of their saving time compressing their PNGs).
PNG_COMPRESS_LEVEL = 1
_SAVE_OPTIONS = {
    "png": {"metadata": _METADATA["png"], "pil_kwargs": {"compress_level": PNG_COMPRESS_LEVEL}},
    "svg": {"metadata": _METADATA["svg"]},
    "pdf": {"metadata": _METADATA["pdf"]},
}
# PDF viewers draw the glyphs matplotlib has already shaped and placed: the OpenType layout
# tables of the font embedded in a PDF (GSUB, GPOS, GDEF) are never read there, yet
# subsetting them is most of the time matplotlib takes to write a Persian PDF. They are left
# out of the embedded subset; the font file itself, which libraqm shapes with, is unchanged.
PDF_UNUSED_FONT_TABLES = ("GSUB", "GPOS", "GDEF", "BASE", "JSTF")
_RC = {
    # Vazirmatn for every glyph it has; matplotlib's own DejaVu Sans for the others (the
    # accented Latin of GeoNames' English names: Al Aḩmadī), glyph by glyph.
    "font.family": [FONT_FAMILY, "DejaVu Sans"],
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


def words(key: str, *, lang: str, default: str | None = None) -> str:
    """The figure string *key* of ``data/figures/labels.tsv`` in *lang*, ready to draw; for a
    key the table lacks, *default* if given (a category newer than the table), else an error."""
    row = label_rows().get(key)
    if row is None:
        if default is None:
            raise ValueError(f"no figure label {key!r} in data/figures/labels.tsv")
        return text(default, default, lang=lang)
    return text(row["fa"], row["en"], lang=lang)


def text(fa: str, en: str, *, lang: str) -> str:
    """*fa* (prepared by :func:`label`) for a Persian figure, *en* for an English one; an
    English figure shows the Persian where there is no English (a name nobody romanised)
    rather than a blank label."""
    if lang not in LANGUAGES:
        raise ValueError(f"figure language must be one of {LANGUAGES}, not {lang!r}")
    return label(fa) if lang == "fa" or not en else en


def actor_labels(names: Sequence[tuple[str, str, str]], *, lang: str) -> list[str]:
    """Each actor's label from its (id, Persian name, English name), the id added where two
    actors of the figure would read the same (همدان the city, همدان the province: «همدان
    (L2)»), so that a reader can find each in the actor table."""
    labels = [text(fa, en, lang=lang) for _, fa, en in names]
    repeated = {label for label in labels if labels.count(label) > 1}
    return [
        f"{label} ({actor})" if label in repeated else label
        for label, (actor, _, _) in zip(labels, names, strict=True)
    ]


def publish(
    draw: Callable[..., Figure],
    data: object,
    figure_id: str,
    *,
    out_dir: Path | str | None = None,
    languages: Sequence[str] = LANGUAGES,
    **options: object,
) -> dict[str, list[Path]]:
    """Draw ``draw(data, lang=..., **options)`` in every language and :func:`save` each as
    ``<figure_id>.<lang>``; returns the written paths by language (PNG first)."""
    return {
        lang: save(draw(data, lang=lang, **options), f"{figure_id}.{lang}", out_dir=out_dir)
        for lang in languages
    }


def save(fig: Figure, name: str, *, out_dir: Path | str | None = None) -> list[Path]:
    """Write ``name``.png, .svg and .pdf under *out_dir* (default ``figures/``), byte-stable."""
    folder = Path(out_dir) if out_dir is not None else FIGURES_DIR
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    with matplotlib.rc_context({"svg.hashsalt": "khabar"}):
        # The tight bounding box, measured once rather than by a trial draw per format.
        FigureCanvasAgg(fig)
        box = fig.get_tightbbox(fig.canvas.get_renderer()).padded(TIGHT_PAD_INCHES)
        for fmt in FORMATS:
            path = folder / f"{name}.{fmt}"
            with pdf_fonts_without_layout_tables() if fmt == "pdf" else nullcontext():
                fig.savefig(path, format=fmt, bbox_inches=box, **_SAVE_OPTIONS[fmt])
            paths.append(path)
    return paths


@contextmanager
def pdf_fonts_without_layout_tables() -> Iterator[None]:
    """While open, fonts matplotlib subsets for a PDF leave out ``PDF_UNUSED_FONT_TABLES``.

    matplotlib subsets with fontTools and offers no option for this, so fontTools' default
    list of dropped tables is extended for the duration and restored after.
    """
    from fontTools.subset import Options

    default = Options._drop_tables_default
    Options._drop_tables_default = [*default, *PDF_UNUSED_FONT_TABLES]
    try:
        yield
    finally:
        Options._drop_tables_default = default


EMPTY_SIZE = (6.5, 1.3)


def empty_figure(title: str | tuple[str, str], message: str, *, lang: str) -> Figure:
    """The one empty state of every figure: a small figure with the figure's *title* and a
    line saying why there is nothing to draw (*message* is a label key; *title* a label key,
    or the title's Persian and English when it is composed, as a scheme's name is). Every
    figure function returns it instead of drawing empty or degenerate axes, so every figure
    file exists for every article and says, in its own language, what it would show."""
    use_style()
    fig = Figure(figsize=EMPTY_SIZE)
    heading = words(title, lang=lang) if isinstance(title, str) else text(*title, lang=lang)
    fig.text(0.5, 0.66, heading, ha="center", va="center", fontsize=12)
    fig.text(
        0.5, 0.3, words(message, lang=lang), ha="center", va="center", fontsize=10, color="#666666"
    )
    return fig


def labelled_bars(
    values: Sequence[float],
    labels_fa: Sequence[str],
    labels_en: Sequence[str],
    *,
    lang: str,
    xlabel: str,
    title: str,
    colour: str = "#3b6ea8",
) -> Figure:
    """Horizontal bars with their values, largest on top; *xlabel* and *title* are label keys.
    Callers give at least one value (an empty table takes :func:`empty_figure`)."""
    use_style()
    order = sorted(range(len(values)), key=lambda i: values[i])
    fig = Figure(figsize=(7.5, 0.45 * len(values) + 1.3))
    ax = fig.subplots()
    bars = ax.barh(range(len(order)), [values[i] for i in order], color=colour)
    ax.bar_label(bars, padding=3)
    ax.set_yticks(range(len(order)), [text(labels_fa[i], labels_en[i], lang=lang) for i in order])
    if all(float(v).is_integer() for v in values):
        ax.xaxis.set_major_locator(MaxNLocator(integer=True))  # counts: no 0.5 ticks
    ax.set_xlabel(words(xlabel, lang=lang))
    ax.set_title(words(title, lang=lang))
    ax.margins(x=0.12)
    return fig


def label_shares(ax, values: np.ndarray) -> None:
    """Each non-zero cell of a heatmap of shares written as a percentage, white on dark cells."""
    cell_labels(
        ax,
        [
            (row, column, f"{value:.0%}", "white" if value > 0.5 else "black")
            for (row, column), value in np.ndenumerate(values)
            if value
        ],
        fontsize=8,
    )


LINE_SPACING = 1.2  # of the font size, between the lines of a cell's label


def cell_labels(ax, cells: Sequence[tuple[int, int, str, str]], *, fontsize: float) -> None:
    """Short labels (row, column, text, colour) centred on a heatmap's cells, drawn as
    collections of the glyphs' outlines, one per distinct label: a text artist per cell is
    laid out and drawn anew for every output format, and a corpus's heatmaps of hundreds of
    cells spent most of their drawing time on them. Lines of a label are split at ``\n``."""
    if not cells:
        return
    # One collection per distinct label: the PDF and SVG writers then store its outline once
    # and place it at each of its cells. The same few labels (percentages, counts) recur
    # across a notebook's heatmaps and both languages: their outlines are kept per kernel.
    family = tuple(matplotlib.rcParams["font.family"])
    points_to_pixels = Affine2D().scale(1 / 72) + ax.figure.dpi_scale_trans
    placed: dict[str, list[tuple[int, int, str]]] = {}
    for row, column, label, colour in cells:
        placed.setdefault(label, []).append((row, column, colour))
    for label, where in placed.items():
        ax.add_collection(
            PathCollection(
                [_centred_lines(label, fontsize, family)],
                offsets=[(column, row) for row, column, _ in where],
                offset_transform=ax.transData,
                transform=points_to_pixels,
                facecolors=[colour for *_, colour in where],
                edgecolors="none",
                zorder=3,
            ),
            autolim=False,
        )


class OutlinePath(mpath.Path):
    """A glyph outline whose extents are those of its points, control points included.

    The PDF writer asks every path of a collection for its extents, and matplotlib finds
    those of a curved path curve by curve, in Python: most of the time a corpus's heatmaps
    took to save. A curve lies inside the hull of its control points, so their bounding box
    holds the outline; and fonts put a point at each extreme of a glyph's outline, so for
    glyphs it is the same box (the heatmaps' PDFs came out byte for byte the same)."""

    def get_extents(self, transform=None, **kwargs) -> Bbox:
        """The bounding box of the points (the closing ones, which carry no position, left
        out), through *transform*."""
        points = (
            self.vertices if self.codes is None else self.vertices[self.codes != self.CLOSEPOLY]
        )
        if transform is not None:
            points = transform.transform(points)
        return Bbox([points.min(axis=0), points.max(axis=0)])


@lru_cache(maxsize=4096)
def _centred_lines(label: str, fontsize: float, family: tuple[str, ...]) -> OutlinePath:
    """The outline of *label* in points in the font *family*, its lines centred on each other
    and the whole on (0, 0); y grows upwards, as in points."""
    lines = label.split("\n")
    parts = []
    font = font_manager.FontProperties(family=list(family))
    for k, line in enumerate(lines):
        shape = TextPath((0, 0), line, size=fontsize, prop=font)
        box = shape.get_extents()
        middle = (len(lines) - 1) / 2 - k  # lines above the middle first
        shift = Affine2D().translate(
            -(box.x0 + box.x1) / 2, -(box.y0 + box.y1) / 2 + middle * LINE_SPACING * fontsize
        )
        parts.append(shape.transformed(shift))
    whole = mpath.Path.make_compound_path(*parts)
    return OutlinePath(whole.vertices, whole.codes)


def heatmap(ax, values: np.ndarray, *, cmap: str, vmax: float | None = None) -> None:
    """Cells of *values* (row 0 on top) as vector rectangles, not an embedded raster:
    crisp at any zoom in SVG and PDF, and no image to resample and encode."""
    rows, columns = values.shape
    ax.pcolormesh(
        np.arange(columns + 1) - 0.5,
        np.arange(rows + 1) - 0.5,
        values,
        cmap=cmap,
        vmin=0,
        vmax=vmax,
    )
    ax.set_xlim(-0.5, columns - 0.5)
    ax.set_ylim(rows - 0.5, -0.5)
