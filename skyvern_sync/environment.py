"""Where a client sends its requests unless `base_url` says otherwise."""

from __future__ import annotations

from enum import Enum

from skyvern_sync import _constants as defaults


class SkyvernEnvironment(Enum):
    CLOUD = defaults.CLOUD_BASE_URL
    LOCAL = defaults.LOCAL_BASE_URL
