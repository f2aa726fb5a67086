"""Segmentation with hazm: one tokenizer instance for the whole process."""

from __future__ import annotations

from functools import cache

from hazm import WordTokenizer


@cache
def word_tokenizer() -> WordTokenizer:
    """hazm's word tokenizer, built once (building it takes most of a second)."""
    return WordTokenizer(join_verb_parts=False, replace_numbers=False, replace_ids=False,
                         replace_emails=False, replace_links=False, replace_hashtags=False)


def words(text: str) -> list[str]:
    """The word tokens of *text* (punctuation dropped)."""
    return [token for token in word_tokenizer().tokenize(text) if any(c.isalnum() for c in token)]
