"""`sitegen serve`: build into a temporary folder, serve it, rebuild and reload on every edit.

Writes only inside its temporary folder (removed on exit) and never serves a file
from outside the build being shown. A broken edit never stops it: the problems
are printed and shown atop every page of the last good site.
"""

from __future__ import annotations

import asyncio
import contextlib
import html
import logging
import re
import shutil
import signal
import sys
import tempfile
import threading
import time
import traceback
import webbrowser
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote, urlsplit

import watchfiles
from tornado.ioloop import IOLoop

from sitegen.build import write_site
from sitegen.errors import ProblemsError, SitegenError
from sitegen.load import load_checked
from sitegen.model import Content
from sitegen.render import default_template_dir
from sitegen.serve_http import PreviewServer, Shown, is_loopback

QUIET_MS = 50  # a burst of saves (an editor, a git checkout) ends after this quiet: one rebuild
STOP_CHECK_MS = 100  # how often the watcher thread looks up from waiting, e.g. to stop


def serve(content_dir: Path | str, *, host: str = "127.0.0.1", port: int = 8000,
          open_browser: bool = False) -> None:
    """Serve a live preview of the site in content_dir until interrupted (Ctrl-C or SIGTERM)."""
    content_dir = Path(content_dir)
    if not content_dir.is_dir():
        raise SitegenError(content_dir, 1, 1, "content folder not found (use --content DIR)")
    if not is_loopback(host):
        _say(f"warning: serving on {host}: anyone who can reach this machine can read the "
             "unpublished preview")
    # Client errors are expected here (a reader's typo); keep the terminal for content problems.
    logging.getLogger("tornado.access").setLevel(logging.ERROR)
    with tempfile.TemporaryDirectory(prefix="sitegen-serve-", ignore_cleanup_errors=True) as tmp:
        _say(f"building into {tmp} (removed on exit)")
        work_dir = Path(tmp).resolve()
        preview = Preview(content_dir, FreshFolders(content_dir, work_dir), work_dir)
        watcher = _Watcher(preview)
        with _sigterm_as_interrupt():
            watcher.start()
            try:
                watcher.wait_ready()
                asyncio.run(_run(preview, host, port, open_browser))
            finally:
                watcher.stop.set()
                watcher.join(timeout=10)  # let a rebuild in progress finish before the folder goes


def render_preview(content_dir: Path, out_dir: Path,
                   last_good: Content | None) -> tuple[Content, list[str]]:
    """Build content_dir into out_dir (a new folder); return the Content shown and its problems.

    The one rebuild step, kept in one function so that an incremental build can replace it.
    While the content has problems, the last good Content is rendered with them atop every
    page. Raises ProblemsError when nothing can be rendered: no good content yet, or the
    templates themselves are broken.
    """
    try:
        content = load_checked(content_dir)
        write_site(content, content_dir, out_dir)
        return content, []
    except ProblemsError as e:
        problems = e.problems
    except SitegenError as e:
        problems = [e]
    if last_good is None:
        raise ProblemsError(problems)
    banner = [str(p) for p in problems]
    try:
        write_site(last_good, content_dir, out_dir, problems_banner=banner)
    except ProblemsError as e:
        raise ProblemsError([*problems, *e.problems]) from None
    except SitegenError as e:
        raise ProblemsError([*problems, e]) from None
    return last_good, banner


def watched_paths(content_dir: Path) -> list[Path]:
    """The folders a preview depends on: content, the site's templates and seeds, the defaults."""
    project = content_dir.resolve().parent
    paths: list[Path] = []
    for path in (content_dir.resolve(), project / "templates", project / "seeds",
                 default_template_dir().resolve()):
        if path.is_dir() and path not in paths:
            paths.append(path)
    return paths


@dataclass(frozen=True)
class Outcome:
    """What one rebuild produced."""

    root: Path  # a finished build, ready to serve
    content: Content | None  # what it shows: the last good content while there are problems
    problems: list[str]


class FreshFolders:
    """Rebuild everything into a new folder each time: the rebuild `sitegen serve` uses.

    The new folder is complete before the preview switches to it, so a request never
    sees a half-written site; the previous one stays for requests still reading it.
    An incremental rebuild can take its place: any callable returning an Outcome
    that never raises.
    """

    def __init__(self, content_dir: Path, work_dir: Path) -> None:
        self.content_dir, self.work_dir = content_dir, work_dir
        self._last_good: Content | None = None
        self._good_root: Path | None = None  # the last build without problems
        self._builds: list[Path] = []  # on disk, oldest first
        self._count = 0

    def __call__(self) -> Outcome:
        self._count += 1
        out = self.work_dir / f"build-{self._count}"
        content: Content | None
        try:
            content, problems = render_preview(self.content_dir, out, self._last_good)
        except Exception as e:  # noqa: BLE001 -- the preview must outlive any failed build
            problems = _describe_failure(e)
            _write_fallback(self._good_root, out, problems)
            content = self._last_good
        else:
            if not problems:
                self._last_good, self._good_root = content, out
        self._builds.append(out)
        keep = {*self._builds[-2:], self._good_root}  # the one shown until now, and this one
        for old in [b for b in self._builds if b not in keep]:
            shutil.rmtree(old, ignore_errors=True)
            self._builds.remove(old)
        return Outcome(root=out, content=content, problems=problems)


class Preview:
    """What the server shows, and the rebuild that replaces it after each edit."""

    def __init__(self, content_dir: Path, rebuild: Callable[[], Outcome], work_dir: Path) -> None:
        self.content_dir, self.rebuild = content_dir, rebuild
        self.shown = Shown(root=work_dir, prefix="/")  # replaced by the first build
        # set once the server runs; each rebuild then calls it on the server's loop
        self.reload: Callable[[], None] | None = None

    def update(self, changed: Iterable[str] = ()) -> None:
        """Rebuild, switch requests to the new build, reload the browsers, print the outcome."""
        started = time.perf_counter()
        outcome = self.rebuild()
        site = outcome.content.site if outcome.content else None
        self.shown = Shown(root=outcome.root, prefix=_url_path(site.base_url) if site else "/")
        if self.reload is not None:
            self.reload()
        _say_outcome(changed, outcome.problems, time.perf_counter() - started,
                     outcome.content is not None)


class _Watcher(threading.Thread):
    """Build once, then rebuild after every burst of changes in the watched folders."""

    def __init__(self, preview: Preview) -> None:
        super().__init__(name="sitegen-watcher", daemon=True)
        self.preview = preview
        self.ready, self.stop = threading.Event(), threading.Event()
        self.error: Exception | None = None

    def wait_ready(self) -> None:
        """Wait for the first build; raise SitegenError if watching could not start."""
        while not self.ready.wait(0.1):  # a timed wait, so that Ctrl-C gets through
            pass
        if self.error:  # e.g. the system's limit of watched folders is reached
            raise SitegenError(self.preview.content_dir, 1, 1,
                               f"cannot build and watch the site: {self.error}")

    def run(self) -> None:
        try:
            while not self.stop.is_set():
                self._watch(watched_paths(self.preview.content_dir))
        except Exception as e:  # noqa: BLE001 -- reported, and the server keeps the last build
            self.error = e
            if self.ready.is_set():
                _say(f"error: watching for changes stopped: {e}; restart `sitegen serve`")
        finally:
            self.ready.set()

    def _watch(self, paths: list[Path]) -> None:
        """Rebuild after each burst of changes in paths, until the folders to watch change."""
        # watchfiles uses inotify: no polling delay, no CPU spent on big trees. It groups a
        # burst until QUIET_MS pass without a change, and yields an empty set every
        # STOP_CHECK_MS. Its first yield means the folders are watched: only then build,
        # so that no edit made before can be missed.
        first = True
        for changes in watchfiles.watch(*paths, stop_event=self.stop, step=QUIET_MS,
                                        rust_timeout=STOP_CHECK_MS, yield_on_timeout=True,
                                        raise_interrupt=False):
            if first or changes:
                self.preview.update(path for _, path in changes)
                self.ready.set()
                first = False
            if watched_paths(self.preview.content_dir) != paths:
                return  # e.g. templates/ was created: watch it too, and build again


async def _run(preview: Preview, host: str, port: int, open_browser: bool) -> None:
    server = PreviewServer(lambda: preview.shown, host)
    try:
        server.application(port, host, live_css=False)
    except OSError as e:
        raise SitegenError(Path("--port"), 1, 1,
                           f"cannot listen on {host}:{port}: {e.strerror}") from None
    loop = IOLoop.current()
    preview.reload = lambda: loop.add_callback(server.reload_browsers)
    shown_host = f"[{host}]" if ":" in host else host
    url = f"http://{shown_host}:{port}{quote(preview.shown.prefix)}"
    _say(f"serving {url} (Ctrl-C to stop)")
    if open_browser:
        threading.Thread(target=webbrowser.open, args=(url,), daemon=True).start()
    await asyncio.Event().wait()  # until interrupted


def _describe_failure(error: Exception) -> list[str]:
    if isinstance(error, ProblemsError):
        return [str(p) for p in error.problems]
    traceback.print_exc()  # a bug in sitegen: keep its traceback for the report
    return [f"sitegen failed while building (a bug, please report it): {error!r}"]


_BODY = re.compile(r"<body[^>]*>", re.IGNORECASE)
_BANNER = ('<div class="problems" role="alert" style="background:#fff3cd;color:#000;'
           'border:3px solid #b00;padding:1em;margin:0 0 1em">'
           "<p><strong>{title}</strong></p><ul>{items}</ul></div>")
_ERROR_PAGE = ('<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
               "<title>sitegen: the site does not build</title>\n</head>\n<body>\n{banner}\n"
               "<p>This page reloads by itself once the problems are fixed.</p>\n"
               "</body>\n</html>\n")


def _write_fallback(good_root: Path | None, out: Path, problems: Sequence[str]) -> None:
    """Show problems when nothing renders: atop the last good build, or on an error page."""
    items = "".join(f"<li><code>{html.escape(p)}</code></li>" for p in problems)
    if good_root is None:
        banner = _BANNER.format(title="The site does not build:", items=items)
        out.mkdir()
        for name in ("index.html", "404.html"):
            (out / name).write_text(_ERROR_PAGE.format(banner=banner), encoding="utf-8")
        return
    banner = _BANNER.format(title="This preview shows the last content that built. "
                                  "The current files have problems:", items=items)

    def copy(src: str, dst: str) -> None:
        if not src.endswith(".html"):
            shutil.copy2(src, dst)
            return
        text = Path(src).read_text(encoding="utf-8")
        Path(dst).write_text(_BODY.sub(lambda m: m[0] + banner, text, count=1), encoding="utf-8")

    shutil.copytree(good_root, out, copy_function=copy)


def _say_outcome(changed: Iterable[str], problems: Sequence[str], seconds: float,
                 shows_site: bool) -> None:
    names = sorted({_shown_path(p) for p in changed})
    what = ""
    if names:
        more = f" and {len(names) - 1} more" if len(names) > 1 else ""
        what = f"{names[0]}{more} changed: "
    if not problems:
        _say(f"{what}built in {seconds:.2f} s")
        return
    for problem in problems:
        _say(problem)
    n = f"{len(problems)} problem{'s' * (len(problems) != 1)}"
    shown = ("the preview shows the last good site with them atop every page" if shows_site
             else "the preview shows them on an error page")
    _say(f"{what}{n} ({seconds:.2f} s); {shown} until they are fixed")


def _shown_path(path: str) -> str:
    try:
        return str(Path(path).relative_to(Path.cwd()))
    except ValueError:
        return path


def _url_path(base_url: str) -> str:
    """The path part of base_url, ending in /: where the site is served."""
    path = urlsplit(base_url).path or "/"
    return path if path.endswith("/") else path + "/"


@contextlib.contextmanager
def _sigterm_as_interrupt() -> Iterator[None]:
    """Treat SIGTERM like Ctrl-C while serving, so both clean up the temporary folder."""
    if threading.current_thread() is not threading.main_thread():
        yield  # signal handlers can only be set from the main thread
        return
    previous = signal.signal(signal.SIGTERM, _raise_interrupt)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, signal.SIG_DFL if previous is None else previous)


def _raise_interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def _say(message: str) -> None:
    print(message, file=sys.stderr, flush=True)
