"""What a build leaves in .sitegen-cache/ for the next process, and takes back from it:
the records, what each page read and the output digests (saved by sitegen.statefile).
Deciding what to render and writing pages stay in sitegen.incremental.
"""

from __future__ import annotations

import dataclasses
import secrets
from collections.abc import Mapping
from pathlib import Path

from sitegen import statefile
from sitegen.cache import Manifest
from sitegen.check import Memo
from sitegen.load import Reuse
from sitegen.model import Content
from sitegen.rendered import State

COUNTED = ("actors", "claims", "quotes", "events", "sources")


def restore_state(manifest: Manifest, stored: Mapping, reuse: Reuse,
                  memo: Memo) -> tuple[State | None, dict | None]:
    """The last build's state from the cache, its records made reusable by the loader
    (same file, same stat: same record object) and known to check as checked; with
    what the state file holds (None if nothing could be read)."""
    data = statefile.load(manifest.state_path, stored.get("state", "")) \
        if manifest.state_path else None
    if data is None:
        return None, None
    try:
        old = Content(**data["content"])
        entries = {path: (key, record, ()) for path, (key, record) in data["reuse"].items()}
        state = State(setting=data["setting"], env=None, content=old, shared=data["shared"],
                      index={read: i for i, read in enumerate(data["reads"])})
        state.pages, state.digests, state.sizes = data["pages"], data["digests"], data["sizes"]
    except (KeyError, TypeError, ValueError):  # saved by another version of sitegen
        return None, data
    reuse.entries.update(entries)
    memo.key = (old.files, dict(old.texts), False)  # as check.Memo.start makes it
    memo.found = {id(r): (r, [], None) for r in records(old)}  # refs not known
    return state, data


def persist_state(manifest: Manifest, state: State, reuse: Reuse,
                  saved: dict | None) -> tuple[str | None, dict | None]:
    """Keep this build's state for the next process; the token the manifest names it by
    and what the state file now holds (None, None if it was not saved)."""
    content = state.content
    if manifest.state_path is None or content is None:
        return None, None
    kept = {id(r) for r in records(content)}
    # The saved entry itself where unchanged: the diff then skips it by identity.
    before = saved.get("reuse", {}) if saved else {}
    entries = {}
    for path, (key, record, found) in reuse.entries.items():
        if not found and id(record) in kept:
            entry = before.get(path)
            entries[path] = entry if entry is not None and entry[1] is record \
                and entry[0] == key else (key, record)
    data = {"token": secrets.token_hex(8), "setting": state.setting,
            "content": {f.name: getattr(content, f.name) for f in dataclasses.fields(content)
                        if f.name not in ("problems", "partial")},
            "shared": state.shared, "reads": list(state.index), "pages": state.pages,
            "digests": state.digests,
            "sizes": state.sizes,
            "reuse": entries}
    if statefile.save(manifest.state_path, data, base=saved):
        return data["token"], data
    return None, None


def hashed_paths(content_dir: Path, inputs: Mapping[str, list],
                 stored: Mapping) -> set[str] | None:
    """The content files added, removed or whose hash differs from the last build's,
    as the loader names them; None if a source text changed (texts are loaded
    with the content)."""
    old = stored["inputs"]
    keys = {key for key in inputs.keys() | old.keys()
            if key not in old or key not in inputs or old[key][2] != inputs[key][2]}
    if any(key.startswith("text:") for key in keys):
        return None
    return {str(content_dir / key[len("content:"):]) for key in keys
            if key.startswith("content:")}


def records(content: Content) -> list:
    """Every record of content, site.yaml's included."""
    found = [r for kind in COUNTED for r in content.records(kind).values()]
    return [*found, content.site] if content.site is not None else found


def text_paths(content_dir: Path, content: Content) -> list[str]:
    """The files the sources' texts were read from (as load.py finds them)."""
    root = content_dir.resolve()
    found = []
    for source in content.sources.values():
        if source.id in content.texts and source.text:
            for candidate in (root.parent / source.text, root / source.text):
                if candidate.is_file():
                    found.append(str(candidate))
                    break
    return sorted(found)


class WatchedReuse(Reuse):
    """load.Reuse that believes a file watcher: a file it did not report is unchanged."""

    def __init__(self) -> None:
        super().__init__()
        self.changed: set[str] | None = None  # None: no watcher, look at every file

    def get(self, path: Path) -> tuple:
        if self.changed is not None and str(path) not in self.changed:
            entry = self.entries.get(str(path))
            if entry is not None:
                return entry[0], entry[1:]
        return super().get(path)
