"""A deed told on the word of those who build a case is their accusation, not a happening;
told on papers or by a witness, it stays dated."""

from __future__ import annotations

import datetime
import re

import pytest

from sitegen.extract.events import find_events
from sitegen.extract.types import Mention, Sentence

PUBLISHED = datetime.date(2024, 12, 10)
PARTIES = ("Harlan Voss", "Castell Paving", "Tamsin Reyes", "Ardent Freight", "Kessler Air",
           "Brookfield Leasing", "Greyline Cables", "Marlow Haulage")


def dated(text: str) -> list[str]:
    mentions = tuple(sorted(
        (Mention(m.start(), m.end(), name.lower().replace(" ", "-"), "company")
         for name in PARTIES for m in re.finditer(re.escape(name), text)),
        key=lambda m: m.start))
    return [e.date for e in find_events([Sentence(text, 0, 0, mentions, index=0)], PUBLISHED)]


@pytest.mark.parametrize(
    "text",
    [
        # wire
        "According to prosecutors, Harlan Voss, who left office in May, steered "
        "three paving contracts to Castell Paving in 2022.",
        # local paper: the hedge set inside a relative clause
        "Deputies broke up a smuggling ring that, according to investigators, shipped "
        "rhino horn through Ardent Freight between 2019 and 2023.",
        # long read
        "According to the anti-corruption bureau and the regional prosecutor's office, "
        "Tamsin Reyes moved the fund's reserves to Kessler Air in March 2023.",
        # broadcaster
        "Marlow Haulage, according to police, bought the stolen Greyline Cables stock "
        "on Oct. 3.",
    ],
)
def test_a_deed_on_an_accusers_word_is_no_event(text: str) -> None:
    assert [d for d in dated(text) if d != "2024-05"] == []


def test_the_post_left_on_a_date_stays_dated_beside_the_accusation() -> None:
    text = ("According to prosecutors, Harlan Voss, who left office in May, steered "
            "three paving contracts to Castell Paving in 2022.")
    assert dated(text) == ["2024-05"]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("According to the court order, Kessler Air bought four cargo planes from "
         "Brookfield Leasing between March and June 2023.", "2023-03"),
        ("According to a person familiar with the talks, Kessler Air signed the lease with "
         "Brookfield Leasing in 2023.", "2023"),
    ],
)
def test_a_deed_on_papers_or_a_witness_word_stays_dated(text: str, date: str) -> None:
    assert dated(text) == [date]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # wire
        ("Prosecutors have charged Harlan Voss over an alleged bribery scheme tied to paving "
         "contracts, Castell Paving said on Dec. 1.", "2024-12-01"),
        # broadcaster
        ("Tamsin Reyes is suspected of moving reserves to Kessler Air, the anti-fraud office "
         "said in a statement on Monday.", "2024-12-09"),
        # local paper
        ("Marlow Haulage was allegedly paid twice for the same lorries, Greyline Cables "
         "announced Friday.", "2024-12-06"),
    ],
)
def test_a_teller_closing_the_sentence_dates_the_telling_whatever_its_hedges(
        text: str, date: str) -> None:
    assert dated(text) == [date]


def test_a_hedge_before_a_date_that_does_not_close_the_sentence_still_holds() -> None:
    assert dated("Harlan Voss allegedly paid Castell Paving on Dec. 1 to win the tender.") == []
