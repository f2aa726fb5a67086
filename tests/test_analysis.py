"""One article's analysis: the cyclic garbage collector is paused while it runs, safely."""

import gc

import pytest

from conftest import SECOND_ARTICLE
from khabar import analyze_text
from khabar.analysis import _cyclic_gc_paused


def test_an_analysis_leaves_no_reference_cycles(article_raw):
    # Pausing the collector is safe only because reference counting frees a whole analysis.
    # A first run loads what loads once (lexicons, compiled patterns): only repeat runs count.
    texts = (article_raw, SECOND_ARTICLE.read_text(encoding="utf-8"))
    for raw in texts:
        analyze_text(raw).to_dict()
    gc.collect()
    gc.disable()
    try:
        for raw in texts:
            analyze_text(raw).to_dict()
        assert gc.collect() == 0
    finally:
        gc.enable()


def test_the_collector_is_enabled_again_after_an_analysis_and_its_json_shape(article_raw):
    assert gc.isenabled()
    analysis = analyze_text(article_raw)
    assert gc.isenabled()
    assert analysis.to_dict()["claims"]
    assert gc.isenabled()


def test_the_collector_is_restored_after_an_error_and_left_off_if_it_was_off():
    with pytest.raises(RuntimeError), _cyclic_gc_paused():
        assert not gc.isenabled()
        raise RuntimeError("a stage failed")
    assert gc.isenabled()
    gc.disable()
    try:
        with _cyclic_gc_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_the_lexicons_are_out_of_the_collectors_reach_after_a_first_analysis(article_raw):
    # The lexicons live as long as the process: no full collection should walk them again.
    analyze_text(article_raw)
    assert gc.get_freeze_count() > 50_000
