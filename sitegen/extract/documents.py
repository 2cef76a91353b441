"""Words quoted from a document go to whoever wrote it: 'The audit called the failures
“systemic”' after 'an audit by the Defense Ministry'. No I/O.

Annotation conventions, Quotes: a document's words have its author as speaker. The author is
the body that owns it ('the committee's listing') or the one the text credited it to where
it last named such a document ('a report by X', 'X's report', 'a report the group published').
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from sitegen.extract.article import Paragraph, sentence_start

if TYPE_CHECKING:
    from sitegen.extract.actors import Cast
    from sitegen.extract.descriptions import Descriptions

DOCUMENT_NOUNS = (
    "report|audit|study|indictment|listing|notice|complaint|lawsuit|filing|ruling|judgment|"
    "judgement|letter|memo|assessment|review|survey|analysis|findings|order|decision|verdict"
)
# A subject that is a document: 'The audit', 'The committee's listing', 'Its annual report'.
DOCUMENT_SUBJECT = re.compile(
    r"^(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+(?:(?P<owner>[\w.’' -]+?)[’']s\s+)?"
    rf"(?:[\w-]+\s+){{0,2}}?(?P<doc>{DOCUMENT_NOUNS})(?:\s+(?:also|further|further\s+also))?$"
)
# Who a document is credited to where the text names it: 'a report by X', 'an audit by the X';
# never who saw it ('an audit ..., seen by the Kyiv Independent') or what it is about ('of X').
_BY = re.compile(
    r"^(?:(?!\b(?:seen|obtained|reviewed|viewed|leaked|shared|given|sent|provided)\b)"
    r"[^.;“”\"]){0,60}?\b(?:by|from)\s+(?:the\s+)?$"
)
_VERBS = r"(?:published|released|issued|commissioned|filed|wrote|produced|compiled)\b"
_AUTHORED = re.compile(rf"\s+{_VERBS}")
_RELATIVE = re.compile(r"\s+(?:that\s+|which\s+)?(?:the\s+)?")
# 'a report the group published', 'a study that the institute commissioned'
_PUBLISHED = re.compile(rf"^\s+(?:that\s+|which\s+)?(?P<who>the\s+(?P<noun>[a-z]+))\s+{_VERBS}")


def document_author(
    cast: Cast,
    paragraphs: dict[int, Paragraph],
    described: Descriptions,
    paragraph: int,
    start: int,
    phrase: str,
) -> str | None:
    """The author of the document a subject phrase names, or None when the text never says."""
    m = DOCUMENT_SUBJECT.match(phrase.strip())
    if not m:
        return None
    owner = m.group("owner")
    if owner:
        if owner[:1].islower() or owner.lower().startswith("the "):
            return described.body(owner.split()[-1], paragraph, start)  # 'the committee's'
        return cast.lookup(owner)  # 'OFAC's notice'
    doc = m.group("doc")
    for pi in (paragraph, paragraph - 1):
        p = paragraphs.get(pi)
        if p is None or p.kind != "body":
            continue
        limit = sentence_start(p.text, start) if pi == paragraph else len(p.text)
        found = list(re.finditer(rf"\b{doc}s?\b", p.text[:limit], re.IGNORECASE))
        if not found:
            continue
        at = found[-1]
        after = p.text[at.end() : limit]
        for men in cast.in_paragraph(pi):
            if men.start >= at.end() and _BY.match(p.text[at.end() : men.start]):
                return men.key  # 'an audit by the Defense Ministry'
            if (
                men.start >= at.end()
                and _RELATIVE.fullmatch(p.text[at.end() : men.start])
                and _AUTHORED.match(p.text[men.end :])
            ):
                return men.key  # 'a report the Rights Watch Network published'
            if men.end <= at.start() and re.fullmatch(
                r"[’']s\s+(?:[\w-]+\s+){0,2}", p.text[men.end : at.start()]
            ):
                return men.key  # 'the ministry's audit'
        published = _PUBLISHED.match(after)
        if published:
            return described.body(published.group("noun"), pi, at.start())
        return None
    return None
