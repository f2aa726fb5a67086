from khabar.evaluation import (
    compare,
    gap_labels,
    score_coreference,
    score_lines,
    score_mentions,
    without_zwnj,
    zwnj_as_space,
)

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


# Mentions: (start, end, entity or actor). Gold: one person named twice and a pronoun, and a
# second person.
GOLD = [(0, 11, "E1"), (20, 24, "E1"), (30, 32, "E1"), (40, 50, "E2")]


def test_mentions_exact_and_by_overlap():
    system = [(0, 11, "P1"), (19, 24, "P1"), (60, 65, "P2")]
    scores = score_mentions(GOLD, system)
    assert (scores.gold, scores.system, scores.exact, scores.overlap) == (4, 3, 1, 2)
    assert scores.prf(exact=True) == (1 / 3, 1 / 4, scores.prf(exact=True)[2])
    assert scores.prf(exact=False)[:2] == (2 / 3, 2 / 4)


def test_b_cubed_and_whole_persons():
    perfect = score_coreference(GOLD, [(a, b, e.replace("E", "P")) for a, b, e in GOLD])
    assert perfect.b_cubed() == (1.0, 1.0, 1.0) and perfect.whole_share() == 1.0
    # The pronoun given to the other person: both persons found, one of them split.
    split = score_coreference(GOLD, [(0, 11, "P1"), (20, 24, "P1"), (30, 32, "P2"), (40, 50, "P2")])
    precision, recall, _ = split.b_cubed()
    assert precision == (1 + 1 + 0.5 + 0.5) / 4
    assert recall == (2 / 3 + 2 / 3 + 1 / 3 + 1) / 4
    assert (split.entities_found, split.entities_whole) == (2, 1)
    # Everything in one actor: recall perfect, precision not.
    joined = score_coreference(GOLD, [(a, b, "P1") for a, b, _ in GOLD])
    assert joined.b_cubed()[1] == 1.0 and joined.b_cubed()[0] == (3 * 0.75 + 0.25) / 4


def test_pooled_claims_weigh_every_claim_not_every_set():
    from khabar.evaluation import ArticleCounts, pooled_summary

    big = ArticleCounts(tp=9, speaker_ok=9, strict_ok=9, mode_ok=9, free=10).summary()
    small = ArticleCounts(fn=1, free=2, free_with_claim=1).summary()
    assert small["R"] == 0.0  # averaged per set, recall would be 0.5
    pooled = pooled_summary([big, small])
    assert (pooled["tp"], pooled["fn"], pooled["claims"]) == (9, 1, 10)
    assert pooled["R"] == 0.9 and pooled["P"] == 1.0
    assert (pooled["free"], pooled["free_with_claim"]) == (12, 1)
