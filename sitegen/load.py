"""Load content/ into the model: the one loader every command shares.

Reads every record file, keeps each field's position for messages, and turns
shape problems (syntax, types, missing or unknown fields) into SitegenErrors.
Rules between records (references, excerpts, enums) belong to check.py.
"""

from __future__ import annotations

import dataclasses
import difflib
import os
import types
import typing
from functools import cache
from pathlib import Path
from typing import Any, Mapping

from sitegen.errors import ProblemsError, SitegenError
from sitegen.model import KINDS, Content, Loc, PartialDate, Record, Site
from sitegen.yamlfile import parse_yaml, read_text


def load_content(root: Path | str) -> Content:
    """Load every record under root; shape problems are kept in Content.problems."""
    root = Path(root)
    if not root.is_dir():
        raise SitegenError(root, 1, 1, "content folder not found (use --content DIR)")
    problems: list[SitegenError] = []
    base = root.resolve()
    site = _load_site(root, base, problems)
    if isinstance(site, _Partial):
        site = None
    records: dict[str, dict[str, Record]] = {}
    files: dict[str, frozenset[str]] = {}
    partial: list[Record] = []
    for kind, cls in KINDS.items():
        records[kind] = {}
        paths = _record_files(root, base, kind, problems)
        files[kind] = frozenset(p.stem for p in paths)
        for path in paths:
            record = _load_record(cls, path, problems)
            if isinstance(record, _Partial):
                partial.append(record.record)
            elif record is not None:
                records[kind][record.id] = record
    _check_stray_files(root, problems)
    texts = _load_texts(root, records["sources"], problems)
    return Content(root=str(root), site=site, texts=texts, problems=tuple(problems), files=files,
                   partial=tuple(partial),
                   **records)


def load_checked(root: Path | str, *, strict: bool = False) -> Content:
    """Load and check; raise ProblemsError listing every problem if there is any."""
    from sitegen.check import check_content

    content = load_content(root)
    problems = check_content(content, strict=strict)
    if problems:
        raise ProblemsError(problems)
    return content


def _load_site(root: Path, base: Path, problems: list[SitegenError]) -> Site | None:
    path = root / "site.yaml"
    if not path.is_file():
        problems.append(SitegenError(path, 1, 1, "site.yaml is missing (it names the site and its lead source)"))
        return None
    if not _inside(path, base, problems):
        return None
    return _load_record(Site, path, problems)


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


def _load_record(cls: type, path: Path, problems: list[SitegenError]) -> Any:
    try:
        data, values, keys = parse_yaml(read_text(path, path, "record file"), path)
    except SitegenError as e:
        problems.append(e)
        return None
    loc = Loc(path=str(path), values=values, keys=keys)
    before = len(problems)
    fields = _convert_mapping(cls, data, (), loc, problems)
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
        try:
            texts[source.id] = read_text(found, found, "source text")
        except SitegenError as e:
            problems.append(SitegenError(shown, line, col, f"{source.text}: {e.message}"))
    return texts


# -- converting plain YAML data into the model's dataclasses ------------------------------

_TYPE_NAMES = {str: "text", int: "a number", float: "a number", bool: "true/false",
               list: "a list", dict: "a mapping of fields", type(None): "nothing"}


def _describe(value: Any) -> str:
    return _TYPE_NAMES.get(type(value), type(value).__name__)


@cache
def yaml_fields(cls: type) -> dict[str, tuple[Any, Mapping[str, Any]]]:
    """The YAML fields of a model class: name -> (type hint, metadata)."""
    hints = typing.get_type_hints(cls)
    return {f.name: (hints[f.name], f.metadata) for f in dataclasses.fields(cls)
            if not f.metadata.get("internal")}


def record_name(cls: type) -> str:
    return "site" if cls is Site else cls.__name__.lower()


def _convert_mapping(cls: type, data: Any, at: tuple, loc: Loc,
                     problems: list[SitegenError]) -> dict[str, Any] | None:
    def problem(keypath: tuple, message: str, *, key: bool = False) -> None:
        line, col = loc.key_at(*keypath) if key else loc.at(*keypath)
        problems.append(SitegenError(Path(loc.path), line, col, message))

    what = record_name(cls)
    if not isinstance(data, dict):
        problem(at, f"expected a mapping of fields for a {what}, found {_describe(data)}")
        return None
    fields = yaml_fields(cls)
    out: dict[str, Any] = {}
    for key in data:
        if key not in fields:
            hint = " (the file name is the id)" if key == "id" else _did_you_mean(key, fields)
            problem(at + (key,), f"unknown field '{key}' in {what}{hint}", key=True)
    for name, (hint, meta) in fields.items():
        value = data.get(name)
        if value is None:
            if meta.get("required"):
                problem(at, f"missing required field '{name}' in {what}")
            continue
        converted = _convert(hint, value, at + (name,), loc, problems, problem)
        if converted is not _BAD:
            out[name] = converted
    return out


_BAD = object()


def _convert(hint: Any, value: Any, at: tuple, loc: Loc, problems: list[SitegenError],
             problem: Any) -> Any:
    name = at[-1] if isinstance(at[-1], str) else f"{at[-2]}[{at[-1]}]"
    origin = typing.get_origin(hint)
    if origin in (types.UnionType, typing.Union):
        hint = next(h for h in typing.get_args(hint) if h is not type(None))
        origin = typing.get_origin(hint)
    if hint is str:
        if isinstance(value, str):
            return value
        quoted = " (put it in quotes)" if isinstance(value, (int, float, bool)) else ""
        problem(at, f"'{name}' should be text, found {_describe(value)}{quoted}")
    elif hint is PartialDate:
        text = str(value) if isinstance(value, int) and not isinstance(value, bool) else value
        date = PartialDate.parse(text) if isinstance(text, str) else None
        if date:
            return date
        problem(at, f"'{name}' is not a valid date: {value!r} (expected YYYY, YYYY-MM or YYYY-MM-DD)")
    elif origin is tuple:
        if not isinstance(value, list):
            problem(at, f"'{name}' should be a list, found {_describe(value)}")
            return _BAD
        item_hint = typing.get_args(hint)[0]
        items = [_convert(item_hint, v, at + (i,), loc, problems, problem) for i, v in enumerate(value)]
        return _BAD if any(i is _BAD for i in items) else tuple(items)
    elif origin in (Mapping, dict, typing.get_origin(Mapping[str, str])):
        if not isinstance(value, dict) or not all(isinstance(v, str) for v in value.values()):
            problem(at, f"'{name}' should be a mapping of names to text")
            return _BAD
        return types.MappingProxyType(dict(value))
    elif dataclasses.is_dataclass(hint):
        before = len(problems)
        fields = _convert_mapping(hint, value, at, loc, problems)
        return _BAD if fields is None or len(problems) > before else hint(**fields)
    else:  # pragma: no cover - a model field of a kind this loader does not know
        raise TypeError(f"unsupported model type {hint!r}")
    return _BAD


def _did_you_mean(word: str, choices: Any) -> str:
    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return f" (did you mean '{close[0]}'?)" if close else ""
