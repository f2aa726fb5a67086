"""The analysis cache: one pickled analysis per article, under the raw text's sha256.

The key also holds a fingerprint of khabar's code and data and of the Python, hazm and
wordfreq versions, so a change to any of them makes every cached analysis stale (except a
change to the modules that only present an analysis: :data:`PRESENTATION_MODULES`). The folder
(``.cache/analysis/`` in the repository) is ignored by git; writes are atomic, so notebooks
running in parallel never read half a file, and a read-only checkout simply does not cache.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import re
import sys
import tempfile
from collections.abc import Callable
from functools import cache
from importlib.metadata import version
from pathlib import Path
from typing import NamedTuple

from khabar.paths import DATA_DIR, REPO_ROOT

CACHE_DIR = REPO_ROOT / ".cache" / "analysis"
BUILT_DIR = REPO_ROOT / ".cache" / "built"
_CODE_DIR = Path(__file__).resolve().parent
_DATA_DIRS = ("lexicons", "codebook", "gazetteer", "translations", "models")
_FINGERPRINT_SUFFIX = re.compile(r"[0-9a-f]{16}\.pickle")


# Modules that only present an analysis (figures, prose, notebook runners, the command line):
# changing them leaves every analysis and corpus table valid, so they are not in the
# fingerprint the caches are keyed on (a test checks that analysing and building corpus
# tables never imports them). They are in the fingerprint a figure's citation gives.
PRESENTATION_MODULES = (
    "annotated",
    "catalogue",
    "cli",
    "corpus_narrative",
    "corpus_network",
    "corpus_run",
    "corpus_stats",
    "display",
    "figures",
    "graphml",
    "labels",
    "narrative",
    "notebook_format",
    "prose",
    "reproduce",
    "__main__",
)


@cache
def code_and_data_fingerprint() -> str:
    """sha256 over khabar's source files, its data files and the versions it runs on."""
    return _fingerprint(sorted(_CODE_DIR.rglob("*.py")))


@cache
def analysis_fingerprint() -> str:
    """:func:`code_and_data_fingerprint` without the :data:`PRESENTATION_MODULES`: what the
    cached analyses, built lexicons and corpus tables depend on."""
    return _fingerprint(
        sorted(
            p
            for p in _CODE_DIR.rglob("*.py")
            if p.relative_to(_CODE_DIR).parts[0].removesuffix(".py") not in PRESENTATION_MODULES
        )
    )


def _fingerprint(files: list[Path]) -> str:
    versions = " ".join(f"{name} {version(name)}" for name in ("hazm", "wordfreq"))
    digest = hashlib.sha256(f"{sys.version_info[:2]} {versions}".encode())
    for name in _DATA_DIRS:
        files += sorted(p for p in (DATA_DIR / name).rglob("*") if p.is_file())
    for path in files:
        digest.update(path.name.encode("utf-8"))
        digest.update(path.read_bytes())
    return digest.hexdigest()


def cache_path(raw: str, *, cache_dir: Path | None = None, variant: str = "") -> Path:
    """Where the analysis of this raw text is (or would be) cached. *variant* names what else
    the analysis depended on (a named-entity model other than the shipped one, a researcher's
    codebooks: :func:`khabar.codebooks.fingerprint`)."""
    extra = f"\0{variant}".encode() if variant else b""
    key = hashlib.sha256(raw.encode("utf-8") + extra).hexdigest()
    return Path(cache_dir or CACHE_DIR) / f"{key}-{analysis_fingerprint()[:16]}.pickle"


def built[T](name: str, build: Callable[[], T]) -> T:
    """*build()*, or its pickled result from an earlier process with the same code and data.

    For the slow, pure start-up work every process repeats: parsing hazm's 193,000-word
    lexicon, building its lemmatizer's verb table and deriving the ZWNJ restorer's tables
    take about 4 s; loading them, about 0.5 s. An entry that cannot be read back as this
    entry (truncated, corrupted, written by something else) is rebuilt and overwritten.
    """
    path = BUILT_DIR / f"{name}-{analysis_fingerprint()[:16]}.pickle"
    found = load(path)
    if isinstance(found, _Built) and found.name == name:
        return found.value  # type: ignore[return-value]
    value = build()
    store(path, _Built(name, value))
    return value


class _Built(NamedTuple):
    """A built entry with its name, so that a file holding anything else is not taken for it."""

    name: str
    value: object


def load(path: Path) -> object | None:
    """The cached object, or ``None`` when absent, unreadable, corrupted or from another
    khabar. A cache only saves time, so whatever its bytes, reading it never raises: the
    caller recomputes (unpickling garbage can raise almost any exception)."""
    try:
        with path.open("rb") as handle:
            return pickle.load(handle)
    except Exception:
        return None


def store(path: Path, value: object) -> None:
    """Write atomically (a temporary file, then a rename), and remove the entry's versions
    from other code and data (``<name>-<fingerprint>.pickle``: tens of MB each for the built
    lexicons); silently skip if not writable."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, delete=False) as handle:
            pickle.dump(value, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(handle.name, path)
        name = path.name.rsplit("-", 1)[0]
        for stale in path.parent.glob(f"{name}-*.pickle"):
            # Only this entry's own versions: «lemmatizer-*» must not match «lemmatizer-x-*».
            if stale != path and _FINGERPRINT_SUFFIX.fullmatch(stale.name[len(name) + 1 :]):
                stale.unlink(missing_ok=True)
    except OSError:
        pass
