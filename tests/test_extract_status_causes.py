"""Status by structural cause: who speaks and of whom, not which phrase is used.
What a group tells of others' doings is its account, never the reporter's fact."""

from __future__ import annotations

import datetime
import re

import pytest

from sitegen.extract.claims import find_claims
from sitegen.extract.types import Mention, Sentence

PUBLISHED = datetime.date(2024, 6, 1)
ACTORS = {
    "Halden Shipping": ("halden-shipping", "company"),
    "Marta Quist": ("marta-quist", "person"),
}


def sentence(text: str, index: int) -> Sentence:
    mentions = [Mention(m.start(), m.end(), key, kind)
                for name, (key, kind) in ACTORS.items()
                for m in re.finditer(re.escape(name), text)]
    return Sentence(text, index, 0, tuple(sorted(mentions, key=lambda m: m.start)), index=index)


def claims_of(*texts: str):
    return find_claims([sentence(t, i) for i, t in enumerate(texts)], PUBLISHED)


@pytest.mark.parametrize("text", [
    # local paper: the people it happened to
    "Dock workers say the wages were paid through a middleman for Halden Shipping.",
    # wire: a trailing attribution to the police
    "The manager spent the grant on a holiday home, police said.",
    # long read: experts, with a perfect tense
    "Independent experts have said the cargo was loaded by Halden Shipping at a second port.",
    # broadcaster: a collective with a quantifier
    "Some residents said Halden Shipping had moved the barrels at night.",
])
def test_a_groups_account_of_a_named_party_is_an_allegation(text: str) -> None:
    assert claims_of(text)[-1].status == "alleged"


@pytest.mark.parametrize("text", [
    # one named speaker: reported, as said
    "Marta Quist said the wages were paid through a middleman for Halden Shipping.",
    # a pronoun or a single person is not a group
    "She said the cargo was loaded by Halden Shipping at a second port.",
    "A spokesman said the cargo was loaded by Halden Shipping at a second port.",
    # a group telling of its own doings: news, not an accusation
    "Police said they had searched two warehouses on Monday.",
])
def test_named_single_or_self_reporting_speakers_stay_reported(text: str) -> None:
    assert claims_of(text)[-1].status == "reported"
