"""What the words around a name say about who it is: a person or not, its fullest name,
its country, its gender. No I/O.

Each test is a cue a reader would use: a title, an apposition ("a spokesperson for"), an
age ("Pike, 58,"), a possessive country ("Spain's"), a pronoun that follows. Its type is
read in actor_types.py, whether it is a party at all in parties.py.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from sitegen.extract.clusters import Form
from sitegen.extract.kinds import (
    COMPANY_SUFFIXES,
    COMPANY_WORDS,
    FEMALE_NAMES,
    GOVERNMENT_NAMES,
    GOVERNMENT_WORDS,
    MALE_NAMES,
    MEDIA_NAMES,
    MEDIA_WORDS,
    ORGANIZATION_WORDS,
    PERSON_ROLES,
    ROLE_WORDS,
)
from sitegen.extract.normalize import name_key
from sitegen.extract.places import (
    BLOC_SEATS,
    CAPITALS,
    COUNTRY_NAMES,
    SEATS,
    country_code,
    is_place,
)
from sitegen.extract.types import Candidate
from sitegen.extract.vocabulary import HONORIFICS, PARTICLES

if TYPE_CHECKING:
    from sitegen.extract.actors import Actor

def person_evidence(c: Candidate, text: str) -> bool:
    words = c.surface.split()
    if any(
        w.rstrip(".") in COMPANY_SUFFIXES
        or w in COMPANY_WORDS
        or w in GOVERNMENT_WORDS
        or w in ORGANIZATION_WORDS
        or w in MEDIA_WORDS
        for w in words
    ):
        return False
    if is_place(c.surface) or c.surface in MEDIA_NAMES or c.surface in GOVERNMENT_NAMES:
        return False  # 'The White House said': a seat of government, not Mr House
    if c.surface.isupper():
        return False
    if any(
        w[0].islower() for w in words if w not in PARTICLES
    ):
        return False
    if c.honorific:
        return True
    if len(words) > 4:
        return False
    if (words[0] in FEMALE_NAMES or words[0] in MALE_NAMES) and len(words) >= 2:
        return True  # a one-word given name ('Kim, a fisherman') still needs its cue below
    after = text[c.end : c.end + 80]
    before = text[max(0, c.start - 60) : c.start]
    m = re.match(
        r",\s+(?:(?:a|an|the|its|his|her|their)\s+|[A-Z][\w’']*[’']s\s+)?([^,.;“\"]{0,60})", after
    )
    if (
        m
        and PERSON_ROLES.search(m.group(1).split(" who ")[0])
        and not re.match(r"\s*(which|that)\b", m.group(1))
    ):
        return (
            len(words) >= 2
            or bool(re.match(r",\s+(?:a|an)\s", after))
            or bool(re.match(rf",\s+the\s+(?:[a-z-]+\s+){{0,2}}(?:{ROLE_WORDS}),", after))
        )  # 'Nuñez, the prosecutor,'

    if re.search(
        r"(?:\b(?:his|her|its|their)\s+|[’']s\s+)(?:[a-z-]+\s+){0,3}"
        rf"(?:{ROLE_WORDS})s?,?\s+(?:[A-Z][\w’'-]*\s+){{0,3}}(?:and\s+)?$",
        before,
        re.IGNORECASE,
    ):
        return len(words) >= 2  # 'its partners, José Carlos Brandão and Luiza Teixeira'
    if re.match(r",?\s+(?:said|says|told|added|wrote)\b", after) and (
        len(words) == 2 or (len(words) == 3 and _person_like_three(words))
    ):
        return True  # 'Ana Ruiz said'; 'Thames Vale Water said' is no person
    if re.match(r",\s+\d{1,2},", after) and len(words) <= 3:
        return True  # 'Luka Varga, 41,', 'Pike, 58,'
    # 'Jon Baker, who advised ...', 'Okafor, who now lives ...'; never 'a doctor at San
    # Ignacio, who ...'
    if (
        len(words) <= 3
        and re.match(r",\s+who\b", after)
        and not re.search(r"\b(?:at|in|of|from|for)\s+$", before)
    ):
        return True
    if 2 <= len(words) <= 3 and (
        re.match(
            rf"\s+as\s+(?:its\s+|the\s+|a\s+|an\s+)?(?:[a-z-]+\s+){{0,2}}(?:{ROLE_WORDS})\b",
            after,
            re.IGNORECASE,
        )  # 'hired Dana White as chief executive'
    ):
        return True
    if 2 <= len(words) <= 3 and (
        (
            re.search(r"\b(?:said|says|added)\s+$", before)
            and re.match(r"\s*(?:[,.;:]|$|of\s)", after)  # 'said Feargal Sharkey of the group'
        )
        or re.search(rf"\b(?:{ROLE_WORDS})\s+$", before, re.IGNORECASE)
    ):
        # 'said Rucker Culpepper.', 'press secretary Josh Earnest'; never 'said Meridian Crest
        # was ...', where the name opens the reported clause
        return True
    segment = re.split(r"[.;:“”\"(]", before)[-1]
    m = re.search(
        r"(?:^|,|\s)\s*((?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)\s[^,]*|[A-Z][\w’']*[’']s\s[^,]*),\s*$",
        segment,
    )
    if m and PERSON_ROLES.search(m.group(1)) and len(words) >= 2:
        return True  # "the regional prosecutor leading the case, Carolina Muñoz"
    return False


def _person_like_three(words: list[str]) -> bool:
    """Three words name a person when one is an initial or the first a known given name
    ('Owen G. Pritchard', 'Juan Carlos Rivera'), not 'Thames Vale Water'."""
    return any(re.fullmatch(r"[A-Z]\.", w) for w in words) or (
        words[0] in FEMALE_NAMES or words[0] in MALE_NAMES
    )


def canonical_name(group: list[Form]) -> str:
    """The fullest form: most words, then with a legal suffix, then the first seen."""
    surfaces = [s for f in group for s in f.surfaces]
    countries = [s for s in surfaces if s in COUNTRY_NAMES]
    if countries and not any(f.personish for f in group):
        return COUNTRY_NAMES[countries[0]][0]
    seats = [s for s in surfaces if s in CAPITALS]  # 'Pyongyang' ('the Kremlin' is its own)
    if seats and len(set(name_key(s) for s in surfaces)) == 1:
        return CAPITALS[seats[0]]
    # a proper name, however short, before a description ("CELAD", not "Spain's agency")
    proper = [s for s in surfaces if not re.search(r"[’']s\s+[a-z]", s)] or surfaces
    proper = [s for s in proper if s not in BLOC_SEATS] or proper  # 'EU', not 'Brussels'
    return max(
        proper,
        key=lambda s: (
            len(s.split()),
            s.split()[-1].rstrip(".") in COMPANY_SUFFIXES,
            not s.isupper(),
            -surfaces.index(s),
        ),
    )


def country_of(actor: Actor, cands: list[Candidate], texts: dict[int, str]) -> str | None:
    """ISO country from the name itself, a possessive or prefix, or a nearby adjective/place."""
    if actor.type == "country":
        return country_code(actor.name)
    if actor.name in SEATS:  # 'Kremlin': the Russian presidency
        return country_code(SEATS[actor.name])
    for name in [actor.name] + [c.surface for c in cands]:
        owner = re.match(r"(\w+(?: \w+)?)[’']s\s", name)  # "Ghana's energy ministry"
        first = owner.group(1) if owner else name.split()[0]
        if first in COUNTRY_NAMES and (owner or name == actor.name):
            return COUNTRY_NAMES[first][1]
    for c in cands:
        text = texts[c.paragraph]
        m = re.search(
            r"([A-Z][\w ]*?)[’']s\s+(?:[a-z]+\s+){0,2}$", text[max(0, c.start - 40) : c.start]
        )
        if m and country_code(m.group(1).split()[-1]):
            return country_code(m.group(1).split()[-1])
        window = re.split(r"[.;]", text[c.end : c.end + 90])[0]
        window = re.split(r"\s(?:who|that|which|whose)\s", window)[0]
        m = re.match(r",\s+(?:a|an|the)\s+([^,]*)", window)
        if m:
            for w in re.findall(r"[A-Z][\w-]*(?:\s[A-Z][\w-]*)?", m.group(1)):
                for cand in (w, w.split()[0], w.split("-")[0]):
                    if country_code(cand):
                        return country_code(cand)
    return None


def gender_of(group: list[Form], cands: list[Candidate], texts: dict[int, str]) -> str:
    for c in cands:
        if c.honorific and HONORIFICS.get(c.honorific):
            return HONORIFICS[c.honorific]
    first = group[0].surfaces[0].split()[0] if group else ""
    for f in group:
        first = max(f.surfaces, key=lambda s: len(s.split())).split()[0]
        if first in FEMALE_NAMES:
            return "f"
        if first in MALE_NAMES:
            return "m"
    votes = {"m": 0, "f": 0}
    for c in cands:
        rest = re.split(r"[.;]", texts[c.paragraph][c.end :])[0]
        m = re.search(r"\b(he|his|him|himself|she|her|hers|herself)\b", rest, re.IGNORECASE)
        if m:
            votes["f" if m.group(1).lower().startswith(("she", "her")) else "m"] += 1
    if votes["m"] != votes["f"]:
        return "m" if votes["m"] > votes["f"] else "f"
    return ""
