from khabar.evaluation import compare, gap_labels, score_lines, without_zwnj, zwnj_as_space

Z = "\u200c"


def test_gap_labels_fold_letters_and_mark_joins():
    skeleton, labels = gap_labels("كتاب\u200cها و")
    assert skeleton == "کتابهاو"
    assert labels == ["", "", "", Z, "", " "]


def test_compare_counts_true_and_false_zwnjs():
    gold = "کتاب\u200cها و می\u200cرود"
    counts, differing = compare(gold, "کتاب\u200cها و میرود")
    assert (counts.tp, counts.fp, counts.fn) == (1, 0, 1)
    assert differing.strict == 1


def test_lenient_scoring_forgives_zwnj_before_ha_where_gold_joins():
    counts, differing = compare("گروهها", "گروه\u200cها")
    assert counts.fp == 1 and counts.fp_lenient == 0
    assert (differing.strict, differing.lenient) == (1, 0)


def test_damage_conditions():
    assert without_zwnj("می\u200cرود") == "میرود"
    assert zwnj_as_space("می\u200cرود") == "می رود"


def test_score_lines_on_perfect_output():
    lines = ["همکاری\u200cهای دو کشور", "می\u200cتواند"]
    counts, changed = score_lines(lines, lines)
    assert counts.f1 == 1.0 and changed.strict == 0


def test_fold_blocks_are_contiguous_and_cover_everything():
    from khabar.evaluation import fold_blocks

    blocks = fold_blocks(list(range(599)), folds=5)
    assert [len(b) for b in blocks] == [120, 120, 119, 120, 120]
    assert [x for b in blocks for x in b] == list(range(599))
    assert [x for b in fold_blocks([1, 2], folds=5) for x in b] == [1, 2]
