"""Notebook display: Persian right to left, article text always escaped, stable ids."""

import pandas as pd

from khabar.display import parallel_text, rtl_table

HOSTILE = '<script>alert("x")</script> استاندار <b>گفت</b>'


def test_rtl_tables_escape_text_and_right_align_persian_cells():
    frame = pd.DataFrame({"text": [HOSTILE, "plain"], "<i>col</i>": [1, 2]})
    html = rtl_table(frame).data
    assert "<script>" not in html and "<b>" not in html and "<i>col" not in html
    assert "&lt;script&gt;" in html
    assert "direction: rtl" in html and "text-align: right" in html
    assert html == rtl_table(frame).data  # no random ids: committed outputs stay stable
    assert rtl_table(frame).data != rtl_table(frame.iloc[:1]).data


def test_the_parallel_text_escapes_the_article():
    from khabar import analyze_text

    html = parallel_text(analyze_text("سرخط خبر\n\n" + HOSTILE + "\n")).data
    assert "<b>" not in html and "&lt;b&gt;گفت" in html
    assert 'dir="rtl"' in html
