"""The real news articles of the development benchmarks, read from ../shared/articles.

The articles are Fars News Agency items from a course data collection (see
../shared/articles/README.md); their copyright stays with the publisher, so the project never
copies them: the benchmarks read them from the shared folder when it is present and say so
when it is absent. ``sets.tsv`` lists the benchmark articles, each with its split:

* ``dev``: the single-article files ``fars_<kind>_NN.txt``. Rules, lexicons and the
  recogniser may be tuned on them (figures on them are in-sample);
* ``heldout``: other articles of ``fars_news_300.jsonl``, chosen by :func:`select_heldout`
  without reading them. Nobody developing khabar reads them or their annotations; figures on
  them are the honest ones.

An article's text is its title, a newline and its paragraphs one per line, ending with a
newline: exactly the layout of the single-article files (checked: all 29 are in the JSONL).
"""

from __future__ import annotations

import json
import random
import re
from functools import cache
from pathlib import Path

HERE = Path(__file__).resolve().parent
SHARED = HERE.parents[1].parent / "shared" / "articles"
JSONL = SHARED / "fars_news_300.jsonl"
# Generic verbs of saying (not from any article): the held-out articles, like the
# single-article files, have at least two.
_SAYING = re.compile(
    r"(?:گفت|افزود|اظهار (?:کرد|داشت)|تصریح کرد|بیان کرد|اعلام کرد|تاکید کرد|تأکید کرد)"
)
_WORD = re.compile(r"\S+")
SEED = 20261201


class SharedArticlesMissing(RuntimeError):
    """../shared/articles is not on this machine."""


@cache
def jsonl_rows() -> tuple[dict, ...]:
    if not JSONL.exists():
        raise SharedArticlesMissing(f"{JSONL} not found: the article benchmarks need it")
    with JSONL.open(encoding="utf-8") as handle:
        return tuple(json.loads(line) for line in handle if line.strip())


def row_text(row: dict) -> str:
    return "\n".join([row["title"], *row["paragraphs"]]) + "\n"


def article_text(article: str) -> str:
    """The text of a benchmark article: ``fars_<kind>_NN`` (a single file) or ``jsonl-<index>``."""
    if article.startswith("jsonl-"):
        index = int(article.removeprefix("jsonl-"))
        return row_text(next(r for r in jsonl_rows() if int(r["index"]) == index))
    path = SHARED / f"{article}.txt"
    if not path.exists():
        raise SharedArticlesMissing(f"{path} not found: the article benchmarks need it")
    return path.read_text(encoding="utf-8")


def select_heldout(count: int, *, exclude: set[int] = frozenset()) -> list[int]:
    """JSONL indices of *count* held-out articles: not a single-article file, 150-900 words,
    at least two verbs of saying, spread over the categories; chosen by a seeded shuffle,
    so the choice needs no one to read the articles."""
    singles = {
        p.read_text(encoding="utf-8").split("\n")[0].strip() for p in SHARED.glob("fars_*_*.txt")
    }
    candidates = []
    for row in jsonl_rows():
        text = row_text(row)
        if row["title"].strip() in singles or int(row["index"]) in exclude:
            continue
        if 150 <= len(_WORD.findall(text)) <= 900 and len(_SAYING.findall(text)) >= 2:
            candidates.append(row)
    random.Random(SEED).shuffle(candidates)
    by_category: dict[str, list[dict]] = {}
    for row in candidates:
        by_category.setdefault(row["cat"] or "other", []).append(row)
    chosen: list[int] = []
    while len(chosen) < count and any(by_category.values()):
        for category in sorted(by_category):
            if by_category[category] and len(chosen) < count:
                chosen.append(int(by_category[category].pop(0)["index"]))
    return chosen


def benchmark_indices() -> set[int]:
    """The JSONL indices of every article a benchmark already uses: the actor and claim sets
    (``sets.tsv``) and every topic coding (``benchmarks/topics/*.tsv``), so that a new blind
    set repeats none of them (jsonl-26 of ``dev4`` was a ``dev2`` topics article)."""
    tables = [HERE / "sets.tsv", *sorted((HERE.parent / "topics").glob("*.tsv"))]
    return {
        int(found)
        for table in tables
        for found in re.findall(r"^jsonl-(\d+)\t", table.read_text(encoding="utf-8"), re.M)
    }


if __name__ == "__main__":
    # A new blind set: python benchmarks/articles/corpus.py [COUNT]
    import sys

    count = int(sys.argv[1]) if len(sys.argv) > 1 else 10
    for index in select_heldout(count, exclude=benchmark_indices()):
        print(f"jsonl-{index}")
