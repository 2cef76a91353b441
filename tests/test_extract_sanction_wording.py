"""Sanctions told the way wire, broadcast and local stories tell them: a lede that only
describes the targets and names them in the next sentences, a second act in the same
sentence, parties 'also designated' after the dated act."""

from __future__ import annotations

import datetime

import pytest
from mentions import mentions_in

from sitegen.extract.events import find_events
from sitegen.extract.types import Sentence

PUBLISHED = datetime.date(2025, 6, 12)  # a Thursday
ACTORS = {
    "State Department": ("state-department", "government"),
    "Treasury": ("treasury", "government"),
    "Britain": ("united-kingdom", "country"),
    "Council of the EU": ("council-of-the-eu", "organization"),
    "Kestrel Freight Ltd": ("kestrel-freight", "company"),
    "Kestrel Freight": ("kestrel-freight", "company"),
    "Dunmore Holdings": ("dunmore-holdings", "company"),
    "Parveen Gill": ("parveen-gill", "person"),
    "Amos Rendall": ("amos-rendall", "person"),
    "Ostra Shipping": ("ostra-shipping", "company"),
    "Northern Rivers Militia": ("northern-rivers-militia", "group"),
    "U.N.": ("united-nations", "organization"),
    "EU": ("eu", "organization"),
    "Eritrea": ("eritrea", "country"),
    "Commerce Department": ("commerce-department", "government"),
    "Serbia": ("serbia", "country"),
    "Canada": ("canada", "country"),
}


def sentence(text: str, index: int) -> Sentence:
    return Sentence(text, index, index, mentions_in(text, ACTORS, r"{}(?!\w)"), index=index)


def sanctions(*texts: str) -> list[tuple[str, str | None, tuple[str, ...]]]:
    events = find_events([sentence(t, i) for i, t in enumerate(texts)], PUBLISHED)
    return [(e.date, e.by, e.targets) for e in events if e.kind == "sanction"]


@pytest.mark.parametrize(
    ("texts", "targets"),
    [
        # wire: a counted lede, then the names in the next two sentences
        (("The State Department on Tuesday sanctioned a Cypriot freight forwarder, its owner "
         "and a holding company it accused of moving drones for the Northern Rivers Militia.",
         "According to the State Department, Kestrel Freight Ltd shipped the parts through "
         "Lagos in 2024.",
         "The department also designated the firm's owner, Parveen Gill, and Dunmore Holdings."),
        ("kestrel-freight", "parveen-gill", "dunmore-holdings")),
        # local paper: one sentence names them all
        (("Treasury on Tuesday blacklisted a shipping agent and two of its directors, accusing "
         "them of sanctions evasion.",
         "The agent, Ostra Shipping, and its directors Amos Rendall and Parveen Gill have "
         "denied wrongdoing."), ("ostra-shipping", "amos-rendall", "parveen-gill")),
    ],
)
def test_a_lede_that_describes_its_targets_takes_the_names_that_follow(
        texts: tuple[str, ...], targets: tuple[str, ...]) -> None:
    by = "state-department" if "State" in texts[0] else "treasury"
    assert sanctions(*texts) == [("2025-06-10", by, targets)]


def test_targets_named_in_turn_are_those_the_next_sentences_give_in_order() -> None:
    assert sanctions(
        "Britain on Tuesday froze the assets of a Lagos shipping agent and its owner.",
        "The agent, Ostra Shipping, is run by Amos Rendall, a former port official.") == [
        ("2025-06-10", "united-kingdom", ("ostra-shipping", "amos-rendall"))]


def test_a_lede_is_no_sanction_when_the_next_sentences_name_fewer_than_it_counts() -> None:
    assert sanctions(
        "Britain on Tuesday froze the assets of three shipping agents in Lagos.",
        "One of them, Ostra Shipping, is run by a former port official.") == []


@pytest.mark.parametrize(
    "text",
    [
        "The Council of the EU imposed an asset freeze on the company and barred European "
        "firms from doing business with it in April.",
        "In April, the Council of the EU imposed sanctions on the firm and banned its ships "
        "from European ports.",
    ],
)
def test_the_act_that_names_whom_it_hits_is_the_sanction(text: str) -> None:
    assert sanctions("Kestrel Freight Ltd has run ferries since 2015.", text) == [
        ("2025-04", "council-of-the-eu", ("kestrel-freight",))]


@pytest.mark.parametrize(
    "second",
    [
        "Mr Rendall's business partner, Parveen Gill, was also designated.",
        "Treasury also sanctioned Parveen Gill, his business partner.",
    ],
)
def test_parties_also_designated_in_the_next_sentence_join_the_targets(second: str) -> None:
    assert sanctions("Treasury on Wednesday sanctioned Amos Rendall, a Lagos fuel trader.",
                     second) == [("2025-06-11", "treasury", ("amos-rendall", "parveen-gill"))]


@pytest.mark.parametrize(
    ("text", "by", "target"),
    [
        ("Eritrea, which has been under a U.N. arms embargo since 2009, denied the report.",
         "united-nations", "eritrea"),
        ("Amos Rendall was placed under EU sanctions in March 2022.", "eu", "amos-rendall"),
        ("The shipping agent, Ostra Shipping, has been under EU sanctions since 2023.", "eu",
         "ostra-shipping"),
    ],
)
def test_a_party_under_an_authority_s_sanctions_is_its_target(text: str, by: str,
                                                                target: str) -> None:
    assert [(b, t) for _, b, t in sanctions(text)] == [(by, (target,))]


@pytest.mark.parametrize(
    "second",
    [
        "Dunmore Holdings was itself added to the list in December 2024.",
        "Dunmore Holdings, its parent, had been added to the same list in 2023.",
    ],
)
def test_a_passive_listing_on_the_list_just_told_of_is_by_that_list_s_authority(
        second: str) -> None:
    found = sanctions("The Commerce Department on Tuesday added Kestrel Freight Ltd to its "
                      "Entity List.", second)
    assert [(b, t) for _, b, t in found] == [("commerce-department", ("kestrel-freight",)),
                                             ("commerce-department", ("dunmore-holdings",))]


@pytest.mark.parametrize(
    "text",
    [
        "Treasury on Monday sanctioned Ostra Shipping's owner, Amos Rendall, for moving arms.",
        "On Monday, Treasury blacklisted Kestrel Freight's founder Amos Rendall.",
    ],
)
def test_the_owner_named_after_a_possessive_is_the_target_not_the_firm(text: str) -> None:
    assert [(b, t) for _, b, t in sanctions(text)] == [("treasury", ("amos-rendall",))]


@pytest.mark.parametrize(
    "text",
    [
        "In 2024 the State Department issued Kestrel Freight Ltd a notice of non-compliance "
        "over its export records.",
        "The State Department served an enforcement notice on Kestrel Freight Ltd in 2024.",
    ],
)
def test_a_regulator_s_formal_notice_against_a_party_is_a_sanction(text: str) -> None:
    assert sanctions(text) == [("2024", "state-department", ("kestrel-freight",))]


@pytest.mark.parametrize(
    "text",
    [
        # a sanction word in a description of the speaker is no act of the date's
        "Amos Rendall, a former Treasury official who now advises banks on sanctions "
        "compliance, said refiners had been warned about such gold since at least 2019.",
        # sanctions named by nationality only: no party named far before is their authority
        "The State Department's report says the money comes from Amos Rendall, a trader who "
        "has been under British and European sanctions since 2022.",
    ],
)
def test_no_sanction_without_its_act_or_its_authority(text: str) -> None:
    assert sanctions(text) == []


def test_a_party_named_by_its_trade_and_nation_is_no_nation_and_a_second_act_ends_the_list(
        ) -> None:
    assert sanctions(
        "The Council of the EU on Tuesday froze the assets of a Serbian arms dealer and banned "
        "him from entering the bloc.",
        "It named the dealer as Amos Rendall, 54.",
        "Serbia, which is not in the bloc, has not joined the measures.") == [
        ("2025-06-10", "council-of-the-eu", ("amos-rendall",))]


def test_a_broadcast_lede_takes_the_names_its_story_says_are_among_them() -> None:
    assert sanctions(
        "Canada has imposed sanctions on four people it says bankroll armed gangs, officials "
        "announced on Thursday.",
        "The measures freeze any assets the four hold in Canada.",
        "Those listed include businessman Amos Rendall and former senator Parveen Gill.") == [
        ("2025-06-12", "canada", ("amos-rendall", "parveen-gill"))]


def test_a_sanction_retold_at_a_coarser_date_is_the_same_sanction() -> None:
    texts = ("A Swiss refinery bought gold from a trader that Britain this week hit with "
             "sanctions for smuggling.",
             "Britain on Tuesday froze the assets of Kestrel Freight Ltd and its founder, "
             "Amos Rendall.")
    events = find_events([sentence(t, i) for i, t in enumerate(texts)], PUBLISHED)
    assert [(e.date, e.kind) for e in events] == [("2025-06-10", "sanction")]
