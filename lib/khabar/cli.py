"""Command line.

``python -m khabar clean [PATH|-]``: the cleaned text, one output line per input line.
``python -m khabar extract PATH... [--format json|jsonl] [--jobs N] [--codebook FILE]...``:
actors, claims, themes, topics (CAP major topics, policy frames and each ``--codebook``'s
codes, see :mod:`khabar.codebooks`) and keyterms as JSON. One file (or ``-`` for stdin)
gives one JSON document; several files or a directory (its ``*.txt`` files, recursively,
sorted) give JSON Lines, one object per input with its ``source``, extracted on *N*
processes (default: one per CPU) with a progress bar on stderr when it is a terminal.
``python -m khabar corpus PATH... --out DIR [--jobs N] [--codebook FILE]...``: the same
extraction for a whole corpus, written as Parquet tables (articles, actors, mentions, claims,
themes, topics).
``python -m khabar reproduce [--article PATH --out DIR] [--jobs N]``: execute the notebooks.
``python -m khabar reproduce --corpus [PATH --out DIR] [--columns F=C,...] [--calendar C]``:
execute the corpus notebooks (:mod:`khabar.corpus_run`).
``python -m khabar train-ner CORPUS... --out MODEL``: train the named-entity recogniser on
BIO/CoNLL corpora (token and tag per line, separated by a tab, a space or ``|``) and
Text-Mining-style CSV files (:mod:`khabar.ner.train`).

Errors are one line on stderr and exit code 2, never a traceback (a malformed codebook
names its file and line, before any article is read). In a multi-file run, an
input that cannot be read becomes a ``{"source", "error"}`` record (and a row with an
``error`` in the articles table), the others are still processed, and the exit code is 2.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from khabar.errors import KhabarError, NotebookFailedError
from khabar.io import decode_bytes, read_text

# The pipeline (hazm, lexicons) and the notebook runner are imported by the commands that
# use them, so that each command starts without loading the others.

EXIT_ERROR = 2


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, exit 2, like every other input error
        self.exit(EXIT_ERROR, f"khabar: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="khabar", description="Analyse Persian news articles.")
    commands = parser.add_subparsers(dest="command", required=True)
    clean_command = commands.add_parser(
        "clean", help="write the cleaned text to stdout, one output line per input line"
    )
    clean_command.add_argument("path", nargs="?", default="-", help="article file, or - for stdin")
    extract = commands.add_parser("extract", help="actors, claims and themes as JSON")
    extract.add_argument("paths", nargs="+", help="article files or directories, - for stdin")
    extract.add_argument(
        "--format",
        choices=("json", "jsonl"),
        default=None,
        help="json for one input (default), jsonl for several (default)",
    )
    corpus = commands.add_parser("corpus", help="extract many articles into Parquet tables")
    corpus.add_argument("paths", nargs="+", help="article files or directories")
    corpus.add_argument("--out", required=True, help="folder for the Parquet tables")
    for command in (extract, corpus):
        command.add_argument("--jobs", type=int, default=None, help="processes (default: CPUs)")
        command.add_argument("--no-progress", action="store_true", help="no progress bar")
        command.add_argument(
            "--codebook",
            action="append",
            default=[],
            metavar="FILE",
            help="your own codebook (TSV, see data/codebook/README.md), repeatable; "
            "its codes join the CAP topics and policy frames under the file's name",
        )
    reproduce = commands.add_parser(
        "reproduce", help="execute every notebook (in place, or on another article into --out)"
    )
    reproduce.add_argument("--article", help="another article (default: the seed article)")
    reproduce.add_argument("--out", help="output folder for another article's run")
    reproduce.add_argument("--jobs", type=int, default=None, help="notebooks run at once")
    reproduce.add_argument(
        "--codebook",
        action="append",
        default=[],
        metavar="PATH",
        help="a codebook of your own (TSV, data/codebook/README.md) for notebooks 04-05; "
        "repeatable; needs --out",
    )
    reproduce.add_argument(
        "--corpus",
        nargs="?",
        const="",
        default=None,
        help="run the corpus notebooks on a corpus (a folder of .txt files, or a CSV, JSON Lines "
        "or Parquet file) into --out; without a path, the committed example in place",
    )
    reproduce.add_argument(
        "--columns",
        default="",
        help="the corpus's columns, e.g. text=body,date=published (fields: id, text, title, "
        "paragraphs, date, outlet, url, file)",
    )
    reproduce.add_argument(
        "--calendar",
        choices=("auto", "jalali", "gregorian"),
        default="auto",
        help="the calendar of the corpus's dates (auto: by the year)",
    )
    train_ner = commands.add_parser(
        "train-ner", help="train the named-entity recogniser (CRF) on BIO/CoNLL corpora"
    )
    train_ner.add_argument("corpora", nargs="+", help="corpus files (CoNLL-style or .csv)")
    train_ner.add_argument("--out", required=True, help="the model file to write")
    train_ner.add_argument(
        "--no-augment", action="store_true", help="no renamed copies of sentences naming people"
    )
    train_ner.add_argument("--iterations", type=int, default=None, help="L-BFGS iterations")
    return parser


def run_reproduce(
    article: str | None, out: str | None, jobs: int | None, codebooks: list[str]
) -> None:
    from khabar.reproduce import reproduce

    if article is not None:
        read_text(article)  # a bad article fails here, in one line, before any kernel starts
    for path in reproduce(article=article, out=out, jobs=jobs, codebooks=codebooks):
        print(f"executed {path}")


def run_corpus_notebooks(args: argparse.Namespace) -> None:
    from khabar.corpus_run import reproduce_corpus

    summary, executed = reproduce_corpus(
        corpus=args.corpus or None,
        out=args.out,
        columns=parse_columns(args.columns),
        calendar=args.calendar,
        jobs=args.jobs,
        progress=sys.stderr.isatty(),
    )
    print(summary)
    for path in executed:
        print(f"executed {path}")


def parse_columns(text: str) -> dict[str, str]:
    """``text=body,date=published`` -> ``{"text": "body", "date": "published"}``."""
    pairs = [item.strip() for item in text.split(",") if item.strip()]
    if any("=" not in pair for pair in pairs):
        raise KhabarError(f"columns are field=column pairs separated by commas, not {text!r}")
    return {k.strip(): v.strip() for k, v in (pair.split("=", 1) for pair in pairs)}


def run_extract(args: argparse.Namespace) -> None:
    from khabar.analysis import analyze, analyze_text
    from khabar.codebooks import STANDARD, resolve
    from khabar.corpus import extract_corpus

    single = args.paths == ["-"] or (len(args.paths) == 1 and not Path(args.paths[0]).is_dir())
    if args.format == "json" and not single:
        raise KhabarError("--format json takes exactly one input; use jsonl for several")
    books = resolve(args.codebook)[len(STANDARD) :]  # a bad codebook fails before any article
    if single:
        record = (
            analyze_text(read_input("-"), source="-", codebooks=books)
            if args.paths == ["-"]
            else analyze(args.paths[0], codebooks=books)
        ).to_dict()
        if (args.format or "json") == "json":
            json.dump(record, sys.stdout, ensure_ascii=False, indent=2)
            sys.stdout.write("\n")
        else:
            sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
        return
    errors = []
    inputs = _inputs(args.paths)
    for record in extract_corpus(inputs, codebooks=books, **_workers(args)):
        if record.get("error"):
            print(f"khabar: {record['error']}", file=sys.stderr)
            errors.append(record["error"])
        sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
    _fail_if_any(len(errors), len(inputs))


def run_corpus(args: argparse.Namespace) -> None:
    from khabar.codebooks import STANDARD, resolve
    from khabar.corpus import corpus_tables, extract_corpus, write_tables

    books = resolve(args.codebook)[len(STANDARD) :]  # a bad codebook fails before any article
    tables = corpus_tables(extract_corpus(_inputs(args.paths), codebooks=books, **_workers(args)))
    for name, path in write_tables(tables, args.out).items():
        print(f"wrote {path} ({len(tables[name])} rows)")
    errors = [e for e in tables["articles"]["error"] if e]
    for error in errors:
        print(f"khabar: {error}", file=sys.stderr)
    _fail_if_any(len(errors), len(tables["articles"]))


def run_train_ner(args: argparse.Namespace) -> None:
    from dataclasses import replace

    from khabar.ner.train import Settings, train

    settings = Settings(augment=not args.no_augment)
    if args.iterations is not None:
        if args.iterations < 1:
            raise KhabarError("--iterations must be at least 1")
        settings = replace(settings, max_iterations=args.iterations)
    record = train(args.corpora, args.out, settings=settings)
    dropped = ", ".join(f"{t} {n}" for t, n in record["types_dropped"].items()) or "none"
    print(
        f"wrote {args.out} ({record['sentences_read']} sentences read, "
        f"{record['sentences_trained']} trained; types read as O: {dropped})"
    )


def _inputs(paths: Sequence[str]) -> list:
    from khabar.corpus import article_paths

    if "-" in paths:
        raise KhabarError("- (stdin) cannot be combined with other inputs")
    return article_paths(paths)


def _workers(args: argparse.Namespace) -> dict:
    return {"jobs": args.jobs, "progress": not args.no_progress and sys.stderr.isatty()}


def _fail_if_any(failed: int, total: int) -> None:
    if failed:
        raise KhabarError(f"{failed} of {total} inputs could not be read (see above)")


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        if args.command == "extract":
            run_extract(args)
        elif args.command == "corpus":
            run_corpus(args)
        elif args.command == "reproduce" and args.corpus is not None:
            run_corpus_notebooks(args)
        elif args.command == "reproduce":
            run_reproduce(args.article, args.out, args.jobs, args.codebook)
        elif args.command == "train-ner":
            run_train_ner(args)
        else:
            from khabar.cleaning import clean_text

            sys.stdout.write(clean_text(read_input(args.path)))
    except KhabarError as error:
        print(f"khabar: {error}", file=sys.stderr)
        return EXIT_ERROR
    except NotebookFailedError as error:
        for failure in error.failures:
            print(f"khabar: {failure}", file=sys.stderr)
        return EXIT_ERROR
    except BrokenPipeError:
        sys.stderr.close()
    return 0


def read_input(path: str) -> str:
    """The decoded text of a file, or of standard input for ``-``."""
    if path == "-":
        return decode_bytes(sys.stdin.buffer.read(), source="<stdin>")
    return read_text(path)
