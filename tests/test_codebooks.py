"""Codebooks: the TSV format, its errors, the shipped schemes and the one matcher for all."""

import re

import pytest

from khabar.codebooks import (
    SHIPPED,
    Codebook,
    Matcher,
    fingerprint,
    parse_codebook,
    read_codebook,
    resolve,
    shipped,
)
from khabar.errors import CodebookError, InputNotFoundError, KhabarError

HEADER = "code\tlabel_en\tlabel_fa\tterms\n"
BUDGET = "budget\tBudget\tبودجه\tبودجه|لایحه بودجه|کسری:0.5\n"

CAP_MASTER = {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "12", "13", "14", "15", "16"}
CAP_MASTER |= {"17", "18", "19", "20", "21", "23"}
CAP_MEDIA = {"24", "26", "27", "28", "29", "30", "31", "99"}


def parse(text: str, name: str = "mine") -> Codebook:
    return parse_codebook(text, name=name, source=f"{name}.tsv")


def test_a_codebook_in_the_documented_format():
    book = parse("# a comment\n\n" + HEADER + BUDGET)
    (code,) = book.codes
    assert (code.code, code.label_en, code.label_fa) == ("budget", "Budget", "بودجه")
    assert [(t.words, t.weight) for t in code.terms] == [
        (("بودجه",), 1.0),
        (("لایحه", "بودجه"), 1.0),
        (("کسری",), 0.5),
    ]
    assert book.name == "mine" and book.sha256


def test_optional_columns_and_extra_columns_in_any_order():
    book = parse("terms\tnote\tlabel_en\tcode\nتورم\tanything\tInflation\tinf\n")
    code = book.code("inf")
    assert code.label_fa == "Inflation"  # falls back to the English label
    assert code.definition_en == code.definition_fa == ""


def test_a_code_without_terms_is_allowed():
    assert parse(HEADER + "other\tOther\tسایر\t\n").code("other").terms == ()


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("code\tlabel_en\n" + "x\tX\n", "line 1: the header has no column terms"),
        (HEADER + "x\tX\tایکس\n", "line 2: 3 tab-separated fields, the header has 4"),
        (HEADER + BUDGET + BUDGET, "line 3: code 'budget' again (first on line 2)"),
        (HEADER + "\tX\tایکس\tبودجه\n", "line 2: the code must be one word"),
        (HEADER + "a b\tX\tایکس\tبودجه\n", "line 2: the code must be one word"),
        (HEADER + "x\t\tایکس\tبودجه\n", "line 2: code 'x' has no label_en"),
        (HEADER + "x\tX\tایکس\tبودجه||کسری\n", "line 2 (code 'x'): an empty term"),
        (HEADER + "x\tX\tایکس\tکسری:0,5\n", "the weight of 'کسری' must be a number"),
        (HEADER + "x\tX\tایکس\tکسری:0\n", "the weight of 'کسری' must be a number above 0"),
        (HEADER + "x\tX\tایکس\tکسری:nan\n", "the weight of 'کسری' must be a number"),
        (HEADER + "x\tX\tایکس\tکسری:9\n", "at most 5"),
        ("# only a comment\n" + HEADER, "no codes"),
        ("code\tcode\tlabel_en\tterms\n", "a column is named twice"),
    ],
)
def test_a_malformed_codebook_is_one_clear_error_naming_file_and_line(text, message):
    with pytest.raises(CodebookError, match=re.escape(message)) as raised:
        parse(text)
    assert str(raised.value).startswith("mine.tsv")
    assert "\n" not in str(raised.value)
    assert isinstance(raised.value, KhabarError)


def test_reading_a_codebook_file(tmp_path):
    path = tmp_path / "budget_codes.tsv"
    path.write_text(HEADER + BUDGET, encoding="utf-8")
    book = read_codebook(path)
    assert book.name == "budget_codes" and book.source == str(path)
    with pytest.raises(InputNotFoundError):
        read_codebook(tmp_path / "missing.tsv")


def test_resolve_runs_the_standard_schemes_then_the_researchers(tmp_path):
    path = tmp_path / "budget_codes.tsv"
    path.write_text(HEADER + BUDGET, encoding="utf-8")
    assert [b.name for b in resolve([path])] == ["cap", "frames", "budget_codes"]
    clash = tmp_path / "cap.tsv"
    clash.write_text(HEADER + BUDGET, encoding="utf-8")
    with pytest.raises(CodebookError, match="a codebook named 'cap' is already used"):
        resolve([clash])


def test_fingerprint_follows_names_and_contents(tmp_path):
    one, other = parse(HEADER + BUDGET), parse(HEADER + BUDGET.replace("کسری:0.5", "کسری"))
    assert fingerprint([one]) == fingerprint([parse(HEADER + BUDGET)])
    assert fingerprint([one]) != fingerprint([other])
    assert fingerprint([one]) != fingerprint([parse(HEADER + BUDGET, name="yours")])
    assert fingerprint([]) == ""


def test_the_shipped_cap_codebook_has_the_master_and_media_codes():
    cap = shipped("cap")
    assert {c.code for c in cap.codes} == CAP_MASTER | CAP_MEDIA
    labels = {c.code: c.label_en for c in cap.codes}
    assert labels["1"] == "Macroeconomics" and labels["23"] == "Culture"
    assert labels["29"] == "Sports and Recreation"
    assert labels["99"] == "Other, Miscellaneous and Human Interest"
    header = data_header(SHIPPED["cap"])
    assert "Master codes: 1 2 3 4 5 6 7 8 9 10 12 13 14 15" in header
    assert "Media codes: 24 26 27 28 29 30 31 99" in header
    assert all(c.label_fa != c.label_en and c.definition_en and c.definition_fa for c in cap.codes)
    assert all(len(c.terms) >= 24 for c in cap.codes if c.code != "99")


def test_the_shipped_frames_codebook_has_the_fifteen_frames():
    frames = shipped("frames")
    assert [c.code for c in frames.codes] == [str(n) for n in range(1, 16)]
    assert frames.code("5").label_en == "Legality, constitutionality and jurisprudence"
    assert frames.code("15").terms == ()  # Other: never tagged automatically
    assert all(len(c.terms) >= 24 for c in frames.codes[:14])


def test_every_shipped_term_can_match_something():
    """No shipped term is a word glued to punctuation, which no token would ever match."""
    for name in SHIPPED:
        for code in shipped(name).codes:
            for term in code.terms:
                assert all(w.strip("،,.:؛") == w or w == "،" for w in term.words), term


def data_header(file: str) -> str:
    from khabar.lexicon import data_path

    return data_path("codebook", file).read_text(encoding="utf-8").split("\ncode\t")[0]


@pytest.fixture(scope="module")
def matcher():
    book = parse(
        HEADER
        + "sanctions\tSanctions\tتحریم\tتحریم|تحریم ظالمانه\n"
        + "industry\tIndustry\tصنعت\tصنعت|صنایع\n"
        + "tourism\tTourism\tگردشگری\tصنعت گردشگری|صنایع دستی\n"
    )
    other = parse(HEADER + "x\tX\tایکس\tصنعت|گردشگری\n", name="other")
    return Matcher([book, other])


def found(matcher, text):
    return [
        (first, end, [(key, term) for key, term, _ in m])
        for first, end, m in matcher.find(text.split())
    ]


@pytest.mark.parametrize("variant", ["تحریم", "تحریم‌ها", "تحریمها", "تحریم‌های"])
def test_forms_lemmas_and_zwnj_variants_match(matcher, variant):
    assert found(matcher, f"لغو {variant}") == [(1, 2, [((0, "sanctions"), "تحریم")])]


def test_a_longer_term_wins_within_its_codebook_only(matcher):
    spans = found(matcher, "صنعت گردشگری رونق دارد")
    assert spans == [
        (0, 2, [((0, "tourism"), "صنعت گردشگری")]),
        (0, 1, [((1, "x"), "صنعت")]),  # the other codebook keeps its own terms
        (1, 2, [((1, "x"), "گردشگری")]),
    ]


def test_one_span_gives_a_code_one_match(matcher):
    assert found(matcher, "تحریم ظالمانه") == [(0, 2, [((0, "sanctions"), "تحریم ظالمانه")])]


def test_an_exact_word_matches_its_form_alone():
    book = parse(HEADER + "x\tX\tایکس\t=برجام|همتا|=همتای:0.5\n")
    assert [t.exact for t in book.codes[0].terms] == [(True,), (), (True,)]
    assert [t.text for t in book.codes[0].terms] == ["برجام", "همتا", "همتای"]
    match = Matcher([book])
    assert match.find(["برجام"]) and not match.find(["برج"])  # hazm: برجام = برج + ام
    assert match.find(["همتای"]) and not match.find(["همت"])


@pytest.mark.parametrize("name", sorted(SHIPPED))
def test_no_shipped_term_repeats_another_with_a_different_weight(name):
    """Inflections match through the lemma, so a plural listed beside its singular would
    give the singular the plural's weight too."""
    for code in shipped(name).codes:
        single = [t for t in code.terms if len(t.words) == 1]
        for n, term in enumerate(single):
            for other in single[n + 1 :]:
                if term.keys()[0] & other.keys()[0]:
                    assert term.weight == other.weight, (code.code, term.text, other.text)


@pytest.mark.parametrize(
    ("term", "text", "matches"),
    [
        ("تسلیت گفت", "تسلیت گفتند", True),  # the verb's forms match its past stem
        ("تسلیت گفت", "تسلیت می‌گوییم", True),
        ("جان باخت", "جان باختند", True),
        ("برند", "برند", True),
        ("برند", "ببرند", False),  # the brand is no form of بردن (hazm: برند = they carry)
        ("برند", "می‌برند", False),
        ("کاشت", "کاری", False),  # کاری (work, a job) is not «you plant»
        ("فرهنگی", "فرهیخت", False),  # hazm reads فرهنگی as a form of فرهیختن
    ],
)
def test_a_verb_reading_matches_only_a_word_written_as_that_verb(term, text, matches):
    match = Matcher([parse(HEADER + f"x\tX\tایکس\t{term}\n")])
    assert bool(match.find(text.split())) is matches


@pytest.mark.parametrize("text", ["امام جمعه", "امام‌جمعه", "امامجمعه"])
def test_a_term_of_several_words_matches_its_one_token_spelling(text):
    """Persian writes many compounds with a ZWNJ (or nothing) where the codebook has a
    space; the one-token spelling is the same term."""
    match = Matcher([parse(HEADER + "x\tX\tایکس\tامام جمعه:0.3\n")])
    assert [(m[0][1], m[1]) for *_, found in match.find(text.split()) for m in found] == [
        ("x", "امام جمعه")
    ]


def test_only_the_whole_compound_matches_as_one_token():
    match = Matcher([parse(HEADER + "x\tX\tایکس\tامام جمعه\n")])
    assert not match.find(["امام‌زاده"]) and not match.find(["جمعه"])
