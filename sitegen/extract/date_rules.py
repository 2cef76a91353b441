"""Date patterns and how each resolves against the publication date. No I/O.

Hand-written patterns over month and weekday names keep the rules predictable:
every rule is one pattern and one resolver in RULES, longest and most specific first.
"""

from __future__ import annotations

import calendar
import datetime
import re
from collections.abc import Callable

_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTHS.update({"sept": 9})
_MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
_WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}

# Capitalised names only: "may" and "march" are also a verb and a modal in lower case.
MONTH_NAMES = "|".join(sorted((m.capitalize() for m in _MONTHS), key=len, reverse=True))
_MONTH = rf"(?P<month>{MONTH_NAMES})\.?"
_FULLMONTH_NAMES = "|".join(name for name in calendar.month_name if name)
_SEASON = "spring|summer|autumn|fall|winter"
_PART = r"(?:(?:early|mid|late)[ -])?"  # "between late January and early April"
_WHICH_YEAR = r"(?:,? | of )(?i:(?P<which>last|this|next) year)\b"
_WEEKDAY = r"(?P<weekday>" + "|".join(d.capitalize() for d in _WEEKDAYS) + ")"
_YEAR = r"(?P<year>(?:19|20)\d{2})"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
# A bare month only counts after a word that makes it a time ("in May", not "May I").
_MONTH_LEAD = (
    r"(?:\b(?:[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Tt]ill|[Ff]rom|[Bb]etween|[Dd]uring|[Tt]hrough|"
    r"[Bb]efore|[Aa]fter|[Ee]arly|[Ll]ate|[Mm]id|of|and|to|[Ll]ast|[Tt]his|[Nn]ext)[ -])"
)


# ---------------------------------------------------------------- resolution helpers
Resolved = tuple[str, bool] | None


def _month_of(m: re.Match[str]) -> int:
    return _MONTHS[m.group("month").lower().rstrip(".")]


def _full(year: int, month: int, day: int) -> str | None:
    try:
        return datetime.date(year, month, day).isoformat()
    except ValueError:
        return None


def _year_for_month(month: int, day: int | None, pub: datetime.date, future: bool) -> int:
    """The year of the most recent such month (or day) on or before publication.

    With future tense, the next one on or after publication instead.
    """
    this = (month, day or 1) if day else (month, 0)
    now = (pub.month, pub.day) if day else (pub.month, 0)
    if future:
        return pub.year if this >= now else pub.year + 1
    return pub.year if this <= now else pub.year - 1


def _shift_month(pub: datetime.date, months: int) -> str:
    index = pub.year * 12 + pub.month - 1 + months
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


# ---------------------------------------------------------------- rules
def _iso(m: re.Match[str], pub: datetime.date | None, future: bool) -> Resolved:
    value = _full(int(m.group("year")), int(m.group("mm")), int(m.group("dd")))
    return (value, False) if value else None


def _day_month(m: re.Match[str], pub: datetime.date | None, future: bool) -> Resolved:
    month, day = _month_of(m), int(m.group("day"))
    if m.group("year"):
        value = _full(int(m.group("year")), month, day)
        return (value, False) if value else None
    if pub is None:
        return None
    value = _full(_year_for_month(month, day, pub, future), month, day)
    return (value, True) if value else None


def _month_year(m: re.Match[str], pub: datetime.date | None, future: bool) -> Resolved:
    return f"{int(m.group('year')):04d}-{_month_of(m):02d}", False


def _month_relative_year(m: re.Match[str], pub: datetime.date | None, future: bool) -> Resolved:
    if pub is None:
        return None
    offset = {"last": -1, "this": 0, "next": 1}[m.group("which").lower()]
    return f"{pub.year + offset:04d}-{_month_of(m):02d}", True


def _range_months(m: re.Match[str], pub: datetime.date | None, future: bool) -> Resolved:
    """'between January and April': one span dated at its start."""
    start = _MONTHS[m.group("start").lower().rstrip(".")]
    end = _MONTHS[m.group("end").lower().rstrip(".")]
    if m.group("start_year"):
        return f"{int(m.group('start_year')):04d}-{start:02d}", False
    if m.group("year"):
        year = int(m.group("year")) - (start > end)
        return f"{year:04d}-{start:02d}", False
    if pub is None:
        return None
    end_year = _year_for_month(end, None, pub, future)
    year = end_year if start <= end else end_year - 1
    return f"{year:04d}-{start:02d}", True


def _range_years(m: re.Match[str], pub: datetime.date | None, future: bool) -> Resolved:
    return m.group("start"), False


def _month_alone(m: re.Match[str], pub: datetime.date | None, future: bool) -> Resolved:
    if pub is None:
        return None
    month = _month_of(m)
    return f"{_year_for_month(month, None, pub, future):04d}-{month:02d}", True


def _weekday(m: re.Match[str], pub: datetime.date | None, future: bool) -> Resolved:
    """The most recent such day before publication; publication's own weekday is that day."""
    if pub is None:
        return None
    target = _WEEKDAYS[m.group("weekday").lower()]
    back = (pub.weekday() - target) % 7
    if m.group("last"):
        back = back or 7
    if future and not m.group("last"):
        return (pub + datetime.timedelta(days=(target - pub.weekday()) % 7)).isoformat(), True
    return (pub - datetime.timedelta(days=back)).isoformat(), True


# A year that closes a statute's name ("the Competition Act, 2002", "Companies Act 2006")
# dates the law's title, not a happening in the story.
_STATUTE_BEFORE = re.compile(r"\b[A-Z][\w'-]* (?:Act|Code|Rules|Regulations|Ordinance),? $")


def _year(m: re.Match[str], pub: datetime.date | None, future: bool) -> Resolved:
    if _STATUTE_BEFORE.search(m.string[max(0, m.start() - 60): m.start()]):
        return None
    return m.group("year"), False


def _relative_year(m: re.Match[str], pub: datetime.date | None, future: bool) -> Resolved:
    if pub is None:
        return None
    word = m.group("which").lower()
    offset = {"last": -1, "this": 0, "next": 1}[word]
    return f"{pub.year + offset:04d}", True


def _relative_season(m: re.Match[str], pub: datetime.date | None, future: bool) -> Resolved:
    """'last autumn' is the latest one over before publication; only its year is written."""
    if pub is None:
        return None
    begins = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}[
        m.group("season").lower()]
    year = {"this": pub.year,
            "next": pub.year if begins > pub.month else pub.year + 1,
            "last": pub.year if begins + 3 <= pub.month else pub.year - 1}[m.group("which").lower()]
    return f"{year:04d}", True


def _relative_month(m: re.Match[str], pub: datetime.date | None, future: bool) -> Resolved:
    if pub is None:
        return None
    offset = {"last": -1, "this": 0, "next": 1}[m.group("which").lower()]
    return _shift_month(pub, offset), True


def _week(m: re.Match[str], pub: datetime.date | None, future: bool) -> Resolved:
    """A week is not a precision of the model: give the month it fell in."""
    if pub is None:
        return None
    days = 7 if m.group("which").lower() == "last" else 0
    return (pub - datetime.timedelta(days=days)).strftime("%Y-%m"), True


def _day_word(m: re.Match[str], pub: datetime.date | None, future: bool) -> Resolved:
    if pub is None:
        return None
    offset = {"yesterday": -1, "today": 0, "tomorrow": 1}[m.group("word").lower()]
    return (pub + datetime.timedelta(days=offset)).isoformat(), True


def _ago(m: re.Match[str], pub: datetime.date | None, future: bool) -> Resolved:
    """'three years ago' is a year, 'two months ago' a month, 'two weeks ago' the month it
    fell in (a week is no precision of the model), 'four days ago' a day."""
    if pub is None:
        return None
    count = _NUMBERS.get(m.group("count").lower()) or int(m.group("count"))
    unit = m.group("unit").lower()
    if unit.startswith("year"):
        return f"{pub.year - count:04d}", True
    if unit.startswith("week"):
        return (pub - datetime.timedelta(weeks=count)).strftime("%Y-%m"), True
    if unit.startswith("day"):
        return (pub - datetime.timedelta(days=count)).isoformat(), True
    return _shift_month(pub, -count), True


def _day_month_relative(m: re.Match[str], pub: datetime.date | None, future: bool) -> Resolved:
    if pub is None:
        return None
    offset = {"last": -1, "this": 0, "next": 1}[m.group("which").lower()]
    value = _full(pub.year + offset, _month_of(m), int(m.group("day")))
    return (value, True) if value else None


_NUMBERS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
            "seven": 7, "eight": 8, "nine": 9, "ten": 10}

_Rule = tuple[re.Pattern[str], Callable[[re.Match[str], datetime.date | None, bool], Resolved]]

# Longest and most specific first: a span taken by one rule is not read again.
RULES: list[_Rule] = [
    (re.compile(r"\b(?P<year>(?:19|20)\d{2})-(?P<mm>[01]\d)-(?P<dd>[0-3]\d)\b"), _iso),
    # a fiscal year or a season over two years: "the 2024-25 financial year", "in 2019-20",
    # "FY2023", "fiscal 2023"; dated at the year it begins in
    (re.compile(r"\b(?i:in )?(?i:the )?(?P<year>(?:19|20)\d{2})[-\u2013/](?:(?:19|20)\d{2}|\d{2})\b"
                r"(?: (?i:fiscal|financial|tax|budget|academic|school) year)?(?![-\u2013/]?\d)"),
     _year),
    (re.compile(r"\b(?i:in )?(?:(?i:fiscal|financial) year |FY ?|(?i:fiscal) )"
                r"(?P<year>(?:19|20)\d{2})\b"), _year),
    (re.compile(
        rf"\b(?:[Bb]etween|[Ff]rom) {_PART}(?P<start>{_FULLMONTH_NAMES})"
        rf"(?:,? (?P<start_year>(?:19|20)\d{{2}}))? (?:and|to|until|through) {_PART}"
        rf"(?P<end>{_FULLMONTH_NAMES})(?:,? {_YEAR})?\b"
    ), _range_months),
    (re.compile(
        r"\b(?:[Bb]etween|[Ff]rom) (?P<start>(?:19|20)\d{2}) (?:and|to|until) (?:19|20)\d{2}\b"
    ), _range_years),
    (re.compile(
        rf"\b(?:[Bb]etween|[Ff]rom) (?:(?:early|mid|late)[ -])?(?P<month>{_FULLMONTH_NAMES}) "
        rf"(?:and|to|until|through) [^,.;\d]{{0,30}}?\b{_YEAR}\b"
    ), _month_year),
    (re.compile(rf"\b(?:[Oo]n |dated )?{_DAY} (?:of )?{_MONTH}{_WHICH_YEAR}"), _day_month_relative),
    (re.compile(rf"\b(?:[Oo]n |dated )?{_MONTH} {_DAY}{_WHICH_YEAR}"), _day_month_relative),
    (re.compile(rf"\b(?:on |dated )?{_DAY} (?:of )?{_MONTH}(?:,? {_YEAR})?\b"), _day_month),
    # "September 30" but not a name such as "April 26 Animation Studio" (unless "on" leads),
    # nor a past day named for what happened on it ("Sept. 11 conspiracy theories")
    (re.compile(rf"\b(?P<lead>[Oo]n |dated )?{_MONTH} {_DAY}(?:,? {_YEAR})?\b(?!,? ?\d)"
                r"(?(lead)|(?! [A-Z][a-z]|\s+(?:attacks?|attackers|hijackers|conspiracy|"
                r"commission|riots?|insurrection|anniversary|memorial|terror\w*)\b))"), _day_month),
    (re.compile(
        rf"\b(?i:in |since |by |until )?(?i:(?:early|late|mid)[ -])?{_MONTH}{_WHICH_YEAR}"
    ), _month_relative_year),
    (re.compile(rf"\b(?i:in |since (?:at least )?|by |until |as (?:early|late) as )?"
                rf"(?i:(?:early|late|mid)[ -])?{_MONTH},? {_YEAR}\b"),
     _month_year),
    (re.compile(rf"{_MONTH_LEAD}(?P<month>{_FULLMONTH_NAMES})\b(?![ -]?\d)"), _month_alone),
    (re.compile(rf"\b(?:(?P<last>[Ll]ast|[Tt]his past) |[Oo]n |[Nn]ext )?{_WEEKDAY}\b"
                rf"(?!,? (?:\d|{MONTH_NAMES}))"), _weekday),
    (re.compile(r"\b(?:(?:earlier|later) )?(?:in )?(?P<which>last|this|next) year\b",
                re.IGNORECASE), _relative_year),
    (re.compile(rf"\b(?:in )?(?:the )?(?:{_SEASON}) (?:of )?{_YEAR}\b", re.IGNORECASE), _year),
    (re.compile(rf"\b(?P<which>last|this|next) (?P<season>{_SEASON})\b", re.IGNORECASE),
     _relative_season),
    (re.compile(r"\b(?:(?:earlier|later) )?(?P<which>last|this|next) month\b",
                re.IGNORECASE), _relative_month),
    (re.compile(r"\b(?:(?:earlier|later) )?(?P<which>last|this) week\b", re.IGNORECASE), _week),
    (re.compile(r"\b(?P<word>yesterday|today|tomorrow)\b", re.IGNORECASE), _day_word),
    (re.compile(
        r"\b(?P<count>a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) "
        r"(?P<unit>years?|months?|weeks?|days?) ago\b", re.IGNORECASE
    ), _ago),
    # A year on its own: not part of an amount ("$2019", "2,019") or a longer number.
    (re.compile(r"(?<![\d$€£¥.,/])(?:\b(?i:in |since (?:at least )?|by |until |back in |"
                r"as (?:early|late) as ))?\b"
                + _YEAR + r"\b(?![\d%]|,\d|\.\d)"), _year),
]
