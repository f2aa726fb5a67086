import pickle
import subprocess
import sys

import pytest

from khabar import clean, clean_text
from khabar.cleaning import Change

Z = "\u200c"

# The words of the seed article that lost their ZWNJ, as the Academy's spelling writes them:
# the 32. راهسازی stays as written: Persian writers write it joined more often than
# راه‌سازی (wordfreq), and a compound that usage writes joined is left alone.
ARTICLE_RESTORED = [
    "همکاری‌های",
    "تحریم‌های",
    "ظرفیت‌های",
    "بخش‌های",
    "هیأت‌های",
    "ظرفیت‌های",
    "زمینه‌ها",
    "ظرفیت‌های",
    "زمینه‌های",
    "نمایشگاه‌های",
    "ظرفیت‌ها",
    "توانمندی‌هاست",
    "زمینه‌ها",
    "استان‌های",
    "تلاش‌های",
    "ظرفیت‌های",
    "سی‌امین",
    "برنامه‌های",
    "ویژه‌ای",
    "استان‌های",
    "ظرفیت‌های",
    "توانمندی‌های",
    "شرکت‌های",
    "آماده‌ایم",
    "نیازمندی‌های",
    "به‌ویژه",
    "زمینه‌های",
    "علاقه‌مندیم",
    "حمل‌ونقل",
    "ظرفیت‌های",
    "موافقت‌نامه",
    "می‌تواند",
]


def test_article_gets_all_its_zwnjs_and_nothing_else(article_cleaned):
    from khabar.tables import word_changes

    restored = word_changes(article_cleaned)
    assert list(restored["after"]) == ARTICLE_RESTORED
    assert {c.kind for c in article_cleaned.changes} == {"zwnj-in-word"}
    assert (
        article_cleaned.text.replace("به\u200cویژه", "بویژه").replace(Z, "") == article_cleaned.raw
    )


def test_article_keeps_compound_verbs_spaced(article_cleaned):
    assert "راهسازی" in article_cleaned.text
    assert "فعال کنیم" in article_cleaned.text
    assert "به عنوان" in article_cleaned.text
    assert "دمیتری" in article_cleaned.text


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("كتاب ياران", "کتاب یاران"),
        ("مدرسهٔ", "مدرسه"),
        ("عِلمی", "علمی"),
        ("سلامـــت", "سلامت"),
        ("سال ۲۰۲۳ و ٢٠٢٤", "سال 2023 و 2024"),
        ("\ufeb3\ufefc\ufee1", "سلام"),
        ("گفت :سلام", "گفت: سلام"),
        ("«  سلام  » ، خوب", "«سلام»، خوب"),
        ("نه\u200c\u200cچندان", "نه\u200cچندان"),
        ("خبر: word\u200c and\u200d", "خبر: word and"),
        ("only Latin\u200d\u00a0 here ", "only Latin\u200d here"),
        ("  دو   فاصله  ", "دو فاصله"),
        # A soft hyphen between letters is the writer's ZWNJ, with or without a space beside
        # it; anywhere else it is only removed.
        ("گفت\u00ad وگوهای دیشب", "گفت\u200cوگوهای دیشب"),
        ("شبکه بی \u00adبی \u00adسی", "شبکه بی\u200cبی\u200cسی"),
        ("روز پنج\u00adشنبه", "روز پنج\u200cشنبه"),
        ("سلام\u00ad. خوب \u00ad 2", "سلام. خوب 2"),
    ],
)
def test_character_and_spacing_normalisation(raw, expected):
    assert clean(raw, restore_zwnj=False).text == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("همکاریهای مشترک", "همکاری‌های مشترک"),
        ("همکاری های مشترک", "همکاری‌های مشترک"),
        ("میتوانند", "می‌توانند"),
        ("می توانند", "می‌توانند"),
        ("نمیدانم", "نمی‌دانم"),
        ("برمیگردد", "برمی‌گردد"),
        ("گونهای", "گونه‌ای"),
        ("بینالمللی", "بین‌المللی"),
        ("پیشبینی", "پیش‌بینی"),
        ("بزرگ ترین", "بزرگ‌ترین"),
        ("رفته اند", "رفته‌اند"),
        ("خانه ای", "خانه‌ای"),
        ("علاقهمند", "علاقه‌مند"),
        ("تصمیم گیری های", "تصمیم‌گیری‌های"),
        # A chain: the second join is decided on the whole joined form before it.
        ("بزرگ ترین ها", "بزرگ‌ترین‌ها"),
        ("کتاب های ما", "کتاب‌های ما"),
        ("کار ها", "کارها"),
    ],
)
def test_zwnj_restoration(raw, expected):
    assert clean_text(raw) == expected


@pytest.mark.parametrize(
    "correct",
    [
        "باید ظرفیت‌ها را فعال کنیم.",
        "در میدان شهر",
        "نقش میانجی را پذیرفت",
        "همکاری‌های دو کشور",
        "به عنوان نمونه",
        "در صورتی که بیاید",
        "بیشتر از همیشه",
        "دختر و پدر",
        "Latin text, 2023: untouched.",
    ],
)
def test_correct_text_is_left_alone(correct):
    assert clean_text(correct) == correct


def test_every_cleaned_character_maps_inside_the_raw_text():
    raw = "  همكاريهاي  مشترك ،  می توانند\r\nسطر ۲"
    cleaned = clean(raw)
    assert cleaned.text == "همکاری‌های مشترک، می‌توانند\nسطر 2"
    for i in range(len(cleaned.text)):
        start, end = cleaned.raw_span(i, i + 1)
        assert 0 <= start <= end <= len(raw)
    assert cleaned.raw_excerpt(0, 10) == "همكاريهاي"
    assert cleaned.raw_excerpt(11, 16) == "مشترك"


def test_changes_locate_each_edit_in_the_raw_text():
    raw = "همکاریهای مشترك"
    cleaned = clean(raw)
    kinds = [(c.kind, c.before, c.after) for c in cleaned.changes]
    assert kinds == [("zwnj-in-word", "", Z), ("letter", "ك", "ک")]
    assert cleaned.changes[0].start == 6
    assert raw == "همکاریهای مشترك"


def test_line_count_is_preserved():
    raw = "خط اول\n\n  \nخط ‌چهارم\r\nپنجم\rششم"
    assert clean_text(raw).count("\n") == 5


def test_cleaning_is_idempotent(article_cleaned):
    assert clean_text(article_cleaned.text) == article_cleaned.text


def test_empty_text():
    cleaned = clean("")
    assert cleaned.text == "" and cleaned.changes == ()


@pytest.mark.parametrize(
    "imports",
    [
        "from khabar import analyze_text, clean",
        "from khabar.analysis import analyze_text; from khabar import clean",
        "import khabar; khabar.analyze_text; from khabar import clean",
    ],
)
def test_khabar_clean_is_the_function_whatever_was_imported_before(imports):
    # The cleaning module is khabar.cleaning: loading it never shadows the function.
    code = f"{imports}; assert clean('سلام  دنیا').text == 'سلام دنیا'"
    subprocess.run([sys.executable, "-c", code], check=True)


def test_the_cleaners_changes_are_whole_changes():
    """The cleaner fills its Change objects' slots directly: they must equal, print and
    pickle as ones made by the constructor."""
    for change in clean("سفير  بلاروس، همكاريهاي ما را ستود").changes:
        fields = (change.kind, change.start, change.end, change.before, change.after, change.rule)
        made = Change(*fields)
        assert change == made and repr(change) == repr(made) and hash(change) == hash(made)
        assert pickle.loads(pickle.dumps(change)) == made
