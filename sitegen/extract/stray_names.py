"""Capitalised words that look like names and name no one: letters after a name ('SAN'),
what a family calls its members ('Dad'), a lead-in set in capitals ('THE PITCH'). No I/O.
"""

from __future__ import annotations

import re

from sitegen.extract.types import Candidate
from sitegen.extract.vocabulary import KINSHIP_WORDS, POST_NOMINALS

_LEAD_IN = re.compile(r"(?:THE|A|AN)\s+[A-Z]+\b")


def drop_stray(candidates: list[Candidate], texts: dict[int, str]) -> list[Candidate]:
    """The candidates without those that name no one."""
    kept = [c for c in candidates if not _not_a_name(texts[c.paragraph], c)]
    # 'THE PITCH was irresistible': a lead-in set in capitals opens a paragraph, and only
    # there ('seen by THE SENTINEL' names a paper)
    lead_ins = {c.surface for c in kept if _LEAD_IN.match(c.surface)} - {
        c.surface for c in kept if c.start > 0
    }
    return [c for c in kept if c.surface not in lead_ins]


# Nouns after a platform's name that make it the medium of a message: 'WhatsApp messages',
# 'a Telegram channel', 'Signal chats', 'a Facebook post' (no noun that is also a verb:
# 'the Kremlin calls').
_MEDIUM_NOUNS = re.compile(
    r"\s+(?:messages?|chats?|channels?|group\s+chats?|account|post|voice\s+notes?|DMs?)\b"
)


def _not_a_name(text: str, c: Candidate) -> bool:
    """'Adebayo Ogunleye, SAN, said': letters after a name; 'Dad': a family's word; 'calls
    and WhatsApp messages': a platform that only carries words."""
    if c.surface in KINSHIP_WORDS:
        return True  # 'Dad would wait an hour': what a family calls him, not a name
    if " " not in c.surface and _MEDIUM_NOUNS.match(text[c.end :]) and not c.possessive:
        return True
    return c.surface in POST_NOMINALS and bool(re.search(r"[a-z],\s*$", text[: c.start]))
