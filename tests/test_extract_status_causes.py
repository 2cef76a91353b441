"""Status by structural cause: who speaks and of whom, not which phrase is used.
An accused party's own account of what it did not do is a denial, never a plain fact."""

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
    "Quist": ("marta-quist", "person"),
    "the Harbour Watch": ("harbour-watch", "organization"),
}


def sentence(text: str, index: int) -> Sentence:
    taken: list[tuple[int, int]] = []
    mentions = []
    for name, (key, kind) in ACTORS.items():  # longest names first: "Marta Quist" before "Quist"
        for m in re.finditer(re.escape(name), text):
            if not any(s <= m.start() < e for s, e in taken):
                taken.append((m.start(), m.end()))
                mentions.append(Mention(m.start(), m.end(), key, kind))
    return Sentence(text, index, 0, tuple(sorted(mentions, key=lambda m: m.start)), index=index)


def claims_of(*texts: str):
    return find_claims([sentence(t, i) for i, t in enumerate(texts)], PUBLISHED)


ALLEGATION = ("The Harbour Watch says Halden Shipping and its owner, Marta Quist, smuggled fuel "
              "past customs in 2022.")


@pytest.mark.parametrize("answer", [
    # wire: a company statement, in the reporter's words
    "Halden Shipping said in a statement that it had no way of checking what its tanks held.",
    # long read: the owner, quoted
    '"I signed nothing that the port authority had not approved," Marta Quist said.',
    # local paper: a manager's plain-spoken answer
    '"We never took a single litre off the books," Marta Quist told reporters.',
])
def test_accused_partys_negative_account_is_a_denial(answer: str) -> None:
    claims = claims_of(ALLEGATION, answer)
    assert claims[0].status == "alleged"
    assert claims[-1].status == "denied"
    assert claims[-1].responds_to == 0


def test_accused_partys_plain_news_stays_reported() -> None:
    # broadcaster: what the accused says it has done since is news, not a denial
    claims = claims_of(ALLEGATION, "Halden Shipping said it had stopped trading in March.")
    assert claims[-1].status == "reported"


def test_bystanders_negative_account_is_not_made_a_denial() -> None:
    claims = claims_of(ALLEGATION, "The Harbour Watch said it had not yet published the data.")
    assert claims[-1].status not in ("denied", "disputed")
