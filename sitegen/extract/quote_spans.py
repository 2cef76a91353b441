"""Quoted spans of a paragraph and the draft quotation records made from them. No I/O."""

from __future__ import annotations

from dataclasses import dataclass, field

from sitegen.extract.article import Paragraph, quoted_spans


@dataclass
class DraftQuote:
    text: str
    paragraph: int
    start: int  # offset of the text in its paragraph
    excerpt: str
    speaker: str | None = None
    speaker_title: str | None = None
    via: str | None = None
    about: list[str] = field(default_factory=list)
    closed: bool = True


@dataclass(frozen=True)
class Span:
    paragraph: int
    open: int  # offset of the opening mark
    close: int | None  # offset of the closing mark, None if it runs to the end
    text: str
    text_start: int


def find_spans(p: Paragraph) -> list[Span]:
    """Every double-quoted span of a paragraph; an unclosed one runs to its end."""
    spans = [
        _make_span(p.index, p.text, start, end if closed else None, until=end)
        for start, end, closed in quoted_spans(p.text)
    ]
    return [s for s in spans if s.text]


def _make_span(
    paragraph: int, text: str, open_at: int, close: int | None, until: int | None = None
) -> Span:
    end = close if close is not None else (until if until is not None else len(text))
    inner = text[open_at + 1 : end]
    lead = len(inner) - len(inner.lstrip())
    inner = inner.strip()
    if close is not None:
        inner = inner.rstrip(",").rstrip()
    return Span(paragraph, open_at, close, inner, open_at + 1 + lead)


def inside_quotes(text: str, at: int) -> bool:
    """Whether offset `at` of the text falls inside an open quotation."""
    return (text[:at].count("“") > text[:at].count("”")) or text[:at].count('"') % 2 == 1


def excerpt(text: str, start: int, end: int) -> str:
    """The cited words: trimmed, without a comma that only led into the attribution."""
    return text[start:end].strip().rstrip(",")
