"""Showing Persian in notebooks: right-to-left, right-aligned, and always HTML-escaped.

Article text is untrusted input: a scraped page may hold ``<script>`` or markup, so every
piece of it is escaped before it reaches the notebook's HTML. pandas' ``Styler`` does not
escape by default; :func:`rtl_table` asks it to. The results are IPython ``HTML`` objects,
whose plain-text form carries no memory address, so committed outputs stay byte-stable.
"""

from __future__ import annotations

import hashlib
import html
import re
from typing import TYPE_CHECKING

import pandas as pd
from IPython.display import HTML

if TYPE_CHECKING:  # the corpus notebooks show tables without loading the pipeline
    from khabar.analysis import Analysis

_ARABIC_SCRIPT = re.compile(r"[\u0600-\u06ff]")
_RTL_CELL = "direction: rtl; text-align: right; font-family: Vazirmatn, Tahoma, sans-serif"


def has_persian(value: object) -> bool:
    return isinstance(value, str) and bool(_ARABIC_SCRIPT.search(value))


def rtl_table(frame: pd.DataFrame, *, table_id: str | None = None) -> HTML:
    """*frame* as HTML with its Persian cells right-to-left and right-aligned, all escaped.

    *table_id* (default: a hash of the table) replaces pandas' random element id, so outputs
    are reproducible and two tables in one notebook never share CSS ids.
    """
    persian = frame.map(has_persian)
    styler = (
        frame.style.set_uuid(table_id or _content_id(frame))
        .format(escape="html")
        .format(_number, subset=list(frame.select_dtypes("float").columns))
        .format_index(escape="html", axis=0)
        .format_index(escape="html", axis=1)
        .apply(lambda _: persian.replace({True: _RTL_CELL, False: ""}), axis=None)
    )
    return HTML(styler.to_html())


def parallel_text(analysis: Analysis) -> HTML:
    """The article paragraph by paragraph: Persian (right to left) beside the project's
    English translation when there is one. Every string is escaped."""
    rows = []
    for paragraph in analysis.document.paragraphs:
        persian = html.escape(analysis.raw[paragraph.raw_start : paragraph.raw_end])
        english = html.escape(analysis.gloss(paragraph.raw_start, paragraph.raw_end))
        tag = "h3" if paragraph.is_headline else "p"
        rows.append(
            f'<tr><td style="vertical-align: top; color: #888">{paragraph.index}</td>'
            f'<td dir="rtl" lang="fa" style="{_RTL_CELL}; vertical-align: top">'
            f"<{tag}>{persian}</{tag}></td>"
            f'<td style="text-align: left; vertical-align: top"><{tag}>{english}</{tag}></td></tr>'
        )
    head = "<tr><th>¶</th><th>Persian (raw text)</th><th>English (khabar's translation)</th></tr>"
    return HTML(f"<table>{head}{''.join(rows)}</table>")


def _content_id(frame: pd.DataFrame) -> str:
    return hashlib.sha256(frame.to_csv().encode("utf-8")).hexdigest()[:10]


def use_rtl_tables() -> None:
    """From now on, show every DataFrame in this notebook through :func:`rtl_table`."""
    from IPython import get_ipython

    shell = get_ipython()
    if shell is not None:
        formatter = shell.display_formatter.formatters["text/html"]
        formatter.for_type(pd.DataFrame, lambda frame: rtl_table(frame).data)


def _number(value: float) -> str:
    """Floats as people write them: 67 not 67.000, 0.25 not 0.250000."""
    if value != value:  # NaN
        return ""
    return str(int(value)) if float(value).is_integer() else f"{value:.3f}".rstrip("0")
