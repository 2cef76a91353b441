"""Where the sources are cited: every citation of the site, the passages cited from
each source with the records citing them, and each source text laid out with its
cited passages and the actors it names. No I/O."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from sitegen.article import Block, layout_text, locate_excerpts
from sitegen.model import Citation, Content


@dataclass(frozen=True, kw_only=True)
class Cited:
    """One passage a source is cited for, and the records that cite it."""

    citation: Citation
    records: tuple[tuple[str, str, str], ...]  # (kind, id, label) of each citing record


def layout(content: Content, source_id: str) -> tuple[tuple[Block, ...], frozenset[str]]:
    names = {n: a.id for a in _sorted(content.actors) for n in a.names}
    return layout_text(content.texts[source_id], _excerpts(content, source_id), names)


def _excerpts(content: Content, source_id: str) -> list[str]:
    return [cit.excerpt for _, _, cit in _all_citations(content) if cit.source == source_id]


def _all_citations(content: Content) -> Iterable[tuple[str, Any, Citation]]:
    """Every citation of the site with its record's kind and the record, in a stable order."""
    for kind in ("claims", "quotes", "events"):
        for record in _sorted(content.records(kind)):
            for cit in record.citations:
                yield kind, record, cit
    # Actors cite through their relations: found through relations_to, not by looking at
    # every actor, so a page listing citations does not depend on actors without any
    # (adding or deleting one leaves the sources page alone in `sitegen serve`).
    related = {actor.id: actor for pairs in content.relations_to.values() for actor, _ in pairs}
    for actor_id in sorted(related):
        for rel in related[actor_id].relations:
            for cit in rel.citations:
                yield "actors", related[actor_id], cit


def cited(content: Content, source_id: str) -> list[Cited]:
    """The passages cited from one source, each with the records that cite it."""
    by_excerpt: dict[str, tuple[Citation, list]] = {}
    for kind, record, cit in _all_citations(content):
        if cit.source == source_id:
            entry = by_excerpt.setdefault(cit.excerpt, (cit, []))
            label = getattr(record, "title", None) or getattr(record, "name", None) or record.text
            if (kind, record.id, label) not in entry[1]:
                entry[1].append((kind, record.id, label))
    text = content.texts.get(source_id, "")
    located = locate_excerpts(text, by_excerpt) if text else {}

    def reading_order(cit: Citation) -> tuple[int, str]:
        found = located.get(cit.excerpt)
        return (found[0] if found else len(text), cit.excerpt)

    return [Cited(citation=cit, records=tuple(recs))
            for cit, recs in sorted(by_excerpt.values(), key=lambda item: reading_order(item[0]))]


def mentioned_actors(blocks: tuple[Block, ...]) -> frozenset[str]:
    return frozenset(p.actor for b in blocks for r in b.runs for p in r.pieces if p.actor)


def _sorted(records: Mapping[str, Any]) -> list[Any]:
    return [records[k] for k in sorted(records)]
