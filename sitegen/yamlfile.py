"""Read one YAML file into plain data plus the position of every key and value.

Content needs none of YAML's riskier features, so they are refused instead of
handled: anchors and aliases (alias bombs), custom tags, deep nesting and
several documents per file. Scalars follow YAML 1.2's core schema, so `NO`
(Norway) stays text and dates stay strings, as check-jsonschema sees them.
"""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Iterator, Mapping
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
    return read_text_stat(path, shown, what)[0]


def read_text_stat(path: Path, shown: Path, what: str = "file"
                   ) -> tuple[str, tuple[int, int, int]]:
    """read_text, plus the (size, mtime, inode) of the file it read.

    Five system calls a file (a site has tens of thousands): the file is opened without
    blocking, so that a FIFO is refused rather than waited on, and checked through its
    descriptor.
    """
    try:
        fd = os.open(path, os.O_RDONLY | _NONBLOCK | _BINARY)
        try:
            st = os.fstat(fd)
            if not stat.S_ISREG(st.st_mode):  # a FIFO would block, /dev/zero fill memory
                raise SitegenError(shown, 1, 1, f"{what} is not a regular file")
            data = b"" if st.st_size > MAX_BYTES else os.read(fd, st.st_size + 1)
            while 0 < len(data) <= MAX_BYTES and (more := os.read(fd, 65536)):  # it grew
                data += more
            size = max(st.st_size, len(data))
            if size > MAX_BYTES:
                raise SitegenError(shown, 1, 1, f"{what} is too large ({size:,} bytes; the limit "
                                   f"is {MAX_BYTES:,})")
        finally:
            os.close(fd)
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
    return text.removeprefix("\ufeff"), (st.st_size, st.st_mtime_ns, st.st_ino)


# NEL, LINE SEPARATOR, PARAGRAPH SEPARATOR: line breaks to YAML, invisible to editors.
_ODD_BREAK = re.compile("[\x85\u2028\u2029]")


_NONBLOCK = getattr(os, "O_NONBLOCK", 0)
_BINARY = getattr(os, "O_BINARY", 0)  # Windows: no newline translation


def parse_yaml(text: str, shown: Path) -> tuple[Any, Positions, Positions]:
    """Parse one YAML document; return data, value positions and key positions.

    Positions map a key path such as ("citations", 0, "excerpt") to a 1-based
    (line, column); the empty path is the document itself. They are only needed
    to point at a problem, so they are worked out the first time one is asked for,
    by parsing the text again: most records never need them.
    """
    return (_parse(text, shown, None), *lazy_positions(text, shown))


def parse_data(text: str, shown: Path) -> Any:
    """Parse one YAML document into data alone (positions: `lazy_positions`)."""
    return _parse(text, shown, None)


def lazy_positions(text: str, shown: Path) -> tuple[Positions, Positions]:
    """The value and key positions of a document, worked out on first use."""
    lazy = _LazyPositions(text, shown)
    return lazy.view(0), lazy.view(1)


def _parse(text: str, shown: Path, positions: tuple[Positions, Positions] | None) -> Any:
    odd = _ODD_BREAK.search(text)
    if odd:  # every line:col after it would be a line off in the contributor's editor
        at = odd.start()
        line, col = text.count("\n", 0, at) + 1, at - text.rfind("\n", 0, at)
        raise SitegenError(shown, line, col, f"U+{ord(odd.group()):04X} is a line break to "
                           "YAML but not to most editors: replace it with a space or a new line")
    loader = _Loader(text)
    try:
        return _walk(loader, shown, positions)
    except yaml.MarkedYAMLError as e:
        mark = e.problem_mark or e.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        raise SitegenError(shown, line, col, f"YAML syntax: {e.problem or e.context or e}") from None
    except yaml.reader.ReaderError as e:  # a character YAML forbids, such as U+0001
        line, col = _line_col(text, e.position)
        code = e.character if isinstance(e.character, int) else ord(e.character)
        raise SitegenError(shown, line, col, f"YAML syntax: {e.reason} (U+{code:04X})") from None
    except yaml.YAMLError as e:
        raise SitegenError(shown, 1, 1, f"YAML syntax: {e}") from None
    finally:
        loader.dispose()


def _line_col(text: str, position: int) -> tuple[int, int]:
    """1-based line and column of a ReaderError's position: libyaml counts UTF-8 bytes,
    the pure-Python reader characters."""
    if _Loader is not yaml.SafeLoader:
        position = len(text.encode("utf-8")[:position].decode("utf-8", errors="ignore"))
    before = text[:position]
    return before.count("\n") + 1, position - (before.rfind("\n") + 1) + 1


class _LazyPositions:
    """Positions of one file's values and keys, found by a second parse on first use."""

    def __init__(self, text: str, shown: Path) -> None:
        self.text, self.shown = text, shown
        self.found: tuple[Positions, Positions] | None = None

    def get(self) -> tuple[Positions, Positions]:
        if self.found is None:
            self.found = ({}, {})
            _parse(self.text, self.shown, self.found)
            self.text = ""  # parsed: the text is no longer needed
        return self.found

    def view(self, which: int) -> Mapping[tuple, tuple[int, int]]:
        return _PositionsView(self, which)


class _PositionsView(Mapping):
    def __init__(self, lazy: _LazyPositions, which: int) -> None:
        self._lazy, self._which = lazy, which

    def __getitem__(self, path: tuple) -> tuple[int, int]:
        return self._lazy.get()[self._which][path]

    def __iter__(self) -> Iterator[tuple]:
        return iter(self._lazy.get()[self._which])

    def __len__(self) -> int:
        return len(self._lazy.get()[self._which])


def _walk(loader: Any, shown: Path, positions: tuple[Positions, Positions] | None) -> Any:
    """Build the data from parser events, refusing what content must not use; record
    the position of every value and key into `positions` when it is given."""
    values, keys = positions or (None, None)
    stack: list[list] = []  # frames: [container, path, pending key or None, is mapping]
    root: Any = None
    documents = 0
    get_event = loader.get_event
    for _ in range(MAX_EVENTS):
        event = get_event()
        kind = type(event)
        if kind is yaml.ScalarEvent:
            if event.anchor is not None:
                raise _fail(shown, event, _NO_ALIASES)
            top = stack[-1] if stack else None
            if top is not None and top[3] and top[2] is None:
                # This scalar is a key of the mapping on top of the stack.
                key = event.value
                if key in top[0]:
                    raise _fail(shown, event, f"duplicate field '{key}' (YAML keeps only the last one)")
                if keys is not None:
                    mark = event.start_mark
                    keys[top[1] + (key,)] = (mark.line + 1, mark.column + 1)
                top[2] = key
                continue
            value = _scalar(event, shown)
        elif kind is yaml.MappingStartEvent or kind is yaml.SequenceStartEvent:
            if event.anchor is not None:
                raise _fail(shown, event, _NO_ALIASES)
            if event.tag not in _COLLECTION_TAGS:
                raise _fail(shown, event, f"YAML tag '{event.tag}' is not allowed in content")
            top = stack[-1] if stack else None
            if top is not None and top[3] and top[2] is None:
                raise _fail(shown, event, "a field name must be plain text, not a list or mapping")
            if len(stack) >= MAX_DEPTH:
                raise _fail(shown, event, f"nested more than {MAX_DEPTH} levels deep")
            path = None
            if values is not None:
                path = _child_path(top)
                mark = event.start_mark
                values[path] = (mark.line + 1, mark.column + 1)
            is_map = kind is yaml.MappingStartEvent
            stack.append([{} if is_map else [], path, None, is_map])
            continue
        elif kind is yaml.MappingEndEvent or kind is yaml.SequenceEndEvent:
            value = stack.pop()[0]
            if not stack:
                root = value
                continue
            _attach(stack[-1], value)
            continue
        elif kind is yaml.AliasEvent:
            raise _fail(shown, event, _NO_ALIASES)
        elif kind is yaml.DocumentStartEvent:
            documents += 1
            if documents > 1:
                raise _fail(shown, event, "one record per file: a second YAML document starts here")
            continue
        elif kind is yaml.StreamEndEvent:
            return root
        else:  # stream start, document end
            continue
        # A scalar value: record where it sits, then put it in its container.
        top = stack[-1] if stack else None
        if values is not None:
            mark = event.start_mark
            values[_child_path(top)] = (mark.line + 1, mark.column + 1)
        if top is None:
            root = value
        elif top[3]:
            top[0][top[2]] = value
            top[2] = None
        else:
            top[0].append(value)
    raise SitegenError(shown, 1, 1, f"too many YAML nodes (more than {MAX_EVENTS:,}) for one record")


_NO_ALIASES = "YAML anchors and aliases are not allowed in content: write the value out"
_COLLECTION_TAGS = (None, "!", "tag:yaml.org,2002:map", "tag:yaml.org,2002:seq")


def _child_path(top: list | None) -> tuple:
    if top is None:
        return ()
    return top[1] + ((top[2],) if top[3] else (len(top[0]),))


def _attach(top: list, value: Any) -> None:
    if top[3]:
        top[0][top[2]] = value
        top[2] = None
    else:
        top[0].append(value)


def _fail(shown: Path, event: Any, message: str) -> SitegenError:
    mark = event.start_mark
    return SitegenError(shown, mark.line + 1, mark.column + 1, message)


def _scalar(event: Any, shown: Path) -> Any:
    """Resolve a scalar the way YAML 1.2's core schema does; quoted scalars stay text."""
    tag, text = event.tag, event.value
    if tag is None and not event.implicit[0]:
        return text  # quoted or block scalar
    if tag not in _STR_TAGS:
        raise _fail(shown, event, f"YAML tag '{tag}' is not allowed in content")
    if tag == "tag:yaml.org,2002:str" or not event.implicit[0]:
        return text
    first = text[:1]
    if first.isalpha() and first not in "nNtTfF":
        return text  # the common case: plain words
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
