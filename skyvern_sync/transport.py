"""One `requests.Session` per client: pooling, timeouts, retries, error mapping and logging.

The generated endpoint functions send through `Transport.bind(options)`, which satisfies the
generated `Sender` protocol; everything between "send this request" and "here is a 2xx response"
happens here and nowhere else.
"""

from __future__ import annotations

import email.utils
import ipaddress
import logging
import os
import random
import threading
import time
import warnings
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

import requests
import urllib3
from requests.adapters import HTTPAdapter

from skyvern_sync import __version__
from skyvern_sync import _constants as defaults
from skyvern_sync.errors import ApiConnectionError, ApiTimeoutError, InsecureTransportWarning, error_for_status

if TYPE_CHECKING:
    from skyvern_sync.options import RequestOptions

logger = logging.getLogger("skyvern_sync")

# Operations that start a run or create something: sending one twice may do it twice, so they are
# retried only when the request certainly never arrived, or when the server said 429 (did nothing).
CREATES = frozenset(
    {
        "run_task", "run_workflow", "login", "download_files", "create_workflow", "update_workflow",
        "create_browser_session", "create_browser_profile", "create_credential", "send_totp_code",
        "upload_file", "retry_run_webhook",
    }
)  # fmt: skip


def _is_loopback(host: str) -> bool:
    if host in ("localhost", ""):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return host.endswith(".localhost")


def retry_after_seconds(headers: Mapping[str, str]) -> float | None:
    """Retry-After in seconds (a number or an HTTP date); None when absent or unreadable."""
    value: str | None = headers.get("Retry-After")
    if not value:
        return None
    try:
        seconds: float = max(0.0, float(value))
    except ValueError:
        try:
            parsed = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError):
            return None
        return max(0.0, parsed.timestamp() - time.time())
    return seconds


def backoff(attempt: int, retry_after: float | None = None) -> float:
    """Seconds to wait before retry number `attempt` (1-based): exponential, jittered, capped."""
    if retry_after is not None:
        return retry_after  # the caller gives up instead when this exceeds RETRY_AFTER_CAP
    delay: float = min(defaults.RETRY_MAX_DELAY, defaults.RETRY_INITIAL_DELAY * 2.0 ** (attempt - 1))
    return delay * (0.75 + random.random() / 4)  # noqa: S311 (jitter, not cryptography)


class Transport:
    """Sends requests for one client. Safe to share between threads; one pool for all of them."""

    raise_on_unexpected_status = False

    def __init__(
        self,
        *,
        base_url: str,
        api_key: str,
        timeout: float | None = None,
        max_retries: int = defaults.MAX_RETRIES,
        session: requests.Session | None = None,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self._api_key = api_key
        self.read_timeout = defaults.READ_TIMEOUT if timeout is None else float(timeout)
        self.max_retries = max_retries
        self._session = session or self._new_session()
        self._headers = {
            defaults.API_KEY_HEADER: api_key,
            "Accept": "application/json",
            "User-Agent": f"skyvern-sync/{__version__}",
        }
        self._pid = os.getpid()
        self._lock = threading.Lock()
        parts = urlsplit(self.base_url)
        if parts.scheme == "http" and not _is_loopback(parts.hostname or ""):
            warnings.warn(
                f"the API key would be sent in clear text to {parts.hostname}: use https://",
                InsecureTransportWarning,
                stacklevel=3,
            )

    def _new_session(self) -> requests.Session:
        session = requests.Session()
        # requests re-reads proxy and CA settings from the environment on every call (about a
        # third of a call's time); honour them, but read them once, here.
        session.proxies.update(requests.utils.get_environ_proxies(self.base_url))
        ca_bundle = os.environ.get("REQUESTS_CA_BUNDLE") or os.environ.get("CURL_CA_BUNDLE")
        if ca_bundle:
            session.verify = ca_bundle
        session.trust_env = False
        # retries are ours (they depend on the operation); urllib3 only pools
        adapter = HTTPAdapter(
            pool_connections=defaults.POOL_CONNECTIONS,
            pool_maxsize=defaults.POOL_MAXSIZE,
            max_retries=urllib3.Retry(total=0, redirect=0, raise_on_status=False),
        )
        session.mount("https://", adapter)
        session.mount("http://", adapter)
        return session

    @property
    def session(self) -> requests.Session:
        # A forked worker must not share the parent's sockets.
        if os.getpid() != self._pid:
            with self._lock:
                if os.getpid() != self._pid:
                    self._session = self._new_session()
                    self._pid = os.getpid()
        return self._session

    def bind(self, options: RequestOptions | Mapping[str, Any] | None) -> BoundTransport:
        from skyvern_sync.options import RequestOptions  # attrs: paid on the first call, not on import

        return BoundTransport(self, RequestOptions.of(options))

    def close(self) -> None:
        self._session.close()

    def __repr__(self) -> str:
        return f"Transport(base_url={self.base_url!r})"

    def send(
        self, options: RequestOptions, *, operation: str, method: str, url: str, **kwargs: Any
    ) -> requests.Response:
        headers = {**self._headers, **kwargs.pop("headers", {}), **(options.additional_headers or {})}
        read = self.read_timeout if options.timeout_in_seconds is None else float(options.timeout_in_seconds)
        timeout = (min(defaults.CONNECT_TIMEOUT, read), read)
        max_retries = self.max_retries if options.max_retries is None else options.max_retries
        creates = operation in CREATES
        files = kwargs.get("files") or []
        positions = [(f[1][1], f[1][1].tell()) for f in files if hasattr(f[1][1], "seek")]
        full_url = self.base_url + url
        attempt = 0
        started = time.perf_counter()
        while True:
            for stream, position in positions:
                stream.seek(position)
            try:
                response = self.session.request(method, full_url, headers=headers, timeout=timeout, **kwargs)
            except requests.exceptions.RequestException as exc:
                cause = _urllib3_cause(exc)
                # NewConnectionError (refused, DNS) is a ConnectTimeoutError: no connection, nothing sent
                never_sent = isinstance(cause, urllib3.exceptions.ConnectTimeoutError)
                if attempt < max_retries and (never_sent or not creates):
                    attempt += 1
                    time.sleep(backoff(attempt))
                    continue
                self._log(method, url, None, started, attempt)
                # requests reports a GET's read timeout as a ConnectionError; urllib3's cause says what it was
                timed_out = isinstance(exc, requests.exceptions.Timeout) or isinstance(
                    cause, urllib3.exceptions.ReadTimeoutError
                )
                error_class = ApiTimeoutError if timed_out else ApiConnectionError
                raise error_class(
                    type(cause).__name__, method=method, path=url, may_have_reached_server=not never_sent
                ) from exc
            status = response.status_code
            if status in defaults.RETRY_STATUSES and attempt < max_retries and (status == 429 or not creates):
                wait = backoff(attempt + 1, retry_after_seconds(response.headers))
                if wait <= defaults.RETRY_AFTER_CAP:
                    attempt += 1
                    response.close()
                    time.sleep(wait)
                    continue
            self._log(method, url, status, started, attempt)
            if status >= 400:
                raise error_for_status(status)(status, _body(response), response.headers, method=method, path=url)
            return response

    @staticmethod
    def _log(method: str, path: str, status: int | None, started: float, retries: int) -> None:
        if logger.isEnabledFor(logging.DEBUG):
            elapsed = (time.perf_counter() - started) * 1000
            logger.debug("%s %s -> %s in %.1f ms (retries: %d)", method, path, status or "no answer", elapsed, retries)


def _urllib3_cause(exc: requests.exceptions.RequestException) -> BaseException:
    """The urllib3 error behind a requests exception: requests wraps it, often inside a MaxRetryError."""
    cause = exc.args[0] if exc.args and isinstance(exc.args[0], BaseException) else exc
    if isinstance(cause, urllib3.exceptions.MaxRetryError) and cause.reason is not None:
        return cause.reason
    return cause


def _body(response: requests.Response) -> Any:
    if not response.content:
        return None
    try:
        return response.json()
    except ValueError:
        return response.text


class BoundTransport:
    """The transport with one call's RequestOptions: what a generated endpoint function sends through."""

    __slots__ = ("_options", "_transport")
    raise_on_unexpected_status = False

    def __init__(self, transport: Transport, options: RequestOptions) -> None:
        self._transport = transport
        self._options = options

    def request(self, *, operation: str, method: str, url: str, **kwargs: Any) -> requests.Response:
        return self._transport.send(self._options, operation=operation, method=method, url=url, **kwargs)
