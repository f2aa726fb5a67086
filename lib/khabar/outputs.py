"""Where a run of the notebooks writes: the repository's folders, or a folder of its own.

With no output folder, figures go to ``figures/`` and exports to ``data/exports/<article>/``
(the committed, citable set). With one, everything goes under it (``figures/``,
``exports/``, ``notebooks/``), so another article never touches the committed files.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from khabar.paths import DATA_DIR, REPO_ROOT


@dataclass(frozen=True, slots=True)
class Outputs:
    figures: Path
    exports: Path
    notebooks: Path


def outputs(article: str | Path, *, out: str | Path | None = None) -> Outputs:
    """The folders a run on *article* writes to (see the module docstring)."""
    if out is None:
        return Outputs(
            REPO_ROOT / "figures",
            DATA_DIR / "exports" / Path(article).stem,
            REPO_ROOT / "notebooks",
        )
    root = Path(out)
    return Outputs(root / "figures", root / "exports", root / "notebooks")
