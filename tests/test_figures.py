"""Figures: deterministic files, and Persian that reads joined and right to left."""

import io
import re
import zlib

import numpy as np
import pandas as pd
import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from PIL import Image, ImageDraw, ImageFont, features

from khabar import figures
from khabar.figures.style import FONT_FILES, register_fonts
from khabar.lexicon import data_path

SAMPLE = "همکاری‌های مشترک"
SIZE_PT, DPI = 40, 100


def _ink(gray: np.ndarray) -> np.ndarray:
    mask = gray < 128
    rows, cols = np.where(mask)
    return mask[rows.min() : rows.max() + 1, cols.min() : cols.max() + 1]


def render_matplotlib(text: str) -> np.ndarray:
    register_fonts()
    fig = Figure(figsize=(8, 1.5), dpi=DPI)
    fig.text(0.5, 0.5, text, fontsize=SIZE_PT, family="Vazirmatn", ha="center", va="center")
    canvas = FigureCanvasAgg(fig)
    canvas.draw()
    return _ink(np.asarray(canvas.buffer_rgba())[..., :3].mean(axis=2))


def render_reference(text: str) -> np.ndarray:
    font = ImageFont.truetype(
        str(data_path("fonts", FONT_FILES[0])),
        round(SIZE_PT * DPI / 72),
        layout_engine=ImageFont.Layout.RAQM,
    )
    image = Image.new("L", (1200, 200), 255)
    ImageDraw.Draw(image).text((20, 40), text, font=font, fill=0)
    return _ink(np.asarray(image, dtype=float))


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Intersection over union of two ink masks, b resized to a's box."""
    resized = np.asarray(Image.fromarray(b).resize(a.shape[::-1], Image.Resampling.NEAREST))
    return (a & resized).sum() / (a | resized).sum()


@pytest.mark.skipif(not features.check("raqm"), reason="Pillow without libraqm")
def test_persian_label_matches_a_raqm_reference_rendering():
    reference = render_reference(SAMPLE)
    assert similarity(render_matplotlib(figures.label(SAMPLE)), reference) > 0.75
    # The check can fail: the same words reversed and disconnected do not pass it.
    from arabic_reshaper import reshape
    from bidi import get_display

    wrong = get_display(reshape(SAMPLE)) if figures.shapes_arabic_natively() else SAMPLE[::-1]
    assert similarity(render_matplotlib(wrong), reference) < 0.6


def test_save_writes_three_formats_byte_identically(tmp_path):
    counts = pd.DataFrame(
        {"label_en": ["plural", "letter"], "label_fa": ["نشانه جمع", "حرف"], "changes": [32, 3]}
    )
    first = figures.save(figures.changes_by_kind(counts), "check", out_dir=tmp_path / "a")
    second = figures.save(figures.changes_by_kind(counts), "check", out_dir=tmp_path / "b")
    assert [p.suffix for p in first] == [".png", ".svg", ".pdf"]
    for a, b in zip(first, second, strict=True):
        assert a.read_bytes() == b.read_bytes(), a.name


def test_heatmap_labels_are_one_outline_per_distinct_label_placed_at_each_cell(tmp_path):
    from khabar.figures.style import cell_labels, heatmap, label_shares

    values = np.array([[0.25, 0.25, 0.75], [0.25, 0.0, 0.75]])
    fig = Figure(figsize=(4, 3))
    ax = fig.subplots()
    heatmap(ax, values, cmap="Blues", vmax=1)
    label_shares(ax, values)
    placed = {len(c.get_offsets()) for c in ax.collections[1:]}
    assert len(ax.collections) == 1 + 2 and placed == {3, 2}  # "25%" thrice, "75%" twice
    colours = [tuple(c.get_facecolor()[0]) for c in ax.collections[1:]]
    assert colours == [(0.0, 0.0, 0.0, 1.0), (1.0, 1.0, 1.0, 1.0)]  # white on dark cells
    svg = figures.save(fig, "labels", out_dir=tmp_path)[1].read_text(encoding="utf-8")
    assert svg.count("<use ") >= 5  # each label's outline defined once, used per cell
    cell_labels(ax, [], fontsize=8)  # no cells: nothing added
    assert len(ax.collections) == 3


@pytest.mark.parametrize("label", ["25%", "۱۲٪", "3\n(40%)", "ابزار"])
def test_a_label_outline_has_the_exact_extents_of_its_curves(label):
    from matplotlib.path import Path
    from matplotlib.transforms import Affine2D

    from khabar.figures.style import _centred_lines

    register_fonts()
    outline = _centred_lines(label, 7.0, ("Vazirmatn",))
    exact = Path(outline.vertices, outline.codes)  # matplotlib's own, curve by curve
    moved = Affine2D().scale(200 / 72).translate(31.5, -4.25)
    for transform in (None, moved):
        assert np.allclose(
            outline.get_extents(transform).extents, exact.get_extents(transform).extents
        )


def embedded_fonts(pdf: bytes) -> list:
    """The TrueType fonts embedded in a PDF matplotlib wrote (Flate-compressed streams)."""
    from fontTools.ttLib import TTFont

    fonts = []
    for stream in re.findall(rb"stream\r?\n(.*?)endstream", pdf, re.DOTALL):
        try:
            data = zlib.decompress(stream)
        except zlib.error:
            continue
        if data[:4] in (b"\x00\x01\x00\x00", b"true"):
            fonts.append(TTFont(io.BytesIO(data)))
    return fonts


def test_pdf_embeds_the_font_without_its_layout_tables(tmp_path):
    from fontTools.subset import Options

    default = list(Options._drop_tables_default)
    counts = pd.DataFrame(
        {"label_en": ["plural", "letter"], "label_fa": ["نشانه جمع", "حرف"], "changes": [32, 3]}
    )
    pdf = figures.save(figures.changes_by_kind(counts), "check", out_dir=tmp_path)[2]
    fonts = embedded_fonts(pdf.read_bytes())
    assert fonts, "no embedded TrueType font"
    for font in fonts:
        assert font["name"].getBestFamilyName() == "Vazirmatn"
        assert len(font.getGlyphOrder()) > 1
        assert not {"GSUB", "GPOS", "GDEF"} & set(font.keys())
    assert Options._drop_tables_default == default  # fontTools left as it was


def test_actor_figures_render_from_tidy_tables(tmp_path):
    from khabar import analyze_text, tables

    analysis = analyze_text("سفیر ایران در مسکو گفت: همکاری ادامه دارد. وی افزود: ما آماده‌ایم.")
    mention_table = tables.mentions(analysis)
    kinds = tables.mention_kinds(mention_table)
    assert list(kinds["actor_name"]) == ["سفیر ایران در مسکو"]
    for name, fig in (
        ("kinds", figures.mentions_by_kind(kinds)),
        ("map", figures.actors_by_paragraph(mention_table)),
    ):
        assert all(p.stat().st_size > 0 for p in figures.save(fig, name, out_dir=tmp_path))


def _texts(fig) -> list[str]:
    """Every string drawn in a figure (titles, tick labels, legends, annotations)."""
    from matplotlib.text import Text

    fig.canvas.draw()  # tick labels exist only once drawn
    return [t.get_text() for t in fig.findobj(Text) if t.get_text()]


def test_every_figure_is_drawn_in_persian_and_in_english(seed_analysis, tmp_path):
    from khabar import networks, tables

    claims = tables.claims(seed_analysis)
    cases = [
        (figures.changes_by_kind, tables.change_counts(seed_analysis.cleaned), {}),
        (figures.mentions_by_kind, tables.mention_kinds(tables.mentions(seed_analysis)), {}),
        (figures.actors_by_paragraph, tables.mentions(seed_analysis), {}),
        (figures.claims_by_speaker, claims, {}),
        (figures.claim_kinds_by_speaker, claims, {}),
        (figures.theme_frequencies, tables.theme_counts(seed_analysis), {}),
        (figures.themes_by_speaker, tables.theme_shares(seed_analysis), {}),
        (figures.network, networks.speaker_graph(seed_analysis), {"title": "network.speakers"}),
    ]
    persian = re.compile("[\u0600-\u06ff]")
    for draw, data, options in cases:
        english = _texts(draw(data, lang="en", **options))
        assert not [t for t in english if persian.search(t)], draw.__name__
        assert "Dmitry Koltsov" in english or draw.__name__ in (
            "changes_by_kind",
            "theme_frequencies",
        )
        farsi = _texts(draw(data, lang="fa", **options))
        assert any(persian.search(t) for t in farsi), draw.__name__
        assert not any("Koltsov" in t for t in farsi), draw.__name__
    saved = figures.publish(figures.claims_by_speaker, claims, "x", out_dir=tmp_path)
    assert [p.name for p in saved["en"]] == ["x.en.png", "x.en.svg", "x.en.pdf"]


def test_figure_language_and_label_keys_are_checked():
    from khabar.figures.style import words

    assert words("mode.direct", lang="en") == "direct"
    with pytest.raises(ValueError, match="no figure label"):
        words("no.such.key", lang="en")
    with pytest.raises(ValueError, match="language"):
        words("mode.direct", lang="de")


def _every_figure(analysis):
    """(figure id, the figure drawn in a language) for every figure of the notebooks."""
    from khabar import networks, tables

    mentions = tables.mentions(analysis)
    claims = tables.claims(analysis)
    return {
        "01-cleaning-changes": lambda lang: figures.changes_by_kind(
            tables.change_counts(analysis.cleaned), lang=lang
        ),
        "02-actors-mentions-by-kind": lambda lang: figures.mentions_by_kind(
            tables.mention_kinds(mentions, types=("person", "organization", "group")), lang=lang
        ),
        "02-actors-by-paragraph": lambda lang: figures.actors_by_paragraph(mentions, lang=lang),
        "03-claims-by-speaker": lambda lang: figures.claims_by_speaker(claims, lang=lang),
        "03-claim-kinds-by-speaker": lambda lang: figures.claim_kinds_by_speaker(claims, lang=lang),
        "04-theme-frequencies": lambda lang: figures.theme_frequencies(
            tables.theme_counts(analysis), lang=lang
        ),
        "04-themes-by-speaker": lambda lang: figures.themes_by_speaker(
            tables.theme_shares(analysis), lang=lang
        ),
        "04-keyterms": lambda lang: figures.keyterms(tables.keyterms(analysis), lang=lang),
        "05-actor-theme-network": lambda lang: figures.network(
            networks.actor_theme_graph(analysis), title="network.actor_theme", lang=lang
        ),
        "05-speaker-network": lambda lang: figures.network(
            networks.speaker_graph(analysis), title="network.speakers", lang=lang
        ),
    }


EDGE_TEXTS = {
    "empty": "",
    "latin": "The minister said the talks went well. He added that more was needed.\n",
    "headline": "دیدار وزیر امور خارجه با سفیر ژاپن در تهران\n",
    "one unknown speaker": (
        "نشست شورا\nهوشنگ‌علی دهباشی‌زاده گفت: دامداران به علوفه بیشتری نیاز دارند.\n"
    ),
}


@pytest.mark.parametrize("text", EDGE_TEXTS.values(), ids=EDGE_TEXTS.keys())
def test_every_figure_draws_without_error_or_warning_on_edge_cases(text, tmp_path):
    import warnings

    from khabar import analyze_text

    analysis = analyze_text(text)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        for figure_id, draw in _every_figure(analysis).items():
            for lang in ("fa", "en"):
                figures.save(draw(lang), f"{figure_id}.{lang}", out_dir=tmp_path)


def test_the_empty_state_is_one_small_figure_that_says_why(tmp_path):
    from khabar import analyze_text
    from khabar.figures.style import EMPTY_SIZE

    for figure_id, draw in _every_figure(analyze_text("")).items():
        for lang in ("fa", "en"):
            fig = draw(lang)
            assert tuple(fig.get_size_inches()) == EMPTY_SIZE, figure_id
            assert not fig.axes and len(fig.texts) == 2, figure_id
    claims = _every_figure(analyze_text(""))["03-claims-by-speaker"]("en")
    assert claims.texts[1].get_text() == "The article attributes no claims to anyone."


def test_latin_letters_the_persian_font_lacks_are_drawn_without_a_warning(tmp_path):
    import warnings

    counts = pd.DataFrame({"label_en": ["Al Aḩmadī"], "label_fa": ["احمدی"], "changes": [1]})
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        figures.save(figures.changes_by_kind(counts, lang="en"), "glyphs", out_dir=tmp_path)


def test_topic_figures_for_any_scheme_in_both_languages(seed_analysis, tmp_path):
    from khabar import tables

    persian = re.compile("[\u0600-\u06ff]")
    for scheme in ("cap", "frames"):
        for draw, data in (
            (figures.topic_profile, tables.topic_profile(seed_analysis, scheme=scheme)),
            (figures.topics_by_speaker, tables.topic_shares(seed_analysis, scheme=scheme)),
        ):
            english = _texts(draw(data, lang="en"))
            assert not [t for t in english if persian.search(t)], draw.__name__
            assert any("Capacity and resources" in t or "Foreign Trade" in t for t in english)
            farsi = _texts(draw(data, lang="fa"))
            assert any(persian.search(t) for t in farsi) and not any("Trade" in t for t in farsi)
    saved = figures.publish(
        figures.topic_profile, tables.topic_profile(seed_analysis), "p", out_dir=tmp_path
    )
    assert all(p.stat().st_size for p in saved["fa"])


@pytest.mark.parametrize("lang", ["fa", "en"])
def test_topic_figures_say_when_there_is_nothing_to_draw(lang):
    import warnings

    from khabar import analyze_text, tables
    from khabar.figures.style import EMPTY_SIZE

    analysis = analyze_text("هوا خوب است.")
    expected = {"fa": "هیچ", "en": "No "}[lang]
    for draw, data in (
        (figures.topic_profile, tables.topic_profile(analysis)),
        (figures.topics_by_speaker, tables.topic_shares(analysis, scheme="frames")),
    ):
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            fig = draw(data, lang=lang)
            texts = _texts(fig)
        assert not fig.axes and len(fig.texts) == 2  # the one empty state, no axes
        assert tuple(fig.get_size_inches()) == EMPTY_SIZE
        assert texts[1].startswith(expected), texts
        scheme = {"fa": "چارچوب‌های سیاستی", "en": "Policy frames"}[lang]
        assert draw is figures.topic_profile or scheme in texts[0]


@pytest.mark.parametrize("text", EDGE_TEXTS.values(), ids=EDGE_TEXTS.keys())
def test_topic_figures_draw_without_error_or_warning_on_edge_cases(text, tmp_path):
    import warnings

    from khabar import analyze_text, networks, tables

    analysis = analyze_text(text)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        for scheme in ("cap", "frames"):
            for lang in ("fa", "en"):
                for name, fig in (
                    (
                        "profile",
                        figures.topic_profile(
                            tables.topic_profile(analysis, scheme=scheme), lang=lang
                        ),
                    ),
                    (
                        "speakers",
                        figures.topics_by_speaker(
                            tables.topic_shares(analysis, scheme=scheme), lang=lang
                        ),
                    ),
                    (
                        "network",
                        figures.network(
                            networks.actor_topic_graph(analysis, scheme=scheme),
                            title="network.actor_topic",
                            lang=lang,
                        ),
                    ),
                ):
                    figures.save(fig, f"{name}-{scheme}.{lang}", out_dir=tmp_path)


def test_two_actors_that_read_the_same_are_told_apart_by_their_ids():
    # Hamadan the city and Hamadan the province: one name in Persian.
    text = "مسئولان همدان گفتند: جاده‌های استان همدان باز است. در همدان برف بارید.\n"
    from khabar import analyze_text, tables

    mentions = tables.mentions(analyze_text(text))
    places = mentions[mentions["name"] == "همدان"]["actor"].unique()
    assert len(places) == 2
    fig = figures.actors_by_paragraph(mentions, lang="fa")
    ticks = [t.get_text() for t in fig.axes[0].get_yticklabels()]
    assert sum(t.startswith("همدان") for t in ticks) == 2 and len(set(ticks)) == len(ticks)
    assert {f"همدان ({actor})" for actor in places} <= set(ticks)
