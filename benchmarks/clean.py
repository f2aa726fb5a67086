"""Benchmark: ZWNJ restoration and speed of khabar's cleaner against hazm's Normalizer.

On the UD Persian development sentences (../shared/corpora, see its README) three inputs
are built from each correctly written line: A, every ZWNJ deleted; B, every ZWNJ turned
into a space; and the correct line itself. Each cleaner cleans them; the output is
scored against the correct line with khabar.evaluation (ZWNJ precision, recall, F1,
strict and lenient), and on correct lines we count how many sentences get any ZWNJ or
space between letters changed. Speed is seconds per MB of UTF-8 input, lexicons
loaded beforehand, best of three runs.

Usage: python benchmarks/clean.py [--corpora DIR]
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

from hazm import Normalizer

from khabar import clean, clean_text
from khabar.evaluation import score_lines, without_zwnj, zwnj_as_space
from khabar.lexicon import REPO_ROOT
from khabar.zwnj import CORPUS_SOURCES, ZwnjRestorer

CORPORA = {"seraji": "ud_persian_seraji_dev.txt", "perdt": "ud_persian_perdt_dev.txt"}


def load(corpora: Path) -> dict[str, list[str]]:
    """The development sentences, one per line, by treebank."""
    return {
        name: (corpora / file).read_text(encoding="utf-8").splitlines()
        for name, file in CORPORA.items()
    }


def run_lines(cleaner: Callable[[str], str], lines: list[str]) -> list[str]:
    """Clean all lines as one text (lexicon work is shared), then split them again."""
    out = cleaner("\n".join(lines)).split("\n")
    if len(out) != len(lines):
        out = [cleaner(line) for line in lines]
    return out


def cleaners_for(treebank: str, hazm_normalizer: Normalizer) -> dict[str, Callable[[str], str]]:
    """khabar as shipped (spelling counts of every development line: in-sample); khabar-cv,
    where each half of the treebank's lines is cleaned with the counts of all other lines
    (the honest estimate for unseen text of the same kind); khabar-0, with no counts; hazm."""
    return {
        "khabar": partial(_clean_with, restorers=[ZwnjRestorer()] * 2),
        "khabar-cv": partial(
            _clean_with,
            restorers=[
                ZwnjRestorer(
                    corpus_sources=tuple(s for s in CORPUS_SOURCES if s != f"{treebank}_{f}")
                )
                for f in (1, 2)
            ],
        ),
        "khabar-0": partial(_clean_with, restorers=[ZwnjRestorer(corpus_sources=())] * 2),
        "hazm": hazm_normalizer.normalize,
    }


def _clean_with(text: str, *, restorers: list[ZwnjRestorer]) -> str:
    """Clean odd lines with the first restorer and even lines with the second."""
    lines = text.split("\n")
    halves = [
        clean("\n".join(lines[f::2]), restorer=r).text.split("\n") for f, r in enumerate(restorers)
    ]
    out = lines[:]
    for f, half in enumerate(halves):
        out[f::2] = half
    return "\n".join(out)


def seconds_per_mb(cleaner: Callable[[str], str], text: str) -> float:
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        cleaner(text)
        best = min(best, time.perf_counter() - start)
    return best / (len(text.encode("utf-8")) / 1e6)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpora", type=Path, default=REPO_ROOT.parent / "shared" / "corpora")
    args = parser.parse_args()
    if not args.corpora.is_dir():
        raise SystemExit(f"error: {args.corpora}: development corpora not found (--corpora DIR)")
    hazm_normalizer = Normalizer()
    clean_text("warm up: لغت‌نامه‌ها")

    header = f"{'corpus':7} {'cond':4} {'cleaner':8} {'P':>6} {'P_len':>6} {'R':>6} "
    header += f"{'F1':>6} {'F1_len':>6}  changed-correct"
    print(header)
    for name, gold in load(args.corpora).items():
        cleaners = cleaners_for(name, hazm_normalizer)
        for condition, damage in (("A", without_zwnj), ("B", zwnj_as_space)):
            damaged = [damage(line) for line in gold]
            for label, cleaner in cleaners.items():
                counts, _ = score_lines(gold, run_lines(cleaner, damaged))
                print(
                    f"{name:7} {condition:4} {label:8} {counts.precision:6.3f} "
                    f"{counts.precision_lenient:6.3f} {counts.recall:6.3f} {counts.f1:6.3f} "
                    f"{counts.f1_lenient:6.3f}"
                )
        for label, cleaner in cleaners.items():
            _, changed = score_lines(gold, run_lines(cleaner, gold))
            print(
                f"{name:7} {'ok':4} {label:8} {'':>41}  {changed.strict / len(gold):.1%} "
                f"strict, {changed.lenient / len(gold):.1%} lenient of {len(gold)}"
            )
    text = "\n".join(line for lines in load(args.corpora).values() for line in lines)
    text = without_zwnj(text)
    for label, cleaner in (("khabar", clean_text), ("hazm", hazm_normalizer.normalize)):
        print(f"speed   {label:7} {seconds_per_mb(cleaner, text):.2f} s/MB")


if __name__ == "__main__":
    main()
