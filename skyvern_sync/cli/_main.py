"""The root parser, the global options, running a command, and what its outcome means as an exit code.

Only what a command uses is imported: `--help` and `COMMAND --help` read the command index alone (no facade, no
HTTP stack, no models), and a command's parser is built only when that command is run.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import os
import re
import sys
import typing
import warnings
from collections.abc import Callable, Iterator, MutableMapping, Sequence
from typing import TYPE_CHECKING, Any

from skyvern_sync import __version__
from skyvern_sync import _constants as defaults
from skyvern_sync.cli import _commands
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
from skyvern_sync.errors import InvalidParameterError, SkyvernError

if TYPE_CHECKING:
    from skyvern_sync.skyvern import Skyvern

# The CLI waits for these itself (progress on stderr, Ctrl-C), with the facade's polling.
WAITERS = frozenset({"wait_for_run", "wait_for_runs"})
API_KEY_FLAGS = frozenset({"--api-key"})

DESCRIPTION = """\
The Skyvern API from the command line: one command per method of the SDK reference, options named as its
parameters (run_task(max_steps=...) is `run-task --max-steps ...`).

The API key comes from SKYVERN_API_KEY, the server from SKYVERN_BASE_URL (default https://api.skyvern.com).
The result is one JSON document on stdout (--output table for people); errors and progress go to stderr.
"""

EPILOG = """\
exit codes:
  0    done; a run waited for completed
  1    a run waited for ended failed, terminated, timed_out or canceled
       (its JSON is on stdout)
  2    usage: a bad option or value, no API key
  3    the API answered with an error, or could not be reached
  4    a wait timed out; the run goes on (wait-for-run RUN_ID waits again)
  5    webhook verify: not signed with this key, or not a delivery
  130  interrupted (Ctrl-C)

examples:
  skyvern-sync run-task --prompt "Get the top post's title" \\
      --url https://news.ycombinator.com --wait
  skyvern-sync get-run tsk_123 --output table
  skyvern-sync run-workflow wpid_123 --parameters @params.json --wait
  skyvern-sync listen --port 4242 --forward-to http://127.0.0.1:8000/webhook
"""


# -- the parser -------------------------------------------------------------------------------------------

MAX_WIDTH = 100  # help is filled to the terminal's width, up to this
# an option whose value may be a secret (its name, dashes and underscores left out, contains one of these)
SECRET_OPTION = re.compile(r"key|token|secret|password|signature|code|credential", re.IGNORECASE)


def terminal_columns() -> int:
    """shutil.get_terminal_size()'s width (COLUMNS, else stdout's terminal, else 80), without importing shutil
    (and the compression modules it imports)."""
    try:
        columns = int(os.environ.get("COLUMNS", "0"))
    except ValueError:
        columns = 0
    if columns <= 0:
        try:
            columns = os.get_terminal_size(sys.__stdout__.fileno()).columns  # type: ignore[union-attr]
        except (AttributeError, ValueError, OSError):
            columns = 0
    return columns if columns > 0 else 80


class Formatter(argparse.RawDescriptionHelpFormatter):
    """One width for everything: the descriptions' and epilogs' paragraphs are filled as argparse fills option
    help; indented lines (examples, the table of exit codes) stay as written."""

    def __init__(self, prog: str, indent_increment: int = 2, max_help_position: int = 24) -> None:
        width = min(terminal_columns(), MAX_WIDTH) - 2  # argparse's own right margin
        super().__init__(prog, indent_increment, max_help_position, width)

    def _format_action_invocation(self, action: argparse.Action) -> str:
        spelled = super()._format_action_invocation(action)
        # `--[no-]name` where both spellings of a long flag would not fit the width
        if isinstance(action, _commands.Flag) and len(spelled) > self._width - 2:
            return action.format_usage()
        return spelled

    def _format_usage(self, *args: Any, **kwargs: Any) -> str:
        usage = super()._format_usage(*args, **kwargs)
        if max(map(len, usage.splitlines())) <= self._width:
            return usage
        # a long command name (batch-get-workflow-tags-post): argparse aligns the options after it, past the
        # width; wrap them under it a little indented instead, an option never split from its value
        import re
        import textwrap

        words = re.sub(r"\[[^\[\]]*\]", lambda group: group.group(0).replace(" ", "\0"), " ".join(usage.split()))
        lines = textwrap.wrap(words, self._width, subsequent_indent="    ", break_on_hyphens=False,
                              break_long_words=False)  # fmt: skip
        return "\n".join(lines).replace("\0", " ") + "\n\n"

    def _split_lines(self, text: str, width: int) -> list[str]:
        import textwrap

        # whole words: an option or a command (`send-totp-code`) is not cut at its hyphens
        return textwrap.wrap(" ".join(text.split()), width, break_on_hyphens=False, break_long_words=False)

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        import textwrap

        lines: list[str] = []
        prose: list[str] = []
        for line in [*text.splitlines(), ""]:
            if line.strip() and not line[0].isspace():
                prose.append(line.strip())
                continue
            if prose:
                lines.extend(
                    textwrap.wrap(" ".join(prose), width, initial_indent=indent, subsequent_indent=indent,
                                  break_on_hyphens=False, break_long_words=False)
                )  # fmt: skip
                prose = []
            lines.append(indent + line if line.strip() else "")
        return "\n".join(lines).rstrip() + "\n"


def _items(method: str, result: Any) -> Any:
    """The `Page` of a list command's answer: the answer, or the page inside its envelope (`schedules`), where
    the operation table's `paging.items` says it is."""
    from skyvern_generated.operations import OPERATIONS

    paging = next(operation.paging for operation in OPERATIONS.values() if operation.client == method)
    assert paging is not None, method
    return result if paging.items is None else getattr(result, paging.items)


class ParseError(Exception):
    """A usage error argparse found: printed by main(), where every value that may be a secret is hidden."""

    def __init__(self, parser: argparse.ArgumentParser, message: str) -> None:
        super().__init__(message)
        self.parser = parser
        self.message = message


class Parser(argparse.ArgumentParser):
    """argparse that suggests the nearest command or option, and leaves printing its errors to main()."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", Formatter)
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> typing.NoReturn:
        raise ParseError(self, message)

    def _check_value(self, action: argparse.Action, value: Any) -> None:
        if action.choices is not None and value not in action.choices:
            hint = _commands.did_you_mean(str(value), [str(choice) for choice in action.choices])
            if not hint and isinstance(action, argparse._SubParsersAction):
                hint = f" (`{PROG} --help` lists the commands)"
            raise argparse.ArgumentError(action, f"invalid choice: {_commands.shown(str(value))}{hint}")

    def parse_known_args(  # type: ignore[override]
        self, args: Sequence[str] | None = None, namespace: argparse.Namespace | None = None
    ) -> tuple[argparse.Namespace, list[str]]:
        parsed, extras = super().parse_known_args(args, namespace)
        if not hasattr(parsed, "cli_parser"):
            parsed.cli_parser = self  # the innermost parser, the command's: its options are the ones to suggest
        return parsed, extras

    def parse_args(  # type: ignore[override]
        self, args: Sequence[str] | None = None, namespace: argparse.Namespace | None = None
    ) -> argparse.Namespace:
        parsed, extras = self.parse_known_args(args, namespace)
        if extras:
            parsed.cli_parser.error(_unrecognized(parsed.cli_parser, extras))
        return parsed


def _unrecognized(parser: argparse.ArgumentParser, extras: list[str]) -> str:
    """What was not understood, by option name only: the value of a misspelt --api-key is the key."""
    options = [extra.split("=", 1)[0] for extra in extras if extra.startswith("-") and len(extra) > 1]
    if not options:
        return f"{len(extras)} unexpected argument{'s' if len(extras) > 1 else ''} (not shown: it may be a secret)"
    known = [flag for action in parser._actions for flag in action.option_strings]
    said = []
    for option in dict.fromkeys(options):
        spelled = "--" + option.lstrip("-").replace("_", "-").lower()
        said.append(option + _commands.did_you_mean(spelled if spelled in known else option, known))
    return f"unrecognized option{'s' if len(said) > 1 else ''}: {', '.join(said)}"


def hidden_values(argv: Sequence[str]) -> list[str]:
    """What a usage error must never show: the values of options that may hold a secret (misspelt ones too),
    what follows `=` in an option argparse did not know, and the key in the environment."""
    values = [os.environ.get("SKYVERN_API_KEY", "")]
    for index, argument in enumerate(argv):
        if not argument.startswith("-") or argument == "-":
            continue
        name, equals, value = argument.partition("=")
        if equals:
            values.append(value)
        elif SECRET_OPTION.search(name.replace("-", "").replace("_", "")) and index + 1 < len(argv):
            values.append(argv[index + 1])
    # longest first: a value that contains another is hidden whole
    return sorted((value for value in values if len(value) >= 4), key=len, reverse=True)


def hide(message: str, values: Sequence[str]) -> str:
    for value in values:
        message = message.replace(value, "***")
    return message


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
        type=_commands.number(float),
        metavar="SECONDS",
        default=default(None),
        help="seconds one request may take in all, retries included (default 60)",
    )
    group.add_argument(
        "--max-retries",
        type=_commands.number(int),
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


class _Parsers(MutableMapping[str, argparse.ArgumentParser]):
    """The subcommands' parsers by name, each made when argparse first looks it up."""

    def __init__(self) -> None:
        self.made: dict[str, argparse.ArgumentParser] = {}
        self.makers: dict[str, Callable[[], argparse.ArgumentParser]] = {}

    def __getitem__(self, name: str) -> argparse.ArgumentParser:
        if name not in self.made:
            self.made[name] = self.makers[name]()
        return self.made[name]

    def __setitem__(self, name: str, parser: argparse.ArgumentParser) -> None:
        self.made[name] = parser

    def __delitem__(self, name: str) -> None:
        del self.makers[name]
        self.made.pop(name, None)

    def __contains__(self, name: object) -> bool:
        return name in self.makers

    def __iter__(self) -> Iterator[str]:
        return iter(self.makers)

    def __len__(self) -> int:
        return len(self.makers)


Make = Callable[..., argparse.ArgumentParser]  # makes a subcommand's parser: its name and format are given


if TYPE_CHECKING:
    _SubParsers = argparse._SubParsersAction[argparse.ArgumentParser]
else:  # generic only in typeshed
    _SubParsers = argparse._SubParsersAction


class Subcommands(_SubParsers):
    """Subcommands listed by name and summary, each parser built when it is chosen: --help builds none of the
    commands' parsers, running one builds that one."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.parsers = _Parsers()
        self._name_parser_map = self.choices = self.parsers  # type: ignore[assignment]

    def add_lazy(self, name: str, summary: str, build: Callable[[Make], argparse.ArgumentParser]) -> None:
        self._choices_actions.append(self._ChoicesPseudoAction(name, (), _commands.escape(summary)))
        prog = f"{self._prog_prefix} {name}"
        self.parsers.makers[name] = lambda: build(lambda **options: self._parser_class(prog=prog, **options))


# The command line's own commands, after the facade's: their parsers live in _webhooks, imported when one is run.
OWN_COMMANDS = {
    "webhook": "Verify a saved webhook delivery or TOTP callback.",
    "listen": "Receive, verify and print webhook deliveries locally (and forward them to your app).",
}


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(prog=PROG, description=DESCRIPTION, epilog=EPILOG)
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    # listed first in --help
    subparsers = parser.add_subparsers(title="commands", metavar="COMMAND", action=Subcommands)
    assert isinstance(subparsers, Subcommands)
    for name, summary in _commands.summaries().items():
        subparsers.add_lazy(name, summary, functools.partial(_command_parser, name=name))
    for name, summary in OWN_COMMANDS.items():
        subparsers.add_lazy(name, summary, functools.partial(_own_command_parser, name=name))
    add_global_options(parser, root=True)
    return parser


def _own_command_parser(make: Make, name: str) -> argparse.ArgumentParser:
    from skyvern_sync.cli import _webhooks

    return _webhooks.build_parser(name, make, add_global_options)


def _command_parser(make: Make, name: str) -> argparse.ArgumentParser:
    command = _commands.command(name)
    parser = _commands.build_parser(make, command, add_global_options)
    parser.set_defaults(cli_handler=lambda context: call(context, command))
    return parser


# -- running a command -----------------------------------------------------------------------------------


def main(argv: Sequence[str] | None = None) -> int:
    """The `skyvern-sync` console script and `python -m skyvern_sync`."""
    argv = sys.argv[1:] if argv is None else list(argv)
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
        keys = [argument for argument in argv if argument.split("=")[0] in API_KEY_FLAGS]
        if len(keys) > 1:
            parser.error("--api-key given more than once")
    except ParseError as error:
        error.parser.print_usage(sys.stderr)
        sys.stderr.write(f"{error.parser.prog}: error: {hide(error.message, hidden_values(argv))}\n")
        return EXIT_USAGE
    context = Context(args, sys.stdout, sys.stderr)
    handler: Callable[[Context], int] | None = getattr(args, "cli_handler", None)
    if handler is None:
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    with warnings.catch_warnings():
        warnings.showwarning = lambda message, *rest, **more: context.note(f"{PROG}: warning: {message}")
        try:
            return handler(context)
        except InvalidParameterError as error:
            context.error(in_command_line_terms(error, getattr(args, "cli_command", None)))
            return EXIT_USAGE
        except UsageError as error:
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


def in_command_line_terms(error: InvalidParameterError, command: _commands.Command | None) -> str:
    """The facade's message with the option's name for the parameter's: `--max-steps must be at least 1`."""
    parameters = {parameter.name: parameter for parameter in command.parameters} if command else {}
    name, rest = re.match(r"(\w*)(.*)", error.parameter, flags=re.S).groups()  # type: ignore[union-attr]
    parameter = parameters.get(name)
    if parameter is None:
        return str(error)
    said = (parameter.metavar if parameter.positional else parameter.flag) + rest
    return f"{said}{error.problem}" if error.problem.startswith("[") else f"{said} {error.problem}"


def call(context: Context, command: _commands.Command) -> int:
    """Call the command's method; for a wait (`--wait`, wait-for-run, wait-for-runs) wait here, with progress."""
    from skyvern_sync.validation import check_id, check_ids

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
        from skyvern_sync.skyvern import api_method

        every_page = command.pages and bool(context.args.all_pages)
        result = api_method(client, command.method)(**kwargs, request_options=context.options())
        if every_page:
            context.emit_all(_items(command.method, result).auto_paging_iter())
            return EXIT_COMPLETED
    if not waiting:
        context.emit(result)
        return EXIT_COMPLETED
    return wait(context, client, [result.run_id], timeout, many=False, seen={result.run_id: result})


def _wait_timeout(kwargs: dict[str, Any]) -> float:
    """The wait's timeout, checked before anything starts (a run must not be started to then fail on it)."""
    from skyvern_sync.validation import check_seconds

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
    from skyvern_sync.cli._wait import Progress, Waiter
    from skyvern_sync.errors import RunWaitTimeout
    from skyvern_sync.polling import is_terminal

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
    from skyvern_sync.cli._wait import ask

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
