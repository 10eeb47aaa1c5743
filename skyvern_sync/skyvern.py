"""`Skyvern`: the client. Its methods live in a module per operation group (skyvern_sync/resources/), mixed in here.

Each method checks its input (validation.py), builds the generated request model with its typed constructor,
and hands the operation's name to the one call path (resources/_base.py), which finds the generated endpoint
through the operation table, sends it through this client's Transport and, for a run it starts, waits when asked.
Endpoint modules are imported on first use, so importing skyvern_sync stays cheap.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from types import FunctionType
from typing import Any, cast

from skyvern_sync import _constants as defaults
from skyvern_sync.environment import SkyvernEnvironment, read_env_file
from skyvern_sync.errors import InvalidParameterError, InvalidParameterTypeError
from skyvern_sync.polling import Waiter
from skyvern_sync.resources._base import SubClient
from skyvern_sync.resources.browser_profiles import BrowserProfilesMixin
from skyvern_sync.resources.browser_sessions import BrowserSessionsMixin
from skyvern_sync.resources.credentials import CredentialsMixin
from skyvern_sync.resources.custom_llms import CustomLlmsMixin
from skyvern_sync.resources.files import FilesMixin
from skyvern_sync.resources.folders import FoldersMixin
from skyvern_sync.resources.runs import ArtifactsResource, RunsMixin
from skyvern_sync.resources.schedules import SchedulesResource
from skyvern_sync.resources.scripts import ScriptsMixin, ScriptsResource
from skyvern_sync.resources.sdk import SdkMixin
from skyvern_sync.resources.server import ServerMixin
from skyvern_sync.resources.tags import TagsMixin
from skyvern_sync.resources.workflows import AgentsResource, WorkflowsMixin
from skyvern_sync.transport import Transport
from skyvern_sync.validation import check_bool, check_headers, check_seconds


class Skyvern(
    RunsMixin,
    WorkflowsMixin,
    FoldersMixin,
    TagsMixin,
    ScriptsMixin,
    BrowserSessionsMixin,
    BrowserProfilesMixin,
    CredentialsMixin,
    CustomLlmsMixin,
    FilesMixin,
    ServerMixin,
    SdkMixin,
):
    """A blocking Skyvern client: the methods of Skyvern's SDK reference, without `await`, and every other
    operation the server serves, named as the official sync client `skyvern.client.Skyvern` names them.

    One instance is safe to share between threads (one pool of connections serves them all) and survives
    `os.fork()` (a child opens its own connections). Use it as a context manager, or call `close()`.

    Args:
        api_key: your Skyvern API key, sent as the `x-api-key` header (never shown in a repr, log or error).
        base_url: the server, e.g. `http://localhost:8000` for a self-hosted one; overrides `environment`.
        environment: `SkyvernEnvironment.CLOUD` (https://api.skyvern.com, the default) or `.LOCAL`.
        timeout: seconds one call may take in all (connecting, retries, reading the whole answer); default
            60. Waiting for a run has its own `timeout`. `RequestOptions(timeout_in_seconds=...)` overrides it
            per call.
        headers: headers sent with every request (the official client's `headers=`); like
            `RequestOptions.additional_headers`, their values never show in a repr or an error. They may replace
            `User-Agent` or `Accept`, not the API key's header.
        follow_redirects: True (the default) follows a redirect within the same origin for a GET, as the
            client always does; a redirect to another origin, or of a request with a body, is never followed
            whatever this says (`RedirectError`). False (or None, as httpx reads it) follows none: every
            3xx answer is a `RedirectError`, an `ApiError` with its `status_code`, as the official client's
            would be.
        httpx_client: refused (`InvalidParameterError`): this client sends with `requests`, not httpx. It is
            accepted as a name only so that the official client's constructor call fails saying why.

    `api_key` is required: the official client takes `api_key=None` and then sends no key at all (it reads no
    environment variable), which Skyvern answers with 403; `Skyvern.local()` reads `SKYVERN_API_KEY`.

    Besides what its own docstring names, every method may raise (each a `SkyvernError`):

    - `InvalidParameterError`: a parameter was refused before anything was sent (`.parameter` names it).
    - `ForbiddenError`: a missing or wrong API key (Skyvern answers 403, never 401).
    - `TooManyRequestsError`, `InternalServerError`: after the retries the call was allowed.
    - `ApiError`: any other error status (`.status_code`, `.body`, `.headers`).
    - `ResponseValidationError`: a 2xx answer whose body does not fit the schema (`.problem` says where).
    - `RedirectError`: a redirect to another origin, or of a request with a body (never followed).
    - `ApiConnectionError`, `ApiTimeoutError`: no (whole) answer; `.may_have_reached_server` says whether
      to check before sending again.

    >>> client = Skyvern(api_key="...")                      # doctest: +SKIP
    >>> run = client.run_task(prompt="...", wait_for_completion=True)  # doctest: +SKIP
    """

    agents = SubClient(AgentsResource)
    artifacts = SubClient(ArtifactsResource)
    schedules = SubClient(SchedulesResource)
    scripts = SubClient(ScriptsResource)

    def __init__(
        self,
        api_key: str,
        base_url: str | None = None,
        environment: SkyvernEnvironment = SkyvernEnvironment.CLOUD,
        timeout: float | None = None,
        *,
        headers: Mapping[str, str] | None = None,
        follow_redirects: bool | None = True,
        httpx_client: object = None,
    ) -> None:
        if not isinstance(environment, SkyvernEnvironment):
            raise InvalidParameterTypeError("environment", "must be SkyvernEnvironment.CLOUD or .LOCAL")
        if httpx_client is not None:
            raise InvalidParameterError(
                "httpx_client",
                "is not taken: skyvern-sync sends with requests, not httpx (set timeout=, headers= and "
                "follow_redirects= here, and per call request_options=)",
            )
        extra_headers = check_headers("headers", headers)
        if any(name.lower() == defaults.API_KEY_HEADER for name in extra_headers or {}):
            raise InvalidParameterError("headers", f"must not hold {defaults.API_KEY_HEADER}: pass the key as api_key")
        self._transport = Transport(
            base_url=environment.value if base_url is None else base_url,
            api_key=api_key,
            timeout=check_seconds("timeout", timeout, optional=True),
            headers=extra_headers,
            # None is what httpx makes of it, its default: no redirect followed
            follow_redirects=bool(check_bool("follow_redirects", follow_redirects)),
        )
        self.waiter = Waiter()

    @classmethod
    def local(cls, env_file: str | os.PathLike[str] = ".env", timeout: float | None = None) -> Skyvern:
        """A client for a local Skyvern server, configured from the environment and `.env`.

        Args:
            env_file: a file of `KEY=value` lines (default `.env` in the working directory; absent is fine).
            timeout: as for the constructor.

        Reads `SKYVERN_API_KEY` (required) and `SKYVERN_BASE_URL` (default http://localhost:8000); variables
        already in the environment win over the file.

        Raises:
            InvalidParameterError: no SKYVERN_API_KEY anywhere.
        """
        values = read_env_file(env_file)
        values.update({k: v for k, v in os.environ.items() if k.startswith("SKYVERN_")})
        api_key = values.get("SKYVERN_API_KEY")
        if not api_key:
            raise InvalidParameterError("SKYVERN_API_KEY", "is needed by Skyvern.local(), in the environment or .env")
        return cls(api_key, base_url=values.get("SKYVERN_BASE_URL") or defaults.LOCAL_BASE_URL, timeout=timeout)

    @property
    def base_url(self) -> str:
        """The server this client talks to."""
        return self._transport.base_url

    def __repr__(self) -> str:
        return f"Skyvern(base_url={self.base_url!r})"

    def close(self) -> None:
        """Close the pooled connections. The client is not used afterwards."""
        self._transport.close()

    def __enter__(self) -> Skyvern:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def api_methods() -> dict[str, Callable[..., Any]]:
    """Every public method of `Skyvern` that is an API call or a wait, by name, in its groups' order, then the
    sub-clients' as `<sub-client>.<method>` (`schedules.get`): what the command line makes a command of and the
    docs a page of types for."""
    found: dict[str, Callable[..., Any]] = {}
    subclients: dict[str, type] = {}
    for group in Skyvern.__mro__:  # the methods live in the operation groups' modules Skyvern combines
        for name, function in vars(group).items():
            if isinstance(function, SubClient):
                subclients.setdefault(name, function.resource)
            # properties and classmethods (`local`) are no API call either
            elif not name.startswith("_") and name != "close" and isinstance(function, FunctionType):
                found.setdefault(name, function)
    for prefix, resource in subclients.items():
        for name, function in vars(resource).items():
            if not name.startswith("_") and isinstance(function, FunctionType):
                found[f"{prefix}.{name}"] = function
    return found


def api_method(client: Skyvern, name: str) -> Callable[..., Any]:
    """The bound method `api_methods()` names: `client.get_run` for "get_run", `client.schedules.get` for
    "schedules.get"."""
    found: Any = client
    for part in name.split("."):
        found = getattr(found, part)
    return cast("Callable[..., Any]", found)
