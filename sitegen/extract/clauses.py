"""Relative and appositive clauses that carry an assertion of their own. No I/O.

"The regulator, which can fine firms up to 10 percent of turnover, said it was
reviewing the case" holds two claims: a legal power and a statement. The clause is
found with the words that name what it describes ("The regulator, which can ..."), so
its excerpt reads on its own and stays verbatim.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sitegen.extract.cues import UNVERIFIED

# ", which ...," or ", who ...," closed by a comma before the main verb resumes, or
# running to the end of the sentence; "whose" and participles ("sanctioned by ...") too.
_OPEN = re.compile(r",\s+(?=(?:which|who|whose)\s)")
_APPOSITION = re.compile(
    r",\s+(?=(?:a|an)\s+(?:[\w'-]+\s+){0,4}?(?:\w+ed|founded|owned|based|sanctioned|"
    r"registered|fined|run|set up)\s+(?:by|in|on|for|under)\s)")
# Who someone is as a source ("who asked not to be named") is no assertion.
_ABOUT_THE_SOURCE = re.compile(
    r"^\W*(?:who|which)\s+(?:asked|spoke|requested|declined|was not authori[sz]ed|"
    r"were not authori[sz]ed|did not want|is not authori[sz]ed)\b", re.IGNORECASE)
_VERB = re.compile(
    r"\b(?:is|are|was|were|has|have|had|can|could|may|will|would|\w+ed|\w+s)\b")


@dataclass(frozen=True)
class Inner:
    """A clause inside a sentence: its own span and the excerpt that names its subject."""

    start: int          # where the clause's words begin ("which ...")
    end: int            # where it ends (before its closing comma)
    excerpt_start: int  # where its subject begins ("The regulator, which ...")


def inner_clauses(text: str, quoted: tuple[tuple[int, int], ...]) -> list[Inner]:
    """Relative and appositive clauses of five words or more, with a verb of their own."""
    found: list[Inner] = []
    for opener in [*_OPEN.finditer(text), *_APPOSITION.finditer(text)]:
        start = opener.end()
        if any(s < start < e for s, e in quoted):
            continue
        close = re.search(r",\s+(?!and\b|or\b)(?=[a-z])|[;.]\s*$|;\s", text[start:])
        end = start + close.start() if close else len(text)
        words = text[start:end].split()
        body = " ".join(words[1:])
        if len(words) < 5 or _ABOUT_THE_SOURCE.match(text[start:end]) \
                or UNVERIFIED.search(text[start:end]) or not _VERB.search(body):
            continue
        found.append(Inner(start, end, _subject_start(text, opener.start())))
    return sorted(found, key=lambda c: c.start)


def _subject_start(text: str, comma: int) -> int:
    """Where the clause's excerpt begins: the sentence start if near, else the last clause
    break before it (the whole lead reads better than a bare noun phrase)."""
    before = text[:comma]
    if len(before.split()) <= 8:
        return 0
    breaks = [m.end() for m in re.finditer(r"[,;:]\s+|\b(?:and|but|that)\s+", before)]
    return breaks[-1] if breaks else 0


def restated(excerpt: str) -> str:
    """The clause said of what it describes: 'The regulator, which can fine firms' -> 'The
    regulator can fine firms'; 'Researchers at Chainsight, a firm based in London' ->
    'Chainsight is a firm based in London'; '..., which led to X' -> 'This led to X'."""
    if re.match(r"\W*which\s", excerpt):
        return re.sub(r"^\W*which\s+", "This ", excerpt)
    # "X, which investigators say shipped oil" -> "X shipped oil": the cue says who says
    joint = re.search(r",\s+(?:(?:which|who)\s+(?:(?:\w+\s+){1,3}(?:say|says|said|believe|"
                      r"believes|allege|alleges|claim|claims|suspect|suspects)\s+)?|"
                      r"(?=(?:a|an)\s))", excerpt)
    if joint is None:
        return excerpt
    before, rest = excerpt[:joint.start()], excerpt[joint.end():]
    name = re.search(r"\b[A-Z][\w'\u2019.&-]*(?:\s+(?:(?:of|and|for|the|on|de)\s+)*"
                     r"[A-Z][\w'\u2019.&-]*)*(?:\s*\([^)]*\))?$", before)
    subject = name.group(0).strip() if name else before
    return f"{subject} {'is ' if rest[:2] in ('a ', 'an') else ''}{rest}"
