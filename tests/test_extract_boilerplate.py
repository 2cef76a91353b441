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
