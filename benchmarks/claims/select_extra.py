"""Choose the UD development sentences of the extended claims benchmark, without reading them.

Sentences not already in annotations.tsv; 180 with a candidate verb or expression of saying
(a generic pattern, not a list from any sentence) and 90 without, by a seeded shuffle. One in
three (again by the seeded shuffle) goes to the ``heldout`` fold: nobody developing khabar's
claim stage reads those sentences or their annotations, and no rule or lexicon entry is
derived from them; the other two thirds are the ``dev`` fold.

    python benchmarks/claims/select_extra.py > benchmarks/claims/extra_sentences.tsv
"""

from __future__ import annotations

import csv
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPORA = HERE.parents[1].parent / "shared" / "corpora"
SEED = 20261201
SAYING = re.compile(
    r"(?:گفت|گوید|افزود|افزاید|اظهار|تصریح|تاکید|تأکید|اعلام|بیان|خاطرنشان|ادعا|مدعی|"
    r"خواست|خواستار|نوشت|گزارش|هشدار|معتقد|به گفته|به نقل|اشاره|عنوان کرد|دانست|خواند|"
    r"توصیف|وعده|قول|تهدید|انتقاد|تکذیب|رد کرد|یادآور|پیشنهاد)"
)


def main() -> None:
    done = set()
    with (HERE / "annotations.tsv").open(encoding="utf-8") as handle:
        rows = csv.DictReader((line for line in handle if not line.startswith("#")), delimiter="\t")
        done = {(r["treebank"], int(r["line"])) for r in rows}
    saying, other = [], []
    for treebank in ("seraji", "perdt"):
        lines = (
            (CORPORA / f"ud_persian_{treebank}_dev.txt").read_text(encoding="utf-8").splitlines()
        )
        for number, line in enumerate(lines, start=1):
            if (treebank, number) in done or len(line.split()) < 4:
                continue
            (saying if SAYING.search(line) else other).append((treebank, number))
    rng = random.Random(SEED)
    rng.shuffle(saying)
    rng.shuffle(other)
    chosen = sorted(saying[:180] + other[:90], key=lambda key: (key[0] != "seraji", key[1]))
    folds = ["heldout" if k % 3 == 0 else "dev" for k in range(len(chosen))]
    rng.shuffle(folds)
    print("treebank\tline\tfold")
    for (treebank, number), fold in zip(chosen, folds, strict=True):
        print(f"{treebank}\t{number}\t{fold}")


if __name__ == "__main__":
    main()
