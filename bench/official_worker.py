"""The official SDK's side of the benchmark: runs in its own interpreter, answers the harness over a pipe.

    <official venv>/bin/python -I bench/official_worker.py            # rounds on request (JSON lines)
    <official venv>/bin/python -I bench/official_worker.py memory URL  # one memory figure, then exit

Standard library and the official `skyvern` package only: this file is not imported by the harness
and must not import it. Requests on stdin, one JSON object a line; one JSON answer a line on stdout:
  {"op": "setup", "base_url", "api_key", "run_id"}
  {"op": "time", "what": "get_run" | "get_workflows" | "parse_run" | "parse_workflows", "size", "calls"}
      -> {"samples": [seconds, ...]}, timed here with perf_counter
  {"op": "wait", "base_url", "api_key", "runs": [{"title", "timeout"}]}
      -> {"runs": [{"run_id", "status", "returned_at"}]}; all at once on one event loop, as
         `skyvern.Skyvern(...).run_task(..., wait_for_completion=True)`; returned_at is time.monotonic()
"""

from __future__ import annotations

import asyncio
import gc
import importlib
import json
import sys
import time
import traceback
import tracemalloc
import typing
import urllib.request
from collections.abc import Callable
from typing import Any


class Worker:
    def __init__(self) -> None:
        self.client: Any = None
        self.base_url = ""
        self.api_key = ""
        self.run_id = ""
        self._parse_data: dict[tuple[str, int], Any] = {}

    def setup(self, base_url: str, api_key: str, run_id: str) -> dict[str, Any]:
        client_module: Any = importlib.import_module("skyvern.client")
        self.client = client_module.Skyvern(base_url=base_url, api_key=api_key)
        self.base_url, self.api_key, self.run_id = base_url, api_key, run_id
        return {"version": importlib.import_module("importlib.metadata").version("skyvern")}

    def _fetched(self, path: str) -> Any:
        request = urllib.request.Request(self.base_url + path, headers={"x-api-key": self.api_key})  # noqa: S310
        with urllib.request.urlopen(request) as response:  # noqa: S310 (our loopback server)
            return json.loads(response.read())

    def call(self, what: str, size: int) -> Callable[[], object]:
        if what == "get_run":
            return lambda: self.client.get_run(self.run_id)
        if what == "get_workflows":
            return lambda: self.client.get_workflows(page_size=size)
        # the parse the client runs on a 2xx body (raw_client.py), on the same decoded JSON
        pydantic_utilities: Any = importlib.import_module("skyvern.client.core.pydantic_utilities")
        client_module: Any = importlib.import_module("skyvern.client")
        parse_obj_as = pydantic_utilities.parse_obj_as
        if what == "parse_run":
            data = self._parse_data.setdefault((what, 0), self._fetched(f"/v1/runs/{self.run_id}"))
            return lambda: parse_obj_as(client_module.GetRunResponse, data)
        if what == "parse_workflows":
            data = self._parse_data.setdefault((what, size), self._fetched(f"/v1/agents?page=1&page_size={size}"))
            kind = typing.List[client_module.Workflow]  # noqa: UP006 (the type the client passes)
            return lambda: parse_obj_as(kind, data)
        raise ValueError(f"unknown call {what!r}")

    def time(self, what: str, size: int, calls: int) -> dict[str, Any]:
        call = self.call(what, size)
        samples: list[float] = []
        clock = time.perf_counter
        for _ in range(calls):
            started = clock()
            call()
            samples.append(clock() - started)
        return {"samples": samples}

    def wait(self, base_url: str, api_key: str, runs: list[dict[str, Any]]) -> dict[str, Any]:
        skyvern: Any = importlib.import_module("skyvern")

        async def one(client: Any, title: str, timeout: float) -> dict[str, Any]:
            run = await client.run_task(prompt="x", title=title, wait_for_completion=True, timeout=timeout)
            return {"run_id": run.run_id, "status": str(run.status), "returned_at": time.monotonic()}

        async def every() -> list[dict[str, Any]]:
            client = skyvern.Skyvern(base_url=base_url, api_key=api_key)
            return list(await asyncio.gather(*(one(client, run["title"], run["timeout"]) for run in runs)))

        return {"runs": asyncio.run(every())}


def memory(url: str) -> dict[str, Any]:
    """Bytes held by the official client's typed list of workflows, parsed from the list at `url`."""
    client_module: Any = importlib.import_module("skyvern.client")
    parse_obj_as = importlib.import_module("skyvern.client.core.pydantic_utilities").parse_obj_as
    kind = typing.List[client_module.Workflow]  # noqa: UP006
    with urllib.request.urlopen(url) as response:  # noqa: S310 (our loopback server)
        body = response.read()
    parse_obj_as(kind, json.loads(body)[:1])  # validators built and cached before counting
    gc.collect()
    tracemalloc.start()
    parsed = parse_obj_as(kind, json.loads(body))
    gc.collect()
    held, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return {"held": held, "peak": peak, "count": len(parsed)}


def main() -> int:
    out = sys.stdout
    sys.stdout = sys.stderr  # whatever the SDK prints must not end up in our answers
    if sys.argv[1:2] == ["memory"]:
        out.write(json.dumps(memory(sys.argv[2])) + "\n")
        return 0
    worker = Worker()
    for line in sys.stdin:
        request = json.loads(line)
        op = request.pop("op")
        try:
            if op == "setup":
                answer = worker.setup(**request)
            elif op == "time":
                answer = worker.time(**request)
            elif op == "wait":
                answer = worker.wait(**request)
            else:
                answer = {"error": f"unknown op {op!r}"}
        except Exception:
            answer = {"error": traceback.format_exc()}
        out.write(json.dumps(answer) + "\n")
        out.flush()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
