"""Claims on the seed article and on sentences written for these tests."""

import pytest

from khabar import analyze_text

Z = "\u200c"


@pytest.fixture(scope="module")
def article(article_raw):
    return analyze_text(article_raw)


def speaker_names(analysis):
    names = {a.id: a.name for a in analysis.actors}
    return [names.get(c.speaker) for c in analysis.claims]


def test_article_has_17_claims_10_direct_7_indirect(article):
    modes = [c.mode for c in article.claims]
    assert (len(modes), modes.count("direct"), modes.count("indirect")) == (17, 10, 7)
    assert speaker_names(article) == ["عابدین خرم"] * 9 + ["دمیتری کالتسوف"] * 8


def test_article_claim_offsets_cut_exactly_the_content(article):
    def spelled_as_raw(text):  # the raw text lacks ZWNJs and writes بویژه
        return text.replace(Z, "").replace("بهویژه", "بویژه")

    for claim in article.claims:
        cut = article.raw[claim.start : claim.end]
        assert cut == spelled_as_raw(claim.text)
        assert not cut.endswith((".", ":")) and not cut.startswith(":")


def test_indirect_constructions_of_the_article(article):
    by_construction = {}
    for claim in article.claims:
        by_construction.setdefault(claim.construction, []).append(claim)
    assert len(by_construction["object"]) == 4
    assert len(by_construction["frame"]) == 2
    (request,) = by_construction["request"]
    koltsov = next(a for a in article.actors if a.name == "دمیتری کالتسوف")
    assert request.addressee == koltsov.id and request.kind == "request"
    assert by_construction["object"][0].text.startswith("توسعه مناسبات")
    assert by_construction["object"][2].text.startswith("ارتباط استان")


def test_kinds_and_markers(article):
    kinds = {c.text[:12]: (c.kind, c.markers) for c in article.claims}
    assert kinds["امیدواریم فص"] == ("hope", ["hope"])
    assert kinds["در نظر داریم"][0] == "plan"
    assert "obligation" in kinds["روابط دو طرف"][1]


@pytest.mark.parametrize(
    "text",
    [
        "به عبارت دیگر می‌توان گفت: اقتصاد بهتر شده است.",
        "گفت‌وگو میان دو کشور ادامه دارد.",
        "او پاسخ را دانست.",
        "اعلام نتایج انتخابات به تعویق افتاد.",
    ],
)
def test_not_claims(text):
    assert analyze_text(text).claims == ()


def test_headline_cue_without_speaker_is_not_a_claim():
    analysis = analyze_text("سفیر بلاروس گفت: همکاری ادامه دارد\n\nمتن خبر در اینجا است.")
    assert analysis.claims == ()


def test_that_clause_source_and_belief():
    analysis = analyze_text(
        "وزیر امور خارجه ایران اعلام کرد که مذاکرات ادامه دارد. "
        "به گفته وزیر امور خارجه ایران، نشست بعدی در مسکو برگزار می‌شود."
    )
    claims = analysis.claims
    assert [c.construction for c in claims] == ["that", "source"]
    assert claims[0].text == "مذاکرات ادامه دارد"
    assert claims[1].text == "نشست بعدی در مسکو برگزار می‌شود"
    assert claims[0].speaker == claims[1].speaker


def test_unknown_speaker_is_the_opening_noun_phrase():
    (claim,) = analyze_text("معاویه گفت: من تصمیم دارم که نام او را از بین ببرم.").claims
    assert (claim.speaker, claim.speaker_text, claim.mode) == (None, "معاویه", "direct")
    assert analyze_text("گفت: تمام محبت او در دلم باقی است.").claims == ()


def test_quoted_speech_before_and_after_the_speaker():
    analysis = analyze_text(
        "«تحریم‌ها مانع همکاری نیست»، سفیر بلاروس در تهران گفت. استاندار فارس گفت «ما آماده‌ایم»."
    )
    claims = analysis.claims
    assert [(c.mode, c.construction, c.text) for c in claims] == [
        ("direct", "quote", "تحریم‌ها مانع همکاری نیست"),
        ("direct", "quote", "ما آماده‌ایم"),
    ]
    assert claims[0].speaker_text == "سفیر بلاروس در تهران"
    assert claims[1].kind == "offer"


QUOTED_TWICE = (
    "استاندار آذربایجان شرقی در دیدار با سفیر بلاروس گفت: همکاری‌های دو کشور باید گسترش یابد.\n"
    "همچنین افزود: بخش خصوصی دو کشور باید فعال‌تر شود.\n"
)


def test_a_dropped_subject_takes_the_last_speaker():
    analysis = analyze_text(QUOTED_TWICE)
    first, second = analysis.claims
    assert second.speaker == first.speaker == "P1"
    assert second.speaker_text == ""  # no words of the sentence name the speaker
    assert second.text == "بخش خصوصی دو کشور باید فعال‌تر شود"


@pytest.mark.parametrize(
    "second",
    [
        "همچنین افزودند: بخش خصوصی دو کشور باید فعال‌تر شود.",  # plural: someone else
        # A named subject: the person named, never the last speaker.
        "آیت‌الله هاشمی شاهرودی رئیس قوه قضائیه روز سه‌شنبه گفت: نظام نیاز به اصلاحات دارد.",
    ],
)
def test_a_named_or_plural_subject_does_not_take_the_last_speaker(second):
    first = QUOTED_TWICE.splitlines()[0]
    claims = analyze_text(f"{first}\n{second}\n").claims
    assert claims[0].speaker == "P1"
    assert all(c.speaker != "P1" for c in claims[1:])


def test_a_dropped_subject_does_not_reach_back_two_paragraphs():
    first, second = QUOTED_TWICE.splitlines()
    text = f"{first}\nنمایشگاه در تبریز برگزار شد.\nبازدیدکنندگان زیادی آمدند.\n{second}\n"
    assert [c.speaker for c in analyze_text(text).claims] == ["P1"]
