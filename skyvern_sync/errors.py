"""Every exception skyvern_sync raises, and the table from HTTP status to exception class.

`ApiError` carries the status, body and headers of every error response. `str(error)` names the
method, path, status and the server's own message, and never a secret: bodies are kept on the
exception for code to inspect, not copied into the message.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


class SkyvernError(Exception):
    """Base of every exception raised by skyvern_sync."""


class ApiError(SkyvernError):
    """The server answered with an error status (the reference's `skyvern.client.core.ApiError`)."""

    status_code: int | None
    body: Any
    headers: Mapping[str, str]

    def __init__(
        self,
        status_code: int | None = None,
        body: Any = None,
        headers: Mapping[str, str] | None = None,
        *,
        method: str | None = None,
        path: str | None = None,
    ) -> None:
        self.status_code = status_code
        self.body = body
        self.headers = dict(headers or {})
        self.method = method
        self.path = path
        super().__init__(self._describe())

    def _describe(self) -> str:
        where = f"{self.method} {self.path} " if self.method and self.path else ""
        message = server_message(self.body)
        return f"{where}-> {self.status_code}" + (f": {message}" if message else "")


class BadRequestError(ApiError):
    """400: the server refused the request (e.g. the timeline of a task_v1 run)."""


class UnauthorizedError(ApiError):
    """401. Skyvern answers a bad key with 403 (ForbiddenError); a proxy in front may say 401."""


class ForbiddenError(ApiError):
    """403: a missing or invalid API key."""


class NotFoundError(ApiError):
    """404: no such run, workflow, session, profile, credential or artifact."""


class ConflictError(ApiError):
    """409."""


class UnprocessableEntityError(ApiError):
    """422: the server rejected a field; `str(error)` names the field and why."""


class TooManyRequestsError(ApiError):
    """429: rate limited. Retried automatically (honouring Retry-After) before this is raised."""


class InternalServerError(ApiError):
    """Any 5xx."""


STATUS_ERRORS: dict[int, type[ApiError]] = {
    400: BadRequestError,
    401: UnauthorizedError,
    403: ForbiddenError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: TooManyRequestsError,
}


def error_for_status(status: int) -> type[ApiError]:
    if status >= 500:
        return InternalServerError
    return STATUS_ERRORS.get(status, ApiError)


class ApiConnectionError(SkyvernError):
    """The request failed without an HTTP answer: the connection could not be made or broke.

    `may_have_reached_server` is False only when the request certainly never left (the connection
    was refused or could not be opened); a request that may have reached the server may have
    started a run, so check before sending it again.
    """

    def __init__(self, message: str, *, method: str, path: str, may_have_reached_server: bool) -> None:
        self.method = method
        self.path = path
        self.may_have_reached_server = may_have_reached_server
        reached = "it may have reached the server" if may_have_reached_server else "it never reached the server"
        super().__init__(f"{method} {path}: {message} ({reached})")


class ApiTimeoutError(ApiConnectionError):
    """No answer within the read timeout. The server may still be working on the request."""


def server_message(body: Any) -> str:
    """The server's own words from an error body: FastAPI's `detail`, a message, or the text.

    Validation errors list each field (`body.timeout: Input should be ...`) and leave out the
    `input` FastAPI echoes, which can hold a password.
    """
    detail = body.get("detail", body.get("message")) if isinstance(body, Mapping) else body
    if isinstance(detail, list):
        parts = []
        for item in detail:
            if isinstance(item, Mapping):
                loc = ".".join(str(p) for p in item.get("loc", []))
                parts.append(f"{loc}: {item.get('msg', '')}" if loc else str(item.get("msg", "")))
            else:
                parts.append(str(item))
        return "; ".join(parts)
    if isinstance(detail, Mapping):
        return ", ".join(f"{k}={v}" for k, v in detail.items() if isinstance(v, (str, int, float, bool)))
    if detail is None:
        return ""
    text = str(detail).strip()
    return text if len(text) <= 500 else text[:500] + "..."


__all__ = [
    "STATUS_ERRORS",
    "ApiConnectionError",
    "ApiError",
    "ApiTimeoutError",
    "BadRequestError",
    "ConflictError",
    "ForbiddenError",
    "InternalServerError",
    "NotFoundError",
    "RunWaitTimeout",
    "SkyvernError",
    "TooManyRequestsError",
    "UnauthorizedError",
    "UnprocessableEntityError",
    "error_for_status",
]


class RunWaitTimeout(TimeoutError):
    """A run did not finish within `timeout` seconds. It is still running: wait again or cancel it.

    A subclass of the built-in TimeoutError (as the reference promises), carrying `run_id`, the
    last `run` seen and, when waiting for several, every `pending_run_ids`.
    """

    def __init__(
        self, run_id: str, timeout: float, run: Any = None, *, pending_run_ids: list[str] | None = None
    ) -> None:
        self.run_id = run_id
        self.timeout = timeout
        self.run = run
        self.pending_run_ids = pending_run_ids or [run_id]
        status = getattr(run, "status", None)
        more = f" (and {len(self.pending_run_ids) - 1} more)" if len(self.pending_run_ids) > 1 else ""
        super().__init__(f"run {run_id}{more} did not finish within {timeout:g} s (last status: {status})")


class InsecureTransportWarning(UserWarning):
    """The API key would travel in clear text (`http://`) to a host that is not this machine."""
