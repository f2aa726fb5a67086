"""Benchmark: the named-entity recogniser (khabar.ner) on the MIT corpora's test splits.

Entity precision, recall and F1 per type (PER, ORG, LOC, and all), by exact span and by
overlap (a predicted span of the right type that overlaps a gold one), on the test splits of
../shared/corpora/ner (parstwiner_test.txt, textmining_wiki_test.csv). Those splits are
never trained or tuned on: their figures are HELD-OUT. The gold follows khabar's convention
(honorifics inside the person's span, the same rule the training data went through); the
corpora's own convention ("as annotated") is scored too for the shipped model.

Systems:
  lexicon only   khabar's lexicons: gazetteer places, organisation heads (+ a place after
                 them), honorifics and given names followed by a surname or unknown word
  CRF            trained without renamed copies (built here and cached in .cache/ner/)
  CRF+prop       the same, with document propagation
  CRF+aug        the shipped model (renamed copies of sentences naming people)
  CRF+aug+prop   the shipped model with propagation: what khabar.ner.recognise does

A corpus sentence is its own document (tweets and Wikipedia sentences are unrelated), so
propagation acts within a sentence there; on news articles it acts across the article.

With annotations of the development news articles (benchmarks/articles/annotations/, split
``dev`` in benchmarks/articles/sets.tsv; --annotations DIR to read them elsewhere), the
PER/ORG/LOC name mentions of those articles are scored too (IN-SAMPLE when the recogniser was
tuned on them; it was not, but the dev articles were read while building it). Held-out
articles are never read here. Also prints the time to recognise an article.

Usage: python benchmarks/ner.py [--corpora DIR] [--annotations DIR]
"""

from __future__ import annotations

import argparse
import csv
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from khabar.cache import analysis_fingerprint
from khabar.lexicon import REPO_ROOT, hazm_words, longest_match, read_table, word_frequencies
from khabar.ner.corpora import (
    honorific_before,
    normalise,
    read_corpus,
    spans,
)
from khabar.ner.entities import recognise_sentences, tags_of
from khabar.ner.features import lexicon_flags, person_names
from khabar.ner.model import SHIPPED_MODEL
from khabar.ner.text import normalised_word
from khabar.ner.train import Settings, train

HERE = Path(__file__).resolve().parent
SHARED = REPO_ROOT.parent / "shared"
TRAINING = ("parstwiner_train.txt", "parstwiner_dev.txt", "textmining_wiki_eval.csv")
TESTS = ("parstwiner_test.txt", "textmining_wiki_test.csv")
TYPES = ("PER", "ORG", "LOC")
Tagger = Callable[[Sequence[Sequence[str]]], list[list[str]]]


# Scoring ---------------------------------------------------------------------------------


def prf(tp_p: int, predicted: int, tp_r: int, gold: int) -> tuple[float, float, float]:
    p = tp_p / predicted if predicted else 0.0
    r = tp_r / gold if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score(gold: Sequence[set], predicted: Sequence[set]) -> dict[str, dict[str, tuple]]:
    """Per type and ALL: exact and overlap (P, R, F1). Items are (type, start, end) per unit."""
    result: dict[str, dict[str, tuple]] = {}
    for kind in (*TYPES, "ALL"):
        counts = {"exact": [0, 0, 0, 0], "overlap": [0, 0, 0, 0]}
        for g_all, p_all in zip(gold, predicted, strict=True):
            g = {x for x in g_all if kind in ("ALL", x[0])}
            p = {x for x in p_all if kind in ("ALL", x[0])}
            hits = len(g & p)
            counts["exact"][0] += hits
            counts["exact"][2] += hits
            counts["overlap"][0] += sum(any(_overlap(x, y) for y in g) for x in p)
            counts["overlap"][2] += sum(any(_overlap(x, y) for y in p) for x in g)
            for c in counts.values():
                c[1] += len(p)
                c[3] += len(g)
        result[kind] = {m: (*prf(*c), c[3]) for m, c in counts.items()}
    return result


def _overlap(a: tuple, b: tuple) -> bool:
    return a[0] == b[0] and a[1] < b[2] and b[1] < a[2]


# Systems ---------------------------------------------------------------------------------


def crf_tagger(model: Path, *, propagation: bool) -> Tagger:
    def tag(sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        return [
            tags_of(recognise_sentences([s], model=model, propagation=propagation), len(s))
            for s in sentences
        ]

    return tag


def lexicon_tags(words: Sequence[str]) -> list[str]:
    """The lexicon-only baseline for one sentence."""
    from khabar.gazetteer import match, starts_name

    organisations = {
        tuple(normalised_word(w) for w in form.split())
        for row in read_table("lexicons", "actors", "organizations.tsv")
        for form in [row["form"], *filter(None, row["variants"].split("|"))]
    }
    words = list(words)
    found: list[tuple[str, int, int]] = []
    i = 0
    while i < len(words):
        place = match(words, i) if starts_name(words[i]) else None
        head = longest_match(organisations, words, i)
        if head:
            end = i + head[0]
            after = match(words, end) if end < len(words) and starts_name(words[end]) else None
            found.append(("ORG", i, end + (after[0] if after else 0)))
            i = end + (after[0] if after else 0)
        elif place:
            found.append(("LOC", i, i + place[0]))
            i += place[0]
        elif _given(words[i]) or (honorific_before(words[: i + 1], i + 1) and i + 1 < len(words)):
            first = i
            i += 1
            while i < len(words) and i - first < 3 and _surname_like(words[i]):
                i += 1
            if i - first > 1 or _given(words[first]):
                start = first - honorific_before(words[:first], first)
                found.append(("PER", start, i))
        else:
            i += 1
    found = [s for s in found if not (s[0] == "PER" and s[2] - s[1] == 1 and _common(words[s[1]]))]
    tags = ["O"] * len(words)
    for kind, start, end in found:
        tags[start:end] = [f"B-{kind}"] + [f"I-{kind}"] * (end - start - 1)
    return tags


def _given(word: str) -> bool:
    return "given" in person_names().get(word, frozenset())


def _common(word: str) -> bool:
    return word_frequencies().get(word, 0.0) > 1e-5


def _surname_like(word: str) -> bool:
    flags = person_names().get(word, frozenset())
    if "surname" in flags or "given" in flags:
        return True
    if lexicon_flags().get(word) or not word.replace("\u200c", "").isalpha():
        return False
    return word not in hazm_words() and word_frequencies().get(word, 0.0) < 1e-5


def lexicon_tagger(sentences: Sequence[Sequence[str]]) -> list[list[str]]:
    return [lexicon_tags(s) for s in sentences]


def plain_model(corpora: Path) -> Path:
    """The CRF trained without renamed copies, cached for this code and data."""
    path = REPO_ROOT / ".cache" / "ner" / f"ner-plain-{analysis_fingerprint()[:16]}.crfsuite"
    if not path.exists():
        print(f"training the CRF without renamed copies into {path} ...", file=sys.stderr)
        train([corpora / name for name in TRAINING], path, settings=Settings(augment=False))
    return path


# Reports ---------------------------------------------------------------------------------


def table(title: str, results: dict[str, dict]) -> None:
    print(f"\n{title}")
    print(f"{'system':<14} {'type':<4} {'gold':>5}   exact P / R / F1     overlap P / R / F1")
    for system, result in results.items():
        for kind in (*TYPES, "ALL"):
            e, o = result[kind]["exact"], result[kind]["overlap"]
            print(
                f"{system:<14} {kind:<4} {e[3]:>5}   {e[0]:.3f} {e[1]:.3f} {e[2]:.3f}"
                f"    {o[0]:.3f} {o[1]:.3f} {o[2]:.3f}"
            )


def corpus_benchmark(corpora: Path, systems: dict[str, Tagger]) -> None:
    tests = {name: normalise(read_corpus([corpora / name]).sentences) for name in TESTS}
    tests["both test splits"] = [s for name in TESTS for s in tests[name]]
    as_annotated = {
        name: normalise(read_corpus([corpora / name], honorifics_inside=False).sentences)
        for name in TESTS
    }
    predictions = {
        name: {system: tag([s.words for s in tests[name]]) for system, tag in systems.items()}
        for name in TESTS
    }
    for name in (*TESTS, "both test splits"):
        parts = TESTS if name == "both test splits" else (name,)
        gold = [_spans(s.tags) for part in parts for s in tests[part]]
        results = {
            system: score(gold, [_spans(t) for part in parts for t in predictions[part][system]])
            for system in systems
        }
        table(f"{name}: {len(gold)} sentences (HELD-OUT test split)", results)
    for name in TESTS:
        gold = [_spans(s.tags) for s in as_annotated[name]]
        shipped = "CRF+aug+prop"
        result = score(gold, [_spans(t) for t in predictions[name][shipped]])
        table(f"{name}, gold as annotated (corpus convention; HELD-OUT)", {shipped: result})


def _spans(tags: Sequence[str]) -> set[tuple[str, int, int]]:
    return set(spans(tags))


def dev_articles(annotations: Path) -> list[str]:
    rows = read_sets()
    return [
        r["article"]
        for r in rows
        if r["split"] == "dev" and (annotations / f"{r['article']}.mentions.tsv").exists()
    ]


def read_sets() -> list[dict[str, str]]:
    with (HERE / "articles" / "sets.tsv").open(encoding="utf-8") as handle:
        lines = [line for line in handle if not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


def article_benchmark(annotations: Path, models: dict[str, tuple[Path | None, bool]]) -> None:
    from khabar.cleaning import clean
    from khabar.ner.entities import recognise
    from khabar.segment import segment

    articles = dev_articles(annotations)
    if not articles:
        print(f"\nno dev article annotations in {annotations}: news figures skipped")
        return
    sys.path.insert(0, str(HERE / "articles"))
    from corpus import article_text  # benchmarks/articles/corpus.py

    gold_all, gold_names = [], []
    predicted: dict[str, list[set]] = {name: [] for name in models}
    for article in articles:
        text = article_text(article)
        with (annotations / f"{article}.mentions.tsv").open(encoding="utf-8") as handle:
            rows = list(
                csv.DictReader((x for x in handle if not x.startswith("#")), delimiter="\t")
            )
        rows = [r for r in rows if r["type"] in TYPES]
        gold_all.append({(r["type"], int(r["start"]), int(r["end"])) for r in rows})
        gold_names.append(
            {(r["type"], int(r["start"]), int(r["end"])) for r in rows if r["kind"] == "name"}
        )
        document = segment(clean(text))
        for name, (model, propagation) in models.items():
            if model is None:
                predicted[name].append(_lexicon_article(document))
                continue
            found = recognise(document, model=model, propagation=propagation)
            predicted[name].append({(e.type, e.raw_start, e.raw_end) for e in found})
    title = f"{len(articles)} dev news articles ({', '.join(articles)}); IN-SAMPLE"
    table(f"{title}: name mentions", {n: score(gold_names, p) for n, p in predicted.items()})
    table(
        f"{title}: all mentions (roles, pronouns too)",
        {n: score(gold_all, p) for n, p in predicted.items()},
    )


def _lexicon_article(document) -> set[tuple[str, int, int]]:
    found = set()
    for sentence in document.sentences:
        tokens = document.sentence_tokens(sentence)
        for kind, first, end in spans(lexicon_tags([t.text for t in tokens])):
            found.add((kind, tokens[first].raw_start, tokens[end - 1].raw_end))
    return found


def timing() -> None:
    from khabar.cleaning import clean
    from khabar.ner.entities import recognise
    from khabar.segment import segment

    paths = sorted((SHARED / "articles").glob("fars_*_*.txt"))
    if not paths:
        return
    documents = [segment(clean(p.read_text(encoding="utf-8"))) for p in paths]
    from khabar.ner.features import word_features

    word_features.cache_clear()
    start = time.perf_counter()
    for document in documents:
        recognise(document)
    cold = time.perf_counter() - start
    start = time.perf_counter()
    for document in documents:
        recognise(document)
    warm = time.perf_counter() - start
    tokens = sum(len(d.tokens) for d in documents)
    print(
        f"\nspeed: {len(documents)} dev articles, {tokens / len(documents):.0f} tokens each: "
        f"{1000 * cold / len(documents):.1f} ms per article with an empty word-feature cache, "
        f"{1000 * warm / len(documents):.1f} ms warm"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpora", type=Path, default=SHARED / "corpora" / "ner")
    parser.add_argument("--annotations", type=Path, default=HERE / "articles" / "annotations")
    args = parser.parse_args()
    if not all((args.corpora / name).exists() for name in (*TRAINING, *TESTS)):
        sys.exit(f"the corpora are not in {args.corpora}")
    plain = plain_model(args.corpora)
    systems = {
        "lexicon only": lexicon_tagger,
        "CRF": crf_tagger(plain, propagation=False),
        "CRF+prop": crf_tagger(plain, propagation=True),
        "CRF+aug": crf_tagger(SHIPPED_MODEL, propagation=False),
        "CRF+aug+prop": crf_tagger(SHIPPED_MODEL, propagation=True),
    }
    corpus_benchmark(args.corpora, systems)
    article_benchmark(
        args.annotations,
        {
            "lexicon only": (None, False),
            "CRF": (plain, False),
            "CRF+prop": (plain, True),
            "CRF+aug": (SHIPPED_MODEL, False),
            "CRF+aug+prop": (SHIPPED_MODEL, True),
        },
    )
    timing()


if __name__ == "__main__":
    main()
