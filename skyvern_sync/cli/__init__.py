"""The `skyvern-sync` command line: a subcommand per `Skyvern` method, `webhook verify` and `listen`."""

from skyvern_sync.cli._main import main

__all__ = ["main"]
