"""Benchmark: ZWNJ restoration and speed of khabar's cleaner against hazm's Normalizer.

On the UD Persian development sentences (../shared/corpora, see its README) three inputs
are built from each correctly written line: A, every ZWNJ deleted; B, every ZWNJ turned
into a space; and the correct line itself ("ok"). Each cleaner cleans them; the output is
scored against the correct line with khabar.evaluation (ZWNJ precision, recall, F1,
strict and lenient), and on correct lines we count the sentences in which any ZWNJ or space
between two letters changed ("harm"). Speed is seconds per MB of UTF-8 input, lexicons
loaded beforehand, best of three runs.

khabar's spelling counts (data/lexicons/ud_dev_spellings.tsv) come from these same
sentences, so khabar as shipped is scored here *in-sample* only, and labelled so. The
honest figure is cross-validated by document: each treebank's file is in document order,
and cut into UD_FOLDS contiguous blocks of sentences (whole documents but for the two at a
block's edges); each block is cleaned with the counts of every other block of both
treebanks. Everything else the cleaner uses (hazm's lexicon, wordfreq, the Wikipedia counts,
the affix and compound tables) is independent of these sentences.

Usage: python benchmarks/clean.py [--corpora DIR]
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from pathlib import Path

from hazm import Normalizer

from khabar import clean, clean_text
from khabar.evaluation import (
    Differences,
    GapCounts,
    fold_blocks,
    score_lines,
    without_zwnj,
    zwnj_as_space,
)
from khabar.lexicon import REPO_ROOT, UD_DEV_SOURCES, UD_FOLDS
from khabar.zwnj import ZwnjRestorer

CORPORA = {"seraji": "ud_persian_seraji_dev.txt", "perdt": "ud_persian_perdt_dev.txt"}
Cleaner = Callable[[list[str]], list[str]]
CONDITIONS = (("A", without_zwnj), ("B", zwnj_as_space), ("ok", str))


def load(corpora: Path) -> dict[str, list[str]]:
    """The development sentences, one per line, by treebank."""
    return {
        name: (corpora / file).read_text(encoding="utf-8").splitlines()
        for name, file in CORPORA.items()
    }


def text_cleaner(clean_one: Callable[[str], str]) -> Cleaner:
    """Clean all lines as one text (lexicon work is shared), then split them again."""

    def run(lines: list[str]) -> list[str]:
        out = clean_one("\n".join(lines)).split("\n")
        return out if len(out) == len(lines) else [clean_one(line) for line in lines]

    return run


def restorer_cleaner(restorer: ZwnjRestorer) -> Cleaner:
    return text_cleaner(lambda text: clean(text, restorer=restorer).text)


def cross_validated(treebank: str) -> Cleaner:
    """Each contiguous block of the treebank's lines cleaned with the spelling counts of all
    other blocks (of both treebanks)."""
    restorers = [
        ZwnjRestorer(corpus_sources=tuple(s for s in UD_DEV_SOURCES if s != f"{treebank}_{k}"))
        for k in range(1, UD_FOLDS + 1)
    ]

    def run(lines: list[str]) -> list[str]:
        blocks = fold_blocks(lines, folds=UD_FOLDS)
        out: list[str] = []
        for block, restorer in zip(blocks, restorers, strict=True):
            out += restorer_cleaner(restorer)(block)
        return out

    return run


def cleaners_for(treebank: str, hazm_normalizer: Normalizer) -> dict[str, Cleaner]:
    return {
        "khabar-cv": cross_validated(treebank),
        "khabar-in": restorer_cleaner(ZwnjRestorer()),
        "khabar-0": restorer_cleaner(ZwnjRestorer(corpus_sources=())),
        "hazm": text_cleaner(hazm_normalizer.normalize),
    }


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
    corpora = load(args.corpora)

    counts: dict[tuple[str, str, str], GapCounts] = {}
    harm: dict[tuple[str, str], Differences] = {}
    for name, gold in corpora.items():
        for label, cleaner in cleaners_for(name, hazm_normalizer).items():
            for condition, damage in CONDITIONS:
                scored, changed = score_lines(gold, cleaner([damage(line) for line in gold]))
                if condition == "ok":
                    harm[(name, label)] = changed
                else:
                    counts[(name, condition, label)] = scored

    labels = ("khabar-cv", "khabar-in", "khabar-0", "hazm")
    sentences = {name: len(gold) for name, gold in corpora.items()}
    total = sum(sentences.values())
    print(
        f"ZWNJ restoration, UD Persian dev sentences ({total}: Seraji {sentences['seraji']}, "
        f"PerDT {sentences['perdt']}); strict scores"
    )
    print(
        f"khabar-cv: cross-validated, {UD_FOLDS} folds of contiguous sentences (documents) "
        "per treebank; khabar-in: IN-SAMPLE (counts from these sentences)"
    )
    print(f"\n{'headline':10} {'A F1':>6} {'B F1':>6}  harm (correct sentences changed, strict)")
    for label in ("khabar-cv", "hazm"):
        f1s = []
        for condition in ("A", "B"):
            pooled = GapCounts()
            for name in corpora:
                pooled.add(counts[(name, condition, label)])
            f1s.append(pooled.f1)
        changed = sum(harm[(name, label)].strict for name in corpora)
        print(
            f"{label:10} {f1s[0]:6.3f} {f1s[1]:6.3f}  {changed / total:.1%} ({changed} of {total})"
        )

    print(
        f"\n{'corpus':7} {'cond':4} {'cleaner':9} {'P':>6} {'P_len':>6} {'R':>6} "
        f"{'F1':>6} {'F1_len':>6}  harm"
    )
    for name in corpora:
        for condition in ("A", "B"):
            for label in labels:
                c = counts[(name, condition, label)]
                print(
                    f"{name:7} {condition:4} {label:9} {c.precision:6.3f} "
                    f"{c.precision_lenient:6.3f} {c.recall:6.3f} {c.f1:6.3f} {c.f1_lenient:6.3f}"
                )
        for label in labels:
            changed = harm[(name, label)]
            print(
                f"{name:7} {'ok':4} {label:9} {'':>41}  {changed.strict / sentences[name]:.1%} "
                f"strict, {changed.lenient / sentences[name]:.1%} lenient of {sentences[name]}"
            )
    text = without_zwnj("\n".join(line for lines in corpora.values() for line in lines))
    for label, cleaner in (("khabar", clean_text), ("hazm", hazm_normalizer.normalize)):
        print(f"speed   {label:7} {seconds_per_mb(cleaner, text):.2f} s/MB")


if __name__ == "__main__":
    main()
