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
