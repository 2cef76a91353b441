"""Put a rebuild's changed files into the output folder, the cheapest way that never
leaves a half-written site: a new folder swapped in, each file replaced in place, or
the few changed ones renamed over their targets. Which files changed is
sitegen.incremental's to decide; writing one file is sitegen.outfiles'.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

from sitegen import build as b
from sitegen import outfiles
from sitegen.cache import Manifest


def publish_changes(out_dir: Path, fresh: Path | None, changes: Mapping[str, bytes],
                    gone: Sequence[str], urls: Iterable[str], manifest: Manifest, *,
                    in_place: bool) -> None:
    """Write `changes` (url -> bytes) and remove `gone`, so that out_dir holds `urls`.

    fresh: a new folder holding nothing yet (a first build), swapped in once written;
    the caller removes it if this fails. in_place (`sitegen serve`): each changed file
    is replaced in out_dir itself, atomically."""
    urls = list(urls)
    if fresh:
        outfiles.write_all(fresh, changes)
    elif in_place:
        outfiles.write_all(out_dir, changes, atomic=True)
        for url in gone:
            (out_dir / url).unlink(missing_ok=True)
    elif changes and len(changes) + len(gone) <= outfiles.few(len(urls)):
        outfiles.update_in_place(out_dir, changes, gone, manifest)
    elif changes or gone:  # nothing changed: no folder work at all
        linked = b.new_folder(out_dir)
        try:
            outfiles.link_all(out_dir, linked, [u for u in urls if u not in changes])
            outfiles.write_all(linked, changes)
            b.swap(linked, out_dir)
        except BaseException:
            shutil.rmtree(linked, ignore_errors=True)
            raise
    if fresh:
        b.swap(fresh, out_dir)
