"""Training the recogniser: corpora in, a CRFsuite model file out, deterministically.

``khabar train-ner CORPUS... --out MODEL`` (``make ner-model`` for the shipped model) reads the
corpora (:mod:`khabar.ner.corpora`), writes them as khabar's cleaner and tokenizer would
(:func:`khabar.ner.corpora.normalise`), adds renamed copies (:mod:`khabar.ner.augment`; a
foreign name is renamed by another foreign name of the training data), and trains a
linear-chain CRF with python-crfsuite (L-BFGS with L1 and L2 penalties). Nothing is random but
the seeded renaming, and CRFsuite's training is deterministic, so the same corpora, code and
data give the same model bytes (a test trains twice and compares). Beside the model,
``MODEL.json`` records what it was trained on (file names, sha256, sentence counts) and how.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

import pycrfsuite

from khabar.ner.augment import SEED, augmented
from khabar.ner.consistency import consistent
from khabar.ner.corpora import Sentence, normalise, read_corpus
from khabar.ner.features import sentence_features


@dataclass(frozen=True, slots=True)
class Settings:
    """CRFsuite's L-BFGS settings and how the training sentences are prepared, chosen by
    cross-validation on the training corpora (``benchmarks/ner_wiki_cv.py``)."""

    c1: float = 0.05
    c2: float = 0.01
    max_iterations: int = 100
    augment: bool = True
    seed: int = SEED
    foreign_names: bool = True  # renamed copies keep each name word's kind (augment.py)
    drop_untagged: bool = False  # no sentence that leaves a person untagged (consistency.py)


def prepared(sentences: Sequence[Sentence], *, settings: Settings = Settings()) -> list[Sentence]:
    """The normalised sentences a model is trained on: without those that leave a person
    untagged (with ``settings.drop_untagged``), then their renamed copies (``augment``)."""
    kept = consistent(sentences) if settings.drop_untagged else list(sentences)
    if settings.augment:
        kept = augmented(kept, seed=settings.seed, foreign=settings.foreign_names)
    return kept


def training_sentences(
    paths: Sequence[str | Path], *, settings: Settings = Settings()
) -> tuple[list[Sentence], dict]:
    """The normalised (and, with ``settings.augment``, renamed-copy) sentences of *paths*,
    and a summary of what was read."""
    corpus = read_corpus(paths)
    sentences = prepared(normalise(corpus.sentences), settings=settings)
    summary = {
        "corpora": [
            {"file": Path(p).name, "sha256": hashlib.sha256(Path(p).read_bytes()).hexdigest()}
            for p in paths
        ],
        "sentences_read": len(corpus.sentences),
        "sentences_trained": len(sentences),
        "types_dropped": dict(sorted(corpus.dropped.items())),
    }
    return sentences, summary


def train_sentences(
    sentences: Sequence[Sentence], out: str | Path, *, settings: Settings = Settings()
) -> Path:
    """Train a CRF on *sentences* and write it to *out* (atomically)."""
    if not sentences:
        from khabar.ner.corpora import NerCorpusError

        raise NerCorpusError("no sentences to train on")
    trainer = pycrfsuite.Trainer(verbose=False)
    for sentence in sentences:
        trainer.append(sentence_features(sentence.words), list(sentence.tags))
    trainer.set_params(
        {
            "c1": settings.c1,
            "c2": settings.c2,
            "max_iterations": settings.max_iterations,
            "feature.possible_transitions": True,
        }
    )
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=out.parent) as folder:
        temporary = Path(folder) / out.name
        trainer.train(str(temporary))
        os.replace(temporary, out)
    return out


def train(paths: Sequence[str | Path], out: str | Path, *, settings: Settings = Settings()) -> dict:
    """Train on the corpora *paths*, write the model to *out* and its record to ``out.json``;
    returns the record."""
    sentences, summary = training_sentences(paths, settings=settings)
    model = train_sentences(sentences, out, settings=settings)
    record = {
        **summary,
        "settings": asdict(settings),
        "model_sha256": hashlib.sha256(model.read_bytes()).hexdigest(),
        "trained_with": "khabar train-ner (khabar.ner.train)",
    }
    Path(f"{model}.json").write_text(
        json.dumps(record, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    return record
