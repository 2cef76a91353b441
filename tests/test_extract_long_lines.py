"""An article pasted without line breaks: read as paragraphs of bounded length, nothing lost."""

from __future__ import annotations

import re

from sitegen.extract import extract_into
from sitegen.extract.article import MAX_PARAGRAPH, parse_article, quoted_spans, split_long
from sitegen.load import load_content

SENTENCES = [
    "Acme Holdings Ltd. moved $4 million through a shell company in 2021, prosecutors said.",
    '"We followed every rule that applied to us," said Dana Whitlow, the chief executive of Acme.',
    "The company was accused of hiding the payments from auditors for years.",
    '"This was not a mistake. It was a plan, and it ran for years," said Omar Reyes, a prosecutor.',
]
PROMO = "Subscribe to our newsletter for more investigations."


def one_line(words: int) -> str:
    out: list[str] = []
    while sum(len(s.split()) for s in out) < words:
        out += SENTENCES
    return " ".join(out)


def test_short_lines_stay_whole():
    line = " ".join(SENTENCES)
    assert split_long(line) == [line]


def test_long_line_cut_at_sentence_ends_outside_quotes():
    line = one_line(3000)
    pieces = split_long(line)
    assert len(pieces) > 5
    assert all(MAX_PARAGRAPH // 2 <= len(p) <= MAX_PARAGRAPH * 2 for p in pieces[:-1])
    assert " ".join(pieces) == line  # each piece a substring, in order, none lost
    for piece in pieces:
        assert piece[-1] in '."”'
        assert all(closed for _, _, closed in quoted_spans(piece))  # no quote cut in two


def test_line_without_sentence_ends_cut_at_spaces():
    line = " ".join(["Acme,"] * 3000)
    pieces = split_long(line)
    assert " ".join(pieces) == line
    assert max(len(p) for p in pieces) <= 2 * MAX_PARAGRAPH


def test_one_promo_word_drops_only_its_own_piece():
    # Read as one paragraph, the whole article would have been boilerplate.
    article = parse_article(one_line(1500) + " " + PROMO + " " + one_line(1500) + "\n")
    kinds = {p.kind for p in article.paragraphs}
    assert "body" in kinds
    body_words = sum(len(p.text.split()) for p in article.body())
    assert body_words > 0.8 * len(article.text.split())
    assert all(PROMO not in p.text for p in article.body())


def test_extract_from_one_line_article(tmp_path):
    article = tmp_path / "pasted.txt"
    article.write_text(one_line(1500) + "\n", encoding="utf-8")
    content = tmp_path / "content"
    extract_into(article, content, published="2024-05-01")
    loaded = load_content(content)
    names = {a.name for a in loaded.actors.values()}
    assert {"Dana Whitlow", "Omar Reyes"} <= names
    speakers = {q.speaker for q in loaded.quotes.values()}
    assert len(speakers) == 2 and all(re.fullmatch(r"[a-z0-9-]+", s) for s in speakers)
