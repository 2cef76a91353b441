"""A nation that puts parties on a list of its own name acts through the body keeping the
list, when the next sentence opens on that body telling of it; a measure with no named
list stays the nation's. A currency read as a name is no target."""

from __future__ import annotations

import datetime

import pytest
from mentions import mentions_in

from sitegen.extract.events import find_events
from sitegen.extract.types import Sentence

PUBLISHED = datetime.date(2025, 6, 12)  # a Thursday
ACTORS = {
    "US": ("united-states", "country"),
    "Britain": ("united-kingdom", "country"),
    "Canada": ("canada", "country"),
    "Commerce Department": ("commerce-department", "government"),
    "Bureau of Industry and Security": ("bis", "government"),
    "Foreign Office": ("foreign-office", "government"),
    "Global Affairs Canada": ("global-affairs-canada", "government"),
    "Tarsus Machine": ("tarsus-machine", "company"),
    "Ilker Sahin": ("ilker-sahin", "person"),
    "Kestrel Freight": ("kestrel-freight", "company"),
}


def sentence(text: str, index: int) -> Sentence:
    return Sentence(text, index, index, mentions_in(text, ACTORS, r"{}(?!\w)"), index=index)


def authority(*texts: str) -> str | None:
    events = find_events([sentence(t, i) for i, t in enumerate(texts)], PUBLISHED)
    return next(e.by for e in events if e.kind == "sanction")


@pytest.mark.parametrize(
    ("texts", "body"),
    [
        # wire
        (("The US added Tarsus Machine and its owner, Ilker Sahin, to the Entity List on "
          "Tuesday.",
          "The Commerce Department's Bureau of Industry and Security said the firm had "
          "shipped lathes to Iran."), "bis"),
        # broadcaster: a longer list name, the act told before its date
        (("Canada on Monday added Kestrel Freight to the Consolidated Autonomous Sanctions "
          "List.",
          "Global Affairs Canada said the company had moved drones for Moscow."),
         "global-affairs-canada"),
    ],
)
def test_a_named_list_is_the_keeping_bodys_act(texts: tuple[str, ...], body: str) -> None:
    assert authority(*texts) == body


@pytest.mark.parametrize(
    "texts",
    [
        # no named list: the ministry speaks for the nation
        ("Britain on Friday froze the assets of Kestrel Freight.",
         "The Foreign Office said the firm had shipped machine tools to Russia."),
        # a named list, but the next sentence does not open on a body telling of it
        ("The US added Tarsus Machine to the Entity List on Tuesday.",
         "Ilker Sahin, its owner, said the Bureau of Industry and Security was wrong."),
    ],
)
def test_otherwise_the_nation_stays_the_authority(texts: tuple[str, ...]) -> None:
    assert authority(*texts) in ("united-kingdom", "united-states")


def sanction_targets(text: str, extra: dict[str, tuple[str, str]]) -> list[tuple[str, ...]]:
    told = Sentence(text, 0, 0, mentions_in(text, {**ACTORS, **extra}, r"{}(?!\w)"), index=0)
    return [e.targets for e in find_events([told], PUBLISHED)]


@pytest.mark.parametrize(
    ("text", "money"),
    [
        # translated report: the real's sign, read as a name by the actor stage
        ("On Friday, a federal court in Belem ordered the freezing of R$ 120 million in "
         "assets.", "R"),
        # wire: Hong Kong dollars
        ("The Securities and Futures Commission on Tuesday fined HK$ 3 million.", "HK"),
        # local paper: an amount glued to its currency letter
        ("The Competition Tribunal on Monday fined R312-million to the bidder.", "R312-million"),
    ],
)
def test_a_currency_is_no_target(text: str, money: str) -> None:
    extra = {money: ("money", "government"), "Securities and Futures Commission":
             ("sfc", "government"), "Competition Tribunal": ("tribunal", "government")}
    assert all("money" not in targets for targets in sanction_targets(text, extra))


def test_a_party_named_before_an_amount_stays_the_target() -> None:
    text = "The Competition Tribunal on Monday fined Kestrel Freight R 48 million."
    assert sanction_targets(text, {"Competition Tribunal": ("tribunal", "government")}) == [
        ("kestrel-freight",)]


@pytest.mark.parametrize(
    "text",
    [
        "The Treasury on Tuesday sanctioned Kestrel Freight under Executive Order 13846.",
        "The Treasury on Tuesday sanctioned Kestrel Freight, freezing any assets it holds "
        "under US jurisdiction.",
        "The Treasury on Tuesday sanctioned Kestrel Freight under the Global Magnitsky Act.",
    ],
)
def test_the_law_or_reach_an_act_is_taken_under_is_no_target(text: str) -> None:
    extra = {"Treasury": ("treasury", "government"), "Executive Order": ("eo", "government"),
             "Global Magnitsky Act": ("act", "organization")}
    assert sanction_targets(text, extra) == [("kestrel-freight",)]
