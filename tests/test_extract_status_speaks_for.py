"""The accused party's people speak for it: a firm's chief executive, owner or founder,
its spokesperson, or a client's lawyer. Their account of the accusation is the party's
answer, never a report of fact; the investigator who brings the accusation is no party."""

from __future__ import annotations

import datetime

import pytest
from mentions import mentions_in

from sitegen.extract.accused import register, spokespeople_of
from sitegen.extract.claims import claims_in_context, find_claims
from sitegen.extract.types import Sentence

PUBLISHED = datetime.date(2025, 3, 1)
ACTORS = {
    "Harlow Freight": ("harlow-freight", "company"),
    "Dana Pike": ("dana-pike", "person"),
    "Pike": ("dana-pike", "person"),
    "Rosa Lind": ("rosa-lind", "person"),
    "Lind": ("rosa-lind", "person"),
    "Tom Reyes": ("tom-reyes", "person"),
    "the Treasury": ("treasury", "government"),
    "City Ledger": ("city-ledger", "media"),
}


def sentence(text: str, index: int, paragraph: int | None = None) -> Sentence:
    """Mentions of the names above, longest name first where two overlap."""
    return Sentence(text, index if paragraph is None else paragraph, 0,
                    mentions_in(text, ACTORS), index=index)


def sentences(*texts: str) -> list[Sentence]:
    return [sentence(t, i) for i, t in enumerate(texts)]


@pytest.mark.parametrize("texts, person, party", [
    # wire: the role before the name, with the firm's possessive
    (["Harlow Freight's chief executive, Dana Pike, said the figures were wrong."],
     "dana-pike", "harlow-freight"),
    # local paper: the firm and role as a title, no comma
    (["Harlow Freight managing director Dana Pike told the council the trucks ran."],
     "dana-pike", "harlow-freight"),
    # long read: the role after the name, "of" the firm
    (["Dana Pike, the founder of Harlow Freight, has built the firm over 20 years."],
     "dana-pike", "harlow-freight"),
    # broadcaster: the firm's possessive after the name
    (["Dana Pike, Harlow Freight's owner, spoke to us from the depot."],
     "dana-pike", "harlow-freight"),
    # a relative clause
    (["Dana Pike, who runs Harlow Freight, declined an interview."],
     "dana-pike", "harlow-freight"),
    # the firm named in an earlier sentence, the role read back to it
    (["Harlow Freight won the contract in 2021.",
      "The company's chief executive, Dana Pike, said it had met every term."],
     "dana-pike", "harlow-freight"),
    (["Harlow Freight won the contract in 2021.", "Dana Pike, its owner, was not available."],
     "dana-pike", "harlow-freight"),
    # a lawyer speaks for a client, a person as much as a firm
    (["Rosa Lind, a lawyer for Dana Pike, said her client would fight the charges."],
     "rosa-lind", "dana-pike"),
    (["Dana Pike's lawyer, Rosa Lind, said the charges were baseless."], "rosa-lind", "dana-pike"),
    (["Rosa Lind, who represents Dana Pike, called the case political."], "rosa-lind", "dana-pike"),
])
def test_a_role_in_a_party_makes_its_holder_speak_for_it(
        texts: list[str], person: str, party: str) -> None:
    assert spokespeople_of(sentences(*texts)) == {person: party}


@pytest.mark.parametrize("text", [
    # a worker, an investigator or an auditor speaks for no one but themselves
    "Dana Pike, a former driver at Harlow Freight, said she was paid late.",
    "Rosa Lind, an investigator at the Treasury, said the case was complex.",
    "Rosa Lind, a city auditor, said Harlow Freight billed twice.",
    # a person's chief executive is no role: only a lawyer speaks for a person
    "Dana Pike's chief executive, Rosa Lind, said nothing.",
])
def test_no_role_that_speaks_for_a_party(text: str) -> None:
    assert spokespeople_of(sentences(text)) == {}


ACCUSED_FIRM = (
    "Prosecutors say Harlow Freight billed the city for 40 trucks it never sent.",
    "Harlow Freight's chief executive, Dana Pike, said the company rejects the allegations.",
)


def statuses(*texts: str) -> dict[str, str]:
    """Each claim's status as shipped (rules, then the model), by its first words."""
    claims = find_claims(sentences(*texts), PUBLISHED)
    return {c.excerpt[:30]: c.status for c in claims}


@pytest.mark.parametrize("answer", [
    # the firm's chief executive goes on, in quotation
    '"Every truck we billed was on the road, and our records are accurate," Pike said.',
    # reported speech, broadcaster style
    "Pike said the trucks had all been on the road and the invoices were correct.",
])
def test_the_accused_firms_chief_executive_answers_for_it(answer: str) -> None:
    got = statuses(*ACCUSED_FIRM, answer)
    assert got[answer[:30]] in ("denied", "disputed")


def test_what_the_firm_did_about_it_stays_a_report() -> None:
    act = "Pike said the company had engaged an outside firm to audit its billing."
    got = statuses(*ACCUSED_FIRM, act)
    assert got[act[:30]] == "reported"


def test_a_bystander_with_no_role_in_the_firm_is_not_its_voice() -> None:
    texts = ("Prosecutors say Harlow Freight billed the city for 40 trucks it never sent.",
             "Tom Reyes, a retired driver, said the trucks were often parked at the depot.")
    placed = claims_in_context(sentences(*texts), PUBLISHED)
    assert "tom-reyes" not in placed[-1][2].accused


def test_a_lawyer_for_an_accused_client_is_on_the_accused_side() -> None:
    texts = ("Prosecutors accused Dana Pike of inventing 40 trucks.",
             "Rosa Lind, a lawyer for Dana Pike, said the invoices were signed by the city.")
    placed = claims_in_context(sentences(*texts), PUBLISHED)
    assert {"dana-pike", "rosa-lind"} <= placed[-1][2].accused


@pytest.mark.parametrize("text", [
    "Harlow Freight allegedly billed the city twice, an investigation by City Ledger has found.",
    "Invoices obtained by City Ledger allegedly show Harlow Freight billed the city twice.",
    "Harlow Freight allegedly billed the city twice, according to papers reviewed by City Ledger.",
])
def test_the_investigator_is_not_registered_as_accused(text: str) -> None:
    placed = claims_in_context(sentences(text), PUBLISHED)
    accused = register([(c, s) for c, s, _ in placed])
    assert "harlow-freight" in accused and "city-ledger" not in accused
