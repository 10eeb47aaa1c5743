"""Mistakes a user's type checker must catch: tools/check_wheel.py expects mypy, against the built wheel,
to report exactly the lines that end in an error comment. It proves the check of reference_program.py can fail."""

from __future__ import annotations

from skyvern_sync import Skyvern
from skyvern_sync.types import TaskRunRequest

client = Skyvern(api_key="k")
client.get_run(42)  # error: an id is a string
entry = client.get_run_timeline("wr_1")[0]
print(entry.type_)  # error: the field is `type`, as the server's JSON and the reference name it
run = client.get_run("tsk_1")
run.status.nonexistent  # error: status is a RunStatus
output: dict[str, object] = run.output  # error: output may be a list, a string or None
TaskRunRequest(prompt="x", engien="skyvern-2.0")  # error: a misspelled field of a request body
client.run_task(prompt="x", max_step=3)  # error: a misspelled parameter
