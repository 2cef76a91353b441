"""The content model as frozen dataclasses: the one shape every command shares. No I/O.

Field metadata carries what YAML needs beyond the Python type (docs, enums, which
folder an id points into), so the loader, `check` and the JSON Schemas are all
derived from these classes and cannot drift apart (content-model.md).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any, Mapping

# Content (the records of a site and their back-links) lives in its own module; it is
# imported here so that every `from sitegen.model import Content` keeps working.
from sitegen.content import Content, event_order  # noqa: F401

STATUSES = ("alleged", "reported", "confirmed", "disputed", "denied", "unverified")
ACTOR_TYPES = ("person", "organization", "company", "government", "media", "group", "country", "work")
SOURCE_KINDS = ("article", "report", "wire", "statement", "filing", "dataset", "other")
EVENT_KINDS = ("sanction", "investigation", "publication", "statement", "production", "other")
# `draft` marks what `sitegen extract` wrote and no editor has reviewed yet.
REVIEW_STATES = ("draft", "reviewed")
# How actor and source text pages are written (sitegen.links): a folder each or a file each.
PAGE_FILES = ("folders", "flat")
# Relation kinds are open (content-model.md says "kinds such as"); these get readable labels.
RELATION_LABELS = {
    "employed-by": ("employed by", "employs"),
    "part-of": ("part of", "includes"),
    "owned-by": ("owned by", "owns"),
    "produced-by": ("produced by", "produces"),
    "commissioned-by": ("commissioned by", "commissioned"),
    "subcontracted-to": ("subcontracted to", "subcontractor of"),
    "spokesperson-of": ("spokesperson of", "spokesperson"),
    "based-in": ("based in", "home of"),
    "lawyer-for": ("lawyer for", "represented by"),
    "produced-for": ("produced for", "commissioned"),
    "formerly": ("formerly", "later"),
    "affiliated-with": ("affiliated with", "affiliated with"),
}

ID_PATTERN = r"[a-z0-9]+(-[a-z0-9]+)*"
ID_RE = re.compile(ID_PATTERN)
ID_MAX = 80
DATE_RE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
COUNTRY_RE = re.compile(r"[A-Z]{2}")
MONTHS = ("January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December")


def spec(doc: str, *, enum: tuple[str, ...] = (), ref: str = "", pattern: str = "",
         url: bool = False, required: bool = False, default: Any = None) -> Any:
    """Declare a YAML field: its documentation and the rules its value follows."""
    meta = {"doc": doc, "enum": enum, "ref": ref, "pattern": pattern, "url": url,
            "required": required}
    if required:
        return field(metadata=meta)
    if isinstance(default, Mapping):  # a shared empty mapping must not be mutable
        return field(default_factory=lambda: MappingProxyType(dict(default)), metadata=meta)
    return field(default=default, metadata=meta)


def internal() -> Any:
    """A field that is not written in YAML (id, position); ignored by comparison."""
    return field(default=None, compare=False, repr=False, metadata={"internal": True})


@dataclass(frozen=True, order=True)
class PartialDate:
    """A date at the precision it was written: 2016, 2024-01 or 2024-04-23."""

    year: int
    month: int = 0
    day: int = 0

    @classmethod
    def parse(cls, text: str) -> PartialDate | None:
        """Parse YYYY, YYYY-MM or YYYY-MM-DD; None if malformed or impossible."""
        m = DATE_RE.fullmatch(text)
        if not m:
            return None
        year, month, day = int(m[1]), int(m[2] or 0), int(m[3] or 0)
        if m[2] and not 1 <= month <= 12:
            return None
        if m[3]:
            import datetime

            try:
                datetime.date(year, month, day)
            except ValueError:
                return None
        return cls(year, month, day)

    def __str__(self) -> str:
        if self.day:
            return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        if self.month:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}"

    def display(self) -> str:
        """Render at the written precision: '2016', 'January 2024', '23 April 2024'."""
        if self.day:
            return f"{self.day} {MONTHS[self.month - 1]} {self.year}"
        if self.month:
            return f"{MONTHS[self.month - 1]} {self.year}"
        return str(self.year)


@dataclass(frozen=True, kw_only=True)
class Loc:
    """Where a record's fields sit in its file, for messages that point at the value."""

    path: str
    values: Mapping[tuple, tuple[int, int]] = field(default_factory=dict)
    keys: Mapping[tuple, tuple[int, int]] = field(default_factory=dict)

    def at(self, *keypath: str | int) -> tuple[int, int]:
        """Line and column of the value at keypath, or of its nearest enclosing value."""
        for n in range(len(keypath), -1, -1):
            spot = self.values.get(tuple(keypath[:n]))
            if spot:
                return spot
        return (1, 1)

    def key_at(self, *keypath: str | int) -> tuple[int, int]:
        """Line and column of the key that names keypath (for unknown fields)."""
        return self.keys.get(tuple(keypath)) or self.at(*keypath)


@dataclass(frozen=True, kw_only=True)
class Citation:
    """Where a statement comes from: a source and the exact passage."""

    source: str = spec("the sources/ id of the document", ref="sources", required=True)
    excerpt: str = spec("the passage, copied verbatim from the source's text", required=True)


@dataclass(frozen=True, kw_only=True)
class Relation:
    """A stated link from one actor to another."""

    to: str = spec("the actor at the other end", ref="actors", required=True)
    kind: str = spec("employed-by, part-of, owned-by, produced-by, spokesperson-of, ...",
                     pattern=ID_PATTERN, required=True)
    citations: tuple[Citation, ...] = spec("where the relation is stated", default=())


@dataclass(frozen=True, kw_only=True)
class Link:
    """An outside page about an actor."""

    title: str = spec("what the link shows", required=True)
    url: str = spec("http(s) address", url=True, required=True)


@dataclass(frozen=True, kw_only=True)
class Site:
    """The site itself (content/site.yaml)."""

    title: str = spec("site title", required=True)
    lead_source: str = spec("the article the explainer is built on", ref="sources", required=True)
    description: str | None = spec("one-paragraph summary (markdown)")
    base_url: str = spec("where the site is hosted: /, /sub/path/ or https://host/sub/", default="/")
    language: str = spec("BCP 47 language tag", pattern=r"[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*", default="en")
    page_files: str = spec("folders: actors/<id>/index.html (default); flat: actors/<id>.html",
                           enum=PAGE_FILES, default="folders")
    loc: Loc = internal()

    @property
    def flat(self) -> bool:
        """Actor and source text pages are files of their own, not folders."""
        return self.page_files == "flat"


@dataclass(frozen=True, kw_only=True)
class Record:
    """What every record shares: its id (the file name) and the review mark."""

    id: str = internal()
    loc: Loc = internal()

    @property
    def draft(self) -> bool:
        return getattr(self, "review", None) == "draft"


@dataclass(frozen=True, kw_only=True)
class Source(Record):
    """A document that claims are drawn from."""

    title: str = spec("the document's title", required=True)
    kind: str = spec("what sort of document", enum=SOURCE_KINDS, required=True)
    publisher: str | None = spec("the actor that published it", ref="actors")
    authors: tuple[str, ...] = spec("the actors who wrote it", ref="actors", default=())
    url: str | None = spec("http(s) address", url=True)
    published: PartialDate | None = spec("publication date: YYYY, YYYY-MM or YYYY-MM-DD")
    text: str | None = spec("path of the source's plain text, relative to the repository root")
    review: str | None = spec("draft: written by sitegen extract, not yet reviewed", enum=REVIEW_STATES)


@dataclass(frozen=True, kw_only=True)
class Actor(Record):
    """A person, organisation, government, outlet or work that the story names."""

    name: str = spec("display name", required=True)
    type: str = spec("what sort of actor", enum=ACTOR_TYPES, required=True)
    aliases: tuple[str, ...] = spec("other names and spellings found in sources", default=())
    summary: str | None = spec("who or what this is (markdown)")
    country: str | None = spec("ISO 3166-1 alpha-2 code", pattern=COUNTRY_RE.pattern)
    relations: tuple[Relation, ...] = spec("stated links to other actors", default=())
    identifiers: Mapping[str, str] = spec("ids elsewhere, e.g. wikidata: Q...",
                                          default={})
    links: tuple[Link, ...] = spec("outside pages about the actor", default=())
    review: str | None = spec("draft: written by sitegen extract, not yet reviewed", enum=REVIEW_STATES)

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


@dataclass(frozen=True, kw_only=True)
class Claim(Record):
    """An assertion, always shown with its epistemic status."""

    text: str = spec("the claim in neutral words", required=True)
    status: str = spec("how established it is", enum=STATUSES, required=True)
    citations: tuple[Citation, ...] = spec("where the claim is made", required=True)
    claimant: str | None = spec("the actor who asserts it", ref="actors")
    about: tuple[str, ...] = spec("the actors the claim concerns", ref="actors", default=())
    cues: tuple[str, ...] = spec("hedging or attribution words found in the excerpt", default=())
    responds_to: str | None = spec("the claim this one answers (a denial)", ref="claims")
    review: str | None = spec("draft: written by sitegen extract, not yet reviewed", enum=REVIEW_STATES)


@dataclass(frozen=True, kw_only=True)
class Quote(Record):
    """A direct quotation with its speaker."""

    text: str = spec("the words inside the quotation marks, verbatim", required=True)
    speaker: str = spec("the actor who said it", ref="actors", required=True)
    citations: tuple[Citation, ...] = spec("where the quote was read", required=True)
    speaker_title: str | None = spec("how the source describes the speaker at that moment")
    via: str | None = spec("the outlet the quote was obtained through", ref="actors")
    about: tuple[str, ...] = spec("the actors the quote concerns", ref="actors", default=())
    review: str | None = spec("draft: written by sitegen extract, not yet reviewed", enum=REVIEW_STATES)


@dataclass(frozen=True, kw_only=True)
class Event(Record):
    """A dated happening on the timeline."""

    date: PartialDate = spec("YYYY, YYYY-MM or YYYY-MM-DD, at the precision the source gives",
                             required=True)
    title: str = spec("what happened", required=True)
    kind: str = spec("what sort of event", enum=EVENT_KINDS, required=True)
    citations: tuple[Citation, ...] = spec("where the event is reported", required=True)
    actors: tuple[str, ...] = spec("the actors involved", ref="actors", default=())
    by: str | None = spec("sanction events: the sanctioning authority", ref="actors")
    targets: tuple[str, ...] = spec("sanction events: the sanctioned actors", ref="actors", default=())
    review: str | None = spec("draft: written by sitegen extract, not yet reviewed", enum=REVIEW_STATES)

    @property
    def involved(self) -> tuple[str, ...]:
        """Every actor the event names, in order, without repeats."""
        return tuple(dict.fromkeys((*self.actors, *((self.by,) if self.by else ()), *self.targets)))


# The record folders of content/, in the order they are loaded and reported.
KINDS: dict[str, type[Record]] = {
    "sources": Source,
    "actors": Actor,
    "claims": Claim,
    "quotes": Quote,
    "events": Event,
}
