"""`sitegen serve`: build into a temporary folder, serve it, rebuild what changed on every edit.

Writes the site only inside its temporary folder (removed on exit; its build cache is kept
in memory only) and never serves a file from outside it. A broken edit never stops
it: the problems are printed and shown atop every page of the last good site.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import logging
import signal
import sys
import tempfile
import threading
import time
import traceback
import webbrowser
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from pathlib import Path
from urllib.parse import quote, urlsplit

import watchfiles
from tornado.ioloop import IOLoop

from sitegen.errors import ProblemsError, SitegenError
from sitegen.incremental import Builder
from sitegen.render import default_template_dir
from sitegen.serve_http import PreviewServer, Shown, is_loopback

# A burst of saves (an editor, a git checkout) ends after this quiet: one rebuild. Every edit
# waits this long to 2x this long before its rebuild starts.
QUIET_MS = 30
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
        preview = Preview(content_dir, Path(tmp).resolve() / "site")
        watcher = _Watcher(preview)
        with _sigterm_as_interrupt():
            watcher.start()
            try:
                watcher.wait_ready()
                asyncio.run(_run(preview, host, port, open_browser))
            finally:
                watcher.stop.set()
                _finish(watcher)


def watched_paths(content_dir: Path) -> list[Path]:
    """The folders a preview depends on: content, the site's templates and seeds, the defaults."""
    project = content_dir.resolve().parent
    paths: list[Path] = []
    for path in (content_dir.resolve(), project / "templates", project / "seeds",
                 default_template_dir().resolve()):
        if path.is_dir() and path not in paths:
            paths.append(path)
    return paths


class Preview:
    """The site being previewed: a kept Builder, what the server shows, and the reload.

    The Builder updates one output folder in place, rewriting only the pages an edit
    touched, each file atomically (written aside, then renamed over the old one): a
    request made during a rebuild gets the old page or the new one, never a torn one,
    and does not wait for the rebuild. `lock` is held only while `shown` is switched,
    and every request reads `shown` and its file under it. A rebuild that fails writes
    nothing, so the folder keeps the last good site; the server adds the problems to
    each page.
    """

    def __init__(self, content_dir: Path, out_dir: Path) -> None:
        self.content_dir = content_dir
        self.builder = Builder(content_dir, out_dir, in_place=True, persist=False)
        self.lock = threading.Lock()
        self.shown = Shown(root=out_dir)  # nothing built yet
        self._pending: set[str] = set()  # changes a failed build has not built yet
        # set once the server runs; each rebuild then calls it on the server's loop
        self.reload: Callable[[], None] | None = None

    def update(self, changed: Iterable[str] = ()) -> None:
        """Rebuild, switch requests to the outcome, reload the browsers, print it."""
        started = time.perf_counter()
        changed = list(changed)
        before = self.shown  # only this thread switches it
        shown, written = self._rebuild(changed)
        with self.lock:  # a request in progress ends with what it read, the next sees this
            self.shown = shown
        # The kept build state (records, each page's reads: millions of objects) lives as
        # long as the preview: keep it out of the cyclic collector's full passes, which
        # otherwise cost more than a rebuild at 10,000 records. Garbage without cycles
        # (the records an edit replaced) is still freed by reference counting.
        gc.freeze()
        if self.reload is not None and (written or shown != before):
            self.reload()
        _say_outcome(changed, shown, time.perf_counter() - started, written)

    def _rebuild(self, changed: Iterable[str]) -> tuple[Shown, int]:
        """What to show after building again, and how many files that wrote."""
        # What the watcher saw change since the last build that succeeded: the builder
        # does not look at the other files (a stat of each of 25,000 records costs more
        # than a rebuild).
        self._pending.update(changed)
        try:
            self.builder.build(changed=self._pending)
            self._pending = set()
            content = self.builder.content
            prefix = _url_path(content.site.base_url if content and content.site else "/")
        except Exception as e:  # noqa: BLE001 -- the preview must outlive any failed build
            return replace(self.shown, problems=tuple(_describe_failure(e))), 0
        return Shown(root=self.shown.root, prefix=prefix, built=True), len(self.builder.written)


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


def _finish(watcher: threading.Thread) -> None:
    """Let a rebuild in progress end before its folder is removed: it would write it again."""
    watcher.join(timeout=1)
    if watcher.is_alive():
        _say("waiting for the rebuild in progress to finish, to remove its folder "
             "(Ctrl-C again quits at once and may leave it behind)")
        watcher.join()


async def _run(preview: Preview, host: str, port: int, open_browser: bool) -> None:
    server = PreviewServer(lambda: preview.shown, preview.lock, host)
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
    if isinstance(error, SitegenError):
        return [str(error)]
    traceback.print_exc()  # a bug in sitegen: keep its traceback for the report
    return [f"sitegen failed while building (a bug, please report it): {error!r}"]


def _say_outcome(changed: Iterable[str], shown: Shown, seconds: float, written: int) -> None:
    names = sorted({_shown_path(p) for p in changed})
    what = ""
    if names:
        more = f" and {len(names) - 1} more" if len(names) > 1 else ""
        what = f"{names[0]}{more} changed: "
    if not shown.problems:
        _say(f"{what}built in {seconds:.3f} s ({written} file{'s' * (written != 1)} written)")
        return
    for problem in shown.problems:
        _say(problem)
    n = f"{len(shown.problems)} problem{'s' * (len(shown.problems) != 1)}"
    where = ("the preview shows the last good site with them atop every page" if shown.built
             else "the preview shows them on an error page")
    _say(f"{what}{n} ({seconds:.3f} s); {where} until they are fixed")


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
