"""Running the corpus notebooks (``notebooks/corpus/``) on a corpus: ``make corpus``.

``python -m khabar reproduce --corpus PATH --out DIR`` builds the corpus's tables once
(:func:`khabar.corpus_build.build_tables`: in parallel, a progress bar on stderr, each
article's analysis cached under its raw text's sha256), then executes the corpus notebooks in
parallel with their ``parameters`` cell followed by an injected one (``CORPUS``, ``COLUMNS``,
``CALENDAR``, ``OUT``), as ``khabar reproduce`` does for an article, and with the same
handling of failures (:func:`khabar.reproduce.conclude`: ``NN-name.failed.ipynb``,
``RUN-FAILED.md``, one line per failure, exit code 2). ``--corpus`` without a path reruns
the committed example in place (``examples/corpus/``, ``notebooks/corpus/``).
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Mapping
from pathlib import Path

from khabar.catalogue import display_path, write_catalogue
from khabar.corpus_build import (
    EXAMPLE_CORPUS,
    BuildSummary,
    build_tables,
    corpus_folders,
)
from khabar.errors import KhabarError
from khabar.paths import REPO_ROOT
from khabar.reproduce import FAILED_MARKER, conclude, execute_all
from khabar.sources import read_corpus

CORPUS_NOTEBOOKS_DIR = REPO_ROOT / "notebooks" / "corpus"


def corpus_notebook_paths(folder: Path = CORPUS_NOTEBOOKS_DIR) -> list[Path]:
    """The corpus notebooks, in order."""
    return sorted(folder.glob("[0-9][0-9]-*.ipynb"))


def reproduce_corpus(
    *,
    corpus: str | Path | None = None,
    out: str | Path | None = None,
    columns: Mapping[str, str] | None = None,
    calendar: str = "auto",
    jobs: int | None = None,
    progress: bool = True,
    notebooks: list[Path] | None = None,
) -> tuple[BuildSummary, list[Path]]:
    """Build the tables of *corpus* (default: the committed example) and execute the corpus
    notebooks on them; the build's summary and the executed notebooks."""
    if corpus is not None and out is None:
        raise KhabarError("a corpus needs an output folder (OUT=... / --out)")
    corpus_path = Path(corpus) if corpus is not None else EXAMPLE_CORPUS
    columns = dict(columns or {})
    summary = build_tables(
        corpus_path, out=out, columns=columns, calendar=calendar, jobs=jobs, progress=progress
    )
    folders = corpus_folders(out)
    notebooks = list(notebooks or corpus_notebook_paths())
    parameters = None
    if out is not None:
        parameters = {
            "CORPUS": os.path.relpath(corpus_path.resolve(), CORPUS_NOTEBOOKS_DIR),
            "COLUMNS": columns,
            "CALENDAR": calendar,
            "OUT": os.path.relpath(Path(out).resolve(), CORPUS_NOTEBOOKS_DIR),
        }
    targets = [folders.notebooks / path.name for path in notebooks]
    results = execute_all(notebooks, targets, parameters=parameters, jobs=jobs)
    executed = conclude(
        results,
        figures=folders.figures,
        marker=(folders.root / FAILED_MARKER) if out is not None else None,
        subject=corpus_path,
        catalogue=lambda: write_catalogue(
            folders.figures,
            inputs=[corpus_input(corpus_path, columns=columns, calendar=calendar)],
            captions="corpus_figures.tsv",
            command="make corpus",
        ),
    )
    return summary, executed


def corpus_input(corpus: Path, *, columns: Mapping[str, str], calendar: str) -> tuple[str, str]:
    """The corpus as one input of the figures catalogue: its path and files, and the sha256
    over the files' names and contents."""
    found = read_corpus(corpus, columns=columns, calendar=calendar)
    digest = hashlib.sha256()
    for path in found.inputs:
        digest.update(path.name.encode("utf-8"))
        digest.update(path.read_bytes())
    return (
        f"`{display_path(corpus)}` (the corpus: {len(found.inputs)} files, "
        f"{len(found.entries)} articles)",
        digest.hexdigest(),
    )
