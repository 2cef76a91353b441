"""What looks like a name and names no party: currencies and amounts, honorifics, legal
instruments, platforms that carry messages, reader-facing footer lines; and what keeps one
person or one firm whole (particles, Latin-American legal forms), and the type of offices of
state. Small texts written for the tests, in several house styles."""

from __future__ import annotations

import pytest

from sitegen.extract.actors import find_actors
from sitegen.extract.article import parse_article
from sitegen.extract.quotes import find_quotes


def actors(text: str) -> dict[str, tuple[str, list[str]]]:
    cast = find_actors(parse_article(text))
    return {a.name: (a.type, sorted(a.aliases)) for a in cast.actors.values()}


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("The board paid Mashego Civils R312-million for the pipeline, the Auditor-General "
         "said.", "Mashego Civils"),
        ("An environmental agency fined Rio Claro Mineração R$ 48 million last year.",
         "Rio Claro Mineração"),
        ("Prosecutors say Voronin took Hr 186 million in bribes from Stal-Zakhyst.",
         "Stal-Zakhyst"),
        ("Clients of Playa Serena paid MXN 45,000 each, according to Profeco.", "Profeco"),
        ("The ministry paid Karachi Textile Mills Rs 2.5 billion, the audit found.",
         "Karachi Textile Mills"),
    ],
)
def test_a_currency_or_an_amount_is_no_actor_and_ends_the_name_before_it(
    text: str, party: str
) -> None:
    got = actors(text + "\n")
    assert party in got
    for name in got:
        assert not any(ch.isdigit() for ch in name), name
        assert name not in {"R", "Hr", "MXN", "Rs"}
        assert not name.endswith((" R", " Rs", " Hr")), name


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("The unit's spokesperson, Adv. Thandiwe Mkhize, said it would recover the money.",
         "Thandiwe Mkhize"),
        ("Hon. Ruth Obi, who chairs the committee, said the audit was late.", "Ruth Obi"),
        ("The contract was signed by Ing. Carlos Ruiz Peña, the firm's director.",
         "Carlos Ruiz Peña"),
    ],
)
def test_an_honorific_is_no_actor(text: str, person: str) -> None:
    got = actors(text + "\n")
    assert got[person][0] == "person"
    assert not {"Adv", "Adv.", "Hon", "Hon.", "Ing", "Ing."} & set(got)


@pytest.mark.parametrize(
    "text",
    [
        "Treasury sanctioned Pars Tadbir Co. under Executive Order 13846 on Tuesday.",
        "The ministry issued Decree 114 and the Council adopted Resolution 2231.",
    ],
)
def test_a_legal_instrument_is_no_actor(text: str) -> None:
    got = actors(text + "\n")
    assert not {"Executive Order", "Decree", "Resolution"} & set(got)


@pytest.mark.parametrize(
    "text",
    [
        "Moloto did not respond to calls and WhatsApp messages on Friday.",
        "The recruits were told to join a Telegram channel, Dube said.",
        "Officers found Signal chats on the phone, the court heard.",
    ],
)
def test_a_platform_that_carries_messages_is_no_actor(text: str) -> None:
    assert not {"WhatsApp", "Telegram", "Signal"} & set(actors(text + "\n"))


@pytest.mark.parametrize(
    ("text", "full", "short"),
    [
        ("Police say the scheme was run by Álvaro de la Fuente Ibarra, a former estate agent. "
         "De la Fuente denies wrongdoing.", "Álvaro de la Fuente Ibarra", "De la Fuente"),
        ("The dredges belong to João Carlos da Silva Moura, prosecutors said. Da Silva Moura "
         "did not reply.", "João Carlos da Silva Moura", "Da Silva Moura"),
        ("Maria van der Berg, the firm's founder, declined to comment. Van der Berg later "
         "resigned.", "Maria van der Berg", "Van der Berg"),
    ],
)
def test_a_surname_opened_by_a_particle_is_the_full_name(text: str, full: str, short: str) -> None:
    got = actors(text + "\n")
    assert got[full] == ("person", [short])
    assert "La Fuente" not in got


@pytest.mark.parametrize(
    ("text", "name", "short"),
    [
        ("Gold went to Ouro Verde Mineração Ltda., prosecutors said. Ouro Verde denied it.",
         "Ouro Verde Mineração Ltda.", "Ouro Verde"),
        ("Agro Sol Comércio Eireli sold the soy. Agro Sol did not reply.",
         "Agro Sol Comércio Eireli", "Agro Sol"),
    ],
)
def test_a_latin_american_legal_form_keeps_one_firm(text: str, name: str, short: str) -> None:
    assert actors(text + "\n")[name] == ("company", [short])


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("On 3 February the Presidency gazetted a proclamation.", "Presidency"),
        ("The Public Protector said she would investigate the tender.", "Public Protector"),
        ("The dealer was authorised by the Central Bank to buy gold.", "Central Bank"),
        ("The Reserve Bank of Malawi said reserves had fallen.", "Reserve Bank of Malawi"),
    ],
)
def test_an_office_of_state_is_government(text: str, name: str) -> None:
    assert actors(text + "\n")[name][0] == "government"


@pytest.mark.parametrize(
    "line",
    [
        "Republish this article for free under a Creative Commons licence.",
        "Editor’s note: This story was updated to include a comment from the ministry.",
        "Do you work in a Texas prison? Reach our reporters on Signal at 512-555-0100.",
    ],
)
def test_a_footer_line_to_the_reader_is_boilerplate(line: str) -> None:
    text = "Prosecutors charged Dale Ortiz on Monday, the court said.\n" + line + "\n"
    parsed = parse_article(text)
    assert [p.text for p in parsed.boilerplate()] == [line]
    assert not {"Creative Commons", "Signal"} & set(actors(text))


@pytest.mark.parametrize(
    ("text", "popular", "formal"),
    [
        ("The Hawks, the police’s Directorate for Priority Crime Investigation, confirmed the "
         "probe.", "Hawks", "Directorate for Priority Crime Investigation"),
        ("Rosgvard, the army's National Guard Service, said it had arrested two men.",
         "Rosgvard", "National Guard Service"),
    ],
)
def test_a_popular_name_and_the_owned_body_after_it_are_one(
    text: str, popular: str, formal: str
) -> None:
    got = actors(text + "\n")
    assert len(got) == 1, got
    name, (_type, aliases) = next(iter(got.items()))
    assert {name, *aliases} >= {popular, formal}


@pytest.mark.parametrize(
    "attribution",
    [
        "said a former sergeant who left in March and asked not to be named.",
        "said a prison guard, who spoke on condition of anonymity.",
        "said a paramedic who asked not to be named because she still works there.",
    ],
)
def test_an_anonymous_source_named_after_the_quote_speaks(attribution: str) -> None:
    text = "Staffing at Pine Hollow fell by half, records show.\n\n“We were never told,” "
    article = parse_article(text + attribution + "\n")
    cast = find_actors(article)
    found, _ = find_quotes(article, cast)
    assert [q.text for q in found] == ["We were never told"]
    speaker = cast.actors[found[0].speaker]
    assert speaker.type == "person" and speaker.name.startswith("Unnamed ")


@pytest.mark.parametrize(
    ("sentence", "outlet"),
    [
        ("“The evaluation was rigged,” Pieter van Wyk told amaBhungane.", "amaBhungane"),
        ("“We paid what we were asked,” Ana Lee told eNewsroom in an interview.", "eNewsroom"),
    ],
)
def test_an_outlet_named_in_camel_case_is_an_actor_and_the_via(
    sentence: str, outlet: str
) -> None:
    article = parse_article("The board awarded the tender in 2024.\n\n" + sentence + "\n")
    cast = find_actors(article)
    found, _ = find_quotes(article, cast)
    assert [cast.actors[q.via].name for q in found if q.via] == [outlet]
    assert cast.actors[found[0].via].type == "media"


@pytest.mark.parametrize(
    "text",
    [
        "Action Fraud, the UK's national reporting centre for fraud, said it had 212 reports.",
        "Zollwache, Austria’s customs police unit, seized the crates on Friday.",
    ],
)
def test_a_country_that_only_owns_a_body_in_apposition_is_no_actor(text: str) -> None:
    assert not {"United Kingdom", "UK", "Austria"} & set(actors(text + "\n"))


@pytest.mark.parametrize(
    ("text", "capital"),
    [
        ("Washington imposed the sanctions on Friday, and Tehran condemned them.", "Washington"),
        ("Moscow said the tanker had done nothing wrong.", "Moscow"),
    ],
)
def test_a_capital_named_alone_is_the_government_seated_there(text: str, capital: str) -> None:
    got = actors(text + "\n")
    kinds = [kind for name, (kind, aliases) in got.items() if capital in {name, *aliases}]
    assert kinds == ["government"]


def test_a_capital_beside_its_country_stays_an_alias_of_the_country() -> None:
    text = "Russia denied the charge. Moscow said the tanker had done nothing wrong.\n"
    assert actors(text)["Russia"] == ("country", ["Moscow"])


@pytest.mark.parametrize(
    ("attribution", "name"),
    [
        ("said a former sergeant who left in March and asked not to be named.",
         "Unnamed former sergeant at Pine Hollow Correctional Center"),
        ("said a nurse who asked not to be named because she still works for the company.",
         "Unnamed nurse at Bastion Partners"),
        ("said a guard, who spoke on condition of anonymity.", "Unnamed guard"),
    ],
)
def test_an_anonymous_source_whose_job_is_told_works_at_the_body_meant(
    attribution: str, name: str
) -> None:
    text = (
        "Pine Hollow Correctional Center is run by Bastion Partners LLC, records show.\n\n"
        f"“We were never told,” {attribution}\n"
    )
    article = parse_article(text)
    cast = find_actors(article)
    found, _ = find_quotes(article, cast)
    assert [cast.actors[q.speaker].name for q in found] == [name]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("The company’s chief executive, R. Whitaker Doyle III, declined to comment.",
         "R. Whitaker Doyle III"),
        ("Records show she and her husband, Derek, paid £9,000.", "Derek"),
        ("The firm's founder, Marlow Keane, denied it.", "Marlow Keane"),
    ],
)
def test_a_generation_or_a_family_tie_or_post_before_a_name_marks_a_person(
    text: str, person: str
) -> None:
    assert actors(text + "\n")[person][0] == "person"


def test_a_firm_set_off_after_its_owner_stays_a_firm() -> None:
    text = "Its lawyer, Clarke & Lowe LLP, said the claims were false.\n"
    assert actors(text)["Clarke & Lowe LLP"][0] == "company"


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("In Madrid, the consumer affairs ministry announced on Tuesday that it would act.",
         "Spain's consumer affairs ministry"),
        ("In Nairobi, the health ministry said it had recalled the drug.",
         "Kenya's health ministry"),
    ],
)
def test_a_body_named_in_lower_case_after_its_capital_is_that_states(text: str, body: str) -> None:
    assert actors(text + "\n")[body][0] == "government"


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("They grew suspicious after watching “Small Print”, a BBC documentary about fraud.",
         "BBC"),
        ("The payments were first revealed in a Reuters investigation last year.", "Reuters"),
    ],
)
def test_an_outlet_that_made_a_work_is_an_actor(text: str, outlet: str) -> None:
    assert actors(text + "\n")[outlet][0] == "media"


def test_a_name_that_only_modifies_a_noun_is_no_actor() -> None:
    assert "Ponzi" not in actors("Investigators say it was a Ponzi scheme.\n")


@pytest.mark.parametrize(
    ("text", "court", "short"),
    [
        ("On Friday, the Federal Court in Itaituba ordered the freezing of the assets.",
         "Federal Court in Itaituba", "Federal Court"),
        ("He was arraigned before the Federal High Court in Abuja on Monday.",
         "Federal High Court in Abuja", "Federal High Court"),
    ],
)
def test_a_court_keeps_its_seat_and_answers_to_its_bare_name(
    text: str, court: str, short: str
) -> None:
    assert actors(text + "\n")[court] == ("government", [short])


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Washington has pressed Berlin since last year to tighten checks.", "Berlin"),
        ("The State Department warned Ankara over the sales on Monday.", "Ankara"),
    ],
)
def test_a_state_pressed_or_warned_by_another_is_a_party(text: str, state: str) -> None:
    got = actors(text + "\n")
    assert any(state in {name, *aliases} for name, (_kind, aliases) in got.items())


def test_a_body_described_as_a_countrys_is_government() -> None:
    text = "Action Fraud, the UK's national reporting centre for fraud, said it had 212 reports.\n"
    assert actors(text)["Action Fraud"][0] == "government"


def test_a_person_described_as_a_countrys_envoy_stays_a_person() -> None:
    text = "Ruth Obi, Nigeria's ambassador to Spain, said the talks had stalled.\n"
    assert actors(text)["Ruth Obi"][0] == "person"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("In Madrid, the consumer affairs ministry announced on Tuesday that it would draft "
         "rules, a move the Timeshare Victims Alliance described as “years overdue”.",
         "Timeshare Victims Alliance"),
        ("Kalinda Mining Ltd said on Monday it had paid, calling the ruling “deeply flawed”.",
         "Kalinda Mining Ltd"),
    ],
)
def test_a_partial_quote_goes_to_the_subject_of_its_own_verb(text: str, speaker: str) -> None:
    article = parse_article(text + "\n")
    cast = find_actors(article)
    found, _ = find_quotes(article, cast)
    assert [cast.actors[q.speaker].name for q in found] == [speaker]


def test_a_body_described_at_length_keeps_its_whole_description_and_its_short_name() -> None:
    text = (
        "Germany's customs criminal investigation office opened an inquiry this month. "
        "“We are examining every shipment,” a spokeswoman for the office, known as the ZKA, "
        "told Bloomberg News.\n"
    )
    got = actors(text)
    assert got["ZKA"] == ("government", ["Germany's customs criminal investigation office"])
    assert "Germany's customs" not in got


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Rep. Dana Whitfield, a Democrat from Jackson who sits on the panel, said she would "
         "ask the auditor to look.", "Jackson"),
        ("Sen. Tom Reyes, a Republican from Millbrook, said the contract was void.",
         "Millbrook"),
    ],
)
def test_a_legislators_home_town_is_no_actor(text: str, place: str) -> None:
    assert place not in actors(text + "\n")


def test_a_bare_word_that_is_a_dotted_honorific_stays_in_a_firms_name() -> None:
    got = actors("Hon Hai Precision Industry said it would review the contract.\n")
    assert "Hon Hai Precision Industry" in got
