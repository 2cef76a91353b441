"""Where a name starts and ends, and which short forms are the same entity: legal forms with
inner punctuation, generic openings dropped, titles before a name. Small texts written for
the tests, in several house styles."""

from __future__ import annotations

import pytest

from sitegen.extract.actors import find_actors
from sitegen.extract.article import parse_article


def actors(text: str) -> dict[str, tuple[str, list[str]]]:
    cast = find_actors(parse_article(text))
    return {a.name: (a.type, sorted(a.aliases)) for a in cast.actors.values()}


@pytest.mark.parametrize(
    ("text", "name", "short"),
    [
        ("The mill is run by Lotus Bay Textiles Co., Ltd., records show. Lotus Bay denied it.",
         "Lotus Bay Textiles Co., Ltd.", "Lotus Bay"),
        ("Karoo Freight Services (Pty) Ltd flew the cargo. Karoo Freight declined to comment.",
         "Karoo Freight Services (Pty) Ltd", "Karoo Freight"),
        ("Hollins Care Group plc runs 12 homes. Hollins Care said it would appeal.",
         "Hollins Care Group plc", "Hollins Care"),
        ("Regulators fined Brightmoor, Inc. on Monday. Brightmoor said it would pay.",
         "Brightmoor, Inc.", "Brightmoor"),
    ],
)
def test_a_legal_form_with_inner_punctuation_stays_in_the_name(
    text: str, name: str, short: str
) -> None:
    got = actors(text + "\n")
    assert got[name] == ("company", [short])
    assert not {"Ltd", "Ltd.", "Inc.", "Pty"} & set(got)


@pytest.mark.parametrize(
    ("text", "name", "short"),
    [
        ("Documents show Minera Valle Rojo S.A. knew. A study paid for by Valle Rojo found lead.",
         "Minera Valle Rojo S.A.", "Valle Rojo"),
        ("Club Atletico Sorrento won the title. Sorrento has denied any wrongdoing.",
         "Club Atletico Sorrento", "Sorrento"),
    ],
)
def test_a_generic_opening_may_be_dropped(text: str, name: str, short: str) -> None:
    got = actors(text + "\n")
    assert got[name][1] == [short]
    assert short not in got


def test_the_end_of_an_of_phrase_is_not_a_short_form() -> None:
    got = actors("The Bank of Scotland said it would review the loans. Scotland voted.\n")
    assert "Scotland" not in got["Bank of Scotland"][1]


@pytest.mark.parametrize(
    ("sentence", "person"),
    [
        ("Cllr Janet Mercer, who chairs the committee, said the deal was wrong.", "Janet Mercer"),
        ("Labour MP Daniel Rourke said patients had been ignored.", "Daniel Rourke"),
        ("Green MEP Sara Lind said the rules were clear.", "Sara Lind"),
        ("County Administrator Lorraine Okafor-Hale said the county followed the rules.",
         "Lorraine Okafor-Hale"),
        ("Deputy Treasury Secretary Marianne Ost said the firm evaded sanctions.", "Marianne Ost"),
        ("Regional Manager Gareth Pru said staff were told to bill more.", "Gareth Pru"),
        ("State Rep. Carla Ruiz, D-Millbrook, said she had asked for a review.", "Carla Ruiz"),
    ],
)
def test_a_title_before_a_name_is_not_part_of_it(sentence: str, person: str) -> None:
    got = actors(sentence + "\n")
    assert got == {person: ("person", [])}


@pytest.mark.parametrize(
    ("text", "name", "other"),
    [
        ("Talas Pay LLC moved funds. Talas Pay, which was called Orda Coin until it rebranded "
         "in 2023, denied it.", "Talas Pay LLC", "Orda Coin"),
        ("Vela Media Group traded as Pixel Grove until April, company records show.",
         "Vela Media Group", "Pixel Grove"),
        ("The Corvin Trust, which is registered in Malta as Corvin Holdings Ltd, said it was "
         "independent.", "Corvin Trust", "Corvin Holdings Ltd"),
        ("Harlow Freight Ltd, trading as Swiftline, declined to comment.",
         "Harlow Freight Ltd", "Swiftline"),
    ],
)
def test_a_former_registered_or_trading_name_is_an_alias(text: str, name: str, other: str) -> None:
    got = actors(text + "\n")
    assert other in got[name][1]
    assert other not in got


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Records obtained under the Freedom of Information Act show the council paid.",
         {"Freedom", "Information Act"}),
        ("“We obeyed every law of the Kyrgyz Republic,” he said.", {"Republic"}),
        ("Prawns sold in Britain were peeled by children and the prawns were cheap, says "
         "the report, titled “Peeled: "
         "Debt and Prawns on the Andaman Coast”.", {"Prawns", "Andaman Coast"}),
        ("Villagers in Chile’s northern Atacama said the water was unsafe.", {"Atacama"}),
        ("Residents of Huaccana, a farming village, said the river was grey.", {"Huaccana"}),
        ("The ministry called the sanctions illegal in a post on Telegram.", {"Telegram"}),
    ],
)
def test_laws_generic_words_titles_and_places_are_no_actors(text: str, absent: set[str]) -> None:
    assert not absent & set(actors(text + "\n"))


def test_a_body_named_with_its_nationality_keeps_it() -> None:
    got = actors("The British Council said it would help. The European Commission agreed.\n")
    assert {"British Council", "European Commission"} <= set(got)


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Payments went to Volga Credit Bank, OFAC said. The Office of Foreign Assets Control "
         "(OFAC) designated the firm.", "Office of Foreign Assets Control", "government"),
        ("OFSI, the Treasury’s sanctions enforcement unit, said the Office of Financial "
         "Sanctions Implementation (OFSI) had acted.",
         "Office of Financial Sanctions Implementation", "government"),
        ("The story was shared with the Lima daily El Faro Andino.", "El Faro Andino", "media"),
        ("NHS Scotland said it had paused referrals.", "NHS Scotland", "organization"),
        ("Kenya’s National Land Committee said it had opened an inquiry.",
         "National Land Committee", "government"),
        ("PT Kebun Raya said the land was allocated legally.", "PT Kebun Raya", "company"),
        ("Records obtained by the Open Reporting Collective show it.", "Open Reporting Collective",
         "organization"),
    ],
)
def test_types_from_the_words_a_reader_would_use(text: str, name: str, kind: str) -> None:
    assert actors(text + "\n")[name][0] == kind


def test_a_surname_joins_a_person_no_cue_marked_and_traders_in_a_list_are_people() -> None:
    got = actors(
        "The firm paid two Dubai-based traders, Omid Karimi and Lena Vos-Brandt. Karimi did "
        "not respond. A lawyer for Vos-Brandt called the claims baseless.\n"
    )
    assert got == {
        "Omid Karimi": ("person", ["Karimi"]),
        "Lena Vos-Brandt": ("person", ["Vos-Brandt"]),
    }


def test_a_given_name_alone_joins_the_one_person_who_has_it() -> None:
    got = actors(
        'The director is Brian T. Hask. "I had no idea Brian was involved," Dale Whit said.\n'
    )
    assert got["Brian T. Hask"] == ("person", ["Brian"])


def test_a_catalan_i_joins_the_two_surnames() -> None:
    got = actors("Jordi Puig i Serra, a professor of sports law, said the case was clear.\n")
    assert got == {"Jordi Puig i Serra": ("person", [])}


def test_a_short_form_of_a_firm_that_looks_like_a_person_still_joins_it() -> None:
    got = actors("Kestrel Mix charged fees. Kestrel said it had done nothing wrong.\n")
    assert got["Kestrel Mix"][1] == ["Kestrel"]


@pytest.mark.parametrize(
    ("sentence", "person"),
    [
        ("“It is over,” Under Secretary of the Treasury Dana Whit said.", "Dana Whit"),
        ("Minister of Finance Ana Ruiz said the budget was safe.", "Ana Ruiz"),
        ("Cr Mark Donn said the council had been misled.", "Mark Donn"),
    ],
)
def test_a_title_with_its_office_before_a_name_is_not_part_of_it(
    sentence: str, person: str
) -> None:
    assert actors(sentence + "\n") == {person: ("person", [])}


def test_a_body_named_by_its_portfolios_stays_whole() -> None:
    got = actors("Asset freezes followed, the Foreign, Commonwealth and Development Office said.\n")
    assert set(got) == {"Foreign, Commonwealth and Development Office"}


def test_more_legal_forms_and_a_former_name_after_an_apposition() -> None:
    got = actors(
        "Regulators named Cedar Port Maritime S.A.L., a Beirut shipping agent formerly known as "
        "Tartus Sea Services. Cedar Port said it was an agent. Kalkan Zirh A.Ş. sold vests, "
        "and Kalkan Zirh denied wrongdoing.\n"
    )
    assert got["Cedar Port Maritime S.A.L."][1] == ["Cedar Port", "Tartus Sea Services"]
    assert got["Kalkan Zirh A.Ş."][1] == ["Kalkan Zirh"]


def test_a_country_possessive_is_not_cut_at_its_adjective() -> None:
    got = actors("Saudi Arabia’s customs agency seized 12 million pills in March.\n")
    assert "Arabia" not in got


def test_a_generic_word_joins_the_one_two_word_body_it_opens() -> None:
    got = actors("The Treasury Department designated him. The Treasury said he laundered money.\n")
    assert got == {"Treasury Department": ("government", ["Treasury"])}


@pytest.mark.parametrize(
    ("text", "name", "alias"),
    [
        ("The academy, registered as Academia Tenis Norte S.L. and trading as Norte Pro Tennis, "
         "said it was innocent.", "Academia Tenis Norte S.L.", "Norte Pro Tennis"),
        ("Spain’s Higher Sports Council, known by its Spanish initials CSD, said it would act.",
         "Higher Sports Council", "CSD"),
        ("The European Anti-Fraud Office, OLAF, went further.", "European Anti-Fraud Office",
         "OLAF"),
        ("Nordhavn Bulk, which changed its name from Nordhavn Shipping A/S in 2023, said it had "
         "sold the vessel.", "Nordhavn Bulk", "Nordhavn Shipping A/S"),
    ],
)
def test_initials_and_other_names_the_text_gives(text: str, name: str, alias: str) -> None:
    got = actors(text + "\n")
    assert alias in got[name][1]


def test_an_acronym_in_a_list_of_bodies_is_its_own_party() -> None:
    got = actors("The Treasury Department, OFAC and the State Department acted on Monday.\n")
    assert set(got) == {"Treasury Department", "OFAC", "State Department"}


@pytest.mark.parametrize(
    ("text", "name", "short"),
    [
        ("The fees went to a recruiter, Julio Ramos Oxlaj. Reporters could not reach Ramos.",
         "Julio Ramos Oxlaj", "Ramos"),
        ("Jean-Paul Mbala Kasongo owns the trader. Mbala declined to comment.",
         "Jean-Paul Mbala Kasongo", "Mbala"),
        ('The owner, Tomislav Baric, is a friend. "I never spoke to Tomislav about a tender," '
         "the minister said.",
         "Tomislav Baric", "Tomislav"),
    ],
)
def test_the_first_of_two_surnames_and_a_first_name_alone(text: str, name: str, short: str) -> None:
    got = actors(text + "\n")
    assert short in got[name][1]
    assert short not in got


def test_a_saints_possessive_and_a_divisions_and_stay_in_the_name() -> None:
    got = actors(
        "The Wage and Hour Division found that the firm failed to pay. Marta Quin, who runs a "
        "ministry at St. Anne’s Catholic Church, says workers came to her.\n"
    )
    assert {"Wage and Hour Division", "St. Anne’s Catholic Church"} <= set(got)
    assert not {"Wage", "Hour Division", "Catholic Church"} & set(got)


def test_a_jurisdiction_in_brackets_inside_a_legal_form() -> None:
    got = actors("Regulators also named Tianhe Alloys (HK) Ltd, a Hong Kong company.\n")
    assert got == {"Tianhe Alloys (HK) Ltd": ("company", [])}


def test_an_acronym_after_or_and_an_area_held_by_a_group() -> None:
    got = actors(
        "Ore came from M23-held mines. The March 23 Movement, or M23, has held the area since "
        "2021.\n"
    )
    assert got == {"March 23 Movement": ("organization", ["M23"])}


def test_a_generic_word_joins_its_national_body() -> None:
    got = actors(
        "According to the U.S. Treasury Department, the refinery processed ore. Treasury also "
        "designated its owner.\n"
    )
    assert got["U.S. Treasury Department"][1] == ["Treasury"]


def test_an_acronym_whose_spokesperson_speaks_is_a_party() -> None:
    got = actors("FBI agents interviewed staff. FBI spokeswoman Angela Pric said little.\n")
    assert got["FBI"][0] == "government"  # a state agency known by its initials


def test_a_one_word_name_set_off_after_a_description_is_that_body() -> None:
    got = actors(
        "Spain’s anti-money-laundering authority, Sepblac, has opened a review. Sepblac declined "
        "to comment.\n"
    )
    assert got == {"Sepblac": ("government", ["Spain’s anti-money-laundering authority"])}


def test_a_committee_or_panel_named_by_its_owner_is_one_body() -> None:
    got = actors(
        "Labour MP Dan Rourke, who sits on the Commons health committee, said patients suffered. "
        "The report by a U.N. panel of experts says he shipped arms.\n"
    )
    assert {"Commons health committee", "U.N. panel of experts"} <= set(got)
    assert "Commons" not in got


def test_a_committee_after_a_reporting_verb_is_not_named_by_the_speaker() -> None:
    got = actors("Mayor Ann Whit said the committee would hold a hearing on the contracts.\n")
    assert set(got) == {"Ann Whit"}


def test_two_people_sharing_a_surname_stay_two_and_a_party_word_is_no_name() -> None:
    got = actors(
        "The debate with Democrat Hillary Clinton began. Trump invited women who accused Bill "
        "Clinton. Clinton did not respond, and Clinton's aides were silent.\n"
    )
    assert {"Hillary Clinton", "Bill Clinton"} <= set(got)
    assert "Democrat Hillary Clinton" not in got
