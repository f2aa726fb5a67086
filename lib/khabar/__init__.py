"""khabar: analysing Persian news articles with offsets back to the raw text.

Public API: :func:`analyze` (every stage on an article file) and :func:`analyze_text`,
:func:`read_text` (decode an article file), :func:`clean` (cleaned text with its offset map
and change log) and :func:`clean_text` (just the text).

The names are imported on first use (PEP 562), so ``import khabar`` and the command line
start without loading hazm and the lexicons until an analysis needs them.
"""

from __future__ import annotations

from importlib import import_module

_EXPORTS = {
    "Analysis": "khabar.analysis",
    "analyze": "khabar.analysis",
    "analyze_text": "khabar.analysis",
    "Change": "khabar.cleaning",
    "Cleaned": "khabar.cleaning",
    "clean": "khabar.cleaning",
    "clean_text": "khabar.cleaning",
    "decode_bytes": "khabar.io",
    "read_text": "khabar.io",
}
__all__ = sorted(_EXPORTS)
__version__ = "0.1.0"


def __getattr__(name: str) -> object:
    if name in _EXPORTS:
        value = getattr(import_module(_EXPORTS[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'khabar' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted([*globals(), *_EXPORTS])
