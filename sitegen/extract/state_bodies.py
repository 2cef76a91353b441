"""States and state bodies named by description: "Indonesia’s foreign ministry", "the British
government", "Sudan’s government", and the country a generic body belongs to ("Russia’s
Finance Ministry"). No I/O.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from sitegen.extract.article import Article
from sitegen.extract.kinds import GOVERNMENT_BODY_NOUNS, GOVERNMENT_WORDS
from sitegen.extract.places import ADJECTIVES, CAPITALS, COUNTRY_NAMES, is_place
from sitegen.extract.types import Candidate

if TYPE_CHECKING:
    from sitegen.extract.actors import Actor


def unnamed_bodies(article: Article) -> list[Candidate]:
    """'Indonesia’s foreign ministry': a body the text names only by description."""
    out = []
    for p in article.body():
        for m in _OWNED_BODY.finditer(p.text):
            if m.group("country") in COUNTRY_NAMES:
                out.append(Candidate(p.index, m.start(), m.end(), m.group()))
        for m in _BODY_IN_CAPITAL.finditer(p.text):
            country = CAPITALS.get(m.group("capital"))
            # 'In Madrid, the consumer affairs ministry' is Spain's; 'In Paris, the police'
            # may be the city's force
            if country and m.group("body") != "police":
                name = f"{country}'s {m.group('body')}"
                out.append(Candidate(p.index, m.start("body"), m.end("body"), name))
    return out


# 'Indonesia's foreign ministry', "Germany's customs criminal investigation office": a
# country's possessive, up to four describing words, the body's noun (the last one found).
_DESCRIBING_WORD = r"(?!(?:the|a|an|and|or|of|to|in|on|for|with|said|says|told|is|was|has|had)\b)"
_OWNED_BODY = re.compile(
    r"\b(?P<country>[A-Z]\w*(?:\s[A-Z]\w*)?)[’']s\s+"
    rf"(?:{_DESCRIBING_WORD}[a-z][\w-]*\s){{0,4}}"
    rf"(?:{GOVERNMENT_BODY_NOUNS}|office|bureau|directorate)\b"
)
# A body named in lower case after the capital it sits in: 'In Madrid, the consumer affairs
# ministry announced ...'.
_BODY_IN_CAPITAL = re.compile(
    r"\b[Ii]n\s+(?P<capital>[A-Z][\w-]*),\s+the\s+"
    rf"(?P<body>(?:[a-z][\w-]*\s){{0,3}}(?:{GOVERNMENT_BODY_NOUNS}))\b"
)


# 'the national financial prosecutor's office (PNF)': a body named in lower case, as a
# translation, with the acronym of its own language.
_LOWER_WITH_ACRONYM = re.compile(
    r"\bthe\s+(?P<name>(?:[a-z][\w’'-]*\s+){1,4}(?:office|agency|unit|directorate|service|"
    r"commission|authority|bureau|inspectorate|prosecutors?)),?\s+\((?P<acronym>[A-Z]{2,6})\)"
)


def bodies_with_acronyms(article: Article) -> list[tuple[Candidate, str]]:
    """Lower-case names of bodies given with their acronym, with that acronym."""
    return [
        (Candidate(p.index, m.start("name"), m.end("name"), m.group("name")), m.group("acronym"))
        for p in article.body()
        for m in _LOWER_WITH_ACRONYM.finditer(p.text)
    ]


# 'the British government', 'the Biden administration': a state named by description.
_GOVERNMENT_DESCRIPTION = re.compile(
    r"\b(?!The\b)(?P<who>[A-Z][\w.-]*(?:\s[A-Z][\w.-]*)?)(?:[’']s)?\s+"
    r"(?P<noun>government|administration)\b"
)


# A body named by its owner and what it is: 'the Commons health committee', 'a U.N. panel of
# experts', 'the Senate intelligence committee'.
_COMMITTEE = re.compile(
    r"\s+(?:(?!(?:the|a|an|its|his|her|their|and|or|of|to|said|says|told|is|was|has|had|will|"
    r"would)\b)[a-z]+\s+){0,2}?(?:committee|subcommittee|panel|taskforce|task force)"
    r"(?:\s+(?:of|on)\s+(?:experts|inquiry))?\b"
)


def committees(article: Article, candidates: list[Candidate]) -> list[Candidate]:
    """A name followed by a lower-case committee or panel: the committee, not its owner."""
    texts = {p.index: p.text for p in article.body()}
    out = []
    for c in candidates:
        text = texts.get(c.paragraph)
        m = _COMMITTEE.match(text[c.end :]) if text and not c.possessive else None
        if m and not is_place(c.surface):
            end = c.end + m.end()
            out.append(Candidate(c.paragraph, c.start, end, text[c.start : end]))
    return out


# The possessive of "Sudan's government": the government is the country's (an alias of it).
OWNED = re.compile(r"[’']s\s+(?:government|administration)$")


def governments_by_description(article: Article) -> list[Candidate]:
    """Mentions of a country's government by its adjective, name or leader, as the country:
    they join its actor the way 'Pyongyang' joins North Korea."""
    codes = {code: name for name, (_n, code) in COUNTRY_NAMES.items() if name == _n}
    out = []
    for p in article.body():
        for m in _GOVERNMENT_DESCRIPTION.finditer(p.text):
            who = m.group("who")
            country = COUNTRY_NAMES.get(who, (None,))[0] or codes.get(ADJECTIVES.get(who, ""))
            if not country and m.group("noun") == "administration" and not is_place(who):
                # a leader's administration is US usage ('the Trump administration')
                leader = len(who.split()) == 1 and re.search(r"\b[Tt]he\s+$", p.text[: m.start()])
                country = "United States" if leader else None
            if country:
                # "Sudan's government" is kept as written: an alias of the country
                owned = OWNED.search(m.group())
                out.append(Candidate(p.index, m.start(), m.end(), m.group() if owned else country))
    return out



def owned_form(actor: Actor, article: Article) -> str | None:
    """'Russia’s Finance Ministry' for a generic state body named after its country."""
    words = actor.name.split()
    if len(words) > 2 or words[-1] not in GOVERNMENT_WORDS:
        return None  # a body's own name ('Serious Fraud Office') needs no owner
    for p in article.body():
        for m in re.finditer(rf"\b([A-Z][\w.]*(?:\s[A-Z][\w.]*)?)[’']s\s+{re.escape(actor.name)}\b",
                             p.text):
            if m.group(1) in COUNTRY_NAMES:
                return m.group()
    return None
