"""Find proper-name candidates: runs of capitalised words, with connectors. No I/O.

Without an NLP model a name is a run of capitalised tokens ("Office of Foreign Assets
Control"), minus what capitals mark for other reasons: the first word of a sentence,
months, honorifics, nationality adjectives.
"""

from __future__ import annotations

import re
from dataclasses import replace

from sitegen.extract.kinds import (
    COMPANY_SUFFIXES,
    COMPANY_WORDS,
    GOVERNMENT_WORDS,
    INSTITUTION_WORDS,
)
from sitegen.extract.name_trim import POSSESSIVE, clean
from sitegen.extract.places import is_adjective, is_place
from sitegen.extract.types import Candidate
from sitegen.extract.vocabulary import (
    COMMON_ACRONYMS,
    CONNECT_HEADS,
    CONNECTORS,
    DOTTED,
    MONTH_ABBREVIATIONS,
    MONTHS,
    NOT_PARTY_HEADS,
    ORG_END_WORDS,
    STRONG_TITLES,
    WEAK_TITLES,
    WEEKDAYS,
)

# ('A/S', 'I/S': a slash before one or two capitals stays inside a legal suffix)
_TOKEN = re.compile(r"(?:[A-Z]\.){2,}|[^\W_](?:\w|[-’'&](?=\w)|\.(?=\w)|/(?=[A-Z]{1,2}\b))*")
_ADJECTIVE_COMPOUND = re.compile(
    r"^[A-Z][\w’']*-(?:based|language|owned|run|born|led|backed|made|style|speaking|registered|"
    r"held|occupied|ruled|dominated|hit|affected|torn|"
    r"headquartered|linked|affiliated|funded|controlled|listed|bound|era|type|like|wide|level|"
    r"centric|focused|friendly|sponsored|allied|aligned|leaning|flagged|operated|designated|"
    r"approved|certified|accredited|licensed|sanctioned|bred|grown|built|founded|designed|"
    r"developed|produced|supplied|manufactured|financed|sourced|origin|inspired|educated)$"
)

# A legislator's party and state or district: "D-Millbrook", "R-Utah", "I-Vt".
_PARTY_TAG = re.compile(r"[DRI]-[A-Z][\w.]*")


_MAGNITUDE = r"(?:million|billion|trillion|bn|mn|m|k)"
# An amount glued to its currency: 'R312-million', 'R4.7-million', 'Rs2,500', 'N5bn'.
_GLUED_AMOUNT = re.compile(
    rf"[A-Z][A-Za-z]{{0,2}}\d[\d,.]*(?:-?{_MAGNITUDE}|[.,]\d+(?:-?{_MAGNITUDE})?)"
)
# What follows a currency written apart: a dollar sign ('R$', 'US$', 'HK$') or an amount with
# a magnitude, grouped thousands or decimals ('Hr 186 million', 'MXN 4,000', 'Rs 2.5').
_AFTER_CURRENCY = re.compile(
    rf"\$|\s?\d[\d,]*(?:\.\d+)?\s?-?{_MAGNITUDE}\b|\s?\d{{1,3}}(?:,\d{{3}})+|\s?\d+\.\d"
)


def _is_money(token: str, ahead: str) -> bool:
    """A currency, not a name: an amount glued to it, or a short code before an amount."""
    if _GLUED_AMOUNT.fullmatch(token):
        return True
    return len(token) <= 3 and token.isalpha() and bool(_AFTER_CURRENCY.match(ahead))


# A name in camel case with a lower-case opening: 'amaBhungane', 'eBay' (not 'mRNA', 'kWh').
_CAMEL_NAME = re.compile(r"[a-z]{1,4}[A-Z][a-z]{2,}\w*")


def _is_cap(token: str) -> bool:
    """Capitalised, or a lower-case particle joined to a capital: 'al-Hamdan', 'd’Ivoire';
    or a camel-case name: 'amaBhungane'."""
    return token[0].isupper() or bool(_CAMEL_NAME.fullmatch(token)) or (
        token[:3] in ("al-", "el-") and len(token) > 3 and token[3].isupper()
    ) or (token[:2] in ("d’", "d'") and len(token) > 2 and token[2].isupper())


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
    listed = False  # the run reached a list of portfolios: 'Agriculture, Food and the Marine'
    for i, (s, e, tok) in enumerate(tokens):
        gap = text[run[-1][1] : s] if run else ""
        joined = bool(run) and (
            _joinable(gap, run[-1][2], tok, text[e:]) or _nickname_gap(text, run, gap, s, e)
        )
        if run and not joined and _listed_in_name(run, gap, text[s:]):
            listed = joined = True
        if not run or not joined:
            listed = False
        if run and not joined:
            runs.append(run)
            run = []
        nxt = tokens[i + 1][2] if i + 1 < len(tokens) else ""
        if tok in MONTH_ABBREVIATIONS and re.match(r"\.?\s*\d", text[e:]):
            if run:
                runs.append(run)
                run = []
            continue  # "Jan. 14"
        if _is_money(tok, text[e:]):
            if run:
                runs.append(run)
                run = []
            continue  # "fined Ouro Verde R$ 48 million": a currency ends the name
        if _PARTY_TAG.fullmatch(tok):
            if run:
                runs.append(run)
                run = []
            continue  # "Rep. Ann Lee, D-Millbrook,", "(R-Utah)": a party and a place
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
        lower_form = run and (run[-1][2], tok) in _LOWER_FORM_PARTS
        if _is_cap(tok) or (run and tok in _LOWER_SUFFIXES) or lower_form or (
            tok[0].isdigit()
            and nxt
            and _is_cap(nxt)
            and nxt not in MONTHS
            and not is_adjective(nxt)  # a count: 'more than 140 Chinese entities'
            and text[e : tokens[i + 1][0]] == " "
            and (run or _opens_name(text, s))
        ):
            run.append((s, e, tok))
            if (
                POSSESSIVE.search(tok)
                and not _possessive_inside(tok, nxt)
                and not (len(run) == 1 and _brand_possessive(text, tokens, i))
                and not (len(run) == 2 and run[0][2] in ("St", "Saint") and _is_cap(nxt))
            ):
                runs.append(run)
                run = []
        elif run and (
            tok in CONNECTORS
            or (tok == "the" and run[-1][2] in ("of", "for"))
            or (tok == "the" and listed and run[-1][2] == "and")
        ):
            run.append((s, e, tok))
        elif run and tok == "in" and run[-1][2] in _SEATED and _is_cap(nxt) and nxt not in MONTHS:
            run.append((s, e, tok))  # "the Federal Court in Itaituba": a court and its seat
        elif run:
            runs.append(run)
            run = []
    if run:
        runs.append(run)
    out: list[Candidate] = []
    for r in runs:
        for piece in _split_and(r):
            for part in _split_of(piece, starts):
                out += clean(text, paragraph, part, starts, common)
    return [replace(c, in_compound=True) if c.start in compounds else c for c in out]


# Possessors that belong to a body's name: 'Information Commissioner's Office',
# "Children's Hospital", "People's Bank"; never "Russia's Ministry".
_NAME_POSSESSORS = frozenset(
    "People Children Women Men Workers Veterans Farmers Consumers Citizens Seafarers Nation".split()
)


# Bodies known by the town they sit in: 'the Federal Court in Itaituba'.
_SEATED = frozenset("Court Tribunal".split())


def _possessive_inside(token: str, following: str) -> bool:
    owner = POSSESSIVE.sub("", token)
    # A title owns its office ("Commissioner's Office"); a body owning a body is two actors
    # ("the Treasury Department's Office of Foreign Assets Control").
    role = owner in STRONG_TITLES or owner in WEAK_TITLES
    return (role or owner in _NAME_POSSESSORS) and following in CONNECT_HEADS


# Last words of a brand whose name opens with a possessive: "Lloyd's List Intelligence",
# "Moody's Investors Service", "McDonald's Corp".
_BRAND_HEADS = COMPANY_WORDS | COMPANY_SUFFIXES | frozenset(
    "Intelligence List Register Investors Service Services".split()
)


def _brand_possessive(text: str, tokens: list[tuple[int, int, str]], i: int) -> bool:
    """A one-word possessor that is no place, then one to three capitalised words, the last
    a company word: the possessive belongs to the name ("Russia's Central Bank" stays split)."""
    owner = POSSESSIVE.sub("", tokens[i][2])
    if is_place(owner) or is_adjective(owner) or owner in STRONG_TITLES or owner in WEAK_TITLES:
        return False
    words: list[str] = []
    for s, _e, tok in tokens[i + 1 : i + 4]:
        if text[tokens[i + len(words)][1] : s] != " " or not _is_cap(tok):
            break
        words.append(tok)
    return any(w in _BRAND_HEADS for w in words[-1:]) and not POSSESSIVE.search(words[-1])


# The rest of a capitalised list after a comma: 'Trade and Industry', 'Commonwealth and
# Development Office (FCDO)'.
_LIST_REST = re.compile(
    r"(?:[A-Z][\w-]*(?: [A-Z][\w-]*)?, )*[A-Z][\w-]*(?: [A-Z][\w-]*)? and (?:the )?"
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
    if len(words) == 1 and m.group("last").split()[-1] in GOVERNMENT_WORDS:
        return True  # 'the Foreign, Commonwealth and Development Office said': its portfolios
    spelled = words + re.findall(r"[A-Z][\w-]*", ahead[: m.end("last")])
    return bool(m.group("acronym")) and "".join(w[0] for w in spelled) == m.group("acronym")


def _split_of(
    run: list[tuple[int, int, str]], starts: set[int]
) -> list[list[tuple[int, int, str]]]:
    """Split 'Rangel of New York', 'Jenny Park of the Ministry'; keep 'Bank of America' and
    'the Freedom of Information Act' (a law, dropped later as a whole)."""
    if run[-1][2] in NOT_PARTY_HEADS:
        return [run]
    for i, (_, _, w) in enumerate(run):
        if w in ("of", "for", "on", "at") and 0 < i < len(run) - 1 and not (
            _institution(run[:i]) or (w == "for" and _names_a_cause(run, i, starts))
        ):
            rest = run[i + 1 :]
            while rest and rest[0][2] == "the":
                rest = rest[1:]
            return [run[:i]] + (_split_of(rest, starts) if rest else [])
    return [run]


def _names_a_cause(run: list[tuple[int, int, str]], i: int, starts: set[int]) -> bool:
    """'Hearts for Heroes Foundation Inc.', 'Physicians for Human Rights': one word for who
    they are, then whom they work for. Not 'Cameron Easley for Morning Consult', 'on Thursday
    for the EU', nor a sentence's 'Lawyers for Ana Ruiz' (so a short form without its body
    word is whole only inside a sentence)."""
    if i != 1:
        return False
    last = run[-1][2].rstrip(".")
    if last in ORG_END_WORDS or last in COMPANY_SUFFIXES:
        return True
    left, right = run[0][2], run[2][2]
    dated = left in MONTHS or left in WEEKDAYS
    return right != "the" and not dated and run[0][0] not in starts


def _opens_name(text: str, at: int) -> bool:
    """A number may open a name inside a sentence ("according to 38 North"), never a list item,
    a year or an amount."""
    number = re.match(r"\d+", text[at:]).group()
    head = text[:at].rstrip()
    before = head.split(" ")[-1] if head else ""
    year = len(number) == 4 and number[:2] in ("19", "20")
    opens = not head or head[-1] in ".!?:;"
    return not (year or opens or before in MONTHS or before.endswith(("$", "€", "£", "¥")))


def _joinable(gap: str, previous: str, token: str, ahead: str) -> bool:
    if gap == ". " and (previous in DOTTED or (len(previous) == 1 and previous.isupper())):
        return True  # "Rep. Elijah Cummings", "John D. Podesta"
    if gap == ". " and previous in COMPANY_SUFFIXES and token in COMPANY_SUFFIXES:
        return True  # "Lumenbridge Pte. Ltd.", "Siam Foods Co. Ltd."
    if (previous, token) in _LOWER_FORM_PARTS and gap in (" ", ". "):
        return True  # "Vistula Agrochem Sp. z o.o."
    if _legal_form_gap(gap, previous, token, ahead):
        return True
    return gap in (" ", "’ ", "' ", " & ")  # "Seafarers’ Rights Watch", "Clarke & Lowe LLP"


# Legal forms written in lower case after a name: "Meridian Healthcare Group plc".
_LOWER_SUFFIXES = frozenset({"plc", "ltd", "inc", "llc"}) | {
    s for s in COMPANY_SUFFIXES if s[0].islower()  # "Adria Deck d.o.o.", "Vltava s.r.o."
}
# Legal forms of several words, partly in lower case, as pairs of neighbours: the Polish
# "Sp. z o.o." (limited company) and "S.A. de C.V." of Mexico.
_LOWER_FORM_PARTS = frozenset({("Sp", "z"), ("z", "o.o"), ("S.A", "de"), ("de", "C.V")})
# Legal forms written in brackets: "(Pty) Ltd", "(Pvt) Ltd", "(Private) Limited".
_BRACKETED_FORMS = frozenset({"Pty", "Pvt", "Private", "Proprietary"})


def _legal_form_gap(gap: str, previous: str, token: str, ahead: str) -> bool:
    """Punctuation inside a legal form never ends the name: "Siam Foods Co., Ltd.",
    "Acme, Inc.", "Kalahari Defence (Pty) Ltd", "Tianhe Metals (HK) Ltd"."""
    suffix = token.rstrip(".") in COMPANY_SUFFIXES or token in _LOWER_SUFFIXES
    if gap in (", ", "., ") and suffix:
        return gap == ", " or previous.rstrip(".") in COMPANY_SUFFIXES  # "Co., Ltd."
    if gap == " (" and (token in _BRACKETED_FORMS or re.fullmatch(r"[A-Z]{2,3}", token)):
        # a form or a jurisdiction in brackets, with the legal suffix right after it
        closes = re.match(r"\) ([\w.]+)", ahead)
        return bool(closes) and closes.group(1).rstrip(".") in COMPANY_SUFFIXES
    return gap == ") " and (previous in _BRACKETED_FORMS or previous.isupper()) and suffix


def _institution(run: list[tuple[int, int, str]]) -> bool:
    return any(t[2] in CONNECT_HEADS for t in run)


def _split_and(run: list[tuple[int, int, str]]) -> list[list[tuple[int, int, str]]]:
    """Split "Ibáñez and Pavez"; keep "Securities and Exchange Commission" whole, and a law
    ('Foreign Trade and Payments Act', dropped later as a whole)."""
    words = [t[2] for t in run]
    if words[-1] in NOT_PARTY_HEADS:
        return [run]
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


def _nickname_gap(
    text: str, run: list[tuple[int, int, str]], gap: str, start: int, end: int
) -> bool:
    """A nickname in quotes inside a full name: 'Ramon “Bong” Villanueva' is one name."""
    if gap == " “":  # the nickname: one capitalised word, closed, then the surname
        return bool(re.match(r"” [A-Z]", text[end:])) and text[start].isupper()
    # the surname after the nickname's closing quote
    return gap == "” " and len(run) >= 2 and text[run[-1][0] - 1] == "“"
