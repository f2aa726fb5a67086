"""Benchmark: the recogniser cross-validated on the Wikipedia sentences it is trained on.

The shipped model is trained on textmining_wiki_eval.csv, so scoring it there is in-sample.
This script splits that file into K folds (sentence i goes to fold i mod K) and, for each
fold, trains a configuration (ParsTwiNER train and the other folds, prepared as
khabar.ner.train prepares them: without the sentences that leave a person untagged if asked,
renamed copies) and tags the fold, with and without propagation: a CROSS-VALIDATED figure to
study and tune on the Wikipedia sentences without reading the held-out
textmining_wiki_test.csv. The tweets' development split (parstwiner_dev.txt), which the fold
models do not train on, is tagged by every fold's model too, so a change that helps Wikipedia
can be seen not to hurt tweets. It then sorts the person errors: predicted persons that overlap
no gold entity (the Wikipedia annotation leaves many people untagged, so many of these are
people), boundary errors, type errors, missed persons, and prints examples of each.

``--save FILE`` keeps the gold and predicted spans; ``--compare A B`` reads two saved runs (on
the same folds) and gives the person F1 difference B - A with a paired bootstrap interval over
sentences.

Slow: one model per fold (about 10 minutes each on a shared 2-core machine).

The defaults are khabar.ner.train's settings (those of the shipped model).

Usage: python benchmarks/ner_wiki_cv.py [--folds K] [--only FOLD ...] [--examples N]
           [--c1 X] [--c2 X] [--max-iterations N] [--no-augment] [--[no-]foreign-names]
           [--[no-]drop-untagged] [--drop-untagged-wiki] [--save FILE]
       python benchmarks/ner_wiki_cv.py --compare A.json B.json
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from collections import Counter
from dataclasses import asdict
from pathlib import Path

from khabar.ner.consistency import leaves_person_untagged, person_strings
from khabar.ner.corpora import normalise, read_corpus
from khabar.ner.entities import recognise_sentences, tags_of
from khabar.ner.train import Settings, prepared, train_sentences

sys.path.insert(0, str(Path(__file__).resolve().parent))
from ner import SHARED, _spans, score  # benchmarks/ner.py

TWEETS_TRAIN = "parstwiner_train.txt"
TWEETS_DEV = "parstwiner_dev.txt"
WIKI = "textmining_wiki_eval.csv"
SYSTEMS = ((False, "CRF"), (True, "CRF+prop"))
HEADER = f"{'system':<14} {'type':<4} {'gold':>5}   exact P / R / F1     overlap P / R / F1"


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


def settings_of(args: argparse.Namespace) -> Settings:
    return Settings(
        c1=args.c1,
        c2=args.c2,
        max_iterations=args.max_iterations,
        augment=not args.no_augment,
        foreign_names=args.foreign_names,
        drop_untagged=args.drop_untagged,
    )


def print_rows(title: str, gold: list[set], predicted: dict[bool, list[set]]) -> None:
    print(title)
    print(HEADER)
    for propagation, system in SYSTEMS:
        result = score(gold, predicted[propagation])
        for kind in ("PER", "ALL"):
            e, o = result[kind]["exact"], result[kind]["overlap"]
            print(
                f"{system:<14} {kind:<4} {e[3]:>5}   {e[0]:.3f} {e[1]:.3f} {e[2]:.3f}"
                f"    {o[0]:.3f} {o[1]:.3f} {o[2]:.3f}"
            )


def run(args: argparse.Namespace) -> None:
    settings = settings_of(args)
    print(f"settings: {asdict(settings)}, drop untagged Wikipedia only: {args.drop_untagged_wiki}")
    tweets = normalise(read_corpus([args.corpora / TWEETS_TRAIN]).sentences)
    dev = normalise(read_corpus([args.corpora / TWEETS_DEV]).sentences)
    wiki = normalise(read_corpus([args.corpora / WIKI]).sentences)
    folds = args.only if args.only else list(range(args.folds))
    saved: dict = {"settings": asdict(settings), "folds": folds, "of": args.folds}
    saved["settings"]["drop_untagged_wiki"] = args.drop_untagged_wiki
    gold: dict[str, list[set]] = {"wiki": [], "dev": []}
    predicted: dict[str, dict[bool, list[set]]] = {
        part: {False: [], True: []} for part in ("wiki", "dev")
    }
    errors: list[tuple[str, str]] = []
    with tempfile.TemporaryDirectory() as folder:
        for k in folds:
            started = time.process_time()
            kept = [s for i, s in enumerate(wiki) if i % args.folds != k]
            if args.drop_untagged_wiki:
                # judged from all the training sentences, dropped among Wikipedia's only
                people = person_strings(tweets + kept)
                kept = [s for s in kept if not leaves_person_untagged(s, people)]
            training = prepared(tweets + kept, settings=settings)
            model = train_sentences(training, Path(folder) / f"fold{k}.crfsuite", settings=settings)
            for part, sentences in (("wiki", wiki[k :: args.folds]), ("dev", dev)):
                for sentence in sentences:
                    gold[part].append(_spans(sentence.tags))
                    for propagation in (False, True):
                        found = recognise_sentences(
                            [sentence.words], model=model, propagation=propagation
                        )
                        predicted[part][propagation].append(
                            _spans(tags_of(found, len(sentence.words)))
                        )
                    if part == "wiki":
                        errors += person_errors(
                            sentence.words, gold[part][-1], predicted[part][True][-1]
                        )
            print(
                f"fold {k} done: {len(training)} training sentences, "
                f"{time.process_time() - started:.0f} s CPU",
                file=sys.stderr,
            )
    print_rows(
        f"{WIKI}: {len(gold['wiki'])} sentences in folds {folds} of {args.folds} (CROSS-VALIDATED)",
        gold["wiki"],
        predicted["wiki"],
    )
    print_rows(
        f"{TWEETS_DEV}: {len(dev)} sentences tagged by each of {len(folds)} fold models "
        "(not trained on)",
        gold["dev"],
        predicted["dev"],
    )
    counts = Counter(kind for kind, _ in errors)
    print("\nperson errors of CRF+prop:")
    rng = random.Random(14)
    for kind, count in counts.most_common():
        texts = [text for k, text in errors if k == kind]
        shown = " | ".join(rng.sample(texts, min(args.examples, len(texts))))
        print(f"{count:5}  {kind}: {shown}")
    if args.save:
        for part in gold:
            saved[part] = {
                "gold": [sorted(g) for g in gold[part]],
                "predicted": {
                    str(p): [sorted(x) for x in predicted[part][p]] for p in (False, True)
                },
            }
        args.save.write_text(json.dumps(saved, ensure_ascii=False), encoding="utf-8")


def _person_counts(gold: list, predicted: list) -> list[tuple[int, int, int]]:
    """Per sentence: (exact person hits, predicted persons, gold persons)."""
    out = []
    for g, p in zip(gold, predicted, strict=True):
        g = {tuple(x) for x in g if x[0] == "PER"}
        p = {tuple(x) for x in p if x[0] == "PER"}
        out.append((len(g & p), len(p), len(g)))
    return out


def _f1(rows: list[tuple[int, int, int]]) -> float:
    hits, found, gold = (sum(c) for c in zip(*rows, strict=True))
    return 2 * hits / (found + gold) if found + gold else 0.0


def compare(a_path: Path, b_path: Path, *, samples: int = 2000) -> None:
    """Person F1 (exact, with propagation) of B minus A, with a 95% paired bootstrap interval."""
    a, b = (json.loads(p.read_text(encoding="utf-8")) for p in (a_path, b_path))
    print(f"A: {a['settings']}\nB: {b['settings']}")
    for part in ("wiki", "dev"):
        rows = []
        for propagation in ("False", "True"):
            ca = _person_counts(a[part]["gold"], a[part]["predicted"][propagation])
            cb = _person_counts(b[part]["gold"], b[part]["predicted"][propagation])
            rng = random.Random(14)
            n = len(ca)
            deltas = []
            for _ in range(samples):
                pick = [rng.randrange(n) for _ in range(n)]
                deltas.append(_f1([cb[i] for i in pick]) - _f1([ca[i] for i in pick]))
            deltas.sort()
            low, high = deltas[int(0.025 * samples)], deltas[int(0.975 * samples)]
            rows.append(
                f"{part:<5} prop={propagation:<5} person F1 A {_f1(ca):.3f} B {_f1(cb):.3f} "
                f"B-A {_f1(cb) - _f1(ca):+.3f} (95% {low:+.3f} .. {high:+.3f})"
            )
        print("\n".join(rows))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpora", type=Path, default=SHARED / "corpora" / "ner")
    parser.add_argument("--folds", type=int, default=4)
    parser.add_argument("--only", type=int, nargs="*", help="run these folds only")
    parser.add_argument("--examples", type=int, default=8)
    default = Settings()
    parser.add_argument("--c1", type=float, default=default.c1)
    parser.add_argument("--c2", type=float, default=default.c2)
    parser.add_argument("--max-iterations", type=int, default=default.max_iterations)
    parser.add_argument("--no-augment", action="store_true", help="no renamed copies")
    parser.add_argument(
        "--foreign-names",
        action=argparse.BooleanOptionalAction,
        default=default.foreign_names,
        help="renamed copies keep each name word's kind (foreign names from the training data)",
    )
    parser.add_argument(
        "--drop-untagged",
        action=argparse.BooleanOptionalAction,
        default=default.drop_untagged,
        help="drop the training sentences that leave a person untagged",
    )
    parser.add_argument(
        "--drop-untagged-wiki",
        action="store_true",
        help="drop the Wikipedia training sentences (only) that leave a person untagged",
    )
    parser.add_argument("--save", type=Path, help="write gold and predicted spans here (JSON)")
    parser.add_argument("--compare", type=Path, nargs=2, metavar=("A", "B"))
    args = parser.parse_args()
    if args.compare:
        compare(*args.compare)
    else:
        run(args)


if __name__ == "__main__":
    main()
