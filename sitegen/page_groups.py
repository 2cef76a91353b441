"""How pages group and word records: actors by type, events by year, an actor's claims
each once, a relation read from either end. Pure functions; which pages exist and what
each shows is pages.py's job.
"""

from __future__ import annotations

from collections.abc import Sequence

from sitegen.model import RELATION_LABELS, Actor, Claim, Event
from sitegen.tracking import Views

# The actor index's group headings, by actor type.
TYPE_LABELS = {"person": "People", "organization": "Organisations", "company": "Companies",
               "government": "Governments", "media": "Media", "group": "Groups",
               "country": "Countries", "work": "Works"}


def claim_sections(by: tuple[Claim, ...],
                   about: tuple[Claim, ...]) -> tuple[list[Claim], list[Claim]]:
    """An actor's claims, each once: a response shown beside its claim is not repeated."""
    shown, by_ids = {cl.id for cl in (*by, *about)}, {cl.id for cl in by}
    by_list = [cl for cl in by if cl.responds_to not in shown]
    about_list = [cl for cl in about if cl.id not in by_ids and cl.responds_to not in shown]
    return by_list, about_list


def relation_label(kind: str, incoming: bool = False) -> str | None:
    """How a relation reads from either end: 'employed by' / 'employs'.

    None for the far end of a kind with no known reverse wording; the page then says
    "<other> <kind> <this actor>" instead of inventing one.
    """
    labels = RELATION_LABELS.get(kind)
    if labels:
        return labels[incoming]
    return None if incoming else kind.replace("-", " ")


def by_year(events: Sequence[Event]) -> list[tuple[int, Sequence[Event]]]:
    """Events in date order, by year. Views (a kept timeline order) stay Views, grouped
    by their records' dates unnoted: ordering them read every date."""
    if isinstance(events, Views):
        return [(year, Views(group, events.reads)) for year, group in by_year(events.raws)]
    years: dict[int, list[Event]] = {}
    for event in events:
        years.setdefault(event.date.year, []).append(event)
    return list(years.items())


def by_name(actor: Actor) -> tuple[str, str, str]:
    """The actor index's order (by name, then id), and the actor's type to group by."""
    return (actor.name.lower(), actor.id, actor.type)
