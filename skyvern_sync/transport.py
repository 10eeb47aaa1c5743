"""One `requests.Session` per client: pooling, the call's deadline, retries, redirects, error mapping, logging.

The generated endpoint functions send through `Transport.bind(options)`, which satisfies the generated
`Sender` protocol; everything between "send this request" and "here is a whole 2xx response" happens here
and nowhere else. One deadline bounds a call: connecting, every retry and its backoff, and reading the
whole body.
"""

from __future__ import annotations

import functools
import json
import logging
import math
import os
import re
import threading
import time
import warnings
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, NoReturn
from urllib.parse import urljoin, urlsplit

import requests
import urllib3
from requests.adapters import HTTPAdapter

from skyvern_sync import __version__
from skyvern_sync import _constants as defaults
from skyvern_sync.errors import (
    ApiConnectionError,
    ApiError,
    ApiTimeoutError,
    InsecureTransportWarning,
    InvalidParameterError,
    RedirectError,
    ResponseValidationError,
    error_for_status,
    mask_text,
    maskable,
)
from skyvern_sync.redaction import request_secrets
from skyvern_sync.validation import check_api_key, check_base_url

if TYPE_CHECKING:
    from skyvern_sync.options import RequestOptions

logger = logging.getLogger("skyvern_sync")

REDIRECTS = frozenset({301, 302, 303, 307, 308})
UNBUILDABLE = (
    requests.exceptions.InvalidHeader,
    requests.exceptions.InvalidURL,
    requests.exceptions.InvalidSchema,
    requests.exceptions.MissingSchema,
    requests.exceptions.InvalidJSONError,
)
# a token the server made (a run id), as it may appear in an error: letters, digits, `_` and `-`
SERVER_ID = re.compile(r"^[A-Za-z0-9_-]{1,128}$")


def _is_loopback(host: str) -> bool:
    import ipaddress  # imports on first use keep `import skyvern_sync` as cheap as `import requests`

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
        seconds = float(value)
    except ValueError:
        import email.utils

        try:
            parsed = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
        return max(0.0, parsed.timestamp() - time.time())
    return max(0.0, seconds) if math.isfinite(seconds) else None


def backoff(attempt: int, retry_after: float | None = None) -> float:
    """Seconds to wait before retry number `attempt` (1-based): exponential, jittered, capped."""
    if retry_after is not None:
        return retry_after  # the caller gives up instead when this exceeds RETRY_AFTER_CAP
    import random

    delay: float = min(defaults.RETRY_MAX_DELAY, defaults.RETRY_INITIAL_DELAY * 2.0 ** (attempt - 1))
    return delay * (0.75 + random.random() / 4)  # noqa: S311 (jitter, not cryptography)


def origin(url: str) -> tuple[str, str, int | None]:
    parts = urlsplit(url)
    default = {"http": 80, "https": 443}.get(parts.scheme)
    return parts.scheme, (parts.hostname or "").lower(), parts.port or default


class Transport:
    """Sends requests for one client. Safe to share between threads; one pool for all of them."""

    def __init__(
        self,
        *,
        base_url: str,
        api_key: str,
        timeout: float | None = None,
        max_retries: int = defaults.MAX_RETRIES,
        session: requests.Session | None = None,
    ) -> None:
        self._api_key = check_api_key(api_key)
        self.base_url = check_base_url(base_url)
        self.timeout = defaults.READ_TIMEOUT if timeout is None else float(timeout)
        self.max_retries = max_retries
        self._origin = origin(self.base_url)
        self._session = session or self._new_session()
        self._headers = {
            defaults.API_KEY_HEADER: self._api_key,
            "Accept": "application/json",
            "Accept-Encoding": requests.utils.DEFAULT_ACCEPT_ENCODING,
            "User-Agent": f"skyvern-sync/{__version__}",
        }
        self._pid = os.getpid()
        self._lock = threading.Lock()
        host = urlsplit(self.base_url).hostname or ""
        if self._origin[0] == "http" and not _is_loopback(host):
            warnings.warn(
                f"the API key would be sent in clear text to {host}: use https://",
                InsecureTransportWarning,
                stacklevel=4,
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
        # retries and redirects are ours (they depend on the operation and the origin); urllib3 only pools
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

    def bind(self, options: RequestOptions | Mapping[str, Any] | None, *, cap: float | None = None) -> BoundTransport:
        """A sender for one call: `options` (RequestOptions or a dict of its fields); `cap` bounds its deadline."""
        if options is None:
            return BoundTransport(self, _default_options(), cap)
        from skyvern_sync.options import RequestOptions  # attrs: paid on the first call, not on import

        return BoundTransport(self, RequestOptions.of(options), cap)

    @property
    def api_key(self) -> str:
        return self._api_key

    def close(self) -> None:
        self._session.close()

    def __repr__(self) -> str:
        return f"Transport(base_url={self.base_url!r})"

    def send(
        self,
        options: RequestOptions,
        *,
        operation: str,
        method: str,
        url: str,
        secrets: list[str],
        cap: float | None = None,
        **kwargs: Any,
    ) -> requests.Response:
        """Send until a whole 2xx answer, within one deadline; `secrets` are masked in any error raised."""
        started = time.monotonic()
        budget = self.timeout if options.timeout_in_seconds is None else options.timeout_in_seconds
        deadline = started + (budget if cap is None else min(budget, cap))
        headers = {**self._headers, **kwargs.pop("headers", {}), **(options.additional_headers or {})}
        max_retries = self.max_retries if options.max_retries is None else options.max_retries
        resendable = operation in _resendable()
        streams = [part[1][1] for part in kwargs.get("files") or [] if hasattr(part[1][1], "seek")]
        positions = [(stream, stream.tell()) for stream in streams]
        target = self.base_url + url
        path = url.partition("?")[0]
        attempt = redirects = 0
        reached = False  # whether any attempt so far may have reached the server
        while True:
            for stream, position in positions:
                stream.seek(position)
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                self._log(method, path, None, started, attempt)
                raise ApiTimeoutError(
                    f"no answer within {budget:g} s", method=method, path=path, may_have_reached_server=reached
                )
            try:
                session = self.session
                # prepared here rather than by session.request(), whose merging of session-wide settings this
                # session does not use (auth, hooks, params, the environment's) is a tenth of a call's time;
                # cookies a load balancer set are still sent back
                prepared = requests.PreparedRequest()
                prepared.prepare(method=method, url=target, headers=headers, cookies=session.cookies, **kwargs)
                response = session.send(
                    prepared,
                    timeout=(min(defaults.CONNECT_TIMEOUT, remaining), remaining),
                    allow_redirects=False,
                    stream=True,
                    verify=session.verify,
                    proxies=session.proxies,
                    cert=session.cert,
                )
                status = response.status_code
                if status not in REDIRECTS:
                    _read_body(response, deadline)
            except UNBUILDABLE as exc:
                # requests refused to build the request (validation lets nothing of this kind through): nothing
                # was sent. Its message may quote a header value, so only its kind is said.
                self._log(method, path, None, started, attempt)
                raise InvalidParameterError("request", f"could not be built: {type(exc).__name__}") from None
            except requests.exceptions.RequestException as exc:
                cause = _urllib3_cause(exc)
                never_sent = _never_sent(cause)
                reached = reached or not never_sent
                timed_out = _timed_out(exc, cause) or time.monotonic() >= deadline
                if attempt < max_retries and (never_sent or resendable):
                    wait = backoff(attempt + 1)
                    if time.monotonic() + wait < deadline:
                        attempt += 1
                        time.sleep(wait)
                        continue
                self._log(method, path, None, started, attempt)
                error_class = ApiTimeoutError if timed_out else ApiConnectionError
                reason = f"no whole answer within {budget:g} s" if timed_out else _reason(cause, secrets)
                raise error_class(reason, method=method, path=path, may_have_reached_server=reached) from None
            except (ValueError, UnicodeError, OverflowError) as exc:
                self._log(method, path, None, started, attempt)
                raise InvalidParameterError("request", f"could not be built: {type(exc).__name__}") from None

            reached = True
            if status in REDIRECTS:
                location = response.headers.get("Location", "")
                response.close()
                target = self._follow(target, location, method, status, path, response.headers)
                redirects += 1
                if redirects > defaults.MAX_REDIRECTS:
                    self._log(method, path, status, started, attempt)
                    raise RedirectError(
                        status,
                        response.headers,
                        location=location,
                        reason="too many redirects",
                        method=method,
                        path=path,
                    )
                continue
            if status in defaults.RETRY_STATUSES and attempt < max_retries and (status == 429 or resendable):
                wait = backoff(attempt + 1, retry_after_seconds(response.headers))
                if wait <= defaults.RETRY_AFTER_CAP and time.monotonic() + wait < deadline:
                    attempt += 1
                    response.close()
                    time.sleep(wait)
                    continue
            self._log(method, path, status, started, attempt)
            if status >= 300:
                self._raise_for_status(response, method, path, secrets)
            return response

    def _follow(
        self, current: str, location: str, method: str, status: int, path: str, headers: Mapping[str, str]
    ) -> str:
        """Where a redirect goes, when it may be followed: the same origin, and a method without a body."""
        if not location:
            raise RedirectError(
                status, headers, location=location, reason="it has no Location", method=method, path=path
            )
        target = urljoin(current, location)
        if origin(target) != self._origin:
            reason = "it leads to another origin, and the API key would go with it"
            raise RedirectError(status, headers, location=location, reason=reason, method=method, path=path)
        if method not in ("GET", "HEAD"):
            reason = f"a {method} is never sent again (its body would be repeated or dropped)"
            raise RedirectError(status, headers, location=location, reason=reason, method=method, path=path)
        return target

    def _raise_for_status(self, response: requests.Response, method: str, path: str, secrets: list[str]) -> NoReturn:
        status = response.status_code
        if 300 <= status < 400:
            raise ApiError(status, _body(response), response.headers, method=method, path=path, secrets=secrets)
        raise error_for_status(status)(
            status, _body(response), response.headers, method=method, path=path, secrets=secrets
        )

    @staticmethod
    def _log(method: str, path: str, status: int | None, started: float, retries: int) -> None:
        if logger.isEnabledFor(logging.DEBUG):
            elapsed = (time.monotonic() - started) * 1000
            logger.debug("%s %s -> %s in %.1f ms (retries: %d)", method, path, status or "no answer", elapsed, retries)


# Both are imports cached on the first call rather than made on `import skyvern_sync`, and looked up once
# per call afterwards (an import statement in the hot path costs more than the cached call).
@functools.cache
def _default_options() -> RequestOptions:
    """RequestOptions(): a call without request_options."""
    from skyvern_sync.options import RequestOptions

    return RequestOptions.of(None)


@functools.cache
def _resendable() -> frozenset[str]:
    """The operations that may be sent twice, from the generated operation table."""
    from skyvern_generated.operations import RESENDABLE

    return RESENDABLE


CHUNK = 1 << 20  # a read takes what has arrived, up to this: a large list in few reads

# how much a read's timeout must shrink before it is set again: setting it costs a system call per read, and
# a body that arrives at once needs none; one that drips in is cut off at most this late
TIGHTEN = 0.25


def _read_body(response: requests.Response, deadline: float) -> None:
    """Read the whole body into `response.content` before `deadline`, however slowly it arrives."""
    raw = response.raw
    chunks: list[bytes] = []
    real = isinstance(raw, urllib3.response.BaseHTTPResponse)
    try:
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise requests.exceptions.ReadTimeout("the body did not arrive before the deadline")
            sock = getattr(getattr(raw, "connection", None), "sock", None)
            if sock is not None:
                current = sock.gettimeout()
                if current is None or remaining < current - TIGHTEN:
                    sock.settimeout(remaining)
            # read1: whatever has arrived, so a body that drips in is still read against the deadline (a
            # stand-in holding the body in memory, vcrpy's replay, has a plain read)
            chunk = raw.read1(CHUNK, decode_content=True) if real else raw.read(CHUNK)
            if not chunk:
                break
            chunks.append(chunk)
            if real and raw.length_remaining == 0:
                break  # all its Content-Length has come: no read for the end, the connection is back in the pool
    except urllib3.exceptions.ReadTimeoutError as exc:
        response.close()  # mid-body: the connection cannot serve another request
        raise requests.exceptions.ReadTimeout(exc) from None
    except (urllib3.exceptions.ProtocolError, urllib3.exceptions.DecodeError, OSError) as exc:
        response.close()
        raise requests.exceptions.ConnectionError(exc) from None
    except requests.exceptions.ReadTimeout:
        response.close()
        raise
    # read to its end, the connection went back to the pool by itself
    response._content = b"".join(chunks)  # requests' own slot for a body it has read


def _urllib3_cause(exc: BaseException) -> BaseException:
    """The urllib3 error behind a requests exception: requests wraps it, often inside a MaxRetryError."""
    cause: BaseException = exc.args[0] if exc.args and isinstance(exc.args[0], BaseException) else exc
    if isinstance(cause, urllib3.exceptions.MaxRetryError) and cause.reason is not None:
        return cause.reason
    return cause


def _never_sent(cause: BaseException) -> bool:
    # NewConnectionError (refused, DNS) is a ConnectTimeoutError: no connection, so nothing was sent
    return isinstance(cause, urllib3.exceptions.ConnectTimeoutError | urllib3.exceptions.NameResolutionError)


def _timed_out(exc: BaseException, cause: BaseException) -> bool:
    if isinstance(cause, urllib3.exceptions.NewConnectionError):
        return False  # refused: an error of its own, not slowness
    # requests reports a GET's read timeout as a ConnectionError; urllib3's cause says what it was
    return isinstance(exc, requests.exceptions.Timeout) or isinstance(
        cause, urllib3.exceptions.ReadTimeoutError | urllib3.exceptions.ConnectTimeoutError | TimeoutError
    )


CREDENTIALS_IN_URL = re.compile(r"//[^/\s:@]+:[^/\s@]+@")


def _reason(cause: BaseException, secrets: Iterable[str]) -> str:
    """Why a connection failed, in urllib3's words, with credentials and secrets taken out."""
    text = str(cause.args[0] if isinstance(cause, urllib3.exceptions.NewConnectionError) and cause.args else cause)
    text = CREDENTIALS_IN_URL.sub("//***@", text)
    text = mask_text(text, maskable(secrets))
    text = re.sub(r"<urllib3\.[^>]*>:?\s*", "", text)
    return f"{type(cause).__name__}: {text[:300]}" if text else type(cause).__name__


MAX_JSON_DEPTH = 64


def _depth_ok(text: str) -> bool:
    depth = deepest = 0
    for char in text:
        if char in "[{":
            depth += 1
            deepest = max(deepest, depth)
            if deepest > MAX_JSON_DEPTH:
                return False
        elif char in "]}":
            depth -= 1
    return True


def _body(response: requests.Response) -> Any:
    """An error body: its JSON when it is (reasonably nested) JSON, else its text; None when empty."""
    content = response.content
    if not content:
        return None
    text = content.decode("utf-8", "replace")
    if len(text) > 1_000_000 or not _depth_ok(text):
        return text
    try:
        return json.loads(text)
    except (ValueError, RecursionError):
        return text


def _run_id_in(content: bytes) -> str | None:
    """The run id an unreadable answer still holds, when it is JSON with a `run_id` the server made."""
    try:
        data = json.loads(content) if content and len(content) < 10_000_000 else None
    except (ValueError, RecursionError):
        return None
    run_id = data.get("run_id") if isinstance(data, dict) else None
    return run_id if isinstance(run_id, str) and SERVER_ID.match(run_id) else None


class BoundTransport:
    """The transport with one call's RequestOptions: what a generated endpoint function sends through."""

    __slots__ = ("_cap", "_operation", "_options", "_secrets", "_transport")

    def __init__(self, transport: Transport, options: RequestOptions, cap: float | None = None) -> None:
        self._transport = transport
        self._options = options
        self._cap = cap
        self._operation = ""
        self._secrets: list[str] = []

    def request(self, *, operation: str, method: str, url: str, **kwargs: Any) -> requests.Response:
        transport = self._transport
        self._operation = operation
        self._secrets = request_secrets(transport.api_key, self._options.additional_headers or {}, kwargs.get("json"))
        return transport.send(
            self._options, operation=operation, method=method, url=url, cap=self._cap, secrets=self._secrets, **kwargs
        )

    def unexpected_body(self, response: requests.Response, problem: Exception) -> Exception:
        """A 2xx answer the models could not read: typed, with the run id if the call started a run."""
        from skyvern_generated.operations import OPERATIONS

        operation = OPERATIONS.get(self._operation)
        starts_run = operation is not None and operation.kind == "start"
        request = response.request
        path = urlsplit(request.url or "").path if request is not None else ""
        return ResponseValidationError(
            response.status_code,
            response.content.decode("utf-8", "replace") if response.content else None,
            response.headers,
            problem=str(problem),
            method=str(request.method if request is not None else ""),
            path=path,
            secrets=self._secrets,
            run_id=_run_id_in(response.content) if starts_run else None,
        )
