"""The hand-annotated claims (benchmarks/claims/annotations.tsv), sentence by sentence."""

import csv
from collections import defaultdict

from khabar import analyze_text
from khabar.evaluation import load_claim_annotations, score_claims
from khabar.lexicon import REPO_ROOT

ANNOTATIONS = REPO_ROOT / "benchmarks" / "claims" / "annotations.tsv"


def test_claims_on_the_annotated_sentences_alone():
    texts = {}
    with ANNOTATIONS.open(encoding="utf-8") as f:
        for row in csv.DictReader(
            (ln for ln in f if not ln.startswith("#")), delimiter="\t", quoting=csv.QUOTE_NONE
        ):
            texts[(row["treebank"], int(row["line"]))] = row["text"]
    predicted = defaultdict(list)
    for key, text in texts.items():
        for claim in analyze_text(text).claims:
            predicted[key].append(
                {"speaker": claim.speaker_text, "content": claim.text, "mode": claim.mode}
            )
    result = score_claims(load_claim_annotations(ANNOTATIONS), predicted)
    assert result["F1"] >= 0.8 and result["speaker"] >= 0.85 and result["mode"] >= 0.95
