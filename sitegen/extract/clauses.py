"""A sentence's clauses that each carry a claim, with the status their wording gives. No I/O.

A sentence divides where a clause brings cues of its own ("He acknowledged X, but said
Y"). Relative and appositive clauses with an assertion of their own are claims too:
"The regulator, which can fine firms up to 10 percent of turnover, said it was
reviewing the case" holds a legal power and a statement. Such a clause is found with
the words that name what it describes ("The regulator, which can ..."), so its excerpt
reads on its own and stays verbatim.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sitegen.extract.claimants import ANONYMITY, mostly_quoted
from sitegen.extract.cues import (
    ATTRIBUTION,
    DOUBT_POINTS_BACK,
    UNVERIFIED,
    classify,
    unique,
)
from sitegen.extract.rebuttals import EXPLANATION
from sitegen.extract.types import Sentence

# ", which ...," or ", who ...," closed by a comma before the main verb resumes, or
# running to the end of the sentence; "whose" and participles ("sanctioned by ...") too.
_OPEN = re.compile(r",\s+(?=(?:which|who|whose)\s)")
_APPOSITION = re.compile(
    r",\s+(?=(?:a|an)\s+(?:[\w'-]+\s+){0,4}?(?:\w+ed|founded|owned|based|sanctioned|"
    r"registered|fined|run|set up)\s+(?:by|in|on|for|under)\s)")
# Who someone is as a source ("who asked not to be named") is no assertion.
_ABOUT_THE_SOURCE = re.compile(rf"^\W*(?:who|which)\s+{ANONYMITY}\b", re.IGNORECASE)
# "..., a class-action lawsuit filed on Monday alleges.": the source of the whole sentence,
# no clause of its own
_SOURCE_AT_END = re.compile(
    r"\b(?:says?|said|alleges?|alleged|claims?|claimed|shows?|showed|states?|stated|reports?|"
    r"reported|finds?|found|argues?|argued|contends?|asserts?|suggests?|concludes?)\W*$")
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
                or UNVERIFIED.search(text[start:end]) or not _VERB.search(body) \
                or _SOURCE_AT_END.search(text[start:end]):
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


def clause_drafts(sentence: Sentence) -> list[Draft]:
    """The sentence's claim clauses, in order, each with its wording's status and cues."""
    drafts = _one_denial(sentence, _split(sentence))
    if len(drafts) == 1 and mostly_quoted(sentence, 0, len(sentence.text)):
        return drafts  # one quotation: its speaker's words, not divided further
    return _with_inner(sentence, drafts)


# Where a sentence may divide into separately attributed clauses.
_CLAUSE_BREAK = re.compile(
    r",\s+(?=(?:and|but|adding|which|who|while|whereas|followed by|accusing|alleging)\b)|;\s+|"
    r"\s+(?=(?:and that|but said)\b)|,\s+(?=as (?:these|they|it|he|she|the|this|those)\b)|"
    # "..., in an investigation that has reportedly identified nine riders": its own hedge
    r",\s+(?=in (?:a|an|the) (?:[\w-]+\s+){0,2}?(?:that|which)\s)|"
    # "..., a charge Ridgecrest denies": the answer of the party accused
    r",\s+(?=(?:a|an)\s+(?:charge|claim|figure|accusation|allegation|characteri[sz]ation|"
    r"account|version|assertion|description|number|estimate)s?\s+(?:that\s+|which\s+)?"
    r"(?:\S+\s+){1,5}?(?:denies|denied|disputes|disputed|rejects|rejected|contests|contested)\b)"
)
# A final appositive with its own clause: "..., a country whose access ... ." It is the
# article's own statement and must not inherit the main clause's hedge.
_APPOSITIVE = re.compile(
    r",\s+(?=(?:a|an)\s+(?:\S+\s+){0,4}?(?:whose|that|which|where|the|it|they)\s)")


@dataclass
class Draft:
    """A clause of a sentence read as one claim (offsets in the sentence's text)."""

    start: int
    end: int
    status: str
    cues: tuple[str, ...]
    inner: bool = False  # a relative or appositive clause, told with its subject
    cut: tuple[tuple[int, int], ...] = ()  # inner clauses read apart (", which ...")
    own: int = -1  # an inner clause's own words begin here (after its subject)


def _with_inner(sentence: Sentence, drafts: list[Draft]) -> list[Draft]:
    """Add the relative and appositive clauses that assert something of their own.

    The clause holding one is read without it ("X, which investigators say shipped oil,
    is owned by Y": Y's ownership is no allegation); an embedded clause comes first, so a
    denial in the main clause answers it.
    """
    text = sentence.text
    out: list[Draft] = []
    for draft in drafts:
        inners = [c for c in inner_clauses(text, sentence.in_quote)
                  if draft.start <= c.excerpt_start and c.end <= draft.end
                  and not any(c.start - 3 <= d.start <= c.start for d in drafts)]
        before: list[Draft] = []
        after: list[Draft] = []
        for c in inners:
            status, cues = classify(text[c.start:c.end], False, _names(sentence, c.start))
            if c.end >= len(text.rstrip(" .")) - 1:  # "..., which led to its takeover."
                comma = text.rfind(",", draft.start, c.start)
                if len(text[draft.start:max(comma, draft.start)].split()) < 4:
                    continue
                after.append(Draft(comma, draft.end, status, cues, inner=True))
                draft.end = comma
            else:
                before.append(Draft(c.excerpt_start, c.end, status, cues, inner=True,
                                     own=c.start))
                draft.cut += ((text.rfind(",", 0, c.start), c.end + 1),)
        # the main clause is read without an inner clause that brings a status of its own
        loud = [c for c in inners if classify(text[c.start:c.end])[0] != "confirmed"]
        if loud:
            blank = _names(sentence, draft.start) + tuple(
                (c.start - draft.start, c.end - draft.start) for c in loud)
            draft.status, draft.cues = classify(
                text[draft.start:draft.end], mostly_quoted(sentence, draft.start, draft.end),
                blank)
        out += [*before, draft, *after]
    return out


def _split(sentence: Sentence) -> list[Draft]:
    """Divide a sentence where a clause brings cues of its own (or a final appositive)."""
    text = sentence.text
    appositive = {m.start() for m in _APPOSITIVE.finditer(text)
                  if "," not in text[m.end():].rstrip(" .")}
    candidates = sorted({m.start() for m in _CLAUSE_BREAK.finditer(text)} | appositive)
    bounds: list[int] = []
    for at in candidates:
        left = text[bounds[-1] if bounds else 0:at]
        if (len(left.split()) >= 7 and len(text[at:].split()) >= 4
                and not _inside(sentence.in_quote, at)):
            bounds.append(at)
    drafts: list[Draft] = []
    for start, end in zip([0, *bounds], [*bounds, len(text)], strict=True):
        piece = text[start:end]
        status, cues = classify(text[start:end], mostly_quoted(sentence, start, end),
                                _names(sentence, start))
        current = drafts[-1] if drafts else None
        if current is None:
            drafts.append(Draft(start, end, status, cues))
            continue
        if status == "unverified" and DOUBT_POINTS_BACK.search(piece):
            current.status, current.cues = status, unique(current.cues + cues)
            current.end = end  # "..., which could not be verified" doubts what precedes
            continue
        own_claim = bool(cues) and (status != current.status or set(cues) != set(current.cues))
        if not current.cues and all(ATTRIBUTION.fullmatch(c) for c in cues):
            own_claim = False  # "The person, who asked not to be named, said ...": one claim
        if start in appositive and current.status != "confirmed":
            own_claim = status != current.status
        if status == "confirmed" and current.status != "confirmed" \
                and re.match(r"\W*(?:and|but)\s+that\b", piece):
            own_claim = False  # "said A and that B": B is said too, not the reporter's fact
        if own_claim:
            drafts.append(Draft(start, end, status, cues))
        else:
            current.end = end
            current.status, current.cues = classify(
                text[current.start:end], mostly_quoted(sentence, current.start, end),
                _names(sentence, current.start))
    return drafts


def _names(sentence: Sentence, start: int) -> tuple[tuple[int, int], ...]:
    """Actor names as spans relative to start: "Financial Crimes Commission" accuses no one."""
    return tuple((m.start - start, m.end - start) for m in sentence.mentions)


def _one_denial(sentence: Sentence, drafts: list[Draft]) -> list[Draft]:
    """'X said A and that it had no knowledge of B': A is given in denial, one claim.

    So is 'X said A and that the purchase was approved by the board': an explanation
    (whether it denies depends on who speaks, decided once the claimant is known).
    """
    joined: list[Draft] = []
    for draft in drafts:
        piece = sentence.text[draft.start:draft.end]
        explains = draft.status == "reported" and EXPLANATION.search(piece)
        if len(joined) == 1 and (draft.status in ("denied", "disputed") or explains) \
                and joined[-1].status == "reported" and re.match(r"\W*and that\b", piece):
            joined[-1] = Draft(joined[-1].start, draft.end, draft.status,
                                unique(joined[-1].cues + draft.cues))
        else:
            joined.append(draft)
    return joined


def words_of(text: str, draft: Draft) -> str:
    """The draft's words without its inner clauses: "Nordwave is owned by ..."."""
    out, at = [], draft.start
    for start, end in sorted(draft.cut):
        out.append(text[at:start])
        at = end
    return "".join(out) + text[at:draft.end]


def _inside(spans: tuple[tuple[int, int], ...], at: int) -> bool:
    return any(s < at < e for s, e in spans)
