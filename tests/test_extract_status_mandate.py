"""Investigating bodies named by their mandate, and speakers with long subjects: what an
anti-<wrong> commission, a financial intelligence unit or a crime agency says of others is
its case, as is what a police officer described in "who" clauses says (helper status8)."""

from __future__ import annotations

import datetime

import pytest
from mentions import mentions_in

from sitegen.extract.claims import find_claims
from sitegen.extract.types import DraftClaim, Sentence

PUBLISHED = datetime.date(2025, 5, 1)
ACTORS = {
    "Brackwater Freight": ("brackwater-freight", "company"),
    "the Anti-Smuggling Commission": ("anti-smuggling-commission", "government"),
    "ASC": ("anti-smuggling-commission", "government"),
    "the National Crime Agency": ("national-crime-agency", "government"),
    "the Financial Intelligence Unit": ("financial-intelligence-unit", "government"),
    "the Ministry of Health": ("ministry-of-health", "government"),
}


def sentence(text: str, index: int) -> Sentence:
    return Sentence(text, index, 0, mentions_in(text, ACTORS), index=index)


def claims_of(*texts: str) -> list[DraftClaim]:
    return find_claims([sentence(t, i) for i, t in enumerate(texts)], PUBLISHED)


@pytest.mark.parametrize("text", [
    # wire: the acronym alone, the actor key spelling out the mandate
    "ASC said at least $4 million had passed through accounts held by Brackwater Freight.",
    # local paper: "according to" a financial intelligence unit
    "According to the Financial Intelligence Unit, the network deposited cash in small "
    "amounts at three branches.",
    # long read: a crime agency at the end of the clause
    "The drivers were paid in cash for each load, the National Crime Agency said.",
    # broadcaster: an unnamed officer, with two "who" clauses before the verb
    "A police officer who took part in the raid, who asked not to be named, said the guards "
    "waved the trucks through.",
])
def test_an_investigating_bodys_account_of_others_is_an_allegation(text: str) -> None:
    assert claims_of(text)[-1].status == "alleged"


@pytest.mark.parametrize("text", [
    # a ministry is not an investigating body
    "The Ministry of Health said 40 clinics had opened in the region since 2023.",
    # the body's own work stays reported
    "According to the National Crime Agency, officers seized 12 lorries at the port.",
    # a resident with a "who" clause is not police
    "A resident who lives by the depot, who asked not to be named, said the lorries came "
    "at night.",
])
def test_other_speakers_and_the_bodys_own_work_stay_reported(text: str) -> None:
    assert claims_of(text)[-1].status == "reported"


ACCUSATION = ("The Financial Intelligence Unit said Brackwater Freight had moved smuggled "
              "fuel through its depots.")


@pytest.mark.parametrize("answer", [
    # wire: the answer quoted in part, the cue split by the quotation mark
    "Brackwater Freight said in a statement that it \u201ccomplied in a timely manner\u201d "
    "with all its reporting obligations.",
    # local paper: the client's lawyer, named by a possessive
    "Brackwater Freight\u2019s lawyer, Ana Ruiz, said that her client is a \u201clegitimate "
    "businessman\u201d.",
    # long read: where the goods came from
    "Brackwater Freight said it has always bought fuel from authorized suppliers.",
    # broadcaster: the party named by what it is, "said in a statement that its ..."
    "The company said in a statement that its operations \u201cfully comply with national "
    "law\u201d.",
])
def test_the_accused_sides_answer_in_other_words_is_a_denial(answer: str) -> None:
    claims = claims_of(ACCUSATION, answer)
    assert claims[0].status == "alleged"
    assert claims[-1].status in ("denied", "disputed")


@pytest.mark.parametrize("text", [
    # an unrelated party's plain account stays reported
    "The Ministry of Health said 40 clinics had opened in the region since 2023.",
    # a lawyer's account of a date is no defence
    "Brackwater Freight\u2019s lawyer, Ana Ruiz, said the hearing was moved to June.",
])
def test_plain_accounts_are_no_denial(text: str) -> None:
    assert claims_of(ACCUSATION, text)[-1].status == "reported"
