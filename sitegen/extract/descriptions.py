"""Speakers named by description: a body's spokesperson ("a ministry spokeswoman"), an
anonymous individual ("a senior doctor at X, who spoke on condition of anonymity") and a
named party's associate ("Ferrante's former coach"). No I/O.

Annotation conventions, Quotes: a spokesperson's words go to the body, an anonymous
individual becomes a descriptive person actor ("Unnamed senior doctor at X").
"""

from __future__ import annotations

import re
from types import MappingProxyType

from sitegen.extract.actors import Cast, Located
from sitegen.extract.article import Paragraph, sentence_start, split_sentences
from sitegen.extract.kinds import ROLE_WORDS
from sitegen.extract.normalize import name_key, without_suffix
from sitegen.extract.quote_patterns import VERBS

NOMINAL = re.compile(
    r"^(?P<phrase>(?:a|an|the|one|another)\s+(?P<desc>[\w’'\- ]*?)\b(?P<role>spokes(?:person|man|"
    r"woman)|representative|statement|official|source|person|" + ROLE_WORDS + r"))\b(?P<rest>.*)$",
    re.IGNORECASE | re.DOTALL,
)
# The common noun a body goes by ('the company said'), with the type of body it names.
BODY_WORDS = MappingProxyType(
    dict.fromkeys("company firm bank lender insurer".split(), "company")
    | dict.fromkeys(
        "group hospital organisation organization university school party union campaign team "
        "club charity foundation institute coalition alliance network consortium collective "
        "association federation movement academy".split(),
        "organization",
    )
    | dict.fromkeys(
        "ministry department agency government police embassy court office regulator army "
        "military commission committee council board bureau authority service panel "
        "tribunal watchdog presidency".split(),
        "government",
    )
)
# 'a ministry official', 'a company representative': they speak for the body named.
AGENTS = {
    "official",
    "officials",
    "representative",
    "source",
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "statement",
    "executive",
    "lawyer",
    "officer",
}
SPOKES = re.compile(r"spokes(person|man|woman)|representative|statement", re.IGNORECASE)
# A possessive naming whose associate speaks: "Ferrante's former coach" (lower-case head).
POSSESSOR = re.compile(r"[’']s?\s+(?P<role>(?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*)\s*,?\s*$")
_PERSON_HEAD = re.compile(rf"\b(?:{ROLE_WORDS}|coach|colleague|neighbou?r|client|cousin|"
                          r"uncle|aunt|widow|spouse|girlfriend|boyfriend|teammate)$", re.IGNORECASE)


# A group of unnamed people: 'Two former Aurelia engineers', 'several crew members', or
# one opening a sentence: 'Local residents told the BBC'.
_GROUP_OF_PEOPLE = re.compile(
    rf"(?:\b(?:two|three|four|five|six|several|some|many|\d+)\s+|(?:^|(?<=[.!?]\s)))"
    rf"(?P<desc>(?:[\w’'-]+\s+){{0,3}}?)(?P<role>{ROLE_WORDS})s\b",
    re.IGNORECASE,
)


class Descriptions:
    """Resolves descriptions of speakers against the cast, in text order."""

    def __init__(self, cast: Cast, paragraphs: dict[int, Paragraph]) -> None:
        self.cast = cast
        self.paragraphs = paragraphs

    def anonymous_subject(self, paragraph: int, before: int) -> tuple[int, int, str] | None:
        """'A senior doctor at X, who spoke on condition of anonymity, said ...' before 'she'."""
        for pi in (paragraph, paragraph - 1):
            p = self.paragraphs.get(pi)
            if p is None or p.kind != "body":
                continue
            limit = before if pi == paragraph else len(p.text)
            for s, _ in split_sentences(p.text[:limit]):
                m = NOMINAL.match(p.text[s:limit])
                if (
                    m
                    and m.group("phrase").split()[0].lower() in ("a", "an", "one", "another")
                    and not SPOKES.search(m.group("role"))
                    and re.match(rf"[^.“”\"]*?\b(?:{VERBS})\b", m.group("rest"))
                ):
                    rest = m.group("rest")
                    phrase = p.text[s : s + m.end("role")] + (
                        place_part(rest) or _defining_clause(rest)
                    )
                    return pi, s, self.anonymous(phrase, pi, s)
        return None

    def member_of(self, paragraph: int, before: int) -> str | None:
        """'one of them said' after 'Two former Aurelia engineers told Reuters ...': one of the
        group, named as an anonymous individual ('Unnamed former Aurelia engineer')."""
        for pi in (paragraph, paragraph - 1):
            p = self.paragraphs.get(pi)
            if p is None or p.kind != "body":
                continue
            limit = before if pi == paragraph else len(p.text)
            groups = list(_GROUP_OF_PEOPLE.finditer(p.text[:limit]))
            if groups:
                g = groups[-1]
                desc = g.group("desc") + g.group("role")
                named = any(m.start == g.start() for m in self.cast.in_paragraph(pi))
                if not named:  # 'Local residents' opening a sentence: 'a local resident'
                    desc = desc[0].lower() + desc[1:]
                phrase = f"a {desc}"
                return self.anonymous(phrase, pi, g.start(), cited=g.group())
        return None

    def introduced(self, role: str, paragraph: int, before: int) -> str | None:
        """The unnamed person 'the analyst' refers back to: the last 'a junior analyst' of this
        paragraph or the one before, as an anonymous individual."""
        for pi in (paragraph, paragraph - 1):
            p = self.paragraphs.get(pi)
            if p is None or p.kind != "body":
                continue
            limit = before if pi == paragraph else len(p.text)
            found = list(
                re.finditer(
                    rf"\b(?:a|an)\s+(?:[\w’'-]+\s+){{0,3}}?{re.escape(role)}\b",
                    p.text[:limit],
                    re.IGNORECASE,
                )
            )
            if found:
                m = found[-1]
                return self.anonymous(m.group(), pi, m.start())
        return None

    def anonymous(
        self, phrase: str, paragraph: int, start: int, cited: str | None = None
    ) -> str | None:
        """An unnamed individual speaking for themselves becomes a descriptive person actor.

        `cited`: the words of the text that describe them, when `phrase` is not verbatim."""
        m = NOMINAL.match(phrase)
        if not m:
            return None
        core = re.sub(r"^(a|an|one|another)\s+", "", m.group("phrase"), flags=re.IGNORECASE)
        # 'one current Vértice rider': 'current' dates the description, it names no one
        core = re.sub(r"^current\s+", "", core, flags=re.IGNORECASE)
        rest = place_part(m.group("rest")) or _defining_clause(m.group("rest"))
        org_key = None
        work = _WORK_CLAUSE.match(m.group("rest")) if not rest else None
        if work:
            noun = re.match(r"\s+(?:for|at|with)\s+the\s+(\w+)", m.group("rest")[work.end() :])
            known = noun and noun.group(1).lower() in BODY_WORDS
            # 'still works for the company': that company; else the story's own body
            org_key = (
                self.body(noun.group(1), paragraph, start) if known else None
            ) or self._story_body(paragraph, start)
            if org_key:  # 'a sergeant who left in March': at the body the story is about
                rest = f" at {without_suffix(self.cast.actors[org_key].name)}"
        for men in self.cast.in_paragraph(paragraph):
            if start <= men.start < start + len(m.group("phrase")) + len(rest) + 1:
                if self.cast.actors[men.key].type == "country":
                    continue  # 'a diplomat in Tbilisi': where they are, kept as written
                org_key = men.key
                surface = self.paragraphs[paragraph].text[men.start : men.end]
                # the body's full name, but no legal form: 'of Straits Evergreen', not '... Pte.'
                rest = rest.replace(surface, without_suffix(self.cast.actors[men.key].name))
                break
        name = f"Unnamed {core}{rest}".strip()
        key = self.cast.lookup(name) or self.cast.add(name, "person")
        short = f"Unnamed {core}".strip()
        if short != name and self.cast.lookup(short) is None:
            # the description without its clause is this person's short name
            self.cast.actors[key].aliases.append(short)
            self.cast.by_name[name_key(short)] = key
        if org_key and org_key != key:
            self.cast.relate(
                key,
                "employed-by",
                org_key,
                cited
                or self.paragraphs[paragraph]
                .text[start : start + len(m.group("phrase")) + len(place_part(m.group("rest")))]
                .strip(),
            )
        return key

    def _story_body(self, paragraph: int, before: int) -> str | None:
        """The first firm or body the story names before this point: what a lead is about."""
        for m in self.cast.mentions:
            if (m.paragraph, m.start) >= (paragraph, before):
                return None
            if self.cast.actors[m.key].type in ("company", "government", "organization"):
                return m.key
        return None

    def body(self, desc: str, paragraph: int, before: int) -> str | None:
        """'a company spokesperson' -> the company last named; 'a ministry ...' -> the ministry.

        A body that opened a sentence (its subject) is preferred over one named in passing.
        """
        words = desc.lower().split()
        kind = next((BODY_WORDS[w] for w in reversed(words) if w in BODY_WORDS), None)
        head = next((w for w in reversed(words) if w in BODY_WORDS), None)
        bodies = [
            m
            for m in self.cast.mentions
            if (m.paragraph, m.start) < (paragraph, before)
            and self.cast.actors[m.key].type not in ("person", "country", "work", "media")
        ]
        named = [
            m
            for m in bodies
            if head
            and (
                head in self.cast.actors[m.key].name.lower()
                or self._called(m.key, head)  # 'the Vértice Pro Cycling team'
            )
        ]
        if named:
            return named[-1].key
        fitting = [m for m in bodies if not kind or self.cast.actors[m.key].type == kind]
        subjects = [m for m in fitting if self.opens_sentence(m)]
        pool = subjects or fitting
        return pool[-1].key if pool else None

    def _called(self, key: str, noun: str) -> bool:
        """Whether the text puts the noun right after a mention of the actor ('X team')."""
        return any(
            re.match(rf"\s+{re.escape(noun)}\b", self.paragraphs[m.paragraph].text[m.end :], re.I)
            for m in self.cast.mentions
            if m.key == key
        )

    def opens_sentence(self, m: Located) -> bool:
        text = self.paragraphs[m.paragraph].text
        start = sentence_start(text, m.start)
        return not any(start <= x.start < m.start for x in self.cast.in_paragraph(m.paragraph))

    def possessed(self, owner: Located, rest: str, before: int) -> str | None:
        """A person's unnamed associate ('Ferrante's former coach') as a descriptive person;
        a country's body ('Zambia's environment agency') as the body of that kind named."""
        m = POSSESSOR.match(rest)
        role = m.group("role").strip() if m else ""
        person = self.cast.actors[owner.key].type == "person"
        if role.split() and role.split()[-1].lower() in BODY_WORDS and not person:
            body = self.body(role, owner.paragraph, before)
            named = body and role.split()[-1].lower() in self.cast.actors[body].name.lower()
            return body if named and body != owner.key else None
        if not role or not person or not _PERSON_HEAD.search(role):
            return None
        name = f"Unnamed {role} of {self.cast.actors[owner.key].name}"
        return self.cast.lookup(name) or self.cast.add(name, "person")


# A clause on the source's job, with no employer named: 'who left in March', 'because she
# still works for the company', 'who was fired last year'.
_WORK_CLAUSE = re.compile(
    r",?\s+(?:who|because|as)\b[^.;“”\"]{0,80}?\b(?:works?|worked|left|quit|resigned|"
    r"(?:was|were|is|are)\s+(?:fired|dismissed|employed|laid\s+off))\b"
)
# A clause that tells which individual is meant ('a diplomat who has read the report,'); not
# one that only says why they are unnamed ('who spoke on condition of anonymity').
_DEFINING_CLAUSE = re.compile(
    r"\s+(?:who|that)\s+(?!(?:spoke|speaks|asked|asks|declined|declines|requested|requests|"
    r"was|were|is|are|did|does|insisted|would|could)\b)[a-z][^,;.“”\"]{2,60}?(?=\s*(?:,|$))"
)


def _defining_clause(rest: str) -> str:
    m = _DEFINING_CLAUSE.match(rest)
    return m.group() if m else ""


def place_part(rest: str) -> str:
    """' at San Ignacio' from ' at San Ignacio, who spoke ...'."""
    m = re.match(
        r"\s+(?:at|of|from|in|for|with)\s+(?:the\s+)?"
        r"(?:(?:north|south|east|west|central|rural|upstate|downtown)[a-z-]*\s+)?"  # 'west Clare'
        r"[A-Z][\w’'&.-]*"
        r"(?:\s+(?:(?:of|and|&|for|the)\s+)*[A-Z][\w’'&.-]*)*",  # names only: 'at Baltica Bank'
        rest,
    )
    return m.group() if m else ""
