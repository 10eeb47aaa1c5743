"""Sends requests for the endpoint functions in `api/`, over one `requests.Session`.

Endpoint functions accept any object with a `request()` method of this shape (`Sender`), so a
caller can add retries, logging and error mapping around the same generated code (skyvern_sync
does). `Client` and `AuthenticatedClient` are the plain, ready-made senders.
"""

from typing import Any, Protocol

import requests
from attrs import define, field

from .errors import UnexpectedBody


class Sender(Protocol):
    """What an endpoint function needs: send one request, return the response."""

    def request(
        self, *, operation: str, method: str, url: str, **kwargs: Any
    ) -> requests.Response:
        """`operation` is the operation id; `url` is relative to the base URL; kwargs go to requests."""
        ...

    def unexpected_body(
        self, response: requests.Response, problem: Exception
    ) -> Exception:
        """The exception to raise for a 2xx response whose body does not fit the schema (`problem` says how)."""
        ...


@define
class Client:
    """A client for the API, without authentication. A status other than 2xx raises errors.UnexpectedStatus.

    Attributes:
        base_url: all requests go to paths relative to it
        headers: sent with every request
        timeout: seconds, or a (connect, read) pair, for every request; None waits forever
        verify_ssl: passed to requests as `verify`
        session: the `requests.Session` to send through; made on first use when not given
    """

    _base_url: str = field(alias="base_url")
    _headers: dict[str, str] = field(factory=dict, kw_only=True, alias="headers")
    _timeout: float | tuple[float, float] | None = field(
        default=None, kw_only=True, alias="timeout"
    )
    _verify_ssl: str | bool = field(default=True, kw_only=True, alias="verify_ssl")
    _session: requests.Session | None = field(
        default=None, kw_only=True, alias="session"
    )

    def get_session(self) -> requests.Session:
        if self._session is None:
            self._session = requests.Session()
        return self._session

    def _auth_headers(self) -> dict[str, str]:
        return {}

    def request(
        self, *, operation: str, method: str, url: str, **kwargs: Any
    ) -> requests.Response:
        headers = {**self._headers, **self._auth_headers(), **kwargs.pop("headers", {})}
        return self.get_session().request(
            method,
            self._base_url.rstrip("/") + url,
            headers=headers,
            timeout=self._timeout,
            verify=self._verify_ssl,
            **kwargs,
        )

    def unexpected_body(
        self, response: requests.Response, problem: Exception
    ) -> Exception:
        return UnexpectedBody(response.status_code, response.content, problem)

    def close(self) -> None:
        if self._session is not None:
            self._session.close()

    def __enter__(self) -> "Client":
        return self

    def __exit__(self, *args: object) -> None:
        self.close()


@define
class AuthenticatedClient(Client):
    """A client that sends the API key in the `x-api-key` header.

    Attributes:
        token: the API key; never shown in repr
    """

    token: str = field(kw_only=True, repr=False)
    auth_header_name: str = field(default="x-api-key", kw_only=True)

    def _auth_headers(self) -> dict[str, str]:
        return {self.auth_header_name: self.token}


__all__ = ["AuthenticatedClient", "Client", "Sender"]
