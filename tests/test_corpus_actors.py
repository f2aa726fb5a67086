"""One actor across articles: name forms folded, honorifics stripped, surnames resolved."""

from __future__ import annotations

import pandas as pd

from conftest import FIXTURES
from khabar.corpus_actors import corpus_actors, link_actors, name_tokens, speaker_actors
from khabar.corpus_build import CorpusTables, build_tables, corpus_folders


def actor_rows(*rows):
    columns = ["source", "id", "type", "name", "name_en", "mention_count"]
    return pd.DataFrame([dict(zip(columns, r, strict=True)) for r in rows], columns=columns)


def test_name_forms_fold_to_one_key():
    same = ["بهرام نیک‌سرشت", "بهرام نیک سرشت", "بهرام نيك‌سرشت", "دکتر بهرام نیکسرشت"]
    assert len({"".join(name_tokens(n, person=True)) for n in same}) == 1
    assert name_tokens("آیت‌الله سید علی رضایی", person=True) == ("علی", "رضایی")
    assert name_tokens("دکتر", person=True) == ("دکتر",)  # nothing but an honorific: kept


def test_a_surname_is_the_one_full_name_it_ends_and_stays_apart_when_two_do():
    actors = actor_rows(
        ("a", "P1", "person", "محمدرضا ظفرقندی", "", 3),
        ("b", "P1", "person", "ظفرقندی", "", 1),
        ("c", "P1", "person", "علی لاریجانی", "", 2),
        ("d", "P1", "person", "صادق لاریجانی", "", 2),
        ("e", "P1", "person", "لاریجانی", "", 1),
        ("f", "P1", "place", "ایران", "Iran", 4),
        ("g", "P2", "place", "جمهوری اسلامی ایران", "Iran", 1),
    )
    links = link_actors(actors)
    ids = dict(zip(links["source"], links["corpus_actor"], strict=True))
    assert ids["a"] == ids["b"] == "person:محمدرضاظفرقندی"
    assert len({ids["c"], ids["d"], ids["e"]}) == 3
    assert ids["f"] == "country:IR"


def test_a_person_quoted_in_articles_under_different_forms_of_the_name_is_one_row(tmp_path):
    # Three articles written for this test: «بهرام نیک‌سرشت», «دکتر نیک سرشت» (a space, an
    # honorific, the surname only) and «بهرام نيك‌سرشت» (Arabic letters).
    build_tables(FIXTURES / "corpus", out=tmp_path, jobs=1, progress=False, cache_dir=tmp_path)
    tables = CorpusTables(corpus_folders(tmp_path).tables)
    rows = tables.corpus_actors
    minister = rows[rows["name"].str.contains("سرشت")]
    assert len(minister) == 1, minister
    row = minister.iloc[0]
    assert row["type"] == "person" and row["articles"] == 3
    assert row["claims"] >= 3 and row["claim_articles"] == 3
    forms = set(row["forms"].split(";"))
    assert {"بهرام نیک‌سرشت", "بهرام نيك‌سرشت", "دکتر نیک سرشت"} <= forms  # as written
    speakers = tables.claim_speakers
    quoted_in = set(speakers.loc[speakers["corpus_actor"] == row["corpus_actor"], "source"])
    assert quoted_in == {
        "vaccine_plan_minister.txt",
        "ardabil_hospital_visit.txt",
        "pharmacy_prices_parliament.txt",
    }


def test_a_speaker_no_actor_stands_for_counts_in_its_own_article_only():
    actors = actor_rows(("a", "P1", "person", "مریم آذرنوش", "", 2))
    links = link_actors(actors)
    claims = pd.DataFrame(
        {
            "source": ["a", "b", "c"],
            "id": ["C1", "C1", "C1"],
            "speaker": [None, None, "P1"],
            "speaker_text": ["وی", "وی", ""],
        }
    )
    claims.loc[2, "source"] = "a"
    speakers = speaker_actors(claims, links, actors)
    assert list(speakers["corpus_actor"]) == [
        "unlinked:a#وی",
        "unlinked:b#وی",
        "person:مریماذرنوش",
    ]  # alef madda folded
    table = corpus_actors(actors, links, claims, speakers)
    assert set(table["type"]) == {"person", "unlinked"} and len(table) == 3


def test_a_person_named_by_a_pronoun_alone_is_a_person_of_its_own_article():
    # The actor stage names a sentence's subject that nothing before names by the pronoun
    # («وی گفت» opening an excerpt): such persons of two articles are not one person.
    actors = actor_rows(
        ("a", "P1", "person", "وی", "he/she (not named in the article)", 2),
        ("b", "P1", "person", "وي", "he/she (not named in the article)", 1),
        ("b", "P2", "person", "علی وی", "", 1),
    )
    links = link_actors(actors)
    assert list(links["corpus_actor"]) == ["unlinked:a#وی", "unlinked:b#وی", "person:علیوی"]
    claims = pd.DataFrame(
        {"source": ["a", "b"], "id": ["C1", "C1"], "speaker": ["P1", "P1"], "speaker_text": "وی"}
    )
    speakers = speaker_actors(claims, links, actors)
    assert list(speakers["corpus_actor"]) == ["unlinked:a#وی", "unlinked:b#وی"]
    table = corpus_actors(actors, links, claims, speakers).set_index("corpus_actor")
    assert len(table) == 3 and table.loc["unlinked:a#وی", "type"] == "unlinked"
    assert table.loc["unlinked:b#وی", "claims"] == 1


def test_a_reporter_named_only_by_a_title_many_hold_is_a_person_of_each_article():
    actors = actor_rows(
        ("a", "P1", "person", "خبرنگار فارس", "reporter of the Fars News Agency", 1),
        ("b", "P1", "person", "خبرنگار فارس", "reporter of the Fars News Agency", 1),
        ("a", "P2", "person", "سخنگوی وزارت امور خارجه", "spokesperson", 2),
        ("b", "P2", "person", "سخنگوی وزارت امور خارجه", "spokesperson", 1),
    )
    links = link_actors(actors)
    assert list(links["corpus_actor"]) == [
        "unlinked:a#خبرنگارفارس",
        "unlinked:b#خبرنگارفارس",
        "person:سخنگویوزارتامورخارجه",
        "person:سخنگویوزارتامورخارجه",
    ]  # an office has one holder at a time: the spokesperson stays one person


def test_an_organisation_named_by_its_head_alone_is_an_organisation_of_each_article():
    actors = actor_rows(
        ("a", "O1", "organization", "دولت", "government", 2),
        ("b", "O1", "organization", "دولت", "government", 1),
        ("a", "O2", "organization", "وزارت بهداشت", "ministry of health", 1),
        ("b", "O2", "organization", "وزارت بهداشت", "ministry of health", 1),
    )
    assert list(link_actors(actors)["corpus_actor"]) == [
        "unlinked:a#دولت",
        "unlinked:b#دولت",
        "organization:وزارتبهداشت",
        "organization:وزارتبهداشت",
    ]  # Pakistan's government and Iran's are two; a named ministry is one


def test_a_well_known_person_under_other_spellings_is_one_corpus_actor():
    actors = actor_rows(
        ("a", "P1", "person", "جرج بوش", "George W. Bush", 2),
        ("b", "P1", "person", "جورج دبلیو بوش", "George W. Bush", 1),
        ("c", "P1", "person", "سید علی خامنه‌ای", "Ali Khamenei", 1),
        ("d", "P1", "person", "آیت‌الله خامنه‌ای", "Ali Khamenei", 1),
    )
    links = link_actors(actors)
    ids = dict(zip(links["source"], links["corpus_actor"], strict=True))
    assert ids["a"] == ids["b"]
    assert ids["c"] == ids["d"]
