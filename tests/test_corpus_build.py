"""The corpus notebooks' tables: built once, cached per article, failures listed."""

from __future__ import annotations

import json
import shutil

import pandas as pd

from conftest import FIXTURES
from khabar.corpus_build import CorpusTables, build_tables, corpus_folders, open_tables


def folder_of(tmp_path, names):
    folder = tmp_path / "corpus"
    folder.mkdir(exist_ok=True)
    for name in names:
        shutil.copy(FIXTURES / "articles" / f"{name}.txt", folder / f"{name}.txt")
    return folder


def test_a_rerun_after_adding_articles_analyses_only_the_new_ones(tmp_path):
    cache = tmp_path / "cache"
    folder = folder_of(tmp_path, ["headline_only", "latin_only"])
    first = build_tables(folder, out=tmp_path / "out", jobs=1, progress=False, cache_dir=cache)
    assert (first.articles, first.analysed, first.current) == (2, 2, False)
    again = build_tables(folder, out=tmp_path / "out", jobs=1, progress=False, cache_dir=cache)
    assert again.current and again.analysed == 0
    for n in range(10):  # ten new articles (ten texts: the cache is keyed by the text)
        text = (FIXTURES / "articles" / "headline_only.txt").read_text(encoding="utf-8")
        (folder / f"new_{n}.txt").write_text(f"{text}\nبند {n}.\n", encoding="utf-8")
    added = build_tables(folder, out=tmp_path / "out", jobs=2, progress=False, cache_dir=cache)
    assert (added.articles, added.analysed, added.current) == (12, 10, False)
    assert "10 analysed, 2 from the cache" in str(added)
    articles = CorpusTables(corpus_folders(tmp_path / "out").tables).articles
    assert len(articles) == 12 and set(articles["error"]) == {""}


def test_tables_from_a_csv_with_bad_rows_and_an_unreadable_file(tmp_path):
    texts = [
        (FIXTURES / "corpus" / f).read_text(encoding="utf-8")
        for f in ("vaccine_plan_minister.txt", "ardabil_hospital_visit.txt")
    ]
    path = tmp_path / "news.csv"
    pd.DataFrame(
        {
            "id": ["n/1", "n/2", "n/3"],
            "text": [texts[0], texts[1], ""],
            "date": ["۱۴۰۲/۰۷/۱۰", "not a date", "2023-01-01"],
            "outlet": ["الف", "ب", "ب"],
        }
    ).to_csv(path, index=False)
    out = tmp_path / "out"
    build_tables(path, out=out, jobs=1, progress=False, cache_dir=tmp_path / "cache")
    tables = open_tables(path, out=out)
    assert list(tables.articles["source"]) == ["n/1", "n/2"]
    assert list(tables.articles["date"]) == ["2023-10-02", ""]
    assert sorted(p.name for p in (out / "texts").iterdir()) == ["n_1.txt", "n_2.txt"]
    failures = tables.failures
    assert list(failures["source"]) == ["news.csv row 2", "news.csv row 3"]
    assert "not a date" in failures["problem"].iloc[0] and "no text" in failures["problem"].iloc[1]
    manifest = json.loads((out / "tables" / "manifest.json").read_text())
    assert manifest["articles"] == 2 and manifest["failures"] == 2
    assert {"claim_codes", "article_codes", "claim_speakers", "corpus_actors"} <= {
        p.stem for p in (out / "tables").glob("*.parquet")
    }


def test_a_file_khabar_cannot_read_is_a_failure_named_by_its_id(tmp_path):
    folder = folder_of(tmp_path, ["headline_only"])
    (folder / "broken.txt").write_bytes(b"\x00\x01binary")
    build_tables(folder, out=tmp_path / "out", jobs=1, progress=False, cache_dir=tmp_path / "c")
    tables = CorpusTables(corpus_folders(tmp_path / "out").tables)
    failures = tables.failures
    assert list(failures["source"]) == ["broken.txt"]
    assert str(tmp_path) not in failures["problem"].iloc[0]
    assert tables.articles.set_index("source").loc["broken.txt", "error"]


def test_an_article_khabar_fails_on_is_a_failure_not_the_end_of_the_run(tmp_path, monkeypatch):
    import khabar.corpus

    real = khabar.corpus.analyze

    def failing(path, **options):
        if "latin_only" in str(path):
            raise IndexError("list index out of range")
        return real(path, **options)

    monkeypatch.setattr(khabar.corpus, "analyze", failing)
    folder = folder_of(tmp_path, ["headline_only", "latin_only"])
    summary = build_tables(folder, out=tmp_path / "o", jobs=1, progress=False, cache_dir=tmp_path)
    assert summary.articles == 2 and summary.failures == 1
    failures = CorpusTables(corpus_folders(tmp_path / "o").tables).failures
    assert list(failures["source"]) == ["latin_only.txt"]
    assert failures["problem"].iloc[0] == (
        "latin_only.txt: khabar failed (a bug: IndexError: list index out of range)"
    )


def test_the_stamp_lists_every_file_once_in_path_order(tmp_path):
    from khabar.corpus_build import _file_stats

    for name in ("a-b/x.txt", "a/b/y.txt", "z.txt", ".hidden.txt", "a/metadata.csv"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("خبر", encoding="utf-8")
    (tmp_path / "link.txt").symlink_to(tmp_path / "z.txt")
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "gone.txt")
    files = sorted(p for p in tmp_path.rglob("*") if p.is_file())  # pathlib's walk and order
    expected = [
        (p.relative_to(tmp_path).as_posix(), p.stat().st_size, p.stat().st_mtime_ns) for p in files
    ]
    assert _file_stats(tmp_path) == expected
    assert [name for name, *_ in expected][:3] == [".hidden.txt", "a/b/y.txt", "a/metadata.csv"]
