"""Group name forms into one cluster per real-world entity. No I/O.

Rules, each general: an explicit alias ("X (ABC)", "X, also known as Y", "another name
for", a renaming); an acronym of a longer name; a legal suffix dropped; the start of a
longer organisation name ("Chainsight" for "Chainsight Analytics"); a country prefix dropped
("Treasury Department" for "US Treasury Department"); a surname for a full name; a
capital city for its country; a near-identical spelling (spellings.py), reported.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from sitegen.extract.kinds import (
    COMPANY_SUFFIXES,
    COMPANY_WORDS,
    FEMALE_NAMES,
    MALE_NAMES,
    ORG_WORDS,
)
from sitegen.extract.normalize import name_key, strip_accents, without_suffix
from sitegen.extract.places import CAPITALS, COUNTRY_NAMES, SEATS, is_place
from sitegen.extract.spellings import (
    link_fuzzy,
    link_misspelled_surnames,
    near_duplicates,
    spelling_reports,
)
from sitegen.extract.vocabulary import CONNECTORS, PARTICLES


GIVEN_NAMES = FEMALE_NAMES | MALE_NAMES


@dataclass
class Form:
    """One name key, with its surfaces in order of appearance."""

    key: str
    surfaces: list[str]
    first: int  # order of first appearance
    count: int = 1
    personish: bool = False  # evidence that the form names a person


@dataclass
class Links:
    """Explicit statements in the text that two names are one entity."""

    same: list[tuple[str, str]] = field(default_factory=list)  # (name, name)
    # (former or registered name, the name in use)
    renamed: list[tuple[str, str]] = field(default_factory=list)


class UnionFind:
    def __init__(self, keys: list[str]) -> None:
        self.parent = {k: k for k in keys}

    def find(self, k: str) -> str:
        while self.parent[k] != k:
            self.parent[k] = self.parent[self.parent[k]]
            k = self.parent[k]
        return k

    def union(self, a: str, b: str) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        self.parent[rb] = ra
        return True


@dataclass
class Clustering:
    groups: list[list[Form]]  # each group: forms of one entity, in order of appearance
    current: dict[int, str]  # group index -> current name (after a renaming)
    merges: list[str]  # human-readable reports of fuzzy or spelling merges
    near_duplicates: list[str]


def cluster_forms(forms: list[Form], links: Links) -> Clustering:
    """Cluster forms by the rules in the module docstring."""
    by_key = {f.key: f for f in forms}
    uf = UnionFind([f.key for f in forms])
    merges: list[str] = []
    for a, b in links.same + links.renamed:
        ka, kb = name_key(a), name_key(b)
        if ka in by_key and kb in by_key:
            uf.union(kb, ka)
    _link_countries(forms, by_key, uf)
    _link_acronyms(forms, uf)
    _link_described(forms, uf)
    merges += _link_short_forms(forms, uf)
    _link_given_names(forms, uf)
    merges += spelling_reports(forms)
    merges += link_fuzzy(forms, uf)
    merges += link_misspelled_surnames(forms, uf)
    near = near_duplicates(forms, uf)
    groups: dict[str, list[Form]] = {}
    for f in sorted(forms, key=lambda f: f.first):
        groups.setdefault(uf.find(f.key), []).append(f)
    ordered = sorted(groups.values(), key=lambda g: g[0].first)
    current: dict[int, str] = {}
    for _, now in links.renamed:
        kn = name_key(now)
        for i, g in enumerate(ordered):
            if any(f.key == kn for f in g):
                current[i] = now
    return Clustering(ordered, current, merges, near)


def _link_countries(forms: list[Form], by_key: dict[str, Form], uf: UnionFind) -> None:
    """'US' and 'United States', 'Pyongyang' or 'the Kremlin' (as an actor) and the country."""
    canon: dict[str, str] = {}
    for f in forms:
        surface = f.surfaces[0]
        country = (
            COUNTRY_NAMES.get(surface, (None,))[0] or CAPITALS.get(surface) or SEATS.get(surface)
        )
        if country:
            ck = name_key(country)
            if ck in canon:
                uf.union(canon[ck], f.key)
            else:
                canon[ck] = f.key
            if ck in by_key:
                uf.union(ck, f.key)


def _words(key: str) -> list[str]:
    return key.split()


def _initials(surface: str) -> set[str]:
    """Possible acronyms of a name: with or without connectors and a leading country."""
    words = [w for w in re.split(r"[\s\-]+", strip_accents(surface)) if w]
    out = set()
    for skip_country in (False, True):
        ws = words
        if skip_country and ws and (ws[0] in COUNTRY_NAMES):
            ws = ws[1:]
        ws = [w for w in ws if w.rstrip(".") not in COMPANY_SUFFIXES]
        out.add("".join(w[0] for w in ws if w.lower() not in CONNECTORS and w != "the").upper())
        out.add("".join(w[0] for w in ws if w != "the").upper())
    return {x for x in out if len(x) >= 2}


def _link_acronyms(forms: list[Form], uf: UnionFind) -> None:
    for f in forms:
        s = f.surfaces[0].replace(".", "")
        if not (2 <= len(s) <= 6 and s.isupper() and s.isalpha()) or s in COUNTRY_NAMES:
            continue
        for same_order in (True, False):
            targets = [
                g
                for g in forms
                if g is not f
                and len(g.key.split()) >= 2
                and any(_abbreviates(s, x, same_order) for x in g.surfaces)
            ]
            if targets:
                break
        if len({uf.find(g.key) for g in targets}) == 1:
            uf.union(targets[0].key, f.key)


def _abbreviates(acronym: str, name: str, same_order: bool) -> bool:
    """The acronym of a name; failing that, its initials in the order of another language
    ('UCI' for the International Cycling Union, from 'Union Cycliste Internationale')."""
    if same_order:
        return acronym in _initials(name)
    return len(acronym) >= 3 and any(sorted(acronym) == sorted(i) for i in _initials(name))


# A body named by description: "Zambia's environment agency".
_DESCRIPTION = re.compile(
    r"(?P<owner>[A-Z][\w ]*?)[’']s\s+(?P<desc>(?:[a-z][\w-]*\s+){0,2})(?P<noun>[a-z]+)"
)


def _link_described(forms: list[Form], uf: UnionFind) -> None:
    """'Zambia's environment agency' and the Zambia Environmental Management Agency: the one
    body of the country whose name has the noun and a word of the description."""
    for f in forms:
        m = _DESCRIPTION.fullmatch(f.surfaces[0])
        if not m:
            continue
        stems = [w[:5] for w in m.group("desc").split()]
        targets = {
            uf.find(g.key)
            for g in forms
            if g is not f
            and not _DESCRIPTION.fullmatch(g.surfaces[0])
            and m.group("owner") in g.surfaces[0]
            and m.group("noun").capitalize() in g.surfaces[0].split()
            and all(any(w.lower().startswith(s) for w in g.surfaces[0].split()) for s in stems)
        }
        if len(targets) == 1:
            uf.union(targets.pop(), f.key)


def _is_orgish(f: Form) -> bool:
    return not f.personish


def _link_short_forms(forms: list[Form], uf: UnionFind) -> list[str]:
    """Surnames, legal suffixes, the start of an org name, a dropped country prefix."""
    reports: list[str] = []
    longest_first = sorted(forms, key=lambda f: (-len(f.key.split()), f.first))
    for short in sorted(forms, key=lambda f: (len(f.key.split()), f.first)):
        sw = _words(short.key)
        place = is_place(short.surfaces[0]) or short.surfaces[0] in COUNTRY_NAMES
        owners = []
        for long in longest_first:
            if place and not long.personish and not _names_a_firm_after(short, long):
                continue  # 'Santos' may be Maria Santos; it is never the start of a firm's name
            lw = _words(long.key)
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
    surname = lw[-len(sw) :] == sw and (one_word or sw[0] in PARTICLES) and len(lw) <= 5
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
    if _distinctive_end(short.surfaces[0], sw, bare):
        return True  # 'Cerro Azul' for Minera Cerro Azul S.A.: a generic opening dropped
    if lw[1:] == sw and long.surfaces[0].split()[0] in COUNTRY_NAMES:
        return True  # US Treasury Department -> Treasury Department
    complete = short.surfaces[0].split()[-1] in ORG_WORDS and len(sw) >= 2  # 'Charity Commission'
    if (
        lw[: len(sw)] == sw
        and (lw[len(sw)] not in CONNECTORS or complete)
        and not short.surfaces[0].isupper()
    ):
        # Chainsight -> Chainsight Analytics; never "Federal" -> "Federal Office ..."
        return not (len(sw) == 1 and short.surfaces[0].capitalize() in ORG_WORDS)
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


def _link_given_names(forms: list[Form], uf: UnionFind) -> None:
    """'Brian' for Brian T. Haskett: a known given name alone, when one person has it."""
    for f in forms:
        word = f.surfaces[0]
        if len(word.split()) != 1 or word not in GIVEN_NAMES:
            continue
        owners = {
            uf.find(g.key)
            for g in forms
            if g is not f and (g.personish or _person_shaped(g)) and g.surfaces[0].split()[0] == word
        }
        if len(owners) == 1:
            uf.union(owners.pop(), f.key)


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

