"""Every notebook runs top to bottom (figures written to a temporary folder)."""

from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

from khabar.lexicon import REPO_ROOT

NOTEBOOKS = sorted((REPO_ROOT / "notebooks").glob("[0-9][0-9]-*.ipynb"))


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_runs(path: Path, tmp_path):
    notebook = nbformat.read(path, as_version=4)
    tagged = [i for i, c in enumerate(notebook.cells) if "parameters" in c.metadata.get("tags", [])]
    assert tagged, "a notebook needs a cell tagged 'parameters'"
    override = nbformat.v4.new_code_cell(
        f"FIGURES_OUT = {str(tmp_path)!r}\nEXPORT_OUT = {str(tmp_path / 'exports')!r}"
    )
    notebook.cells.insert(tagged[0] + 1, override)
    NotebookClient(
        notebook,
        timeout=300,
        kernel_name="python3",
        resources={"metadata": {"path": str(path.parent)}},
    ).execute()
    errors = [o for c in notebook.cells for o in c.get("outputs", []) if o.output_type == "error"]
    assert not errors
    assert list(tmp_path.glob("*.png")), "the notebook saved no figure"
