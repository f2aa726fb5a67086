"""Corpus mode: many articles across processes, tidy tables as Parquet.

:func:`extract_record` is the per-article function: pure (a path in, a JSON-ready dict out,
nothing written, nothing shared), and it never raises on bad input — a file khabar cannot
read becomes ``{"source": ..., "error": ...}``. :func:`extract_corpus` maps it over a
process pool with a tqdm progress bar; :func:`corpus_tables` turns the records into the
actor, mention, claim, theme and topic tables, and :func:`write_corpus` writes them as
Parquet. A researcher's codebooks (``codebooks=``, read once before any worker starts) go
to every worker.

Beyond one machine, map the same function with Dask or Spark::

    import dask.bag as db
    records = db.from_sequence(paths, npartitions=200).map(extract_record).compute()

    records = spark.sparkContext.parallelize(paths, 200).map(extract_record).collect()

then ``corpus_tables(records)`` (or write the records as JSON Lines and read them back).
"""

from __future__ import annotations

import gc
import os
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from functools import partial
from multiprocessing import get_context
from pathlib import Path
from typing import TYPE_CHECKING

from khabar.analysis import CodebookSpec, analyze
from khabar.codebooks import STANDARD, resolve
from khabar.errors import InputNotAFileError, KhabarError

if TYPE_CHECKING:  # pandas is imported where tables are built: workers never need it
    import pandas as pd

TABLES = ("articles", "actors", "mentions", "claims", "themes", "topics")
TOPIC_COLUMNS = [
    "source",
    "sha256",
    "level",
    "paragraph",
    "claim",
    "scheme",
    "code",
    "label",
    "label_fa",
    "rank",
    "score",
    "terms",
    "evidence",
]
# Articles handed to a worker at a time: big enough to amortise the hand-off, small enough
# for an even spread and a progress bar that moves.
CHUNK_SIZE = 8


def article_paths(paths: Iterable[str | Path]) -> list[Path]:
    """Files, and the ``*.txt`` files of directories (recursively, sorted)."""
    found: list[Path] = []
    for path in map(Path, paths):
        if path.is_dir():
            files = sorted(p for p in path.rglob("*.txt") if p.is_file())
            if not files:
                raise InputNotAFileError(f"{path}: directory without .txt files")
            found.extend(files)
        else:
            found.append(path)
    return found


def extract_record(
    path: str | Path,
    *,
    codebooks: Sequence[CodebookSpec] = (),
    cache: bool = False,
    cache_dir: Path | None = None,
) -> dict:
    """One article's extraction as a JSON-ready dict (``khabar extract``'s shape), or
    ``{"source": path, "error": message}`` when the file cannot be read, or when khabar
    itself fails on it (a bug, named as one, so that one article does not end a corpus's run).
    *codebooks*: see :func:`khabar.analysis.analyze_text` (a malformed codebook raises, as for
    every article). With *cache*, the analysis is cached per article
    (:func:`khabar.analysis.analyze`)."""
    try:
        return analyze(path, codebooks=codebooks, cache=cache, cache_dir=cache_dir).to_dict()
    except KhabarError as error:
        return {"source": str(path), "error": str(error)}
    except Exception as error:  # a bug in khabar: one article's, not the whole corpus's end
        message = " ".join(f"{type(error).__name__}: {error}".split())
        return {"source": str(path), "error": f"{path}: khabar failed (a bug: {message})"}


def extract_corpus(
    paths: Sequence[str | Path],
    *,
    jobs: int | None = None,
    progress: bool = True,
    codebooks: Sequence[CodebookSpec] = (),
    cache: bool = False,
    cache_dir: Path | None = None,
) -> Iterator[dict]:
    """:func:`extract_record` for every path, in order, on *jobs* processes (default: one
    per CPU; 1 runs in this process), with a progress bar on stderr; *cache* and *cache_dir*
    as for :func:`extract_record`. The *codebooks* are read here, once: a malformed one
    raises :class:`~khabar.errors.CodebookError` before any article is read."""
    from tqdm import tqdm

    books = resolve(codebooks)[len(STANDARD) :]
    workers = jobs or os.cpu_count() or 1
    record_of = partial(extract_record, codebooks=books, cache=cache, cache_dir=cache_dir)
    bar = tqdm(total=len(paths), unit="article", disable=not progress, mininterval=1.0)
    with bar:
        if workers == 1 or len(paths) < 2:
            for path in paths:
                yield record_of(path)
                bar.update()
            return
        work = partial(_worker_record, codebooks=books, cache=cache, cache_dir=cache_dir)
        with ProcessPoolExecutor(min(workers, len(paths)), mp_context=get_context("spawn")) as pool:
            for record in pool.map(work, paths, chunksize=CHUNK_SIZE):
                yield record
                bar.update()


_lexicons_frozen = False


def _worker_record(
    path: Path, *, codebooks: Sequence = (), cache: bool = False, cache_dir: Path | None = None
) -> dict:
    """:func:`extract_record` in a pool worker. After the first article, whose analysis loaded
    the lexicons (objects that live as long as the worker), the worker's objects are moved
    out of the garbage collector's reach (:func:`gc.freeze`), so that no full collection
    walks them again."""
    global _lexicons_frozen
    record = extract_record(path, codebooks=codebooks, cache=cache, cache_dir=cache_dir)
    if not _lexicons_frozen:
        gc.freeze()
        _lexicons_frozen = True
    return record


def corpus_tables(records: Iterable[dict]) -> dict[str, pd.DataFrame]:
    """Tidy tables from extraction records: one row per article, actor, mention, claim,
    claim theme and topic, each keyed by ``source`` (and the article's ``sha256``).

    ``topics`` has one row per code given to the article (``level`` "document"), a
    paragraph ("paragraph", with its index) or a claim ("claim", with its id and paragraph):
    scheme, code, labels, rank within its scheme and unit, score, the distinct terms
    (``;``-joined) and the evidence as ``term@start-end`` items (raw offsets), ``;``-joined."""
    rows: dict[str, list[dict]] = {name: [] for name in TABLES}
    for record in records:
        source = record["source"]
        key = {"source": source, "sha256": record.get("sha256", "")}
        rows["articles"].append(
            {
                **key,
                "characters": record.get("characters", 0),
                "actors": len(record.get("actors", [])),
                "claims": len(record.get("claims", [])),
                "error": record.get("error", ""),
            }
        )
        for actor in record.get("actors", []):
            mentions = actor.get("mentions", [])
            rows["actors"].append(
                {
                    **key,
                    **{k: _flat(v) for k, v in actor.items() if k != "mentions"},
                    "mention_count": len(mentions),
                }
            )
            rows["mentions"].extend(
                {**key, "actor": actor["id"], **{k: _flat(v) for k, v in m.items()}}
                for m in mentions
            )
        rows["topics"].extend(_topic_rows(key, "document", record.get("topics", [])))
        for found in record.get("paragraph_topics", []):
            rows["topics"].extend(
                _topic_rows(key, "paragraph", found["topics"], paragraph=found["paragraph"])
            )
        for claim in record.get("claims", []):
            evidence = claim.get("theme_evidence", [])
            rows["claims"].append(
                {
                    **key,
                    **{
                        k: _flat(v)
                        for k, v in claim.items()
                        if k not in ("theme_evidence", "topics")
                    },
                }
            )
            rows["topics"].extend(
                _topic_rows(
                    key,
                    "claim",
                    claim.get("topics", []),
                    paragraph=claim.get("paragraph"),
                    claim=claim["id"],
                )
            )
            rows["themes"].extend(
                {**key, "claim": claim["id"], **{k: _flat(v) for k, v in e.items()}}
                for e in evidence
            )
    import pandas as pd

    tables = {name: pd.DataFrame(table) for name, table in rows.items()}
    topics = pd.DataFrame(rows["topics"], columns=TOPIC_COLUMNS)
    tables["topics"] = topics.astype({"paragraph": "Int64"})  # none for the whole article
    return tables


def _topic_rows(
    key: dict, level: str, topics: list[dict], *, paragraph: int | None = None, claim: str = ""
) -> Iterator[dict]:
    """Rows of the topics table for one unit's topics (ranked within each scheme)."""
    ranks: dict[str, int] = {}
    for topic in topics:
        ranks[topic["scheme"]] = ranks.get(topic["scheme"], 0) + 1
        evidence = topic["evidence"]
        yield {
            **key,
            "level": level,
            "paragraph": paragraph,
            "claim": claim,
            "scheme": topic["scheme"],
            "code": topic["code"],
            "label": topic["label"],
            "label_fa": topic["label_fa"],
            "rank": ranks[topic["scheme"]],
            "score": topic["score"],
            "terms": ";".join(dict.fromkeys(e["term"] for e in evidence)),
            "evidence": ";".join(f"{e['term']}@{e['start']}-{e['end']}" for e in evidence),
        }


def write_corpus(
    paths: Sequence[str | Path],
    out_dir: str | Path,
    *,
    jobs: int | None = None,
    progress: bool = True,
) -> dict[str, Path]:
    """Extract every article and write ``<table>.parquet`` under *out_dir*."""
    return write_tables(corpus_tables(extract_corpus(paths, jobs=jobs, progress=progress)), out_dir)


def write_tables(tables: dict[str, pd.DataFrame], out_dir: str | Path) -> dict[str, Path]:
    """Write each table as ``<name>.parquet`` under *out_dir*; return the paths by name."""
    folder = Path(out_dir)
    folder.mkdir(parents=True, exist_ok=True)
    written = {}
    for name, table in tables.items():
        written[name] = folder / f"{name}.parquet"
        table.to_parquet(written[name], index=False)
    return written


def _flat(value: object) -> object:
    """Lists (roles, markers, themes) as ``;``-joined strings, so every column is scalar."""
    if isinstance(value, list):
        return ";".join(str(v) for v in value)
    return value
