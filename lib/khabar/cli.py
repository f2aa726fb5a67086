"""Command line.

``python -m khabar clean [PATH|-]``: the cleaned text, one output line per input line.
``python -m khabar reproduce [--article PATH --out DIR] [--jobs N]``: execute the notebooks.
``python -m khabar extract PATH... [--format json|jsonl]``: actors (and later stages) as
JSON; one input gives one JSON document, several inputs or a directory (its ``*.txt`` files,
sorted) give JSON Lines, one object per input with its ``source``.

Errors are one line on stderr and exit code 2, never a traceback.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from khabar.analysis import analyze_text
from khabar.clean import clean_text
from khabar.errors import InputNotAFileError, KhabarError
from khabar.io import decode_bytes, read_text
from khabar.reproduce import NotebookFailedError

EXIT_INPUT_ERROR = 2


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, exit 2, like every other input error
        self.exit(EXIT_INPUT_ERROR, f"khabar: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="khabar", description="Analyse Persian news articles.")
    commands = parser.add_subparsers(dest="command", required=True)
    clean_command = commands.add_parser(
        "clean", help="write the cleaned text to stdout, one output line per input line"
    )
    clean_command.add_argument("path", nargs="?", default="-", help="article file, or - for stdin")
    extract = commands.add_parser("extract", help="actors and their mentions as JSON")
    extract.add_argument("paths", nargs="+", help="article files or directories, - for stdin")
    extract.add_argument(
        "--format",
        choices=("json", "jsonl"),
        default=None,
        help="json for one input (default), jsonl for several (default)",
    )
    reproduce = commands.add_parser(
        "reproduce", help="execute every notebook (in place, or on another article into --out)"
    )
    reproduce.add_argument("--article", help="another article (default: the seed article)")
    reproduce.add_argument("--out", help="output folder for another article's run")
    reproduce.add_argument("--jobs", type=int, default=None, help="notebooks run at once")
    return parser


def run_reproduce(article: str | None, out: str | None, jobs: int | None) -> None:
    from khabar.reproduce import reproduce

    if article is not None:
        read_text(article)  # a bad article fails here, in one line, before any kernel starts
    for path in reproduce(article=article, out=out, jobs=jobs):
        print(f"executed {path}")


def read_input(path: str) -> str:
    """The decoded text of a file, or of standard input for ``-``."""
    if path == "-":
        return decode_bytes(sys.stdin.buffer.read(), source="<stdin>")
    return read_text(path)


def expand(paths: Sequence[str]) -> list[str]:
    """Input paths with directories replaced by their ``*.txt`` files, sorted."""
    expanded: list[str] = []
    for path in paths:
        folder = Path(path)
        if path != "-" and folder.is_dir():
            files = sorted(str(p) for p in folder.glob("*.txt") if p.is_file())
            if not files:
                raise InputNotAFileError(f"{path}: directory without .txt files")
            expanded.extend(files)
        else:
            expanded.append(path)
    return expanded


def run_extract(paths: Sequence[str], output_format: str | None) -> None:
    inputs = expand(paths)
    as_lines = output_format or ("json" if len(inputs) == 1 and paths == inputs else "jsonl")
    analyses = (analyze_text(read_input(path), source=path) for path in inputs)
    if as_lines == "json":
        if len(inputs) != 1:
            raise KhabarError("--format json takes exactly one input; use jsonl for several")
        json.dump(next(analyses).to_dict(), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return
    for analysis in analyses:
        sys.stdout.write(json.dumps(analysis.to_dict(), ensure_ascii=False) + "\n")


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        if args.command == "extract":
            run_extract(args.paths, args.format)
        elif args.command == "reproduce":
            run_reproduce(args.article, args.out, args.jobs)
        else:
            sys.stdout.write(clean_text(read_input(args.path)))
    except KhabarError as error:
        print(f"khabar: {error}", file=sys.stderr)
        return EXIT_INPUT_ERROR
    except NotebookFailedError as error:
        print(f"khabar: notebook failed: {error}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        sys.stderr.close()
    return 0
