import re

from khabar import gazetteer
from khabar.cleaning import PERSIAN_LETTERS
from khabar.lexicon import fold


def test_multiword_province_and_cities():
    length, found = gazetteer.match(["آذربایجان", "شرقی", "و"], 0)
    assert length == 2 and found[0].name_en == "East Azerbaijan"
    assert gazetteer.match(["تبریز"], 0)[1][0].country == "IR"
    assert gazetteer.match(["مینسک"], 0)[1][0].name_en == "Minsk"


def test_spelling_variant_matches_by_consonant_skeleton():
    assert [p.name_en for p in gazetteer.match_variant("ماگیلیوف")] == ["Mahilyow"]
    assert gazetteer.match_variant("ظظظظ") == ()


def test_countries_have_english_names_and_coordinates():
    iran = gazetteer.places()["country:IR"]
    assert (iran.name_fa, iran.name_en) == ("ایران", "Iran")
    assert iran.lat is not None and gazetteer.country_name_en("BY") == "Belarus"


def names_of(word: str) -> list[str]:
    found = gazetteer.match(word.split(), 0)
    return [f"{p.type}:{p.name_en}" for p in found[1]] if found else []


def test_arab_cities_match_as_persian_writes_them_without_the_article():
    assert names_of("نجف") == ["city:Najaf"]  # city_names.tsv: a frequent word, and a city
    assert names_of("حله") == ["city:Al Hillah"]  # الحله without its article
    assert names_of("غزه") == ["city:Gaza"]
    # Without the article these would be Persian words: island, apple (Algiers, Seeb).
    assert names_of("جزیره") == names_of("سیب") == []


def test_iranian_cities_named_in_the_news_and_province_names_kept_for_provinces():
    assert "city:Kashan" in names_of("کاشان")
    assert "city:Sari" in names_of("ساری")
    assert names_of("گلستان") == ["province:Golestan"]  # not the town of Golestan
    assert sorted(names_of("یزد")) == ["city:Yazd", "province:Yazd"]  # the capital keeps it
    assert names_of("میانه") == []  # "middle": more frequent than a town of 106,000 warrants


def test_every_persian_name_is_in_the_persian_alphabet():
    """Kurdish, Urdu or Uyghur spellings (حلە, بەغداد) never occur in Persian text."""
    letters = re.compile(f"^[{PERSIAN_LETTERS}\u200c ]+$")
    for name in gazetteer.name_index():
        assert letters.match(" ".join(name)), name


def test_match_tries_only_the_lengths_of_names_beginning_with_the_word():
    # gazetteer.match tries the lengths name_lengths() lists; it must find what trying every
    # length up to the longest name finds, at every word of real names and of running text.
    from khabar.lexicon import longest_match
    from khabar.segment import words as text_words

    names = gazetteer.name_index()
    lengths = gazetteer.name_lengths()
    assert lengths["آذربایجان"][0] >= 2 and 1 in lengths["تبریز"]
    assert all(list(found) == sorted(found, reverse=True) for found in lengths.values())
    text = (
        "استاندار آذربایجان شرقی در دیدار با سفیر بلاروس در تبریز گفت که روابط ایران و "
        "بلاروس در استان آذربایجان غربی و شهر ماکو گسترش می‌یابد"
    )
    runs = [[*key, "و", "تهران"] for key in names if len(key) > 1][:300]
    for words in [text_words(text), *runs]:
        for i in range(len(words) + 1):
            expected = longest_match(names, words, i, longest=gazetteer.max_name_length())
            assert gazetteer.match(words, i) == expected


def test_a_province_written_apart_is_the_province():
    words = ["کهگیلویه", "و", "بویر", "احمد", "گفت"]
    length, found = gazetteer.match(words, 0)
    assert length == 4 and found[0].name_en == "Kohgiluyeh and Boyer-Ahmad"


def test_a_place_of_that_name_before_one_listing_it_as_an_old_name():
    assert gazetteer.match(["ساوه"], 0)[1][0].name_en == "Sāveh"


def test_the_iranian_presss_names_for_israel_are_israel():
    for words in (["رژیم", "صهیونیستی"], ["رژیم", "اشغالگر", "قدس"], ["اسرائیل"]):
        length, found = gazetteer.match([fold(w) for w in words], 0)
        assert length == len(words) and found[0].id == "country:IL"


def test_washington_is_the_us_capital():
    length, found = gazetteer.match([fold("واشنگتن")], 0)
    assert length == 1 and found[0].country == "US" and found[0].name_en == "Washington"


def test_a_two_word_name_written_as_one_word_with_a_zwnj_is_the_same_place():
    for written, english in (("خرم‌آباد", "Khorramabad"), ("شاهین‌شهر", "Shāhīn Shahr")):
        found = gazetteer.match([written], 0)
        assert found is not None and found[0] == 1
        assert found[1][0].name_en == english


def test_iranian_cities_under_the_spellings_news_gives_them():
    # GeoNames writes «شهر کرد» and «قائم شهر» with a space; news writes them solid or joined
    for spelling, city in [
        ("شهرکرد", "Shahr-e Kord"),
        ("قائمشهر", "Qā’em Shahr"),
        ("قائم‌شهر", "Qā’em Shahr"),
        ("فیروزآباد", "Fīrūzābād"),
        ("چابهار", "Chabahar"),
    ]:
        found = gazetteer.match([fold(spelling)], 0)
        assert found and found[1][0].name_en == city, spelling
