"""Parties a sanction names by reference, not by name: "him", "both", "the same three
targets", "three companies" named in the next sentence, "Russian oil", the party a
relative clause hangs on. What each refers to is read from what came before. No I/O.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sitegen.extract.places import country_code
from sitegen.extract.types import Mention, Sentence


@dataclass(frozen=True)
class Antecedents:
    """What a description refers back to: the last public body and company named, and the
    country actors by ISO code (what "Russian oil" is the oil of)."""

    body: str | None = None     # "the commission", "the ministry"
    company: str | None = None  # "the firm", "the company"
    countries: tuple[tuple[str, str], ...] = ()  # (ISO code, actor key)
    person: str | None = None   # "him", "her"
    targets: tuple[str, ...] = ()  # "them", "the same three targets": the last sanctioned
    authority: str | None = None  # "added to the list": whose list was last told of

    def after(self, sentence: Sentence, targets: tuple[str, ...] = (),
              authority: str | None = None) -> Antecedents:
        """These antecedents once the sentence (and any sanction in it) has been read."""
        bodies = [m.actor for m in sentence.mentions if m.type == "government"]
        companies = [m.actor for m in sentence.mentions if m.type == "company"]
        people = [m.actor for m in sentence.mentions if m.type == "person"]
        return Antecedents((bodies or [self.body])[-1], (companies or [self.company])[-1],
                           self.countries, (people or [self.person])[-1],
                           targets or self.targets, authority or self.authority)


def country_actors(sentences: list[Sentence]) -> tuple[tuple[str, str], ...]:
    """The article's country actors by ISO code, as any of their mentions names them."""
    found = {}
    for sentence in sentences:
        for m in sentence.mentions:
            code = country_code(sentence.text[m.start:m.end]) if m.type == "country" else None
            if code:
                found.setdefault(code, m.actor)
    return tuple(found.items())


def referred_in_list(after: str, mentions: list[Mention], before: Antecedents
                      ) -> list[Mention]:
    """Parties a list of targets names by reference, as mentions: "added him, his wife X
    and ...", "froze the assets of both and of Y"."""
    found = re.match(r"\W*(?:(?:the )?assets of\s+)?(?:(?P<one>him|her)|(?P<all>both|all three|"
                     r"all four|them))\s*(?:,|and\b)", after, re.IGNORECASE)
    if found is None:
        return []
    keys = ((before.person,) if found.group("one") and before.person else
            before.targets if found.group("all") else ())
    return [Mention(-1, -1, key, "person") for key in keys]


def relative_antecedent(text: str, mentions: list[Mention], authorities: list[Mention]
                         ) -> Mention | None:
    """The party an object relative hangs on: in "Severoles, one of Russia's largest
    producers, which the Council added to its list", Severoles."""
    if not authorities:
        return None
    pronoun = re.search(r"\b(?:which|that|whom)\s+(?:the\s+)?$", text[:authorities[-1].start])
    if pronoun is None:
        return None
    before = [m for m in mentions if m.end <= pronoun.start()
              and m.type not in ("government", "country")  # "one of Russia's producers"
              and not re.match(r"['\u2019]s\b", text[m.end:])]
    # the name itself, or with an apposition between: not "seen by the Guardian, by a
    # company that ...", where the clause hangs on a party left unnamed
    if before and re.fullmatch(r"(?:\s*,\s*(?:a|an|one|the)\b[^,]{0,60})?\s*,?\s*",
                               text[before[-1].end:pronoun.start()]):
        return before[-1]
    return None


def referred(after: str, before: Antecedents) -> tuple[str, ...]:
    """Targets named by reference: "sanctioned him" (the person last named), "froze the
    assets of the same three targets" or "sanctioned them" (those sanctioned last),
    "designated the company" (the company last named)."""
    after = re.sub(r"^\s+on\s+", " ", after)  # "imposed an asset freeze on the company"
    if before.person and re.match(r"\W*(?:(?:the )?assets of\s+)?(?:him|her)\b", after,
                                  re.IGNORECASE):
        return (before.person,)
    if re.match(r"\W*(?:(?:the )?assets of\s+)?(?:them\b|(?:the same|both|all (?:three|four|five))"
                r"\s+(?:[\w-]+\s+)?(?:targets|companies|firms|people|individuals|entities|"
                r"parties|men|women|businesses)\b)", after, re.IGNORECASE):
        return before.targets
    if before.company and re.match(rf"\W*(?:(?:the )?assets of\s+)?{_A_COMPANY}", after,
                                   re.IGNORECASE):
        return (before.company,)  # "London had designated the company": the one last named
    return ()


_A_COMPANY = (r"(?:the|his|her|its|their)\s+(?:firm|company|business|lender|bank|operator|"
              r"trader|producer|supplier|group)\b")


def also_the_company(after: str, before: Antecedents) -> tuple[str, ...]:
    """The company a second act of the same sentence names by reference: "barred X from
    trading and fined his firm" (the company last named)."""
    if before.company and re.search(rf",?\s+and\s+(?:\w+\s+)?\w+ed\s+{_A_COMPANY}", after,
                                    re.IGNORECASE):
        return (before.company,)
    return ()


# Goods or bodies of a nation: "Russian oil", "Iranian crude", "North Korean ships".
_NATIONAL = re.compile(
    r"\b([A-Z][a-z]+(?: [A-Z][a-z]+)?)\s+(?:oil|crude|gas|fuel|coal|steel|gold|diamonds|"
    r"timber|seafood|goods|exports|imports|products|arms|weapons|ships|vessels|tankers|banks)\b"
    # not a party named by its trade: "a Serbian arms dealer", "a Russian oil trader"
    r"(?!\s+(?:dealers?|traders?|brokers?|makers?|producers?|firms?|compan(?:y|ies)|"
    r"suppliers?|smugglers?|exporters?|importers?|executives?|magnates?|tycoons?|owners?))")


def of_a_nation(text: str, countries: tuple[tuple[str, str], ...]) -> str | None:
    """The country actor whose goods the sanction bars, when the article has it as an actor."""
    by_code = dict(countries)
    for m in _NATIONAL.finditer(text):
        code = country_code(m.group(1))
        if code in by_code:
            return by_code[code]
    return None


# Unnamed targets, by the kind of party they are: "three Cypriot companies", "two tankers".
_GROUPS = {
    "firm": r"compan(?:y|ies)|firms?|businesses|entit(?:y|ies)|suppliers?|traders?|banks?",
    "person": r"individuals|people|persons|executives|officials|men|women|businessmen",
    "vessel": r"vessels|ships|tankers",
}
_COUNT = r"(?:two|three|four|five|six|seven|eight|nine|ten|several|\d+)"


def named_later(after: str, following: tuple[Sentence, ...]) -> list[Mention]:
    """The parties a following sentence names for a counted group the sanction word took
    ("froze the assets of three companies ..." then "The firms, A, B and C, had ...")."""
    for group, nouns in _GROUPS.items():
        counted = re.match(rf"\W*(?:[\w-]+\s+){{0,5}}?{_COUNT}\s+(?:[\w-]+\s+){{0,2}}?"
                           rf"(?:{nouns})\b", after, re.IGNORECASE)
        if counted is None:
            continue
        for sentence in following:
            named = re.search(rf"\b[Tt]he\s+(?:{_COUNT}\s+)?(?:{_GROUPS[group]})\s*,\s+",
                              sentence.text)
            if named is None:
                continue
            run: list[Mention] = []
            at = named.end()
            for m in sorted(sentence.mentions, key=lambda m: m.start):
                if m.start < at:
                    continue
                if not re.fullmatch(r"(?:,\s*(?:and\s+)?|\s+and\s+)?", sentence.text[at:m.start]):
                    break
                run.append(m)
                at = m.end
            if run:
                return run
    return []


_NUMBER = {"a": 1, "an": 1, "one": 1, "its": 1, "his": 1, "her": 1, "their": 1, "two": 2,
           "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
           "ten": 10}


def described_count(after: str) -> int:
    """How many parties a lede's object describes without naming them: "a Rwandan tin
    refinery, its owner and two trading firms" is four. 0 when any item is no such
    description (a name, "the company", "Russian oil")."""
    # up to a second act: "froze the assets of a dealer and banned him from ..."
    after = re.split(r",?\s+and\s+(?=[a-z]+ed\b)", after)[0]
    phrase = re.sub(r"\s+to\s+(?:its|their|the|a)\s+[^,;]*$", "", after).strip(" ,.")
    phrase = re.sub(r"^(?:(?:the )?assets of|on)\s+", "", phrase, flags=re.IGNORECASE)
    items = [i for i in re.split(r",\s*(?:and\s+)?|\s+and\s+", phrase) if i]
    total = 0
    for item in items:
        first = item.split()[0]
        count = _NUMBER.get(first.lower()) if first.islower() else None
        if count is None and first.isdigit():
            count = int(first)
        if count is None or len(item.split()) < 2:
            return 0
        total += count
    return total if len(items) <= 6 else 0


def named_in_turn(after: str, following: tuple[Sentence, ...]) -> list[Mention]:
    """The parties the next sentences name, in turn, for a lede that only described them
    ("sanctioned a Greek ship manager, two tanker firms and three people ..." then
    "OFAC said Aegean Crest ... It also designated A, B, its chief C and two traders, D
    and E"): wire stories name the targets right after a lede that counts them. Only
    companies and people, and only when the next sentences name as many as were counted."""
    count = described_count(after)
    if not count:
        return []
    found: dict[str, Mention] = {}
    some = False  # "Those listed include A and B": only some of them are named
    for sentence in following:
        some = some or bool(re.search(r"\b(?:include[sd]?|including|among them|among those)\b",
                                      sentence.text, re.IGNORECASE))
        for m in sorted(sentence.mentions, key=lambda m: m.start):
            if m.type in ("company", "person") and m.actor not in found:
                found[m.actor] = m
    named = list(found.values())
    return named[:count] if len(named) >= count or some else []
