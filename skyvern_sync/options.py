"""Per-call options: `RequestOptions(timeout_in_seconds=..., max_retries=..., additional_headers=...)`."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class RequestOptions:
    """Overrides for one call. A plain dict with the same keys is accepted too.

    Attributes:
        timeout_in_seconds: read timeout of this call (connecting is capped at 10 s)
        max_retries: retries of this call (0 disables them); calls that start a run or create
            something are still never retried once they may have reached the server
        additional_headers: extra headers for this call
    """

    timeout_in_seconds: float | None = attrs.field(default=None)
    max_retries: int | None = attrs.field(default=None)
    additional_headers: Mapping[str, str] | None = attrs.field(default=None)

    @timeout_in_seconds.validator
    def _check_timeout(self, attribute: Any, value: float | None) -> None:
        if value is not None and not value > 0:
            raise ValueError(f"timeout_in_seconds must be positive, got {value!r}")

    @max_retries.validator
    def _check_retries(self, attribute: Any, value: int | None) -> None:
        if value is not None and (not isinstance(value, int) or value < 0):
            raise ValueError(f"max_retries must be a non-negative int, got {value!r}")

    @classmethod
    def of(cls, value: RequestOptions | Mapping[str, Any] | None) -> RequestOptions:
        if value is None:
            return _DEFAULT
        if isinstance(value, RequestOptions):
            return value
        unknown = set(value) - {"timeout_in_seconds", "max_retries", "additional_headers"}
        if unknown:
            raise ValueError(f"request_options has unknown keys: {sorted(unknown)}")
        return cls(**value)


_DEFAULT = RequestOptions()
