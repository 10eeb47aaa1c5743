"""Sends requests for the endpoint functions in `api/`, over one `requests.Session`.

Endpoint functions accept any object with a `request()` method of this shape (`Sender`), so a
caller can add retries, logging and error mapping around the same generated code (skyvern_sync
does). `Client` and `AuthenticatedClient` are the plain, ready-made senders.
"""

from typing import Any, Protocol

import requests

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


class Client:
    """A client for the API, without authentication. A status other than 2xx raises errors.UnexpectedStatus.

    Attributes:
        base_url: all requests go to paths relative to it
        headers: sent with every request
        timeout: seconds, or a (connect, read) pair, for every request; None waits forever
        verify_ssl: passed to requests as `verify`
        session: the `requests.Session` to send through; made on first use when not given
    """

    def __init__(
        self,
        base_url: str,
        *,
        headers: dict[str, str] | None = None,
        timeout: float | tuple[float, float] | None = None,
        verify_ssl: str | bool = True,
        session: requests.Session | None = None,
    ) -> None:
        self._base_url = base_url
        self._headers = {} if headers is None else headers
        self._timeout = timeout
        self._verify_ssl = verify_ssl
        self._session = session

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self._base_url!r})"

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


class AuthenticatedClient(Client):
    """A client that sends the API key in the `x-api-key` header.

    Attributes:
        token: the API key; never shown in repr
    """

    def __init__(
        self,
        base_url: str,
        *,
        token: str,
        auth_header_name: str = "x-api-key",
        **options: Any,
    ) -> None:
        super().__init__(base_url, **options)
        self.token = token
        self.auth_header_name = auth_header_name

    def _auth_headers(self) -> dict[str, str]:
        return {self.auth_header_name: self.token}


__all__ = ["AuthenticatedClient", "Client", "Sender"]
