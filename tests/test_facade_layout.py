"""The facade's layout: a module per operation group, one call path, one waiter per client with a progress hook."""

from __future__ import annotations

import inspect
import pickle
import pydoc
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from skyvern_generated.operations import OPERATIONS

from skyvern_sync import Skyvern, WaitProgress
from skyvern_sync.polling import SystemClock
from skyvern_sync.resources._base import SyncResource
from skyvern_sync.skyvern import api_methods
from tests import _faults as f
from tests._faults import KEY
from tests._recorded import sample

RESOURCES = Path(__file__).resolve().parent.parent / "skyvern_sync" / "resources"


class VirtualClock:
    """Sleeping moves time on at once."""

    def __init__(self) -> None:
        self.now = 0.0

    def monotonic(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.now += seconds


def polled(server: f.FaultServer, run_id: str) -> None:
    running, completed = sample("get_run__task_v1_running")[1], sample("get_run__task_v1_completed")[1]
    running["run_id"] = completed["run_id"] = run_id
    server.script(f.status(200, running), f.status(200, running), f.status(200, completed))


def test_each_operation_is_a_method_of_its_groups_module() -> None:
    for name, operation in OPERATIONS.items():
        function = api_methods().get(operation.client)  # `schedules.get` is on the schedules sub-client
        assert function is not None, f"{name}: no method {operation.client}"
        assert function.__module__ == f"skyvern_sync.resources.{operation.group}", name
    assert {path.stem for path in RESOURCES.glob("[!_]*.py")} == {op.group for op in OPERATIONS.values()}


def test_no_method_imports_an_endpoint_by_hand() -> None:
    for path in RESOURCES.glob("[!_]*.py"):  # the group modules; _base.py finds endpoints through the table
        assert "skyvern_generated.api" not in path.read_text(encoding="utf-8"), path.name


def test_a_sub_client_sends_through_the_clients_one_call_path(server: f.FaultServer) -> None:
    class _Echo(SyncResource):
        """A private dummy group: `client.echo.run(run_id)` is get_run."""

        def run(self, run_id: str) -> Any:
            return self._call("get_run", {"additional_headers": {"X-Echo": "1"}}, run_id)

    polled(server, "tsk_echo")
    with Skyvern(KEY, base_url=server.url) as client:
        run = _Echo(client).run("tsk_echo")
    assert run.run_id == "tsk_echo" and type(run).__name__ == "TaskRunResponse"
    received = server.received[0]
    assert (received.method, received.path, received.headers["X-Echo"]) == ("GET", "/v1/runs/tsk_echo", "1")
    assert received.headers["x-api-key"] == KEY


def test_wait_for_run_reports_each_poll_to_on_progress(server: f.FaultServer) -> None:
    polled(server, "tsk_1")
    seen: list[WaitProgress[Any]] = []
    with Skyvern(KEY, base_url=server.url) as client:
        client.waiter.clock = VirtualClock()
        run = client.wait_for_run("tsk_1", timeout=60, on_progress=seen.append)
    assert [str(progress.run.status) for progress in seen] == ["running", "running", "completed"]
    assert [progress.next_delay for progress in seen] == [0.5, 0.5, None]
    assert [progress.elapsed for progress in seen] == [0.0, 0.5, 1.0]  # the virtual clock's seconds
    assert [progress.pending for progress in seen] == [1, 1, 0] and seen[-1].run is run


def test_a_waiting_run_task_reports_progress_and_returns_the_finished_run(server: f.FaultServer) -> None:
    started = sample("run_task__task_v1")
    run_id = started[1]["run_id"]
    server.script(f.status(*started))
    polled(server, run_id)
    seen: list[WaitProgress[Any]] = []
    with Skyvern(KEY, base_url=server.url) as client:
        client.waiter.clock = VirtualClock()
        run = client.run_task(prompt="p", wait_for_completion=True, timeout=60, on_progress=seen.append)
    assert str(run.status) == "completed" and len(seen) == 3 and {p.run_id for p in seen} == {run_id}


def test_each_client_owns_its_waiters_clock() -> None:
    first, second = Skyvern(KEY, base_url="http://127.0.0.1:9"), Skyvern(KEY, base_url="http://127.0.0.1:9")
    first.waiter.clock = VirtualClock()
    assert isinstance(second.waiter.clock, SystemClock)
    assert not hasattr(__import__("skyvern_sync.polling").polling, "CLOCK")


def test_help_shows_each_signature_readably() -> None:
    text = pydoc.plain(pydoc.render_doc(Skyvern.run_task))
    signature = text[text.index("run_task(") : text.index("Start a browser task")]
    # a parameter a line, annotations as written (not the quoted strings of `from __future__ import annotations`)
    assert max(len(line) for line in signature.splitlines()) < 100
    assert "    prompt: str,\n" in signature and "'str'" not in signature
    assert signature.rstrip().endswith(") -> TaskRunResponse")
    assert "    *,\n    on_progress: OnProgress | None = None,\n" in signature
    # the signature help() shows is the method's own: same names, defaults and kinds
    shown, actual = inspect.signature(Skyvern.run_task), inspect.Signature.from_callable(Skyvern.run_task)
    assert [(p.name, p.default, p.kind) for p in shown.parameters.values()] == [
        (p.name, p.default, p.kind) for p in actual.parameters.values()
    ]
    assert shown.parameters["prompt"].annotation == "str"  # still the string the source has, for code that reads it
    short = pydoc.plain(pydoc.render_doc(Skyvern.close))
    assert "close(self)" in short


def test_importing_the_client_leaves_inspect_alone_and_pydoc_still_reads_each_signature() -> None:
    # a script pays neither for `inspect` (ast, dis, tokenize) nor for building 100 signatures it never shows
    loaded = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; from skyvern_sync import Skyvern; print(sorted({'inspect', 'dataclasses',"
            " 'ast'} & set(sys.modules)))",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    assert loaded.stdout.strip() == "[]"
    # what asks for help has loaded inspect first: `python -m pydoc` shows the readable signature
    shown = subprocess.run(
        [sys.executable, "-m", "pydoc", "skyvern_sync.Skyvern.run_task"], capture_output=True, text=True, check=True
    )
    assert "    prompt: str,\n" in shown.stdout and "'str'" not in shown.stdout


def test_a_wait_progress_is_a_read_only_value() -> None:
    progress = WaitProgress("tsk_1", {"status": "running"}, 1.5, 2.0, 3)
    assert progress == WaitProgress("tsk_1", {"status": "running"}, 1.5, 2.0, 3)
    assert progress != WaitProgress("tsk_1", {"status": "running"}, 1.5, None, 3)
    assert pickle.loads(pickle.dumps(progress)) == progress
    assert (
        repr(progress)
        == "WaitProgress(run_id='tsk_1', run={'status': 'running'}, elapsed=1.5, next_delay=2.0, pending=3)"
    )
    with pytest.raises(AttributeError):
        progress.pending = 0


def test_a_progress_hook_that_is_not_callable_is_refused_before_a_run_starts() -> None:
    from skyvern_sync import InvalidParameterError

    client = Skyvern(KEY, base_url="http://127.0.0.1:9")  # nothing listens: a request sent would fail otherwise
    with pytest.raises(InvalidParameterError) as refused:
        client.run_task(prompt="p", wait_for_completion=True, on_progress="print")  # type: ignore[arg-type]
    assert refused.value.parameter == "on_progress"
    with pytest.raises(InvalidParameterError) as refused:
        client.wait_for_runs(["tsk_1"], on_progress=42)  # type: ignore[arg-type]
    assert refused.value.parameter == "on_progress"


def test_the_cli_waits_through_the_public_hook_not_a_private_member() -> None:
    source = (RESOURCES.parent / "cli" / "_wait.py").read_text(encoding="utf-8")
    assert "on_progress=" in source and "client._" not in source and "polling." not in source
