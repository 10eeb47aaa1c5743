"""The benchmark harness's moving parts (bench/): its server, floor client, timer, clocks and command.

What the harness measures is never asserted here: a noisy machine is not a test. These check that it
measures what it says it does.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import requests

from bench._common import RoundRunner, Slow, paired_ratio, run_bodies, time_rounds
from bench.clients import RawClient
from bench.imports import Candidate, run_once
from bench.official import WORKER
from bench.report import Target
from bench.server import in_thread
from bench.waiting import SimulatedClock, most_in_window, simulated_wait
from skyvern_sync import Skyvern
from skyvern_sync.polling import SystemClock

ROOT = Path(__file__).resolve().parent.parent


def test_server_answers_recorded_bodies_and_completes_runs_by_its_clock() -> None:
    clock = SimulatedClock()
    with in_thread(clock.monotonic) as server, requests.Session() as session:
        created = session.post(
            f"{server.base_url}/v1/run/tasks", json={"prompt": "x", "title": "bench finish_after=5"}
        ).json()
        assert created["status"] == "created"
        run_url = f"{server.base_url}/v1/runs/{created['run_id']}"
        assert session.get(run_url).json()["status"] == "running"
        clock.sleep(5)
        assert session.get(run_url).json() == {**run_bodies()["completed"], "run_id": created["run_id"]}
        run = server.routes.stats()["runs"][created["run_id"]]
        assert (run["requests"], run["finish_at"], run["first_completed"]) == (3, 5.0, 5.0)

        listed = session.get(f"{server.base_url}/v1/agents?page=1&page_size=3").json()
        assert len({workflow["workflow_permanent_id"] for workflow in listed}) == 3
        assert session.get(f"{server.base_url}/v1/nowhere").status_code == 404


def test_the_raw_socket_floor_reads_what_requests_reads() -> None:
    with in_thread() as server, requests.Session() as session:
        raw = RawClient(server.base_url)
        try:
            for path in ("/v1/runs/any", "/v1/agents?page=1&page_size=100", "/v1/runs/again"):
                # the 100-workflow body spans many reads; the same socket serves every request
                assert raw.get(path) == session.get(server.base_url + path).json()
        finally:
            raw.close()
        assert server.routes.stats()["connections"] == 2


def test_rounds_rotate_and_a_slow_candidate_keeps_its_place() -> None:
    order: list[tuple[str, int]] = []

    def runner(name: str) -> RoundRunner:
        def run(calls: int) -> list[float]:
            order.append((name, calls))
            return [1.0] * calls

        return run

    samples = time_rounds(
        {name: runner(name) for name in "abc"}, rounds=3, per_round=2, warm_up=0, slow={"c": Slow(1, every=2)}
    )
    assert order == [("a", 2), ("b", 2), ("c", 1), ("b", 2), ("a", 2), ("c", 1), ("a", 2), ("b", 2)]
    assert samples["c"] == [[1.0], [], [1.0]]  # round 1 left empty, so round 2 still pairs with round 2


def test_ratios_pair_rounds_and_skip_the_empty_ones() -> None:
    ratio = paired_ratio([[2.0, 2.0], [], [3.0]], [[1.0, 1.0], [1.0], [1.0]])
    assert ratio["ratio"] == 2.5


def test_targets_are_verdicts_not_assertions() -> None:
    assert Target("ratio", 2.0, "").verdict(1.9) == "met"
    assert Target("ratio", 2.0, "", goal=1.5).verdict(1.9) == "met (goal missed)"
    assert Target("ratio", 2.0, "").verdict(2.1) == "missed"
    assert Target("rate", 0.9, "", at_least=True).verdict(0.8) == "missed"
    assert Target("ratio", 2.0, "").verdict(None) == "n/a"


@pytest.mark.parametrize(
    ("polls", "most"), [([], 0), ([0.0], 1), ([0.0, 0.5, 1.0], 1), ([0.0, 0.4], 2), ([0.0, 0.1, 0.2, 5.0], 3)]
)
def test_most_requests_in_a_poll_interval(polls: list[float], most: int) -> None:
    assert most_in_window(polls, 0.5) == most


def test_a_simulated_hour_of_waiting_ends_completed_on_the_clients_own_clock() -> None:
    late, requests_sent, completed = simulated_wait(3600.0)
    assert completed == 1
    assert late >= 0  # returned after the run completed, by the clock the server completed it by
    assert requests_sent > 2
    assert isinstance(Skyvern("k", base_url="http://127.0.0.1:9").waiter.clock, SystemClock)  # no other client's


def test_import_child_reports_time_and_memory_of_the_statement(tmp_path: Path) -> None:
    sample = run_once(
        Candidate("array", sys.executable, "import array; a = array.array('b', bytes(50_000_000))", ""), str(tmp_path)
    )
    assert sample.rss_added > 40_000  # KiB: the child's own peak, not the harness's
    assert sample.wall > sample.imported > 0


def test_official_worker_answers_each_line_even_an_unknown_one() -> None:
    result = subprocess.run(
        [sys.executable, "-I", str(WORKER)], input='{"op": "nope"}\n', capture_output=True, text=True, check=True
    )
    assert "unknown op" in json.loads(result.stdout)["error"]


def test_the_command_writes_every_figure_it_ran(tmp_path: Path) -> None:
    out = tmp_path / "results.json"
    result = subprocess.run(
        [sys.executable, "-m", "bench", "--quick", "--no-official", "--only", "wait_for_runs", "--json", str(out)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=True,
    )
    assert "7. wait_for_runs" in result.stdout
    results = json.loads(out.read_text())
    assert set(results["figures"]) == {"wait_for_runs"}
    assert results["figures"]["wait_for_runs"]["rows"]["runs returned, completed"]["value"] == 100
    assert {"cpu", "cores", "python"} <= set(results["machine"])
