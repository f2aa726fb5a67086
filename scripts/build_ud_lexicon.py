"""Build data/lexicons/ud_dev_spellings.tsv: how correctly written Persian spells words.

Counts, in the development splits of two UD Persian treebanks (../shared/corpora, CC BY-SA
4.0), every word form (with or without ZWNJ) and every pair of words written apart that
could instead be one word with a ZWNJ (a ZWNJ compound or affix known to khabar's lexicons).
The cleaner uses these counts as evidence of spelling conventions; the benchmark leaves out
one block of sentences (whole documents) at a time to measure on it honestly.

The test splits are never read. Usage: python scripts/build_ud_lexicon.py [--corpora DIR]
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from itertools import pairwise
from pathlib import Path

from khabar.cleaning import PERSIAN_LETTERS, clean
from khabar.evaluation import fold_blocks
from khabar.lexicon import REPO_ROOT, UD_FOLDS, ZWNJ, data_path
from khabar.zwnj import ZwnjRestorer

TREEBANKS = {"seraji": "ud_persian_seraji_dev.txt", "perdt": "ud_persian_perdt_dev.txt"}
HEADER = """\
# Word forms and spaced word pairs counted in the development splits of UD_Persian-Seraji
# (commit e53af38f) and UD_Persian-PerDT (commit d728a98d), CC BY-SA 4.0: see
# LICENSE-UD_Persian-Seraji.txt and LICENSE-UD_Persian-PerDT.txt beside this file. This list
# is a derivative of those treebanks and is shared under the same licence.
# Built by scripts/build_ud_lexicon.py. A form with a space is a pair of words written apart.
# Columns: counts in each of five contiguous blocks of sentences (_1 ... _5) of each treebank's
# development split (khabar.lexicon.UD_FOLDS); the files are in document order, so a block
# holds whole documents (bar the two at its edges): cross-validation leaves documents out.
"""
_TOKEN = re.compile(f"[{PERSIAN_LETTERS}{ZWNJ}]+(?: [{PERSIAN_LETTERS}{ZWNJ}]+)?")
_WORD = re.compile(f"[{PERSIAN_LETTERS}{ZWNJ}]+")


def count(
    text: str, restorer: ZwnjRestorer | None, *, also: frozenset[str] = frozenset()
) -> Counter[str]:
    """Word forms, and spaced pairs that could be written as one word with a ZWNJ (none
    without a *restorer*); a pair is also counted when *also* holds its ZWNJ or joined form."""
    counts: Counter[str] = Counter()
    for line in text.splitlines():
        words = list(_WORD.finditer(line))
        counts.update(m.group() for m in words)
        if restorer is None:
            continue
        for left, right in pairwise(words):
            if (
                left.end() + 1 == right.start()
                and line[left.end()] == " "
                and _joinable(left.group(), right.group(), restorer, also)
            ):
                counts[f"{left.group()} {right.group()}"] += 1
    return counts


def _joinable(left: str, right: str, restorer: ZwnjRestorer, also: frozenset[str]) -> bool:
    host = left.rsplit(ZWNJ, 1)[-1]
    return (
        right in restorer.suffix_by_form
        or host in restorer.verb_prefixes
        or restorer.known_score(host + ZWNJ + right) > 0
        or host + ZWNJ + right in also
        or host + right in also
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpora", type=Path, default=REPO_ROOT.parent / "shared" / "corpora")
    args = parser.parse_args()
    restorer = ZwnjRestorer(corpus_sources=())
    counts = {}
    for name, file in TREEBANKS.items():
        lines = clean(
            (args.corpora / file).read_text(encoding="utf-8"), restore_zwnj=False
        ).text.splitlines()
        for fold, block in enumerate(fold_blocks(lines, folds=UD_FOLDS), start=1):
            counts[f"{name}_{fold}"] = count("\n".join(block), restorer)
    forms = sorted(set().union(*counts.values()))
    out = data_path("lexicons", "ud_dev_spellings.tsv")
    with out.open("w", encoding="utf-8") as handle:
        handle.write(HEADER)
        handle.write("form\t" + "\t".join(counts) + "\n")
        for form in forms:
            handle.write(form + "\t" + "\t".join(str(c[form]) for c in counts.values()) + "\n")
    for name in ("Seraji", "PerDT"):
        source = args.corpora / f"LICENSE-UD_Persian-{name}.txt"
        data_path("lexicons", source.name).write_bytes(source.read_bytes())
    print(f"{out}: {len(forms)} forms")


if __name__ == "__main__":
    main()
