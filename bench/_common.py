"""What bench/get_run.py and bench/parse_workflows.py share: real bodies, a loopback server, a timer.

Not a benchmark itself; the scripts import it from their own directory (`python bench/<script>.py`).
"""

from __future__ import annotations

import json
import statistics
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import yaml

CASSETTES = Path(__file__).resolve().parent.parent / "cassettes"
API_KEY = "bench-key"


def recorded(cassette: str) -> list[tuple[str, str, Any]]:
    """(method, uri, JSON body) of each interaction of a recorded vcrpy cassette, in order."""
    data = yaml.safe_load((CASSETTES / cassette).read_text(encoding="utf-8"))
    found = []
    for interaction in data["interactions"]:
        body = interaction["response"]["body"]["string"]
        found.append((interaction["request"]["method"], interaction["request"]["uri"], json.loads(body)))
    return found


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False  # the clients' idle keep-alive connections must not hold up shutdown


@contextmanager
def serve(body: bytes) -> Iterator[str]:
    """Answer every GET with `body` (200, JSON) on an ephemeral loopback port; yields the base URL."""

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"  # keep-alive, as the real server: we time calls, not TCP handshakes
        disable_nagle_algorithm = True  # headers and body go in two writes; Nagle would delay the second

        def do_GET(self) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: Any) -> None:  # quiet: no line per request
            pass

    server = _Server(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def time_rounds(candidates: dict[str, Callable[[], object]], calls: int, per_round: int) -> dict[str, list[float]]:
    """Seconds of each of `calls` calls per candidate, taken in rounds of `per_round` calls.

    Rounds alternate between candidates (in a rotating order), so that a burst of noise on a busy
    machine lands on all of them alike rather than on whichever happened to run then.
    """
    samples: dict[str, list[float]] = {name: [] for name in candidates}
    names = list(candidates)
    for round_number in range((calls + per_round - 1) // per_round):
        shift = round_number % len(names)
        for name in names[shift:] + names[:shift]:
            call, timings = candidates[name], samples[name]
            for _ in range(min(per_round, calls - len(timings))):
                started = time.perf_counter()
                call()
                timings.append(time.perf_counter() - started)
    return samples


def median_p90(timings: list[float]) -> tuple[float, float]:
    return statistics.median(timings), statistics.quantiles(timings, n=10)[8]
