"""What the words around a name say about it: its type, whether it acts, country, gender. No I/O.

Each test is a cue a reader would use: a legal suffix, a title, an apposition ("a
spokesperson for"), a locative preposition ("based in"), a pronoun that follows.
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
    INTERNATIONAL_BODIES,
    MALE_NAMES,
    MEDIA_NAMES,
    MEDIA_WORDS,
    NOUN_BEFORE,
    NOUN_TYPES,
    ORGANIZATION_WORDS,
    PERSON_ROLES,
    ROLE_WORDS,
)
from sitegen.extract.names import Candidate
from sitegen.extract.normalize import name_key
from sitegen.extract.places import CAPITALS, COUNTRY_NAMES, country_code, is_adjective, is_place
from sitegen.extract.vocabulary import HONORIFICS

if TYPE_CHECKING:
    from sitegen.extract.actors import Actor

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
_PEOPLE_AFTER = re.compile(
    r"\s+(?:officials?|investigators?|prosecutors?|lawyers|executives?|employees?|staff|workers?|"
    r"agents?|officers?|authorities|lawmakers|diplomats?|spokespeople|researchers|analysts|"
    r"regulators|sources?|insiders?|managers|engineers|troops|soldiers?|police|veterans?)\b"
)
_MODIFIER = re.compile(
    r"\s+(?!(?:is|was|are|were|has|have|had|will|would|can|could|said|says|did|does|may|might|"
    r"must|should)\b)[a-z]+(?<!ed)\b"
)
# Plural common nouns that open sentences ("Researchers warned"): not names.
_PLURAL_NOUN = re.compile(r"(?:ers|ors|ists|ians|ants|ents|ics|als|ives|ees|ies)$")
LOCATIVE = re.compile(
    r"\b(in|at|near|across|throughout|inside|outside|based in|registered in|"
    r"headquartered in|located in|born in|off|(?:port|city|town|village|region|province|"
    r"island|capital|state|district) of)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_PLACE_LOCATIVE = re.compile(
    r"\b(from|to|into|over|through|via|towards?|around|within|reached|"
    r"entered|visited|left)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_AGENT = re.compile(
    r"\b(by|for|against|on|sanctioned|accused|urged|with)\s+(?:the\s+)?$", re.IGNORECASE
)
_VERBISH = re.compile(
    r"^(?:\s+(?:on|last|this|in|early|late|also|later|then|now)\s+[A-Za-z]+)?"  # 'on Friday'
    r"\s+(is|was|has|have|had|will|would|can|could|should|may|might|must|"
    r"did|does|said|says|\w+ed|imposed|launched|sanctions|accuses|denies|"
    r"wants|seeks|continues|froze|took|made|gave|sent|sold|bought|won|lost|set|put|hit|cut|"
    r"began|brought|told|ran|met|struck|paid|led|left|held|found|became|chose|drew|fought|"
    r"kept|spent|stood|wrote|rose|fell|threw|shut|bid|sought)\b"
)
_GOV_BODY = re.compile(
    r"^[’']s\s+((?:[a-z]+\s){0,2}(ministry|government|embassy|police|army|"
    r"navy|military|regulator|parliament|customs|intelligence service|"
    r"security service|foreign office|consulate))\b"
)


# Nouns a place name modifies ('a Glasgow company', 'a Lyon court'), unlike 'an Apple supplier'.
_PLACE_MODIFIED = re.compile(
    r"(?:\s+[a-z][\w-]*){0,2}\s+(?:company|firm|business|court|port|factory|plant|hospital|"
    r"university|council|resident|man|woman|family|shipyard|warehouse|prosecutor|judge)\b"
)


_OBJECT_NOUN = re.compile(
    r"\b(?:for|of|at|with|from|by|to)\s+(?:the|a|an|its|their|his|her)\s+(?:[\w-]+\s+)?[\w-]+,\s+$"
)


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
    if is_place(c.surface) or c.surface in MEDIA_NAMES or c.surface.isupper():
        return False
    if any(
        w[0].islower() for w in words if w not in ("de", "del", "da", "van", "von", "der", "bin")
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
    if re.match(r",?\s+(?:said|says|told|added|wrote)\b", after) and 2 <= len(words) <= 3:
        return True
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
        (re.search(r"\b(?:said|says|added)\s+$", before) and re.match(r"\s*(?:[,.;:]|$)", after))
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


def canonical_name(group: list[Form]) -> str:
    """The fullest form: most words, then with a legal suffix, then the first seen."""
    surfaces = [s for f in group for s in f.surfaces]
    countries = [s for s in surfaces if s in COUNTRY_NAMES]
    if countries and not any(f.personish for f in group):
        return COUNTRY_NAMES[countries[0]][0]
    capitals = [s for s in surfaces if s in CAPITALS]
    if capitals and len(set(name_key(s) for s in surfaces)) == 1:
        return CAPITALS[capitals[0]]
    return max(
        surfaces,
        key=lambda s: (
            len(s.split()),
            s.split()[-1].rstrip(".") in COMPANY_SUFFIXES,
            not s.isupper(),
            -surfaces.index(s),
        ),
    )


def actor_type(group: list[Form], cands: list[Candidate], texts: dict[int, str]) -> str:
    surfaces = [s for f in group for s in f.surfaces]
    longest = canonical_name(group)
    words = longest.split()
    if any(s in MEDIA_NAMES for s in surfaces):
        return "media"
    if any(s in COUNTRY_NAMES or s in CAPITALS for s in surfaces) and not any(
        f.personish for f in group
    ):
        return "country"
    if any(s in INTERNATIONAL_BODIES for s in surfaces):
        return "organization"
    if any(s in GOVERNMENT_NAMES for s in surfaces):
        return "government"
    if words[-1].rstrip(".") in COMPANY_SUFFIXES:
        return "company"
    for c in cands:  # a noun beside the name outweighs 'X said' ("the group Forest Trace")
        before = texts[c.paragraph][max(0, c.start - 40) : c.start]
        kind = next((t for rx, t in NOUN_BEFORE if rx.search(before)), None)
        if kind and _OBJECT_NOUN.search(before):
            kind = None  # 'a lawyer for the company, Tom Grady': the noun is not his head
        kind = kind or _apposition_type(texts[c.paragraph][c.end :])
        if kind:
            return kind
    if any(f.personish for f in group):
        return "person"
    if any(
        re.search(r"\btold\s+(?:the\s+)?$", texts[c.paragraph][: c.start]) for c in cands
    ) and not (set(words) & (GOVERNMENT_WORDS | ORGANIZATION_WORDS | COMPANY_WORDS)):
        return "media"  # 'told the Associated Press'
    head = _head_word(words)
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
    if re.search(
        r"\b(ministry|government|embassy|police|army|navy|military|regulator|"
        r"parliament|customs)$",
        longest,
    ):
        return "government"
    for c in cands:
        kind = _described_as(c, texts[c.paragraph])
        if kind:
            return kind
    if all(s.replace(".", "").isupper() for s in surfaces):
        return "organization"  # an unexplained acronym names a body more often than a firm
    # Unmarked names are firms more often than people in these stories: people come with a
    # role, a title or 'said'. 'He said' can still turn a guessed firm into a person (speakers).
    return "company"


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


def _context(c: Candidate, text: str) -> str:
    """How a mention uses its name: locative, agent, subject, possessive or plain."""
    before, after = text[: c.start], text[c.end :]
    if re.match(r"[- ]based\b", after):
        return "locative"
    if LOCATIVE.search(before):
        return "locative"
    if _PEOPLE_AFTER.match(after):
        return "collective"  # "Treasury officials": unnamed people, not the body itself
    if is_place(c.surface) and _PLACE_LOCATIVE.search(before):
        return "locative"
    if re.search(r"\b(?:from|between)\s+$", before) and re.match(
        r"\s+(?:to|and)\s+(?:the\s+)?(?P<other>[A-Z][\w-]*(?:\s[A-Z][\w-]*)?)", after
    ):
        other = re.match(
            r"\s+(?:to|and)\s+(?:the\s+)?(?P<other>[A-Z][\w-]*(?:\s[A-Z][\w-]*)?)", after
        )
        if other and is_place(other.group("other")):
            return "locative"  # 'from Tel Aviv to Cyprus': a place beside a place
    if c.possessive:
        return (
            "possessive-body"
            if (_GOV_BODY.match(text[c.end :]) or re.match(r"[’']s\s+[A-Z]", after))
            else "agent"
        )
    if _AGENT.search(before):
        return "agent"
    opens = c.initial or re.search(r"(?:^|[,;:.!?]\s+|\bthat\s+|\band\s+)(?:[Tt]he\s+)?$", before)
    if opens and _VERBISH.match(after):
        return "agent"
    return "plain"


# Names of laws, events and prizes: not parties ("the EU Timber Regulation").


NOT_PARTY_HEADS = frozenset(
    {
        "Act",
        "Law",
        "Regulation",
        "Regulations",
        "Directive",
        "Convention",
        "Treaty",
        "Agreement",
        "Accord",
        "Protocol",
        "Code",
        "Bill",
        "Amendment",
        "Rule",
        "Rules",
        "Index",
        "Prize",
        "Award",
        "Day",
        "War",
        "Summit",
        "Games",
        "Cup",
        "Olympics",
        "Constitution",
        "Charter",
        "Doctrine",
        "List",
    }
)


_OBJECT_BEFORE = re.compile(
    r"\b(?:tanker|ship|vessel|boat|trawler|freighter|yacht|ferry|aircraft|plane|jet|drone|"
    r"satellite|rocket|missile|operation|campaign|programme|program|software|app|platform|"
    r"spyware|malware|virus|tool|product|drug|weapon|system|scheme)"
    r"[,\s]+(?:the\s+|called\s+|named\s+)?$",
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
    return bool(m) and not any(rx.fullmatch(m.group("noun")) for rx, _ in NOUN_TYPES)


def is_actor(group: list[Form], cands: list[Candidate], texts: dict[int, str], kind: str) -> bool:
    if not cands or canonical_name(group).split()[-1] in NOT_PARTY_HEADS:
        return False
    name = canonical_name(group)
    if len(name.split()) == 1 and name.endswith("s") and is_adjective(name[:-1]):
        return False  # 'Uyghurs', 'Kazakhs': a people, not a party
    if all(
        len(c.surface.split()) == 1
        and re.search(r"\b(?:a|an)\s+$", texts[c.paragraph][: c.start])
        and re.match(r"\s+[a-z]", texts[c.paragraph][c.end :])
        for c in cands
    ):
        return False  # 'a Ponzi scheme': a word modifying a noun, never acting
    if all(c.in_compound for c in cands):
        return False  # 'XYZ-registered' alone: an adjective unless the acronym is named fully
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
    contexts = [_context(c, texts[c.paragraph]) for c in cands]
    name = canonical_name(group)
    if all(x == "collective" for x in contexts):
        return False
    if all(
        c.surface.isupper() and _SUBSTANCE_BEFORE.search(texts[c.paragraph][: c.start])
        for c in cands
    ):
        return False  # 'tested positive for EPO': a substance, not a party
    if name.isupper() and any(_stands_for_common_noun(texts[c.paragraph][: c.start]) for c in cands):
        return False  # 'erythropoietin (EPO)': the short form of a common noun, not a party
    if all(c.surface.isupper() and _MODIFIER.match(texts[c.paragraph][c.end :]) for c in cands):
        return False  # an acronym only ever modifying a noun ('OECD guidelines', 'UN sanctions')
    if kind in ("person", "media", "work"):
        return not all(x == "locative" for x in contexts) or kind == "work"
    described = any(
        rx.search(texts[c.paragraph][max(0, c.start - 40) : c.start])
        for c in cands
        for rx, _ in NOUN_BEFORE
    )  # 'the group Clean Rivers Africa' is no place
    if kind == "country" or (is_place(name) and not described):
        return "agent" in contexts
    if all(c.initial and len(c.surface.split()) == 1 for c in cands):
        # A lone capitalised word opening sentences is usually an ordinary word ("Researchers").
        verb_after = any(
            REPORTING.match(re.sub(r"^,\s[^,]{1,60},", "", texts[c.paragraph][c.end :]).lstrip())
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
        return kind not in ("company", "organization", "government") or any(
            w.rstrip(".") in COMPANY_SUFFIXES
            or w in (COMPANY_WORDS | GOVERNMENT_WORDS | ORGANIZATION_WORDS)
            for w in name.split()
        )
    return True


def country_of(actor: Actor, cands: list[Candidate], texts: dict[int, str]) -> str | None:
    """ISO country from the name itself, a possessive or prefix, or a nearby adjective/place."""
    if actor.type == "country":
        return country_code(actor.name)
    words = actor.name.split()
    if words[0] in COUNTRY_NAMES:
        return COUNTRY_NAMES[words[0]][1]
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
