"""Spread a pure per-item function over forked processes, when that pays.

Pages render independently from content already in memory, so a forked child
shares it for free (copy-on-write) and only small results travel back through a
pipe. Forking is skipped where it cannot pay or is unsafe: one core, few items,
no fork() on the platform, or other threads running (a fork copies their locks).
"""

from __future__ import annotations

import os
import pickle
import signal
import threading
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, Protocol, TypeVar, runtime_checkable

from sitegen.errors import SitegenError

T = TypeVar("T")
R = TypeVar("R")

# Below this many items the fork and the pipe cost more than a second core saves.
MIN_ITEMS = 400


@runtime_checkable
class Sharded(Protocol[T, R]):
    """A per-item function that keeps something per process besides its results (a
    table its results refer to): each child hands it back once, for the parent to merge."""

    def __call__(self, item: T) -> R: ...

    def handed_back(self) -> Any:
        """In a child, after its share: what the parent needs beside its results."""

    def take_back(self, handed: Any, results: list[R]) -> None:
        """In the parent: merge a child's hand-back, fixing its results in place."""


def workers_available() -> int:
    """How many processes may usefully run at once (cores this process may use)."""
    if not hasattr(os, "fork") or threading.active_count() > 1:
        return 1
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # macOS
        return os.cpu_count() or 1


def fork_map(fn: Callable[[T], R], items: Sequence[T], workers: int | None = None, *,
             meanwhile: Callable[[], None] | None = None, head_start: int = 0,
             finish: Callable[[T, R], Any] | None = None, finish_cost: float = 0.0
             ) -> list[Any]:
    """[fn(item) for item in items], computed by up to `workers` processes, in order.

    SitegenErrors raised in a child are raised again here, unchanged; any other
    exception in a child is a bug and is raised as a RuntimeError with its traceback.
    fn may be `Sharded`: each child's hand-back is then given to it with that child's
    results, once the parent's own share is done.

    meanwhile: work of the parent's own (checking the content) done while the children
    compute, before its share of the items; if it raises, the children are stopped and
    their results dropped. head_start: what `meanwhile` costs, in items; the parent then
    takes that many fewer items, so that all processes finish together.
    finish: finish(item, result) in the parent, as each of its own results comes and as
    the children's arrive (making records of parsed data: they stay in the parent); the
    list holds what it returns. finish_cost: its cost over fn's, to even the shares.
    """
    count = min(workers or workers_available(), max(1, len(items) // (MIN_ITEMS // 2)))
    here = fn if finish is None else (lambda item: finish(item, fn(item)))
    if count <= 1:
        if meanwhile is not None:
            meanwhile()
        return [here(item) for item in items]
    shares = _shares(len(items), count, head_start, finish_cost)
    children = [_start_child(fn, [items[i] for i in share]) for share in shares[1:]]
    try:
        if meanwhile is not None:
            meanwhile()
        mine = [here(items[i]) for i in shares[0]]
    except BaseException:  # a problem, Ctrl-C or a bug here: stop the children, keep this
        for pid, read in children:
            os.close(read)
            os.kill(pid, signal.SIGKILL)  # their work (and the files they write) is unwanted
            os.waitpid(pid, 0)
        raise
    results: list[Any] = [None] * len(items)
    for i, result in zip(shares[0], mine, strict=True):
        results[i] = result
    for share, child in zip(shares[1:], children, strict=True):
        done, handed = _collect(*child)
        if isinstance(fn, Sharded):
            fn.take_back(handed, done)
        for i, result in zip(share, done, strict=True):
            results[i] = result if finish is None else finish(items[i], result)
    return results


def _shares(n: int, count: int, head_start: int, finish_cost: float = 0.0) -> list[list[int]]:
    """Item numbers per process, interleaved (neighbouring items cost alike); the first
    (the parent's) is smaller by what the parent does besides: head_start items' worth
    first, and finishing each of its results (finish_cost of an item each) before the
    children's come, so that all processes are done at once."""
    shares = [list(range(i, n, count)) for i in range(count)]
    others = count - 1
    keep = round((n - head_start * others) / ((1 + finish_cost) * others + 1))
    keep = max(0, min(len(shares[0]), keep))
    for j, i in enumerate(shares[0][keep:]):
        shares[1 + j % others].append(i)
    del shares[0][keep:]
    return shares


def _start_child(fn: Callable[[T], R], share: Sequence[T]) -> tuple[int, int]:
    read, write = os.pipe()
    pid = os.fork()
    if pid:
        os.close(write)
        return pid, read
    # The child: compute its share, send it, and leave without running any cleanup
    # that belongs to the parent (atexit handlers, buffered files).
    os.close(read)
    parent = os.getppid()
    try:
        try:
            done = [_orphan_check(parent) or fn(item) for item in share]
            payload: tuple = ("ok", (done, fn.handed_back() if isinstance(fn, Sharded) else None))
        except SitegenError as e:
            payload = ("problem", (str(e.path), e.line, e.col, e.message))
        except KeyboardInterrupt:  # Ctrl-C reaches the whole process group
            payload = ("interrupted", None)
        except BaseException:  # noqa: B036 - reported to the parent, which raises it
            payload = ("bug", traceback.format_exc())
        with os.fdopen(write, "wb") as pipe:
            pickle.dump(payload, pipe, protocol=pickle.HIGHEST_PROTOCOL)
    finally:
        os._exit(0)


def _orphan_check(parent: int) -> None:
    """Stop a worker whose parent was killed: its work (and its writes) are unwanted."""
    if os.getppid() != parent:
        os._exit(1)


def _collect(pid: int, read: int) -> tuple[list, Any]:
    with os.fdopen(read, "rb") as pipe:
        data = pipe.read()
    os.waitpid(pid, 0)
    if not data:
        raise RuntimeError(f"worker process {pid} died without a result")
    status, value = pickle.loads(data)
    if status == "problem":
        path, line, col, message = value
        raise SitegenError(Path(path), line, col, message)
    if status == "interrupted":
        raise KeyboardInterrupt
    if status == "bug":
        raise RuntimeError(f"worker process failed:\n{value}")
    return value
