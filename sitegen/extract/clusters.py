"""Group name forms into one cluster per real-world entity. No I/O.

Rules, each general: an explicit alias ("X (ABC)", "X, also known as Y", "another name
for", a renaming); an acronym of a longer name; a legal suffix dropped; the start of a
longer organisation name ("Chainsight" for "Chainsight Analytics"); a country prefix dropped
("Treasury Department" for "US Treasury Department"); a surname or given name for a full
name (those in short_forms.py); a capital city for its country; a near-identical spelling
(spellings.py), reported.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from sitegen.extract.kinds import COMPANY_SUFFIXES, GOVERNMENT_WORDS, NICKNAMES
from sitegen.extract.normalize import name_key, strip_accents
from sitegen.extract.places import BLOC_SEATS, CAPITALS, COUNTRY_NAMES
from sitegen.extract.short_forms import (
    link_given_names,
    link_short_forms,
    link_titled_surnames,
)
from sitegen.extract.spellings import (
    link_fuzzy,
    link_misspelled_surnames,
    near_duplicates,
    spelling_reports,
)
from sitegen.extract.vocabulary import CONNECTORS


@dataclass
class Form:
    """One name key, with its surfaces in order of appearance."""

    key: str
    surfaces: list[str]
    first: int  # order of first appearance
    count: int = 1
    personish: bool = False  # evidence that the form names a person
    country: bool = False  # the text calls it a nation ('the island nation of Taloa')


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
    _link_nicknames(forms, by_key, uf)
    _link_acronyms(forms, uf)
    _link_described(forms, uf)
    merges += link_short_forms(forms, uf)
    link_given_names(forms, uf)
    link_titled_surnames(forms, uf)
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
    """'US' and 'United States', 'Pyongyang' (as an actor) and the country; 'Brussels' and the
    EU; 'Washington' and the one US body the story names ('US Treasury') when the story never
    names the United States in full."""
    canon: dict[str, str] = {}
    for f in forms:
        surface = f.surfaces[0]
        bloc = [name_key(b) for b in BLOC_SEATS.get(surface, ()) if name_key(b) in by_key]
        if bloc:
            uf.union(bloc[0], f.key)
            continue
        # a seat of government ('the Kremlin', 'the Élysée') is the state body that sits
        # there, an actor of its own, not the country
        country = COUNTRY_NAMES.get(surface, (None,))[0] or CAPITALS.get(surface)
        named = country and name_key(country) in by_key  # 'The United States sanctioned'
        body = _sole_state_body(country, forms) if surface in CAPITALS and not named else None
        if body:  # 'sanctioned by Washington' where only the US Treasury is named: the Treasury
            uf.union(body.key, f.key)
            continue
        if country:
            ck = name_key(country)
            if ck in canon:
                uf.union(canon[ck], f.key)
            else:
                canon[ck] = f.key
            if ck in by_key:
                uf.union(ck, f.key)


def _sole_state_body(country: str | None, forms: list[Form]) -> Form | None:
    """The one body of a country's state the story names with the country's name before it
    ('US Treasury', 'U.S. State Department'): what its capital stands for when it acts."""
    if not country:
        return None
    bodies = [
        f
        for f in forms
        if len(f.surfaces[0].split()) >= 2
        and COUNTRY_NAMES.get(f.surfaces[0].split()[0], (None,))[0] == country
        and f.surfaces[0].split()[-1] in GOVERNMENT_WORDS
    ]
    return bodies[0] if len(bodies) == 1 else None


def _link_nicknames(forms: list[Form], by_key: dict[str, Form], uf: UnionFind) -> None:
    """'the Mounties' and the RCMP, 'Scotland Yard' and the Met: a body's popular name."""
    for f in forms:
        named = [name_key(n) for n in NICKNAMES.get(f.surfaces[0], ()) if name_key(n) in by_key]
        if named:
            uf.union(named[0], f.key)


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
        s = _acronym_letters(f.surfaces[0])
        if not s or s in COUNTRY_NAMES:
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
        if not targets:  # 'GZD' for 'Generalzolldirektion': the parts of a compound word
            targets = [g for g in forms if g is not f and _compound_initials(s, g.surfaces[0])]
        if len({uf.find(g.key) for g in targets}) == 1:
            uf.union(targets[0].key, f.key)


def _acronym_letters(surface: str) -> str | None:
    """The letters an acronym spells: 'OFAC', 'U.N.', or the capitals of one written in mixed
    case ('FinCEN' -> FCEN, 'DoJ' -> DJ)."""
    s = surface.replace(".", "")
    if 2 <= len(s) <= 6 and s.isupper() and s.isalpha():
        return s
    capitals = "".join(ch for ch in s if ch.isupper())
    mixed = " " not in s and s.isalpha() and len(s) <= 8 and s[1:] != s[1:].lower()
    return capitals if mixed and len(capitals) >= 2 and s[0].isupper() else None


def _abbreviates(acronym: str, name: str, same_order: bool) -> bool:
    """The acronym of a name; failing that, its initials in the order of another language
    ('UCI' for the International Cycling Union, from 'Union Cycliste Internationale')."""
    if same_order:
        return acronym in _initials(name)
    return len(acronym) >= 3 and any(sorted(acronym) == sorted(i) for i in _initials(name))


def _compound_initials(acronym: str, name: str) -> bool:
    """A long one-word name compounded of several words (German, Dutch, Nordic) is shortened
    to the initials of its parts: its first letter, then the others in order within it."""
    word = strip_accents(name)
    if " " in word or len(word) < 10 or len(acronym) < 3 or not word[:1].isupper():
        return False
    if word[0] != acronym[0]:
        return False
    rest = iter(word[1:].lower())
    return all(ch in rest for ch in acronym[1:].lower())


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
