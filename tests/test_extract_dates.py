"""Date expressions: each rule against a fixed publication date (Wednesday 2025-03-12)."""

from __future__ import annotations

import datetime

import pytest

from sitegen.extract.dates import find_dates, restate_dates, without_date_names
from sitegen.extract.types import Mention, Sentence

PUBLISHED = datetime.date(2025, 3, 12)  # a Wednesday


def values(text: str, published: datetime.date | None = PUBLISHED) -> list[str]:
    return [d.value for d in find_dates(text, published)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("OFAC on Monday added the service to its list.", ["2025-03-10"]),
        ("The ministry said on Wednesday that it had opened an inquiry.", ["2025-03-12"]),
        ("The ministry said on Thursday that it had opened an inquiry.", ["2025-03-06"]),
        ("Last Wednesday the firm closed.", ["2025-03-05"]),
        ("The company first came on the radar back in 2016.", ["2016"]),
        ("Funds were stolen in June 2023.", ["2023-06"]),
        ("Funds were stolen in Sept. 2023.", ["2023-09"]),
        ("A report published in October found it.", ["2024-10"]),
        ("The inquiry began in March.", ["2025-03"]),
        ("The documents were filed in January last year.", ["2024-01"]),
        ("The deal was signed in January this year.", ["2025-01"]),
        ("Researchers first linked it to hackers last year.", ["2024"]),
        ("Orders rose this year.", ["2025"]),
        ("In a notice dated 30 September, CBP ordered a detention.", ["2024-09-30"]),
        ("In a notice dated September 30, CBP ordered a detention.", ["2024-09-30"]),
        ("It was signed on 4 March.", ["2025-03-04"]),
        ("The filing is dated September 30, 2021.", ["2021-09-30"]),
        ("The filing is dated 2021-09-30.", ["2021-09-30"]),
        ("Drones were recovered between January and April.", ["2024-01"]),
        ("Drones were recovered between November and February.", ["2024-11"]),
        ("Payments were made between 2019 and 2023.", ["2019"]),
        ("Payments were made between March 2021 and June 2022.", ["2021-03"]),
        ("Payments were made from November to February 2024.", ["2023-11"]),
        ("Russia has launched drones since 2022.", ["2022"]),
        ("The shares fell yesterday.", ["2025-03-11"]),
        ("It was announced earlier this month.", ["2025-03"]),
        ("It was announced last month.", ["2025-02"]),
        ("It was announced last week.", ["2025-03"]),
        ("The firm was founded two years ago.", ["2023"]),
        ("The plant was built in mid-2019.", ["2019"]),
    ],
)
def test_find_dates_resolves_each_rule(text: str, expected: list[str]) -> None:
    assert values(text) == expected


def test_find_dates_keeps_the_surface_and_offsets() -> None:
    text = "Researchers first linked it to hackers last year."
    (date,) = find_dates(text, PUBLISHED)
    assert text[date.start:date.end] == date.surface == "last year"
    assert date.relative and not date.future


def test_find_dates_marks_future_tense() -> None:
    (later,) = find_dates("The group will publish its findings later this year.", PUBLISHED)
    (planned,) = find_dates("A series that is planned to be aired this year.", PUBLISHED)
    (october,) = find_dates("The ministry said it would audit the accounts in October.", PUBLISHED)
    assert later.future and planned.future and october.future
    assert october.value == "2025-10"


def test_find_dates_past_tense_is_not_future() -> None:
    (date,) = find_dates("The company said it had stopped deliveries in October.", PUBLISHED)
    assert not date.future and date.value == "2024-10"


def test_find_dates_without_publication_keeps_only_absolute_dates() -> None:
    text = "On Monday, in October and last year; in June 2023 and since 2016."
    assert values(text, None) == ["2023-06", "2016"]


@pytest.mark.parametrize(
    "text",
    [
        "May I ask a question?",
        "Protesters march to the ministry.",
        "The fund paid $2019 in fees.",
        "It lost 2,019 customers and 2019.5 tonnes.",
        "He was born on the 12th.",
    ],
)
def test_find_dates_ignores_words_and_amounts_that_are_not_dates(text: str) -> None:
    assert values(text) == []


def test_find_dates_day_month_with_relative_year() -> None:
    assert values("We started on June 16th of last year.") == ["2024-06-16"]
    assert values("It was signed on 3 March last year.") == ["2024-03-03"]


def test_find_dates_future_verb_after_the_date() -> None:
    (day,) = find_dates("On 1 November, civil rights leaders will march.", PUBLISHED)
    (said,) = find_dates("In October, the company said it will expand.", PUBLISHED)
    assert day.future and day.value == "2025-11-01"
    assert not said.future and said.value == "2024-10"


def test_without_date_names_drops_mentions_read_inside_a_date() -> None:
    text = "The commission froze the accounts of Velotek on Dec. 3."
    sentence = Sentence(text, 0, 0, (Mention(37, 44, "velotek", "company"),
                                     Mention(48, 51, "dec", "company")))
    for published in (PUBLISHED, None):
        kept = without_date_names(sentence, published).mentions
        assert [m.actor for m in kept] == ["velotek"]


def test_find_dates_later_before_a_date_is_not_the_future() -> None:
    (date,) = find_dates("It was founded in 2016 and later, in 2019, it was sanctioned.",
                         PUBLISHED)[1:]
    assert not date.future and date.value == "2019"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("An inquiry opened last autumn.", ["2024"]),
        ("It happened last summer.", ["2024"]),
        ("It happened in the spring of 2021.", ["2021"]),
        ("It happens this summer.", ["2025"]),
    ],
)
def test_find_dates_seasons_give_their_year(text: str, expected: list[str]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The police chief said Tuesday that an inquiry was opened.", ["2025-03-11"]),
        ("The firm shipped oil to the buyer as early as 2019.", ["2019"]),
        ("It has supplied the firm since at least March 2020.", ["2020-03"]),
        ("Between late January and early March, the vessel made 14 trips.", ["2025-01"]),
    ],
)
def test_find_dates_bare_weekdays_open_bounds_and_qualified_ranges(
        text: str, expected: list[str]) -> None:
    assert values(text) == expected


def test_restate_dates_leaves_quotations_as_spoken() -> None:
    text = "The firm said on Monday: \u201cToday we are cooperating.\u201d It \"left last year\"."
    assert restate_dates(text, PUBLISHED) == (
        "The firm said on 10 March 2025: \u201cToday we are cooperating.\u201d "
        "It \"left last year\".")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Under the Competition Act, 2002, the watchdog can fine a firm.", []),
        ("The firm was charged under the Companies Act 2006 in May 2021.", ["2021-05"]),
        ("Police used powers in the Criminal Code, 1985 to seize the boat in 2019.", ["2019"]),
        ("The Prevention of Corruption Act was amended in 2018.", ["2018"]),
    ],
)
def test_find_dates_skips_the_year_in_a_statute_name(text: str, expected: list[str]) -> None:
    assert values(text) == expected
