"""Status on wording the rules were not tuned on: rebuttals without 'deny', accusations
told by others, and doubts cast in a paragraph of their own. An allegation is never a fact."""

from __future__ import annotations

import dataclasses
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


@pytest.mark.parametrize(
    "text",
    [
        "Greyline said on Friday it had opened a criminal investigation into Orland Freight.",
        "The regulator said it would examine whether Orland Freight had breached export rules.",
        "A criminal investigation into the shipments has been opened, an official familiar with "
        "the matter said.",
        "Two people with knowledge of the case told the Tribune that Greyline had launched a "
        "review of the fraud complaints against Orland Freight.",
        "The commission said it had asked prosecutors to investigate whether Orland Freight "
        "broke campaign finance law.",
    ],
)
def test_a_body_telling_of_its_own_inquiry_accuses_no_one(text: str) -> None:
    (claim,) = claims_of(text)
    assert claim.status == "reported"


def test_what_an_inquiry_found_is_still_an_accusation() -> None:
    (claim,) = claims_of("Greyline said its investigation into Orland Freight found that the "
                         "firm had bribed customs officers.")
    assert claim.status == "alleged"


@pytest.mark.parametrize(
    "text",
    [
        "A survey by Greyline found that 31 of 58 children had high lead levels, a finding "
        "the Tribune could not independently verify.",
        "Greyline said Orland Freight moved 40 tonnes of gold, an assertion the Tribune has "
        "not been able to confirm.",
    ],
)
def test_a_doubt_set_after_any_noun_points_back(text: str) -> None:
    claims = claims_of(text)
    assert [c.status for c in claims] == ["unverified"]


def test_an_official_notice_of_an_act_is_of_record() -> None:
    (claim,) = claims_of("Greyline froze the assets of the three companies the same day, "
                         "according to a notice on its website.")
    assert claim.status == "confirmed"


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # a registry's papers are of record; private papers seen by a reporter accuse
        ("Customs records obtained by the Tribune show that Orland Freight shipped 340 tonnes "
         "of tin to Belgium in 2023.", "reported"),
        ("Documents obtained under the Freedom of Information Act show Orland Freight received "
         "three payments from Ivo Marsh.", "reported"),
        ("According to invoices seen by the Tribune, Orland Freight billed the buyers and paid "
         "Ivo Marsh a commission.", "alleged"),
    ],
)
def test_papers_about_an_accused_party(text: str, status: str) -> None:
    claims = claims_of(ALLEGATION, text)
    assert claims[-1].status in ({status, "confirmed"} if status == "reported" else {status})


@pytest.mark.parametrize(
    "text",
    [
        "Greyline confirmed that the payments predated the listing and were not a breach of "
        "sanctions.",
        "The Tribune found no evidence of fraud in the accounts of the port authority.",
    ],
)
def test_a_wrong_ruled_out_accuses_no_one(text: str) -> None:
    assert [c.status for c in claims_of(text)] in (["reported"], ["confirmed"])


@pytest.mark.parametrize(
    "text",
    [
        "Some workers said they had not been allowed to leave the compound since 2023.",
        "Two crew members told the Tribune they were locked in their cabins at night.",
    ],
)
def test_liberty_taken_is_an_accusation(text: str) -> None:
    assert [c.status for c in claims_of(text)] == ["alleged"]


def test_an_acts_hedged_reason_is_a_claim_of_its_own() -> None:
    claims = claims_of("Ivo Marsh was added to the national sanctions list in March 2022 by "
                       "Greyline over his alleged role in financing the militia.")
    assert [c.status for c in claims] == ["confirmed", "alleged"]
    assert claims[1].excerpt.startswith("over his alleged role")


@pytest.mark.parametrize(
    "text",
    [
        "The study was never submitted to the regulator, according to the agency's own records.",
        "Orland Freight received about 410 million pounds from public contracts last year, "
        "according to its annual report.",
    ],
)
def test_a_bodys_own_books_are_of_record(text: str) -> None:
    assert [c.status for c in claims_of(text)] == ["confirmed"]


def test_a_doubt_on_the_findings_falls_on_all_the_paragraph_told() -> None:
    claims = claims_of(
        "According to Greyline, tankers managed by Orland Freight made 64 transfers at sea.",
        "The group said one of them loaded oil at a sanctioned port in July.",
        "The findings could not be independently verified.",
        paragraphs=(0, 0, 0))
    assert [c.status for c in claims] == ["unverified", "unverified"]


@pytest.mark.parametrize(
    "answer",
    [
        "Ivo Marsh told the Tribune that Orland Freight had \u201calways complied with every "
        "sanctions regime\u201d.",
        "In a statement, Orland Freight said it followed every step of its procurement policy.",
        "A spokesperson said Orland Freight has always adhered to international standards.",
    ],
)
def test_full_compliance_claimed_denies(answer: str) -> None:
    claims = claims_of(ALLEGATION, answer)
    assert (claims[-1].status, claims[-1].responds_to) == ("denied", 0)


def test_the_speakers_account_after_a_denial_is_a_claim_of_its_own() -> None:
    claims = claims_of(ALLEGATION, "Ivo Marsh told the Tribune that Orland Freight had "
                       "\u201calways complied with every law\u201d and had handed over the "
                       "management of its trucks to another company last year.")
    assert [c.status for c in claims[1:]] == ["denied", "reported"]
    assert claims[2].excerpt.startswith("and had handed over")


def test_an_unnamed_source_who_also_spoke_anonymously_accuses_the_network() -> None:
    (claim,) = claims_of("A senior security official, who also spoke on condition of "
                         "anonymity, said the network was \u201cone part of a much larger "
                         "operation\u201d.")
    assert claim.status == "alleged"


def test_goods_declared_as_a_label_in_quotation_marks_are_doubted() -> None:
    (claim,) = claims_of("The report says Orland Freight arranged six flights carrying goods "
                         "declared as \u201cagricultural machinery.\u201d")
    assert claim.status == "alleged"


@pytest.mark.parametrize(
    ("answer", "status"),
    [
        ("Orland Freight said in a statement Wednesday that it \u201chas not paid any bribes to "
         "anyone.\u201d", "denied"),
        ("Orland Freight said Ivo Marsh had left in 2020 and that the firm was \u201centirely "
         "independent\u201d of him.", "denied"),
        ("Ivo Marsh said any bribes had been paid by agents over whom the company had no "
         "control.", "disputed"),
    ],
)
def test_answers_in_the_third_person(answer: str, status: str) -> None:
    claims = claims_of(ALLEGATION, answer)
    assert (claims[-1].status, claims[-1].responds_to) == (status, 0)


def test_an_unnamed_subject_speaks_not_the_party_its_words_name() -> None:
    said = sentence("The panel said the flights were run by Orland Freight, which it "
                    "described as \u201ca company that exists mainly on paper.\u201d", 0, 0)
    claims = find_claims([dataclasses.replace(said, speakers=("orland-freight",))], PUBLISHED)
    assert claims[0].claimant is None


def test_a_report_the_party_denies_is_an_allegation() -> None:
    claims = claims_of("Greyline has said the depot is run by Orland Freight, which Orland "
                       "Freight denies.")
    assert [(c.status, c.responds_to) for c in claims] == [("alleged", None), ("denied", 0)]


def test_a_subject_shared_by_two_verbs_is_the_claimant() -> None:
    sentences = [sentence("Greyline welcomed the sanctions and said Orland Freight had moved far "
                          "more cargo than its own trucks could carry.", 0, 0)]
    sentences[0] = dataclasses.replace(sentences[0], mentions=tuple(
        dataclasses.replace(m, type="government") if m.actor == "greyline" else m
        for m in sentences[0].mentions))
    (claim,) = find_claims(sentences, PUBLISHED)
    assert (claim.claimant, claim.status) == ("greyline", "alleged")


def test_a_denial_goes_on_through_the_speakers_next_quoted_sentence() -> None:
    texts = (ALLEGATION,
             "\u201cI had no idea Orland Freight paid anyone until a reporter called me,\u201d "
             "Ivo Marsh said in an interview.",
             "\u201cIf I had known, I would have resigned.",
             "I've got nothing to hide.\u201d")
    sentences = [sentence(t, i, min(i, 1)) for i, t in enumerate(texts)]
    quoted = [(), ((0, texts[1].index("\u201d") + 1),), ((0, len(texts[2])),),
              ((0, len(texts[3])),)]
    sentences = [dataclasses.replace(s, in_quote=q, speakers=("ivo-marsh",) if i else ())
                 for i, (s, q) in enumerate(zip(sentences, quoted, strict=True))]
    claims = find_claims(sentences, PUBLISHED)
    assert [(c.status, c.responds_to) for c in claims] == [("alleged", None), ("denied", 0)]
    assert claims[1].excerpt.endswith("nothing to hide.\u201d")


def test_a_doubt_a_few_sentences_on_points_back_to_the_accounts_it_names() -> None:
    claims = claims_of(
        "Edwin is one of 14 workers who told the Tribune they paid recruiters up to $4,000 "
        "each for jobs at the plant.",
        "He asked that only his first name be used because he fears losing his visa.",
        "The Tribune has not independently verified all of the workers' accounts.",
        paragraphs=(0, 0, 1))
    assert claims[0].status == "unverified"


def test_a_doubt_on_documents_described_at_length_points_back() -> None:
    claims = claims_of(
        "Ivo Marsh is believed to have moved $180 million through Orland Freight, according "
        "to documents seen by the Tribune.",
        "The documents, which include invoices and shipping manifests, could not be "
        "independently verified.", paragraphs=(0, 0))
    assert [c.status for c in claims] == ["unverified"]


@pytest.mark.parametrize(
    "answer",
    [
        "Orland Freight said in a statement that it had \u201cacted only as an agent\u201d "
        "and had no way of inspecting the contents of sealed containers.",
        "Orland Freight said it had flown \u201cunder valid permits on every leg\u201d and was "
        "never told what its cargo was.",
        "Ivo Marsh told the Tribune that he had been approached twice by men offering cash but "
        "had refused both times.",
        "\u201cMy client signed nothing without the approval of the board,\u201d a lawyer for "
        "Orland Freight told the Tribune.",
    ],
)
def test_the_accused_partys_innocent_account_denies(answer: str) -> None:
    claims = claims_of("Greyline says Orland Freight and Ivo Marsh smuggled pills in 2022.",
                       answer)
    assert (claims[-1].status, claims[-1].responds_to) == ("denied", 0)


@pytest.mark.parametrize(
    ("answer", "status"),
    [
        # a state objecting to another's sanctions contests them ...
        ("Greyline called the sanctions \u201cillegitimate\u201d in a post on Telegram.",
         "disputed"),
        # ... the sanctioned party rejects them
        ("Orland Freight called the sanctions a political decision.", "denied"),
    ],
)
def test_a_sanction_objected_to(answer: str, status: str) -> None:
    texts = ("The Tribune says Orland Freight moved cash for Greyline, which sanctions "
             "officials accuse of smuggling.", answer)
    sentences = [sentence(t, i, i) for i, t in enumerate(texts)]
    sentences = [dataclasses.replace(s, mentions=tuple(
        dataclasses.replace(m, type="country") if m.actor == "greyline" else m
        for m in s.mentions)) for s in sentences]
    claims = find_claims(sentences, PUBLISHED)
    assert claims[-1].status == status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Federal prosecutors now say Orland Freight moved $580 million.", "alleged"),
        ("Bets were placed through so-called \u201cghost accounts\u201d opened in the names of "
         "pensioners, the court statement said.", "alleged"),
    ],
)
def test_accusers_by_office_and_a_so_called_term(text: str, status: str) -> None:
    assert [c.status for c in claims_of(text)] == [status]


@pytest.mark.parametrize(
    "answer",
    [
        "Ivo Marsh said the cargo came from small mines and called the U.S. accusations "
        "\u201ca lie from start to finish.\u201d",
        "Ivo Marsh's lawyer said his client \u201crelied in good faith on certificates issued "
        "by the government.\u201d",
    ],
)
def test_more_denials_by_the_accused_and_their_lawyer(answer: str) -> None:
    claims = claims_of("Greyline says Orland Freight and Ivo Marsh smuggled gold in 2022.",
                       answer)
    assert (claims[-1].status, claims[-1].responds_to) == ("denied", 0)


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # the act of an authority is of record, whatever it names ...
        ("In March, Greyline seized 12 million pills hidden in a shipment sent by Orland "
         "Freight.", "confirmed"),
        ("In August, Greyline cited Orland Freight for \u201cserious\u201d hazards and proposed "
         "$186,000 in penalties.", "reported"),
        ("Greyline found in September that Orland Freight failed to pay 212 workers overtime and "
         "ordered it to pay $1.3 million.", "confirmed"),
        # ... its stated reasons stay an allegation
        ("Greyline placed Orland Freight on its list on June 3, citing its role in smuggling.",
         "alleged"),
    ],
)
def test_an_authoritys_own_act(text: str, status: str) -> None:
    said = sentence(text, 0, 0)
    said = dataclasses.replace(said, mentions=tuple(
        dataclasses.replace(m, type="government") if m.actor == "greyline" else m
        for m in said.mentions))
    assert [c.status for c in find_claims([said], PUBLISHED)] == [status]


@pytest.mark.parametrize(
    ("answer", "status"),
    [
        # an answer on the accused's side, by a manager not named as accused
        ("Ivo Marsh told the Tribune that the depot met \u201call national safety standards\u201d "
         "and that the fire had been \u201can accident\u201d.", "denied"),
        # a complaint that offers were turned down is no answer
        ("A doctor said staff had complained for years that cheaper drugs were being turned "
         "down.", "reported"),
    ],
)
def test_an_innocent_account_by_anyone_on_the_accused_side(answer: str, status: str) -> None:
    assert claims_of(ALLEGATION, answer)[-1].status == status


@pytest.mark.parametrize(
    "text",
    [
        "Workers say the fees were collected by a recruiter, Ivo Marsh, who works for Orland "
        "Freight.",
        "Campaigners say a sale to a cash buyer shortly before scrapping is a well-worn way "
        "around those rules.",
    ],
)
def test_a_collective_named_by_what_its_members_are_accuses(text: str) -> None:
    assert claims_of(text)[0].status == "alleged"


def test_a_body_working_to_close_a_loophole_accuses_no_one() -> None:
    assert claims_of("Greyline said it was working with allies \u201cto close every "
                     "loophole\u201d in the price cap.")[0].status == "reported"


def test_a_relative_clause_ends_where_the_speakers_quotation_resumes() -> None:
    said = sentence("\u201cThis is not a few bad apples,\u201d said Lt. Col. Ivo Marsh, who "
                    "heads the national police force's sports integrity unit in Madrid, "
                    "\u201cit is a ring with accountants.\u201d", 0, 0)
    text = said.text
    quoted = ((0, text.index("\u201d") + 1), (text.rindex("\u201c"), len(text)))
    said = dataclasses.replace(said, in_quote=quoted, speakers=("ivo-marsh",))
    claims = find_claims([said], PUBLISHED)
    # the quotation is the speaker's claim, never the reporter's fact about the unit
    assert [c.status for c in claims if "accountants" in c.excerpt] == ["reported"]


def test_a_panels_finding_against_a_party_accused_elsewhere_is_an_allegation() -> None:
    claims = claims_of(ALLEGATION,
                       "The panel said the flights were operated by Orland Freight.")
    assert claims[-1].status == "alleged"
