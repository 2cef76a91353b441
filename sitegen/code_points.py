"""Find the code points HTML forbids in a record's texts (controls, surrogates,
noncharacters), fast enough to scan every record of every check. No messages: where
to report them is check.py's job.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from functools import cache
from typing import Any

from sitegen.conversion import yaml_fields

# Code points HTML forbids (the Nu checker's "Forbidden code point"): controls other than
# tab, newline, form feed and carriage return; surrogates; noncharacters.
_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef"
                        + "".join(f"{chr(plane | 0xFFFE)}{chr(plane | 0xFFFF)}"
                                  for plane in range(0, 0x110000, 0x10000)) + "]")
# A superset of _FORBIDDEN (every code point past U+1FFFD) that the regex engine tests
# ~8x faster: the exact class is only searched in the rare text this one matches.
_MAYBE_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef"
                              "\ufffe\uffff\U0001fffe-\U0010ffff]")


@cache
def code_points_named(text: str) -> str:
    """The forbidden code points in text, named: 'U+0001 and U+007F'."""
    found = [f"U+{ord(c):04X}" for c in dict.fromkeys(_FORBIDDEN.findall(text))]
    return ", ".join(found[:-1]) + " and " + found[-1] if len(found) > 1 else found[0]


def forbidden(text: str) -> re.Match | None:
    """The first code point HTML forbids in text, if any."""
    return _FORBIDDEN.search(text) if _MAYBE_FORBIDDEN.search(text) else None


def record_strings(obj: Any) -> Iterator[str]:
    """Every text a record holds, nested records' included (a superset of what
    check's `characters` looks at), to test them all with one search."""
    for name in _field_names(type(obj)):
        value = getattr(obj, name)
        if isinstance(value, str):
            yield value
        elif isinstance(value, tuple):
            for item in value:
                if isinstance(item, str):
                    yield item
                elif is_nested(item):
                    yield from record_strings(item)
        elif value is not None and isinstance(value, Mapping):
            yield from (v for v in value.values() if isinstance(v, str))


def is_nested(value: Any) -> bool:
    """A record's nested dataclass instance (a citation, a relation): dataclasses.is_dataclass
    for instances only, without its look-up of whether value is a class (200,000 a check)."""
    return hasattr(type(value), "__dataclass_fields__")


@cache
def _field_names(cls: type) -> tuple[str, ...]:
    return tuple(yaml_fields(cls))
