"""Where the repository and its data live (imports nothing heavy, so that the command line and
the notebook runner start fast)."""

from __future__ import annotations

import csv
import os
from collections.abc import Iterable
from functools import cache
from pathlib import Path


def find_repo_root(*, start: Path | None = None) -> Path:
    """The repository whose ``data/`` khabar reads.

    ``$KHABAR_REPO`` if set; else the checkout this code lies in (``make install`` installs
    khabar in place); else, for a regular install (repo2docker and Binder run
    ``pip install .``), the nearest folder holding ``data/lexicons`` at or above *start*
    (default: the working directory, where the notebooks run).
    """
    if os.environ.get("KHABAR_REPO"):
        return Path(os.environ["KHABAR_REPO"]).resolve()
    checkout = Path(__file__).resolve().parents[2]
    here = (start or Path.cwd()).resolve()
    for candidate in (checkout, here, *here.parents):
        if (candidate / "data" / "lexicons").is_dir():
            return candidate
    return checkout  # a missing data file then names the path it was looked for at


REPO_ROOT = find_repo_root()
DATA_DIR = REPO_ROOT / "data"


def data_path(*parts: str) -> Path:
    """A path under the repository's ``data/`` folder."""
    return DATA_DIR.joinpath(*parts)


def tsv_rows(lines: Iterable[str]) -> list[dict[str, str]]:
    """Rows of khabar's tab-separated data: a header line, then rows; ``#`` lines and blank
    lines are comments."""
    kept = [line for line in lines if line.strip() and not line.startswith("#")]
    return list(csv.DictReader(kept, delimiter="\t", quoting=csv.QUOTE_NONE))


@cache
def read_table(*parts: str) -> tuple[dict[str, str], ...]:
    """Rows of a tab-separated file under ``data/`` with a header line; ``#`` lines are
    comments."""
    with data_path(*parts).open(encoding="utf-8", newline="") as handle:
        return tuple(tsv_rows(handle))
