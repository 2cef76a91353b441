#!/usr/bin/env python3
"""Time what `sitegen serve` does after a save: one record edited, Builder.build() again.

    PYTHONPATH=. python bench/rebuild_speed.py [--sizes seed 1000 10000] [--edits 5]

For each site: a first build (not counted), then `--edits` rounds of: change one
actor's summary on disk, call Builder.build() and time it (load what changed, check,
decide the dirty pages, render them, write the changed files). The Builder is set up
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


def run(name: str, edits: int, work: Path) -> dict:
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
        times, rendered, written = [], [], []
        try:
            for i in range(edits):
                text = original.decode("utf-8").rstrip("\n")
                if "summary:" not in text:
                    text += "\nsummary: |"
                victim.write_text(f"{text}\n  Edited in round {i}.\n", encoding="utf-8")
                t0 = time.perf_counter()
                builder.build(changed=[victim])
                times.append(time.perf_counter() - t0)
                gc.freeze()
                rendered.append(builder.rendered)
                written.append(len(builder.written))
        finally:
            victim.write_bytes(original)
            shutil.rmtree(content.parent / ".sitegen-cache", ignore_errors=True)
    return {"first": first, "median": statistics.median(times), "min": min(times),
            "max": max(times), "rendered": statistics.median(rendered),
            "written": statistics.median(written)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", nargs="+", default=["seed", "1000", "10000"])
    ap.add_argument("--edits", type=int, default=5)
    ap.add_argument("--work", type=Path, default=BENCH / "work")
    args = ap.parse_args()
    print("site | first build s | rebuild after one edit s (median, min-max) | pages rendered | files written")
    print("-----|---------------|-----------------------------------------------|----------------|--------------")
    for name in args.sizes:
        r = run(name, args.edits, args.work.resolve())
        print(f"{name} | {r['first']:.2f} | {r['median']:.3f} ({r['min']:.3f}-{r['max']:.3f}) | "
              f"{r['rendered']:.0f} | {r['written']:.0f}", flush=True)


if __name__ == "__main__":
    main()
