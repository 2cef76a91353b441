"""Extract stage 3: quotations and their speakers, one pattern per test."""

from __future__ import annotations

from sitegen.extract.actors import find_actors
from sitegen.extract.article import parse_article
from sitegen.extract.quotes import find_quotes


def quotes(text: str) -> list[tuple[str, str, str | None, str | None]]:
    """(text, speaker name, speaker_title, via name) per quote found."""
    article = parse_article(text)
    cast = find_actors(article)
    found, _ = find_quotes(article, cast)
    name = lambda key: cast.actors[key].name if key else None  # noqa: E731
    return [(q.text, name(q.speaker), q.speaker_title, name(q.via)) for q in found]


def test_speaker_on_the_line_before_and_a_source_line_after():
    text = (
        "The study was led by Michael Harte, a researcher at Lumen Labs. Harte said,\n"
        "“There’s no way anyone could have known it.”\n"
        "Source: Reuters.\n"
    )
    assert quotes(text) == [
        ("There’s no way anyone could have known it.", "Michael Harte", None, "Reuters")
    ]


def test_speaker_before_with_a_colon_and_a_title():
    text = 'At a briefing, the chief prosecutor, Ana Ruiz, said: "We found a system."\n'
    assert quotes(text) == [("We found a system.", "Ana Ruiz", "the chief prosecutor", None)]


def test_said_x_title_after_the_quote_drops_the_trailing_comma():
    text = "“We worked twenty hours a day,” said Budi Hartono, a 27-year-old deckhand from Java.\n"
    assert quotes(text) == [
        ("We worked twenty hours a day", "Budi Hartono", "a 27-year-old deckhand from Java", None)
    ]


def test_told_an_outlet_sets_via_and_the_outlet_is_an_actor():
    text = (
        "“A new name changes nothing,” Rosa Lim, the director of Tide Watch, told the "
        "Associated Press.\n"
    )
    assert quotes(text) == [
        ("A new name changes nothing", "Rosa Lim", "the director of Tide Watch", "Associated Press")
    ]


def test_quote_split_by_its_attribution_gives_two_records():
    text = (
        '"We watched the wallets for weeks," said Priya Nair, head of research at '
        'Chainwise, "and then they emptied."\n'
    )
    assert [(q[0], q[1]) for q in quotes(text)] == [
        ("We watched the wallets for weeks", "Priya Nair"),
        ("and then they emptied.", "Priya Nair"),
    ]


def test_quote_running_over_two_paragraphs_gives_one_record_per_paragraph():
    text = (
        "At a press conference, the prosecutor leading the case, Elena Diaz, said: “The "
        "money followed the orders.\n"
        "“Every time the hospital bought more, the consultancy paid more.”\n"
    )
    assert [(q[0], q[1]) for q in quotes(text)] == [
        ("The money followed the orders.", "Elena Diaz"),
        ("Every time the hospital bought more, the consultancy paid more.", "Elena Diaz"),
    ]


def test_pronoun_resolves_to_the_last_named_person_of_that_gender():
    text = (
        "Maria Sol met Tomasz Wrona, a Polish trader. Wrona denied it. "
        "“I never knew,” he said. “Nobody told me,” she said.\n"
    )
    assert [(q[0], q[1]) for q in quotes(text)] == [
        ("I never knew", "Tomasz Wrona"),
        ("Nobody told me", "Maria Sol"),
    ]


def test_unattributed_quote_after_an_attributed_one_keeps_the_speaker():
    text = 'Dmitri Orlov denied it. "I wrote some code," he said. "I never worked with them."\n'
    assert [(q[0], q[1]) for q in quotes(text)] == [
        ("I wrote some code", "Dmitri Orlov"),
        ("I never worked with them.", "Dmitri Orlov"),
    ]


def test_unnamed_spokesperson_speaks_for_the_body():
    text = (
        "Brazil’s health ministry said it was aware of the reports. "
        "“We are helping the families,” a ministry spokesperson said.\n"
        "Norvik Pharma Inc. filed its accounts. “Norvik does not tolerate bribery,” a "
        "company spokesperson said.\n"
    )
    assert quotes(text) == [
        (
            "We are helping the families",
            "Brazil’s health ministry",
            "a ministry spokesperson",
            None,
        ),
        ("Norvik does not tolerate bribery", "Norvik Pharma Inc.", "a company spokesperson", None),
    ]


def test_anonymous_individual_becomes_a_descriptive_person():
    text = (
        "Staff at Santa Clara Hospital complained. A senior nurse at Santa Clara, who "
        "spoke on condition "
        "of anonymity, said she had seen it. “Everyone knew,” she said.\n"
    )
    assert [(q[0], q[1]) for q in quotes(text)] == [
        ("Everyone knew", "Unnamed senior nurse at Santa Clara Hospital")
    ]


def test_partial_quote_after_a_reporting_verb_is_a_quote_of_the_subject():
    text = (
        "In a notice, US Customs and Border Protection (CBP) ordered the cargo held, "
        "citing “indicators of forced labour” on the vessels.\n"
    )
    assert [(q[0], q[1]) for q in quotes(text)] == [
        ("indicators of forced labour", "US Customs and Border Protection")
    ]


def test_scare_quotes_and_titles_are_not_quotes():
    text = (
        "The group said the firm deducted “recruitment fees” from wages. The accounts aired in "
        "“Hooked”, a documentary by Tide Media. The series “Invincible,” which is produced "
        "by Skyline Studios, aired.\n"
    )
    assert quotes(text) == []


def test_quote_without_a_findable_speaker_is_left_out_with_a_warning():
    article = parse_article(
        "“This will change everything for the people of the valley,” the banner read.\n"
    )
    found, warnings = find_quotes(article, find_actors(article))
    assert found == []
    assert warnings == [
        "quote without a speaker left out: 'This will change everything for the people of "
        "the valley'"
    ]


def test_dash_attribution_and_question_mark():
    text = "“Who pays for this?” ― Laura Benn\n“Why now?” asked Victor Lang.\n"
    assert [(q[0], q[1]) for q in quotes(text)] == [
        ("Who pays for this?", "Laura Benn"),
        ("Why now?", "Victor Lang"),
    ]


def test_an_official_of_a_named_body_speaks_for_it():
    text = (
        "Turkey’s trade ministry said it was not aware of the case. "
        "“We will investigate any violation,” a ministry official said.\n"
    )
    assert quotes(text) == [
        (
            "We will investigate any violation",
            "Turkey’s trade ministry",
            "a ministry official",
            None,
        )
    ]


def test_the_company_said_means_the_company_the_story_is_about():
    text = (
        "Paylane Solutions Inc. handled deposits for sites run by the Golden Reel Group.\n"
        'In a statement, the company said: "Paylane has always complied with the rules."\n'
    )
    assert quotes(text) == [
        ("Paylane has always complied with the rules.", "Paylane Solutions Inc.", None, None)
    ]


def test_names_in_slogans_are_not_speakers_or_actors():
    text = (
        'The group, whose sites carry the slogan "Spin to Win", could not be reached. '
        '"The case shows how groups exploit payment firms," Europol spokesperson Jan Op '
        "Gen Oorth told reporters.\n"
    )
    article = parse_article(text)
    cast = find_actors(article)
    assert sorted(a.name for a in cast.actors.values()) == ["Europol", "Jan Op Gen Oorth"]
    assert [(q[0], q[1]) for q in quotes(text)] == [
        ("The case shows how groups exploit payment firms", "Jan Op Gen Oorth")
    ]


def test_a_spokeswoman_for_the_ministry_speaks_for_it():
    text = (
        "Kenya’s interior ministry opened an inquiry on Monday. "
        '"We take these reports seriously," said a spokeswoman for the ministry.\n'
    )
    assert quotes(text) == [
        (
            "We take these reports seriously",
            "Kenya’s interior ministry",
            "a spokeswoman for the ministry",
            None,
        )
    ]


def test_a_guessed_speaker_is_reported():
    article = parse_article(
        'Lena Ruiz chaired the meeting. "We will not give up," the organiser said.\n'
    )
    found, warnings = find_quotes(article, find_actors(article))
    assert [q.text for q in found] == ["We will not give up"]
    assert warnings == [
        "speaker of 'We will not give up' is a guess: 'the organiser' read as the last person named"
    ]


def test_less_common_reporting_verbs():
    text = (
        "“Why is this not proof enough?” Senator Ada Vitt demanded.\n"
        "Rod Dean mocked the rival, tweeting, “Notice how he never answers the question?”\n"
    )
    assert [(q[0], q[1]) for q in quotes(text)] == [
        ("Why is this not proof enough?", "Ada Vitt"),
        ("Notice how he never answers the question?", "Rod Dean"),
    ]


def test_the_crew_member_is_the_anonymous_crew_member_introduced_before():
    text = (
        "Captain Ivo Brandt denied it. A crew member, who asked not to be identified, told the "
        "monitors that the captain had ordered it. “We were told it was for security,” the "
        "crew member said.\n"
    )
    assert [(q[0], q[1]) for q in quotes(text)] == [
        ("We were told it was for security", "Unnamed crew member")
    ]


def test_she_goes_to_the_last_person_whose_gender_fits():
    text = (
        "The firm hired Dale Okoro, a consultant, in 2020.\n"
        "Anna Berg, a lawyer for the workers, filed the suit in May.\n"
        "The court has not ruled.\n"
        "“It was a crime,” she said.\n"
    )
    assert quotes(text) == [("It was a crime", "Anna Berg", None, None)]


def test_participle_after_a_comma_quotes_the_sentence_subject():
    text = (
        "Maria Costa, a director, added that the firm had cut ties with Ivan Petrov, "
        'saying the firm had "never broken a single rule."\n'
    )
    assert quotes(text) == [("never broken a single rule.", "Maria Costa", None, None)]


def test_it_attributes_quotes_the_organisation_not_the_object():
    text = 'Apex Labs studied the hack. It attributes the attacks "with high confidence" to Moonlit Tiger.\n'
    assert quotes(text) == [("with high confidence", "Apex Labs", None, None)]


def test_according_to_a_statement_from_a_titled_person_after_the_quote():
    text = '"We will rebuild the bridge," according to a statement from Mayor Daniel Ortiz.\n'
    assert quotes(text) == [("We will rebuild the bridge", "Daniel Ortiz", "Mayor", None)]


def test_a_relative_clause_in_the_subject_does_not_speak():
    text = (
        "Team Vortex denied wrongdoing. The team, which is owned by Velo Holdings S.A., said in "
        'a statement: "We have zero tolerance."\n'
    )
    assert quotes(text) == [("We have zero tolerance.", "Team Vortex", None, None)]


def test_pronoun_told_an_outlet_before_the_quote_sets_via():
    text = (
        "Daniel Ortiz, the mayor, was angry. Speaking on Monday, he told the BBC: "
        '"This is a disaster."\n'
    )
    assert quotes(text) == [("This is a disaster.", "Daniel Ortiz", None, "BBC")]


def test_title_before_the_name_is_the_speaker_title():
    text = (
        'District Attorney Laura Hynes told reporters: "We will prosecute."\n'
        '"We did nothing wrong," said his attorney, Mark Feld.\n'
    )
    assert quotes(text) == [
        ("We will prosecute.", "Laura Hynes", "District Attorney", None),
        ("We did nothing wrong", "Mark Feld", "his attorney", None),
    ]


def test_so_called_term_is_no_quote():
    assert quotes('Apex Labs said the so-called "ghost fleet" carried the oil.\n') == []


def test_it_is_the_subject_of_the_sentence_naming_a_body_last():
    text = (
        'The regulator, Ofcomm, fined Apex Labs. It said the breach was "serious and avoidable."\n'
    )
    assert quotes(text) == [("serious and avoidable.", "Ofcomm", None, None)]


def test_who_clause_and_hired_as_role_make_people_for_pronouns():
    text = (
        "Orion Ltd hired Dana White as chief executive in 2022. "
        '"We followed every rule," she said.\n'
        'Jon Baker, who advised Orion Ltd, resigned. "I was misled," he told the Financial Times.\n'
    )
    assert quotes(text) == [
        ("We followed every rule", "Dana White", None, None),
        ("I was misled", "Jon Baker", None, "Financial Times"),
    ]


def test_role_and_leading_words_before_the_name_are_the_title():
    text = (
        'Apex Labs spokeswoman Mary Fox said: "The contract was legal."\n'
        '"It is over," said senior prosecutor Ana Ruiz.\n'
    )
    assert quotes(text) == [
        ("The contract was legal.", "Mary Fox", "Apex Labs spokeswoman", None),
        ("It is over", "Ana Ruiz", "senior prosecutor", None),
    ]


def test_anonymous_speaker_is_named_by_role_and_body_only():
    text = (
        "A former compliance officer at Baltica Bank says the lender moved money for clients. "
        '"We were told to look away," the officer said.\n'
    )
    assert quotes(text) == [
        (
            "We were told to look away",
            "Unnamed former compliance officer at Baltica Bank",
            None,
            None,
        )
    ]


def test_the_outlet_spoken_to_is_never_the_speaker_and_via_drops_its_description():
    text = (
        "Mads Holm denied it. "
        '"I have never doped in my life," he told Danish broadcaster DR.\n'
        "A former teammate, who spoke to Reuters on condition of anonymity, said doping was "
        '"an open secret" in the team.\n'
    )
    assert quotes(text) == [
        ("I have never doped in my life", "Mads Holm", None, "DR"),
        ("an open secret", "Unnamed former teammate", None, None),
    ]


def test_short_quote_in_a_that_clause_is_the_speakers():
    text = (
        "Apex Labs, the firm at the centre of the case, said in a statement that it "
        '"categorically rejects" the claims.\n'
    )
    assert [q[:2] for q in quotes(text)] == [("categorically rejects", "Apex Labs")]


def test_where_it_was_said_is_not_who_said_it():
    text = (
        "Tulsa declared an emergency. Hillary Clinton visited on Tuesday.\n"
        'Speaking to supporters in Tulsa, she said: "This is not who we are."\n'
    )
    assert [q[:2] for q in quotes(text)] == [("This is not who we are.", "Hillary Clinton")]


def test_spokesperson_title_keeps_the_body_it_speaks_for():
    text = (
        "Meridian Marine Ltd did not respond at first. A spokesperson for Meridian Marine said "
        'the company "complies with all applicable sanctions."\n'
    )
    assert quotes(text) == [
        (
            "complies with all applicable sanctions.",
            "Meridian Marine Ltd",
            "A spokesperson for Meridian Marine",
            None,
        )
    ]


def test_whole_sentence_quote_is_credited_by_the_next_sentence():
    text = (
        "Corvel Shipping Ltd lost the records of its customers.\n"
        "“We take data protection seriously.” Ines Marlow, a spokeswoman for Corvel "
        "Shipping Ltd, said the flaw was fixed.\n"
    )
    assert quotes(text) == [
        (
            "We take data protection seriously.",
            "Ines Marlow",
            "a spokeswoman for Corvel Shipping Ltd",
            None,
        )
    ]


def test_a_name_inside_a_participle_clause_of_the_subject_is_not_the_speaker():
    text = (
        "Mayor Daniel Ortiz met Police Chief Ana Ruiz on Monday.\n"
        "Ortiz, speaking after a council meeting where Ruiz presented the findings, said: "
        "“This ends today.”\n"
    )
    assert [(t, who) for t, who, _, _ in quotes(text)] == [("This ends today.", "Daniel Ortiz")]


def test_a_name_inside_the_speakers_apposition_is_not_the_speaker():
    text = (
        "Hillary Clinton spoke in Ohio on Saturday.\n"
        "The Greenfield Trust, a charity founded by Hillary Clinton, called the cuts "
        "“a betrayal of donors” in a statement.\n"
    )
    assert [(t, who) for t, who, _, _ in quotes(text)] == [
        ("a betrayal of donors", "Greenfield Trust")
    ]


def test_a_persons_unnamed_associate_speaks_not_the_person_named_in_the_possessive():
    text = (
        "The rider Luca Ferrante, 29, tested positive in March.\n"
        "Ferrante’s former coach, who asked not to be named, said: “Everyone knew.”\n"
        "Apex Labs’ spokeswoman said: “We test every batch.”\n"
    )
    assert [(t, who) for t, who, _, _ in quotes(text)] == [
        ("Everyone knew.", "Unnamed former coach of Luca Ferrante"),
        ("We test every batch.", "Apex Labs"),
    ]


def test_a_countrys_body_given_by_description_is_the_body_named_earlier():
    text = (
        "The Zambia Environmental Management Agency inspected the mine in May.\n"
        "“We will prosecute,” Zambia’s environment agency said in a statement.\n"
    )
    assert [(t, who) for t, who, _, _ in quotes(text)] == [
        ("We will prosecute", "Zambia Environmental Management Agency")
    ]


def test_told_an_outlet_without_that_ends_the_outlet_at_the_reported_clause():
    text = (
        "Activist Joseph Banda told Reuters the company had “poisoned the river for years”.\n"
    )
    assert quotes(text) == [("poisoned the river for years", "Joseph Banda", "Activist", "Reuters")]


def test_a_short_quote_in_a_phrase_set_off_by_commas_inside_reported_speech():
    text = (
        "Harbour Freight Ltd exposed customer records for months.\n"
        "The Data Protection Commission said the data, belonging to “millions” of customers, "
        "had been stored without a password.\n"
        "The commission said the firm deducted “recruitment fees” from wages.\n"
    )
    assert [(t, who) for t, who, _, _ in quotes(text)] == [
        ("millions", "Data Protection Commission")
    ]


def test_a_participle_after_a_comma_reports_the_subject_not_the_object():
    text = (
        "Baltic Watch accused Nordvik Trading AB of lying, calling its statement "
        "“a fabrication from start to finish”.\n"
    )
    assert [(t, who) for t, who, _, _ in quotes(text)] == [
        ("a fabrication from start to finish", "Baltic Watch")
    ]


def test_a_spokesperson_named_in_apposition_speaks_for_themselves():
    text = (
        "A spokesperson for the European Commission, Eric Mamer, said: "
        "“We are monitoring the situation.”\n"
    )
    assert [(t, who) for t, who, _, _ in quotes(text)] == [
        ("We are monitoring the situation.", "Eric Mamer")
    ]


def test_the_team_said_goes_to_the_body_the_text_called_a_team():
    text = (
        "Ivo Marek, a doctor, has advised the Aurora Velo team since 2019. Officers seized "
        "vials of human growth hormone, known as HGH, at the Stellar Pharma depot.\n"
        "The team, which is owned by the utility Aurora Energy S.A., said in a statement: "
        "“We have suspended Dr Marek.”\n"
    )
    assert [(q[0], q[1]) for q in quotes(text)] == [("We have suspended Dr Marek.", "Aurora Velo")]


def test_an_object_after_a_phrase_running_on_is_not_its_speaker():
    text = (
        "The lab, Clear Signal, published its report on Monday. It attributes the attacks "
        "“with high confidence” to Ruritania’s Internal Security Bureau, a client it says "
        "Veltra AG has supplied since 2021.\n"
    )
    assert [(q[0], q[1]) for q in quotes(text)] == [("with high confidence", "Clear Signal")]


def test_a_quote_running_into_its_sentence_before_she_said_and_a_nested_quote_ending():
    text = (
        "Senator Ada Quill questioned the bank's chief.\n"
        "“The only way banks will change is if bosses face jail” for fraud, she said. "
        "\"It feels like, 'Meh, we can wait,'\" she said.\n"
    )
    assert [(q[0], q[1]) for q in quotes(text)] == [
        ("The only way banks will change is if bosses face jail", "Ada Quill"),
        ("It feels like, 'Meh, we can wait,'", "Ada Quill"),
    ]


def test_short_quotes_inside_that_clauses_of_a_reporting_verb():
    text = (
        "Tarrow Bank PLC confirmed on Monday that names, addresses and card numbers belonging "
        "to “a large share” of customers had been accessed.\n"
        "The Data Protection Office said Tarrow had reported the breach on 2 May and that it "
        "was “looking into it”.\n"
    )
    assert [(q[0], q[1]) for q in quotes(text)] == [
        ("a large share", "Tarrow Bank PLC"),
        ("looking into it", "Data Protection Office"),
    ]


def test_an_anonymous_current_member_is_named_without_current():
    text = (
        "One current Nordvik player, who spoke on condition of anonymity, said the club "
        "knew. “Everyone understood,” he said.\n"
    )
    assert [(q[0], q[1]) for q in quotes(text)] == [
        ("Everyone understood", "Unnamed Nordvik player")
    ]


def test_according_to_the_statement_gives_the_body_and_no_title():
    text = (
        "In a written statement, Veltra AG says it obeys the law. "
        "“Veltra sells only to vetted agencies,” according to the statement.\n"
    )
    assert quotes(text) == [("Veltra sells only to vetted agencies", "Veltra AG", None, None)]


def test_a_programme_title_after_on_or_told_is_not_a_quote():
    text = (
        "Senator Ada Quill said on CBS's “Face the Nation” that she would vote no. "
        "She told “Good Morning Britain.” that the bill was “a disgrace to this house”.\n"
    )
    assert [q[0] for q in quotes(text)] == ["a disgrace to this house"]


def test_police_and_officials_at_a_body_speak_for_the_body_named_before():
    text = (
        "Spain’s Guardia Civil arrested the doctor on Friday. “We found vials in his "
        "clinic,” police said.\n"
        "Indonesia’s foreign ministry summoned the envoy on Monday. “We will not accept "
        "this,” officials at the ministry said. “Nobody warned us,” investigators said.\n"
    )
    assert quotes(text) == [
        ("We found vials in his clinic", "Guardia Civil", "police", None),
        ("We will not accept this", "Indonesia’s foreign ministry", "officials at the ministry", None),
    ]


def test_a_setting_before_a_described_spokesperson_keeps_the_title():
    text = (
        "The firm denied wrongdoing. In an email, a spokeswoman for Harbor Freight Ltd said: "
        "“We follow the law.”\n"
    )
    assert quotes(text) == [
        ("We follow the law.", "Harbor Freight Ltd", "a spokeswoman for Harbor Freight Ltd", None)
    ]


def test_a_partial_quote_inside_a_sentence_closed_by_the_body_said():
    text = (
        "The European Commission fined Aurelia Maritime SA on Tuesday.\n"
        "Aurelia “systematically understated” fuel use on its routes, the Commission said. "
        "It had “no excuse” for the delay, the company said.\n"
    )
    assert [(q[0], q[1]) for q in quotes(text)] == [
        ("systematically understated", "European Commission"),
        ("no excuse", "Aurelia Maritime SA"),
    ]


def test_one_of_them_is_an_unnamed_member_of_the_group_named_before():
    text = (
        "Two former Aurelia engineers told Reuters they had been told to alter readings. "
        "“Everyone knew the numbers were fake,” one of them said.\n"
    )
    assert [(q[0], q[1]) for q in quotes(text)] == [
        ("Everyone knew the numbers were fake", "Unnamed former Aurelia engineer")
    ]


def test_a_commissioner_title_before_the_name_is_the_speaker_title():
    text = "“This was not an accident,” EU climate commissioner Wopke Dijkman told reporters.\n"
    assert quotes(text) == [
        ("This was not an accident", "Wopke Dijkman", "EU climate commissioner", None)
    ]


def test_the_role_refers_back_to_the_unnamed_person_introduced_with_it():
    text = (
        "Daniel Okafor approved the transfers.\n"
        "Okafor approved them even after a junior analyst flagged them. “I was told to stop "
        "asking questions,” the analyst wrote in an email.\n"
    )
    assert [(q[0], q[1]) for q in quotes(text)] == [
        ("I was told to stop asking questions", "Unnamed junior analyst")
    ]


def test_an_anonymous_former_trustee_speaks_for_herself():
    text = (
        "Janet Ellery, a donor, was angry.\n"
        "A former trustee, who resigned in 2022, said concerns were dismissed. "
        "“We were told the flat was an investment,” she said.\n"
    )
    assert [(q[0], q[1]) for q in quotes(text)] == [
        ("We were told the flat was an investment", "Unnamed former trustee")
    ]


def test_the_commission_says_goes_to_the_commission_named_before():
    text = (
        "The Commission on Presidential Debates reviewed the recording.\n"
        "The commission says on its website that “there were issues with the audio”.\n"
    )
    assert [(q[0], q[1]) for q in quotes(text)] == [
        ("there were issues with the audio", "Commission on Presidential Debates")
    ]


def test_a_short_quote_a_speaker_tells_people_to_say_or_do():
    text = "Senator Ada Quill tells her supporters at a rally in Flint to “go and vote”.\n"
    assert [(q[0], q[1]) for q in quotes(text)] == [("go and vote", "Ada Quill")]


def test_a_long_setting_before_that_and_an_anonymous_young_miner():
    text = (
        "Halvorsen AG's chief executive, Ingrid Solberg, said in an interview with Bloomberg "
        "last month that the company had “zero tolerance” for abuses. Mines Minister Joseph "
        "Kabeya opened an inquiry.\n"
        "One miner, a 15-year-old boy, told researchers he earned $2 a day. “If I do not "
        "work, my family does not eat,” he said.\n"
    )
    assert [(q[0], q[1]) for q in quotes(text)] == [
        ("zero tolerance", "Ingrid Solberg"),
        ("If I do not work, my family does not eat", "Unnamed miner"),
    ]


def test_he_said_after_a_sentence_naming_two_men_is_its_subject():
    text = (
        "Tom Baker accused Peter Lang of lying to investigators. “He knew everything,” he said.\n"
        "Tom Baker said Peter Lang had signed the contracts. “I saw the papers,” he said.\n"
    )
    assert [(q[0], q[1]) for q in quotes(text)] == [
        ("He knew everything", "Tom Baker"),
        ("I saw the papers", "Tom Baker"),
    ]


def test_an_inverted_said_before_the_name_is_not_part_of_it():
    text = (
        "Tax expert Joe Ellis doubts the plan. Said Ellis: “I don’t get the sense she’s "
        "interested in tax reform.”\n"
    )
    assert [(q[0], q[1]) for q in quotes(text)] == [
        ("I don’t get the sense she’s interested in tax reform.", "Joe Ellis")
    ]


def test_condemned_as_and_exhorted_to_govern_short_quotes():
    text = (
        "In a statement, President Ana Ruiz condemned the test as “provocative”. "
        "Senator Tom Baker exhorted Republicans to “vote your conscience”.\n"
    )
    assert [(q[0], q[1]) for q in quotes(text)] == [
        ("provocative", "Ana Ruiz"),
        ("vote your conscience", "Tom Baker"),
    ]


def test_told_an_agency_that_and_a_spokesperson_for_a_described_ministry():
    text = (
        "The European Union froze the assets of Belaruskali Trading LLC on Monday. The company "
        "called the measures “illegal”. Its general director, Viktor Sheiman, told state news "
        "agency BelTA that sales would continue through “alternative routes”.\n"
        "A spokesperson for the Belarusian foreign ministry said Minsk “reserves the right "
        "to respond”.\n"
    )
    assert [(q[0], q[1], q[2]) for q in quotes(text)] == [
        ("illegal", "Belaruskali Trading LLC", None),
        ("alternative routes", "Viktor Sheiman", "Its general director"),
        (
            "reserves the right to respond",
            "Belarusian foreign ministry",
            "A spokesperson for the Belarusian foreign ministry",
        ),
    ]


def test_two_domain_words_between_a_body_and_the_role_stay_in_the_title():
    text = "“We are cutting off that money,” EU foreign policy chief Kaja Lind said.\n"
    assert quotes(text) == [
        ("We are cutting off that money", "Kaja Lind", "EU foreign policy chief", None)
    ]


def test_one_of_them_after_a_group_opening_the_sentence():
    text = (
        "Local residents told the BBC they had stopped swimming. “You can smell it from the "
        "bridge,” one of them said.\n"
    )
    assert [(q[0], q[1]) for q in quotes(text)] == [
        ("You can smell it from the bridge", "Unnamed local resident")
    ]


def test_words_sent_to_a_known_outlet_set_via() -> None:
    wire = (
        'Lena Ortiz, the chief executive, said in an email to Reuters that the firm "obeyed '
        'every rule" and would appeal.\n'
    )
    assert quotes(wire)[0][3] == "Reuters"
    broadcast = (
        'Mark Feld told KXRT on Friday that he had "no idea." "We will fight this," his '
        "lawyer, Ana Ruiz, said in a statement to KXRT.\n"
    )
    assert [q[3] for q in quotes(broadcast)] == ["KXRT", "KXRT"]
    long_read = '"I never saw the money," Tom Reyes said in a phone interview with the BBC.\n'
    assert quotes(long_read) == [("I never saw the money", "Tom Reyes", None, "BBC")]


def test_words_sent_to_someone_other_than_an_outlet_set_no_via() -> None:
    text = (
        '"Our books are clean," Lena Ortiz said in a letter to Congress.\n'
        '"We owe nothing," Tom Reyes wrote in a message to Harbor Freight Partners.\n'
    )
    assert [q[3] for q in quotes(text)] == [None, None]


def test_a_spokesperson_for_a_possessed_body_speaks_for_the_body_not_its_owner() -> None:
    wire = (
        "A spokesperson for Brazil's Ministry of Justice said the request was "
        '"politically motivated."\n'
    )
    assert quotes(wire)[0][1] == "Ministry of Justice"
    business = (
        'A spokeswoman for Halvard Group\'s shipping arm, Nordlys Freight, said it "follows '
        'every rule."\n'
    )
    assert quotes(business)[0][1] == "Nordlys Freight"


def test_a_body_named_again_by_a_longer_description_speaks() -> None:
    local = (
        "Terrence Boudin was arrested on Monday. The Oklahoma Attorney General's Office filed "
        "a petition. Boudin did not respond.\n"
        '"Charities that exploit veterans will be held accountable," the attorney general\'s '
        "office said in a statement.\n"
    )
    assert quotes(local)[0][1] == "Oklahoma Attorney General's Office"
    wire = (
        "Lena Ortiz, a lawyer, met the Federal Mining Regulatory Authority on Monday.\n"
        '"We will review the permits," the federal mining authority said.\n'
    )
    assert quotes(wire)[0][1] == "Federal Mining Regulatory Authority"


def test_an_unnamed_employee_is_named_after_the_body_without_its_legal_form() -> None:
    text = (
        "Invoices show that Straits Harbour Pte. Ltd. bought the teak.\n"
        "A former employee of Straits Harbour, who asked not to be named, said the logs were "
        "relabelled. “It came in as Burmese and left as Thai,” he said.\n"
    )
    assert quotes(text)[0][1] == "Unnamed former employee of Straits Harbour"
