"""The command line as its users meet it: real `python -m skyvern_sync` processes against a scripted server that
answers with bodies the real server recorded (cassettes/), and the progress line through a pseudo-terminal."""

from __future__ import annotations

import argparse
import contextlib
import http.client
import inspect
import json
import os
import pty
import re
import select
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

from skyvern_sync import webhooks
from skyvern_sync.cli import _commands, _describe
from skyvern_sync.cli._main import build_parser
from skyvern_sync.skyvern import Skyvern, api_methods
from tests._faults import Fault, FaultServer, Received, echo_fn, status
from tests._recorded import REFERENCE, Recorded, operation_of, parse, recorded, recorded_deliveries
from tools import cli_index

KEY = "sk-test-cli-very-secret-key"
PYTHON_M = [sys.executable, "-m", "skyvern_sync"]
ERASE = "\r\x1b[2K"
WAIT = 30.0  # the most any process here may take before the test gives up on it

# One task run as the real server answered while it ran: its start, a poll while running, the poll that saw it end.
DONE = recorded("get_run", lambda run: run["run_type"] == "task_v1" and run["status"] == "completed")
RUN_ID = DONE.body["run_id"]
STARTED = recorded("run_task", lambda run: run["run_id"] == RUN_ID)
RUNNING = recorded("get_run", lambda run: run["run_id"] == RUN_ID and run["status"] == "running")
FAILED = recorded("get_run", lambda run: run["run_type"] == "task_v1" and run["status"] == "failed")
FAILED_ID = FAILED.body["run_id"]
NOT_FOUND = recorded("get_run", status=404)
CANCELED = recorded("cancel_run", lambda body: body is None)
WORKFLOWS = recorded("get_workflows", lambda workflows: len(workflows) == 1)
UPLOADED = recorded("upload_file")


def model_json(answer: Recorded) -> Any:
    """What the client makes of a recorded answer, as JSON: what the CLI must print."""
    parsed = parse(answer.operation, answer.status, answer.body)
    return [item.to_dict() for item in parsed] if isinstance(parsed, list) else parsed.to_dict()


class Api:
    """A FaultServer whose every operation answers from a queue of recorded answers (the last one repeats)."""

    def __init__(self) -> None:
        self._queues: dict[tuple[str, str | None], list[Recorded]] = {}
        self._lock = threading.Lock()
        self.server = FaultServer(default=echo_fn(self._route))
        self.url = self.server.url

    def answer(self, operation: str, *answers: Recorded, path: str | None = None) -> None:
        """Answer `operation` (only at `path`, if given) with these, in order."""
        self._queues[operation, path] = list(answers)

    def _route(self, request: Received) -> Fault:
        operation = operation_of(request.method, request.path)
        with self._lock:
            queue = self._queues.get((operation, request.path)) or self._queues.get((operation, None))
            if not queue:
                return status(500, {"detail": f"the test scripted no answer to {operation}"})
            answer = queue.pop(0) if len(queue) > 1 else queue[0]
        return status(answer.status, json.dumps(answer.body).encode())

    def received(self, operation: str) -> list[Received]:
        return [request for request in self.server.received if operation_of(request.method, request.path) == operation]

    def polled(self, run_id: str, times: int = 2) -> bool:
        """The child has polled `times` times: it has seen the run at least once (it asks again only then)."""
        return self.server.wait_until(lambda server: server.count("GET", f"/v1/runs/{run_id}") >= times, WAIT)


@pytest.fixture
def api() -> Iterator[Api]:
    scripted = Api()
    with scripted.server:
        yield scripted


def environment(api: Api | None = None, **variables: str) -> dict[str, str]:
    env = {name: value for name, value in os.environ.items() if not name.startswith("SKYVERN_")}
    # COLUMNS: argparse wraps help at the terminal's width and would cut a long word in two
    env.update(SKYVERN_API_KEY=KEY, COLUMNS="1000")
    if api is not None:
        env["SKYVERN_BASE_URL"] = api.url
    env.update(variables)
    return env


@contextlib.contextmanager
def sigint_delivered() -> Iterator[None]:
    """A child inherits an ignored SIGINT (a test run started in the background has one), and Python then never
    raises KeyboardInterrupt in it: let SIGINT have its default while the child is started."""
    ignored = signal.getsignal(signal.SIGINT) is signal.SIG_IGN
    if ignored:
        signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        yield
    finally:
        if ignored:
            signal.signal(signal.SIGINT, signal.SIG_IGN)


def start(args: Sequence[str], env: dict[str, str], **streams: Any) -> subprocess.Popen[bytes]:
    options: dict[str, Any] = {"stdin": subprocess.DEVNULL, "stdout": subprocess.PIPE, "stderr": subprocess.PIPE}
    options.update(streams)
    with sigint_delivered():
        # a session of its own: the child has no controlling terminal, so it never reads the developer's /dev/tty
        return subprocess.Popen([*PYTHON_M, *args], env=env, start_new_session=True, **options)


@dataclass
class Ran:
    code: int
    stdout: bytes
    stderr: str

    def json(self) -> Any:
        return json.loads(self.stdout)


def finish(process: subprocess.Popen[bytes]) -> Ran:
    stdout, stderr = process.communicate(timeout=WAIT)
    return Ran(process.returncode, stdout or b"", (stderr or b"").decode("utf-8"))


def run(args: Sequence[str], env: dict[str, str]) -> Ran:
    return finish(start(args, env))


def run_all(cases: Sequence[tuple[Sequence[str], dict[str, str]]]) -> list[Ran]:
    """Several invocations at once: each pays Python's start-up, not one after the other."""
    return [finish(process) for process in [start(args, env) for args, env in cases]]


def read_terminal(master: int, until: Callable[[bytes], bool] = lambda data: False) -> bytes:
    """What a pseudo-terminal showed, until `until` holds or every process holding its other end has closed it."""
    data = b""
    deadline = time.monotonic() + WAIT
    while time.monotonic() < deadline and not until(data):
        if select.select([master], [], [], 0.1)[0]:
            try:
                chunk = os.read(master, 65536)
            except OSError:  # EIO: the child has exited
                break
            if not chunk:
                break
            data += chunk
    return data


def normalized(text: str) -> str:
    return " ".join(text.split())


# -- output ------------------------------------------------------------------------------------------------


def test_json_output_is_the_models_to_dict_and_the_key_comes_from_the_environment(api: Api) -> None:
    api.answer("get_run", DONE)
    ran = run(["get-run", RUN_ID], environment(api))
    assert (ran.code, ran.stderr) == (0, "")
    assert ran.json() == model_json(DONE)
    [request] = api.received("get_run")
    assert request.path == f"/v1/runs/{RUN_ID}" and request.headers["x-api-key"] == KEY


def test_a_list_is_a_json_array_and_repeated_options_reach_the_wire(api: Api) -> None:
    api.answer("get_workflows", WORKFLOWS)
    args = ["get-workflows", "--page-size", "5", "--status", "published", "--status", "draft", "--only-workflows"]
    ran = run(args, environment(api))
    assert ran.code == 0 and ran.json() == model_json(WORKFLOWS)
    [request] = api.received("get_workflows")
    assert request.params == {"page_size": ["5"], "status": ["published", "draft"], "only_workflows": ["true"]}


def test_all_prints_every_page_as_one_json_array_fetching_each_page_after_the_last(api: Api) -> None:
    one = recorded("get_credentials", lambda credentials: len(credentials) == 1)
    none = recorded("get_credentials", lambda credentials: credentials == [])
    api.answer("get_credentials", one, one, none)
    ran = run(["get-credentials", "--page-size", "1", "--all", "--search", "login"], environment(api))
    assert ran.code == 0, ran.stderr
    asked = [request.params for request in api.received("get_credentials")]
    assert json.loads(ran.stdout) == model_json(one) * 2, (asked, ran.stdout[:300])
    asked = [request.params for request in api.received("get_credentials")]
    assert [query.get("page") for query in asked] == [None, ["2"], ["3"]]
    assert all(query["page_size"] == ["1"] and query["search"] == ["login"] for query in asked)
    # a command that lists no pages has no --all
    refused = run(["get-run", "tsk_1", "--all"], environment(api))
    assert refused.code == 2 and "--all" in refused.stderr


def test_all_prints_the_items_of_an_envelope_where_the_operation_table_says_they_are(api: Api) -> None:
    envelope = recorded("schedules_list_all", lambda body: body["total_count"] == len(body["schedules"]) == 1)
    api.answer("schedules_list_all", envelope)
    ran = run(["schedules-list-all", "--page-size", "1", "--all"], environment(api))
    assert ran.code == 0, ran.stderr
    assert json.loads(ran.stdout) == model_json(envelope)["schedules"]  # the schedules, not their envelope
    assert len(api.received("schedules_list_all")) == 1  # total_count says the one page is all there is


def test_run_task_takes_the_references_parameters_typed_from_its_signature(api: Api, tmp_path: Path) -> None:
    api.answer("run_task", STARTED)
    schema = {"type": "object", "properties": {"product_names": {"type": "array"}}}
    (tmp_path / "schema.json").write_text(json.dumps(schema), encoding="utf-8")
    ran = run(
        [
            "run-task", "--prompt", "Extract the product names", "--url", "http://127.0.0.1:8791/products",
            "--engine", "skyvern-1.0", "--max-steps", "3", "--data-extraction-schema", f"@{tmp_path / 'schema.json'}",
            "--proxy-location", "RESIDENTIAL_GB", "--error-code-mapping", '{"OUT_OF_STOCK": "no product is in stock"}',
            "--publish-workflow",
        ],
        environment(api),
    )  # fmt: skip
    assert ran.code == 0 and ran.json() == model_json(STARTED)  # no --wait: the run as just started
    [request] = api.received("run_task")
    assert request.json() == {
        "prompt": "Extract the product names",
        "url": "http://127.0.0.1:8791/products",
        "engine": "skyvern-1.0",
        "max_steps": 3,
        "data_extraction_schema": schema,
        "proxy_location": "RESIDENTIAL_GB",
        "error_code_mapping": {"OUT_OF_STOCK": "no product is in stock"},
        "publish_workflow": True,
    }
    assert not api.received("get_run")


def test_upload_file_takes_a_path(api: Api, tmp_path: Path) -> None:
    api.answer("upload_file", UPLOADED)
    path = tmp_path / "prices.csv"
    path.write_bytes(b"name,price\nAlpha Widget,10\n")
    ran = run(["upload-file", str(path)], environment(api))
    assert ran.code == 0 and ran.json() == model_json(UPLOADED)
    [request] = api.received("upload_file")
    assert b"name,price\nAlpha Widget,10\n" in request.body and b'filename="prices.csv"' in request.body


def test_table_output_for_people(api: Api) -> None:
    api.answer("get_run", FAILED)
    api.answer("get_workflows", WORKFLOWS)
    one, many = run_all(
        [
            (["get-run", FAILED_ID, "--output", "table"], environment(api)),
            (["--output", "table", "get-workflows"], environment(api)),  # a global option before the command too
        ]
    )
    assert one.code == 0  # reading a failed run succeeds: only a wait reports how the run ended
    lines = one.stdout.decode().splitlines()
    assert lines[0].split() == ["status", "failed"] and lines[1].split() == ["run_id", FAILED_ID]
    reason = next(line for line in lines if line.startswith("failure_reason"))
    assert FAILED.body["failure_reason"][:40] in reason and len(reason) < 140  # long values are cut to a line
    header, row = many.stdout.decode().splitlines()
    workflow = WORKFLOWS.body[0]
    assert header.split()[:2] == ["WORKFLOW_PERMANENT_ID", "TITLE"]
    assert row.startswith(workflow["workflow_permanent_id"]) and workflow["title"] in row


# -- waiting -----------------------------------------------------------------------------------------------


def statuses(stderr: str, run_id: str) -> list[str]:
    return re.findall(rf"^run {run_id} (\w+)", stderr, flags=re.MULTILINE)


def test_a_wait_off_a_terminal_prints_a_line_per_status_and_the_finished_run(api: Api) -> None:
    api.answer("run_task", STARTED)
    api.answer("get_run", RUNNING, DONE)
    ran = run(["run-task", "--prompt", "Open the products page", "--wait"], environment(api))
    assert ran.code == 0 and ran.json() == model_json(DONE)
    assert statuses(ran.stderr, RUN_ID) == ["created", "running", "completed"]
    assert "\r" not in ran.stderr and "1 step" in ran.stderr.splitlines()[-1]
    assert len(api.received("run_task")) == 1 and len(api.received("get_run")) == 2


def test_runs_that_end_failed_exit_1_with_their_json(api: Api) -> None:
    api.answer("get_run", DONE, path=f"/v1/runs/{RUN_ID}")
    api.answer("get_run", FAILED, path=f"/v1/runs/{FAILED_ID}")
    one, both = run_all(
        [
            (["wait-for-run", FAILED_ID], environment(api)),
            (["wait-for-runs", RUN_ID, FAILED_ID, "--quiet"], environment(api)),
        ]
    )
    assert one.code == 1 and one.json() == model_json(FAILED) and statuses(one.stderr, FAILED_ID) == ["failed"]
    assert both.code == 1 and both.json() == {RUN_ID: model_json(DONE), FAILED_ID: model_json(FAILED)}
    assert both.stderr == ""  # --quiet


def test_a_wait_that_times_out_exits_4_and_says_how_to_wait_again(api: Api) -> None:
    api.answer("get_run", RUNNING)
    ran = run(["wait-for-run", RUN_ID, "--timeout", "0.5"], environment(api))
    assert ran.code == 4
    assert ran.json() == model_json(RUNNING)  # the run as last seen
    assert f"skyvern-sync: error: run {RUN_ID} did not finish within 0.5 s (last status: running)" in ran.stderr
    assert f"skyvern-sync wait-for-run {RUN_ID}" in ran.stderr


def test_the_live_line_rewrites_itself_on_a_terminal(api: Api) -> None:
    api.answer("run_task", STARTED)
    api.answer("get_run", RUNNING, DONE)
    master, slave = pty.openpty()
    try:
        process = start(["run-task", "--prompt", "Open the products page", "--wait"], environment(api), stderr=slave)
        os.close(slave)  # the child holds it now: reading ends when the child exits
        shown = read_terminal(master).decode()
        ran = finish(process)
    finally:
        os.close(master)
    assert ran.code == 0 and ran.json() == model_json(DONE)
    frames = shown.split(ERASE)
    assert frames[0] == "" and len(frames) > 3  # one line, rewritten in place
    assert not any("\n" in frame for frame in frames[:-1])
    assert any(frame.startswith(f"run {RUN_ID} running · ") for frame in frames)
    last = frames[-1]
    assert last.startswith(f"run {RUN_ID} completed · ") and last.endswith(" · 1 step\r\n")  # kept, then a newline


# -- Ctrl-C ------------------------------------------------------------------------------------------------


def test_ctrl_c_with_cancel_on_interrupt_cancels_the_run_and_exits_130(api: Api) -> None:
    api.answer("get_run", RUNNING)
    api.answer("cancel_run", CANCELED)
    process = start(["wait-for-run", RUN_ID, "--cancel-on-interrupt"], environment(api))
    assert api.polled(RUN_ID)
    process.send_signal(signal.SIGINT)
    ran = finish(process)
    assert ran.code == 130
    assert api.server.count("POST", f"/v1/runs/{RUN_ID}/cancel") == 1
    assert f"canceled run {RUN_ID}" in ran.stderr, ran.stderr
    assert ran.json() == model_json(RUNNING)


def test_ctrl_c_off_a_terminal_leaves_the_run_going_and_says_how_to_cancel_it(api: Api) -> None:
    api.answer("get_run", RUNNING)
    process = start(["wait-for-run", RUN_ID], environment(api))
    assert api.polled(RUN_ID)
    process.send_signal(signal.SIGINT)
    ran = finish(process)
    assert ran.code == 130 and not api.received("cancel_run")
    assert f"skyvern-sync cancel-run {RUN_ID}" in ran.stderr


def test_ctrl_c_at_a_terminal_asks_whether_to_cancel(api: Api) -> None:
    api.answer("get_run", RUNNING)
    api.answer("cancel_run", CANCELED)
    master, slave = pty.openpty()
    try:
        process = start(["wait-for-run", RUN_ID], environment(api), stdin=slave, stderr=slave)
        os.close(slave)
        assert api.polled(RUN_ID)
        process.send_signal(signal.SIGINT)
        asked = read_terminal(master, until=lambda shown: b"[y/N]" in shown).decode()
        os.write(master, b"y\n")
        rest = read_terminal(master).decode()
        ran = finish(process)
    finally:
        os.close(master)
    assert f"Cancel run {RUN_ID}? [y/N]" in asked
    assert ran.code == 130 and f"canceled run {RUN_ID}" in rest
    assert api.server.count("POST", f"/v1/runs/{RUN_ID}/cancel") == 1


# -- errors ------------------------------------------------------------------------------------------------


def test_usage_errors_exit_2_on_stderr_and_send_nothing(api: Api) -> None:
    cases: list[tuple[list[str], str]] = [
        (["run-task", "--url", "https://example.com"], "the following arguments are required: --prompt"),
        (["run-task", "--prompt", "x", "--engine", "skyvern-9"], "invalid choice: 'skyvern-9'"),
        (["run-workflow", "wpid_1", "--parameters", '{"a": '], "argument --parameters: not JSON"),
        # the facade's checks, in the command line's own names
        (["run-task", "--prompt", "x", "--max-steps", "0"], "error: --max-steps must be at least 1, got 0"),
        (["wait-for-run", RUN_ID, "--timeout", "-1"], "skyvern-sync: error: --timeout must be a positive"),
        (["get-run", " tsk_1"], "skyvern-sync: error: RUN_ID must not start or end with whitespace"),
        (["get-run"], "the following arguments are required: RUN_ID"),
        (["frobnicate"], "invalid choice: 'frobnicate' (`skyvern-sync --help` lists the commands)"),
        (["get-rn", RUN_ID], "invalid choice: 'get-rn' (did you mean 'get-run'?)"),
        (["run-task", "--prompt", "x", "--engine", "skyvern-2"], "'skyvern-2' (did you mean 'skyvern-2.0'?)"),
        (["get-run", RUN_ID, "--max-retry", "1"], "unrecognized option: --max-retry (did you mean '--max-retries'?)"),
        ([], "usage: skyvern-sync"),
    ]
    ran = run_all([(args, environment(api)) for args, _ in cases])
    no_key = run(["--api-key", "", "get-run", RUN_ID], environment(api, SKYVERN_API_KEY=""))
    for (args, message), result in zip([*cases, ([], "no API key: set SKYVERN_API_KEY")], [*ran, no_key], strict=True):
        assert (result.code, result.stdout) == (2, b""), args
        assert message in result.stderr, (args, result.stderr)
    assert api.server.received == []


def test_api_and_connection_errors_exit_3_with_the_message_on_stderr(api: Api) -> None:
    api.answer("get_run", NOT_FOUND)
    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        closed = f"http://127.0.0.1:{probe.getsockname()[1]}"
    missing, unreachable = run_all(
        [
            (["get-run", "tsk_nope"], environment(api)),
            (["get-run", RUN_ID, "--max-retries", "0"], environment(api, SKYVERN_BASE_URL=closed)),
        ]
    )
    assert (missing.code, missing.stdout) == (3, b"")
    assert missing.stderr == f"skyvern-sync: error: GET /v1/runs/tsk_nope -> 404: {NOT_FOUND.body['detail']}\n"
    assert (unreachable.code, unreachable.stdout) == (3, b"")
    assert unreachable.stderr.startswith(f"skyvern-sync: error: GET /v1/runs/{RUN_ID}: ")
    assert "it never reached the server" in unreachable.stderr
    assert KEY not in missing.stderr + unreachable.stderr


def test_no_usage_error_shows_a_value_that_may_be_a_key(api: Api) -> None:
    secret = "sk-live-typed-on-the-command-line-0042"
    cases = [
        ["--apikey", secret, "get-run", RUN_ID],  # misspelt before the command
        ["get-run", RUN_ID, "--apikey", secret],  # and after it
        ["get-run", RUN_ID, "--api_key=" + secret],
        ["get-run", RUN_ID, "--api-key", secret, "--api-key", secret + "-2"],
        ["--api-key", secret, "get-run", RUN_ID, "--api-key=" + secret + "-2"],
        ["get-run", RUN_ID, "--max-retries", secret],  # the key given to the wrong option
        ["get-run", RUN_ID, "--quiet=" + secret],
        ["get-run", RUN_ID, secret],  # a stray argument
        ["--token", secret, "get-run", RUN_ID],
    ]
    ran = run_all([(args, environment(api)) for args in cases])
    for args, result in zip(cases, ran, strict=True):
        assert (result.code, result.stdout) == (2, b""), (args, result.stderr)
        assert "sk-live" not in result.stderr and ": error: " in result.stderr, (args, result.stderr)
    assert "unrecognized option: --api_key (did you mean '--api-key'?)" in ran[2].stderr
    assert "--api-key given more than once" in ran[3].stderr and "--api-key given more than once" in ran[4].stderr
    # the environment's key, given by mistake where an int goes, is not shown either
    wrong = run(["get-run", RUN_ID, "--max-retries", KEY], environment(api))
    assert wrong.code == 2 and KEY not in wrong.stderr and "--max-retries: not an int" in wrong.stderr
    assert api.server.received == []


# -- help: made from the facade's signatures and docstrings --------------------------------------------------


def subcommands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    raise AssertionError("no subcommands")


@pytest.mark.skipif(not REFERENCE.exists(), reason="../shared/reference is not beside the project")
def test_every_reference_method_is_a_command_named_after_it() -> None:
    methods = set(re.findall(r"^### `(\w+)`", REFERENCE.read_text(encoding="utf-8"), flags=re.MULTILINE))
    assert {method.replace("_", "-") for method in methods} <= set(_commands.commands())


def test_every_public_method_of_the_facade_is_a_command() -> None:
    names = set(_commands.commands())
    assert {"wait-for-run", "wait-for-runs"} <= names
    run_task = _commands.commands()["run-task"]
    assert [p.flag for p in run_task.parameters][:5] == ["--prompt", "--url", "--engine", "--wait-for-completion",
                                                         "--timeout"]  # fmt: skip
    public = {
        name
        for group in Skyvern.__mro__
        for name, value in vars(group).items()
        if inspect.isfunction(value) and not name.startswith("_")
    }
    methods = {command.method for command in _commands.commands().values()}
    assert {method for method in methods if "." not in method} == public - {"close"}
    assert methods == set(api_methods())  # the sub-clients' too, as `schedules.get` is `schedules-get`


# -- the command index: what --help reads instead of the facade ------------------------------------------------


def test_the_command_index_is_what_the_facade_gives() -> None:
    problems = cli_index.differences(_commands.commands(), _describe.describe())
    assert not problems, cli_index.stale_message(problems)
    assert cli_index.INDEX.read_text(encoding="utf-8") == cli_index.render(_describe.describe()), (
        f"{cli_index.INDEX} is not as `{cli_index.COMMAND}` writes it: run it"
    )


def test_a_method_added_without_rewriting_the_index_is_named_with_the_command_that_rewrites_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def frobnicate_widget(self: Skyvern, widget_id: str, *, request_options: Any = None) -> None:
        """Frobnicate a widget.

        Args:
            widget_id: the widget.
            request_options: as for every call.
        """

    monkeypatch.setattr(Skyvern, "frobnicate_widget", frobnicate_widget, raising=False)
    problems = cli_index.differences(_commands.commands(), _describe.describe())
    assert problems == ["no command frobnicate-widget (Skyvern.frobnicate_widget)"]
    message = cli_index.stale_message(problems)
    assert "run `python -m tools.cli_index`" in message and "frobnicate-widget" in message


# what printing help must not import: the HTTP stack, the facade, the models (nor attrs, which they need)
NOT_FOR_HELP = ("requests", "urllib3", "attr", "attrs", "skyvern_generated", "skyvern_sync.skyvern",
                "skyvern_sync.transport", "skyvern_sync.types")  # fmt: skip
IMPORTED = """\
import json, sys
from skyvern_sync.cli import main
try:
    code = main(json.loads(sys.argv[1]))
except SystemExit as exit:
    code = exit.code
sys.stdout.flush()
sys.stderr.write("\\nMODULES " + json.dumps([code, sorted(sys.modules)]))
"""


def imported_by(cases: Sequence[Sequence[str]], heavy: Sequence[str]) -> list[tuple[int, list[str], bytes]]:
    """For each command line run in a fresh interpreter: its exit code, which of `heavy` (or their submodules)
    it imported, and its stdout."""
    processes = [
        subprocess.Popen(
            [sys.executable, "-c", IMPORTED, json.dumps(list(args))],
            env=environment(),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        for args in cases
    ]
    found = []
    for process in processes:
        ran = finish(process)
        code, modules = json.loads(ran.stderr.rpartition("MODULES ")[2])
        loaded = [name for name in modules if any(name == top or name.startswith(top + ".") for top in heavy)]
        found.append((code, loaded, ran.stdout))
    return found


def test_help_imports_neither_the_http_stack_nor_the_facade_nor_the_models() -> None:
    sub_client_command = [name for name, command in _commands.commands().items() if "." in command.method][:1]
    cases = [["--help"], ["get-run", "--help"], ["run-task", "--help"], ["get-rn"]]
    cases += [[name, "--help"] for name in sub_client_command]  # once the sub-clients have methods
    ran = imported_by(cases, NOT_FOR_HELP)
    for args, (code, loaded, _) in zip(cases, ran, strict=True):
        assert (code, loaded) == (2 if args == ["get-rn"] else 0, []), args
    assert b"commands:" in ran[0][2] and b"RUN_ID" in ran[1][2]  # the help was printed all the same
    # the command line's own commands: no HTTP stack and no models either
    [(code, loaded, _)] = imported_by([["webhook", "verify", "--help"]], ("requests", "urllib3", "skyvern_generated"))
    assert (code, loaded) == (0, [])


def test_only_the_chosen_commands_parser_is_built() -> None:
    parser = build_parser()
    [subparsers] = [action for action in parser._actions if isinstance(action, argparse._SubParsersAction)]
    assert subparsers.choices is not None and not subparsers.choices.made  # type: ignore[attr-defined]
    parser.parse_args(["get-run", RUN_ID])
    assert list(subparsers.choices.made) == ["get-run"]  # type: ignore[attr-defined]


def test_each_commands_help_lists_its_parameters_with_their_docstring_text() -> None:
    parsers = subcommands(build_parser())
    for command in _commands.commands().values():
        parser = parsers[command.name]
        text = normalized(parser.format_help())
        for parameter in command.parameters:
            assert parameter.help, f"Skyvern.{command.method} documents no {parameter.name} under Args:"
            shown = parameter.metavar if parameter.positional else parameter.flag
            # a flag too long to show both spellings in the width shows as `--[no-]name`
            assert shown in text or shown.replace("--", "--[no-]", 1) in text, (command.name, shown)
            assert normalized(parameter.help) in text, (command.name, parameter.name)


def test_help_of_the_root_and_of_a_command_as_a_process() -> None:
    root, run_task = run_all([(["--help"], environment()), (["run-task", "--help"], environment())])
    assert root.code == 0 and run_task.code == 0
    text = normalized(root.stdout.decode())
    for command in _commands.commands().values():
        assert normalized(f"{command.name} {command.summary}") in text
    assert "webhook" in text and "listen" in text and "130 interrupted" in text
    text = normalized(run_task.stdout.decode())
    helps = {parameter.name: parameter.help for parameter in _commands.commands()["run-task"].parameters}
    assert "--max-steps N " + normalized(helps["max_steps"]) in text
    assert "--wait-for-completion, --no-wait-for-completion, --wait, --no-wait " in text
    assert "--engine VALUE " + normalized(helps["engine"]) in text and "skyvern-1.0, skyvern-2.0" in text


# what the facade's docstrings say in Python that a command line user has no use for
PYTHON_TERMS = re.compile(
    r"`|\b(?:RunEngine|CredentialType|ProxyLocation|GeoTarget|RunWaitTimeout|TaskRunResponse|WorkflowRunResponse)\b"
    r"|\b(?:True|False|None|dict|datetime|repr)\b|\w+\(|\b[a-z]+_[a-z_]+\b(?=`)"
)


def test_help_speaks_the_command_lines_terms_not_pythons() -> None:
    commands = _commands.commands()
    for command in commands.values():
        for text in [command.description, command.returns, *(parameter.help for parameter in command.parameters)]:
            assert not PYTHON_TERMS.search(text), (command.name, text)
    helps = {parameter.name: parameter.help for parameter in commands["run-task"].parameters}
    assert "Default skyvern-2.0" in helps["engine"]
    assert "past it exit 4" in helps["timeout"] and "--wait-for-completion" in helps["timeout"]
    assert "a JSON object" in helps["proxy_location"]
    assert "--wait-for-completion" in commands["download-files"].description
    assert "list-browser-profiles --include-deleted" in commands["delete-browser-profile"].description
    login = {parameter.name: parameter.help for parameter in commands["login"].parameters}
    assert login["credential_type"].startswith("where the secrets come from: skyvern (needs --credential-id)")


def test_every_help_has_one_width_that_of_the_terminal_up_to_100_columns() -> None:
    names = [[name, "--help"] for name in _commands.commands()] + [["--help"], ["webhook", "verify", "--help"],
                                                                   ["listen", "--help"]]  # fmt: skip
    narrow = run_all([(args, environment(COLUMNS="80")) for args in names])
    wide = run_all([(args, environment(COLUMNS="200")) for args in (["--help"], ["run-task", "--help"])])
    for args, ran in zip(names, narrow, strict=True):
        lines = ran.stdout.decode().splitlines()
        assert ran.code == 0 and max(map(len, lines)) <= 78, (args, max(lines, key=len))
    for ran in wide:
        lines = ran.stdout.decode().splitlines()
        assert max(map(len, lines)) <= 98
        # the description's prose and the options' help fill the same width
        description = lines[lines.index("") + 1 : lines.index("", lines.index("") + 1)]
        options = [line for line in lines if line.startswith(" " * 24)]
        assert max(map(len, description)) > 85 and max(map(len, options)) > 85, lines


def test_a_docstring_entry_may_name_several_parameters_and_run_on() -> None:
    doc = _describe.parse_docstring(inspect.getdoc(Skyvern.login) or "")
    assert doc.args["bitwarden_item_id"] == doc.args["bitwarden_collection_id"] == "the Bitwarden collection and item."
    assert doc.args["azure_vault_totp_secret_key"] == "the Azure Key Vault and the names of its secrets."
    assert doc.args["credential_type"].endswith("or the wire value.")  # continued over three lines
    assert doc.description.startswith("Log in to a website") and doc.returns.startswith("The login run")


# -- webhooks ----------------------------------------------------------------------------------------------


def signed(delivery: dict[str, Any], key: str = KEY, body: bytes | None = None) -> tuple[bytes, dict[str, str]]:
    """A recorded delivery's body (or `body`) and its headers, signed as Skyvern signs with `key`."""
    raw = delivery["body"].encode("utf-8") if body is None else body
    return raw, {**delivery["headers"], webhooks.SIGNATURE_HEADER: webhooks.sign(raw, key)}


def save(path: Path, body: bytes, headers: dict[str, str]) -> str:
    path.write_text(json.dumps({"headers": headers, "body": body.decode("utf-8")}), encoding="utf-8")
    return str(path)


def test_webhook_verify_prints_a_good_delivery_and_refuses_a_forged_one(tmp_path: Path) -> None:
    delivery, callback = recorded_deliveries("run")[0], recorded_deliveries("totp")[0]
    body, headers = signed(delivery)
    run_id = json.loads(body)["run_id"]
    forged = body.replace(b'"completed"', b'"failed"', 1)
    (tmp_path / "body.json").write_bytes(body)
    totp_body, totp_headers = signed(callback)
    other_key = environment(SKYVERN_API_KEY="", OTHER_KEY_VARIABLE=KEY)
    good, raw, changed, other, totp = run_all(
        [
            (["webhook", "verify", save(tmp_path / "good.json", body, headers)], environment()),
            (
                ["webhook", "verify", "--body", str(tmp_path / "body.json"), "--header",
                 f"X-Skyvern-Signature: {headers[webhooks.SIGNATURE_HEADER]}", "--api-key-env", "OTHER_KEY_VARIABLE"],
                other_key,
            ),
            (["webhook", "verify", save(tmp_path / "forged.json", forged, headers)], environment()),
            (["webhook", "verify", save(tmp_path / "other.json", *signed(delivery, "sk-someone-else"))], environment()),
            (["webhook", "verify", save(tmp_path / "totp.json", totp_body, totp_headers)], environment()),
        ]
    )  # fmt: skip
    expected = webhooks.parse(body, headers, KEY).to_dict()
    assert good.code == 0 and good.json() == expected and good.json()["run_id"] == run_id
    assert raw.code == 0 and raw.json() == expected
    for refused in (changed, other):
        assert (refused.code, refused.stdout) == (5, b"")
        assert refused.stderr.startswith("skyvern-sync: error: x-skyvern-signature does not match")
    assert totp.code == 0 and totp.json() == json.loads(callback["body"])


def post(url: str, body: bytes, headers: dict[str, str]) -> tuple[int, bytes]:
    parts = urlsplit(url)
    connection = http.client.HTTPConnection(parts.hostname or "", parts.port, timeout=WAIT)
    try:
        connection.request("POST", parts.path, body, headers)
        response = connection.getresponse()
        return response.status, response.read()
    finally:
        connection.close()


def listening(process: subprocess.Popen[bytes]) -> str:
    """The URL `listen` says it is ready on (its first line on stderr)."""
    assert process.stderr is not None
    if not select.select([process.stderr], [], [], WAIT)[0]:
        raise AssertionError("listen never said it was ready")
    line = process.stderr.readline().decode()
    found = re.search(r"listening on (http://127\.0\.0\.1:\d+)", line)
    assert found, line
    return found.group(1)


def test_listen_verifies_prints_forwards_unchanged_and_answers_totp_callbacks() -> None:
    delivery, callback = recorded_deliveries("run")[0], recorded_deliveries("totp")[0]
    body, headers = signed(delivery)
    totp_body, totp_headers = signed(callback)
    forged = body.replace(b'"completed"', b'"failed"', 1)
    with FaultServer(default=status(204)) as app:
        process = start(
            ["listen", "--port", "0", "--forward-to", f"{app.url}/skyvern/webhook", "--totp-code", "491382"],
            environment(),
        )
        try:
            url = listening(process)
            delivered = post(f"{url}/webhook", body, headers)
            answered = post(f"{url}/totp", totp_body, totp_headers)
            refused = post(f"{url}/webhook", forged, headers)
        finally:
            process.send_signal(signal.SIGINT)
            ran = finish(process)
    assert delivered == (204, b"")  # the app's answer goes back to Skyvern
    assert answered[0] == 200 and json.loads(answered[1]) == {"verification_code": "491382"}
    assert refused[0] == 204  # forwarded all the same: the app's own check is what it is there to try
    first, second = app.received  # the TOTP callback was answered by listen, not forwarded
    assert first.path == "/skyvern/webhook" and first.body == body and second.body == forged
    for name in (webhooks.SIGNATURE_HEADER, webhooks.TIMESTAMP_HEADER, "Content-Type", "User-Agent"):
        assert first.headers[name] == headers[name]
    assert ran.code == 0
    lines = ran.stdout.decode().splitlines()
    assert len(lines) == 3
    run_id, task_id = json.loads(body)["run_id"], json.loads(totp_body)["task_id"]
    assert "POST /webhook  verified: yes  " in lines[0] and f"run {run_id} completed  -> 204" in lines[0]
    assert "POST /totp  verified: yes  " in lines[1] and f"totp request for {task_id}  -> 200" in lines[1]
    assert "POST /webhook  verified: no (x-skyvern-signature does not match" in lines[2]


def test_listens_json_lines_are_saved_deliveries_that_webhook_verify_reads(tmp_path: Path) -> None:
    body, headers = signed(recorded_deliveries("run")[0])
    process = start(["listen", "--output", "json"], environment())
    try:
        assert post(f"{listening(process)}/webhook", body, headers) == (200, b"{}")
    finally:
        process.send_signal(signal.SIGINT)
        ran = finish(process)
    [line] = ran.stdout.decode().splitlines()
    printed = json.loads(line)
    assert printed["verified"] is True and printed["run_id"] == json.loads(body)["run_id"]
    (tmp_path / "delivery.json").write_text(line, encoding="utf-8")
    verified = run(["webhook", "verify", str(tmp_path / "delivery.json")], environment())
    assert verified.code == 0 and verified.json() == webhooks.parse(body, headers, KEY).to_dict()


# -- how it is installed -----------------------------------------------------------------------------------


def test_the_console_script_and_python_m_are_one_command() -> None:
    script = Path(sys.executable).parent / "skyvern-sync"
    assert script.is_file(), "pip install puts the console script beside python"
    for command in ([str(script)], PYTHON_M):
        ran = subprocess.run([*command, "--version"], check=False, capture_output=True, env=environment(), timeout=WAIT)
        assert (ran.returncode, ran.stdout) == (0, b"skyvern-sync 0.2.0\n")


def test_importing_skyvern_sync_does_not_import_the_command_line() -> None:
    code = (
        "import sys, skyvern_sync, skyvern_sync.skyvern, skyvern_sync.webhooks, skyvern_sync.polling\n"
        "print(sorted(name for name in sys.modules if name.startswith('skyvern_sync.cli')))"
    )
    ran = subprocess.run(
        [sys.executable, "-c", code], check=False, capture_output=True, env=environment(), timeout=WAIT
    )
    assert ran.stdout == b"[]\n"
