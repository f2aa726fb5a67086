"""Command line: ``python -m khabar clean [PATH|-]``.

Errors are one line on stderr and exit code 2, never a traceback.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from khabar.clean import clean_text
from khabar.errors import KhabarError
from khabar.io import decode_bytes, read_text

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
    return parser


def read_input(path: str) -> str:
    """The decoded text of a file, or of standard input for ``-``."""
    if path == "-":
        return decode_bytes(sys.stdin.buffer.read(), source="<stdin>")
    return read_text(path)


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        text = read_input(args.path)
        sys.stdout.write(clean_text(text))
    except KhabarError as error:
        print(f"khabar: {error}", file=sys.stderr)
        return EXIT_INPUT_ERROR
    except BrokenPipeError:
        sys.stderr.close()
    return 0
