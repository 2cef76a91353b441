"""Whether a name is a party to the story, or a place, a thing or a word that only looks
like a name. No I/O.

A party acts, speaks, owns, is accused or sanctioned; a place only locates something
("based in London"), a product or a substance is a thing ("the tanker Aurora Star",
"positive for EPO"), and an acronym that only modifies a noun ("OECD guidelines") is no
party (annotation conventions, Actors).
"""

from __future__ import annotations

import re

from sitegen.extract.clusters import Form
from sitegen.extract.evidence import canonical_name
from sitegen.extract.kinds import (
    COMPANY_SUFFIXES,
    COMPANY_WORDS,
    GOVERNMENT_WORDS,
    INTERNATIONAL_BODIES,
    MEDIA_NAMES,
    NOUN_BEFORE,
    NOUN_TYPES,
    ORGANIZATION_WORDS,
)
from sitegen.extract.mention_roles import mention_role
from sitegen.extract.places import US_STATES, is_adjective, is_place
from sitegen.extract.regions import CONTINENTS
from sitegen.extract.types import Candidate
from sitegen.extract.vocabulary import NOT_PARTY_HEADS

REPORTING = re.compile(
    r"^(said|says|told|added|adds|denied|denies|declined|acknowledged|admitted|argued|"
    r"insisted|stated|wrote|warned|explained|claimed|confirmed|noted|disclosed|announced|"
    r"replied|responded|rejected|alleged|asserted|maintained|contended|estimated|believes|"
    r"believed|could|did|has|had|was|is|will|would|confirms|says|tells|urged|ordered|"
    r"opened|launched|imposed|sanctioned|fined|seized|arrested|charged|accused|criticised|"
    r"criticized|welcomed|condemned|agreed|refused|sued|filed|won|lost|bought|sold|acquired|"
    r"signed|approved|blocked|hired|fired|owns|runs|operates|makes|produces|exported|imported|"
    r"supplied|shipped|paid|received|published|reported|investigated)\b"
)


_MODIFIER = re.compile(
    r"\s+(?!(?:is|was|are|were|has|have|had|will|would|can|could|said|says|did|does|may|might|"
    # a list of parties goes on after a party: 'OFAC and the State Department'
    r"must|should|"
    # a function word or adverb follows a party, never a noun it modifies ('the FBI also
    # declined', 'blamed by the FBI for attacks')
    r"for|also|in|on|at|of|from|with|as|by|not|never|then|still|later|now|already|again|"
    r"itself|alone|that|which|who|whose|and|or|but)\b|(?:and|or)\s+(?:the\s+)?[A-Z])"
    r"[a-z]+(?<!ed)\b"
)


# Plural common nouns that open sentences ("Researchers warned"): not names.
_PLURAL_NOUN = re.compile(r"(?:ers|ors|ists|ians|ants|ents|ics|als|ives|ees|ies)$")


# One person who speaks for the body before: 'FBI spokeswoman Angela Price', 'NCA director X'.
_SPEAKS_FOR = re.compile(
    r"\s+(?:spokes(?:man|woman|person)|director|chief|head|chair(?:man|woman)?|president|"
    r"commissioner|secretary|minister)\b"
)
# An apposition that says a name is a place: 'Huaccana, a farming village'.
_PLACE_APPOSITION = re.compile(
    r",\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}(?:village|town|city|region|province|district|"
    r"suburb|neighbou?rhood|port|island|county|municipality|valley|settlement|township)\b"
)


# Nouns a place name modifies ('a Glasgow company', 'a Lyon court'), unlike 'an Apple supplier'.
_PLACE_MODIFIED = re.compile(
    r"(?:\s+[a-z][\w-]*){0,2}\s+(?:company|firm|business|court|port|factory|plant|hospital|"
    r"university|council|resident|man|woman|family|shipyard|warehouse|prosecutor|judge)\b"
)


# A name that only ever names a list or register: 'the Specially Designated Nationals list'.
_NAMES_A_LIST = re.compile(r"\s+(?:list|lists|blacklist|watchlist|index|database)\b")


_OBJECT_BEFORE = re.compile(
    r"\b(?:tanker|ship|vessel|boat|trawler|freighter|yacht|ferry|aircraft|plane|jet|drone|"
    r"satellite|rocket|missile|operation|campaign|programme|program|software|app|platform|"
    r"spyware|malware|virus|tool|product|drug|weapon|system|scheme)"
    r"[,\s]+(?:the\s+|called\s+|named\s+)?(?:(?:MV|MT|MS|SS|FV|M/V)\s+)?$",
    re.IGNORECASE,
)


# What a drug or other substance follows: 'positive for EPO', 'traces of THC', 'injecting HGH'.
_SUBSTANCE_BEFORE = re.compile(
    r"\b(?:positive\s+for|traces?\s+of|doses?\s+of|micro-?dos(?:es|ing)\s+(?:of\s+)?|"
    r"inject(?:ed|ing|ions?\s+of)(?:\s+with)?|doping\s+with|(?:the\s+)?(?:banned\s+)?"
    r"(?:drug|substance|hormone|stimulant|steroid)s?)\s+$",
    re.IGNORECASE,
)


# A lower-case noun, then the acronym that stands for it: 'erythropoietin (EPO)',
# 'human growth hormone, known as HGH'.
_COMMON_NOUN_ALIAS = re.compile(
    r"\b(?P<noun>[a-z][\w-]+)(?:,?\s+(?:also\s+|commonly\s+)?(?:known|referred\s+to)\s+as\s+|"
    r"\s+\((?:known\s+as\s+|or\s+)?)$"
)


def _stands_for_common_noun(before: str) -> bool:
    """The acronym after `before` stands for a thing, not a body ('the agency, known as X')."""
    m = _COMMON_NOUN_ALIAS.search(before)
    body = m and re.fullmatch(r"office|unit|directorate|inspectorate|bureau", m.group("noun"))
    return bool(m) and not body and not any(rx.fullmatch(m.group("noun")) for rx, _ in NOUN_TYPES)


def is_actor(group: list[Form], cands: list[Candidate], texts: dict[int, str], kind: str) -> bool:
    """Whether the cluster names a party, judged on all its mentions."""
    name = canonical_name(group)
    if not cands or name.split()[-1] in NOT_PARTY_HEADS or name in CONTINENTS:
        return False
    if len(name.split()) == 1 and name.endswith("s") and is_adjective(name[:-1]):
        return False  # 'Uyghurs', 'Kazakhs': a people, not a party
    if all(
        len(c.surface.split()) == 1
        and re.search(r"\b(?:a|an)\s+$", texts[c.paragraph][: c.start])
        and re.match(r"\s+[a-z]", texts[c.paragraph][c.end :])
        for c in cands
    ):
        return False  # 'a Ponzi scheme': a word modifying a noun, never acting
    if all(_NAMES_A_LIST.match(texts[c.paragraph][c.end :]) for c in cands):
        return False  # 'its Specially Designated Nationals list': the list's name, no party
    if all(c.in_compound for c in cands):
        return False  # 'XYZ-registered' alone: an adjective unless the acronym is named fully
    if all(_before_state(texts[c.paragraph][c.end :]) for c in cands):
        return False  # 'of Stamford, Conn.': a town, given with its state
    if all(
        (len(c.surface.split()) == 1 or is_place(c.surface))
        and re.search(r"\b(?:a|an|the)\s+$", texts[c.paragraph][: c.start])
        and _PLACE_MODIFIED.match(texts[c.paragraph][c.end :])
        for c in cands
    ):
        return False  # 'a Glasgow company', 'the Hong Kong trading firm': a location
    if all(
        _OBJECT_BEFORE.search(texts[c.paragraph][max(0, c.start - 40) : c.start]) for c in cands[:1]
    ):
        return False  # 'the tanker, the Aurora Star': a thing, not a party
    contexts = [mention_role(c, texts[c.paragraph]) for c in cands]
    if all(x == "collective" for x in contexts):
        return False
    if all(
        c.surface.isupper() and _SUBSTANCE_BEFORE.search(texts[c.paragraph][: c.start])
        for c in cands
    ):
        return False  # 'tested positive for EPO': a substance, not a party
    if name.isupper() and any(
        _stands_for_common_noun(texts[c.paragraph][: c.start]) for c in cands
    ):
        return False  # 'erythropoietin (EPO)': the short form of a common noun, not a party
    if all(
        c.surface.isupper()
        and _MODIFIER.match(texts[c.paragraph][c.end :])
        and not _SPEAKS_FOR.match(texts[c.paragraph][c.end :])
        for c in cands
    ):
        return False  # an acronym only ever modifying a noun ('OECD guidelines', 'UN sanctions')
    if kind in ("person", "media", "work"):
        return not all(x == "locative" for x in contexts) or kind == "work"
    described = any(
        rx.search(texts[c.paragraph][max(0, c.start - 40) : c.start])
        for c in cands
        for rx, _ in NOUN_BEFORE
    )  # 'the group Clean Rivers Africa' is no place
    place = is_place(name) or any(
        _PLACE_APPOSITION.match(texts[c.paragraph][c.end :]) for c in cands
    )  # 'Huaccana, a farming village in the Andes'
    if kind == "country" or (place and not described):
        return "agent" in contexts
    if all(c.initial and len(c.surface.split()) == 1 for c in cands):
        # A lone capitalised word opening sentences is usually an ordinary word ("Researchers").
        verb_after = any(
            REPORTING.match(re.sub(r"^,\s[^,]{1,120},", "", texts[c.paragraph][c.end :]).lstrip())
            for c in cands
        )  # 'Nuñez, the prosecutor, said'

        lower = name.lower()
        common = any(re.search(rf"\b{re.escape(lower)}\b", t) for t in texts.values())
        return (verb_after and not common and not _PLURAL_NOUN.search(name)) or any(
            c.surface.isupper() or c.surface in INTERNATIONAL_BODIES or c.surface in MEDIA_NAMES
            for c in cands
        )
    if any(x == "locative" for x in contexts) and not any(x in ("agent",) for x in contexts):
        # 'head of risk at SeaTrace' is a place only if nothing says it is a body
        # ('officials at Nigeria's agriculture ministry': a body named by description)
        return kind not in ("company", "organization", "government") or any(
            w.rstrip(".") in COMPANY_SUFFIXES
            or w[:1].upper() + w[1:] in (COMPANY_WORDS | GOVERNMENT_WORDS | ORGANIZATION_WORDS)
            for w in name.split()
        )
    return True


def _before_state(after: str) -> bool:
    """Whether a name is followed by a US state: 'Stamford, Conn.', 'Dayton, Ohio'."""
    m = re.match(r",\s+([A-Z][\w.]*(?:\s[A-Z][\w.]*)?)", after)
    return bool(m) and (m.group(1).rstrip(".") in US_STATES or m.group(1).split()[0] in US_STATES)
