"""The commands as the command line runs them: read from the index written from the `Skyvern` facade (_index.py,
`python -m tools.cli_index`), made into argparse parsers, and their values converted.

Nothing here imports the facade, the HTTP stack or the models: `--help` and a command's parser cost only this.
"""

from __future__ import annotations

import argparse
import enum
import os
import sys
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any, NamedTuple

if TYPE_CHECKING:
    import datetime as dt

# request_options is made from the global options (--timeout-in-seconds, --max-retries) for every call
NOT_OPTIONS = frozenset({"self", "request_options", "on_progress"})
ALIASES = {"wait_for_completion": ("--wait",)}


class Kind(enum.Enum):
    """How a parameter is written on the command line."""

    TEXT = "text"
    INT = "int"
    FLOAT = "float"
    FLAG = "flag"  # --name / --no-name
    JSON = "json"  # JSON text, or @FILE
    CHOICE = "choice"  # one of an enum's values
    CHOICE_OR_JSON = "choice-or-json"  # an enum's value, or a JSON object (proxy_location)
    REPEAT = "repeat"  # --name a --name b
    DATETIME = "datetime"  # ISO 8601
    FILE = "file"  # a path, opened for reading in binary mode
    IDS = "ids"  # one or more positional ids


METAVARS = {Kind.INT: "N", Kind.FLOAT: "NUMBER", Kind.JSON: "JSON", Kind.CHOICE: "VALUE", Kind.CHOICE_OR_JSON: "VALUE",
            Kind.REPEAT: "VALUE", Kind.DATETIME: "TIME"}  # fmt: skip


class Parameter(NamedTuple):
    name: str
    kind: Kind
    required: bool
    positional: bool
    choices: tuple[str, ...]
    help: str

    @property
    def flag(self) -> str:
        return "--" + self.name.replace("_", "-")

    @property
    def metavar(self) -> str:
        if self.positional:  # several ids are written `RUN_ID [RUN_ID ...]`
            return self.name.upper().removesuffix("S") if self.kind is Kind.IDS else self.name.upper()
        # what an option takes, short: `--azure-vault-totp-secret-key NAME` fits a line
        if self.name.endswith("_id"):
            return "ID"
        if self.name.endswith("_url") or self.name == "url":
            return "URL"
        return METAVARS.get(self.kind, "TEXT")


class Command(NamedTuple):
    method: str
    summary: str  # the docstring's first sentence: the root help's list of commands
    description: str  # the docstring before `Args:`, and what follows its sections
    returns: str
    parameters: tuple[Parameter, ...]

    @property
    def name(self) -> str:
        return self.method.replace(".", "-").replace("_", "-")  # schedules.list_all: schedules-list-all

    @property
    def pages(self) -> bool:
        """The method lists a page at a time (`page`, `page_size`): the command takes `--all`."""
        return {"page", "page_size"} <= {parameter.name for parameter in self.parameters}

    @property
    def waits(self) -> bool:
        """The method can wait for the run it starts (`wait_for_completion`): the CLI then waits itself."""
        return any(parameter.name == "wait_for_completion" for parameter in self.parameters)


# -- the index ------------------------------------------------------------------------------------------

# A command as _index.py holds it: constants only, so that loading it is reading its .pyc. (method, summary,
# description, returns, parameters), each parameter (name, the value of its Kind, required, positional, choices,
# help).
ParameterRow = tuple[str, str, bool, bool, tuple[str, ...], str]
CommandRow = tuple[str, str, str, str, tuple[ParameterRow, ...]]


def summaries() -> dict[str, str]:
    """Every command's name and summary, in the facade's order: all the root's --help shows of them."""
    from skyvern_sync.cli._index import COMMANDS

    return {name: row[1] for name, row in COMMANDS.items()}


def command(name: str) -> Command:
    from skyvern_sync.cli._index import COMMANDS

    return from_row(COMMANDS[name])


def commands() -> dict[str, Command]:
    """Every command, by name, in the order the facade (and the reference) lists the methods."""
    from skyvern_sync.cli._index import COMMANDS

    return {name: from_row(row) for name, row in COMMANDS.items()}


def from_row(row: CommandRow) -> Command:
    method, summary, description, returns, parameters = row
    return Command(
        method,
        summary,
        description,
        returns,
        tuple(
            Parameter(name, Kind(kind), required, positional, choices, help_)
            for name, kind, required, positional, choices, help_ in parameters
        ),
    )


def to_row(command: Command) -> CommandRow:
    return (
        command.method,
        command.summary,
        command.description,
        command.returns,
        tuple((p.name, p.kind.value, p.required, p.positional, p.choices, p.help) for p in command.parameters),
    )


# -- argparse --------------------------------------------------------------------------------------------


def build_parser(
    make: Callable[..., argparse.ArgumentParser],
    command: Command,
    add_global_options: Callable[[argparse.ArgumentParser], None],
) -> argparse.ArgumentParser:
    """The command's parser: `make(description=..., epilog=...)` makes it (named, formatted as the root's)."""
    epilog = []
    if command.returns:
        epilog.append(f"Returns: {command.returns}")
    if command.waits:
        epilog.append(
            "With --wait: progress on stderr while waiting; exit 0 completed, 1 failed, terminated, timed_out or "
            "canceled, 4 not finished within --timeout (the run goes on); Ctrl-C asks whether to cancel the run."
        )
    parser = make(description=command.description, epilog="\n\n".join(epilog) or None)
    for parameter in command.parameters:
        _add_parameter(parser, parameter)
    if command.pages:
        parser.add_argument(
            "--all", action="store_true", dest="all_pages",
            help="every item, page after page from --page (default 1), fetched as they are printed: one JSON "
            "array, streamed (a table is printed at the end)",
        )  # fmt: skip
    add_global_options(parser)
    parser.set_defaults(cli_command=command)
    return parser


class Flag(argparse.BooleanOptionalAction):
    """--name / --no-name, shown in the usage line as `--[no-]name` (four spellings would not fit a line)."""

    def format_usage(self) -> str:
        return "--[no-]" + self.option_strings[0].removeprefix("--")


def escape(text: str) -> str:
    return text.replace("%", "%%")  # argparse %-formats every help text


def _add_parameter(parser: argparse.ArgumentParser, parameter: Parameter) -> None:
    helps = [escape(parameter.help)] if parameter.help else []
    options: dict[str, Any] = {}
    kind = parameter.kind
    if kind is Kind.FLAG:
        options["action"] = Flag
    elif kind is Kind.IDS:
        options.update(nargs="+", metavar=parameter.metavar)
    else:
        options["type"] = CONVERTERS[kind](parameter) if kind in CONVERTERS else str
        options["metavar"] = parameter.metavar
    if kind is Kind.REPEAT:
        options["action"] = "append"
        helps.append("Repeat the option for more than one.")
    if parameter.choices:
        helps.append(f"One of: {', '.join(parameter.choices)}.")
    if kind in (Kind.JSON, Kind.CHOICE_OR_JSON):
        helps.append("JSON text, or @FILE to read it from a file (@- from stdin).")
    if kind is Kind.DATETIME:
        helps.append("ISO 8601, e.g. 2030-01-31T12:00:00Z.")
    if kind is Kind.FILE:
        helps.append("Give its path.")
    if parameter.positional:
        parser.add_argument(parameter.name, help=" ".join(helps), **options)
        return
    # given options only: a facade default applies where an option is left out, as in Python
    options.setdefault("default", argparse.SUPPRESS)
    if parameter.required:
        options["required"] = True
    parser.add_argument(parameter.flag, *ALIASES.get(parameter.name, ()), help=" ".join(helps), **options)


def arguments(command: Command, namespace: argparse.Namespace) -> dict[str, Any]:
    """The keyword arguments of the method call: the options given (positionals always are)."""
    return {p.name: getattr(namespace, p.name) for p in command.parameters if hasattr(namespace, p.name)}


# -- converters: each refuses a value with argparse's usage error (exit 2), never echoing JSON that may hold
# a password or card number


def read_argument(text: str) -> str:
    """`@FILE` is the file's text (`@-`: stdin); anything else is itself."""
    if not text.startswith("@"):
        return text
    path = text[1:]
    try:
        if path == "-":
            return sys.stdin.read()
        with open(path, encoding="utf-8") as file:
            return file.read()
    except (OSError, UnicodeDecodeError) as error:
        raise argparse.ArgumentTypeError(f"cannot read {path}: {error}") from None


def _json_object(parameter: Parameter) -> Callable[[str], Any]:
    def convert(text: str) -> Any:
        import json

        try:
            value = json.loads(read_argument(text))
        except ValueError as error:
            raise argparse.ArgumentTypeError(f"not JSON ({error})") from None
        if not isinstance(value, dict):
            raise argparse.ArgumentTypeError(f"must be a JSON object, got a JSON {type(value).__name__}")
        return value

    return convert


SHOWN = 16  # a value given on the command line is repeated in an error only when shorter: an API key is longer


def shown(text: str) -> str:
    """A refused value as an error repeats it, unless it is long enough to be a key put in the wrong place."""
    return repr(text) if len(text) < SHOWN else f"of {len(text)} characters (not shown: it may be a secret)"


def did_you_mean(text: str, choices: Iterable[str]) -> str:
    """` (did you mean 'x'?)` for the nearest choice, if one is near."""
    import difflib

    nearest = difflib.get_close_matches(text, list(choices), n=1, cutoff=0.6)
    return f" (did you mean {nearest[0]!r}?)" if nearest else ""


def _choice(parameter: Parameter) -> Callable[[str], str]:
    def convert(text: str) -> str:
        if text not in parameter.choices:
            nearest = did_you_mean(text, parameter.choices)
            choices = ", ".join(parameter.choices)
            raise argparse.ArgumentTypeError(f"invalid choice: {shown(text)}{nearest}; one of {choices}")
        return text

    return convert


def _choice_or_json(parameter: Parameter) -> Callable[[str], Any]:
    choice, obj = _choice(parameter), _json_object(parameter)

    def convert(text: str) -> Any:
        return obj(text) if text.startswith(("{", "@")) else choice(text)

    return convert


def _datetime(parameter: Parameter) -> Callable[[str], dt.datetime]:
    import datetime as dt

    def convert(text: str) -> dt.datetime:
        try:
            return dt.datetime.fromisoformat(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"not an ISO 8601 date and time: {shown(text)}") from None

    return convert


def _file(parameter: Parameter) -> Callable[[str], str]:
    def convert(text: str) -> str:
        if not os.path.isfile(text):
            raise argparse.ArgumentTypeError(f"no such file: {shown(text)}")
        return text

    return convert


def number(kind: type[int] | type[float]) -> Callable[[str], Any]:
    """argparse's type= for an int or a float, whose error does not repeat a long value."""

    def convert(text: str) -> Any:
        try:
            return kind(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"not {'an int' if kind is int else 'a number'}: {shown(text)}") from None

    return convert


CONVERTERS: dict[Kind, Callable[[Parameter], Callable[[str], Any]]] = {
    Kind.INT: lambda parameter: number(int),
    Kind.FLOAT: lambda parameter: number(float),
    Kind.JSON: _json_object,
    Kind.CHOICE: _choice,
    Kind.CHOICE_OR_JSON: _choice_or_json,
    Kind.REPEAT: lambda parameter: _choice(parameter) if parameter.choices else str,
    Kind.DATETIME: _datetime,
    Kind.FILE: _file,
}
