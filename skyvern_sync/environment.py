"""Where a client sends its requests unless `base_url` says otherwise, and the `.env` file `Skyvern.local()` reads."""

from __future__ import annotations

from enum import Enum
from pathlib import Path

from skyvern_sync import _constants as defaults


class SkyvernEnvironment(Enum):
    """The server a `Skyvern` client talks to when no `base_url` is given.

    CLOUD: Skyvern Cloud, https://api.skyvern.com (the default).
    LOCAL: a self-hosted server on this machine, http://localhost:8000.
    """

    CLOUD = defaults.CLOUD_BASE_URL
    LOCAL = defaults.LOCAL_BASE_URL


def read_env_file(path: Path) -> dict[str, str]:
    """The `KEY=value` lines of a `.env` file (`export`, quotes and `#` comments allowed); {} when it is absent."""
    values: dict[str, str] = {}
    if not path.is_file():
        return values
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("#") or "=" not in line:
            continue
        key, _, value = line.removeprefix("export ").partition("=")
        values[key.strip()] = value.strip().strip("'\"")
    return values
