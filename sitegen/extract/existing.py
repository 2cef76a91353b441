"""Read the records already in a content folder, tolerating broken ones. Reads disk only.

Extract never changes an existing record; it needs them to link actors by name and to
recognise drafts it wrote before (so a second run changes nothing).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from sitegen.extract.normalize import name_key
from sitegen.extract.report import KINDS
from sitegen.text import fold


@dataclass
class Existing:
    records: dict[str, dict[str, dict]] = field(default_factory=lambda: {k: {} for k in KINDS})
    problems: list[str] = field(default_factory=list)

    def actor_by_name(self, name: str) -> str | None:
        key = name_key(name)
        for rid, rec in self.records["actors"].items():
            names = [rec.get("name")] + list(rec.get("aliases") or [])
            if any(isinstance(n, str) and name_key(n) == key for n in names):
                return rid
        return None

    def has(self, kind: str, rid: str) -> bool:
        return rid in self.records[kind]

    def same_text(self, kind: str, field_name: str, value: str) -> str | None:
        """The id of an existing record whose field (or first excerpt) folds to value."""
        target = fold(value)
        for rid, rec in self.records[kind].items():
            got = rec.get(field_name)
            if field_name == "excerpt":
                cits = rec.get("citations") or []
                got = cits[0].get("excerpt") if cits and isinstance(cits[0], dict) else None
            if isinstance(got, str) and fold(got) == target:
                return rid
        return None

    def covering(self, kind: str, excerpt: str, date: str | None = None) -> str | None:
        """An existing record citing (nearly) the same passage: it already covers this draft.

        Most of the shorter passage's words are in the longer one; for events the date must
        match too. Curated records are worded differently from drafts, so exact text is not enough.
        """
        words = set(re.findall(r"\w+", fold(excerpt).lower()))
        for rid, rec in self.records[kind].items():
            if date is not None and str(rec.get("date")) != date:
                continue
            for cit in rec.get("citations") or []:
                got = cit.get("excerpt") if isinstance(cit, dict) else None
                if not isinstance(got, str):
                    continue
                other = set(re.findall(r"\w+", fold(got).lower()))
                small = min(len(words), len(other))
                if small and len(words & other) >= 0.8 * small:
                    return rid
        return None


def load_existing(content: Path) -> Existing:
    """Every record under content/<kind>/, read with yaml.safe_load; broken files reported."""
    out = Existing()
    if not content.is_dir():
        return out
    for kind in KINDS:
        folder = content / kind
        if not folder.is_dir():
            continue
        for path in sorted(folder.glob("*.yaml")):
            try:
                data = yaml.safe_load(path.read_text(encoding="utf-8"))
            except (yaml.YAMLError, UnicodeDecodeError, OSError) as e:
                first = str(e).splitlines()[0] if str(e) else type(e).__name__
                out.problems.append(f"{path}: {first}")
                continue
            if not isinstance(data, dict):
                out.problems.append(f"{path}: not a mapping")
                continue
            out.records[kind][path.stem] = data
    return out
