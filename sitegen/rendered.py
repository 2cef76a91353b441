"""What a build renders, and what it leaves for the next one to compare with.

Each planned page is built and rendered by a `Renderer`, in a worker process, against a
TrackedContent (sitegen.tracking) that notes what the page read; `State` keeps, for the
next build, the content, the reads of every page and the digest of every output file.
"""

from __future__ import annotations

import dataclasses
import hashlib
import itertools
from array import array
from collections.abc import Iterable, Mapping, Set
from dataclasses import dataclass, field, replace
from pathlib import Path

import jinja2

from sitegen import outfiles
from sitegen.cards import Card, CardKey, CardMemo
from sitegen.errors import SitegenError
from sitegen.model import Content
from sitegen.pages import Plan, Shared, make_page
from sitegen.render import render_page
from sitegen.tracking import Read, TrackedContent, TrackedMap


@dataclass
class State:
    """What the previous build made, to compare the next one with."""

    setting: tuple | None  # None: unknown (read back from the cache), to be checked page by page
    env: jinja2.Environment | None
    content: Content | None
    shared: Shared | None = None
    # Every distinct read numbered; url -> the numbers of what the page read. An array
    # of numbers is 4 bytes a read, and pickles as one object: 10,000 pages make
    # ~1,000,000 reads of ~300,000 distinct things.
    index: dict[Read, int] = field(default_factory=dict)
    pages: dict[str, array] = field(default_factory=dict)
    digests: dict[str, bytes] = field(default_factory=dict)
    sizes: dict[str, int] = field(default_factory=dict)
    written: list[str] = field(default_factory=list)
    # url -> the cards its last rendering drew (sitegen.cards); None: cards are not kept
    cards: dict[str, dict[CardKey, Card]] | None = None

    @classmethod
    def from_files(cls, digests: Mapping[str, bytes]) -> State | None:
        """What a previous process left in the output folder (url -> digest, from the
        cache): a rebuild then writes only the files whose bytes differ."""
        if not digests:
            return None
        state = cls(setting=None, env=None, content=None)
        state.digests = dict(digests)
        state.sizes = dict.fromkeys(digests, 0)
        return state


@dataclass
class Result:
    url: str
    digest: bytes = b""
    size: int = 0
    data: bytes | None = None  # the bytes to write, if they changed and were not written
    reads: array = field(default_factory=lambda: array("I"))  # numbers in State.index
    problem: tuple | None = None
    cards: dict[CardKey, Card] | None = None  # the cards the page drew, to keep


class Renderer:
    """Build one page's context and render it, noting what both read of the content
    as numbers in `index` (runs in worker processes: sitegen.parallel.Sharded).

    A worker numbers the reads it meets first itself, from where `index` stood when it
    was forked, and hands them back at the end; the parent numbers them in its own
    index and renumbers that worker's pages (an array each), which costs far less than
    sending every page's reads and numbering them one by one after all have rendered.
    """

    def __init__(self, env: jinja2.Environment, banner: tuple[str, ...], fresh: Path | None,
                 digests: Mapping[str, bytes], content: Content, shared: Shared,
                 index: dict[Read, int],
                 cards: Mapping[str, Mapping[CardKey, Card]] | None = None,
                 changed: Set[Read] = frozenset()) -> None:
        """cards: each page's cards from its last rendering, to reuse those whose reads
        are not in `changed` (None: draw every card, keep none)."""
        self.env, self.banner, self.fresh, self.digests = env, banner, fresh, digests
        self.content, self.shared, self.index = content, shared, index
        self.cards, self.changed = cards, changed
        self._forked_at = len(index)  # a worker's own numbers start here

    def __call__(self, plan: Plan) -> Result:
        reads: set[Read] = set()
        shared = replace(self.shared, **{name: TrackedMap(f"@{name}", value, reads)
                                          for name, value in shared_items(self.shared)})
        memo = None if self.cards is None else CardMemo(
            self.cards.get(plan.url), self.changed, reads, self.content, self.shared.passages)
        try:
            page = make_page(TrackedContent(self.content, reads), shared, plan, memo)
            if memo is not None:
                page = replace(page, context={**page.context, "card_memo": memo})
            data = render_page(self.env, page, self.banner).encode("utf-8")
        except SitegenError as e:
            return Result(url=plan.url, problem=(str(e.path), e.line, e.col, e.message))
        hashed, size = digest(data), len(data)
        if self.fresh is not None:  # a first build writes straight into the new folder
            if not self.fresh.is_dir():  # removed by a later build: this one was killed
                raise SitegenError(self.fresh, 1, 1, "build folder removed while writing")
            outfiles.write_new(self.fresh / plan.url, data)
            data = None
        elif self.digests.get(plan.url) == hashed:
            data = None
        numbers = self._number(reads)
        if memo is not None and memo.shown:  # the cards' reads, most numbered before
            numbers = array("I", set(itertools.chain(
                numbers, *memo.numbered(self._number, self._forked_at))))
        return Result(url=plan.url, digest=hashed, size=size, data=data, reads=numbers,
                      cards=memo.used if memo and memo.used else None)

    def _number(self, reads: Iterable[Read]) -> array:
        """reads as numbers in `index`, numbering the new ones."""
        index = self.index
        try:  # C loops: most reads were numbered before
            return array("I", map(index.__getitem__, reads))
        except KeyError:
            for read in itertools.filterfalse(index.__contains__, reads):
                index[read] = len(index)
            return array("I", map(index.__getitem__, reads))

    def handed_back(self) -> list[Read]:
        """The reads this worker numbered itself, in the order of their numbers."""
        return list(itertools.islice(self.index, self._forked_at, None))

    def take_back(self, handed: list[Read], results: list[Result]) -> None:
        """Number a worker's own reads here, and renumber its pages' reads to match."""
        index, start = self.index, self._forked_at
        numbers = list(range(start))
        numbers += [index.setdefault(read, len(index)) for read in handed]
        renumber = numbers.__getitem__
        for result in results:
            result.reads = array("I", map(renumber, result.reads))


def shared_items(shared: Shared) -> list[tuple[str, Mapping]]:
    """pages.Shared's mappings, which pages read like Content's."""
    return [(f.name, getattr(shared, f.name)) for f in dataclasses.fields(shared)
            if isinstance(getattr(shared, f.name), Mapping)]


def shared_maps(old: Shared | None, new: Shared) -> dict[str, tuple[Mapping, Mapping]]:
    before = dict(shared_items(old)) if old else {}
    return {f"@{name}": (before.get(name, {}), value) for name, value in shared_items(new)}


def digest(data: bytes) -> bytes:
    return hashlib.blake2b(data, digest_size=16).digest()
