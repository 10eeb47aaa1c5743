"""Where a client sends its requests unless `base_url` says otherwise, and the `.env` file `Skyvern.local()` reads."""

from __future__ import annotations

import os
from enum import Enum
from pathlib import Path

from skyvern_sync import _constants as defaults
from skyvern_sync.errors import InvalidParameterError, InvalidParameterTypeError


class SkyvernEnvironment(Enum):
    """The server a `Skyvern` client talks to when no `base_url` is given.

    CLOUD: Skyvern Cloud, https://api.skyvern.com (the default).
    LOCAL: a self-hosted server on this machine, http://localhost:8000.
    """

    CLOUD = defaults.CLOUD_BASE_URL
    LOCAL = defaults.LOCAL_BASE_URL


def read_env_file(path: object, parameter: str = "env_file") -> dict[str, str]:
    """The `KEY=value` lines of a `.env` file (`export`, quotes and `#` comments allowed); {} when nothing is there.

    A `path` that is not one, or a file that cannot be read as UTF-8 text, is refused by `parameter`'s name;
    the path is not shown (it could be megabytes long).
    """
    if not isinstance(path, str | os.PathLike):
        raise InvalidParameterTypeError(parameter, f"must be a path (str or os.PathLike), got {type(path).__name__}")
    try:
        file = Path(path)
    except TypeError:  # an os.PathLike whose __fspath__ gives no str
        raise InvalidParameterTypeError(parameter, "must be a path to a file of text") from None
    if "\x00" in str(file):
        raise InvalidParameterError(parameter, "must not contain NUL")
    try:
        text = file.read_text(encoding="utf-8") if file.exists() else ""  # a directory is refused, not skipped
    except UnicodeDecodeError as problem:
        raise InvalidParameterError(parameter, f"is not UTF-8 text (byte {problem.start})") from None
    except OSError as problem:  # a directory, no permission, a name too long
        raise InvalidParameterError(
            parameter, f"could not be read: {problem.strerror or type(problem).__name__}"
        ) from None
    values: dict[str, str] = {}
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#") or "=" not in line:
            continue
        key, _, value = line.removeprefix("export ").partition("=")
        values[key.strip()] = value.strip().strip("'\"")
    return values
