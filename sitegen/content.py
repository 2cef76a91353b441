"""All records of a site in one value, with the back-links every page needs (quotes by
speaker, claims about an actor, incoming relations), each computed once on first use.
The record types themselves are sitegen.model's.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property
from types import MappingProxyType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sitegen.model import Actor, Claim, Event, Quote, Record, Relation, Site, Source


@dataclass(frozen=True, kw_only=True)
class Content:
    """All records of a site, plus the back-links every page needs (computed once)."""

    root: str  # the content folder, as given
    site: Site | None  # None when site.yaml is missing or broken
    sources: Mapping[str, Source]
    actors: Mapping[str, Actor]
    claims: Mapping[str, Claim]
    quotes: Mapping[str, Quote]
    events: Mapping[str, Event]
    texts: Mapping[str, str] = field(default_factory=dict)  # source id -> its text
    problems: tuple = ()  # shape problems found while loading (SitegenErrors)
    # Ids of every record file, loadable or not, so one broken record does not
    # also make every reference to it an error.
    files: Mapping[str, frozenset[str]] = field(default_factory=dict)
    # Records with shape problems, their bad fields None: checked, never rendered.
    partial: tuple = ()

    def records(self, kind: str) -> Mapping[str, Record]:
        return getattr(self, kind)

    @cached_property
    def quotes_by_speaker(self) -> Mapping[str, tuple[Quote, ...]]:
        return _group(self.quotes.values(), lambda q: (q.speaker,))

    @cached_property
    def quotes_about(self) -> Mapping[str, tuple[Quote, ...]]:
        return _group(self.quotes.values(), lambda q: q.about)

    @cached_property
    def claims_by_claimant(self) -> Mapping[str, tuple[Claim, ...]]:
        return _group(self.claims.values(), lambda c: (c.claimant,) if c.claimant else ())

    @cached_property
    def claims_about(self) -> Mapping[str, tuple[Claim, ...]]:
        return _group(self.claims.values(), lambda c: c.about)

    @cached_property
    def responses(self) -> Mapping[str, tuple[Claim, ...]]:
        """Claims that answer each claim (denials beside their allegation)."""
        return _group(self.claims.values(), lambda c: (c.responds_to,) if c.responds_to else ())

    @cached_property
    def events_by_actor(self) -> Mapping[str, tuple[Event, ...]]:
        return _group(sorted(self.events.values(), key=event_order), lambda e: e.involved)

    @cached_property
    def relations_to(self) -> Mapping[str, tuple[tuple[Actor, Relation], ...]]:
        """Incoming relations per actor: ("employs Barnhart" on Mandiant's page)."""
        out: dict[str, list[tuple[Actor, Relation]]] = {}
        for actor in self.actors.values():
            for rel in actor.relations:
                out.setdefault(rel.to, []).append((actor, rel))
        return MappingProxyType({k: tuple(v) for k, v in out.items()})


def event_order(event: Event) -> tuple:
    """Sort events by date at its precision (2016 before 2016-01), then by id."""
    return (event.date, event.id)


def _group(items, keys_of) -> Mapping[str, tuple]:
    out: dict[str, list] = {}
    for item in items:
        for key in keys_of(item):
            out.setdefault(key, []).append(item)
    return MappingProxyType({k: tuple(v) for k, v in out.items()})
