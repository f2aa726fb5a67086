"""A corpus as researchers have it: folders with metadata, CSV, JSON Lines, Parquet."""

from __future__ import annotations

import json
import shutil

import pandas as pd
import pytest

from conftest import FIXTURES
from khabar.errors import CorpusInputError
from khabar.sources import find_columns, read_corpus

CORPUS = FIXTURES / "corpus"
HEADLINE = "وزیر بهداشت: واکسیناسیون آنفلوانزای سالمندان از هفته آینده آغاز می‌شود"


def test_a_folder_with_metadata_in_both_calendars_and_persian_digits(tmp_path):
    folder = tmp_path / "news"
    shutil.copytree(CORPUS, folder)
    for article in (FIXTURES / "articles").glob("*.txt"):
        (folder / "older").mkdir(exist_ok=True)
        shutil.copy(article, folder / "older" / article.name)
    found = read_corpus(folder)
    assert found.kind == "folder" and not found.problems, found.problems
    assert "older/latin_only.txt" in {e.id for e in found.entries}  # matched by file name
    meta = {e.id: e.meta for e in found.entries}
    assert meta["vaccine_plan_minister.txt"]["date"] == "2023-10-02"  # ۱۴۰۲/۰۷/۱۰
    assert meta["vaccine_plan_minister.txt"]["date_jalali"] == "1402-07-10"
    assert meta["ardabil_hospital_visit.txt"]["calendar"] == "gregorian"
    assert meta["pharmacy_prices_parliament.txt"]["date_jalali"] == "1402-09-18"  # ۱۸ آذر ۱۴۰۲
    assert meta["older/latin_only.txt"]["outlet"] == "example.com"  # the URL's host
    assert all(e.path is not None and e.text is None for e in found.entries)


def test_bad_metadata_rows_are_one_line_each_and_the_articles_still_read(tmp_path):
    folder = tmp_path / "news"
    shutil.copytree(CORPUS, folder)
    (folder / "metadata.csv").write_text(
        "file,date,outlet,url\n"
        "vaccine_plan_minister.txt,1402/13/40,,https://www.health.example.org/n/1\n"
        "missing.txt,1402/01/01,X,\n",
        encoding="utf-8",
    )
    found = read_corpus(folder)
    assert len(found.entries) == 3
    problems = {p.source: p.problem for p in found.problems}
    assert "not a Solar Hijri date" in problems["metadata.csv row 1"]
    assert "«missing.txt»" in problems["metadata.csv row 2"]
    vaccine = next(e for e in found.entries if e.id == "vaccine_plan_minister.txt")
    assert vaccine.meta["date"] == "" and vaccine.meta["outlet"] == "health.example.org"


def test_a_csv_with_the_researchers_own_column_names(tmp_path):
    path = tmp_path / "news.csv"
    pd.DataFrame(
        {
            "body": [(CORPUS / "vaccine_plan_minister.txt").read_text(encoding="utf-8"), "  "],
            "published": ["۱۴۰۲/۰۷/۱۰", "1402/01/01"],
            "agency": ["خبرنامه", "خبرنامه"],
            "section": ["health", "health"],
        }
    ).to_csv(path, index=False)
    found = read_corpus(path, columns={"text": "body", "date": "published"})
    assert found.kind == "csv" and [e.id for e in found.entries] == ["news-1"]
    entry = found.entries[0]
    assert entry.text.startswith(HEADLINE)
    assert entry.meta["date"] == "2023-10-02" and entry.meta["outlet"] == "خبرنامه"
    assert entry.meta["section"] == "health"  # other columns ride along
    assert [p.source for p in found.problems] == ["news.csv row 2"]
    assert "no text" in found.problems[0].problem


def test_json_lines_with_title_and_paragraphs_and_a_broken_line(tmp_path):
    path = tmp_path / "news.jsonl"
    rows = [
        {
            "index": 7,
            "title": "عنوان",
            "paragraphs": ["بند یک.", "بند دو."],
            "link": "https://www.farsnews.ir/news/1",
        },
        {"index": 8, "title": "", "paragraphs": []},
    ]
    lines = [json.dumps(r, ensure_ascii=False) for r in rows]
    path.write_text("\n".join([lines[0], "{not json", lines[1]]) + "\n", encoding="utf-8")
    found = read_corpus(path)
    assert [e.id for e in found.entries] == ["7"]
    assert found.entries[0].text == "عنوان\nبند یک.\nبند دو."
    assert found.entries[0].meta["outlet"] == "farsnews.ir"
    problems = [f"{p.source}: {p.problem}" for p in found.problems]
    assert problems[0].startswith("news.jsonl line 2: not JSON")
    assert problems[1].startswith("news.jsonl row 3: no text")


def test_parquet_with_list_paragraphs(tmp_path):
    path = tmp_path / "news.parquet"
    pd.DataFrame(
        {"id": ["a", "a"], "title": ["ت", "ب"], "paragraphs": [["x."], ["y."]]}
    ).to_parquet(path)
    found = read_corpus(path)
    assert [e.text for e in found.entries] == ["ت\nx.", "ب\ny."]
    assert [e.id for e in found.entries] == ["a", "a-row2"]
    assert "used by an earlier row" in found.problems[0].problem


def test_a_csv_whose_paragraphs_cells_hold_lists_as_pandas_writes_them(tmp_path):
    # A JSON Lines dataset saved with DataFrame.to_csv: each list becomes "['...', '...']".
    path = tmp_path / "news.csv"
    pd.DataFrame(
        {
            "title": ["سفر استاندار", "بازار", "نامه"],
            "paragraphs": [
                ["استاندار گفت: «همکاری ادامه دارد».", "وی افزود: بازار بلاروس مهم است."],
                '["قیمت‌ها بالا رفت.", "خریداران کم شدند."]',  # written as JSON
                "[به نقل از دفتر] متن نامه منتشر شد.",  # brackets, but no list
            ],
        }
    ).to_csv(path, index=False)
    texts = [e.text for e in read_corpus(path).entries]
    assert texts == [
        "سفر استاندار\nاستاندار گفت: «همکاری ادامه دارد».\nوی افزود: بازار بلاروس مهم است.",
        "بازار\nقیمت‌ها بالا رفت.\nخریداران کم شدند.",
        "نامه\n[به نقل از دفتر] متن نامه منتشر شد.",
    ]


def test_what_cannot_be_read_as_a_corpus_is_one_line(tmp_path):
    (tmp_path / "x.csv").write_text("a,b\n1,2\n", encoding="utf-8")
    with pytest.raises(CorpusInputError, match="no text column"):
        read_corpus(tmp_path / "x.csv")
    with pytest.raises(CorpusInputError, match="no such file"):
        read_corpus(tmp_path / "missing.jsonl")
    (tmp_path / "x.xml").write_text("<a/>")
    with pytest.raises(CorpusInputError, match="a corpus is a folder"):
        read_corpus(tmp_path / "x.xml")
    with pytest.raises(CorpusInputError, match="no column 'body'"):
        read_corpus(tmp_path / "x.csv", columns={"text": "body"})
    with pytest.raises(CorpusInputError, match="unknown column fields"):
        read_corpus(tmp_path / "x.csv", columns={"content": "a"})
    (tmp_path / "empty").mkdir()
    with pytest.raises(CorpusInputError, match=r"without \.txt files"):
        read_corpus(tmp_path / "empty")


def test_columns_are_found_by_their_usual_names_ignoring_case():
    found = find_columns(["Title", "BODY", "Published", "Link"], {})
    assert found == {"text": "BODY", "title": "Title", "date": "Published", "url": "Link"}
