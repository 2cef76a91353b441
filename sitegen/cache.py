"""The persistent build cache: `.sitegen-cache/` beside the content folder.

It records, per output folder, the hash of every input (content files, source
texts, templates, sitegen's own code) with the Python and package versions, and
the hash of every file written. A build whose inputs all hash the same, into an
output folder nobody touched since, has nothing to do. A file whose size and
modification time are unchanged is taken to have its recorded hash (as git does),
so a build with nothing changed reads no file. Beside each manifest: the build's
records and page reads (sitegen.statefile), named by a token the manifest holds, and
while an update in place writes, the list of its temp files. Deleting the folder is
always safe.
"""

from __future__ import annotations

import hashlib
import json
import os
import platform
import time
from collections.abc import Iterator, Mapping, Sequence
from importlib import metadata
from pathlib import Path
from typing import Any

import sitegen

CACHE_DIR = ".sitegen-cache"
Stat = tuple[int, int]  # size, modification time in ns


def cache_dir(content_dir: Path) -> Path:
    return content_dir.resolve().parent / CACHE_DIR


def versions() -> dict[str, str]:
    """What else decides the output: the interpreter and the libraries that render."""
    found = {"python": platform.python_version(), "sitegen": sitegen.__version__}
    for package in ("jinja2", "markupsafe", "markdown-it-py", "pyyaml"):
        try:
            found[package] = metadata.version(package)
        except metadata.PackageNotFoundError:
            found[package] = "?"
    return found


def input_files(content_dir: Path, texts: Sequence[str], template_dirs: Sequence[Path],
                only_templates: bool = False) -> Iterator[tuple[str, str]]:
    """(key, path) of every file a build reads: content, source texts, templates, code.

    Plain strings and scandir, not pathlib: this runs over every record file on every
    build, and is the whole of a build with nothing to do."""
    if not only_templates:
        yield from _walk(str(content_dir.resolve()), "content:")
    for text in texts:
        yield f"text:{text}", text
    for i, folder in enumerate(template_dirs):
        yield from _walk(str(folder.resolve()), f"templates:{i}:")
    if not only_templates:
        yield from _walk(str(Path(sitegen.__file__).resolve().parent), "code:", (".py",))


def _walk(folder: str, prefix: str, suffixes: tuple[str, ...] = ("",)) -> Iterator[tuple[str, str]]:
    """Every file under folder, hidden ones (and this cache) excepted, in a stable order."""
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError:
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        if entry.is_dir():
            if suffixes == ("",):
                yield from _walk(entry.path, f"{prefix}{entry.name}/", suffixes)
        elif entry.is_file() and entry.name.endswith(suffixes):
            yield prefix + entry.name, entry.path


def _stat(path: str | Path) -> Stat | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_size, st.st_mtime_ns)


KEEP = 16  # manifests kept per cache folder: one per output folder, base URL and banner


def _prune(folder: Path) -> None:
    """Forget the least recently built outputs (temporary folders, old base URLs)."""
    found = sorted(folder.glob("build-*.json"), key=lambda p: p.stat().st_mtime_ns)
    for old in found[:-KEEP]:
        old.unlink(missing_ok=True)
        old.with_suffix(".pickle").unlink(missing_ok=True)
        old.with_suffix(".delta").unlink(missing_ok=True)


def digests(inputs: Mapping[str, list]) -> dict[str, str]:
    """key -> content hash: what a build depends on (the stats only save hashing)."""
    return {key: entry[2] for key, entry in inputs.items()}


def stored_data(inputs: Mapping[str, list], texts: Sequence[str],
                summary: Mapping[str, Any]) -> dict[str, Any]:
    """A manifest's record of what a build read and made, less its output files."""
    return {"inputs": dict(inputs), "texts": list(texts), "summary": dict(summary)}


def _hash(path: str) -> str:
    with open(path, "rb") as f:
        return hashlib.blake2b(f.read(), digest_size=16).hexdigest()


class Manifest:
    """What one output folder was built from, stored as JSON in the cache folder
    (or only in memory, with no path: a preview into a temporary folder)."""

    def __init__(self, path: Path | None, key: dict[str, Any]) -> None:
        self.path, self.key = path, key
        self.data: dict[str, Any] | None = None
        self.seen: tuple[list, dict[str, list]] | None = None  # unchanged()'s snapshot
        self.forgotten_outputs: dict[str, list] = {}

    @classmethod
    def for_output(cls, content_dir: Path, out_dir: Path, base_url: str | None,
                   banner: Sequence[str], *, persist: bool = True) -> Manifest:
        key = {"content": str(content_dir.resolve()), "out": str(out_dir.resolve()),
               "base_url": base_url, "banner": list(banner), "versions": versions()}
        name = hashlib.blake2b(json.dumps(key, sort_keys=True).encode(), digest_size=8).hexdigest()
        return cls(cache_dir(content_dir) / f"build-{name}.json" if persist else None, key)

    def load(self) -> dict[str, Any] | None:
        """The stored manifest if it was made under the same key, else None."""
        if self.data is None and self.path is not None:
            try:
                data = json.loads(self.path.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                return None
            self.data = data if isinstance(data, dict) and data.get("key") == self.key else None
        return self.data

    def unchanged(self, template_dirs: Sequence[Path]) -> bool:
        """True if every input hashes as recorded and every output is as written."""
        data = self.load()
        if not data:
            return False
        now = self.snapshot(template_dirs, data["texts"])
        self.seen = (data["texts"], now)
        if digests(now) != digests(data["inputs"]):
            return False
        out = Path(self.key["out"])
        out = str(out) + os.sep
        return all(_stat(out + url) == tuple(kept[:2]) for url, kept in data["outputs"].items())

    def outputs(self) -> dict[str, bytes]:
        """url -> digest of each output file still as the last build left it."""
        data = self.load()
        if not data:
            return {}
        out = str(Path(self.key["out"])) + os.sep
        return {url: bytes.fromhex(kept[2]) for url, kept in data["outputs"].items()
                if _stat(out + url) == tuple(kept[:2])}

    def snapshot(self, template_dirs: Sequence[Path], texts: Sequence[str], *,
                 only_templates: bool = False) -> dict[str, list]:
        """key -> [size, mtime, hash] of every input now on disk. A file whose size and
        mtime are as recorded keeps its recorded hash unread; one changed since is hashed.
        A file modified in the last seconds gets no mtime, so that an edit in the same
        clock tick as this snapshot is still noticed next time (git's "racy clean")."""
        old = (self.load() or {}).get("inputs", {})
        recent = time.time_ns() - 2_000_000_000
        found = {}
        for key, path in input_files(Path(self.key["content"]), texts, template_dirs,
                                     only_templates):
            stat = _stat(path)
            if stat is None:
                continue
            recorded = old.get(key)
            if recorded and tuple(recorded[:2]) == stat:
                digest = recorded[2]
            else:
                # a new file needs no hash yet, unless it is too recent to trust its mtime
                digest = _hash(path) if recorded or stat[1] >= recent else ""
            found[key] = [*(stat if stat[1] < recent else (-1, -1)), digest]
        return found

    @property
    def state_path(self) -> Path | None:
        """Where the build's records and page reads are kept (sitegen.statefile)."""
        return self.path.with_suffix(".pickle") if self.path else None

    def save(self, inputs: Mapping[str, list], texts: Sequence[str],
             outputs: Mapping[str, bytes], summary: Mapping[str, Any],
             state: str | None = None, written: Sequence[str] | None = None) -> None:
        """Record the inputs a build read and the output files it left (url -> digest);
        state: the token of the build state saved beside it, if any; written: the files
        this build wrote (None: all), the others keep their recorded size and time."""
        out = str(Path(self.key["out"])) + os.sep
        before = self.forgotten_outputs if written is not None else {}
        fresh = set(written or ())
        kept = {}
        for url, digest in outputs.items():
            hexed, old = digest.hex(), before.get(url)
            kept[url] = old if old and old[2] == hexed and url not in fresh else \
                [*(_stat(out + url) or (-1, -1)), hexed]
        data = {"key": self.key, **stored_data(inputs, texts, summary), "outputs": kept,
                "state": state}
        if self.path is None:
            self.data = data
            return
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            tmp = self.path.with_suffix(f".{os.getpid()}.tmp")
            tmp.write_text(json.dumps(data, check_circular=False, separators=(",", ":")),
                           encoding="utf-8")
            tmp.replace(self.path)
            _prune(self.path.parent)
        except OSError:
            return  # a cache that cannot be written is no cache: the next build does it all
        self.data = data

    @property
    def pending_path(self) -> Path | None:
        """Where an update in place lists the files it is writing (see `remove_pending`)."""
        return self.path.with_suffix(".pending") if self.path else None

    def note_pending(self, paths: Sequence[Path]) -> None:
        if self.pending_path is not None:
            self.pending_path.parent.mkdir(parents=True, exist_ok=True)
            self.pending_path.write_text(json.dumps([str(p.resolve()) for p in paths]),
                                         encoding="utf-8")

    def remove_pending(self) -> None:
        """Delete the files an update in place left half-done (it was killed)."""
        if self.pending_path is None:
            return
        try:
            listed = json.loads(self.pending_path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return
        out = Path(self.key["out"]).resolve()
        for name in listed if isinstance(listed, list) else ():
            path = Path(str(name))
            if out in path.parents and path.name.startswith("."):  # only our hidden temps
                path.unlink(missing_ok=True)
        self.pending_path.unlink(missing_ok=True)

    def forget(self) -> None:
        """Drop the manifest before touching the output, so a build cut short is redone."""
        try:
            if self.path is not None:
                self.path.unlink(missing_ok=True)
        except OSError:
            pass  # no cache folder (unwritable): nothing to forget
        self.forgotten_outputs = (self.data or {}).get("outputs", {})  # for save(written=)
        self.data = None
