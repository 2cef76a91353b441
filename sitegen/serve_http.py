"""HTTP for `sitegen serve`: the site being previewed, under its base_url path, and nothing else.

Answers only from the output folder (no `..`, no symlink out), reads each file whole while
no rebuild is writing, adds the current problems atop every HTML page, never lets a
browser cache, and on a loopback address answers only to loopback names.
"""

from __future__ import annotations

import html
import ipaddress
import mimetypes
import re
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any
from urllib.parse import quote

from livereload import Server
from livereload.handlers import LiveReloadHandler
from tornado import web
from tornado.httpserver import HTTPServer
from tornado.ioloop import IOLoop

LOOPBACK_NAMES = frozenset({"localhost", "127.0.0.1", "::1", "[::1]"})

# A preview answers GET and HEAD with files: it has no use for request bodies, and a
# client that sends headers slower than this is holding a connection, not asking.
IDLE_TIMEOUT = 10.0  # seconds; tornado's default is an hour
MAX_BODY = 64 * 1024  # bytes; tornado's default (100 MB) would be buffered in memory


@dataclass(frozen=True)
class Shown:
    """What requests are answered with."""

    root: Path  # the output folder, updated in place by every rebuild that succeeds
    prefix: str = "/"  # the path of the site's base_url: where it is served
    problems: tuple[str, ...] = ()  # shown atop every HTML page until they are fixed
    built: bool = False  # whether root holds a site yet; if not, every page shows the problems


@dataclass(frozen=True)
class Answer:
    """A file found for a request, or the reason there is none."""

    status: int
    body: bytes = b""
    name: str = ""  # the file's name, for its content type
    location: str | None = None  # where a redirect points


class FileHandler(web.RequestHandler):
    """Serve the site shown under its base_url path: only its files, never cached."""

    def initialize(self, shown: Callable[[], Shown], lock: threading.Lock,  # type: ignore[override]
                   allowed_hosts: frozenset[str] | None) -> None:
        self.shown, self.lock, self.allowed_hosts = shown, lock, allowed_hosts

    def prepare(self) -> None:
        # A page elsewhere on the web could rename itself to 127.0.0.1 (DNS rebinding) and read
        # the unpublished preview; a loopback server answers only to loopback names.
        allowed = self.allowed_hosts
        if allowed is not None and self.request.host_name.lower() not in allowed:
            raise web.HTTPError(403, "unexpected Host header %r", self.request.host)

    async def get(self, path: str) -> None:
        url_path = "/" + path  # tornado has already decoded %-escapes
        if "\0" in url_path:
            raise web.HTTPError(400, "NUL byte in path")
        # Off the IOLoop: the answer waits while a rebuild writes, and the loop keeps serving.
        answer = await IOLoop.current().run_in_executor(None, self._answer, url_path)
        if answer.location is not None:
            self.redirect(quote(answer.location))
            return
        if answer.status == 403:
            raise web.HTTPError(403, "%s is outside the site", url_path)
        self.set_status(answer.status)
        self.set_header("Cache-Control", "no-store")  # a reload must show the new build
        kind = mimetypes.guess_type(answer.name)[0] or "application/octet-stream"
        if kind.startswith("text/") or kind.endswith(("+xml", "/xml", "javascript", "/json")):
            kind += "; charset=UTF-8"
        self.set_header("Content-Type", kind)  # livereload injects its script into text/html
        self.finish(answer.body)

    async def head(self, path: str) -> None:
        await self.get(path)  # tornado sends no body for HEAD

    def _answer(self, url_path: str) -> Answer:
        """The answer to url_path, from the site and problems of one and the same rebuild."""
        with self.lock:  # held while a rebuild switches `shown`
            shown = self.shown()
            answer = _look_up(shown, url_path)
        if answer.name.endswith(".html") and shown.problems and shown.built:
            return replace(answer, body=with_banner(answer.body, shown.problems))
        return answer

    def compute_etag(self) -> str | None:
        return None  # no-store: never a 304


def _look_up(shown: Shown, url_path: str) -> Answer:
    """Read the file url_path names in the site shown (only inside it), or say why not."""
    if url_path in ("/", shown.prefix.rstrip("/")) and url_path != shown.prefix:
        return Answer(302, location=shown.prefix)
    if not shown.built:
        return Answer(503, error_page(shown.problems), "index.html")
    if not url_path.startswith(shown.prefix):
        return _not_found(shown.root)
    inside = url_path[len(shown.prefix):]
    real_root, real = shown.root.resolve(), (shown.root / inside).resolve()
    # Resolved first, so that a symlink out of the site is refused too.
    if real != real_root and real_root not in real.parents:
        return Answer(403)
    if real.is_dir():
        if inside and not inside.endswith("/"):
            return Answer(302, location=url_path + "/")
        real = real / "index.html"
    try:
        return Answer(200, real.read_bytes(), real.name)
    except OSError:  # missing, a folder, unreadable: no such page
        return _not_found(shown.root)


def _not_found(root: Path) -> Answer:
    try:
        return Answer(404, (root / "404.html").read_bytes(), "404.html")
    except OSError:
        return Answer(404, b"<!doctype html>\n<title>Not found</title>\n<p>Page not found</p>\n",
                      "404.html")


_BODY = re.compile(rb"<body\b[^>]*>", re.IGNORECASE)
_BANNER = ('<div class="problems" role="alert" style="background:#fff3cd;color:#000;'
           'border:3px solid #b00;padding:1em;margin:0 0 1em">'
           "<p><strong>{title}</strong></p><ul>{items}</ul></div>")
_ERROR_PAGE = ('<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
               "<title>sitegen: the site does not build</title>\n</head>\n<body>\n{banner}\n"
               "<p>This page reloads by itself once the problems are fixed.</p>\n"
               "</body>\n</html>\n")


def banner(title: str, problems: Sequence[str]) -> str:
    """The problems as an alert box, each message as written in the terminal."""
    items = "".join(f"<li><code>{html.escape(p)}</code></li>" for p in problems)
    return _BANNER.format(title=html.escape(title), items=items)


def with_banner(page: bytes, problems: Sequence[str]) -> bytes:
    """The page with the problems atop its body: the last good site, marked as such."""
    n = len(problems)
    box = banner(f"This preview shows the last content that built. The current files have "
                 f"{n} problem{'s' * (n != 1)}:", problems).encode("utf-8")
    found = _BODY.search(page)
    at = found.end() if found else 0
    return page[:at] + box + page[at:]


def error_page(problems: Sequence[str]) -> bytes:
    """The page every URL shows while nothing has built yet."""
    return _ERROR_PAGE.format(banner=banner("The site does not build:", problems)).encode("utf-8")


class PreviewServer(Server):
    """livereload's server (websocket, livereload.js, script injection) with FileHandler.

    shown() tells what to answer with; it is called once per request. lock is held by
    each rebuild while it switches what shown() returns.
    """

    def __init__(self, shown: Callable[[], Shown], lock: threading.Lock, host: str) -> None:
        super().__init__()
        self.shown, self.lock = shown, lock
        _withstand_floods()
        self.allowed_hosts = LOOPBACK_NAMES | {host.lower()} if is_loopback(host) else None

    def get_web_handlers(self, script: bytes) -> list[Any]:
        return [(r"/(.*)", FileHandler, {"shown": self.shown, "lock": self.lock,
                                         "allowed_hosts": self.allowed_hosts})]

    def reload_browsers(self) -> None:
        """Tell every open page to reload; call on the server's IOLoop."""
        LiveReloadHandler.reload_waiters("*")


def _withstand_floods() -> None:
    """Bound what one client can hold: connections idle or sending headers slowly are
    closed, request bodies are refused early, and the process may keep as many sockets
    open as the system lets it, so a flood of slow clients cannot lock out the editor.

    livereload creates the HTTPServer itself; tornado's Configurable defaults are the
    one way to reach it (process-wide, which is right: serve owns its process).
    """
    HTTPServer.configure(None, idle_connection_timeout=IDLE_TIMEOUT, body_timeout=IDLE_TIMEOUT,
                         max_body_size=MAX_BODY, max_buffer_size=MAX_BODY)
    try:
        import resource  # Unix only
        soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
        wanted = 65536 if hard == resource.RLIM_INFINITY else hard
        if soft != resource.RLIM_INFINITY and soft < wanted:
            resource.setrlimit(resource.RLIMIT_NOFILE, (wanted, hard))
    except (ImportError, ValueError, OSError):  # the platform refuses: keep its limit
        pass


def is_loopback(host: str) -> bool:
    """Whether host is this machine's own loopback address or name."""
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False
