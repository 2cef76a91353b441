"""An unnamed individual is named 'Unnamed ' + the text's own description of them (annotation
conventions, Quotes): the place or defining clause kept as written, a body or firm named in
the description not taking their words. Small texts written for the tests, in wire,
local-paper and long-read wording."""

from __future__ import annotations

import pytest

from sitegen.extract.actors import find_actors
from sitegen.extract.article import parse_article
from sitegen.extract.quotes import find_quotes


def quotes(text: str) -> dict[str, str | None]:
    """Quote text -> speaker name."""
    article = parse_article(text)
    cast = find_actors(article)
    found, _ = find_quotes(article, cast)
    return {q.text: (cast.actors[q.speaker].name if q.speaker else None) for q in found}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Halvor Energy said output fell. A Halvor Energy rig worker in Stavanger, who asked "
            "not to be named, said: “We were told to keep quiet.”\n",
            "Unnamed Halvor Energy rig worker in Stavanger",
        ),
        (
            "Brightwater Foods denied the claims. A Brightwater Foods driver said: “Nobody "
            "checked the invoices.”\n",
            "Unnamed Brightwater Foods driver",
        ),
    ],
)
def test_a_firm_named_in_a_workers_description_does_not_take_their_words(
    text: str, name: str
) -> None:
    assert set(quotes(text).values()) == {name}


@pytest.mark.parametrize(
    "text",
    [
        "Police searched the warehouse on Friday. A police officer who took part in the search, "
        "who asked not to be named because he was not authorised to speak to the press, said: "
        "“They knew we were coming.”\n",
        "Police searched the warehouse on Friday. A police officer who took part in the search, "
        "who spoke on condition of anonymity, said: “They knew we were coming.”\n",
    ],
)
def test_an_official_who_goes_unnamed_by_choice_speaks_for_themselves(text: str) -> None:
    assert quotes(text) == {
        "They knew we were coming.": "Unnamed police officer who took part in the search"
    }


def test_an_official_with_no_reason_to_go_unnamed_still_speaks_for_the_body() -> None:
    text = (
        "The Harbour Authority closed the quay on Monday. A Harbour Authority official said: "
        "“The quay will stay shut.”\n"
    )
    assert set(quotes(text).values()) == {"Harbour Authority"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "A farmer in west Cork, who did not want to be named, said: “The dealer paid cash.”\n",
            "Unnamed farmer in west Cork",
        ),
        (
            "Armenia rejected the report. A senior western diplomat in Yerevan, who spoke on "
            "condition of anonymity, said: “Everyone knew.”\n",
            "Unnamed senior western diplomat in Yerevan",
        ),
    ],
)
def test_where_an_unnamed_source_is_stays_as_the_text_says_it(text: str, name: str) -> None:
    assert set(quotes(text).values()) == {name}


@pytest.mark.parametrize("members", ["TDs", "MPs", "MEPs"])
def test_members_of_a_parliament_told_are_no_outlet(members: str) -> None:
    text = (
        f"The minister defended the scheme. “Every euro is accounted for,” Ms Doyle told "
        f"{members} on Tuesday.\n"
    )
    article = parse_article(text)
    cast = find_actors(article)
    found, _ = find_quotes(article, cast)
    assert [q.via for q in found] == [None]
    assert not any(a.type == "media" for a in cast.actors.values())


@pytest.mark.parametrize("role", ["solicitor", "barrister", "lawyer"])
def test_a_clients_counsel_named_in_apposition_speaks_not_the_client(role: str) -> None:
    text = (
        "Colm Brennan runs the farm.\n\n"
        f"In a letter to the Clare Champion, Mr Brennan’s {role}, Aoife Ní Riain, said the "
        "claims were “entirely without foundation”.\n"
    )
    assert set(quotes(text).values()) == {"Aoife Ní Riain"}


@pytest.mark.parametrize(
    "credit",
    [
        "– with reports from Marisol Tabangcura/Bantay News",
        "— With reporting by Marisol Tabangcura",
        "-- with additional reports from Marisol Tabangcura in Cebu",
    ],
)
def test_a_credit_line_inside_the_text_is_boilerplate(credit: str) -> None:
    text = (
        "Halvor Energy denied the claims on Monday.\n\n"
        f"{credit}\n\nThe port reopened on Tuesday, officials said.\n"
    )
    kinds = {p.text: p.kind for p in parse_article(text).paragraphs}
    assert kinds[credit] == "boilerplate"


def test_a_ministry_named_by_its_portfolios_stays_whole_and_the_next_body_stays_apart() -> None:
    text = (
        "Inspectors from the Department of Housing, Heritage and the Environment visited the "
        "site. The Department of Justice and the Revenue Commissioners declined to comment.\n"
    )
    names = {a.name for a in find_actors(parse_article(text)).actors.values()}
    assert "Department of Housing, Heritage and the Environment" in names
    assert "Department of Justice" in names
    assert not names & {"Heritage", "Environment", "Department of Housing"}


@pytest.mark.parametrize(
    ("full", "short"),
    [("Ana Lucía de los Santos", "De los Santos"), ("Pedro de las Heras", "De las Heras")],
)
def test_a_surname_opened_by_two_particles_is_one_name(full: str, short: str) -> None:
    text = (
        f"Senator {full}, who chairs the audit panel, said she would seek a hearing.\n\n"
        f"{short} said: “The inspectors looked away.”\n"
    )
    assert set(quotes(text).values()) == {full}


def test_a_nickname_in_quotes_inside_a_name_keeps_the_name_whole() -> None:
    text = (
        "The raid followed a tip, said police spokesperson Eduardo “Eddie” Manalo. The mayor, "
        "Teresita “Tess” Ocampo-Lim, denied it. Manalo called the site “a fortress” on Monday.\n"
    )
    names = {a.name for a in find_actors(parse_article(text)).actors.values()}
    assert {"Eduardo “Eddie” Manalo", "Teresita “Tess” Ocampo-Lim"} <= names
    assert not names & {"Eduardo", "Teresita", "Eddie", "Tess"}
