"""Error analysis of the cross-validated cleaner (khabar-cv of ``make bench-clean``).

On the UD Persian development sentences, damaged as ``benchmarks/clean.py`` damages them (A:
ZWNJs deleted; B: ZWNJs as spaces; ok: the correct sentence), every ZWNJ the cleaner missed
(the gold has one, the output none) and every ZWNJ it put where the gold has none is listed,
per treebank and condition, grouped by pattern: a missed ZWNJ by the affix or prefix beside it
(the part of the word right of the gap, or left of it), or "compound, name or other"; a wrong
one by the rule that made it (``data/lexicons/zwnj_rules.tsv``).

Errors that follow a treebank's own convention, where the Academy's spelling (which khabar
follows) and the other treebank write otherwise, are counted apart (CONVENTIONS below), and the
pooled F1 and harm without them are printed beside the strict ones: an upper bound of what
general rules could reach here, never a headline.

Usage: python benchmarks/clean_errors.py [--corpora DIR] [--examples N]
"""

from __future__ import annotations

import argparse
import difflib
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

from clean import CONDITIONS, load
from khabar.cleaning import Cleaned, clean
from khabar.evaluation import GapCounts, compare, fold_blocks, gap_labels
from khabar.lexicon import REPO_ROOT, UD_DEV_SOURCES, UD_FOLDS, ZWNJ
from khabar.zwnj import ZwnjRestorer

PLURALS = ("ها", "های", "هایی", "هایش", "هایشان", "هایم", "هایمان", "هایت", "هایتان", "هاست")
PRONOUNS = ("آن", "این", "همان", "همین")
PUNCTUATION = '،.»«)(":!؟'


@dataclass(frozen=True)
class Gap:
    """One letter gap the cleaner got wrong: the gold word around it with ZWNJs as |, the
    output's word, the parts of the gold word left and right of the gap, and the rule of the
    change (if the cleaner made one there)."""

    line: int
    gold: str  # "|" ZWNJ, "+" space, "_" joined
    output: str
    gold_word: str
    output_word: str
    left: str
    right: str
    rule: str

    @property
    def missed(self) -> bool:
        return self.gold == "|" and self.output != "|"


# A treebank's own convention: (name, treebank, test on a wrong gap).
CONVENTIONS = (
    (
        "plural written joined (گروهها, سالهای): the Academy writes گروه‌ها",
        "seraji",
        lambda g: not g.missed and g.gold == "_" and g.right in PLURALS and g.left not in PRONOUNS,
    ),
    (
        "superlative written joined (بزرگترین): the Academy writes بزرگ‌ترین",
        "seraji",
        lambda g: not g.missed and g.gold == "_" and g.right in ("تر", "ترین"),
    ),
    (
        "بن/ابن of an Arabic patronymic between ZWNJs (عبدالله‌بن‌زبیر): others write it apart",
        "seraji",
        lambda g: g.missed and (g.right in ("بن", "ابن") or g.left.endswith("بن")),
    ),
    (
        "pronoun plural with a ZWNJ (آن‌ها): PerDT writes آنها, which khabar keeps",
        "seraji",
        lambda g: g.missed and g.left in PRONOUNS and g.right in PLURALS,
    ),
    (
        "preposition به joined to its noun (به‌زودی): PerDT and the Academy write it apart",
        "seraji",
        lambda g: g.missed and g.left == "به",
    ),
    (
        "verb written joined (میجستند): the Academy and Seraji write می‌جستند",
        "perdt",
        lambda g: not g.missed and g.gold == "_" and g.left in ("می", "نمی", "برمی"),
    ),
)


def convention(gap: Gap, treebank: str) -> str | None:
    for name, owner, test in CONVENTIONS:
        if owner == treebank and test(gap):
            return name
    return None


def wrong_gaps(gold: str, damaged: str, cleaned: Cleaned, line: int) -> list[Gap]:
    """The gaps where the cleaned line's ZWNJs differ from the gold line's."""
    gold_skeleton, gold_labels = gap_labels(gold)
    out_skeleton, out_labels = gap_labels(cleaned.text)
    rules = {
        len(gap_labels(damaged[: c.start])[0]) - 1: c.rule
        for c in cleaned.changes
        if c.kind.startswith("zwnj")
    }
    found = []
    matcher = difflib.SequenceMatcher(None, gold_skeleton, out_skeleton, autojunk=False)
    for block in matcher.get_matching_blocks():
        for k in range(block.size - 1):
            i, j = block.a + k, block.b + k
            g, o = gold_labels[i], out_labels[j]
            letters = gold_skeleton[i].isalpha() and gold_skeleton[i + 1].isalpha()
            if letters and g != o:
                start, end = _part(gold_labels, i, -1), _part(gold_labels, i, 1)
                found.append(
                    Gap(
                        line,
                        _mark(g),
                        _mark(o),
                        _word(gold_skeleton, gold_labels, i),
                        _word(out_skeleton, out_labels, j),
                        gold_skeleton[start : i + 1],
                        gold_skeleton[i + 1 : end + 1].strip(PUNCTUATION),
                        rules.get(i, ""),
                    )
                )
    return found


def _mark(label: str) -> str:
    return {"": "_", " ": "+", ZWNJ: "|"}[label]


def _part(labels: list[str], i: int, step: int) -> int:
    """The first (step -1) or last (step 1) character of the part beside gap *i*."""
    k = i if step < 0 else i + 1
    while k > 0 and step < 0 and labels[k - 1] == "":
        k -= 1
    while k < len(labels) and step > 0 and labels[k] == "":
        k += 1
    return k


def _word(skeleton: str, labels: list[str], i: int) -> str:
    start = i
    while start > 0 and labels[start - 1] != " ":
        start -= 1
    end = i + 1
    while end < len(labels) and labels[end] != " ":
        end += 1
    marks = {"": "", ZWNJ: "|", " ": " "}
    return skeleton[start] + "".join(marks[labels[k]] + skeleton[k + 1] for k in range(start, end))


def pattern(gap: Gap, affixes: dict[str, str], prefixes: frozenset[str]) -> str:
    """A missed ZWNJ's pattern: the affix right of it, the prefix left of it, or other."""
    if gap.right in affixes:
        return f"‌{gap.right} ({affixes[gap.right]})"
    if gap.left in prefixes:
        return f"{gap.left}‌ (prefix)"
    return "compound, name or other"


def analyse(
    corpora: dict[str, list[str]],
) -> tuple[dict[tuple[str, str], list[Gap]], dict[tuple[str, str], GapCounts]]:
    """Wrong gaps and the benchmark's gap counts by (treebank, condition), each block of a
    treebank cleaned with the other blocks' spelling counts (khabar-cv)."""
    found: dict[tuple[str, str], list[Gap]] = {}
    counts: dict[tuple[str, str], GapCounts] = {}
    for treebank, gold in corpora.items():
        restorers = [
            ZwnjRestorer(corpus_sources=tuple(s for s in UD_DEV_SOURCES if s != f"{treebank}_{k}"))
            for k in range(1, UD_FOLDS + 1)
        ]
        blocks = fold_blocks(list(range(len(gold))), folds=UD_FOLDS)
        restorer_of = {i: r for block, r in zip(blocks, restorers, strict=True) for i in block}
        for condition, damage in CONDITIONS:
            gaps, total = [], GapCounts()
            for i, line in enumerate(gold):
                damaged = damage(line)
                cleaned = clean(damaged, restorer=restorer_of[i])
                gaps += wrong_gaps(line, damaged, cleaned, i)
                total.add(compare(line, cleaned.text)[0])
            found[(treebank, condition)] = gaps
            counts[(treebank, condition)] = total
    return found, counts


def without_conventions(found: dict, counts: dict, condition: str) -> tuple[GapCounts, GapCounts]:
    """Pooled strict counts, and the same without the conventions' errors."""
    strict, general = GapCounts(), GapCounts()
    for (treebank, cond), total in counts.items():
        if cond != condition:
            continue
        strict.add(total)
        general.add(total)
        for gap in found[(treebank, cond)]:
            if convention(gap, treebank):
                general.fn -= gap.missed
                general.fp -= gap.output == "|"
    return strict, general


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpora", type=Path, default=REPO_ROOT.parent / "shared" / "corpora")
    parser.add_argument("--examples", type=int, default=40, help="examples shown per pattern")
    args = parser.parse_args()
    if not args.corpora.is_dir():
        raise SystemExit(f"error: {args.corpora}: development corpora not found (--corpora DIR)")
    corpora = load(args.corpora)
    found, counts = analyse(corpora)
    restorer = ZwnjRestorer(corpus_sources=())
    affixes = {a.form: a.kind for a in restorer.suffixes}
    prefixes = frozenset(a.form for a in restorer.prefixes)

    for (treebank, condition), gaps in found.items():
        missed = [g for g in gaps if g.missed]
        wrong = [g for g in gaps if not g.missed]
        print(
            f"\n===== {treebank} {condition}: {len(missed)} ZWNJs missed, "
            f"{sum(g.output == '|' for g in wrong)} wrong, "
            f"{sum(g.output != '|' for g in wrong)} other changes (space removed or added)"
        )
        groups: dict[str, list[Gap]] = defaultdict(list)
        for g in missed:
            groups["missed " + pattern(g, affixes, prefixes)].append(g)
        for g in wrong:
            what = "wrong" if g.output == "|" else "other change"
            groups[f"{what} by rule {g.rule or '(none)'}"].append(g)
        for name, members in sorted(groups.items(), key=lambda item: -len(item[1])):
            shown = Counter(f"{g.gold_word} -> {g.output_word}" for g in members)
            examples = "  ".join(
                text + (f" x{n}" if n > 1 else "") for text, n in shown.most_common(args.examples)
            )
            print(f"  {name} ({len(members)}): {examples}")
        conventions = Counter(c for g in gaps if (c := convention(g, treebank)))
        for name, n in conventions.most_common():
            print(f"  convention of {treebank}: {name}: {n}")

    print("\nPooled over both treebanks (khabar-cv), strict and without the conventions' errors:")
    for condition in ("A", "B"):
        strict, general = without_conventions(found, counts, condition)
        print(
            f"  {condition}: strict P {strict.precision:.3f} R {strict.recall:.3f} "
            f"F1 {strict.f1:.3f}; without conventions P {general.precision:.3f} "
            f"R {general.recall:.3f} F1 {general.f1:.3f}"
        )
    total = sum(len(lines) for lines in corpora.values())
    harmed: dict[str, set[tuple[str, int]]] = {"all": set(), "general": set()}
    for treebank in corpora:
        for g in found[(treebank, "ok")]:
            harmed["all"].add((treebank, g.line))
            if not convention(g, treebank):
                harmed["general"].add((treebank, g.line))
    print(
        f"  harm (correct sentences given a ZWNJ or losing one): {len(harmed['all'])} of {total} "
        f"({len(harmed['all']) / total:.1%}); without the conventions' errors "
        f"{len(harmed['general'])} ({len(harmed['general']) / total:.1%})"
    )


if __name__ == "__main__":
    main()
