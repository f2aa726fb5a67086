"""Rebuild the committed example corpus, ``examples/corpus/articles/`` (see its README.md).

Its articles: the project's own test articles (``tests/fixtures/articles/`` and
``tests/fixtures/corpus/``, written for khabar, CC BY 4.0) with the invented dates and outlet
of ``tests/fixtures/corpus/metadata.csv``, and documents of 20 consecutive sentences from
the development splits of the UD Persian treebanks in ../shared/corpora (CC BY-SA 4.0; the
sentences held out in ``benchmarks/claims/extra_sentences.tsv`` are left out), undated, their
treebank as outlet. Then run ``make corpus`` to execute the corpus notebooks on it.

Usage: python scripts/build_corpus_example.py [--corpora DIR] [--documents N]
"""

from __future__ import annotations

import argparse
import csv
import shutil
from pathlib import Path

from khabar.lexicon import REPO_ROOT

FIXTURES = REPO_ROOT / "tests" / "fixtures"
TARGET = REPO_ROOT / "examples" / "corpus" / "articles"
TREEBANKS = {"seraji": "UD Persian-Seraji", "perdt": "UD Persian-PerDT"}
SENTENCES_PER_DOCUMENT = 20


def held_out() -> set[tuple[str, int]]:
    """(treebank, line) of the UD sentences held out for the claims benchmark."""
    path = REPO_ROOT / "benchmarks" / "claims" / "extra_sentences.tsv"
    with path.open(encoding="utf-8", newline="") as handle:
        rows = csv.DictReader((line for line in handle if not line.startswith("#")), delimiter="\t")
        return {(r["treebank"], int(r["line"])) for r in rows if r["fold"] == "heldout"}


def treebank_documents(corpora: Path, per_treebank: int) -> list[tuple[str, str, str]]:
    """(file name, outlet, text) of the first *per_treebank* documents of each treebank."""
    hidden = held_out()
    documents = []
    for key, outlet in TREEBANKS.items():
        lines = (corpora / f"ud_persian_{key}_dev.txt").read_text(encoding="utf-8").splitlines()
        kept = [s for n, s in enumerate(lines, start=1) if s.strip() and (key, n) not in hidden]
        for k in range(per_treebank):
            chunk = kept[k * SENTENCES_PER_DOCUMENT : (k + 1) * SENTENCES_PER_DOCUMENT]
            documents.append((f"ud_{key}_{k + 1:02d}.txt", outlet, "\n".join(chunk) + "\n"))
    return documents


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpora", type=Path, default=REPO_ROOT.parent / "shared" / "corpora")
    parser.add_argument("--documents", type=int, default=4, help="documents per treebank")
    args = parser.parse_args()
    if TARGET.exists():
        shutil.rmtree(TARGET)
    TARGET.mkdir(parents=True)
    with (FIXTURES / "corpus" / "metadata.csv").open(encoding="utf-8", newline="") as handle:
        metadata = list(csv.DictReader(handle))
    for row in metadata:
        folder = "corpus" if (FIXTURES / "corpus" / row["file"]).exists() else "articles"
        shutil.copy(FIXTURES / folder / row["file"], TARGET / row["file"])
    for name, outlet, text in treebank_documents(args.corpora, args.documents):
        (TARGET / name).write_text(text, encoding="utf-8")
        metadata.append({"file": name, "date": "", "outlet": outlet, "url": "", "title": ""})
    with (TARGET / "metadata.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=["file", "date", "outlet", "url", "title"])
        writer.writeheader()
        writer.writerows(metadata)
    for treebank in ("Seraji", "PerDT"):
        name = f"LICENSE-UD_Persian-{treebank}.txt"
        shutil.copy(REPO_ROOT / "data" / "lexicons" / name, TARGET.parent / name)
    print(f"wrote {len(metadata)} articles and metadata.csv to {TARGET.relative_to(REPO_ROOT)}")


if __name__ == "__main__":
    main()
