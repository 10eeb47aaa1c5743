"""The fake Skyvern server: keep-alive HTTP/1.1 on loopback answering with recorded bodies, routed by path.

Runs in a thread of the caller (when it must read the caller's simulated clock) or in a process of
its own (`python -m bench.server`, so that its work does not take the clients' GIL): it prints its
port, then serves until its standard input closes.

Routes:
  GET  /v1/runs/{id}        a run created here: `running` until its finish time, then `completed`;
                            any other id: the recorded completed task run (~1.7 KB)
  POST /v1/run/tasks        creates a run that finishes `finish_after=SECONDS` (read from its title)
                            after it was created, by the server's clock; answers the recorded
                            `created` body
  GET  /v1/agents?page=P&page_size=N   N copies of the recorded workflow, each its own agent, out of
                            LISTED in all: the page past the last is short (auto-pagination ends there)
  GET  /_bench/stats        what was asked and answered (JSON), for the harness
"""

from __future__ import annotations

import argparse
import http.client
import json
import re
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qs, urlsplit

from bench._common import compact, recorded_headers, run_bodies, workflows

FINISH_AFTER = re.compile(r"finish_after=([0-9.]+)")
LISTED = 5_000  # workflows the server lists in all, page after page
SERVER_THREAD_PREFIX = "bench-server"  # lets the harness tell the clients' threads from these


@dataclass
class Run:
    finish_at: float
    polls: list[float] = field(default_factory=list)  # clock readings of each GET of this run
    first_completed: float | None = None  # reading when a GET first answered `completed`
    requests: int = 0  # the POST that created it, if any, and every GET


class Routes:
    """What the server answers, decided by `clock` (time.monotonic, or the harness's simulated clock)."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self.clock = clock
        self._lock = threading.Lock()
        self._bodies = run_bodies()
        self._completed = compact(self._bodies["completed"])
        self._workflow_lists: dict[int, bytes] = {}
        self._head = "".join(f"{name}: {value}\r\n" for name, value in recorded_headers())
        self.runs: dict[str, Run] = {}
        self.requests = 0
        self.connections = 0
        self.open_connections = 0
        self.most_open_connections = 0
        self.most_client_threads = 0  # in-thread mode: threads of this process that are not the server's
        self.count_client_threads = False
        self._created = 0

    # -- the harness's side ------------------------------------------------------------------

    def add_runs(self, finishing: dict[str, float]) -> None:
        with self._lock:
            for run_id, finish_at in finishing.items():
                self.runs[run_id] = Run(finish_at=finish_at)

    def stats(self) -> dict[str, Any]:
        with self._lock:
            return {
                "requests": self.requests,
                "connections": self.connections,
                "most_open_connections": self.most_open_connections,
                "runs": {
                    run_id: {
                        "finish_at": run.finish_at,
                        "first_completed": run.first_completed,
                        "requests": run.requests,
                        "polls": list(run.polls),
                    }
                    for run_id, run in self.runs.items()
                },
            }

    # -- the wire's side -----------------------------------------------------------------------

    def response(self, status: int, body: bytes) -> bytes:
        reason = {200: "OK", 404: "Not Found"}.get(status, "")
        return f"HTTP/1.1 {status} {reason}\r\n{self._head}content-length: {len(body)}\r\n\r\n".encode() + body

    def answer(self, method: str, target: str, body: bytes) -> tuple[int, bytes]:
        if self.count_client_threads:
            clients = sum(not t.name.startswith(SERVER_THREAD_PREFIX) for t in threading.enumerate())
            self.most_client_threads = max(self.most_client_threads, clients)
        with self._lock:
            self.requests += 1
        parts = urlsplit(target)
        path = parts.path
        if method == "GET" and path.startswith("/v1/runs/"):
            return 200, self._get_run(path.removeprefix("/v1/runs/"))
        if method == "POST" and path == "/v1/run/tasks":
            return 200, self._create_run(body)
        if method == "GET" and path == "/v1/agents":
            query = parse_qs(parts.query)
            size, page = int(query.get("page_size", ["10"])[0]), int(query.get("page", ["1"])[0])
            return 200, self.workflow_list(max(0, min(size, LISTED - (page - 1) * size)))
        if method == "GET" and path == "/_bench/stats":
            return 200, compact(self.stats())
        return 404, b'{"detail":"Not Found"}'

    def workflow_list(self, size: int) -> bytes:
        cached = self._workflow_lists.get(size)
        if cached is None:
            cached = self._workflow_lists[size] = compact(workflows(size))
        return cached

    def _get_run(self, run_id: str) -> bytes:
        now = self.clock()
        with self._lock:
            run = self.runs.get(run_id)
            if run is None:
                return self._completed
            run.polls.append(now)
            run.requests += 1
            if now < run.finish_at:
                return compact({**self._bodies["running"], "run_id": run_id})
            if run.first_completed is None:
                run.first_completed = now
        return compact({**self._bodies["completed"], "run_id": run_id})

    def _create_run(self, body: bytes) -> bytes:
        request = json.loads(body or b"{}")
        found = FINISH_AFTER.search(str(request.get("title") or ""))
        finish_after = float(found.group(1)) if found else 0.0
        now = self.clock()
        with self._lock:
            self._created += 1
            run_id = f"tsk_bench{self._created:06d}"
            self.runs[run_id] = Run(finish_at=now + finish_after, requests=1)
        return compact({**self._bodies["created"], "run_id": run_id, "title": request.get("title")})


class Server:
    """Accepts on an ephemeral loopback port; one thread per connection, kept alive until the client closes."""

    def __init__(self, routes: Routes) -> None:
        self.routes = routes
        self._listener = socket.create_server(("127.0.0.1", 0), backlog=256)
        self.port: int = self._listener.getsockname()[1]
        self.base_url = f"http://127.0.0.1:{self.port}"
        self._closed = False

    def start(self) -> Server:
        threading.Thread(target=self._accept, name=f"{SERVER_THREAD_PREFIX}-accept", daemon=True).start()
        return self

    def close(self) -> None:
        self._closed = True
        self._listener.close()

    def _accept(self) -> None:
        number = 0
        while not self._closed:
            try:
                connection, _ = self._listener.accept()
            except OSError:
                return
            number += 1
            name = f"{SERVER_THREAD_PREFIX}-{number}"
            threading.Thread(target=self._serve, args=(connection,), name=name, daemon=True).start()

    def _serve(self, connection: socket.socket) -> None:
        routes = self.routes
        # headers and body go out in one send, but the client's next request must not wait on
        # delayed ACKs either
        connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        with routes._lock:
            routes.connections += 1
            routes.open_connections += 1
            routes.most_open_connections = max(routes.most_open_connections, routes.open_connections)
        buffer = b""
        try:
            while True:
                while b"\r\n\r\n" not in buffer:
                    chunk = connection.recv(65536)
                    if not chunk:
                        return
                    buffer += chunk
                head, _, buffer = buffer.partition(b"\r\n\r\n")
                lines = head.decode("latin-1").split("\r\n")
                method, target, _ = lines[0].split(" ", 2)
                length, close = 0, False
                for line in lines[1:]:
                    name, _, value = line.partition(":")
                    name = name.strip().lower()
                    if name == "content-length":
                        length = int(value)
                    elif name == "connection" and value.strip().lower() == "close":
                        close = True
                while len(buffer) < length:
                    chunk = connection.recv(65536)
                    if not chunk:
                        return
                    buffer += chunk
                body, buffer = buffer[:length], buffer[length:]
                status, payload = routes.answer(method, target, body)
                connection.sendall(routes.response(status, payload))
                if close:
                    return
        except OSError:
            return  # the client went away mid-request: a thread-count run's end
        finally:
            with routes._lock:
                routes.open_connections -= 1
            connection.close()


@contextmanager
def in_thread(clock: Callable[[], float] = time.monotonic) -> Iterator[Server]:
    """A server in this process: for the figures whose server must read this process's simulated clock."""
    server = Server(Routes(clock)).start()
    try:
        yield server
    finally:
        server.close()


class ServerProcess:
    """A server in a process of its own, on the real clock, so its work does not compete for our GIL."""

    def __init__(self) -> None:
        self._process = subprocess.Popen(
            [sys.executable, "-m", "bench.server"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
        )
        assert self._process.stdout is not None
        self.port = int(self._process.stdout.readline())
        self.base_url = f"http://127.0.0.1:{self.port}"
        self._control: http.client.HTTPConnection | None = None

    def stats(self) -> dict[str, Any]:
        """The server's counts; asked on one kept-alive connection, so asking opens no new one to count."""
        if self._control is None:
            self._control = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        self._control.request("GET", "/_bench/stats")
        stats: dict[str, Any] = json.loads(self._control.getresponse().read())
        return stats

    def close(self) -> None:
        if self._control is not None:
            self._control.close()
        assert self._process.stdin is not None
        self._process.stdin.close()
        self._process.wait(timeout=10)

    def __enter__(self) -> ServerProcess:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def main(argv: list[str] | None = None) -> int:
    argparse.ArgumentParser(description=__doc__.split("\n\n")[0]).parse_args(argv)
    server = Server(Routes()).start()
    routes = server.routes
    for size in (1, 100, 1000):
        routes.workflow_list(size)  # built before the first timed call, not during it
    print(server.port, flush=True)
    sys.stdin.read()  # until the harness closes our stdin, or dies
    server.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
