"""The shapes passed between the extractor's stages. No logic, no I/O.

Stages: article (text -> paragraphs, sentences, boilerplate out) -> actors
(mentions, clusters) -> quotes, claims, events, relations -> write (YAML).
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Mention:
    """An actor named in a sentence: offsets are relative to Sentence.text."""

    start: int
    end: int
    actor: str      # the cluster key (the future actor id)
    type: str       # person, organization, company, government, media, group, country, work


@dataclass(frozen=True)
class Sentence:
    """One sentence of the article body (boilerplate already removed)."""

    text: str               # verbatim from the article
    paragraph: int          # index of its paragraph in the body
    start: int              # offset of text within its paragraph
    mentions: tuple[Mention, ...] = ()
    heading: bool = False   # the paragraph is a heading line
    index: int = 0          # position in the list of body sentences
    in_quote: tuple[tuple[int, int], ...] = ()   # spans inside quotation marks (offsets in text)
    speakers: tuple[str, ...] = ()               # actor keys of the quotes in this sentence


@dataclass(frozen=True)
class DateMention:
    """A date expression found in a text, resolved at the precision written."""

    start: int
    end: int
    surface: str            # the words as written ("in January", "last year")
    value: str              # YYYY, YYYY-MM or YYYY-MM-DD
    relative: bool = False  # needed the publication date to resolve
    future: bool = False    # the text speaks of it as still to come ("later this year")


@dataclass(frozen=True)
class DraftClaim:
    excerpt: str            # verbatim from the article
    text: str               # neutral restatement, no hedge words
    status: str             # alleged, reported, confirmed, disputed, denied, unverified
    cues: tuple[str, ...] = ()
    claimant: str | None = None          # actor key
    about: tuple[str, ...] = ()          # actor keys
    responds_to: int | None = None       # index of the answered claim in the same list


@dataclass(frozen=True)
class DraftEvent:
    date: str               # YYYY, YYYY-MM or YYYY-MM-DD
    title: str
    kind: str               # sanction, investigation, publication, statement, production, other
    excerpt: str            # verbatim from the article
    actors: tuple[str, ...] = ()
    by: str | None = None
    targets: tuple[str, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class Candidate:
    """A name as written in a paragraph, with what its surroundings say about it."""

    paragraph: int
    start: int  # offsets in the paragraph text
    end: int
    surface: str
    possessive: bool = False  # followed by 's
    acronym: str | None = None  # "(OFAC)" right after the name
    honorific: str | None = None  # "Mr" before the name
    initial: bool = False  # still opens its sentence (capital may be positional)
    in_compound: bool = False  # an acronym seen inside a compound ("BSR-registered")
