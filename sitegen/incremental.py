"""Rebuild only what an edit touched: the pages whose inputs changed, written only
if their bytes changed.

A page is a pure function of its template, the settings and what building its
context (pages.py) and rendering it read of the content: each page is built and
rendered against a TrackedContent that notes those reads, down to record fields
(sitegen.tracking). A rebuild builds and renders only the pages that are new or read
something that changed; unchanged records keep their identity across rebuilds
(load.Reuse), so finding what changed is mostly identity checks.
"""

from __future__ import annotations

import shutil
import time
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

from sitegen import build as b
from sitegen import collector
from sitegen.buildstate import (
    COUNTED,
    WatchedReuse,
    hashed_paths,
    persist_state,
    records,
    restore_state,
    text_paths,
)
from sitegen.cache import Manifest, digests, stored_data
from sitegen.check import Memo, check_content
from sitegen.errors import ProblemsError, SitegenError
from sitegen.load import load_content
from sitegen.model import Content
from sitegen.pages import Plan, plan_pages, shared_inputs
from sitegen.parallel import fork_map
from sitegen.patch import patch_content
from sitegen.publish import publish_changes
from sitegen.render import make_environment, template_dirs
from sitegen.rendered import Renderer, State, digest, shared_maps
from sitegen.tracking import changed_reads


class Builder:
    """Builds content_dir into out_dir; kept alive (sitegen serve), each `build()`
    redoes only what changed since the previous one.

    `sitegen build` makes a new one per run: it then starts from the persistent cache
    (.sitegen-cache/): it does nothing if no input changed, and otherwise takes the last
    build's records and page reads from it and goes on as a kept Builder would, rendering
    the pages an edit touched and writing the files whose bytes changed.
    """

    def __init__(self, content_dir: Path | str, out_dir: Path | str, *,
                 base_url: str | None = None, in_place: bool = False,
                 persist: bool = True) -> None:
        """in_place=False (`sitegen build`): a few changed files are written beside their
        targets, then renamed over them; more are written into a temp folder beside
        out_dir (unchanged files hard-linked into it) and swapped in; either way a build
        killed while writing leaves the previous site whole. in_place=True (`sitegen
        serve`): the changed files are replaced in out_dir one by one, each atomically.
        persist=False keeps the cache in memory only: for a preview into a temporary
        folder, whose records would only clutter .sitegen-cache/."""
        self.content_dir, self.out_dir, self.base_url = Path(content_dir), Path(out_dir), base_url
        self.in_place, self.persist = in_place, persist
        # Keep the index pages' cards between builds (sitegen.cards): a kept Builder's
        # rebuilds after a name edit then draw one card, not the whole index.
        self.keep_cards = not persist
        self._manifests: dict[tuple[str, ...], Manifest] = {}  # in memory, by banner
        self._reuse, self._memo = WatchedReuse(), Memo()
        self._last: State | None = None
        self._good: tuple[Content, tuple] | None = None  # the last content without problems
        self._trusted = False  # this build believes a watcher's list of changed files
        self._restored: State | None = None  # the last build of another process
        self._saved: dict | None = None  # what the state file holds now, if known
        self._built = False  # the last build() succeeded: its content can be patched
        self.written: list[str] = []  # output files the last build wrote
        self.rendered = 0  # pages the last build rendered

    def build(self, problems_banner: Sequence[str] = (),
              changed: Iterable[str | Path] | None = None) -> b.BuildReport:
        """Load, check and write the site; raise ProblemsError and write nothing if the
        content or a template has problems.

        changed: the files a watcher saw change since the previous build (`sitegen
        serve`); a kept preview Builder (persist=False) then takes every other content
        file and its own output as they were, without a look (no stat of every file)."""
        started = time.perf_counter()
        changed = None if changed is None else list(changed)
        banner = tuple(problems_banner)
        dirs = template_dirs(self.content_dir)
        manifest = self._manifest(banner)
        if self._last is None and manifest.unchanged(dirs):
            self.written, self.rendered = [], 0
            return b.BuildReport(out_dir=self.out_dir, seconds=time.perf_counter() - started,
                                 **manifest.load()["summary"])
        stored = manifest.load()
        if self._last is None and stored and self.persist:  # a new process: the last build
            with collector.paused():
                self._restored, self._saved = restore_state(manifest, stored, self._reuse,
                                                            self._memo)
        self._trusted = changed is not None and not self.persist and self._last is not None \
            and stored is not None
        # The content to patch with the files that changed since (None: load it all).
        base, edits = None, None
        if self._trusted:  # content is loaded by what the watcher saw; templates are few
            inputs = {**stored["inputs"], **manifest.snapshot(dirs, (), only_templates=True)}
            self._reuse.changed = self._watched_paths(changed)
            if self._built and self._good:
                base, edits = self._good[0], changed
        else:
            texts = stored["texts"] if stored else []
            seen = manifest.seen
            inputs = seen[1] if seen and seen[0] == texts else manifest.snapshot(dirs, texts)
            self._reuse.changed = None
            if self._restored:  # a new process: files hashing as last time give their records
                edits = hashed_paths(self.content_dir, inputs, stored)
                self._reuse.changed = edits
                base = self._restored.content if edits is not None else None
        manifest.seen = None
        self._built = False
        with collector.paused():  # records have no cycles; a pass per 700 of them costs
            content = base and patch_content(base, self.content_dir, edits, dirs, self._reuse)
            content = content or load_content(self.content_dir, reuse=self._reuse)
        check = _Check(content, self._memo)
        # A first build renders every page into a new folder, dropped if check finds a
        # problem: check then runs while the workers render (sitegen.parallel).
        if self._last is not None or self._restored is not None or content.problems \
                or content.site is None:
            check()
        texts = text_paths(self.content_dir, content)
        if not stored:  # content and code were listed above: only the texts are new
            inputs = {**manifest.snapshot(dirs, texts, only_templates=True), **inputs}
        elif texts != stored["texts"]:
            inputs = {**manifest.snapshot(dirs, texts), **inputs}
        good, self._good = self._good, (content, texts)
        try:
            report = self._write(content, banner, dirs, inputs, manifest, started, check)
        except ProblemsError:
            if not check.passed:  # found while rendering: this content did not build
                self._good = good
            raise
        self._built = True
        return report

    def _watched_paths(self, changed: Iterable[str | Path]) -> set[str]:
        """The changed files as the loader names them (under content_dir as given)."""
        root, found = self.content_dir.resolve(), set()
        for path in changed:
            try:
                found.add(str(self.content_dir / Path(path).resolve().relative_to(root)))
            except ValueError:  # a template or a source text: looked at anyway
                continue
        return found

    @property
    def content(self) -> Content | None:
        """The last content that built without problems (what the output shows)."""
        return self._good[0] if self._good else None

    def show_problems(self, problems: Sequence[str]) -> b.BuildReport:
        """Render the last content that had no problems, with these messages atop every
        page (`sitegen serve` while an edit is broken). Raises ProblemsError if no
        build has succeeded yet."""
        if self._good is None:
            raise ProblemsError([SitegenError(self.content_dir, 1, 1,
                                              "no build has succeeded yet")])
        started, banner = time.perf_counter(), tuple(problems)
        dirs = template_dirs(self.content_dir)
        manifest = self._manifest(banner)
        inputs = manifest.snapshot(dirs, self._good[1])
        return self._write(self._good[0], banner, dirs, inputs, manifest, started)

    def _manifest(self, banner: tuple[str, ...]) -> Manifest:
        if self.persist:
            return Manifest.for_output(self.content_dir, self.out_dir, self.base_url, banner)
        if banner not in self._manifests:
            if len(self._manifests) > 8:  # a long preview session sees many banners
                self._manifests.clear()
            self._manifests[banner] = Manifest.for_output(
                self.content_dir, self.out_dir, self.base_url, banner, persist=False)
        return self._manifests[banner]

    def _write(self, content: Content, banner: tuple[str, ...], dirs: Sequence[Path],
               inputs: Mapping[str, list], manifest: Manifest, started: float,
               check: _Check | None = None) -> b.BuildReport:
        check = check or _Check(content, None, passed=True)
        base_url = self.base_url or content.site.base_url
        b._refuse_dangerous_output(self.content_dir, self.out_dir)
        if not b.BASE_URL.fullmatch(base_url):
            check()  # site.yaml's base_url: check says where
            raise SitegenError(Path("--base-url"), 1, 1, f"base URL '{base_url}' should be '/', "
                               "'/sub/path/' or 'https://host/sub/' (ending in /)")
        # templates and sitegen's own code: a page rendered by other ones may differ
        templates = {k: v for k, v in digests(inputs).items()
                     if k.startswith(("templates:", "code:"))}
        trusted = self._trusted and self._last is not None
        if trusted:  # the preview's own folder: nobody else writes there
            previous = self._last
        else:
            intact = manifest.outputs()  # output files as the last build left them
            previous = self._last or self._restored or State.from_files(intact)
            self._restored = None
            if previous is not None:  # a file someone changed or deleted is written again
                previous.digests = {u: d for u, d in previous.digests.items() if u in intact}
        manifest.forget()  # a build cut short must not look finished
        manifest.remove_pending()
        with collector.spared():
            try:
                state = self._render(content, dirs, (base_url, banner, templates), previous,
                                     manifest, check)
            except OSError as e:  # permissions, a full disk: the user's to fix
                raise SitegenError(self.out_dir, 1, 1,
                                   f"cannot write the site: {e.strerror or e}") from None
            summary = {"pages": sum(u.endswith(".html") for u in state.digests),
                       "files": len(state.digests), "bytes": sum(state.sizes.values()),
                       "counts": {k: len(content.records(k)) for k in COUNTED}}
            texts = self._good[1] if self._good else []
            if trusted:  # in memory only: what a later build without a watcher would compare
                manifest.data = {**stored_data(inputs, texts, summary), "outputs": {}}
            else:
                token = None
                if self.persist:
                    token, self._saved = persist_state(manifest, state, self._reuse,
                                                       self._saved)
                manifest.save(inputs, texts, state.digests, summary, state=token,
                              written=state.written if previous else None)
        self._last, self.written = state, state.written
        return b.BuildReport(out_dir=self.out_dir, seconds=time.perf_counter() - started, **summary)

    def _render(self, content: Content, dirs: Sequence[Path], setting: tuple,
                previous: State | None, manifest: Manifest, check: _Check) -> State:
        """Render what changed since `previous` (everything without one) and write it;
        `check` runs first, or while a first build's workers render."""
        last = previous  # what out_dir holds now
        if last is not None:
            check()
        try:  # content not checked yet may break these: then check says why
            plans = plan_pages(content)
            shared = shared_inputs(content, setting[0])
            statics = b._static_files(dirs)
            _validate_urls(plans, statics, last.digests if last else {})
        except Exception:
            check()
            raise
        # Same templates and settings, and the records it was made from: re-render only
        # the pages that read something that changed. Otherwise every page, still
        # writing only the files whose bytes changed.
        known = last is not None and last.setting == setting and last.content is not None
        env = last.env if known and last.env else make_environment(dirs)
        index = last.index if known else {}
        changed: set = set()
        if known:
            changed = changed_reads(last.content, content, shared_maps(last.shared, shared))
            ids = {index[read] for read in changed if read in index}
            todo = [p for p in plans if p.url not in last.digests
                    or (reads := last.pages.get(p.url)) is None or not ids.isdisjoint(reads)]
        else:
            todo = plans
        self.rendered = len(todo)
        state = State(setting=setting, env=env, content=content, shared=shared, index=index)
        if last:
            state.digests, state.sizes = dict(last.digests), dict(last.sizes)
            state.pages = dict(last.pages) if known else {}
        if self.keep_cards:  # another template or setting draws other cards
            state.cards = dict(last.cards) if known and last.cards is not None else {}
        fresh = None if last else b.new_folder(self.out_dir)
        try:
            renderer = Renderer(env, setting[1], fresh, state.digests, content, shared, index,
                                cards=state.cards, changed=changed)
            results = fork_map(renderer, todo, meanwhile=check, head_start=check.cost)
            problems = [SitegenError(*r.problem) for r in results if r.problem]
            if problems:
                raise ProblemsError(problems)
            changes: dict[str, bytes] = {}  # url -> new bytes not yet written
            for plan, result in zip(todo, results, strict=True):
                state.pages[plan.url] = result.reads
                state.digests[plan.url], state.sizes[plan.url] = result.digest, result.size
                if state.cards is not None:
                    if result.cards:
                        state.cards[plan.url] = result.cards
                    else:
                        state.cards.pop(plan.url, None)
                if result.data is not None:
                    changes[plan.url] = result.data
                if result.data is not None or fresh:
                    state.written.append(plan.url)
            for name, data in statics.items():
                url = f"{b.STATIC}/{name}"
                hashed = digest(data)
                if fresh or state.digests.get(url) != hashed:
                    changes[url] = data
                    state.written.append(url)
                state.digests[url], state.sizes[url] = hashed, len(data)
            urls = {p.url for p in plans} | {f"{b.STATIC}/{n}" for n in statics}
            gone = sorted(set(state.digests) - urls)  # pages that no longer exist
            for url in gone:
                state.pages.pop(url, None), state.digests.pop(url), state.sizes.pop(url)
                if state.cards is not None:
                    state.cards.pop(url, None)
            publish_changes(self.out_dir, fresh, changes, gone, state.digests, manifest,
                            in_place=self.in_place)
            fresh = None
        finally:
            if fresh:
                shutil.rmtree(fresh, ignore_errors=True)
        return state


class _Check:
    """check_content, run once when first called; raises ProblemsError on problems."""

    # Checking a record costs about a 25th of rendering a page (0.47 s for 25,000
    # records, ~450 us an actor page): what a worker renders while the parent checks.
    PAGES_PER_RECORD = 1 / 25

    def __init__(self, content: Content, memo: Memo | None, passed: bool = False) -> None:
        self.content, self.memo, self.passed = content, memo, passed
        self.cost = 0 if passed else round(len(records(content)) * self.PAGES_PER_RECORD)

    def __call__(self) -> None:
        if self.passed:
            return
        with collector.paused():
            problems = check_content(self.content, memo=self.memo)
        if problems:
            raise ProblemsError(problems)
        self.passed = True


# -- files ---------------------------------------------------------------------------------

def _validate_urls(plans: Sequence[Plan], statics: Mapping[str, bytes],
                   known: Mapping[str, bytes]) -> None:
    """Refuse a URL written twice or one outside the output folder (build's own rule);
    the URLs of the last build's files were checked then."""
    urls = [*(p.url for p in plans), *(f"{b.STATIC}/{n}" for n in statics)]
    if len(set(urls)) < len(urls):  # some URL twice: let build's rule say which
        known = {}
    seen: dict[str, bytes] = {}
    problems = []
    for url, page in [*((p.url, p) for p in plans if p.url not in known),
                      *((f"{b.STATIC}/{n}", None) for n in statics)]:
        try:
            b._add(seen, url, b"", page)
        except SitegenError as e:
            problems.append(e)
    if problems:
        raise ProblemsError(problems)


