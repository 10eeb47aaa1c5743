"""examples/quickstart.ipynb, recorded: its own cells run here, so the cassette the notebook replays is its traffic.

The notebook's first cell opens this test's cassette and makes `client` and `site_url`; here the fixtures stand
in for them, and its last cell (closing the replay) is left out. The cells run inside a running event loop, as
in a kernel. tests/test_notebook.py runs the notebook itself in a real Jupyter kernel.
"""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

from skyvern_sync import NotFoundError, Skyvern
from skyvern_sync.types import RunStatus, TaskRunResponse, Workflow, WorkflowRunResponse

NOTEBOOK = Path(__file__).resolve().parents[2] / "examples" / "quickstart.ipynb"
REPLAY_CELLS = ("replay", "close")  # the notebook's own setup and teardown of this cassette


def notebook_cells() -> list[tuple[str, str]]:
    """The (id, source) of every code cell of the notebook but the replay's setup and teardown."""
    cells = json.loads(NOTEBOOK.read_text(encoding="utf-8"))["cells"]
    return [
        (cell["id"], "".join(cell["source"]))
        for cell in cells
        if cell["cell_type"] == "code" and cell["id"] not in REPLAY_CELLS
    ]


def test_quickstart_notebook(skyvern: Skyvern, site_url: str) -> None:
    shown: list[object] = []

    def display(*values: object) -> None:  # IPython's, which the notebook's cells call
        shown.extend(values)

    namespace: dict[str, Any] = {"client": skyvern, "site_url": site_url, "display": display}

    async def run_cells() -> None:
        for cell_id, source in notebook_cells():
            exec(compile(source, f"quickstart.ipynb#{cell_id}", "exec"), namespace)

    asyncio.run(run_cells())
    assert isinstance(namespace["workflow"], Workflow)
    workflow_run, run = namespace["workflow_run"], namespace["run"]
    assert isinstance(workflow_run, WorkflowRunResponse) and workflow_run.status == RunStatus.completed
    assert isinstance(run, TaskRunResponse) and run.status == RunStatus.completed and run.output
    assert run.app_url and namespace["timeline"]
    assert [type(value) for value in shown] == [NotFoundError]
