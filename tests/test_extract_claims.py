"""Claims: status from the wording, cues inside the excerpt, denials linked to allegations."""

from __future__ import annotations

import datetime
import re
from dataclasses import replace

import pytest

from sitegen.extract.claims import claims_in_context, find_claims
from sitegen.extract.cues import classify
from sitegen.extract.types import DraftClaim, Mention, Sentence

PUBLISHED = datetime.date(2025, 3, 12)
ACTORS = {
    "Kestrel Mix": ("kestrel-mix", "company"),
    "Voronov": ("voronov", "person"),
    "Chainsight": ("chainsight", "company"),
    "Raman": ("raman", "person"),
    "Blue Meridian": ("blue-meridian", "company"),
    "Kevin Tan": ("tan", "person"),
    "North Korea": ("north-korea", "country"),
}


def sentence(text: str, index: int, paragraph: int | None = None,
             speakers: tuple[str, ...] = (),
             actors: dict[str, tuple[str, str]] = ACTORS) -> Sentence:
    mentions = [
        Mention(m.start(), m.end(), key, kind)
        for name, (key, kind) in actors.items()
        for m in re.finditer(re.escape(name), text)
    ]
    quoted = tuple((m.start(), m.end()) for m in re.finditer(r"\u201c[^\u201d]*\u201d?", text))
    return Sentence(text, index if paragraph is None else paragraph, 0,
                    tuple(sorted(mentions, key=lambda m: m.start)),
                    index=index, in_quote=quoted, speakers=speakers)


def claims_of(*texts: str, actors: dict[str, tuple[str, str]] = ACTORS):
    return find_claims([sentence(t, i, actors=actors) for i, t in enumerate(texts)], PUBLISHED)


@pytest.mark.parametrize(
    ("text", "status", "cue"),
    [
        ("Kestrel Mix is suspected of having laundered $140 million.", "alleged", "suspected"),
        ("The mixer supposedly kept no records of its users.", "alleged", "supposedly"),
        ("The unit is believed to work for the intelligence agency.", "alleged", "is believed to"),
        ("The parts seem to have reached Russia through a trader.", "alleged", "seem to"),
        ("The officials allegedly received 400 million pesos.", "alleged", "allegedly"),
        ("The money was reportedly paid through a consultancy.", "alleged", "reportedly"),
        ("Animators are doubted to have worked on the cartoons.", "alleged", "doubted to"),
        ("Voronov denied that he controlled the service.", "denied", "denied"),
        ("The company called the allegations baseless and unfounded.", "denied", "baseless"),
        ("It insisted that it had no knowledge of the studios.", "denied", "had no knowledge"),
        ("The man said the firm had closed, which could not be independently verified.",
         "unverified", "could not be independently verified"),
        ("He acknowledged that crew members were paid in a lump sum.", "confirmed", "acknowledged"),
        ("According to Chainsight, the mixer took a fee of 3 per cent.", "reported",
         "According to"),
        ("Chainsight said in a report that it had followed the funds.", "reported",
         "said in a report"),
        ("It is very hard to believe the operators did not know their customer.", "alleged",
         "very hard to believe"),
        ("The firm shipped radar parts to Iran, according to the indictment.", "alleged",
         "indictment"),
        ("The Treasury designated the firm for operating in the defence sector.", "alleged",
         "designated the firm for operating"),
        ("The ministry said the report was politically motivated.", "denied",
         "politically motivated"),
        ("Reuters has not independently verified the documents.", "unverified",
         "has not independently verified"),
        ("The documents indicate that managers knew of the spill by 2020.", "alleged",
         "indicate that"),
        ("The chief executive resigned on 2 September, citing personal reasons.", "reported",
         "citing"),
    ],
)
def test_classify_reads_each_status_cue(text: str, status: str, cue: str) -> None:
    got, cues = classify(text)
    assert got == status
    assert cue in cues and all(c in text for c in cues)


def test_unhedged_statement_in_the_article_voice_is_confirmed() -> None:
    assert classify("The 11 vessels belonged to a company registered in Mauritius.") == (
        "confirmed", ())


def test_accusation_without_hedge_is_never_a_fact() -> None:
    for text in ("Crew members say they were beaten when they asked to go home.",
                 "Chainsight said the mixer laundered stolen funds for hackers.",
                 "\u201cThe company was a pass-through for the motors.\u201d"):
        status, _ = classify(text, quoted=text.startswith("\u201c"))
        assert status == "alleged", text


def test_denial_answers_the_nearest_allegation_about_the_same_actor() -> None:
    claims = claims_of(
        "Kestrel Mix is suspected of having laundered money for North Korea.",
        "Officials said Voronov was suspected of operating Kestrel Mix.",
        "Chainsight said the weather was fine on the day of the transfers.",
        "Voronov denied that he controlled the service.",
    )
    denial = claims[-1]
    assert denial.status == "denied" and denial.claimant == "voronov"
    assert denial.responds_to == 1 and claims[1].status == "alleged"
    assert all(c.responds_to is None for c in claims if c.status not in ("denied", "disputed"))


def test_admission_then_but_said_gives_a_confirmed_and_a_disputed_claim() -> None:
    claims = claims_of(
        "Blue Meridian withheld the wages of its crews, the group said.",
        "Kevin Tan acknowledged that crew members were paid in a lump sum, but said this was "
        "standard practice in the industry.",
    )
    admitted, disputed = claims[1], claims[2]
    assert admitted.status == "confirmed" and admitted.excerpt.endswith("lump sum")
    assert disputed.status == "disputed" and disputed.responds_to == 0
    assert disputed.excerpt.startswith("but said") and "but said" in disputed.cues
    assert disputed.claimant == "tan"


def test_a_clause_with_its_own_hedge_becomes_its_own_claim() -> None:
    claims = claims_of(
        "The theft has been attributed by security firms to a unit known as Moonlit Tiger, "
        "which is believed to work for the intelligence agency of North Korea."
    )
    assert [c.status for c in claims] == ["alleged", "alleged"]
    assert claims[1].excerpt.startswith("which is believed to work")


def test_a_final_appositive_does_not_inherit_the_hedge() -> None:
    claims = claims_of(
        "A mixing service is suspected of laundering money for North Korea, a country whose "
        "access to the financial system has been cut off by sanctions."
    )
    assert [c.status for c in claims] == ["alleged", "confirmed"]


def test_claimant_is_the_reporting_subject_or_the_source_after_according_to() -> None:
    said, according, article = claims_of(
        "Raman said the mixer appeared to have handled little other business.",
        "The mixer advertised itself as keeping no records, according to screenshots published "
        "by Chainsight.",
        "The 11 vessels belonged to Blue Meridian until recently.",
    )
    assert (said.claimant, according.claimant, article.claimant) == ("raman", "chainsight", None)


def test_quoted_denial_by_a_concerned_party_is_denied() -> None:
    claims = find_claims([
        sentence("Kestrel Mix is suspected of having laundered money for North Korea.", 0),
        sentence("Voronov denied that he controlled Kestrel Mix.", 1),
        sentence("\u201cI have never worked with anyone from North Korea.\u201d", 2,
                 speakers=("voronov",)),
    ], PUBLISHED)
    assert claims[2].status == "denied" and claims[2].claimant == "voronov"


def test_doubt_in_the_next_sentence_makes_the_claim_unverified() -> None:
    claims = find_claims([
        sentence("Raman said crews were ordered to paint over the ships' names.", 0, 0),
        sentence("Her account could not be independently verified.", 1, 0),
    ], PUBLISHED)
    (claim,) = claims
    assert claim.status == "unverified"
    assert claim.excerpt.endswith("Her account could not be independently verified.")


def test_neutral_text_drops_hedges_and_attribution_and_resolves_dates() -> None:
    hedged, attributed = claims_of(
        "Kestrel Mix is suspected of having laundered $140 million last year.",
        "Chainsight said it had shared its findings with police in December.",
    )
    assert hedged.text == "Kestrel Mix laundered $140 million in 2024."
    assert attributed.text == "Chainsight had shared its findings with police in December 2024."


def test_headings_attribution_lines_and_no_comment_lines_are_not_claims() -> None:
    sentences = [
        Sentence("Months of silence, then a rush", 0, 0, heading=True, index=0),
        sentence("Hannah Cosgrove, the company's head of communications, said,", 1),
        sentence("Voronov could not be reached for comment.", 2),
        sentence("Lawyers for the officials did not respond to requests for comment.", 3),
    ]
    assert find_claims(sentences, PUBLISHED) == []


def test_excerpts_and_cues_are_verbatim() -> None:
    texts = [
        "Kestrel Mix is suspected of having laundered money, and Chainsight said it traced funds.",
        "\u201cI never knowingly worked with North Korea,\u201d Voronov said.",
    ]
    for claim in claims_of(*texts):
        assert any(claim.excerpt in t for t in texts)
        assert all(cue in claim.excerpt for cue in claim.cues)


def test_claimant_is_the_subject_not_an_object_or_an_appositive() -> None:
    lawyer, pronoun = find_claims([
        sentence("Kevin Tan, a lawyer for Voronov, said his client was innocent.", 0, 0),
        sentence("It acknowledged a letter from Chainsight but said the letter had no evidence.",
                 1, 0),
    ], PUBLISHED)[0], find_claims([
        sentence("Blue Meridian denied the accusations made by Chainsight last year.", 0, 0),
        sentence("It acknowledged a letter from Chainsight but said the letter had no evidence.",
                 1, 0),
    ], PUBLISHED)[-1]
    assert lawyer.claimant == "tan"
    assert pronoun.status == "disputed" and pronoun.claimant == "blue-meridian"


def test_neutral_text_drops_an_inverted_attribution_after_a_quote() -> None:
    (claim,) = claims_of(
        "\u201cThe companies knew where the wood came from,\u201d said Kevin Tan, "
        "who led the inquiry."
    )
    assert claim.text == "The companies knew where the wood came from."


def test_a_quotation_running_on_stays_one_claim_unless_the_next_sentence_has_cues() -> None:
    claims = find_claims([
        sentence("\u201cThe Kazakh company was a pass-through for the motors.", 0, 0,
                 speakers=("raman",)),
        replace(sentence("None of them stayed in Kazakhstan.\u201d", 1, 0, speakers=("raman",)),
                in_quote=((0, 35),)),  # the pipeline knows the quotation runs on
        sentence("\u201cI have never knowingly worked with anyone from North Korea.\u201d", 2, 0,
                 speakers=("voronov",)),
    ], PUBLISHED)
    assert claims[0].excerpt == ("\u201cThe Kazakh company was a pass-through for the motors. "
                                 "None of them stayed in Kazakhstan.\u201d")
    assert len(claims) == 2 and claims[0].claimant == "raman"


def test_an_accused_party_quoted_without_cues_gives_its_account_not_an_accusation() -> None:
    claims = find_claims([
        sentence("Blue Meridian is accused of withholding wages.", 0, 0),
        sentence("Blue Meridian denied the accusations.", 1, 1),
        sentence("\u201cWe have notified the authorities and are cooperating fully.\u201d", 2, 1,
                 speakers=("blue-meridian",)),
        sentence("\u201cThe crews were treated like slaves on those boats.\u201d", 3, 2,
                 speakers=("raman",)),
    ], PUBLISHED)
    assert [c.status for c in claims] == ["alleged", "denied", "reported", "alleged"]


def test_a_plan_is_a_clause_of_its_own_and_no_event() -> None:
    claims = claims_of(
        "The projects supposedly included a series produced by Chainsight for Kestrel Mix, "
        "which is planned to be aired this year."
    )
    assert [(c.status, c.cues) for c in claims] == [
        ("alleged", ("supposedly",)), ("confirmed", ("is planned to",))]


def test_short_denials_count_and_no_comment_lines_count_only_with_a_cue() -> None:
    claims = claims_of(
        "Kestrel Mix is suspected of laundering money.",
        "Voronov denied wrongdoing.",
        "Chainsight did not respond to requests for comment but has denied the allegations.",
    )
    assert [c.status for c in claims] == ["alleged", "denied", "denied"]


def test_an_authority_reporting_what_others_did_is_accusing_them() -> None:
    others, itself, trailing = claims_of(
        "The Foreign Office said the firms had shipped 300 lathes to Russia since 2022.",
        "The Foreign Office said on Thursday that it had opened an inquiry into the firms.",
        "The Foreign Office opened its own inquiry in November, a spokesman for it said.",
        actors={**ACTORS, "Foreign Office": ("foreign-office", "government")},
    )
    assert (others.status, itself.status, trailing.status) == ("alleged", "reported", "reported")


def test_a_sanctioning_bodys_stated_reasons_are_alleged() -> None:
    (claim,) = claims_of("Britain froze the assets of three firms that it says helped "
                         "Russian weapons makers obtain machine tools.")
    assert claim.status == "alleged" and "that it says" in claim.cues


def test_rejecting_a_characterisation_disputes_it() -> None:
    claims = claims_of("Chainsight said Cyprus had been suspected of acting slowly.",
                       "The ministry rejected that characterisation.")
    assert claims[1].status == "disputed" and claims[1].responds_to == 0


def test_a_relative_clause_inside_the_subject_does_not_split_the_claim() -> None:
    (claim,) = claims_of("The person, who asked not to be named because the talks were "
                         "confidential, said Cyprus had been slow to act.")
    # one claim; an unnamed source's criticism of a named party is an allegation
    assert claim.status == "alleged" and claim.excerpt.startswith("The person")


def test_a_lawyer_who_called_the_charges_absurd_denies_and_so_does_her_quote() -> None:
    people = {**ACTORS, "Luka Varga": ("varga", "person"), "Varga": ("varga", "person"),
              "Diane Kessler": ("kessler", "person")}
    claims = find_claims([
        sentence("Luka Varga is alleged to have diverted $600 million in deposits.", 0, 0,
                 actors=people),
        sentence("Varga's lawyer, Diane Kessler, called the charges absurd.", 1, 1,
                 actors=people),
        sentence("\u201cMr. Varga never touched a cent of customer money,\u201d she said.", 2, 1,
                 actors=people),
    ], PUBLISHED)
    assert [(c.status, c.claimant) for c in claims[1:]] == [
        ("denied", "kessler"), ("denied", "kessler")]


def test_an_unverifiable_thing_named_in_the_sentence_before_is_doubted() -> None:
    claims = find_claims([
        sentence("A video purportedly shows Voronov at a party in Monaco.", 0, 0),
        sentence("The Associated Press could not verify the video.", 1, 0),
    ], PUBLISHED)
    assert [c.status for c in claims] == ["unverified"]


def test_a_spokespersons_assertions_belong_to_the_body_they_speak_for() -> None:
    claims = find_claims([
        sentence("Blue Meridian is accused of withholding the wages of its crews.", 0, 0),
        sentence("\u201cWe reject these allegations,\u201d said Kevin Tan, a spokesperson for "
                 "Blue Meridian.", 1, 1, speakers=("tan",)),
        sentence("Kevin Tan said the new name had been chosen last year.", 2, 2),
    ], PUBLISHED)
    assert [c.claimant for c in claims[1:]] == ["blue-meridian", "blue-meridian"]


def test_an_accuser_quoted_saying_never_is_not_denying() -> None:
    claims = find_claims([
        sentence("Chainsight accused Kestrel Mix of laundering money, citing Raman.", 0, 0),
        sentence("Raman said Kestrel Mix had laundered money for hackers.", 1, 1),
        sentence("\u201cWe have never seen a legitimate customer there,\u201d Raman said.", 2, 1,
                 speakers=("raman",)),
    ], PUBLISHED)
    assert [c.status for c in claims] == ["alleged", "alleged", "alleged"]


def test_an_accused_partys_quote_is_its_account_even_if_quotes_default_to_alleged() -> None:
    # the rules' reading; the status model may still hedge it (an accused party's words on
    # the accusation are its answer, never a fact): tests/test_extract_status_model.py
    claims = rules_only([
        sentence("Kestrel Mix allegedly laundered money for hackers.", 0, 0),
        sentence("\u201cThe conduct described is not who we are,\u201d Kestrel Mix said.", 1, 1,
                 speakers=("kestrel-mix",)),
    ], PUBLISHED)
    assert [c.status for c in claims] == ["alleged", "reported"]


def rules_only(sentences: list[Sentence], published: datetime.date) -> list[DraftClaim]:
    """The claims as the rules read them, before the status model weighs them."""
    return [claim for claim, _, _ in claims_in_context(sentences, published)]


def test_a_dispute_in_the_same_sentence_answers_the_clause_before_it() -> None:
    claims = claims_of("Chainsight said in a 2021 report that thousands of workers had died, "
                       "a figure the government disputes.")
    assert [(c.status, c.responds_to) for c in claims] == [("reported", None), ("disputed", 0)]


def test_accusing_starts_an_accusation_of_its_own() -> None:
    claims = claims_of("Hundreds of workers were not paid for months, Chainsight said on "
                       "Wednesday, accusing Kestrel Mix of holding back wages.")
    assert [c.status for c in claims] == ["alleged", "alleged"]  # unpaid wages: an accusation
    assert claims[1].excerpt.startswith("accusing Kestrel Mix")


def test_denials_of_responsibility_and_of_a_suggestion() -> None:
    claims = claims_of(
        "Kestrel Mix is suspected of laundering money.",
        "Chainsight said it was not responsible for the payroll of its subcontractors.",
        "\u201cAny suggestion that Kestrel Mix laundered money is false,\u201d it said.",
    )
    assert [c.status for c in claims] == ["alleged", "denied", "denied"]


def test_cues_spanning_an_actor_name_are_copied_as_written() -> None:
    claims = claims_of(
        "Kestrel Mix is suspected of laundering money.",
        "Chainsight said that no Kestrel Mix employee had known of any payments.",
    )
    assert claims[1].status == "denied"
    assert "no Kestrel Mix employee had known" in claims[1].cues
    assert all(cue in claim.excerpt for claim in claims for cue in claim.cues)


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("The Commerce Department put the firm on its blacklist in 2022, citing its role in "
         "the surveillance of Uyghurs.", "alleged"),
        ("A distributor continued to ship chips to the firm after it was added to the list, "
         "according to customs records.", "alleged"),
        ("Its director said the company follows all the rules.", "denied"),
        ("The European Parliament called on the EU to impose sanctions on the firm.", "reported"),
    ],
)
def test_listing_reasons_trade_with_listed_parties_and_calls(text: str, status: str) -> None:
    assert classify(text)[0] == status


def test_an_authority_on_its_own_process_reports_and_acceptance_confirms() -> None:
    police = {**ACTORS, "Lancashire Police": ("police", "government")}
    process, accepted = claims_of(
        "Lancashire Police confirmed it had received the referral and said inquiries were at "
        "an early stage.",
        "The charity's trustees said they accepted the findings and had sold the villa.",
        actors=police,
    )
    assert (process.status, accepted.status) == ("reported", "confirmed")


def test_have_not_taken_from_a_concerned_party_denies() -> None:
    claims = find_claims([
        sentence("Kevin Tan allegedly took money from the charity.", 0, 0),
        sentence("\u201cI have not taken a penny for myself,\u201d he told reporters.", 1, 1,
                 speakers=("tan",)),
    ], PUBLISHED)
    assert [c.status for c in claims] == ["alleged", "denied"]


def test_an_account_the_concerned_party_denies_becomes_an_allegation() -> None:
    claims = find_claims([
        sentence("Three riders said Kevin Tan gave them a drug before races.", 0, 0),
        sentence("Kevin Tan denied giving riders anything.", 1, 1),
    ], PUBLISHED)
    assert [(c.status, c.responds_to) for c in claims] == [("alleged", None), ("denied", 0)]


def test_violation_is_wrongdoing_and_said_a_and_that_b_denial_is_one_denial() -> None:
    claims = claims_of(
        "A jet owned by Voronov carried gold exported in violation of a ban, according to "
        "flight records.",
        "Chainsight said in an email that the jet had been leased to a third party and that "
        "it had no knowledge of the cargo.",
    )
    assert [c.status for c in claims] == ["alleged", "denied"]
    assert claims[1].excerpt.startswith("Chainsight said in an email")


def test_a_spokesman_for_the_group_speaks_for_the_group_just_named() -> None:
    group = {**ACTORS, "Moonlit Tiger": ("moonlit-tiger", "group")}
    claims = find_claims([
        sentence("Moonlit Tiger has been accused of stealing the funds.", 0, 0, actors=group),
        sentence("A spokesman for the group called the report fabricated.", 1, 0, actors=group),
    ], PUBLISHED)
    assert (claims[1].status, claims[1].claimant) == ("denied", "moonlit-tiger")


def test_without_publication_relative_dates_stay_as_written_and_empty_input_is_fine() -> None:
    (claim,) = find_claims([sentence("Chainsight said it shared its findings last year.", 0)])
    assert claim.text == "Chainsight shared its findings last year."
    assert find_claims([], PUBLISHED) == []


def test_a_party_described_before_it_is_named_is_the_one_accused() -> None:
    claims = find_claims([
        sentence("A Hong Kong trading company allegedly shipped chips to a listed firm.", 0, 0),
        sentence("The company, Chainsight, said it sells only to vetted clients.", 1, 1),
        sentence("\u201cWe do not operate the systems,\u201d a spokesperson said.", 2, 1,
                 speakers=("chainsight",)),
    ], PUBLISHED)
    assert claims[2].status == "denied"


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Baltica Bank said it \u201ccategorically rejects\u201d the allegations.", "denied"),
        ("His spokesman said the companies had no connection to him.", "denied"),
        ("A former officer says the bank allowed companies linked to a sanctioned oligarch to "
         "move $90 million, ignoring internal alerts.", "alleged"),
    ],
)
def test_quoted_rejections_no_connection_and_help_to_sanctioned_parties(text: str,
                                                                        status: str) -> None:
    assert classify(text)[0] == status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("The fund defrauded investors of $3 million, prosecutors said.", "alleged"),
        ("The company said it was not involved in the scheme.", "denied"),
        ("The executive faces charges of insider trading.", "alleged"),
        ("The tanker belongs to a shadow fleet carrying Russian oil.", "alleged"),
    ],
)
def test_wider_wrongdoing_denial_and_accusation_words(text: str, status: str) -> None:
    assert classify(text)[0] == status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("The team said it has a zero-tolerance policy on doping and had suspended the rider.",
         "reported"),
        ("The firm pledged to end forced labour on its boats.", "confirmed"),
        ("The regulator can fine firms up to 10 percent of their annual turnover.", "confirmed"),
        ("Mandiant attributes the attacks with high confidence to the hacking group.", "alleged"),
        ("Shipments of chips rose fourfold in 2023, data from the customs agency shows.",
         "reported"),
    ],
)
def test_first_person_denials_policies_remedies_legal_powers_and_data(text: str,
                                                                      status: str) -> None:
    (claim,) = claims_of(text)
    assert claim.status == status


def test_a_first_person_never_of_a_wrong_denies_the_allegation() -> None:
    allegation, denial = claims_of("Voronov allegedly doped before the race.",
                                   "\u201cI have never doped in my life,\u201d said Voronov.")
    assert (denial.status, denial.responds_to) == ("denied", 0)


def test_an_unnamed_sources_account_of_a_named_party_is_alleged_and_not_the_partys() -> None:
    accused, itself = claims_of(
        "A former employee of Chainsight says the firm let Kestrel Mix move money for months.",
        "Two former trustees told this newspaper they had never been shown the agreement.",
    )
    assert (accused.status, accused.claimant) == ("alleged", None)
    assert itself.status == "reported"


def test_an_innocent_explanation_from_the_accused_denies_the_allegation() -> None:
    allegation, explanation = claims_of(
        "Kestrel Mix allegedly moved $40 million for Voronov.",
        "Kestrel Mix said the transfers were routine payments for shipping services.",
    )
    assert allegation.status == "alleged"
    assert (explanation.status, explanation.responds_to) == ("denied", 0)


def test_a_figure_that_could_not_be_verified_qualifies_its_own_clause() -> None:
    (claim,) = claims_of("Kestrel Mix earned $40 million from the deals, a figure that could "
                         "not be independently verified.")
    assert claim.status == "unverified" and claim.excerpt.startswith("Kestrel Mix earned")


def test_a_relative_clause_with_its_own_assertion_is_its_own_claim() -> None:
    power, statement = claims_of(
        "The Office of Foreign Assets Control, which can fine firms up to 10 percent of their "
        "turnover, said it was reviewing the case.",
        actors={**ACTORS, "Office of Foreign Assets Control": ("ofac", "government")})
    assert (power.status, power.text) == (
        "confirmed", "The Office of Foreign Assets Control can fine firms up to 10 percent of "
        "their turnover.")
    assert power.excerpt.endswith("of their turnover")
    assert statement.status == "reported" and statement.claimant == "ofac"


def test_an_allegation_in_a_relative_clause_is_apart_from_the_fact_around_it() -> None:
    allegation, fact = claims_of(
        "Kestrel Mix, which investigators say laundered funds for Voronov, is registered in "
        "Dubai.")
    assert (allegation.status, allegation.claimant) == ("alleged", None)
    assert allegation.text == "Kestrel Mix laundered funds for Voronov."
    assert (fact.status, fact.text) == ("confirmed", "Kestrel Mix is registered in Dubai.")


def test_a_trailing_relative_clause_is_split_but_a_doubt_stays_on_its_claim() -> None:
    fine, takeover = claims_of("Chainsight was fined $4 million by the regulator in 2021, "
                               "which led to its takeover by Kestrel Mix.")
    assert fine.excerpt == "Chainsight was fined $4 million by the regulator in 2021"
    assert takeover.text == "This led to its takeover by Kestrel Mix."
    (doubted,) = claims_of("A man said the company had closed in April, which could not be "
                           "independently verified.")
    assert doubted.status == "unverified"


def test_a_denial_answers_the_allegation_on_its_subject_not_just_the_nearest() -> None:
    claims = claims_of(
        "Kestrel Mix allegedly moved stolen funds through transfers to Voronov.",
        "Kestrel Mix is also suspected of hiring hackers in North Korea.",
        "Kestrel Mix denied that the transfers to Voronov were stolen funds.",
    )
    assert claims[-1].status == "denied" and claims[-1].responds_to == 0


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Investigators believe the unit stole the funds.", "alleged"),
        ("We believe our staff acted properly.", "confirmed"),
        ("Chainsight continued to ship chips to the firm after it was listed, data from "
         "customs shows.", "alleged"),
        ("Gold flights continued despite the ban, according to flight data.", "alleged"),
    ],
)
def test_suspicions_and_carrying_on_against_a_ban(text: str, status: str) -> None:
    assert classify(text)[0] == status  # a first-person belief accuses no one


def test_an_explanation_after_and_that_joins_the_accused_partys_denial() -> None:
    allegation, answer = claims_of(
        "Voronov allegedly spent the charity's donations on a villa in Spain.",
        "Voronov said the villa had been bought as a retreat for staff and that the purchase "
        "was approved by the board.")
    assert (answer.status, answer.responds_to) == ("denied", 0)
    assert answer.excerpt.endswith("approved by the board.")


def test_assessments_with_confidence_accuse_and_a_loan_is_an_explanation() -> None:
    assert classify("The agency assessed with high confidence that the unit ran it.")[0] == (
        "alleged")
    allegation, answer = claims_of("Voronov allegedly took $2 million from the fund.",
                                   "Voronov said the money was a personal loan to his brother.")
    assert (answer.status, answer.responds_to) == ("denied", 0)


@pytest.mark.parametrize(
    "text",
    [
        "A former mechanic, who asked not to be named, says the team gave riders injections.",
        "The team gave riders injections before races, said a former mechanic who asked not "
        "to be named.",
    ],
)
def test_an_anonymous_source_on_an_unnamed_party_is_alleged(text: str) -> None:
    (claim,) = claims_of(text)
    assert claim.status == "alleged"
    assert claim.text.startswith("The team gave riders injections")


def test_evidence_against_a_party_accused_elsewhere_is_alleged() -> None:
    claims = claims_of("Kestrel Mix allegedly laundered funds for hackers.",
                       "Kestrel Mix moved $40 million in March, data from Chainsight shows.")
    assert claims[1].status == "alleged"


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("The company said it sells only to vetted clients for fighting crime and terrorism.",
         "reported"),
        ("Raman said a reporter was detained after publishing a story on corruption.",
         "reported"),
        ("The firm stopped paying bribes in 2020.", "alleged"),
        ("The charity promised to repay donors whose money was misused.", "alleged"),
    ],
)
def test_a_wrong_named_as_a_remedys_or_storys_subject_accuses_no_one(text: str,
                                                                    status: str) -> None:
    assert classify(text)[0] == status


def test_a_relative_clause_that_names_a_former_name_attributes_nothing() -> None:
    # "was called X" names a company; it is no "X called ..." attribution, so the clause
    # neither splits the prosecutors' allegation nor shows it as a report
    claims = claims_of("Prosecutors say Voronov steered contracts to Kestrel Mix, which until "
                       "January was called Blue Meridian, in exchange for fees paid to "
                       "Chainsight.")
    assert [(c.status, c.text) for c in claims] == [
        ("confirmed", "Kestrel Mix until January 2025 was called Blue Meridian."),
        ("alleged", "Voronov steered contracts to Kestrel Mix in exchange for fees paid to "
                    "Chainsight.")]


def test_an_innocent_explanation_of_a_change_by_the_accused_party_denies() -> None:
    claims = claims_of(
        "Kestrel Mix is accused of changing its name to hide from investigators.",
        "Kevin Tan, a spokesperson for Kestrel Mix, said the name change was part of a merger "
        "and had been planned for more than a year.",
    )
    assert (claims[1].status, claims[1].responds_to, claims[1].claimant) == (
        "denied", 0, "kestrel-mix")


def test_a_quote_credited_to_a_role_then_a_name_is_restated_without_them() -> None:
    actors = {**ACTORS, "Margaret O\u2019Neill-Hayes": ("hayes", "person")}
    (claim,) = claims_of("\u201cVoronov has never paid a dime to anyone,\u201d said his attorney, "
                         "Margaret O\u2019Neill-Hayes.", actors=actors)
    assert claim.text == "Voronov has never paid a dime to anyone."


def test_a_speakers_quoted_account_of_their_own_doings_is_reported() -> None:
    sorry, seen = claims_of(
        "\u201cWe are deeply sorry, and we will pay for credit monitoring for every "
        "customer,\u201d said Kevin Tan.",
        "\u201cWe have never seen a legitimate customer there,\u201d said Raman.",
    )
    assert (sorry.status, seen.status) == ("reported", "alleged")


def test_an_authoritys_account_of_its_own_officers_doings_is_reported() -> None:
    actors = {**ACTORS, "Guardia Civil": ("guardia-civil", "government")}
    claims = find_claims([
        sentence("The Guardia Civil said it had detained a doctor at his clinic.", 0, 0,
                 actors=actors),
        sentence("Officers seized vials of a hormone and a centrifuge, it said.", 1, 0,
                 actors=actors)], PUBLISHED)
    assert [(c.status, c.claimant) for c in claims] == [
        ("reported", "guardia-civil"), ("reported", "guardia-civil")]


def test_failings_and_reports_faulted_or_called_fabricated_are_read_as_such() -> None:
    actors = {**ACTORS, "Foreign Ministry": ("foreign-ministry", "government")}
    slow, failed, errors, made_up, sanctions = claims_of(
        "Chainsight said the Foreign Ministry had been slow to act.",
        "Raman says Blue Meridian failed to report the transfers.",
        "Blue Meridian said the report was riddled with errors.",
        "Kestrel Mix said the allegations were a fabrication.",
        "Voronov called the sanctions a political decision.", actors=actors)
    assert (slow.status, failed.status) == ("alleged", "alleged")
    assert (errors.status, errors.responds_to) == ("disputed", 1)
    assert (made_up.status, sanctions.status) == ("denied", "denied")


def test_an_unnamed_source_on_a_government_is_alleged() -> None:
    actors = {**ACTORS, "Rapid Support Forces": ("rsf", "government")}
    (claim,) = claims_of("The people, who asked not to be identified, said the gold came "
                         "from mines held by the Rapid Support Forces.", actors=actors)
    assert claim.status == "alleged"


def test_an_allegation_restated_without_its_hedge_keeps_irregular_verbs() -> None:
    wages, parts = claims_of("Blue Meridian is accused of withholding wages.",
                             "Kestrel Mix is suspected of supplying parts to Voronov.")
    assert (wages.text, parts.text) == ("Blue Meridian withheld wages.",
                                        "Kestrel Mix supplied parts to Voronov.")


def test_a_denial_goes_on_to_the_end_of_its_quotation() -> None:
    claims = find_claims([
        sentence("Voronov is accused of laundering money for Kestrel Mix.", 0, 0),
        sentence("Asked about it, he told Chainsight: \u201cI have never laundered money.", 1, 1,
                 speakers=("voronov",)),
        # the pipeline marks the whole of a sentence inside the running quotation
        replace(sentence("I have never had a transfer from them.", 2, 1, speakers=("voronov",)),
                in_quote=((0, 38),)),
        replace(sentence("I will give the police whatever they ask for.\u201d", 3, 1,
                         speakers=("voronov",)), in_quote=((0, 46),)),
    ], PUBLISHED)
    assert len(claims) == 2
    assert (claims[1].status, claims[1].responds_to) == ("denied", 0)
    assert claims[1].excerpt.endswith("whatever they ask for.\u201d")


def test_a_relative_clause_with_its_own_hedge_after_in_a_is_its_own_claim() -> None:
    arrests, riders = claims_of(
        "Police arrested a doctor suspected of supplying drugs to cyclists, in an "
        "investigation that has reportedly identified nine riders as clients.")
    assert arrests.excerpt.endswith("to cyclists") and arrests.status == "alleged"
    assert riders.excerpt.startswith("in an investigation") and riders.cues == ("reportedly",)


def test_an_attribution_is_dropped_though_the_content_holds_that() -> None:
    actors = {**ACTORS, "Elena Saez": ("saez", "person")}
    (claim,) = claims_of("His lawyer, Elena Saez, said the doctor had never prescribed "
                         "anything that was not permitted.", actors=actors)
    assert claim.text == "The doctor had never prescribed anything that was not permitted."


def test_a_data_breach_suffered_is_no_wrongdoing_but_breaching_sanctions_is() -> None:
    assert classify("Raman told Chainsight she had learned of the breach from a newspaper.")[0] \
        == "reported"
    assert classify("Raman said Kestrel Mix had breached sanctions.")[0] == "alleged"
    assert classify("Chainsight said its systems had been breached on Friday.")[0] == "reported"


def test_evidence_from_a_long_named_source_is_attributed_not_the_reporters_fact() -> None:
    assert classify("Tankers met other vessels at least 14 times, data from the maritime "
                    "analytics firm Chainsight Ltd shows.") == (
        "reported", ("data from the maritime analytics firm Chainsight Ltd shows",))


def test_a_tools_stated_purpose_against_crime_accuses_no_one() -> None:
    assert classify("Its brochure describes the tool as \u201cfor use against serious crime "
                    "and terrorism only\u201d.")[0] != "alleged"


def test_a_party_that_disputed_an_account_then_denies_through_its_spokesperson() -> None:
    claims = find_claims([
        sentence("According to two people familiar with the matter, the hackers used a "
                 "password of Blue Meridian.", 0, 0),
        sentence("Blue Meridian disputed that account.", 1, 0),
        sentence("A spokesperson said the company had found \u201cno evidence\u201d that its own "
                 "systems had been breached.", 2, 0, speakers=("blue-meridian",)),
    ], PUBLISHED)
    assert [(c.status, c.claimant, c.responds_to) for c in claims] == [
        ("alleged", None, None), ("disputed", "blue-meridian", 0),
        ("denied", "blue-meridian", 0)]
    assert claims[2].text == ("The company had found no evidence that its own systems had "
                              "been breached.")


def test_a_denial_answers_an_allegation_against_an_unnamed_party_before_a_report() -> None:
    claims = claims_of(
        "Workers were not paid for months, a union said on Wednesday, accusing the main "
        "contractor of withholding wages.",
        "Chainsight said it had interviewed 212 workers employed by subcontractors of "
        "Blue Meridian.",
        "Blue Meridian said it had paid all its subcontractors and was not responsible for "
        "their payroll.",
    )
    accusing = next(i for i, c in enumerate(claims) if c.excerpt.startswith("accusing"))
    interviews = next(c for c in claims if "interviewed" in c.excerpt)
    assert (claims[-1].status, claims[-1].responds_to) == ("denied", accusing)
    assert interviews.status == "alleged"  # contested by the party it names: never a fact


def test_a_whistleblowers_warnings_accuse_and_a_revoked_permit_is_of_record() -> None:
    assert classify("Raman said she flagged the transfers to her managers at least six times.")[0] \
        == "alleged"
    assert classify("The ministry suspended the permits of three plantation firms in November "
                    "for similar violations.")[0] == "confirmed"


def test_an_unnamed_source_on_managers_accuses_and_a_lawyers_innocent_account_denies() -> None:
    actors = {**ACTORS, "Sofie Claes": ("claes", "person")}
    claims = claims_of(
        "Kestrel Mix is accused of shipping rifle parts to a militia.",
        "One former employee, who asked not to be named, said managers told staff to change "
        "the cargo descriptions.",
        "A lawyer for the company, Sofie Claes, said the containers held tractor parts bought "
        "legitimately from a supplier.", actors=actors)
    assert claims[1].status == "alleged"
    assert (claims[2].status, claims[2].claimant, claims[2].responds_to) == ("denied", "claes", 0)


def test_said_a_and_that_b_is_one_account_and_will_the_noun_is_no_plan() -> None:
    actors = {**ACTORS, "Alan Pike": ("pike", "person"), "Brightwater": ("brightwater", "company")}
    claims = claims_of(
        "Brightwater is alleged to have deducted visa fees from wages.",
        "Brightwater's director, Alan Pike, said the fees were \u201cvoluntary contributions\u201d "
        "and that no worker had been charged against their will.", actors=actors)
    assert len(claims) == 2
    assert (claims[1].status, claims[1].responds_to) == ("denied", 0)
    assert "will" not in claims[1].cues
    assert claims[1].text == ("The fees were voluntary contributions and no worker had been "
                              "charged against their will.")


@pytest.mark.parametrize(
    "text",
    [
        "A care home operator in Kent charged workers up to 15,000 pounds each for visas, "
        "according to documents seen by Chainsight.",
        "LONDON (Reuters) - A Dubai-based shipping company moved Russian crude between tankers, "
        "according to ship-tracking data.",
    ],
)
def test_an_account_of_what_a_party_not_yet_named_did_is_an_allegation(text: str) -> None:
    (claim,) = claims_of(text)
    assert (claim.status, claim.cues) == ("alleged", ("according to",))


def test_a_trailing_source_that_alleges_keeps_the_sentence_one_allegation() -> None:
    (claim,) = claims_of("SAN FRANCISCO \u2014 A payments app froze thousands of accounts and "
                         "kept the money for months, a class-action lawsuit filed on Monday "
                         "alleges.")
    assert (claim.status, claim.cues) == ("alleged", ("alleges",))
    assert claim.text == "A payments app froze thousands of accounts and kept the money for months."


def test_a_figure_disputed_and_a_charge_denied_answer_their_own_sentence() -> None:
    claims = claims_of(
        "The suit claims that Kestrel Mix held more than $80 million, a figure the company "
        "disputes.",
        "The lawsuit also accuses Chainsight of pressuring Kestrel Mix to cut staff, a charge "
        "Chainsight denies.")
    assert [(c.status, c.responds_to) for c in claims] == [
        ("alleged", None), ("disputed", 0), ("alleged", None), ("denied", 2)]
    assert claims[3].claimant == "chainsight"


def test_a_fine_imposed_is_of_record_and_ignored_complaints_described_accuse() -> None:
    assert classify("The regulator fined Kestrel Mix $3.5 million in 2022 for misleading "
                    "advertising.")[0] == "confirmed"
    assert classify("Former employees describe a culture in which complaints were ignored.") \
        == ("alleged", ("describe",))
    (claim,) = claims_of("\u201cWe take our obligations seriously,\u201d spokeswoman Kevin Tan "
                         "said.")
    assert claim.text == "We take our obligations seriously."


def test_rejected_findings_answer_the_report_and_the_company_is_the_one_just_accused() -> None:
    report, accused, rejects, charged = find_claims([
        sentence("A report published on Tuesday by Chainsight found that cobalt sold by Kestrel "
                 "Mix was mined by children as young as nine.", 0, 0),
        sentence("Kestrel Mix has long been accused of buying ore from unlicensed sites.", 1, 1),
        sentence("The company rejected the findings and said it had audited its suppliers.", 2, 1),
        sentence("Its chairman, Voronov, has not been charged with any offence.", 3, 2),
    ], PUBLISHED)
    assert (report.status, accused.status) == ("alleged", "alleged")
    assert (rejects.status, rejects.claimant, rejects.responds_to) == ("denied", "kestrel-mix", 0)
    assert (charged.status, charged.cues) == ("confirmed", ())


@pytest.mark.parametrize(
    ("answer", "status"),
    [
        ("Kestrel Mix insists it followed the rules.", "denied"),
        ("Kestrel Mix said the claims were without foundation.", "denied"),
        ("Kestrel Mix said the allegations had no basis in fact.", "denied"),
        ("Kestrel Mix said it had acted properly at all times.", "denied"),
        ("Kestrel Mix said it was the victim of a campaign by competitors.", "denied"),
        ("A lawyer for Kestrel Mix said the accusations were \u201cabsurd\u201d.", "denied"),
        ("Kestrel Mix said the money came from the sale of property.", "denied"),
        ("Kestrel Mix described the allegations as false.", "denied"),
        ("Kestrel Mix said the report contained \u201cnumerous inaccuracies\u201d.", "disputed"),
    ],
)
def test_rebuttals_in_many_words_answer_the_allegation(answer: str, status: str) -> None:
    claims = claims_of("Kestrel Mix is accused of laundering money for Voronov.", answer)
    assert (claims[-1].status, claims[-1].responds_to) == (status, 0)
    assert all(cue in claims[-1].excerpt for cue in claims[-1].cues)


@pytest.mark.parametrize(
    "text",
    [
        "Emails reviewed by Chainsight show that Voronov ordered staff to delete the logs.",
        "Kestrel Mix is under investigation by Chainsight for its role in the scheme.",
        "Police are investigating whether Kestrel Mix paid officials.",
        "Chainsight says the firm knowingly sold parts to the army.",
        "Kestrel Mix received $3 million in payments that Chainsight says came from Voronov.",
        "The documents suggest Kestrel Mix knew about the scheme.",
        "Kestrel Mix shipped the parts without the required export licence, Chainsight said.",
    ],
)
def test_accusations_without_a_crime_word_are_never_shown_as_fact(text: str) -> None:
    (claim,) = claims_of(text)
    assert claim.status == "alleged"


@pytest.mark.parametrize(
    "texts",
    [
        ("Chainsight said Kestrel Mix moved $40 million for hackers.",
         "Reuters was unable to verify the figure."),
        ("A video posted online appears to show Voronov at the port.",
         "The authenticity of the video could not be established."),
        ("Chainsight said Kestrel Mix moved $40 million for hackers; Reuters could not "
         "independently confirm the figures.",),
        ("Voronov says he was beaten in custody, an account that could not be independently "
         "corroborated.",),
    ],
)
def test_a_doubt_that_points_back_makes_the_claim_before_it_unverified(texts) -> None:
    (claim,) = find_claims([sentence(t, i, 0) for i, t in enumerate(texts)], PUBLISHED)
    assert claim.status == "unverified"
    assert claim.excerpt.endswith(texts[-1].split()[-1])


def test_an_unnamed_official_on_a_named_party_is_no_claim_by_that_party() -> None:
    claims = claims_of(
        "Kestrel Mix is accused of moving oil for Voronov.",
        "A Western official, speaking on condition of anonymity because he was not authorised "
        "to brief the media, said Kestrel Mix was one of dozens of companies in the fleet.")
    assert (claims[1].status, claims[1].claimant) == ("alleged", None)


def test_an_analysis_by_a_named_group_is_no_anonymous_source() -> None:
    (claim,) = claims_of("According to a forensic analysis by Chainsight, a research group, "
                         "Voronov's phone was infected 17 times with a tool made by Kestrel Mix.")
    assert (claim.status, claim.claimant) == ("reported", "chainsight")


def test_a_refusal_and_a_non_answer_are_no_denials() -> None:
    claims = claims_of(
        "Kestrel Mix is accused of laundering money for Voronov.",
        "Kestrel Mix did not address the accusations in its statement on Friday.",
        "If they failed, the government could deny Kestrel Mix its permits.",
        "Kestrel Mix said it did not pay anyone.")
    assert [c.status for c in claims] == ["alleged", "confirmed", "confirmed", "denied"]


def test_a_poll_that_shows_and_a_body_confirming_attribute_their_findings() -> None:
    assert classify("A Chainsight poll shows that voters have abandoned the party.") == (
        "reported", ("poll shows",))
    assert classify("The attorney general is confirming that the foundation is not "
                    "registered.") == ("reported", ("confirming that",))


def test_a_wrong_done_with_a_tool_is_still_an_accusation() -> None:
    assert classify("The rifles were used against civilians in massacres last year.")[0] \
        == "alleged"
