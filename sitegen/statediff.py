"""What changed between two build states, as a diff small enough to append to the state
file instead of writing its 30 MB again when one record changed (sitegen.statefile).

A state is nested dicts, lists and values. Unchanged records, page reads and digests are
the same objects from one build to the next (load.Reuse), so comparing is mostly identity
checks: a dict is diffed key by key, a list that only grew gives its new tail, anything
else that is not the same (or an equal plain value) is replaced whole.
"""

from __future__ import annotations

from array import array
from typing import Any

# Compared by value when not the same object: cheap, and equal means interchangeable.
_VALUES = (str, bytes, int, float, bool, type(None), frozenset, array)

Diff = tuple  # ("=", value) | ("+", tail) | ("{", {key: Diff}, removed keys)


def diff(new: Any, old: Any) -> Diff | None:
    """What turns old into new (None: nothing); `apply(old, diff(new, old))` equals new."""
    if new is old:
        return None
    if type(new) is dict and type(old) is dict:  # key by key, not compared whole first
        changes: dict = {}
        added = []
        missing = object()
        for key, value in new.items():
            before = old.get(key, missing)
            if before is value:  # most entries: no call at all (80,000 of them at 10,000)
                continue
            if before is missing:
                changes[key] = ("=", value)
                added.append(key)
            elif (change := diff(value, before)) is not None:
                changes[key] = change
        removed = tuple(key for key in old if key not in new) if len(old) + len(added) \
            != len(new) else ()
        # Applied, kept keys keep their place and added ones go last: is that new's order?
        kept = list(old) if not removed else [key for key in old if key in new]
        if list(new) != kept + added:
            return ("=", new)
        return ("{", changes, removed) if changes or removed else None
    if _same(new, old):
        return None
    if type(new) is list and type(old) is list and len(new) >= len(old) \
            and new[:len(old)] == old:
        return ("+", new[len(old):])
    return ("=", new)


def apply(old: Any, change: Diff) -> Any:
    """old changed by `change`; dicts and lists are changed in place."""
    tag = change[0]
    if tag == "=":
        return change[1]
    if tag == "+":
        old.extend(change[1])
        return old
    if tag != "{" or type(old) is not dict:
        raise ValueError(f"not a state diff: {tag!r}")
    for key in change[2]:
        del old[key]
    for key, sub in change[1].items():
        old[key] = apply(old.get(key), sub)
    return old


def _same(a: Any, b: Any) -> bool:
    if a is b:
        return True
    kind = type(a)
    if kind is not type(b):
        return False
    if kind is tuple:
        return len(a) == len(b) and all(map(_same, a, b))
    if kind is dict:  # such as the template digests in a build's setting
        return a.keys() == b.keys() and all(_same(value, b[key]) for key, value in a.items())
    return kind in _VALUES and a == b
