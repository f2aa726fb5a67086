"""ZWNJ restoration measured on a slice of correctly written Persian (UD dev sentences)."""

import pytest

from conftest import FIXTURES
from khabar.cleaning import clean
from khabar.evaluation import score_lines, without_zwnj, zwnj_as_space
from khabar.zwnj import ZwnjRestorer, default_restorer

GOLD = (FIXTURES / "ud_persian_dev_slice.txt").read_text(encoding="utf-8").splitlines()


@pytest.fixture(scope="module")
def rules_only() -> ZwnjRestorer:
    """The generic rules and lexicons, without the development sentences' spelling counts."""
    return ZwnjRestorer(corpus_sources=())


def cleaned_lines(lines, restorer):
    return clean("\n".join(lines), restorer=restorer).text.split("\n")


@pytest.mark.parametrize(
    ("damage", "minimum"), [(without_zwnj, 0.88), (zwnj_as_space, 0.8)], ids=["deleted", "spaced"]
)
def test_generic_rules_restore_most_zwnjs(rules_only, damage, minimum):
    counts, _ = score_lines(GOLD, cleaned_lines([damage(g) for g in GOLD], rules_only))
    assert counts.f1_lenient >= minimum
    assert counts.precision_lenient >= 0.95


def test_correct_sentences_are_rarely_touched(rules_only):
    _, changed = score_lines(GOLD, cleaned_lines(GOLD, rules_only))
    assert changed.lenient / len(GOLD) <= 0.05


def test_cleaning_twice_changes_nothing_more():
    restorer = default_restorer()
    for damage in (without_zwnj, zwnj_as_space):
        once = cleaned_lines([damage(g) for g in GOLD], restorer)
        assert cleaned_lines(once, restorer) == once


@pytest.mark.parametrize(
    ("word", "rule"),
    [
        ("همکاریهای", "plural"),
        ("میتواند", "verb"),
        ("آمادهایم", "clitic"),
        ("سیامین", "ordinal"),
        ("بویژه", "standard"),
        ("حملونقل", "lexicon"),
    ],
)
def test_each_restoration_names_its_rule(word, rule):
    assert default_restorer().analyse_word(word)[1] == rule


# ----- first, do no harm -------------------------------------------------------------------
@pytest.mark.parametrize(
    "word",
    # Compounds Persian writers write joined at least as often as with a ZWNJ, names that
    # begin with می, and a pronoun's plural.
    [
        "همفکری",
        "دستکاری",
        "خوشبین",
        "کهنسال",
        "یکصد",
        "اسلامگرایان",
        "میرآبادی",
        "میرمحمدی",
        "میرزا",
        "میتانی",
        "آنها",
        "اینها",
    ],
)
def test_a_correct_joined_word_stays_joined(word):
    assert default_restorer().restore_word(word) == word


@pytest.mark.parametrize(
    ("word", "restored"),
    [
        ("میتواند", "می\u200cتواند"),
        ("میرنجاند", "می\u200cرنجاند"),  # a causative built from a present stem
        ("میداشته", "می\u200cداشته"),  # a past participle after می
        ("موافقتنامه", "موافقت\u200cنامه"),  # نامه after its base, by the spelling rules
    ],
)
def test_mi_before_a_verb_and_rule_derivations_still_split(word, restored):
    assert default_restorer().restore_word(word) == restored


@pytest.mark.parametrize(
    "pair",
    [
        "رئیس جمهوری",
        "سیب زمینی",
        "عقب ماندگی",
        "تربیت بدنی",
        "زمین لرزه",
        "فارغ التحصیل",
        "جهت گیری",
        "ماشین آلات",
        "بی هوشی",
        "کپی برداری",
        "تعیین کننده",
        "اصول گرایان",
    ],
)
def test_spaced_compounds_are_joined(pair):
    joined = default_restorer().joiner(*pair.split())
    assert joined is not None and joined[0] == "\u200c"


@pytest.mark.parametrize(
    "pair",
    # determiner and numeral phrases, a doubled word, a participle after its verb's object,
    # a phrase hazm's lexicon holds only as a stray spelling, a pair Wikipedia writes apart
    [
        "این گونه",
        "یک بار",
        "هیچ یک",
        "آرام آرام",
        "داده شده",
        "قابل مشاهده",
        "به عنوان",
        "بی آنکه",
        "محیط زیست",
    ],
)
def test_phrases_stay_apart(pair):
    assert default_restorer().joiner(*pair.split()) is None


def test_curated_compounds_are_attested_as_their_sources_say():
    from khabar import lexicon
    from khabar.zwnj import fixed_compounds

    freq, words, wiki = lexicon.word_frequencies(), lexicon.hazm_words(), lexicon.wiki_counts()
    ud = lexicon.spelling_counts(lexicon.UD_DEV_SOURCES)
    rows = lexicon.read_table("lexicons", "zwnj_compounds.tsv")
    assert {r["form"] for r in rows} == fixed_compounds() and len(rows) >= 40
    for row in rows:
        form = row["form"]
        held = {"hazm": form in words, "wordfreq": form in freq, "wiki": wiki.get(form, 0) > 0}
        assert {s for s, ok in held.items() if ok} == set(row["source"].split()), form
        assert row["gloss"] and "\u200c" in form and " " not in form
        apart = form.replace("\u200c", " ", 1)
        assert wiki.get(apart, 0) + ud.get(apart, 0) <= wiki.get(form, 0) + ud.get(form, 0)


def test_wikipedia_counts_ship_with_their_attribution():
    from khabar.lexicon import data_path, wiki_counts

    counts = wiki_counts()
    assert counts["آن\u200cها"] > 100 and counts["رئیس\u200cجمهور"] > 10
    header = data_path("lexicons", "wiki_spellings.tsv").read_text(encoding="utf-8")[:1200]
    assert "CC BY-SA 4.0" in header and "Wikipedia" in header
    for name in ("LICENSE-Text-Mining-Persian-NER.txt", "LICENSE-PouriaYazdani-Persian-NER.txt"):
        assert "MIT License" in data_path("lexicons", name).read_text(encoding="utf-8")


# ----- affixes, prefixes and compounds of the second round (issue 17) -------------------------
# The rules alone (no UD spelling counts), so that the tests show what the rules do.
@pytest.mark.parametrize(
    ("word", "restored", "rule"),
    [
        ("نامهات", "نامه\u200cات", "clitic"),  # ات after a silent ه
        ("خانهشان", "خانه\u200cشان", "clitic"),
        ("علاقهتان", "علاقه\u200cتان", "clitic"),
        ("راحتتری", "راحت\u200cتری", "comparative"),  # تری: راحت‌تر is in use
        ("کردهایم", "کرده\u200cایم", "clitic"),  # کرد is a verb only: not a plural of it
        ("بیخود", "بی\u200cخود", "compound"),  # بی apart: the ZWNJ spelling is attested
        ("بینهایت", "بی\u200cنهایت", "compound"),
    ],
)
def test_productive_affixes_split_a_joined_word(rules_only, word, restored, rule):
    assert rules_only.analyse_word(word) == (restored, rule)


@pytest.mark.parametrize(
    "word",
    # an Arabic plural (ه a consonant before ات), a consonant ه before a clitic, a name that
    # ends like a comparative, words that begin with بی's letters or that usage writes joined,
    # a pronoun's plural, رها + یم
    [
        "توجهات",
        "اشتباهات",
        "سهام",
        "گروهشان",
        "دمیتری",
        "مهمان",
        "متهمان",
        "بیمار",
        "بیدار",
        "بیمه",
        "بیچاره",
        "بیرون",
        "بیشتری",
        "همانها",
        "رهایم",
    ],
)
def test_words_that_only_look_affixed_stay_joined(rules_only, word):
    assert rules_only.restore_word(word) == word


@pytest.mark.parametrize(
    "pair",
    [
        "سه شنبه",
        "نیم رخ",
        "میان دوره",  # hazm's lexicon: its numeral and preposition tags
        "حشره کش",
        "سبوس دار",
        "سیل زده",  # heads that are words too, where a lexicon has them
        "دوچرخه سواران",
        "خط کشی",
        "چانه زنی",
        "روزنامه نگاران",  # heads by rule
        "اقتصادی ترین",  # ترین is never a word of its own
    ],
)
def test_more_spaced_compounds_are_joined(rules_only, pair):
    joined = rules_only.joiner(*pair.split())
    assert joined is not None and joined[0] == "\u200c"


@pytest.mark.parametrize(
    "pair",
    # a verb phrase, a preposition and its object, a numeral and its noun, a doubled word, a
    # conjunction after its noun, a participle after its object
    [
        "ضربه زده",
        "صدا زده",
        "دوست داری",
        "به زودی",
        "یک باره",
        "هیچ گاه",
        "دانه دانه",
        "وقتی که",
        "گرفته شده",
    ],
)
def test_phrases_stay_apart_whatever_a_corpus_writes(pair):
    assert default_restorer().joiner(*pair.split()) is None


def test_a_plural_at_a_sentences_end_may_be_a_verb(rules_only):
    def cleaned(text):
        return clean(text, restorer=rules_only).text

    assert cleaned("تو آن را ساختهای.") == "تو آن را ساخته\u200cای."
    assert cleaned("ساختهای بزرگ شهر") == "ساخت\u200cهای بزرگ شهر"  # an ezafe needs a word after


# ----- issue 17, third round ---------------------------------------------------------------
@pytest.mark.parametrize(
    ("word", "restored"),
    [
        ("عبداللهبنزبیر", "عبدالله\u200cبن\u200cزبیر"),
        ("عدیبنحاتم", "عدی\u200cبن\u200cحاتم"),
        ("علیابنابیطالب", "علی\u200cابن\u200cابیطالب"),
    ],
)
def test_a_patronymic_that_lost_its_zwnjs_is_split(rules_only, word, restored):
    assert rules_only.analyse_word(word) == (restored, "patronymic")


@pytest.mark.parametrize("word", ["تابناک", "پایبند", "لبنانی", "عمروبنعاص"])
def test_words_with_bn_inside_stay_whole(rules_only, word):
    # attested words, and a name whose first part ends in a letter that never joins (عمرو)
    assert rules_only.restore_word(word) == word


def test_a_spaced_patronymic_stays_spaced(rules_only):
    assert clean("عبدالله بن زبیر", restorer=rules_only).text == "عبدالله بن زبیر"


@pytest.mark.parametrize("pair", ["اصلاح طلبان", "شرکت کنندگان", "علاقه مندان"])
def test_a_bound_head_joins_whatever_wikipedia_writes_apart(rules_only, pair):
    assert rules_only.wiki.get(pair, 0) > 0  # Wikipedia writes it apart at least once
    assert rules_only.joiner(*pair.split()) == ("\u200c", "compound")


def test_no_ezafe_complement_means_he_plus_ye(rules_only):
    def cleaned(text):
        return clean(text, restorer=rules_only).text

    assert cleaned("در زمینهای از هنر") == "در زمینه\u200cای از هنر"  # a preposition next
    assert cleaned("به مرتبهای میرسد") == "به مرتبه\u200cای می\u200cرسد"  # a verb next
    assert cleaned("در زمینهای، ") == "در زمینه\u200cای،"  # punctuation next
    assert cleaned("زمینهای کشاورزی") == "زمین\u200cهای کشاورزی"  # an ezafe complement


@pytest.mark.parametrize("word", ["نهصدمین", "خوشبختیم", "دندانپزشکان"])
def test_a_compounds_base_written_joined_keeps_its_forms_joined(word):
    assert default_restorer().restore_word(word) == word


@pytest.mark.parametrize(
    ("counts", "word", "restored"),
    [
        ("perdt_3", "دستهای", "دست\u200cهای"),
        ("perdt_3", "تیرهای", "تیرهای"),  # ر never joins: the plural needs no ZWNJ
        ("seraji_5", "سازهای", "سازهای"),
    ],
)
def test_two_attested_readings_go_by_the_frequency_list(counts, word, restored):
    # دست‌های and دسته‌ای are both correct, and the sentences without one block of a treebank
    # write دسته‌ای more often: the frequency list, not a few sentences, decides
    from khabar.lexicon import UD_DEV_SOURCES

    restorer = ZwnjRestorer(corpus_sources=tuple(s for s in UD_DEV_SOURCES if s != counts))
    assert restorer.restore_word(word) == restored


@pytest.mark.parametrize("word", ["گریاند", "رعایای", "پوریای"])
def test_a_verb_or_an_ezafe_after_a_long_vowel_takes_no_clitic(rules_only, word):
    # a causative verb (گریاند), a word ending in ا with its ezafe's ی (رعایای خود, پوریای ولی)
    assert rules_only.restore_word(word) == word
