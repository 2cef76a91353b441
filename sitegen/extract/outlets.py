"""The outlet a quotation was obtained through: 'told Reuters', a 'Source: Reuters.' line.
No I/O.
"""

from __future__ import annotations

import re

from sitegen.extract.actors import Cast
from sitegen.extract.kinds import MEDIA_NAMES

# Words sent to or spoken with an outlet: 'in an email to Reuters', 'in an interview with
# the BBC'. The same words also reach investors or Congress, so only a known outlet counts.
_SENT_TO = r"(?:in|by|via)\s+(?:an?\s+|the\s+)?(?:[a-z-]+\s+)?" + (
    r"(?:e-?mail|statement|interview|message|letter|call|text|note|comments?|remarks?)"
    r"\s+(?:sent\s+|given\s+)?(?:to|with)"
)
# ('told amaBhungane': a name may open in lower case, camel-cased)
_TOLD = re.compile(
    rf"\b(?:(?P<told>told)|{_SENT_TO})\s+(?:the\s+)?"
    r"(?P<outlet>(?:[A-Z]|[a-z]{1,4}(?=[A-Z][a-z]))[\w.&’' -]*?)"
    # where, how and when it was said end the name: 'told the AP by phone from Pretoria'
    r"(?=[,.;:]|\s+(?:in|on|at|that|after|before|by|from|via|over|during|when|while|last|"
    r"this|earlier|later|\()\b|$)"
)


# A plural acronym names the members of a body ('MPs', 'TDs', 'MEPs'), never an outlet.
_MEMBERS = re.compile(r"[A-Z]{2,4}s")
_CAMEL = re.compile(r"[a-z]{1,4}[A-Z][a-z]{2,}\w*")


def outlet_name(words: str) -> str:
    """The outlet's name in the words that credit it: 'Danish broadcaster DR' -> 'DR',
    'Reuters the company had' -> 'Reuters'."""
    outlet = words.strip()
    # ('amaBhungane' is a name in camel case, not a description)
    lower = [w for w in outlet.split() if w[0].islower() and not _CAMEL.fullmatch(w)]
    if lower:  # the name follows its description
        outlet = outlet.rsplit(f" {lower[-1]} ", 1)[-1].strip()
    # the name ends where the reported clause begins
    return re.match(r"\S+(?:\s+(?:of|&|[A-Z][\w.&’'-]*))*", outlet).group()


def told_outlet(cast: Cast, text: str, start: int, end: int) -> str | None:
    """The media actor of 'told (the) X' or 'in an email to X' between start and end; added
    if the text names it for the first time there."""
    for m in _TOLD.finditer(text[start:end]):
        outlet = outlet_name(m.group("outlet"))
        if _MEMBERS.fullmatch(outlet):
            continue  # 'told TDs', 'told MPs': members of a parliament, no outlet
        key = cast.lookup(outlet)
        if key and cast.actors[key].type == "media":
            return key
        if key is None and (outlet in MEDIA_NAMES or m.group("told") and len(outlet.split()) <= 4):
            return cast.add(outlet, "media")
    return None


def credited_outlet(cast: Cast, outlet: str) -> str:
    """The media actor a credit line names ('Source: Reuters.')."""
    name = outlet_name(outlet)
    return cast.lookup(name) or cast.add(name, "media")
