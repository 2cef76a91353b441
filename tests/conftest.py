"""Shared fixtures: a tiny valid project that each test copies and breaks."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"
REPO = Path(__file__).parent.parent


@pytest.fixture
def make_content(tmp_path, monkeypatch):
    """Copy fixtures/minimal into a temp project, apply file overrides, chdir there.

    Paths in `files` are relative to content/; a value of None deletes the file.
    Returns the content folder, as the relative path `content` (messages show it).
    """

    def make(files: dict[str, str | bytes | None] | None = None) -> Path:
        project = tmp_path / "project"
        if not project.exists():
            shutil.copytree(FIXTURES / "minimal", project)
        for name, text in (files or {}).items():
            path = project / "content" / name
            if text is None:
                path.unlink()
                continue
            path.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(text, bytes):
                path.write_bytes(text)
            else:
                path.write_text(text, encoding="utf-8")
        monkeypatch.chdir(project)
        return Path("content")

    return make
