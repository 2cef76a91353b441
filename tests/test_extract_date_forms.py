"""Dates in the many forms news prose writes them, at the precision written: fiscal years
and seasons over two years, weeks and days ago, dates told from the one before, days put
off to and deadlines (Wednesday 2025-03-12)."""

from __future__ import annotations

import datetime

import pytest

from sitegen.extract.dates import after_last_date, find_dates
from sitegen.extract.events import find_events
from sitegen.extract.types import Sentence

PUBLISHED = datetime.date(2025, 3, 12)  # a Wednesday


def values(text: str) -> list[tuple[str, str]]:
    return [(d.surface, d.value) for d in find_dates(text, PUBLISHED)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # annual report, local paper, sports desk, wire: the year the span begins in,
        # the whole span taken so that no "-25" is left in a title
        ("Revenue fell in the 2023-24 financial year.",
         [("in the 2023-24 financial year", "2023")]),
        ("The club was relegated in 2019-20.", [("in 2019-20", "2019")]),
        ("Grants were cut in 2021/22.", [("in 2021/22", "2021")]),
        ("Profits fell in fiscal 2023.", [("in fiscal 2023", "2023")]),
        ("Profits fell in FY2023, the filing shows.", [("in FY2023", "2023")]),
        ("The contract was signed two weeks ago.", [("two weeks ago", "2025-02")]),
        ("The raid took place four days ago.", [("four days ago", "2025-03-08")]),
        ("The firm was fined on 2024-03-05 and again in late 2024.",
         [("2024-03-05", "2024-03-05"), ("2024", "2024")]),
    ],
)
def test_a_date_is_read_at_the_precision_written(text: str, expected: list) -> None:
    assert values(text) == expected


def told_after(text: str, last: str) -> list[str]:
    dates = find_dates(text, PUBLISHED)
    return [d.value for d in after_last_date(text, dates, last)]


@pytest.mark.parametrize(
    ("text", "last", "expected"),
    [
        ("The following week, the board resigned.", "2024-11-28", ["2024-12"]),
        ("A week later the mayor resigned.", "2024-06-03", ["2024-06"]),
        ("That autumn, the firm was sold.", "2019", ["2019"]),
        ("Later that year the plant closed.", "2021-06", ["2021"]),
        ("The payment was wired that month.", "2023-05-14", ["2023-05"]),
        ("The previous year, it had been fined.", "2022-04", ["2021"]),
        ("The preceding month, auditors visited.", "2022-01", ["2021-12"]),
        ("On the 3rd, the board met.", "2024-10", ["2024-10-03"]),
        # without a month before, "the 3rd" names no day; "the 3rd floor" is no day at all
        ("On the 3rd, the board met.", "2024", []),
        ("On the 3rd floor, the board met.", "2024-10", []),
        # a week is no precision of the model, so it needs a day to count from
        ("The following week, the board resigned.", "2024-11", []),
        # days told from a day, in wire, long-read and translated wording
        ("The next day, the minister resigned.", "2024-03-05", ["2024-03-06"]),
        ("Two days later he fled to Dubai.", "2024-03-05", ["2024-03-07"]),
        ("The day before, police had raided the office.", "2024-03-01", ["2024-02-29"]),
        ("The previous week, the council met.", "2024-03-05", ["2024-02"]),
        ("Three years later the plant closed.", "2019", ["2022"]),
        ("On that day, the board met.", "2024-03-05", ["2024-03-05"]),
        ("Two days later he fled to Dubai.", "2024-03", []),
    ],
)
def test_a_date_told_from_the_one_before(text: str, last: str, expected: list[str]) -> None:
    assert told_after(text, last) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The judge granted bail and adjourned the case to March 24.",
        "The hearing was postponed until April 2.",
        "The senator asked the agency's director to brief her committee by the end of April.",
        "Regulators gave the bank until June to repay the money.",
    ],
)
def test_a_day_put_off_to_or_a_deadline_is_no_event(text: str) -> None:
    assert find_events([Sentence(text, 0, 0, (), index=0)], PUBLISHED) == []


def test_a_day_already_past_in_the_same_words_still_dates_its_happening() -> None:
    events = find_events([Sentence("The court suspended the trial on March 4 and adjourned it "
                                   "to March 24.", 0, 0, (), index=0)], PUBLISHED)
    assert [e.date for e in events] == ["2025-03-04"]
