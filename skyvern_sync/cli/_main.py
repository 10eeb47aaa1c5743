"""The root parser, the global options, running a command, and what its outcome means as an exit code."""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
import warnings
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from skyvern_sync import __version__
from skyvern_sync import _constants as defaults
from skyvern_sync.cli import _commands, _webhooks
from skyvern_sync.cli._context import (
    EXIT_API_ERROR,
    EXIT_BROKEN_PIPE,
    EXIT_COMPLETED,
    EXIT_INTERRUPTED,
    EXIT_RUN_FAILED,
    EXIT_USAGE,
    EXIT_WAIT_TIMEOUT,
    PROG,
    Context,
    UsageError,
)
from skyvern_sync.cli._wait import Progress, Waiter, ask
from skyvern_sync.errors import InvalidParameterError, RunWaitTimeout, SkyvernError
from skyvern_sync.polling import is_terminal
from skyvern_sync.validation import check_id, check_ids, check_seconds

if TYPE_CHECKING:
    from skyvern_sync.skyvern import Skyvern

# The CLI waits for these itself (progress on stderr, Ctrl-C), with the facade's polling.
WAITERS = frozenset({"wait_for_run", "wait_for_runs"})

DESCRIPTION = """\
The Skyvern API from the command line: one command per method of the SDK reference, options named as its
parameters (run_task(max_steps=...) is `run-task --max-steps ...`).

The API key comes from SKYVERN_API_KEY, the server from SKYVERN_BASE_URL (default https://api.skyvern.com).
The result is one JSON document on stdout (--output table for people); errors and progress go to stderr.
"""

EPILOG = """\
exit codes:
  0    done; a run waited for completed
  1    a run waited for ended failed, terminated, timed_out or canceled (its JSON is on stdout)
  2    usage: a bad option or value, no API key
  3    the API answered with an error, or could not be reached
  4    a wait timed out (the run goes on: `skyvern-sync wait-for-run RUN_ID` waits again)
  5    webhook verify: the delivery is not signed with this key, or is not a delivery
  130  interrupted (Ctrl-C)

examples:
  skyvern-sync run-task --prompt "Get the title of the top post" --url https://news.ycombinator.com --wait
  skyvern-sync get-run tsk_123 --output table
  skyvern-sync run-workflow wpid_123 --parameters '{"target_url": "https://example.com"}' --wait --timeout 600
  skyvern-sync listen --port 4242 --forward-to http://127.0.0.1:8000/skyvern/webhook
"""


# -- the parser -------------------------------------------------------------------------------------------


def add_global_options(parser: argparse.ArgumentParser, *, root: bool = False) -> None:
    """The options every command takes, before or after its name (`--output table get-run ID` or after it)."""

    def default(value: object) -> object:
        # a subcommand's copy must not reset what was given before the command's name
        return value if root else argparse.SUPPRESS

    group = parser.add_argument_group("global options")
    group.add_argument(
        "--output",
        choices=("json", "table"),
        default=default(None),
        help="json (the default): the result as one JSON document on stdout; table: readable, for people",
    )
    group.add_argument(
        "--base-url",
        metavar="URL",
        default=default(None),
        help="the Skyvern server (default: $SKYVERN_BASE_URL, else https://api.skyvern.com)",
    )
    group.add_argument(
        "--api-key",
        metavar="KEY",
        default=default(None),
        help="your API key. Prefer SKYVERN_API_KEY: a key on the command line shows in ps and shell history",
    )
    group.add_argument(
        "--timeout-in-seconds",
        type=float,
        metavar="SECONDS",
        default=default(None),
        help="seconds one request may take in all, retries included (default 60)",
    )
    group.add_argument(
        "--max-retries",
        type=int,
        metavar="N",
        default=default(None),
        help="retries of a request that failed for a passing reason (default 2)",
    )
    group.add_argument(
        "--cancel-on-interrupt",
        action="store_true",
        default=default(False),
        help="Ctrl-C during a wait cancels the run without asking",
    )
    group.add_argument(
        "-q", "--quiet", action="store_true", default=default(False), help="no progress on stderr while waiting"
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description=DESCRIPTION,
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    subparsers = parser.add_subparsers(title="commands", metavar="COMMAND")  # listed first in --help
    for command in _commands.commands().values():
        _commands.add_command(subparsers, command, add_global_options).set_defaults(
            cli_handler=lambda context, command=command: call(context, command)
        )
    _webhooks.add_commands(subparsers, add_global_options)
    add_global_options(parser, root=True)
    return parser


# -- running a command -----------------------------------------------------------------------------------


def main(argv: Sequence[str] | None = None) -> int:
    """The `skyvern-sync` console script and `python -m skyvern_sync`."""
    parser = build_parser()
    args = parser.parse_args(argv)
    context = Context(args, sys.stdout, sys.stderr)
    handler: Callable[[Context], int] | None = getattr(args, "cli_handler", None)
    if handler is None:
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    with warnings.catch_warnings():
        warnings.showwarning = lambda message, *rest, **more: context.note(f"{PROG}: warning: {message}")
        try:
            return handler(context)
        except (UsageError, InvalidParameterError) as error:
            context.error(str(error))
            return EXIT_USAGE
        except SkyvernError as error:
            context.error(str(error))
            return EXIT_API_ERROR
        except KeyboardInterrupt:
            context.note(f"\n{PROG}: interrupted")
            return EXIT_INTERRUPTED
        except BrokenPipeError:
            # what follows would fail again on the closed pipe when Python flushes stdout at exit
            with contextlib.suppress(OSError):
                os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            return EXIT_BROKEN_PIPE


def call(context: Context, command: _commands.Command) -> int:
    """Call the command's method; for a wait (`--wait`, wait-for-run, wait-for-runs) wait here, with progress."""
    kwargs = _commands.arguments(command, context.args)
    if command.method in WAITERS:
        if "run_ids" in kwargs:
            run_ids, many = check_ids("run_ids", kwargs["run_ids"]), True
        else:
            run_ids, many = [check_id("run_id", kwargs["run_id"])], False
        timeout = _wait_timeout(kwargs)
        return wait(context, context.client(), list(dict.fromkeys(run_ids)), timeout, many=many)
    waiting = command.waits and bool(kwargs.pop("wait_for_completion", False))
    timeout = _wait_timeout(kwargs) if command.waits else defaults.RUN_TIMEOUT
    client = context.client()
    with contextlib.ExitStack() as files:
        for parameter in command.parameters:
            if parameter.kind is _commands.Kind.FILE and parameter.name in kwargs:
                kwargs[parameter.name] = files.enter_context(open(kwargs[parameter.name], "rb"))
        result = getattr(client, command.method)(**kwargs, request_options=context.options())
    if not waiting:
        context.emit(result)
        return EXIT_COMPLETED
    return wait(context, client, [result.run_id], timeout, many=False, seen={result.run_id: result})


def _wait_timeout(kwargs: dict[str, Any]) -> float:
    """The wait's timeout, checked before anything starts (a run must not be started to then fail on it)."""
    seconds = check_seconds("timeout", kwargs.pop("timeout", defaults.RUN_TIMEOUT))
    assert seconds is not None
    return seconds


def wait(
    context: Context,
    client: Skyvern,
    run_ids: list[str],
    timeout: float,
    *,
    many: bool,
    seen: dict[str, Any] | None = None,
) -> int:
    """Wait for the runs, showing progress; print them as they ended (or as last seen) and say how it went."""
    progress = Progress(context.stderr, run_ids, quiet=bool(getattr(context.args, "quiet", False)))
    waiter = Waiter(client, context.options(), progress)
    waiter.last.update(seen or {})

    def emit_last() -> None:
        last = {run_id: waiter.last[run_id] for run_id in run_ids if run_id in waiter.last}
        if many or last:
            context.emit(last if many else last[run_ids[0]])

    try:
        try:
            runs = waiter.wait(run_ids, timeout)
        finally:
            progress.close()  # the live line ends before anything else is printed, however the wait ended
    except RunWaitTimeout as error:
        emit_last()
        context.error(str(error))
        pending = error.pending_run_ids
        if len(pending) == 1:
            again, cancel = f"wait-for-run {pending[0]}", f"cancel-run {pending[0]}"
        else:
            again, cancel = f"wait-for-runs {' '.join(pending)}", "cancel-run RUN_ID"
        context.hint(f"it goes on: wait again with `{PROG} {again}`, or cancel it with `{PROG} {cancel}`")
        return EXIT_WAIT_TIMEOUT
    except KeyboardInterrupt:
        emit_last()
        pending = [run_id for run_id in run_ids if not is_terminal(getattr(waiter.last.get(run_id), "status", None))]
        return interrupted(context, client, pending)
    context.emit(runs if many else runs[run_ids[0]])
    # str(): a status is an open StrEnum, its str the wire value (also for a status this client does not know)
    statuses = {str(getattr(run, "status", None)) for run in runs.values()}
    return EXIT_COMPLETED if statuses == {"completed"} else EXIT_RUN_FAILED


def interrupted(context: Context, client: Skyvern, pending: list[str]) -> int:
    """Ctrl-C during a wait: cancel the runs (--cancel-on-interrupt, or yes at the terminal), or say how to."""
    context.note(f"{PROG}: interrupted")
    if not pending:
        return EXIT_INTERRUPTED
    which = f"run {pending[0]}" if len(pending) == 1 else f"{len(pending)} runs ({', '.join(pending)})"
    cancel = True if getattr(context.args, "cancel_on_interrupt", False) else ask(f"Cancel {which}?", context.stderr)
    if not cancel:
        for run_id in pending:
            context.hint(
                f"run {run_id} goes on: cancel it with `{PROG} cancel-run {run_id}`, "
                f"or wait again with `{PROG} wait-for-run {run_id}`"
            )
        return EXIT_INTERRUPTED
    for run_id in pending:
        try:
            client.cancel_run(run_id, request_options=context.options())
        except SkyvernError as error:
            context.error(f"could not cancel run {run_id}: {error}")
        else:
            context.note(f"canceled run {run_id}")
    return EXIT_INTERRUPTED
