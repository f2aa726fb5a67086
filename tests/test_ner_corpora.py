"""Reading named-entity corpora: the formats, the tag map, khabar's conventions, errors."""

from __future__ import annotations

import pytest

from khabar.ner.corpora import (
    NerCorpusError,
    Sentence,
    normalise,
    read_conll,
    read_corpus,
    repaired,
    spans,
)

# Sentences the project wrote (not from any corpus).
PARSTWINER_STYLE = (
    "دکتر\tO\nمحمد\tB-PER\nظریف\tI-PER\nدر\tO\nتهران\tB-LOC\nگفت\tO\n\n"
    "حزب\tB-POG\nسبز\tI-POG\nو\tO\nایرانیان\tB-NAT\n"
)
ARMAN_STYLE = (
    "علی B-pers\nدایی O\nدر O\nورزشگاه B-fac\nآزادی I-fac\nبا O\nباشگاه B-org\n"
    "پرسپولیس I-org\nجام B-event\nگرفت O\n"
)
PEYMA_STYLE = "بانک|B_ORG\nملی|I_ORG\nدر|O\nشیراز|B_LOC\nشعبه|O\nدارد|O\n\nمریم|B_PERS\n"


def write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_tab_separated_tags_map_pog_to_org_and_drop_nationalities(tmp_path):
    corpus = read_conll(write(tmp_path, "tw.txt", PARSTWINER_STYLE))
    first, second = corpus.sentences
    assert first.words == ("دکتر", "محمد", "ظریف", "در", "تهران", "گفت")
    # The honorific joins the person (khabar's convention; ParsTwiNER leaves it outside).
    assert first.tags == ("B-PER", "I-PER", "I-PER", "O", "B-LOC", "O")
    assert second.tags == ("B-ORG", "I-ORG", "O", "O")
    assert corpus.dropped == {"NAT": 1}


def test_corpus_convention_kept_when_asked(tmp_path):
    corpus = read_conll(write(tmp_path, "tw.txt", PARSTWINER_STYLE), honorifics_inside=False)
    assert corpus.sentences[0].tags[:3] == ("O", "B-PER", "I-PER")


def test_space_separated_arman_tags(tmp_path):
    (sentence,) = read_conll(write(tmp_path, "arman.txt", ARMAN_STYLE)).sentences
    assert spans(sentence.tags) == [("PER", 0, 1), ("LOC", 3, 5), ("ORG", 6, 8)]


def test_pipe_separated_peyma_tags(tmp_path):
    corpus = read_conll(write(tmp_path, "peyma.txt", PEYMA_STYLE))
    assert [spans(s.tags) for s in corpus.sentences] == [
        [("ORG", 0, 2), ("LOC", 3, 4)],
        [("PER", 0, 1)],
    ]


def test_textmining_csv_label_ids(tmp_path):
    path = write(
        tmp_path,
        "wiki.csv",
        "tokens,labels\n"
        + '"'
        + str(["سعدی", "در", "شیراز", "در", "سال", "۶۰۶", "زاده", "شد"])
        + '",'
        + '"[2, 0, 4, 1, 6, 6, 0, 0]"\n',
    )
    (sentence,) = read_corpus([path]).sentences
    assert spans(sentence.tags) == [("PER", 0, 1), ("LOC", 2, 3)]


def test_an_i_tag_without_its_b_starts_an_entity():
    assert repaired(["O", "I-PER", "I-PER", "I-LOC"]) == ["O", "B-PER", "I-PER", "B-LOC"]


@pytest.mark.parametrize(
    ("text", "line", "fragment"),
    [
        ("علی\tB-PER\nرفت\n", 2, "expected a token and a tag"),
        ("علی\tB-PER\nرفت\tX-Y-Z\n", 2, "tag 'X-Y-Z'"),
        ("علی\tB-PER\n\n\nرفت\tO\nبه\tPERSON\n", 5, "tag 'PERSON'"),
    ],
)
def test_malformed_conll_names_the_file_and_line(tmp_path, text, line, fragment):
    path = write(tmp_path, "bad.txt", text)
    with pytest.raises(NerCorpusError) as error:
        read_conll(path)
    message = str(error.value)
    assert message.startswith(f"{path}:{line}:")
    assert fragment in message
    assert "\n" not in message


def test_malformed_csv_names_the_row_line(tmp_path):
    rows = 'tokens,labels\n"[\'ایران\']","[4]"\n"[\'الف\', \'ب\']","[0]"\n'
    path = write(tmp_path, "bad.csv", rows)
    with pytest.raises(NerCorpusError, match=rf"^{path}:3: 2 tokens but 1 labels$"):
        read_corpus([path])


def test_missing_and_undecodable_files(tmp_path):
    with pytest.raises(NerCorpusError, match="no such file"):
        read_corpus([tmp_path / "absent.txt"])
    binary = tmp_path / "binary.txt"
    binary.write_bytes(b"\xff\xfe\x00\x81")
    with pytest.raises(NerCorpusError, match="not UTF-8"):
        read_corpus([binary])


def test_normalise_gives_the_pipeline_tokens_and_carries_tags():
    sentence = Sentence(
        ("رييس", "جمهور", "روسيه", "در", "سال", "۱۴۰۲", "با", "همكاري", "هاي", "علی", "گفت"),
        ("O", "O", "B-LOC", "O", "O", "O", "O", "O", "O", "B-PER", "O"),
    )
    (result,) = normalise([sentence])
    # Arabic letters become Persian, digits ASCII, the spaced plural and the spaced compound
    # are joined with a ZWNJ (the joined token takes its first word's tag).
    assert "روسیه" in result.words and "1402" in result.words
    assert "همکاری\u200cهای" in result.words and "رییس\u200cجمهور" in result.words
    assert dict(zip(result.words, result.tags, strict=True))["روسیه"] == "B-LOC"
    assert dict(zip(result.words, result.tags, strict=True))["علی"] == "B-PER"
    assert len(result.words) == len(result.tags) == len(sentence.words) - 2
