"""Shared fixtures: the seed article and paths. The network is off for the whole session,
in this process and in every Python process it starts (see ``offline/sitecustomize.py``)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

OFFLINE = Path(__file__).parent / "offline"
os.environ["KHABAR_BLOCK_NETWORK"] = "1"
os.environ["PYTHONPATH"] = os.pathsep.join(
    p for p in (str(OFFLINE), os.environ.get("PYTHONPATH", "")) if p
)
sys.path.insert(0, str(OFFLINE))
import khabar_offline  # noqa: E402  (the guard, installed for this process)

khabar_offline.forbid_network()

from khabar import clean, read_text  # noqa: E402  (after the guard)
from khabar.lexicon import REPO_ROOT  # noqa: E402

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
