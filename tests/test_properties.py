"""Properties that must hold for any input (hypothesis)."""

from __future__ import annotations

import os
import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from khabar import analyze_text, clean

# Persian letters, the Arabic forms the cleaner folds, digits, ZWNJ and its neighbours,
# punctuation, guillemets, markup characters and every kind of space: where bugs live.
PERSIAN_ALPHABET = (
    "ابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهیئآأؤة"
    "يكىۀ۰۱۲۳۴۵٦٧0123456789"
    "\u200c\u200d\u200f\u064e\u0640 \t\n\u00a0\r"
    ".،؛:!؟«»()<>&;/\"'-ـ"
)
persian_text = st.text(alphabet=PERSIAN_ALPHABET, max_size=120)
ARABIC_SCRIPT = re.compile(r"[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufefe]")
text_without_persian = st.text(max_size=120).filter(lambda t: not ARABIC_SCRIPT.search(t))
# KHABAR_HYPOTHESIS_EXAMPLES=5000 for a longer search than CI's.
EXAMPLES = settings(
    max_examples=int(os.environ.get("KHABAR_HYPOTHESIS_EXAMPLES", "150")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)


@EXAMPLES
@given(st.one_of(persian_text, st.text(max_size=80)))
def test_cleaning_is_idempotent(text):
    once = clean(text).text
    assert clean(once).text == once


@EXAMPLES
@given(st.one_of(persian_text, st.text(max_size=80)))
def test_every_offset_falls_inside_the_raw_text(text):
    analysis = analyze_text(text)
    size = len(text)
    cleaned = analysis.cleaned
    assert all(
        0 <= c.start <= c.end <= size and text[c.start : c.end] == c.before for c in cleaned.changes
    )
    spans = [(t.raw_start, t.raw_end) for t in analysis.document.tokens]
    spans += [(p.raw_start, p.raw_end) for p in analysis.document.paragraphs]
    spans += [(m.start, m.end) for a in analysis.actors for m in a.mentions]
    spans += [(c.start, c.end) for c in analysis.claims]
    spans += [(e.start, e.end) for ev in analysis.claim_evidence.values() for e in ev]
    assert all(0 <= start <= end <= size for start, end in spans)
    for index in range(len(cleaned.text) + 1):
        start, end = cleaned.raw_span(index, index)
        assert 0 <= start <= end <= size


@EXAMPLES
@given(st.text())
def test_extraction_never_raises_on_arbitrary_unicode(text):
    record = analyze_text(text).to_dict()
    assert record["characters"] == len(text)


@EXAMPLES
@given(text_without_persian)
def test_text_without_persian_is_left_alone_except_for_whitespace(text):
    cleaned = clean(text)
    assert re.sub(r"\s", "", cleaned.text) == re.sub(r"\s", "", text)


# Pieces of Persian news from which claims, mentions and ZWNJ repairs arise, in any order.
NEWS_PIECES = [
    "وزیر امور خارجه",
    "سخنگوی دولت",
    "علی",
    "رضایی",
    "وی",
    "گفت",
    "افزود",
    "اعلام کرد",
    "تاکید کرد",
    ":",
    "«",
    "»",
    "که",
    "،",
    ".",
    "\n",
    "به گفته",
    "از",
    "خواست",
    "تا",
    "همکاری های",
    "تحریمهای",
    "اقتصادی",
    "ایران",
    "تهران",
    "آب کم است",
    "باید",
    "را",
    "دانست",
    "می شود",
    "۱۲",
    "  ",
]
news_text = st.lists(st.sampled_from(NEWS_PIECES), max_size=40).map(" ".join)


@EXAMPLES
@given(news_text)
def test_every_item_cuts_the_raw_text_at_what_it_says_it_covers(text):
    from khabar import tables

    checks = tables.span_checks(analyze_text(text))
    assert checks["all_match"].all(), checks
