"""schema.org JSON-LD and plain-text descriptions for the pages: plain data that
base.html escapes. No I/O; records in, data out."""

from __future__ import annotations

import functools
import re
from typing import Any

from sitegen.model import Actor, Content, Event, Quote, Source

DESCRIPTION_MAX = 200
_WIKIDATA_ID = re.compile(r"Q[1-9][0-9]*")
# schema.org types for actor types (JSON-LD); anything else is an Organization.
_SCHEMA_TYPES = {"person": "Person", "government": "GovernmentOrganization",
                 "company": "Corporation", "media": "NewsMediaOrganization",
                 "country": "Country", "work": "CreativeWork"}


def actor_ld(actor: Actor) -> dict[str, Any]:
    same_as = [link.url for link in actor.links]
    wikidata = actor.identifiers.get("wikidata", "")
    if _WIKIDATA_ID.fullmatch(wikidata):  # free text otherwise: never part of a URL
        same_as.append(f"https://www.wikidata.org/wiki/{wikidata}")
    data: dict[str, Any] = {"@type": _SCHEMA_TYPES.get(actor.type, "Organization"),
                            "name": actor.name}
    if actor.aliases:
        data["alternateName"] = list(actor.aliases)
    if actor.summary:
        data["description"] = plain(actor.summary)
    if same_as:
        data["sameAs"] = same_as
    return data


def quote_ld(content: Content, quote: Quote) -> dict[str, Any]:
    speaker = content.actors[quote.speaker]
    data: dict[str, Any] = {"@type": "Quotation", "text": quote.text,
                            "creator": {"@type": _SCHEMA_TYPES.get(speaker.type, "Organization"),
                                        "name": speaker.name}}
    source = content.sources.get(quote.citations[0].source) if quote.citations else None
    if source and source.url:
        data["isBasedOn"] = source.url
    return data


def event_ld(content: Content, event: Event) -> dict[str, Any]:
    data: dict[str, Any] = {"@type": "Event", "name": event.title, "startDate": str(event.date)}
    if event.by and event.by in content.actors:
        data["organizer"] = {"@type": "Organization", "name": content.actors[event.by].name}
    return data


def source_ld(content: Content, source: Source) -> dict[str, Any]:
    data: dict[str, Any] = {"@type": "Article" if source.kind == "article" else "CreativeWork",
                            "headline": source.title}
    if source.published:
        data["datePublished"] = str(source.published)
    if source.publisher and source.publisher in content.actors:
        data["publisher"] = {"@type": "Organization", "name": content.actors[source.publisher].name}
    if source.url:
        data["isBasedOn"] = source.url
    return data


@functools.lru_cache(maxsize=256)  # an actor page asks twice: description and JSON-LD
def plain(markdown: str) -> str:
    """A one-line plain-text summary of markdown, for meta descriptions."""
    text = _LINK.sub(r"\1", markdown) if "](" in markdown else markdown
    text = " ".join(text.translate(_MARKS).split())
    return text if len(text) <= DESCRIPTION_MAX else text[: DESCRIPTION_MAX - 1].rstrip() + "…"


_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MARKS = str.maketrans("", "", "*_`#>")  # dropped, as markup
