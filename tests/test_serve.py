"""`sitegen serve` end to end: a real server in a subprocess, raw HTTP and a real browser.

Every server listens on 127.0.0.1 only, every wait has a timeout, and each test stops
the server it started (by its PID).
"""

from __future__ import annotations

import html
import http.client
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest

from sitegen.serve_http import error_page, with_banner

REPO = Path(__file__).parent.parent
FIXTURES = Path(__file__).parent / "fixtures"
WAIT = 30.0  # seconds: the longest any single step may take (generous: CI machines are shared)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_until(check: Callable[[], object], timeout: float = WAIT, what: str = "it") -> object:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if result := check():
            return result
        time.sleep(0.05)
    raise AssertionError(f"timed out after {timeout} s waiting for {what}")


class Served:
    """One `sitegen serve` subprocess, its stderr collected line by line."""

    def __init__(self, project: Path, *args: str, env: dict[str, str] | None = None) -> None:
        self.port = free_port()
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "sitegen", "serve", "--content", "content",
             "--port", str(self.port), *args],
            cwd=project, env={**os.environ, "PYTHONPATH": str(REPO), **(env or {})},
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        self.lines: list[str] = []
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()
        self.wait_for_line("serving http://")
        found = re.search(r"building into (\S+)", self.output)
        assert found, self.output
        self.work_dir = Path(found[1])

    def _read(self) -> None:
        assert self.proc.stderr is not None
        for line in self.proc.stderr:
            self.lines.append(line.rstrip("\n"))

    @property
    def output(self) -> str:
        return "\n".join(self.lines)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def wait_for_line(self, text: str, after: int = 0) -> str:
        def found() -> str | None:
            assert self.proc.poll() is None, f"server exited:\n{self.output}"
            return next((line for line in self.lines[after:] if text in line), None)
        return str(wait_until(found, what=f"{text!r} in the server's output"))

    def request(self, path: str, headers: dict[str, str] | None = None) -> tuple[int, str, dict]:
        """GET path exactly as written (http.client does not normalise `..`)."""
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=WAIT)
        try:
            conn.request("GET", path, headers=headers or {})
            response = conn.getresponse()
            body = response.read().decode("utf-8", "replace")
            return response.status, body, dict(response.headers)
        finally:
            conn.close()

    def page(self, path: str) -> str:
        status, body, _ = self.request(path)
        assert status == 200, (path, status)
        return body

    def wait_for_page(self, path: str, check: Callable[[str], bool], what: str) -> str:
        return str(wait_until(lambda: (body := self.request(path)[1]) and check(body) and body,
                              what=what))

    def stop(self, sig: int = signal.SIGINT) -> int:
        self.proc.send_signal(sig)
        return self.proc.wait(timeout=WAIT)

    def close(self) -> None:
        """Stop the server as a user would (so it removes its folder); kill it only if stuck."""
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGINT)
            try:
                self.proc.wait(timeout=WAIT)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=WAIT)
        self._reader.join(timeout=WAIT)
        if self.proc.stderr is not None:
            self.proc.stderr.close()


@pytest.fixture
def project_dir(tmp_path: Path) -> Path:
    """A temporary copy of the minimal site (content/ and seeds/)."""
    root = tmp_path / "project"
    shutil.copytree(FIXTURES / "minimal", root)
    return root


@pytest.fixture
def serve(project_dir: Path) -> Iterator[Callable[..., Served]]:
    started: list[Served] = []

    def start(*args: str, env: dict[str, str] | None = None) -> Served:
        started.append(Served(project_dir, *args, env=env))
        return started[-1]

    yield start
    for server in started:
        server.close()
        assert not server.work_dir.exists(), f"{server.work_dir} left behind"


def edit(project: Path, name: str, text: str) -> None:
    (project / "content" / name).write_text(text, encoding="utf-8")


def replace_in(project: Path, name: str, old: str, new: str) -> None:
    path = project / "content" / name
    path.write_text(path.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")


def banner(page: str) -> str:
    """The text of the page's problems alert ("" if none), its HTML escapes undone."""
    found = re.search(r'<div class="problems" role="alert"[^>]*>(.*?)</div>', page, re.S)
    return html.unescape(found[1]) if found else ""


def test_with_banner_puts_the_escaped_problems_atop_the_body():
    page = b"<html><head><title>T</title></head>\n<BODY class='x'>\n<h1>T</h1></BODY></html>"
    shown = with_banner(page, ["content/a.yaml:1:2: bad <b> & 'c'", "content/b.yaml:3:4: two"])
    head, rest = shown.split(b"<BODY class='x'>", 1)
    assert head == b"<html><head><title>T</title></head>\n"
    assert rest.startswith(b'<div class="problems" role="alert"')
    assert rest.endswith(b"</div>\n<h1>T</h1></BODY></html>")
    text = banner(shown.decode())
    assert "2 problems:" in text
    assert "content/a.yaml:1:2: bad <b> & 'c'" in text and "content/b.yaml:3:4: two" in text
    assert b"<b>" not in shown  # a message is text, never markup


def test_error_page_lists_the_problems():
    page = error_page(["content/site.yaml:1:1: site.yaml is missing"]).decode()
    assert "</head>" in page  # where the reload script goes
    assert "content/site.yaml:1:1: site.yaml is missing" in banner(page)


def test_serve_shows_the_site_and_nothing_outside_it(serve, project_dir, tmp_path):
    server = serve()
    assert "The widget affair" in server.page("/")
    assert "Acme Corp" in server.page("/actors/acme/")
    assert "livereload.js" in server.page("/actors/acme/")  # the reload script is injected
    status, _, headers = server.request("/static/style.css")
    assert status == 200 and headers["Cache-Control"] == "no-store"
    status, body, _ = server.request("/no/such/page/")
    assert status == 404 and "Page not found" in body

    secret = tmp_path / "secret.txt"
    secret.write_text("TOP SECRET", encoding="utf-8")
    shutil.copy(secret, server.work_dir)  # right above the site: where `..` would lead
    site = server.work_dir / "site"
    (site / "link.txt").symlink_to(secret)
    (site / "linkdir").symlink_to(tmp_path)
    escapes = ["/../secret.txt", "/%2e%2e/secret.txt", "/..%2fsecret.txt", "/%2e%2e%2fsecret.txt",
               "/static/../../../../../../etc/passwd", "//etc/passwd", "/a%00b", "/index.html%00",
               "/link.txt", "/linkdir/secret.txt", f"/{secret}"]
    for path in escapes:
        status, body, _ = server.request(path)
        assert 400 <= status < 500, (path, status)
        assert "TOP SECRET" not in body and "root:" not in body, path

    with socket.create_connection(("127.0.0.1", server.port), timeout=WAIT) as raw:
        raw.sendall(b"GET /a\x00/../../secret.txt HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        reply = raw.recv(4096)
    assert re.match(rb"HTTP/1\.[01] 4\d\d", reply), reply[:80]

    # a page elsewhere on the web that rebinds its name to 127.0.0.1 must not read the preview
    status, body, _ = server.request("/", headers={"Host": f"evil.example:{server.port}"})
    assert status == 403 and "widget" not in body
    assert server.proc.poll() is None


def test_serve_shows_flat_page_files(serve, project_dir):
    """page_files: flat: actors/<id>.html, served as it is, reloading after an edit."""
    site = project_dir / "content" / "site.yaml"
    site.write_text(site.read_text(encoding="utf-8") + "page_files: flat\n", encoding="utf-8")
    server = serve()
    page = server.page("/actors/acme.html")
    assert "Acme Corp" in page and "livereload.js" in page
    assert server.request("/actors/acme/")[0] == 404
    replace_in(project_dir, "actors/acme.yaml", "Acme Corp", "Acme Holdings")
    server.wait_for_page("/actors/acme.html", lambda page: "Acme Holdings" in page, "the rename")


def test_serve_answers_every_page_of_the_seed_site(serve, project_dir):
    if not (REPO / "content" / "site.yaml").is_file():
        pytest.skip("the repository has no curated content/ yet")
    for folder in ("content", "seeds"):
        shutil.rmtree(project_dir / folder)
        shutil.copytree(REPO / folder, project_dir / folder)
    server = serve()
    paths = re.findall(r"<loc>([^<]+)</loc>", server.page("/sitemap.xml"))
    assert len(paths) > 20
    for path in paths:
        page = server.page(urlsplit(path).path)
        assert page.rstrip().endswith("</html>") and "livereload.js" in page, path


def test_serve_rebuilds_on_edit_and_shows_problems_until_fixed(serve, project_dir):
    server = serve()
    assert "Acme Corp" in server.page("/actors/acme/")

    edit(project_dir, "actors/acme.yaml", "name: Acme Widgets Ltd\ntype: company\n")
    server.wait_for_page("/actors/acme/", lambda p: "Acme Widgets Ltd" in p, "the edited name")

    seen = len(server.lines)
    edit(project_dir, "actors/acme.yaml", "name: Acme Widgets Ltd\ntype: compnay\n")
    problem = "content/actors/acme.yaml:2:7: unknown type 'compnay'"
    server.wait_for_line(problem, after=seen)  # printed in the terminal as path:line:col: message
    for path in ("/", "/actors/acme/", "/claims/", "/no/such/page/"):
        page = server.request(path)[1]
        assert problem in banner(page), path
    assert "Acme Widgets Ltd" in server.page("/actors/acme/")  # the last good site, not a blank

    edit(project_dir, "actors/acme.yaml", "name: [Acme\ntype: company\n")
    server.wait_for_page("/", lambda p: "content/actors/acme.yaml:2:5: YAML syntax" in banner(p),
                         "the YAML syntax error")

    edit(project_dir, "actors/acme.yaml", "name: Acme Fixed\ntype: company\n")
    # the page file is replaced a moment before the preview drops the problems: wait for both
    server.wait_for_page("/actors/acme/", lambda p: "Acme Fixed" in p and banner(p) == "",
                         "the fixed site")
    assert server.proc.poll() is None


def test_serve_rebuilds_once_for_a_burst_of_saves(serve, project_dir):
    server = serve()
    seen = len(server.lines)
    for i in range(10):  # like an editor saving all, or a git checkout: files a few ms apart
        edit(project_dir, f"actors/extra-{i}.yaml", f"name: Extra {i}\ntype: person\n")
        time.sleep(0.003)
    server.wait_for_page("/actors/extra-9/", lambda p: "Extra 9" in p, "the last file of the burst")
    time.sleep(0.5)  # a second rebuild, if any, would have started by now
    builds = [line for line in server.lines[seen:] if "built in" in line]
    assert len(builds) == 1, builds
    assert all(f"Extra {i}" in server.page(f"/actors/extra-{i}/") for i in range(10))


def files_in(folder: Path) -> dict[str, tuple[int, int]]:
    """Every file under folder: (inode, modification time in ns), by path relative to it."""
    return {path.relative_to(folder).as_posix(): (path.stat().st_ino, path.stat().st_mtime_ns)
            for path in folder.rglob("*") if path.is_file()}


def test_serve_rewrites_only_the_pages_an_edit_changed(serve, project_dir):
    server = serve()
    site = server.work_dir / "site"
    before = files_in(site)
    assert "actors/treasury/index.html" in before and "static/style.css" in before
    seen = len(server.lines)
    replace_in(project_dir, "actors/acme.yaml", "Acme Corp", "Acme Renamed")
    server.wait_for_page("/actors/acme/", lambda p: "Acme Renamed" in p, "the edited name")
    after = files_in(site)
    changed = {path for path in after if after[path] != before.get(path)}
    assert "actors/acme/index.html" in changed
    assert "actors/index.html" in changed  # the list of actors shows the new name too
    # pages that never name Acme keep their file: same inode, same modification time
    for untouched in ("actors/treasury/index.html", "static/style.css", "404.html"):
        assert untouched not in changed and untouched in after, untouched
    assert len(changed) < len(before) / 2, sorted(changed)
    assert after.keys() == before.keys()
    line = server.wait_for_line("built in", after=seen)
    assert f"({len(changed)} files written)" in line, (line, sorted(changed))


def test_serve_shows_two_quick_edits(serve, project_dir):
    server = serve()
    replace_in(project_dir, "actors/acme.yaml", "Acme Corp", "Acme First")
    time.sleep(0.1)  # past the quiet period: the first rebuild is under way or done
    replace_in(project_dir, "actors/acme.yaml", "Acme First", "Acme Second")
    server.wait_for_page("/actors/acme/", lambda p: "Acme Second<" in p, "the second edit")
    time.sleep(0.5)  # a rebuild still pending would be done by now; it must not undo the edit
    assert "Acme Second<" in server.page("/actors/acme/")


def test_serve_never_serves_a_half_written_page(serve, project_dir):
    # A page of a few MB takes long enough to write that a reader could catch it midway.
    text = "Acme sold widgets to everyone who asked, and kept a ledger of it. " * 40_000

    def save(i: int) -> None:
        edit(project_dir, "actors/acme.yaml",
             f"name: Acme {i}\ntype: company\nsummary: {text}Edition {i}.\n")

    save(0)
    server = serve()
    results: list[tuple[int, str]] = []
    stop = threading.Event()

    def fetch() -> None:
        while not stop.is_set():
            status, body, _ = server.request("/actors/acme/")
            results.append((status, body))

    readers = [threading.Thread(target=fetch, daemon=True) for _ in range(4)]
    for reader in readers:
        reader.start()
    for i in range(1, 6):
        save(i)
        server.wait_for_page("/actors/acme/", lambda p, i=i: f"Acme {i}<" in p, f"edit {i}")
    stop.set()
    for reader in readers:
        reader.join(timeout=WAIT)
    assert len(results) > 20
    assert {status for status, _ in results} == {200}
    for _, body in results:  # whole pages only, each one edition from top to bottom
        assert body.rstrip().endswith("</html>"), body[-200:]
        edition = re.search(r"<h1[^>]*>Acme (\d+)<", body)
        assert edition and f"Edition {edition[1]}." in body
    assert server.proc.poll() is None


def test_serve_under_the_base_url_path(serve, project_dir):
    site = project_dir / "content" / "site.yaml"
    site.write_text(site.read_text(encoding="utf-8") + "base_url: /investigations/widgets/\n",
                    encoding="utf-8")
    server = serve()
    assert server.url + "/investigations/widgets/" in server.output
    status, _, headers = server.request("/")
    assert status in (301, 302) and headers["Location"] == "/investigations/widgets/"
    assert "Acme Corp" in server.page("/investigations/widgets/actors/acme/")
    page = server.page("/investigations/widgets/actors/acme/")
    stylesheet = re.search(r'<link rel="stylesheet" href="([^"]+)"', page)
    assert stylesheet  # its link, followed as a browser would, works under the prefix
    assert server.request(urljoin("/investigations/widgets/actors/acme/", stylesheet[1]))[0] == 200
    assert server.request("/actors/acme/")[0] == 404
    assert server.request("/investigations/widgets/../../etc/passwd")[0] == 403


def test_serve_shows_an_error_page_until_the_first_good_build(serve, project_dir):
    replace_in(project_dir, "claims/acme-denies.yaml", "acme-sold", "acme-sld")
    server = serve()
    assert "content/claims/acme-denies.yaml:4:" in server.output
    for path in ("/", "/actors/acme/"):
        status, page, _ = server.request(path)
        assert "content/claims/acme-denies.yaml:4:" in page and "livereload.js" in page, path
    replace_in(project_dir, "claims/acme-denies.yaml", "acme-sld", "acme-sold")
    server.wait_for_page("/actors/acme/", lambda p: "Acme Corp" in p and not banner(p), "the site")


def test_serve_shows_the_problem_of_a_broken_template_atop_the_last_site(serve, project_dir):
    server = serve()
    templates = project_dir / "templates"
    templates.mkdir()
    seen = len(server.lines)
    (templates / "404.html").write_text("{% extends 'base.html' %}{% block main %}{{ oops(",
                                        encoding="utf-8")
    edit(project_dir, "actors/acme.yaml", "name: Acme Templated\ntype: company\n")
    server.wait_for_line("templates/404.html:1:", after=seen)
    page = server.wait_for_page("/actors/acme/", lambda p: "templates/404.html:1:" in p,
                                "the template problem atop the page")
    assert "Acme Corp" in page  # the last good build, with the banner injected
    (templates / "404.html").unlink()
    server.wait_for_page("/actors/acme/", lambda p: "Acme Templated" in p and "404.html" not in p,
                         "the site once the template is gone")


def test_serve_stops_cleanly_on_sigint_and_removes_its_folder(serve, project_dir):
    before = sorted(p.relative_to(project_dir) for p in project_dir.rglob("*"))
    server = serve()
    assert server.work_dir.is_dir()
    edit(project_dir, "actors/acme.yaml", "name: Acme Stopped\ntype: company\n")
    server.wait_for_page("/actors/acme/", lambda p: "Acme Stopped" in p, "the edit")
    assert server.stop(signal.SIGINT) in (0, 130)
    server._reader.join(timeout=WAIT)
    assert not server.work_dir.exists()
    assert "Traceback" not in server.output
    # nothing left in the project either: no build cache entry for a folder that is gone
    assert sorted(p.relative_to(project_dir) for p in project_dir.rglob("*")) == before


def test_serve_stops_cleanly_on_sigterm(serve, project_dir):
    server = serve()
    assert server.stop(signal.SIGTERM) in (0, 130)
    server._reader.join(timeout=WAIT)
    assert not server.work_dir.exists()
    assert "Traceback" not in server.output


def test_serve_reports_a_port_in_use(project_dir):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = subprocess.run(
            [sys.executable, "-m", "sitegen", "serve", "--content", "content", "--port", str(port)],
            cwd=project_dir, env={**os.environ, "PYTHONPATH": str(REPO)}, capture_output=True,
            text=True, timeout=WAIT * 2)
    assert result.returncode == 1
    assert f"--port:1:1: cannot listen on 127.0.0.1:{port}" in result.stderr
    assert "Traceback" not in result.stderr
    folder = re.search(r"building into (\S+)", result.stderr)
    assert folder and not Path(folder[1]).exists()


def test_serve_warns_when_asked_to_leave_loopback(project_dir):
    # 192.0.2.1 (TEST-NET-1) is nobody's address: it shows the warning and binds nothing
    result = subprocess.run(
        [sys.executable, "-m", "sitegen", "serve", "--content", "content", "--host", "192.0.2.1",
         "--port", str(free_port())],
        cwd=project_dir, env={**os.environ, "PYTHONPATH": str(REPO)}, capture_output=True,
        text=True, timeout=WAIT * 2)
    assert "warning: serving on 192.0.2.1: anyone who can reach this machine" in result.stderr
    assert result.returncode == 1 and "cannot listen on 192.0.2.1:" in result.stderr
    assert "Traceback" not in result.stderr


def test_serve_open_starts_the_browser_at_the_site(serve, project_dir, tmp_path):
    site = project_dir / "content" / "site.yaml"
    site.write_text(site.read_text(encoding="utf-8") + "base_url: /sub/\n", encoding="utf-8")
    opened = tmp_path / "opened.txt"
    browser = tmp_path / "browser.sh"  # stands in for the user's browser, via $BROWSER
    browser.write_text(f'#!/bin/sh\necho "$1" > {opened}\n', encoding="utf-8")
    browser.chmod(0o755)
    server = serve("--open", env={"BROWSER": str(browser)})
    wait_until(opened.exists, what="the browser to be started")
    url = wait_until(lambda: opened.read_text(encoding="utf-8").strip(), what="the URL")
    assert url == f"{server.url}/sub/"


def test_serve_reloads_the_open_page_in_a_browser(serve, project_dir, page):
    # `page`: pytest-playwright's, with conftest's Chromium (it skips when Chromium is absent)
    server = serve()
    page.set_default_timeout(WAIT * 1000)
    page.goto(f"{server.url}/actors/acme/")
    wait_for_livereload(page)

    def reload_after(name: str, text: str) -> None:
        page.evaluate("window.__before = true")
        with page.expect_event("load"):
            edit(project_dir, name, text)
        assert page.evaluate("window.__before === undefined")  # a real reload
        wait_for_livereload(page)

    reload_after("actors/acme.yaml", "name: Acme Browser\ntype: company\n")
    assert page.locator("h1").inner_text() == "Acme Browser"

    reload_after("actors/acme.yaml", "name: Acme Browser\ntype: compnay\n")
    alert = page.locator(".problems[role=alert]")
    assert "content/actors/acme.yaml:2:7: unknown type 'compnay'" in alert.inner_text()
    assert page.locator("h1").inner_text() == "Acme Browser"

    reload_after("actors/acme.yaml", "name: Acme Fixed\ntype: company\n")
    assert page.locator(".problems").count() == 0
    assert page.locator("h1").inner_text() == "Acme Fixed"

    # two edits a second apart: livereload alone would drop the second one
    reload_after("actors/acme.yaml", "name: Acme One\ntype: company\n")
    time.sleep(1)
    reload_after("actors/acme.yaml", "name: Acme Two\ntype: company\n")
    assert page.locator("h1").inner_text() == "Acme Two"
    assert server.proc.poll() is None


def wait_for_livereload(page) -> None:
    """Wait until the page's livereload client has shaken hands with the server."""
    page.wait_for_function("() => window.LiveReload && window.LiveReload.connector.protocol >= 7")
    time.sleep(0.2)  # its `info` message, which registers the page for reloads, follows at once
