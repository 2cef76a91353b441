"""Actor mentions in a test sentence, as the pipeline hands them to the claim and event stages."""

from __future__ import annotations

import re
from collections.abc import Mapping

from sitegen.extract.types import Mention


def mentions_in(text: str, actors: Mapping[str, tuple[str, str]],
                pattern: str = r"\b{}\b") -> tuple[Mention, ...]:
    """Every name of actors (name -> (key, type)) in text, longest name first where two
    overlap; pattern places the escaped name in its boundaries."""
    found: list[Mention] = []
    for name, (key, kind) in sorted(actors.items(), key=lambda item: -len(item[0])):
        for m in re.finditer(pattern.format(re.escape(name)), text):
            if not any(f.start <= m.start() < f.end for f in found):
                found.append(Mention(m.start(), m.end(), key, kind))
    return tuple(sorted(found, key=lambda m: m.start))
