"""Names spelled nearly alike (rapidfuzz): one entity when the spelling differs by a slip
('Sek Studio' / 'Set Studios', 'Okonko' for Okonkwo, 'Matthieu' for Mathieu), reported; a
near-duplicate not merged is reported too. No I/O.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rapidfuzz import fuzz

from sitegen.extract.kinds import COMPANY_SUFFIXES, ORG_WORDS
from sitegen.extract.normalize import name_key, strip_accents, without_suffix
from sitegen.extract.places import is_place

if TYPE_CHECKING:
    from sitegen.extract.clusters import Form, UnionFind

FUZZY_MERGE = 87  # rapidfuzz ratio at or above which two spellings are one name
FUZZY_WARN = 78  # at or above which a pair not merged is reported as a near-duplicate


def spelling_reports(forms: list[Form]) -> list[str]:
    out = []
    for f in forms:
        variants = list(dict.fromkeys(f.surfaces))
        plain = {strip_accents(v) for v in variants}
        if len(variants) > 1 and len(plain) < len(variants):
            out.append(f"merged spellings {' / '.join(repr(v) for v in variants)}")
    return out


def _comparable(a: Form, b: Form) -> tuple[str, str] | None:
    ka = name_key(without_suffix(a.surfaces[0]))
    kb = name_key(without_suffix(b.surfaces[0]))
    if len(ka.split()) != len(kb.split()) or ka[:1] != kb[:1]:
        return None
    if is_place(a.surfaces[0]) or is_place(b.surfaces[0]):
        return None
    if a.surfaces[0].isupper() or b.surfaces[0].isupper():
        return None
    return ka, kb


def _similar_pairs(forms: list[Form], uf: UnionFind):
    """Pairs of forms in different clusters, comparable and long enough to judge by
    spelling, with their similarity; read lazily, so merges made meanwhile count."""
    for i, a in enumerate(forms):
        for b in forms[i + 1 :]:
            if uf.find(a.key) == uf.find(b.key):
                continue
            pair = _comparable(a, b)
            if pair and min(len(pair[0]), len(pair[1])) >= 5:
                yield a, b, pair, fuzz.ratio(*pair)


def link_fuzzy(forms: list[Form], uf: UnionFind) -> list[str]:
    out = []
    for a, b, pair, score in _similar_pairs(forms, uf):
        if a.personish != b.personish and not _person_unmarked(a, b):
            continue
        if a.personish and not _same_first_name(pair[0], pair[1]):
            continue  # different first names: different people
        if score >= FUZZY_MERGE:
            uf.union(a.key, b.key)
            out.append(
                f"merged {a.surfaces[0]!r} with {b.surfaces[0]!r} "
                f"(spelling similarity {score:.0f}%)"
            )
    return out


def _same_first_name(a: str, b: str) -> bool:
    """'Mathieu Lévesque' / 'Matthieu Lévesque': one first name misspelled, never 'Jon' / 'Joan'."""
    fa, fb = a.split()[0], b.split()[0]
    if fa == fb or len(a.split()) == 1:
        return True
    return a.split()[1:] == b.split()[1:] and min(len(fa), len(fb)) >= 5 and (
        fuzz.ratio(fa, fb) >= FUZZY_MERGE
    )


def _person_unmarked(a: Form, b: Form) -> bool:
    """One form names a person and the other, a person-like name with no cue either way."""
    other = b if a.personish else a
    words = other.surfaces[0].split()
    return 2 <= len(words) <= 3 and not any(
        w.rstrip(".") in COMPANY_SUFFIXES or w in ORG_WORDS for w in words
    )


def link_misspelled_surnames(forms: list[Form], uf: UnionFind) -> list[str]:
    """'Okonko' for Maria Okonkwo: a lone word spelled nearly as one known person's surname."""
    out = []
    people = [f for f in forms if f.personish and len(f.key.split()) >= 2]
    for f in forms:
        if (
            len(f.key.split()) != 1
            or len(f.key) < 5
            or any(uf.find(f.key) == uf.find(p.key) for p in people)
            # already the surname of a full name no cue marked as a person's
            or any(g is not f and uf.find(f.key) == uf.find(g.key) for g in forms)
        ):
            continue
        if is_place(f.surfaces[0]) or f.surfaces[0].isupper() or f.surfaces[0] in ORG_WORDS:
            continue
        close = {
            uf.find(p.key)
            for p in people
            if fuzz.ratio(f.key, p.key.split()[-1]) >= FUZZY_MERGE
            and p.key.split()[-1][:1] == f.key[:1]
        }
        if len(close) == 1:
            target = next(p for p in people if uf.find(p.key) in close)
            uf.union(target.key, f.key)
            out.append(f"merged {f.surfaces[0]!r} with {target.surfaces[0]!r} (surname spelling)")
    return out


def near_duplicates(forms: list[Form], uf: UnionFind) -> list[str]:
    return [
        f"near-duplicate names not merged: {a.surfaces[0]!r} and {b.surfaces[0]!r} ({score:.0f}%)"
        for a, b, _, score in _similar_pairs(forms, uf)
        if FUZZY_WARN <= score < FUZZY_MERGE
    ]
