"""Turn one record's plain YAML data into the model's dataclasses, reporting each shape
problem (wrong type, missing or unknown field, bad date) at its position. No disk I/O:
reading files and finding them is load.py's job.
"""

from __future__ import annotations

import dataclasses
import difflib
import functools
import types
import typing
from collections.abc import Callable, Mapping
from functools import cache
from pathlib import Path
from typing import Any

from sitegen.errors import SitegenError
from sitegen.model import Loc, PartialDate, Site

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


class Problems:
    """Where one record's shape problems go, with the file's positions to point at."""

    __slots__ = ("loc", "found")

    def __init__(self, loc: Loc, found: list[SitegenError]) -> None:
        self.loc, self.found = loc, found

    def add(self, keypath: tuple, message: str, *, key: bool = False) -> None:
        line, col = self.loc.key_at(*keypath) if key else self.loc.at(*keypath)
        self.found.append(SitegenError(Path(self.loc.path), line, col, message))


def convert_mapping(cls: type, data: Any, at: tuple, sink: Problems) -> dict[str, Any] | None:
    what = record_name(cls)
    if not isinstance(data, dict):
        sink.add(at, f"expected a mapping of fields for a {what}, found {_describe(data)}")
        return None
    fields = _field_converters(cls)
    out: dict[str, Any] = {}
    for key in data:
        if key not in fields:
            hint = " (the file name is the id)" if key == "id" else _did_you_mean(key, fields)
            sink.add(at + (key,), f"unknown field '{key}' in {what}{hint}", key=True)
    for name, (required, convert) in fields.items():
        value = data.get(name)
        if value is None:
            if required:
                sink.add(at, f"missing required field '{name}' in {what}")
            continue
        converted = convert(value, at + (name,), sink)
        if converted is not _BAD:
            out[name] = converted
    return out


_BAD = object()
# A converter turns one YAML value into the model's type, or reports why not and returns _BAD.
Converter = Callable[[Any, tuple, Problems], Any]


@cache
def _field_converters(cls: type) -> dict[str, tuple[bool, Converter]]:
    """Each YAML field of cls: (required, converter), worked out once per class rather
    than by type introspection for every value (the loader's hot path)."""
    return {name: (bool(meta.get("required")), _converter(hint))
            for name, (hint, meta) in yaml_fields(cls).items()}


@cache
def _converter(hint: Any) -> Converter:
    origin = typing.get_origin(hint)
    if origin in (types.UnionType, typing.Union):
        return _converter(next(h for h in typing.get_args(hint) if h is not type(None)))
    if hint is str:
        return _to_text
    if hint is PartialDate:
        return _to_date
    if origin is tuple:
        return functools.partial(_to_tuple, _converter(typing.get_args(hint)[0]))
    if origin in (Mapping, dict, typing.get_origin(Mapping[str, str])):
        return _to_names
    if dataclasses.is_dataclass(hint):
        return functools.partial(_to_dataclass, hint)
    raise TypeError(f"unsupported model type {hint!r}")  # a model field this loader does not know


def _field_name(at: tuple) -> str:
    return at[-1] if isinstance(at[-1], str) else f"{at[-2]}[{at[-1]}]"


def _to_text(value: Any, at: tuple, sink: Problems) -> Any:
    if isinstance(value, str):
        return value
    quoted = " (put it in quotes)" if isinstance(value, (int, float, bool)) else ""
    sink.add(at, f"'{_field_name(at)}' should be text, found {_describe(value)}{quoted}")
    return _BAD


def _to_date(value: Any, at: tuple, sink: Problems) -> Any:
    text = str(value) if isinstance(value, int) and not isinstance(value, bool) else value
    date = PartialDate.parse(text) if isinstance(text, str) else None
    if date:
        return date
    sink.add(at, f"'{_field_name(at)}' is not a valid date: {value!r} (expected YYYY, YYYY-MM or YYYY-MM-DD)")
    return _BAD


def _to_tuple(item: Converter, value: Any, at: tuple, sink: Problems) -> Any:
    if not isinstance(value, list):
        sink.add(at, f"'{_field_name(at)}' should be a list, found {_describe(value)}")
        return _BAD
    before = len(sink.found)  # a converter reports a problem whenever it returns _BAD
    items = tuple([item(v, at + (i,), sink) for i, v in enumerate(value)])
    return _BAD if len(sink.found) > before else items


def _to_names(value: Any, at: tuple, sink: Problems) -> Any:
    if not isinstance(value, dict) or not all(isinstance(v, str) for v in value.values()):
        sink.add(at, f"'{_field_name(at)}' should be a mapping of names to text")
        return _BAD
    return types.MappingProxyType(dict(value))


def _to_dataclass(cls: type, value: Any, at: tuple, sink: Problems) -> Any:
    before = len(sink.found)
    fields = convert_mapping(cls, value, at, sink)
    return _BAD if fields is None or len(sink.found) > before else cls(**fields)


def _did_you_mean(word: str, choices: Any) -> str:
    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return f" (did you mean '{close[0]}'?)" if close else ""
