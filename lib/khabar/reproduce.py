"""Running the notebooks: in place (the committed, citable set) or on another article.

``python -m khabar reproduce`` (``make reproduce``) computes the article's analysis once
(cached under its sha256, see :func:`khabar.analysis.analyze`), executes the notebooks in
parallel, and writes the figures catalogue. With ``--article`` and ``--out``, the
notebooks' tagged ``parameters`` cell is followed by an injected cell (as papermill does)
and the executed copies, figures and exports go under the output folder only.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context
from pathlib import Path

import nbformat

from khabar import cache
from khabar.catalogue import write_catalogue
from khabar.errors import KhabarError, NotebookFailedError
from khabar.io import read_text
from khabar.outputs import outputs
from khabar.paths import REPO_ROOT

NOTEBOOKS_DIR = REPO_ROOT / "notebooks"
DEFAULT_ARTICLE = REPO_ROOT / "data" / "raw" / "000_3573e85439a7b76f.txt"
KERNEL = "python3"
TIMEOUT = 600


def notebook_paths(folder: Path = NOTEBOOKS_DIR) -> list[Path]:
    """The numbered notebooks, in order."""
    return sorted(folder.glob("[0-9][0-9]-*.ipynb"))


def parameterise(notebook: nbformat.NotebookNode, parameters: dict[str, object]) -> None:
    """Insert a cell assigning *parameters* after the cell tagged ``parameters``."""
    tagged = [i for i, c in enumerate(notebook.cells) if "parameters" in c.metadata.get("tags", [])]
    if not tagged:
        raise NotebookFailedError("a notebook needs a cell tagged 'parameters'")
    source = "# Injected parameters\n" + "".join(f"{k} = {v!r}\n" for k, v in parameters.items())
    cell = nbformat.v4.new_code_cell(source, metadata={"tags": ["injected-parameters"]})
    notebook.cells.insert(tagged[0] + 1, cell)


def execute(source: Path, target: Path, parameters: dict[str, object] | None = None) -> Path:
    """Execute the notebook *source* (working directory: its folder) and write it to *target*."""
    from nbclient import NotebookClient
    from nbclient.exceptions import CellExecutionError

    notebook = nbformat.read(source, as_version=4)
    if parameters:
        parameterise(notebook, parameters)
    client = NotebookClient(
        notebook,
        timeout=TIMEOUT,
        kernel_name=KERNEL,
        record_timing=False,
        extra_arguments=["--IPKernelApp.log_level=ERROR"],  # not the TCP-transport warning
        resources={"metadata": {"path": str(source.parent)}},
    )
    try:
        client.execute()
    except CellExecutionError as error:
        last = str(error).strip().splitlines()[-1] if str(error).strip() else type(error).__name__
        raise NotebookFailedError(f"{source.name}: {last}") from None
    target.parent.mkdir(parents=True, exist_ok=True)
    nbformat.write(notebook, target)
    return target


def reproduce(
    *,
    article: str | Path | None = None,
    out: str | Path | None = None,
    notebooks: Sequence[Path] | None = None,
    jobs: int | None = None,
) -> list[Path]:
    """Execute *notebooks* (default: all) on *article* and return the executed notebooks.

    Without *article* and *out*, the committed notebooks are executed in place. Another
    article needs its own *out* folder, so the committed figures are never overwritten.
    """
    notebooks = list(notebooks or notebook_paths())
    if article is not None and out is None:
        raise KhabarError("another article needs an output folder (OUT=... / --out)")
    article_path = Path(article) if article is not None else DEFAULT_ARTICLE
    if not cache.cache_path(read_text(article_path)).exists():
        from khabar.analysis import analyze  # only now: the whole pipeline is slow to import

        analyze(article_path, cache=True)  # once, here; the notebooks load it from the cache
    folders = outputs(article_path, out=out)
    parameters = None
    if out is not None:
        parameters = {
            "ARTICLE": os.path.relpath(article_path.resolve(), NOTEBOOKS_DIR),
            "OUT": os.path.relpath(Path(out).resolve(), NOTEBOOKS_DIR),
        }
    targets = [folders.notebooks / path.name for path in notebooks]
    done = execute_all(notebooks, targets, parameters=parameters, jobs=jobs)
    if any(folders.figures.glob("*.png")):
        write_catalogue(folders.figures, article=article_path)
    return done


def execute_all(
    notebooks: Sequence[Path],
    targets: Sequence[Path],
    *,
    parameters: dict[str, object] | None = None,
    jobs: int | None = None,
) -> list[Path]:
    """Execute independent notebooks in parallel, one kernel each, *jobs* at a time
    (default: one per CPU)."""
    workers = max(1, min(jobs or os.cpu_count() or 1, len(notebooks)))
    # Largest first (a committed notebook's size tracks its figures and tables), so the
    # longest one does not start last and keep the others waiting.
    order = sorted(range(len(notebooks)), key=lambda i: -notebooks[i].stat().st_size)
    with ProcessPoolExecutor(workers, mp_context=get_context("spawn")) as pool:
        futures = {i: pool.submit(execute, notebooks[i], targets[i], parameters) for i in order}
        return [futures[i].result() for i in range(len(notebooks))]
