"""`sitegen build`: load -> check -> pages -> render all in memory -> temp dir -> swap.

Nothing touches the output folder until every page has rendered; the new site is
written beside it and swapped in, so a failed build leaves the previous one intact.
"""

from __future__ import annotations

import ctypes
import glob
import os
import posixpath
import shutil
import tempfile
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from sitegen import collector, outfiles
from sitegen.check import BASE_URL  # one rule for site.yaml and --base-url
from sitegen.errors import ProblemsError, SitegenError
from sitegen.model import Content
from sitegen.pages import Page, build_pages
from sitegen.render import make_environment, render_page, template_dirs

STATIC = "static"


@dataclass(frozen=True, kw_only=True)
class BuildReport:
    """What a build wrote; str() is the line `sitegen build` prints."""

    out_dir: Path
    pages: int  # HTML pages
    files: int  # every file written, assets included
    bytes: int
    counts: Mapping[str, int]  # records per kind
    seconds: float

    def __str__(self) -> str:
        records = ", ".join(f"{n} {kind}" for kind, n in self.counts.items())
        index = self.out_dir / "index.html"
        return (f"wrote {self.pages} pages ({self.files} files, {self.bytes / 1024:.0f} KiB) "
                f"to {self.out_dir}/ from {records} in {self.seconds:.2f} s; "
                f"preview with `sitegen serve` or open {index}")


def build_site(content_dir: Path, out_dir: Path, base_url: str | None = None,
               problems_banner: Sequence[str] | None = None) -> BuildReport:
    """Build the site in content_dir into out_dir, replacing it only if all went well.

    base_url overrides site.yaml's (canonical URLs, sitemap, the 404 page). Raises
    ProblemsError with every problem found; out_dir is then left as it was.
    `sitegen serve` keeps the last good Content and calls `write_site` with
    problems_banner (the current problems as text) to show them atop every page.
    """
    # The incremental builder (its cache in .sitegen-cache/) makes the same files.
    from sitegen.incremental import Builder

    # A one-shot build makes next to no reference cycles, and each full collection walks
    # the whole heap (~1 s at 10,000 actors): keep the collector off for all of it.
    with collector.paused():
        return Builder(content_dir, out_dir, base_url=base_url).build(problems_banner or ())


def write_site(content: Content, content_dir: Path, out_dir: Path, *,
               base_url: str | None = None, problems_banner: Sequence[str] | None = None,
               started: float | None = None) -> BuildReport:
    """Render already checked content and swap it into out_dir atomically.

    problems_banner: messages rendered by base.html at the top of every HTML page.
    """
    started = time.perf_counter() if started is None else started
    _refuse_dangerous_output(content_dir, out_dir)
    if base_url is not None and not BASE_URL.fullmatch(base_url):
        raise SitegenError(Path("--base-url"), 1, 1, f"base URL '{base_url}' should be '/', "
                           "'/sub/path/' or 'https://host/sub/' (ending in /)")
    site_base = content.site.base_url if content.site else "/"
    files = render_site(content, content_dir, base_url or site_base, problems_banner or ())
    try:
        _swap_in(files, out_dir)
    except OSError as e:  # permissions, a full disk: the user's to fix, not a traceback
        raise SitegenError(out_dir, 1, 1, f"cannot write the site: {e.strerror or e}") from None
    counts = {kind: len(content.records(kind))
              for kind in ("actors", "claims", "quotes", "events", "sources")}
    return BuildReport(out_dir=out_dir, pages=sum(u.endswith(".html") for u in files),
                       files=len(files), bytes=sum(map(len, files.values())), counts=counts,
                       seconds=time.perf_counter() - started)


def render_site(content: Content, content_dir: Path, base_url: str,
                problems_banner: Sequence[str] = ()) -> dict[str, bytes]:
    """Render every page and collect the static assets: output path -> bytes, in memory."""
    dirs = template_dirs(content_dir)
    env = make_environment(dirs)
    files: dict[str, bytes] = {}
    problems: list[SitegenError] = []
    for page in build_pages(content, base_url):
        try:
            _add(files, page.url, render_page(env, page, problems_banner).encode("utf-8"), page)
        except SitegenError as e:
            problems.append(e)
    for name, data in _static_files(dirs).items():
        _add(files, f"{STATIC}/{name}", data, None)
    if problems:
        raise ProblemsError(problems)
    return dict(sorted(files.items()))


def _add(files: dict[str, bytes], url: str, data: bytes, page: Page | None) -> None:
    """Refuse a URL written twice or one that would land outside the output folder."""
    where = Path(page.template if page else url)
    normal = posixpath.normpath(url)
    if normal != url or PurePosixPath(url).is_absolute() or url.startswith("../") or "\\" in url:
        raise SitegenError(where, 1, 1, f"refusing output path outside the site: {url!r}")
    if url in files:
        raise SitegenError(where, 1, 1, f"two pages would be written to {url}")
    files[url] = data


def _static_files(dirs: Sequence[Path]) -> dict[str, bytes]:
    """Static assets under templates/static/; a site's own file replaces the default one.

    Hidden files and folders (.env, .git, .DS_Store) are never published.
    """
    found: dict[str, bytes] = {}
    for d in reversed(dirs):  # defaults first, so the site's own files win
        root = d / STATIC
        if root.is_dir():
            for path in sorted(root.rglob("*")):
                rel = path.relative_to(root)
                if path.is_file() and not any(part.startswith(".") for part in rel.parts):
                    found[rel.as_posix()] = _read_static(path, d.resolve().parent)
    return found


def _read_static(path: Path, project: Path) -> bytes:
    """One asset's bytes; a symlink may share a file of the project, nothing beyond it."""
    if project not in path.resolve().parents:
        raise SitegenError(path, 1, 1,
                           "static file leads outside the project (a symlink?); refused")
    try:
        return path.read_bytes()
    except OSError as e:
        raise SitegenError(path, 1, 1, f"cannot read: {e.strerror or e}") from None


def _refuse_dangerous_output(content_dir: Path, out_dir: Path) -> None:
    """Never replace the content, a folder holding it, or a folder that is not a site."""
    if out_dir.is_symlink():  # the swap would replace the link, not the folder it names
        raise SitegenError(out_dir, 1, 1, "output folder is a symlink; refusing to replace it "
                           "(give the real folder as --out)")
    content, out = content_dir.resolve(), out_dir.resolve()
    if out == content or out in content.parents or content in out.parents:
        raise SitegenError(out_dir, 1, 1, f"output folder would replace the content folder "
                           f"{content_dir}, a folder holding it or one inside it; "
                           "choose another --out")
    here = Path.cwd().resolve()
    if out == here or out in here.parents:  # a folder cannot be renamed while it is in use
        raise SitegenError(out_dir, 1, 1, "output folder holds the current folder; "
                           "choose a folder below it, such as public/")
    if out.exists() and not out.is_dir():
        raise SitegenError(out_dir, 1, 1, "output path exists and is not a folder")
    if out.is_dir() and any(out.iterdir()) and not (out / "index.html").is_file():
        raise SitegenError(out_dir, 1, 1, "output folder is not empty and holds no index.html; "
                           "refusing to replace it (choose another --out or empty it)")


def _swap_in(files: Mapping[str, bytes], out_dir: Path) -> None:
    """Write files into a temp folder beside out_dir, then rename it into place."""
    fresh = new_folder(out_dir)
    try:
        for url, data in files.items():
            target = fresh / url
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
        swap(fresh, out_dir)
    finally:
        shutil.rmtree(fresh, ignore_errors=True)


def new_folder(out_dir: Path) -> Path:
    """An empty temp folder beside out_dir to write the next site into, once the temp
    folders a killed build left there are cleared away."""
    parent = out_dir.resolve().parent
    parent.mkdir(parents=True, exist_ok=True)
    _remove_leftovers(parent, out_dir.name)
    fresh = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.new-", dir=parent))
    outfiles.spread_apart(fresh)
    return fresh


def swap(fresh: Path, out_dir: Path) -> None:
    """Put the folder fresh in place of out_dir; the previous site stays if it fails.

    Where the system can exchange two folders in one step (Linux), out_dir is never
    missing, not even for a moment; elsewhere a kill between the two renames leaves the
    previous site beside it, and the next build puts it back (_remove_leftovers).
    """
    fresh.chmod(0o755)  # mkdtemp makes it 0700; a web server must be able to read it
    if out_dir.is_dir() and not out_dir.is_symlink() and _exchange(fresh, out_dir):
        shutil.rmtree(fresh, ignore_errors=True)  # now the previous site
        return
    old = None
    if out_dir.exists():
        old = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.old-", dir=out_dir.resolve().parent))
        old.rmdir()
        out_dir.rename(old)
    try:
        fresh.rename(out_dir)
    except OSError:
        if old:
            old.rename(out_dir)
        raise
    if old:
        shutil.rmtree(old, ignore_errors=True)


def _exchange(a: Path, b: Path) -> bool:
    """Swap two paths atomically with Linux's renameat2(RENAME_EXCHANGE); False where
    the system or its file system cannot."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    renameat2.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p,
                          ctypes.c_uint]
    at_cwd, rename_exchange = -100, 2
    return renameat2(at_cwd, os.fsencode(a), at_cwd, os.fsencode(b), rename_exchange) == 0


def _remove_leftovers(parent: Path, name: str) -> None:
    """Clear the temp folders a killed build left beside the output: the previous site
    goes back in place if the kill came between swap's two renames; the rest is deleted.

    Two builds into one output folder at once are not supported: the later one would
    delete the earlier one's temp folder, which then fails with a clear error.
    """
    out_dir = parent / name
    for kind in ("old", "new"):
        for path in sorted(parent.glob(f".{glob.escape(name)}.{kind}-*")):
            if not path.is_dir() or path.is_symlink():
                continue
            if kind == "old" and not out_dir.exists() and not out_dir.is_symlink():
                path.rename(out_dir)
            else:
                shutil.rmtree(path, ignore_errors=True)
