"""khabar: analysing Persian news articles with offsets back to the raw text.

Public API: :func:`read_text` (decode an article file), :func:`clean` (cleaned text with
its offset map and change log) and :func:`clean_text` (just the text).
"""

from khabar.clean import Change, Cleaned, clean, clean_text
from khabar.io import decode_bytes, read_text

__all__ = ["Change", "Cleaned", "clean", "clean_text", "decode_bytes", "read_text"]
__version__ = "0.1.0"
