"""The report `sitegen extract` prints: what it wrote, linked, left out, and why."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

KINDS = ("sources", "actors", "claims", "quotes", "events")


@dataclass
class Report:
    into: Path
    written: dict[str, list[str]] = field(default_factory=lambda: {k: [] for k in KINDS})
    linked: list[str] = field(default_factory=list)  # existing actors the article names
    already: int = 0  # drafts identical to existing records
    suggestions: list[str] = field(
        default_factory=list
    )  # additions to existing records, not written
    left_out: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # existing records that could not be read
    text_path: Path | None = None

    def count(self, kind: str) -> int:
        return len(self.written[kind])

    def __str__(self) -> str:
        counts = ", ".join(f"{len(self.written[k])} {k}" for k in KINDS)
        lines = [f"extracted into {self.into}: {counts} (all marked review: draft)"]
        if self.text_path:
            lines.append(f"article text kept at {self.text_path}")
        if self.linked:
            lines.append(f"linked to existing actors: {', '.join(self.linked)}")
        if self.already:
            lines.append(f"{self.already} record(s) already present, left unchanged")
        for title, items in (
            ("suggestions (not written; edit the existing records if right)", self.suggestions),
            ("left out", self.left_out),
            ("warnings", self.warnings),
            ("existing records that could not be read", self.problems),
        ):
            if items:
                lines.append(f"{title}:")
                lines += [f"  - {item}" for item in items]
        return "\n".join(lines)
