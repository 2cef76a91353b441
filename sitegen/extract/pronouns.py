"""Who "he", "she", "it" or "they" stands for when a pronoun introduces a quotation. No I/O.

He/she: the body whose unnamed spokesperson closed the sentence before; else the last person
named (gender agreeing), preferring the subject of the sentence that named them and an
anonymous speaker introduced since; a name typed as a company by guess
becomes a person when only it fits. It/they/we: the body last named, preferring the subject
of its sentence.
"""

from __future__ import annotations

import re

from sitegen.extract.actor_types import looks_like_person_name
from sitegen.extract.actors import Cast, Located
from sitegen.extract.article import Paragraph, sentence_start
from sitegen.extract.descriptions import Descriptions

# A spokesperson closing a sentence: ', a spokeswoman (for the agency) confirmed.'
_CLOSING_SPOKESPERSON = re.compile(
    r",\s+(?:a|an|the|its)\s+(?:[\w-]+\s+)?spokes(?:woman|man|person)"
    r"(?:\s+(?:for|at)\s+(?:the\s+)?(?P<owner>[\w -]+?))?\s+(?:said|confirmed|added|wrote|"
    r"told\s+\w+(?:\s+\w+)?)\.$"
)


class Pronouns:
    """Resolves pronouns against the cast, in text order."""

    def __init__(
        self, cast: Cast, paragraphs: dict[int, Paragraph], described: Descriptions
    ) -> None:
        self.cast = cast
        self.paragraphs = paragraphs
        self.described = described

    def resolve(self, word: str, paragraph: int, before: int) -> tuple[str | None, str | None]:
        """The actor a pronoun before offset `before` stands for, and why it is only a guess
        (None when it is not)."""
        guess: str | None = None
        if word in ("he", "she"):
            body = self._spokesperson_before(paragraph, before)
            if body:
                return body, None  # '..., a spokeswoman confirmed. “...,” she said.'
        anon = self.described.anonymous_subject(paragraph, before)
        earlier = [m for m in self.cast.mentions if (m.paragraph, m.start) < (paragraph, before)]
        if word in ("it", "they", "we"):
            bodies = [
                m
                for m in earlier
                if self.cast.actors[m.key].type not in ("person", "country", "work", "media")
            ]
            if not bodies:
                return None, None
            # the subject of the sentence that named a body last: 'Ofcomm fined Apex. It said'
            text = self.paragraphs[bodies[-1].paragraph].text
            opening = sentence_start(text, bodies[-1].start)
            same = [m for m in bodies if m.paragraph == bodies[-1].paragraph and m.start >= opening]
            return (same[0] if self.described.opens_sentence(same[0]) else bodies[-1]).key, None
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
                guess = guess or (
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
            guess = guess or f"'{word}' matches no one's gender; read as the last person named"
        if (
            anon
            and word in ("he", "she")
            and (recent is None or (anon[0], anon[1]) > (recent.paragraph, recent.start))
        ):
            return anon[2], guess
        if recent is not None and word in ("he", "she"):
            recent = self._subject_named_with(recent, fitting)
        if recent is not None and gender and not self.cast.actors[recent.key].gender:
            self.cast.actors[recent.key].gender = gender  # 'he said' tells us
        return (recent.key if recent else None), guess

    def _spokesperson_before(self, paragraph: int, before: int) -> str | None:
        """The body whose unnamed spokesperson closed the sentence just before: 'The agency
        opened an inquiry, a spokeswoman confirmed.'"""
        text = self.paragraphs[paragraph].text
        here = sentence_start(text, before)
        if here == 0:
            return None
        m = _CLOSING_SPOKESPERSON.search(text[:here].rstrip())
        if not m:
            return None
        owner = m.group("owner")
        opening = sentence_start(text, m.start())
        if owner:
            return self.described.body(owner, paragraph, m.start())
        bodies = [
            x
            for x in self.cast.in_paragraph(paragraph)
            if opening <= x.start < m.start()
            and self.cast.actors[x.key].type not in ("person", "country", "work", "media")
        ]
        return bodies[0].key if bodies else None  # the body the sentence is about

    def _subject_named_with(self, recent: Located, fitting: list[Located]) -> Located:
        """The subject of the sentence that named `recent`, when it fits the pronoun too:
        'Tom Baker accused Peter Lang of lying. “...,” he said' is Baker speaking."""
        text = self.paragraphs[recent.paragraph].text
        opening = sentence_start(text, recent.start)
        same = [
            m
            for m in fitting
            if m.paragraph == recent.paragraph
            and m.start >= opening
            and not re.match(r"[’']s?\b", text[m.end : m.end + 2])  # 'X's lawyer, Y,': not X
        ]
        first = same[0] if same else recent
        return first if self.described.opens_sentence(first) else recent
