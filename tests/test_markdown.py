"""The prose fast path renders exactly what markdown-it renders, or declines."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sitegen.markdown import _SIMPLE_HTTP, make_markdown, render_markdown, render_prose

MD = make_markdown()

# Every character CommonMark gives a meaning to, whitespace of each kind, punctuation
# and symbols of Unicode (emphasis rules look at them), link targets safe and not.
PIECES = [
    "word", "Ae", "x1", "2016", "é", "ß", "İ", "’s", " ", " ", "\n", "\n\n", "\t", "\r",
    "\x00", "\xa0", "\u2000", "\u2028", "\x0b", "\x0c", "\x1c", "*", "**", "***", "_", "__",
    "[", "]", "(", ")", "](", "]:", "!", "`", "<", ">", "&", "&amp;", "&#", "&copy;", "\\",
    "#", "-", "+", "=", "~", "|", "1.", "2)", ":", ".", ",", "?", '"', "'", "%", "%41", "%zz",
    "—", "“", "$", "©", "http://x.org/a", "https://example.org/f/347", "mailto:a@b.c",
    "javascript:alert(1)", " javascript:x", "data:x", "HTTPS://E.ORG/", "#frag", "?q=1&b=2",
]
URLS = ["https://e.org/f/1", "http://x", "/rel/path", "rel", "mailto:a@b", "javascript:x",
        "data:a", "HTTPS://E.ORG/%41", "a%zz", "#frag", "?q=1&b=2", "http://e.com:80/a;b",
        "https://E.org/A~b", "vbscript:x", "ftp://x", "https://ex.org/a(b)", "http://é.org/"]
PUNCTUATION = list(".,;:!?()'\"-—’“/%$+=~|#>") + ["", "", " "]


def prose(depth: int = 0) -> st.SearchStrategy[str]:
    """Text shaped like a summary: words, punctuation, emphasis and links, nested."""
    atoms = [st.sampled_from(["a", "Ae", "bank", "é", "1", "2016", "’s", "İ"]),
             st.sampled_from(PUNCTUATION), st.just(" "), st.sampled_from(["\n", "\n\n"])]
    if depth < 2:
        inner = prose(depth + 1)
        stars = st.sampled_from(["*", "**", "***"])
        atoms += [
            st.tuples(st.sampled_from(PUNCTUATION), stars, inner, stars,
                      st.sampled_from(PUNCTUATION)).map("".join),
            st.tuples(st.sampled_from(["", "!", " ", "("]), inner,
                      st.sampled_from(URLS), st.sampled_from(PUNCTUATION))
            .map(lambda t: f"{t[0]}[{t[1]}]({t[2]}){t[3]}"),
        ]
    return st.lists(st.one_of(atoms), max_size=6).map("".join)


@settings(max_examples=3000)
@given(st.lists(st.sampled_from(PIECES), max_size=16).map("".join))
def test_fast_path_matches_markdown_it_on_any_text(text):
    fast = render_prose(MD, text)
    assert fast is None or fast == MD.render(text)


@settings(max_examples=1000)
@given(prose())
def test_fast_path_matches_markdown_it_on_prose(text):
    fast = render_prose(MD, text)
    assert fast is None or fast == MD.render(text)


@settings(max_examples=500)
@given(st.from_regex(_SIMPLE_HTTP, fullmatch=True))
def test_simple_http_targets_need_no_normalising(url):
    assert MD.normalizeLink(url) == url


@pytest.mark.parametrize("text", [
    "**Ae Ae** finance ledger, according to [a filing](https://example.org/filings/347).\n\n"
    "Treasury wire (see the *[wire report](https://example.org/reports/429)*). Done.\n",
    "One line with *emphasis*, **strong** and a [relative link](../x/index.html).",
    "Text & more > less \"quoted\" 'single' — ünïcode\nsecond line",
])
def test_fast_path_takes_everyday_prose(text):
    fast = render_prose(MD, text)
    assert fast is not None and fast == MD.render(text)
    assert render_markdown(MD, text) == fast


@pytest.mark.parametrize("text", [
    "# Heading", "- item", "1. item", "> quote", "`code`", "a\\*b", "<b>x</b>", "a_b_c",
    "[x](javascript:alert(1))", "&amp;", "***", "[ref]\n\n[ref]: /url", "  indented", "",
])
def test_fast_path_declines_what_it_does_not_draw(text):
    assert render_prose(MD, text) is None
    assert render_markdown(MD, text) == MD.render(text)
