"""Measure `sitegen serve`'s edit-to-reload delay: save a record, time until the open page reloads.

Usage: python bench/serve_reload.py [--content DIR] [--edits N] [--http]

Copies the site (DIR's content/ and its sibling seeds/ and templates/; default: this
repository's seed site) to a temporary folder, starts `sitegen serve` on 127.0.0.1, opens
the actor page of the first actor in Chromium and, N times, rewrites that actor's name and
times from just before the write until the page's `load` event with the new name shown.
With --http (or without Chromium) it times until an HTTP GET returns the new name instead.
Prints the delays, and the rebuild times and files written that the server reported.
A 10,000-actor site: `python bench/gen_corpus.py 10000 OUT`, then `--content OUT/yaml/content`
(its first build takes minutes; the timings start after it).
"""

from __future__ import annotations

import argparse
import http.client
import os
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
TIMEOUT = 60.0  # for one edit to show
START_TIMEOUT = 900.0  # for the first build: minutes for a 10,000-actor site on a busy machine


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--content", type=Path, default=REPO / "content")
    parser.add_argument("--edits", type=int, default=20)
    parser.add_argument("--http", action="store_true", help="time HTTP, not a browser reload")
    args = parser.parse_args()
    use_browser = not args.http and Path(CHROMIUM).exists()
    with tempfile.TemporaryDirectory(prefix="serve-bench-") as tmp:
        project = copy_site(args.content.resolve(), Path(tmp) / "site")
        actor = sorted((project / "content" / "actors").glob("*.yaml"))[0]
        server = start_server(project)
        try:
            measure = measure_in_browser if use_browser else measure_over_http
            delays = measure(server, project, actor, args.edits)
        finally:
            server.proc.send_signal(signal.SIGINT)
            server.proc.wait(timeout=TIMEOUT)
    builds = [float(m[1]) for line in server.lines[1:]
              if (m := re.search(r"changed: built in ([\d.]+) s", line))]
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"site: {args.content} ({sum(1 for _ in args.content.rglob('*.yaml'))} YAML files); "
          f"{os.cpu_count()} CPUs, load average {load}")
    print(f"edit-to-reload ({'Chromium load event' if use_browser else 'HTTP GET'}), "
          f"{len(delays)} edits:")
    report("  delay", delays)
    report("  rebuild (server's own timing)", builds)
    written = [int(m[1]) for line in server.lines[1:]
               if (m := re.search(r"changed: built in .*\((\d+) files? written", line))]
    if written:
        print(f"  files written per rebuild: median {statistics.median(written):.0f}, "
              f"max {max(written)}")
    return 0


def report(label: str, seconds: list[float]) -> None:
    ms = sorted(s * 1000 for s in seconds)
    if not ms:
        print(f"{label}: no samples")
        return
    p90 = ms[min(len(ms) - 1, round(0.9 * (len(ms) - 1)))]
    print(f"{label}: median {statistics.median(ms):.0f} ms, min {ms[0]:.0f} ms, "
          f"p90 {p90:.0f} ms, max {ms[-1]:.0f} ms")


def copy_site(content: Path, project: Path) -> Path:
    shutil.copytree(content, project / "content")
    for sibling in ("seeds", "templates"):
        if (content.parent / sibling).is_dir():
            shutil.copytree(content.parent / sibling, project / sibling)
    return project


class Server:
    def __init__(self, proc: subprocess.Popen[str], port: int) -> None:
        self.proc, self.port, self.lines = proc, port, []

    def get(self, path: str) -> str:
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=TIMEOUT)
        try:
            conn.request("GET", path)
            return conn.getresponse().read().decode("utf-8")
        finally:
            conn.close()


def start_server(project: Path) -> Server:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen([sys.executable, "-m", "sitegen", "serve", "--content", "content",
                             "--port", str(port)], cwd=project, text=True,
                            env={**os.environ, "PYTHONPATH": str(REPO)},
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    server = Server(proc, port)
    threading.Thread(target=lambda: server.lines.extend(proc.stderr or ()), daemon=True).start()
    wait(lambda: any("serving http://" in line for line in server.lines), "the server",
         timeout=START_TIMEOUT, every=0.1)
    return server


def wait(check, what: str, every: float = 0.002, timeout: float = TIMEOUT) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        if time.monotonic() > deadline:
            raise SystemExit(f"timed out waiting for {what}")
        time.sleep(every)  # polling the server too often would slow its rebuild (one GIL)


def rename(actor: Path, i: int) -> str:
    """Give the actor a new name; return it."""
    text = actor.read_text(encoding="utf-8")
    name = f"Renamed Actor {i}"
    actor.write_text(re.sub(r"(?m)^name: .*$", f"name: {name}", text, count=1), encoding="utf-8")
    return name


def measure_over_http(server: Server, project: Path, actor: Path, edits: int) -> list[float]:
    path = f"/actors/{actor.stem}/"
    delays = []
    for i in range(edits):
        started = time.perf_counter()
        name = rename(actor, i)
        wait(lambda name=name: f">{name}<" in server.get(path), f"edit {i}", every=0.01)
        delays.append(time.perf_counter() - started)
        time.sleep(0.3)
    return delays


def measure_in_browser(server: Server, project: Path, actor: Path, edits: int) -> list[float]:
    from playwright.sync_api import sync_playwright

    delays = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page()
        page.goto(f"http://127.0.0.1:{server.port}/actors/{actor.stem}/")
        for i in range(edits):
            page.wait_for_function("() => window.LiveReload?.connector.protocol >= 7")
            time.sleep(0.3)  # the client's `info` message registers it right after the handshake
            with page.expect_event("load", timeout=TIMEOUT * 1000):
                started = time.perf_counter()
                name = rename(actor, i)
            delays.append(time.perf_counter() - started)
            assert page.locator("h1").inner_text() == name
        browser.close()
    return delays


if __name__ == "__main__":
    sys.exit(main())
