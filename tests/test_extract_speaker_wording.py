"""Who speaks when the nearest name is not the speaker: a pronoun inside a relative clause,
a sentence opening with a body's common noun, a label given by a participle. Small texts
written for the tests, in wire, long-read and local-paper wording."""

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
    "text",
    [
        "A report by the Arms Monitoring Panel was published on Monday. The panel said the "
        "flights were run by Heron Air Cargo LLC, which it described as “a company that exists "
        "mainly on paper.”\n",
        "The Arms Monitoring Panel met on Monday. The panel found that Heron Air Cargo LLC, "
        "which it called “a shell with wings,” flew the goods.\n",
    ],
)
def test_the_body_a_sentence_opens_with_speaks_not_the_name_in_its_relative_clause(
    text: str,
) -> None:
    got = quotes(text)
    assert got and set(got.values()) == {"Arms Monitoring Panel"}


def test_a_pronoun_in_a_relative_clause_is_the_subject_of_the_first_verb() -> None:
    text = (
        "Maria Lund said the money went to Corvin Holdings Ltd, which she described as “a "
        "letterbox in Limassol.”\n"
    )
    assert quotes(text) == {"a letterbox in Limassol.": "Maria Lund"}


@pytest.mark.parametrize(
    "text",
    [
        "Ortiz Freight arranged six flights carrying goods declared as “farm machinery.”\n",
        "Police seized 40 crates marked as “medical supplies.”\n",
    ],
)
def test_a_label_given_by_a_participle_is_no_quote(text: str) -> None:
    assert quotes(text) == {}


def test_a_speaker_who_describes_something_as_still_speaks() -> None:
    text = "Ana Ruiz described the contract as “a gift to a friend.”\n"
    assert quotes(text) == {"a gift to a friend.": "Ana Ruiz"}


@pytest.mark.parametrize(
    "how", ["by phone from Pretoria", "over the phone", "from Nairobi on Tuesday", "via email"]
)
def test_how_and_where_a_quote_was_given_is_not_the_outlet(how: str) -> None:
    text = f"Jan Meyer denied the charges. “I sold to licensed buyers,” he told the AP {how}.\n"
    article = parse_article(text)
    cast = find_actors(article)
    found, _ = find_quotes(article, cast)
    assert [cast.actors[q.via].name for q in found] == ["AP"]


def test_an_anonymous_speaker_is_named_with_the_clause_that_tells_who_they_are() -> None:
    text = (
        "A Western diplomat who has read the report, speaking on condition of anonymity, said "
        "the trucks reached a militia. “These are not tractors,” the diplomat said.\n"
    )
    article = parse_article(text)
    cast = find_actors(article)
    found, _ = find_quotes(article, cast)
    speaker = cast.actors[found[0].speaker]
    assert speaker.name == "Unnamed Western diplomat who has read the report"
    assert speaker.aliases == ["Unnamed Western diplomat"]


def test_a_clause_that_only_says_why_they_are_unnamed_is_left_out() -> None:
    got = quotes("A senior official who spoke on condition of anonymity said: “It is over.”\n")
    assert got == {"It is over.": "Unnamed senior official"}


def test_words_someone_urges_others_to_use_are_theirs_with_the_nearest_description() -> None:
    text = (
        "Reporters have seen emails from 2022 in which a regional manager, Gareth Pru, urges "
        "staff to “maximise coding on every episode”.\n"
    )
    article = parse_article(text)
    cast = find_actors(article)
    found, _ = find_quotes(article, cast)
    assert [(cast.actors[q.speaker].name, q.speaker_title) for q in found] == [
        ("Gareth Pru", "a regional manager")
    ]


def test_he_after_x_s_lawyer_said_is_the_lawyer() -> None:
    text = (
        "Jean-Paul Mbala Kasongo owns the trader. Mbala's lawyer, Patrice Ilunga, said his "
        "client would appeal. He called the listing “a fabrication by jealous rivals.”\n"
    )
    assert quotes(text) == {"a fabrication by jealous rivals.": "Patrice Ilunga"}


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        ("Nordhavn Bulk said it had sold the vessel “for continued trading” and knew nothing "
         "more.", "for continued trading", "Nordhavn Bulk"),
        ("The loan came from Export Credit Canada. The federal lender said in a statement it was "
         "\"seeking urgent information\" from the firm.", "seeking urgent information",
         "Export Credit Canada"),
        ("The Clean Hulls Coalition was formed in 2019. In a report, the coalition called the "
         "yard “among the most dangerous in the port” and counted six deaths.",
         "among the most dangerous in the port", "Clean Hulls Coalition"),
    ],
)
def test_a_short_quote_in_a_clause_reported_without_that(
    text: str, quote: str, speaker: str
) -> None:
    assert quotes(text + "\n") == {quote: speaker}


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("An audit by the Defence Procurement Agency, completed in March, found gaps. The audit "
         "called the failures “systemic” and urged an end to the deal.",
         "Defence Procurement Agency"),
        ("The Arms Embargo Committee met in May. The committee's listing says Ruiz \"bought ore "
         "from sites where children worked.\"", "Arms Embargo Committee"),
        ("Mines were flooded, according to a report the Rights Watch Network published in May. "
         "The report described conditions at one site as “brutal and unregulated.”",
         "Rights Watch Network"),
    ],
)
def test_a_documents_words_go_to_its_author(text: str, speaker: str) -> None:
    assert set(quotes(text + "\n").values()) == {speaker}


def test_a_document_only_seen_by_an_outlet_has_no_author_to_credit() -> None:
    text = (
        "An internal audit of the deal, seen by the Kyiv Ledger, found gaps. The audit called "
        "the failures “systemic” and urged an end to the deal.\n"
    )
    assert "Kyiv Ledger" not in quotes(text).values()


def test_words_found_by_a_bodys_own_people_come_through_the_body() -> None:
    text = (
        "The Labour Inspection Department (LID) reached the same view. In a letter seen by the "
        "Guardian, it said its inspectors had found “no negligence by the employer”.\n"
    )
    assert quotes(text) == {"no negligence by the employer": "Labour Inspection Department"}


@pytest.mark.parametrize(
    "attribution", ["a spokeswoman confirmed", "a spokesman said", "a spokesperson told Reuters"]
)
def test_she_after_a_sentence_closed_by_an_unnamed_spokesperson_is_the_body(
    attribution: str,
) -> None:
    text = (
        "The European Commission said nothing. The Public Prosecutor's Office (PPO) opened an "
        f"investigation in November, {attribution}. “We can confirm that an inquiry is "
        "ongoing,” she said.\n"
    )
    got = quotes(text)
    assert got == {"We can confirm that an inquiry is ongoing": "Public Prosecutor's Office"}


def test_a_possessor_in_the_clause_before_said_is_not_the_speaker() -> None:
    text = (
        "Donald Trump met voters. On Russia, Trump knocked Hillary Clinton’s record and said "
        "her criticism raised questions about “how she is going to negotiate with this man,” "
        "if she wins.\n"
    )
    assert quotes(text) == {"how she is going to negotiate with this man": "Donald Trump"}
