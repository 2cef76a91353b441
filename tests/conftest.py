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


# --- Built sites (sitegen build), shared by test_build, test_render and test_browser ---

SITE_FIXTURE = FIXTURES / "site"  # a small hand-written story: texts/ + content/
SUB_PATH = "/investigations/harbour/"


def build_into(content: Path, out: Path, **kwargs) -> Path:
    """Build content into out and return out (fails the test on any problem)."""
    from sitegen.build import build_site

    build_site(content, out, **kwargs)
    return out


@pytest.fixture(scope="session")
def site_dir(tmp_path_factory) -> Path:
    """The fixture story built at the domain root."""
    return build_into(SITE_FIXTURE / "content", tmp_path_factory.mktemp("site") / "public")


def flat_project(root: Path) -> Path:
    """A copy of the fixture story under root with `page_files: flat`; its content folder."""
    shutil.copytree(SITE_FIXTURE, root)
    site = root / "content" / "site.yaml"
    site.write_text(site.read_text(encoding="utf-8") + "page_files: flat\n", encoding="utf-8")
    return root / "content"


@pytest.fixture(scope="session")
def flat_dir(tmp_path_factory) -> Path:
    """The fixture story built with a file per actor and text page (page_files: flat)."""
    root = tmp_path_factory.mktemp("flat")
    return build_into(flat_project(root / "project"), root / "public")


@pytest.fixture(scope="session")
def seed_dir(tmp_path_factory) -> Path:
    """The seed article's curated content (the repository's content/) built at the root."""
    if not (REPO / "content" / "site.yaml").is_file():
        pytest.skip("the repository has no curated content/ yet")
    return build_into(REPO / "content", tmp_path_factory.mktemp("seed") / "public")


@pytest.fixture(params=["site", "seed"], scope="session")
def any_site(request) -> Path:
    """Each built site in turn: assertions that must hold for any content."""
    return request.getfixturevalue(f"{request.param}_dir")


@pytest.fixture
def project(tmp_path) -> Path:
    """A writable copy of the fixture story; returns its content folder."""
    shutil.copytree(SITE_FIXTURE, tmp_path / "project")
    return tmp_path / "project" / "content"


# --- A real browser: Debian's Chromium driven by Playwright (toolchain.md §1) ---

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--headless=new", "--disable-gpu", "--disable-quic",
                 "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    """Keep pytest-playwright's own options, launch the system Chromium."""
    if not CHROMIUM.is_file():
        pytest.skip(f"no Chromium at {CHROMIUM} (apt-get install -y chromium)")
    return {**browser_type_launch_args, "executable_path": str(CHROMIUM), "args": CHROMIUM_ARGS}


def serve_dir(directory: Path):
    """Serve a folder on 127.0.0.1 at a free port; yields the base URL, then stops."""
    import functools
    import http.server
    import threading

    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(directory))
    handler.log_message = lambda *args, **kwargs: None
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


@pytest.fixture(scope="session")
def seed_url(seed_dir):
    yield from serve_dir(seed_dir)


@pytest.fixture(scope="session")
def site_url(site_dir):
    yield from serve_dir(site_dir)


@pytest.fixture(scope="session")
def flat_url(flat_dir):
    yield from serve_dir(flat_dir)
