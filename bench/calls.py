"""Figures 2 and 3: `get_run` and `get_workflows` per call, whole call and parse alone, beside raw requests."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import urllib3
from skyvern_generated.models import TaskRunResponse, Workflow

from bench._common import (
    API_KEY,
    RoundRunner,
    Slow,
    compact,
    decoding_with,
    in_process,
    run_bodies,
    speed_extra,
    time_rounds,
    workflows,
)
from bench.clients import RawClient, requests_get, requests_session, urllib3_get
from bench.official import OfficialWorker
from bench.report import Table, Target, timing_table
from skyvern_sync import Skyvern, _model

BASELINE = "requests (baseline)"
SPEED = "skyvern_sync[speed] (orjson)"
PARSE_BASELINE = "json.loads (baseline)"
OFFICIAL = "official skyvern.client"
OFFICIAL_PARSE_RUN = "official parse_obj_as(GetRunResponse)"
OFFICIAL_PARSE_WORKFLOWS = "official parse_obj_as(List[Workflow])"


@dataclass(frozen=True)
class Plan:
    rounds: int
    per_round: int  # calls of one candidate in a row: enough to keep its code hot, few enough to interleave
    # the official client is 10 to 1,000 times slower here: it takes part in fewer calls, or leaves
    # the table (None) where even one call would blow the run's time budget
    official: Slow | None


def _whole_call_candidates(
    base_url: str, path: str, client_call: Callable[[Skyvern], object], official: RoundRunner | None
) -> tuple[dict[str, RoundRunner], Callable[[], None]]:
    """Each client fetching `path` and decoding it, and what closes them all."""
    url = base_url + path
    session = requests_session()
    pool = urllib3.PoolManager()
    raw = RawClient(base_url)
    client = Skyvern(api_key=API_KEY, base_url=base_url)
    candidates: dict[str, RoundRunner] = {
        BASELINE: in_process(lambda: requests_get(session, url)),
        # the default install decodes with json.loads, whether or not orjson is installed here
        "skyvern_sync": decoding_with(_model.stdlib_loads, in_process(lambda: client_call(client))),
        "urllib3 (floor)": in_process(lambda: urllib3_get(pool, url)),
        "raw socket (floor)": in_process(lambda: raw.get(path)),
    }
    fast = speed_extra()
    if fast is not None:
        candidates[SPEED] = decoding_with(fast, in_process(lambda: client_call(client)))
    if official is not None:
        candidates[OFFICIAL] = official

    def close() -> None:
        session.close()
        pool.clear()
        raw.close()
        client.close()

    return candidates, close


def _official_note(plan: Plan, official: OfficialWorker | None) -> list[str]:
    if official is None:
        return []
    if plan.official is None:
        return ["official client left out here: its calls take too long for this mode's time budget"]
    calls = min(plan.per_round, plan.official.per_round) * len(range(0, plan.rounds, plan.official.every))
    return [f"official client: {calls} calls in all, spread over the rounds, timed in its own interpreter"]


def get_run(base_url: str, official: OfficialWorker | None, quick: bool) -> list[Table]:
    run = run_bodies()["completed"]
    run_id = str(run["run_id"])
    plan = Plan(3, 100, Slow(20)) if quick else Plan(30, 100, Slow(40))
    with_official = official if plan.official else None
    candidates, close = _whole_call_candidates(
        base_url,
        f"/v1/runs/{run_id}",
        lambda client: client.get_run(run_id),
        with_official.runner("get_run") if with_official else None,
    )
    with Skyvern(api_key=API_KEY, base_url=base_url) as check:
        parsed = check.get_run(run_id)
        assert isinstance(parsed, TaskRunResponse), type(parsed)  # the typed model, not the Unrecognized fallback
    try:
        whole = time_rounds(candidates, plan.rounds, plan.per_round, warm_up=2, slow=_slow(plan, OFFICIAL))
    finally:
        close()

    body = compact(run)
    data = json.loads(body)
    parse: dict[str, RoundRunner] = {
        PARSE_BASELINE: in_process(lambda: json.loads(body)),
        "TaskRunResponse.from_dict": in_process(lambda: TaskRunResponse.from_dict(data)),
        "json.loads + from_dict": in_process(lambda: TaskRunResponse.from_dict(json.loads(body))),
    }
    if with_official is not None:
        parse[OFFICIAL_PARSE_RUN] = with_official.runner("parse_run")
    parse_plan = Plan(3, 200, Slow(20)) if quick else Plan(30, 300, Slow(30))
    parse_samples = time_rounds(
        parse, parse_plan.rounds, parse_plan.per_round, warm_up=2, slow=_slow(parse_plan, OFFICIAL_PARSE_RUN)
    )
    return [
        timing_table(
            "get_run",
            f"2. get_run, whole call over loopback keep-alive ({len(body):,} B completed task run)",
            whole,
            BASELINE,
            "us",
            {"skyvern_sync": [Target("ratio", 1.10, "<=1.10x baseline")]},
            notes=[
                "baseline: requests.Session(trust_env=False).get + json.loads(response.content);"
                " floors: urllib3.PoolManager + json.loads, one keep-alive socket + json.loads",
                *_official_note(plan, official),
            ],
        ),
        timing_table(
            "get_run_parse",
            "2. get_run, parse alone (decoded dict -> typed model; json.loads on the bytes)",
            parse_samples,
            PARSE_BASELINE,
            "us",
            {"TaskRunResponse.from_dict": [Target("ratio", 3.0, "<=3x json.loads")]},
            notes=["official: the parse its client runs on a 2xx body (raw_client.py), on the same decoded dict"]
            if with_official
            else [],
        ),
    ]


def _slow(plan: Plan, name: str) -> dict[str, Slow]:
    return {name: plan.official} if plan.official else {}


WORKFLOW_PLANS = {
    1: Plan(20, 50, Slow(5)),
    100: Plan(20, 5, Slow(1, every=4, warm_up=False)),  # ~1.2 s a call: 5 calls
    1000: Plan(30, 1, Slow(1, every=10, warm_up=False)),  # ~13 s a call: 3 calls
}
QUICK_WORKFLOW_PLANS = {
    1: Plan(3, 20, Slow(3)),
    100: Plan(3, 2, Slow(1, every=3, warm_up=False)),
    1000: Plan(3, 1, None),
}
WORKFLOW_TARGETS = {
    100: [Target("ratio", 2.0, "<=2x baseline")],
    1000: [Target("ratio", 1.5, "<=1.5x baseline")],
}
SPEED_TARGETS = {1000: [Target("ratio", 1.0, "<=1.0x baseline")]}


def get_workflows(base_url: str, official: OfficialWorker | None, quick: bool) -> list[Table]:
    plans = QUICK_WORKFLOW_PLANS if quick else WORKFLOW_PLANS
    return [table for size, plan in plans.items() for table in _get_workflows(base_url, official, size, plan)]


def _get_workflows(base_url: str, official: OfficialWorker | None, size: int, plan: Plan) -> list[Table]:
    path = f"/v1/agents?page=1&page_size={size}"
    with_official = official if plan.official else None
    candidates, close = _whole_call_candidates(
        base_url,
        path,
        lambda client: client.get_workflows(page=1, page_size=size),
        with_official.runner("get_workflows", size) if with_official else None,
    )
    with Skyvern(api_key=API_KEY, base_url=base_url) as check:
        assert len(check.get_workflows(page=1, page_size=size)) == size  # every copy parses into a typed model
    try:
        whole = time_rounds(candidates, plan.rounds, plan.per_round, warm_up=1, slow=_slow(plan, OFFICIAL))
    finally:
        close()

    body = compact(workflows(size))  # what the server sends
    data: list[Any] = json.loads(body)
    # from_dict copies each mapping before popping from it, so `data` can be parsed again and again
    parse: dict[str, RoundRunner] = {
        PARSE_BASELINE: in_process(lambda: json.loads(body)),
        "[Workflow.from_dict(d) ...]": in_process(lambda: [Workflow.from_dict(d) for d in data]),
    }
    fast = speed_extra()
    if fast is not None:
        parse["orjson.loads (the speed extra's decoder)"] = in_process(lambda: fast(body))
    if with_official is not None:
        parse[OFFICIAL_PARSE_WORKFLOWS] = with_official.runner("parse_workflows", size)
    parse_samples = time_rounds(
        parse, plan.rounds, plan.per_round, warm_up=1, slow=_slow(plan, OFFICIAL_PARSE_WORKFLOWS)
    )

    unit = "ms" if size > 1 else "us"
    what = f"{size:,} workflow{'s' if size > 1 else ''}"
    return [
        timing_table(
            f"get_workflows_{size}",
            f"3. get_workflows, {what}, whole call ({len(body):,} B)",
            whole,
            BASELINE,
            unit,
            {"skyvern_sync": WORKFLOW_TARGETS.get(size, []), SPEED: SPEED_TARGETS.get(size, [])},
            notes=[*_official_note(plan, official), *_speed_note()],
        ),
        timing_table(
            f"get_workflows_{size}_parse",
            f"3. get_workflows, {what}, parse alone",
            parse_samples,
            PARSE_BASELINE,
            unit,
            {"[Workflow.from_dict(d) ...]": [Target("ratio", 3.0, "<=3x json.loads")]},
        ),
    ]


def _speed_note() -> list[str]:
    if speed_extra() is None:
        return ["skyvern_sync[speed] left out: orjson is not installed here (pip install 'skyvern-sync[speed]')"]
    return [
        "skyvern_sync decodes with json.loads (the default install); skyvern_sync[speed] with orjson, the same"
        " client in the same rounds"
    ]


def _pages_by_hand(session: Any, base_url: str, page_size: int) -> int:
    """The baseline: requests and json.loads, page after page until a short one."""
    items, page = 0, 1
    while True:
        got = requests_get(session, f"{base_url}/v1/agents?page={page}&page_size={page_size}")
        items += len(got)
        if len(got) < page_size:
            return items
        page += 1


def auto_pagination(base_url: str, quick: bool) -> list[Table]:
    """Figure 4: every workflow the server lists, page by page, typed, with `auto_paging_iter()`."""
    from bench.server import LISTED

    page_size = 100
    session = requests_session()
    client = Skyvern(api_key=API_KEY, base_url=base_url)

    def ours() -> int:
        return sum(1 for _ in client.get_workflows(page_size=page_size).auto_paging_iter())

    assert ours() == LISTED == _pages_by_hand(session, base_url, page_size)
    candidates: dict[str, RoundRunner] = {
        BASELINE: in_process(lambda: _pages_by_hand(session, base_url, page_size)),
        "skyvern_sync": decoding_with(_model.stdlib_loads, in_process(ours)),
    }
    fast = speed_extra()
    if fast is not None:
        candidates[SPEED] = decoding_with(fast, in_process(ours))
    try:
        samples = time_rounds(candidates, 3 if quick else 15, 1, warm_up=1)
    finally:
        session.close()
        client.close()
    pages = LISTED // page_size + 1
    return [
        timing_table(
            "auto_pagination",
            f"3. auto-pagination: {LISTED:,} workflows in {pages} pages of {page_size} (the last one empty)",
            samples,
            BASELINE,
            "ms",
            notes=[
                "skyvern_sync: sum(1 for _ in client.get_workflows(page_size=100).auto_paging_iter()), typed models;"
                " baseline: the same pages fetched with requests + json.loads until a short page",
                *_speed_note(),
            ],
        )
    ]
