"""Loading a trained recogniser and tagging with it.

Which model: the *model* argument of :func:`recogniser` (and of :func:`khabar.ner.recognise`,
:func:`khabar.analysis.analyze`), else the file named by the environment variable
``KHABAR_NER_MODEL``, else the model shipped with khabar (``data/models/ner-shared.crfsuite``,
trained on the MIT corpora only). A model is opened once per process and file version.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from stat import S_ISREG

import pycrfsuite

from khabar.errors import KhabarError
from khabar.lexicon import data_path
from khabar.ner.decode import Decoder
from khabar.ner.weights import ModelWeightsError, model_weights

MODEL_ENV = "KHABAR_NER_MODEL"
SHIPPED_MODEL = data_path("models", "ner-shared.crfsuite")


class NerModelError(KhabarError):
    """A recogniser model that is missing or not a CRFsuite model."""


def model_path(model: str | Path | None = None) -> Path:
    """The model file to use: *model*, else ``$KHABAR_NER_MODEL``, else the shipped model."""
    path = str(model or os.environ.get(MODEL_ENV) or SHIPPED_MODEL)
    # An absolute path does not depend on the working directory (asked once per article).
    return _resolved(path, "" if os.path.isabs(path) else os.getcwd())


@lru_cache(maxsize=64)
def _resolved(path: str, folder: str) -> Path:
    """*path* made absolute (asked once per article: resolving touches the file system)."""
    return Path(path).expanduser().resolve()


class Recogniser:
    """A CRF for PER, ORG and LOC over khabar's cleaned tokens (trained with CRFsuite; tagged
    by :class:`khabar.ner.decode.Decoder`, which gives CRFsuite's results faster)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        tagger = pycrfsuite.Tagger()
        try:
            tagger.open(str(path))
        except (OSError, ValueError) as error:
            raise NerModelError(f"{path}: not a CRFsuite model ({error})") from None
        self.labels = frozenset(tagger.labels())
        tagger.close()
        try:
            self._decoder = Decoder(model_weights(path))
        except ModelWeightsError as error:
            raise NerModelError(str(error)) from None

    def tag(self, words: Sequence[str]) -> tuple[list[str], list[float]]:
        """BIO tags of *words* (one sentence) and each tag's marginal probability."""
        return self._decoder.tag([list(words)])[0]

    def tag_sentences(
        self, sentences: Sequence[Sequence[str]]
    ) -> list[tuple[list[str], list[float]]]:
        """:meth:`tag` for each of *sentences* (an article's, decoded together)."""
        return self._decoder.tag(sentences)

    def entities(
        self, sentences: Sequence[Sequence[str]]
    ) -> list[list[tuple[str, int, int, float]]]:
        """Each sentence's entities: (type, first, end, least marginal of their tags)."""
        return self._decoder.entities(sentences)


def recogniser(model: str | Path | None = None) -> Recogniser:
    """The recogniser of :func:`model_path` (*model*), opened once per file version."""
    path = model_path(model)
    try:
        found = os.stat(path)  # one system call per article: the file's kind, time and size
    except FileNotFoundError:
        source = "the shipped model" if path == model_path(SHIPPED_MODEL) else "model"
        hint = " (make ner-model builds it)" if path == model_path(SHIPPED_MODEL) else ""
        raise NerModelError(f"{path}: no such {source} file{hint}") from None
    if not S_ISREG(found.st_mode):
        raise NerModelError(f"{path}: not a file")
    return _opened(str(path), found.st_mtime_ns, found.st_size)


@lru_cache(maxsize=8)
def _opened(path: str, mtime_ns: int, size: int) -> Recogniser:
    return Recogniser(Path(path))


def model_identity(model: str | Path | None = None) -> str:
    """``""`` for the shipped model (khabar's data fingerprint covers it), else the model's
    file name and the start of its sha256: what an analysis records and is cached under."""
    path = model_path(model)
    if path == model_path(SHIPPED_MODEL):
        return ""
    recogniser(path)  # a missing or broken model fails here, in one line
    stat = path.stat()
    return f"{path.name} sha256:{_sha256(str(path), stat.st_mtime_ns, stat.st_size)[:16]}"


@lru_cache(maxsize=8)
def _sha256(path: str, mtime_ns: int, size: int) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()
