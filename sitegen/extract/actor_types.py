"""An actor's type from the cues around its name: a legal suffix, a noun beside it ("the
group Forest Trace"), an apposition ("X, an environmental charity"), its head word. No I/O.
"""

from __future__ import annotations

import re

from sitegen.extract.clusters import Form
from sitegen.extract.evidence import canonical_name
from sitegen.extract.kinds import (
    COMPANY_SUFFIXES,
    COMPANY_WORDS,
    GOVERNMENT_BODY_NOUNS,
    GOVERNMENT_NAMES,
    GOVERNMENT_WORDS,
    INTERNATIONAL_BODIES,
    MEDIA_NAMES,
    MEDIA_WORDS,
    NICKNAMES,
    NOUN_BEFORE,
    NOUN_TYPES,
    ORG_WORDS,
    ORGANIZATION_WORDS,
    PERSON_ROLES,
)
from sitegen.extract.places import CAPITALS, COUNTRY_NAMES, SEATS, is_place
from sitegen.extract.types import Candidate

_OBJECT_NOUN = re.compile(
    r"\b(?:for|of|at|with|from|by|to)\s+(?:the|a|an|its|their|his|her)\s+(?:[\w-]+\s+)?[\w-]+,\s+$"
)


def actor_type(
    group: list[Form], cands: list[Candidate], texts: dict[int, str], name: str | None = None
) -> str:
    """The type of the entity; `name` is the name in use when it is not the fullest form
    (a foundation registered under a company's name is still a foundation)."""
    surfaces = [s for f in group for s in f.surfaces]
    longest = name or canonical_name(group)
    words = longest.split()
    if any(s in MEDIA_NAMES for s in surfaces):
        return "media"
    if any(s in INTERNATIONAL_BODIES for s in surfaces):
        return "organization"  # also when a seat stands for it: 'Brussels' for the EU
    if any(f.country for f in group) and not any(f.personish for f in group):
        return "country"  # 'the island nation of Taloa'
    if any(s in SEATS for s in surfaces):
        return "government"  # 'the Kremlin': the presidency that sits there
    if all(s in CAPITALS and s not in COUNTRY_NAMES for s in surfaces) and not any(
        f.personish for f in group
    ):
        return "government"  # 'Washington has pressed Berlin': the governments seated there
    bodies = [s for s in surfaces if len(s.split()) >= 2 and s.split()[-1] in GOVERNMENT_WORDS]
    if any(s in COUNTRY_NAMES or s in CAPITALS for s in surfaces) and not any(
        f.personish for f in group
    ) and not bodies:
        return "country"
    if any(s in GOVERNMENT_NAMES for s in surfaces):
        return "government"
    if _MONETARY_AUTHORITY.search(longest) and words[-1].rstrip(".") not in COMPANY_SUFFIXES:
        return "government"  # a state's bank of issue, though 'Bank' names firms elsewhere
    if words[-1].rstrip(".") in COMPANY_SUFFIXES or words[0] in _LEGAL_PREFIXES:
        return "company"
    if _person_by_form(longest, cands, texts):
        return "person"  # 'R. Whitaker Doyle III', 'her husband, Derek,'
    if _surname_with_particle(longest, surfaces):
        return "person"  # 'De la Fuente' for Álvaro de la Fuente Ibarra
    if any(_state_described(s) or s in NICKNAMES for s in surfaces):
        return "government"  # 'Zollamt' also named as 'Germany's customs authority'
    for c in cands:  # a noun beside the name outweighs 'X said' ("the group Forest Trace")
        before = texts[c.paragraph][max(0, c.start - 40) : c.start]
        kind = next((t for rx, t in NOUN_BEFORE if rx.search(before)), None)
        if kind and _OBJECT_NOUN.search(before):
            kind = None  # 'a lawyer for the company, Tom Grady': the noun is not his head
        if kind == "company" and _trade_person(c, texts, longest):
            kind = "person"  # 'two traders, Farid Rezaei and Anika Shah-Morrison'
        kind = kind or _apposition_type(texts[c.paragraph][c.end :])
        if kind:
            return kind
    acronym = any(len(w) > 1 and w.isupper() and w.isalpha() for w in words)
    if any(f.personish for f in group) and not acronym:  # 'NHS England said' is no person
        return "person"
    if any(
        re.search(r"\btold\s+(?:the\s+)?$", texts[c.paragraph][: c.start]) for c in cands
    ) and not (set(words) & (GOVERNMENT_WORDS | ORGANIZATION_WORDS | COMPANY_WORDS)):
        return "media"  # 'told the Associated Press'
    head = _head_word(words)
    head = head[:1].upper() + head[1:]  # 'the Commons health committee'
    if head in _STATE_BODY_HEADS and any(_country_owned(c, texts) for c in cands):
        return "government"  # "South Africa's National Arms Control Committee"
    for table, kind in (
        (GOVERNMENT_WORDS, "government"),
        (MEDIA_WORDS, "media"),
        (ORGANIZATION_WORDS, "organization"),
        (COMPANY_WORDS, "company"),
    ):
        if head in table:
            return kind
    for table, kind in (
        (GOVERNMENT_WORDS, "government"),
        (ORGANIZATION_WORDS, "organization"),
        (COMPANY_WORDS, "company"),
    ):
        if any(w in table for w in words):
            return kind
    if re.search(rf"\b(?:{GOVERNMENT_BODY_NOUNS})$", longest):
        return "government"
    for c in cands:
        kind = _described_as(c, texts[c.paragraph])
        if kind == "company" and _trade_person(c, texts, longest):
            kind = "person"
        if kind:
            return kind
    if acronym or all(s.replace(".", "").isupper() for s in surfaces):
        return "organization"  # an unexplained acronym names a body more often than a firm
    # Unmarked names are firms more often than people in these stories: people come with a
    # role, a title or 'said'. 'He said' can still turn a guessed firm into a person (speakers).
    return "company"


# Nouns for people and firms alike, before a list of names: 'two Dubai-based traders, X and Y'.
_TRADE_PEOPLE = re.compile(
    r"\b(?:trader|dealer|broker|supplier|contractor|operator|vendor|distributor|producer|"
    r"buyer|seller|middleman|middlemen|intermediar(?:y|ies))s?(?:,\s+|\s+)"
    r"(?:[A-Z][\w’'.-]*\s+){0,4}(?:and\s+)?$"
)
def _trade_person(c: Candidate, texts: dict[int, str], name: str) -> bool:
    before = texts[c.paragraph][max(0, c.start - 80) : c.start]
    return bool(_TRADE_PEOPLE.search(before)) and looks_like_person_name(name)


# A state's bank of issue: 'Central Bank', 'Reserve Bank of India', "People's Bank of China".
_MONETARY_AUTHORITY = re.compile(
    r"\b(?:Central|Reserve|People[’']s) Bank\b|\bFederal Reserve\b|\bMonetary Authority\b"
)
# A generation after a name: only people have them ('R. Whitaker Doyle III', 'Ed Bell Jr.').
_GENERATIONS = frozenset("Jr Jr. Sr Sr. II III IV".split())
# A person's family tie or post set off before the name: 'her husband, Derek,', "the
# company's chief executive, Ana Ruiz" (never 'its owner, X', which may be a firm).
_PERSON_BEFORE = re.compile(
    r"\b(?:husband|wife|son|daughter|brother|sister|mother|father|widow|widower|"
    r"chief executive|chairman|chairwoman|founder|spokes(?:man|woman|person)|lawyer|attorney|"
    r"solicitor|barrister)"
    r",\s+$",
    re.IGNORECASE,
)


def _person_by_form(longest: str, cands: list[Candidate], texts: dict[int, str]) -> bool:
    """A name no body's word marks, with a generation after it or a person's tie before."""
    words = longest.split()
    if longest.isupper() or any(
        w.rstrip(".") in COMPANY_SUFFIXES or w in ORG_WORDS for w in words
    ):
        return False
    if len(words) >= 2 and words[-1] in _GENERATIONS:
        return True
    return any(
        _PERSON_BEFORE.search(texts[c.paragraph][max(0, c.start - 60) : c.start]) for c in cands
    )


# Particles that open a surname written alone ('De la Fuente denies'); never 'La', 'Le' or
# 'Del', which open papers and brands ('La Nación', 'Le Monde', 'Del Monte').
_SURNAME_OPENERS = frozenset("De Da Do Dos Das Van Von Di Den Der".split())


def _surname_with_particle(longest: str, surfaces: list[str]) -> bool:
    """The full name holds a particle after a given name and a short form opens with that
    particle capitalised: only a person's surname is written so."""
    inner = longest.split()[1:-1]
    return any(w in ("de", "da", "do", "dos", "das", "van", "von", "di", "den", "der")
               for w in inner) and any(
        len(s.split()) >= 2 and s.split()[0] in _SURNAME_OPENERS and s != longest
        for s in surfaces
    )


# Legal forms written before the name: 'PT Sawit Hijau', 'OOO Romashka', 'JSC Rosneft'.
_LEGAL_PREFIXES = frozenset("PT OOO OAO ZAO AO PAO JSC PJSC TOO CV".split())
# Heads of bodies that a country owns by possessive are state bodies.
_STATE_BODY_HEADS = frozenset("Committee Council Commission Board Panel Institute".split())
_COUNTRY_OWNER = re.compile(r"\b(?P<owner>[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)[’']s\s+(?:the\s+)?$")


def _state_described(surface: str) -> bool:
    """'Germany's central customs authority': a country's body, named by what it is."""
    m = re.fullmatch(
        rf"(?P<owner>.+?)[’']s\s+(?:[a-z][\w-]*\s+){{0,4}}"
        rf"(?:{GOVERNMENT_BODY_NOUNS}|office|bureau|directorate)",
        surface,
    )
    return bool(m) and m.group("owner") in COUNTRY_NAMES


def _country_owned(c: Candidate, texts: dict[int, str]) -> bool:
    m = _COUNTRY_OWNER.search(texts[c.paragraph][: c.start])
    return bool(m) and m.group("owner") in COUNTRY_NAMES


def has_company_cue(group: list[Form], cands: list[Candidate], texts: dict[int, str]) -> bool:
    words = canonical_name(group).split()
    return (
        words[-1].rstrip(".") in COMPANY_SUFFIXES
        or any(w in COMPANY_WORDS for w in words)
        or any(_described_as(c, texts[c.paragraph]) for c in cands)
    )


def looks_like_person_name(name: str) -> bool:
    """Two or three capitalised words with no institution cue: 'Dmitri Orlov'."""
    words = name.split()
    return (
        2 <= len(words) <= 3
        and not is_place(name)
        and name not in MEDIA_NAMES
        and name not in INTERNATIONAL_BODIES
        and all(w[0].isupper() and not w.isupper() for w in words)
        and not any(
            w in COMPANY_WORDS
            or w in GOVERNMENT_WORDS
            or w in ORGANIZATION_WORDS
            or w in MEDIA_WORDS
            for w in words
        )
    )


def _apposition_type(after: str) -> str | None:
    """The type the head of an apposition gives: 'X, an environmental group based in ...'."""
    m = re.match(r",\s+(?:a|an|the)\s+([^,.;“\"]{0,50})", after)
    if not m:
        return None
    head = re.split(
        r"\s+(?:at|for|of|in|with|who|that|which|based|from|by|run|owned)\b", m.group(1)
    )[0]
    owner = re.match(r"(?P<owner>[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)[’']s\s+[a-z]", head)
    if owner and owner.group("owner") in COUNTRY_NAMES and not PERSON_ROLES.fullmatch(
        head.split()[-1]
    ):
        return "government"  # 'Action Fraud, the UK's national reporting centre': a state's
    if PERSON_ROLES.search(head):
        return None
    words = head.split()
    for rx, kind in NOUN_TYPES:
        if words and rx.fullmatch(words[-1]):
            return kind
    return None


def _head_word(words: list[str]) -> str:
    """The head noun: 'Ministry' in 'Ministry of Fisheries', else the last word."""
    for i, w in enumerate(words):
        if w in ("of", "for") and i > 0:
            return words[i - 1]
    return words[-1]


def _described_as(c: Candidate, text: str) -> str | None:
    """The type a nearby descriptive noun gives: 'the service, Kestrel Mix'."""
    after = re.match(r",\s+(?:a|an|the)\s+([^,.;“\"]{0,60})", text[c.end :])
    windows = [after.group(1).split(" that ")[0].split(" which ")[0] if after else ""]
    before = text[max(0, c.start - 50) : c.start]
    windows.append(re.split(r"[.;“”\"]", before)[-1])
    for w in windows:
        best = None
        for rx, kind in NOUN_TYPES:
            for m in rx.finditer(w):
                if best is None or m.end() > best[0]:
                    best = (m.end(), kind)
        if best:
            return best[1]
    return None
