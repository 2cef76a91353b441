#!/usr/bin/env python3
"""Time what `sitegen serve` does after a save: one record edited, Builder.build() again.

    PYTHONPATH=. python bench/rebuild_speed.py [--sizes seed 1000 10000] [--edits 5]

For each site: a first build (not counted), then for each kind of edit `--edits` rounds
of: edit on disk, call Builder.build() and time it (load what changed, check, decide the
dirty pages, render them, write the changed files). The edits: one actor's summary (its
own page only), its name (the index pages and the pages that link to it), a new actor
added and that actor deleted again (indexes, counts, sitemap). The Builder is set up
as serve's: in place, its cache in memory, told which file the watcher saw change, and
the collector spared the long-lived build state (gc.freeze, as serve does after each
build). This is the preview's edit-to-written time; the watcher's quiet period and the
browser's reload come on top.
The corpora are the ones bench/build_speed.py writes (bench/work/corpus-N); the seed
site is a copy of the repository's content/ and seeds/.
"""

from __future__ import annotations

import argparse
import gc
import os
import re
import resource
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
sys.path.insert(0, str(REPO))

from sitegen.incremental import Builder  # noqa: E402


def site(name: str, work: Path, scratch: Path) -> Path:
    """The content folder to edit: a copy of the seed site, or a benchmark corpus."""
    if name == "seed":
        for folder in ("content", "seeds", "templates"):
            if (REPO / folder).is_dir():
                shutil.copytree(REPO / folder, scratch / folder)
        return scratch / "content"
    content = work / f"corpus-{name}" / "yaml" / "content"
    if not content.is_dir():
        raise SystemExit(f"no corpus at {content}: run bench/build_speed.py --sizes {name} first")
    return content


EDITS = ("summary", "name", "add", "delete")


def edit(kind: str, victim: Path, original: bytes, i: int) -> list[Path]:
    """Make one edit of this kind on disk; the files a watcher would report."""
    text = original.decode("utf-8").rstrip("\n")
    if kind == "summary":  # shown on the actor's own page only
        if "summary:" not in text:
            text += "\nsummary: |"
        victim.write_text(f"{text}\n  Edited in round {i}.\n", encoding="utf-8")
        return [victim]
    if kind == "name":  # shown on the index pages and the pages that link to the actor
        victim.write_text(re.sub(r"(?m)^name: .*$", f"name: Renamed Actor {i}", text, count=1)
                          + "\n", encoding="utf-8")
        return [victim]
    added = victim.with_name(f"zz-added-{i}.yaml")  # a new actor: indexes, counts, sitemap
    if kind == "add":
        added.write_text(f"name: Added Actor {i}\ntype: person\n", encoding="utf-8")
    else:  # delete the actor the previous "add" round made
        added = victim.with_name(f"zz-added-{i - 1}.yaml")
        added.unlink()
    return [added]


def run(name: str, edits: int, work: Path, kinds: list[str]) -> dict[str, dict]:
    with tempfile.TemporaryDirectory() as tmp:
        scratch = Path(tmp)
        content = site(name, work, scratch)
        actors = sorted((content / "actors").iterdir())
        victim = actors[len(actors) // 2]
        original = victim.read_bytes()
        builder = Builder(content, scratch / "public", in_place=True, persist=False)
        t0 = time.perf_counter()
        builder.build()
        first = time.perf_counter() - t0
        gc.freeze()
        found: dict[str, dict] = {}
        try:
            for kind in kinds:
                times, rendered, written = [], [], []
                for i in range(edits * (2 if kind == "add" else 1)):
                    step = "delete" if kind == "add" and i % 2 else kind  # add, then delete
                    changed = edit(step, victim, original, i)
                    t0 = time.perf_counter()
                    builder.build(changed=changed)
                    seconds = time.perf_counter() - t0
                    gc.freeze()
                    if step == kind:
                        times.append(seconds)
                        rendered.append(builder.rendered)
                        written.append(len(builder.written))
                    elif kind == "add":
                        found.setdefault("delete", {"times": [], "rendered": [], "written": []})
                        found["delete"]["times"].append(seconds)
                        found["delete"]["rendered"].append(builder.rendered)
                        found["delete"]["written"].append(len(builder.written))
                victim.write_bytes(original)
                builder.build(changed=[victim])
                gc.freeze()
                found[kind] = {"times": times, "rendered": rendered, "written": written}
        finally:
            victim.write_bytes(original)
            shutil.rmtree(content.parent / ".sitegen-cache", ignore_errors=True)
    return {kind: {"first": first, "median": statistics.median(r["times"]),
                   "min": min(r["times"]), "max": max(r["times"]),
                   "rendered": statistics.median(r["rendered"]),
                   "written": statistics.median(r["written"])}
            for kind, r in sorted(found.items(), key=lambda item: EDITS.index(item[0]))}


def peak_mib() -> float:
    """This process's peak resident memory so far (the largest site run yet, with its
    first build and kept cards: run one size to read one site's)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", nargs="+", default=["seed", "1000", "10000"])
    ap.add_argument("--edits", type=int, default=5)
    ap.add_argument("--work", type=Path, default=BENCH / "work")
    ap.add_argument("--kinds", nargs="+", default=["summary", "name", "add"],
                    choices=["summary", "name", "add"],
                    help="edits to time; add also times deleting the added actor")
    args = ap.parse_args()
    print("site | edit | first build s | rebuild after one edit s (median, min-max) "
          "| pages rendered | files written | peak MiB")
    print("--- | --- | ---: | --- | ---: | ---: | ---:")
    for name in args.sizes:
        for kind, r in run(name, args.edits, args.work.resolve(), args.kinds).items():
            print(f"{name} | {kind} | {r['first']:.2f} | {r['median']:.3f} "
                  f"({r['min']:.3f}-{r['max']:.3f}) | {r['rendered']:.0f} | {r['written']:.0f} "
                  f"| {peak_mib():.0f}", flush=True)
        print(f"(load average {', '.join(f'{x:.1f}' for x in os.getloadavg())})", flush=True)


if __name__ == "__main__":
    main()
