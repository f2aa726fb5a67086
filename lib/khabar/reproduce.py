"""Running the notebooks: in place (the committed, citable set) or on another article.

``python -m khabar reproduce`` (``make reproduce``) computes the article's analysis once
(cached under its sha256, see :func:`khabar.analysis.analyze`), executes the notebooks in
parallel, and writes the figures catalogue. With ``--article`` and ``--out``, the
notebooks' tagged ``parameters`` cell is followed by an injected cell (as papermill does)
and the executed copies, figures and exports go under the output folder only.

A notebook that fails does not stop the others. Its partly executed copy is saved as
``NN-name.failed.ipynb`` beside where it would have gone, every failure is listed when all
have run (:class:`~khabar.errors.NotebookFailedError`, exit code 2 in the CLI), and an output
folder says that its run failed (``RUN-FAILED.md``, and no figures catalogue presenting it
as complete).
"""

from __future__ import annotations

import os
import re
import subprocess
import tempfile
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from multiprocessing import get_context
from pathlib import Path
from typing import TYPE_CHECKING

from khabar import cache
from khabar.catalogue import write_catalogue
from khabar.errors import KhabarError, NotebookFailedError
from khabar.io import read_text
from khabar.notebook_format import nbformat
from khabar.outputs import outputs
from khabar.paths import REPO_ROOT

if TYPE_CHECKING:
    from traitlets.config import Config

NOTEBOOKS_DIR = REPO_ROOT / "notebooks"
DEFAULT_ARTICLE = REPO_ROOT / "data" / "raw" / "000_3573e85439a7b76f.txt"
KERNEL = "python3"
TIMEOUT = 600
# nbclient's default of 60 s to start a kernel failed runs on a loaded machine.
KERNEL_START_TIMEOUT = 300
FAILED_MARKER = "RUN-FAILED.md"


def notebook_paths(folder: Path = NOTEBOOKS_DIR) -> list[Path]:
    """The numbered notebooks, in order."""
    return sorted(folder.glob("[0-9][0-9]-*.ipynb"))


def parameterise(notebook: nbformat.NotebookNode, parameters: dict[str, object]) -> None:
    """Insert a cell assigning *parameters* after the cell tagged ``parameters``: those the
    tagged cell assigns (a notebook that does not take ``CODEBOOKS`` does not get it)."""
    tagged = [i for i, c in enumerate(notebook.cells) if "parameters" in c.metadata.get("tags", [])]
    if not tagged:
        raise KhabarError("a notebook needs a cell tagged 'parameters'")
    declared = notebook.cells[tagged[0]].source
    taken = {k: v for k, v in parameters.items() if re.search(rf"^{k}\s*=", declared, re.M)}
    source = "# Injected parameters\n" + "".join(f"{k} = {v!r}\n" for k, v in taken.items())
    cell = nbformat.v4.new_code_cell(source, metadata={"tags": ["injected-parameters"]})
    notebook.cells.insert(tagged[0] + 1, cell)


@dataclass(frozen=True, slots=True)
class NotebookFailure:
    """A notebook that raised: where, what, and the partly executed copy saved for reading."""

    notebook: str
    cell: int  # 1-based, counting every cell of the saved copy
    error: str  # "ValueError: None cannot be a node": one line, no terminal escape codes
    saved: Path

    def __str__(self) -> str:
        return f"{self.notebook} failed at cell {self.cell}: {self.error} (saved: {self.saved})"


_ANSI_ESCAPE = re.compile(r"\x1b\[[0-9;?]*[ -/]*[@-~]")


def plain(text: str) -> str:
    """*text* without terminal colour codes, on one line."""
    lines = [line.strip() for line in _ANSI_ESCAPE.sub("", text).splitlines() if line.strip()]
    return " ".join(lines)


def failed_path(target: Path) -> Path:
    """Where a notebook that failed is saved: ``03-claims.failed.ipynb`` beside *target*."""
    return target.with_name(f"{target.stem}.failed.ipynb")


def execute(
    source: Path, target: Path, parameters: dict[str, object] | None = None
) -> Path | NotebookFailure:
    """Execute the notebook *source* (working directory: its folder) and write it to *target*.

    If a cell raises, the partly executed notebook is written to :func:`failed_path` instead
    (and a *target* left by an earlier run removed) and the failure is returned."""
    from nbclient import NotebookClient
    from nbclient.exceptions import CellExecutionError

    notebook = nbformat.read(source, as_version=4)
    if parameters:
        parameterise(notebook, parameters)
    target.parent.mkdir(parents=True, exist_ok=True)
    failed = failed_path(target)
    try:
        with tempfile.TemporaryDirectory(prefix="khabar-kernel-") as sockets:
            client = NotebookClient(
                notebook,
                timeout=TIMEOUT,
                startup_timeout=KERNEL_START_TIMEOUT,
                kernel_name=KERNEL,
                config=_kernel_config(Path(sockets)),
                record_timing=False,
                extra_arguments=["--IPKernelApp.log_level=ERROR"],  # ipykernel start-up warnings
                resources={"metadata": {"path": str(source.parent)}},
            )
            # The kernel's own stderr (ipykernel's shutdown noise) would interleave with the
            # runner's one-line messages; what a cell writes to stderr is in the notebook.
            client.execute(stderr=subprocess.DEVNULL)
    except CellExecutionError as error:
        nbformat.write(notebook, failed)
        target.unlink(missing_ok=True)
        ename, evalue = _error_output(notebook) or (
            getattr(error, "ename", ""),
            getattr(error, "evalue", ""),
        )
        message = plain(f"{ename}: {evalue}" if ename else str(error)) or type(error).__name__
        return NotebookFailure(source.name, _failed_cell(notebook), message, failed)
    nbformat.write(notebook, target)
    failed.unlink(missing_ok=True)
    return target


def _kernel_config(sockets: Path) -> Config:
    """Configuration for one notebook's kernel manager. On POSIX its channels are IPC
    sockets in *sockets* (a folder of its own): TCP ports are picked by binding a free port
    and releasing it, so kernels started at once by two runs can pick the same port, and one
    then fails ("DELIM not in msg_list")."""
    from traitlets.config import Config

    if os.name != "posix":
        return Config()
    return Config({"KernelManager": {"transport": "ipc", "ip": str(sockets / "kernel")}})


def _error_output(notebook: nbformat.NotebookNode) -> tuple[str, str] | None:
    """The exception's name and value as the failed cell's error output records them (the
    execution error itself says "NoneType: None" when the display of a result failed)."""
    for cell in notebook.cells:
        for output in cell.get("outputs", []):
            if output.get("output_type") == "error" and output.get("ename"):
                return output["ename"], output.get("evalue", "")
    return None


def _failed_cell(notebook: nbformat.NotebookNode) -> int:
    """The 1-based number of the cell whose output is an error (0 if none is marked)."""
    for number, cell in enumerate(notebook.cells, start=1):
        if any(o.get("output_type") == "error" for o in cell.get("outputs", [])):
            return number
    return 0


def reproduce(
    *,
    article: str | Path | None = None,
    out: str | Path | None = None,
    notebooks: Sequence[Path] | None = None,
    jobs: int | None = None,
    codebooks: Sequence[str | Path] = (),
) -> list[Path]:
    """Execute *notebooks* (default: all) on *article* and return the executed notebooks.

    Without *article* and *out*, the committed notebooks are executed in place. Another
    article, or the researcher's *codebooks* (the notebooks' ``CODEBOOKS``), need their own
    *out* folder, so the committed figures are never overwritten. A malformed codebook is a
    :class:`~khabar.errors.CodebookError` before any notebook runs.
    """
    notebooks = list(notebooks or notebook_paths())
    if (article is not None or codebooks) and out is None:
        raise KhabarError("another article or codebook needs an output folder (OUT=... / --out)")
    article_path = Path(article) if article is not None else DEFAULT_ARTICLE
    books = [str(Path(book).resolve()) for book in codebooks]
    if books or not cache.cache_path(read_text(article_path)).exists():
        from khabar.analysis import analyze  # only now: the whole pipeline is slow to import

        # once, here (the notebooks load it from the cache); without codebooks, notebooks
        # 00-03's analysis; with them, 04-05's
        analyze(article_path, cache=True, codebooks=books)
        if books:
            analyze(article_path, cache=True)
    folders = outputs(article_path, out=out)
    parameters = None
    if out is not None:
        parameters = {
            "ARTICLE": os.path.relpath(article_path.resolve(), NOTEBOOKS_DIR),
            "OUT": os.path.relpath(Path(out).resolve(), NOTEBOOKS_DIR),
            **({"CODEBOOKS": books} if books else {}),
        }
    targets = [folders.notebooks / path.name for path in notebooks]
    results = execute_all(notebooks, targets, parameters=parameters, jobs=jobs)
    return conclude(
        results,
        figures=folders.figures,
        marker=(Path(out) / FAILED_MARKER) if out is not None else None,
        subject=article_path,
        catalogue=lambda: write_catalogue(folders.figures, article=article_path),
    )


def conclude(
    results: Sequence[Path | NotebookFailure],
    *,
    figures: Path,
    marker: Path | None,
    subject: Path,
    catalogue: Callable[[], object],
) -> list[Path]:
    """The executed notebooks of a run, or :class:`NotebookFailedError` listing every failure.
    A failed run into an output folder says so there (*marker*, ``RUN-FAILED.md``; no figures
    catalogue presenting it as complete); a run that succeeded removes an old marker and
    writes the figures catalogue (*catalogue*) when it drew figures."""
    failures = [r for r in results if isinstance(r, NotebookFailure)]
    if failures:
        if marker is not None:
            (figures / "README.md").unlink(missing_ok=True)
            write_failure_marker(marker, failures, article=subject)
        raise NotebookFailedError(failures)
    if marker is not None:
        marker.unlink(missing_ok=True)
    if any(figures.glob("*.png")):
        catalogue()
    return [r for r in results if isinstance(r, Path)]


def write_failure_marker(path: Path, failures: Sequence[NotebookFailure], *, article: Path) -> None:
    """``RUN-FAILED.md`` in an output folder: this run is incomplete, and why."""
    lines = [
        "# This run failed",
        "",
        f"`khabar reproduce` on `{article.name}` stopped with errors in {len(failures)} "
        "notebook(s); the figures and exports here are incomplete. Each failed notebook is "
        "saved, partly executed, beside the others:",
        "",
        *(f"- `{f.saved.name}`, cell {f.cell}: {f.error}" for f in failures),
        "",
    ]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines), encoding="utf-8")


def execute_all(
    notebooks: Sequence[Path],
    targets: Sequence[Path],
    *,
    parameters: dict[str, object] | None = None,
    jobs: int | None = None,
) -> list[Path | NotebookFailure]:
    """Execute independent notebooks in parallel, one kernel each, *jobs* at a time
    (default: one per CPU); the executed notebook or the failure of each, in order."""
    workers = max(1, min(jobs or os.cpu_count() or 1, len(notebooks)))
    # Largest first (a committed notebook's size tracks its figures and tables), so the
    # longest one does not start last and keep the others waiting.
    order = sorted(range(len(notebooks)), key=lambda i: -notebooks[i].stat().st_size)
    with ProcessPoolExecutor(workers, mp_context=get_context("spawn")) as pool:
        futures = {i: pool.submit(execute, notebooks[i], targets[i], parameters) for i in order}
        return [futures[i].result() for i in range(len(notebooks))]


def notebook_problems(path: Path) -> list[str]:
    """What an executed notebook shows that a reader should never see: errors, and anything
    written to stderr (warnings). One line each, naming the cell."""
    notebook = nbformat.read(path, as_version=4)
    problems = []
    for number, cell in enumerate(notebook.cells, start=1):
        for output in cell.get("outputs", []):
            if output.get("output_type") == "error":
                problems.append(f"{path.name} cell {number}: {output['ename']}: {output['evalue']}")
            elif output.get("output_type") == "stream" and output.get("name") == "stderr":
                problems.append(f"{path.name} cell {number}: stderr: {plain(output['text'])}")
    return problems
