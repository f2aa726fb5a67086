"""Finding the repository's data from an in-place install and from a regular one."""

import os
import shutil
import subprocess
import sys

from khabar import paths
from khabar.paths import REPO_ROOT, find_repo_root


def test_the_checkout_holding_the_code_is_the_repository(tmp_path):
    assert (REPO_ROOT / "data" / "lexicons").is_dir()
    assert find_repo_root(start=tmp_path) == REPO_ROOT


def test_khabar_repo_names_the_repository(monkeypatch, tmp_path):
    monkeypatch.setenv("KHABAR_REPO", str(tmp_path))
    assert find_repo_root() == tmp_path.resolve()


def test_a_regular_install_finds_the_repository_above_the_notebooks(tmp_path):
    """As repo2docker's ``pip install .`` leaves it: khabar in site-packages, the notebooks
    running in the repository's notebooks/ folder."""
    site = tmp_path / "site-packages"
    shutil.copytree(REPO_ROOT / "lib" / "khabar", site / "khabar")
    environment = {k: v for k, v in os.environ.items() if k != "KHABAR_REPO"}
    environment["PYTHONPATH"] = os.pathsep.join([str(site), environment.get("PYTHONPATH", "")])
    code = "import khabar, khabar.paths as p; print(khabar.__file__); print(p.REPO_ROOT)"
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=REPO_ROOT / "notebooks",
        env=environment,
        capture_output=True,
        text=True,
        check=True,
    )
    module, root = result.stdout.splitlines()
    assert module.startswith(str(site))
    assert root == str(REPO_ROOT)
    assert paths.data_path("lexicons").is_dir()
