"""Who is speaking: a speaker phrase, pronoun or description -> an actor. No I/O.

Named mentions first; "he"/"she" go to the last person named (gender agreeing);
"a company spokesperson" to the company the text is about; an anonymous individual
("a senior doctor at X") becomes a descriptive person actor (annotation conventions).
"""

from __future__ import annotations

import re

from sitegen.extract.actor_types import looks_like_person_name
from sitegen.extract.actors import Cast, Located
from sitegen.extract.article import Paragraph, sentence_start, split_sentences
from sitegen.extract.kinds import PERSON_ROLES, ROLE_WORDS
from sitegen.extract.parties import LOCATIVE
from sitegen.extract.quote_patterns import VERBS

_PRONOUN = re.compile(r"^(?:he|she|they|it|we)$", re.IGNORECASE)
_NOMINAL = re.compile(
    r"^(?P<phrase>(?:a|an|the|one|another)\s+(?P<desc>[\w’'\- ]*?)\b(?P<role>spokes(?:person|man|"
    r"woman)|representative|statement|official|source|person|" + ROLE_WORDS + r"))\b(?P<rest>.*)$",
    re.IGNORECASE | re.DOTALL,
)
_BODY_WORDS = {
    "company": "company",
    "firm": "company",
    "group": "organization",
    "ministry": "government",
    "department": "government",
    "agency": "government",
    "government": "government",
    "police": "government",
    "hospital": "organization",
    "organisation": "organization",
    "organization": "organization",
    "embassy": "government",
    "court": "government",
    "office": "government",
    "regulator": "government",
    "bank": "company",
    "army": "government",
    "military": "government",
    "university": "organization",
    "school": "organization",
    "party": "organization",
    "union": "organization",
    "campaign": "organization",
    "team": "organization",
    "club": "organization",
}
# 'a ministry official', 'a company representative': they speak for the body named.
_AGENTS = {
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
# A relative or participle clause set off by commas names someone else: 'X, which Y owns, said',
# 'X, speaking after a meeting where Y spoke, said'.
# ('who spoke on condition of anonymity' describes the speaker: kept)
_RELATIVE = re.compile(
    r",\s+(?:which|who|whose|that|[a-z]+ing)\b(?![^,]*\banonymity\b)[^,]*(?:,|$)"
)
# Whom someone spoke to is never the speaker: 'who spoke to Reuters', 'told the BBC'.
_ADDRESSEE = re.compile(
    r"\b(?:spoke|speaking|talked|talking)\s+to\s+(?:the\s+)?$|\btold\s+(?:the\s+)?$"
)
# Where something was said is never who said it: 'said at a rally in Tulsa' ('at' may be a body).
_WHERE = re.compile(r"\b(?:in|near|outside)\s+(?:the\s+)?$")
_SPOKES = re.compile(r"spokes(person|man|woman)|representative|statement", re.IGNORECASE)


class Speakers:
    """Resolves speaker phrases against the cast, in text order."""

    def __init__(self, cast: Cast, paragraphs: dict[int, Paragraph]) -> None:
        self.cast = cast
        self.paragraphs = paragraphs
        self.guess: str | None = None  # why the last speaker found is only a guess

    def resolve(
        self,
        paragraph: int,
        start: int,
        who: str,
        before: int,
        last: bool = False,
        loose: bool = False,
    ) -> tuple[str | None, str | None]:
        """The actor a speaker phrase names, and how the text describes them.

        `loose`: the phrase is a whole clause before a verb; its last subject-like word counts.
        A relative clause ('the team, which X owns,') is skipped unless nothing else resolves.
        """
        found = self._resolve(paragraph, start, who, before, last, loose, skip_relative=True)
        if found[0] is None and _RELATIVE.search(who):
            found = self._resolve(paragraph, start, who, before, last, loose, skip_relative=False)
        return found

    def _resolve(
        self,
        paragraph: int,
        start: int,
        who: str,
        before: int,
        last: bool,
        loose: bool,
        skip_relative: bool,
    ) -> tuple[str | None, str | None]:
        phrase = who.strip().rstrip(",")
        if loose:
            clause = re.split(r",\s+(?=(?:and|but|while|as|when|after|because)\b)|;", phrase)[-1]
            start += who.find(clause) if clause in who else 0
            phrase = clause.strip()
            words = phrase.split()
            last_word = re.sub(r"[’']s$", "", words[-1]).lower() if words else ""
            if last_word in ("he", "she", "it", "they", "we"):
                return self.pronoun(last_word, paragraph, before), None
        end = start + len(who)
        relative = [(start + r.start(), start + r.end()) for r in _RELATIVE.finditer(who)]
        if skip_relative:
            phrase = _RELATIVE.sub("", phrase).strip()  # 'The team, which is owned by X, said'
        else:
            relative = []
        mentions = [
            m
            for m in self.cast.in_paragraph(paragraph)
            if start <= m.start < end
            and not any(a <= m.start < b for a, b in relative)
            and not _ADDRESSEE.search(self.paragraphs[paragraph].text[: m.start])
            and not _WHERE.search(self.paragraphs[paragraph].text[: m.start])
        ]
        text = self.paragraphs[paragraph].text
        mentions = _outside_appositions(mentions, text, end)
        cut = min([a for a, _ in relative] + [end])  # the phrase before any relative clause
        owners = [m for m in mentions if _POSSESSOR.match(text[m.end : cut])]
        if owners and len(owners) == len(mentions):
            found = self._possessed(owners[-1], text[owners[-1].end : cut], before)
            if found:
                return found, None  # "Ferrante's former coach said": the coach, not Ferrante
        mentions = [m for m in mentions if m not in owners] or mentions
        word = phrase.split()[0].lower() if phrase else ""
        if _PRONOUN.match(phrase) or (
            word in ("he", "she", "it", "they") and len(phrase.split()) <= 3
        ):
            return self.pronoun(word, paragraph, before), None
        nominal = _NOMINAL.match(phrase)
        body = re.fullmatch(
            r"(?:.*,\s+)?(?:the|its)\s+(?:[\w-]+\s+)?(?P<noun>company|firm|group|ministry|"
            r"department|agency|government|police|hospital|bank|organi[sz]ation|embassy|"
            r"regulator|authority|office|court|university|party|campaign|army|military|team|club)",
            phrase,
            re.IGNORECASE | re.DOTALL,
        )
        found = self.body(body.group("noun"), paragraph, before) if body and not mentions else None
        if found:
            return found, None  # 'the company said'
        if mentions:
            if (
                nominal
                and _SPOKES.search(nominal.group("role"))
                and not any(self._is_person(m) for m in mentions)  # 'Eric Mamer' named: he speaks
            ):
                return mentions[0].key, _person_title(
                    nominal.group("phrase") + _place_part(nominal.group("rest"))
                )  # a spokesperson for Y
            chosen = self._pick(mentions, last, start, paragraph)
            if chosen is None:
                return None, None
            return chosen.key, self._title(paragraph, chosen, start, end)
        if nominal:
            return self._described(nominal, phrase, paragraph, start, before)
        return None, None

    def _described(
        self, nominal: re.Match[str], phrase: str, paragraph: int, start: int, before: int
    ) -> tuple[str | None, str | None]:
        """A speaker given by description: a body's spokesperson, a known or new unnamed person."""
        desc, role = nominal.group("desc"), nominal.group("role")
        owner = re.match(r"\s+(?:for|of|at)\s+(?:the|its|their)\s+([\w-]+)", nominal.group("rest"))
        if owner and owner.group(1).lower() in _BODY_WORDS:
            desc += " " + owner.group(1)  # 'a spokeswoman for the ministry'
        if _SPOKES.search(role) or (
            set(desc.lower().split()) & set(_BODY_WORDS) and role.lower() in _AGENTS
        ):
            title = phrase[: nominal.end("role")] + (owner.group(0) if owner else "")
            return self.body(desc, paragraph, before), _person_title(title)
        if not phrase.lower().startswith("the "):
            return self.anonymous(phrase, paragraph, start), None
        anon = self._anonymous_subject(paragraph, before)
        if anon and role.lower() in self.paragraphs[anon[0]].text[anon[1] : anon[1] + 80].lower():
            return anon[2], None  # 'A crew member, who ... . "...," the crew member said.'
        self.guess = f"'{phrase}' read as the last person named"
        return self.pronoun("they-person", paragraph, before), nominal.group("phrase").strip()

    def _possessed(self, owner: Located, rest: str, before: int) -> str | None:
        """A person's unnamed associate ('Ferrante's former coach') as a descriptive person;
        a country's body ('Zambia's environment agency') as the body of that kind named."""
        m = _POSSESSOR.match(rest)
        role = m.group("role").strip() if m else ""
        if role.split() and role.split()[-1].lower() in _BODY_WORDS and not self._is_person(owner):
            body = self.body(role, owner.paragraph, before)
            named = body and role.split()[-1].lower() in self.cast.actors[body].name.lower()
            return body if named and body != owner.key else None
        if not role or not self._is_person(owner) or not _PERSON_HEAD.search(role):
            return None
        name = f"Unnamed {role} of {self.cast.actors[owner.key].name}"
        return self.cast.lookup(name) or self.cast.add(name, "person")

    def _is_person(self, m: Located) -> bool:
        return self.cast.actors[m.key].type == "person"

    def _pick(
        self, mentions: list[Located], last: bool, start: int, paragraph: int
    ) -> Located | None:
        text = self.paragraphs[paragraph].text
        # a place named after 'in', 'at' ... is where it was said, not who said it
        mentions = [m for m in mentions if not LOCATIVE.search(text[: m.start])] or mentions
        people = [m for m in mentions if self._is_person(m)]
        if not last and not people:
            lead = text[start : mentions[0].start]
            if not lead.strip() or re.fullmatch(r"\s*(?:the\s+)?(?:[A-Z][\w.]*\s+){0,3}", lead):
                return mentions[0]
        pool = (
            people
            or [m for m in mentions if self.cast.actors[m.key].type not in ("country", "work")]
            or mentions
        )
        return pool[-1] if last else pool[0]

    def _title(self, paragraph: int, m: Located, start: int, end: int) -> str | None:
        text = self.paragraphs[paragraph].text
        after = re.match(
            r",\s*(?P<t>[^,;“”\"]{3,90}?)\s*(?:,|\.|$|\s+(?:who|which)\b|\s+(?:said|told)\b)",
            text[m.end : end + 90],
        )
        if after and not re.match(r"(in|on|at|during|after|before|when)\b", after.group("t")):
            title = after.group("t")
            if PERSON_ROLES.search(title) or re.match(r"(a|an|the)\b", title):
                return title.strip()
        title = _title_before(text[sentence_start(text, m.start) : m.start])
        if title:
            return title  # 'District Attorney Laura Hynes', 'Apex Labs spokeswoman Mary Fox'
        seg = text[max(0, start - 1) : m.start]
        before = re.search(
            r"(?:^|,\s*|\b(?:said|says|added|told)\s+)(?P<t>(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[A-Z][\w’']*[’']s)\s[^,]{2,80}?),\s*$",
            text[: m.start],
        )
        if (
            before
            and PERSON_ROLES.search(before.group("t"))
            and before.start("t") >= sentence_start(text, m.start)
        ):
            return before.group("t").strip()
        del seg
        return None

    def pronoun(self, word: str, paragraph: int, before: int) -> str | None:
        """He/she: the last person named before (gender agreeing); it: the last organisation."""
        anon = self._anonymous_subject(paragraph, before)
        earlier = [m for m in self.cast.mentions if (m.paragraph, m.start) < (paragraph, before)]
        if word in ("it", "they", "we"):
            bodies = [
                m
                for m in earlier
                if self.cast.actors[m.key].type not in ("person", "country", "work", "media")
            ]
            if not bodies:
                return None
            # the subject of the sentence that named a body last: 'Ofcomm fined Apex. It said'
            text = self.paragraphs[bodies[-1].paragraph].text
            opening = sentence_start(text, bodies[-1].start)
            same = [m for m in bodies if m.paragraph == bodies[-1].paragraph and m.start >= opening]
            return same[0].key if self._opens_sentence(same[0]) else bodies[-1].key
        people = [m for m in earlier if self.cast.actors[m.key].type == "person"]
        gender = {"he": "m", "she": "f"}.get(word, "")
        if gender and people and self.cast.actors[people[-1].key].gender not in ("", gender):
            # no fitting person named last: a fitting name typed by guess may be meant
            later = [
                m
                for m in earlier
                if (m.paragraph, m.start) > (people[-1].paragraph, people[-1].start)
            ]
            if any(
                self.cast.actors[m.key].default_type
                and looks_like_person_name(self.cast.actors[m.key].name)
                for m in later
            ) and not any(self.cast.actors[m.key].gender in ("", gender) for m in people):
                people = []
        if not people:
            # 'Dmitri Orlov denied it. "...," he said.': a name typed by guess is a person after all
            guessed = [
                m
                for m in earlier
                if self.cast.actors[m.key].default_type
                and looks_like_person_name(self.cast.actors[m.key].name)
            ]
            for m in guessed[-1:]:
                self.cast.actors[m.key].type = "person"
                self.guess = self.guess or (
                    f"'{word}' read as {self.cast.actors[m.key].name}, typed a person for it"
                )
            people = guessed[-1:]
        gender = {"he": "m", "she": "f"}.get(word, "")
        # the last person whose gender does not contradict the pronoun
        fitting = [m for m in people if self.cast.actors[m.key].gender in ("", gender or "?")]
        recent = fitting[-1] if fitting and gender else (people[-1] if people else None)
        if (
            recent is not None
            and gender
            and self.cast.actors[recent.key].gender not in ("", gender)
        ):
            self.guess = (
                self.guess or f"'{word}' matches no one's gender; read as the last person named"
            )
        if (
            anon
            and word in ("he", "she")
            and (recent is None or (anon[0], anon[1]) > (recent.paragraph, recent.start))
        ):
            return anon[2]
        if recent is not None and gender and not self.cast.actors[recent.key].gender:
            self.cast.actors[recent.key].gender = gender  # 'he said' tells us
        return recent.key if recent else None

    def _anonymous_subject(self, paragraph: int, before: int) -> tuple[int, int, str] | None:
        """'A senior doctor at X, who spoke on condition of anonymity, said ...' before 'she'."""
        for pi in (paragraph, paragraph - 1):
            p = self.paragraphs.get(pi)
            if p is None or p.kind != "body":
                continue
            limit = before if pi == paragraph else len(p.text)
            for s, _ in split_sentences(p.text[:limit]):
                m = _NOMINAL.match(p.text[s:limit])
                if (
                    m
                    and m.group("phrase").split()[0].lower() in ("a", "an", "one", "another")
                    and not _SPOKES.search(m.group("role"))
                    and re.match(rf"[^.“”\"]*?\b(?:{VERBS})\b", m.group("rest"))
                ):
                    phrase = p.text[s : s + m.end("role")] + _place_part(m.group("rest"))
                    return pi, s, self.anonymous(phrase, pi, s)
        return None

    def anonymous(self, phrase: str, paragraph: int, start: int) -> str | None:
        """An unnamed individual speaking for themselves becomes a descriptive person actor."""
        m = _NOMINAL.match(phrase)
        if not m:
            return None
        core = re.sub(r"^(a|an|one|another)\s+", "", m.group("phrase"), flags=re.IGNORECASE)
        # 'one current Vértice rider': 'current' dates the description, it names no one
        core = re.sub(r"^current\s+", "", core, flags=re.IGNORECASE)
        rest = _place_part(m.group("rest"))
        org_key = None
        for men in self.cast.in_paragraph(paragraph):
            if start <= men.start < start + len(m.group("phrase")) + len(rest) + 1:
                org_key = men.key
                surface = self.paragraphs[paragraph].text[men.start : men.end]
                rest = rest.replace(surface, self.cast.actors[men.key].name)
                break
        name = f"Unnamed {core}{rest}".strip()
        key = self.cast.lookup(name) or self.cast.add(name, "person")
        if org_key and org_key != key:
            self.cast.relate(
                key,
                "employed-by",
                org_key,
                self.paragraphs[paragraph]
                .text[start : start + len(m.group("phrase")) + len(_place_part(m.group("rest")))]
                .strip(),
            )
        return key

    def body(self, desc: str, paragraph: int, before: int) -> str | None:
        """'a company spokesperson' -> the company last named; 'a ministry ...' -> the ministry.

        A body that opened a sentence (its subject) is preferred over one named in passing.
        """
        words = desc.lower().split()
        kind = next((_BODY_WORDS[w] for w in reversed(words) if w in _BODY_WORDS), None)
        head = next((w for w in reversed(words) if w in _BODY_WORDS), None)
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
        subjects = [m for m in fitting if self._opens_sentence(m)]
        pool = subjects or fitting
        return pool[-1].key if pool else None

    def _called(self, key: str, noun: str) -> bool:
        """Whether the text puts the noun right after a mention of the actor ('X team')."""
        return any(
            re.match(rf"\s+{re.escape(noun)}\b", self.paragraphs[m.paragraph].text[m.end :], re.I)
            for m in self.cast.mentions
            if m.key == key
        )

    def _opens_sentence(self, m: Located) -> bool:
        text = self.paragraphs[m.paragraph].text
        start = sentence_start(text, m.start)
        return not any(start <= x.start < m.start for x in self.cast.in_paragraph(m.paragraph))

    def sentence_subject(self, p: Paragraph, at: int) -> str | None:
        start = sentence_start(p.text, at)
        for m in self.cast.in_paragraph(p.index):
            if start <= m.start < at and self.cast.actors[m.key].type not in ("country", "work"):
                return m.key
        return None


# A possessive naming whose associate speaks: "Ferrante's former coach" (lower-case head).
_POSSESSOR = re.compile(r"[’']s?\s+(?P<role>(?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*)\s*,?\s*$")
_PERSON_HEAD = re.compile(rf"\b(?:{ROLE_WORDS}|coach|colleague|neighbou?r|client|cousin|"
                          r"uncle|aunt|widow|spouse|girlfriend|boyfriend|teammate)$", re.IGNORECASE)
# A descriptive apposition after a name: 'Minyon Moore, a senior adviser to the Clinton campaign,'.
_APPOSITION = re.compile(r",\s+(?:a|an|the|his|her|its|their)\s+[^,;“”\"]*(?:,|$)")


def _outside_appositions(mentions: list[Located], text: str, end: int) -> list[Located]:
    """Mentions not inside the apposition describing an earlier mention: the described one
    speaks, not a body or person named in its description."""
    kept: list[Located] = []
    described_until = -1
    for m in mentions:
        if m.start < described_until:
            continue
        kept.append(m)
        app = _APPOSITION.match(text[m.end : end])
        if app:
            described_until = m.end + app.end()
    return kept


_TITLE_ADJECTIVES = frozenset(
    "senior chief deputy former acting assistant lead state federal top local regional "
    "public general executive managing".split()
)


def _title_before(head: str) -> str | None:
    """A role right before a name, with the capitalised words and adjectives that lead it."""
    words = head.split()
    if not words or not PERSON_ROLES.fullmatch(words[-1]):
        return None
    n = len(words) - 1
    while n > 0 and (
        PERSON_ROLES.fullmatch(words[n - 1])
        or words[n - 1].lower() in _TITLE_ADJECTIVES
        or re.fullmatch(r"[A-Z][\w’'.&-]*", words[n - 1])
    ):
        n -= 1
    title = " ".join(words[n:])
    return None if title.lower() in ("the", "a", "an") else title


def _person_title(title: str) -> str | None:
    """The description of a spokesperson; none for 'the statement': it describes what was
    said, not who said it."""
    title = title.strip()
    return None if re.search(r"\bstatement\b", title, re.IGNORECASE) else title


def _place_part(rest: str) -> str:
    """' at San Ignacio' from ' at San Ignacio, who spoke ...'."""
    m = re.match(
        r"\s+(?:at|of|from|in|for|with)\s+(?:the\s+)?[A-Z][\w’'&.-]*"
        r"(?:\s+(?:(?:of|and|&|for|the)\s+)*[A-Z][\w’'&.-]*)*",  # names only: 'at Baltica Bank'
        rest,
    )
    return m.group() if m else ""


