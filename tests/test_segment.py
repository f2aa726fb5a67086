from khabar import clean
from khabar.segment import segment

TEXT = """خبر کوتاه درباره دیدار

  استاندار گفت: همکاری‌ها ادامه دارد. وی افزود: ما آماده‌ایم!
سفير بلاروس هم سخن گفت."""


def test_headline_paragraphs_sentences():
    doc = segment(clean(TEXT))
    assert doc.headline is not None and doc.headline.text == "خبر کوتاه درباره دیدار"
    assert [p.index for p in doc.paragraphs] == [0, 1, 2]
    assert [s.paragraph for s in doc.sentences] == [0, 1, 1, 2]


def test_every_token_cuts_the_raw_text_at_its_own_word():
    raw = "سفير  بلاروس، همكاريهاي ما را ستود."
    doc = segment(clean(raw))
    cut = [raw[t.raw_start : t.raw_end] for t in doc.tokens]
    assert cut == ["سفير", "بلاروس", "،", "همكاريهاي", "ما", "را", "ستود", "."]
    assert [t.text for t in doc.tokens][3] == "همکاری\u200cهای"
    assert doc.tokens[3].lemma == "همکاری"


def test_a_paragraph_ending_with_a_full_stop_is_not_a_headline():
    doc = segment(clean("این یک جمله است."))
    assert doc.headline is None


def test_empty_text_has_no_segments():
    doc = segment(clean(""))
    assert (doc.paragraphs, doc.sentences, doc.tokens) == ((), (), ())
