"""Finding (or installing) the official SDK 1.0.56's interpreter, and talking to bench/official_worker.py in it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import IO, Any

from bench._common import RoundRunner

VERSION = "1.0.56"
# the real server's venv (shared/realskyvern installs it): the SDK comes with the server
SERVER_VENV = Path.home() / ".cache" / "realskyvern" / f"venv-{VERSION}"
OWN_VENV = Path.home() / ".cache" / "skyvern-sync-bench" / f"official-{VERSION}"
WORKER = Path(__file__).resolve().parent / "official_worker.py"


def clean_env() -> dict[str, str]:
    """The environment for another interpreter: none of our import paths, and its bytecode cache used.

    An installed package has its bytecode compiled; without .pyc files every run would time the
    compiler on one candidate's sources against another's cached bytecode.
    """
    dropped = {"PYTHONPATH", "PYTHONDONTWRITEBYTECODE", "PYTHONHOME", "VIRTUAL_ENV"}
    return {key: value for key, value in os.environ.items() if key not in dropped}


def _version(python: Path) -> str | None:
    probe = "import importlib.metadata as m, skyvern.client; print(m.version('skyvern'))"
    try:
        result = subprocess.run(
            [str(python), "-c", probe], capture_output=True, text=True, env=clean_env(), timeout=120, check=False
        )
    except (OSError, subprocess.TimeoutExpired):
        return None
    return result.stdout.strip() if result.returncode == 0 else None


def find_python(explicit: str | None = None, install: bool = True) -> tuple[Path | None, str]:
    """(the interpreter that has skyvern==1.0.56, how it was found) or (None, why not)."""
    candidates = [Path(explicit)] if explicit else [SERVER_VENV / "bin" / "python", OWN_VENV / "bin" / "python"]
    for python in candidates:
        if python.exists() and _version(python) == VERSION:
            return python, f"official skyvern {VERSION}: {python}"
    if explicit:
        return None, f"official column skipped: {explicit} has no skyvern {VERSION}"
    if not install:
        return None, "official column skipped: no interpreter with it, and installing was not allowed"
    print(f"installing skyvern=={VERSION} into {OWN_VENV} (once; this takes minutes)", flush=True)
    python = OWN_VENV / "bin" / "python"
    try:
        subprocess.run([sys.executable, "-m", "venv", str(OWN_VENV)], check=True, timeout=300)
        subprocess.run([str(python), "-m", "pip", "install", "-q", f"skyvern=={VERSION}"], check=True, timeout=1800)
    except (OSError, subprocess.SubprocessError) as error:
        return None, f"official column skipped: pip install skyvern=={VERSION} failed ({error}); offline?"
    if _version(python) != VERSION:
        return None, f"official column skipped: skyvern {VERSION} did not import after installing it"
    return python, f"official skyvern {VERSION}: {python} (installed now)"


class OfficialWorker:
    """The official client in its own process; each request is answered before the next is sent."""

    def __init__(self, python: Path) -> None:
        self.python = python
        self.workdir = tempfile.mkdtemp(prefix="skyvern-bench-official-")  # no stray .env is loaded
        self._process = subprocess.Popen(
            [str(python), "-I", str(WORKER)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env=clean_env(),
            cwd=self.workdir,
        )

    def ask(self, op: str, **fields: Any) -> dict[str, Any]:
        stdin: IO[str] | None = self._process.stdin
        stdout: IO[str] | None = self._process.stdout
        assert stdin is not None and stdout is not None
        stdin.write(json.dumps({"op": op, **fields}) + "\n")
        stdin.flush()
        line = stdout.readline()
        if not line:
            raise RuntimeError(f"the official worker exited ({self._process.wait()})")
        answer: dict[str, Any] = json.loads(line)
        if "error" in answer:
            raise RuntimeError(f"the official worker failed:\n{answer['error']}")
        return answer

    def runner(self, what: str, size: int = 0) -> RoundRunner:
        """A round of `calls` calls timed in the worker, for time_rounds beside the in-process candidates."""

        def run(calls: int) -> list[float]:
            samples: list[float] = self.ask("time", what=what, size=size, calls=calls)["samples"]
            return samples

        return run

    def memory(self, url: str) -> dict[str, Any]:
        """The held-memory figure in a fresh interpreter of the official venv (not this worker)."""
        result = subprocess.run(
            [str(self.python), "-I", str(WORKER), "memory", url],
            capture_output=True,
            text=True,
            check=True,
            env=clean_env(),
            cwd=self.workdir,
        )
        answer: dict[str, Any] = json.loads(result.stdout)
        return answer

    def close(self) -> None:
        if self._process.stdin is not None:
            self._process.stdin.close()
        self._process.wait(timeout=30)
