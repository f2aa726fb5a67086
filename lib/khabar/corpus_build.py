"""The tables the corpus notebooks read: built once per corpus, cached per article.

:func:`build_tables` reads a corpus (:mod:`khabar.sources`), extracts every article on a
process pool with a progress bar (:func:`khabar.corpus.extract_corpus`, each analysis cached
under its raw text's sha256, so a rerun after adding ten articles analyses ten), and writes
Parquet tables under ``<out>/tables/``:

* ``articles``: one row per article: ``source`` (its id), sha256, characters, words, actors,
  claims, ``error``, then the metadata (:data:`khabar.sources.METADATA` and the corpus's
  other columns);
* ``actors``, ``mentions``, ``claims``, ``themes`` (and every other table of
  :func:`khabar.corpus.corpus_tables`), keyed by ``source``;
* ``article_codes`` and ``claim_codes``: the codes (topics, themes) of each article and each
  claim (:func:`code_tables`);
* ``failures``: one row per row or file that could not be read as it is (``source``,
  ``problem``: one line);
* ``links``, ``claim_speakers`` and ``corpus_actors``: every article's actor and every
  claim's speaker with its actor across articles, and one row per actor across articles
  (:mod:`khabar.corpus_actors`).

``manifest.json`` beside them keys the tables by the input files' contents, the column names
given, and khabar's code and data: :func:`open_tables` reads them while that key holds and
builds them again when it does not. Texts from a table (CSV, JSON Lines, Parquet) are
written as ``<out>/texts/<id>.txt``, one article a file as khabar reads them, so that
the article notebooks run on any one of them too (``make reproduce ARTICLE=...``).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import stat
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from itertools import batched
from pathlib import Path

import pandas as pd

from khabar.paths import DATA_DIR, REPO_ROOT
from khabar.sources import METADATA, Corpus, Entry, problem_rows, read_corpus

EXAMPLE_DIR = REPO_ROOT / "examples" / "corpus"
EXAMPLE_CORPUS = EXAMPLE_DIR / "articles"
MANIFEST = "manifest.json"
# Records turned into tables at a time: the rows of a few hundred articles as Python dicts,
# then as columns, so memory follows the tables, not the records.
BATCH = 256
ARTICLE_COLUMNS = ["source", "sha256", "characters", "words", "actors", "claims", "error"]
CODE_COLUMNS = ["source", "claim", "scheme", "code", "label_fa", "label_en"]
FAILURE_COLUMNS = ["source", "problem"]


@dataclass(frozen=True, slots=True)
class CorpusFolders:
    """Where a corpus run writes: tables, texts, figures, exports, executed notebooks."""

    root: Path
    tables: Path
    texts: Path
    figures: Path
    exports: Path
    notebooks: Path


def corpus_folders(out: str | Path | None = None) -> CorpusFolders:
    """The folders of a run into *out*; without one, the committed example
    (``examples/corpus/``, notebooks executed in place in ``notebooks/corpus/``)."""
    root = Path(out) if out is not None else EXAMPLE_DIR
    notebooks = root / "notebooks" if out is not None else REPO_ROOT / "notebooks" / "corpus"
    return CorpusFolders(
        root, root / "tables", root / "texts", root / "figures", root / "exports", notebooks
    )


@dataclass(frozen=True, slots=True)
class BuildSummary:
    """What :func:`build_tables` did: articles, those analysed now (not from the cache),
    failures, and whether the tables were already current."""

    articles: int
    analysed: int
    failures: int
    current: bool

    def __str__(self) -> str:
        if self.current:
            return f"{self.articles} articles: tables current"
        return (
            f"{self.articles} articles: {self.analysed} analysed, "
            f"{self.articles - self.analysed} from the cache; {self.failures} failures"
        )


def corpus_key(corpus: Corpus, *, columns: Mapping[str, str], calendar: str) -> str:
    """sha256 of everything the tables are made from: the input files, the column names and
    calendar given, khabar's code and data, and the column names table."""
    from khabar.cache import analysis_fingerprint

    digest = hashlib.sha256(analysis_fingerprint().encode())
    digest.update(json.dumps([sorted(columns.items()), calendar]).encode())
    for path in (*corpus.inputs, *sorted((DATA_DIR / "corpus").glob("*.tsv"))):
        digest.update(path.name.encode("utf-8"))
        digest.update(path.read_bytes())
    return digest.hexdigest()


def build_tables(
    corpus: str | Path,
    *,
    out: str | Path | None = None,
    columns: Mapping[str, str] | None = None,
    calendar: str = "auto",
    jobs: int | None = None,
    progress: bool = True,
    cache_dir: Path | None = None,
    force: bool = False,
) -> BuildSummary:
    """Read *corpus*, extract its articles and write the tables (see the module docstring)
    under *out*; nothing is done when the manifest says they are current (unless *force*)."""
    columns = dict(columns or {})
    folders = corpus_folders(out)
    manifest = _read_manifest(folders.tables)
    stamp = corpus_stamp(corpus, columns=columns, calendar=calendar)
    if not force and manifest.get("stamp") == stamp:
        return BuildSummary(manifest["articles"], 0, manifest["failures"], current=True)
    found = read_corpus(corpus, columns=columns, calendar=calendar)
    key = corpus_key(found, columns=columns, calendar=calendar)
    if not force and manifest.get("key") == key:  # the same contents, touched since
        return BuildSummary(manifest["articles"], 0, manifest["failures"], current=True)
    paths = article_files(found.entries, folders.texts)
    analysed = _Counter(cache_dir)
    tables = _extract(found.entries, paths, jobs=jobs, progress=progress, cache_dir=cache_dir)
    tables["failures"] = _failures(found, tables["articles"])
    tables |= identity_tables(tables)
    _write(tables, folders.tables)
    summary = BuildSummary(len(found.entries), analysed.since(), len(tables["failures"]), False)
    manifest = {
        "key": key,
        "stamp": stamp,
        "articles": summary.articles,
        "failures": summary.failures,
    }
    (folders.tables / MANIFEST).write_text(json.dumps(manifest, indent=1), encoding="utf-8")
    return summary


def corpus_stamp(corpus: str | Path, *, columns: Mapping[str, str], calendar: str) -> str:
    """What :func:`corpus_key` hashes, by the files' names, sizes and modification times
    instead of their contents: each corpus notebook checks its tables against it at once,
    where reading every file again would cost seconds at scale."""
    from khabar.cache import analysis_fingerprint

    path = Path(corpus)
    if path.is_dir():
        stats = _file_stats(path)
    else:
        found = path.stat()
        stats = [(path.name, found.st_size, found.st_mtime_ns)]
    data = sorted((p.name, p.stat().st_mtime_ns) for p in (DATA_DIR / "corpus").glob("*.tsv"))
    text = json.dumps([analysis_fingerprint(), sorted(columns.items()), calendar, stats, data])
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _file_stats(folder: Path) -> list[tuple[str, int, int]]:
    """Every file under *folder* (symbolic links to files too): its path relative to it,
    size and modification time, in the order of their paths' parts. One ``stat`` a file:
    pathlib's walk took most of a second for a corpus of a few thousand articles."""
    found = []
    for root, _, names in os.walk(folder):
        for name in names:
            full = os.path.join(root, name)
            try:
                info = os.stat(full)
            except OSError:  # a dangling link
                continue
            if stat.S_ISREG(info.st_mode):
                parts = os.path.relpath(full, folder).split(os.sep)
                found.append((parts, info.st_size, info.st_mtime_ns))
    found.sort(key=lambda row: row[0])
    return [("/".join(parts), size, modified) for parts, size, modified in found]


def _read_manifest(folder: Path) -> dict:
    try:
        return json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


class _Counter:
    """How many analyses were cached since it was made: the cache's new entries."""

    def __init__(self, cache_dir: Path | None) -> None:
        from khabar.cache import CACHE_DIR

        self.folder = Path(cache_dir or CACHE_DIR)
        self.before = self._entries()

    def _entries(self) -> set[str]:
        return {p.name for p in self.folder.glob("*.pickle")} if self.folder.is_dir() else set()

    def since(self) -> int:
        return len(self._entries() - self.before)


_UNSAFE = re.compile(r"[^\w.-]+")


def article_files(entries: Iterable[Entry], folder: Path) -> list[Path]:
    """Each entry's file: its own, or for a text from a table ``<folder>/<id>.txt``
    (rewritten only when its text changed, so a rerun leaves the files alone)."""
    paths, used = [], set()
    for entry in entries:
        if entry.path is not None:
            paths.append(entry.path)
            continue
        stem = _UNSAFE.sub("_", entry.id).strip("._") or "article"
        name, n = f"{stem}.txt", 1
        while name in used:
            n += 1
            name = f"{stem}-{n}.txt"
        used.add(name)
        path = folder / name
        data = entry.text.encode("utf-8")
        if not path.is_file() or path.read_bytes() != data:
            folder.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
        paths.append(path)
    return paths


def _extract(
    entries: tuple[Entry, ...],
    paths: list[Path],
    *,
    jobs: int | None,
    progress: bool,
    cache_dir: Path | None,
) -> dict[str, pd.DataFrame]:
    from khabar.corpus import extract_corpus

    records = extract_corpus(paths, jobs=jobs, progress=progress, cache=True, cache_dir=cache_dir)
    return tables_from_records(records, entries, paths)


def tables_from_records(
    records: Iterable[dict], entries: tuple[Entry, ...], paths: list[Path]
) -> dict[str, pd.DataFrame]:
    """The article tables of the corpus notebooks from the extraction records of *paths* (in
    any order: :func:`khabar.corpus.extract_record` mapped by a process pool, Dask or Spark),
    keyed by the entries' ids, with the entries' metadata; batch by batch, so that memory
    follows the tables. The actors across articles come after (:func:`identity_tables`)."""
    from khabar.corpus import corpus_tables

    ids = {str(path): entry.id for path, entry in zip(paths, entries, strict=True)}
    parts: dict[str, list[pd.DataFrame]] = {}
    for batch in batched(records, BATCH):
        for record in batch:
            path = record["source"]
            record["source"] = ids[path]
            if record.get("error"):  # the message names the file: name the article instead
                record["error"] = record["error"].replace(path, ids[path])
        for name, table in corpus_tables(batch).items():
            parts.setdefault(name, []).append(table)
        for name, table in code_tables(batch).items():
            parts.setdefault(name, []).append(table)
    tables = {name: pd.concat(frames, ignore_index=True) for name, frames in parts.items()}
    order = {entry.id: n for n, entry in enumerate(entries)}
    articles = tables["articles"].sort_values("source", key=lambda s: s.map(order), kind="stable")
    tables["articles"] = _articles(articles.reset_index(drop=True), entries, paths)
    return tables


def code_tables(records: Iterable[dict]) -> dict[str, pd.DataFrame]:
    """The codes (topics, themes) of each article and of each claim, whatever the stage that
    gave them: ``article_codes`` and ``claim_codes``, one row per (article or claim, scheme,
    code) with the code's Persian and English labels. The one place that reads codes from a
    record: a record's ``themes`` are the scheme "themes" (an article has a theme found in
    any claim or sentence); its ``topics`` (the article's and each claim's, when the topic
    stage gives them) keep their own scheme."""
    articles, claims = [], []
    for record in records:
        source = record["source"]
        labels = {}
        for theme in record.get("themes", []):
            labels[theme["id"]] = (theme["label_fa"], theme["label_en"])
            articles.append(_code_row(source, "", "themes", theme["id"], labels[theme["id"]]))
        articles.extend(_topic_row(source, "", topic) for topic in record.get("topics", []))
        for claim in record.get("claims", []):
            claims.extend(
                _code_row(source, claim["id"], "themes", theme, labels.get(theme, (theme, theme)))
                for theme in claim.get("themes", [])
            )
            claims.extend(_topic_row(source, claim["id"], t) for t in claim.get("topics", []))
    return {
        "article_codes": pd.DataFrame(articles, columns=CODE_COLUMNS).drop(columns="claim"),
        "claim_codes": pd.DataFrame(claims, columns=CODE_COLUMNS),
    }


def _topic_row(source: str, claim: str, topic: dict) -> dict:
    """A code of the topic stage (CAP topics, policy frames, a researcher's codebook)."""
    labels = (topic.get("label_fa") or topic["code"], topic.get("label") or topic["code"])
    return _code_row(source, claim, topic["scheme"], str(topic["code"]), labels)


def _code_row(source: str, claim: str, scheme: str, code: str, labels: tuple[str, str]) -> dict:
    return {
        "source": source,
        "claim": claim,
        "scheme": scheme,
        "code": code,
        "label_fa": labels[0],
        "label_en": labels[1],
    }


def _articles(table: pd.DataFrame, entries: tuple[Entry, ...], paths: list[Path]) -> pd.DataFrame:
    """The articles table with words and the metadata of each article."""
    words = []
    for path in paths:
        try:
            words.append(len(path.read_text(encoding="utf-8", errors="replace").split()))
        except OSError:
            words.append(0)
    meta = pd.DataFrame([entry.meta for entry in entries], columns=_meta_columns(entries))
    table = table.assign(words=words)[ARTICLE_COLUMNS]
    return pd.concat([table, meta.fillna("")], axis=1)


def _meta_columns(entries: Iterable[Entry]) -> list[str]:
    return list(dict.fromkeys([*METADATA, *(k for e in entries for k in e.meta)]))


def _failures(corpus: Corpus, articles: pd.DataFrame) -> pd.DataFrame:
    """The rows and files that could not be read, and the articles khabar could not read."""
    unreadable = articles[articles["error"] != ""]
    rows = problem_rows(corpus.problems) + [
        {"source": s, "problem": e}
        for s, e in zip(unreadable["source"], unreadable["error"], strict=True)
    ]
    return pd.DataFrame(rows, columns=FAILURE_COLUMNS)


def identity_tables(tables: dict[str, pd.DataFrame]) -> dict[str, pd.DataFrame]:
    """``links``, ``claim_speakers`` and ``corpus_actors`` from the ``actors`` and ``claims``
    tables (:mod:`khabar.corpus_actors`): one pass over the whole corpus's names."""
    from khabar.corpus_actors import corpus_actors, link_actors, speaker_actors

    columns = ["source", "id", "type", "name", "name_en", "mention_count"]
    actors = _with_columns(tables["actors"], columns)
    claims = _with_columns(tables["claims"], ["source", "id", "speaker", "speaker_text"])
    links = link_actors(actors)
    speakers = speaker_actors(claims, links, actors)
    return {
        "links": links,
        "claim_speakers": speakers,
        "corpus_actors": corpus_actors(actors, links, claims, speakers, tables.get("mentions")),
    }


def _with_columns(table: pd.DataFrame, columns: list[str]) -> pd.DataFrame:
    """*table* with *columns* present (an empty corpus's tables have none)."""
    missing = [c for c in columns if c not in table.columns]
    return table.assign(**dict.fromkeys(missing, "")) if missing else table


def _write(tables: dict[str, pd.DataFrame], folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / MANIFEST).unlink(missing_ok=True)  # a half-written set is never current
    for name, table in tables.items():
        table.to_parquet(folder / f"{name}.parquet", index=False)


class CorpusTables:
    """The tables of a corpus run, each read from Parquet when first used (``tables.claims``,
    ``tables["claims"]``); :meth:`columns` reads only some columns of a large table."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._read: dict[str, pd.DataFrame] = {}

    def __getitem__(self, name: str) -> pd.DataFrame:
        if name not in self._read:
            path = self.folder / f"{name}.parquet"
            self._read[name] = pd.read_parquet(path) if path.exists() else pd.DataFrame()
        return self._read[name]

    def __getattr__(self, name: str) -> pd.DataFrame:
        if name.startswith("_"):
            raise AttributeError(name)
        return self[name]

    def columns(self, name: str, columns: list[str]) -> pd.DataFrame:
        """Some columns of table *name* (those it has), read without the others."""
        if name in self._read:
            return self._read[name][[c for c in columns if c in self._read[name].columns]]
        path = self.folder / f"{name}.parquet"
        if not path.exists():
            return pd.DataFrame(columns=columns)
        import pyarrow.parquet as pq

        present = [c for c in columns if c in pq.read_schema(path).names]
        return pd.read_parquet(path, columns=present)


def open_tables(
    corpus: str | Path,
    *,
    out: str | Path | None = None,
    columns: Mapping[str, str] | None = None,
    calendar: str = "auto",
) -> CorpusTables:
    """The corpus's tables, built first if missing or stale (no progress bar: a notebook's
    stderr is for warnings; ``make corpus`` builds them before the notebooks run)."""
    build_tables(corpus, out=out, columns=columns, calendar=calendar, progress=False)
    return CorpusTables(corpus_folders(out).tables)
