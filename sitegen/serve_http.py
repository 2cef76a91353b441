"""HTTP for `sitegen serve`: the build shown, under its base_url path, and nothing else.

Answers from whichever finished build it is told to show; never from outside it (no
`..`, no symlink out), never cached, and on a loopback address only to loopback names.
"""

from __future__ import annotations

import ipaddress
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote

from livereload import Server
from livereload.handlers import LiveReloadHandler
from tornado import web

LOOPBACK_NAMES = frozenset({"localhost", "127.0.0.1", "::1", "[::1]"})


@dataclass(frozen=True)
class Shown:
    """What requests are answered from: one finished build, served under its base_url path."""

    root: Path
    prefix: str


class FileHandler(web.StaticFileHandler):
    """Serve the build shown, under its base_url path: only its files, never cached."""

    def initialize(self, shown: Callable[[], Shown],  # type: ignore[override]
                   allowed_hosts: frozenset[str] | None) -> None:
        super().initialize(path=os.sep, default_filename="index.html")  # root: set per request
        self.shown, self.allowed_hosts = shown, allowed_hosts

    def prepare(self) -> None:
        # A page elsewhere on the web could rename itself to 127.0.0.1 (DNS rebinding) and read
        # the unpublished preview; a loopback server answers only to loopback names.
        allowed = self.allowed_hosts
        if allowed is not None and self.request.host_name.lower() not in allowed:
            raise web.HTTPError(403, "unexpected Host header %r", self.request.host)

    async def get(self, path: str, include_body: bool = True) -> None:
        shown = self.shown()
        url_path = "/" + path
        if "\0" in url_path:
            raise web.HTTPError(400, "NUL byte in path")
        if not url_path.startswith(shown.prefix):
            if url_path in ("/", shown.prefix.rstrip("/")):
                self.redirect(quote(shown.prefix))
                return
            raise web.HTTPError(404)
        self.root = str(shown.root)
        await super().get(url_path[len(shown.prefix):], include_body)

    def validate_absolute_path(self, root: str, absolute_path: str) -> str | None:
        # Resolve symlinks before the check, so a link out of the build is refused too.
        real_root, real = Path(root).resolve(), Path(absolute_path).resolve()
        if real != real_root and real_root not in real.parents:
            raise web.HTTPError(403, "%s is outside the site", self.path)
        return super().validate_absolute_path(root, absolute_path)

    def write_error(self, status_code: int, **kwargs: Any) -> None:
        page = self.shown().root / "404.html"
        if status_code == 404 and page.is_file():
            self.set_header("Content-Type", "text/html; charset=UTF-8")
            self.finish(page.read_bytes())
        else:
            super().write_error(status_code, **kwargs)

    def set_extra_headers(self, path: str) -> None:
        self.set_header("Cache-Control", "no-store")  # a reload must show the new build

    def compute_etag(self) -> str | None:
        return None

    def should_return_304(self) -> bool:
        return False


class PreviewServer(Server):
    """livereload's server (websocket, livereload.js, script injection) with FileHandler.

    shown() tells which build to answer from; it is called once per request.
    """

    def __init__(self, shown: Callable[[], Shown], host: str) -> None:
        super().__init__()
        self.shown = shown
        self.allowed_hosts = LOOPBACK_NAMES | {host.lower()} if is_loopback(host) else None

    def get_web_handlers(self, script: bytes) -> list[Any]:
        return [(r"/(.*)", FileHandler, {"shown": self.shown, "allowed_hosts": self.allowed_hosts})]

    def reload_browsers(self) -> None:
        """Tell every open page to reload; call on the server's IOLoop."""
        LiveReloadHandler.reload_waiters("*")


def is_loopback(host: str) -> bool:
    """Whether host is this machine's own loopback address or name."""
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False
