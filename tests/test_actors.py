"""Actors on the seed article and on news-style paragraphs written for these tests."""

import pytest

from khabar import analyze_text


@pytest.fixture(scope="module")
def article(article_raw):
    return analyze_text(article_raw)


def actor(analysis, name_en):
    found = [a for a in analysis.actors if a.name_en == name_en]
    assert found, f"no actor {name_en}: {[a.name_en for a in analysis.actors]}"
    return found[0]


def kinds(a):
    return [m.kind for m in a.mentions]


def test_the_governor_under_every_name(article):
    khorram = actor(article, "Abedin Khorram")
    assert khorram.name == "عابدین خرم" and khorram.type == "person"
    assert kinds(khorram) == ["title", "name", "pronoun", "surname", "title", "pronoun"]
    assert khorram.roles_en == ["governor of East Azerbaijan"] and khorram.affiliation == "IR"


def test_the_ambassador_under_every_name_including_as_addressee(article):
    koltsov = actor(article, "Dmitry Koltsov")
    assert kinds(koltsov) == ["title", "title", "title", "name", "pronoun", "surname", "title"]
    assert koltsov.mentions[1].paragraph == 3 and koltsov.mentions[1].text == "سفیر بلاروس"
    assert koltsov.affiliation == "BY"


def test_mentions_cut_the_raw_text_exactly(article):
    for a in article.actors:
        for m in a.mentions:
            assert article.raw[m.start : m.end] == m.text


def test_the_governorate_is_an_organisation_and_the_chamber_head_a_person(article):
    governorate = actor(article, "governorate of East Azerbaijan")
    assert governorate.type == "organization"
    head = actor(article, "head of the chamber of commerce of Tabriz")
    assert head.type == "person" and head.name == "رییس اتاق بازرگانی تبریز"
    assert kinds(head) == ["title"]
    assert actor(article, "chamber of commerce of Tabriz").type == "organization"


def test_every_place_with_its_english_name(article):
    places = {a.name_en for a in article.actors if a.type == "place"}
    assert places == {
        "Belarus",
        "East Azerbaijan",
        "Tehran",
        "Tabriz",
        "Mahilyow",
        "Eurasia",
        "Iran",
    }
    assert [m.text for m in actor(article, "Mahilyow").mentions] == ["ماگیلیوف", "ماگیلیوف"]


def test_groups_and_collective_references(article):
    names = {a.name for a in article.actors if a.type == "group"}
    assert {
        "مسئولان اقتصادی استان",
        "تجار و فعالان بخش خصوصی",
        "هیأت‌های اقتصادی و تجاری این کشور",
    } <= names
    two = actor(article, "the two countries")
    members = {a.id: a.name_en for a in article.actors}
    assert sorted(members[m] for m in two.members) == ["Belarus", "Iran"]
    assert len(two.mentions) == 4


MAYOR = """شهردار مشهد در نشست با هیأت تجاری ترکیه اظهار داشت: همکاری‌ها گسترش می‌یابد.
محمدرضا کلانتری در این نشست که با حضور رئیس شورای شهر برگزار شد، افزود: ما آماده‌ایم.
وی خاطرنشان کرد: شهرداری مشهد از سرمایه‌گذاران خارجی استقبال می‌کند."""


def test_another_story_other_titles_and_a_pronoun_for_the_earlier_person():
    analysis = analyze_text(MAYOR)
    mayor = actor(analysis, "Mohammadreza Kalantari")
    assert kinds(mayor) == ["title", "name", "pronoun"]
    assert mayor.roles == ["شهردار مشهد"]
    council = actor(analysis, "head of the council")
    assert kinds(council) == ["title"]  # named last, yet وی is the mayor, the speaker
    assert actor(analysis, "municipality of Mashhad").type == "organization"
    assert actor(analysis, "delegation of Turkey").type == "group"


def test_a_minister_with_a_domain_and_a_country():
    analysis = analyze_text("وزیر امور خارجه ایران در سفر به مسکو گفت: روابط راهبردی است.")
    minister = actor(analysis, "minister of foreign affairs of Iran")
    assert minister.affiliation == "IR"
    assert {a.name_en for a in analysis.actors if a.type == "place"} == {"Iran", "Moscow"}


def test_text_without_actors():
    assert analyze_text("هوا امروز آفتابی است.").actors == ()


def test_everyday_words_are_not_names():
    analysis = analyze_text(
        "عابدین خرم به تبریز رفت. مردم دلی خرم داشتند و امید به آینده داشتند. "
        "میلاد همزمان با عید بود."
    )
    persons = [a for a in analysis.actors if a.type == "person"]
    assert [p.name for p in persons] == ["عابدین خرم"]
    assert kinds(persons[0]) == ["name"]  # خرم "joyful" mid-sentence is not Mr Khorram


def test_this_official_opening_a_sentence_is_the_last_person_named():
    analysis = analyze_text(
        "استاندار آذربایجان شرقی در دیدار با سفیر بلاروس گفت: روابط دو کشور گسترش می‌یابد.\n"
        "این مقام مسئول تصریح کرد: تبریز آماده همکاری است.\n"
        "سفیر بلاروس این مقام را در سال گذشته پذیرفت.\n"
    )
    governor = actor(analysis, "governor of East Azerbaijan")
    assert kinds(governor) == ["title", "demonstrative"]
    assert analysis.claims[1].speaker == governor.id
    # Mid-sentence, «این مقام» is as often "this post": not a mention of anyone.
    ambassador = actor(analysis, "ambassador of Belarus")
    assert kinds(ambassador) == ["title", "title"]


def test_a_comparative_is_not_a_group():
    analysis = analyze_text("وی گفت: بخش خصوصی باید فعال‌تر شود.")
    assert not [a for a in analysis.actors if a.type == "group"]
