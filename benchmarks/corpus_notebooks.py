"""`make bench-corpus`: the corpus notebooks on 1x and 10x a corpus, against its extraction.

The corpus (1x): the 29 single articles of ../shared/articles and the 300 articles of its
``fars_news_300.jsonl`` (headline, then one paragraph a line), and the UD Persian development
sentences of ../shared/corpora cut into articles of 20 sentences with their ZWNJs deleted, as
``benchmarks/pipeline.py`` builds them; a ``metadata.csv`` gives each article an outlet (the
Fars articles' section, the treebank's name) and a date, spread over two years by the
article's number (the shared articles carry no dates: these are made up, to exercise the
figures over time). 10x: the same articles ten times over, each further copy with the
articles' paragraphs shuffled among them (the UD sentences as pipeline.py shuffles them):
the same vocabulary in other texts, so every article is analysed anew.

For each size, in fresh processes: the **extraction** (:func:`khabar.corpus_build.build_tables`
with an empty analysis cache: read the corpus, analyse every article on one process per CPU,
write the tables) and then the **notebooks** (the five corpus notebooks executed on those
tables, as ``make corpus`` runs them, one kernel per CPU). Reported: wall-clock seconds, the
notebooks' time as a share of the extraction's (target at 10x: <= 20%), and peak resident
memory (the largest of the process and its children: a worker, a kernel). Nothing here is
fitted to the data: no figure is in- or out-of-sample.

Usage: python benchmarks/corpus_notebooks.py [--shared DIR] [--rounds N]
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path
from statistics import median

from khabar.lexicon import REPO_ROOT
from pipeline import CORPORA, build_corpus  # benchmarks/pipeline.py, beside this script

COPIES = {"1x": 1, "10x": 10}
DAYS = 730

TIMER = textwrap.dedent(
    """
    import json, resource, sys, time
    from pathlib import Path
    step, corpus, out, cache = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3]), Path(sys.argv[4])
    start = time.perf_counter()
    if step == "extract":
        from khabar.corpus_build import build_tables
        summary = build_tables(corpus, out=out, progress=False, cache_dir=cache)
        done = {"articles": summary.articles, "analysed": summary.analysed}
    else:
        from khabar.corpus_build import corpus_folders
        from khabar.corpus_run import CORPUS_NOTEBOOKS_DIR, corpus_notebook_paths
        from khabar.reproduce import execute_all
        import os
        notebooks = corpus_notebook_paths()
        targets = [out / "notebooks" / p.name for p in notebooks]
        parameters = {
            "CORPUS": os.path.relpath(corpus, CORPUS_NOTEBOOKS_DIR),
            "OUT": os.path.relpath(out, CORPUS_NOTEBOOKS_DIR),
        }
        results = execute_all(notebooks, targets, parameters=parameters)
        done = {"failed": [str(r) for r in results if not isinstance(r, Path)]}
    seconds = time.perf_counter() - start
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(json.dumps({"seconds": seconds, "rss_self": own, "rss_children": children, **done}))
    """
)


def articles_of(shared: Path) -> list[tuple[str, str, list[str]]]:
    """(name, outlet, lines: headline first) of the shared articles and the JSONL's."""
    found = []
    for path in sorted((shared / "articles").glob("fars_*.txt")):
        lines = path.read_text(encoding="utf-8").splitlines()
        found.append((path.stem, path.stem.split("_")[1], [line for line in lines if line.strip()]))
    with (shared / "articles" / "fars_news_300.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            lines = [row["title"], *(p for p in row["paragraphs"] if p.strip())]
            found.append((f"jsonl_{row['index']:03d}", row["cat"] or "fars", lines))
    return found


def build(shared: Path, folder: Path, copies: int) -> float:
    """Write the corpus of *copies* copies and its metadata.csv; return its size in MB."""
    articles = articles_of(shared)
    order = random.Random(0)
    rows = []
    folder.mkdir(parents=True)
    for copy in range(copies):
        paragraphs = [p for _, _, lines in articles for p in lines[1:]]
        if copy:
            order.shuffle(paragraphs)
        at = 0
        for name, outlet, lines in articles:
            body, at = paragraphs[at : at + len(lines) - 1], at + len(lines) - 1
            file = f"{name}_{copy:02d}.txt"
            (folder / file).write_text("\n".join([lines[0], *body]) + "\n", encoding="utf-8")
            rows.append({"file": file, "outlet": outlet})
    sentences = [
        line
        for name in CORPORA
        for line in (shared / "corpora" / name).read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    build_corpus(sentences, folder / "ud", copies=copies)
    rows += [
        {"file": f"ud/{p.name}", "outlet": "UD"} for p in sorted((folder / "ud").glob("*.txt"))
    ]
    with (folder / "metadata.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=["file", "date", "outlet"])
        writer.writeheader()
        for number, row in enumerate(rows):
            day = 1 + number * 7919 % DAYS  # spread over two years, in no order
            year, rest = 1400 + (day - 1) // 365, (day - 1) % 365
            month, date = min(12, rest // 31 + 1), rest % 31 % 29 + 1
            writer.writerow({**row, "date": f"{year}/{month:02d}/{date:02d}"})
    return sum(p.stat().st_size for p in folder.rglob("*.txt")) / 1e6


def timed(step: str, corpus: Path, out: Path, cache: Path) -> dict:
    result = subprocess.run(
        [sys.executable, "-c", TIMER, step, str(corpus), str(out), str(cache)],
        capture_output=True,
        text=True,
        check=True,
        cwd=REPO_ROOT,
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=REPO_ROOT.parent / "shared")
    parser.add_argument("--rounds", type=int, default=1)
    args = parser.parse_args()
    if not (args.shared / "articles" / "fars_news_300.jsonl").exists():
        sys.exit(f"bench-corpus needs the shared articles and corpora in {args.shared}")
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        sizes = {size: build(args.shared, root / size, n) for size, n in COPIES.items()}
        runs: dict[str, list[tuple[dict, dict]]] = {size: [] for size in COPIES}
        for round_ in range(args.rounds):
            for size in COPIES:
                out, cache = root / f"{size}-out-{round_}", root / f"{size}-cache-{round_}"
                extract = timed("extract", root / size, out, cache)
                notebooks = timed("notebooks", root / size, out, cache)
                if notebooks["failed"]:
                    sys.exit(f"notebooks failed on {size}: {notebooks['failed']}")
                runs[size].append((extract, notebooks))
        report(sizes, runs, rounds=args.rounds)


def report(sizes: dict[str, float], runs: dict, *, rounds: int) -> None:
    print(f"corpus: 29 + 300 shared articles and UD dev documents; {rounds} round(s)")
    print(
        f"{'size':>5} {'articles':>9} {'MB':>6} {'extract s':>10} {'notebooks s':>12} "
        f"{'nb/extract':>11} {'peak RSS MB: extract main/worker':>33} {'notebooks main/kernel':>22}"
    )
    for size, found in runs.items():
        extract = median(e["seconds"] for e, _ in found)
        notebooks = median(n["seconds"] for _, n in found)
        ratio = median(n["seconds"] / e["seconds"] for e, n in found)
        e, n = found[-1]
        print(
            f"{size:>5} {e['articles']:>9} {sizes[size]:>6.2f} {extract:>10.1f} {notebooks:>12.1f} "
            f"{ratio:>10.0%} {e['rss_self']:>22.0f} / {e['rss_children']:<8.0f} "
            f"{n['rss_self']:>12.0f} / {n['rss_children']:<8.0f}"
        )
    ten = runs["10x"]
    ratio = median(n["seconds"] / e["seconds"] for e, n in ten)
    print(f"10x: notebooks take {ratio:.0%} of the extraction's time (target <= 20%)")
    each = ", ".join(f"{n['seconds'] / e['seconds']:.1%}" for e, n in ten)
    print(f"10x: the share in each round: {each}")


if __name__ == "__main__":
    main()
