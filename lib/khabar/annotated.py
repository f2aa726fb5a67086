"""The annotated article: the raw text, right to left, with every extraction marked on it.

Actor mentions are highlighted in one colour per actor (a legend names each), claims are
marked with their mode (a solid underline for direct speech, a dashed one for indirect) and
a tag at their start naming the claim, its speaker and mode; hovering a mark shows the
claim's id, speaker, mode, kind and themes, or the actor's id, type and English name.
Plain HTML and CSS (no JavaScript), every piece of article text HTML-escaped: JupyterLab
shows it inline (:func:`annotated_view`) and :func:`write_annotated` saves a standalone
file, with the Vazirmatn font embedded, that opens in any browser.

Where marks cross (a mention running out of a claim), the text is cut at every edge and
each piece carries all the marks over it, so a claim's mark always holds exactly its text
(``data-claim`` pieces, in order).
"""

from __future__ import annotations

import base64
import html
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path

from IPython.display import HTML

from khabar.analysis import Analysis
from khabar.lexicon import data_path

# Colour-blind-safe qualitative colours (Okabe-Ito and Paul Tol's light scheme), lightened
# enough for black text on them; actors beyond them reuse the list in order.
PALETTE = (
    "#ffd8a8",
    "#a5d8ff",
    "#b2f2bb",
    "#ffc9c9",
    "#d0bfff",
    "#fff3bf",
    "#99e9f2",
    "#eebefa",
    "#c3fae8",
    "#ffe8cc",
    "#dbe4ff",
    "#e9fac8",
)
MODE_STYLES = {"direct": "solid", "indirect": "dashed"}
TYPE_LABELS = {
    "person": ("شخص", "person"),
    "organization": ("سازمان", "organisation"),
    "group": ("گروه", "group"),
    "place": ("مکان", "place"),
}
_CSS = """
.khabar-annotated { direction: rtl; text-align: right; line-height: 2.3;
  font-family: Vazirmatn, Tahoma, "Noto Naskh Arabic", sans-serif; font-size: 15px; }
.khabar-annotated p, .khabar-annotated h3 { margin: 0.4em 0; }
.khabar-annotated .paragraph-number { color: #888; font-size: 11px; margin-left: 0.5em; }
.khabar-annotated .mention { border-radius: 3px; padding: 0 1px; }
.khabar-annotated .speaker { font-weight: bold; }
.khabar-annotated .claim { background: none; color: inherit; border-bottom: 2px #b03a2e;
  padding-bottom: 1px; }
.khabar-annotated .claim-tag { font-size: 10px; color: #fff; background: #b03a2e;
  border-radius: 3px; padding: 0 3px; margin: 0 2px; white-space: nowrap; }
.khabar-annotated .legend { font-size: 12px; line-height: 1.8; border-top: 1px solid #ddd;
  margin-top: 1em; padding-top: 0.5em; }
.khabar-annotated .legend span.mention { display: inline-block; margin: 0 0 0 0.8em; }
"""


@dataclass(frozen=True, slots=True)
class _Mark:
    start: int
    end: int
    kind: str  # "claim" or "mention"
    open_tag: str


def annotated_html(analysis: Analysis) -> str:
    """The annotated article as an HTML fragment (a ``div`` with its own CSS)."""
    colours = _actor_colours(analysis)
    marks = _claim_marks(analysis) + _mention_marks(analysis, colours)
    tags = _claim_tags(analysis)
    body = []
    for paragraph in analysis.document.paragraphs:
        inside = [m for m in marks if paragraph.raw_start <= m.start and m.end <= paragraph.raw_end]
        text = _marked(analysis.raw, paragraph.raw_start, paragraph.raw_end, inside, tags)
        tag = "h3" if paragraph.is_headline else "p"
        body.append(
            f'<{tag} data-paragraph="{paragraph.index}">'
            f'<span class="paragraph-number">{paragraph.index}</span>{text}</{tag}>'
        )
    if not body:
        body.append("<p>—</p>")
    return (
        f'<div class="khabar-annotated" dir="rtl" lang="fa"><style>{_CSS}</style>'
        f"{''.join(body)}{_legend(analysis, colours)}</div>"
    )


def annotated_view(analysis: Analysis) -> HTML:
    """:func:`annotated_html` for a notebook cell."""
    return HTML(annotated_html(analysis))


def write_annotated(analysis: Analysis, path: str | Path, *, title: str = "") -> Path:
    """Save the annotated article as a standalone HTML page (the font embedded)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    font = base64.b64encode(data_path("fonts", "Vazirmatn-Regular.ttf").read_bytes()).decode()
    page = (
        '<!DOCTYPE html>\n<html lang="fa" dir="rtl"><head><meta charset="utf-8">'
        f"<title>{html.escape(title or Path(analysis.source).name)}</title>"
        "<style>@font-face { font-family: Vazirmatn; "
        f'src: url(data:font/ttf;base64,{font}) format("truetype"); }}'
        "body { max-width: 52em; margin: 2em auto; padding: 0 1em; }</style></head>"
        f"<body>{annotated_html(analysis)}</body></html>\n"
    )
    path.write_text(page, encoding="utf-8")
    return path


def _actor_colours(analysis: Analysis) -> dict[str, str]:
    return {a.id: PALETTE[n % len(PALETTE)] for n, a in enumerate(analysis.actors)}


def _claim_marks(analysis: Analysis) -> list[_Mark]:
    names = {a.id: a for a in analysis.actors}
    marks = []
    for claim in analysis.claims:
        speaker = names.get(claim.speaker)
        who = f"{speaker.name} ({speaker.name_en})" if speaker else claim.speaker_text or "?"
        themes = ", ".join(claim.themes) or "—"
        title = (
            f"{claim.id} · {who} · {claim.mode} · {claim.kind} · {claim.construction} · "
            f"themes: {themes}"
        )
        style = f"border-bottom-style: {MODE_STYLES.get(claim.mode, 'dotted')}"
        marks.append(
            _Mark(
                claim.start,
                claim.end,
                "claim",
                f'<mark class="claim" data-claim="{claim.id}" data-mode="{_attr(claim.mode)}" '
                f'style="{style}" title="{_attr(title)}">',
            )
        )
    return marks


def _mention_marks(analysis: Analysis, colours: dict[str, str]) -> list[_Mark]:
    speakers = {(c.speaker, c.sentence) for c in analysis.claims}
    marks = []
    for actor in analysis.actors:
        for mention in actor.mentions:
            classes = "mention speaker" if (actor.id, mention.sentence) in speakers else "mention"
            title = f"{actor.id} · {actor.type} · {actor.name_en or actor.name} · {mention.kind}"
            marks.append(
                _Mark(
                    mention.start,
                    mention.end,
                    "mention",
                    f'<span class="{classes}" data-actor="{actor.id}" '
                    f'data-kind="{_attr(mention.kind)}" style="background: {colours[actor.id]}" '
                    f'title="{_attr(title)}">',
                )
            )
    return marks


def _claim_tags(analysis: Analysis) -> dict[int, list[str]]:
    """The tag shown where each claim starts: its id, its speaker and its mode."""
    names = {a.id: a.name for a in analysis.actors}
    tags: dict[int, list[str]] = {}
    for claim in analysis.claims:
        who = names.get(claim.speaker) or claim.speaker_text or "?"
        mode = "مستقیم" if claim.mode == "direct" else "غیرمستقیم"
        tags.setdefault(claim.start, []).append(
            f'<span class="claim-tag" data-tag="{claim.id}">'
            f"{claim.id} · {html.escape(who)} · {mode}</span>"
        )
    return tags


def _marked(raw: str, start: int, end: int, marks: list[_Mark], tags: dict[int, list[str]]) -> str:
    """The raw text ``[start, end)``, cut at every mark's edge, each piece wrapped in the marks
    over it (claims outside mentions, longer marks outside shorter ones)."""
    edges = sorted({start, end, *(m.start for m in marks), *(m.end for m in marks)})
    order = sorted(marks, key=lambda m: (m.kind != "claim", m.start, -m.end))
    pieces = []
    for left, right in pairwise(edges):
        pieces.extend(tags.get(left, ()))
        over = [m for m in order if m.start <= left and right <= m.end]
        text = html.escape(raw[left:right])
        pieces.append("".join(m.open_tag for m in over) + text + "".join(_closers(over)))
    return "".join(pieces)


def _closers(marks: Iterable[_Mark]) -> list[str]:
    return ["</mark>" if m.kind == "claim" else "</span>" for m in reversed(list(marks))]


def _legend(analysis: Analysis, colours: dict[str, str]) -> str:
    """One entry per actor: its colour, id and Persian name, then (isolated left to right)
    its English name, type and number of mentions."""
    entries = []
    for actor in analysis.actors:
        fa, en = TYPE_LABELS.get(actor.type, (actor.type, actor.type))
        english = " · ".join(filter(None, (actor.name_en, en, str(len(actor.mentions)))))
        entries.append(
            f'<span class="mention" style="background: {colours[actor.id]}" '
            f'data-legend="{actor.id}"><bdi>{actor.id} {html.escape(actor.name)} ({fa})</bdi> '
            f'<bdi dir="ltr">{html.escape(english)}</bdi></span>'
        )
    modes = (
        '<span style="border-bottom: 2px solid #b03a2e">نقل مستقیم</span> '
        '<bdi dir="ltr">direct</bdi> · '
        '<span style="border-bottom: 2px dashed #b03a2e">نقل غیرمستقیم</span> '
        '<bdi dir="ltr">indirect</bdi>'
    )
    return f'<div class="legend">{modes}<br>{"".join(entries) or "—"}</div>'


def _attr(value: str) -> str:
    return html.escape(value, quote=True)
