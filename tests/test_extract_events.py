"""Events: dated happenings in the reporter's voice, with sanctions' authority and targets."""

from __future__ import annotations

import datetime
import re

from sitegen.extract.events import find_events
from sitegen.extract.types import Mention, Sentence

PUBLISHED = datetime.date(2025, 3, 12)  # a Wednesday
ACTORS = {
    "Office of Foreign Assets Control": ("ofac", "government"),
    "European Union": ("eu", "organization"),
    "Kestrel Mix": ("kestrel-mix", "company"),
    "Dmitri Voronov": ("voronov", "person"),
    "Lena Hartmann": ("hartmann", "person"),
    "Sokol-Tekh": ("sokol-tekh", "company"),
    "Steppe Link": ("steppe-link", "company"),
    "Velotek": ("velotek", "company"),
    "Chainsight": ("chainsight", "company"),
    "Orchidex": ("orchidex", "company"),
    "Harbor Light": ("harbor-light", "media"),
    "Conflict Supply Monitor": ("csm", "organization"),
    "Entity List": ("entity-list", "organization"),  # a name the actor stage may mistake
}


def sentence(text: str, index: int = 0, heading: bool = False) -> Sentence:
    """A sentence with its actor mentions and quoted spans, as the pipeline gives them."""
    mentions = [
        Mention(m.start(), m.end(), key, kind)
        for name, (key, kind) in ACTORS.items()
        for m in re.finditer(re.escape(name), text)
    ]
    quoted = tuple((m.start(), m.end()) for m in re.finditer(r"\u201c[^\u201d]*\u201d?", text))
    return Sentence(text, index, 0, tuple(sorted(mentions, key=lambda m: m.start)),
                    heading=heading, index=index, in_quote=quoted)


def events_of(*texts: str, published: datetime.date | None = PUBLISHED):
    return find_events([sentence(t, i) for i, t in enumerate(texts)], published)


def test_sanction_event_has_authority_targets_and_resolved_weekday() -> None:
    (event,) = events_of(
        "The Office of Foreign Assets Control on Monday added Kestrel Mix to its sanctions list, "
        "along with Dmitri Voronov, a Russian national, and Lena Hartmann, a developer."
    )
    assert (event.kind, event.date, event.by) == ("sanction", "2025-03-10", "ofac")
    assert event.targets == ("kestrel-mix", "voronov", "hartmann")
    assert "Kestrel Mix" in event.title and "Office of Foreign Assets Control" in event.title


def test_sanction_in_a_relative_clause_targets_the_noun_it_describes() -> None:
    (event,) = events_of(
        "Steppe Link appears to have sold the goods on to Sokol-Tekh, a drone maker that the "
        "European Union added to its sanctions list in December 2023."
    )
    assert (event.kind, event.date, event.by, event.targets) == (
        "sanction", "2023-12", "eu", ("sokol-tekh",))


def test_passive_sanction_takes_the_agent_after_by() -> None:
    (event,) = events_of("Sokol-Tekh was sanctioned by the European Union in 2016.")
    assert (event.kind, event.date, event.by, event.targets) == ("sanction", "2016", "eu",
                                                                ("sokol-tekh",))


def test_sanction_of_the_clause_subject() -> None:
    (event,) = events_of("Sokol-Tekh has been on the European Union sanctions list since 2019.")
    assert (event.kind, event.date, event.by, event.targets) == ("sanction", "2019", "eu",
                                                                ("sokol-tekh",))


def test_sanction_without_named_targets_is_not_a_sanction_event() -> None:
    (event,) = events_of("The European Union sanctioned two unnamed tankers in April.")
    assert event.kind == "other" and event.by is None and event.targets == ()


def test_future_plans_are_not_events() -> None:
    assert events_of(
        "Chainsight will publish its findings later this year.",
        "The series is planned to be aired this year.",
        "Chainsight said it would publish its findings in October.",
    ) == []


def test_alleged_and_unverified_happenings_are_not_events() -> None:
    assert events_of(
        "The officials allegedly received payments between 2019 and 2023.",
        "Steppe Link is suspected of having shipped the parts in March.",
        "A man said Steppe Link had closed in April, which could not be independently verified.",
    ) == []


def test_a_hedge_in_another_clause_does_not_block_the_dated_one() -> None:
    (event,) = events_of(
        "The money was reportedly paid through Kestrel Mix, according to charging documents "
        "filed in a court on Monday."
    )
    assert event.date == "2025-03-10"
    assert event.excerpt == "according to charging documents filed in a court on Monday."


def test_charges_filed_are_an_event_though_the_charge_is_an_allegation() -> None:
    (event,) = events_of("Dmitri Voronov was indicted on Monday on charges of laundering money.")
    assert (event.date, event.kind, event.actors) == ("2025-03-10", "investigation", ("voronov",))


def test_one_sentence_gives_one_event_per_date_with_its_own_kind() -> None:
    report, theft = events_of(
        "In a report published in October, Chainsight said it had followed funds stolen from "
        "Orchidex in June 2023 into the mixer."
    )
    assert (report.date, report.kind) == ("2024-10", "publication")
    assert (theft.date, theft.kind) == ("2023-06", "other")
    assert "orchidex" in theft.actors


def test_range_is_one_event_at_its_start() -> None:
    (event,) = events_of("Investigators recovered 23 drones between January and February.")
    assert event.date == "2025-01"


def test_account_of_own_action_keeps_the_attribution_in_the_title() -> None:
    (event,) = events_of("Velotek said it had stopped all deliveries to Steppe Link in March.")
    assert (event.date, event.kind) == ("2025-03", "other")
    assert event.title.startswith("Velotek says")
    assert event.actors == ("velotek", "steppe-link")


def test_since_with_present_perfect_is_an_event_but_a_bound_on_a_set_is_not() -> None:
    (event,) = events_of(
        "Sokol-Tekh has launched thousands of drones since 2022.",
        "Velotek was reviewing every contract it had signed since 2019.",
    )
    assert event.date == "2022"
    assert event.excerpt == "Sokol-Tekh has launched thousands of drones since 2022."


def test_dates_in_quotes_headings_and_undated_happenings_give_no_event() -> None:
    assert events_of(
        "\u201cWe have had nothing to do with Kestrel Mix since 2022,\u201d he said.",
        "Velotek stopped all deliveries to Steppe Link.",
    ) == []
    assert find_events([sentence("Sanctions imposed in 2016", heading=True)], PUBLISHED) == []


def test_without_publication_only_absolute_dates_make_events() -> None:
    events = events_of(
        "Harbor Light aired the documentary in March.",
        "Harbor Light aired the documentary in June 2023.",
        published=None,
    )
    assert [(e.date, e.kind) for e in events] == [("2023-06", "publication")]


def test_every_excerpt_is_verbatim_in_its_sentence() -> None:
    texts = [
        "The Office of Foreign Assets Control on Monday added Kestrel Mix to its sanctions list.",
        "In a report published in October, Chainsight said it had followed funds stolen from "
        "Orchidex in June 2023 into the mixer.",
    ]
    for event in events_of(*texts):
        assert any(event.excerpt in text for text in texts)


def test_the_commission_is_the_body_named_before_and_dates_are_no_parties() -> None:
    events = find_events([
        Sentence("The European Union opened an inquiry in November.", 0, 0,
                 (Mention(4, 18, "eu", "government"),), index=0),
        Sentence("The commission froze the accounts of Velotek on Dec. 3.", 1, 0,
                 (Mention(37, 44, "velotek", "company"), Mention(48, 51, "dec", "company")),
                 index=1),
    ], PUBLISHED)
    freeze = events[-1]
    assert (freeze.kind, freeze.date, freeze.by, freeze.targets) == (
        "sanction", "2024-12-03", "eu", ("velotek",))
    assert freeze.title == "European Union freezes the accounts of Velotek"


def test_a_distant_reporting_verb_does_not_date_an_accusation() -> None:
    assert events_of(
        "Velotek paid bribes to officials between 2017 and 2021 to win contracts, the "
        "European Union said on Tuesday."
    )[0].date == "2025-03-11"
    assert len(events_of("Velotek paid bribes to officials between 2017 and 2021 to win "
                         "contracts, regulators of the European Union said.")) == 0


def test_an_event_told_twice_is_one_event() -> None:
    events = events_of(
        "The European Union on Monday added Sokol-Tekh to its sanctions list.",
        "The designation by the European Union on Monday also covers Steppe Link.",
        "Velotek said on Monday that it had stopped deliveries.",
    )
    assert [(e.date, e.kind) for e in events] == [("2025-03-10", "sanction"),
                                                  ("2025-03-10", "other")]
    assert events[0].targets == ("sokol-tekh", "steppe-link")


def test_titles_drop_the_date_and_dangling_words_and_name_the_subject() -> None:
    aired, report = events_of(
        "Some of the accounts were first aired in March in \u201cHooked\u201d, a documentary.",
        "The Conflict Supply Monitor (CSM), a group in Vilnius that examines weapons, said in a "
        "report on Tuesday that it had identified the parts.",
    )
    # a title in quotation marks stays in the clause: it says where they were aired
    assert aired.title == "Some of the accounts were first aired in \u201cHooked\u201d, a documentary"
    assert report.title == "Conflict Supply Monitor says in a report"


def test_a_sanction_asked_for_is_a_statement_and_a_list_is_no_target() -> None:
    called, listed = events_of(
        "The European Union called on Thursday for sanctions on Sokol-Tekh.",
        "The European Union placed Sokol-Tekh on the Entity List on 3 June 2022.",
    )
    assert (called.kind, called.date) == ("statement", "2025-03-06")
    assert (listed.kind, listed.by, listed.targets) == ("sanction", "eu", ("sokol-tekh",))


def test_a_happening_word_belongs_to_the_date_nearest_it() -> None:
    (event,) = events_of(
        "Riders say the doctor gave them injections during the 2021 season, in accounts that "
        "add to an inquiry opened by Velotek last autumn."
    )
    assert (event.date, event.kind) == ("2024", "investigation")


def test_titles_keep_the_dated_part_and_whole_names() -> None:
    left, renamed = events_of(
        "Dmitri Voronov, who left Kestrel Mix in January 2022, denied giving any help.",
        "In August, weeks after buyers were first told of the allegations, the company changed "
        "its name to Blue Meridian Seafood Holdings Ltd.",
    )
    assert left.title == "Dmitri Voronov left Kestrel Mix"
    assert renamed.title.endswith("changed its name to Blue Meridian Seafood Holdings Ltd")


def test_a_ban_imposed_is_an_event_but_a_banned_drug_is_not() -> None:
    events = events_of("The European Union banned the exports in March 2023.",
                       "Riders took a banned drug during the 2021 season.")
    assert [(e.date, e.kind) for e in events] == [("2023-03", "other")]


def test_no_sentences_no_events() -> None:
    assert find_events([], PUBLISHED) == [] and find_events([], None) == []


def test_a_sanctioned_person_moving_money_is_no_sanction_event() -> None:
    events = events_of("Velotek allowed a sanctioned oligarch to move money in 2022.")
    assert all(e.kind != "sanction" for e in events)


def test_a_fine_by_a_regulator_in_a_relative_clause_is_its_own_sanction_event() -> None:
    fine, takeover = events_of(
        "Velotek, which was fined $4 million by the European Union in 2021, "
        "took over Steppe Link in 2023."
    )
    assert (fine.kind, fine.date, fine.by, fine.targets) == ("sanction", "2021", "eu",
                                                            ("velotek",))
    assert "fines" in fine.title
    assert (takeover.date, takeover.kind) == ("2023", "other")
    assert takeover.title == "Velotek took over Steppe Link"


def test_passive_sanction_with_words_between_the_verb_and_its_agent() -> None:
    (event,) = events_of("The price cap set by the European Union in December 2022 "
                         "covers Sokol-Tekh.")
    assert (event.kind, event.date, event.by) == ("sanction", "2022-12", "eu")


def test_authority_described_in_an_apposition_is_not_the_one_acting() -> None:
    (event,) = events_of(
        "The Office of Foreign Assets Control, part of the European Union, on Tuesday added "
        "Kestrel Mix to its sanctions list."
    )
    assert (event.by, event.targets, event.date) == ("ofac", ("kestrel-mix",), "2025-03-11")


def test_two_dated_happenings_in_one_sentence_give_two_events() -> None:
    first, second = events_of("Velotek suspended the manager in May 2023 and fired him in "
                              "August 2023.")
    assert (first.date, second.date) == ("2023-05", "2023-08")
    assert "August" not in first.title and "fired" in second.title.lower()


def test_tenure_and_an_accusers_account_with_since_are_no_events() -> None:
    assert events_of(
        "Chainsight, a customer since 2019, has said it will stop trading.",
        "Velotek has been a customer of Orchidex since 2018.",
        "Orchidex, a customer it says Velotek has supplied since at least 2020, did not respond.",
    ) == []


def test_new_happening_words_registered_appeared_in_a_film_shares_fell_tenure_ended() -> None:
    events = events_of(
        "Velotek was registered in Cyprus in 2017, according to corporate records.",
        "Dmitri Voronov appeared last year in the documentary Cold Water.",
        "Velotek's shares fell 6 percent on Wednesday.",
        "Lena Hartmann, who was Velotek's chief executive until March 2022, is believed to have "
        "approved the payments.",
    )
    assert [(e.date, e.kind) for e in events] == [
        ("2017", "other"), ("2024", "publication"), ("2025-03-12", "other"), ("2022-03", "other")]
    assert events[3].title == "Lena Hartmann was Velotek's chief executive"


def test_an_authority_name_broken_at_its_commas_is_no_target() -> None:
    actors = {"Department for Business": ("dbt", "government"), "Energy": ("energy", "company"),
              "Industrial Strategy": ("strategy", "organization"),
              "Kestrel Mix": ("kestrel-mix", "company")}
    text = ("The Department for Business, Energy and Industrial Strategy on Monday added "
            "Kestrel Mix to its sanctions list.")
    mentions = tuple(Mention(m.start(), m.end(), key, kind) for name, (key, kind) in actors.items()
                     for m in re.finditer(re.escape(name), text))
    (event,) = find_events([Sentence(text, 0, 0, tuple(sorted(mentions, key=lambda m: m.start)))],
                           PUBLISHED)
    assert (event.by, event.targets) == ("dbt", ("kestrel-mix",))


def test_a_second_happening_with_a_trade_verb_gets_its_own_event() -> None:
    founded, listed = events_of("Velotek was founded in 2015 and listed its shares in London "
                                "in 2019.")
    assert (founded.date, listed.date) == ("2015", "2019")
    (export,) = events_of("Between March and May, Velotek exported 40 tonnes of gold to Dubai.")
    assert export.date == "2024-03" and "exported" in export.title


def test_sanctions_imposed_by_an_authority_after_a_comma() -> None:
    (event,) = events_of("The sanctions, imposed by the European Union in March 2022, cover "
                         "Sokol-Tekh.")
    assert (event.kind, event.date, event.by) == ("sanction", "2022-03", "eu")


def test_a_hedged_subject_reaches_its_later_verb_but_not_from_a_relative_clause() -> None:
    assert events_of("Velotek is believed to be run by the army and last year shipped the "
                     "parts.") == []
    (event,) = events_of("Chainsight, which is believed to be linked to the army, on Monday "
                         "published a report.")
    assert (event.date, event.kind) == ("2025-03-10", "publication")


def test_an_authority_named_in_a_relative_clause_is_not_the_one_acting() -> None:
    (event,) = events_of(
        "The Office of Foreign Assets Control, which is part of the European Union, on Tuesday "
        "added Kestrel Mix to its sanctions list.")
    assert (event.by, event.targets) == ("ofac", ("kestrel-mix",))


def test_renamings_in_relative_clauses_and_took_its_current_name() -> None:
    (renamed,) = events_of("Velotek, which until May was called Steppe Link, said it had "
                           "changed its policies.")
    assert (renamed.date, renamed.kind) == ("2024-05", "other")
    (current,) = events_of("Velotek was founded as Steppe Link and took its current name in 2019.")
    assert current.date == "2019" and "current name" in current.title


def test_a_second_dated_report_clause_is_titled_with_who_acted() -> None:
    fined, opened = events_of("Chainsight said on Monday that it had fined Velotek and that it "
                              "had opened an investigation in February.")
    assert (fined.date, opened.date) == ("2025-03-10", "2025-02")
    assert opened.title == "Chainsight had opened an investigation"


def test_a_fine_with_a_decimal_amount_before_its_agent_is_a_sanction() -> None:
    (fine,) = events_of("Velotek, which was fined £1.2 million by the European Union in 2019, "
                        "is up for sale.")
    assert (fine.kind, fine.by, fine.targets) == ("sanction", "eu", ("velotek",))


def test_a_sanction_list_with_named_appositions_and_an_authority_split_at_its_commas() -> None:
    # the actor stage may type the first piece of "Foreign, Commonwealth and Development
    # Office" apart: the piece typed as an authority (holding the acronym) acts
    actors = {"Foreign": ("foreign", "company"),
              "Commonwealth and Development Office": ("fcdo", "government"),
              "FCDO": ("fcdo", "government"), "Kestrel Mix": ("kestrel-mix", "company"),
              "Dmitri Voronov": ("voronov", "person")}
    text = ("Britain's Foreign, Commonwealth and Development Office (FCDO) on Monday added the "
            "company, Kestrel Mix, and its founder, Dmitri Voronov, to its sanctions list, "
            "saying the firm had hidden the origin of oil.")
    mentions = sorted((Mention(m.start(), m.end(), key, kind) for name, (key, kind)
                       in actors.items() for m in re.finditer(rf"\b{re.escape(name)}\b", text)),
                      key=lambda m: m.start)
    (event,) = find_events([Sentence(text, 0, 0, tuple(mentions))], PUBLISHED)
    assert (event.kind, event.date, event.by) == ("sanction", "2025-03-10", "fcdo")
    assert event.targets == ("kestrel-mix", "voronov")


def test_counted_unnamed_targets_take_the_names_the_next_sentence_gives() -> None:
    (event,) = events_of(
        "The European Union on Friday froze the assets of three companies that it says "
        "helped arms makers.",
        "The Office of Foreign Assets Control said the firms, Kestrel Mix, Sokol-Tekh and "
        "Velotek, had shipped lathes.",
    )
    assert (event.kind, event.by) == ("sanction", "eu")
    assert event.targets == ("kestrel-mix", "sokol-tekh", "velotek")
    (other,) = events_of("The European Union on Friday froze the assets of three companies.",
                         "The vessels, Chainsight and Orchidex, were seized.")
    assert other.kind == "other"  # vessels are not the companies counted


def test_complaints_unsealed_confirmations_concerns_raised_and_titled_documentaries() -> None:
    unsealed, confirmed, raised, appeared = events_of(
        "Velotek paid bribes, according to a criminal complaint unsealed Tuesday in a court.",
        "Velotek confirmed on Monday that the data of customers had been accessed.",
        "Dmitri Voronov said he had raised questions about the company's bids as early as 2021.",
        "Lena Hartmann, who now lives in Berlin, appeared last year in \u201cThe Listening "
        "Room\u201d, a documentary by Harbor Light.",
    )
    assert (unsealed.date, unsealed.kind) == ("2025-03-11", "investigation")
    assert (confirmed.date, confirmed.kind) == ("2025-03-10", "statement")
    assert (raised.date, raised.kind) == ("2021", "statement")
    assert (appeared.date, appeared.kind) == ("2024", "publication")


def test_work_until_a_month_dates_its_end() -> None:
    (left,) = events_of("Lena Hartmann, who worked in the bank's compliance unit until last "
                        "December, said she flagged the transfers.")
    assert (left.date, left.kind) == ("2024-12", "other")


def test_the_month_may_is_no_modal_that_turns_a_sanction_into_a_wish() -> None:
    (event,) = events_of("In May, the European Union froze the assets of Kestrel Mix.")
    assert (event.kind, event.date, event.by, event.targets) == (
        "sanction", "2024-05", "eu", ("kestrel-mix",))
    assert events_of("The European Union may freeze the assets of Kestrel Mix.") == []


def test_the_firm_fined_is_the_company_named_before() -> None:
    (fine,) = events_of("Velotek runs 14 care homes in Kent.",
                        "The firm was fined $40,000 by the European Union in 2021 over staffing.")
    assert (fine.kind, fine.by, fine.targets) == ("sanction", "eu", ("velotek",))


def test_a_lawsuit_filed_on_a_day_is_an_event_though_it_alleges() -> None:
    (filed,) = events_of("A payments app froze thousands of accounts, a class-action lawsuit "
                         "filed on Monday alleges.")
    assert (filed.date, filed.kind, filed.title) == (
        "2025-03-10", "investigation", "A class-action lawsuit filed")


def test_sanctions_that_were_imposed_by_an_authority_on_named_targets() -> None:
    (event,) = events_of("The sanctions were imposed by the European Union in 2023 on Kestrel "
                         "Mix and Sokol-Tekh.")
    assert (event.kind, event.by, event.targets) == ("sanction", "eu",
                                                      ("kestrel-mix", "sokol-tekh"))


def test_an_office_of_a_ministry_named_with_a_possessive_is_the_one_acting() -> None:
    actors = {"U.S. Treasury": ("treasury", "government"),
              "Office of Foreign Assets Control": ("ofac", "government"),
              "Kestrel Mix": ("kestrel-mix", "company")}
    for text in ("Kestrel Mix was sanctioned in 2022 by the U.S. Treasury's Office of Foreign "
                 "Assets Control.",
                 "Kestrel Mix, which the U.S. Treasury's Office of Foreign Assets Control "
                 "sanctioned in 2022, denied it."):
        mentions = sorted((Mention(m.start(), m.end(), key, kind) for name, (key, kind)
                           in actors.items() for m in re.finditer(re.escape(name), text)),
                          key=lambda m: m.start)
        (event,) = find_events([Sentence(text, 0, 0, tuple(mentions))], PUBLISHED)
        assert (event.kind, event.by, event.targets) == ("sanction", "ofac", ("kestrel-mix",))


def test_a_price_cap_on_a_nations_oil_targets_that_country_when_it_is_an_actor() -> None:
    actors = {**ACTORS, "Moscow": ("russia", "country")}
    texts = ["Moscow sells crude above the cap.",
             "The price cap, set by the European Union in December 2022, bars Western insurers "
             "from handling Russian oil."]
    sentences = [Sentence(t, i, 0, tuple(sorted(
        (Mention(m.start(), m.end(), key, kind) for name, (key, kind) in actors.items()
         for m in re.finditer(re.escape(name), t)), key=lambda m: m.start)), index=i)
        for i, t in enumerate(texts)]
    (event,) = find_events(sentences, PUBLISHED)
    assert (event.kind, event.by, event.targets) == ("sanction", "eu", ("russia",))
    assert events_of(texts[1])[0].kind == "other"  # no Russia among the actors: no target


def test_a_day_named_for_what_happened_on_it_is_no_date_and_titles_lose_a_bare_in() -> None:
    assert events_of("Chainsight has at times trafficked in Sept. 11 conspiracy theories.") == []
    (sent,) = events_of("In late February, a group of parents sent a letter to Velotek.")
    assert sent.title == "A group of parents sent a letter to Velotek"


def test_the_same_month_and_a_pronoun_refer_back() -> None:
    first, second = events_of(
        "Dmitri Voronov was added to the national sanctions list in March 2022 by the "
        "European Union over his alleged role in financing the war.",
        "The Office of Foreign Assets Control sanctioned him the same month.")
    assert (first.kind, first.by, first.targets) == ("sanction", "eu", ("voronov",))
    assert (second.date, second.kind, second.by, second.targets) == (
        "2022-03", "sanction", "ofac", ("voronov",))


def test_the_same_targets_on_the_same_day() -> None:
    events = events_of(
        "The European Union on Monday sanctioned Kestrel Mix and Dmitri Voronov.",
        "The Office of Foreign Assets Control froze the assets of the same two targets the "
        "same day, according to a notice on its website.")
    assert [(e.date, e.by, e.targets) for e in events] == [
        ("2025-03-10", "eu", ("kestrel-mix", "voronov")),
        ("2025-03-10", "ofac", ("kestrel-mix", "voronov"))]


def test_an_undated_sentence_next_names_the_sanctioned_and_a_dateline_is_no_party() -> None:
    (event,) = events_of(
        "(Harbor Light) -- The European Union sanctioned a Kyrgyz crypto exchange on Monday, "
        "accusing it of moving money for Russian banks.",
        "The Office of Foreign Assets Control designated Kestrel Mix, its operator Sokol-Tekh "
        "and its chief executive, Dmitri Voronov.")
    assert (event.date, event.kind, event.by) == ("2025-03-10", "sanction", "ofac")
    assert event.targets == ("kestrel-mix", "sokol-tekh", "voronov")


def test_a_public_body_acts_whatever_type_it_was_given() -> None:
    ACTORS["Office of Export Control"] = ("oec", "company")  # mistyped by the actor stage
    try:
        (event,) = events_of("The Office of Export Control designated Kestrel Mix on Monday.")
    finally:
        del ACTORS["Office of Export Control"]
    assert (event.kind, event.by, event.targets) == ("sanction", "oec", ("kestrel-mix",))


def test_a_sanction_title_tells_the_act_as_the_text_does() -> None:
    titles = [e.title for e in events_of(
        "The Office of Foreign Assets Control designated Kestrel Mix on Monday.",
        "The European Union froze the assets of Sokol-Tekh on Tuesday.",
        "In 2020, the Office of Foreign Assets Control barred shipments from Velotek.",
        "The European Union on Friday added Steppe Link to its sanctions list.")]
    assert titles == ["Office of Foreign Assets Control designates Kestrel Mix",
                      "European Union freezes the assets of Sokol-Tekh",
                      "Office of Foreign Assets Control bars Velotek",
                      "European Union adds Steppe Link to its sanctions list"]


def test_a_headline_or_standfirst_line_is_not_an_event() -> None:
    for line in ("Regulator says three dairies fixed milk prices from 2021 to 2024",
                 "Kestrel Mix sanctioned by the European Union in January",
                 "How Velotek shipped drones to Russia after 2022"):
        body = "Kestrel Mix opened a plant in Lyon in March 2019."
        events = events_of(line, body)
        assert [e.date for e in events] == ["2019-03"], line
    # the same words closed by a stop are a sentence of the story
    assert [e.date for e in events_of("Velotek shipped drones to Russia in 2022.")] == ["2022"]


def test_the_company_after_a_sanction_verb_is_the_company_last_named() -> None:
    for second in ("The European Union had already designated the company in January.",
                   "In January the European Union froze the assets of the firm.",
                   "The European Union sanctioned the business on Monday."):
        events = events_of("Kestrel Mix, a drone maker, opened a plant in Almaty in 2019.", second)
        sanctions = [e for e in events if e.kind == "sanction"]
        assert [(e.by, e.targets) for e in sanctions] == [("eu", ("kestrel-mix",))], second


def test_a_second_act_on_his_firm_adds_the_company_last_named() -> None:
    lead = "Dmitri Voronov founded Kestrel Mix, a drone maker, in Almaty in 2019."
    for act in ("On Monday the Office of Foreign Assets Control barred Dmitri Voronov from "
                "trading for five years and fined his firm $2m.",
                "The Office of Foreign Assets Control on Monday sanctioned Dmitri Voronov "
                "and also designated his company."):
        sanctions = [e for e in events_of(lead, act) if e.kind == "sanction"]
        assert [(e.by, e.targets) for e in sanctions] == [("ofac", ("voronov", "kestrel-mix"))], act
    # a firm of no one named before adds nobody
    alone = events_of("On Monday the Office of Foreign Assets Control barred Dmitri Voronov "
                      "from trading and fined his firm $2m.")
    assert [e.targets for e in alone if e.kind == "sanction"] == [("voronov",)]
