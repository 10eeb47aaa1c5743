"""Every exception skyvern_sync raises, one tree under `SkyvernError`, and the table from HTTP status to class.

    SkyvernError
    ├── InvalidParameterError (also ValueError)        bad input, refused before anything is sent
    │   └── InvalidParameterTypeError (also TypeError)
    ├── ApiError                                       the server answered, and not with what was asked
    │   ├── BadRequestError 400, UnauthorizedError 401, ForbiddenError 403, NotFoundError 404,
    │   │   ConflictError 409, UnprocessableEntityError 422, TooManyRequestsError 429, InternalServerError 5xx
    │   ├── ResponseValidationError                    a 2xx whose body does not fit the schema
    │   └── RedirectError                              a 3xx the client will not follow
    ├── ApiConnectionError                             no answer: the connection failed or broke
    │   └── ApiTimeoutError                            no whole answer within the timeout
    ├── RunWaitTimeout (also TimeoutError)             a run did not finish within the wait's timeout
    ├── WebhookVerificationError                       a webhook or TOTP callback not signed by Skyvern
    ├── WebhookPayloadError (also ValueError)          signed by Skyvern, but not a run or TOTP request
    └── ShapeError (also ValueError)                   JSON a model's from_dict refuses, naming the JSON path

Messages name the method, path, status and the server's own words, and never a secret: the API key, and
every password, code and token the request carried, are replaced by `***` in the message and in `body`,
even when the server echoes them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

MASK = "***"
Rows = list[tuple[str, object]]


class SkyvernError(Exception):
    """Base of every exception skyvern_sync raises on purpose.

    `run_id` is the run the failure concerns when one may exist: the run a wait was polling, or the run a
    run-starting call created before its answer could not be read. None otherwise.
    """

    run_id: str | None = None

    def __reduce__(self) -> tuple[Any, ...]:
        # rebuilt from the stored message and attributes, never by calling __init__ again: the default would
        # pass the message where __init__ expects a status or keyword arguments, and re-run the masking on it
        return _rebuild, (type(self), self.args), self.__dict__

    def _repr_html_(self) -> str:
        """What Jupyter shows for a caught error (`display(error)`): a card in the message's words, no secret."""
        from skyvern_sync._cards import html_card

        return html_card(type(self).__name__, self._html_rows())

    def _html_rows(self) -> Rows:
        from skyvern_sync._cards import code, escape

        # escaped but not clipped: the message is the whole explanation
        rows: Rows = [("message", escape(str(self)))]
        if self.run_id:
            rows.append(("run id", code(self.run_id)))
        return rows


def _rebuild(cls: type[SkyvernError], args: tuple[Any, ...]) -> SkyvernError:
    """An unpickled (or deep-copied) error: its class and message; pickle then restores its attributes."""
    error = cls.__new__(cls, *args)
    error.args = args  # OSError's __new__ (RunWaitTimeout is a TimeoutError) leaves args to __init__
    return error


class InvalidParameterError(SkyvernError, ValueError):
    """A parameter was refused before anything was sent. `parameter` names it; the message says why."""

    def __init__(self, parameter: str, problem: str) -> None:
        self.parameter = parameter
        self.problem = problem
        super().__init__(f"{parameter} {problem}" if not problem.startswith("[") else f"{parameter}{problem}")


class InvalidParameterTypeError(InvalidParameterError, TypeError):
    """A parameter of the wrong type (also a `TypeError`)."""


class ApiError(SkyvernError):
    """The server answered, and not with what was asked (the reference's `skyvern.client.core.ApiError`).

    Attributes:
        status_code: the HTTP status
        body: the parsed JSON body (or its text when it is not JSON; None when empty), secrets masked
        headers: the response headers (a dict), secrets masked: a server can echo the key in one
        method: the HTTP method of the request this answers
        path: the path of the request this answers
    """

    status_code: int | None
    body: Any
    headers: dict[str, str]

    def __init__(
        self,
        status_code: int | None = None,
        body: Any = None,
        headers: Mapping[str, str] | None = None,
        *,
        method: str | None = None,
        path: str | None = None,
        secrets: Iterable[str] = (),
        run_id: str | None = None,
    ) -> None:
        hidden = maskable(secrets)
        self.status_code = status_code
        self.body = mask(body, hidden)
        self.headers = mask(dict(headers or {}), hidden)
        self.method = method
        self.path = path
        self.run_id = run_id
        super().__init__(mask_text(self._describe(), hidden))

    def _describe(self) -> str:
        where = f"{self.method} {self.path} " if self.method and self.path else ""
        message = server_message(self.body)
        return f"{where}-> {self.status_code}" + (f": {message}" if message else "")

    def _html_rows(self) -> Rows:
        from skyvern_sync._cards import code

        # the body was masked when the error was made, so its message holds no secret; headers are never shown
        rows: Rows = [("status", code(self.status_code))]
        if self.method and self.path:
            rows.append(("request", code(f"{self.method} {self.path}")))
        rows += self._html_details()
        if self.run_id:
            rows.append(("run id", code(self.run_id)))
        return rows

    def _html_details(self) -> Rows:
        from skyvern_sync._cards import escape

        message = server_message(self.body)
        return [("server says", escape(message))] if message else []


class BadRequestError(ApiError):
    """400: the server refused the request (e.g. the timeline of a task_v1 run, cancelling a finished run)."""


class UnauthorizedError(ApiError):
    """401. Skyvern answers a bad key with 403 (ForbiddenError); a proxy in front of it may say 401."""


class ForbiddenError(ApiError):
    """403: a missing or invalid API key."""


class NotFoundError(ApiError):
    """404: no such run, workflow, session, profile, credential or artifact."""


class ConflictError(ApiError):
    """409: the name is taken (a browser profile) or the object changed meanwhile."""


class UnprocessableEntityError(ApiError):
    """422: the server rejected a field; `str(error)` names the field and why."""


class TooManyRequestsError(ApiError):
    """429: rate limited. Retried automatically (honouring Retry-After) before this is raised."""


class InternalServerError(ApiError):
    """Any 5xx."""


class ResponseValidationError(ApiError):
    """A 2xx answer whose body does not fit the schema: not JSON, empty, or a field of the wrong type.

    `problem` says where and what (`$.workflow_definition.blocks[2].label: expected a string, got null`);
    `body` is the raw text. For a call that starts a run, `run_id` is the run's id when the body has one: the
    run exists and is running even though its answer could not be read.
    """

    def __init__(
        self,
        status_code: int,
        body: Any,
        headers: Mapping[str, str] | None,
        *,
        problem: str,
        method: str,
        path: str,
        secrets: Iterable[str] = (),
        run_id: str | None = None,
    ) -> None:
        self.problem = problem
        super().__init__(status_code, body, headers, method=method, path=path, secrets=secrets, run_id=run_id)

    def _describe(self) -> str:
        started = f" (the run {self.run_id} was started)" if self.run_id else ""
        return f"{self.method} {self.path} -> {self.status_code}, but the body does not fit: {self.problem}{started}"

    def _html_details(self) -> Rows:
        from skyvern_sync._cards import escape

        # the problem, never the body: a body that does not fit is not the server's message
        return [("problem", escape(self.problem))]


class RedirectError(ApiError):
    """A redirect the client does not follow: to another origin (the API key would go with it), or of a
    request with a body (which would be sent again or dropped). `location` is where it pointed, secrets masked
    (a hostile server can put the key it was sent into a Location)."""

    def __init__(
        self,
        status_code: int,
        headers: Mapping[str, str] | None,
        *,
        location: str,
        reason: str,
        method: str,
        path: str,
        secrets: Iterable[str] = (),
    ) -> None:
        self.location = mask_text(location, maskable(secrets))
        self.reason = reason
        super().__init__(status_code, None, headers, method=method, path=path, secrets=secrets)

    def _describe(self) -> str:
        return (
            f"{self.method} {self.path} -> {self.status_code} redirect to {self.location!r} not followed: {self.reason}"
        )

    def _html_details(self) -> Rows:
        from skyvern_sync._cards import code, escape

        return [("location", code(self.location)), ("not followed", escape(self.reason))]


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
    """The exception class for an error status: the table above, InternalServerError for 5xx, else ApiError."""
    if status >= 500:
        return InternalServerError
    return STATUS_ERRORS.get(status, ApiError)


class ApiConnectionError(SkyvernError):
    """The request failed without an HTTP answer: the connection could not be made, or it broke.

    `may_have_reached_server` is False only when the request certainly never left (the connection was
    refused or could not be opened). A request that may have reached the server may have started a run:
    check (`get_run`, the runs list in the app) before sending it again.
    """

    def __init__(
        self, message: str, *, method: str, path: str, may_have_reached_server: bool, run_id: str | None = None
    ) -> None:
        self.method = method
        self.path = path
        self.may_have_reached_server = may_have_reached_server
        self.run_id = run_id
        reached = "it may have reached the server" if may_have_reached_server else "it never reached the server"
        super().__init__(f"{method} {path}: {message} ({reached})")


class ApiTimeoutError(ApiConnectionError):
    """No whole answer within the call's timeout (connecting, every retry and reading the body)."""


class RunWaitTimeout(SkyvernError, TimeoutError):
    """A run did not finish within `timeout` seconds. It is still running: wait again or cancel it.

    A built-in TimeoutError too (as the reference promises), carrying `run_id`, the last `run` seen (None if
    no poll answered) and, when waiting for several, every `pending_run_ids`.
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

    def _html_rows(self) -> Rows:
        from skyvern_sync._cards import badge, code, link

        status = getattr(self.run, "status", None)
        rows: Rows = [
            ("run id", code(self.run_id)),
            ("last status", badge(status) if status is not None else "no poll answered"),
            ("waited", f"{self.timeout:g} s: the run is still going"),
        ]
        if len(self.pending_run_ids) > 1:
            rows.append(("still running", code(", ".join(self.pending_run_ids))))
            again = f"client.wait_for_runs({self.pending_run_ids!r}, timeout={self.timeout:g})"
        else:
            again = f"client.wait_for_run({self.run_id!r}, timeout={self.timeout:g})"
        rows.append(("wait again", code(again)))
        rows.append(("or stop it", code(f"client.cancel_run({self.run_id!r})")))
        app_url = getattr(self.run, "app_url", None)
        if isinstance(app_url, str):
            rows.append(("watch it", link(app_url, "open in the Skyvern app")))
        return rows


class WebhookVerificationError(SkyvernError):
    """A webhook delivery or TOTP callback whose signature is missing, malformed or not Skyvern's."""


class WebhookPayloadError(SkyvernError, ValueError):
    """A delivery signed by Skyvern whose JSON does not fit what it should be: a run, or a TOTP request.

    `problem` names the JSON path (`$.status: is missing`); `run_id` is the run's id when the JSON has one.
    """

    def __init__(self, problem: str, run_id: str | None = None) -> None:
        self.problem = problem
        self.run_id = run_id
        super().__init__(f"a signed delivery that does not fit: {problem}")


class InsecureTransportWarning(UserWarning):
    """The API key would travel in clear text (`http://`) to a host that is not this machine."""


class ShapeError(SkyvernError, ValueError):
    """JSON that does not fit the schema, from a model's `from_dict` or the generated layer: `path` says where
    (`$.blocks[2].label` is `location`), `problem` what. A call answered so raises ResponseValidationError.

    The message names JSON types, never values: a body may hold a secret.
    """

    def __init__(self, problem: str, path: Iterable[str | int] = ()) -> None:
        self.problem = problem
        self.path: list[str | int] = list(path)
        super().__init__(problem)

    def __reduce__(self) -> tuple[Any, ...]:
        # the path grows after construction (`within`): rebuilt from it, not from `args` alone
        return type(self), (self.problem, tuple(self.path)), self.__dict__

    def within(self, key: str | int) -> ShapeError:
        """This error, one level deeper: `key` (a field name or a list index) is prepended to its path."""
        if key != "":
            self.path.insert(0, key)
        return self

    @property
    def location(self) -> str:
        return "$" + "".join(f"[{key}]" if isinstance(key, int) else f".{key}" for key in self.path)

    def __str__(self) -> str:
        return f"{self.location}: {self.problem}"


# -- the server's words, without secrets --------------------------------------------------------------

MAX_MESSAGE = 500


def server_message(body: Any) -> str:
    """The server's own words from an error body: FastAPI's `detail`, a `message`, or the text.

    Validation errors list each field (`body.timeout: Input should be ...`) and leave out the `input` and
    `ctx` FastAPI echoes, which can hold a password.
    """
    detail = body.get("detail", body.get("message")) if isinstance(body, Mapping) else body
    if isinstance(detail, list):
        parts = [_problem(item) for item in detail[:20]]
        return _clip("; ".join(part for part in parts if part))
    if isinstance(detail, Mapping):
        return _problem(detail)
    if detail is None or isinstance(detail, bool | int | float):
        return "" if detail is None else str(detail)
    return _clip(" ".join(str(detail).split()))


def _problem(item: Any) -> str:
    if not isinstance(item, Mapping):
        return _clip(" ".join(str(item).split()))
    loc = item.get("loc")
    where = ".".join(str(part) for part in loc) if isinstance(loc, list | tuple) else ""
    message = item.get("msg", item.get("message", item.get("detail", "")))
    text = message if isinstance(message, str) else ""
    return _clip(f"{where}: {text}" if where else text)


def _clip(text: str) -> str:
    return text if len(text) <= MAX_MESSAGE else text[:MAX_MESSAGE] + "..."


def maskable(values: Iterable[str]) -> list[str]:
    """The secrets `mask` and `mask_text` take: distinct, at least 3 characters, longest first."""
    # longest first, so a secret that contains another is replaced whole; very short values would mask noise
    return sorted({value for value in values if isinstance(value, str) and len(value) >= 3}, key=len, reverse=True)


def mask_text(text: str, secrets: Iterable[str]) -> str:
    for secret in secrets:
        if secret in text:
            text = text.replace(secret, MASK)
    return text


def mask(value: Any, secrets: list[str]) -> Any:
    """`value` (a JSON body, or text) with every secret replaced by `***`, in keys and values alike."""
    if not secrets:
        return value
    if isinstance(value, str):
        return mask_text(value, secrets)
    if isinstance(value, Mapping):
        return {mask(key, secrets): mask(item, secrets) for key, item in value.items()}
    if isinstance(value, list):
        return [mask(item, secrets) for item in value]
    return value


__all__ = [
    "STATUS_ERRORS",
    "ApiConnectionError",
    "ApiError",
    "ApiTimeoutError",
    "BadRequestError",
    "ConflictError",
    "ForbiddenError",
    "InsecureTransportWarning",
    "InternalServerError",
    "InvalidParameterError",
    "InvalidParameterTypeError",
    "NotFoundError",
    "RedirectError",
    "ResponseValidationError",
    "RunWaitTimeout",
    "ShapeError",
    "SkyvernError",
    "TooManyRequestsError",
    "UnauthorizedError",
    "UnprocessableEntityError",
    "WebhookPayloadError",
    "WebhookVerificationError",
    "error_for_status",
    "server_message",
]
