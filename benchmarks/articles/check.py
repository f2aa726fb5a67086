"""Check an article's annotation files against GUIDELINES.md's formats.

    python benchmarks/articles/check.py ARTICLE [ARTICLE ...]   (or --all)

Prints one line per problem and exits 1 if there is any.
"""

from __future__ import annotations

import csv
import sys
from itertools import pairwise
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import HERE, article_text

ANNOTATIONS = HERE / "annotations"
MENTION_FIELDS = ["mention", "start", "end", "text", "type", "kind", "entity", "note"]
CLAIM_FIELDS = [
    "claim",
    "speaker",
    "speaker_start",
    "speaker_end",
    "cue_start",
    "cue_end",
    "content_start",
    "content_end",
    "mode",
    "addressee",
    "note",
]
TYPES = {"PER", "ORG", "LOC"}
KINDS = {"name", "role", "pronoun", "nominal", "demonstrative"}
MODES = {"direct", "indirect"}


def read_rows(path: Path, fields: list[str]) -> list[dict[str, str]]:
    lines = [
        line for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("#")
    ]
    reader = csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    if reader.fieldnames is None or [f for f in reader.fieldnames if f] != fields:
        raise ValueError(f"{path.name}: header must be {fields}, is {reader.fieldnames}")
    return [{k: (v or "").strip() for k, v in row.items() if k} for row in reader]


def check(article: str) -> list[str]:
    text = article_text(article)
    problems = []
    mentions = read_rows(ANNOTATIONS / f"{article}.mentions.tsv", MENTION_FIELDS)
    claims = read_rows(ANNOTATIONS / f"{article}.claims.tsv", CLAIM_FIELDS)
    spans, entities = {}, {}
    for row in mentions:
        where = f"{article} {row['mention']}"
        start, end = int(row["start"]), int(row["end"])
        if text[start:end] != row["text"]:
            problems.append(
                f"{where}: text at [{start},{end}) is {text[start:end]!r}, not {row['text']!r}"
            )
        if row["text"] != row["text"].strip() or not row["text"]:
            problems.append(f"{where}: span has outer whitespace or is empty")
        if row["type"] not in TYPES:
            problems.append(f"{where}: type {row['type']!r}")
        if row["kind"] not in KINDS:
            problems.append(f"{where}: kind {row['kind']!r}")
        if entities.setdefault(row["entity"], row["type"]) != row["type"]:
            problems.append(f"{where}: entity {row['entity']} mixes types")
        spans[(start, end)] = row["entity"]
    ordered = sorted(spans)
    for (a, b), (c, d) in pairwise(ordered):
        if c < b:
            problems.append(f"{article}: mentions [{a},{b}) and [{c},{d}) overlap")
    for row in claims:
        where = f"{article} {row['claim']}"
        if row["mode"] not in MODES:
            problems.append(f"{where}: mode {row['mode']!r}")
        if row["speaker"] != "-" and row["speaker"] not in entities:
            problems.append(f"{where}: speaker {row['speaker']!r} is no entity of the mentions")
        if row["speaker_start"]:
            span = (int(row["speaker_start"]), int(row["speaker_end"]))
            if spans.get(span) != row["speaker"]:
                problems.append(
                    f"{where}: speaker span {span} is not a mention of {row['speaker']}"
                )
        if row["addressee"] and row["addressee"] not in entities:
            problems.append(f"{where}: addressee {row['addressee']!r} is no entity")
        for name in ("cue", "content"):
            start, end = int(row[f"{name}_start"]), int(row[f"{name}_end"])
            if not 0 <= start < end <= len(text) or text[start:end] != text[start:end].strip():
                problems.append(
                    f"{where}: {name} span [{start},{end}) is empty or has outer spaces"
                )
    return problems


def annotated() -> list[str]:
    return sorted(p.name.removesuffix(".mentions.tsv") for p in ANNOTATIONS.glob("*.mentions.tsv"))


if __name__ == "__main__":
    names = annotated() if sys.argv[1:] == ["--all"] else sys.argv[1:]
    found = [problem for name in names for problem in check(name)]
    print("\n".join(found) or f"ok: {len(names)} article(s)")
    sys.exit(1 if found else 0)
