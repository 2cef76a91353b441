"""How one mention uses its name, read from the words around it: in a place
('based in London'), acting ('sanctioned by X'), possessing, or naming unnamed people
('Treasury officials'). Whether the name is a party at all is parties.py's judgement.
"""

from __future__ import annotations

import re

from sitegen.extract.kinds import GOVERNMENT_BODY_NOUNS, ROLE_WORDS
from sitegen.extract.places import is_place
from sitegen.extract.regions import REGIONS
from sitegen.extract.types import Candidate

_PEOPLE_AFTER = re.compile(
    r"\s+(?:officials?|investigators?|prosecutors?|lawyers|executives?|employees?|staff|workers?|"
    r"agents?|officers?|authorities|lawmakers|diplomats?|spokespeople|researchers|analysts|"
    r"regulators|sources?|insiders?|managers|engineers|troops|soldiers?|police|veterans?)\b"
)

LOCATIVE = re.compile(
    r"\b(in|at|near|across|throughout|inside|outside|based in|registered in|"
    r"headquartered in|located in|born in|off|(?:port|city|town|village|region|province|"
    r"island|capital|state|district) of)\s+(?:the\s+)?"
    # 'in Peru's southern Andes', 'in the remote north-east'
    r"(?:[A-Z][\w-]*[’']s\s+)?(?:(?:north|south|east|west|central|remote|rural|upper|lower|"
    r"(?:north|south)?(?:-?east|-?west)?(?:ern)?)\s+)?$",
    re.IGNORECASE,
)

# Where something was posted or said: a medium, not a party ('in a post on Telegram').
_MEDIUM = re.compile(
    r"\b(?:posts?|posted|messages?|videos?|channel|account|page|livestream)\s+on\s+$"
)

_PLACE_LOCATIVE = re.compile(
    r"\b(from|to|into|over|through|via|towards?|around|within|reached|"
    r"entered|visited|left)\s+(?:the\s+)?$",
    re.IGNORECASE,
)

_AGENT = re.compile(
    r"\b(by|for|against|on|sanctioned|accused|urged|with)\s+(?:the\s+)?$", re.IGNORECASE
)

_HELPED = re.compile(
    r"\b(?:help|helps|helped|helping|let|lets|letting|allow|allows|allowed|allowing|"
    r"enable|enables|enabled|enabling)\s+$",
    re.IGNORECASE,
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
    rf"^[’']s\s+((?:[a-z][\w-]*\s){{0,2}}({GOVERNMENT_BODY_NOUNS}|intelligence service|"
    r"security service|foreign office|consulate))\b"
)

# Names of areas before their kind, in the plural after a list: 'Sangli and Satara districts'.
_AREA_AFTER = re.compile(
    r"(?:(?:,\s+|,?\s+and\s+)[A-Z][\w-]*)*\s+(?:districts|provinces|counties|regions|"
    r"municipalities|prefectures|oblasts|townships)\b"
)


def mention_role(c: Candidate, text: str) -> str:
    """How a mention uses its name: locative, agent, subject, possessive or plain."""
    before, after = text[: c.start], text[c.end :]
    if re.match(r"[- ]based\b", after) or _AREA_AFTER.match(after):
        return "locative"  # 'Kolhapur, Sangli and Satara districts': areas named in a list
    if LOCATIVE.search(before) or _MEDIUM.search(before):
        return "locative"
    if _PEOPLE_AFTER.match(after):
        return "collective"  # "Treasury officials": unnamed people, not the body itself
    if is_place(c.surface) and _PLACE_LOCATIVE.search(before):
        return "locative"
    if len(c.surface.split()) == 1 and re.search(
        rf"\b(?:a|an)\s+(?:[\w-]+\s+){{0,3}}?(?:{ROLE_WORDS})\s+from\s+$", before, re.IGNORECASE
    ):
        return "locative"  # 'a retired nurse from Leeds': where a person comes from
    if re.search(r"\b(?:from|between)\s+$", before) and re.match(
        r"\s+(?:to|and)\s+(?:the\s+)?(?P<other>[A-Z][\w-]*(?:\s[A-Z][\w-]*)?)", after
    ):
        other = re.match(
            r"\s+(?:to|and)\s+(?:the\s+)?(?P<other>[A-Z][\w-]*(?:\s[A-Z][\w-]*)?)", after
        )
        if other and is_place(other.group("other")):
            return "locative"  # 'from Tel Aviv to Cyprus': a place beside a place
    if c.possessive and c.surface in REGIONS:
        return "plain"  # 'Nova Scotia's largest hockey league': a province owns nothing
    if c.possessive:
        return (
            "possessive-body"
            if (_GOV_BODY.match(text[c.end :]) or re.match(r"[’']s\s+[A-Z]", after))
            else "agent"
        )
    if _AGENT.search(before) or (_HELPED.search(before) and re.match(r"\s+[a-z]+\b", after)):
        return "agent"  # 'sanctioned by X'; 'helping Moscow sell crude': X acts
    # a dateline ends in a dash: 'WASHINGTON (AP) — The United States imposed ...'
    opens = c.initial or re.search(
        r"(?:^|[,;:.!?]\s+|\)\s*[-—–]{1,2}\s+|^[A-Z]{2}[A-Z .,'-]*\s[-—–]{1,2}\s+|\bthat\s+"
        r"|\band\s+)(?:[Tt]he\s+)?$",
        before,
    )
    # 'X, which has been under an embargo since 2018, said': the clause set off is skipped
    if opens and (_VERBISH.match(after) or _VERBISH.match(re.sub(r"^,\s[^,]{1,80},", "", after))):
        return "agent"
    return "plain"
