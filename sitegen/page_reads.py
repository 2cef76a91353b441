"""What each page reads, for Page.reads: "kind/id" of the records it shows. Only
bookkeeping; which pages exist and what they show is pages.py's job.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from collections.abc import Set as AbstractSet
from typing import Any

from sitegen.model import Claim, Content, Event, Quote
from sitegen.tracking import untracked


class RecordKeys(AbstractSet):
    """"kind/id" of every record of some kinds, and a few other names, listed only when
    asked: Page.reads is bookkeeping no build needs, and listing them would make an index
    page 10,000s of new strings. It does not count as the page reading the keys either
    (sitegen.tracking): adding any actor would otherwise redraw every index."""

    def __init__(self, kinds: Mapping[str, Mapping[str, Any]], extra: AbstractSet[str]) -> None:
        self._kinds, self._extra = kinds, extra

    def plus(self, *names: str) -> RecordKeys:
        return RecordKeys(self._kinds, self._extra | set(names))

    def __contains__(self, item: object) -> bool:
        if item in self._extra:
            return True
        kind, _, key = str(item).partition("/")
        return key in self._kinds.get(kind, {})

    def __iter__(self) -> Iterator[str]:
        yield from self._extra
        for kind, records in self._kinds.items():
            yield from (name for key in records if (name := f"{kind}/{key}") not in self._extra)

    def __len__(self) -> int:
        return sum(1 for _ in self)


def record_keys_of(content: Content, *kinds: str) -> RecordKeys:
    """Every record of these kinds, as a page that lists them all reads them."""
    return RecordKeys({kind: untracked(content.records(kind)) for kind in kinds}, frozenset())


def actor_refs(record: Any) -> Iterable[str]:
    """The actors a claim, quote or event names (their names show beside it)."""
    for name in ("speaker", "via", "claimant", "by"):
        if getattr(record, name, None):
            yield getattr(record, name)
    for name in ("about", "actors", "targets"):
        yield from getattr(record, name, ())


def record_keys(records: Iterable[Any]) -> set[str]:
    """"kind/id" of each claim, quote or event."""
    kinds = {Claim: "claims", Quote: "quotes", Event: "events"}
    return {f"{kinds[r.__class__]}/{r.id}" for r in records}  # __class__: views of records too
