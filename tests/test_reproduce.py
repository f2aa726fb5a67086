"""Running the notebooks: a failing notebook is reported, saved, and marks its run."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest

from khabar import reproduce as runner
from khabar.errors import KhabarError, NotebookFailedError
from khabar.paths import REPO_ROOT
from khabar.reproduce import DEFAULT_ARTICLE, FAILED_MARKER, plain, reproduce


def write_notebook(path, *sources):
    cells = [
        nbformat.v4.new_code_cell('ARTICLE = ""\nOUT = None', metadata={"tags": ["parameters"]})
    ]
    cells += [nbformat.v4.new_code_cell(source) for source in sources]
    nbformat.write(nbformat.v4.new_notebook(cells=cells), path)
    return path


@pytest.fixture
def notebooks(tmp_path):
    folder = tmp_path / "notebooks"
    folder.mkdir()
    good = write_notebook(folder / "01-good.ipynb", "x = 1 + 1", "print(x)")
    bad = write_notebook(
        folder / "02-bad.ipynb", "y = 2", "import networkx\nnetworkx.Graph().add_node(None)"
    )
    return good, bad


def test_a_failing_notebook_is_saved_listed_and_marks_the_output_folder(notebooks, tmp_path):
    out = tmp_path / "run"
    (out / "figures").mkdir(parents=True)
    (out / "figures" / "README.md").write_text("a catalogue from an earlier, complete run")
    with pytest.raises(NotebookFailedError) as raised:
        reproduce(article=DEFAULT_ARTICLE, out=out, notebooks=list(notebooks))
    (failure,) = raised.value.failures
    assert failure.notebook == "02-bad.ipynb"
    assert failure.cell == 4  # parameters, injected parameters, y = 2, the failing cell
    assert failure.error == "ValueError: None cannot be a node"
    assert failure.saved == out / "notebooks" / "02-bad.failed.ipynb"
    saved = nbformat.read(failure.saved, as_version=4)
    assert saved.cells[2].outputs == [] and saved.cells[2].execution_count  # ran before it
    assert (out / "notebooks" / "01-good.ipynb").exists()  # the others still ran
    assert not (out / "notebooks" / "02-bad.ipynb").exists()
    assert not (out / "figures" / "README.md").exists()  # nothing presents the run as complete
    marker = (out / FAILED_MARKER).read_text(encoding="utf-8")
    assert "02-bad.failed.ipynb" in marker and "None cannot be a node" in marker


def test_a_successful_rerun_clears_the_failure_marks(notebooks, tmp_path):
    good, bad = notebooks
    out = tmp_path / "run"
    with pytest.raises(NotebookFailedError):
        reproduce(article=DEFAULT_ARTICLE, out=out, notebooks=[good, bad])
    write_notebook(bad, "y = 2")
    reproduce(article=DEFAULT_ARTICLE, out=out, notebooks=[good, bad])
    assert not (out / FAILED_MARKER).exists()
    assert not (out / "notebooks" / "02-bad.failed.ipynb").exists()
    assert (out / "notebooks" / "02-bad.ipynb").exists()


def test_the_command_exits_2_with_one_plain_line_per_failure(notebooks, tmp_path, monkeypatch):
    folder = notebooks[0].parent
    script = (
        "import sys, pathlib\n"
        "from khabar import reproduce, cli\n"
        f"folder = pathlib.Path({str(folder)!r})\n"
        "reproduce.notebook_paths = lambda *_: sorted(folder.glob('*.ipynb'))\n"
        "sys.exit(cli.main(sys.argv[1:]))\n"
    )
    out = tmp_path / "run"
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            script,
            "reproduce",
            "--article",
            str(DEFAULT_ARTICLE),
            "--out",
            str(out),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "\x1b" not in result.stderr
    assert "02-bad.ipynb failed at cell 4: ValueError: None cannot be a node" in lines[0]
    assert "Traceback" not in result.stderr


@pytest.mark.skipif(os.name != "posix", reason="IPC sockets are POSIX only")
def test_kernels_talk_over_ipc_sockets_of_their_own_not_tcp_ports(tmp_path):
    # Two runs at once could pick the same free TCP port for their kernels.
    source = write_notebook(
        tmp_path / "01-transport.ipynb",
        "import json, ipykernel.connect\n"
        "info = json.load(open(ipykernel.connect.get_connection_file()))\n"
        "print(info['transport'], info['ip'])",
    )
    target = runner.execute(source, tmp_path / "out" / source.name)
    printed = nbformat.read(target, as_version=4).cells[-1].outputs[0]["text"]
    transport, where = printed.split()
    assert transport == "ipc" and "khabar-kernel-" in where
    assert not list(Path(where).parent.parent.glob(Path(where).parent.name))  # removed after


def test_plain_strips_terminal_colours_and_joins_lines():
    assert plain("\x1b[31mValueError\x1b[39m: None cannot\n  be a node") == (
        "ValueError: None cannot be a node"
    )


def test_notebooks_without_a_parameters_cell_are_refused(tmp_path):
    from khabar.errors import KhabarError

    notebook = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("1")])
    with pytest.raises(KhabarError, match="parameters"):
        runner.parameterise(notebook, {"ARTICLE": "x"})


def test_a_researchers_codebook_gets_its_own_figures_in_notebooks_04_and_05(tmp_path):
    book = tmp_path / "rain_codes.tsv"
    book.write_text(
        "code\tlabel_en\tlabel_fa\tterms\n"
        "weather\tWeather\tهوا\tباران|بارش|سیل|هواشناسی\n"
        "farming\tFarming\tکشاورزی\tکشاورز|کشاورزی|محصول:0.5\n",
        encoding="utf-8",
    )
    article = runner.REPO_ROOT / "tests" / "fixtures" / "articles" / "rainfall_no_claims.txt"
    chosen = [p for p in runner.notebook_paths() if p.name.startswith(("04-", "05-"))]
    reproduce(article=article, out=tmp_path / "run", notebooks=chosen, codebooks=[book])
    figures = tmp_path / "run" / "figures"
    for figure in (
        "04-rain_codes-profile",
        "04-rain_codes-by-speaker",
        "05-actor-rain_codes-network",
    ):
        assert (figures / f"{figure}.fa.png").exists() and (figures / f"{figure}.en.svg").exists()
    catalogue = (figures / "README.md").read_text(encoding="utf-8")
    assert "## 04-rain_codes-profile" in catalogue and "under “rain_codes”" in catalogue
    executed = (tmp_path / "run" / "notebooks" / "04-themes.ipynb").read_text(encoding="utf-8")
    assert "Weather" in executed


def test_a_codebook_run_needs_an_output_folder(tmp_path):
    with pytest.raises(KhabarError, match="output folder"):
        reproduce(codebooks=[tmp_path / "x.tsv"])


def test_the_runner_reads_notebooks_without_compiling_an_iri_grammar():
    # jsonschema's optional IRI checker compiles a Lark grammar on import (about 1.5 s in
    # every worker); notebook schemas check no IRI.
    code = (
        "import sys, khabar.reproduce, nbformat, nbclient\n"
        "nb = nbformat.read('notebooks/00-overview.ipynb', as_version=4)\n"
        "nbformat.validate(nb)\n"
        "print('lark' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=REPO_ROOT
    )
    assert result.stdout.strip() == "False"
