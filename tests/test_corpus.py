"""Corpus mode: many articles across processes, tables as Parquet, bad files recorded."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys

import pandas as pd

from conftest import ARTICLE, SECOND_ARTICLE
from khabar.corpus import (
    TABLES,
    article_paths,
    corpus_tables,
    extract_corpus,
    extract_record,
    write_corpus,
)


def corpus(tmp_path, copies: int = 3):
    folder = tmp_path / "corpus"
    (folder / "2023").mkdir(parents=True)
    for i in range(copies):
        shutil.copy(ARTICLE, folder / f"a{i}.txt")
    shutil.copy(SECOND_ARTICLE, folder / "2023" / "mashhad.txt")
    (folder / "broken.txt").write_bytes(b"\x00\x01binary")
    (folder / "notes.md").write_text("not an article")
    return folder


def test_the_per_article_function_is_pure_and_records_errors(tmp_path):
    assert extract_record(ARTICLE) == extract_record(ARTICLE)
    missing = extract_record(tmp_path / "missing.txt")
    assert set(missing) == {"source", "error"} and "no such file" in missing["error"]


def test_a_corpus_across_processes_gives_ordered_records_and_tidy_tables(tmp_path):
    paths = article_paths([corpus(tmp_path)])
    assert [p.name for p in paths] == ["mashhad.txt", "a0.txt", "a1.txt", "a2.txt", "broken.txt"]
    records = list(extract_corpus(paths, jobs=2, progress=False))
    assert [r["source"] for r in records] == [str(p) for p in paths]
    assert "NUL bytes" in records[-1]["error"]
    tables = corpus_tables(records)
    assert set(tables) == set(TABLES)
    assert tables["articles"]["error"].astype(bool).sum() == 1
    claims = tables["claims"]
    assert len(claims) == 3 * 17 + len(records[0]["claims"])
    assert claims.groupby("source").size().loc[str(paths[1])] == 17
    assert {"source", "sha256", "speaker", "text", "start", "end", "themes"} <= set(claims.columns)
    assert set(tables["themes"]["claim"]) <= set(claims["id"])
    assert (tables["mentions"]["start"] < tables["mentions"]["end"]).all()
    assert "topics" not in claims.columns  # in the topics table, one row per code
    topics = tables["topics"]
    assert set(topics["level"]) == {"document", "paragraph", "claim"}
    seed = topics[(topics["source"] == str(paths[1])) & (topics["level"] == "document")]
    cap = seed[seed["scheme"] == "cap"].sort_values("rank")
    assert set(cap["code"][:2]) == {"18", "19"} and list(cap["rank"][:2]) == [1, 2]
    assert set(topics[topics["level"] == "claim"]["claim"]) <= set(claims["id"])
    assert topics[topics["level"] == "document"]["paragraph"].isna().all()
    assert topics["evidence"].str.contains("@").all()


def test_write_corpus_writes_parquet_tables(tmp_path):
    written = write_corpus(
        article_paths([corpus(tmp_path, copies=1)]), tmp_path / "out", jobs=1, progress=False
    )
    assert set(written) == set(TABLES)
    actors = pd.read_parquet(written["actors"])
    assert "عابدین خرم" in set(actors["name"]) and "یاسر الساعدی" in set(actors["name"])
    topics = pd.read_parquet(written["topics"])
    assert {"level", "scheme", "code", "label", "score", "claim"} <= set(topics.columns)


def test_a_corpus_with_the_researchers_codebook_on_every_worker(tmp_path):
    mine = tmp_path / "trade_codes.tsv"
    mine.write_text("code\tlabel_en\tterms\ntrade\tTrade\tتجارت|صادرات\n", encoding="utf-8")
    paths = [ARTICLE, SECOND_ARTICLE]
    records = list(extract_corpus(paths, jobs=2, progress=False, codebooks=[mine]))
    schemes = [{t["scheme"] for t in r["topics"]} for r in records]
    assert all("trade_codes" in s for s in schemes[:1]) and all("cap" in s for s in schemes)
    assert records == list(extract_corpus(paths, jobs=1, progress=False, codebooks=[mine]))


def test_cli_corpus_and_jsonl_report_bad_files_and_exit_2(tmp_path):
    folder = corpus(tmp_path, copies=1)
    command = [sys.executable, "-m", "khabar"]
    lines = subprocess.run(
        [*command, "extract", str(folder), "--format", "jsonl", "--jobs", "2"],
        capture_output=True,
        text=True,
    )
    records = [json.loads(line) for line in lines.stdout.splitlines()]
    assert len(records) == 3 and "error" in records[-1]
    assert lines.returncode == 2 and lines.stderr.count("\n") == 2  # the file, then the summary
    tables = subprocess.run(
        [*command, "corpus", str(folder), "--out", str(tmp_path / "tables")],
        capture_output=True,
        text=True,
    )
    assert tables.returncode == 2 and "1 of 3 inputs" in tables.stderr
    assert "claims.parquet" in tables.stdout
    assert len(pd.read_parquet(tmp_path / "tables" / "claims.parquet")) > 17


def test_progress_bar_goes_to_stderr(tmp_path, capsys):
    list(extract_corpus([ARTICLE, ARTICLE], jobs=1, progress=True))
    assert "2/2" in capsys.readouterr().err
