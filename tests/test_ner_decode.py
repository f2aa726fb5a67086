"""Tagging without CRFsuite's tagger: the weights read from a model file, scores summed per
word form, CRFsuite's chain routines (or numpy's) give CRFsuite's tags and marginals."""

from __future__ import annotations

import numpy as np
import pycrfsuite
import pytest

from khabar import clean
from khabar.lexicon import REPO_ROOT
from khabar.ner.chain import chain, reference_marginals, reference_path
from khabar.ner.decode import Decoder
from khabar.ner.features import sentence_features
from khabar.ner.model import SHIPPED_MODEL, recogniser
from khabar.ner.weights import ModelWeightsError, model_weights, read_weights
from khabar.segment import segment

SEED = REPO_ROOT / "data" / "raw" / "000_3573e85439a7b76f.txt"


@pytest.fixture(scope="module")
def seed_sentences() -> list[list[str]]:
    document = segment(clean(SEED.read_text(encoding="utf-8")))
    return [[t.text for t in document.sentence_tokens(s)] for s in document.sentences]


def crfsuite_tags(model, sentences):
    tagger = pycrfsuite.Tagger()
    tagger.open(str(model))
    found = []
    for words in sentences:
        tagger.set(sentence_features(words))
        tags = tagger.tag()
        found.append((tags, [tagger.marginal(t, i) for i, t in enumerate(tags)]))
    return found


def assert_same(found, expected):
    assert len(found) == len(expected)
    for (tags, marginals), (want_tags, want_marginals) in zip(found, expected, strict=True):
        assert tags == want_tags
        np.testing.assert_allclose(marginals, want_marginals, rtol=0, atol=1e-9)


@pytest.mark.parametrize("compiled", [True, False], ids=["crfsuite-chain", "numpy"])
def test_decoder_gives_crfsuites_tags_and_marginals_on_the_seed(seed_sentences, compiled):
    decoder = Decoder(model_weights(SHIPPED_MODEL), compiled=compiled)
    expected = crfsuite_tags(SHIPPED_MODEL, seed_sentences)
    assert any(tag != "O" for tags, _ in expected for tag in tags)
    assert_same(decoder.tag(seed_sentences), expected)
    assert_same(decoder.tag(seed_sentences), expected)  # again, every word form known
    assert_same([decoder.tag([s])[0] for s in seed_sentences], expected)  # one at a time


@pytest.mark.parametrize("compiled", [True, False], ids=["crfsuite-chain", "numpy"])
def test_decoder_entities_are_the_spans_of_the_best_tags(seed_sentences, compiled):
    decoder = Decoder(model_weights(SHIPPED_MODEL), compiled=compiled)
    from khabar.ner.corpora import spans

    for words, found, (tags, marginals) in zip(
        seed_sentences,
        decoder.entities(seed_sentences),
        crfsuite_tags(SHIPPED_MODEL, seed_sentences),
        strict=True,
    ):
        assert [(kind, first, end) for kind, first, end, _ in found] == spans(tags), words
        for _, first, end, probability in found:
            assert probability == pytest.approx(min(marginals[first:end]), abs=1e-9)


def test_many_new_words_grow_the_table_and_empty_sentences_stay_empty():
    decoder = Decoder(model_weights(SHIPPED_MODEL))
    # 1,500 word forms never seen (beyond the table's first size), some repeated at once.
    made_up = [f"وا{n}ژه" for n in range(1500)]
    sentences = [["آقای", w, "و", w, "در", "تهران", "گفت"] for w in made_up[:300]]
    sentences += [made_up[n : n + 20] for n in range(300, 1500, 20)]
    sentences.insert(5, [])
    found = decoder.tag(sentences)
    assert found[5] == ([], [])
    assert_same(found[:5] + found[6:], crfsuite_tags(SHIPPED_MODEL, sentences[:5] + sentences[6:]))
    assert decoder.tag([]) == [] and decoder.entities([[]]) == [[]]


def test_crfsuites_chain_routines_are_found_and_agree_with_numpy():
    transition = model_weights(SHIPPED_MODEL).transition
    made = chain(transition)
    assert made is not None, "python-crfsuite's chain routines were not usable"
    scores = np.cos(np.arange(300 * 7)).reshape(300, 7) * 4  # longer than its first buffers
    assert np.array_equal(made.viterbi(scores), reference_path(scores, transition))
    np.testing.assert_allclose(made.marginals(), reference_marginals(scores, transition))


def test_weights_read_from_the_file_are_those_crfsuite_dumps():
    weights = read_weights(SHIPPED_MODEL)
    tagger = pycrfsuite.Tagger()
    tagger.open(str(SHIPPED_MODEL))
    info = tagger.info()
    assert set(weights.labels) == set(info.labels)
    label = {name: i for i, name in enumerate(weights.labels)}
    for (source, target), weight in info.transitions.items():
        assert weights.transition[label[source], label[target]] == pytest.approx(weight, abs=1e-6)
    for (attribute, target), weight in list(info.state_features.items())[::97]:
        row = weights.attributes[attribute]
        assert weights.state[row, label[target]] == pytest.approx(weight, abs=1e-6)
    assert len(weights.attributes) == int(info.header["num_attrs"])


def test_a_file_that_is_no_model_is_one_clear_error(tmp_path):
    broken = tmp_path / "broken.crfsuite"
    broken.write_bytes(b"lCRF" + b"\0" * 60)
    with pytest.raises(ModelWeightsError, match="not a CRFsuite first-order CRF"):
        read_weights(broken)
    broken.write_bytes(b"lCRF")
    with pytest.raises(ModelWeightsError, match="too short"):
        read_weights(broken)


def test_the_recogniser_tags_with_the_decoder(seed_sentences):
    expected = crfsuite_tags(SHIPPED_MODEL, seed_sentences)
    assert_same(recogniser().tag_sentences(seed_sentences), expected)


def test_chain_paths_and_their_marginals_are_those_of_the_arrays():
    transition = model_weights(SHIPPED_MODEL).transition
    made = chain(transition)
    assert made is not None
    scores = np.sin(np.arange(25 * 7)).reshape(25, 7) * 3
    path = made.path(scores)
    assert path == made.viterbi(scores).tolist()
    marginals = made.marginals()
    assert made.path_marginals(path) == marginals[np.arange(25), path].tolist()


def test_entities_read_from_label_ids_are_those_of_the_bio_tags():
    from khabar.ner.corpora import spans

    decoder = recogniser()._decoder
    ids = {label: i for i, label in enumerate(decoder.labels)}
    for tags in (
        ["B-PER", "I-PER", "O", "I-LOC", "I-LOC", "B-ORG", "B-ORG", "I-PER"],
        ["O", "O", "B-LOC"],
        ["I-ORG", "O", "B-PER", "I-PER", "I-PER"],
        [],
    ):
        assert decoder._spans([ids[t] for t in tags]) == spans(tags)
