"""Where the repository and its data live (imports nothing heavy, so that the command line and
the notebook runner start fast)."""

from __future__ import annotations

from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
DATA_DIR = REPO_ROOT / "data"


def data_path(*parts: str) -> Path:
    """A path under the repository's ``data/`` folder."""
    return DATA_DIR.joinpath(*parts)
