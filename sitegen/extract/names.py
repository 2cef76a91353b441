"""Find proper-name candidates: runs of capitalised words, with connectors. No I/O.

Without an NLP model a name is a run of capitalised tokens ("Office of Foreign Assets
Control"), minus what capitals mark for other reasons: the first word of a sentence,
months, honorifics, nationality adjectives.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from sitegen.extract.kinds import COMPANY_SUFFIXES, COMPANY_WORDS, INSTITUTION_WORDS, PERSON_ROLES
from sitegen.extract.places import is_adjective, is_place
from sitegen.extract.vocabulary import (
    COMMON_ACRONYMS,
    CONNECT_HEADS,
    CONNECTORS,
    DOTTED,
    HONORIFICS,
    MONTH_ABBREVIATIONS,
    MONTHS,
    ORG_END_WORDS,
    PARTICLES,
    STOP,
    STRONG_TITLES,
    WEAK_TITLES,
    WEEKDAYS,
)

# ('A/S', 'I/S': a slash before one or two capitals stays inside a legal suffix)
_TOKEN = re.compile(r"(?:[A-Z]\.){2,}|[^\W_](?:\w|[-’'&](?=\w)|\.(?=\w)|/(?=[A-Z]{1,2}\b))*")
_POSSESSIVE = re.compile(r"[’'][sS]$")
_CONTRACTION = re.compile(r"[’'](?:m|re|ve|ll|d|t|s)$")
_ADJECTIVE_COMPOUND = re.compile(
    r"^[A-Z][\w’']*-(?:based|language|owned|run|born|led|backed|made|style|speaking|registered|"
    r"headquartered|linked|affiliated|funded|controlled|listed|bound|era|type|like|wide|level|"
    r"centric|focused|friendly|sponsored|allied|aligned|leaning|flagged|operated|designated|"
    r"approved|certified|accredited|licensed|sanctioned|bred|grown|built|founded|designed|"
    r"developed|produced|supplied|manufactured|financed|sourced|origin|inspired|educated)$"
)


@dataclass(frozen=True)
class Candidate:
    """A name as written in a paragraph, with what its surroundings say about it."""

    paragraph: int
    start: int  # offsets in the paragraph text
    end: int
    surface: str
    possessive: bool = False  # followed by 's
    acronym: str | None = None  # "(OFAC)" right after the name
    honorific: str | None = None  # "Mr" before the name
    initial: bool = False  # still opens its sentence (capital may be positional)
    in_compound: bool = False  # an acronym seen inside a compound ("BSR-registered")


def _is_cap(token: str) -> bool:
    return token[0].isupper() or (
        token[:3] in ("al-", "el-") and len(token) > 3 and token[3].isupper()
    )


def find_candidates(
    text: str, paragraph: int, starts: set[int], common: frozenset[str] = frozenset()
) -> list[Candidate]:
    """Capitalised-word runs of one paragraph.

    `starts` holds the sentence-opening offsets; `common` the words the article also writes
    in lower case, so "Lawyers for Ibáñez" at a sentence start loses "Lawyers for".
    """
    tokens = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)]
    compounds: set[int] = set()  # starts of acronyms seen only inside a compound
    runs: list[list[tuple[int, int, str]]] = []
    run: list[tuple[int, int, str]] = []
    for i, (s, e, tok) in enumerate(tokens):
        gap = text[run[-1][1] : s] if run else ""
        if run and not (_joinable(gap, run[-1][2]) or _listed_in_name(run, gap, text[s:])):
            runs.append(run)
            run = []
        nxt = tokens[i + 1][2] if i + 1 < len(tokens) else ""
        if tok in MONTH_ABBREVIATIONS and re.match(r"\.?\s*\d", text[e:]):
            if run:
                runs.append(run)
                run = []
            continue  # "Jan. 14"
        if _ADJECTIVE_COMPOUND.search(tok):
            if run:
                runs.append(run)
                run = []
            acronym = re.match(r"[A-Z]{2,6}(?=-)", tok)
            if acronym and acronym.group() not in COMMON_ACRONYMS:
                compounds.add(s)  # "BSR-registered": the acronym may name a body
                runs.append([(s, s + acronym.end(), acronym.group())])
            continue  # "Singapore-based", "Russian-language": an adjective, not a name
        if run and run[-1][2] in CONNECTORS and (tok in MONTHS or tok in WEEKDAYS):
            runs.append(run)  # "Security Council on Friday"
            run = []
            continue
        if _is_cap(tok) or (
            tok[0].isdigit()
            and nxt
            and _is_cap(nxt)
            and nxt not in MONTHS
            and text[e : tokens[i + 1][0]] == " "
            and (run or _opens_name(text, s))
        ):
            run.append((s, e, tok))
            if (
                _POSSESSIVE.search(tok)
                and not _possessive_inside(tok, nxt)
                and not (len(run) == 1 and _brand_possessive(text, tokens, i))
            ):
                runs.append(run)
                run = []
        elif run and (tok in CONNECTORS or (tok == "the" and run[-1][2] in ("of", "for"))):
            run.append((s, e, tok))
        elif run:
            runs.append(run)
            run = []
    if run:
        runs.append(run)
    out: list[Candidate] = []
    for r in runs:
        for piece in _split_and(r):
            for part in _split_of(piece):
                out += _clean(text, paragraph, part, starts, common)
    return [replace(c, in_compound=True) if c.start in compounds else c for c in out]


# Possessors that belong to a body's name: 'Information Commissioner's Office',
# "Children's Hospital", "People's Bank"; never "Russia's Ministry".
_NAME_POSSESSORS = frozenset(
    "People Children Women Men Workers Veterans Farmers Consumers Citizens Seafarers Nation".split()
)


def _possessive_inside(token: str, following: str) -> bool:
    owner = _POSSESSIVE.sub("", token)
    role = owner in STRONG_TITLES or owner in WEAK_TITLES or owner in INSTITUTION_WORDS
    return (role or owner in _NAME_POSSESSORS) and following in CONNECT_HEADS


# Last words of a brand whose name opens with a possessive: "Lloyd's List Intelligence",
# "Moody's Investors Service", "McDonald's Corp".
_BRAND_HEADS = COMPANY_WORDS | COMPANY_SUFFIXES | frozenset(
    "Intelligence List Register Investors Service Services".split()
)


def _brand_possessive(text: str, tokens: list[tuple[int, int, str]], i: int) -> bool:
    """A one-word possessor that is no place, then one to three capitalised words, the last
    a company word: the possessive belongs to the name ("Russia's Central Bank" stays split)."""
    owner = _POSSESSIVE.sub("", tokens[i][2])
    if is_place(owner) or is_adjective(owner) or owner in STRONG_TITLES or owner in WEAK_TITLES:
        return False
    words: list[str] = []
    for s, _e, tok in tokens[i + 1 : i + 4]:
        if text[tokens[i + len(words)][1] : s] != " " or not _is_cap(tok):
            break
        words.append(tok)
    return any(w in _BRAND_HEADS for w in words[-1:]) and not _POSSESSIVE.search(words[-1])


# The rest of a capitalised list after a comma: 'Trade and Industry', 'Commonwealth and
# Development Office (FCDO)'.
_LIST_REST = re.compile(
    r"(?:[A-Z][\w-]*(?: [A-Z][\w-]*)?, )*[A-Z][\w-]*(?: [A-Z][\w-]*)? and "
    r"(?P<last>[A-Z][\w-]*(?: [A-Z][\w-]*)*)(?: \((?P<acronym>[A-Z]{3,8})\))?"
)


def _listed_in_name(run: list[tuple[int, int, str]], gap: str, ahead: str) -> bool:
    """A comma inside a list that ends a body's name: 'Ministry of Economy, Trade and
    Industry'; or one its acronym spells out: 'Foreign, Commonwealth and Development Office
    (FCDO)'."""
    words = [t[2] for t in run]
    m = _LIST_REST.match(ahead)
    if gap != ", " or not m:
        return False
    head = words[1] if words[0] == "The" and len(words) > 1 else words[0]
    if ("of" in words or "for" in words) and head in CONNECT_HEADS:
        return True
    spelled = words + re.findall(r"[A-Z][\w-]*", ahead[: m.end("last")])
    return bool(m.group("acronym")) and "".join(w[0] for w in spelled) == m.group("acronym")


def _split_of(run: list[tuple[int, int, str]]) -> list[list[tuple[int, int, str]]]:
    """Split 'Rangel of New York', 'Jenny Park of the Ministry'; keep 'Bank of America'."""
    for i, (_, _, w) in enumerate(run):
        if w in ("of", "for", "on", "at") and 0 < i < len(run) - 1 and not _institution(run[:i]):
            rest = run[i + 1 :]
            while rest and rest[0][2] == "the":
                rest = rest[1:]
            return [run[:i]] + (_split_of(rest) if rest else [])
    return [run]


def _opens_name(text: str, at: int) -> bool:
    """A number may open a name inside a sentence ("according to 38 North"), never a list item,
    a year or an amount."""
    number = re.match(r"\d+", text[at:]).group()
    head = text[:at].rstrip()
    before = head.split(" ")[-1] if head else ""
    year = len(number) == 4 and number[:2] in ("19", "20")
    opens = not head or head[-1] in ".!?:;"
    return not (year or opens or before in MONTHS or before.endswith(("$", "€", "£", "¥")))


def _joinable(gap: str, previous: str) -> bool:
    if gap == ". " and (previous in DOTTED or (len(previous) == 1 and previous.isupper())):
        return True  # "Rep. Elijah Cummings", "John D. Podesta"
    return gap in (" ", "’ ", "' ", " & ")  # "Seafarers’ Rights Watch", "Clarke & Lowe LLP"


def _institution(run: list[tuple[int, int, str]]) -> bool:
    return any(t[2] in CONNECT_HEADS for t in run)


def _split_and(run: list[tuple[int, int, str]]) -> list[list[tuple[int, int, str]]]:
    """Split "Ibáñez and Pavez"; keep "Securities and Exchange Commission" whole."""
    words = [t[2] for t in run]
    for i, w in enumerate(words):
        if w in ("and", "&") and 0 < i < len(words) - 1:
            left, right = words[:i], words[i + 1 :]
            if right[0].rstrip(".") in STRONG_TITLES or right[0] in WEAK_TITLES:
                return _split_and(run[:i]) + _split_and(
                    run[i + 1 :]
                )  # "... and Rep. Charles Rangel"
            institution = any(x in INSTITUTION_WORDS for x in words)
            firm_end = COMPANY_WORDS | COMPANY_SUFFIXES
            two_firms = left[-1].rstrip(".") in firm_end and right[-1].rstrip(".") in firm_end
            # "Clarke & Lowe LLP", "Procter and Gamble Co": one firm
            one_firm = (w == "&" or right[-1].rstrip(".") in COMPANY_SUFFIXES) and not two_firms
            if one_firm and left[-1].rstrip(".") not in COMPANY_SUFFIXES:
                return [run]
            if not institution or two_firms or left[-1].rstrip(".") in COMPANY_SUFFIXES:
                return _split_and(run[:i]) + _split_and(run[i + 1 :])
            return [run]
    return [run]


Run = list[tuple[int, int, str]]  # tokens as (start, end, text)
_PERSONAL_HONORIFICS = ("Mr", "Mrs", "Ms", "Dr", "Prof", "Sir", "Dame", "Lord", "Lady", "Miss")


def _clean(
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
        prefix = run[: title_at - 1]
        while prefix and (prefix[-1][2] in STRONG_TITLES or prefix[-1][2] in WEAK_TITLES):
            prefix = prefix[:-1]
        if len(prefix) >= 2:  # "Wells Fargo CEO John Stumpf": the firm is named too
            extra = _clean(text, paragraph, prefix, starts, common)
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


def _trim_start(run: Run, initial: bool, common: frozenset[str]) -> tuple[Run, str | None, bool]:
    """Drop sentence-opening words, honorifics and stray connectors; return the honorific."""
    honorific, trimmed = None, False
    if initial and len(run) > 2 and run[1][2] in CONNECTORS and _is_common(run[0][2], common):
        run, trimmed = run[1:], True  # "Lawyers for Ibáñez", never "Forest Trace"
    if initial and len(run) > 2 and PERSON_ROLES.fullmatch(run[0][2]) and run[1][2][0].isupper():
        run, trimmed = run[1:], True  # "Rider Mads Holm crashed": the role opens the sentence
    while run and (
        run[0][2] in STOP
        or _CONTRACTION.sub("", run[0][2]) in STOP
        or run[0][2] in HONORIFICS
        or (run[0][2] in CONNECTORS and run[0][2] not in PARTICLES)
    ):
        if run[0][2] in MONTHS and len(run) > 2 and run[1][2].isdigit():
            break  # "April 26 Animation Studio"
        if run[0][2].rstrip(".") in _PERSONAL_HONORIFICS:
            honorific = run[0][2]
        run, trimmed = run[1:], True
    return run, honorific, trimmed


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
    possessive = bool(_POSSESSIVE.search(text[start:end]))
    if possessive:
        end -= 2
    if text[end : end + 1] == "." and text[start:end].split()[-1] in COMPANY_SUFFIXES_DOTTED:
        end += 1  # "Corvantis Pharmaceuticals Inc."
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


def _is_common(word: str, common: frozenset[str]) -> bool:
    w = word.lower()
    return w in common or (w.endswith("s") and w[:-1] in common)


COMPANY_SUFFIXES_DOTTED = frozenset({"Inc", "Corp", "Co", "Ltd", "Bros", "S.A", "N.V", "B.V"})


# Region words that open names more often than they describe ("Nordic Velo", "Gulf Air").
_NAME_REGIONS = frozenset(
    "Nordic Baltic Pacific Atlantic Gulf Caribbean Balkan Scandinavian".split()
)


def _drop_adjectives(run: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Drop a leading nationality adjective ("Chinese studios"), unless it is part of a firm."""
    words = [t[2] for t in run]
    for n in (2, 1):
        if len(words) >= n and is_adjective(" ".join(words[:n])):
            rest = words[n:]
            if rest and rest[0] in COMMON_ACRONYMS:
                return run[n:]  # "Swiss NGO Golden Trail": the acronym goes next
            if len(rest) >= 2 and not any(w in STRONG_TITLES or w in WEAK_TITLES for w in rest):
                return run  # "Baltic Shipping Registry" is a name, not a Baltic registry
            if rest and (rest[-1].rstrip(".") in COMPANY_SUFFIXES or rest[-1] in ORG_END_WORDS):
                return run  # "European Union", "British Airways"
            if n == 1 and words[0] in _NAME_REGIONS and rest:
                return run  # "Nordic Velo", "Pacific Crest": a region opening a name
            return run[n:]
    return run
