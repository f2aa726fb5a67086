import pytest

from khabar.offsets import Edit, OffsetMap, apply_edits


def compose(text, edits):
    new, starts, ends = apply_edits(text, edits)
    return new, OffsetMap.identity(len(text)).then(starts, ends)


def test_insertion_maps_to_an_empty_span_at_its_point():
    new, offsets = compose("همکاریهای", [Edit(6, 6, "\u200c", "zwnj")])
    assert new == "همکاری\u200cهای"
    assert offsets.raw_span(6, 7) == (6, 6)
    assert offsets.raw_span(7, 10) == (6, 9)
    assert offsets.raw_span(0, 10) == (0, 9)


def test_deletion_leaves_neighbours_pointing_at_their_own_characters():
    new, offsets = compose("کتـــاب", [Edit(2, 5, "", "tatweel")])
    assert new == "کتاب"
    assert [offsets.raw_span(i, i + 1) for i in range(4)] == [(0, 1), (1, 2), (5, 6), (6, 7)]


def test_replacement_of_unequal_length_maps_to_the_whole_replaced_span():
    new, offsets = compose("a\r\nb", [Edit(1, 3, "\n", "whitespace")])
    assert new == "a\nb"
    assert offsets.raw_span(1, 2) == (1, 3)
    assert offsets.raw_span(2, 3) == (3, 4)


def test_two_stages_compose_back_to_the_raw_text():
    raw = "كتاب هاي"
    first, offsets = compose(raw, [Edit(0, 1, "ک", "letter"), Edit(7, 8, "ی", "letter")])
    second, starts, ends = apply_edits(first, [Edit(4, 5, "\u200c", "zwnj-for-space")])
    offsets = offsets.then(starts, ends)
    assert second == "کتاب\u200cهای"
    assert offsets.raw_span(5, 8) == (5, 8)
    assert raw[slice(*offsets.raw_span(0, 8))] == raw


def test_overlapping_edits_are_refused():
    with pytest.raises(ValueError):
        apply_edits("abcdef", [Edit(0, 3, "x", "k"), Edit(2, 4, "y", "k")])


def test_span_outside_the_text_is_refused():
    with pytest.raises(ValueError):
        OffsetMap.identity(3).raw_span(2, 5)
