"""Actors in wire copy: the country after a dateline, governments named by description or
by their seat, and a body owned by a body. Small texts written for the tests."""

from __future__ import annotations

import pytest

from sitegen.extract.actors import find_actors
from sitegen.extract.article import parse_article


def actors(text: str) -> dict[str, tuple[str, list[str]]]:
    cast = find_actors(parse_article(text))
    return {a.name: (a.type, sorted(a.aliases)) for a in cast.actors.values()}


@pytest.mark.parametrize(
    "dateline",
    [
        "WASHINGTON (AP) — ",
        "LONDON, March 3 (Reuters) - ",
        "PARIS (AFP) - ",
        "TOKYO (Bloomberg) -- ",
        "WASHINGTON — ",
    ],
)
def test_the_country_right_after_a_dateline_acts(dateline: str) -> None:
    got = actors(f"{dateline}The United States imposed sanctions on Norwind Shipping Ltd.\n")
    assert got["United States"][0] == "country"
    assert "Washington" not in got and "London" not in got


def test_government_descriptions_join_the_country() -> None:
    got = actors(
        "The British government said the firm shipped parts. Britain froze its assets.\n"
        "The Trump administration said it would not follow. The United States did not act.\n"
    )
    assert set(got) == {"United Kingdom", "United States"}
    assert "Trump" not in got and "British" not in got


def test_seats_of_government_are_the_bodies_that_sit_there() -> None:
    got = actors(
        "Russia denied the report. The Kremlin said it would respond.\n"
        "The White House declined to comment, and the United States said nothing more.\n"
    )
    assert got["Russia"] == ("country", [])
    assert got["Kremlin"] == ("government", [])
    assert got["White House"] == ("government", [])
    assert got["United States"] == ("country", [])


def test_a_body_owned_by_a_body_is_two_actors() -> None:
    got = actors(
        "The Treasury Department's Office of Foreign Assets Control said the firm used false "
        "papers. Russia's Finance Ministry called the move illegal.\n"
    )
    assert got["Office of Foreign Assets Control"][0] == "government"
    assert got["Treasury Department"][0] == "government"
    assert not any("'s" in name for name in got)


def test_a_seat_named_alone_is_its_body() -> None:
    got = actors("TOKYO (Bloomberg) -- The Kremlin denied any link to Kestrel Metals Corp.\n")
    assert got["Kremlin"] == ("government", [])
    assert "Russia" not in got


def test_a_seat_before_said_is_no_person() -> None:
    got = actors(
        "WASHINGTON (AP) — The Biden administration on Tuesday imposed sanctions on Corvel "
        "Shipping Ltd. The White House said the sanctions would stay.\n"
    )
    assert got["White House"] == ("government", [])  # no person named House
    assert "Biden" not in got and "House" not in got


def test_a_countrys_government_by_possessive_is_the_country_with_that_alias() -> None:
    got = actors(
        "Arms reached Somalia last year. Somalia’s government, which has been under an embargo "
        "since 2018, said it had received no weapons.\n"
    )
    assert got["Somalia"] == ("country", ["Somalia’s government"])


def test_a_government_named_only_by_possessive_keeps_that_name() -> None:
    got = actors("Kenya’s government banned unprocessed gold exports in March 2023.\n")
    assert got == {"Kenya’s government": ("government", [])}


def test_a_generic_state_body_keeps_its_country_as_an_alias() -> None:
    got = actors("Russia’s Finance Ministry called the sanctions illegal on Monday.\n")
    assert got["Finance Ministry"] == ("government", ["Russia’s Finance Ministry"])
