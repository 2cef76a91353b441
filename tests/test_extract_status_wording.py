"""Status on wording the rules were not tuned on: rebuttals without 'deny', accusations
told by others, and doubts cast in a paragraph of their own. An allegation is never a fact."""

from __future__ import annotations

import datetime
import re

import pytest

from sitegen.extract.claims import find_claims
from sitegen.extract.types import Mention, Sentence

PUBLISHED = datetime.date(2024, 6, 1)
ACTORS = {
    "Orland Freight": ("orland-freight", "company"),
    "Ivo Marsh": ("ivo-marsh", "person"),
    "Greyline": ("greyline", "organization"),
    "the Tribune": ("tribune", "media"),
}


def sentence(text: str, index: int, paragraph: int) -> Sentence:
    mentions = [Mention(m.start(), m.end(), key, kind)
                for name, (key, kind) in ACTORS.items()
                for m in re.finditer(re.escape(name), text)]
    return Sentence(text, paragraph, 0, tuple(sorted(mentions, key=lambda m: m.start)),
                    index=index)


def claims_of(*texts: str, paragraphs: tuple[int, ...] = ()):
    return find_claims([sentence(t, i, paragraphs[i] if paragraphs else i)
                        for i, t in enumerate(texts)], PUBLISHED)


ALLEGATION = "Greyline says Orland Freight paid bribes to customs officers in 2022."


@pytest.mark.parametrize(
    "answer",
    [
        "In a statement, Orland Freight described the report as a politically driven attack.",
        "Orland Freight dismissed the investigation as a fishing expedition.",
        "Orland Freight branded the lawsuit frivolous.",
        "Orland Freight rejected the inquiry's conclusions.",
        "A lawyer for Orland Freight said the payments were fees and that the firm had done "
        "nothing improper.",
        "Ivo Marsh, the chief executive of Orland Freight, told the Tribune the company was the "
        "victim of mistaken identity.",
        "Orland Freight denounced the claims, saying it had always complied with customs law.",
    ],
)
def test_a_rebuttal_without_deny_answers_the_allegation(answer: str) -> None:
    claims = claims_of(ALLEGATION, answer)
    assert (claims[0].status, claims[-1].status, claims[-1].responds_to) == (
        "alleged", "denied", 0)


def test_someone_elses_verdict_on_a_report_is_no_denial() -> None:
    claims = claims_of(ALLEGATION, "Analysts at the Tribune described the report as damning.")
    assert claims[-1].status != "denied"


@pytest.mark.parametrize(
    "text",
    [
        "Orland Freight moved Iranian crude through a network of front companies in 2023, "
        "according to a Greyline report.",
        "U.N. experts have said Orland Freight disguised the cargoes' origin by switching off "
        "its transponders.",
        "According to Greyline, Orland Freight inflated invoices for the port authority.",
        "Greyline alleges that Ivo Marsh hid his stake in Orland Freight behind nominees.",
        "Orland Freight bankrolled a militia in the region, Greyline said.",
        "Greyline said Orland Freight misdeclared the cargo as fertiliser.",
    ],
)
def test_an_accusation_told_by_others_is_alleged(text: str) -> None:
    (claim,) = claims_of(text)
    assert claim.status == "alleged"


def test_documents_against_a_party_accused_elsewhere_are_an_allegation() -> None:
    claims = claims_of(
        ALLEGATION,
        "Orland Freight sold 40,000 tonnes of fuel to a trader in Sharjah, according to "
        "invoices seen by the Tribune.")
    assert claims[-1].status == "alleged"


@pytest.mark.parametrize(
    "doubt",
    ["The Tribune could not independently verify his account.",
     "This could not be independently verified.",
     "It was not possible to independently confirm the figures."],
)
def test_a_doubt_in_a_paragraph_of_its_own_qualifies_the_claim_before(doubt: str) -> None:
    claims = claims_of("A former driver said Orland Freight kept two sets of books.", doubt,
                       paragraphs=(0, 1))
    assert [c.status for c in claims] == ["unverified"]
    assert claims[0].excerpt.endswith(doubt)


@pytest.mark.parametrize(
    "text",
    [
        "Orland Freight billed the port for inspections that never took place, according to a "
        "former clerk.",
        "Human rights groups accuse Greyline of killing at least 40 civilians.",
        "Witnesses described guards setting fire to homes.",
        "Drivers said they had to pay recruitment fees of up to $3,000 to Orland Freight.",
    ],
)
def test_wrongdoing_in_plain_words_is_alleged(text: str) -> None:
    assert claims_of(text)[0].status == "alleged"


@pytest.mark.parametrize(
    ("allegation", "answer"),
    [
        ("Human rights groups accuse the army of killing at least 40 civilians.",
         "The army said its troops had come under fire and had acted in self-defence."),
        ("The operator stands accused of dumping toxic waste into the river.",
         "The operator said the discharge was within permitted limits."),
        (ALLEGATION, "A lawyer for Orland Freight said the claims were \u201ca malicious "
         "fabrication\u201d."),
    ],
)
def test_a_party_named_by_what_it_is_denies_with_an_innocent_account(
        allegation: str, answer: str) -> None:
    claims = claims_of("Greyline published its findings on Monday.", allegation, answer)
    assert (claims[-1].status, claims[-1].responds_to) == ("denied", 1)


def test_a_departure_explained_is_no_denial_of_what_the_company_is_accused_of() -> None:
    claims = claims_of(ALLEGATION, "The company said his departure was unrelated to the audit.")
    assert claims[-1].status == "reported"


def test_an_accusers_further_account_of_the_accused_is_alleged() -> None:
    claims = claims_of(
        ALLEGATION,
        "According to Greyline, Orland Freight registered 14 trucks in the name of a cousin "
        "of Ivo Marsh.",
        "Orland Freight employs 300 people, the Tribune said.",
        "Greyline said it had shared its findings with Orland Freight.")
    assert [c.status for c in claims] == ["alleged", "alleged", "reported", "reported"]


@pytest.mark.parametrize(
    "text",
    [
        "U.N. experts have said Orland Freight's aircraft carried weapons to the militia.",
        "According to Greyline, Orland Freight sourced cobalt from mines that use child workers.",
        "A U.N. panel said Orland Freight paid the militia $2 million for safe passage.",
    ],
)
def test_an_experts_account_of_wrongdoing_is_alleged(text: str) -> None:
    assert claims_of(text)[0].status == "alleged"


@pytest.mark.parametrize(
    ("answer", "status"),
    [
        ("Orland Freight said it \u201cstrongly disagrees\u201d with the report's conclusions.",
         "disputed"),
        ("The firm said the report \u201cdoes not reflect\u201d how it operates.", "disputed"),
        ("Orland Freight questioned the report's methodology.", "disputed"),
        ("Orland Freight said the findings were based on a misreading of its accounts.",
         "disputed"),
        ("Orland Freight has said it adheres to all applicable laws.", "denied"),
        ("Orland Freight said the accusations \u201cbear no relation to reality\u201d.", "denied"),
        ("Ivo Marsh said he had \u201cno involvement whatsoever\u201d in the payments.", "denied"),
        ("Orland Freight said the payments were made in line with local law.", "denied"),
        ("Orland Freight said it had never been informed of any irregularities.", "denied"),
        ("Orland Freight said the customs officers were paid official fees.", "denied"),
        ("A spokesman for Orland Freight said the company was confident it had acted correctly.",
         "denied"),
    ],
)
def test_the_accused_answers_in_many_words(answer: str, status: str) -> None:
    claims = claims_of(ALLEGATION, answer)
    assert (claims[-1].status, claims[-1].responds_to) == (status, 0)


@pytest.mark.parametrize(
    "text",
    ["Orland Freight said it was reviewing the allegations.",
     "Orland Freight said Greyline had not contacted it before publishing.",
     "Greyline said it disagreed with the new customs policy."],
)
def test_no_answer_and_a_disagreement_on_policy_deny_nothing(text: str) -> None:
    assert claims_of(ALLEGATION, text)[-1].status not in ("denied", "disputed")


@pytest.mark.parametrize(
    "text",
    [
        "According to Greyline, Orland Freight relabelled Russian timber as Kazakh.",
        "Greyline said Orland Freight had sold the parts to a buyer on the U.S. sanctions list.",
        "The audit found Orland Freight overstated its revenue by $40 million.",
    ],
)
def test_a_finding_of_wrongdoing_told_by_others_is_alleged(text: str) -> None:
    assert claims_of(text)[0].status == "alleged"


def test_imagery_that_shows_is_someones_account_not_the_reporters_fact() -> None:
    (claim,) = claims_of("Satellite imagery analysed by Greyline shows trucks crossing the "
                         "border at night.")
    assert claim.status == "reported"


@pytest.mark.parametrize(
    "doubt",
    ["The Tribune has not been able to verify his account.",
     "There was no way to independently verify the claim.",
     "None of this could be independently confirmed."],
)
def test_a_doubt_in_other_words_qualifies_the_claim_before(doubt: str) -> None:
    claims = claims_of("A former driver said Orland Freight kept two sets of books.", doubt,
                       paragraphs=(0, 1))
    assert [c.status for c in claims] == ["unverified"]


@pytest.mark.parametrize(
    ("answer", "status"),
    [
        ("In an email, a spokeswoman for Orland Freight said the company rejects in the "
         "strongest terms the suggestion that it paid bribes.", "denied"),
        ("Orland Freight did not respond to questions but has previously said the payments were "
         "legitimate.", "denied"),
        ("\u201cWe have always operated within the law,\u201d Orland Freight said in a statement.",
         "denied"),
        ("Ivo Marsh's lawyer said her client \u201cwill be fully vindicated\u201d.", "denied"),
        ("Orland Freight said the report relied on \u201cunnamed sources with an axe to "
         "grind\u201d.", "disputed"),
        ("Orland Freight said any irregularities were the work of a rogue employee.", "denied"),
    ],
)
def test_a_rebuttal_by_a_spokesperson_lawyer_or_in_passing(answer: str, status: str) -> None:
    claims = claims_of(ALLEGATION, answer)
    assert (claims[-1].status, claims[-1].responds_to) == (status, 0)
