"""Extract stage 2: names, clusters and types of actors, on small texts written for the tests."""

from __future__ import annotations

from sitegen.extract.actors import find_actors
from sitegen.extract.article import parse_article


def actors(text: str) -> dict[str, tuple[str, str, list[str]]]:
    cast = find_actors(parse_article(text))
    return {a.name: (a.type, a.country or "", sorted(a.aliases)) for a in cast.actors.values()}


def test_full_name_then_surname_is_one_person():
    got = actors(
        "Investigators spoke to Maria Okonkwo, a 41-year-old engineer from Lagos. "
        "Okonkwo said she had not been paid.\n"
    )
    assert got == {"Maria Okonkwo": ("person", "", ["Okonkwo"])}


def test_agency_and_acronym_are_one_actor():
    got = actors(
        "The Office of Maritime Enforcement (OME) opened a case. OME said on Monday it would act.\n"
    )
    assert got["Office of Maritime Enforcement"] == ("government", "", ["OME"])
    assert len(got) == 1


def test_acronym_without_brackets_matches_initials():
    got = actors(
        "Funds flowed to the Baltic Shipping Registry last year. Later the BSR said it saw "
        "nothing.\n"
    )
    assert got["Baltic Shipping Registry"][2] == ["BSR"]


def test_company_with_and_without_legal_suffix():
    got = actors(
        "Parts were sold by Norrland Motors AB to a dealer. Norrland Motors said it had complied.\n"
    )
    assert got == {"Norrland Motors AB": ("company", "", ["Norrland Motors"])}


def test_renamed_company_keeps_the_current_name():
    got = actors(
        "The trawlers belonged to Silver Hook Ltd, a company registered in Fiji. "
        "In May the company changed its name to Ocean Crest Ltd, records show. "
        "Ocean Crest denied wrongdoing.\n"
    )
    assert got == {"Ocean Crest Ltd": ("company", "FJ", ["Ocean Crest", "Silver Hook Ltd"])}


def test_also_known_as_and_another_name_for_merge():
    got = actors(
        "Hackers from Blue Lotus, also known as Team Nine, stole the funds. "
        "Red Pine Studio, which seems to be another name for Crane Studio, drew the films. "
        "Crane Studio was sanctioned.\n"
    )
    assert sorted(got) == ["Blue Lotus", "Red Pine Studio"]
    assert got["Blue Lotus"][2] == ["Team Nine"]
    assert got["Red Pine Studio"][2] == ["Crane Studio"]


def test_misspellings_merge_and_are_reported():
    text = (
        "Orders from Tundra Link Trading rose. Tundra Link Trading LLP did not answer. "
        "Tundra Lnk Trading later closed, said Ana Muñoz, a prosecutor. Munoz said so.\n"
    )
    cast = find_actors(parse_article(text))
    names = {a.name: sorted(a.aliases) for a in cast.actors.values()}
    assert names == {
        "Tundra Link Trading LLP": ["Tundra Link Trading", "Tundra Lnk Trading"],
        "Ana Muñoz": ["Munoz"],
    }
    assert any("Tundra Lnk Trading" in m for m in cast.merges)
    assert any("Munoz" in m for m in cast.merges)


def test_capital_metonym_joins_its_country_when_it_acts():
    got = actors(
        "The laundering served North Korea, investigators said. "
        "Pyongyang's hackers moved the money.\n"
    )
    assert got == {"North Korea": ("country", "KP", ["Pyongyang"])}


def test_places_and_adjectives_are_not_actors():
    got = actors(
        "Tessa Lind, a Swedish analyst based in London, works for Harbour Watch, "
        "a research group in Vilnius. Chinese firms in Almaty bought the parts.\n"
    )
    assert sorted(got) == ["Harbour Watch", "Tessa Lind"]
    assert got["Harbour Watch"][0] == "organization"
    assert got["Tessa Lind"] == ("person", "SE", [])


def test_honorifics_are_not_part_of_names():
    got = actors(
        "Rodrigo Vale, a lawyer, said Mr Vale's client was innocent. Dr. Ines Ruiz agreed.\n"
    )
    assert sorted(got) == ["Ines Ruiz", "Rodrigo Vale"]


def test_types_from_cues_and_descriptions():
    got = actors(
        "The Ministry of Fisheries said the exchange Coinvale had frozen accounts. "
        "Analysts at Meridian Institute agreed, as did the broadcaster Tide Radio "
        "and a hacking unit known as Grey Heron.\n"
    )
    assert {n: t[0] for n, t in got.items()} == {
        "Ministry of Fisheries": "government",
        "Coinvale": "company",
        "Meridian Institute": "organization",
        "Tide Radio": "media",
        "Grey Heron": "group",
    }


def test_sentence_initial_common_words_are_not_actors():
    got = actors(
        "Researchers found the files. Lawyers for Pavel Dun declined to comment. "
        "Dun was not reached.\n"
    )
    assert sorted(got) == ["Pavel Dun"]


def test_stated_relations_carry_their_excerpt():
    text = (
        "“We acted,” said Lea Brandt, a spokesperson for Korva Shipping. "
        "Korva’s chief executive, Omar Haddad, said nothing. "
        "Jan Ives, a lawyer for Haddad, declined to comment.\n"
    )
    cast = find_actors(parse_article(text))
    from sitegen.extract.relations import find_relations

    find_relations(parse_article(text), cast)
    rels = {
        (a.name, kind, cast.actors[to].name, excerpt)
        for a in cast.actors.values()
        for kind, to, excerpt in a.relations
    }
    assert rels == {
        (
            "Lea Brandt",
            "spokesperson-of",
            "Korva Shipping",
            "Lea Brandt, a spokesperson for Korva Shipping",
        ),
        ("Omar Haddad", "employed-by", "Korva Shipping", "Korva’s chief executive, Omar Haddad"),
        ("Jan Ives", "lawyer-for", "Omar Haddad", "Jan Ives, a lawyer for Haddad"),
    }


def test_head_word_and_particle_surnames_join_their_actor():
    got = actors(
        "Analysts at the Arms Flow Observatory traced the cargo. The Observatory said so. "
        "Pieter de Wit, a director of Havenlijn Cargo BV, denied it. Mr de Wit was firm.\n"
    )
    assert got["Arms Flow Observatory"][2] == ["Observatory"]
    assert got["Pieter de Wit"] == ("person", "", ["de Wit"])


def test_a_titled_report_is_a_work():
    got = actors("The group's report, titled “Chemical Corridors”, will be published next week.\n")
    assert got == {"Chemical Corridors": ("work", "", [])}


def test_names_around_connectors_titles_and_dates():
    got = actors(
        "Forest Trace said on Jan. 14 that the Economic and Financial Crimes Commission had acted. "
        "Wells Fargo CEO John Stumpf met Rep. Charles Rangel of New York at the Bank of America. "
        "The EU Timber Regulation binds the EU, Forest Trace said.\n"
    )
    assert set(got) == {
        "Forest Trace",
        "Economic and Financial Crimes Commission",
        "Wells Fargo",
        "John Stumpf",
        "Charles Rangel",
        "Bank of America",
        "EU",
    }
    assert got["Economic and Financial Crimes Commission"][0] == "government"
    assert got["Charles Rangel"][0] == got["John Stumpf"][0] == "person"


def test_a_name_seen_only_at_sentence_starts_is_kept_when_it_acts():
    got = actors("Greenpeace criticised the deal. Researchers warned of risks. Everyone agreed.\n")
    assert got == {"Greenpeace": ("company", "", [])}


def test_a_body_named_only_for_its_staff_is_not_an_actor():
    got = actors("Treasury officials said the rules were clear. Velora Bank did not comment.\n")
    assert got == {"Velora Bank": ("company", "", [])}


def test_places_found_by_tables_and_ports_and_a_surname_that_is_a_place():
    got = actors(
        "Logs went from the port of Douala to Antwerp, said Forest Trace, an environmental group. "
        "Paul Mbarga, a Cameroonian businessman, owns the broker. Ana Jordan, a lawyer, "
        "defended him. Jordan said the permits were valid.\n"
    )
    assert got == {
        "Forest Trace": ("organization", "", []),
        "Paul Mbarga": ("person", "CM", []),
        "Ana Jordan": ("person", "", ["Jordan"]),
    }


def test_org_role_name_gives_a_relation():
    text = "“We complied,” Velotek spokesperson Anna Berg said.\n"
    cast = find_actors(parse_article(text))
    from sitegen.extract.relations import find_relations

    find_relations(parse_article(text), cast)
    rels = [
        (a.name, kind, cast.actors[to].name, ex)
        for a in cast.actors.values()
        for kind, to, ex in a.relations
    ]
    assert rels == [("Anna Berg", "spokesperson-of", "Velotek", "Velotek spokesperson Anna Berg")]


def test_vessels_staff_modifiers_and_renamed_full_names():
    got = actors(
        "The tanker, the Aurora Star, went dark. Its owner, Brightwater Shipping Ltd, is a "
        "shell. Brightwater Shipping, formerly known as Oceanic Path Ltd, did not reply. "
        "“It is routine,” said Jim Hale, a former US Navy officer.\n"
    )
    assert got == {
        "Brightwater Shipping Ltd": ("company", "", ["Brightwater Shipping", "Oceanic Path Ltd"]),
        "Jim Hale": ("person", "US", []),
    }


def test_ampersand_firms_and_short_institution_names():
    got = actors(
        "Accounts were filed with the Charity Commission for England and Wales and audited by "
        "Clarke & Lowe LLP. The Charity Commission said it had opened a case. "
        "Clarke & Lowe did not respond.\n"
    )
    assert got == {
        "Charity Commission for England and Wales": ("government", "", ["Charity Commission"]),
        "Clarke & Lowe LLP": ("company", "", ["Clarke & Lowe"]),
    }


def test_common_acronyms_are_not_actors_and_the_companys_officer_is_related():
    text = (
        "Norvik Pharma Inc. filed its accounts late. The company's chief executive, Ana Lopez, "
        "said the CEO of an NGO had warned her.\n"
    )
    cast = find_actors(parse_article(text))
    from sitegen.extract.relations import find_relations

    find_relations(parse_article(text), cast)
    assert sorted(a.name for a in cast.actors.values()) == ["Ana Lopez", "Norvik Pharma Inc."]
    lopez = next(a for a in cast.actors.values() if a.name == "Ana Lopez")
    assert [(k, cast.actors[to].name) for k, to, _ in lopez.relations] == [
        ("employed-by", "Norvik Pharma Inc.")
    ]


def test_list_numbers_headlines_contractions_and_common_words_are_not_names():
    got = actors(
        "12-STEP PLAN TO COPE IF YOUR CANDIDATE LOSES THE ELECTION\n"
        "1 Feel free to scream, says Vaile Wright, a psychologist in Scranton, Pa.\n"
        "Life will go on. I’m sure life will go on, said Hillary Clinton. The White House agreed.\n"
    )
    assert got == {
        "Vaile Wright": ("person", "", []),
        "Hillary Clinton": ("person", "", []),
        "White House": ("government", "", []),
    }


def test_a_dateline_names_no_actor():
    got = actors(
        "LONDON (Reuters) - Britain's Serious Fraud Office said on Monday it had charged "
        "Omar Lind, "
        "a trader.\n"
    )
    assert got == {
        "Serious Fraud Office": ("government", "GB", []),
        "Omar Lind": ("person", "", []),
    }


def test_relations_in_a_hedged_sentence_are_kept_when_the_link_itself_is_plain():
    text = (
        "Corva Group Inc. sells drugs. The money was reportedly paid through Andes Advisory, a "
        "consultancy that Corva's Chilean subsidiary, Corva Chile SpA, hired in 2019.\n"
    )
    cast = find_actors(parse_article(text))
    from sitegen.extract.relations import find_relations

    find_relations(parse_article(text), cast)
    rels = {
        (a.name, k, cast.actors[to].name) for a in cast.actors.values() for k, to, _ in a.relations
    }
    assert rels == {
        ("Andes Advisory", "commissioned-by", "Corva Chile SpA"),
        ("Corva Chile SpA", "owned-by", "Corva Group Inc."),
    }


def test_descriptors_acronym_modifiers_and_coordinated_partners():
    got = actors(
        "The investigation was run with the Swiss NGO Golden Trail. Members must follow OECD "
        "guidelines on Indigenous land, police said. Police arrested two of its partners, "
        "José Carlos Brandão and Luiza Teixeira, on Thursday.\n"
    )
    assert got == {
        "Golden Trail": ("organization", "", []),
        "José Carlos Brandão": ("person", "", []),
        "Luiza Teixeira": ("person", "", []),
    }
