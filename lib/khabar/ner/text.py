"""Words as khabar's cleaner writes them, so that lexicons, corpora and articles compare."""

from __future__ import annotations

from functools import cache


@cache
def normalised_word(word: str) -> str:
    """*word* through khabar's cleaner (ی and ک, digits, diacritics, ZWNJs), cached."""
    from khabar.cleaning import clean_text

    return clean_text(word).strip()
