"""The last build's records and what each page read, kept beside its manifest in
.sitegen-cache/, so that a new process renders only the pages an edit touched and
parses only the record files that changed.

A pickle, because reading 25,000 records back from one is ~10x faster than parsing
their YAML. It is only ever read back with an allow-list of the classes it may hold
(a foreign or tampered file cannot run code), only if the manifest names it (same
versions, same build), and a file that fails to load is ignored: deleting it is safe.

A build that changed little appends what changed (sitegen.statediff) to a `.delta` file
beside it instead, each diff naming the state it applies to; the next load applies them in
turn. Once the diffs grow past an eighth of the state (and 64 KiB), the whole state is
written again.
"""

from __future__ import annotations

import gc
import io
import os
import pickle
from collections.abc import Iterator, Mapping
from pathlib import Path
from types import MappingProxyType
from typing import Any

from sitegen import statediff
from sitegen.errors import SitegenError
from sitegen.model import Loc
from sitegen.yamlfile import lazy_positions, read_text

_ALLOWED = {
    "sitegen.model": {"Site", "Source", "Actor", "Claim", "Quote", "Event", "Citation",
                      "Relation", "Link", "PartialDate"},
    "sitegen.article": {"Block", "Run", "Piece"},
    "sitegen.pages": {"Shared"},
    "sitegen.statefile": {"_loc", "_mapping"},
    "builtins": {"frozenset", "set"},
    "array": {"array", "_array_reconstructor"},
}


def save(path: Path, data: Mapping[str, Any], base: Mapping[str, Any] | None = None) -> bool:
    """Write data atomically; False if the cache folder cannot be written. base: what
    the file holds now (as `load` or `save` left it): only the diff from it is appended,
    while the diffs stay small."""
    if base is not None and _append(path, data, base):
        return True
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        remove(delta_path(path))  # first: its diffs apply to the file being replaced
        with tmp.open("wb") as f:  # straight to the file: no copy of ~40 MB in memory
            _Pickler(f, protocol=pickle.HIGHEST_PROTOCOL).dump(dict(data))
        tmp.replace(path)
    except OSError:
        tmp.unlink(missing_ok=True)
        return False
    return True


def load(path: Path, token: str) -> dict[str, Any] | None:
    """What `save` wrote, if it loads and carries `token` (the manifest's); else None."""
    enabled = gc.isenabled()
    gc.disable()  # hundreds of thousands of new objects: a collection pass per 700 of them
    try:
        with path.open("rb") as f:
            data = _Unpickler(f).load()
        if isinstance(data, dict) and data.get("token") != token:
            with delta_path(path).open("rb") as f:
                while data.get("token") != token:  # past the last diff: EOFError
                    applies_to, change = _Unpickler(f).load()
                    if applies_to != data.get("token"):
                        return None  # another process's diff, made from another state
                    data = statediff.apply(data, change)
    except Exception:  # noqa: BLE001 - a corrupt or truncated cache file is ignored, not trusted
        return None
    finally:
        if enabled:
            gc.enable()
    return data if isinstance(data, dict) and data.get("token") == token else None


_SMALL = 1 << 16  # diffs this big load in no time, however small the state


def delta_path(path: Path) -> Path:
    return path.with_suffix(".delta")


def _append(path: Path, data: Mapping[str, Any], base: Mapping[str, Any]) -> bool:
    """Append the diff from base to data to the delta file (atomically); False if the
    diffs would grow too big or the files cannot be read or written."""
    target = delta_path(path)
    tmp = target.with_name(f"{target.name}.{os.getpid()}.tmp")
    try:
        limit = max(path.stat().st_size // 8, _SMALL)
        before = target.read_bytes() if target.exists() else b""
        buffer = io.BytesIO()
        _Pickler(buffer, protocol=pickle.HIGHEST_PROTOCOL).dump(
            (base["token"], statediff.diff(dict(data), dict(base))))
        if len(before) + buffer.tell() > limit:
            return False
        tmp.write_bytes(before + buffer.getvalue())
        tmp.replace(target)
    except OSError:
        tmp.unlink(missing_ok=True)
        return False
    return True


def remove(path: Path) -> None:
    try:
        path.unlink(missing_ok=True)
    except OSError:
        pass


class _Pickler(pickle.Pickler):
    # looked up by type in C; positions are parsed again from the file if ever needed
    dispatch_table = MappingProxyType({
        MappingProxyType: lambda obj: (_mapping, (dict(obj),)),
        Loc: lambda obj: (_loc, (obj.path,)),
    })


class _Unpickler(pickle.Unpickler):
    def find_class(self, module: str, name: str) -> Any:
        if name not in _ALLOWED.get(module, ()):
            raise pickle.UnpicklingError(f"{module}.{name} is not allowed in a build state")
        return super().find_class(module, name)


def _mapping(items: dict) -> MappingProxyType:
    return MappingProxyType(items)


def _loc(path: str) -> Loc:
    return Loc(path=path, values=_FilePositions(path, 0), keys=_FilePositions(path, 1))


class _FilePositions(Mapping):
    """A record's positions, read from its file on first use. A record is only taken
    from the state while its file is unchanged, so the file still matches it."""

    def __init__(self, path: str, which: int) -> None:
        self._path, self._which = path, which
        self._found: Mapping | None = None

    def _positions(self) -> Mapping:
        if self._found is None:
            try:
                text = read_text(Path(self._path), Path(self._path), "record file")
                self._found = lazy_positions(text, Path(self._path))[self._which]
            except SitegenError:
                self._found = {}
        return self._found

    def __getitem__(self, key: Any) -> Any:
        return self._positions()[key]

    def __iter__(self) -> Iterator:
        return iter(self._positions())

    def __len__(self) -> int:
        return len(self._positions())
