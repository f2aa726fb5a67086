"""Reading article files: decoding bytes to text, with clear errors.

Supported encodings, tried in this order:

1. a byte-order mark decides: UTF-8 with BOM, UTF-16 LE/BE with BOM;
2. strict UTF-8;
3. Windows-1256, the common legacy Persian encoding, accepted only when the
   result looks like text (no control characters, some Arabic-script letters).

Anything else (binary data, NUL bytes, UTF-16 without BOM, other legacy code
pages) raises :class:`~khabar.errors.UndecodableInputError` naming the source.
The BOM is not part of the decoded text, so offsets count from the first
character after it. Files are only ever opened for reading.
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from khabar.errors import (
    InputNotAFileError,
    InputNotFoundError,
    InputUnreadableError,
    UndecodableInputError,
)

_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_ARABIC_LETTER = re.compile(r"[\u0621-\u064a\u067e\u0686\u0698\u06a9\u06af\u06cc]")
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode_bytes(data: bytes, *, source: str = "<bytes>") -> str:
    """Decode an article's bytes to text, or raise UndecodableInputError naming *source*."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _decode_strict(data, encoding, source=source)
    if b"\x00" in data:
        raise UndecodableInputError(f"{source}: binary data (NUL bytes), not a text file")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = _decode_legacy_persian(data, source=source)
    if _CONTROL_CHARS.search(text):
        raise UndecodableInputError(f"{source}: binary data (control characters), not text")
    return text


def read_text(path: str | Path) -> str:
    """Read and decode an article file; raise a KhabarError subclass on any problem."""
    path = Path(path)
    if not path.exists():
        raise InputNotFoundError(f"{path}: no such file")
    if not path.is_file():
        raise InputNotAFileError(f"{path}: not a regular file")
    try:
        data = path.read_bytes()
    except OSError as error:
        raise InputUnreadableError(f"{path}: cannot be read ({error.strerror})") from None
    return decode_bytes(data, source=str(path))


def _decode_strict(data: bytes, encoding: str, *, source: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        raise UndecodableInputError(f"{source}: invalid {encoding} despite its BOM") from None


def _decode_legacy_persian(data: bytes, *, source: str) -> str:
    try:
        text = data.decode("cp1256")
    except UnicodeDecodeError:
        text = ""
    if text and not _CONTROL_CHARS.search(text) and _ARABIC_LETTER.search(text):
        return text
    raise UndecodableInputError(f"{source}: neither UTF-8, UTF-16 with BOM nor Windows-1256 text")
