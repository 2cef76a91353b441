"""JSON Schemas of the record kinds, generated from the model so they never drift.

Editors (yaml-language-server) and check-jsonschema use them to catch a typo as
the contributor types; `sitegen check` remains the full validator (references,
excerpts and names across records are beyond what a schema can say).
"""

from __future__ import annotations

import dataclasses
import json
import types
import typing
from pathlib import Path
from typing import Any, Mapping

from sitegen.conversion import record_name, yaml_fields
from sitegen.model import ID_MAX, ID_PATTERN, KINDS, PartialDate, Site

SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"
DATE_PATTERN = r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$"


def record_schemas() -> dict[str, dict[str, Any]]:
    """One schema per record kind, keyed by file name (actor.schema.json, ...)."""
    classes = [Site, *KINDS.values()]
    return {f"{record_name(cls)}.schema.json": _record_schema(cls) for cls in classes}


def write_schemas(folder: Path) -> list[Path]:
    """Write every schema into folder; return the paths written."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, schema in record_schemas().items():
        path = folder / name
        path.write_text(json.dumps(schema, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        written.append(path)
    return written


def _record_schema(cls: type) -> dict[str, Any]:
    schema = {
        "$schema": SCHEMA_DIALECT,
        "$id": f"urn:sitegen:schema:{record_name(cls)}",
        "title": f"sitegen {record_name(cls)}",
        "description": (cls.__doc__ or "").strip(),
        **_object_schema(cls),
    }
    return schema


def _object_schema(cls: type) -> dict[str, Any]:
    fields = yaml_fields(cls)
    return {
        "type": "object",
        "properties": {name: _field_schema(hint, meta) for name, (hint, meta) in fields.items()},
        "required": [name for name, (_, meta) in fields.items() if meta.get("required")],
        "additionalProperties": False,
    }


def _field_schema(hint: Any, meta: Mapping[str, Any]) -> dict[str, Any]:
    schema = _type_schema(hint, meta)
    if not meta.get("required"):  # `summary:` left empty reads as null: the same as absent
        schema = {"anyOf": [schema, {"type": "null"}]}
    if meta.get("doc"):
        schema = {"description": meta["doc"], **schema}
    return schema


def _type_schema(hint: Any, meta: Mapping[str, Any]) -> dict[str, Any]:
    origin = typing.get_origin(hint)
    if origin in (types.UnionType, typing.Union):
        inner = next(h for h in typing.get_args(hint) if h is not type(None))
        return _type_schema(inner, meta)
    if origin is tuple:
        return {"type": "array", "items": _type_schema(typing.get_args(hint)[0], meta)}
    if origin is not None and issubclass(origin, Mapping):
        return {"type": "object", "additionalProperties": {"type": "string"}}
    if hint is PartialDate:
        # A year may be written bare (2016): YAML reads it as a number.
        return {"anyOf": [{"type": "string", "pattern": DATE_PATTERN},
                          {"type": "integer", "minimum": 1000, "maximum": 9999}]}
    if dataclasses.is_dataclass(hint):
        return _object_schema(hint)
    schema: dict[str, Any] = {"type": "string"}
    if meta.get("enum"):
        schema["enum"] = list(meta["enum"])
    elif meta.get("ref"):
        schema.update(pattern=f"^{ID_PATTERN}$", maxLength=ID_MAX)
    elif meta.get("pattern"):
        schema["pattern"] = f"^{meta['pattern']}$"
    elif meta.get("url"):
        schema["pattern"] = "^(https?://[^\\s/]+|mailto:)\\S*$"
    return schema
