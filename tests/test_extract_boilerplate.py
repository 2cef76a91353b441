"""Extract: the furniture of wire and web stories (bylines, credits, origin notes) is not
article text, wherever it stands, while sentences that merely share its words are."""

from __future__ import annotations

import pytest

from sitegen.extract.article import parse_article


@pytest.mark.parametrize("line", [
    "By Jane Roe and John Poe, Associated Press",
    "BY MARK LOWE",
    "Associated Press writer Mark Lowe in Geneva contributed to this report.",
    "Ana Ruiz contributed reporting from Bogotá.",
    "This story was originally published in Spanish by Diario Ejemplo and translated by Ana Ruiz.",
    "Translated from the French by Paul Roe.",
    "Jane Roe can be reached at 555-0100 or on Signal.",
    "A tanker anchored off the coast in June 2024. (AP Photo/Jon Roe)",
    "Workers unload timber at the port. (Photo: Jane Roe / Reuters)",
    "--With assistance from Dan Ferro.",
    "Image caption: Police outside the offices. Image source: Ion Cob/Reuters",
    "Note from the author: Hi, this is Olena Sav. Our reporting depends on readers like you.",
    "With additional assistance from Ana Ruiz and Li Wei.",
    "This story is part of Deep Water, a cross-border investigation led by Open Desk.",
    "This article is the third installment of Hidden Owners, our series on shell companies.",
])
def test_credits_bylines_and_origin_notes_are_boilerplate(line):
    text = f"The ministry said on Monday that it had opened an inquiry.\n{line}\nIt declined to comment.\n"
    kinds = [p.kind for p in parse_article(text).paragraphs]
    assert kinds == ["body", "boilerplate", "body"], line


@pytest.mark.parametrize("line", [
    "By then, investigators had already left.",
    "By 2021 the firm had moved its accounts to Dubai.",
    "Investigators said the leak contributed to the collapse of the reporting system.",
    "The photo showed the ship at anchor, officials said.",
    "This article of the law was published in 2019, the ministry said.",
    "The plan was drawn up with assistance from the World Bank, the ministry said.",
    "The shipment is part of a larger investigation, prosecutors said.",
])
def test_prose_that_shares_their_words_is_kept(line):
    text = f"The ministry said on Monday that it had opened an inquiry.\n{line}\nIt declined to comment.\n"
    assert [p.kind for p in parse_article(text).paragraphs] == ["body", "body", "body"], line


def test_a_research_credit_is_boilerplate():
    text = "The ministry said it had opened an inquiry.\nKirsten Berg contributed research.\n"
    assert [p.kind for p in parse_article(text).paragraphs] == ["body", "boilerplate"]


@pytest.mark.parametrize("tail", [
    "Comments are closed.",
    "Comments have been disabled for this article.",
    "Support local reporting: become a member of the Valley Ledger today.",
    "Help us keep this work free. Make a donation to Open Desk.",
    "Catch the full interview on KXRT Evening News at 10.",
    "Tune in Sunday at 9 for part two of our investigation.",
    "Read our corrections policy.",
    "Share this story with a friend. Sign up for alerts on our app.",
])
def test_lines_that_speak_to_the_reader_after_the_story_are_boilerplate(tail):
    text = f"The ministry said it had opened an inquiry.\nIt declined to comment.\n{tail}\n"
    kinds = [p.kind for p in parse_article(text).paragraphs]
    assert kinds == ["body", "body", "boilerplate"], tail


@pytest.mark.parametrize("tail", [
    "Read said the money was never moved.",
    "Support for the plan has fallen, the council said.",
    "Watch groups say the donations were never declared.",
    "“Help us find him,” his sister said.",
])
def test_closing_prose_that_starts_like_a_call_to_act_is_kept(tail):
    text = f"The ministry said it had opened an inquiry.\n{tail}\n"
    assert [p.kind for p in parse_article(text).paragraphs] == ["body", "body"], tail
