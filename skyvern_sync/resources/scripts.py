"""Scripts: generated code that replays a workflow without the language model, and its versions."""

from __future__ import annotations

from skyvern_sync.resources._base import ClientCore, SyncResource


class ScriptsMixin(ClientCore):
    """The scripts operations (skyvern_generated/api/scripts/) the official client serves flat, mixed into `Skyvern`."""


class ScriptsResource(SyncResource):
    """`client.scripts.run_script`, where the official client files it."""
