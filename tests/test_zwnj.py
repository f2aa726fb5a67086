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
