"""Folders: where workflows are filed."""

from __future__ import annotations

from skyvern_sync.resources._base import ClientCore


class FoldersMixin(ClientCore):
    """The folders operations (skyvern_generated/api/folders/), mixed into `Skyvern`."""
