"""Events on wording the rules were not tuned on: start dates, a former trading name,
'the following month', and dates that date no happening of their own."""

from __future__ import annotations

import datetime
import re

import pytest

from sitegen.extract.events import find_events
from sitegen.extract.types import Mention, Sentence

PUBLISHED = datetime.date(2024, 12, 10)


def dated(*texts: str) -> list[tuple[str, str]]:
    sentences = [Sentence(t, i, 0, (), index=i) for i, t in enumerate(texts)]
    return [(e.date, e.kind) for e in find_events(sentences, PUBLISHED)]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Harwell Marine, which traded as Harwell Star until April, owns six tankers.", "2024-04"),
        ("The charity was formed in March 2024 by two former aid workers.", "2024-03"),
        ("In June 2024, the board voted to sell the depot.", "2024-06"),
        ("Since 2021, the businessman has chaired the holding company.", "2021"),
        ("The depot has operated from the old port since 2022.", "2022"),
        ("Researchers said in a 2021 report that the river was polluted.", "2021"),
        ("Until April, the firm traded as Harwell Star.", "2024-04"),
        ("Since 2022, the vessel has sailed under a Cameroonian flag.", "2022"),
        ("The lawsuit, filed Dec. 3 in federal court, accuses the firm of fraud.", "2024-12-03"),
    ],
)
def test_a_happening_in_unseen_words_is_dated(text: str, date: str) -> None:
    assert [d for d, _ in dated(text)] == [date]


def test_the_following_month_is_the_month_after_the_one_named_before() -> None:
    assert dated("In June 2024, the board voted to sell the depot.",
                 "The following month, the company moved its headquarters to Limassol.") == [
        ("2024-06", "other"), ("2024-07", "other")]


@pytest.mark.parametrize(
    "text",
    [
        "It was the fifth round of sanctions this year.",
        "The 2021 budget left the port authority short of money.",
        "Its 2019 model sold poorly in Europe.",
        "Investigators say the firm smuggled fuel from 2021 to 2023.",
    ],
)
def test_a_date_that_dates_no_happening_of_its_own_is_no_event(text: str) -> None:
    assert dated(text) == []


SANCTION_ACTORS = {
    "Council of the EU": ("council-of-the-eu", "organization"),
    "European Union": ("eu", "organization"),
    "Britain": ("united-kingdom", "country"),
    "Moldova": ("moldova", "country"),
    "Treasury Department": ("treasury", "government"),
    "Ilan Shor": ("ilan-shor", "person"),
    "Marina Tauber": ("marina-tauber", "person"),
    "Viktor Petrov": ("viktor-petrov", "person"),
    "Evrazia": ("evrazia", "organization"),
    "Victoria Bank": ("victoria-bank", "company"),
    "the BBC": ("bbc", "media"),
}


def sanctions(text: str) -> list[tuple[str | None, tuple[str, ...]]]:
    mentions = sorted((Mention(m.start(), m.end(), key, kind)
                       for name, (key, kind) in SANCTION_ACTORS.items()
                       for m in re.finditer(re.escape(name), text)), key=lambda m: m.start)
    events = find_events([Sentence(text, 0, 0, tuple(mentions), index=0)], PUBLISHED)
    return [(e.by, e.targets) for e in events if e.kind == "sanction"]


@pytest.mark.parametrize(
    ("text", "by", "targets"),
    [
        ("The Treasury Department sanctioned Ilan Shor and Marina Tauber on Tuesday for efforts "
         "to destabilise Moldova.", "treasury", ("ilan-shor", "marina-tauber")),
        ("Britain on Wednesday designated Evrazia, a political group, and its leader Viktor "
         "Petrov.", "united-kingdom", ("evrazia", "viktor-petrov")),
        ("The Council of the EU in May 2024 added Marina Tauber to its list over attempts to "
         "destabilise Moldova.", "council-of-the-eu", ("marina-tauber",)),
        ("On Friday, the Council of the EU said it had added two entities, including Evrazia and "
         "Victoria Bank, to its sanctions list.", "council-of-the-eu",
         ("evrazia", "victoria-bank")),
        ("Marina Tauber helped fund Evrazia, a group that the European Union sanctioned in 2023, "
         "the BBC reported.", "eu", ("evrazia",)),
        ("The Council of the EU on Monday added Victoria Bank, which lends to Evrazia in "
         "Moldova, to its sanctions list.", "council-of-the-eu", ("victoria-bank",)),
    ],
)
def test_a_sanction_has_its_authority_and_every_target_and_no_other(
        text: str, by: str, targets: tuple[str, ...]) -> None:
    assert sanctions(text) == [(by, targets)]


def test_a_dateline_stays_out_of_an_event_title() -> None:
    (event,) = find_events([Sentence("WASHINGTON (AP) \u2014 The administration on Tuesday "
                                     "froze the assets of a fuel trader.", 0, 0, (), index=0)],
                           PUBLISHED)
    assert event.title.startswith("The administration")


def test_the_following_year_is_the_year_after_the_date_just_before() -> None:
    assert dated("She joined the company in 2015 and was promoted the following year.") == [
        ("2015", "other"), ("2016", "other")]


@pytest.mark.parametrize(
    ("text", "by", "targets"),
    [
        # barring a party, in either order
        ("The Treasury Department barred Ilan Shor from entering the country in 2021 over "
         "earlier deliveries.", "treasury", ("ilan-shor",)),
        ("In 2020, the Treasury Department barred shipments from another seafood company, "
         "Victoria Bank, over similar allegations.", "treasury", ("victoria-bank",)),
        # an accuser's reason and a trailing source name no target
        ("The Treasury Department on Tuesday sanctioned Victoria Bank and two firms it accused "
         "of buying arms from Evrazia.", "treasury", ("victoria-bank",)),
        ("Evrazia has traded in Moldova since the European Union sanctioned Viktor Petrov in "
         "July 2022, an investigation by the BBC has found.", "eu", ("viktor-petrov",)),
        # the object of a relative clause, with the party added with it
        ("The wood was made by Evrazia, one of Moldova's largest producers, which the Council "
         "of the EU added to its sanctions list on 24 June together with its owner, Ilan Shor.",
         "council-of-the-eu", ("evrazia", "ilan-shor")),
    ],
)
def test_sanctions_in_other_words(text: str, by: str, targets: tuple[str, ...]) -> None:
    assert sanctions(text) == [(by, targets)]


def test_a_pronoun_and_both_in_a_list_of_targets_refer_back() -> None:
    texts = ("Britain sanctioned Ilan Shor and Victoria Bank on Monday.",
             "The following month, the Council of the EU added him and his wife Marina "
             "Tauber to its sanctions list.",
             "In October, the Treasury Department froze the assets of both and of Viktor "
             "Petrov, a banker.")
    sentences = [Sentence(t, i, 0, tuple(sorted(
        (Mention(m.start(), m.end(), key, kind) for name, (key, kind) in SANCTION_ACTORS.items()
         for m in re.finditer(re.escape(name), t)), key=lambda m: m.start)), index=i)
        for i, t in enumerate(texts)]
    events = [(e.by, e.targets) for e in find_events(sentences, PUBLISHED)]
    assert events[1] == ("council-of-the-eu", ("ilan-shor", "marina-tauber"))
    assert events[2] == ("treasury", ("ilan-shor", "marina-tauber", "viktor-petrov"))


@pytest.mark.parametrize(
    ("text", "date", "kind"),
    [
        ("A 2019 engineering study commissioned by the mine measured arsenic in the river.",
         "2019", "publication"),
        ("A 2024 survey by a local charity found high lead levels, a finding the paper could "
         "not independently verify.", "2024", "publication"),
        ("The review of the 2021 takeover found gaps in the paperwork.", "2021", "other"),
        ("Police seized the documents in a 2022 raid on the firm's offices.", "2022",
         "investigation"),
    ],
)
def test_a_year_in_a_noun_phrase_dates_the_happening_it_names(text: str, date: str,
                                                              kind: str) -> None:
    assert dated(text) == [(date, kind)]


def test_the_happening_a_definite_phrase_names_again_is_not_told_twice() -> None:
    assert dated("Talavera took over the club in 2021.",
                 "Regulators opened a review of the 2021 takeover in May.") == [
        ("2021", "other"), ("2024-05", "other")]


@pytest.mark.parametrize(
    ("text", "date", "kind"),
    [
        ("The report by a U.N. panel of experts, dated April 14, says the broker arranged "
         "at least six flights.", "2024-04-14", "publication"),
        ("The company, which listed on the London Stock Exchange in 2019, runs 14 hospitals.",
         "2019", "other"),
        ("The company said it had installed a new water-treatment plant at the site in 2023.",
         "2023", "other"),
    ],
)
def test_more_happenings_in_unseen_words(text: str, date: str, kind: str) -> None:
    assert dated(text) == [(date, kind)]


def test_a_sanction_word_inside_a_name_and_a_papers_source_are_no_parties() -> None:
    SANCTION_ACTORS["Office of Financial Sanctions Implementation"] = ("ofsi", "government")
    try:
        named = sanctions("In October, the Office of Financial Sanctions Implementation froze "
                          "the assets of Evrazia.")
        source = sanctions("According to documents seen by the BBC, the wood was cut by a "
                           "company that the European Union sanctioned last year.")
    finally:
        del SANCTION_ACTORS["Office of Financial Sanctions Implementation"]
    assert named == [("ofsi", ("evrazia",))]
    assert source == []


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        # a relative clause on the subject before the verb
        (("Last Thursday, the Council of the EU committee that oversees sanctions on Moldova "
          "added Ilan Shor to its sanctions list.",), [("council-of-the-eu", ("ilan-shor",))]),
        # asset freezes and travel bans imposed, then "both men"
        (("Britain imposed asset freezes and travel bans on Ilan Shor and on Viktor Petrov on "
          "Tuesday.",
          "The Council of the EU had added both men to its sanctions list on April 28."),
         [("united-kingdom", ("ilan-shor", "viktor-petrov")),
          ("council-of-the-eu", ("ilan-shor", "viktor-petrov"))]),
        # a passive's subject is the party right before its verb; a place is no target
        (("Evrazia signed a deal with a trader whose owner was blacklisted by the Treasury "
          "Department last week.",), []),
        (("In June, the Treasury Department detained a shipment from Victoria Bank at Moldova "
          "International Airport.",), [("treasury", ("victoria-bank",))]),
    ],
)
def test_sanctions_in_wire_wording(texts: tuple[str, ...], expected) -> None:
    sentences = [Sentence(t, i, 0, tuple(sorted(
        (Mention(m.start(), m.end(), key, kind) for name, (key, kind) in SANCTION_ACTORS.items()
         for m in re.finditer(re.escape(name), t)), key=lambda m: m.start)), index=i)
        for i, t in enumerate(texts)]
    events = find_events(sentences, PUBLISHED)
    assert [(e.by, e.targets) for e in events if e.kind == "sanction"] == expected


@pytest.mark.parametrize(
    ("text", "date", "kind"),
    [
        ("The player was remanded in custody on Saturday.", "2024-12-07", "investigation"),
        ("The agency reported the shipowner to the police in January over the export.",
         "2024-01", "investigation"),
        ("In a final report last year, the office found that the tender was rigged.", "2023",
         "publication"),
        ("The newspaper first reported on the flights in May.", "2024-05", "publication"),
        ("The ministry revoked the refiner's export license in August.", "2024-08", "other"),
        ("The refinery received a $150 million loan from a state lender in 2024.", "2024",
         "other"),
        ("The academy said the coach had sold his stake in 2023.", "2023", "other"),
        ("Rivas, who until 2021 was a general manager at the state miner, runs a bank.", "2021",
         "other"),
        ("Investigators allege that he helped the firm win a 2024 contract to supply plates.",
         "2024", "other"),
    ],
)
def test_more_happenings_from_wire_and_long_reads(text: str, date: str, kind: str) -> None:
    assert dated(text) == [(date, kind)]


def test_whoever_tells_the_sentence_at_its_end_is_no_target() -> None:
    SANCTION_ACTORS["the Courier"] = ("courier", "media")
    try:
        told = sanctions("Britain imposed asset freezes on Ilan Shor and Viktor Petrov on "
                         "Tuesday, the Treasury Department said.")
        revealed = sanctions("A refinery signed a deal with a trader whose owner was "
                             "blacklisted by the Treasury Department last week, the Courier "
                             "can reveal.")
    finally:
        del SANCTION_ACTORS["the Courier"]
    assert told == [("united-kingdom", ("ilan-shor", "viktor-petrov"))]
    assert revealed == []


def _with_parties(text: str, *names: str) -> Sentence:
    mentions = sorted((Mention(m.start(), m.end(), name.lower().replace(" ", "-"), "company")
                       for name in names for m in re.finditer(re.escape(name), text)),
                      key=lambda m: m.start)
    return Sentence(text, 0, 0, tuple(mentions))


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Shares of Alder Foods slid 4% in Mumbai trading on Monday.", "2024-12-09"),
        ("The audit, handed to Alder Foods in October, lists 40 breaches.", "2024-10"),
        ("Alder Foods did not answer questions sent on Friday.", "2024-12-06"),
        ("Alder Foods quietly dropped the supplier in September.", "2024-09"),
    ],
)
def test_a_named_party_s_deed_on_a_given_day_is_an_event(text: str, date: str) -> None:
    events = find_events([_with_parties(text, "Alder Foods")], PUBLISHED)
    assert [e.date for e in events] == [date]


@pytest.mark.parametrize(
    "text",
    [
        "On a wet morning in October, a van loaded with crates rolled into the yard.",
        "Inspectors found that Alder Foods had dumped waste in the river in October.",
        "Alder Foods dumped waste in the river between May and September.",
        "Alder Foods dumped waste in the river last year.",
    ],
)
def test_a_scene_an_account_or_a_span_is_no_plain_deed(text: str) -> None:
    assert find_events([_with_parties(text, "Alder Foods")], PUBLISHED) == []


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("In an e-mail from 3 June, a manager tells staff to delete the files.", "2024-06-03"),
        ("A note from 2 August, seen by the paper, asks staff to stay silent.", "2024-08-02"),
        ("One text message from 12 March reads simply: pay them.", "2024-03-12"),
    ],
)
def test_a_document_from_a_date_dates_its_writing(text: str, date: str) -> None:
    assert dated(text) == [(date, "statement")]


def test_a_quoted_term_is_no_accusation_that_hides_a_span_s_start() -> None:
    text = 'Between 2019 and 2022 the fund sold 5m so-called "fraud-proof" bonds to councils.'
    assert [d for d, _ in dated(text)] == ["2019"]
    # the same span in the reporter's own accusation is a claim, not an event
    assert dated("Between 2019 and 2022 the fund defrauded 40 councils.") == []


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("He chaired the club from 2011 until his resignation in March 2023.", "2023-03"),
        ("Her resignations in June 2022 were accepted without comment.", "2022-06"),
        ("The minister resigned in October, weeks after the leak.", "2024-10"),
    ],
)
def test_a_resignation_told_as_a_noun_is_dated(text: str, date: str) -> None:
    assert date in [d for d, _ in dated(text)]


@pytest.mark.parametrize(
    "text",
    [
        "LISBON, May 4, 2024 (AFP) - Police raided the offices of a football club.",
        "NAIROBI, Kenya, 2 June 2024 (Reuters) - The minister resigned after the audit.",
    ],
)
def test_a_dateline_s_date_is_when_the_story_was_filed(text: str) -> None:
    assert dated(text) == []


def test_a_date_after_the_dateline_still_dates_its_happening() -> None:
    text = "LISBON, May 4, 2024 (AFP) - Police raided the club's offices on 2 May 2024."
    assert [d for d, _ in dated(text)] == ["2024-05-02"]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # wire: a span fronted, the payer named after it
        ("Between June 2023 and January 2024, Harwell Marine paid more than $3 million to "
         "Evrazia, a trader whom the Treasury Department sanctioned in May 2023.", "2023-06"),
        # long read: the papers that tell it are a charge sheet, the deed is a payment
        ("According to the charge sheet, Harwell Marine paid Evrazia $3 million between March "
         "2022 and November 2023.", "2022-03"),
        # local paper: a donation over years
        ("Harwell Marine donated $40,000 to the rowing club from 2019 to 2021.", "2019"),
        # translated report: the union's account of its own past step
        ("The dockers' union said it first raised safety concerns with Harwell Marine in "
         "2023.", "2023"),
    ],
)
def test_money_paid_over_a_span_and_a_party_s_own_step_are_dated(text: str, date: str) -> None:
    assert date in [d for d, _ in dated(text)]


def test_a_span_whose_deed_is_a_wrong_stays_a_claim() -> None:
    assert dated("According to the charge sheet, Harwell Marine smuggled fuel between March "
                 "2022 and November 2023.") == []


@pytest.mark.parametrize(
    "text",
    [
        # wire, long read, local paper, translated report: a running count is no happening
        "The nine tankers carried out at least 64 ship-to-ship transfers since early 2023.",
        "The group has tracked more than 300 European-owned ships to Asian beaches since 2020.",
        "The charity told donors it had housed 212 veterans since 2021.",
        "The ministry has added more than 140 foreign entities to the list this year.",
    ],
)
def test_a_count_of_deeds_since_a_year_or_month_is_no_event(text: str) -> None:
    assert dated(text) == []


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # a start on a given day, a set named before, a magnitude of an activity going on
        ("Agents have interviewed at least three county employees since Jan. 6.", "2024-01-06"),
        ("The hospital said it had suspended the three officials in July.", "2024-07"),
        ("Russia has launched thousands of drones at Ukrainian cities since 2022.", "2022"),
        ("A refinery promised to bring 400 jobs has signed a supply deal in May.", "2024-05"),
    ],
)
def test_a_count_that_sums_no_deeds_since_the_date_keeps_its_event(text: str, date: str) -> None:
    assert [d for d, _ in dated(text)] == [date]


@pytest.mark.parametrize(
    ("text", "date", "kind"),
    [
        # a call is a statement as an interview is, in the wire's or the long read's words
        ("Mr Volkov dismissed the findings in a short phone call on Friday.", "2024-12-06",
         "statement"),
        ("The minister, in a video call with reporters on 3 December, rejected the claims.",
         "2024-12-03", "statement"),
        # a post taken away, as the local paper or the broadcaster tells it
        ("The fund's director was placed on administrative leave in July.", "2024-07", "other"),
        ("The club's treasurer was dismissed in October for missing meetings.", "2024-10",
         "other"),
        ("Harwell Marine's chairman was ousted by the board in March 2023.", "2023-03", "other"),
        # money steered into a firm
        ("Then, in 2021, the fund's new director steered $410 million into a small firm.",
         "2021", "other"),
    ],
)
def test_calls_posts_taken_away_and_money_steered_are_happenings(text: str, date: str,
                                                                  kind: str) -> None:
    assert (date, kind) in dated(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a scope is what a review looked at, not a happening
        ("The SFO said its investigation covered the period from April 2020 to March 2024.",
         []),
        ("The audit covered the 2022-23 and 2023-24 financial years.", []),
        ("Reporters obtained 300 invoices covering shipments between March 2023 and May 2024.",
         []),
        # money or contracts received over a span are dated at its start
        ("According to the charge sheet, Shree Infra received 14 contracts between April 2021 "
         "and June 2023.", ["2021-04"]),
        ("Records show the university received three donations from the foundation between "
         "2018 and 2021.", ["2018"]),
    ],
)
def test_a_scope_is_no_happening_and_money_received_over_a_span_is_one(
        text: str, expected: list[str]) -> None:
    assert [d for d, _ in dated(text)] == expected


def test_the_nth_with_no_month_told_is_the_latest_such_day_before_publication() -> None:
    # published 2024-12-10: the 14th is November's, the 3rd December's
    assert dated("The officer was placed on leave on the 14th.") == [("2024-11-14", "other")]
    assert dated("The board met on the 3rd.") == [("2024-12-03", "other")]
    # once a day is told, the next "the 3rd" is of its month
    assert dated("The officer was placed on leave on the 14th.",
                 "The board met on the 3rd.") == [("2024-11-14", "other"),
                                                  ("2024-11-03", "other")]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("The mining company listed in London in 2018.", "2018"),
        ("The firm floated on the Nasdaq in March 2021.", "2021-03"),
    ],
)
def test_a_company_listed_or_floated_in_a_market_is_a_happening(text: str, date: str) -> None:
    assert (date, "other") in dated(text)


def test_a_party_listed_as_something_is_no_listing() -> None:
    assert dated("The company was listed in 2018 as a supplier.") == []
