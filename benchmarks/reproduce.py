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

# The baseline's command: the same runner, on the import-only copies, in a fresh process.
RUN_NOTEBOOKS = (
    "import sys; from pathlib import Path; from khabar.reproduce import execute_all; "
    "paths = [Path(p) for p in sys.argv[1:]]; execute_all(paths, paths)"
)


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


def shell(command: list[str]) -> float:
    """Seconds for a command run from the repository root (it must succeed)."""
    return timed(lambda: subprocess.run(command, cwd=REPO_ROOT, check=True, capture_output=True))


def main() -> None:
    notebooks = notebook_paths()
    make = ["make", "--no-print-directory", "reproduce"]
    shell(make)  # fills the analysis cache: the runs below are warm
    warm = min(shell(make) for _ in range(2))
    in_process = min(timed(reproduce) for _ in range(2))
    with tempfile.TemporaryDirectory() as folder:
        copies = [str(import_only_copy(path, Path(folder))) for path in notebooks]
        baseline = min(shell([sys.executable, "-c", RUN_NOTEBOOKS, *copies]) for _ in range(2))
        baseline_in_process = min(
            timed(lambda: execute_all(list(map(Path, copies)), list(map(Path, copies))))
            for _ in range(2)
        )
    print(f"notebooks                                   {len(notebooks)}")
    print(f"warm `make reproduce`                       {warm:6.1f} s")
    print(f"import-only notebooks, same runner (shell)  {baseline:6.1f} s")
    print(f"ratio                                       {warm / baseline:6.2f}  (target <= 1.5)")
    print(
        f"in one process: reproduce {in_process:.1f} s, import-only {baseline_in_process:.1f} s, "
        f"ratio {in_process / baseline_in_process:.2f}"
    )


if __name__ == "__main__":
    sys.exit(main())
