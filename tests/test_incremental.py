"""An incremental rebuild gives the bytes of a clean build, and writes only what changed.

A random small site takes a few hundred random edits (add, change, rename, delete a
record; change a template; break and mend a reference); after each, the kept Builder
rebuilds, and its output folder must equal a clean in-memory render of the edited
content, file for file, byte for byte.
"""

from __future__ import annotations

import random
import shutil
from pathlib import Path

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from sitegen import parallel, statediff
from sitegen.build import build_site, render_site
from sitegen.errors import ProblemsError
from sitegen.incremental import Builder
from sitegen.load import load_checked
from sitegen.model import ACTOR_TYPES, STATUSES
from sitegen.render import default_template_dir

WORDS = ("harbour ledger cable studio treasury envoy invoice permit vendor archive "
         "quietly reportedly audit cartoon sanction network").split()
KINDS = ("sources", "actors", "claims", "quotes", "events")
TEMPLATES = ("actor.html", "base.html", "timeline.html", "quotes.html", "static/style.css")


def words(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n)).capitalize()


class Story:
    """The content as plain data, written to disk one changed file at a time."""

    def __init__(self, root: Path, rng: random.Random) -> None:
        self.root, self.rng, self.serial = root, rng, 0
        self.records: dict[str, dict[str, dict]] = {kind: {} for kind in KINDS}
        self.records["sources"]["src"] = {"title": "The article", "kind": "article",
                                          "url": "https://example.org/article"}
        self.site = {"title": "A story", "lead_source": "src"}
        self.write_site()
        for _ in range(6):
            self.add("actors")
        for kind in ("claims", "quotes", "events"):
            for _ in range(4):
                self.add(kind)
        self.save("sources", "src")

    # -- records ----------------------------------------------------------------------
    def new_id(self, kind: str) -> str:
        self.serial += 1
        return f"{kind[:-1]}-{self.serial}"

    def actor_ids(self) -> list[str]:
        return sorted(self.records["actors"])

    def make(self, kind: str, rid: str) -> dict:
        rng, actors = self.rng, self.actor_ids()
        cite = [{"source": "src", "excerpt": words(rng, 6)}]
        if kind == "actors":
            others = [a for a in actors if a != rid]
            return {"name": f"{words(rng, 2)} {rid}", "type": rng.choice(ACTOR_TYPES),
                    "aliases": [f"Alias {rid} {i}" for i in range(rng.randint(0, 2))],
                    "summary": f"**{words(rng, 1)}** {words(rng, 12)} [a link](https://example.org/{rid}).",
                    "relations": [{"to": t, "kind": rng.choice(["employed-by", "part-of", "owned-by"])}
                                  for t in rng.sample(others, k=min(len(others), rng.randint(0, 2)))]}
        if kind == "claims":
            record = {"text": words(rng, 8), "status": rng.choice(STATUSES),
                      "about": rng.sample(actors, k=min(len(actors), 2)), "citations": cite}
            if actors and rng.random() < 0.5:
                record["claimant"] = rng.choice(actors)
            others = [c for c in self.records["claims"] if c != rid]
            if others and rng.random() < 0.4:
                record["responds_to"] = rng.choice(others)
            return record
        if kind == "quotes":
            return {"text": words(rng, 10), "speaker": rng.choice(actors), "citations": cite}
        date = f"{rng.randint(2010, 2024)}" + rng.choice(["", f"-{rng.randint(1, 12):02d}"])
        record = {"date": date, "title": words(rng, 5), "kind": rng.choice(["statement", "sanction"]),
                  "actors": rng.sample(actors, k=min(len(actors), rng.randint(1, 3))), "citations": cite}
        if record["kind"] == "sanction":
            record["by"], record["targets"] = actors[0], record["actors"][-1:]
        return record

    def add(self, kind: str) -> None:
        rid = self.new_id(kind)
        self.records[kind][rid] = self.make(kind, rid)
        self.save(kind, rid)

    def change(self, kind: str) -> None:
        rid = self.rng.choice(sorted(self.records[kind]))
        fresh = self.make(kind, rid)
        field = self.rng.choice(sorted(fresh))
        self.records[kind][rid][field] = fresh[field]
        if kind == "events":  # keep a sanction's authority and targets together
            self.records[kind][rid] = {**fresh, **{k: v for k, v in self.records[kind][rid].items()
                                                   if k not in ("kind", "by", "targets")}}
        self.save(kind, rid)

    def rename(self, kind: str) -> None:
        old = self.rng.choice(sorted(self.records[kind]))
        new = self.new_id(kind)
        self.records[kind][new] = self.records[kind].pop(old)
        (self.root / "content" / kind / f"{old}.yaml").unlink()
        self.save(kind, new)
        self.retarget(old, new)

    def delete(self, kind: str) -> None:
        if len(self.records[kind]) <= 2:
            return self.add(kind)
        rid = self.rng.choice(sorted(self.records[kind]))
        del self.records[kind][rid]
        (self.root / "content" / kind / f"{rid}.yaml").unlink()
        self.retarget(rid, None)

    def retarget(self, old: str, new: str | None) -> None:
        """Point every reference to `old` at `new`, or drop it (its record was deleted)."""
        for kind in KINDS:
            for rid, record in list(self.records[kind].items()):
                before = yaml.safe_dump(record)
                for key in ("speaker", "claimant", "responds_to", "by"):
                    if record.get(key) == old:
                        if new:
                            record[key] = new
                        elif key == "speaker":
                            record["speaker"] = self.rng.choice(self.actor_ids())
                        else:
                            del record[key]
                for key in ("about", "actors", "targets"):
                    if old in record.get(key, ()):
                        record[key] = [new or x for x in record[key] if new or x != old]
                record["relations"] = [{**r, "to": new} if r["to"] == old else r
                                       for r in record.get("relations", ()) if new or r["to"] != old]
                if kind != "actors":
                    del record["relations"]
                if kind == "events" and record["kind"] == "sanction" and not (
                        record.get("by") and record.get("targets")):
                    record["kind"] = "statement"
                    record.pop("by", None), record.pop("targets", None)
                if yaml.safe_dump(record) != before:
                    self.save(kind, rid)

    # -- files --------------------------------------------------------------------------
    def save(self, kind: str, rid: str) -> None:
        path = self.root / "content" / kind / f"{rid}.yaml"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(yaml.safe_dump(self.records[kind][rid], sort_keys=False), encoding="utf-8")

    def write_site(self) -> None:
        (self.root / "content").mkdir(parents=True, exist_ok=True)
        (self.root / "content" / "site.yaml").write_text(yaml.safe_dump(self.site), encoding="utf-8")

    def edit_template(self) -> None:
        name = self.rng.choice(TEMPLATES)
        own = self.root / "templates" / name
        if own.exists() and self.rng.random() < 0.4:
            own.unlink()
            return
        text = (default_template_dir() / name).read_text(encoding="utf-8")
        own.parent.mkdir(parents=True, exist_ok=True)
        marker = f"/* edit {self.serial} */" if name.endswith(".css") else f"{{# edit {self.serial} #}}x"
        self.serial += 1
        own.write_text(text + marker + "\n", encoding="utf-8")

    def random_edit(self) -> str:
        kind = self.rng.choice(("actors", "claims", "quotes", "events"))
        action = self.rng.choice(("add", "change", "change", "rename", "delete", "template", "title"))
        if action == "template":
            self.edit_template()
        elif action == "title":
            self.site["title"] = words(self.rng, 3)
            self.write_site()
        else:
            getattr(self, action)(kind)
        return f"{action} {kind}"


def files_of(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def clean_render(content_dir: Path) -> dict[str, bytes]:
    content = load_checked(content_dir)
    return render_site(content, content_dir, content.site.base_url)


@pytest.mark.parametrize("seed", range(6))
def test_incremental_rebuilds_equal_clean_builds(tmp_path, monkeypatch, seed):
    if seed % 2:
        monkeypatch.setattr(parallel, "MIN_ITEMS", 2)  # let even a small site fork
    rng = random.Random(seed)
    story = Story(tmp_path / "project", rng)
    content, out = tmp_path / "project" / "content", tmp_path / "public"
    builder = Builder(content, out, persist=seed < 3)  # serve keeps its cache in memory
    builder.build()
    assert files_of(out) == clean_render(content)
    partial = 0
    for step in range(40):
        before = files_of(out)
        edit = story.random_edit()
        builder.build()
        after = files_of(out)
        assert after == clean_render(content), f"step {step}: {edit}"
        changed = {url for url, data in after.items() if before.get(url) != data}
        assert set(builder.written) == changed, f"step {step}: {edit}"
        partial += builder.rendered < len(after) - 1  # less than every page (static aside)
    assert partial >= 10  # most record edits re-render a few pages, not the site


def test_a_preview_told_what_changed_rebuilds_equal_clean_builds(tmp_path, monkeypatch):
    """serve's Builder is told which files its watcher saw change, and reloads only
    those (other edits, such as the site's title, make it load everything)."""
    import sitegen.incremental

    patched, patch = [], sitegen.incremental.patch_content
    monkeypatch.setattr(sitegen.incremental, "patch_content",
                        lambda *args: patched.append(patch(*args)) or patched[-1])
    story = Story(tmp_path / "project", random.Random(41))
    content, out = tmp_path / "project" / "content", tmp_path / "public"
    builder = Builder(content, out, in_place=True, persist=False)
    builder.build()
    for step in range(40):
        before = {p: p.stat().st_mtime_ns for p in content.rglob("*.yaml")}
        before.update({p: p.stat().st_mtime_ns for p in (tmp_path / "project").glob("templates/**/*")})
        edit = story.random_edit()
        after = {p: p.stat().st_mtime_ns for p in (tmp_path / "project").rglob("*") if p.is_file()}
        changed = {str(p) for p in before.keys() | after.keys() if before.get(p) != after.get(p)}
        builder.build(changed=changed)
        assert files_of(out) == clean_render(content), f"step {step}: {edit}"
    assert sum(p is not None for p in patched) >= 15  # most edits: only the changed files


@pytest.mark.parametrize("seed", range(2))
def test_new_process_rebuilds_equal_clean_builds_and_render_only_what_changed(tmp_path, seed):
    """`sitegen build` after each edit, in a new process: it starts from the records and
    page reads kept in .sitegen-cache/, renders the pages the edit touched, and writes
    the files whose bytes changed."""
    story = Story(tmp_path / "project", random.Random(100 + seed))
    content, out = tmp_path / "project" / "content", tmp_path / "public"
    build_site(content, out)
    partial = 0
    for step in range(30):
        before = files_of(out)
        edit = story.random_edit()
        builder = Builder(content, out)  # what a new process makes
        builder.build()
        after = files_of(out)
        assert after == clean_render(content), f"step {step}: {edit}"
        changed = {url for url, data in after.items() if before.get(url) != data}
        assert set(builder.written) == changed, f"step {step}: {edit}"
        partial += builder.rendered < len(after) - 1
    assert partial >= 10


def test_a_summary_edit_renders_only_its_actors_page(tmp_path):
    """Index pages show names, not summaries: a summary edit re-renders one page, in a
    kept Builder and in a new process alike."""
    story = Story(tmp_path / "project", random.Random(23))
    content, out = tmp_path / "project" / "content", tmp_path / "public"
    kept = Builder(content, out)
    kept.build()
    for round_ in range(2):
        actor = story.actor_ids()[round_]
        story.records["actors"][actor]["summary"] = f"Edited in round {round_}."
        story.save("actors", actor)
        builder = kept if round_ == 0 else Builder(content, out)
        builder.build()
        assert builder.rendered == 1
        assert builder.written == [f"actors/{actor}/index.html"]
        assert files_of(out) == clean_render(content)


def test_a_tampered_build_state_is_ignored(tmp_path):
    """The kept records are a pickle: one that names anything but sitegen's records is
    refused, and the build renders every page instead of trusting it."""
    import pickle

    class Payload:  # loading it would create a folder
        def __reduce__(self):
            return (Path.mkdir, (tmp_path / "pwned",))

    story = Story(tmp_path / "project", random.Random(29))
    content, out = tmp_path / "project" / "content", tmp_path / "public"
    build_site(content, out)
    (state,) = (tmp_path / "project" / ".sitegen-cache").glob("build-*.pickle")
    token = pickle.loads(state.read_bytes())["token"]  # the manifest names this one
    state.write_bytes(pickle.dumps({"token": token, "payload": Payload()}))
    story.change("actors")
    builder = Builder(content, out)
    builder.build()
    assert not (tmp_path / "pwned").exists()
    assert builder.rendered == len(files_of(out)) - 1  # every page, the stylesheet aside
    assert files_of(out) == clean_render(content)


def test_a_truncated_build_state_is_ignored(tmp_path):
    story = Story(tmp_path / "project", random.Random(37))
    content, out = tmp_path / "project" / "content", tmp_path / "public"
    build_site(content, out)
    (state,) = (tmp_path / "project" / ".sitegen-cache").glob("build-*.pickle")
    state.write_bytes(state.read_bytes()[: state.stat().st_size // 2])
    story.change("quotes")
    builder = Builder(content, out)
    builder.build()
    assert builder.rendered == len(files_of(out)) - 1
    assert files_of(out) == clean_render(content)


def test_broken_edit_keeps_output_and_mending_it_rebuilds(tmp_path):
    story = Story(tmp_path / "project", random.Random(7))
    content, out = tmp_path / "project" / "content", tmp_path / "public"
    builder = Builder(content, out)
    builder.build()
    good = files_of(out)
    quote = sorted(story.records["quotes"])[0]
    story.records["quotes"][quote]["speaker"] = "nobody"
    story.save("quotes", quote)
    with pytest.raises(ProblemsError, match="problem"):
        builder.build()
    assert files_of(out) == good
    story.records["quotes"][quote]["speaker"] = story.actor_ids()[0]
    story.save("quotes", quote)
    builder.build()
    assert files_of(out) == clean_render(content)


def test_second_build_in_a_new_process_writes_nothing(tmp_path):
    """The persistent cache: a build with nothing changed writes no file; after one
    edit, only the files whose bytes differ."""
    story = Story(tmp_path / "project", random.Random(3))
    content, out = tmp_path / "project" / "content", tmp_path / "public"
    build_site(content, out)
    stamps = {p: p.stat().st_mtime_ns for p in out.rglob("*") if p.is_file()}
    builder = Builder(content, out)  # a new process would start like this
    builder.build()
    assert builder.written == []
    assert {p: p.stat().st_mtime_ns for p in out.rglob("*") if p.is_file()} == stamps
    quote = sorted(story.records["quotes"])[0]
    story.records["quotes"][quote]["text"] = "Words nobody said before"
    story.save("quotes", quote)
    builder = Builder(content, out)
    before = files_of(out)
    builder.build()
    after = files_of(out)
    assert after == clean_render(content)
    assert set(builder.written) == {u for u, d in after.items() if before.get(u) != d} != set()


def test_deleting_the_cache_is_safe(tmp_path):
    story = Story(tmp_path / "project", random.Random(5))
    content, out = tmp_path / "project" / "content", tmp_path / "public"
    build_site(content, out)
    story.change("actors")
    shutil.rmtree(tmp_path / "project" / ".sitegen-cache")
    build_site(content, out)
    assert files_of(out) == clean_render(content)


def test_show_problems_renders_the_last_good_content_with_a_banner(tmp_path):
    story = Story(tmp_path / "project", random.Random(11))
    content, out = tmp_path / "project" / "content", tmp_path / "public"
    builder = Builder(content, out)
    builder.build()
    quote = sorted(story.records["quotes"])[0]
    story.records["quotes"][quote]["speaker"] = "nobody"
    story.save("quotes", quote)
    with pytest.raises(ProblemsError) as e:
        builder.build()
    banner = [str(p) for p in e.value.problems]
    builder.show_problems(banner)
    shown = files_of(out)
    assert all("unknown actor" in data.decode() for url, data in shown.items() if url.endswith(".html"))
    story.records["quotes"][quote]["speaker"] = story.actor_ids()[0]
    story.save("quotes", quote)
    builder.build()
    assert files_of(out) == clean_render(content) != shown


def test_output_files_changed_by_hand_are_written_again(tmp_path):
    story = Story(tmp_path / "project", random.Random(13))
    content, out = tmp_path / "project" / "content", tmp_path / "public"
    builder = Builder(content, out)
    builder.build()
    actor = sorted(out.glob("actors/*/index.html"))[0]
    actor.unlink()
    (out / "index.html").write_text("edited by hand", encoding="utf-8")
    story.change("quotes")
    builder.build()
    assert files_of(out) == clean_render(content)


@pytest.mark.parametrize("in_place", [False, True])
def test_an_update_rewrites_only_changed_files_and_keeps_the_others(tmp_path, in_place):
    """A few changed files are replaced in place, each atomically, by serve and by
    sitegen build alike. An unchanged file keeps its inode and mtime (deploy tools see
    only real changes), and nothing is left behind."""
    story = Story(tmp_path / "project", random.Random(17))
    content, out = tmp_path / "project" / "content", tmp_path / "public"
    Builder(content, out).build()
    stamps = {p: (p.stat().st_ino, p.stat().st_mtime_ns) for p in out.rglob("*") if p.is_file()}
    folder = out.stat().st_ino
    quote = sorted(story.records["quotes"])[0]
    story.records["quotes"][quote]["text"] = "Words nobody said before"
    story.save("quotes", quote)
    builder = Builder(content, out, in_place=in_place)
    builder.build()
    assert files_of(out) == clean_render(content)
    kept = {p: (p.stat().st_ino, p.stat().st_mtime_ns) for p in out.rglob("*") if p.is_file()}
    rewritten = {p.relative_to(out).as_posix() for p in kept if kept[p] != stamps.get(p)}
    assert rewritten == set(builder.written) != set()
    assert len(rewritten) < len(kept) / 2
    assert out.stat().st_ino == folder
    assert sorted(p.name for p in tmp_path.iterdir()) == ["project", "public"]
    assert not [p for p in out.rglob(".*")]


def test_many_changes_are_swapped_in_as_a_new_folder(tmp_path):
    """sitegen build writes many changed files into a new folder (the unchanged ones
    hard-linked into it) and swaps it in: a build killed halfway leaves the old site."""
    story = Story(tmp_path / "project", random.Random(19))
    for _ in range(20):
        story.add("actors")
    content, out = tmp_path / "project" / "content", tmp_path / "public"
    Builder(content, out).build()
    folder, stylesheet = out.stat().st_ino, (out / "static/style.css").stat().st_ino
    story.site["title"] = "Another title"  # on every page
    story.write_site()
    Builder(content, out).build()
    assert files_of(out) == clean_render(content)
    assert out.stat().st_ino != folder
    assert (out / "static/style.css").stat().st_ino == stylesheet
    assert sorted(p.name for p in tmp_path.iterdir()) == ["project", "public"]


def test_files_a_killed_update_left_are_removed_by_the_next_build(tmp_path):
    story = Story(tmp_path / "project", random.Random(31))
    content, out = tmp_path / "project" / "content", tmp_path / "public"
    build_site(content, out)
    (left,) = [out / "index.html"]
    temp = left.with_name(f".{left.name}.tmp-99999")
    temp.write_text("half")
    (pending,) = [p.with_suffix(".pending")
                  for p in (tmp_path / "project" / ".sitegen-cache").glob("build-*.json")]
    pending.write_text(f'["{temp.resolve()}"]')
    story.change("quotes")
    build_site(content, out)
    assert not temp.exists() and not pending.exists()
    assert files_of(out) == clean_render(content)


def test_a_preview_builder_leaves_no_cache_on_disk(tmp_path):
    Story(tmp_path / "project", random.Random(17))
    builder = Builder(tmp_path / "project" / "content", tmp_path / "preview", persist=False)
    builder.build()
    builder.build()
    assert builder.written == []
    assert not (tmp_path / "project" / ".sitegen-cache").exists()


def test_a_small_edit_appends_to_the_build_state_and_the_next_process_reads_it(tmp_path):
    """After one edit the build state is not written again: a diff is appended beside it,
    and the next new process applies it (one page rendered, bytes of a clean build)."""
    story = Story(tmp_path / "project", random.Random(41))
    content, out = tmp_path / "project" / "content", tmp_path / "public"
    build_site(content, out)
    (state,) = (tmp_path / "project" / ".sitegen-cache").glob("build-*.pickle")
    written = state.read_bytes()
    for round_ in range(3):
        actor = story.actor_ids()[round_]
        story.records["actors"][actor]["summary"] = f"Edited in round {round_}."
        story.save("actors", actor)
        builder = Builder(content, out)
        builder.build()
        assert builder.rendered == 1, f"round {round_}"
        assert files_of(out) == clean_render(content)
    assert state.read_bytes() == written
    assert state.with_suffix(".delta").stat().st_size > 0


def test_a_diff_made_from_another_state_is_refused(tmp_path):
    """Two processes appended a diff to the same state: the second one's does not apply
    to the first one's result, so it is refused and every page is rendered."""
    story = Story(tmp_path / "project", random.Random(43))
    content, out = tmp_path / "project" / "content", tmp_path / "public"
    build_site(content, out)
    cache = tmp_path / "project" / ".sitegen-cache"
    shutil.copytree(cache, tmp_path / "start")
    story.change("actors")
    Builder(content, out).build()
    (delta,) = cache.glob("build-*.delta")
    first = delta.read_bytes()
    shutil.rmtree(cache)
    shutil.copytree(tmp_path / "start", cache)  # the second process started from here
    story.change("quotes")
    Builder(content, out).build()
    delta.write_bytes(first + delta.read_bytes())
    story.change("events")
    builder = Builder(content, out)
    builder.build()
    assert builder.rendered == len(files_of(out)) - 1
    assert files_of(out) == clean_render(content)


@given(st.dictionaries(st.text(max_size=3), st.integers(), max_size=8),
       st.dictionaries(st.text(max_size=3), st.integers(), max_size=8),
       st.lists(st.integers(), max_size=5), st.lists(st.integers(), max_size=5))
def test_a_state_diff_applied_gives_the_new_state_in_its_order(old, new, kept, grown):
    """Keys changed, added and removed, in any order; a list grown or replaced."""
    before = {"records": old, "reads": kept, "same": kept, "shuffled": old}
    after = {"records": new, "reads": kept + grown if len(grown) % 2 else grown, "same": kept,
             "shuffled": dict(reversed(old.items()))}
    copied = {"records": dict(old), "reads": list(kept), "same": kept, "shuffled": dict(old)}
    change = statediff.diff(after, before)
    applied = statediff.apply(copied, change) if change else copied
    assert applied == after
    assert list(applied["records"]) == list(new)
    assert list(applied["shuffled"]) == list(reversed(old))


def test_index_cards_are_kept_and_only_an_edited_records_card_is_drawn_again(tmp_path):
    """Name edits, additions and deletions show on the index pages: a kept preview
    Builder draws again only the cards that read what changed, and its pages still equal
    a clean build's, written only where their bytes changed."""
    story = Story(tmp_path / "project", random.Random(47))
    for kind in ("quotes", "events", "claims"):
        for _ in range(6):
            story.add(kind)
    content, out = tmp_path / "project" / "content", tmp_path / "public"
    builder = Builder(content, out, in_place=True, persist=False)
    builder.build()
    for step in range(24):
        kept = {url: dict(cards) for url, cards in builder._last.cards.items()}
        before = files_of(out)
        kind = ("actors", "quotes", "events", "claims")[step % 4]
        action = ("name", "add", "delete")[step // 4 % 3]
        if action == "name":
            rid = story.rng.choice(sorted(story.records[kind]))
            field = "name" if kind == "actors" else "title" if kind == "events" else "text"
            story.records[kind][rid][field] = f"{words(story.rng, 2)} {step}"
            story.save(kind, rid)
        else:
            getattr(story, action)(kind)
        builder.build()
        after = files_of(out)
        assert after == clean_render(content), f"step {step}: {action} {kind}"
        assert set(builder.written) == {u for u, d in after.items() if before.get(u) != d}
        index = {"actors": "actors/index.html", "quotes": "quotes/index.html",
                 "events": "timeline/index.html", "claims": "claims/index.html"}[kind]
        old, new = kept.get(index, {}), builder._last.cards.get(index, {})
        reused = [key for key, card in new.items() if old.get(key) is card]
        # a few records' cards drawn (entry, JSON-LD, sanction row); the groups and the
        # page's order ("+...", "=...") that hold them are made again around them
        drawn = [key for key in new if old.get(key) is not new[key] and key[0][0] not in "+="]
        assert len(drawn) <= 3, f"step {step}: {action} {kind}"
        assert reused, f"step {step}: {action} {kind}"


def test_a_sites_own_card_macro_is_drawn_every_time(tmp_path):
    """A site's _macros.html may draw quotes with its own macro, which reads what it
    likes of the content: no card of it is kept, and rebuilds still equal clean builds."""
    story = Story(tmp_path / "project", random.Random(53))
    own = tmp_path / "project" / "templates" / "_macros.html"
    own.parent.mkdir(parents=True)
    default = (default_template_dir() / "_macros.html").read_text(encoding="utf-8")
    own.write_text(default + "{% macro quote(q, anchor=false, show_speaker=true) %}"
                   "<p>{{ q.text }} said {{ content.actors[q.speaker].name }} of "
                   "{{ content.actors|length }}</p>\n"
                   "{% endmacro %}\n", encoding="utf-8")
    content, out = tmp_path / "project" / "content", tmp_path / "public"
    builder = Builder(content, out, in_place=True, persist=False)
    builder.build()
    kept = builder._last.cards["quotes/index.html"]  # JSON-LD (each, all) and headings, no quote
    assert {name for name, *_ in kept} == {"quote_ld", "+quote_ld", "speaker_heading_html"}
    for step in range(8):
        speaker = story.records["quotes"][sorted(story.records["quotes"])[0]]["speaker"]
        story.records["actors"][speaker]["name"] = f"Speaker renamed {step}"
        story.save("actors", speaker)
        if step % 2:
            story.add("actors")
        builder.build()
        assert files_of(out) == clean_render(content), f"step {step}"
        assert f"said Speaker renamed {step} of" in (out / "quotes/index.html").read_text()


def test_a_years_events_are_kept_as_one_group_until_one_of_them_changes(tmp_path):
    """The timeline keeps each year's events as one joined card: retitling an event draws
    its year's group again (reusing the other events' cards), and leaves every other
    year's group as it was; the page still equals a clean build's."""
    story = Story(tmp_path / "project", random.Random(59))
    for _ in range(14):
        story.add("events")
    content, out = tmp_path / "project" / "content", tmp_path / "public"
    builder = Builder(content, out, in_place=True, persist=False)
    builder.build()
    for step in range(4):
        before = builder._last.cards["timeline/index.html"]
        groups = {key: card for key, card in before.items() if key[0] == "+event_html"}
        assert len(groups) > 1, "the story's events span several years"
        rid = story.rng.choice(sorted(story.records["events"]))
        story.records["events"][rid]["title"] = f"Retitled event {step}"
        story.save("events", rid)
        builder.build()
        assert files_of(out) == clean_render(content), f"step {step}"
        after = builder._last.cards["timeline/index.html"]
        redrawn = [key for key in groups if after.get(key) is not groups[key]]
        assert [any(r == ("events", rid) for r in key[1]) for key in redrawn] == [True]
        others = [key for key in before if key[:2] == ("event_html", "events")
                  and key[2] != rid]
        assert others and all(after[key] is before[key] for key in others)


def test_the_timelines_order_is_kept_until_an_events_date_changes(tmp_path):
    """A kept Builder keeps the timeline's order of events (by date) while no date, and
    no event, changed; moving an event's date orders it again, as a clean build does."""
    story = Story(tmp_path / "project", random.Random(61))
    for _ in range(10):
        story.add("events")
    content, out = tmp_path / "project" / "content", tmp_path / "public"
    builder = Builder(content, out, in_place=True, persist=False)
    builder.build()
    order = builder._last.cards["timeline/index.html"][("=timeline",)]
    first, last = order.value[0][1], order.value[-1][1]
    story.records["events"][first]["title"] = "Retitled, not redated"
    story.save("events", first)
    builder.build()
    assert builder._last.cards["timeline/index.html"][("=timeline",)] is order
    assert files_of(out) == clean_render(content)
    story.records["events"][first]["date"] = "2030-01"
    story.save("events", first)
    builder.build()
    moved = builder._last.cards["timeline/index.html"][("=timeline",)].value
    assert moved != order.value and moved[-1] == ("events", first) and ("events", last) in moved
    assert files_of(out) == clean_render(content)


def test_an_actor_without_relations_added_or_deleted_leaves_the_sources_page_alone(
        tmp_path, monkeypatch):
    """The sources page lists every citation, actors' relations' among them: adding or
    deleting an actor that cites nothing does not render it again; one whose relation
    cites a source does, and the page then equals a clean build's."""
    import sitegen.incremental

    rendered: list[set[str]] = []
    fork_map = sitegen.incremental.fork_map
    monkeypatch.setattr(sitegen.incremental, "fork_map", lambda work, plans, **options: (
        rendered.append({p.url for p in plans}) or fork_map(work, plans, **options)))
    story = Story(tmp_path / "project", random.Random(67))
    content, out = tmp_path / "project" / "content", tmp_path / "public"
    builder = Builder(content, out, in_place=True, persist=False)
    builder.build()
    target = story.actor_ids()[0]
    citing = {"name": "Citing Actor", "type": "person", "relations": [
        {"to": target, "kind": "employed-by",
         "citations": [{"source": "src", "excerpt": "Employed by the first actor"}]}]}
    steps = [("plain", {"name": "Plain Actor", "type": "person"}, False),
             ("citing", citing, True), ("citing", None, True), ("plain", None, False)]
    for rid, record, shown in steps:
        path = content / "actors" / f"{rid}.yaml"
        if record is None:
            path.unlink()
        else:
            path.write_text(yaml.safe_dump(record), encoding="utf-8")
        builder.build(changed=[path])
        assert ("sources/index.html" in rendered[-1]) is shown, f"{rid} {record is None}"
        assert files_of(out) == clean_render(content), f"{rid} {record is None}"
    assert "Employed by the first actor" not in (out / "sources/index.html").read_text()


def test_a_sites_own_actor_index_reading_other_fields_is_drawn_again(tmp_path):
    """A kept Builder keeps the actor index's sort keys (names) and hands the template
    its actors as views: a site's own actors.html that shows summaries notes reading
    them, so a summary edit draws it again, equal to a clean build's."""
    story = Story(tmp_path / "project", random.Random(71))
    own = tmp_path / "project" / "templates" / "actors.html"
    own.parent.mkdir(parents=True)
    own.write_text("{% for label, type, actors in groups %}{{ actors|length }} {{ label }}:"
                   "{% for a in actors %} {{ a.name }} ({{ a.summary }}){% endfor %}\n"
                   "{% endfor %}", encoding="utf-8")
    content, out = tmp_path / "project" / "content", tmp_path / "public"
    builder = Builder(content, out, in_place=True, persist=False)
    builder.build()
    for step, actor in enumerate(story.actor_ids()[:3]):
        field = ("summary", "name", "type")[step]
        story.records["actors"][actor][field] = (ACTOR_TYPES[step] if field == "type"
                                                 else f"Edited {field} {step}")
        story.save("actors", actor)
        builder.build()
        assert files_of(out) == clean_render(content), f"step {step}"
        if field != "type":
            assert f"Edited {field} {step}" in (out / "actors/index.html").read_text()


def test_patching_keeps_the_groups_an_added_or_deleted_record_is_in_none_of(tmp_path):
    """An actor added or deleted without relations leaves relations_to as it was, so a
    patched content hands it on; one with a relation makes it worked out again. Either
    way the groups equal those of a full load."""
    from sitegen.load import Reuse, load_content
    from sitegen.patch import patch_content

    story = Story(tmp_path / "project", random.Random(73))
    content = tmp_path / "project" / "content"
    old = load_content(content)
    groups = dict(old.relations_to)
    target = story.actor_ids()[0]
    steps = [("plain", {"name": "Plain Actor", "type": "person"}, True),
             ("plain", None, True),
             ("related", {"name": "Related Actor", "type": "person",
                          "relations": [{"to": target, "kind": "part-of"}]}, False)]
    for rid, record, carried in steps:
        path = content / "actors" / f"{rid}.yaml"
        if record is None:
            path.unlink()
        else:
            path.write_text(yaml.safe_dump(record), encoding="utf-8")
        new = patch_content(old, content, [path], [], Reuse())
        assert (new.relations_to is old.relations_to) is carried, rid
        assert {k: [(a.id, r) for a, r in v] for k, v in new.relations_to.items()} == {
            k: [(a.id, r) for a, r in v] for k, v in load_content(content).relations_to.items()}
        old = new
    assert any(a.id == "related" for a, _ in old.relations_to[target])
    assert groups != dict(old.relations_to)
