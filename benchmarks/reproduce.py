"""`make bench-reproduce`: a warm `make reproduce` against notebooks that only import.

The baseline executes as many notebooks as the collection has, in the same way (same runner,
same parallelism, one kernel each), each holding just the imports of its counterpart, so the
ratio is the cost of the analysis, tables and figures on top of starting kernels and importing
pandas, matplotlib, hazm and khabar. "Warm" means the analysis cache is filled (a first run
fills it), as it is on any rerun. The two are timed in interleaved rounds (this machine's speed
drifts by tens of per cent over minutes, so only times taken side by side compare): the ratio
is the median of the rounds' own ratios; each round's ratio and the best times are printed too.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path
from statistics import median

import nbformat

from khabar.lexicon import REPO_ROOT
from khabar.reproduce import execute_all, notebook_paths, reproduce

ROUNDS = 5
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
    warm, baseline, warm_in_process, baseline_in_process = [], [], [], []
    with tempfile.TemporaryDirectory() as folder:
        copies = [str(import_only_copy(path, Path(folder))) for path in notebooks]
        copy_paths = list(map(Path, copies))
        # Interleaved rounds: this machine's speed drifts by tens of per cent over minutes,
        # and a drift must not fall on one side of the comparison only.
        for _ in range(ROUNDS):
            warm.append(shell(make))
            baseline.append(shell([sys.executable, "-c", RUN_NOTEBOOKS, *copies]))
            warm_in_process.append(timed(reproduce))
            baseline_in_process.append(timed(lambda: execute_all(copy_paths, copy_paths)))
    ratios = sorted(w / b for w, b in zip(warm, baseline, strict=True))
    in_process = sorted(w / b for w, b in zip(warm_in_process, baseline_in_process, strict=True))
    print(f"notebooks                                   {len(notebooks)}")
    print(f"warm `make reproduce` (best of {ROUNDS})           {min(warm):6.1f} s")
    print(f"import-only notebooks, same runner (shell)  {min(baseline):6.1f} s")
    print(f"ratio, median of the rounds' own ratios     {median(ratios):6.2f}  (target <= 1.5)")
    print("ratio in each interleaved round             " + ", ".join(f"{r:.2f}" for r in ratios))
    print(f"ratio of the best times                     {min(warm) / min(baseline):6.2f}")
    print(
        f"in one process: reproduce {min(warm_in_process):.1f} s, import-only "
        f"{min(baseline_in_process):.1f} s, ratio (median of rounds) {median(in_process):.2f}"
    )


if __name__ == "__main__":
    sys.exit(main())
