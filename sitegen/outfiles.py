"""Write a build's files into the output folder: whole, or only the changed ones.

A file is written aside and renamed over its target, so a reader (a web server, the
preview) sees the old file or the new one, never half of one.
"""

from __future__ import annotations

import os
import shutil
import struct
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

from sitegen.cache import Manifest


def spread_apart(folder: Path) -> None:
    """Mark a new site folder as the top of a hierarchy for ext4's Orlov allocator
    (`chattr +T`): its folders (actors/, sources/...) then start in block groups of
    their own, near which their pages' folders and files are made.

    Without it they all go near the folder's parent, where an ext4 file system without
    a journal skips, for each new inode, every inode deleted there in the last 30 s
    (reading each one): after the previous site or other temp files were deleted, a
    page's folder and file cost 0.1-0.8 ms of system time; with it, about half (see
    bench/README.md). Only a hint: elsewhere, a no-op."""
    if not sys.platform.startswith("linux"):
        return
    import fcntl

    size = struct.calcsize("l")  # the ioctl numbers are _IOR/_IOW('f', 1|2, long)
    get_flags, set_flags = (2 << 30) | (size << 16) | 0x6601, (1 << 30) | (size << 16) | 0x6602
    top_dir = 0x00020000  # FS_TOPDIR_FL
    try:
        fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    except OSError:
        return
    try:
        flags = struct.unpack("i", fcntl.ioctl(fd, get_flags, bytes(4)))[0]
        fcntl.ioctl(fd, set_flags, struct.pack("i", flags | top_dir))
    except OSError:  # not ext2/3/4 (tmpfs, NFS...): nothing to hint
        pass
    finally:
        os.close(fd)


def write(path: Path, data: bytes, *, atomic: bool = False) -> None:
    """Write data to path; atomic: into `.<name>.tmp-<pid>` renamed over path."""
    target = path
    if atomic:
        path = staged(target)
    _write_making_folder(path, data)
    if atomic:
        try:
            os.replace(path, target)
        except OSError:
            path.unlink(missing_ok=True)
            raise


def write_new(path: Path, data: bytes) -> None:
    """Write data to path in a folder this build is making (a first build): the file's
    folder is made first instead of after a failed open, and the file is written with
    four system calls (a build writes 10,000s of files)."""
    folder = os.path.dirname(path)
    try:
        os.mkdir(folder)
    except FileExistsError:
        pass
    except FileNotFoundError:
        os.makedirs(folder, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | _OPEN_FLAGS, 0o666)
    try:
        rest = memoryview(data)
        while rest:
            rest = rest[os.write(fd, rest):]
    finally:
        os.close(fd)


_OPEN_FLAGS = getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)


def staged(target: Path) -> Path:
    """Where the next version of target is written before it replaces target."""
    return target.with_name(f".{target.name}.tmp-{os.getpid()}")


def write_all(folder: Path, files: Mapping[str, bytes], *, atomic: bool = False) -> None:
    for url, data in files.items():
        write(folder / url, data, atomic=atomic)


def stage_all(folder: Path, files: Mapping[str, bytes]) -> list[tuple[Path, Path]]:
    """Write every file beside its target, to be renamed into place by `commit`:
    the slow part (writing) happens before any page of the site changes."""
    moves = []
    for url, data in files.items():
        target = folder / url
        aside = staged(target)
        _write_making_folder(aside, data)
        moves.append((aside, target))
    return moves


def commit(moves: Sequence[tuple[Path, Path]], gone: Sequence[Path]) -> None:
    """Rename the staged files into place (microseconds each) and remove the gone ones."""
    for aside, target in moves:
        os.replace(aside, target)
    for path in gone:
        path.unlink(missing_ok=True)


def discard(paths: Sequence[Path]) -> None:
    for path in paths:
        try:
            path.unlink(missing_ok=True)
        except OSError:
            pass


def link_all(source: Path, target: Path, urls: Sequence[str]) -> None:
    """Hard-link each unchanged file of source into target: no bytes copied, and the file
    keeps its inode and mtime, so deploy tools see only the files that really changed."""
    made: set[Path] = set()
    for url in urls:
        folder = (target / url).parent
        if folder not in made:
            folder.mkdir(parents=True, exist_ok=True)
            made.add(folder)
        try:
            os.link(source / url, target / url)
        except OSError:  # a file system without hard links: copy, keeping the mtime
            shutil.copy2(source / url, target / url)


def few(files: int) -> int:
    """How many changed files an update writes in place rather than in a new folder."""
    return min(100, max(16, files // 10))


def update_in_place(out_dir: Path, changes: Mapping[str, bytes], gone: Sequence[str],
                     manifest: Manifest) -> None:
    """Write a few changed files beside their targets, then rename each over its target.

    Linking 10,000 unchanged files into a new folder and deleting the old one costs
    seconds; this costs the changed files. Killed while writing, it leaves the site as
    it was (plus hidden temp files, listed in the cache and removed by the next build);
    only the renames themselves (microseconds, as the swap's two) can be cut between old
    and new pages, and the manifest is already forgotten, so the next build redoes all."""
    manifest.note_pending([staged(out_dir / url) for url in changes])
    moves: list[tuple[Path, Path]] = []
    try:
        moves = stage_all(out_dir, changes)
        commit(moves, [out_dir / url for url in gone])
    finally:
        discard([aside for aside, _ in moves])  # only left if a rename failed
        manifest.remove_pending()


def _write_making_folder(path: Path, data: bytes) -> None:
    """Write path, making its folder only if the first try finds it missing (one stat
    fewer per file than making it first, when it exists)."""
    try:
        path.write_bytes(data)
    except FileNotFoundError:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
