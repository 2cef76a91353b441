"""Keep Python's cyclic garbage collector out of a build's way.

A build at 10,000 actors holds millions of long-lived objects (records, each page's
reads) and makes millions more without cycles; the collector's passes over them cost
more than a rebuild. Garbage without cycles is freed by reference counting anyway.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator


@contextlib.contextmanager
def paused() -> Iterator[None]:
    """No cyclic garbage collection while making objects without cycles (records)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


@contextlib.contextmanager
def spared() -> Iterator[None]:
    """Keep the records and page reads (long-lived, millions of objects at 10,000 actors)
    out of the collector's passes while rendering: each full pass walks all of them."""
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()
