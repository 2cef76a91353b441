"""Trim a run of capitalised words to the name it holds: sentence-opening words,
honorifics, titles ("Oversight Chairman"), nationality adjectives and trailing connectors
go; a possessive or a bracketed acronym after it is noted. No I/O.
"""

from __future__ import annotations

import re

from sitegen.extract.kinds import COMPANY_SUFFIXES, FEMALE_NAMES, MALE_NAMES, PERSON_ROLES
from sitegen.extract.places import is_adjective, is_place
from sitegen.extract.types import Candidate
from sitegen.extract.vocabulary import (
    COMMON_ACRONYMS,
    CONNECT_HEADS,
    CONNECTORS,
    DOTTED,
    HONORIFICS,
    MONTHS,
    ORG_END_WORDS,
    PARTICLES,
    STOP,
    STRONG_TITLES,
    WEAK_TITLES,
    WEEKDAYS,
)

GIVEN_NAMES = FEMALE_NAMES | MALE_NAMES
POSSESSIVE = re.compile(r"[’'][sS]$")
_CONTRACTION = re.compile(r"[’'](?:m|re|ve|ll|d|t|s)$")


Run = list[tuple[int, int, str]]  # tokens as (start, end, text)


_PERSONAL_HONORIFICS = ("Mr", "Mrs", "Ms", "Dr", "Prof", "Sir", "Dame", "Lord", "Lady", "Miss")


def clean(
    text: str, paragraph: int, run: Run, starts: set[int], common: frozenset[str]
) -> list[Candidate]:
    """Trim a run to the name it holds; a firm before a title ('Wells Fargo CEO') comes too."""
    initial = run[0][0] in starts
    run, honorific, trimmed = _trim_start(run, initial, common)
    initial = initial and not trimmed
    run = _trim_end(run)
    if not run:
        return []
    extra: list[Candidate] = []
    title_at = _title_end(run)
    if title_at:
        honorific = honorific or run[title_at - 1][2]
        titles = [k for k in range(title_at) if run[k][2] in STRONG_TITLES | WEAK_TITLES]
        prefix = run[: titles[0]] if titles else []  # 'Deputy Treasury Secretary X': none
        if len(prefix) >= 2:  # "Wells Fargo CEO John Stumpf": the firm is named too
            extra = clean(text, paragraph, prefix, starts, common)
        run = run[title_at:]
        initial = False
    run = _drop_adjectives(run)
    while len(run) > 1 and run[0][2] in COMMON_ACRONYMS:
        run = run[1:]  # "NGO Golden Trail"
    if len(run) == 1 and run[0][2] in COMMON_ACRONYMS:
        return extra  # "the CEO said", "an NGO"
    if sum(t[2].isupper() and len(t[2]) > 1 for t in run) >= 3:
        return extra  # "PLAN TO COPE IF YOUR CANDIDATE LOSES": a shouted headline
    words = [t[2] for t in run]
    if not run or all(w in MONTHS or w in WEEKDAYS or w.isdigit() for w in words):
        return extra
    if words[0] in MONTHS and len(words) > 1 and not words[1].isdigit():
        run = run[1:]
    return extra + [_candidate(text, paragraph, run, honorific, initial and run[0][0] in starts)]


_VESSEL_PREFIXES = frozenset("MV MT MS SS FV RV HMS USS".split())
# Reporting verbs that open a sentence before their subject: "Said Ellis:", "Added Ruiz:".
_INVERTED_VERBS = frozenset("Said Says Added Adds Asked Wrote Recalled Explained Noted".split())


def _trim_start(run: Run, initial: bool, common: frozenset[str]) -> tuple[Run, str | None, bool]:
    """Drop sentence-opening words, honorifics and stray connectors; return the honorific."""
    honorific, trimmed = None, False
    if (
        initial
        and len(run) > 2
        and run[1][2] in CONNECTORS
        and _is_common(run[0][2], common)
        and run[0][2].lower() not in PARTICLES  # "De la Fuente said": the name's own particle
    ):
        run, trimmed = run[1:], True  # "Lawyers for Ibáñez", never "Forest Trace"
    if initial and len(run) > 2 and PERSON_ROLES.fullmatch(run[0][2]) and run[1][2][0].isupper():
        run, trimmed = run[1:], True  # "Rider Mads Holm crashed": the role opens the sentence
    if initial and len(run) > 1 and run[0][2] in _INVERTED_VERBS:
        run, trimmed = run[1:], True  # "Said Ellis: “...”": the verb opens the sentence
    if len(run) > 1 and run[0][2] in _VESSEL_PREFIXES:
        run, trimmed = run[1:], True  # "MV Seabird" is the Seabird
    while run and (
        run[0][2] in STOP
        or _CONTRACTION.sub("", run[0][2]) in STOP
        or (run[0][2] in HONORIFICS and _styled(run))
        or (run[0][2] in CONNECTORS and run[0][2] not in PARTICLES)
    ):
        if run[0][2] in MONTHS and len(run) > 2 and run[1][2].isdigit():
            break  # "April 26 Animation Studio"
        if run[0][2].rstrip(".") in _PERSONAL_HONORIFICS:
            honorific = run[0][2]
        run, trimmed = run[1:], True
    return run, honorific, trimmed


# Honorifics that are also words of names unless a dot follows: 'Hon. Ruth Obi' but 'Hon Hai
# Precision', 'Ing. Carlos Ruiz' but 'Ing Bank'.
_DOTTED_ONLY = frozenset("Hon Ing Lic".split())


def _styled(run: Run) -> bool:
    """An honorific opens the run: dotted, where the bare word may be a name's."""
    return run[0][2] not in _DOTTED_ONLY or (len(run) > 1 and run[1][0] - run[0][1] == 2)


def _trim_end(run: Run) -> Run:
    while run and (
        run[-1][2] in CONNECTORS
        or run[-1][2] == "the"
        or run[-1][2][0].isdigit()
        or (len(run) > 1 and run[-1][2] in WEEKDAYS)  # "on Netflix Friday"
    ):
        run = run[:-1]
    return run


def _candidate(
    text: str, paragraph: int, run: Run, honorific: str | None, initial: bool
) -> Candidate:
    start, end = run[0][0], run[-1][1]
    possessive = bool(POSSESSIVE.search(text[start:end]))
    if possessive:
        end -= 2
    last = text[start:end].split()[-1]
    dotted = last in COMPANY_SUFFIXES_DOTTED or ("." in last and last in COMPANY_SUFFIXES)
    if text[end : end + 1] == "." and dotted:
        end += 1  # "Corvantis Pharmaceuticals Inc.", "Kalkan Savunma A.Ş."
    m = re.match(r" \(([A-Z][A-Z0-9&.]{1,9})\)", text[end:])
    acronym = m.group(1) if m else None
    return Candidate(
        paragraph, start, end, text[start:end], possessive, acronym, honorific, initial
    )


def _title_end(run: list[tuple[int, int, str]]) -> int:
    """How many leading tokens are titles ('Oversight Chairman' before 'Jason Chaffetz')."""
    words = [t[2] for t in run]
    for i in range(len(words) - 1, -1, -1):
        w = words[i]
        if w not in STRONG_TITLES and w not in WEAK_TITLES:
            continue
        if (
            w in DOTTED
            and i > 0
            and words[i - 1] not in STRONG_TITLES | WEAK_TITLES
            and not is_adjective(words[i - 1])  # "Democratic Sen. Claire McCaskill"
            and not is_place(words[i - 1])  # "Massachusetts Sen. Elizabeth Warren"
        ):
            continue  # "Jan Op Gen Oorth": an abbreviated title only opens a name
        rest = words[i + 1 :]
        if rest and rest[0] in ("of", "for"):
            return _after_office(words)  # 'Secretary of the Treasury Dana Whitcombe'
        plain = (
            rest
            and len(rest) <= 3
            and all(
                x[0].isupper()
                and x not in CONNECTORS
                and x not in CONNECT_HEADS
                and x not in STRONG_TITLES
                and x not in WEAK_TITLES
                for x in rest
            )
        )
        if plain and (len(rest) >= 2 or w in STRONG_TITLES):
            return i + 1
        return 0
    return 0


def _after_office(words: list[str]) -> int:
    """Where the name starts after a title with its office ('Minister of Finance Ana Ruiz'):
    two words, or three with an initial or a known given name; 0 if no name follows."""
    initial = re.fullmatch(r"[A-Z]\.", words[-2])
    n = 3 if len(words) > 5 and (words[-3] in GIVEN_NAMES or initial) else 2
    name = words[-n:]
    office = words[: -n]
    if len(office) < 3 or any(
        not w[:1].isupper() or w in CONNECTORS or w in CONNECT_HEADS or w in STRONG_TITLES
        for w in name
    ):
        return 0
    return len(words) - n


def _is_common(word: str, common: frozenset[str]) -> bool:
    w = word.lower()
    return w in common or (w.endswith("s") and w[:-1] in common)


COMPANY_SUFFIXES_DOTTED = frozenset(
    {"Inc", "Corp", "Co", "Ltd", "Ltda", "Cía", "Cia", "Bros", "S.A", "N.V", "B.V", "o.o", "C.V"}
)


# Region words that open names more often than they describe ("Nordic Velo", "Gulf Air").
_NAME_REGIONS = frozenset(
    "Nordic Baltic Pacific Atlantic Gulf Caribbean Balkan Scandinavian".split()
)


def _drop_adjectives(run: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Drop a leading nationality adjective ("Chinese studios"), unless it is part of a firm."""
    words = [t[2] for t in run]
    if is_place(POSSESSIVE.sub("", " ".join(words))):
        return run  # "Saudi Arabia's": a country, not an adjective before a name
    for n in (2, 1):
        if len(words) >= n and is_adjective(" ".join(words[:n])):
            rest = words[n:]
            if rest and rest[0] in COMMON_ACRONYMS:
                return run[n:]  # "Swiss NGO Golden Trail": the acronym goes next
            if len(rest) >= 2 and not any(w in STRONG_TITLES or w in WEAK_TITLES for w in rest):
                return run  # "Baltic Shipping Registry" is a name, not a Baltic registry
            last = POSSESSIVE.sub("", rest[-1]) if rest else ""  # "European Union's mission"
            if rest and (last.rstrip(".") in COMPANY_SUFFIXES or last in ORG_END_WORDS):
                return run  # "European Union", "British Airways"
            if len(rest) == 1 and rest[0] in CONNECT_HEADS:
                return []  # "the Kyrgyz Republic": a generic word is no name
            if n == 1 and words[0] in _NAME_REGIONS and rest:
                return run  # "Nordic Velo", "Pacific Crest": a region opening a name
            return run[n:]
    return run
