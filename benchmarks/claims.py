"""Benchmark: claim extraction on hand-annotated UD Persian development sentences.

Reads benchmarks/claims/annotations.tsv (see benchmarks/claims/README.md for the guidelines
and the scoring), runs khabar on each treebank's development file as one text (so that
pronouns have their context), and prints claim precision, recall and F1, speaker accuracy and
mode accuracy for khabar and for a naive baseline (a cue verb followed by a colon).

Usage: python benchmarks/claims.py [--corpora DIR]
"""

from __future__ import annotations

import argparse
import re
from collections import defaultdict
from pathlib import Path

from khabar import analyze_text
from khabar.evaluation import load_claim_annotations, score_claims
from khabar.lexicon import REPO_ROOT, read_table

ANNOTATIONS = Path(__file__).parent / "claims" / "annotations.tsv"


def khabar_claims(corpora: Path, treebank: str, wanted: set[int]) -> dict[int, list[dict]]:
    """khabar's claims of the wanted lines, the whole development file read as one text."""
    text = (corpora / f"ud_persian_{treebank}_dev.txt").read_text(encoding="utf-8")
    analysis = analyze_text(text)
    line_of = {}
    for paragraph in analysis.document.paragraphs:
        line_of[paragraph.index] = text.count("\n", 0, paragraph.raw_start) + 1
    found: dict[int, list[dict]] = defaultdict(list)
    for claim in analysis.claims:
        line = line_of[claim.paragraph]
        if line in wanted:
            found[line].append(
                {"speaker": claim.speaker_text, "content": claim.text, "mode": claim.mode}
            )
    return found


def baseline_claims(text: str) -> list[dict]:
    """A cue verb of the lexicon directly followed by a colon."""
    forms = [
        r["form"] for r in read_table("lexicons", "claims", "cues.tsv") if "colon" in r["pattern"]
    ]
    pattern = re.compile(
        "(" + "|".join(sorted(map(re.escape, forms), key=len, reverse=True)) + r")\s*:"
    )
    match = pattern.search(text)
    if not match:
        return []
    content = re.sub(r"[.!؟?]+$", "", text[match.end() :].strip())
    return [{"speaker": text[: match.start()].strip(), "content": content, "mode": "direct"}]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpora", type=Path, default=REPO_ROOT.parent / "shared" / "corpora")
    args = parser.parse_args()
    gold = load_claim_annotations(ANNOTATIONS)
    texts = {}
    for treebank in {key[0] for key in gold}:
        lines = (
            (args.corpora / f"ud_persian_{treebank}_dev.txt")
            .read_text(encoding="utf-8")
            .splitlines()
        )
        texts.update({(treebank, n): lines[n - 1] for t, n in gold if t == treebank})
    khabar: dict = {}
    for treebank in {key[0] for key in gold}:
        wanted = {n for t, n in gold if t == treebank}
        for line, claims in khabar_claims(args.corpora, treebank, wanted).items():
            khabar[(treebank, line)] = claims
    baseline = {key: baseline_claims(texts[key]) for key in gold}
    print(
        f"{len(gold)} sentences, {sum(map(len, gold.values()))} gold claims "
        f"({sum(not v for v in gold.values())} sentences without)"
    )
    print(f"{'system':9} {'P':>6} {'R':>6} {'F1':>6} {'speaker':>8} {'mode':>6}")
    for label, predicted in (("khabar", khabar), ("baseline", baseline)):
        s = score_claims(gold, predicted)
        print(
            f"{label:9} {s['P']:6.3f} {s['R']:6.3f} {s['F1']:6.3f} {s['speaker']:8.3f} "
            f"{s['mode']:6.3f}"
        )


if __name__ == "__main__":
    main()
