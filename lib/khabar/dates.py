"""Dates as news datasets write them: Solar Hijri or Gregorian, Persian or ASCII digits.

:func:`parse_date` reads «۱۴۰۲/۰۵/۱۲», «1402-05-12 10:30», «۱۲ مرداد ۱۴۰۲», «شنبه ۱۲ مرداد
۱۴۰۲ - ۱۰:۳۰», «2023-08-03T10:00:00Z», «3 August 2023», «03/08/2023» (day first) and Python or
pandas date objects. The calendar is the one named, or with ``calendar="auto"`` the one the
year belongs to: Solar Hijri years of modern news are below :data:`GREGORIAN_FROM` (1300s and
1400s), Gregorian years above it. Conversion is jdatetime's (a maintained calendar library),
month names are jdatetime's (Solar Hijri, Persian and English) and the standard library's
(Gregorian, English). Anything else raises :class:`~khabar.errors.DateError` with one line
saying why.
"""

from __future__ import annotations

import calendar as gregorian_calendar
import datetime as dt
import re
from dataclasses import dataclass
from functools import cache

import jdatetime

from khabar.errors import DateError

CALENDARS = ("auto", "jalali", "gregorian")
GREGORIAN_FROM = 1700  # a year at or above this is Gregorian, below it Solar Hijri
_TIME = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?")
_YMD = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)")
_DMY = re.compile(r"(?<!\d)(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?!\d)")
_NUMBER = re.compile(r"\d+")
_WORD = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True, slots=True)
class ParsedDate:
    """A date: the Gregorian day, and the calendar the source wrote it in."""

    date: dt.date
    calendar: str  # "jalali" or "gregorian"

    @property
    def iso(self) -> str:
        return self.date.isoformat()

    @property
    def jalali(self) -> str:
        """The same day in the Solar Hijri calendar, as 1402-05-12."""
        return jdatetime.date.fromgregorian(date=self.date).strftime("%Y-%m-%d")


def parse_date(value: object, *, calendar: str = "auto") -> ParsedDate:
    """The date *value* names (see the module docstring); :class:`DateError` if none."""
    if calendar not in CALENDARS:
        raise DateError(f"calendar must be one of {', '.join(CALENDARS)}, not {calendar!r}")
    if isinstance(value, dt.datetime | dt.date):
        day = value.date() if isinstance(value, dt.datetime) else value
        return ParsedDate(day, "gregorian")
    if not isinstance(value, str) or not value.strip():
        raise DateError(f"{value!r} is not a date")
    text = _TIME.sub(" ", value)
    found = _YMD.search(text)
    if found:
        year, month, day = (int(n) for n in found.groups())
    elif found := _DMY.search(text):
        day, month, year = (int(n) for n in found.groups())
    else:
        year, month, day = _with_month_name(value, text)
    return _day(value, year, month, day, calendar)


def _with_month_name(value: str, text: str) -> tuple[int, int, int]:
    """(year, month, day) of «۱۲ مرداد ۱۴۰۲» or «August 3, 2023»."""
    months = [m for word in _WORD.findall(text) if (m := _month_names().get(word.lower()))]
    numbers = [int(n) for n in _NUMBER.findall(text)]
    years = [n for n in numbers if n >= 1000]
    days = [n for n in numbers if n < 1000]
    if len(months) != 1 or len(years) != 1 or len(days) != 1:
        raise DateError(f"«{value}» is not a date (year, month and day not found)")
    return years[0], months[0], days[0]


@cache
def _month_names() -> dict[str, int]:
    """Month name (lower case) -> month number: Solar Hijri names in Persian and English
    (jdatetime's), Gregorian ones in English (the standard library's). A Solar Hijri name
    also names the calendar, but the year decides it: both lists are numbered 1 to 12."""
    names = {}
    for table in (jdatetime.date.j_months_fa, jdatetime.date.j_months_en):
        names |= {name.lower(): number for number, name in enumerate(table, start=1)}
    for table in (gregorian_calendar.month_name, gregorian_calendar.month_abbr):
        names |= {name.lower(): number for number, name in enumerate(table) if name}
    return names


def _day(value: str, year: int, month: int, day: int, calendar: str) -> ParsedDate:
    if calendar == "auto":
        calendar = "gregorian" if year >= GREGORIAN_FROM else "jalali"
    try:
        if calendar == "gregorian":
            return ParsedDate(dt.date(year, month, day), calendar)
        return ParsedDate(jdatetime.date(year, month, day).togregorian(), calendar)
    except ValueError as error:
        name = "Solar Hijri" if calendar == "jalali" else "Gregorian"
        raise DateError(f"«{value}» is not a {name} date ({error})") from None
