"""Benchmark: the recogniser cross-validated on the Wikipedia sentences it is trained on.

The shipped model is trained on textmining_wiki_eval.csv, so scoring it there is in-sample.
This script splits that file into K folds (sentence i goes to fold i mod K) and, for each
fold, trains the shipped configuration (ParsTwiNER train+dev and the other folds, renamed
copies, khabar.ner.train's settings) and tags the fold, with and without propagation: a
CROSS-VALIDATED figure to study the Wikipedia sentences without reading the held-out
textmining_wiki_test.csv. It then sorts the person errors: predicted persons that overlap no
gold entity (the Wikipedia annotation leaves many people untagged, so many of these are
people), boundary errors, type errors, missed persons, and prints examples of each.

Slow: one model per fold (about 10 minutes each on a shared 2-core machine).

Usage: python benchmarks/ner_wiki_cv.py [--folds K] [--only FOLD ...] [--examples N]
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
from collections import Counter
from pathlib import Path

from khabar.ner.augment import augmented
from khabar.ner.corpora import normalise, read_corpus
from khabar.ner.entities import recognise_sentences, tags_of
from khabar.ner.train import train_sentences

sys.path.insert(0, str(Path(__file__).resolve().parent))
from ner import SHARED, _spans, score  # benchmarks/ner.py

TWEETS = ("parstwiner_train.txt", "parstwiner_dev.txt")
WIKI = "textmining_wiki_eval.csv"


def person_errors(words, gold: set, predicted: set) -> list[tuple[str, str]]:
    """(category, text) of each person error of one sentence."""
    errors = []
    for side, spans, others, other in (
        ("predicted person", predicted - gold, gold, "gold"),
        ("gold person", gold - predicted, predicted, "predicted"),
    ):
        for span in sorted(x for x in spans if x[0] == "PER"):
            near = [o for o in others if o[1] < span[2] and span[1] < o[2]]
            if not near:
                kind = f"{side}, no {other} entity there"
            elif any(o[0] == "PER" for o in near):
                kind = f"{side}, other boundaries"
            else:
                kind = f"{side}, {other} {near[0][0]}"
            errors.append((kind, " ".join(words[span[1] : span[2]])))
    return errors


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpora", type=Path, default=SHARED / "corpora" / "ner")
    parser.add_argument("--folds", type=int, default=4)
    parser.add_argument("--only", type=int, nargs="*", help="run these folds only")
    parser.add_argument("--examples", type=int, default=8)
    args = parser.parse_args()
    tweets = normalise(read_corpus([args.corpora / name for name in TWEETS]).sentences)
    wiki = normalise(read_corpus([args.corpora / WIKI]).sentences)
    folds = args.only if args.only else range(args.folds)
    gold: list[set] = []
    predicted: dict[bool, list[set]] = {False: [], True: []}
    errors: list[tuple[str, str]] = []
    with tempfile.TemporaryDirectory() as folder:
        for k in folds:
            training = tweets + [s for i, s in enumerate(wiki) if i % args.folds != k]
            model = train_sentences(augmented(training), Path(folder) / f"fold{k}.crfsuite")
            for sentence in wiki[k :: args.folds]:
                gold.append(_spans(sentence.tags))
                for propagation in (False, True):
                    found = recognise_sentences(
                        [sentence.words], model=model, propagation=propagation
                    )
                    predicted[propagation].append(_spans(tags_of(found, len(sentence.words))))
                errors += person_errors(sentence.words, gold[-1], predicted[True][-1])
            print(f"fold {k} done", file=sys.stderr)
    print(f"{WIKI}: {len(gold)} sentences in folds {list(folds)} of {args.folds} (CROSS-VALIDATED)")
    print(f"{'system':<14} {'type':<4} {'gold':>5}   exact P / R / F1     overlap P / R / F1")
    for propagation, system in ((False, "CRF+aug"), (True, "CRF+aug+prop")):
        result = score(gold, predicted[propagation])
        for kind in ("PER", "ALL"):
            e, o = result[kind]["exact"], result[kind]["overlap"]
            print(
                f"{system:<14} {kind:<4} {e[3]:>5}   {e[0]:.3f} {e[1]:.3f} {e[2]:.3f}"
                f"    {o[0]:.3f} {o[1]:.3f} {o[2]:.3f}"
            )
    counts = Counter(kind for kind, _ in errors)
    print("\nperson errors of CRF+aug+prop:")
    rng = random.Random(14)
    for kind, count in counts.most_common():
        texts = [text for k, text in errors if k == kind]
        shown = " | ".join(rng.sample(texts, min(args.examples, len(texts))))
        print(f"{count:5}  {kind}: {shown}")


if __name__ == "__main__":
    main()
