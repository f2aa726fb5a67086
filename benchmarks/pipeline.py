"""`make bench`: speed of khabar against hazm's Normalizer, on a corpus and on ten times it.

The corpus: the UD Persian development sentences (../shared/corpora; Seraji is news text)
cut into articles of 20 sentences, one paragraph per sentence, with every zero-width
non-joiner deleted as in scraped news (the seed article had none). Ten times the corpus is
the same sentences shuffled into other articles ten times over: the same vocabulary, where a
real corpus ten times larger would bring new words (Heaps' law), so per-word caches hit a
little more here than they would there.

Each figure comes from a fresh process (lexicons loaded and a warm-up article analysed before
the clock starts; best of two passes), every system on both sizes in turn, in five rounds:
this machine's speed drifts by tens of per cent over minutes, so a ratio (to hazm, or of 10x
to 1x) is the median of the rounds' own ratios (times taken side by side), and the table
shows the best of the rounds:

- hazm: ``hazm.Normalizer().normalize`` on each article;
- clean: ``khabar.clean`` on each article;
- pipeline: ``khabar.analyze_text(...).to_dict()`` on each article (cleaning,
  segmentation, actors, claims, themes, keyterms, JSON shape), one process;
- corpus: ``khabar extract``'s corpus mode (:func:`khabar.corpus.extract_corpus`) on the
  article files, one process per CPU, worker start-up and lexicon loading included.

Usage: python benchmarks/pipeline.py [--corpora DIR]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path
from statistics import median

from khabar.lexicon import REPO_ROOT

CORPORA = ("ud_persian_seraji_dev.txt", "ud_persian_perdt_dev.txt")
SENTENCES_PER_ARTICLE = 20
# Best of two passes (the first warms the per-word caches) on either corpus, in each of five
# rounds: the same number on both sizes, as the best of more passes would be lower by chance.
PASSES = 2
ROUNDS = 5

TIMER = textwrap.dedent(
    """
    import json, sys, time
    from pathlib import Path
    system, folder = sys.argv[1], Path(sys.argv[2])
    paths = sorted(folder.glob("*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in paths]
    warm_up = Path(sys.argv[3]).read_text(encoding="utf-8")
    if system == "hazm":
        from hazm import Normalizer
        normalizer = Normalizer()
        run = lambda: [normalizer.normalize(t) for t in texts]
    elif system == "clean":
        from khabar import clean
        run = lambda: [clean(t) for t in texts]
    elif system == "pipeline":
        from khabar import analyze_text
        run = lambda: [analyze_text(t).to_dict() for t in texts]
    else:
        from khabar.corpus import extract_corpus
        run = lambda: list(extract_corpus(paths, progress=False))
    if system != "corpus":
        run_one = {"hazm": lambda: normalizer.normalize(warm_up)}.get(system)
        (run_one or (lambda: __import__("khabar").analyze_text(warm_up)))()
    best = float("inf")
    for _ in range(int(sys.argv[4])):
        start = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - start)
    print(json.dumps(best))
    """
)


def build_corpus(sentences: list[str], folder: Path, *, copies: int, seed: int = 0) -> float:
    """Write *copies* shufflings of the sentences as articles; return the size in MB."""
    folder.mkdir(parents=True)
    order = random.Random(seed)
    number = 0
    for copy in range(copies):
        shuffled = sentences[:] if copy == 0 else order.sample(sentences, len(sentences))
        for start in range(0, len(shuffled), SENTENCES_PER_ARTICLE):
            text = "\n".join(shuffled[start : start + SENTENCES_PER_ARTICLE]) + "\n"
            (folder / f"{number:06d}.txt").write_text(text.replace("\u200c", ""), encoding="utf-8")
            number += 1
    return sum(p.stat().st_size for p in folder.glob("*.txt")) / 1e6


def timed(system: str, folder: Path, passes: int) -> float:
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            TIMER,
            system,
            str(folder),
            str(REPO_ROOT / "data" / "raw" / "000_3573e85439a7b76f.txt"),
            str(passes),
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


def import_time(statement: str) -> float:
    """Best of three: seconds for a fresh interpreter to run *statement*, minus an empty one."""

    def run(code: str) -> float:
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True, capture_output=True)
        return time.perf_counter() - start

    return min(run(statement) for _ in range(3)) - min(run("pass") for _ in range(3))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpora", type=Path, default=REPO_ROOT.parent / "shared" / "corpora")
    args = parser.parse_args()
    sentences = [
        line
        for name in CORPORA
        for line in (args.corpora / name).read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    systems = ("hazm", "clean", "pipeline", "corpus")
    with tempfile.TemporaryDirectory() as scratch:
        sizes = {
            copies: build_corpus(sentences, Path(scratch) / f"x{copies}", copies=copies)
            for copies in (1, 10)
        }
        # Rounds of every system on both sizes in turn: a drift in this machine's speed (tens
        # of per cent over minutes) then reaches all of them, not one.
        rounds: dict[int, list[dict[str, float]]] = {1: [], 10: []}
        for _ in range(ROUNDS):
            for copies in (1, 10):
                folder = Path(scratch) / f"x{copies}"
                rounds[copies].append({s: timed(s, folder, PASSES) for s in systems})
        rows = {
            copies: (size, {s: min(r[s] for r in rounds[copies]) for s in systems})
            for copies, size in sizes.items()
        }
    print(
        f"corpus: {len(sentences)} UD dev sentences in articles of {SENTENCES_PER_ARTICLE}, "
        f"ZWNJs deleted; {os.cpu_count()} CPUs"
    )
    print(f"{'size':>5} {'MB':>6} " + " ".join(f"{s + ' s/MB':>15}" for s in systems))
    for copies, (size, seconds) in rows.items():
        print(
            f"{copies:>4}x {size:6.2f} " + " ".join(f"{seconds[s] / size:15.2f}" for s in systems)
        )
    for copies, measured in rounds.items():
        ratio = {s: median(r[s] / r["hazm"] for r in measured) for s in systems}
        print(
            f"{copies:>4}x ratios to hazm's Normalizer (median of the rounds' own ratios): "
            f"clean {ratio['clean']:.2f} (target <= 1.0), pipeline {ratio['pipeline']:.2f}, "
            f"corpus mode {ratio['corpus']:.2f} (target <= 2.0)"
        )
        for system in ("pipeline", "corpus"):
            each = sorted(r[system] / r["hazm"] for r in measured)
            print(f"{'':>6}{system} / hazm in each round: " + ", ".join(f"{x:.2f}" for x in each))
    scaling = {
        s: median(ten[s] / one[s] for one, ten in zip(rounds[1], rounds[10], strict=True))
        for s in systems
    }
    print(
        f"10x input ({sizes[10] / sizes[1]:.1f}x the bytes) takes: "
        + ", ".join(f"{s} {scaling[s]:.1f}x" for s in systems)
        + " the time (median of the rounds' own 10x/1x ratios; target <= 11x)"
    )
    seed = repr(str(REPO_ROOT / "data" / "raw" / "000_3573e85439a7b76f.txt"))
    print(
        f"import khabar: {import_time('import khabar'):.2f} s; import and analyse one article "
        f"(lexicons loaded): {import_time(f'import khabar; khabar.analyze({seed})'):.2f} s"
    )


if __name__ == "__main__":
    main()
