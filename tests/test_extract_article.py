"""Extract stage 1: reading the article, boilerplate, headings, sentences."""

from __future__ import annotations

import pytest

from sitegen.errors import SitegenError
from sitegen.extract.article import MAX_BYTES, parse_article, read_article, split_sentences


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "article is empty"),
        (b"  \n\n \t\n", "article is empty"),
        (
            b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
            "article looks binary (it contains NUL bytes); give a text file",
        ),
        (b"Caf\xe9 owners said so.\n", "article is not valid UTF-8 text"),
    ],
    ids=["empty", "blank", "binary", "latin-1"],
)
def test_read_article_rejects_bad_input(tmp_path, content, message):
    path = tmp_path / "article.txt"
    path.write_bytes(content)
    with pytest.raises(SitegenError) as e:
        read_article(path)
    assert e.value.message == message
    assert e.value.path == path


def test_read_article_rejects_too_large(tmp_path):
    path = tmp_path / "big.txt"
    path.write_bytes(b"word " * (MAX_BYTES // 5 + 1))
    with pytest.raises(SitegenError) as e:
        read_article(path)
    assert str(e.value) == f"{path}:1:1: article is larger than 5 MB"


def test_read_article_rejects_missing_file(tmp_path):
    with pytest.raises(SitegenError) as e:
        read_article(tmp_path / "nope.txt")
    assert e.value.message == "article not found"


def test_read_article_points_at_the_bad_byte(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes("Line one.\nSecond line \xff here.".encode().replace(b"\xc3\xbf", b"\xff"))
    with pytest.raises(SitegenError) as e:
        read_article(path)
    assert (e.value.line, e.value.col) == (2, 13)


def test_trailing_promotions_captions_and_ads_are_boilerplate():
    text = (
        "The ministry said on Monday that it had opened an inquiry.\n"
        "Sign up for Morning Wire, our daily newsletter, and get it in your inbox.\n"
        "Read more: How the scheme worked\n"
        "Photo: A ship in port. Photograph: Jane Doe\n"
        "Advertisement\n"
        "The Ten Best Ways To Boost Your Crypto Portfolio Before The Year Ends.\n"
    )
    kinds = [p.kind for p in parse_article(text).paragraphs]
    assert kinds == [
        "body",
        "boilerplate",
        "boilerplate",
        "boilerplate",
        "boilerplate",
        "boilerplate",
    ]


def test_headings_and_credit_lines_are_recognised():
    text = (
        "Officials said the deal was signed.\nA rush, then silence\n"
        "“We saw it,” she said.\nSource: Reuters.\nThe firm declined to comment.\n"
    )
    kinds = [p.kind for p in parse_article(text).paragraphs]
    assert kinds == ["body", "heading", "body", "credit", "body"]


def test_a_body_line_starting_with_a_promo_word_is_kept():
    text = "Credit Suisse said it had frozen the accounts.\nWatchdogs welcomed the move.\n"
    assert [p.kind for p in parse_article(text).paragraphs] == ["body", "body"]


def test_sentences_do_not_split_after_abbreviations_or_initials():
    text = "Mr. Smith met John D. Podesta at Corvantis Inc. in May. Then he left. “Go,” she said."
    assert [text[s:e] for s, e in split_sentences(text)] == [
        "Mr. Smith met John D. Podesta at Corvantis Inc. in May.",
        "Then he left.",
        "“Go,” she said.",
    ]


def test_html_and_markdown_become_one_paragraph_per_line():
    html = (
        "<html><body><h1>Title here</h1><p>First "
        "<b>para</b>.</p><script>x()</script><p>Second.</p></body></html>"
    )
    assert [p.text for p in parse_article(html).paragraphs] == [
        "Title here",
        "First para.",
        "Second.",
    ]
    md = (
        "# A title\n\nSome **bold** text\nwrapped here with a [link](https://x.org).\n\n- "
        "Item one.\n"
    )
    assert [p.text for p in parse_article(md).paragraphs] == [
        "A title",
        "Some bold text wrapped here with a link.",
        "Item one.",
    ]


def test_title_abbreviations_do_not_end_sentences():
    text = (
        "“It is a waste of time,” said Del. Stacey Plain of the islands. Then the Rev. "
        "Peter Wade spoke."
    )
    assert len(split_sentences(text)) == 2


def test_more_trailing_furniture_is_boilerplate():
    text = (
        "The ministry declined to comment.\n"
        "(Reporting by Jane Roe; Editing by John Poe)\n"
        "Follow Jane Roe on X for more.\n"
        "Contact the author at jane@example.org\n"
        "This article was amended on 3 May to correct a date.\n"
    )
    assert [p.kind for p in parse_article(text).paragraphs] == ["body"] + ["boilerplate"] * 4


def test_credit_caption_and_tip_lines_are_boilerplate_anywhere():
    text = (
        "The plant closed in May.\n"
        "Staff photo by Jane Roe / The Valley Courier: Workers leave the plant.\n"
        "Have a tip about City Hall? Email tips@example.org.\n"
        "Jane Roe / Reuters: A worker at the gate.\n"
        "Officials said a photo by a worker showed the damage.\n"
    )
    kinds = [p.kind for p in parse_article(text).paragraphs]
    assert kinds == ["body", "boilerplate", "boilerplate", "boilerplate", "body"]


def test_a_legal_form_with_inner_stops_ends_no_sentence() -> None:
    text = (
        "Chips were sold by Lumenbridge Pte. Ltd. to a broker. Potash went to Vistula "
        "Agrochem Sp. z o.o. in May.\n"
    )
    sentences = [text[a:b] for a, b in split_sentences(text)]
    assert sentences == [
        "Chips were sold by Lumenbridge Pte. Ltd. to a broker.",
        "Potash went to Vistula Agrochem Sp. z o.o. in May.",
    ]
