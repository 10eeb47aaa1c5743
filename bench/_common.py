"""What every figure shares: real bodies from the cassettes, the round-robin timer and the statistics."""

from __future__ import annotations

import copy
import json
import math
import statistics
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
CASSETTES = ROOT / "cassettes"
API_KEY = "bench-key"

RUN_CASSETTE = "test_runs/test_run_task_skyvern_1_0_completes_with_output.yaml"
WORKFLOW_CASSETTE = "test_workflows/test_workflow_lifecycle.yaml"

# (calls) -> seconds of each call, timed where the calls run: in this process or in the official
# client's interpreter, so both kinds of candidate take turns in the same rounds.
RoundRunner = Callable[[int], list[float]]
# candidate -> one list of per-call seconds per round, rounds in the order they ran
Rounds = dict[str, list[list[float]]]


def recorded(cassette: str) -> list[tuple[str, str, Any]]:
    """(method, uri, JSON body) of each interaction of a recorded vcrpy cassette, in order."""
    data = yaml.safe_load((CASSETTES / cassette).read_text(encoding="utf-8"))
    found = []
    for interaction in data["interactions"]:
        body = interaction["response"]["body"]["string"]
        found.append((interaction["request"]["method"], interaction["request"]["uri"], json.loads(body)))
    return found


def recorded_headers(cassette: str = RUN_CASSETTE) -> list[tuple[str, str]]:
    """The real server's response headers (uvicorn's), but Content-Length: clients parse each one."""
    data = yaml.safe_load((CASSETTES / cassette).read_text(encoding="utf-8"))
    headers: dict[str, list[str]] = data["interactions"][-1]["response"]["headers"]
    return [(name, value) for name, values in headers.items() if name != "content-length" for value in values]


def run_bodies() -> dict[str, dict[str, Any]]:
    """The recorded task run as the server answered it: status -> body, for created, running, completed.

    The completed one (a `task_v1` run with output, ~1.7 KB) is the `get_run` figure's body.
    """
    found: dict[str, dict[str, Any]] = {}
    for method, uri, body in recorded(RUN_CASSETTE):
        if (method == "POST" and uri.endswith("/v1/run/tasks")) or (method == "GET" and "/v1/runs/" in uri):
            found[body["status"]] = body  # the last of each status: the fullest one
    return found


def workflows(count: int) -> list[dict[str, Any]]:
    """`count` copies of the workflow the recorded `GET /v1/agents/{id}` returned, each its own agent."""
    recorded_workflow = next(
        body for method, uri, body in recorded(WORKFLOW_CASSETTE) if method == "GET" and "/v1/agents/wpid_" in uri
    )
    copies = []
    for number in range(count):
        workflow = copy.deepcopy(recorded_workflow)
        workflow_permanent_id = f"wpid_{600227511654820522 + number}"
        workflow["workflow_permanent_id"] = workflow["agent_id"] = workflow_permanent_id  # agent_id is its alias
        workflow["title"] = f"Lifecycle {number}"
        copies.append(workflow)
    return copies


def compact(value: Any) -> bytes:
    """JSON as the server sends it: no spaces."""
    return json.dumps(value, separators=(",", ":")).encode()


def in_process(call: Callable[[], object]) -> RoundRunner:
    """A candidate that runs here: time each call with perf_counter."""

    def run(calls: int) -> list[float]:
        timings: list[float] = []
        clock = time.perf_counter
        for _ in range(calls):
            started = clock()
            call()
            timings.append(clock() - started)
        return timings

    return run


def decoding_with(loads: Callable[[bytes], Any], runner: RoundRunner) -> RoundRunner:
    """`runner` with skyvern_sync decoding bodies with `loads` for its turn (json.loads, or the speed extra's)."""
    from skyvern_sync import _model

    def run(calls: int) -> list[float]:
        installed = _model.decoder
        _model.decoder = lambda: loads  # type: ignore[assignment]
        try:
            return runner(calls)
        finally:
            _model.decoder = installed

    return run


def speed_extra() -> Callable[[bytes], Any] | None:
    """The `skyvern-sync[speed]` decoder (orjson, with json.loads for what it refuses), if orjson is installed."""
    from skyvern_sync import _model

    fast = _model.decoder()
    return None if fast is _model.stdlib_loads else fast


@dataclass(frozen=True)
class Slow:
    """A candidate too slow for full rounds: `per_round` calls at most, in one round of every `every`.

    Its rounds stay where they fall among the others' (empty lists in between), so that each is still
    paired with the baseline's round that ran next to it.
    """

    per_round: int
    every: int = 1
    warm_up: bool = True  # False where an earlier table already warmed it and one call costs seconds


def time_rounds(
    candidates: Mapping[str, RoundRunner],
    rounds: int,
    per_round: int,
    warm_up: int = 1,
    slow: Mapping[str, Slow] | None = None,
) -> Rounds:
    """Each candidate's per-call seconds, `rounds` rounds of `per_round` calls, after `warm_up` untimed rounds.

    Rounds alternate between candidates, in an order that rotates every round, so that a burst of
    noise on a busy machine lands on all of them alike rather than on whichever happened to run then,
    and each round of one candidate has a neighbouring round of the baseline to be compared with.
    """
    slow = slow or {}
    names = list(candidates)

    def calls(name: str, number: int) -> int:
        limit = slow.get(name)
        if limit is None:
            return per_round
        return min(per_round, limit.per_round) if number % limit.every == 0 else 0

    for _ in range(warm_up):
        for name in names:
            if name not in slow or slow[name].warm_up:
                candidates[name](calls(name, 0))
    samples: Rounds = {name: [] for name in names}
    for number in range(rounds):
        shift = number % len(names)
        for name in names[shift:] + names[:shift]:
            count = calls(name, number)
            samples[name].append(candidates[name](count) if count else [])
    return samples


def quantile(values: Sequence[float], q: float) -> float:
    """Linear interpolation between closest ranks (as numpy's default); any non-empty sequence."""
    ordered = sorted(values)
    position = (len(ordered) - 1) * q
    low = math.floor(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def summary(values: Sequence[float]) -> dict[str, float]:
    return {
        "median": statistics.median(values),
        "p90": quantile(values, 0.90),
        "p99": quantile(values, 0.99),
        "n": float(len(values)),
    }


def flat(rounds: Sequence[Sequence[float]]) -> list[float]:
    return [value for one_round in rounds for value in one_round]


def paired_ratio(candidate: Sequence[Sequence[float]], baseline: Sequence[Sequence[float]]) -> dict[str, float]:
    """Median over rounds of (this round's median / the baseline's median in the same round), with its IQR.

    Pairing by round cancels what drifts between rounds (another process waking up, the CPU
    clocking down), which a ratio of the two overall medians would keep.
    """
    ratios = [
        statistics.median(mine) / statistics.median(theirs)
        for mine, theirs in zip(candidate, baseline, strict=True)
        if mine and theirs and statistics.median(theirs) > 0
    ]
    return {
        "ratio": statistics.median(ratios),
        "ratio_p25": quantile(ratios, 0.25),
        "ratio_p75": quantile(ratios, 0.75),
    }
