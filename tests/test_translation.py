"""The project's translations: found by the raw text's sha256, aligned to the paragraphs."""

from khabar import analyze_text, tables
from khabar.translation import find_translation


def test_the_seed_translation_is_aligned_paragraph_by_paragraph(seed_analysis):
    translation = seed_analysis.translation
    assert translation is not None and translation.summary
    paragraphs = seed_analysis.document.paragraphs
    assert [(p.index, p.raw_start, p.raw_end) for p in paragraphs] == [
        (g.paragraph, g.raw_start, g.raw_end) for g in translation.paragraphs
    ]
    assert translation.paragraphs[0].en.startswith("We have no obstacle")


def test_claims_carry_the_english_gloss_of_their_paragraph(seed_analysis):
    claims = tables.claims(seed_analysis)
    request = claims[claims["kind"] == "request"].iloc[0]
    assert "asked the Belarusian ambassador" in request["gloss_en"]
    assert set(claims["speaker_name_en"]) == {"Abedin Khorram", "Dmitry Koltsov"}


def test_a_changed_text_has_no_translation_and_keeps_the_automatic_romanisation(article_raw):
    changed = article_raw + "\n"
    assert find_translation("0" * 64) is None
    analysis = analyze_text(changed)
    assert analysis.translation is None
    names = {a.name_en for a in analysis.actors}
    assert "Abedin Khorram" not in names  # the translation's spelling is not used...
    assert "Abedin Kharam" in names  # ...khabar's own, from the pronunciation lexicon, is
    assert set(tables.claims(analysis)["gloss_en"]) == {""}
