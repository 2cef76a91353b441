"""One dateline pattern for every stage: where a wire story was filed is no party, no
happening and no part of a title or a restated claim."""

from __future__ import annotations

import pytest

from sitegen.extract.datelines import dateline_end


@pytest.mark.parametrize(
    ("text", "dateline"),
    [
        ("LONDON (Reuters) - The bank said ...", "LONDON (Reuters) - "),
        ("KIGALI/KINSHASA, Feb 11 (Reuters) - The United States ...",
         "KIGALI/KINSHASA, Feb 11 (Reuters) - "),
        ("(Bloomberg) -- The US and UK sanctioned ...", "(Bloomberg) -- "),
        ("NEW DELHI: The ministry on Monday ...", "NEW DELHI: "),
        ("KYIV, Ukraine \u2014 The drones struck ...", "KYIV, Ukraine \u2014 "),
        ("Kyiv, Ukraine (AP) \u2014 The drones struck ...", "Kyiv, Ukraine (AP) \u2014 "),
        ("VALLETTA, March 18, 2026 (AFP) - Maltese police ...",
         "VALLETTA, March 18, 2026 (AFP) - "),
        ("MARSHALL FALLS, Neb. \u2014 Edwin spent ...", "MARSHALL FALLS, Neb. \u2014 "),
        ("HEMPSTEAD, N.Y., Sept. 26 (UPI) \u2014 The candidate ...",
         "HEMPSTEAD, N.Y., Sept. 26 (UPI) \u2014 "),
        ("Hong Kong (AFP) \u2013 Asian stocks ...", "Hong Kong (AFP) \u2013 "),
        ("ST. LOUIS, 4 March 2025 -- A jury ...", "ST. LOUIS, 4 March 2025 -- "),
        ("GENEVA (AP)\u2014The agency ...", "GENEVA (AP)\u2014"),
    ],
)
def test_a_dateline_ends_where_the_story_begins(text: str, dateline: str) -> None:
    assert text[:dateline_end(text)] == dateline


@pytest.mark.parametrize(
    "text",
    [
        "The US Treasury - which runs OFAC - said on Monday ...",
        "WASHINGTON-based lobbyists met the minister.",
        "OFAC designated the firm in May.",
        "In London, the regulator said: the firm broke the rules.",
        "Reuters reported the deal (first) - and others followed.",
    ],
)
def test_a_sentence_without_a_dateline_keeps_its_words(text: str) -> None:
    assert dateline_end(text) == 0
