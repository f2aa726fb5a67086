"""A document's text printed after its announcement: «متن این بیانیه به شرح زیر است:».

The announcing sentence names a document (a document noun of ``sources.tsv``) and ends with
a phrase of ``document_text.tsv`` and a colon. The paragraphs after it are the document's
text, each sentence its issuer's direct claim, until a paragraph opens in the outlet's own
voice (a phrase of that file, or a reporting formula: «به گزارش», «گفتنی است»). A sentence in
vocalised Arabic there (a verse of the Quran, the basmala) is a quotation of scripture, not
the issuer's claim.
"""

from __future__ import annotations

from functools import cache

from khabar.actors.lexicons import DEMONSTRATIVES
from khabar.claims.cues import document_nouns
from khabar.lexicon import ZWNJ, read_table


@cache
def _forms(role: str) -> tuple[str, ...]:
    """The forms of *role* in ``document_text.tsv``."""
    rows = read_table("lexicons", "claims", "document_text.tsv")
    return tuple(row["form"] for row in rows if row["role"] == role)


@cache
def _phrases(role: str) -> tuple[tuple[str, ...], ...]:
    """The phrases of *role* as token tuples, a ZWNJ also as a space, longest first; the
    outlet's reporting formulas (formulas.tsv) resume its voice too."""
    forms = list(_forms(role))
    if role == "resumes":
        forms += [row["form"] for row in read_table("lexicons", "claims", "formulas.tsv")]
    found = {tuple(form.split()) for form in forms}
    found |= {tuple(form.replace(ZWNJ, " ").split()) for form in forms}
    return tuple(sorted(found, key=len, reverse=True))


@cache
def text_words() -> frozenset[str]:
    """The words that say a document's text is meant, whatever the document (متن, the text of)."""
    return frozenset(_forms("text"))


@cache
def _document_words() -> frozenset[str]:
    """The words that name a document: sources.tsv's document nouns, and «متن» (the text of)."""
    return document_nouns() | text_words()


def announced(words: list[str]) -> tuple[int, int] | None:
    """Where a sentence announcing a document's text names the document and where its
    closing phrase begins (token indices), or ``None``: the sentence ends with a phrase of
    role *follows* and a colon, and a document noun (or «متن», the text of) comes before the
    phrase."""
    end = len(words)
    if end < 2 or words[-1] != ":":
        return None
    for phrase in _phrases("follows"):
        at = end - 1 - len(phrase)
        if at > 0 and tuple(words[at : end - 1]) == phrase:
            nouns = _document_words()
            noun = next((k for k in range(at - 1, -1, -1) if words[k] in nouns), None)
            return None if noun is None else (noun, at)
    return None


def points_back(words: list[str], noun: int) -> bool:
    """Whether the document is one named before («متن این بیانیه»)."""
    return noun > 0 and words[noun - 1] in DEMONSTRATIVES


def resumes(words: list[str]) -> bool:
    """Whether a paragraph opening with *words* is the outlet's own voice again."""
    return any(tuple(words[: len(phrase)]) == phrase for phrase in _phrases("resumes"))
