"""Shared fixtures: the seed article and paths."""

from __future__ import annotations

from pathlib import Path

import pytest

from khabar import clean, read_text
from khabar.lexicon import REPO_ROOT

ARTICLE = REPO_ROOT / "data" / "raw" / "000_3573e85439a7b76f.txt"
FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="session")
def article_raw() -> str:
    return read_text(ARTICLE)


@pytest.fixture(scope="session")
def article_cleaned(article_raw):
    return clean(article_raw)


@pytest.fixture(scope="session")
def seed_analysis():
    from khabar import analyze

    return analyze(ARTICLE)


SECOND_ARTICLE = FIXTURES / "articles" / "mashhad_iraq_tourism.txt"
