"""A trained model's weights, read once, for tagging without CRFsuite's per-string lookups.

CRFsuite scores a token by looking up each of its ~40 feature strings in the model's
dictionary, every time the token is tagged. A token's features depend only on its word form
and on the word forms around it (:mod:`khabar.ner.features`), so khabar sums the weights once
per word form (:mod:`khabar.ner.decode`) and needs the weights themselves: the attribute and
label names from CRFsuite's own dump of the model, the weights (exact doubles) from the
model file's feature chunk (CRFsuite's ``crf1dm`` layout: a 48-byte header, then ``FEAT``,
its size and count, and per feature its type, source, destination and weight, little-endian).
Read once per model file version and kept in khabar's build cache (about 0.4 s to read,
0.02 s to load).
"""

from __future__ import annotations

import hashlib
import struct
import tempfile
from pathlib import Path
from typing import NamedTuple

import numpy as np
import pycrfsuite

from khabar.errors import KhabarError

_HEADER = struct.Struct("<4sI4sIIIIIIIII")
_FEATURE = np.dtype([("type", "<u4"), ("source", "<u4"), ("target", "<u4"), ("weight", "<f8")])
_STATE, _TRANSITION = 0, 1


class ModelWeightsError(KhabarError):
    """A model file whose weights cannot be read as CRFsuite's first-order CRF."""


class Weights(NamedTuple):
    """A linear-chain CRF: ``state[attribute, label]`` and ``transition[from, to]``."""

    labels: tuple[str, ...]
    attributes: dict[str, int]
    state: np.ndarray
    transition: np.ndarray


def model_weights(path: str | Path) -> Weights:
    """The weights of the CRFsuite model at *path*, from khabar's build cache when it holds
    them (keyed by the file's sha256)."""
    from khabar.cache import built

    path = Path(path)
    digest = hashlib.sha256(path.read_bytes()).hexdigest()[:16]
    return built(f"ner-weights-{digest}", lambda: read_weights(path))


def read_weights(path: str | Path) -> Weights:
    """The weights of the CRFsuite model at *path*, read from the file."""
    path = Path(path)
    data = path.read_bytes()
    if len(data) < _HEADER.size + 12:
        raise ModelWeightsError(f"{path}: too short for a CRFsuite model")
    magic, _size, kind, _version, _, n_labels, n_attributes, offset, *_ = _HEADER.unpack_from(data)
    if magic != b"lCRF" or kind != b"FOMC":
        raise ModelWeightsError(f"{path}: not a CRFsuite first-order CRF model")
    chunk, _, count = struct.unpack_from("<4sII", data, offset)
    if chunk != b"FEAT":
        raise ModelWeightsError(f"{path}: no feature chunk where the header says")
    features = np.frombuffer(data, dtype=_FEATURE, count=count, offset=offset + 12)
    labels, attributes = _names(path)
    if len(labels) != n_labels or len(attributes) != n_attributes:
        raise ModelWeightsError(f"{path}: the dump and the header disagree")
    state = np.zeros((n_attributes, n_labels))
    transition = np.zeros((n_labels, n_labels))
    for kind_, table in ((_STATE, state), (_TRANSITION, transition)):
        chosen = features[features["type"] == kind_]
        np.add.at(table, (chosen["source"], chosen["target"]), chosen["weight"])
    return Weights(labels, attributes, state, transition)


def _names(path: Path) -> tuple[tuple[str, ...], dict[str, int]]:
    """Label names by id and attribute ids by name, from CRFsuite's dump of the model."""
    tagger = pycrfsuite.Tagger()
    tagger.open(str(path))
    with tempfile.TemporaryDirectory() as folder:
        dump = Path(folder) / "dump.txt"
        tagger.dump(str(dump))
        text = dump.read_text(encoding="utf-8")
    tagger.close()
    sections: dict[str, dict[int, str]] = {}
    current: dict[int, str] | None = None
    for line in text.split("\n"):
        if current is None and line.endswith(" = {"):
            current = sections.setdefault(line[:-4], {})
        elif line == "}":
            current = None
        elif current is not None and ": " in line:
            number, name = line.split(": ", 1)
            if number.strip().isdigit():
                current[int(number)] = name
    labels = sections.get("LABELS", {})
    attributes = sections.get("ATTRIBUTES", {})
    return (
        tuple(labels[i] for i in range(len(labels))),
        {name: i for i, name in attributes.items()},
    )
