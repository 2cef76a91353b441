"""Events on wording the rules were not tuned on: start dates, a former trading name,
'the following month', and dates that date no happening of their own."""

from __future__ import annotations

import datetime

import pytest

from sitegen.extract.events import find_events
from sitegen.extract.types import Sentence

PUBLISHED = datetime.date(2024, 12, 10)


def dated(*texts: str) -> list[tuple[str, str]]:
    sentences = [Sentence(t, i, 0, (), index=i) for i, t in enumerate(texts)]
    return [(e.date, e.kind) for e in find_events(sentences, PUBLISHED)]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Harwell Marine, which traded as Harwell Star until April, owns six tankers.", "2024-04"),
        ("The charity was formed in March 2024 by two former aid workers.", "2024-03"),
        ("In June 2024, the board voted to sell the depot.", "2024-06"),
        ("Since 2021, the businessman has chaired the holding company.", "2021"),
        ("The depot has operated from the old port since 2022.", "2022"),
        ("Researchers said in a 2021 report that the river was polluted.", "2021"),
    ],
)
def test_a_happening_in_unseen_words_is_dated(text: str, date: str) -> None:
    assert [d for d, _ in dated(text)] == [date]


def test_the_following_month_is_the_month_after_the_one_named_before() -> None:
    assert dated("In June 2024, the board voted to sell the depot.",
                 "The following month, the company moved its headquarters to Limassol.") == [
        ("2024-06", "other"), ("2024-07", "other")]


@pytest.mark.parametrize(
    "text",
    [
        "The review of the 2021 takeover found gaps in the paperwork.",
        "It was the fifth round of sanctions this year.",
        "Investigators say the firm smuggled fuel from 2021 to 2023.",
    ],
)
def test_a_date_that_dates_no_happening_of_its_own_is_no_event(text: str) -> None:
    assert dated(text) == []
