"""Themes: the codebook on the seed article and on paragraphs written for these tests."""

import pytest

from khabar import analyze_text, tables
from khabar.themes import codebook


@pytest.fixture(scope="module")
def article(article_raw):
    return analyze_text(article_raw)


def test_codebook_has_the_themes_the_genre_needs():
    ids = {t.id for t in codebook()}
    assert {
        "bilateral_relations",
        "regional_cooperation",
        "sanctions",
        "economy",
        "trade",
        "industry",
        "transit",
        "transport",
        "tourism",
        "culture_friendship",
        "private_sector",
        "exhibitions",
        "infrastructure",
        "eurasian_integration",
    } <= ids
    assert all(t.label_fa and t.label_en and t.definition and t.terms for t in codebook())


def test_every_claim_has_a_theme_with_evidence_cut_from_the_raw_text(article):
    for claim in article.claims:
        assert claim.themes
        evidence = article.claim_evidence[claim.id]
        assert {e.theme for e in evidence} == set(claim.themes)
        for e in evidence:
            assert article.raw[e.start : e.end] == e.text
            assert claim.start <= e.start < e.end <= claim.end


def test_speaker_profiles(article):
    shares = tables.themes_by_speaker(article)
    khorram, koltsov = "عابدین خرم", "دمیتری کالتسوف"
    for theme in ("sanctions", "regional_cooperation", "trade", "tourism", "exhibitions"):
        assert shares.loc[khorram, theme] > shares.loc[koltsov, theme], theme
    for theme in ("culture_friendship", "industry", "transport", "transit", "eurasian_integration"):
        assert shares.loc[koltsov, theme] > shares.loc[khorram, theme], theme


@pytest.mark.parametrize(
    "text",
    [
        "وزیر جهاد کشاورزی گفت: برداشت گندم امسال به دلیل بارش‌های مناسب افزایش یافته و "
        "کشاورزان از قیمت خرید تضمینی راضی هستند.",
        "مدیرعامل شرکت ملی گاز گفت: مصرف گاز خانگی در زمستان افزایش می‌یابد و مردم باید "
        "در مصرف صرفه‌جویی کنند.",
    ],
    ids=["agriculture", "energy"],
)
def test_other_topics_get_no_false_themes(text):
    analysis = analyze_text(text)
    assert len(analysis.claims) == 1 and analysis.claims[0].themes == []


@pytest.mark.parametrize(
    "variant", ["تحریم", "تحریم‌ها", "تحریمها", "تحریم های", "تحریم‌های ظالمانه"]
)
def test_plural_and_zwnj_variants_match(variant):
    analysis = analyze_text(f"سفیر ایران گفت: {variant} بی‌اثر است.")
    assert "sanctions" in analysis.claims[0].themes


@pytest.mark.parametrize(
    ("phrase", "theme"),
    [("صنعت گردشگری", "tourism"), ("صنایع دستی", "tourism"), ("صنایع فولاد", "industry")],
)
def test_a_longer_term_wins_over_another_themes_shorter_term(phrase, theme):
    analysis = analyze_text(f"سفیر ایران گفت: {phrase} رونق دارد.")
    assert analysis.claims[0].themes == [theme]
