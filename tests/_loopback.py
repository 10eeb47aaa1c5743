"""A small HTTP server on loopback that answers as scripted, for the facade's offline tests.

Wire bodies are real answers recorded in cassettes/ (`sample(name)`, looked up by tests/_recorded.py);
the server only replays them with the statuses and headers a test needs (429s, 503s, Retry-After) that
the local real server cannot be made to produce. It speaks HTTP/1.1 with keep-alive, as the real server
does, so tests can see which pooled connection each request came on.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, NamedTuple

from tests._recorded import recorded

KEY = "sk-test-very-secret-key"

Answer = tuple[int, Any, dict[str, str]]

# The real answers the offline tests replay, by name: "<operation>__<case>" -> (operation, status
# (None: any 2xx), what the recorded body shows).
SAMPLES: dict[str, tuple[str, int | None, Callable[[Any], bool]]] = {
    "run_task__task_v1": ("run_task", None, lambda run: run["run_type"] == "task_v1"),
    "run_task__task_v2": ("run_task", None, lambda run: run["run_type"] == "task_v2"),
    "get_run__task_v1_running": (
        "get_run",
        None,
        lambda run: run["run_type"] == "task_v1" and run["status"] == "running",
    ),
    "get_run__task_v1_completed": (
        "get_run",
        None,
        lambda run: run["run_type"] == "task_v1" and run["status"] == "completed",
    ),
    "get_run__unknown_id": ("get_run", 404, lambda error: error["detail"].startswith("Task run not found")),
    "get_browser_sessions__one_open": (
        "get_browser_sessions",
        None,
        lambda sessions: len(sessions) == 1 and sessions[0]["status"] == "created",
    ),
    "create_browser_session__timeout_too_short": (
        "create_browser_session",
        422,
        lambda error: error["detail"][0]["loc"] == ["body", "timeout"],
    ),
}


def sample(name: str) -> tuple[int, Any]:
    """The status and body (a copy) of the recorded answer named `name` in SAMPLES."""
    operation, status, where = SAMPLES[name]
    answer = recorded(operation, where, status=status)
    return answer.status, answer.body


class Received(NamedTuple):
    method: str
    path: str
    headers: dict[str, str]
    body: bytes
    port: int  # the client's port: one per connection


class Script:
    """Answers in order (then `default`, if set); records what it received and how it was connected."""

    def __init__(self) -> None:
        self.answers: list[Answer] = []
        self.default: Answer | None = None
        self.delay = 0.0  # seconds before each answer, so that concurrent requests overlap
        self.received: list[Received] = []
        self.open_connections = 0
        self.most_open_connections = 0
        self._lock = threading.Lock()

    def next_answer(self) -> Answer:
        with self._lock:
            if self.answers:
                return self.answers.pop(0)
        return self.default or (500, {"detail": "unscripted"}, {})

    def connection_opened(self) -> None:
        with self._lock:
            self.open_connections += 1
            self.most_open_connections = max(self.most_open_connections, self.open_connections)

    def connection_closed(self) -> None:
        with self._lock:
            self.open_connections -= 1


class _Server(ThreadingHTTPServer):
    block_on_close = False  # idle keep-alive connections of clients a test never closed must not hang it


@contextmanager
def serve(script: Script) -> Iterator[str]:
    """Serve `script` on an ephemeral loopback port; yields the base URL."""

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        timeout = 10  # an idle keep-alive connection ends after this

        def setup(self) -> None:
            super().setup()
            script.connection_opened()

        def finish(self) -> None:
            script.connection_closed()
            super().finish()

        def _answer(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length)
            script.received.append(Received(self.command, self.path, dict(self.headers), body, self.client_address[1]))
            status, payload_body, headers = script.next_answer()
            if script.delay:
                time.sleep(script.delay)
            payload = b"" if payload_body is None and status == 204 else json.dumps(payload_body).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(payload)))
            for key, value in headers.items():
                self.send_header(key, value)
            self.end_headers()
            self.wfile.write(payload)

        do_GET = do_POST = do_DELETE = _answer

        def log_message(self, *args: Any) -> None:
            pass

    httpd = _Server(("127.0.0.1", 0), Handler)
    # a short poll interval: shutdown() waits for one, and every test shuts a server down
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()
