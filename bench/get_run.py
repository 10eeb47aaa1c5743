"""Per-call cost of `Skyvern.get_run(run_id)` next to a raw `requests` GET of the same body.

    python bench/get_run.py [-n CALLS]

A loopback HTTP/1.1 keep-alive server answers every GET with the body of a completed run recorded
in cassettes/test_runs/ (a real `task_v1` GetRunResponse). After a warm-up, each candidate makes
CALLS calls, in rounds that alternate between candidates so that machine noise hits them alike.
Printed per candidate: median and p90 microseconds per call, and the median's ratio to a raw
`session.get(...)` and to `session.get(...).json()`, what any requests-based client pays at least.

The raw sessions set `trust_env = False`, as skyvern_sync's does (it reads proxy and CA settings
once, when the client is made); the rows marked `trust_env=True` show, for information, what
requests' default per-call scan of the environment (proxies, netrc, CA bundle) adds.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable

import requests
from _common import API_KEY, median_p90, recorded, serve, time_rounds
from skyvern_generated.models import TaskRunResponse

from skyvern_sync import Skyvern

CASSETTE = "test_runs/test_run_task_skyvern_1_0_completes_with_output.yaml"
PER_ROUND = 100  # calls of one candidate in a row: long enough to keep its code hot, short enough to interleave
WARM_UP = 200  # calls per candidate before timing: connections open, lazy imports done, caches filled


def completed_run() -> dict[str, object]:
    """The last recorded `GET /v1/runs/{id}` answer whose run had completed."""
    gets: list[dict[str, object]] = [body for method, _, body in recorded(CASSETTE) if method == "GET"]
    return [body for body in gets if body.get("status") == "completed"][-1]


def raw_session(trust_env: bool) -> requests.Session:
    session = requests.Session()
    session.trust_env = trust_env
    return session


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-n", "--calls", type=int, default=5000, help="timed calls per candidate (default 5000)")
    args = parser.parse_args(argv)

    run = completed_run()
    run_id = str(run["run_id"])
    body = json.dumps(run, separators=(",", ":")).encode()  # compact, as the server sends it
    headers = {"x-api-key": API_KEY}
    with serve(body) as base_url:
        url = f"{base_url}/v1/runs/{run_id}"
        lean, default = raw_session(trust_env=False), raw_session(trust_env=True)
        client = Skyvern(api_key=API_KEY, base_url=base_url)
        candidates: dict[str, Callable[[], object]] = {
            "requests get": lambda: lean.get(url, headers=headers),
            "requests get + .json()": lambda: lean.get(url, headers=headers).json(),
            "skyvern_sync get_run": lambda: client.get_run(run_id),
            "requests get, trust_env=True": lambda: default.get(url, headers=headers),
            "requests get + .json(), trust_env=True": lambda: default.get(url, headers=headers).json(),
        }
        assert isinstance(client.get_run(run_id), TaskRunResponse)  # the typed model, not the Unrecognized fallback
        time_rounds(candidates, WARM_UP, PER_ROUND)
        samples = time_rounds(candidates, args.calls, PER_ROUND)
        for closable in (client, lean, default):
            closable.close()

    figures = {name: median_p90(timings) for name, timings in samples.items()}
    get, get_json = figures["requests get"][0], figures["requests get + .json()"][0]
    print(f"{args.calls} calls each over loopback keep-alive, {len(body)} B body (Python {sys.version.split()[0]})")
    print(f"{'':38} {'median':>9} {'p90':>9} {'vs get':>7} {'vs get+json':>12}")
    for name, (median, p90) in figures.items():
        print(f"{name:38} {median * 1e6:7.1f}us {p90 * 1e6:7.1f}us {median / get:6.2f}x {median / get_json:11.2f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
