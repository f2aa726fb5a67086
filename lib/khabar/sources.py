"""A corpus as researchers have it: a folder of ``.txt`` files, or one table of articles.

* A **folder**: its ``*.txt`` files (recursively, sorted), one article each, and optionally a
  ``metadata.csv`` beside them naming each file (``file``, a path relative to the folder or a
  file name) with its ``date``, ``outlet``, ``url``, ``title`` and any other columns.
* A **CSV, JSON Lines or Parquet file** (``.csv``, ``.tsv``, ``.jsonl``/``.ndjson``,
  ``.parquet``): one article a row, its text in a text column, or a title and paragraphs (a
  list, or one paragraph a line), with metadata columns beside it — the common shape of
  published Persian news datasets.

Which column holds what is found by name (``data/corpus/columns.tsv``) or named by the
researcher (``columns={"text": "body", "date": "published"}``). Dates may be Solar Hijri or
Gregorian, in Persian or ASCII digits (:mod:`khabar.dates`); an outlet missing from the
metadata is the host of the article's URL. A bad row (no text, a line that is not JSON, a
date that is no date, a metadata row naming no file) is one :class:`Problem` with one line
saying why; the rest of the corpus is read. Only a corpus that cannot be read at all raises
:class:`~khabar.errors.CorpusInputError`.
"""

from __future__ import annotations

import ast
import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from urllib.parse import urlsplit

from khabar.dates import parse_date
from khabar.errors import CorpusInputError, DateError
from khabar.paths import read_table

FIELDS = ("id", "text", "title", "paragraphs", "date", "outlet", "url", "file")
METADATA_FILE = "metadata.csv"
TABULAR = {
    ".csv": "csv",
    ".tsv": "csv",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".parquet": "parquet",
}
# Metadata columns every article has in the tables (empty where the corpus does not say).
METADATA = ("title", "date", "date_jalali", "calendar", "outlet", "url")


@dataclass(frozen=True, slots=True)
class Entry:
    """One article of a corpus: its id, its file (a folder's) or text (a table's), metadata."""

    id: str
    path: Path | None = None
    text: str | None = None
    meta: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Problem:
    """A row or file of the corpus that could not be read as it is, and why (one line)."""

    source: str
    problem: str


@dataclass(frozen=True, slots=True)
class Corpus:
    """What :func:`read_corpus` found: the articles, the problems, and the input's kind."""

    path: Path
    kind: str  # "folder", "csv", "jsonl" or "parquet"
    entries: tuple[Entry, ...]
    problems: tuple[Problem, ...]
    inputs: tuple[Path, ...]  # every file read (their contents key the corpus's tables)


def read_corpus(
    path: str | Path, *, columns: Mapping[str, str] | None = None, calendar: str = "auto"
) -> Corpus:
    """The articles of the corpus at *path* (see the module docstring)."""
    path = Path(path)
    columns = dict(columns or {})
    unknown = sorted(set(columns) - set(FIELDS))
    if unknown:
        raise CorpusInputError(f"unknown column fields {unknown}; known: {', '.join(FIELDS)}")
    if path.is_dir():
        return _read_folder(path, columns, calendar)
    if not path.exists():
        raise CorpusInputError(f"{path}: no such file or folder")
    kind = TABULAR.get(path.suffix.lower())
    if kind is None:
        raise CorpusInputError(
            f"{path}: a corpus is a folder of .txt files or a {', '.join(TABULAR)} file"
        )
    rows, problems = _read_rows(path, kind)
    entries, more = _entries_from_rows(path, rows, columns, calendar)
    return Corpus(path, kind, tuple(entries), tuple(problems + more), (path,))


@cache
def _candidates() -> dict[str, tuple[str, ...]]:
    found: dict[str, list[str]] = {}
    for row in read_table("corpus", "columns.tsv"):
        found.setdefault(row["field"], []).append(row["column"].lower())
    return {name: tuple(names) for name, names in found.items()}


def find_columns(available: list[str], named: Mapping[str, str]) -> dict[str, str]:
    """Field -> the column holding it: the researcher's name, else the first candidate of
    ``data/corpus/columns.tsv`` present (ignoring case). A named column that is absent raises."""
    lower = {c.lower(): c for c in reversed(available)}
    found = {}
    for name in FIELDS:
        if name in named:
            if named[name] not in available:
                raise CorpusInputError(
                    f"no column {named[name]!r} (named for {name}); columns: {', '.join(available)}"
                )
            found[name] = named[name]
        elif chosen := next((lower[c] for c in _candidates().get(name, ()) if c in lower), None):
            found[name] = chosen
    return found


# ----- a folder of .txt files -----------------------------------------------------------------
def _read_folder(folder: Path, named: dict[str, str], calendar: str) -> Corpus:
    files = sorted(p for p in folder.rglob("*.txt") if p.is_file())
    if not files:
        raise CorpusInputError(f"{folder}: folder without .txt files")
    metadata = folder / METADATA_FILE
    by_file: dict[Path, dict[str, str]] = {}
    problems: list[Problem] = []
    if metadata.is_file():
        rows, problems = _read_rows(metadata, "csv")
        by_file, more = _metadata_by_file(folder, metadata, rows, named, calendar, set(files))
        problems += more
    entries = [
        Entry(p.relative_to(folder).as_posix(), path=p, meta=by_file.get(p, _empty_meta()))
        for p in files
    ]
    inputs = (*files, metadata) if metadata.is_file() else tuple(files)
    return Corpus(folder, "folder", tuple(entries), tuple(problems), inputs)


def _metadata_by_file(
    folder: Path,
    metadata: Path,
    rows: list[tuple[int, dict]],
    named: dict[str, str],
    calendar: str,
    files: set[Path],
) -> tuple[dict[Path, dict[str, str]], list[Problem]]:
    columns = find_columns(list(rows[0][1]) if rows else [], named)
    if rows and "file" not in columns:
        raise CorpusInputError(f"{metadata}: no column naming each article's file (file)")
    by_name: dict[str, list[Path]] = {}
    for path in files:
        by_name.setdefault(path.name, []).append(path)
    found, problems = {}, []
    for number, row in rows:
        where = f"{METADATA_FILE} row {number}"
        name = str(row.get(columns.get("file", ""), "")).strip()
        path = folder / name
        if path not in files:
            candidates = by_name.get(name, [])
            if len(candidates) != 1:
                problems.append(Problem(where, f"names no .txt file of the folder: «{name}»"))
                continue
            path = candidates[0]
        meta, problem = _metadata(row, columns, calendar)
        found[path] = meta
        if problem:
            problems.append(Problem(where, problem))
    return found, problems


# ----- one table of articles -------------------------------------------------------------------
def _read_rows(path: Path, kind: str) -> tuple[list[tuple[int, dict]], list[Problem]]:
    """(row number from 1, row) of a table, and the rows that are not rows (JSON Lines)."""
    if kind == "jsonl":
        return _read_json_lines(path)
    import pandas as pd

    try:
        if kind == "parquet":
            frame = pd.read_parquet(path)
        else:
            separator = "\t" if path.suffix.lower() == ".tsv" else ","
            frame = pd.read_csv(
                path, dtype=str, keep_default_na=False, sep=separator, encoding="utf-8-sig"
            )
    except (OSError, ValueError) as error:  # pandas' and pyarrow's parse errors are ValueErrors
        raise CorpusInputError(f"{path}: cannot be read as {kind}: {_one_line(error)}") from None
    return list(enumerate(frame.to_dict("records"), start=1)), []


def _read_json_lines(path: Path) -> tuple[list[tuple[int, dict]], list[Problem]]:
    rows, problems = [], []
    try:
        handle = path.open(encoding="utf-8-sig")
    except OSError as error:
        raise CorpusInputError(f"{path}: {error.strerror}") from None
    with handle:
        try:
            for number, line in enumerate(handle, start=1):
                if not line.strip():
                    continue
                try:
                    row = json.loads(line)
                except json.JSONDecodeError as error:
                    problems.append(Problem(f"{path.name} line {number}", f"not JSON: {error.msg}"))
                    continue
                if isinstance(row, dict):
                    rows.append((number, row))
                else:
                    problems.append(Problem(f"{path.name} line {number}", "not a JSON object"))
        except UnicodeDecodeError:
            raise CorpusInputError(f"{path}: not UTF-8 text") from None
    return rows, problems


def _entries_from_rows(
    path: Path, rows: list[tuple[int, dict]], named: dict[str, str], calendar: str
) -> tuple[list[Entry], list[Problem]]:
    available = list(dict.fromkeys(k for _, row in rows for k in row))
    columns = find_columns(available, named)
    if rows and not ({"text", "paragraphs"} & set(columns)):
        raise CorpusInputError(
            f"{path}: no text column (text, or title and paragraphs); name yours with "
            f"columns/COLUMNS, e.g. text=body. Columns: {', '.join(available)}"
        )
    entries, problems, seen = [], [], set()
    for number, row in rows:
        where = f"{path.name} row {number}"
        text = _text_of(row, columns)
        if not text.strip():
            problems.append(Problem(where, f"no text ({_text_columns(columns)} empty)"))
            continue
        ident = _scalar(row.get(columns["id"])) if "id" in columns else ""
        ident = ident or f"{path.stem}-{number}"
        if ident in seen:
            problems.append(Problem(where, f"id «{ident}» used by an earlier row; renamed"))
            ident = f"{ident}-row{number}"
        seen.add(ident)
        meta, problem = _metadata(row, columns, calendar)
        if problem:
            problems.append(Problem(where, problem))
        entries.append(Entry(ident, text=text, meta=meta))
    return entries, problems


def _text_of(row: dict, columns: dict[str, str]) -> str:
    """The article as khabar reads files: the headline on the first line, then one paragraph
    a line. A text column wins; else the title and the paragraphs."""
    if "text" in columns and _scalar(row.get(columns["text"])):
        text = _scalar(row.get(columns["text"]))
        title = _scalar(row.get(columns["title"])) if "title" in columns else ""
        return text if not title or text.startswith(title) else f"{title}\n{text}"
    paragraphs = row.get(columns["paragraphs"]) if "paragraphs" in columns else None
    if hasattr(paragraphs, "tolist"):  # a list column read from Parquet
        paragraphs = paragraphs.tolist()
    elif isinstance(paragraphs, str):
        paragraphs = _listed(paragraphs)
    lines = (
        [str(p) for p in paragraphs if str(p).strip()]
        if isinstance(paragraphs, list)
        else [_scalar(paragraphs)]
    )
    title = _scalar(row.get(columns["title"])) if "title" in columns else ""
    return "\n".join(line for line in (title, *lines) if line.strip())


def _listed(cell: str) -> list[str] | str:
    """The paragraphs of a list written into one cell of a CSV: JSON, or Python's notation
    as pandas writes a list column (``['...', '...']``); any other text as it is."""
    text = cell.strip()
    if not (text.startswith("[") and text.endswith("]")):
        return cell
    for parse in (json.loads, ast.literal_eval):  # literal_eval evaluates no code
        try:
            value = parse(text)
        except (ValueError, SyntaxError, TypeError, MemoryError, RecursionError):
            continue
        if isinstance(value, list) and all(isinstance(item, str) for item in value):
            return value
    return cell


def _text_columns(columns: dict[str, str]) -> str:
    names = [columns[f] for f in ("text", "title", "paragraphs") if f in columns]
    return " and ".join(f"«{n}»" for n in names)


# ----- metadata -------------------------------------------------------------------------------
def _empty_meta() -> dict[str, str]:
    return dict.fromkeys(METADATA, "")


def _metadata(row: dict, columns: dict[str, str], calendar: str) -> tuple[dict[str, str], str]:
    """The metadata of a row (every :data:`METADATA` field, then the row's other columns), and
    a problem with its date ("" if none)."""
    meta = _empty_meta()
    for name in ("title", "outlet", "url"):
        if name in columns:
            meta[name] = _scalar(row.get(columns[name]))
    if not meta["outlet"] and meta["url"]:
        meta["outlet"] = _host(meta["url"])
    problem = ""
    raw_date = _scalar(row.get(columns["date"])) if "date" in columns else ""
    if raw_date:
        try:
            parsed = parse_date(raw_date, calendar=calendar)
            meta |= {"date": parsed.iso, "date_jalali": parsed.jalali, "calendar": parsed.calendar}
        except DateError as error:
            problem = f"date left empty: {error}"
    used = {columns[f] for f in FIELDS if f in columns}
    for name, value in row.items():
        if name not in used:
            meta[name if name not in meta else f"meta_{name}"] = _scalar(value)
    return meta, problem


def _host(url: str) -> str:
    host = urlsplit(url if "//" in url else f"//{url}").hostname or ""
    return host.removeprefix("www.")


def _scalar(value: object) -> str:
    """A cell as text: lists ``;``-joined, missing values empty."""
    if hasattr(value, "tolist"):
        value = value.tolist()
    if isinstance(value, list | tuple):
        return ";".join(_scalar(v) for v in value)
    if value is None or value != value:  # None, NaN
        return ""
    return str(value).strip() if not isinstance(value, str) else value.strip()


def _one_line(error: Exception) -> str:
    return " ".join(str(error).split()) or type(error).__name__


def problem_rows(problems: Iterator[Problem] | tuple[Problem, ...]) -> list[dict[str, str]]:
    """Problems as rows of the failures table."""
    return [{"source": p.source, "problem": p.problem} for p in problems]
