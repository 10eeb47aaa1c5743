"""Where a client sends its requests unless `base_url` says otherwise."""

from __future__ import annotations

from enum import Enum

from skyvern_sync import _constants as defaults


class SkyvernEnvironment(Enum):
    """The server a `Skyvern` client talks to when no `base_url` is given.

    CLOUD: Skyvern Cloud, https://api.skyvern.com (the default).
    LOCAL: a self-hosted server on this machine, http://localhost:8000.
    """

    CLOUD = defaults.CLOUD_BASE_URL
    LOCAL = defaults.LOCAL_BASE_URL
