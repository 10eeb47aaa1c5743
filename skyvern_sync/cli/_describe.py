"""Commands described from the `Skyvern` facade: each method's signature gives the options, its docstring the help.

Run when the command index is written (`python -m tools.cli_index`) and by the test that keeps it fresh, never
when a user runs the command line: it imports the whole facade and resolves its annotations.
"""

from __future__ import annotations

import collections.abc
import datetime as dt
import enum
import inspect
import re
import types
import typing
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from skyvern_sync._model import is_model
from skyvern_sync.cli._commands import NOT_OPTIONS, Command, Kind, Parameter
from skyvern_sync.skyvern import api_methods


def describe() -> dict[str, Command]:
    """Every command, by name, in the order the facade (and the reference) lists the methods."""
    functions = api_methods()  # every one a subcommand, without CLI code
    hints = {method: _parameter_hints(function) for method, function in functions.items()}
    enums = {
        member.__name__: member
        for method_hints in hints.values()
        for hint in method_hints.values()
        for member in _members(hint) + [item for m in _members(hint) for item in _members(_item(m))]
        if _is_enum(member)
    }
    found = {}
    for method, function in functions.items():
        command = _command(method, function, hints[method], Terms(enums, frozenset(functions)))
        found[command.name] = command
    return found


def _command(method: str, function: Callable[..., Any], hints: dict[str, Any], terms: Terms) -> Command:
    doc = parse_docstring(inspect.getdoc(function) or "")
    signature = inspect.signature(function).parameters
    flags = {name: "--" + name.replace("_", "-") for name in signature if name not in NOT_OPTIONS}
    parameters = []
    for parameter in signature.values():
        if parameter.name in NOT_OPTIONS:
            continue
        kind, choices = _kind(method, parameter.name, hints[parameter.name])
        required = parameter.default is inspect.Parameter.empty
        parameters.append(
            Parameter(
                name=parameter.name,
                kind=kind,
                required=required,
                # the thing a command acts on reads best as a positional (`get-run RUN_ID`); everything
                # describing it stays a named option, as the reference names it
                positional=required and (parameter.name.endswith("_id") or kind in (Kind.IDS, Kind.FILE)),
                choices=choices,
                help=terms.say(OVERRIDES.get((method, parameter.name)) or doc.args.get(parameter.name, ""), flags),
            )
        )
    description = terms.say(doc.description, flags)
    summary = re.split(r"(?<=\.)\s", description.split("\n\n")[0].replace("\n", " "), maxsplit=1)[0]
    # what Returns names are fields of the printed JSON, not options
    return Command(method, summary, description, terms.say(doc.returns, {}), tuple(parameters))


# -- the facade's docstrings in the command line's terms ------------------------------------------------

# Parameters whose docstring is about a Python object the command line has no form of: what its option takes.
OVERRIDES = {
    ("upload_file", "file"): "the file to upload; its name names the upload.",
    ("send_totp_code", "expired_at"): "when the code expires (without a time zone: UTC).",
}

# (pattern, replacement), in order: Python-only phrasing of the docstrings, as the command line says it
PHRASES: tuple[tuple[str, str], ...] = (
    (r"; past it `RunWaitTimeout`", "; past it exit 4 (the run goes on)"),
    (r", a `GeoTarget`, or a dict such as", ", or a JSON object such as"),
    (r"\(dict, or its JSON text\)", "(JSON)"),
    (r"\bas a dict\b", "as JSON"),
    (r"a list or other iterable of ids; ", ""),
    (r"\bNone leaves it to the server\.", "Left out, the server decides."),
    (r": an? `[A-Z]\w+` or its wire value \(`[^`]*`\)\.", "."),
    (r"an? `[A-Z]\w+` or its (?:wire )?value", "a value"),
    (r"`[A-Z]\w+` or their values,? ?", ""),
    (r" \(an? `[A-Z]\w+`\)", ""),
    (r"no\s+`wait_for_completion`", "no --wait"),
    (r"`TaskRunResponse`", "a task run"),
    (r"`WorkflowRunResponse`", "a workflow run"),
    (r"`UnrecognizedRunResponse`", "an unrecognized run"),
    (r"typed by its `run_type`", "by its run_type"),
    (r" \(its shared fields typed, the rest in `additional_properties`\)", ""),
    (r"typed as `get_run` types it", "as get-run prints it"),
    (r"; its repr hides [^.]*\.", "."),
    (r"this `[A-Z]\w+` \(or its value, ([^)]*)\)", r"this value (\1)"),
    (r"; or the wire value\.", "."),
    (r"A failed run is a status, not an exception\.", "A failed run is a status, not an error (with --wait: exit 1)."),
    # what the methods added for the whole API say in Python, said as a shell user writes it
    (r"\s*`schedules` is a\s+`Page`:[\s\S]*?page by page\.", ""),
    (r"an? `?[A-Z]\w+`? \(from `?skyvern_sync\.types`?\) or a dict", "a JSON object"),
    (r"an? `?GeoTarget`?,? or a dict", "a JSON object"),
    (r"an? `?[A-Z]\w+`?,? or a dict of its fields", "a JSON object of its fields"),
    (r"\s*\(whose repr hides [^)]*\)", ""),
    (r"\(an? `?datetime`?\)", "(ISO 8601)"),
    (r"\ban? `?datetime`?", "an ISO 8601 time"),
    (r"no repr, message or cassette shows it", "never shown"),
    (r"\ba dict\b", "a JSON object"),
    (r"\bdict\b", "JSON object"),
    (r"\bNone\b", "nothing"),
    (r"\bTrue\b", "true"),
    (r"\bFalse\b", "false"),
)


def _item(member: Any) -> Any:
    """A list's item type (an `Iterable[ArtifactType]` option takes ArtifactType values), else nothing."""
    args = typing.get_args(member) if typing.get_origin(member) in (list, collections.abc.Iterable) else ()
    return args[0] if args else None


@dataclass(frozen=True)
class Terms:
    """A docstring's Python (`RunEngine.skyvern_v2`, `max_steps`, `get_run`) as values, options and commands."""

    enums: dict[str, type[enum.Enum]]
    methods: frozenset[str]

    def say(self, text: str, flags: dict[str, str]) -> str:
        for pattern, replacement in PHRASES:
            text = re.sub(pattern, replacement, text)
        last: list[type[enum.Enum]] = []

        def code(match: re.Match[str]) -> str:
            inner = match.group(1)
            member = re.fullmatch(r"(\w+)?\.(\w+)", inner)
            cls = self.enums.get(member.group(1) or "") if member else None
            if member and (cls or (member.group(1) is None and last)):
                cls = cls or last[-1]
                last.append(cls)
                value = getattr(cls, member.group(2), None)
                return str(value.value) if value is not None else inner
            call = re.fullmatch(r"(\w+)\((.*)\)", inner)
            if call and call.group(1) in self.methods:
                words = [call.group(1).replace("_", "-")]
                for argument in filter(None, (part.strip() for part in call.group(2).split(","))):
                    name, equals, value = argument.partition("=")
                    option = "--" + name.replace("_", "-")
                    # run.run_id is the command's RUN_ID; include_deleted=True its --include-deleted
                    words.append(option if value in ("True", "...") else f"{option} {value}" if equals else
                                 name.split(".")[-1].upper())  # fmt: skip
                return " ".join(words)
            keyword = re.fullmatch(r"(\w+)=True", inner)
            if keyword:
                return "--" + keyword.group(1).replace("_", "-")
            if inner in flags:
                return flags[inner]
            if inner in self.methods:
                return inner.replace("_", "-")
            if re.fullmatch(r'"[^"]*"', inner):
                return inner[1:-1]
            return inner

        return re.sub(r"`([^`]+)`", code, text)


# -- types -------------------------------------------------------------------------------------------


class _DeferredNames(Mapping[str, Any]):
    """Names the facade imports only for type checkers (`if TYPE_CHECKING`), found when an annotation uses one."""

    def __getitem__(self, name: str) -> Any:
        from skyvern_generated import models

        if name in models.__all__:
            return getattr(models, name)
        if name == "RequestOptions":
            from skyvern_sync.options import RequestOptions

            return RequestOptions
        from skyvern_sync import types  # the official clients' type names (RunSdkActionRequestAction)

        if name in types.__all__:
            return getattr(types, name)
        raise KeyError(name)

    def __iter__(self) -> Iterator[str]:
        return iter(())

    def __len__(self) -> int:
        return 0


class _ParameterAnnotations:
    """A function's annotations without its return type: resolving those would import every response model."""

    def __init__(self, function: Callable[..., Any]) -> None:
        self.__globals__ = getattr(function, "__globals__", {})
        self.__annotations__ = {k: v for k, v in function.__annotations__.items() if k != "return"}


def _parameter_hints(function: Callable[..., Any]) -> dict[str, Any]:
    return typing.get_type_hints(_ParameterAnnotations(function), localns=_DeferredNames())


def _members(hint: Any) -> list[Any]:
    """The alternatives of a union (None left out), or the hint itself."""
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        return [member for member in typing.get_args(hint) if member is not type(None)]
    return [hint]


def _is_enum(member: Any) -> bool:
    return isinstance(member, type) and issubclass(member, enum.Enum)


def _is_object(member: Any) -> bool:
    """A JSON object: a dict, a Mapping, or a generated model (GeoTarget) given as its dict."""
    origin = typing.get_origin(member) or member
    return origin in (dict, collections.abc.Mapping) or is_model(member)


def _values(member: Any) -> tuple[str, ...]:
    return tuple(str(item.value) for item in member)


def _kind(method: str, name: str, hint: Any) -> tuple[Kind, tuple[str, ...]]:
    members = _members(hint)
    enums = [member for member in members if _is_enum(member)]
    sequences = [
        m for m in members if typing.get_origin(m) in (list, collections.abc.Iterable, collections.abc.Sequence)
    ]
    if sequences:
        items = [item for sequence in sequences for item in _members(typing.get_args(sequence)[0])]
        item_enums = [item for item in items if _is_enum(item)]
        if typing.get_origin(sequences[0]) is collections.abc.Iterable and items == [str]:
            return Kind.IDS, ()
        if item_enums or str in items:
            return Kind.REPEAT, _values(item_enums[0]) if item_enums else ()
        return Kind.JSON, ()  # a list of objects (tags, files): a JSON array
    elif any(member is typing.IO or typing.get_origin(member) is typing.IO for member in members):
        return Kind.FILE, ()
    elif dt.datetime in members:
        return Kind.DATETIME, ()
    elif bool in members:  # before int: a bool is an int
        return Kind.FLAG, ()
    elif enums:
        return (Kind.CHOICE_OR_JSON if any(map(_is_object, members)) else Kind.CHOICE), _values(enums[0])
    elif any(map(_is_object, members)):
        return Kind.JSON, ()
    elif int in members:
        return Kind.INT, ()
    elif float in members:
        return Kind.FLOAT, ()
    elif str in members:
        return Kind.TEXT, ()
    # fail loudly when the index is written (python -m tools.cli_index), not when a user runs the command
    raise TypeError(f"Skyvern.{method}({name}: {hint}) has no command-line form: teach skyvern_sync.cli._describe")


# -- docstrings ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Docstring:
    description: str
    args: dict[str, str]
    returns: str


SECTION = re.compile(r"^(Args|Arguments|Returns|Raises|Yields|Examples?|Attributes):\s*$")
ENTRY = re.compile(r"^(\w+(?:,\s*\w+)*):\s*(.*)$")


def parse_docstring(doc: str) -> Docstring:
    """A Google-style docstring's description, its `Args:` (one text per name) and its `Returns:` text.

    An entry may name several parameters (`bitwarden_collection_id, bitwarden_item_id: ...`) and continue on
    more deeply indented lines; a line back at the margin ends a section.
    """
    description: list[str] = []
    args: dict[str, list[str]] = {}
    returns: list[str] = []
    section: str | None = None
    entry_indent: int | None = None  # that of the section's first entry: continuations are indented deeper
    current: list[str] = []
    for line in doc.splitlines():
        header = SECTION.match(line)
        if header:
            section, entry_indent = header.group(1), None
            continue
        if section is not None and line.strip() and not line.startswith(" "):
            section = None  # text back at the margin after a section belongs to the description
        if section is None:
            description.append(line)
        elif section in ("Args", "Arguments") and line.strip():
            indent = len(line) - len(line.lstrip())
            entry = ENTRY.match(line.strip())
            if entry and (entry_indent is None or indent <= entry_indent):
                entry_indent = indent
                current = [entry.group(2)]
                for name in re.split(r",\s*", entry.group(1)):
                    args[name] = current
            else:
                current.append(line.strip())
        elif section == "Returns":
            returns.append(line.strip())
    return Docstring(
        description="\n".join(description).strip(),
        args={name: " ".join(part for part in text if part) for name, text in args.items()},
        returns=" ".join(part for part in returns if part),
    )
