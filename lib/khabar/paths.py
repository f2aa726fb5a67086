"""Where the repository and its data live (imports nothing heavy, so that the command line and
the notebook runner start fast)."""

from __future__ import annotations

import csv
from collections.abc import Iterable
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
DATA_DIR = REPO_ROOT / "data"


def data_path(*parts: str) -> Path:
    """A path under the repository's ``data/`` folder."""
    return DATA_DIR.joinpath(*parts)


def tsv_rows(lines: Iterable[str]) -> list[dict[str, str]]:
    """Rows of khabar's tab-separated data: a header line, then rows; ``#`` lines and blank
    lines are comments."""
    kept = [line for line in lines if line.strip() and not line.startswith("#")]
    return list(csv.DictReader(kept, delimiter="\t", quoting=csv.QUOTE_NONE))
