"""Who is speaking: a speaker phrase, pronoun or description -> an actor. No I/O.

Named mentions first (never one inside a relative clause or an apposition describing the
speaker); "he"/"she" go to the last person named (gender agreeing);
"a company spokesperson" to the company the text is about; an anonymous individual
("a senior doctor at X") becomes a descriptive person actor (annotation conventions).
"""

from __future__ import annotations

import re

from sitegen.extract.actors import Cast, Located
from sitegen.extract.article import Paragraph, sentence_start
from sitegen.extract.descriptions import (
    AGENTS,
    BODY_WORDS,
    NOMINAL,
    POSSESSOR,
    SPOKES,
    Descriptions,
    place_part,
)
from sitegen.extract.documents import DOCUMENT_SUBJECT, document_author
from sitegen.extract.mention_roles import LOCATIVE
from sitegen.extract.pronouns import Pronouns
from sitegen.extract.titles import person_title, speaker_title

# Where or how something was said, opening the subject's phrase: 'In an email, ', 'On Monday, '.
_SETTING = re.compile(
    r"^(?:(?:In|On|At|After|Before|During|Speaking|Asked|Responding|Writing)\b[^,]{0,60},\s+)+"
)
_ONE_OF = re.compile(r"(?i:one|another)\s+of\s+(?:them|those|the\s+[\w-]+)")
# A body by its common noun: 'the company', 'its regulator', 'X, the agency'.
_BODY_PHRASE = re.compile(
    rf"(?:.*,\s+)?(?:the|its)\s+(?:[\w’'-]+\s+){{0,3}}?(?P<noun>{'|'.join(BODY_WORDS)})",
    re.IGNORECASE | re.DOTALL,
)
# The body a spokesperson or official speaks for: ' for the (Belarusian foreign) ministry'.
_OWNER = re.compile(
    rf"\s+(?:for|of|at)\s+(?:the|its|their)\s+(?P<body>(?:[\w-]+\s+){{0,3}}?"
    rf"(?P<noun>{'|'.join(BODY_WORDS)}))\b",
    re.IGNORECASE,
)
# People speaking together for a body: 'police', 'officials at the ministry'.
_GROUP = re.compile(
    r"(?:the\s+)?(?:[a-z-]+\s+)?(?P<people>police|officials|authorities|prosecutors|"
    r"investigators|officers|spokespeople|representatives|staff)"
    r"(?:\s+(?:at|of|from|for|with|in)\s+(?:the|its|their)\s+(?:[\w-]+\s+)?(?P<noun>[a-z]+))?",
    re.IGNORECASE,
)
_PRONOUN = re.compile(r"^(?:he|she|they|it|we)$", re.IGNORECASE)
# Why a source goes unnamed: they speak for themselves, not for the body they work for.
_UNNAMED_BY_CHOICE = re.compile(
    r",\s+who\s+(?:spoke|asked|requested|declined|did\s+not\s+want|"
    r"(?:was|were|is|are)\s+not\s+authori[sz]ed)\b|\bon\s+condition\s+of\s+anonymity",
    re.IGNORECASE,
)
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


class Speakers:
    """Resolves speaker phrases against the cast, in text order."""

    def __init__(self, cast: Cast, paragraphs: dict[int, Paragraph]) -> None:
        self.cast = cast
        self.paragraphs = paragraphs
        self.described = Descriptions(cast, paragraphs)
        self.pronouns = Pronouns(cast, paragraphs, self.described)
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
        phrase = _SETTING.sub("", phrase)  # 'In an email, a spokeswoman for X said'
        if DOCUMENT_SUBJECT.match(phrase):  # 'The audit called ...': its author speaks
            author = document_author(
                self.cast, self.paragraphs, self.described, paragraph, start, phrase
            )
            if author:
                return author, phrase
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
        owners = [m for m in mentions if POSSESSOR.match(text[m.end : cut])]
        if owners and len(owners) == len(mentions):
            found = self.described.possessed(owners[-1], text[owners[-1].end : cut], before)
            if found:
                return found, None  # "Ferrante's former coach said": the coach, not Ferrante
        mentions = [m for m in mentions if m not in owners] or mentions
        word = phrase.split()[0].lower() if phrase else ""
        if _PRONOUN.match(phrase) or (
            word in ("he", "she", "it", "they") and len(phrase.split()) <= 3
        ):
            return self.pronoun(word, paragraph, before), None
        nominal = NOMINAL.match(phrase)
        body = _BODY_PHRASE.fullmatch(phrase)
        found = (
            self.described.body(body.group("noun"), paragraph, before)
            if body and not mentions
            else None
        )
        if found:
            return found, None  # 'the company said'
        by_choice = bool(_UNNAMED_BY_CHOICE.search(who))
        if nominal and mentions and _for_themselves(nominal, by_choice):
            # 'A Pemex pipeline worker in X said': the worker, not the firm named in passing
            return self._described(nominal, phrase, paragraph, start, before, by_choice)
        if mentions:
            if (
                nominal
                and SPOKES.search(nominal.group("role"))
                and not any(self._is_person(m) for m in mentions)  # 'Eric Mamer' named: he speaks
            ):
                # 'a spokesperson for China's Ministry of Commerce': the ministry, not its owner
                owned = [m for m in mentions if not re.match(r"[’']s?\s", text[m.end :])]
                return (owned or mentions)[0].key, person_title(
                    nominal.group("phrase") + place_part(nominal.group("rest"))
                )  # a spokesperson for Y
            chosen = self._pick(mentions, last, start, paragraph)
            if chosen is None:
                return None, None
            return chosen.key, speaker_title(self.paragraphs[paragraph].text, chosen, start, end)
        if nominal:
            return self._described(nominal, phrase, paragraph, start, before, by_choice)
        if _ONE_OF.fullmatch(phrase):
            return self.described.member_of(paragraph, start), None  # 'one of them said'
        group = _GROUP.fullmatch(phrase)
        if group and (group.group("noun") or group.group("people").lower() == "police"):
            # 'police said', 'officials at the ministry said': the body they speak for
            noun = (group.group("noun") or group.group("people")).lower()
            found = self.described.body(noun, paragraph, before) if noun in BODY_WORDS else None
            return found, (phrase if found else None)
        return None, None

    def _described(
        self,
        nominal: re.Match[str],
        phrase: str,
        paragraph: int,
        start: int,
        before: int,
        by_choice: bool = False,
    ) -> tuple[str | None, str | None]:
        """A speaker given by description: a body's spokesperson, a known or new unnamed person.

        `by_choice`: the text says why they go unnamed; an official then speaks for themselves."""
        desc, role = nominal.group("desc"), nominal.group("role")
        owner = _OWNER.match(nominal.group("rest"))
        if owner:
            desc += " " + owner.group("body")  # 'a spokeswoman for the (foreign) ministry'
        if SPOKES.search(role) or (
            set(desc.lower().split()) & set(BODY_WORDS)
            and role.lower() in AGENTS
            and not by_choice
        ):
            title = phrase[: nominal.end("role")] + (owner.group(0) if owner else "")
            found = self.described.body(desc, paragraph, before)
            if found is None and owner and owner.group("body").split()[0][0].isupper():
                # 'a spokesperson for the Belarusian foreign ministry': a body the text names
                # only by description (annotation conventions, Actors)
                name, kind = owner.group("body"), BODY_WORDS[owner.group("noun").lower()]
                found = self.cast.lookup(name) or self.cast.add(name, kind)
            return found, person_title(title)
        if not phrase.lower().startswith("the "):
            return self.described.anonymous(phrase, paragraph, start), None
        anon = self.described.anonymous_subject(paragraph, before)
        if anon and role.lower() in self.paragraphs[anon[0]].text[anon[1] : anon[1] + 80].lower():
            return anon[2], None  # 'A crew member, who ... . "...," the crew member said.'
        introduced = self.described.introduced(role, paragraph, before)
        if introduced:
            return introduced, None  # '... after a junior analyst flagged them. “...,” the analyst'
        self.guess = f"'{phrase}' read as the last person named"
        return self.pronoun("they-person", paragraph, before), nominal.group("phrase").strip()

    def _is_person(self, m: Located) -> bool:
        return self.cast.actors[m.key].type == "person"

    def _pick(
        self, mentions: list[Located], last: bool, start: int, paragraph: int
    ) -> Located | None:
        text = self.paragraphs[paragraph].text
        # a place named after 'in', 'at' ... is where it was said, not who said it
        mentions = [m for m in mentions if not LOCATIVE.search(text[: m.start])] or mentions
        people = [m for m in mentions if self._is_person(m)]
        # a possessor is never the subject: 'Trump knocked Clinton's record and said ...'
        people = [m for m in people if not re.match(r"[’']s?\b", text[m.end : m.end + 2])] or people
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

    def pronoun(self, word: str, paragraph: int, before: int) -> str | None:
        """He/she: the last person named before (gender agreeing); it: the last organisation."""
        key, why = self.pronouns.resolve(word, paragraph, before)
        self.guess = self.guess or why
        return key

    def sentence_subject(self, p: Paragraph, at: int) -> str | None:
        """Who the sentence is about: a body it opens with ('The panel said ...'), else the
        first party it names."""
        start = sentence_start(p.text, at)
        opening = _OPENING_BODY.match(p.text[start:at])
        if opening:
            found = self.described.body(opening.group("noun"), p.index, start)
            if found:
                return found
        named = [
            m
            for m in self.cast.in_paragraph(p.index)
            if start <= m.start < at and self.cast.actors[m.key].type not in ("country", "work")
        ]
        # a possessor is not the subject: 'X's counsel, Y, described it as ...' is Y's
        owned = [m for m in named if not re.match(r"[’']s?\b", p.text[m.end : m.end + 2])]
        return (owned or named)[0].key if named else None


# A sentence opening with a body by its common noun: 'The panel said', 'Its regulator found'.
_OPENING_BODY = re.compile(
    rf"(?:[A-Z][^,]{{0,40}},\s+)?(?:[Tt]he|[Ii]ts)\s+(?P<noun>{'|'.join(BODY_WORDS)})\s+[a-z]+"
)
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


def _for_themselves(nominal: re.Match[str], by_choice: bool) -> bool:
    """Whether 'a/an ... <role>' is one unnamed person speaking for themselves: any role but a
    spokesperson's, and an official's only when the text says why they go unnamed."""
    article = nominal.group("phrase").split()[0].lower()
    role = nominal.group("role").lower()
    if article not in ("a", "an", "one", "another") or SPOKES.search(role):
        return False
    return by_choice or role not in AGENTS
