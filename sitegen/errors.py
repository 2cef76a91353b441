"""The one error type for problems in the user's files. Nothing else lives here."""

from __future__ import annotations

from pathlib import Path


class SitegenError(Exception):
    """A problem in the user's files, pointing at the place to edit."""

    def __init__(self, path: Path | str, line: int, col: int, message: str) -> None:
        super().__init__(message)
        self.path, self.line, self.col, self.message = Path(path), line, col, message

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.col}: {self.message}"

    def sort_key(self) -> tuple[str, int, int, str]:
        return (str(self.path), self.line, self.col, self.message)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, SitegenError) and self.sort_key() == other.sort_key()

    def __hash__(self) -> int:
        return hash(self.sort_key())


class ProblemsError(Exception):
    """Raised by a command that found problems in the content; carries them all."""

    def __init__(self, problems: list[SitegenError]) -> None:
        super().__init__(f"{len(problems)} problem(s)")
        self.problems = sorted(set(problems), key=SitegenError.sort_key)
