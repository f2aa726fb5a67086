"""What the notebooks say about an article is computed from it, in Persian and English."""

import re
from pathlib import Path

from khabar import analyze, analyze_text
from khabar import narrative as say
from khabar.prose import Text

FIXTURES = Path(__file__).parent / "fixtures" / "articles"


def text_of(block) -> str:
    return re.sub(r"<[^>]+>", " ", block.data)


def persian_and_english(block) -> tuple[str, str]:
    persian, english = block.data.split("</div>", 1)
    return text_of(type(block)(persian)), text_of(type(block)(english))


def test_the_seed_article_in_numbers(seed_analysis):
    fa, en = persian_and_english(say.raw_text_note(seed_analysis))
    assert "no zero-width non-joiner" in en and "restores 32 of them in 32 words" in en
    assert "همکاریهای → همکاری‌های" in en and "بازمی‌گرداند" in fa
    assert "Paragraph 0 is the headline" in text_of(say.headline_note(seed_analysis))
    requests = text_of(say.requests_note(seed_analysis))
    assert "Abedin Khorram makes a request of Dmitry Koltsov in paragraph 3" in requests
    assert "«از سفیر بلاروس خواست»" in requests
    order = text_of(say.mention_order_note(seed_analysis))
    assert "Abedin Khorram is first referred to by title (paragraph 1), then by name" in order
    leaders = text_of(say.theme_leaders_note(seed_analysis))
    assert re.search(r"Abedin Khorram leads on [^.]*Sanctions", leaders)
    assert re.search(r"Dmitry Koltsov leads on [^.]*Industry", leaders)


def test_an_article_without_claims_says_so():
    analysis = analyze(FIXTURES / "rainfall_no_claims.txt", cache=True)
    assert "attributes no claims" in text_of(say.claims_note(analysis))
    assert "No claim carries a theme" in text_of(say.theme_leaders_note(analysis))
    assert "makes no request" in text_of(say.requests_note(analysis)) or "No speaker" in text_of(
        say.requests_note(analysis)
    )
    assert "No person was found" in text_of(say.mention_order_note(analysis))


def test_a_text_without_a_headline_line_says_paragraph_0_is_text():
    analysis = analyze_text("وزیر امور خارجه روز شنبه در نشستی خبری گفت که مذاکرات ادامه دارد.\n")
    assert "does not look like a headline" in text_of(say.headline_note(analysis))


def test_a_latin_text_has_no_persian_words_and_no_zwnj_work():
    analysis = analyze_text("The minister said the talks would go on.\n")
    assert "no Persian words" in text_of(say.token_note(analysis))
    assert "adds none" in text_of(say.raw_text_note(analysis))


def test_article_text_in_a_sentence_is_escaped():
    analysis = analyze_text("خبر\n<b>احمد</b> گفت: <script>x</script> آب کم است.\n")
    for note in (say.claims_note, say.theme_leaders_note, say.requests_note):
        assert "<script>" not in note(analysis).data and "<b>" not in note(analysis).data


def test_the_topic_profile_names_the_first_codes_with_their_share(seed_analysis):
    cap = text_of(say.topic_profile_note(seed_analysis, scheme="cap"))
    assert re.search(r"highest score goes to +International Affairs +\(\d+% of the total", cap)
    assert "Foreign Trade" in cap
    stress = text_of(say.topic_stress_note(seed_analysis, scheme="cap"))
    assert "Abedin Khorram stresses" in stress and "Dmitry Koltsov stresses" in stress
    assert re.search(r"\(\d+/9 of their claims\)", stress)


def test_topic_notes_of_an_article_without_claims_or_codes():
    analysis = analyze(FIXTURES / "latin_only.txt", cache=True)
    for scheme in analysis.topics.schemes:
        assert "no code has enough evidence" in text_of(
            say.topic_profile_note(analysis, scheme=scheme)
        )
        assert "No claim carries a code" in text_of(say.topic_stress_note(analysis, scheme=scheme))


def test_an_english_count_agrees_with_its_noun():
    one = Text.say("actors.counts", persons=1, organizations=2, groups=0, places=1)
    assert one.en == "1 person, 2 organisations, 0 groups and 1 place."
    assert one.fa.startswith("1 شخص")
