"""Who the article accuses: a register of accused parties over the whole text. No I/O.

A party is accused when an allegation tells of it as the doer ("Orland Freight billed
...", "X is suspected of ..."), names it as the target of an accusing act ("accused X of",
"charged X", "sanctions on X", "an investigation into X"), or when it answers one (it
denies or disputes). Everyone else an allegation names (the investigator, the victim,
the official quoted) is not: their accounts are not an accused party's defence. The
people who speak for an accused party (its chief executive, owner, spokesperson, lawyer)
are on its side: `spokespeople_of`, `with_their_people`.
"""

from __future__ import annotations

import re

from sitegen.extract.types import DraftClaim, Mention, Sentence

# After the doer's name: a verb in the past or present, an auxiliary, or a hedge.
_DOER = re.compile(
    r"(?:['\u2019]s?\s+\w+(?:\s+\w+)?|,[^,]{1,80},)?\s+(?:(?:has|have|had|was|were|is|are|"
    r"allegedly|reportedly|also|then|later|never|knowingly|repeatedly|routinely)\s+)*"
    # who speaks, accuses or finds is not the doer of what it tells; an auxiliary is no deed
    r"(?!(?:said|says|told|added|accused|alleged|claimed|charged|reported|described|"
    r"argued|warned|stated|denied|denies|rejected|disputed|finds|shows|showed|"
    r"has|have)\b)[a-z]+(?:ed|es|s|id|ent|old|ook|ew|ave|aid|ught|ot)\b")
# Before the target's name: an accusing act, or an inquiry or sanction aimed at it.
_TARGET = re.compile(
    r"\b(?:accus\w*|charg\w*|indict\w*|su(?:ed|ing|es)|fin(?:ed|ing)|sanction\w*|designat\w*|"
    r"blacklist\w*|arrest\w*|rais\w*|investigat\w*|prob\w*|into|against|on|of|by|with|"
    r"implicat\w*|link\w*|tied|involving)\s+(?:the\s+)?(?:\w+\s+){0,2}$", re.IGNORECASE)

# Who inquires or reads the papers is not their target: "an investigation by X", "records
# obtained by X", "an analysis by X and Y".
_INQUIRER = re.compile(
    r"\b(?:investigation|inquiry|probe|analysis|report|review|audit|study|survey|research|"
    r"obtained|seen|reviewed|analy[sz]ed|compiled|published|commissioned)\s+by\s+(?:the\s+)?"
    r"(?:\w+\s+){0,3}$", re.IGNORECASE)


def register(placed: list[tuple[DraftClaim, Sentence]]) -> frozenset[str]:
    """The accused parties (actor keys), given the claims with the rules' statuses."""
    accused: set[str] = set()
    for claim, sentence in placed:
        if claim.status in ("denied", "disputed") and claim.claimant:
            accused.add(claim.claimant)
        if claim.status != "alleged":
            continue
        start = max(sentence.text.find(claim.excerpt[:60]), 0)
        end = start + len(claim.excerpt)
        for m in sentence.mentions:
            if start <= m.start < end and m.actor != claim.claimant \
                    and _accused_in(sentence.text, m):
                accused.add(m.actor)
    return frozenset(accused)


def _accused_in(text: str, mention: Mention) -> bool:
    """Is the named party the doer, or the target, of what the sentence alleges?"""
    before = text[:mention.start]
    return bool(_DOER.match(text, mention.end)
                or (_TARGET.search(before) and not _INQUIRER.search(before)))


# Who speaks for a party: its leaders, owners and voice, or its counsel.
_LEADER = (r"chief\s+(?:\w+\s+)?(?:executive|officer)|ceo|cfo|coo|(?:managing\s+|executive\s+)?"
           r"director|(?:general\s+)?manager|(?:co-?)?owner|(?:co-?)?founder|"
           r"chair(?:man|woman|person)?|president|head|boss")
_COUNSEL = (r"spokes(?:person|man|woman)|representative|lawyers?|attorneys?|counsel|solicitors?|"
            r"barristers?|advocates?")
# up to two words before the role: "former", "acting", "regional", "Africa", "press"
_VOICE = rf"(?:[\w-]+\s+){{0,2}}?(?P<role>{_LEADER}|{_COUNSEL})"
_HONORIFIC = r"(?:(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+)?"
# "Banksia's chief executive, Declan Walsh", "Coral Sea managing director Helen Ashcroft"
_ROLE_THEN_NAME = re.compile(rf"(?:['\u2019]s)?\s+{_VOICE},?\s+{_HONORIFIC}", re.IGNORECASE)
# "Declan Walsh, chief executive of Banksia", "Ana Ruiz, a lawyer for Mr Haddad"
_NAME_THEN_ROLE_OF = re.compile(
    rf",\s+(?:(?:a|an|the|its|his|her|their)\s+)?{_VOICE}\s+(?:of|for|at|to)\s+(?:the\s+)?",
    re.IGNORECASE)
# "Declan Walsh, who runs Banksia", "Ana Ruiz, who represents Mr Haddad"
_NAME_WHO_LEADS = re.compile(
    r",\s+(?:who\s+(?:represents|runs|heads|owns|leads|manages|founded|co-founded|"
    r"acts\s+for|speaks\s+for)|representing)\s+(?:the\s+)?", re.IGNORECASE)
# "Declan Walsh, Banksia's founder" (the text after the party's name)
_POSSESSIVE_ROLE = re.compile(rf"['\u2019]s\s+{_VOICE}\b", re.IGNORECASE)
# "the company's chief executive, Declan Walsh", "Declan Walsh, its founder": the firm last named
_DEFINITE_ROLE = re.compile(
    rf"\b(?:its|the\s+(?:company|firm|group|business|operator|charity|organi[sz]ation|"
    rf"registry|bank|club|federation)['\u2019]s)\s+{_VOICE}\b", re.IGNORECASE)
_BODIES = ("company", "organization", "group")


def spokespeople_of(sentences: list[Sentence]) -> dict[str, str]:
    """Who speaks for whom, as the article introduces them: a person whose role ties them to
    a firm or body (its chief executive, owner, founder, spokesperson, lawyer), or a lawyer
    to a client. Their account of an accusation against that party is the party's answer."""
    party: dict[str, str] = {}
    last_body: str | None = None
    for sentence in sentences:
        text = sentence.text
        for person in (m for m in sentence.mentions if m.type == "person"):
            for other in sentence.mentions:
                role = _role_between(text, person, other)
                if role and other.actor != person.actor and (
                        other.type in _BODIES or re.match(_COUNSEL, role, re.IGNORECASE)):
                    party.setdefault(person.actor, other.actor)
            definite = _definite_role(text, person)
            if definite and last_body and person.actor not in party:
                party[person.actor] = last_body
        bodies = [m.actor for m in sentence.mentions if m.type in _BODIES]
        last_body = bodies[-1] if bodies else last_body
    return party


def _role_between(text: str, person: Mention, other: Mention) -> str | None:
    """The role that ties the person to the other party in this sentence, if any."""
    if other.end <= person.start:
        found = _ROLE_THEN_NAME.fullmatch(text, other.end, person.start)
    elif other.start >= person.end:
        found = (_NAME_THEN_ROLE_OF.fullmatch(text, person.end, other.start)
                 or _NAME_WHO_LEADS.fullmatch(text, person.end, other.start)
                 or (re.fullmatch(r",\s+(?:the\s+)?", text[person.end:other.start])
                     and _POSSESSIVE_ROLE.match(text, other.end)) or None)
    else:
        return None
    if found is None:
        return None
    if "role" in found.re.groupindex:
        return found.group("role")
    # "who represents X", "acts for X": counsel; "who runs X", "owns X": a leader
    return "representative" if re.search(r"represent|\bfor\b", found.group()) else "owner"


def _definite_role(text: str, person: Mention) -> bool:
    """'The company's chief executive, X' or 'X, its founder': a role in the firm just named."""
    before = any(re.fullmatch(rf",?\s+{_HONORIFIC}", text[m.end():person.start])
                 for m in _DEFINITE_ROLE.finditer(text, max(0, person.start - 80), person.start))
    comma = re.match(r",\s+", text[person.end:])
    return before or bool(comma and _DEFINITE_ROLE.match(text, person.end + comma.end()))


def with_their_people(parties: frozenset[str], speaks_for: dict[str, str]) -> frozenset[str]:
    """The parties with the people who speak for them. (Adding, the other way, the party of
    a person who denies changed no figure on the annotated sets, so it is left out.)"""
    return parties | {p for p, q in speaks_for.items() if q in parties}
