"""What a list of 1,000 typed workflows costs: `Skyvern.get_workflows` next to a raw `requests` GET.

    python bench/parse_workflows.py [-n CALLS]

The body is a JSON array of 1,000 copies of a real `Workflow` recorded in
cassettes/test_workflows/ (each with its own `workflow_permanent_id` and `title`), served by a
loopback HTTP/1.1 keep-alive server. After a warm-up, each candidate runs CALLS times, in rounds
that alternate between candidates so that machine noise hits them alike. Printed: median and p90
milliseconds per call and the median's ratio to the baseline, first for the whole call (raw
`session.get(...).json()` against `get_workflows(page_size=1000)`, which builds the generated attrs
models and dispatches each block on `block_type`), then for the parse alone (`json.loads` against
`[Workflow.from_dict(d) for d in data]` on the already decoded list).
"""

from __future__ import annotations

import argparse
import copy
import json
import sys
from collections.abc import Callable

import requests
from _common import API_KEY, median_p90, recorded, serve, time_rounds
from skyvern_generated.models import Workflow

from skyvern_sync import Skyvern

CASSETTE = "test_workflows/test_workflow_lifecycle.yaml"
COPIES = 1000
WARM_UP = 3  # calls per candidate before timing: connection open, lazy imports done


def workflows(count: int) -> list[dict[str, object]]:
    """`count` copies of the workflow the recorded `GET /v1/agents/{id}` returned, each its own agent."""
    recorded_workflow = next(
        body for method, uri, body in recorded(CASSETTE) if method == "GET" and "/v1/agents/wpid_" in uri
    )
    copies = []
    for number in range(count):
        workflow = copy.deepcopy(recorded_workflow)
        workflow_permanent_id = f"wpid_{600227511654820522 + number}"
        workflow["workflow_permanent_id"] = workflow["agent_id"] = workflow_permanent_id  # agent_id is its alias
        workflow["title"] = f"Lifecycle {number}"
        copies.append(workflow)
    return copies


def report(title: str, samples: dict[str, list[float]]) -> None:
    figures = {name: median_p90(timings) for name, timings in samples.items()}
    baseline = next(iter(figures.values()))[0]
    print(f"{title:34} {'median':>9} {'p90':>9} {'ratio':>6}")
    for name, (median, p90) in figures.items():
        print(f"  {name:32} {median * 1e3:7.2f}ms {p90 * 1e3:7.2f}ms {median / baseline:5.2f}x")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-n", "--calls", type=int, default=50, help="timed calls per candidate (default 50)")
    args = parser.parse_args(argv)

    text = json.dumps(workflows(COPIES), separators=(",", ":"))  # compact, as the server sends it
    data = json.loads(text)
    headers = {"x-api-key": API_KEY}
    with serve(text.encode()) as base_url:
        url = f"{base_url}/v1/agents?page=1&page_size={COPIES}"
        session = requests.Session()
        session.trust_env = False  # as skyvern_sync's session: the per-call environment scan is not parsing
        client = Skyvern(api_key=API_KEY, base_url=base_url)
        whole: dict[str, Callable[[], object]] = {
            "requests get + .json()": lambda: session.get(url, headers=headers).json(),
            "skyvern_sync get_workflows": lambda: client.get_workflows(page_size=COPIES),
        }
        assert len(client.get_workflows(page_size=COPIES)) == COPIES  # every copy parses into a typed model
        time_rounds(whole, WARM_UP, 1)
        whole_samples = time_rounds(whole, args.calls, 1)  # a call is long: alternate on every one
        client.close()

    # from_dict copies each mapping before popping from it, so `data` can be parsed again and again
    parse_only: dict[str, Callable[[], object]] = {
        "json.loads": lambda: json.loads(text),
        "[Workflow.from_dict(d) ...]": lambda: [Workflow.from_dict(d) for d in data],
    }
    time_rounds(parse_only, WARM_UP, 1)
    parse_samples = time_rounds(parse_only, args.calls, 1)

    python = sys.version.split()[0]
    print(f"{COPIES} workflows, {len(text) / 1e6:.2f} MB of JSON, {args.calls} calls each (Python {python})")
    report("whole call, over loopback", whole_samples)
    report("parse step alone", parse_samples)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
