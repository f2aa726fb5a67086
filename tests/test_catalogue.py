"""How to cite: the commit of the code and data, or why none can be named; no placeholders."""

import re

from khabar import catalogue
from khabar.reproduce import DEFAULT_ARTICLE


def test_the_citation_names_the_commit_of_the_code_and_data(monkeypatch):
    monkeypatch.setattr(catalogue, "source_commit", lambda: ("a" * 40, False))
    text = catalogue.how_to_cite(DEFAULT_ARTICLE)
    assert "commit `aaaaaaaaaaaa`" in text and "uncommitted" not in text
    assert not re.search(r"<[a-z -]+>", text), "a placeholder is left in the citation"


def test_uncommitted_changes_are_flagged(monkeypatch):
    monkeypatch.setattr(catalogue, "source_commit", lambda: ("b" * 40, True))
    assert "with uncommitted changes" in catalogue.how_to_cite(DEFAULT_ARTICLE)


def test_outside_a_git_checkout_the_text_says_so(monkeypatch):
    monkeypatch.setattr(catalogue, "source_commit", lambda: None)
    text = catalogue.how_to_cite(DEFAULT_ARTICLE)
    assert "not a git checkout" in text and "fingerprint" in text


def test_this_checkout_has_a_commit():
    found = catalogue.source_commit()
    assert found is not None and re.fullmatch(r"[0-9a-f]{40}", found[0])


def test_a_caption_row_for_any_scheme_captions_each_scheme_drawn():
    from khabar.catalogue import captioned

    rows = [
        {"id": "04-keyterms", "notebook": "04", "caption_fa": "ک", "caption_en": "Keyterms"},
        {
            "id": "04-{scheme}-profile",
            "notebook": "04",
            "caption_fa": "نمایه «{scheme_fa}»",
            "caption_en": "Profile under {scheme_en}",
        },
    ]
    rows.append({"id": "04-x-profile", "notebook": "04", "caption_fa": "x", "caption_en": "X"})
    present = ["04-cap-profile", "04-keyterms", "04-my_codes-profile", "04-x-profile", "05-net"]
    by_id = captioned(rows, present)  # a figure with a row of its own is not a scheme's
    assert list(by_id) == ["04-keyterms", "04-cap-profile", "04-my_codes-profile", "04-x-profile"]
    assert by_id["04-cap-profile"]["caption_en"] == (
        "Profile under Comparative Agendas Project major topics"
    )
    assert by_id["04-my_codes-profile"]["caption_fa"] == "نمایه «my_codes»"
