"""Project-made English translations of articles, kept as data in ``data/translations/``.

An article's translation is found by the sha256 of its raw text (a ``# sha256:`` line in each
file), so it follows the text, not the file name. Per article, all optional:

- ``<stem>.en.tsv``: one row per paragraph (paragraph, raw_start, raw_end, en);
- ``<stem>.names.tsv``: English spellings of the people named (name, name_en);
- ``<stem>.summary.en.md``: a short English summary.

Articles without a translation get ``None``; tables and figures then fall back to khabar's
own romanisation and leave English glosses empty.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from khabar.paths import data_path, tsv_rows

_SHA_LINE = re.compile(r"^# sha256: ([0-9a-f]{64})\s*$", re.MULTILINE)


@dataclass(frozen=True, slots=True)
class ParagraphGloss:
    paragraph: int
    raw_start: int
    raw_end: int
    en: str


@dataclass(frozen=True, slots=True)
class Translation:
    """An article's English paragraphs, name spellings and summary."""

    sha256: str
    paragraphs: tuple[ParagraphGloss, ...]
    names: dict[str, str]
    summary: str

    def gloss(self, raw_start: int, raw_end: int) -> str:
        """The English of the paragraphs that the raw span [raw_start, raw_end) touches."""
        return " ".join(
            p.en for p in self.paragraphs if p.raw_start < raw_end and raw_start < p.raw_end
        )


def find_translation(sha256: str, *, folder: Path | None = None) -> Translation | None:
    """The translation of the article whose raw text has this sha256, or ``None``."""
    return _translations(folder or _default_folder()).get(sha256)


@cache
def _default_folder() -> Path:
    return data_path("translations")


@cache
def _translations(folder: Path) -> dict[str, Translation]:
    parts: dict[str, dict[str, str]] = {}
    for path in sorted(folder.glob("*")) if folder.is_dir() else ():
        text = path.read_text(encoding="utf-8")
        kind = path.name.split(".", 1)[-1]
        match = _SHA_LINE.search(text) if kind != "summary.en.md" else None
        stem = path.name.split(".", 1)[0]
        parts.setdefault(stem, {})[kind] = text
        if match:
            parts[stem]["sha256"] = match.group(1)
    translations = {}
    for files in parts.values():
        if "sha256" in files:
            translations[files["sha256"]] = Translation(
                sha256=files["sha256"],
                paragraphs=tuple(
                    ParagraphGloss(
                        int(r["paragraph"]), int(r["raw_start"]), int(r["raw_end"]), r["en"]
                    )
                    for r in _rows(files.get("en.tsv", ""))
                ),
                names={r["name"]: r["name_en"] for r in _rows(files.get("names.tsv", ""))},
                summary=files.get("summary.en.md", "").strip(),
            )
    return translations


def _rows(text: str) -> list[dict[str, str]]:
    return tsv_rows(text.splitlines())
