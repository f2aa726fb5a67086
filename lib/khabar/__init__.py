"""khabar: analysing Persian news articles with offsets back to the raw text.

Public API: :func:`analyze` (every stage on an article file) and :func:`analyze_text`,
:func:`read_text` (decode an article file), :func:`clean` (cleaned text with its offset map
and change log) and :func:`clean_text` (just the text).
"""

from khabar.analysis import Analysis, analyze, analyze_text
from khabar.clean import Change, Cleaned, clean, clean_text
from khabar.io import decode_bytes, read_text

__all__ = [
    "Analysis",
    "Change",
    "Cleaned",
    "analyze",
    "analyze_text",
    "clean",
    "clean_text",
    "decode_bytes",
    "read_text",
]
__version__ = "0.1.0"
