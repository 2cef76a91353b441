"""The command line: every command documented, usage errors exit 2, no tracebacks."""

from __future__ import annotations

from pathlib import Path

import pytest

from sitegen.cli import main, make_parser

REPO = Path(__file__).parent.parent
COMMANDS = ["check", "schema", "build", "serve", "extract", "new"]


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help_and_docs(command, capsys):
    with pytest.raises(SystemExit) as exited:
        main([command, "--help"])
    assert exited.value.code == 0
    assert len(capsys.readouterr().out.splitlines()) > 3
    assert f"sitegen {command}" in (REPO / "README.md").read_text()


def test_unknown_command_is_a_usage_error(capsys):
    with pytest.raises(SystemExit) as exited:
        main(["publish"])
    assert exited.value.code == 2
    assert "invalid choice" in capsys.readouterr().err


def test_parser_lists_every_command():
    text = make_parser().format_help()
    assert all(command in text for command in COMMANDS)


def test_readme_first_screen_has_the_two_setup_commands():
    first_screen = "\n".join((REPO / "README.md").read_text().splitlines()[:30])
    assert "bash scripts/site.sh" in first_screen and "bash scripts/test.sh" in first_screen
    assert "scripts/test.sh" in (REPO / ".ci" / "run").read_text()
