"""Who a sanction's authority is among the mentions before the act: a public body by its
name, the office and not the ministry owning it, a name broken at its commas, and not a
body named only to describe another. No I/O."""

from __future__ import annotations

import re
from dataclasses import replace

from sitegen.extract.types import Mention

AUTHORITY = ("government", "country", "organization")


# A public body by its name, whatever type the actor stage gave it: "Office of Foreign
# Assets Control", "Department of Commerce", "Financial Conduct Authority".
_PUBLIC_BODY = re.compile(r"^(?:[\w.'\u2019-]+\s+)*?(?:Office|Department|Ministry|Agency|"
                          r"Commission|Council|Bureau|Authority|Treasury|Directorate|Committee|"
                          r"Secretariat)\b(?!\s+(?:Ltd|Limited|LLC|Inc|GmbH|plc|S\.?A\.?)\b)")


def as_authority(text: str, mention: Mention) -> Mention:
    if mention.type in AUTHORITY or mention.type == "person" \
            or not _PUBLIC_BODY.match(text[mention.start:mention.end]):
        return mention
    return replace(mention, type="government")


def without_possessors(text: str, mentions: list[Mention]) -> list[Mention]:
    """Mentions without an authority that only owns the next one: in "the U.S. Treasury's
    Office of Foreign Assets Control" the office acts, not the Treasury."""
    return [m for m in mentions if not (m.type in AUTHORITY and any(
        o.type in AUTHORITY and re.fullmatch(r"['\u2019]s\s+", text[m.end:o.start])
        for o in mentions))]


def name_parts(text: str, last: Mention, mentions: list[Mention], limit: int
                ) -> list[Mention]:
    """The pieces of a name the actor stage broke at its commas, around an authority:
    head first, the rest after ("Department for Business", "Energy", "Industrial
    Strategy"). Only when the run is followed by a verb or a time, not a list of targets."""
    joint = r",\s*|\s+and\s+|,\s+and\s+"
    ordered = sorted((m for m in mentions if m.end <= limit), key=lambda m: m.start)
    chain = [last]
    for m in reversed([m for m in ordered if m.end <= last.start]):
        if not re.fullmatch(joint, text[m.end:chain[0].start]):
            break
        chain.insert(0, m)
    for m in [m for m in ordered if m.start >= last.end]:
        if not re.fullmatch(joint, text[chain[-1].end:m.start]):
            break
        chain.append(m)
    if len(chain) < 2 or not re.match(
            r"(?:\s*\([^)]{1,20}\))?,?\s+(?:on|in|last|this|has|have|had|[a-z]+ed)\b",
            text[chain[-1].end:]):
        return []
    return chain


def in_apposition(text: str, mention: Mention, others: list[Mention], act: int = -1) -> bool:
    """Is the mention only a description of another authority ("OFAC, part of the Treasury,",
    "OFSI, which is part of the Treasury,")?"""
    if any(s < mention.start < e and not s < act < e for s, e in (
            m.span() for m in re.finditer(r",\s+(?:which|who)\b[^,]*,", text))):
        return any(o.end <= mention.start for o in others)
    return any(o.end <= mention.start and re.fullmatch(
        r",\s+(?:(?:a |an |the )?(?:part|arm|unit|division|agency|branch|body|office|member)"
        r"\s+(?:of|within|under)\s+)?(?:the\s+)?", text[o.end:mention.start])
        and re.match(r"\s*,", text[mention.end:]) for o in others)


def is_same_body(mention: Mention, authorities: list[Mention]) -> bool:
    return any(mention.actor == a.actor for a in authorities)
