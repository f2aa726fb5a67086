"""Keyterms: ranked by weighted log-odds, labelled with the article's own forms."""

import pytest

from khabar import analyze_text, tables
from khabar.keyterms import content_key, lexicon_lemma


def terms_of(text: str) -> list[tuple[str, int]]:
    return [(k.term, k.count) for k in analyze_text(text).keyterms]


def test_the_seed_keyterms_lead_with_its_own_words(seed_analysis):
    terms = list(tables.keyterms(seed_analysis, top=10)["term"])
    assert "بلاروس" in terms[:3] and "آذربایجان شرقی" in terms


def test_words_the_background_never_saw_do_not_tie_a_word_used_more_ranks_higher():
    text = (
        "خبر\n"
        + "وزیر در دیدار با کارگزاران شرکت زرین‌کوهان گفت که زرین‌کوهان کارخانه تازه‌ای دارد. " * 6
        + "او افزود که شرکت سپیدرودان نیز در این طرح هست و سپیدرودان سهم دارد.\n"
    )
    ranked = dict(terms_of(text))
    names = [t for t in ranked if t in ("زرین‌کوهان", "سپیدرودان")]
    assert names == ["زرین‌کوهان", "سپیدرودان"]
    scores = {k.term: k.z for k in analyze_text(text).keyterms}
    assert scores["زرین‌کوهان"] > scores["سپیدرودان"]


def test_labels_are_the_articles_own_forms_with_their_zwnjs():
    text = "خبر\n" + "کشتی‌ها در دریای سرخ از بی‌احترامی به قوانین دریایی گله دارند. " * 3 + "\n"
    terms = [t for t, _ in terms_of(text)]
    assert "دریای سرخ" in terms and "بی‌احترامی" in terms
    assert not [t for t in terms if "دری " in t or t == "بیاحترامی"]


@pytest.mark.parametrize(
    ("word", "lemma"),
    [
        ("دریای", "دریا"),  # an ezafe after a vowel, not دری "Dari"
        ("مربیانی", "مربی"),  # an indefinite after a plural
        ("کشورهای", "کشور"),
        ("تحریم‌ها", "تحریم"),
        ("اقتصادی", "اقتصادی"),  # a word of its own
        ("رئیسی", "رئیسی"),  # a name in ی keeps it
        ("زرین‌کوهان", "زرین‌کوهان"),  # unknown to the lexicon: itself
    ],
)
def test_a_lemma_is_used_only_when_it_is_a_word_of_the_lexicon(word, lemma):
    assert lexicon_lemma(word) == lemma


def test_verbs_digits_and_stopwords_are_not_keyterms():
    assert content_key("گفت") is None and content_key("1404") is None
    assert content_key("که") is None and content_key("،") is None


def test_an_article_with_no_repeated_content_word_has_no_keyterms():
    assert analyze_text("خبر\nباران آمد.\n").keyterms == ()
