from khabar import gazetteer


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
