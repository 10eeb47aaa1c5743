"""What every command shares: the exit codes, the invocation's context (arguments, client, output), usage errors."""

from __future__ import annotations

import argparse
import os
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:
    from skyvern_sync.options import RequestOptions
    from skyvern_sync.skyvern import Skyvern

PROG = "skyvern-sync"

EXIT_COMPLETED = 0
EXIT_RUN_FAILED = 1  # the run ended failed, terminated, timed_out or canceled
EXIT_USAGE = 2
EXIT_API_ERROR = 3  # the server answered with an error, or could not be reached
EXIT_WAIT_TIMEOUT = 4  # the run did not finish within --timeout; it goes on
EXIT_NOT_VERIFIED = 5  # webhook verify: not signed with this key, or not a delivery
EXIT_INTERRUPTED = 130  # Ctrl-C, as a shell reports a process SIGINT ended (128 + 2)
EXIT_BROKEN_PIPE = 141  # stdout closed early (`| head`), as a shell reports SIGPIPE (128 + 13)


class UsageError(Exception):
    """A problem with the command line that parsing could not see (no API key, an unreadable file): exit 2."""


class Context:
    """One invocation: its parsed arguments and where it writes."""

    def __init__(self, args: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> None:
        self.args = args
        self.stdout = stdout
        self.stderr = stderr

    @property
    def output(self) -> str:
        return str(getattr(self.args, "output", None) or "json")

    def api_key(self, variable: str = "SKYVERN_API_KEY") -> str:
        key = getattr(self.args, "api_key", None) or os.environ.get(variable)
        if not key:
            raise UsageError(f"no API key: set {variable} (or pass --api-key, which shows in ps and shell history)")
        return key

    def client(self) -> Skyvern:
        from skyvern_sync.skyvern import Skyvern

        base_url = getattr(self.args, "base_url", None) or os.environ.get("SKYVERN_BASE_URL") or None
        return Skyvern(self.api_key(), base_url=base_url)

    def options(self) -> RequestOptions | None:
        from skyvern_sync.options import RequestOptions

        given = {
            name: getattr(self.args, name)
            for name in ("timeout_in_seconds", "max_retries")
            if getattr(self.args, name, None) is not None
        }
        return RequestOptions(**given) if given else None

    def emit(self, value: Any) -> None:
        """The one document this invocation prints on stdout."""
        from skyvern_sync.cli._output import table, write_json

        if self.output == "table":
            self.stdout.write(table(value) or "")
            self.stdout.flush()
        else:
            write_json(value, self.stdout.buffer)

    def emit_all(self, items: Iterator[Any]) -> None:
        """Every item of a list, page after page: one JSON array written as the items come (a table needs them all
        for its widths, so it is printed at the end)."""
        if self.output == "table":
            self.emit(list(items))
            return
        import json
        import textwrap

        from skyvern_sync.cli._output import jsonable

        stream, separator = self.stdout.buffer, b"[\n"
        for item in items:
            text = json.dumps(jsonable(item), ensure_ascii=False, indent=2)
            stream.write(separator + textwrap.indent(text, "  ").encode("utf-8"))
            stream.flush()
            separator = b",\n"
        stream.write(b"[]\n" if separator == b"[\n" else b"\n]\n")
        stream.flush()

    def error(self, message: str) -> None:
        self.stderr.write(f"{PROG}: error: {message}\n")
        self.stderr.flush()

    def hint(self, message: str) -> None:
        self.stderr.write(f"hint: {message}\n")
        self.stderr.flush()

    def note(self, message: str) -> None:
        self.stderr.write(f"{message}\n")
        self.stderr.flush()
