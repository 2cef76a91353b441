"""Read one YAML file into plain data plus the position of every key and value.

Content needs none of YAML's riskier features, so they are refused instead of
handled: anchors and aliases (alias bombs), custom tags, deep nesting and
several documents per file. Scalars follow YAML 1.2's core schema, so `NO`
(Norway) stays text and dates stay strings, as check-jsonschema sees them.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

from sitegen.errors import SitegenError

MAX_BYTES = 5 * 1024 * 1024
MAX_DEPTH = 20
MAX_EVENTS = 200_000

# libyaml's parser when it is installed, the pure-Python one otherwise; safe either way
# because only parser events are read and nothing is constructed from tags.
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

_NULL = re.compile(r"~|null|Null|NULL|")
_TRUE = re.compile(r"true|True|TRUE")
_FALSE = re.compile(r"false|False|FALSE")
_INT = re.compile(r"[-+]?[0-9]+")
_FLOAT = re.compile(r"[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?")
_STR_TAGS = (None, "!", "tag:yaml.org,2002:str")

Positions = dict[tuple, tuple[int, int]]


def read_text(path: Path, shown: Path, what: str = "file") -> str:
    """Read a UTF-8 text file of at most 5 MB, or raise a SitegenError saying why not."""
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise SitegenError(shown, 1, 1, f"{what} is too large ({size:,} bytes; the limit is {MAX_BYTES:,})")
        data = path.read_bytes()
    except OSError as e:
        raise SitegenError(shown, 1, 1, f"cannot read {what}: {e.strerror or e}") from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        line = data.count(b"\n", 0, e.start) + 1
        col = e.start - (data.rfind(b"\n", 0, e.start) + 1) + 1
        raise SitegenError(shown, line, col, f"{what} is not valid UTF-8 (byte 0x{data[e.start]:02x})") from None
    if "\x00" in text:
        raise SitegenError(shown, 1, 1, f"{what} looks binary (it contains NUL bytes)")
    return text.removeprefix("\ufeff")


def parse_yaml(text: str, shown: Path) -> tuple[Any, Positions, Positions]:
    """Parse one YAML document; return data, value positions and key positions.

    Positions map a key path such as ("citations", 0, "excerpt") to a 1-based
    (line, column); the empty path is the document itself.
    """
    loader = _Loader(text)
    try:
        return _walk(loader, shown)
    except yaml.MarkedYAMLError as e:
        mark = e.problem_mark or e.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        raise SitegenError(shown, line, col, f"YAML syntax: {e.problem or e.context or e}") from None
    except yaml.YAMLError as e:
        raise SitegenError(shown, 1, 1, f"YAML syntax: {e}") from None
    finally:
        loader.dispose()


def _walk(loader: Any, shown: Path) -> tuple[Any, Positions, Positions]:
    values: Positions = {}
    keys: Positions = {}
    stack: list[list] = []  # frames: [container, path, pending key or None]
    root: Any = None
    documents = 0
    for count in range(MAX_EVENTS):
        event = loader.get_event()
        where = (event.start_mark.line + 1, event.start_mark.column + 1)

        def fail(message: str) -> SitegenError:
            return SitegenError(shown, where[0], where[1], message)

        if isinstance(event, yaml.StreamEndEvent):
            return root, values, keys
        if isinstance(event, yaml.DocumentStartEvent):
            documents += 1
            if documents > 1:
                raise fail("one record per file: a second YAML document starts here")
            continue
        if isinstance(event, (yaml.StreamStartEvent, yaml.DocumentEndEvent)):
            continue
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
            raise fail("YAML anchors and aliases are not allowed in content: write the value out")

        if isinstance(event, (yaml.SequenceEndEvent, yaml.MappingEndEvent)):
            frame = stack.pop()
            value = frame[0]
        else:
            top = stack[-1] if stack else None
            if top is not None and isinstance(top[0], dict) and top[2] is None:
                # This node is a key of the mapping on top of the stack.
                if not isinstance(event, yaml.ScalarEvent):
                    raise fail("a field name must be plain text, not a list or mapping")
                key = event.value
                if key in top[0]:
                    raise fail(f"duplicate field '{key}' (YAML keeps only the last one)")
                keys[top[1] + (key,)] = where
                top[2] = key
                continue
            path = () if top is None else top[1] + ((top[2],) if isinstance(top[0], dict) else (len(top[0]),))
            values[path] = where
            if isinstance(event, yaml.ScalarEvent):
                value = _scalar(event, fail)
            else:
                if len(stack) >= MAX_DEPTH:
                    raise fail(f"nested more than {MAX_DEPTH} levels deep")
                container: Any = {} if isinstance(event, yaml.MappingStartEvent) else []
                tag = event.tag
                if tag not in (None, "!", "tag:yaml.org,2002:map", "tag:yaml.org,2002:seq"):
                    raise fail(f"YAML tag '{tag}' is not allowed in content")
                stack.append([container, path, None])
                continue
        if not stack:
            root = value
            continue
        top = stack[-1]
        if isinstance(top[0], dict):
            top[0][top[2]] = value
            top[2] = None
        else:
            top[0].append(value)
    raise SitegenError(shown, 1, 1, f"too many YAML nodes (more than {MAX_EVENTS:,}) for one record")


def _scalar(event: Any, fail: Any) -> Any:
    """Resolve a scalar the way YAML 1.2's core schema does; quoted scalars stay text."""
    tag, text = event.tag, event.value
    if tag not in _STR_TAGS:
        raise fail(f"YAML tag '{tag}' is not allowed in content")
    if tag == "tag:yaml.org,2002:str" or not event.implicit[0]:
        return text
    if _NULL.fullmatch(text):
        return None
    if _TRUE.fullmatch(text):
        return True
    if _FALSE.fullmatch(text):
        return False
    if _INT.fullmatch(text):
        return int(text)
    if _FLOAT.fullmatch(text):
        return float(text)
    return text
