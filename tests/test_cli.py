"""The command line: every command documented, usage errors exit 2, no tracebacks."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from sitegen.cli import main, make_parser
from conftest import SITE_FIXTURE

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


def test_build_process_ends_with_its_report_and_problems_delivered(tmp_path):
    """`python -m sitegen build` ends the process without freeing the build (os._exit):
    what it printed must still reach a pipe, with the exit code main() chose."""
    shutil.copytree(SITE_FIXTURE, tmp_path / "site")
    content, out = tmp_path / "site" / "content", tmp_path / "public"
    command = [sys.executable, "-m", "sitegen", "build", "--content", str(content), "--out", str(out)]
    env = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}  # a buffered pipe
    env["PYTHONPATH"] = str(REPO)
    built = subprocess.run(command, capture_output=True, text=True, env=env, timeout=120)
    assert (built.returncode, built.stderr) == (0, "")
    assert built.stdout.startswith("wrote ") and (out / "index.html").is_file()
    broken = sorted((content / "actors").glob("*.yaml"))[0]
    broken.write_text("name: [unclosed\n", encoding="utf-8")
    failed = subprocess.run(command, capture_output=True, text=True, env=env, timeout=120)
    assert (failed.returncode, failed.stdout) == (1, "")
    assert f"{broken.name}:" in failed.stderr and failed.stderr.rstrip().endswith("found")
