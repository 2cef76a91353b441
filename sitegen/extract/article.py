"""Read an article and split it into classified paragraphs, boilerplate set aside (its
sentences and quotations: sitegen.extract.sentences).

Input checks raise SitegenError (never a traceback); no records are made here.
"""

from __future__ import annotations

import bisect
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from sitegen.errors import SitegenError
from sitegen.extract.markup import (
    html_to_text,
    looks_like_html,
    looks_like_markdown,
    markdown_to_text,
)

# Imported here too, so that every `from sitegen.extract.article import split_sentences`
# (and the others) keeps working.
from sitegen.extract.sentences import (  # noqa: F401
    quoted_spans,
    sentence_start,
    sentence_starts,
    split_sentences,
)

MAX_BYTES = 5 * 1024 * 1024
# Longer lines (an article pasted without line breaks) are read as several paragraphs, cut
# at sentence ends outside quotations: the passes over a paragraph look at its whole text
# for each mention, so one giant paragraph would cost quadratic time.
MAX_PARAGRAPH = 2000

# Lines that are not article text wherever they stand: calls to action, captions, credits, ads.
_NOT_ARTICLE = re.compile(
    r"^(?:[-–—]{1,2}\s*)?\(?(?:(?:read more|related|see also|more on this|"
    r"(?:image|photo|picture|video) (?:caption|source|credit)|note from the (?:author|editors?)|"
    r"photo|photograph|picture|"
    r"image|caption|"
    r"credit|credits|illustration|watch|listen|video|top image|correction|clarification|"
    r"editor['’]?s note|more|topics|tags)\s*:|"
    r"(?:sign up|subscribe|get our|follow us|join us|advertisement|advert|sponsored|promoted|"
    r"click here|download|share this|copyright|©|all rights reserved|reporting by|editing by|"
    r"additional reporting|writing by|this (?:article|story) (?:was|has been) "
    r"(?:amended|updated|corrected)|with (?:additional )?(?:assistance|reports?|reporting) "
    r"(?:from|by)|"
    # series notes: "This story is part of Toxic Tailings, a cross-border investigation ..."
    r"this (?:article|story|report|piece|investigation|research|reporting|project|series) is "
    r"(?:the \w+ )?(?:part|instal?lment) of)\b|"
    # print notes: "This article appeared in the print edition under the headline ..."
    r"this (?:article|story|piece) (?:first |originally )?appear(?:ed|s) (?:in|on)\b|"
    r"follow\b.{0,40}\bon (?:twitter|x|facebook|instagram|linkedin|threads|bluesky)\b|"
    r"(?:contact|email|write to)\b.{0,60}@|"
    # "Staff photo by Jane Roe / The Courier: ...", "File image courtesy of ..."
    r"(?:[\w-]+\s+){0,2}(?:photo|photograph|picture|image|video|illustration|graphic)s?\s+"
    r"(?:by|courtesy of)\b|"
    # tip lines: "Have a tip about City Hall? Email ...", "Got a news tip?"
    r"(?:do you )?(?:have|got|know) (?:a|any) (?:news )?tips?\b|"
    # "Do you know more about this story? Contact ...", "Know something? Tell us"
    r"(?:do you )?(?:know|have) (?:more|something|anything)\b[^.!?]{0,40}\?|"
    r"contact\b[^.!?]{0,60}\b(?:securely|confidentially|in confidence)\b|"
    # paywall notes: "Subscribers only: read the rest ...", "Subscriber exclusive:"
    r"(?:for )?subscribers?(?: only| exclusive)?\s*:|"
    # bylines: "By Jane Roe and John Poe, Associated Press" (no sentence end)
    r"by\s+(?-i:[A-Z])[^.!?]{0,80}$|"
    # origin notes: "This story was originally published in Spanish by ...", "Translated by ..."
    r"(?:this (?:article|story|report|piece) (?:was|is|has been) (?:originally |first )?"
    r"(?:published|produced|written|reported|translated)|(?:originally published|translated)"
    r"\s+(?:in|by|from)\b)|"
    r"[^.!?]{0,80}\bcan be reached (?:at|by|on)\b|"
    # a bare credit before a caption: "Jane Roe / Reuters: Workers at ..."
    r"(?-i:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s*/\s*[A-Z][^:/]{1,40}:))",
    re.IGNORECASE,
)
_PROMO_WORDS = re.compile(
    r"\b(newsletter|sign up|subscribe|in your inbox|% off|limited offer|buy now|promo code)\b|"
    r"\(photo by|photograph:|"
    # a caption's credit: "(AP Photo/Jane Roe)", "(Photo: Jane Roe / Reuters)"
    r"\((?:[\w.&-]+\s+){0,3}(?:photo|photograph|image|video)\s*[/:]|"
    # wire credits: "Jane Roe in Kinshasa contributed to this report."
    r"\bcontributed (?:to this (?:report|story|article)|(?:additional )?(?:reporting|research))\b",
    re.IGNORECASE,
)
# "Source: Reuters." credits the quote just before it (content model, quotes `via`).
CREDIT_LINE = re.compile(
    r"^(?:source|sources|via)\s*:\s*(?P<outlet>[^.:]{2,60}?)\.?\s*$", re.IGNORECASE
)
_END_PUNCT = '.!?"”’)…:;,'


@dataclass(frozen=True)
class Paragraph:
    """One line of the article: body text, a heading, a credit line or boilerplate."""

    index: int
    text: str
    kind: str  # body, heading, credit, boilerplate


@dataclass(frozen=True)
class Span:
    """A sentence as offsets into its paragraph."""

    paragraph: int
    start: int
    end: int


@dataclass(frozen=True)
class Article:
    text: str  # the text kept beside the site (excerpts are verbatim in it)
    paragraphs: tuple[Paragraph, ...]
    title: str | None  # a heading-like first line, if any

    def body(self) -> list[Paragraph]:
        return [p for p in self.paragraphs if p.kind in ("body", "heading")]

    def boilerplate(self) -> list[Paragraph]:
        return [p for p in self.paragraphs if p.kind == "boilerplate"]


def read_article(source: str | Path) -> tuple[str, str]:
    """Read an article file (or '-' for standard input); return (display path, text)."""
    if str(source) == "-":
        name, data = "<stdin>", sys.stdin.buffer.read(MAX_BYTES + 1)
    else:
        path = Path(source)
        name = str(path)
        if not path.is_file():
            raise SitegenError(
                path, 1, 1, "article not found" if not path.exists() else "article is not a file"
            )
        if path.stat().st_size > MAX_BYTES:
            raise SitegenError(path, 1, 1, f"article is larger than {MAX_BYTES // 2**20} MB")
        data = path.read_bytes()
    if len(data) > MAX_BYTES:
        raise SitegenError(name, 1, 1, f"article is larger than {MAX_BYTES // 2**20} MB")
    if b"\x00" in data:
        raise SitegenError(
            name, 1, 1, "article looks binary (it contains NUL bytes); give a text file"
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        line = data[: e.start].count(b"\n") + 1
        col = e.start - (data.rfind(b"\n", 0, e.start) + 1) + 1
        raise SitegenError(name, line, col, "article is not valid UTF-8 text") from None
    if not text.strip():
        raise SitegenError(name, 1, 1, "article is empty")
    return name, text


def parse_article(text: str) -> Article:
    """Turn article text (plain, Markdown or HTML) into classified paragraphs."""
    if looks_like_html(text):
        text = html_to_text(text)
    elif looks_like_markdown(text):
        text = markdown_to_text(text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = [piece for line in text.split("\n") for piece in split_long(line.strip()) if piece]
    kinds = [_kind(line) for line in lines]
    if len(lines) > 1 and kinds[0] == "body" and _headline(lines[0]):
        kinds[0] = "heading"  # a headline, even one ending 'Investigated.’'
    _mark_trailing_boilerplate(lines, kinds)
    pairs = enumerate(zip(lines, kinds, strict=True))
    paragraphs = tuple(Paragraph(i, line, kind) for i, (line, kind) in pairs)
    title = lines[0] if lines and kinds[0] == "heading" else None
    return Article(text, paragraphs, title)  # plain text is kept byte for byte


def _kind(line: str) -> str:
    if _NOT_ARTICLE.match(line) or _PROMO_WORDS.search(line):
        return "credit" if CREDIT_LINE.match(line) else "boilerplate"
    if CREDIT_LINE.match(line):
        return "credit"
    if is_heading(line):
        return "heading"
    return "body"


def is_heading(line: str) -> bool:
    """A short line without closing punctuation or an inner sentence end, like a subheading."""
    return (
        line[-1] not in _END_PUNCT
        and len(line.split()) <= 16
        and not re.search(r"[.!?…][”\"’]?\s", line)
    )


def title_case(line: str) -> bool:
    """Most longer words capitalised, as in a headline or a promo."""
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", line) if len(w) > 3]
    return len(words) >= 4 and sum(w[0].isupper() for w in words) / len(words) >= 0.8


_HEADLINE_LOWER = frozenset("a an the of in on at to for and or but with by as from vs nor".split())


def _headline(line: str) -> bool:
    """Every word capitalised but short function words: 'Warren Grills Bank Chief: ‘Resign.’'
    ('Mayor Ana Ruiz met Chief Tom Reyes.' is a sentence: 'met' is lower case)."""
    words = re.findall(r"[^\W\d_][\w'’-]*", line)
    return (
        len(line) <= 160
        and len(words) >= 4
        and all(w[0].isupper() or w in _HEADLINE_LOWER for w in words)
    )


# A line that speaks to the reader rather than reports: a call to act ('Watch the full report
# tonight', 'Support independent journalism', 'Read our policy') or a note on the page itself.
_TO_THE_READER = re.compile(
    r"^(?:(?:watch|listen|tune in|catch|stream|support|donate|give|gift|read|share|join|become|"
    r"download|get|see|help|sign up|subscribe|follow|republish|reach|contact|email|send)\b"
    r"(?!\s+(?:said|says|told|wrote)\b)|"
    # a question put to the reader: 'Do you work in a prison? Reach our reporters ...'
    r"(?:do|did|have|are|were|can) you\b|"
    r"(?:comments?|replies|the comment section) (?:are|is|have been|has been) (?:now )?"
    r"(?:closed|open|disabled|moderated)\b|"
    r".{0,80}\b(?:donate|donation|our (?:journalism|newsroom|reporting|app|newsletter)))",
    re.IGNORECASE,
)


def _speaks_to_the_reader(line: str) -> bool:
    """A call to act or a note on the page, not a quotation nor someone's words reported."""
    return bool(_TO_THE_READER.match(line)) and not re.search(
        r"[\"“”]|\b(?:say|said|says|told|according)\b", line
    )


def _mark_trailing_boilerplate(lines: list[str], kinds: list[str]) -> None:
    """After the last line of prose, headings, Title Case promos and lines that speak to the
    reader are boilerplate too."""
    for i in range(len(lines) - 1, 0, -1):
        if kinds[i] in ("boilerplate", "heading") or (
            kinds[i] == "body" and (title_case(lines[i]) or _speaks_to_the_reader(lines[i]))
        ):
            kinds[i] = "boilerplate"
            continue
        break


def split_long(line: str) -> list[str]:
    """A line of up to MAX_PARAGRAPH characters whole; a longer one in pieces of at least
    half that, each a substring of the line, cut at sentence ends outside quotations (inside
    one too once the piece is past the limit; at a space if no sentence ends for pages)."""
    if len(line) <= MAX_PARAGRAPH:
        return [line]
    quoted = [(s, e) for s, e, _ in quoted_spans(line)]
    opens = [s for s, _ in quoted]
    pieces: list[str] = []
    start = 0
    for _, end in split_sentences(line):
        while end - start > 2 * MAX_PARAGRAPH:
            space = line.rfind(" ", start + MAX_PARAGRAPH // 2, start + MAX_PARAGRAPH)
            cut = space if space > start else start + MAX_PARAGRAPH
            pieces.append(line[start:cut])
            start = cut
        k = bisect.bisect_left(opens, end) - 1
        inside = k >= 0 and end <= quoted[k][1]
        if end - start >= MAX_PARAGRAPH // 2 and (not inside or end - start > MAX_PARAGRAPH):
            pieces.append(line[start:end])
            start = end
    pieces.append(line[start:])
    return [piece.strip() for piece in pieces if piece.strip()]
