"""Remember each record's problems between checks of the same content (`sitegen
serve`, a rebuild), so that only new or changed records are checked again. The rules
themselves are check.py's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitegen.errors import SitegenError
from sitegen.model import Actor, Content, Record

if TYPE_CHECKING:
    from sitegen.check import _Checker, _NameKeys


class Memo:
    """Each record's own problems from an earlier check, for a process that checks the
    same content again (`sitegen serve`). A record's problems depend on the record,
    the ids that exist and the source texts; while those texts stay the same, a record
    object seen before (the loader's Reuse keeps unchanged ones) is not checked again,
    unless it had a problem or referred to an id that is gone.
    """

    def __init__(self) -> None:
        self.key: tuple = ()
        # id(record) -> (record, its problems, the ids it referred to as kind, id, kind,
        # id... flat; None: not known, as for records a new process read back)
        self.found: dict[int, tuple[Record, list[SitegenError], tuple[str, ...] | None]] = {}
        self.names: dict[int, tuple[Actor, _NameKeys]] = {}  # each actor's folded names

    def check(self, checker: _Checker, record: Record, strict: bool) -> tuple:
        """Check one record: its entry in `found`, its problems not yet reported."""
        before = len(checker.problems)
        checker.refs = []
        checker.record(record, strict)
        entry = (record, checker.problems[before:], tuple(checker.refs))
        checker.refs = None
        del checker.problems[before:]
        return entry

    def start(self, content: Content, strict: bool) -> None:
        key = (content.files, dict(content.texts), strict)
        if key == self.key:
            return
        if self.key and self.key[1:] == key[1:]:
            # Ids were added or removed. A record with a problem is checked again (its
            # hint lists the ids); one without had every reference known, so it stays
            # right unless it referred to an id that is gone.
            gone = {(kind, i) for kind, ids in self.key[0].items()
                    for i in ids - key[0].get(kind, frozenset())}
            ids = {i for _, i in gone}  # a first test in C: most refs name none of them
            self.found = {k: entry for k, entry in self.found.items() if not entry[1] and (
                not gone or entry[2] is not None and ids.isdisjoint(entry[2])
                or _refers_to_none(entry[2], gone))}
        else:
            self.found = {}
        self.key = key


def _refers_to_none(refs: tuple[str, ...] | None, gone: set[tuple[str, str]]) -> bool:
    """Whether refs (kind, id, kind, id... flat) name none of the ids gone; False if
    they are not known."""
    if refs is None:
        return False
    return not any((kind, i) in gone for kind, i in zip(refs[::2], refs[1::2], strict=True))
