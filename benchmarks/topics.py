"""CAP topics: khabar's ranked CAP profile against hand-coded main topics (`make bench-topics`).

The annotations (``benchmarks/topics/annotations.tsv``; guidelines in ``GUIDELINES.md``) code
each benchmark article (``benchmarks/articles/sets.tsv``) with its CAP major topics, main first,
by an annotator who had not seen khabar's code. Scored, per split:

* top-1 accuracy: the first code of khabar's ranked profile is the annotated main topic;
* macro-F1: of that first code as a single-label prediction of the main topic, averaged over
  the codes that are a main topic or a prediction (an article without any code counts as a
  miss of its main topic);
* in-annotation: the first code is any of the article's annotated codes (main or other).

Beside khabar, a baseline counts the same codebook's terms with no evidence rules: every match
counts 1 (weights, the headline, names and titles ignored), the most frequent code wins, ties
by code order.

The ``dev`` articles are the ones the codebook's terms and the rules' constants were checked
on: their figures are in-sample. ``annotations_dev2.tsv`` codes 80 more articles of
``fars_news_300.jsonl`` (split ``dev2``, coded blind to the code by another annotator); they are
scored in two halves by the article's JSONL index: ``dev2-tune`` (even index: the rules and
terms were checked on them, in-sample) and ``dev2-heldback`` (odd index: never looked at
article by article; only this script's aggregate figure). The ``heldout`` articles were never
read by anyone developing khabar, nor their annotations; this script prints only their
aggregate figures. With ``--dev`` it also lists each in-sample article's annotated and
predicted codes (``dev`` and ``dev2-tune``).

Where ``annotations_second.tsv`` holds a second coder's codes of the same articles (coded blind
to the first coder, to khabar and to the guidelines' author), a second table gives, per split,
how often the two humans agree on the main topic (top-1 and Cohen's kappa) beside khabar's
top-1 on the same articles: the ceiling any system can be held to.
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE / "articles"))

from corpus import SharedArticlesMissing, article_text  # noqa: E402

from khabar import analyze_text  # noqa: E402
from khabar.codebooks import matcher, shipped  # noqa: E402

ANNOTATIONS = (
    HERE / "topics" / "annotations.tsv",
    HERE / "topics" / "annotations_dev2.tsv",
    HERE / "topics" / "annotations_3.tsv",
    HERE / "topics" / "annotations_4.tsv",
    HERE / "topics" / "annotations_5.tsv",
    HERE / "topics" / "annotations_6.tsv",
    HERE / "topics" / "annotations_7.tsv",
    HERE / "topics" / "annotations_8.tsv",
    HERE / "topics" / "annotations_9.tsv",
    HERE / "topics" / "annotations_10.tsv",
)
# A second coder's codes of some of the same articles, coded blind to the first coder's, to
# khabar and to each other: how often two careful human coders agree is the ceiling a system
# can be held to.
SECOND_CODER = HERE / "topics" / "annotations_second.tsv"
SPLITS = (
    "dev",
    "dev2-tune",
    "dev2-heldback",
    "heldout",
    "dev3",
    "heldout3",
    "dev4",
    "dev5",
    "dev6",
    "dev7",
    "dev8",
    "dev9",
    "dev10",
)
# What each split's figures are: the in-sample ones may be listed article by article.
# ``annotations_3.tsv`` codes the actor benchmark's ``dev3`` and ``heldout3`` articles (coded
# blind by a helper from the guidelines alone, 2026-12-02): no term or rule of the topic stage
# was checked on either (the ``dev3`` articles were read for the actor stage only).
# ``annotations_4.tsv`` codes the actor benchmark's ``dev4`` articles the same way (a helper,
# blind, in the next session): held out. One of the ten, jsonl-26, turned out to be a
# ``dev2-tune`` article (its row is left out; the helper coded it 15, as both coders before).
# ``annotations_5.tsv`` codes the ``dev5`` articles the same way (a helper, blind, in the fifth
# session; none repeats an article any benchmark used): held out. ``annotations_6.tsv`` codes
# the sixth session's ``dev6`` the same way: held out. ``annotations_7.tsv`` codes the eighth
# session's ``dev7`` (ten articles, a helper, blind): scored once (top-1 0.700, baseline 0.800),
# then development data for the topic stage (its articles were read for the actor stage too).
# ``annotations_8.tsv`` codes twenty more articles (``dev8``; a helper, blind, the same session),
# chosen by ``corpus.select_heldout`` and never read: held out. ``annotations_9.tsv`` and
# ``annotations_10.tsv`` code forty articles no benchmark had used (a seeded sample of them,
# twenty each, ``dev9`` and ``dev10``; two helpers, blind, the ninth session): both scored once
# (top-1 0.800 and 0.800, baseline 0.750 and 0.600), then ``dev9`` became development data
# for the topic stage; ``dev10`` is held out.
LABELS = {
    "dev": "in-sample",
    "dev2-tune": "in-sample",
    "dev2-heldback": "held-back",
    "heldout": "held-out",
    "dev3": "held-out",
    "heldout3": "held-out",
    "dev4": "held-out",
    "dev5": "held-out",
    "dev6": "held-out",
    "dev7": "in-sample",
    "dev8": "held-out",
    "dev9": "in-sample",
    "dev10": "held-out",
}
IN_SAMPLE = ("dev", "dev2-tune", "dev7", "dev9")
NONE = "-"


def annotations() -> list[dict[str, str]]:
    """Every annotated article, its split being ``dev2-tune`` or ``dev2-heldback`` for a
    ``dev2`` article of even or odd JSONL index."""
    rows = []
    for path in ANNOTATIONS:
        with path.open(encoding="utf-8", newline="") as handle:
            lines = [line for line in handle if line.strip() and not line.startswith("#")]
        rows += csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    for row in rows:
        if row["split"] == "dev2":
            index = int(row["article"].removeprefix("jsonl-"))
            row["split"] = "dev2-heldback" if index % 2 else "dev2-tune"
    return rows


def second_coder() -> dict[str, list[str]]:
    """The second coder's codes by article (main first); none if the file is absent."""
    if not SECOND_CODER.exists():
        return {}
    with SECOND_CODER.open(encoding="utf-8", newline="") as handle:
        rows = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        return {row["article"]: row["topics"].split("|") for row in rows}


def cohen_kappa(first: list[str], second: list[str]) -> float:
    """Agreement on the main topic beyond what each coder's own code shares give by chance."""
    n = len(first)
    observed = sum(a == b for a, b in zip(first, second, strict=True)) / n
    ones, twos = Counter(first), Counter(second)
    chance = sum(ones[code] * twos[code] for code in ones) / (n * n)
    return (observed - chance) / (1 - chance) if chance < 1 else 1.0


def agreement_rows(results: dict[str, dict[str, list]]) -> list[str]:
    """Per split, on the articles both coders coded: the second coder's main topic against
    the first's (top-1, kappa, within the first's codes), and khabar's on the same articles."""
    lines = []
    for split in SPLITS:
        found = results[split]
        pairs = [
            (gold, codes, second, ours)
            for gold, codes, second, ours in zip(
                found["gold"], found["all"], found["second"], found["khabar"], strict=True
            )
            if second
        ]
        if not pairs:
            continue
        n = len(pairs)
        human = sum(g == s[0] for g, _, s, _ in pairs) / n
        kappa = cohen_kappa([g for g, *_ in pairs], [s[0] for _, _, s, _ in pairs])
        within = sum(s[0] in codes for _, codes, s, _ in pairs) / n
        ours = sum(g == k for g, _, _, k in pairs) / n
        lines.append(
            f"{split:<13} {n:>8} {human:>12.3f} {kappa:>7.3f} {within:>10.3f} {ours:>13.3f}"
            f"   {LABELS[split]}"
        )
    return lines


def khabar_ranking(analysis) -> list[str]:
    return [t.code for t in analysis.topics.document if t.scheme == "cap"]


def baseline_ranking(analysis) -> list[str]:
    """Every term match counts 1; most matches first, ties by the codebook's order."""
    book = shipped("cap")
    counts: Counter[str] = Counter()
    find = matcher((book,)).find
    for sentence in analysis.document.sentences:
        tokens = analysis.document.sentence_tokens(sentence)
        for _, _, matches in find([t.text for t in tokens]):
            counts.update(key[1] for key, _, _ in matches)
    return sorted(counts, key=lambda code: (-counts[code], book.order(code)))


def macro_f1(gold: list[str], predicted: list[str]) -> float:
    codes = sorted(set(gold) | set(predicted) - {NONE})
    scores = []
    for code in codes:
        tp = sum(g == p == code for g, p in zip(gold, predicted, strict=True))
        fp = sum(p == code != g for g, p in zip(gold, predicted, strict=True))
        fn = sum(g == code != p for g, p in zip(gold, predicted, strict=True))
        scores.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    return sum(scores) / len(scores) if scores else 0.0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--dev", action="store_true", help="list each dev article's codes")
    parser.add_argument(
        "--split", choices=SPLITS, help="score one split only (tune on in-sample splits alone)"
    )
    args = parser.parse_args(argv)
    rows = [r for r in annotations() if args.split in (None, r["split"])]
    results: dict[str, dict[str, list]] = {
        s: {"gold": [], "all": [], "khabar": [], "baseline": [], "second": []} for s in SPLITS
    }
    second = second_coder()
    uncoded = []
    try:
        for row in rows:
            analysis = analyze_text(article_text(row["article"]), source=row["article"])
            ranked, base = khabar_ranking(analysis), baseline_ranking(analysis)
            codes = row["topics"].split("|")
            split = results[row["split"]]
            split["gold"].append(codes[0])
            split["all"].append(set(codes))
            split["khabar"].append(ranked[0] if ranked else NONE)
            split["baseline"].append(base[0] if base else NONE)
            split["second"].append(second.get(row["article"], []))
            if row["split"] in IN_SAMPLE:
                if not ranked:
                    uncoded.append(row["article"])
                if args.dev:
                    mark = " " if ranked[:1] == codes[:1] else "x"
                    print(
                        f"{mark} {row['article']:<18} gold {row['topics']:<10} "
                        f"khabar {'|'.join(ranked[:4]):<14} baseline {'|'.join(base[:3])}"
                    )
    except SharedArticlesMissing as error:
        print(f"skipped: {error}", file=sys.stderr)
        return 0
    print("CAP major topics: first code of the ranked profile against the annotated main topic")
    print(
        f"{'split':<13} {'system':<9} {'articles':>8} {'top-1':>7} {'macro-F1':>9} "
        f"{'in-annot.':>10}"
    )
    for split in SPLITS:
        found = results[split]
        n = len(found["gold"])
        if not n:
            continue
        label = LABELS[split]
        for system in ("khabar", "baseline"):
            predicted = found[system]
            top1 = sum(g == p for g, p in zip(found["gold"], predicted, strict=True)) / n
            within = sum(p in a for a, p in zip(found["all"], predicted, strict=True)) / n
            f1 = macro_f1(found["gold"], predicted)
            print(
                f"{split:<13} {system:<9} {n:>8} {top1:>7.3f} {f1:>9.3f} {within:>10.3f}   {label}"
            )
    unseen = [s for s in SPLITS if LABELS[s] != "in-sample" and results[s]["gold"]]
    pooled = {key: [v for s in unseen for v in results[s][key]] for key in ("gold", "khabar")}
    if pooled["gold"]:
        n = len(pooled["gold"])
        top1 = sum(g == p for g, p in zip(pooled["gold"], pooled["khabar"], strict=True)) / n
        print(
            f"pooled: every held-out and held-back split ({len(unseen)}), {n} articles: "
            f"khabar top-1 {top1:.3f}"
        )
    agreement = agreement_rows(results)
    if agreement:
        print(
            "A second, independent coder against the first (the benchmark's) on the same articles:"
        )
        print(
            f"{'split':<13} {'articles':>8} {'human top-1':>12} {'kappa':>7} {'in-annot.':>10} "
            f"{'khabar top-1':>13}"
        )
        print("\n".join(agreement))
    print(
        f"in-sample articles without any CAP topic: {len(uncoded)}"
        + (f" ({', '.join(uncoded)})" if uncoded else "")
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
