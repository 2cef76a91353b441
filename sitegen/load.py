"""Load content/ into the model: the one loader every command shares.

Reads every record file, keeps each field's position for messages, and turns
shape problems (syntax, types, missing or unknown fields) into SitegenErrors (the
conversion from plain data is sitegen.conversion's).
Rules between records (references, excerpts, enums) belong to check.py.
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from sitegen.conversion import Problems, convert_mapping
from sitegen.errors import ProblemsError, SitegenError
from sitegen.model import KINDS, Content, Loc, Record, Site
from sitegen.parallel import fork_map
from sitegen.yamlfile import lazy_positions, parse_data, read_text, read_text_stat


class Reuse:
    """Records loaded before, by file, for a process that loads the same content again
    (`sitegen serve`): a file whose size and modification time are unchanged is not
    read again, and keeps its record object, so unchanged records stay identical (`is`).
    """

    def __init__(self) -> None:
        self.entries: dict[str, tuple[tuple[int, int, int], Any, tuple[SitegenError, ...]]] = {}

    def get(self, path: Path) -> tuple[tuple[int, int, int] | None, tuple | None]:
        """The file's stat key, and what it loaded to if it has not changed since;
        (None, None) for a file never loaded (its key comes with its reading)."""
        if str(path) not in self.entries:
            return None, None
        try:
            st = os.stat(path)
        except OSError:
            return None, None
        key = (st.st_size, st.st_mtime_ns, st.st_ino)
        entry = self.entries.get(str(path))
        return key, (entry[1:] if entry and entry[0] == key else None)

    def put(self, path: Path, key: tuple[int, int, int] | None, entry: tuple) -> None:
        if key is not None:
            self.entries[str(path)] = (key, *entry)


def load_content(root: Path | str, reuse: Reuse | None = None) -> Content:
    """Load every record under root; shape problems are kept in Content.problems.

    reuse: records of an earlier load of the same folder, kept up to date in place.
    """
    root = Path(root)
    if not root.is_dir():
        raise SitegenError(root, 1, 1, "content folder not found (use --content DIR)")
    problems: list[SitegenError] = []
    base = root.resolve()
    site = _load_site(root, base, problems, reuse)
    if isinstance(site, _Partial):
        site = None
    records: dict[str, dict[str, Record]] = {kind: {} for kind in KINDS}
    files: dict[str, frozenset[str]] = {}
    partial: list[Record] = []
    jobs: list[tuple[type, Path]] = []
    for kind, cls in KINDS.items():
        paths = _record_files(root, base, kind, problems)
        files[kind] = frozenset(p.stem for p in paths)
        jobs += [(cls, path) for path in paths]
    for record in _load_records(jobs, problems, reuse):
        if isinstance(record, _Partial):
            partial.append(record.record)
        elif record is not None:
            records[_KIND_OF[type(record)]][record.id] = record
    _check_stray_files(root, problems)
    texts = _load_texts(root, records["sources"], problems)
    return Content(root=str(root), site=site, texts=texts, problems=tuple(problems), files=files,
                   partial=tuple(partial),
                   **records)


def load_record_file(cls: type, path: Path, reuse: Reuse | None = None
                     ) -> tuple[Any, list[SitegenError]]:
    """Load one record file, for a kept process that reloads only what a watcher saw
    change; the record is None if it has shape problems (they are returned)."""
    problems: list[SitegenError] = []
    record = _load_records([(cls, path)], problems, reuse)[0]
    return (None if isinstance(record, _Partial) else record), problems


def load_checked(root: Path | str, *, strict: bool = False) -> Content:
    """Load and check; raise ProblemsError listing every problem if there is any."""
    from sitegen.check import check_content

    content = load_content(root)
    problems = check_content(content, strict=strict)
    if problems:
        raise ProblemsError(problems)
    return content


def _load_site(root: Path, base: Path, problems: list[SitegenError], reuse: Reuse | None) -> Any:
    path = root / "site.yaml"
    if not path.is_file():
        problems.append(SitegenError(path, 1, 1, "site.yaml is missing (it names the site and its lead source)"))
        return None
    if not _inside(path, base, problems):
        return None
    return _load_records([(Site, path)], problems, reuse)[0]


def _record_files(root: Path, base: Path, kind: str, problems: list[SitegenError]) -> list[Path]:
    folder = root / kind
    if not folder.exists() or not _inside(folder, base, problems):
        return []
    files = []
    with os.scandir(folder) as entries:
        for entry in sorted(entries, key=lambda e: e.name):
            path = folder / entry.name
            if entry.name.startswith("."):
                continue
            if entry.name.endswith(".yml"):
                problems.append(SitegenError(path, 1, 1, "record files end in .yaml, not .yml: rename it"))
            elif entry.is_dir():
                problems.append(SitegenError(path, 1, 1, f"records live directly in {kind}/, not in subfolders"))
            elif entry.name.endswith(".yaml") and (not entry.is_symlink() or _inside(path, base, problems)):
                files.append(path)
    return files


def _check_stray_files(root: Path, problems: list[SitegenError]) -> None:
    for path in sorted(root.glob("*.y*ml")):
        if path.name != "site.yaml":
            problems.append(SitegenError(path, 1, 1, "unexpected record file: records live in "
                                         + ", ".join(f"{k}/" for k in KINDS)))


def _inside(path: Path, base: Path, problems: list[SitegenError]) -> bool:
    """Refuse a symlink (or anything) that leads out of the content folder."""
    resolved = path.resolve()
    if resolved == base or base in resolved.parents:
        return True
    problems.append(SitegenError(path, 1, 1, "symlink points outside the content folder; refused"))
    return False


def _load_records(jobs: list[tuple[type, Path]], problems: list[SitegenError],
                  reuse: Reuse | None) -> list[Any]:
    """Load each (class, file), in order, reusing what `reuse` still holds.

    Files are read and parsed into plain data by forked workers (it pickles back in a
    tenth of the time parsing takes); records are made here, where they are kept: those
    of this process's own share while the workers still parse theirs.
    """
    known = [reuse.get(path) if reuse else (None, None) for _, path in jobs]
    todo = [i for i, (_, entry) in enumerate(known) if entry is None]

    def make(job: tuple[type, Path], parsed: tuple) -> tuple:
        """(record, its problems), and the file's stat key."""
        found: list[SitegenError] = []
        return (_record_from(*job, parsed, found), tuple(found)), parsed[-1]

    made = fork_map(_parse_job, [jobs[i] for i in todo], finish=make,
                    finish_cost=RECORD_PER_PARSE)
    fresh = dict(zip(todo, made, strict=True))
    out = []
    for i, (_, entry) in enumerate(known):
        if entry is None:
            entry, key = fresh[i]
            if reuse:
                reuse.put(jobs[i][1], key, entry)
        problems.extend(entry[1])
        out.append(entry[0])
    return out


# Making a record from parsed data costs about a quarter of parsing its file.
RECORD_PER_PARSE = 0.27


def _parse_job(job: tuple[type, Path]) -> tuple:
    return _parse_file(job[1])


def _parse_file(path: Path) -> tuple:
    """("ok", data, text, stat key) or ("problem", (path, line, col, message), None):
    plain, picklable."""
    try:
        text, key = read_text_stat(path, path, "record file")
        return ("ok", parse_data(text, path), text, key)
    except SitegenError as e:
        return ("problem", (str(e.path), e.line, e.col, e.message), None)


def _record_from(cls: type, path: Path, parsed: tuple, problems: list[SitegenError]) -> Any:
    if parsed[0] == "problem":
        problems.append(SitegenError(*parsed[1]))
        return None
    _, data, text, _ = parsed
    values, keys = lazy_positions(text, path)
    loc = Loc(path=str(path), values=values, keys=keys)
    before = len(problems)
    fields = convert_mapping(cls, data, (), Problems(loc, problems))
    if fields is None:
        return None
    fields.update({"loc": loc} if cls is Site else {"loc": loc, "id": path.stem})
    if len(problems) == before:
        return cls(**fields)
    # A record with shape problems is kept, its bad fields left None, so that check can
    # still report its other problems (an unknown speaker beside a missing field).
    partial = object.__new__(cls)
    for f in dataclasses.fields(cls):
        object.__setattr__(partial, f.name, fields.get(f.name))
    return _Partial(partial)


@dataclasses.dataclass(frozen=True)
class _Partial:
    """A record that failed to load completely: checked, never built."""

    record: Any


def _load_texts(root: Path, sources: Mapping[str, Any], problems: list[SitegenError]) -> dict[str, str]:
    """Read each source's text: relative to the repository root (content's parent),
    or to the content folder itself for a site that is one folder."""
    repo = root.resolve().parent
    texts: dict[str, str] = {}
    for source in sources.values():
        if not source.text:
            continue
        line, col = source.loc.at("text")
        shown = Path(source.loc.path)
        relative = Path(source.text)
        if relative.is_absolute() or ".." in relative.parts:
            problems.append(SitegenError(shown, line, col, f"text path '{source.text}' must be relative "
                                         "to the repository root and stay inside it"))
            continue
        candidates = [repo / relative, root.resolve() / relative]
        found = next((c for c in candidates if c.is_file()), None)
        if found is None:
            problems.append(SitegenError(shown, line, col, f"text file '{source.text}' not found "
                                         "(paths are relative to the repository root)"))
            continue
        if repo not in found.resolve().parents:
            problems.append(SitegenError(shown, line, col, f"text file '{source.text}' leads outside "
                                         "the repository (a symlink?); refused"))
            continue
        if _hidden(relative) or _hidden(found.resolve().relative_to(repo)):
            problems.append(SitegenError(shown, line, col, f"text file '{source.text}' is hidden "
                                         "(a part of its path starts with '.', as .git/); refused"))
            continue
        try:
            texts[source.id] = read_text(found, found, "source text")
        except SitegenError as e:
            problems.append(SitegenError(shown, line, col, f"{source.text}: {e.message}"))
    return texts


def _hidden(path: Path) -> bool:
    """Whether a part of path starts with '.': .git/config and .env are never published."""
    return any(part.startswith(".") for part in path.parts)


_KIND_OF = {cls: kind for kind, cls in KINDS.items()}
