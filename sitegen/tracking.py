"""What a page read, and which of those reads an edit changed. No I/O.

A page is a pure function of its template, the settings and what its context builder
(pages.py) and its template read from the content. Building and rendering it against
a `TrackedContent` notes each read:

- (name, None, None): the keys of a Content mapping (iterated, counted), or the value
  of a Content attribute that is not a mapping (`site`);
- (name, key, None): whether `key` is in that mapping and, for a mapping of groups
  (quotes_by_speaker...), which records it holds, by kind and id;
- (kind, id, field): one field of one record, read through a `RecordView`.

A summary edit then changes (actors, id, "summary") alone, so the index pages, which
show names, are not rendered again. `changed_reads` lists the reads an edit changed.
"""

from __future__ import annotations

import dataclasses
import functools
import operator
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

from sitegen.model import KINDS, Content, Record

Read = tuple[str, Any, Any]
KIND_OF = {cls: kind for kind, cls in KINDS.items()}
_UNTRACKED = frozenset({"id", "loc"})  # an id is its key; positions never reach a page


class TrackedContent:
    """Content as a page sees it, noting every read into `reads`."""

    def __init__(self, content: Content, reads: set[Read]) -> None:
        self._content, self._reads = content, reads

    def __getattr__(self, name: str) -> Any:
        value = getattr(self._content, name)
        if isinstance(value, Mapping):  # kept: later look-ups find it without a call here
            tracked = self.__dict__[name] = TrackedMap(name, value, self._reads)
            return tracked
        self._reads.add((name, None, None))
        return value

    def records(self, kind: str) -> TrackedMap:
        return self.__getattr__(kind)


class TrackedMap(Mapping):
    """A mapping of Content (or of pages.Shared) that notes the keys looked up."""

    def __init__(self, name: str, mapping: Mapping, reads: set[Read]) -> None:
        self._name, self._map, self._reads = name, mapping, reads

    def __getitem__(self, key: Any) -> Any:
        self._reads.add((self._name, key, None))
        return view(self._map[key], self._reads)

    def __contains__(self, key: object) -> bool:
        self._reads.add((self._name, key, None))
        return key in self._map

    def get(self, key: Any, default: Any = None) -> Any:
        self._reads.add((self._name, key, None))
        return view(self._map[key], self._reads) if key in self._map else default

    def __iter__(self) -> Iterator:
        self._reads.add((self._name, None, None))
        return iter(self._map)

    def __len__(self) -> int:
        self._reads.add((self._name, None, None))
        return len(self._map)


class RecordView:
    """A record that notes which of its fields are read. It passes for the record
    (isinstance, __class__); two views are equal if they show the same record object.

    Each record class gets its own view class with a property per field (`_view_class`):
    a field read is one property call, not a failed look-up and then __getattr__."""

    __slots__ = ("_record", "_reads")

    def __new__(cls, record: Record, reads: set[Read]) -> RecordView:  # noqa: ARG003
        """RecordView(record, reads) is the view class made for the record's class."""
        return object.__new__(_VIEWS[type(record)] if cls is RecordView else cls)

    def __init__(self, record: Record, reads: set[Read]) -> None:
        self._record, self._reads = record, reads

    @property  # type: ignore[misc]
    def __class__(self) -> type:  # noqa: D105 - isinstance() and __class__ see the record's
        return type(self._record)

    def __getattr__(self, name: str) -> Any:  # anything but a field: read it as it is
        record = self._record
        value = getattr(record, name)
        if name not in _UNTRACKED:
            self._reads.add((KIND_OF[type(record)], record.id, name))
        return value

    def __eq__(self, other: object) -> bool:
        return self._record is getattr(other, "_record", other)

    def __hash__(self) -> int:
        return id(self._record)


def _tracked_field(kind: str, name: str) -> property:
    def read(self: RecordView) -> Any:
        record = self._record
        self._reads.add((kind, record.id, name))
        return getattr(record, name)
    return property(read)


def _untracked_field(name: str) -> property:
    return property(lambda self: getattr(self._record, name))


def _view_class(kind: str, cls: type) -> type[RecordView]:
    """RecordView for one record class: its fields noted as read, its own properties
    (draft, names, involved) run on the view, so that they note the fields they read."""
    attrs: dict[str, Any] = {"__slots__": ()}
    for f in dataclasses.fields(cls):
        attrs[f.name] = (_untracked_field(f.name) if f.name in _UNTRACKED
                         else _tracked_field(kind, f.name))
    for klass in reversed(cls.__mro__):
        attrs.update({name: property(attr.fget) for name, attr in vars(klass).items()
                      if isinstance(attr, property)})
    return type(f"{cls.__name__}View", (RecordView,), attrs)


# One view class per record class, made once.
_VIEWS = {cls: _view_class(kind, cls) for kind, cls in KINDS.items()}


class Views(Sequence):
    """Records handed to a template, each seen through a view when it is looked at. A
    card function that takes records raw (sitegen.cards) reads `raws` and makes no view
    of 10,000 records; a template's own loop over them still notes what it reads."""

    __slots__ = ("raws", "reads")

    def __init__(self, raws: Sequence[Any], reads: set[Read]) -> None:
        self.raws, self.reads = raws, reads  # reads: the page's, where the views note theirs

    def __len__(self) -> int:
        return len(self.raws)

    def __getitem__(self, i: Any) -> Any:
        if isinstance(i, slice):
            return [view(record, self.reads) for record in self.raws[i]]
        return view(self.raws[i], self.reads)

    def __iter__(self) -> Iterator:
        reads = self.reads
        return (view(record, reads) for record in self.raws)


def untracked(mapping: Mapping) -> Mapping:
    """The mapping itself, for bookkeeping that is no part of what a page shows."""
    return mapping._map if isinstance(mapping, TrackedMap) else mapping


def view(value: Any, reads: set[Read]) -> Any:
    """value with each record in it (a group's tuple, a relation's pair) seen through a view."""
    if isinstance(value, Record):
        return _VIEWS[type(value)](value, reads)
    if type(value) is tuple:
        return tuple([view(item, reads) for item in value])
    return value


# -- what changed between two loads ---------------------------------------------------------

def changed_reads(old: Content, new: Content, extra: Mapping[str, tuple[Mapping, Mapping]]
                  ) -> set[Read]:
    """Every read whose value differs between two loads of the content. Unchanged records
    are the same objects in both (load.Reuse), so most comparisons are identity checks.

    extra: other mappings pages read, by name: (old, new), e.g. pages.Shared's."""
    changed: set[Read] = set()
    touched = False
    for kind, cls in KINDS.items():
        touched |= _diff_records(kind, cls, old.records(kind), new.records(kind), changed)
    if old.site != new.site:
        changed.add(("site", None, None))
    texts = _diff_values("texts", old.texts, new.texts, changed)
    if touched or texts:  # groups are made of records: unchanged records, same groups
        fields = {(read[0], read[2]) for read in changed}
        for name in _GROUPS:
            kind, by = GROUPED_BY.get(name, (None, ()))
            if kind is None or (kind, None) in fields or any((kind, f) in fields for f in by):
                _diff_values(name, getattr(old, name), getattr(new, name), changed)
    for name, (before, after) in extra.items():
        _diff_values(name, before, after, changed)
    return changed


# Content's mappings of groups of records (its cached properties).
_GROUPS = tuple(name for name, attr in vars(Content).items()
                if isinstance(attr, functools.cached_property))
# The records each group holds and the fields that decide which group holds one (and
# in which order): while none of those changed, no group did. A group not listed here
# is compared whenever a record changed.
GROUPED_BY = {"quotes_by_speaker": ("quotes", ("speaker",)),
               "quotes_about": ("quotes", ("about",)),
               "claims_by_claimant": ("claims", ("claimant",)),
               "claims_about": ("claims", ("about",)),
               "responses": ("claims", ("responds_to",)),
               "events_by_actor": ("events", ("date", "actors", "by", "targets")),
               "relations_to": ("actors", ("relations",))}


def _diff_records(kind: str, cls: type, old: Mapping, new: Mapping, changed: set[Read]) -> bool:
    """Add the changed fields of each record of one kind; True if any record changed."""
    differ = [k for k, record in new.items() if old.get(k) is not record]
    gone = [k for k in old if k not in new]
    if not differ and not gone:
        return False
    names = [f.name for f in dataclasses.fields(cls) if f.name not in _UNTRACKED]
    for key in (*differ, *gone):
        before, after = old.get(key), new.get(key)
        if before is None or after is None:
            changed.add((kind, None, None))
            changed.add((kind, key, None))
            changed.update((kind, key, name) for name in names)
        else:
            changed.update((kind, key, name) for name in names
                           if getattr(before, name) != getattr(after, name))
    return True


def _diff_values(name: str, old: Mapping, new: Mapping, changed: set[Read]) -> bool:
    """Add the keys whose values differ (records compared by kind and id); True if any."""
    if old is new:
        return False
    found = False
    if old.keys() != new.keys():
        changed.add((name, None, None))
        found = True
    for key in old.keys() | new.keys():
        if not same_shape(old.get(key), new.get(key)):
            changed.add((name, key, None))
            found = True
    return found


def same_shape(a: Any, b: Any) -> bool:
    """Would a and b look alike to a page that reads their records' fields separately?
    Records are alike if they are of one kind and id (their fields are tracked apart)."""
    if a is b:
        return True
    if type(a) is tuple and type(b) is tuple:
        return len(a) == len(b) and (all(map(operator.is_, a, b)) or all(map(same_shape, a, b)))
    if isinstance(a, Record) and isinstance(b, Record):
        return type(a) is type(b) and a.id == b.id
    return a == b
