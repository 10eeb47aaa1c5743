"""Checks more than one operation group uses: optional ids and proxy locations."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from skyvern_sync.validation import check_enum, check_id, check_json


def optional_id(name: str, value: object) -> str | None:
    return None if value is None else check_id(name, value)


def proxy_location_value(value: object) -> Any:
    """A ProxyLocation member (from the member or its value), a GeoTarget, or a dict for a custom proxy."""
    from skyvern_generated.models import GeoTarget, ProxyLocation

    if value is None or isinstance(value, GeoTarget):
        return value
    if isinstance(value, Mapping):
        return check_json("proxy_location", dict(value))
    return check_enum("proxy_location", value, ProxyLocation)
