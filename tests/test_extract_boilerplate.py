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
])
def test_prose_that_shares_their_words_is_kept(line):
    text = f"The ministry said on Monday that it had opened an inquiry.\n{line}\nIt declined to comment.\n"
    assert [p.kind for p in parse_article(text).paragraphs] == ["body", "body", "body"], line
