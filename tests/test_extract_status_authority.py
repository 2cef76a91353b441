"""Who tells an accusation decides its status: what police, prosecutors, a charging paper or
a sanctioning authority says of others is their case until a court rules; what an outlet
found is its report, not a confirmed fact; and the accused side answers in many words
besides "deny"."""

from __future__ import annotations

import datetime

import pytest
from mentions import mentions_in

from sitegen.extract.claims import find_claims
from sitegen.extract.types import DraftClaim, Sentence

PUBLISHED = datetime.date(2025, 5, 1)
ACTORS = {
    "Corvale Logistics": ("corvale-logistics", "company"),
    "Corvale": ("corvale-logistics", "company"),
    "Iker Varga": ("iker-varga", "person"),
    "Varga": ("iker-varga", "person"),
    "Nadia Solberg": ("nadia-solberg", "person"),
    "Solberg": ("nadia-solberg", "person"),
    "the Fraud Bureau": ("fraud-bureau", "government"),
    "The Fraud Bureau": ("fraud-bureau", "government"),
    "the bureau": ("fraud-bureau", "government"),
    "the Commerce Department": ("commerce-department", "government"),
    "Harbour Ledger": ("harbour-ledger", "media"),
}


def sentence(text: str, index: int) -> Sentence:
    """Mentions of the names above, longest name first where two overlap."""
    return Sentence(text, index, 0, mentions_in(text, ACTORS), index=index)


def claims_of(*texts: str) -> list[DraftClaim]:
    return find_claims([sentence(t, i) for i, t in enumerate(texts)], PUBLISHED)


def status_of(claims: list[DraftClaim], words: str) -> str:
    return next(c.status for c in claims if words in c.excerpt)


@pytest.mark.parametrize("text", [
    # wire: "according to" an investigating body inside a relative clause
    "The cargo went to Corvale Logistics, which, according to prosecutors, paid no duty on it.",
    # local paper: the attribution first, with an appositive on the police force
    "According to the county police, which arrested four men in May, almost none of the "
    "refunds was ever paid.",
    # long read: mid-sentence, naming the unit
    "The head of the network, according to detectives, is a haulage owner from the coast.",
    # broadcaster: the verb first, a plain "Police said"
    "Police said the money paid for two cars and a flat in the old town.",
    # an unnamed official, after the quotation
    '"Corvale was the bank for all of it," said a senior law enforcement official, who asked '
    "not to be named.",
])
def test_law_enforcements_account_of_others_is_an_allegation(text: str) -> None:
    assert claims_of(text)[-1].status == "alleged"


@pytest.mark.parametrize("text", [
    # their own work, not a deed of others
    "According to police, officers seized 40 boxes of files at the depot.",
    # their records: a matter of record, not their case
    "Road deaths rose by a third last year, according to police data.",
    # a person familiar with an investigation is not the investigator
    "According to a person familiar with the investigation, officials first met in May.",
])
def test_law_enforcements_own_work_and_records_stay_reported(text: str) -> None:
    assert claims_of(text)[-1].status == "reported"


@pytest.mark.parametrize("text", [
    # a court's or agency's order, at the end
    "At least six of the engines were shipped on to a buyer in Minsk, the order said.",
    # the indictment speaks
    "The indictment says Corvale Logistics billed the port for work it never did.",
    # "according to" a warrant
    "According to the arrest warrant, Iker Varga moved the money through three shell firms.",
    # a sanction and the reasons given with it
    "The Commerce Department added Corvale Logistics to the Entity List on Monday, saying "
    "engines it bought in Italy were shipped on to an arms maker.",
])
def test_a_charging_paper_or_a_sanctions_reasons_are_an_allegation(text: str) -> None:
    assert claims_of(text)[0].status == "alleged"


@pytest.mark.parametrize("text", [
    "Corvale has no staff, no office and no record of any delivery, Harbour Ledger found.",
    "Bank records seen by Harbour Ledger show that Corvale Logistics paid the fees in May.",
    "Corvale Logistics shipped 300 tonnes in 2024, an analysis by Harbour Ledger has found.",
])
def test_an_outlets_finding_is_its_report_not_a_confirmed_fact(text: str) -> None:
    assert claims_of(text)[-1].status == "reported"


ACCUSATION = "The Fraud Bureau said Corvale Logistics had paid bribes to win the port contract."


@pytest.mark.parametrize("answer", [
    # a company statement, quoted in part
    "In a note, Corvale Logistics said it “has always operated within the limits of its "
    "licence” and that it “repudiates” any link with the payments.",
    # a lawyer's account of intent
    "Varga's lawyer, Nadia Solberg, said Corvale Logistics had always acted in good faith.",
    # the act itself called a wrong
    'Corvale Logistics called the bureau\'s decision "a political mistake built on gossip".',
    # the permits it held
    "Corvale Logistics said it had shipped every load under valid permits.",
])
def test_the_accused_sides_answer_without_deny_is_a_denial(answer: str) -> None:
    claims = claims_of(ACCUSATION, answer)
    assert claims[0].status == "alleged"
    assert claims[-1].status in ("denied", "disputed")


def test_the_accuseds_own_name_for_what_it_paid_disputes_it() -> None:
    claims = claims_of(ACCUSATION, "Iker Varga, who runs Corvale Logistics, described the "
                       "payments as fees for “local liaison”, but gave no invoices.")
    assert claims[-1].status in ("denied", "disputed")


def test_turning_on_the_accuser_answers_the_accusation() -> None:
    claims = claims_of(ACCUSATION, "Iker Varga said Corvale Logistics had delivered every "
                       "crate on time and accused the bureau of “doing its rivals' work”.")
    assert claims[-1].status == "disputed"


def test_a_third_party_accusing_someone_else_is_no_answer() -> None:
    """The counter-accusation needs the target to be one who accuses in the article."""
    claims = claims_of(ACCUSATION, "Nadia Solberg accused Iker Varga of hiding the payments.")
    assert claims[-1].status == "alleged"
