"""Per-call options: `RequestOptions(timeout_in_seconds=..., max_retries=..., additional_headers=...)`."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from skyvern_sync._values import ReadOnlyValue
from skyvern_sync.errors import InvalidParameterError, InvalidParameterTypeError
from skyvern_sync.validation import check_headers, check_int, check_seconds

FIELDS = ("timeout_in_seconds", "max_retries", "additional_headers")


def _hidden_headers(headers: Mapping[str, str] | None) -> str:
    # header values are often credentials (Authorization, a proxy's key): their names are enough to debug
    return "None" if headers is None else repr({name: "***" for name in headers})


class RequestOptions(ReadOnlyValue):
    """Overrides for one call (the reference's `skyvern.client.core.RequestOptions`).

    A dict with the same keys is accepted wherever RequestOptions is. Every value is checked when it is
    given, with a message naming it. A value: read-only, compared and pickled by its fields.

    Attributes:
        timeout_in_seconds: seconds this call may take in all: connecting, every retry and reading the whole
            answer (default: the client's `timeout`, 60 s). A positive number, at most 30 days.
        max_retries: retries of this call (default 2; 0 disables them). Calls that start a run or create
            something are never resent once they may have reached the server, whatever this says.
        additional_headers: extra headers for this call (names are HTTP tokens, values one line of
            Latin-1). Their values never show in a repr or an error.
    """

    __slots__ = FIELDS
    _FIELDS = FIELDS
    timeout_in_seconds: float | None
    max_retries: int | None
    additional_headers: Mapping[str, str] | None

    def __init__(
        self,
        *,
        timeout_in_seconds: float | None = None,
        max_retries: int | None = None,
        additional_headers: Mapping[str, str] | None = None,
    ) -> None:
        check_seconds("timeout_in_seconds", timeout_in_seconds, optional=True)
        check_int("max_retries", max_retries, minimum=0, maximum=100)
        check_headers("additional_headers", additional_headers)
        self._set(timeout_in_seconds, max_retries, additional_headers)

    def __hash__(self) -> int:
        headers = None if self.additional_headers is None else frozenset(self.additional_headers.items())
        return hash((self.timeout_in_seconds, self.max_retries, headers))

    def __repr__(self) -> str:
        return (
            f"RequestOptions(timeout_in_seconds={self.timeout_in_seconds!r}, max_retries={self.max_retries!r},"
            f" additional_headers={_hidden_headers(self.additional_headers)})"
        )

    @classmethod
    def of(cls, value: RequestOptions | Mapping[str, Any] | None) -> RequestOptions:
        """`value` as RequestOptions: None is the defaults, a dict is checked key by key."""
        if value is None:
            return _DEFAULT
        if isinstance(value, RequestOptions):
            return value
        if not isinstance(value, Mapping):
            raise InvalidParameterTypeError(
                "request_options", f"must be RequestOptions or a dict, got {type(value).__name__}"
            )
        unknown = sorted(str(key) for key in set(value) - set(FIELDS))
        if unknown:
            raise InvalidParameterError("request_options", f"has unknown keys {unknown}; it takes {list(FIELDS)}")
        return cls(**value)


_DEFAULT = RequestOptions()

