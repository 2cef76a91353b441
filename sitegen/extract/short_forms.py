"""Short forms of a longer name: a surname, a given name, a name without its legal suffix,
the start or the distinctive end of an organisation's name, a dropped country prefix. No I/O.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from sitegen.extract.kinds import (
    COMPANY_SUFFIXES,
    COMPANY_WORDS,
    FEMALE_NAMES,
    MALE_NAMES,
    ORG_WORDS,
)
from sitegen.extract.normalize import name_key, without_suffix
from sitegen.extract.places import COUNTRY_NAMES, is_place
from sitegen.extract.vocabulary import CONNECTORS, PARTICLES, WEAK_TITLES

if TYPE_CHECKING:
    from sitegen.extract.clusters import Form, UnionFind

GIVEN_NAMES = FEMALE_NAMES | MALE_NAMES
# What may open a surname of two words: particles, and the Irish and Scottish 'Ó', 'Ní', 'Mac'
# ('Ó Súilleabháin' for Declan Ó Súilleabháin), as the name key spells them.
_PREFIXES = PARTICLES | {"o", "ni", "nic", "ua", "mac", "mc"}
# A newsroom's desks and units, named after it: 'ABC Investigations', 'BBC Verify'.
_DESKS = frozenset("Investigations Investigates Verify Graphics Visuals Data Desk".split())


def link_short_forms(forms: list[Form], uf: UnionFind) -> list[str]:
    """Surnames, legal suffixes, the start of an org name, a dropped country prefix."""
    reports: list[str] = []
    longest_first = sorted(forms, key=lambda f: (-len(f.key.split()), f.first))
    for short in sorted(forms, key=lambda f: (len(f.key.split()), f.first)):
        sw = short.key.split()
        place = is_place(short.surfaces[0]) or short.surfaces[0] in COUNTRY_NAMES or short.country
        owners = []
        for long in longest_first:
            if place and not long.personish and not _names_a_firm_after(short, long):
                continue  # 'Santos' may be Maria Santos; it is never the start of a firm's name
            lw = long.key.split()
            if long is short or len(lw) <= len(sw) or is_place(long.surfaces[0]):
                continue
            if _short_form_of(short, sw, long, lw):
                owners.append(long)
        roots = []
        for o in owners:
            r = uf.find(o.key)
            if r not in roots:
                roots.append(r)
        if roots and len(roots) > 1 and short.surfaces[0] in ORG_WORDS:
            continue  # 'the Commission' of two commissions: unknown
        if roots:
            # Several candidates ("Corvantis" -> two Corvantis firms): the first named wins.
            best = min((o for o in owners), key=lambda o: o.first)
            uf.union(best.key, short.key)
            if short.surfaces[0] not in best.surfaces[0]:
                reports.append(f"merged spellings {short.surfaces[0]!r} and {best.surfaces[0]!r}")
    return reports


def _names_a_firm_after(short: Form, long: Form) -> bool:
    """'Kestrel Bay' for Kestrel Bay Holdings Ltd: a name that only looks like a place by its
    last word ('Bay') opens the firm's name (never a known city: 'Dubai' for 'Dubai Ports')."""
    words = short.surfaces[0].split()
    long_words = long.surfaces[0].split()
    return (
        len(words) >= 2
        and long_words[: len(words)] == words
        and long_words[-1].rstrip(".") in COMPANY_SUFFIXES
    )


def _short_form_of(short: Form, sw: list[str], long: Form, lw: list[str]) -> bool:
    bare = name_key(without_suffix(long.surfaces[0])).split()
    if sw == bare:
        return True  # Velotek GmbH -> Velotek
    if not long.personish and not short.personish and _core(short) and _core(short) == _core(long):
        return True  # Orion Shipping FZE -> Orion FZE, Orion Shipping
    one_word = len(short.surfaces[0].split()) == 1  # 'Okafor-Reyes' keys as two words
    surname = lw[-len(sw) :] == sw and (one_word or sw[0] in _PREFIXES) and len(lw) <= 5
    # the first of two surnames: 'Rivas' for Armando José Rivas Peña, 'Mwamba' for Jean-Pierre
    # Mwamba Kasongo
    surname = surname or (
        one_word and 3 <= len(lw) <= 5 and lw[-2] == sw[0] and len(sw[0]) > 2
    )
    # a family name first after an English given name: 'Ng' for Marcus Ng Wei Jie
    surname = surname or (
        one_word
        and len(lw) == 4
        and lw[1] == sw[0]
        and (long.personish or long.surfaces[0].split()[0] in GIVEN_NAMES)
    )
    if _particle_surname(sw, lw):
        return True  # 'De la Fuente' for Álvaro de la Fuente Ibarra, 'da Silva Moura'
    if long.personish:  # a surname: 'Raman', 'de Wit'
        return surname
    if surname and _person_shaped(long) and not short.surfaces[0].isupper():
        return True  # 'Rezaei' for 'Farid Rezaei', though no cue said he is a person
    if len(sw) >= 2 and lw[: len(sw)] == sw and _is_firm(long.surfaces[0]):
        return True  # 'Meridian Healthcare said' is the firm, not a person named by 'said'
    if short.personish:  # 'Varga' (Mr. Varga) for 'Luka Varga', typed without a cue
        words = long.surfaces[0].split()
        plain = not any(w.rstrip(".") in COMPANY_SUFFIXES or w in ORG_WORDS for w in words)
        return plain and len(sw) == 1 and lw[-1] == sw[0] and len(lw) <= 4
    if len(sw) == 1 and sw[0] == lw[-1] and short.surfaces[0] in ORG_WORDS:
        return True  # 'the Observatory' -> Arms Flow Observatory
    if _after_a_place(short.surfaces[0], long.surfaces[0]):
        return True  # 'Qiheng' for Shenzhen Qiheng Computing Co., Ltd.
    if _distinctive_end(short.surfaces[0], sw, bare):
        return True  # 'Cerro Azul' for Minera Cerro Azul S.A.: a generic opening dropped
    if lw[: len(sw)] == sw and set(long.surfaces[0].split()[len(sw) :]) <= _DESKS:
        return True  # 'ABC Investigations', 'BBC Verify': the outlet's own desk
    if _inverted_body(short.surfaces[0], long.surfaces[0]):
        return True  # 'Regional Development Ministry' for Ministry of Regional Development
    national = long.surfaces[0].split()[0] in COUNTRY_NAMES
    if national and lw[1:] == sw:
        return True  # US Treasury Department -> Treasury Department
    regional = lw[-len(sw) :] == sw and _place_prefix(long.surfaces[0])
    if regional and lw[regional:] == sw and not is_place(short.surfaces[0]):
        return True  # Nova Scotia RCMP -> RCMP: a national body's regional division
    if national and len(lw) == 3 and lw[1:2] == sw and long.surfaces[0].split()[-1] in ORG_WORDS:
        return short.surfaces[0] not in COUNTRY_NAMES  # U.S. Treasury Department -> Treasury
    complete = short.surfaces[0].split()[-1] in ORG_WORDS and len(sw) >= 2  # 'Charity Commission'
    if (
        lw[: len(sw)] == sw
        and (lw[len(sw)] not in CONNECTORS or complete)
        and not short.surfaces[0].isupper()
    ):
        # Chainsight -> Chainsight Analytics; never "Federal" -> "Federal Office ..."; a
        # generic word only before one more ('Treasury' -> 'Treasury Department')
        generic = len(sw) == 1 and short.surfaces[0].capitalize() in ORG_WORDS
        return not generic or (len(lw) == 2 and long.surfaces[0].split()[-1] in ORG_WORDS)
    return False


def _distinctive_end(surface: str, sw: list[str], bare: list[str]) -> bool:
    """The end of an organisation's name, after generic opening words ('Club Deportivo
    Almenara' -> 'Almenara'): two words, or one of a three-word name; never a generic word
    ('Commission') or the end of an 'of' phrase ('Bank of America')."""
    n = len(sw)
    if not (n < len(bare) and bare[-n:] == sw and bare[-n - 1] not in CONNECTORS):
        return False
    last = surface.split()[-1]
    generic = last in ORG_WORDS or last in COMPANY_WORDS or surface.isupper()
    return not generic and (n >= 2 or len(bare) >= 3)


def _inverted_body(short: str, long: str) -> bool:
    """'Justice Department' for the Department of Justice, 'Interior Ministry' for the Ministry
    of the Interior: what a body is for, put before its head word."""
    sw, lw = short.split(), long.split()
    if len(sw) < 2 or sw[-1] not in ORG_WORDS or sw[-1] not in lw[:2]:
        return False
    i = lw.index(sw[-1])
    rest = lw[i + 1 :]
    if not rest or rest[0] != "of":
        return False
    rest = rest[2:] if rest[1:2] == ["the"] else rest[1:]
    return [w.lower() for w in rest[: len(sw) - 1]] == [w.lower() for w in sw[:-1]]


def _place_prefix(name: str) -> int:
    """How many opening words of a name are a country or region ('Nova Scotia RCMP': 2)."""
    words = name.split()
    return next(
        (n for n in (3, 2, 1) if n < len(words) and is_place(" ".join(words[:n]))), 0
    )


def _after_a_place(short: str, long: str) -> bool:
    """A firm's name often opens with its home city or region ('Shenzhen Qiheng Computing Co.,
    Ltd.', 'Dubai Falcon Metals FZE'): the distinctive word after it names the firm."""
    words = without_suffix(long).split()
    return (
        _is_firm(long)
        and len(words) >= 3
        and is_place(words[0])
        and words[1] == short
        and short not in ORG_WORDS
        and short not in COMPANY_WORDS
    )


def _particle_surname(sw: list[str], lw: list[str]) -> bool:
    """A surname opened by a particle ('de la Fuente', 'da Silva Moura', 'van der Berg') found
    whole after a given name: only a person's name is written so."""
    if len(sw) < 2 or sw[0] not in PARTICLES or sw[-1] in PARTICLES:
        return False
    return any(lw[i : i + len(sw)] == sw for i in range(1, len(lw) - len(sw) + 1))


def _person_shaped(f: Form) -> bool:
    """Two or three capitalised words with no word of a body, a firm or a place."""
    words = f.surfaces[0].split()
    return (
        2 <= len(words) <= 3
        and all(w[:1].isupper() and not w.isupper() for w in words)
        and not any(w.rstrip(".") in COMPANY_SUFFIXES or w in ORG_WORDS for w in words)
        and not is_place(f.surfaces[0])
        and not any(is_place(w) for w in words)
    )


def link_titled_surnames(forms: list[Form], uf: UnionFind) -> None:
    """'General Nhaca' for Gen. Alberto Nhaca, 'Inspector Dube' for Thandi Dube: a rank or
    office spelt out before a surname is the one person of the story with that surname."""
    for f in forms:
        title, *rest = f.surfaces[0].split()
        if title not in WEAK_TITLES or not 1 <= len(rest) <= 2:
            continue
        owners = {
            uf.find(g.key)
            for g in forms
            if g is not f
            and (g.personish or _person_shaped(g))
            and g.surfaces[0].split()[-len(rest) :] == rest
            and len(g.surfaces[0].split()) > len(rest)
            and g.surfaces[0].split()[0] not in WEAK_TITLES
        }
        if len(owners) == 1:
            uf.union(owners.pop(), f.key)


def link_given_names(forms: list[Form], uf: UnionFind) -> None:
    """'Brian' for Brian T. Haskett, 'Tomislav' for Tomislav Barić, 'Terry' for Terrence
    Boudreaux: a first name alone or its short form, when one person has it and nothing else
    ends or opens with it."""
    for f in forms:
        word = f.surfaces[0]
        if len(word.split()) != 1 or word.isupper() or is_place(word) or word in ORG_WORDS:
            continue
        if word not in GIVEN_NAMES and any(
            g is not f and word in g.surfaces[0].split()[1:] for g in forms
        ):
            continue  # also a surname or part of another name
        owners = {
            uf.find(g.key)
            for g in forms
            if g is not f
            and (g.personish or _person_shaped(g))
            and _goes_by(word, g.surfaces[0].split()[0])
        }
        if len(owners) == 1:
            uf.union(owners.pop(), f.key)


def _goes_by(word: str, given: str) -> bool:
    """A given name or its familiar short form: 'Dan' or 'Danny' for Daniel, 'Terry' for
    Terrence, 'Katie' for Katherine (the first three letters kept, a pet ending added)."""
    if word == given:
        return True
    stem = re.sub(r"(?:y|ie|i)$", "", word) if len(word) > 4 else word
    stem = re.sub(r"(\w)\1$", r"\1", stem)  # 'Danny' -> 'Dan'
    return len(stem) >= 3 and len(word) < len(given) and given.startswith(stem)


def _is_firm(name: str) -> bool:
    words = name.split()
    return words[-1].rstrip(".") in COMPANY_SUFFIXES or words[-1] in COMPANY_WORDS


def _core(f: Form) -> list[str]:
    """A firm's distinctive words: no legal suffix, no generic word ('Shipping', 'Group')."""
    words = without_suffix(f.surfaces[0]).split()
    if len(words) == len(f.surfaces[0].split()):
        if not any(w in COMPANY_WORDS for w in words):
            return []  # neither a suffix nor a generic word: not known to be a firm
    return name_key(" ".join(w for w in words if w not in COMPANY_WORDS)).split()

