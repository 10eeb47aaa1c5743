"""The command line's index of commands (skyvern_sync/cli/_index.py), written from the `Skyvern` facade.

    python -m tools.cli_index            # rewrite it from the facade's methods, signatures and docstrings
    python -m tools.cli_index --check    # CI: fail, naming what differs, if it is not what the facade gives now

`skyvern-sync --help` and `skyvern-sync COMMAND --help` read the index instead of importing the facade (which
imports requests and the models); rewrite it whenever a method, a signature or a docstring of `Skyvern` (or of
a sub-client) changes. A second run changes no byte.
"""

from __future__ import annotations

import argparse
from collections.abc import Mapping
from pathlib import Path

from skyvern_sync.cli import _commands

ROOT = Path(__file__).resolve().parent.parent
INDEX = ROOT / "skyvern_sync" / "cli" / "_index.py"
COMMAND = "python -m tools.cli_index"

HEADER = f'''"""Every command of the command line, from `Skyvern`'s methods: written by `{COMMAND}`, never by hand."""

# ruff: noqa: E501
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from skyvern_sync.cli._commands import CommandRow

# name: (method, summary, description, returns, parameters), each parameter
# (name, kind, required, positional, choices, help); see skyvern_sync.cli._commands.CommandRow
COMMANDS: dict[str, CommandRow] = {{
'''


def render(commands: Mapping[str, _commands.Command]) -> str:
    """The index's source: constants only, one command per block, in the facade's order."""
    lines = [HEADER.rstrip("\n")]
    for name, command in commands.items():
        method, summary, description, returns, parameters = _commands.to_row(command)
        lines.append(f"    {name!r}: (")
        lines += [f"        {text!r}," for text in (method, summary, description, returns)]
        lines.append("        (")
        lines += [f"            {parameter!r}," for parameter in parameters]
        lines.append("        ),")
        lines.append("    ),")
    lines.append("}")
    return "\n".join(lines) + "\n"


def described() -> dict[str, _commands.Command]:
    """What the facade gives now (imports it: the one place that does)."""
    from skyvern_sync.cli._describe import describe

    return describe()


def differences(indexed: Mapping[str, _commands.Command], fresh: Mapping[str, _commands.Command]) -> list[str]:
    """What the index says that the facade no longer does, by command: added, gone, changed, reordered."""
    found = [f"no command {name} (Skyvern.{fresh[name].method})" for name in fresh if name not in indexed]
    found += [f"command {name} has no method any more" for name in indexed if name not in fresh]
    for name in fresh.keys() & indexed.keys():
        if fresh[name] != indexed[name]:
            pairs = zip(_commands.Command._fields, fresh[name], indexed[name], strict=True)
            fields = [field for field, now, was in pairs if now != was]
            found.append(f"command {name}: its {', '.join(fields)} changed (Skyvern.{fresh[name].method})")
    if not found and list(fresh) != list(indexed):
        found.append("the commands are in another order than the facade's methods")
    return sorted(found)


def stale_message(problems: list[str]) -> str:
    return f"{INDEX.relative_to(ROOT)} is stale: run `{COMMAND}` and commit the result:\n" + "\n".join(
        f"  {problem}" for problem in problems
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog=COMMAND, description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="fail if the index is not what the facade gives")
    args = parser.parse_args(argv)
    fresh = described()
    text = render(fresh)
    current = INDEX.read_text(encoding="utf-8") if INDEX.exists() else ""
    if args.check:
        if current == text:
            print(f"{INDEX.relative_to(ROOT)} matches the facade ({len(fresh)} commands)")
            return 0
        try:
            problems = differences(_commands.commands(), fresh) if current else ["the index does not exist"]
        except Exception as error:  # a merge may leave it unreadable: say so rather than fail on it
            problems = [f"the index does not load: {type(error).__name__}: {error}"]
        print(stale_message(problems or ["its text differs from what the tool writes (formatting)"]))
        return 1
    if current == text:
        print(f"{INDEX.relative_to(ROOT)} is up to date ({len(fresh)} commands)")
        return 0
    INDEX.write_text(text, encoding="utf-8")
    print(f"wrote {INDEX.relative_to(ROOT)} ({len(fresh)} commands)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
