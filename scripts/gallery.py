"""Every notebook on every article of a folder: the development loop on real news.

    python scripts/gallery.py [FOLDER ...] [--out gallery] [--jobs N]

Default folders: ../shared/articles (real articles nobody here wrote) and
tests/fixtures/articles. Each article's run goes to OUT/<article>/ (notebooks, figures,
exports, annotated.html); OUT/index.html links every figure and annotated page so they can
be looked at one after another, and the summary lists every error or warning a notebook
shows. Exit 1 if any notebook failed or warned. `make gallery` runs it; OUT is ignored by git.
"""

from __future__ import annotations

import argparse
import html
import sys
from pathlib import Path

from khabar.errors import NotebookFailedError
from khabar.paths import REPO_ROOT
from khabar.reproduce import notebook_problems, reproduce

DEFAULT_FOLDERS = (
    REPO_ROOT.parent / "shared" / "articles",
    REPO_ROOT / "tests" / "fixtures" / "articles",
)


def run(article: Path, out: Path, jobs: int | None) -> list[str]:
    try:
        executed = reproduce(article=article, out=out, jobs=jobs)
    except NotebookFailedError as error:
        return [str(failure) for failure in error.failures]
    return [problem for path in executed for problem in notebook_problems(path)]


def index(out: Path, runs: dict[str, list[str]]) -> Path:
    rows = []
    for name, problems in runs.items():
        status = "ok" if not problems else "<br>".join(map(html.escape, problems))
        figures = sorted((out / name / "figures").glob("*.png"))
        links = " ".join(f'<a href="{name}/figures/{p.name}">{p.stem}</a>' for p in figures)
        rows.append(
            f"<tr><td>{html.escape(name)}</td><td>{status}</td>"
            f'<td><a href="{name}/exports/annotated.html">annotated</a></td><td>{links}</td></tr>'
        )
    path = out / "index.html"
    path.write_text(
        '<!DOCTYPE html><meta charset="utf-8"><table border="1">' + "".join(rows) + "</table>\n",
        encoding="utf-8",
    )
    return path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="*", type=Path, default=list(DEFAULT_FOLDERS))
    parser.add_argument("--out", type=Path, default=REPO_ROOT / "gallery")
    parser.add_argument("--jobs", type=int, default=None)
    args = parser.parse_args()
    articles = sorted(p for folder in args.folders if folder.is_dir() for p in folder.glob("*.txt"))
    runs = {}
    for number, article in enumerate(articles, start=1):
        problems = run(article, args.out / article.stem, args.jobs)
        runs[article.stem] = problems
        print(f"[{number}/{len(articles)}] {article.stem}: {'ok' if not problems else 'PROBLEMS'}")
        for problem in problems:
            print(f"    {problem}")
    print(f"index: {index(args.out, runs)}")
    failed = [name for name, problems in runs.items() if problems]
    print(f"{len(articles) - len(failed)} of {len(articles)} articles ran clean")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
