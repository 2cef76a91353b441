"""`sitegen serve` under a flood: slow clients, many requests, huge bodies.

A preview server on the editor's machine must keep answering the editor whatever a
misbehaving page or script throws at it. Every test is bounded in count and time.
"""

from __future__ import annotations

import http.client
import socket
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from sitegen.serve_http import IDLE_TIMEOUT, MAX_BODY
from tests.test_serve import WAIT, project_dir, serve  # noqa: F401 - fixtures

SLOW_CLIENTS = 300
REQUESTS = 600


def rss_kib(pid: int) -> int:
    status = Path(f"/proc/{pid}/status")
    if not status.exists():
        pytest.skip("needs /proc to read the server's memory")
    line = next(line for line in status.read_text().splitlines() if line.startswith("VmRSS:"))
    return int(line.split()[1])


def get(port: int, path: str = "/index.html") -> int:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=WAIT)
    try:
        conn.request("GET", path)
        response = conn.getresponse()
        response.read()
        return response.status
    finally:
        conn.close()


def half_request(port: int) -> socket.socket:
    """A client that starts a request and never finishes its headers."""
    sock = socket.create_connection(("127.0.0.1", port), timeout=WAIT)
    sock.sendall(b"GET /index.html HTTP/1.1\r\nHost: 127.0.0.1\r\n")
    return sock


def test_slow_clients_and_a_burst_of_requests_do_not_lock_out_the_editor(serve):
    server = serve()
    slow = [half_request(server.port) for _ in range(SLOW_CLIENTS)]
    try:
        started = time.monotonic()
        assert get(server.port) == 200
        with ThreadPoolExecutor(max_workers=16) as pool:
            statuses = list(pool.map(lambda _: get(server.port), range(REQUESTS)))
        assert statuses == [200] * REQUESTS
        assert time.monotonic() - started < WAIT
    finally:
        for sock in slow:
            sock.close()
    assert get(server.port) == 200


def test_a_client_that_never_finishes_its_headers_is_disconnected(serve):
    server = serve()
    with half_request(server.port) as sock:
        sock.settimeout(IDLE_TIMEOUT + WAIT)
        started = time.monotonic()
        assert sock.recv(1024) == b""  # closed by the server, with nothing sent
        assert time.monotonic() - started < IDLE_TIMEOUT + WAIT
    assert get(server.port) == 200


def test_request_bodies_are_refused_without_being_kept_in_memory(serve):
    server = serve()
    before = rss_kib(server.proc.pid)
    size = 50 * 1024 * 1024
    for _ in range(3):
        with socket.create_connection(("127.0.0.1", server.port), timeout=WAIT) as sock:
            sock.sendall(b"POST /index.html HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                         b"Content-Length: %d\r\n\r\n" % size)
            sock.settimeout(IDLE_TIMEOUT)  # refused at once, not after reading 50 MB
            try:
                sock.sendall(b"x" * (MAX_BODY * 4))
                answer = sock.recv(1024)
            except (ConnectionResetError, BrokenPipeError):  # refused, as it should be
                answer = b""
            assert not answer.startswith(b"HTTP/1.1 200"), answer
    assert get(server.port) == 200
    assert rss_kib(server.proc.pid) - before < 20 * 1024  # KiB: nothing was buffered
