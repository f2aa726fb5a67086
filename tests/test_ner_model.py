"""The recogniser: features, a tiny model trained here, determinism, tagging a document,
propagation, renaming, model selection and the train-ner command."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from khabar import clean
from khabar.ner.augment import augmented, foreign_pools, name_pools
from khabar.ner.consistency import consistent
from khabar.ner.corpora import Sentence, read_conll, spans
from khabar.ner.entities import recognise, recognise_tokens
from khabar.ner.features import (
    frequency_bucket,
    person_names,
    place_positions,
    place_runs,
    sentence_features,
    word_features,
)
from khabar.ner.model import MODEL_ENV, NerModelError, model_identity, model_path, recogniser
from khabar.ner.propagate import Span, propagate
from khabar.ner.train import Settings, train, train_sentences
from khabar.segment import segment

# Training sentences the project wrote: people after verbs of meeting and saying, places
# after در, organisations after heads. Token<TAB>tag, blank line between sentences.
TRAINING = """\
سعید\tB-PER
کرمانی\tI-PER
در\tO
تبریز\tB-LOC
گفت\tO

وزیر\tO
با\tO
مهران\tB-PER
نوروزی\tI-PER
دیدار\tO
کرد\tO

بانک\tB-ORG
مرکزی\tI-ORG
در\tO
مشهد\tB-LOC
اعلام\tO
کرد\tO

نوروزی\tB-PER
در\tO
اصفهان\tB-LOC
گفت\tO

سعید\tB-PER
کرمانی\tI-PER
با\tO
بانک\tB-ORG
مرکزی\tI-ORG
دیدار\tO
کرد\tO
"""
SETTINGS = Settings(augment=False, max_iterations=40)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("ner") / "train.txt"
    path.write_text(TRAINING, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def tiny_model(corpus, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("model") / "tiny.crfsuite"
    train([corpus], out, settings=SETTINGS)
    return out


def test_word_features_read_khabar_lexicons_and_the_name_lists():
    assert "given" in word_features("مهران").own
    assert (
        "surname" in word_features("نوروزی").own or "surname_common" in word_features("نوروزی").own
    )
    assert "honorific" in word_features("دکتر").own
    assert "title" in word_features("استاندار").own
    assert "orghead" in word_features("وزارت").own
    assert any(f.startswith("place_") for f in word_features("تبریز").own)
    assert "sh=9" in word_features("1402").own
    assert frequency_bucket("است") > frequency_bucket("کرمانی")
    assert word_features("مهران") is word_features("مهران")  # cached per word form


def test_cleaned_name_lists_hold_no_places_institutions_or_titles():
    names = person_names()
    for word in ("ایران", "تهران", "دولت", "دکتر", "وزیر"):
        assert word not in names, word
    for word in ("علی", "زهرا", "مهران"):
        assert "given" in names[word], word


def test_sentence_features_see_two_words_each_side():
    features = sentence_features(["سعید", "کرمانی", "در", "تبریز", "گفت"])
    assert len(features) == 5
    assert "-2:BOS" in features[0] and "+2:w=تبریز" in features[1]
    assert "-1:w=کرمانی" in features[2] and "gaz=B" in features[3]


def test_training_is_deterministic(corpus, tiny_model, tmp_path):
    again = tmp_path / "again.crfsuite"
    train([corpus], again, settings=SETTINGS)
    assert again.read_bytes() == tiny_model.read_bytes()
    record = (tmp_path / "again.crfsuite.json").read_text(encoding="utf-8")
    assert '"sentences_read": 5' in record and "train.txt" in record


def test_tiny_model_tags_the_names_it_was_trained_on(tiny_model):
    tags = recognise_tokens(["سعید", "کرمانی", "در", "تبریز", "گفت"], model=tiny_model)
    assert tags == ["B-PER", "I-PER", "O", "B-LOC", "O"]


def test_recognise_a_document_gives_raw_offsets(tiny_model):
    raw = "مهران نوروزی در اصفهان با بانک مرکزی دیدار کرد.\nسپس نوروزی گفت."
    entities = recognise(segment(clean(raw)), model=tiny_model)
    found = {(e.type, raw[e.raw_start : e.raw_end], e.source) for e in entities}
    assert ("PER", "مهران نوروزی", "model") in found
    assert ("LOC", "اصفهان", "model") in found
    second = raw.index("\n") + raw[raw.index("\n") :].index("نوروزی")
    assert any(e.type == "PER" and e.raw_start <= second < e.raw_end for e in entities)
    assert all(0 < e.probability <= 1 for e in entities)


def test_propagation_tags_later_surnames_with_their_honorifics():
    words = ["محمد", "کرمانی", "آمد", "و", "دکتر", "کرمانی", "گفت", "کرمانی"]
    spans_found = propagate(words, [4, 8], [Span("PER", 0, 2, 0.9, "model")])
    assert [(s.first, s.end, s.source) for s in spans_found] == [
        (0, 2, "model"),
        (4, 6, "propagated"),
        (7, 8, "propagated"),
    ]


def test_gazetteer_places_are_marked_longest_first_without_overlap():
    words = ["سفیر", "ایران", "در", "آذربایجان", "شرقی", "و", "تهران", "گفت"]
    assert place_positions(words) == ["", "B", "", "B", "I", "", "B", ""]
    # Candidates that cannot begin a place, or fall inside one, change nothing.
    assert list(place_runs(words, range(len(words)))) == [(1, 1), (3, 2), (6, 1)]
    assert list(place_runs(words, [3, 4, 6])) == [(3, 2), (6, 1)]


def test_propagation_stays_inside_the_sentences_given():
    words = ["محمد", "کرمانی", "آمد", "کرمانی", "گفت", "کرمانی"]
    found = propagate(words, [3, 5], [Span("PER", 0, 2, 0.9, "model")])
    assert [(s.first, s.end) for s in found] == [(0, 2), (3, 4)]  # the last word is past them


def test_propagation_ignores_unsure_spans_and_function_words():
    words = ["علی", "کرمانی", "گفت", "کرمانی"]
    unsure = [Span("PER", 0, 2, 0.3, "model")]
    assert propagate(words, [4], unsure) == unsure
    words = ["رضا", "از", "گفت", "از"]  # a model's mistake ending in a preposition
    wrong = [Span("PER", 0, 2, 0.9, "model")]
    assert propagate(words, [4], wrong) == wrong


def test_renamed_copies_keep_honorifics_and_are_seeded():
    sentence = Sentence(
        ("دکتر", "محمد", "کرمانی", "در", "تبریز", "گفت"),
        ("B-PER", "I-PER", "I-PER", "O", "B-LOC", "O"),
    )
    first = augmented([sentence])
    assert augmented([sentence]) == first
    original, copy = first
    assert original == sentence
    assert copy.words[0] == "دکتر" and copy.words[3:] == sentence.words[3:]
    given, surnames = name_pools()
    assert copy.words[1] in given and copy.words[2] in surnames
    assert spans(copy.tags) == [("PER", 0, 3), ("LOC", 4, 5)]


def test_foreign_copies_keep_each_name_words_kind():
    # A Persian name, a foreign one and a king with his regnal number.
    sentence = Sentence(
        ("محمد", "کرمانی", "و", "تیکو", "براهه", "و", "داریوش", "سوم", "و", "ژرژ", "پمپیدو"),
        ("B-PER", "I-PER", "O", "B-PER", "I-PER", "O", "B-PER", "I-PER", "O", "B-PER", "I-PER"),
    )
    assert foreign_pools([sentence]) == (("تیکو", "ژرژ"), ("براهه", "پمپیدو"))
    first = augmented([sentence], foreign=True)
    assert augmented([sentence], foreign=True) == first
    copy = first[1]
    given, _ = name_pools()
    assert copy.words[0] in given  # a Persian given name for a Persian one
    assert copy.words[3] in ("تیکو", "ژرژ") and copy.words[4] in ("براهه", "پمپیدو")
    assert copy.words[6] in given and copy.words[7] == "سوم"  # the regnal number stays
    assert spans(copy.tags) == spans(sentence.tags)


def test_sentences_that_leave_a_known_person_untagged_are_not_trained_on():
    tagged = Sentence(("هیتلر", "آمد"), ("B-PER", "O"))
    untagged = Sentence(("هیتلر", "رفت"), ("O", "O"))
    named = Sentence(("محمد", "آخوندزاده", "گفت"), ("O", "O", "O"))  # given name, surname
    plain = Sentence(("او", "رفت"), ("O", "O"))
    assert consistent([tagged, tagged, untagged, named, plain]) == [tagged, tagged, plain]
    # Tagged once only, a one-word name is not trusted to judge others.
    assert consistent([tagged, untagged]) == [tagged, untagged]


def test_model_choice_argument_then_environment_then_shipped(tiny_model, monkeypatch):
    monkeypatch.delenv(MODEL_ENV, raising=False)
    assert model_path().name == "ner-shared.crfsuite"
    assert model_identity() == ""
    monkeypatch.setenv(MODEL_ENV, str(tiny_model))
    assert model_path() == tiny_model.resolve()
    assert model_identity().startswith("tiny.crfsuite sha256:")
    assert model_path("other.crfsuite").name == "other.crfsuite"


def test_a_missing_or_broken_model_is_one_clear_error(tmp_path):
    with pytest.raises(NerModelError, match="no such model file"):
        recogniser(tmp_path / "absent.crfsuite")
    broken = tmp_path / "broken.crfsuite"
    broken.write_text("not a model", encoding="utf-8")
    with pytest.raises(NerModelError, match="not a CRFsuite model"):
        recogniser(broken)


def run_cli(*args):
    return subprocess.run(
        [sys.executable, "-m", "khabar", *args], capture_output=True, text=True, check=False
    )


def test_train_ner_command_reads_all_three_separators(tmp_path):
    tab = tmp_path / "tab.txt"
    tab.write_text(TRAINING, encoding="utf-8")
    pipe = tmp_path / "peyma.txt"
    pipe.write_text("مریم|B_PERS\nاحمدی|I_PERS\nدر|O\nکرج|B_LOC\nبود|O\n", encoding="utf-8")
    space = tmp_path / "arman.txt"
    space.write_text("شرکت B-org\nایران‌خودرو I-org\nجام B-event\nبرد O\n", encoding="utf-8")
    out = tmp_path / "cli.crfsuite"
    result = run_cli("train-ner", str(tab), str(pipe), str(space), "--out", str(out),
                     "--iterations", "20")  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert out.exists() and "7 sentences read" in result.stdout and "EVENT 1" in result.stdout
    assert len(read_conll(pipe).sentences) == 1


def test_train_ner_command_malformed_corpus_exits_2_with_one_line(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_text("علی\tB-PER\nرفت\n", encoding="utf-8")
    result = run_cli("train-ner", str(bad), "--out", str(tmp_path / "m.crfsuite"))
    assert result.returncode == 2
    assert result.stderr.strip() == f"khabar: {bad}:2: expected a token and a tag " + (
        "(separated by a tab, a space or |)"
    )
    assert not (tmp_path / "m.crfsuite").exists()


def test_train_sentences_refuses_an_empty_corpus(tmp_path):
    from khabar.ner.corpora import NerCorpusError

    with pytest.raises(NerCorpusError, match="no sentences"):
        train_sentences([], tmp_path / "m.crfsuite")
