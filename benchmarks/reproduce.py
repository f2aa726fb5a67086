"""`make bench-reproduce`: a warm `make reproduce` against notebooks that only import.

The baseline executes as many notebooks as the collection has, in the same way (same runner,
same parallelism, one kernel each), each holding just the imports of its counterpart, so the
ratio is the cost of the analysis, tables and figures on top of starting kernels and importing
pandas, matplotlib, hazm and khabar. "Warm" means the analysis cache is filled (a first run
fills it), as it is on any rerun.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

import nbformat

from khabar.lexicon import REPO_ROOT
from khabar.reproduce import execute_all, notebook_paths, reproduce


def import_only_copy(source: Path, folder: Path) -> Path:
    """A notebook with only the import lines of *source*, next to nothing else."""
    notebook = nbformat.read(source, as_version=4)
    imports = [
        line
        for cell in notebook.cells
        if cell.cell_type == "code"
        for line in cell.source.splitlines()
        if line.startswith(("import ", "from "))
    ]
    copy = nbformat.v4.new_notebook(metadata=notebook.metadata)
    copy.cells = [nbformat.v4.new_code_cell("\n".join(imports))]
    path = folder / source.name
    nbformat.write(copy, path)
    return path


def timed(action) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def main() -> None:
    notebooks = notebook_paths()
    reproduce()  # fills the analysis cache
    warm = min(timed(reproduce) for _ in range(2))
    with tempfile.TemporaryDirectory() as folder:
        copies = [import_only_copy(path, Path(folder)) for path in notebooks]
        baseline = min(timed(lambda: execute_all(copies, copies)) for _ in range(2))
    make = timed(
        lambda: subprocess.run(
            ["make", "--no-print-directory", "reproduce"],
            cwd=REPO_ROOT,
            check=True,
            capture_output=True,
        )
    )
    print(f"notebooks                      {len(notebooks)}")
    print(f"warm reproduce (in process)    {warm:6.1f} s")
    print(f"import-only notebooks          {baseline:6.1f} s")
    print(f"ratio                          {warm / baseline:6.2f}  (target <= 1.5)")
    print(f"warm `make reproduce` (shell)  {make:6.1f} s")


if __name__ == "__main__":
    sys.exit(main())
