"""A hostile HTTP/1.1 server on loopback that answers each request with a scripted fault, byte by byte."""

# Written on raw sockets rather than http.server: resets, truncations, drips and lying headers need control
# of every byte and of how the connection ends (FIN or RST), which BaseHTTPRequestHandler does not give.
#
#     with serve_faults(status(503, headers={"Retry-After": "1"}), status(200, {"ok": True})) as server:
#         ...  # call server.url; then look at server.received, server.outcomes, server.count(...)

from __future__ import annotations

import contextlib
import email.utils
import fcntl
import gzip as gzip_module
import json
import re
import selectors
import socket
import struct
import termios
import threading
import time
import traceback
from abc import ABC, abstractmethod
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from http import HTTPStatus
from types import TracebackType
from typing import Any, Literal
from urllib.parse import parse_qs, urlsplit

End = Literal["open", "closed", "reset", "client-gone", "stopped"]
"""How an answer left its connection: open for the next request, FIN, RST, client hung up, server halted."""

HeaderInput = Mapping[str, str] | Iterable[tuple[str, str]]

MAX_LINE = 64 * 1024
MAX_FIELDS = 200
MAX_BODY = 64 * 1024 * 1024
LINGER_SECONDS = 0.5  # how long a closed connection's socket waits for the client's FIN before it is released
DRAIN_SECONDS = 1.0  # how long a reset waits for sent bytes to be acknowledged before it discards them

_NO_BODY = frozenset({204, 304})
_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_HEX = re.compile(rb"[0-9A-Fa-f]+")


class Headers(Mapping[str, str]):
    """Request header fields in the order sent; lookups ignore case and join repeated fields with ", "."""

    def __init__(self, fields: Iterable[tuple[str, str]] = ()) -> None:
        self.fields: tuple[tuple[str, str], ...] = tuple(fields)
        self._values: dict[str, str] = {}
        self._names: dict[str, str] = {}
        for name, value in self.fields:
            key = name.lower()
            self._values[key] = f"{self._values[key]}, {value}" if key in self._values else value
            self._names.setdefault(key, name)

    def __getitem__(self, name: str) -> str:
        return self._values[name.lower()]

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and name.lower() in self._values

    def __iter__(self) -> Iterator[str]:
        return iter(self._names.values())

    def __len__(self) -> int:
        return len(self._names)

    def get_all(self, name: str) -> list[str]:
        """Every value of the field `name`, one per line it was sent on."""
        key = name.lower()
        return [value for field_name, value in self.fields if field_name.lower() == key]

    def __repr__(self) -> str:
        return f"Headers({list(self.fields)!r})"


@dataclass(frozen=True)
class Received:
    """One request as the server read it (chunked bodies already de-chunked)."""

    method: str
    path: str
    query: str
    headers: Headers
    body: bytes = field(repr=False)
    connection_id: int
    at: float  # time.monotonic() when the request had been read in full
    version: str = "HTTP/1.1"

    @property
    def params(self) -> dict[str, list[str]]:
        return parse_qs(self.query, keep_blank_values=True)

    def json(self) -> Any:
        return json.loads(self.body)

    @property
    def wants_close(self) -> bool:
        connection = self.headers.get("Connection", "").lower()
        return "close" in connection or (self.version == "HTTP/1.0" and "keep-alive" not in connection)


class Wire:
    """One client connection as a fault sees it: send bytes, wait, and end it with a FIN or an RST."""

    def __init__(self, sock: socket.socket, connection_id: int, halt: threading.Event) -> None:
        self.connection_id = connection_id
        self.sent = 0  # bytes sent on this connection, interim and partial answers included
        self.ended: End | None = None
        self._sock = sock
        self._halt = halt
        self._lock = threading.Lock()
        self._released = False
        self._selector = selectors.DefaultSelector()
        self._selector.register(sock, selectors.EVENT_READ)

    def send(self, data: bytes) -> bool:
        """Send all of `data`; False if the connection has ended (client gone, server halted)."""
        if self.ended is not None:
            return False
        if self._halt.is_set():
            self._end("stopped")
            return False
        try:
            self._sock.sendall(data)
        except OSError:
            self._end("stopped" if self._halt.is_set() else "client-gone")
            return False
        self.sent += len(data)
        return True

    def recv(self, size: int = 65536) -> bytes:
        """Up to `size` bytes from the client; b"" once it has hung up or the connection was interrupted."""
        try:
            return self._sock.recv(size)
        except OSError:
            return b""

    def pause(self, seconds: float) -> bool:
        """Wait `seconds`; False as soon as the client hangs up or the server halts (the wire has then ended)."""
        deadline = time.monotonic() + seconds
        while self.ended is None:
            remaining = deadline - time.monotonic()
            if self._halt.is_set():
                self._end("stopped")
            elif remaining <= 0:
                return True
            elif self._selector.select(remaining) and not self._hung_up():
                # the client sent bytes early (a pipelined request): they stay readable, so poll instead of spinning
                self._halt.wait(min(remaining, 0.02))
        return False

    def wait_for_hangup(self) -> None:
        """Send nothing and discard whatever arrives until the client hangs up or the server halts."""
        while self.ended is None:
            if self._halt.is_set():
                self._end("stopped")
            elif self._selector.select(None) and not self.recv():
                self._end("stopped" if self._halt.is_set() else "client-gone")

    def close(self) -> None:
        """End the connection with a FIN after everything sent so far."""
        with self._lock:
            if self.ended is None and not self._released:
                with contextlib.suppress(OSError):
                    self._sock.shutdown(socket.SHUT_WR)
        self._end("closed")

    def reset(self) -> None:
        """End the connection with an RST, once the bytes sent so far have reached the client."""
        self._drain()
        with self._lock:
            if not self._released:
                # linger on with a zero timeout: close() then sends an RST instead of a FIN
                with contextlib.suppress(OSError):
                    self._sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                self._release_locked()
        self._end("reset")

    def interrupt(self) -> None:
        """From another thread: wake whatever this connection's thread is blocked on (used when halting)."""
        with self._lock:
            if not self._released:
                with contextlib.suppress(OSError):
                    self._sock.shutdown(socket.SHUT_RDWR)

    def release(self) -> None:
        """Close the socket for good: after a FIN, first wait briefly for the client's, so unread bytes do not RST."""
        if self.ended in (None, "open", "closed") and not self._halt.is_set():
            self.close()
            deadline = time.monotonic() + LINGER_SECONDS
            while not self._released and (remaining := deadline - time.monotonic()) > 0:
                if self._selector.select(remaining) and not self.recv():
                    break
        with self._lock:
            self._release_locked()

    def _release_locked(self) -> None:
        if not self._released:
            self._released = True
            self._selector.close()
            self._sock.close()

    def _end(self, how: End) -> None:
        with self._lock:
            if self.ended is None:
                self.ended = how

    def _hung_up(self) -> bool:
        try:
            hung_up = not self._sock.recv(1, socket.MSG_PEEK)
        except OSError:
            hung_up = True
        if hung_up:
            self._end("stopped" if self._halt.is_set() else "client-gone")
        return hung_up

    def _drain(self) -> None:
        # An RST discards what the kernel has not yet sent; wait (bounded) until the client acknowledged it all.
        deadline = time.monotonic() + DRAIN_SECONDS
        while time.monotonic() < deadline and not self._halt.is_set():
            try:
                unsent = struct.unpack("i", fcntl.ioctl(self._sock.fileno(), termios.TIOCOUTQ, b"\0\0\0\0"))[0]
            except (OSError, ValueError):
                return  # not Linux, or the socket is already gone: nothing to wait for
            if unsent == 0:
                return
            self._halt.wait(0.001)


class Fault(ABC):
    """What the server does with one request; subclass it and write `respond` for a fault not below."""

    @abstractmethod
    def respond(self, wire: Wire, request: Received) -> None:
        """Answer `request` on `wire`; leave the wire un-ended for the connection to serve the next request."""


def _phrase(code: int) -> str:
    try:
        return HTTPStatus(code).phrase
    except ValueError:
        return ""


def _head(code: int, reason: str | None, headers: Iterable[tuple[str, str]]) -> bytes:
    # the space after the code is required even when the reason phrase is empty (RFC 9112 section 4)
    lines = [f"HTTP/1.1 {code} {_phrase(code) if reason is None else reason}"]
    lines += [f"{name}: {value}" for name, value in headers]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


def _pairs(headers: HeaderInput) -> list[tuple[str, str]]:
    return list(headers.items()) if isinstance(headers, Mapping) else list(headers)


def _merge(defaults: Iterable[tuple[str, str]], extra: HeaderInput) -> tuple[tuple[str, str], ...]:
    # a header the test names replaces the server's own of that name, so a test can make any of them lie
    chosen = _pairs(extra)
    names = {name.lower() for name, _ in chosen}
    return (*((name, value) for name, value in defaults if name.lower() not in names), *chosen)


def _encode(body: object) -> bytes:
    return bytes(body) if isinstance(body, bytes | bytearray) else json.dumps(body).encode()


@dataclass(frozen=True)
class Respond(Fault):
    """A complete answer (no body for HEAD); the connection stays open unless a header says `Connection: close`."""

    code: int
    headers: tuple[tuple[str, str], ...]
    body: bytes = field(repr=False)
    reason: str | None = None
    name: str = "status"

    @property
    def head(self) -> bytes:
        return _head(self.code, self.reason, self.headers)

    @property
    def whole(self) -> bytes:
        return self.head + self.body

    def respond(self, wire: Wire, request: Received) -> None:
        body = b"" if request.method == "HEAD" else self.body
        if wire.send(self.head + body) and any(
            name.lower() == "connection" and "close" in value.lower() for name, value in self.headers
        ):
            wire.close()


@dataclass(frozen=True)
class Hangup(Fault):
    """No answer at all: the connection ends at once, with an RST (`rst`) or a FIN."""

    rst: bool

    def respond(self, wire: Wire, request: Received) -> None:
        if self.rst:
            wire.reset()
        else:
            wire.close()


@dataclass(frozen=True)
class Cut(Fault):
    """The head of `answer` (its Content-Length intact), `after` bytes of its body, then an RST or a FIN."""

    answer: Respond
    after: int
    rst: bool

    def respond(self, wire: Wire, request: Received) -> None:
        if wire.send(self.answer.head + self.answer.body[: self.after]):
            if self.rst:
                wire.reset()
            else:
                wire.close()


@dataclass(frozen=True)
class Drip(Fault):
    """The head of `answer` at once, then its body one byte per `interval` seconds, until the client leaves."""

    answer: Respond
    interval: float

    def respond(self, wire: Wire, request: Received) -> None:
        if not wire.send(self.answer.head):
            return
        for index in range(len(self.answer.body)):
            if not (wire.pause(self.interval) and wire.send(self.answer.body[index : index + 1])):
                return


@dataclass(frozen=True)
class HeadDrip(Fault):
    """The head of `answer` one byte per `interval` seconds, until the client leaves; then its body at once."""

    answer: Respond
    interval: float

    def respond(self, wire: Wire, request: Received) -> None:
        head = self.answer.head
        for index in range(len(head)):
            if not (wire.pause(self.interval) and wire.send(head[index : index + 1])):
                return
        wire.send(b"" if request.method == "HEAD" else self.answer.body)


@dataclass(frozen=True)
class Hang(Fault):
    """Nothing, until the client hangs up or the server halts."""

    def respond(self, wire: Wire, request: Received) -> None:
        wire.wait_for_hangup()


@dataclass(frozen=True)
class Delay(Fault):
    """Nothing for `seconds` (cut short if the client leaves), then `then`."""

    seconds: float
    then: Fault

    def respond(self, wire: Wire, request: Received) -> None:
        if wire.pause(self.seconds):
            self.then.respond(wire, request)


@dataclass(frozen=True)
class Interim(Fault):
    """Interim 1xx heads (each with its fields, no body; `every` seconds before each, else all at once),
    `pause` seconds, then the final answer `then`."""

    heads: tuple[Respond, ...]
    then: Fault
    pause: float = 0.0
    every: float = 0.0

    def respond(self, wire: Wire, request: Received) -> None:
        if self.every:
            for head in self.heads:
                if not (wire.pause(self.every) and wire.send(head.head)):
                    return
        elif not wire.send(b"".join(head.head for head in self.heads)):
            return
        if not self.pause or wire.pause(self.pause):
            self.then.respond(wire, request)


@dataclass(frozen=True)
class Computed(Fault):
    """Whatever fault `fn` makes of the request."""

    fn: Callable[[Received], Fault]

    def respond(self, wire: Wire, request: Received) -> None:
        self.fn(request).respond(wire, request)


@dataclass(frozen=True)
class Raw(Fault):
    """`data` verbatim, however malformed, then the connection stays open, closes (FIN) or resets (RST)."""

    data: bytes
    then: Literal["open", "close", "reset"] = "close"

    def respond(self, wire: Wire, request: Received) -> None:
        if wire.send(self.data):
            if self.then == "close":
                wire.close()
            elif self.then == "reset":
                wire.reset()


def _answer(
    name: str,
    code: int,
    payload: bytes,
    content_type: str | None,
    headers: HeaderInput = (),
    reason: str | None = None,
) -> Respond:
    defaults = [("Content-Type", content_type)] if content_type is not None else []
    defaults.append(("Content-Length", str(len(payload))))
    return Respond(code, _merge(defaults, headers), payload, reason, name)


def status(
    code: int,
    body: object = None,
    headers: HeaderInput = (),
    content_type: str | None = "application/json",
    reason: str | None = None,
) -> Respond:
    """Any status; body bytes verbatim or JSON-encoded (None: FastAPI's {"detail": phrase}); 204/304 send no body."""
    if code in _NO_BODY or code < 200:
        if body not in (None, b""):
            raise ValueError(f"a {code} has no body; send one anyway with raw()")
        return Respond(code, _merge((), headers), b"", reason, "status")
    payload = _encode({"detail": _phrase(code)} if body is None else body)
    return _answer("status", code, payload, content_type, headers, reason)


def http_date(seconds_from_now: float = 0.0) -> str:
    """An HTTP-date (for Retry-After) `seconds_from_now` seconds away."""
    return email.utils.formatdate(time.time() + seconds_from_now, usegmt=True)


def redirect(code: int, location: str, headers: HeaderInput = ()) -> Respond:
    """A 301/302/303/307/308 to `location` (another origin's absolute URL or a path here), with an empty body."""
    if code not in _REDIRECTS:
        raise ValueError(f"{code} is not a redirect status")
    return _answer("redirect", code, b"", None, _merge([("Location", location)], headers))


def reset_before_response() -> Hangup:
    """Read the request, then an RST before any byte of an answer."""
    return Hangup(rst=True)


def close_before_response() -> Hangup:
    """Read the request, then a FIN before any byte of an answer (a keep-alive connection closed under the client)."""
    return Hangup(rst=False)


def reset_mid_body(body: object, after: int, code: int = 200) -> Cut:
    """Head with the full Content-Length, `after` bytes of the body, then an RST."""
    return _cut(body, after, code, rst=True)


def truncated_body(body: object, after: int, code: int = 200) -> Cut:
    """Head with the full Content-Length, `after` bytes of the body, then a FIN."""
    return _cut(body, after, code, rst=False)


def _cut(body: object, after: int, code: int, rst: bool) -> Cut:
    answer = status(code, body)
    if not 0 <= after < len(answer.body):
        raise ValueError(f"after={after} does not cut a body of {len(answer.body)} bytes")
    return Cut(answer, after, rst)


def gzip(body: object, code: int = 200, headers: HeaderInput = ()) -> Respond:
    """The body gzip-compressed (deterministically: no timestamp), with `Content-Encoding: gzip`."""
    payload = gzip_module.compress(_encode(body), mtime=0)
    return _answer("gzip", code, payload, "application/json", _merge([("Content-Encoding", "gzip")], headers))


def wrong_content_type(body: object, content_type: str, code: int = 200) -> Respond:
    """The body under a Content-Type that does not describe it (JSON as text/plain, a proxy's HTML page...)."""
    return _answer("wrong_content_type", code, _encode(body), content_type)


def malformed_json(text: str, code: int = 200) -> Respond:
    """`text` (not valid JSON) sent as application/json."""
    return _answer("malformed_json", code, text.encode(), "application/json")


def empty_body(code: int = 200) -> Respond:
    """application/json with Content-Length: 0 (for 204/304: no Content-Length at all)."""
    return status(code) if code in _NO_BODY else _answer("empty_body", code, b"", "application/json")


def deep_json(depth: int = 100_000, code: int = 200) -> Respond:
    """Valid JSON nested `depth` arrays deep ([[[...]]]), deeper than a recursive parser can go."""
    return _answer("deep_json", code, b"[" * depth + b"]" * depth, "application/json")


def drip(body: object, interval: float = 0.5, code: int = 200) -> Drip:
    """Head at once, then one body byte every `interval` seconds (len(body) * interval in all)."""
    return Drip(status(code, body), interval)


def drip_head(body: object, interval: float = 0.5, code: int = 200) -> HeadDrip:
    """The status line and fields one byte every `interval` seconds (each read's timeout never expires), then
    the body at once."""
    return HeadDrip(status(code, body), interval)


def hang() -> Hang:
    """Read the request, then send nothing until the client hangs up or the server stops."""
    return Hang()


def slow_headers(delay: float, then: Fault | None = None) -> Delay:
    """Wait `delay` seconds before the status line of `then` (default: 200 {})."""
    return Delay(delay, status(200, {}) if then is None else then)


INTERIM_FIELDS: dict[int, tuple[tuple[str, str], ...]] = {
    101: (("Connection", "Upgrade"), ("Upgrade", "websocket")),
    103: (("Link", "</style.css>; rel=preload; as=style"),),
}


def interim(codes: Iterable[int], then: Fault, pause: float = 0.0, every: float = 0.0) -> Interim:
    """A 1xx head per code (100 Continue, 102 Processing, 103 Early Hints with a Link, a 101 nobody asked
    for...), `pause` seconds, then `then`: what a server, a proxy or a CDN sends before the real answer.
    `every`: seconds before each head (a server that keeps a request alive with a 102 now and then)."""
    heads = []
    for code in codes:
        if not 100 <= code < 200:
            raise ValueError(f"{code} is not an interim (1xx) status")
        heads.append(Respond(code, INTERIM_FIELDS.get(code, ()), b"", None, "interim"))
    return Interim(tuple(heads), then, pause, every)


def duplicate_content_length(body: object, code: int = 200) -> Respond:
    """The body under two different Content-Length fields (its own length, and one more): unreadable framing."""
    payload = _encode(body)
    lengths = [("Content-Length", str(len(payload))), ("Content-Length", str(len(payload) + 1))]
    return _answer("duplicate_content_length", code, payload, "application/json", lengths)


def proxy_authentication_required() -> Respond:
    """A proxy's 407, to a request it was asked to forward or to a CONNECT: it forwards nothing."""
    return _answer(
        "proxy_authentication_required",
        407,
        b"<html>Proxy Authentication Required</html>",
        "text/html",
        [("Proxy-Authenticate", 'Basic realm="corporate proxy"')],
    )


@contextmanager
def refusing(host: str = "127.0.0.1") -> Iterator[str]:
    """A URL on which every connection is refused (a proxy or a server that is down): a port held bound, never
    listened on, so no other socket takes it meanwhile."""
    with socket.socket() as sock:
        sock.bind((host, 0))
        yield f"http://{host}:{sock.getsockname()[1]}"


def echo_fn(fn: Callable[[Received], Fault]) -> Computed:
    """The fault `fn` computes from the request (for answers that depend on the operation called)."""
    return Computed(fn)


def raw(data: bytes, then: Literal["open", "close", "reset"] = "close") -> Raw:
    """`data` verbatim as the whole answer (a 204 with a body, garbage, HTTP/0.9...), then `then`."""
    return Raw(data, then)


UNSCRIPTED = status(500, {"detail": "unscripted"})


@dataclass(frozen=True)
class Outcome:
    """What became of one admitted request: the fault that answered it and how its connection was left."""

    request: Received
    fault: Fault
    sent: int  # bytes on the connection once answered (earlier answers on it included)
    end: End
    at: float  # time.monotonic() when the answer was over


class FaultServerError(AssertionError):
    """The fault server itself failed (a bug, or an echo_fn that raised) while a test ran."""


class _BadRequest(Exception):
    pass


class _Reader:
    def __init__(self, wire: Wire) -> None:
        self._wire = wire
        self._buffer = bytearray()

    def line(self) -> bytes | None:
        start = 0
        while (end := self._buffer.find(b"\n", start)) < 0:
            start = len(self._buffer)
            if start > MAX_LINE:
                raise _BadRequest("line too long")
            if not self._fill():
                return None
        line = bytes(self._buffer[: end + 1])
        del self._buffer[: end + 1]
        return line

    def exact(self, size: int) -> bytes | None:
        while len(self._buffer) < size:
            if not self._fill():
                return None
        data = bytes(self._buffer[:size])
        del self._buffer[:size]
        return data

    def _fill(self) -> bool:
        data = self._wire.recv()
        self._buffer += data
        return bool(data)


def _read_request(reader: _Reader, wire: Wire) -> Received | None:
    """The next request on the connection; None if the client hung up before it was complete."""
    line = reader.line()
    while line in (b"\r\n", b"\n"):  # RFC 9112 section 2.2: empty lines before a request line are ignored
        line = reader.line()
    if line is None:
        return None
    parts = line.decode("latin-1").rstrip("\r\n").split(" ")
    if len(parts) != 3 or not parts[2].startswith("HTTP/1."):
        raise _BadRequest(f"request line {line!r}")
    method, target, version = parts
    fields: list[tuple[str, str]] = []
    while (line := reader.line()) not in (b"\r\n", b"\n"):
        if line is None:
            return None
        name, colon, value = line.decode("latin-1").partition(":")
        if not colon or not name or name != name.strip() or len(fields) >= MAX_FIELDS:
            raise _BadRequest(f"header field {line!r}")
        fields.append((name, value.strip()))
    headers = Headers(fields)
    body = _read_body(reader, wire, headers)
    if body is None:
        return None
    if target.startswith(("http://", "https://")):  # absolute-form, as sent to a proxy
        split = urlsplit(target)
        path, query = split.path or "/", split.query
    else:
        path, _, query = target.partition("?")
    return Received(method, path, query, headers, body, wire.connection_id, time.monotonic(), version)


def _read_body(reader: _Reader, wire: Wire, headers: Headers) -> bytes | None:
    chunked = "transfer-encoding" in headers
    if chunked and headers["transfer-encoding"].split(",")[-1].strip().lower() != "chunked":
        raise _BadRequest(f"transfer-encoding {headers['transfer-encoding']!r}")
    lengths = {value.strip() for value in headers.get("content-length", "0").split(",")}
    if not chunked and (len(lengths) != 1 or not next(iter(lengths)).isdigit()):
        raise _BadRequest(f"content-length {headers['content-length']!r}")
    length = 0 if chunked else int(lengths.pop())
    if length > MAX_BODY:
        raise _BadRequest(f"a body of {length} bytes")
    if (chunked or length) and headers.get("expect", "").lower() == "100-continue":
        wire.send(b"HTTP/1.1 100 Continue\r\n\r\n")
    if not chunked:
        return reader.exact(length)
    chunks: list[bytes] = []
    total = 0
    while True:
        line = reader.line()
        if line is None:
            return None
        size_text = line.split(b";", 1)[0].strip()
        if not _HEX.fullmatch(size_text):
            raise _BadRequest(f"chunk size {line!r}")
        size = int(size_text, 16)
        total += size
        if total > MAX_BODY:
            raise _BadRequest(f"a body of more than {MAX_BODY} bytes")
        if size == 0:
            break
        chunk = reader.exact(size)
        if chunk is None or (end := reader.line()) is None:
            return None
        if end not in (b"\r\n", b"\n"):
            raise _BadRequest(f"chunk of {size} bytes followed by {end[:20]!r}")
        chunks.append(chunk)
    while (line := reader.line()) not in (b"\r\n", b"\n"):  # trailer fields, ignored
        if line is None:
            return None
    return b"".join(chunks)


class FaultServer:
    """Serves scripted faults on `host` at an ephemeral port, until stopped or a bound is reached.

    Each request is answered by the next scripted fault, then `default`, then a 500 {"detail": "unscripted"}.
    After `max_requests` admitted requests or `max_seconds`, whichever comes first, the server halts: answers
    in progress end and every further connection or request is reset at once (counted in `refused`).
    It serves from construction on: use it as a context manager (or serve_faults()), or call stop().
    """

    def __init__(
        self,
        host: str = "127.0.0.1",
        *,
        default: Fault | None = None,
        max_requests: int = 500,
        max_seconds: float = 60.0,
    ) -> None:
        self.default = default
        self.max_requests = max_requests
        self.max_seconds = max_seconds
        self.refused = 0
        self.bad_requests: list[str] = []
        self.errors: list[str] = []
        self._queue: deque[Fault] = deque()
        self._received: list[Received] = []
        self._outcomes: list[Outcome] = []
        self._live: dict[int, Wire] = {}
        self._threads: list[threading.Thread] = []
        self._connections = 0
        self._peak = 0
        self._expired = False
        self._stopped = False
        self._halt = threading.Event()  # set when stopping or expired: answers in progress end
        # reentrant: wait_until's predicates read the properties below, which take the lock again
        self._changed = threading.Condition(threading.RLock())
        self._listener = socket.create_server((host, 0), backlog=128)
        self.host = host
        self.port: int = self._listener.getsockname()[1]
        self.url = f"http://{host}:{self.port}"
        self._wake_read, self._wake_write = socket.socketpair()
        self._started = time.monotonic()
        self._acceptor = threading.Thread(target=self._accept_loop, name=f"faults-{self.port}", daemon=True)
        self._acceptor.start()

    def script(self, *faults: Fault) -> FaultServer:
        """Queue `faults` to answer the next requests, in order, after those already queued."""
        with self._changed:
            self._queue.extend(faults)
        return self

    def clear(self) -> FaultServer:
        """Drop the answers still queued (a test that sent fewer requests than it scripted)."""
        with self._changed:
            self._queue.clear()
        return self

    @property
    def pending(self) -> int:
        """Scripted faults not yet used."""
        with self._changed:
            return len(self._queue)

    @property
    def received(self) -> list[Received]:
        """Every admitted request so far, in the order read (a copy)."""
        with self._changed:
            return list(self._received)

    @property
    def outcomes(self) -> list[Outcome]:
        """Every answer finished so far, in the order finished (a copy)."""
        with self._changed:
            return list(self._outcomes)

    def count(self, method: str | None = None, path: str | None = None) -> int:
        """How many admitted requests had this method and path (query excluded); None matches any."""
        with self._changed:
            return sum(
                (method is None or r.method == method.upper()) and (path is None or r.path == path)
                for r in self._received
            )

    @property
    def connections(self) -> int:
        """How many connections were accepted (refused ones excluded)."""
        with self._changed:
            return self._connections

    @property
    def open_connections(self) -> int:
        with self._changed:
            return len(self._live)

    @property
    def peak_connections(self) -> int:
        """The most connections open at once."""
        with self._changed:
            return self._peak

    @property
    def halted(self) -> bool:
        return self._halt.is_set()

    def wait_until(self, predicate: Callable[[FaultServer], bool], timeout: float = 2.0) -> bool:
        """Block until `predicate(self)` holds (re-checked on every request, answer and closed connection)."""
        with self._changed:
            return self._changed.wait_for(lambda: predicate(self), timeout)

    def stop(self, timeout: float = 1.0) -> None:
        """Close every connection and the listener; returns within about `timeout` seconds whatever is open."""
        deadline = time.monotonic() + timeout
        with self._changed:
            if self._stopped:
                return
            self._stopped = True
            self._halt.set()
            live = list(self._live.values())
        with contextlib.suppress(OSError):
            self._wake_write.send(b"x")
        for wire in live:
            wire.interrupt()
        self._acceptor.join(max(0.0, deadline - time.monotonic()))
        for thread in list(self._threads):
            thread.join(max(0.0, deadline - time.monotonic()))
        self._listener.close()
        self._wake_read.close()
        self._wake_write.close()

    def __enter__(self) -> FaultServer:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.stop()
        if kind is None and self.errors:
            raise FaultServerError("the fault server failed:\n" + "\n".join(self.errors))

    def __repr__(self) -> str:
        return f"<FaultServer {self.url} received={len(self._received)} pending={len(self._queue)}>"

    def _accept_loop(self) -> None:
        selector = selectors.DefaultSelector()
        selector.register(self._listener, selectors.EVENT_READ)
        selector.register(self._wake_read, selectors.EVENT_READ)
        try:
            while not self._stopped:
                remaining = self._started + self.max_seconds - time.monotonic()
                if not self._expired and remaining <= 0:
                    self._expire()
                events = selector.select(None if self._expired else remaining)
                if self._stopped:
                    return
                if any(key.fileobj is self._listener for key, _ in events):
                    with contextlib.suppress(OSError):
                        self._admit(self._listener.accept()[0])
        except Exception:
            self.errors.append(traceback.format_exc())
        finally:
            selector.close()

    def _expire(self) -> None:
        with self._changed:
            self._expired = True
            self._halt.set()
            live = list(self._live.values())
        for wire in live:
            wire.interrupt()

    def _admit(self, sock: socket.socket) -> None:
        with self._changed:
            if self._halt.is_set() or len(self._received) >= self.max_requests:
                self.refused += 1
                _reset(sock)
                return
            self._connections += 1
            wire = Wire(sock, self._connections, self._halt)
            self._live[wire.connection_id] = wire
            self._peak = max(self._peak, len(self._live))
            self._threads = [thread for thread in self._threads if thread.is_alive()]
            thread = threading.Thread(
                target=self._serve, args=(wire,), name=f"faults-{self.port}-c{wire.connection_id}"
            )
            thread.daemon = True
            self._threads.append(thread)
        # TCP_NODELAY: a drip's single bytes must leave at once, not wait on Nagle for the client's delayed ACK
        with contextlib.suppress(OSError):
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        thread.start()

    def _take(self, request: Received) -> Fault | None:
        with self._changed:
            if self._halt.is_set() or len(self._received) >= self.max_requests:
                self.refused += 1
                return None
            self._received.append(request)
            self._changed.notify_all()
            if self._queue:
                return self._queue.popleft()
            return self.default or UNSCRIPTED

    def _serve(self, wire: Wire) -> None:
        reader = _Reader(wire)
        try:
            while wire.ended is None:
                try:
                    request = _read_request(reader, wire)
                except _BadRequest as bad:
                    with self._changed:
                        self.bad_requests.append(str(bad))
                    wire.send(status(400, {"detail": f"bad request: {bad}"}).whole)
                    wire.close()
                    return
                if request is None:
                    return
                fault = self._take(request)
                if fault is None:
                    wire.reset()
                    return
                try:
                    fault.respond(wire, request)
                except Exception:
                    with self._changed:
                        self.errors.append(f"{fault!r} on {request!r}:\n{traceback.format_exc()}")
                    if wire.sent == 0:
                        wire.send(status(500, {"detail": "fault server error"}).whole)
                    wire.close()
                if wire.ended is None and request.wants_close:
                    wire.close()
                with self._changed:
                    self._outcomes.append(Outcome(request, fault, wire.sent, wire.ended or "open", time.monotonic()))
                    self._changed.notify_all()
        except Exception:
            with self._changed:
                self.errors.append(traceback.format_exc())
        finally:
            wire.release()
            with self._changed:
                self._live.pop(wire.connection_id, None)
                self._changed.notify_all()

    # -- for a server shared by a module's tests (tests/conftest.py's `server`) --

    def reset(self) -> FaultServer:
        """The server as if new, for the next test: nothing queued, no default, no connection, nothing received."""
        with self._changed:
            self._queue.clear()
            self.default = None
            live = list(self._live.values())
        # connections an earlier test's client left open would show in this test's connection counts
        for wire in live:
            wire.interrupt()
        if not self.wait_until(lambda server: server.open_connections == 0):
            raise FaultServerError(f"connections still open after a reset: {self!r}")
        with self._changed:
            self._received.clear()
            self._outcomes.clear()
            self._peak = 0
            self._connections = 0
        return self


def _reset(sock: socket.socket) -> None:
    with contextlib.suppress(OSError):
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    sock.close()


@contextmanager
def serve_faults(
    *faults: Fault,
    default: Fault | None = None,
    host: str = "127.0.0.1",
    max_requests: int = 500,
    max_seconds: float = 60.0,
) -> Iterator[FaultServer]:
    """A FaultServer with `faults` scripted; stopped on exit, which raises FaultServerError if it failed."""
    with FaultServer(host, default=default, max_requests=max_requests, max_seconds=max_seconds) as server:
        server.script(*faults)
        yield server


def _bindable(host: str) -> bool:
    try:
        socket.create_server((host, 0)).close()
    except OSError:
        return False
    return True


@contextmanager
def serve_origins(
    count: int = 2, max_requests: int = 500, max_seconds: float = 60.0
) -> Iterator[tuple[FaultServer, ...]]:
    """`count` servers, each its own origin: on 127.0.0.1, 127.0.0.2... where bindable (Linux), so hosts differ too."""
    with contextlib.ExitStack() as stack:
        servers = []
        for index in range(count):
            host = f"127.0.0.{index + 1}"
            server = FaultServer(
                host if _bindable(host) else "127.0.0.1", max_requests=max_requests, max_seconds=max_seconds
            )
            servers.append(stack.enter_context(server))
        yield tuple(servers)


KEY = "sk-test-very-secret-key"
"""The API key the facade's tests send to a FaultServer (and look for where it must never appear)."""
