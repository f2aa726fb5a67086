"""Sentences in Persian and English, side by side, filled in from data (no pipeline imported).

The sentences live in ``data/narrative/*.tsv`` (``key``, ``fa``, ``en``): the article
notebooks' in ``sentences.tsv`` (:mod:`khabar.narrative`), the corpus notebooks' in
``corpus.tsv`` (:mod:`khabar.corpus_narrative`). Fields are HTML-escaped as they are filled
in: names and quoted words are untrusted input.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Sequence
from functools import cache

from IPython.display import HTML

from khabar.paths import DATA_DIR, read_table


@cache
def sentences() -> dict[str, dict[str, str]]:
    """Every sentence of ``data/narrative/*.tsv`` by key (a key is defined once)."""
    found: dict[str, dict[str, str]] = {}
    for path in sorted((DATA_DIR / "narrative").glob("*.tsv")):
        for row in read_table("narrative", path.name):
            if row["key"] in found:
                raise ValueError(f"narrative sentence {row['key']!r} defined twice")
            found[row["key"]] = row
    return found


class Text:
    """A Persian and an English string, built side by side."""

    def __init__(self, fa: str = "", en: str = "") -> None:
        self.fa, self.en = fa, en

    @classmethod
    def say(cls, key: str, **fields: object) -> Text:
        """The sentence *key*, with *fields* (a :class:`Text` fills each language with its
        own string; anything else is the same in both) escaped and filled in."""
        row = sentences()[key]
        fa = {k: v.fa if isinstance(v, Text) else html.escape(str(v)) for k, v in fields.items()}
        en = {k: v.en if isinstance(v, Text) else html.escape(str(v)) for k, v in fields.items()}
        return cls(row["fa"].format(**fa), _counted(row["en"], en).format(**en))

    @classmethod
    def name(cls, fa: str, en: str = "") -> Text:
        """An escaped name: *en* in English, or the Persian where there is no English."""
        return cls(html.escape(fa), html.escape(en or fa))

    def __add__(self, other: Text) -> Text:
        return Text(
            " ".join(filter(None, (self.fa, other.fa))), " ".join(filter(None, (self.en, other.en)))
        )


# «{places:place/places}» in an English sentence: the number, then the word that agrees with
# it (1 place, 2 places).
_COUNTED = re.compile(r"\{(\w+):([^{}/]+)/([^{}]+)\}")


def _counted(template: str, fields: dict[str, str]) -> str:
    """*template* with each «{n:one/many}» written out for its number (the rest untouched)."""

    def agree(match: re.Match) -> str:
        value = fields[match[1]]
        written = f"{value} {match[2] if value == '1' else match[3]}"
        return written.replace("{", "{{").replace("}", "}}")

    return _COUNTED.sub(agree, template)


def join(items: Sequence[Text]) -> Text:
    """«a، b و c» / "a, b and c"."""
    if len(items) <= 1:
        return items[0] if items else Text()
    return Text(
        "، ".join(i.fa for i in items[:-1]) + " و " + items[-1].fa,
        ", ".join(i.en for i in items[:-1]) + " and " + items[-1].en,
    )


def render(paragraphs: Iterable[Text]) -> HTML:
    """Persian paragraphs right to left, then the English ones."""
    paragraphs = [p for p in paragraphs if p.fa or p.en]
    persian = "".join(f"<p>{p.fa}</p>" for p in paragraphs)
    english = "".join(f"<p>{p.en}</p>" for p in paragraphs)
    return HTML(f'<div dir="rtl" lang="fa" style="text-align: right">{persian}</div>{english}')
