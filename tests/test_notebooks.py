"""The notebooks: committed outputs are what a fresh run gives, and they rerun on any article.

Both tests execute every notebook through :mod:`khabar.reproduce` into a temporary folder,
so the committed notebooks, figures and exports are never touched.
"""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

import nbformat
import pytest

from khabar.catalogue import figure_ids
from khabar.lexicon import REPO_ROOT
from khabar.reproduce import DEFAULT_ARTICLE, notebook_paths, notebook_problems, reproduce

NOTEBOOKS = notebook_paths()
FIXTURES = REPO_ROOT / "tests" / "fixtures" / "articles"
SECOND_ARTICLE = FIXTURES / "mashhad_iraq_tourism.txt"
# Articles unlike the seed in kind (see tests/fixtures/articles/README.md): no claims,
# speakers no lexicon knows, many actors over 40 paragraphs, a headline alone, no Persian.
OTHER_KINDS = [
    "rainfall_no_claims",
    "village_council_unknown_speakers",
    "summit_many_actors",
    "headline_only",
    "latin_only",
]
# The seed article's people and places: a notebook run on another article never names them
# in what it writes (only an article that mentions them could).
SEED_NAMES = [
    "بلاروس",
    "Belarus",
    "خرم",
    "Khorram",
    "کالتسوف",
    "Koltsov",
    "تبریز",
    "Tabriz",
    "ماگیلیوف",
    "Mogilev",
    "آذربایجان شرقی",
    "East Azerbaijan",
]


def seed_names_in(text: str, *, unless_in: str = "") -> list[str]:
    """The seed's names *text* holds as words (not inside another word), except those of
    *unless_in* (an article that names them itself)."""
    return [
        name
        for name in SEED_NAMES
        if re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text) and name not in unless_in
    ]


FIGURE_IDS = figure_ids("figures.tsv")


def outputs_of(notebook: nbformat.NotebookNode) -> list[list[dict]]:
    """Each original cell's outputs, without execution counts (an injected cell shifts them)."""
    cells = [c for c in notebook.cells if "injected-parameters" not in c.metadata.get("tags", [])]
    return [
        [{k: v for k, v in o.items() if k != "execution_count"} for o in c.get("outputs", [])]
        for c in cells
    ]


def digest(folder: Path) -> dict[str, str]:
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


@pytest.fixture(scope="module")
def seed_run(tmp_path_factory):
    out = tmp_path_factory.mktemp("seed")
    reproduce(article=DEFAULT_ARTICLE, out=out)
    return out


@pytest.mark.xdist_group("seed_run")
def test_committed_notebooks_are_what_a_fresh_run_gives(seed_run):
    for path in NOTEBOOKS:
        committed = nbformat.read(path, as_version=4)
        fresh = nbformat.read(seed_run / "notebooks" / path.name, as_version=4)
        assert outputs_of(fresh) == outputs_of(committed), (
            f"{path.name} is stale: run `make reproduce` and commit the notebooks"
        )


@pytest.mark.xdist_group("seed_run")
def test_committed_figures_and_exports_are_byte_identical_to_a_fresh_run(seed_run):
    fresh = digest(seed_run / "figures")
    committed = digest(REPO_ROOT / "figures")
    assert fresh == committed, "figures are stale: run `make reproduce` and commit them"
    exports = REPO_ROOT / "data" / "exports" / DEFAULT_ARTICLE.stem
    assert digest(seed_run / "exports") == digest(exports)


def _without_images(outputs: list) -> list:
    """*outputs* without their base64 images, whose characters can spell anything ("0x8551")."""
    return [
        {**o, "data": {k: v for k, v in o.get("data", {}).items() if not k.startswith("image/")}}
        for o in outputs
    ]


def test_committed_outputs_have_no_addresses_timestamps_or_absolute_paths():
    volatile = re.compile(r"0x[0-9a-f]{6,}|/home/|/tmp/|/work/|\d{4}-\d\d-\d\dT\d\d:\d\d")
    for path in NOTEBOOKS:
        notebook = nbformat.read(path, as_version=4)
        text = json.dumps(
            [_without_images(c.get("outputs", [])) for c in notebook.cells], ensure_ascii=False
        )
        assert not volatile.findall(text), path.name
        tagged = [c for c in notebook.cells if "parameters" in c.metadata.get("tags", [])]
        assert len(tagged) == 1 and "ARTICLE" in tagged[0].source and "OUT" in tagged[0].source


def test_the_notebooks_rerun_on_another_article_into_their_own_folder(tmp_path):
    before = digest(REPO_ROOT / "figures")
    executed = reproduce(article=SECOND_ARTICLE, out=tmp_path)
    assert [p.name for p in executed] == [p.name for p in NOTEBOOKS]
    for path in executed:
        notebook = nbformat.read(path, as_version=4)
        errors = [
            o for c in notebook.cells for o in c.get("outputs", []) if o.output_type == "error"
        ]
        assert not errors, path.name
    made = {p.name for p in (tmp_path / "figures").iterdir()}
    for figure in FIGURE_IDS:
        for lang in ("fa", "en"):
            assert {f"{figure}.{lang}.{fmt}" for fmt in ("png", "svg", "pdf")} <= made
    catalogue = (tmp_path / "figures" / "README.md").read_text(encoding="utf-8")
    assert SECOND_ARTICLE.name in catalogue
    assert hashlib.sha256(SECOND_ARTICLE.read_bytes()).hexdigest() in catalogue
    claims = (tmp_path / "exports" / "claims.csv").read_text(encoding="utf-8")
    assert "یاسر الساعدی" in claims and "کالتسوف" not in claims
    overview = (tmp_path / "notebooks" / "00-overview.ipynb").read_text(encoding="utf-8")
    assert "Abolfazl" in overview and "No summary" in overview
    assert digest(REPO_ROOT / "figures") == before, "another article touched figures/"


def written_text(notebook: nbformat.NotebookNode) -> str:
    """Everything a reader sees: Markdown cells and every text output."""
    parts = [c.source for c in notebook.cells if c.cell_type == "markdown"]
    for cell in notebook.cells:
        for output in cell.get("outputs", []):
            data = output.get("data", {})
            parts += [
                data.get("text/html", ""),
                data.get("text/markdown", ""),
                output.get("text", ""),
            ]
    return "\n".join(p if isinstance(p, str) else "".join(p) for p in parts)


def test_no_markdown_cell_speaks_of_the_seeds_people_or_places():
    for path in NOTEBOOKS:
        notebook = nbformat.read(path, as_version=4)
        markdown = "\n".join(c.source for c in notebook.cells if c.cell_type == "markdown")
        assert not seed_names_in(markdown), path.name
        assert not re.search(r"the (governor|ambassador)\b", markdown), path.name
        assert "issue #" not in markdown.lower(), path.name


@pytest.mark.parametrize("name", OTHER_KINDS)
def test_every_notebook_runs_clean_on_articles_of_other_kinds(name, tmp_path):
    article = FIXTURES / f"{name}.txt"
    executed = reproduce(article=article, out=tmp_path)
    problems = [problem for path in executed for problem in notebook_problems(path)]
    assert not problems, problems
    made = {p.name for p in (tmp_path / "figures").iterdir()}
    for figure in FIGURE_IDS:
        for lang in ("fa", "en"):
            assert {f"{figure}.{lang}.{fmt}" for fmt in ("png", "svg", "pdf")} <= made, figure
    assert (tmp_path / "exports" / "annotated.html").exists()
    raw = article.read_text(encoding="utf-8")
    for path in executed:
        text = written_text(nbformat.read(path, as_version=4))
        assert not seed_names_in(text, unless_in=raw), path.name
        assert "<git rev-parse HEAD>" not in text and "<id>" not in text
