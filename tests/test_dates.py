"""Dates as datasets write them: Solar Hijri or Gregorian, Persian or ASCII digits."""

from __future__ import annotations

import datetime as dt

import pytest

from khabar.dates import parse_date
from khabar.errors import DateError


@pytest.mark.parametrize(
    ("value", "iso", "calendar"),
    [
        ("۱۴۰۲/۰۵/۱۲", "2023-08-03", "jalali"),
        ("1402-05-12 10:30", "2023-08-03", "jalali"),
        ("۱۲ مرداد ۱۴۰۲", "2023-08-03", "jalali"),
        ("شنبه ۱۲ مرداد ۱۴۰۲ - ۱۰:۳۰", "2023-08-03", "jalali"),
        ("12 Mordad 1402", "2023-08-03", "jalali"),
        ("1403/12/30", "2025-03-20", "jalali"),  # 1403 is a leap year
        ("2023-08-03T10:00:00Z", "2023-08-03", "gregorian"),
        ("3 August 2023", "2023-08-03", "gregorian"),
        ("Aug 3, 2023", "2023-08-03", "gregorian"),
        ("03/08/2023", "2023-08-03", "gregorian"),  # day first
        ("٢٠٢٣-٠٨-٠٣", "2023-08-03", "gregorian"),  # Arabic-Indic digits
    ],
)
def test_dates_in_either_calendar_and_any_digits(value, iso, calendar):
    parsed = parse_date(value)
    assert (parsed.iso, parsed.calendar) == (iso, calendar)
    assert parsed.jalali == "1402-05-12" or iso != "2023-08-03"


def test_date_objects_and_a_named_calendar():
    assert parse_date(dt.date(2023, 8, 3)).jalali == "1402-05-12"
    assert parse_date(dt.datetime(2023, 8, 3, 10, 0)).iso == "2023-08-03"
    assert parse_date("1402/05/12", calendar="gregorian").iso == "1402-05-12"


@pytest.mark.parametrize(
    ("value", "says"),
    [
        ("1402/13/01", "not a Solar Hijri date"),
        ("1402/12/30", "not a Solar Hijri date"),  # 1402 is not a leap year
        ("2023-02-30", "not a Gregorian date"),
        ("دیروز", "is not a date"),
        ("", "is not a date"),
        (None, "is not a date"),
    ],
)
def test_what_is_no_date_raises_one_line(value, says):
    with pytest.raises(DateError, match=says) as raised:
        parse_date(value)
    assert "\n" not in str(raised.value)


def test_an_unknown_calendar_is_refused():
    with pytest.raises(DateError, match="calendar must be one of"):
        parse_date("1402/05/12", calendar="hijri")
