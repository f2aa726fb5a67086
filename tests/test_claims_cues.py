"""The reporting-verb lexicon (data/lexicons/claims/cues.tsv) and the forms generated from it."""

import pytest

from khabar.claims.cues import cues, lemma_forms, phrases, verb_rows

Z = "\u200c"


def test_the_lexicon_covers_the_language_of_attribution():
    rows = verb_rows()
    assert len({r["lemma"] for r in rows}) >= 150
    assert all(r["gloss"] and r["class"] and r["constructions"] for r in rows)
    classes = {r["class"] for r in rows}
    for needed in (
        "saying",
        "adding",
        "stressing",
        "claiming",
        "denying",
        "promising",
        "warning",
        "threatening",
        "asking",
        "writing",
        "reporting",
        "announcing",
        "evaluating",
    ):
        assert needed in classes
    kinds = {r["lemma"]: r["kind"] for r in rows}
    assert (kinds["هشدار داد"], kinds["تکذیب کرد"], kinds["وعده داد"]) == (
        "warning",
        "denial",
        "promise",
    )


@pytest.mark.parametrize(
    ("tokens", "lemma", "flags"),
    [
        (("می" + Z + "گوید",), "گفت", {}),
        (("می", "گویند"), "گفت", {"plural": True}),
        (("گفته", "است"), "گفت", {}),
        (("گفته" + Z + "اند",), "گفت", {"plural": True}),
        (("گفته", "می" + Z + "شود"), "گفت", {"passive": True}),
        (("می" + Z + "افزاید",), "افزود", {}),
        (("برمی" + Z + "شمارد",), "برشمرد", {}),
        (("تاکید", "نمودند"), "تأکید کرد", {"plural": True}),
        (("خاطر", "نشان", "کرد"), "خاطرنشان کرد", {}),
        (("اعلام", "شد"), "اعلام کرد", {"passive": True}),
        (("معتقدند",), "معتقد است", {"plural": True}),
        (("معتقد", "نیست"), "معتقد است", {"negated": True}),
        (("نمی" + Z + "داند",), "دانست", {"negated": True}),
        (("اشاره", "به", "آن", "دارند"), "اشاره داشت", {"plural": True}),
        (("گفته",), "گفت", {"participle": True}),
    ],
)
def test_forms_are_generated_from_the_lemma(tokens, lemma, flags):
    cue = cues()[tokens]
    assert cue.verb.lemma == lemma
    for flag in ("plural", "negated", "passive", "participle"):
        assert getattr(cue, flag) == flags.get(flag, False), flag


@pytest.mark.parametrize("tokens", [("نگفت",), ("اعلام", "نکرد"), ("تأکید", "نکردند")])
def test_negated_speech_is_no_cue(tokens):
    assert tokens not in cues()  # «اعلام نکرد» reports no content


def test_every_row_generates_its_own_lemma():
    for row in verb_rows():
        forms = lemma_forms(row)
        assert tuple(row["lemma"].split()) in forms, row["lemma"]


def test_frames_sources_and_formulas():
    table = phrases()
    assert table[("با", "ذکر", "این", "نکته", "که")].role == "frame"
    assert table[("ضمن", "تاکید", "بر", "اینکه")].role == "frame"
    assert table[("به", "گفته")].role == "source"
    assert table[("طبق", "اعلام")].role == "source"
    assert table[("بر", "اساس", "بیانیه")].role == "document"
    assert table[("بر", "اساس", "این", "بیانیه")].demonstrative
    assert table[("به", "گزارش")].role == "formula"


def test_every_kind_a_claim_can_have_is_drawn_and_labelled():
    from khabar.claims.kinds import KIND_ORDER
    from khabar.figures.claims import CLAIM_KINDS
    from khabar.lexicon import read_table

    implied = {r["kind"] for r in verb_rows() if r["kind"]}
    assert implied <= set(KIND_ORDER)
    assert set(KIND_ORDER) <= set(CLAIM_KINDS)
    labels = {r["key"] for r in read_table("figures", "labels.tsv")}
    assert all(f"kind.{kind}" in labels for kind in CLAIM_KINDS)
