"""How the text describes a speaker at that point (a quote's `speaker_title`). No I/O."""

from __future__ import annotations

import re

from sitegen.extract.actors import Located
from sitegen.extract.article import sentence_start
from sitegen.extract.kinds import PERSON_ROLES


def speaker_title(text: str, m: Located, start: int, end: int) -> str | None:
    """How the text describes the speaker named at m: an apposition ('X, head of risk at Y'),
    a role before the name ('District Attorney X') or a description before it ('His lawyer,
    X'). `start`..`end` is the speaker phrase."""
    after = re.match(
        r",\s*(?P<t>[^,;“”\"]{3,90}?)\s*(?:,|\.|$|\s+(?:who|which)\b|\s+(?:said|told)\b)",
        text[m.end : end + 90],
    )
    if after and not re.match(r"(in|on|at|during|after|before|when)\b", after.group("t")):
        title = after.group("t")
        if PERSON_ROLES.search(title) or re.match(r"(a|an|the)\b", title):
            return title.strip()
    head = text[sentence_start(text, m.start) : m.start]  # the sentence up to the name
    title = _title_before(head)
    if title:
        return title  # 'District Attorney Laura Hynes', 'Apex Labs spokeswoman Mary Fox'
    before = _DESCRIPTION_BEFORE.search(head)
    if before and PERSON_ROLES.search(before.group("t")):
        title = before.group("t")
        # the description is the last noun phrase: '... emails in which a regional manager, X'
        inner = list(re.finditer(r"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s", title))
        tail = title[inner[-1].start() :] if inner else title
        return (tail if PERSON_ROLES.search(tail) else title).strip()  # 'His lawyer, Elena Sáez'
    return None


# A description set off before a name: 'Its general director, ', 'said his attorney, '.
_DESCRIPTION_BEFORE = re.compile(
    r"(?:^|,\s*|\b(?:said|says|added|told|which|whom|where|when)\s+)(?P<t>(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|"
    r"[Tt]heir|[A-Z][\w’']*[’']s)\s[^,]{2,80}?),\s*$"
)


_TITLE_ADJECTIVES = frozenset(
    "senior chief deputy former acting assistant lead state federal top local regional "
    "public general executive managing".split()
)


def _title_before(head: str) -> str | None:
    """A role right before a name, with the capitalised words and adjectives that lead it."""
    words = head.split()
    if not words or not PERSON_ROLES.fullmatch(words[-1]):
        return None
    n = len(words) - 1
    name_word = r"[A-Z][\w’'.&-]*"
    while n > 0 and (
        PERSON_ROLES.fullmatch(words[n - 1])
        or words[n - 1].lower() in _TITLE_ADJECTIVES
        or re.fullmatch(name_word, words[n - 1])
        # 'EU climate commissioner', 'EU foreign policy chief': domain words between a
        # body's name and the role
        or (
            n > 1
            and re.fullmatch(r"[a-z]+", words[n - 1])
            and any(
                re.fullmatch(name_word, words[k])
                and all(re.fullmatch(r"[a-z]+", w) for w in words[k + 1 : n])
                for k in range(max(0, n - 3), n - 1)
            )
        )
    ):
        n -= 1
    title = " ".join(words[n:])
    return None if title.lower() in ("the", "a", "an") else title


def person_title(title: str) -> str | None:
    """The description of a spokesperson; none for 'the statement': it describes what was
    said, not who said it."""
    title = title.strip()
    return None if re.search(r"\bstatement\b", title, re.IGNORECASE) else title
