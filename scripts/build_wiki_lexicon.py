"""Build data/lexicons/wiki_spellings.tsv: how Persian Wikipedia spells words and compounds.

Counts, in the 6,000 Persian Wikipedia sentences of the Text-Mining NER subset
(../shared/corpora/ner/textmining_wiki_*.csv; the corpus is MIT, its sentences Wikipedia text,
CC BY-SA), every word form (with or without ZWNJ) and every pair of words written apart that
could instead be one word with a ZWNJ: a ZWNJ compound or affix known to khabar's lexicons, or
a pair these same sentences also write as one word. The cleaner adds these counts to the UD
development counts as evidence of how correct text writes a word; being no part of the
development sentences, they need no cross-validation.

Deterministic: the same input gives the same file. Usage:
python scripts/build_wiki_lexicon.py [--corpora DIR]
"""

from __future__ import annotations

import argparse
import ast
import csv
from collections import Counter
from pathlib import Path

from build_ud_lexicon import count

from khabar.cleaning import clean
from khabar.lexicon import REPO_ROOT, data_path
from khabar.zwnj import ZwnjRestorer

FILES = ("textmining_wiki_eval.csv", "textmining_wiki_test.csv")
LICENCES = ("LICENSE-Text-Mining-Persian-NER.txt", "LICENSE-PouriaYazdani-Persian-NER.txt")
HEADER = """\
# Word forms and spaced word pairs counted in 6,000 Persian Wikipedia sentences: the
# Text-Mining Persian NER subset of PouriaYazdani/Persian-NER (commit dcd34e79,
# data_analysis/stratified/textmining_wiki_eval.csv and _test.csv; MIT, see
# LICENSE-Text-Mining-Persian-NER.txt and LICENSE-PouriaYazdani-Persian-NER.txt beside this
# file). The sentences are Wikipedia text (https://fa.wikipedia.org), CC BY-SA 4.0: these
# counts are a derivative of it and are shared under CC BY-SA 4.0, with attribution to
# Wikipedia's contributors. Built by scripts/build_wiki_lexicon.py (`make lexicons`).
# A form with a space is a pair of words written apart.
"""


def sentences(corpora: Path) -> list[str]:
    """The sentences, tokens joined by spaces, cleaned without ZWNJ restoration."""
    lines = []
    for name in FILES:
        with (corpora / "ner" / name).open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                lines.append(" ".join(ast.literal_eval(row["tokens"])).replace("\n", " "))
    return clean("\n".join(lines), restore_zwnj=False).text.splitlines()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpora", type=Path, default=REPO_ROOT.parent / "shared" / "corpora")
    args = parser.parse_args()
    text = "\n".join(sentences(args.corpora))
    written_as_one = frozenset(count(text, None))
    counts: Counter[str] = count(text, ZwnjRestorer(corpus_sources=()), also=written_as_one)
    out = data_path("lexicons", "wiki_spellings.tsv")
    with out.open("w", encoding="utf-8") as handle:
        handle.write(HEADER)
        handle.write("form\tcount\n")
        for form in sorted(counts):
            handle.write(f"{form}\t{counts[form]}\n")
    for name in LICENCES:
        data_path("lexicons", name).write_bytes((args.corpora / "ner" / name).read_bytes())
    print(f"{out}: {len(counts)} forms")


if __name__ == "__main__":
    main()
