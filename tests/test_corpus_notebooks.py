"""The corpus notebooks: the committed example is what a fresh run gives, and they run clean
on corpora of other kinds (a CSV with bad rows, no dates or outlets, no claims)."""

from __future__ import annotations

import subprocess
import sys

import nbformat
import pandas as pd
import pytest

from conftest import FIXTURES
from khabar.catalogue import figure_ids
from khabar.corpus_build import EXAMPLE_CORPUS, EXAMPLE_DIR
from khabar.corpus_run import CORPUS_NOTEBOOKS_DIR, corpus_notebook_paths, reproduce_corpus
from khabar.errors import NotebookFailedError
from khabar.lexicon import REPO_ROOT
from khabar.reproduce import FAILED_MARKER, notebook_problems
from test_notebooks import digest, outputs_of, seed_names_in, written_text

NOTEBOOKS = corpus_notebook_paths()
FIGURE_IDS = figure_ids("corpus_figures.tsv")


def all_figures_made(folder):
    made = {p.name for p in folder.iterdir()}
    return all(
        f"{figure}.{lang}.{fmt}" in made
        for figure in FIGURE_IDS
        for lang in ("fa", "en")
        for fmt in ("png", "svg", "pdf")
    )


@pytest.fixture(scope="module")
def example_run(tmp_path_factory):
    out = tmp_path_factory.mktemp("example")
    reproduce_corpus(corpus=EXAMPLE_CORPUS, out=out, progress=False)
    return out


def test_the_corpus_notebooks_are_not_article_notebooks():
    from khabar.reproduce import notebook_paths

    assert [p.name for p in NOTEBOOKS][:1] == ["01-overview.ipynb"] and len(NOTEBOOKS) == 5
    assert not set(notebook_paths()) & set(NOTEBOOKS)


@pytest.mark.xdist_group("example_run")
def test_committed_corpus_notebooks_are_what_a_fresh_run_gives(example_run):
    for path in NOTEBOOKS:
        committed = nbformat.read(path, as_version=4)
        fresh = nbformat.read(example_run / "notebooks" / path.name, as_version=4)
        assert outputs_of(fresh) == outputs_of(committed), (
            f"corpus/{path.name} is stale: run `make corpus` and commit the notebooks"
        )
        assert not notebook_problems(example_run / "notebooks" / path.name)


@pytest.mark.xdist_group("example_run")
def test_committed_example_figures_and_exports_are_byte_identical_to_a_fresh_run(example_run):
    fresh = digest(example_run / "figures")
    committed = digest(EXAMPLE_DIR / "figures")
    catalogue = "README.md"
    assert {k: v for k, v in fresh.items() if k != catalogue} == {
        k: v for k, v in committed.items() if k != catalogue
    }, "corpus figures are stale: run `make corpus` and commit them"
    assert digest(example_run / "exports") == digest(EXAMPLE_DIR / "exports")
    assert all_figures_made(EXAMPLE_DIR / "figures")


def test_committed_corpus_notebooks_have_one_parameters_cell_and_no_long_functions():
    for path in NOTEBOOKS:
        notebook = nbformat.read(path, as_version=4)
        tagged = [c for c in notebook.cells if "parameters" in c.metadata.get("tags", [])]
        assert len(tagged) == 1 and all(
            name in tagged[0].source for name in ("CORPUS", "COLUMNS", "LANGUAGE", "OUT")
        )
        assert (
            notebook.cells[0].cell_type == "markdown"
            and "**Question.**" in notebook.cells[0].source
        )
        assert "## Next" in notebook.cells[-1].source
        code = "\n".join(c.source for c in notebook.cells if c.cell_type == "code")
        assert "def " not in code and "lambda" not in code


def test_a_csv_corpus_with_bad_rows_runs_clean_into_its_own_folder(tmp_path):
    mashhad = FIXTURES / "articles" / "mashhad_iraq_tourism.txt"
    articles = [*sorted((FIXTURES / "corpus").glob("*.txt")), mashhad]
    texts = [p.read_text(encoding="utf-8") for p in articles]
    path = tmp_path / "news.csv"
    pd.DataFrame(
        {
            "body": [*texts, ""],
            "published": ["۱۴۰۲/۰۷/۱۰", "2023-11-16", "۱۸ آذر ۱۴۰۲", "1402/13/01", "1402/01/01"],
            "source": ["الف", "ب", "الف", "ب", "ب"],
        }
    ).to_csv(path, index=False)
    before = digest(EXAMPLE_DIR / "figures")
    summary, executed = reproduce_corpus(
        corpus=path,
        out=tmp_path / "run",
        columns={"text": "body", "date": "published"},
        progress=False,
    )
    assert summary.articles == 4 and summary.failures == 2
    assert [p.name for p in executed] == [p.name for p in NOTEBOOKS]
    problems = [problem for p in executed for problem in notebook_problems(p)]
    assert not problems, problems
    assert all_figures_made(tmp_path / "run" / "figures")
    assert (tmp_path / "run" / "exports" / "cooccurrence.graphml").exists()
    overview = written_text(nbformat.read(executed[0], as_version=4))
    assert "1402/13/01" in overview and "no text" in overview
    assert digest(EXAMPLE_DIR / "figures") == before, "another corpus touched the example"


def test_a_corpus_without_claims_dates_or_outlets_shows_every_empty_state(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    for name in ("headline_only", "latin_only", "rainfall_no_claims"):
        (folder / f"{name}.txt").write_bytes((FIXTURES / "articles" / f"{name}.txt").read_bytes())
    _, executed = reproduce_corpus(corpus=folder, out=tmp_path / "run", progress=False)
    problems = [problem for p in executed for problem in notebook_problems(p)]
    assert not problems, problems
    assert all_figures_made(tmp_path / "run" / "figures")
    for path in executed:
        text = written_text(nbformat.read(path, as_version=4))
        assert not seed_names_in(text), path.name


def test_a_failing_corpus_notebook_is_saved_listed_and_marks_the_run(tmp_path):
    folder = tmp_path / "notebooks"
    folder.mkdir()
    bad = folder / "01-bad.ipynb"
    cells = [
        nbformat.v4.new_code_cell('CORPUS = ""\nOUT = None', metadata={"tags": ["parameters"]}),
        nbformat.v4.new_code_cell("raise ValueError('no')"),
    ]
    nbformat.write(nbformat.v4.new_notebook(cells=cells), bad)
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_bytes((FIXTURES / "articles" / "headline_only.txt").read_bytes())
    with pytest.raises(NotebookFailedError) as raised:
        reproduce_corpus(corpus=corpus, out=tmp_path / "run", notebooks=[bad], progress=False)
    assert "01-bad.ipynb failed at cell 3: ValueError: no" in str(raised.value)
    assert (tmp_path / "run" / "notebooks" / "01-bad.failed.ipynb").exists()
    assert (tmp_path / "run" / FAILED_MARKER).exists()


def test_the_command_line_says_in_one_line_what_is_wrong(tmp_path):
    command = [sys.executable, "-m", "khabar", "reproduce", "--corpus", str(FIXTURES / "corpus")]
    missing_out = subprocess.run(command, capture_output=True, text=True)
    assert missing_out.returncode == 2
    assert missing_out.stderr == "khabar: a corpus needs an output folder (OUT=... / --out)\n"
    bad = subprocess.run(
        [*command, "--out", str(tmp_path), "--columns", "text"], capture_output=True, text=True
    )
    assert bad.returncode == 2 and bad.stderr.count("\n") == 1 and "field=column" in bad.stderr
    assert CORPUS_NOTEBOOKS_DIR.relative_to(REPO_ROOT).as_posix() == "notebooks/corpus"
