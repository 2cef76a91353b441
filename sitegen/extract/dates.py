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
# A day something was put off to, or a deadline for what was asked: "adjourned the case
# to March 4", "asked the director to brief her committee by the end of October".
_PUT_OFF_TO = re.compile(
    r"\b(?:adjourn|postpon|defer|reschedul|push(?:ed)? back|put off|moved? back)\w*\s+"
    r"(?:[\w'\u2019-]+\s+){0,5}?(?:to|until|till|for)\s+$|"
    r"\bto\s+[a-z]+\b[^.;,]{0,60}?\bby\s+(?:the\s+(?:end|middle|start|beginning)\s+of\s+)?$",
    re.IGNORECASE)
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
    lead = re.match(r"(?:(?:on|in|by|until|till|to|for|of)\s+)*", m.group(0), re.IGNORECASE)
    if _PUT_OFF_TO.search(before + lead.group(0)):
        return True  # "adjourned the case to March 4": the day it was put off to
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


_FOLLOWING = re.compile(
    r"\b(?:[Tt]he (?:following|next|subsequent) (?P<unit>day|week|month|year)|"
    r"(?P<count>[Aa]|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|\d{1,2}) "
    r"(?P<later>day|week|month|year)s? later|"
    r"[Tt]he (?:previous|preceding) (?P<before>day|week|month|year)|"
    r"[Tt]he day (?P<around>before|after)|"
    r"(?:(?:[Ll]ater|[Ee]arlier) )?(?:in |on )?[Tt]hat (?P<that>day|month|year|spring|summer|"
    r"autumn|fall|winter)|"
    r"(?:on |in )?[Tt]he same (?P<same>day|month|year)|"
    r"[Oo]n the (?P<day>[0-3]?\d)(?:st|nd|rd|th)\b(?! (?:of|floor|anniversary|day|time)\b))\b")
_LENGTH = {"day": 10, "month": 7, "year": 4}
_COUNTS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}


def after_last_date(text: str, dates: list[DateMention], last: str | None,
                    published: datetime.date | None = None) -> list[DateMention]:
    """Dates told from the one before: 'the following month' (the month after a month named
    before), 'the following year' or 'the previous year', 'a week later' (the month it fell
    in, after a day), 'that autumn' (that year), 'the same day', 'on the 3rd' (that day of
    the month named before, or the latest such day before publication if none was)."""
    m = _FOLLOWING.search(text)
    if m is None or any(d.start < m.end() and m.start() < d.end for d in dates):
        return []
    # "joined in 2015 and was promoted the following year": the date just before, if any
    last = next((d.value for d in reversed(dates) if d.end <= m.start()), last)
    if last is None and m.group("day") and published:  # "on the 14th", no month told yet:
        back = published.replace(day=1) - datetime.timedelta(days=1)  # the latest 14th
        last = (published if int(m.group("day")) <= published.day else back).isoformat()
    value = _from_last(m, last) if last else None
    return [DateMention(m.start(), m.end(), m.group(0), value, relative=True)] if value else []


def _from_last(m: re.Match[str], last: str) -> str | None:
    """The date a relative expression names, told from the last date (YYYY[-MM[-DD]])."""
    if m.group("same") or m.group("that"):
        # "the same day", "that month": the date told before at the unit's precision;
        # "that autumn" or "that year": its year
        length = _LENGTH.get(m.group("same") or m.group("that"), 4)
        return last[:length] if len(last) >= length else None
    if m.group("day"):
        value = f"{last[:7]}-{int(m.group('day')):02d}"
        return value if len(last) >= 7 and _valid(value) else None
    if m.group("around"):
        unit, steps = "day", 1 if m.group("around") == "after" else -1
    else:
        unit = m.group("unit") or m.group("later") or m.group("before")
        count = m.group("count")
        steps = (_COUNTS.get(count.lower()) or int(count)) if count else 1
        steps = -steps if m.group("before") else steps
    return _shifted(last, unit, steps)


def _shifted(last: str, unit: str, steps: int) -> str | None:
    """The date `steps` units after the last one, at the precision the unit keeps: a day
    or week needs a day to count from, and a week gives the month it fell in (a week is no
    precision of the model)."""
    if unit == "year":
        return str(int(last[:4]) + steps)
    if unit in ("day", "week"):
        if len(last) < 10:
            return None
        day = datetime.date.fromisoformat(last) + datetime.timedelta(
            days=steps * (7 if unit == "week" else 1))
        return day.isoformat() if unit == "day" else day.strftime("%Y-%m")
    if len(last) < 7:
        return None
    index = int(last[:4]) * 12 + int(last[5:7]) - 1 + steps
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def _valid(iso: str) -> bool:
    try:
        datetime.date.fromisoformat(iso)
    except ValueError:
        return False
    return True
