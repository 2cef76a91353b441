"""Date expressions in article text, resolved at the precision written. No I/O.

Absolute dates ("30 September 2024", "June 2023", "2016") stand on their own;
relative ones ("on Monday", "in October", "last year", "30 September") need the
publication date and are dropped without it. The patterns are in `date_rules`; this
module finds them, tells past from future and restates relative dates.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import replace

from sitegen.extract.date_rules import RULES
from sitegen.extract.types import DateMention, Sentence
from sitegen.model import PartialDate

# Words in the clause before a date that put it in the future.
# ("later", "next" only count inside the date's own words: "two years later, in 2019".)
_FUTURE_CUES = re.compile(
    r"\b(will|shall|would (?!have\b)\w+|plans? to|planned|planning|is set to|are set to|"
    r"expects? to|expected to|intends? to|scheduled|due to|is to be|are to be|"
    r"upcoming|aims? to|hopes? to)\b",
    re.IGNORECASE,
)
# "On Monday the ministry will publish ...": a future verb right after the date.
_FUTURE_AFTER = re.compile(
    r"^(?:,?\s+\S+){0,5}?\s+(?:will|(?:is|are) (?:set|scheduled|due|expected) to)\b", re.IGNORECASE
)
_CLAUSE_BREAK = re.compile(r"[.;:!?\"\u201c\u201d]|,\s+(?:and|but|while|whereas)\s")


def find_dates(text: str, published: datetime.date | None) -> list[DateMention]:
    """Return the date expressions in text, longest first where they overlap, in text order."""
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    for pattern, resolve in RULES:
        for m in pattern.finditer(text):
            if any(m.start() < end and start < m.end() for start, end in taken):
                continue
            future = _is_future(text, m)
            resolved = resolve(m, published, future)
            if resolved is None:
                continue
            value, relative = resolved
            found.append(DateMention(m.start(), m.end(), m.group(0), value, relative, future))
            taken.append((m.start(), m.end()))
    return sorted(found, key=lambda d: d.start)


def _is_future(text: str, m: re.Match[str]) -> bool:
    """Say whether the words around a date speak of it as still to come."""
    if re.search(r"\b(next|later|coming|tomorrow)\b", m.group(0), re.IGNORECASE):
        return True
    if re.search(r"\b(last|ago|earlier|yesterday|since)\b", m.group(0), re.IGNORECASE):
        return False
    before = text[: m.start()]
    breaks = list(_CLAUSE_BREAK.finditer(before))
    clause = before[breaks[-1].end():] if breaks else before
    if _FUTURE_CUES.search(clause[-80:]):
        return True
    after = text[m.end(): m.end() + 60]
    cut = re.search(rf"{_CLAUSE_BREAK.pattern}|\s(?:and|but)\s", after)
    ahead = _FUTURE_AFTER.match(after[: cut.start()] if cut else after)
    # "In October, the company said it will ...": the saying is dated, not the plan.
    if ahead is None:
        return False
    return not re.search(r"\b(said|says|told|announced|added)\b", ahead.group(0))



def without_date_names(sentence: Sentence, published: datetime.date | None) -> Sentence:
    """The sentence without actor mentions read inside a date ("Dec." in "Dec. 3")."""
    # Any reference day finds the spans; only their places matter here.
    dates = find_dates(sentence.text, published or datetime.date(2000, 1, 1))
    kept = tuple(m for m in sentence.mentions
                 if not any(m.start < d.end and d.start < m.end for d in dates))
    return sentence if len(kept) == len(sentence.mentions) else replace(sentence, mentions=kept)


def restate_dates(text: str, published: datetime.date | None) -> str:
    """Rewrite relative dates as absolute ones ("last year" -> "in 2024") for neutral text."""
    out, at = [], 0
    # A speaker's own words stay as spoken: "today" in a quotation is not rewritten.
    quoted = [m.span() for m in re.finditer(r"\u201c[^\u201d]*\u201d?|\"[^\"]*\"?", text)]
    for date in find_dates(text, published):
        if not date.relative or any(s <= date.start < e for s, e in quoted):
            continue
        shown = PartialDate.parse(date.value)
        if shown is None:
            continue
        lead = re.match(r"(?i)(in|on|of|since|by|until|dated|between|from|early|mid|late)[\s-]",
                        date.surface)
        preposition = lead.group(1).lower() if lead else ("on" if shown.day else "in")
        if preposition in ("between", "from"):  # a range keeps its words; the start is added
            restated = f"{date.surface} (from {shown.display()})"
        elif preposition in ("early", "mid", "late"):  # "in mid-March" -> "in mid-March 2024"
            restated = f"{preposition}-{shown.display()}"
        else:
            restated = f"{preposition} {shown.display()}"
        out += [text[at:date.start], restated]
        at = date.end
    return "".join(out) + text[at:]


_FOLLOWING = re.compile(r"\b(?:[Tt]he (?:following|next|subsequent) (?P<unit>month|year)|"
                        r"[Aa] (?P<later>month|year) later|"
                        r"(?:on |in )?[Tt]he same (?P<same>day|month|year))\b")


def after_last_date(text: str, dates: list[DateMention], last: str | None
                     ) -> list[DateMention]:
    """'The following month, ...' after a month named before: the month after it; 'the
    following year' after any date: the year after it."""
    m = _FOLLOWING.search(text)
    if m is None or any(d.start < m.end() and m.start() < d.end for d in dates):
        return []
    # "joined in 2015 and was promoted the following year": the date just before, if any
    last = next((d.value for d in reversed(dates) if d.end <= m.start()), last)
    if last is None:
        return []
    year = int(last[:4])
    same = m.group("same")
    if same:  # "the same day": the date told before, at the precision the unit keeps
        value = last[:{"day": 10, "month": 7, "year": 4}[same]]
        return [] if same == "day" and len(last) < 10 else [
            DateMention(m.start(), m.end(), m.group(0), value, relative=True)]
    if (m.group("unit") or m.group("later")) == "year":
        value = str(year + 1)
    elif len(last) >= 7:
        month = int(last[5:7])
        value = f"{year + month // 12}-{month % 12 + 1:02d}"
    else:
        return []
    return [DateMention(m.start(), m.end(), m.group(0), value, relative=True)]
