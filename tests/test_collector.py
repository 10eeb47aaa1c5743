"""The cyclic collector held off while a body from the network is decoded (and a large one built), in every thread."""

from __future__ import annotations

import contextlib
import gc
import json
import os
import threading
import warnings
from collections.abc import Callable, Iterator
from typing import Any

import pytest
import requests
from skyvern_generated.api.workflows import get_workflows
from skyvern_generated.models import Workflow

from skyvern_sync import Skyvern, _collector, _model, transport, webhooks
from skyvern_sync._collector import collector_held
from skyvern_sync.errors import ResponseValidationError, ShapeError, WebhookPayloadError
from tests._faults import serve_faults, status
from tests._recorded import recorded

DEEP = b"[" * 100_000 + b"]" * 100_000  # a hostile body: json.loads reaches the recursion limit on it


def refused(decode: Callable[[bytes], object], error: type[Exception]) -> Callable[[bytes], object]:
    def run(body: bytes) -> object:
        with pytest.raises(error):
            decode(body)
        return None

    return run


# every place a body that came over the network is decoded: a response (short or long), the run id an
# unreadable answer may still hold, and what reaches a webhook endpoint before or after its signature is checked
DECODERS: dict[str, Callable[[bytes], object]] = {
    "a response body": refused(_model.json_body, ShapeError),
    "a response body under LARGE": lambda body: refused(_model.json_body, ShapeError)(body[: _model.LARGE - 2]),
    "an unreadable answer's run id": transport._run_id_in,
    "is_totp_request": webhooks.is_totp_request,
    "a verified delivery's JSON": refused(webhooks._json_object, WebhookPayloadError),
}


@contextlib.contextmanager
def collections_without_stack() -> Iterator[list[str]]:
    """Every collection that starts with too little stack left to run a finalizer, while the block runs: a
    collection every 10 allocations, each probing whether 40 more frames fit where it runs.

    40, not more: a collection can start while CPython builds the RecursionError itself, when it lets a call go
    at most 50 frames past the limit and aborts the process beyond them ("Cannot recover from stack overflow")."""

    def probe(depth: int) -> None:
        if depth:
            probe(depth - 1)

    cramped: list[str] = []

    def callback(phase: str, _info: dict[str, int]) -> None:
        if phase == "start":
            try:
                probe(40)
            except RecursionError:
                cramped.append("a collection ran with no stack left for a finalizer")

    gc.collect()  # the garbage earlier tests left, finalizers and all, must not be collected at the limit here
    threshold = gc.get_threshold()
    gc.set_threshold(10, *threshold[1:])
    gc.callbacks.append(callback)
    try:
        yield cramped
    finally:
        gc.callbacks.remove(callback)
        gc.set_threshold(*threshold)


@pytest.mark.parametrize("decode", DECODERS.values(), ids=DECODERS.keys())
def test_no_collection_runs_while_a_deeply_nested_body_is_decoded(decode: Callable[[bytes], object]) -> None:
    # at the recursion limit a finalizer (urllib3's pool closer, a program's __del__) fails and what it should
    # close stays open; held off, the collector runs it later on an ordinary stack
    with collections_without_stack() as cramped:
        decode(DEEP)
    assert cramped == []


def test_the_check_above_finds_a_collection_when_nothing_holds_the_collector(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(_collector, "collector_held", contextlib.nullcontext())
    for name, decode in DECODERS.items():
        with collections_without_stack() as cramped:
            decode(DEEP)
        assert cramped, name


def workflows_nested_through_their_loop_blocks(depth: int) -> bytes:
    """A list of one recorded workflow whose first block is a for-loop `depth` loops deep: a body the schema's own
    recursion takes to the recursion limit while it is built, though it is short and its JSON shallow enough."""
    workflow = recorded("get_workflows", lambda body: len(body) > 0).body[0]
    blocks = workflow["workflow_definition"]["blocks"]
    created_at = blocks[0]["output_parameter"]["created_at"]  # short values: each loop must cost few bytes
    output_parameter = dict(key="o", output_parameter_id="o", workflow_id="w", created_at=created_at)
    output_parameter["modified_at"] = created_at
    loop: dict[str, Any] = {"block_type": "for_loop", "label": "l", "output_parameter": output_parameter}
    innermost = loop
    for _ in range(depth):
        innermost["loop_blocks"] = [dict(innermost, loop_blocks=[])]
        innermost = innermost["loop_blocks"][0]
    innermost["loop_blocks"] = []
    nested = dict(workflow, workflow_definition=dict(workflow["workflow_definition"], blocks=[loop]))
    return json.dumps([nested], separators=(",", ":")).encode()


def built_workflows(body: bytes) -> list[Workflow]:
    response = requests.Response()
    response.status_code, response._content = 200, body
    return get_workflows._parse_response(client=None, response=response)  # type: ignore[arg-type]


@pytest.mark.parametrize("held", [True, False], ids=["held", "control: not held"])
def test_no_collection_runs_while_a_short_body_nested_through_the_schema_is_built(
    held: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    body = workflows_nested_through_their_loop_blocks(270)
    assert len(body) < _model.LARGE  # a short body, but each loop is several frames of from_dict
    assert len(built_workflows(workflows_nested_through_their_loop_blocks(20))) == 1  # the shape builds
    if not held:
        monkeypatch.setattr(_model, "collector_held", contextlib.nullcontext())
        monkeypatch.setattr(_collector, "collector_held", contextlib.nullcontext())
    with collections_without_stack() as cramped, pytest.raises(RecursionError):
        built_workflows(body)  # the caller of _parse_response makes it a ResponseValidationError
    assert (cramped == []) is held


def test_a_body_nested_too_deeply_to_build_fails_the_call_saying_so() -> None:
    body = workflows_nested_through_their_loop_blocks(400)
    with serve_faults(default=status(200, body)) as server, pytest.raises(ResponseValidationError) as failed:
        Skyvern("k", base_url=server.url).get_workflows()
    assert failed.value.status_code == 200 and "nested too deeply to build" in str(failed.value)
    assert failed.value.body and failed.value.body.startswith("[{")


def test_every_body_short_or_large_is_built_with_the_collector_held_off(monkeypatch: pytest.MonkeyPatch) -> None:
    recorded_list = recorded("get_workflows", lambda body: len(body) > 0)
    copies = recorded_list.body * (_model.LARGE // len(json.dumps(recorded_list.body)) + 1)
    collecting: list[bool] = []
    build = Workflow.from_dict

    def watched(data: Any) -> Workflow:
        collecting.append(gc.isenabled())
        return build(data)

    monkeypatch.setattr(Workflow, "from_dict", watched)
    for body in (recorded_list.body, copies):
        assert len(built_workflows(json.dumps(body).encode())) == len(body)
        assert gc.isenabled()  # let run again once built
    assert len(collecting) == len(recorded_list.body) + len(copies) and set(collecting) == {False}


def test_threads_share_one_hold_and_the_last_to_leave_lets_the_collector_run() -> None:
    # the collector is one switch for the process: the first thread to finish must not let it run while another
    # still decodes
    entered = [threading.Event(), threading.Event()]
    leave = [threading.Event(), threading.Event()]

    def hold(number: int) -> None:
        with collector_held:
            entered[number].set()
            leave[number].wait(10)

    threads = [threading.Thread(target=hold, args=(number,)) for number in range(2)]
    try:
        for number, thread in enumerate(threads):
            thread.start()
            assert entered[number].wait(10)
        assert not gc.isenabled()
        leave[0].set()
        threads[0].join(10)
        assert not gc.isenabled()  # the second thread still holds it
    finally:
        for event in leave:
            event.set()
        for thread in threads:
            thread.join(10)
    assert gc.isenabled()


@contextlib.contextmanager
def collections_seen() -> Iterator[list[int]]:
    """The thread of every collection that starts while the block runs."""
    threads: list[int] = []

    def callback(phase: str, _info: dict[str, int]) -> None:
        if phase == "start":
            threads.append(threading.get_ident())

    gc.callbacks.append(callback)
    try:
        yield threads
    finally:
        gc.callbacks.remove(callback)


@contextlib.contextmanager
def another_thread_holding() -> Iterator[None]:
    """Another thread inside `with collector_held:` while the block runs."""
    entered, leave = threading.Event(), threading.Event()

    def hold() -> None:
        with collector_held:
            entered.set()
            leave.wait(10)

    holder = threading.Thread(target=hold)
    holder.start()
    try:
        assert entered.wait(10)
        yield
    finally:
        leave.set()
        holder.join(10)


@pytest.mark.parametrize("catching_up", [True, False], ids=["catching up", "control: no catching up"])
def test_a_thread_leaving_while_another_holds_makes_the_collection_due_on_its_own_stack(
    catching_up: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    # under load some thread is nearly always decoding: were only the last one out to let the collector run, it
    # might never run again
    if not catching_up:
        monkeypatch.setattr(_collector, "_collect_what_is_due", lambda: None)
    with another_thread_holding(), collections_seen() as threads:
        for _ in range(5):
            with collector_held:
                allocated: list[list[int]] = [[] for _ in range(3 * gc.get_threshold()[0])]
            del allocated
            assert not gc.isenabled()  # still held for the other thread's deep stack
    assert (threads and set(threads) == {threading.get_ident()}) if catching_up else threads == []


def test_a_thread_leaving_a_hold_nested_in_its_own_makes_no_collection() -> None:
    # the generated endpoint holds the collector around the decode, which holds it too: a collection between the
    # two would walk the whole decoded body just before it is built
    with collections_seen() as threads, collector_held:
        with collector_held:
            allocated: list[list[int]] = [[] for _ in range(3 * gc.get_threshold()[0])]
        assert threads == [] and not gc.isenabled()
        del allocated
    assert gc.isenabled()


def test_a_program_that_disabled_the_collector_keeps_it_disabled_and_an_error_releases_the_hold() -> None:
    gc.disable()
    try:
        with pytest.raises(ZeroDivisionError), collector_held:
            _ = 1 // 0
        assert not gc.isenabled()
    finally:
        gc.enable()
    with pytest.raises(ZeroDivisionError), collector_held:
        _ = 1 // 0
    assert gc.isenabled()


@pytest.mark.skipif(not hasattr(os, "fork"), reason="no fork here")
def test_a_child_forked_while_another_thread_holds_the_collector_lets_it_run_and_can_hold_it_again() -> None:
    with another_thread_holding():
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)  # 3.12+: fork with threads; the child uses none
            child = os.fork()
        if child == 0:  # the child: the holding thread was not copied
            code = 0 if gc.isenabled() else 3
            with collector_held:
                code = code or (0 if not gc.isenabled() else 4)
            os._exit(code or (0 if gc.isenabled() else 5))
        _, status = os.waitpid(child, 0)
        assert os.waitstatus_to_exitcode(status) == 0
        assert not gc.isenabled()  # the parent's thread still holds it
    assert gc.isenabled()


@pytest.mark.skipif(not hasattr(os, "fork"), reason="no fork here")
def test_a_child_forked_inside_its_own_threads_hold_keeps_it_until_that_thread_leaves() -> None:
    with collector_held:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)  # 3.12+: fork with threads; the child uses none
            child = os.fork()
        if child == 0:  # the child: the forking thread still decodes, on a stack that may be deep
            code = 0 if not gc.isenabled() else 3
        else:
            _, status = os.waitpid(child, 0)
            assert os.waitstatus_to_exitcode(status) == 0
    if child == 0:
        os._exit(code or (0 if gc.isenabled() else 4))
    assert gc.isenabled()
