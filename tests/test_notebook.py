"""examples/quickstart.ipynb in a real Jupyter kernel (nbclient, ipykernel), replaying its recorded session.

What it proves beyond "no cell failed": every request the client sent was sent while the kernel's own event
loop was running, on the kernel's thread. ipykernel (6 and later) runs a cell from a coroutine on its asyncio
loop: a cell without top-level `await` is run synchronously by `shell.run_cell()` inside that coroutine, a
cell with one (IPython's autoawait) becomes a task on the same loop. Either way the loop is running while
the cell blocks, which is why `asyncio.run()` fails in a notebook. A terminal IPython is different: it runs a
plain cell with no loop at all, so "it works in IPython" would prove nothing.

So a probe, executed silently before the notebook's cells, hooks the `skyvern_sync` logger (the transport
logs every request from inside the blocking call) and records, at that moment, the loop running in the
current thread (`asyncio._get_running_loop()`: it never starts one). The test checks that this is the
kernel's own loop object, `kernel.io_loop.asyncio_loop`, taken from the kernel rather than from a cell, and
that it is running. A cell that started a loop of its own (`run_until_complete` on a new loop) would show
another loop; running the kernel's loop again from a cell raises. The notebook runs twice: as written, and
with every cell made a coroutine by a top-level `await`, the two ways a kernel runs a cell.
"""

from __future__ import annotations

import asyncio
import json
import os
import re
from pathlib import Path
from typing import Any

import pytest
from nbformat import NotebookNode

from skyvern_sync.testing.scrub import find_secrets
from tests._recorded import ROOT, SCENARIO_SECRETS, body_of, interactions
from tools.docs import NOTEBOOK, notebook_client, read_notebook

CASSETTE = ROOT / "cassettes" / "test_quickstart_notebook" / "test_quickstart_notebook.yaml"
CALLING_CELLS = {"workflow", "workflow-run", "run", "timeline", "error"}  # the cells that send requests

PROBE = """
def _skyvern_loop_probe():
    import asyncio, json, logging, sys, threading

    kernel_loop = get_ipython().kernel.io_loop.asyncio_loop  # the kernel's, started before any cell ran
    seen = []

    def describe(task):
        return None if task is None else f"{task.get_name()} {task.get_coro().__qualname__}"

    class LoopProbe(logging.Handler):
        def emit(self, record):
            loop = asyncio._get_running_loop()
            seen.append({
                "request": record.getMessage().split(" -> ")[0],
                "execution_count": get_ipython().execution_count,
                "loop_is_the_kernels": loop is kernel_loop,
                "loop_running": loop is not None and loop.is_running(),
                "main_thread": threading.current_thread() is threading.main_thread(),
                "task": describe(asyncio.current_task(loop)) if loop is not None else None,
            })

    logger = logging.getLogger("skyvern_sync")
    logger.addHandler(LoopProbe())
    logger.setLevel(logging.DEBUG)
    logger.propagate = False  # the cells' outputs stay the committed ones
    return lambda: json.dumps({"requests": seen, "python": sys.executable})

_skyvern_loop_probe = _skyvern_loop_probe()
"""
AS_COROUTINE = "import asyncio as _asyncio; await _asyncio.sleep(0)  # makes the cell a coroutine\n"


async def _quietly(client: Any, code: str, **expressions: str) -> dict[str, Any]:
    """Run code in the kernel without a cell: no output, no execution count, so the notebook's stay its own."""
    msg_id = client.kc.execute(code, silent=True, store_history=False, user_expressions=expressions)
    reply = await client.async_wait_for_reply(msg_id)
    assert reply is not None and reply["content"]["status"] == "ok", reply
    return dict(reply["content"])


async def _execute(notebook: NotebookNode) -> dict[str, Any]:
    client = notebook_client(notebook)
    async with client.async_setup_kernel():
        await _quietly(client, PROBE)
        for index, cell in enumerate(notebook.cells):
            # nbclient raises CellExecutionError for a cell that fails (allow_errors is off)
            await client.async_execute_cell(cell, index, execution_count=client.code_cells_executed + 1)
        content = await _quietly(client, "", evidence="_skyvern_loop_probe()")
    result = content["user_expressions"]["evidence"]
    assert result["status"] == "ok", result
    evidence: dict[str, Any] = json.loads(result["data"]["text/plain"].strip("'"))
    return evidence


def execute(as_coroutines: bool = False) -> tuple[NotebookNode, dict[str, Any]]:
    notebook = read_notebook()
    if as_coroutines:
        for cell in notebook.cells:
            if cell.cell_type == "code":
                cell.source = AS_COROUTINE + cell.source
    evidence = asyncio.run(_execute(notebook))
    return notebook, evidence


def drivers(requests: list[dict[str, Any]]) -> set[str]:
    """The coroutines whose tasks were running when the requests were sent (`Kernel.shell_main`, ...)."""
    return {request["task"].split(" ", 1)[1] for request in requests}


def cell(notebook: NotebookNode, cell_id: str) -> NotebookNode:
    found: NotebookNode = next(cell for cell in notebook.cells if cell.get("id") == cell_id)
    return found


def outputs(notebook: NotebookNode) -> list[tuple[str, Any, list[Any]]]:
    return [(c.id, c.execution_count, c.outputs) for c in notebook.cells if c.cell_type == "code"]


@pytest.fixture(scope="module")
def executed() -> tuple[NotebookNode, dict[str, Any]]:
    return execute()


def test_no_cell_fails_and_the_outputs_are_the_committed_ones(executed: tuple[NotebookNode, dict[str, Any]]) -> None:
    notebook, _ = executed
    for code in (c for c in notebook.cells if c.cell_type == "code"):
        assert not [o for o in code.outputs if o.output_type == "error"], code.id
        assert not [o for o in code.outputs if o.get("name") == "stderr"], (code.id, code.outputs)
    # committed executed (python -m tools.docs --notebook): they must be what a fresh run shows
    assert outputs(notebook) == outputs(read_notebook()), "stale outputs: run `python -m tools.docs --notebook`"


def test_every_request_was_sent_inside_the_kernels_running_loop(executed: tuple[NotebookNode, dict[str, Any]]) -> None:
    notebook, evidence = executed
    import sys

    assert evidence["python"] == sys.executable  # the kernel runs this environment's skyvern_sync
    requests = evidence["requests"]
    assert len(requests) == len(interactions(CASSETTE)), requests  # every recorded request, each seen once
    for request in requests:
        assert request["loop_is_the_kernels"] and request["loop_running"] and request["main_thread"], request
        assert request["task"] is not None, request  # inside a task step of that loop
    cells_by_count = {c.execution_count: c.id for c in notebook.cells if c.cell_type == "code"}
    # IPython counts the cell before running it: a request sent by cell N sees execution_count N + 1
    assert {cells_by_count[r["execution_count"] - 1] for r in requests} == CALLING_CELLS


def test_the_run_renders_as_a_card_with_its_status_and_the_app_link(
    executed: tuple[NotebookNode, dict[str, Any]],
) -> None:
    notebook, _ = executed
    run = next(
        body_of(i["response"])
        for i in reversed(interactions(CASSETTE))
        if i["request"]["method"] == "GET" and re.search(r"/v1/runs/tsk_v2_\w+$", i["request"]["uri"])
    )
    html = cell(notebook, "run").outputs[0]["data"]["text/html"]
    assert f">{run['status']}</span>" in html and run["status"] == "completed"
    assert f'<a href="{run["app_url"]}"' in html
    assert "Alpha Widget" in html
    error = cell(notebook, "error").outputs[0]["data"]["text/html"]
    assert "NotFoundError" in error and "404" in error and "replayed-without-a-key" not in error


def test_blocking_calls_work_in_cells_the_kernel_runs_as_coroutines(
    executed: tuple[NotebookNode, dict[str, Any]],
) -> None:
    notebook, evidence = execute(as_coroutines=True)
    requests = evidence["requests"]
    assert len(requests) == len(executed[1]["requests"])
    assert all(r["loop_is_the_kernels"] and r["loop_running"] and r["main_thread"] for r in requests), requests
    # another coroutine drove these cells (IPython's, for a cell with top-level await) than the plain ones
    assert drivers(requests).isdisjoint(drivers(executed[1]["requests"])), (drivers(requests), executed[1])
    assert "completed" in cell(notebook, "run").outputs[0]["data"]["text/html"]


@pytest.mark.parametrize(
    ("where", "jupyter_server"),
    [("root", False), ("elsewhere", True)],
    ids=["from-the-repository-root", "from-another-directory-as-a-jupyter-server-starts-it"],
)
def test_the_notebook_finds_its_recording_from_another_working_directory(
    where: str, jupyter_server: bool, tmp_path: Path
) -> None:
    # the root: what papermill or a bare nbclient does when started there; elsewhere, the notebook's own path is
    # what the kernel knows of it (a Jupyter server hands it over as JPY_SESSION_NAME, ipykernel as __session__)
    cwd = ROOT if where == "root" else tmp_path
    kernel = {"env": {**os.environ, "JPY_SESSION_NAME": str(NOTEBOOK)}} if jupyter_server else {}
    notebook = read_notebook()
    notebook_client(notebook, cwd).execute(**kernel)
    assert outputs(notebook) == outputs(read_notebook())


def test_the_committed_notebook_holds_no_secret() -> None:
    text = NOTEBOOK.read_text(encoding="utf-8")
    assert not find_secrets(text, SCENARIO_SECRETS)
    assert "x-api-key" not in text.lower()
