import re
import sys

import pytest
from hazm import Lemmatizer

from conftest import FIXTURES, SECOND_ARTICLE
from khabar import clean
from khabar.lexicon import hazm_words
from khabar.segment import (
    HAZM_TOKEN_STARTS,
    _sentence_tokens,
    lemmatizer,
    segment,
    word_token_pattern,
    word_tokenizer,
    words,
)

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


def _each_sentence_matched(text, spans):
    found = [[m.span() for m in word_token_pattern().finditer(text, s, e)] for _, s, e in spans]
    return [m for spans_of in found for m in spans_of], [len(f) for f in found]


@pytest.mark.parametrize(
    "spans",
    [
        [(0, 0, 17), (0, 18, 38)],  # the sentences hazm finds: the text matched at once
        [(0, 0, 3), (0, 3, 38)],  # an edge inside «همکاری»
        [(0, 0, 17), (0, 24, 38)],  # «دارد» in no sentence
        [(0, 2, 17)],  # the first word cut, the last sentence left out
    ],
)
def test_sentence_tokens_are_those_of_each_sentence_matched_alone(spans):
    text = "همکاری ۲.۵ ادامه. دارد (ما) آماده‌ایم!"
    words, starts, ends, sentences = _sentence_tokens(text, spans)
    expected, counts = _each_sentence_matched(text, spans)
    assert list(zip(starts, ends, strict=True)) == expected
    assert words == [text[s:e] for s, e in expected]
    assert [last - first for *_, first, last in sentences] == counts
    assert [s[:3] for s in sentences] == spans


def test_a_paragraph_ending_with_a_full_stop_is_not_a_headline():
    doc = segment(clean("این یک جمله است."))
    assert doc.headline is None


def test_empty_text_has_no_segments():
    doc = segment(clean(""))
    assert (doc.paragraphs, doc.sentences, doc.tokens) == ((), (), ())


def test_token_starts_are_exactly_those_of_hazms_pattern():
    hazm_pattern = word_tokenizer().pattern
    starts = re.compile(f"[{HAZM_TOKEN_STARTS}]")
    differ = [
        c
        for c in map(chr, range(sys.maxunicode + 1))
        if bool(hazm_pattern.match(c)) != bool(starts.match(c))
    ]
    assert differ == []


@pytest.mark.parametrize("cleaned", [False, True], ids=["raw", "cleaned"])
def test_tokens_are_hazms_tokens(article_raw, cleaned):
    lines = [
        *(FIXTURES / "ud_persian_dev_slice.txt").read_text(encoding="utf-8").splitlines(),
        *article_raw.splitlines(),
        *SECOND_ARTICLE.read_text(encoding="utf-8").splitlines(),
        "۱۲.۵ درصد: (الف) «ب» ؟!? x...y ::: ۳:۴۵ a\tb\\c/d",
        "  دو  فاصله\u00a0و\u2009باریک  http://x.ir/a?b=1 ۱۴۰۲/۰۵/۰۱ ",
    ]
    for line in lines:
        text = clean(line).text if cleaned else line
        found = [m.group() for m in word_token_pattern().finditer(text)]
        assert found == word_tokenizer().tokenize(text)


def test_the_compact_lemmatizer_lemmatises_as_hazms_own(article_raw):
    stock = Lemmatizer(joined_verb_parts=False)
    assert hazm_words().keys() == stock.words.keys()
    texts = [
        (FIXTURES / "ud_persian_dev_slice.txt").read_text(encoding="utf-8"),
        article_raw,
        SECOND_ARTICLE.read_text(encoding="utf-8"),
    ]
    forms = {token.text for text in texts for token in segment(clean(text)).tokens}
    forms |= {"می‌رود", "نرفته‌اند", "کتاب‌هایشان", "دیدیم", "است"}
    assert {form: lemmatizer().lemmatize(form) for form in forms} == {
        form: stock.lemmatize(form) for form in forms
    }


def test_words_are_hazms_word_tokens_without_punctuation(article_raw):
    expected = [t for t in word_tokenizer().tokenize(article_raw) if any(c.isalnum() for c in t)]
    assert words(article_raw) == expected
