"""One `requests.Session` per client: pooling, the call's deadline, retries, redirects, error mapping, logging.

The generated endpoint functions send through `Transport.bind(options)`, which satisfies the generated
`Sender` protocol; everything between "send this request" and "here is a whole 2xx response" happens here
and nowhere else. One deadline bounds a call: connecting, every retry and its backoff, and reading the
whole body.
"""

from __future__ import annotations

import functools
import http.client
import io
import logging
import os
import re
import threading
import time
import warnings
from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any, NamedTuple, NoReturn, cast
from urllib.parse import unquote, urljoin, urlsplit

import requests
import urllib3
from requests.adapters import HTTPAdapter
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool

from skyvern_sync import __version__, _collector
from skyvern_sync import _constants as defaults
from skyvern_sync._retry_after import retry_after_seconds
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
# what requests raises while it builds a request: nothing has been sent
UNBUILDABLE = (
    requests.exceptions.InvalidHeader,
    requests.exceptions.InvalidURL,
    requests.exceptions.InvalidSchema,
    requests.exceptions.MissingSchema,
    requests.exceptions.InvalidJSONError,
)
# what requests raises while sending, before it asks for a connection (InvalidHeader is not among them:
# urllib3 raises it for an answer's headers too, after the request was sent)
UNROUTABLE = (requests.exceptions.InvalidURL, requests.exceptions.InvalidSchema, requests.exceptions.MissingSchema)
PROXY_AUTHENTICATION = "the proxy wants authentication (407 Proxy Authentication Required): nothing was forwarded"
# a RecursionError from the models says only "maximum recursion depth exceeded": the caller needs to know why
TOO_DEEP_TO_BUILD = "the body's JSON is nested too deeply to build"
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


class UnaskedUpgrade(http.client.HTTPException):
    """A `101 Switching Protocols` to a request that asked for no upgrade: what follows cannot be read as HTTP."""


class EndlessInterim(http.client.HTTPException):
    """More interim (1xx) heads before the final answer than MAX_INTERIM."""


class _DeadlineReader(io.RawIOBase):
    """A socket's reads, none of them allowed past `deadline`: a head that drips in is cut off when it passes.

    http.client reads the status line and fields with the socket's timeout for each read, which a server
    sending a byte at a time never lets expire.
    """

    def __init__(self, raw: Any, sock: Any, deadline: float) -> None:
        super().__init__()
        self._raw = raw
        self._sock = sock
        self._deadline = deadline

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int | None:
        remaining = self._deadline - time.monotonic()
        if remaining <= 0:
            raise TimeoutError("the answer did not arrive before the deadline")
        current = self._sock.gettimeout()
        if current is None or remaining < current - TIGHTEN:
            self._sock.settimeout(remaining)
        read: int | None = self._raw.readinto(buffer)
        return read

    def close(self) -> None:
        self._raw.close()
        super().close()


class _FinalResponse(http.client.HTTPResponse):
    """An answer read past its interim 1xx heads (RFC 9110 section 15.2), where http.client skips only `100`,
    and read whole, heads included, within the call's deadline.

    Taking a `102` or `103` for the answer would leave the real one unread on the connection, for the next
    request sent on it to take as its own. Raising an HTTPException makes urllib3 discard the connection.
    The deadline is the socket's timeout when the answer is awaited: urllib3 sets it to what is left of the
    call's `total` (Transport._send_within), once connected and sent.
    """

    def __init__(self, sock: Any, *args: Any, **kwargs: Any) -> None:
        super().__init__(sock, *args, **kwargs)
        timeout = sock.gettimeout()
        if timeout is not None:
            deadline = time.monotonic() + timeout
            self.fp = io.BufferedReader(_DeadlineReader(self.fp.detach(), sock, deadline))

    def _check_close(self) -> bool:
        # After a 5xx the connection is not used again: a server may close it without saying so (uvicorn does
        # after an unhandled exception), and the next request sent on it, a POST not to be resent, would be reset
        # with nothing telling whether the server saw it. http.client then hands the socket to this answer, whose
        # body is still read, and urllib3 connects afresh for the next request.
        return bool(super()._check_close()) or self.status >= 500  # type: ignore[misc]

    def _read_status(self) -> tuple[str, int, str]:
        for _ in range(defaults.MAX_INTERIM + 1):
            version, status, reason = super()._read_status()  # type: ignore[misc]
            if status == 101:
                raise UnaskedUpgrade("a 101 Switching Protocols, though no upgrade was asked for")
            if not 100 <= status < 200:
                return version, status, reason
            http.client.parse_headers(self.fp)  # an interim head's fields; it has no body
        raise EndlessInterim(f"more than {defaults.MAX_INTERIM} interim (1xx) answers")


def _reads_final_answers(connection: Any) -> Any:
    # set on the instance, not by a ConnectionCls of our own: a recorder (vcrpy) swaps the pools' ConnectionCls
    # for its stand-in, which a class attribute of ours would hide
    if isinstance(connection, http.client.HTTPConnection):
        connection.response_class = _FinalResponse
    return connection


class _Pool(HTTPConnectionPool):
    def _new_conn(self) -> Any:
        return _reads_final_answers(super()._new_conn())


class _TLSPool(HTTPSConnectionPool):
    def _new_conn(self) -> Any:
        return _reads_final_answers(super()._new_conn())


class _Adapter(HTTPAdapter):
    """requests' adapter whose pools read answers with _FinalResponse: only this client's connections, no patching."""

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        super().init_poolmanager(*args, **kwargs)
        self.poolmanager.pool_classes_by_scheme = {"http": _Pool, "https": _TLSPool}

    def proxy_manager_for(self, proxy: str, **proxy_kwargs: Any) -> urllib3.ProxyManager:
        manager: urllib3.ProxyManager = super().proxy_manager_for(proxy, **proxy_kwargs)
        if not proxy.lower().startswith("socks"):  # a SOCKS manager's pools have connection classes of their own
            manager.pool_classes_by_scheme = {"http": _Pool, "https": _TLSPool}
        return manager


def _ca_bundle() -> str | None:
    """The CA bundle requests would take from the environment; one that does not exist is refused by name."""
    for variable in ("REQUESTS_CA_BUNDLE", "CURL_CA_BUNDLE"):
        path = os.environ.get(variable)
        if path:
            if not os.path.exists(path):
                # requests would raise a bare OSError on every https call, after the client was made
                raise InvalidParameterError(variable, f"names a CA bundle that does not exist: {path!r}")
            return path
    return None


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
        headers: Mapping[str, str] | None = None,
        follow_redirects: bool = True,
    ) -> None:
        self._api_key = check_api_key(api_key)
        self.base_url = check_base_url(base_url)
        self.timeout = defaults.READ_TIMEOUT if timeout is None else float(timeout)
        self.max_retries = max_retries
        self.follow_redirects = follow_redirects
        self._origin = origin(self.base_url)
        self._session = session or self._new_session()
        # the client's own headers (the official client's `headers=`): secret like a call's additional_headers
        self.extra_headers = dict(headers or {})
        self._headers = {
            "Accept": "application/json",
            "Accept-Encoding": requests.utils.DEFAULT_ACCEPT_ENCODING,
            "User-Agent": f"skyvern-sync/{__version__}",
            **self.extra_headers,  # may replace the three above, as the official client lets its headers do
            defaults.API_KEY_HEADER: self._api_key,
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
        ca_bundle = _ca_bundle() if self._origin[0] == "https" else None
        if ca_bundle:
            session.verify = ca_bundle
        session.trust_env = False
        # retries and redirects are ours (they depend on the operation and the origin); urllib3 only pools
        adapter = _Adapter(
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
        """Send until a whole 2xx answer, within one deadline; `secrets` are masked in any error raised.

        Each attempt: prepare, send within the deadline (`_send_within`), then the proxy's 407, the redirect
        rule (`_redirect`) and the retry rule (`retry_wait`, a plain function of what the attempt came to).
        """
        budget = self.timeout if options.timeout_in_seconds is None else options.timeout_in_seconds
        call = _Call(method, url.partition("?")[0], budget, cap)
        headers = {**self._headers, **kwargs.pop("headers", {}), **(options.additional_headers or {})}
        max_retries = self.max_retries if options.max_retries is None else options.max_retries
        may_send_twice = operation in _resendable() or _carries_idempotency_key(operation, headers)
        rewind = _rewinder(kwargs.get("files"))
        target = self.base_url + url
        redirects = 0
        while True:
            rewind()
            remaining = call.remaining()
            if remaining <= 0:
                call.log(None)
                raise ApiTimeoutError(f"no answer within {budget:g} s", **call.where())
            session = self.session
            prepared = self._prepare(session, method, target, headers, kwargs, call)
            try:
                response = self._send_within(session, prepared, call, remaining, secrets)
            except _Unanswered as failure:
                call.reached = call.reached or not failure.never_sent
                outcome = Outcome(never_sent=failure.never_sent)
                if not failure.final and call.wait(retry_wait(may_send_twice, call.attempt, max_retries, outcome)):
                    continue
                call.log(failure.status)
                timed_out = not failure.final and (failure.timed_out or time.monotonic() >= call.deadline)
                error_class = ApiTimeoutError if timed_out else ApiConnectionError
                reason = f"no whole answer within {budget:g} s" if timed_out else failure.reason
                raise error_class(reason, **call.where()) from None

            status = response.status_code
            if status == 407 and requests.utils.select_proxy(target, session.proxies):
                # the proxy refused to forward the request: nothing of this attempt reached the server
                response.close()
                call.log(status)
                raise ApiConnectionError(PROXY_AUTHENTICATION, **call.where())
            call.reached = True
            if status in REDIRECTS:
                redirects += 1
                target = self._redirect(response, target, redirects, call, secrets)
                continue
            retry_after = retry_after_seconds(response.headers) if status in defaults.RETRY_STATUSES else None
            outcome = Outcome(status=status, retry_after=retry_after)
            if call.wait(retry_wait(may_send_twice, call.attempt, max_retries, outcome), response):
                continue
            call.log(status)
            if status >= 300:
                self._raise_for_status(response, method, call.path, secrets)
            return response

    @staticmethod
    def _prepare(
        session: requests.Session, method: str, target: str, headers: Mapping[str, str], kwargs: Any, call: _Call
    ) -> requests.PreparedRequest:
        """The request as it will be sent; what requests refuses to build was never sent."""
        try:
            # prepared here rather than by session.request(), whose merging of session-wide settings this
            # session does not use (auth, hooks, params, the environment's) is a tenth of a call's time;
            # cookies a load balancer set are still sent back
            prepared = requests.PreparedRequest()
            prepared.prepare(method=method, url=target, headers=headers, cookies=session.cookies, **kwargs)
        except (*UNBUILDABLE, ValueError, UnicodeError, OverflowError) as exc:
            raise call.not_built(exc) from None  # validation lets nothing of this kind through
        return prepared

    @staticmethod
    def _send_within(
        session: requests.Session,
        prepared: requests.PreparedRequest,
        call: _Call,
        remaining: float,
        secrets: list[str],
    ) -> requests.Response:
        """One attempt: an answer whose body (unless it redirects) is read whole before the deadline, or _Unanswered."""
        try:
            response = session.send(
                prepared,
                # total: what is left for the answer once connected and sent, which _FinalResponse's reads keep
                # to (requests passes a urllib3 Timeout on as it is, though its stubs take only numbers)
                timeout=cast(Any, urllib3.Timeout(total=remaining, connect=min(defaults.CONNECT_TIMEOUT, remaining))),
                allow_redirects=False,
                stream=True,
                verify=session.verify,
                proxies=session.proxies,
                cert=session.cert,
            )
            if response.status_code not in REDIRECTS:
                _read_body(response, call.deadline)
        except UNROUTABLE as exc:
            raise call.not_built(exc) from None  # no adapter or no pool for the URL: no connection was asked for
        except requests.exceptions.RequestException as exc:
            cause = _urllib3_cause(exc)
            if _proxy_wants_authentication(cause):
                raise _Unanswered(PROXY_AUTHENTICATION, never_sent=True, final=True, status=407) from None
            raise _Unanswered(
                _reason(cause, secrets), never_sent=_never_sent(cause), timed_out=_timed_out(exc, cause)
            ) from None
        except (ValueError, UnicodeError, OverflowError) as exc:
            # raised while sending or reading, where nothing tells how far the request got
            raise _Unanswered(f"the request failed: {type(exc).__name__}", never_sent=False, final=True) from None
        except OSError as exc:
            # requests checks the CA bundle and the client certificate before it asks for a connection (it wraps
            # every failure of the connection itself): nothing was sent
            raise _Unanswered(_reason(exc, secrets), never_sent=True, final=True) from None
        return response

    def _redirect(
        self, response: requests.Response, current: str, redirects: int, call: _Call, secrets: list[str]
    ) -> str:
        """Where a redirect answer sends the next attempt: the same origin, for a method without a body; else a
        RedirectError."""
        status, headers = response.status_code, response.headers
        location = headers.get("Location", "")
        response.close()
        if not self.follow_redirects:
            reason = "the client was made with follow_redirects=False"
            raise call.not_followed(status, headers, location, reason, secrets)
        if not location:
            raise call.not_followed(status, headers, location, "it has no Location", secrets)
        target = urljoin(current, location)
        if origin(target) != self._origin:
            reason = "it leads to another origin, and the API key would go with it"
            raise call.not_followed(status, headers, location, reason, secrets)
        if call.method not in ("GET", "HEAD"):
            reason = f"a {call.method} is never sent again (its body would be repeated or dropped)"
            raise call.not_followed(status, headers, location, reason, secrets)
        if _holds_secret(location, secrets):
            # followed, the secret would travel in a URL, which logs (urllib3's among them) and proxies record
            reason = "it would carry a secret of this request in the URL"
            raise call.not_followed(status, headers, location, reason, secrets)
        if redirects > defaults.MAX_REDIRECTS:
            call.log(status)
            raise call.not_followed(status, headers, location, "too many redirects", secrets)
        return target

    def _raise_for_status(self, response: requests.Response, method: str, path: str, secrets: list[str]) -> NoReturn:
        status = response.status_code
        if 300 <= status < 400:
            raise ApiError(status, _body(response), response.headers, method=method, path=path, secrets=secrets)
        raise error_for_status(status)(
            status, _body(response), response.headers, method=method, path=path, secrets=secrets
        )


def _holds_secret(text: str, secrets: list[str]) -> bool:
    """Whether `text` holds one of `secrets`, as it is or percent-decoded (as a URL would carry it)."""
    plain = unquote(text)
    return any(secret in text or secret in plain for secret in maskable(secrets))


class Outcome(NamedTuple):
    """What one attempt came to, as the retry rule sees it: an answer's status, or no answer."""

    status: int | None = None  # None: no answer (the connection failed or broke)
    never_sent: bool = False  # no answer, and the request certainly never left
    retry_after: float | None = None  # the answer's Retry-After, in seconds


def retry_wait(may_send_twice: bool, attempt: int, max_retries: int, outcome: Outcome) -> float | None:
    """Seconds to wait before sending again after `attempt` retries so far, or None: not again.

    `may_send_twice` is the operation's kind (read or change, not create or start). A request that never left
    is sent again whatever it does; one that may have arrived, only if sending it twice does no harm; a 429
    (the server did nothing) always, a 502/503/504 as the operation allows; a Retry-After beyond
    RETRY_AFTER_CAP is not waited for. Whether the wait fits in the call's deadline is the caller's to check.
    """
    if attempt >= max_retries:
        return None
    if outcome.status is None:
        return backoff(attempt + 1) if outcome.never_sent or may_send_twice else None
    if outcome.status not in defaults.RETRY_STATUSES or not (outcome.status == 429 or may_send_twice):
        return None
    wait = backoff(attempt + 1, outcome.retry_after)
    return wait if wait <= defaults.RETRY_AFTER_CAP else None


class _Unanswered(Exception):
    """One attempt ended without an answer. `final`: not to be tried again, whatever the retry rule says."""

    def __init__(
        self, reason: str, *, never_sent: bool, timed_out: bool = False, final: bool = False, status: int | None = None
    ) -> None:
        super().__init__(reason)
        self.reason = reason
        self.never_sent = never_sent
        self.timed_out = timed_out
        self.final = final
        self.status = status  # what the log says was answered (a proxy's 407), None for nothing


class _Call:
    """One call's clock and record: its deadline, the retries so far, whether it may have reached the server."""

    __slots__ = ("attempt", "deadline", "method", "path", "reached", "started")

    def __init__(self, method: str, path: str, budget: float, cap: float | None) -> None:
        self.method = method
        self.path = path
        self.started = time.monotonic()
        self.deadline = self.started + (budget if cap is None else min(budget, cap))
        self.attempt = 0
        self.reached = False  # whether any attempt so far may have reached the server

    def remaining(self) -> float:
        return self.deadline - time.monotonic()

    def wait(self, seconds: float | None, response: requests.Response | None = None) -> bool:
        """Wait `seconds` before the next attempt, if there is to be one and it fits in the deadline."""
        if seconds is None or time.monotonic() + seconds >= self.deadline:
            return False
        self.attempt += 1
        if response is not None:
            response.close()
        time.sleep(seconds)
        return True

    def where(self) -> dict[str, Any]:
        """An unanswered call's error fields: its method and path, and whether it may have reached the server."""
        return {"method": self.method, "path": self.path, "may_have_reached_server": self.reached}

    def not_followed(
        self, status: int, headers: Mapping[str, str], location: str, reason: str, secrets: list[str]
    ) -> RedirectError:
        """The error for a redirect not followed; a hostile server may echo any of the request's `secrets` in its
        Location, so they are masked there as in the headers."""
        return RedirectError(
            status, headers, location=location, reason=reason, method=self.method, path=self.path, secrets=secrets
        )

    def not_built(self, exc: BaseException) -> InvalidParameterError:
        """The error for a request requests refused to build: nothing was sent. Its message may quote a header
        value, so only its kind is said."""
        self.log(None)
        return InvalidParameterError("request", f"could not be built: {type(exc).__name__}")

    def log(self, status: int | None) -> None:
        if logger.isEnabledFor(logging.DEBUG):
            elapsed = (time.monotonic() - self.started) * 1000
            logger.debug(
                "%s %s -> %s in %.1f ms (retries: %d)",
                self.method,
                self.path,
                status or "no answer",
                elapsed,
                self.attempt,
            )


def _rewinder(files: Any) -> Callable[[], None]:
    """Puts the file parts of a multipart body back where they started, for each attempt to send them whole."""
    streams = [part[1][1] for part in files or [] if hasattr(part[1][1], "seek")]
    positions = [(stream, stream.tell()) for stream in streams]

    def rewind() -> None:
        for stream, position in positions:
            stream.seek(position)

    return rewind


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


@functools.cache
def _idempotency_header(operation: str) -> str | None:
    """The header the operation takes an idempotency key in (lower case), from the generated operation table."""
    from skyvern_generated.operations import OPERATIONS

    found = OPERATIONS.get(operation)
    return None if found is None or found.idempotency_key is None else found.idempotency_key.lower()


def _carries_idempotency_key(operation: str, headers: Mapping[str, str]) -> bool:
    """Whether this request carries the operation's idempotency key: the server answers a resend of it with what
    the first request made, so sending it twice does no harm whatever the operation's kind."""
    header = _idempotency_header(operation)
    return header is not None and any(name.lower() == header and value for name, value in headers.items())


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
    """The urllib3 error behind a requests exception: requests wraps it, often inside a MaxRetryError; urllib3
    wraps what broke a connection in a ProtocolError, and what failed on the way to a proxy in a ProxyError."""
    cause: BaseException = exc.args[0] if exc.args and isinstance(exc.args[0], BaseException) else exc
    if isinstance(cause, urllib3.exceptions.MaxRetryError) and cause.reason is not None:
        cause = cause.reason
    broke = isinstance(cause, urllib3.exceptions.ProtocolError) and len(cause.args) > 1
    if broke and isinstance(cause.args[1], UnaskedUpgrade | EndlessInterim):
        return cast(BaseException, cause.args[1])
    return cause


def _never_sent(cause: BaseException) -> bool:
    # NewConnectionError (refused, DNS) is a ConnectTimeoutError: no connection, so nothing was sent; the same
    # failure on the way to a proxy, or a proxy's refusal to open a tunnel, sent nothing to the server either
    if isinstance(cause, urllib3.exceptions.ProxyError):
        return _never_sent(cause.original_error) or _proxy_wants_authentication(cause)
    return isinstance(cause, urllib3.exceptions.ConnectTimeoutError | urllib3.exceptions.NameResolutionError)


def _proxy_wants_authentication(cause: BaseException) -> bool:
    """Whether a proxy refused to open a tunnel (https through a proxy) until the client authenticates."""
    # http.client says so only in words: "Tunnel connection failed: 407 Proxy Authentication Required"
    return isinstance(cause, urllib3.exceptions.ProxyError) and "failed: 407" in str(cause.original_error)


def _timed_out(exc: BaseException, cause: BaseException) -> bool:
    if isinstance(cause, urllib3.exceptions.ProxyError):
        cause = cause.original_error
    if isinstance(cause, urllib3.exceptions.NewConnectionError):
        return False  # refused: an error of its own, not slowness
    # requests reports a GET's read timeout as a ConnectionError; urllib3's cause says what it was
    return isinstance(exc, requests.exceptions.Timeout) or isinstance(
        cause, urllib3.exceptions.ReadTimeoutError | urllib3.exceptions.ConnectTimeoutError | TimeoutError
    )


CREDENTIALS_IN_URL = re.compile(r"//[^/\s:@]+:[^/\s@]+@")


def _reason(cause: BaseException, secrets: Iterable[str]) -> str:
    """Why a connection failed, in urllib3's words, with credentials and secrets taken out."""
    if isinstance(cause, urllib3.exceptions.ProxyError):
        return f"the proxy could not be used: {_reason(cause.original_error, secrets)}"
    if isinstance(cause, UnaskedUpgrade | EndlessInterim | urllib3.exceptions.InvalidHeader):
        return f"the answer could not be read: {mask_text(str(cause), maskable(secrets))[:300]}"
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
        return _collector.loads(text)
    except (ValueError, RecursionError):
        return text


def _run_id_in(content: bytes) -> str | None:
    """The run id an unreadable answer still holds, when it is JSON with a `run_id` the server made."""
    try:
        data = _collector.loads(content) if content and len(content) < 10_000_000 else None
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
        headers = {**transport.extra_headers, **(self._options.additional_headers or {})}
        self._secrets = request_secrets(transport.api_key, headers, kwargs.get("json"))
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
            problem=TOO_DEEP_TO_BUILD if isinstance(problem, RecursionError) else str(problem),
            method=str(request.method if request is not None else ""),
            path=path,
            secrets=self._secrets,
            run_id=_run_id_in(response.content) if starts_run else None,
        )
