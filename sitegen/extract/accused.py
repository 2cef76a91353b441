"""Who the article accuses: a register of accused parties over the whole text. No I/O.

A party is accused when an allegation tells of it as the doer ("Orland Freight billed
...", "X is suspected of ..."), names it as the target of an accusing act ("accused X of",
"charged X", "sanctions on X", "an investigation into X"), or when it answers one (it
denies or disputes). Everyone else an allegation names (the investigator, the victim,
the official quoted) is not: their accounts are not an accused party's defence.
"""

from __future__ import annotations

import re

from sitegen.extract.types import DraftClaim, Mention, Sentence

# After the doer's name: a verb in the past or present, an auxiliary, or a hedge.
_DOER = re.compile(
    r"(?:['\u2019]s?\s+\w+(?:\s+\w+)?|,[^,]{1,80},)?\s+(?:(?:has|have|had|was|were|is|are|"
    r"allegedly|reportedly|also|then|later|never|knowingly|repeatedly|routinely)\s+)*"
    # who speaks or accuses is not the doer of what it tells
    r"(?!(?:said|says|told|added|accused|alleged|claimed|charged|reported|described|"
    r"argued|warned|stated|denied|denies|rejected|disputed)\b)[a-z]+(?:ed|es|s|id|ent|old|ook|ew|ave|aid|ught|ot)\b")
# Before the target's name: an accusing act, or an inquiry or sanction aimed at it.
_TARGET = re.compile(
    r"\b(?:accus\w*|charg\w*|indict\w*|su(?:ed|ing|es)|fin(?:ed|ing)|sanction\w*|designat\w*|"
    r"blacklist\w*|arrest\w*|rais\w*|investigat\w*|prob\w*|into|against|on|of|by|with|"
    r"implicat\w*|link\w*|tied|involving)\s+(?:the\s+)?(?:\w+\s+){0,2}$", re.IGNORECASE)


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
    return bool(_DOER.match(text, mention.end) or _TARGET.search(text[:mention.start]))
