from khabar.forms import PerForm
from khabar.lexicon import fold
from khabar.segment import lemma


def test_many_gives_the_function_of_each_form_in_order_and_keeps_them():
    words = ["کتاب‌ها", "رفتند", "كتاب", "کتاب‌ها"]
    lemmas = PerForm(lemma)
    assert lemmas.many(words) == [lemma(w) for w in words]
    assert set(lemmas.values) == set(words)
    assert lemmas.many(words[:2]) == [lemma(w) for w in words[:2]]


def test_each_form_is_computed_once():
    calls = []
    folded = PerForm(lambda word: calls.append(word) or fold(word))
    assert folded.many(["رئیس", "رئیس", "اسرائیل"]) == ["رییس", "رییس", "اسراییل"]
    assert folded.many(["اسرائیل", "رئیس"]) == ["اسراییل", "رییس"]
    assert sorted(calls) == sorted(["رئیس", "اسرائیل"])


def test_a_full_cache_forgets_what_it_held_and_still_answers():
    lengths = PerForm(len, maxsize=3)
    assert lengths.many(["یک", "دو", "سه"]) == [2, 2, 2]
    assert lengths.many(["چهار", "یک"]) == [4, 2]
    assert set(lengths.values) == {"چهار", "یک"}


def test_pairs_of_forms_are_keys_too():
    joined = PerForm(" ".join)
    assert joined.many([("آذربایجان", "شرقی"), ("تبریز", "")]) == ["آذربایجان شرقی", "تبریز "]
