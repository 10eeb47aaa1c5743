"""examples/progress.ipynb in a real Jupyter kernel: a wait shows one display, updated in place, then the run's card.

And a plain script (or a terminal IPython) waiting the same way prints nothing but its own output.
"""

from __future__ import annotations

import asyncio
import subprocess
import sys
import textwrap
from typing import Any

import pytest
from nbformat import NotebookNode

from tests._recorded import ROOT, body_of, interactions
from tools.docs import notebook_client, read_notebook

NOTEBOOK = ROOT / "examples" / "progress.ipynb"
CASSETTE = ROOT / "cassettes" / "test_runs" / "test_run_task_skyvern_2_0_completes_with_timeline.yaml"


def run_id_and_polls() -> tuple[str, int]:
    """The recorded run's id and how many times its wait polled it."""
    gets = [i for i in interactions(CASSETTE) if i["request"]["method"] == "GET" and "/v1/runs/" in i["request"]["uri"]]
    run_id = str(body_of(gets[0]["response"])["run_id"])
    return run_id, sum(i["request"]["uri"].endswith(f"/v1/runs/{run_id}") for i in gets)


async def _execute(notebook: NotebookNode) -> dict[int, list[dict[str, Any]]]:
    """Run every cell; the display messages each cell sent, as the kernel sent them."""
    client = notebook_client(notebook)
    sent: dict[int, list[dict[str, Any]]] = {}
    process = client.process_message

    def keep(msg: dict[str, Any], cell: NotebookNode, cell_index: int) -> Any:
        if msg["msg_type"] in {"display_data", "update_display_data", "execute_result", "stream"}:
            sent.setdefault(cell_index, []).append(msg)
        return process(msg, cell, cell_index)

    client.process_message = keep  # type: ignore[method-assign]
    async with client.async_setup_kernel():
        for index, cell in enumerate(notebook.cells):
            await client.async_execute_cell(cell, index, execution_count=client.code_cells_executed + 1)
    return sent


@pytest.fixture(scope="module")
def executed() -> tuple[NotebookNode, dict[int, list[dict[str, Any]]]]:
    notebook = read_notebook(NOTEBOOK)
    sent = asyncio.run(_execute(notebook))
    return notebook, sent


def test_the_wait_shows_one_display_updated_in_place_at_each_poll(
    executed: tuple[NotebookNode, dict[int, list[dict[str, Any]]]],
) -> None:
    notebook, sent = executed
    index = next(i for i, cell in enumerate(notebook.cells) if cell.get("id") == "run")
    messages = sent[index]
    kinds = [message["msg_type"] for message in messages]
    run_id, polls = run_id_and_polls()
    # created once, then updated once for each later poll: the display of the cell never grows
    assert kinds == ["display_data"] + ["update_display_data"] * (polls - 1), kinds
    display_ids = {message["content"]["transient"]["display_id"] for message in messages}
    assert len(display_ids) == 1
    first = messages[0]["content"]["data"]
    assert "Waiting for a run" in first["text/html"] and run_id in first["text/html"]
    assert first["text/plain"].startswith("waiting: ")
    # what the cell shows at the end is that one display, become the finished run's card
    [output] = notebook.cells[index].outputs
    assert output["output_type"] == "display_data"
    assert ">completed</span>" in output["data"]["text/html"] and "Waiting" not in output["data"]["text/html"]
    assert run_id in output["data"]["text/html"]


def test_the_display_shows_the_status_the_seconds_waited_and_the_steps(
    executed: tuple[NotebookNode, dict[int, list[dict[str, Any]]]],
) -> None:
    notebook, sent = executed
    index = next(i for i, cell in enumerate(notebook.cells) if cell.get("id") == "run")
    texts = [message["content"]["data"]["text/plain"] for message in sent[index][:-1]]
    assert all("waited" in text and "next poll in" in text for text in texts), texts
    assert any("running" in text for text in texts), texts
    statuses_html = [message["content"]["data"]["text/html"] for message in sent[index][:-1]]
    assert all("</span>" in html for html in statuses_html)  # the status badge


SCRIPT = """
import sys
from pathlib import Path

from skyvern_sync import Skyvern
from skyvern_sync.testing import recording

if sys.argv[1] == "ipython":
    from IPython.terminal.interactiveshell import TerminalInteractiveShell

    TerminalInteractiveShell.instance()  # a terminal IPython: get_ipython() answers, no kernel
with recording(Path(sys.argv[2])) as session:
    client = Skyvern("replayed-without-a-key", base_url=session.remember("base_url", str))
    site_url = session.remember("site_url", str)
    run = client.run_task(
        prompt=f"Extract the product names from {site_url}/products", wait_for_completion=True, timeout=300
    )
assert sys.argv[1] == "ipython" or "IPython" not in sys.modules  # looking for a kernel imported nothing
print("finished:", run.status)
"""


@pytest.mark.parametrize("shell", ["python", "ipython"])
def test_a_script_or_a_terminal_ipython_prints_nothing_extra(shell: str) -> None:
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(SCRIPT), shell, str(CASSETTE)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
        check=False,
    )
    assert (done.returncode, done.stdout, done.stderr) == (0, "finished: completed\n", "")
