"""What Skyvern sends to you, recorded: webhook deliveries and TOTP callbacks, kept in the test's cassette.

While recording, `Receiver` is a server on this machine that Skyvern calls (give runs `receiver.url + ...`
as `webhook_url` or `totp_url`); it keeps every request it gets and answers as told (200 by default, a
verification code for a TOTP callback). Each delivery's signature is checked against the live API key as it
arrives. In replay it serves the recorded deliveries, with no server and no network.

A cassette never holds a key, so a delivery cannot keep the signature the server made: scrubbing (paths,
secrets) changes the bytes it covers anyway. A recorded delivery is stored scrubbed and signed again with
the replay key (`REPLAY_API_KEY`), the key the replayed client and `Receiver.api_key` use, so that code under
test verifies it the way it verifies a live one. `Delivery.verified_live` says the original was signed by the
real server with the real key.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from skyvern_sync import webhooks
from skyvern_sync.errors import WebhookVerificationError
from skyvern_sync.testing.recording import REPLAY_API_KEY, Recording

METADATA_KEY = "skyvern_sync.deliveries"
# what a receiver answers by default: Skyvern only needs a 2xx to count a delivery done
Answer = tuple[int, Any]
Respond = Callable[["Delivery"], Answer]


@dataclass(frozen=True)
class Delivery:
    """One request Skyvern sent to the receiver: as received while recording, as recorded in replay."""

    method: str
    path: str
    headers: dict[str, str]
    body: bytes = field(repr=False)
    verified_live: bool = True

    def json(self) -> Any:
        return json.loads(self.body)

    @property
    def is_totp_request(self) -> bool:
        """A TOTP callback (asks for a code), not a webhook delivery (a finished run)."""
        return webhooks.is_totp_request(self.body)


class Receiver:
    """Where Skyvern delivers while a test records; the recorded deliveries while it replays."""

    def __init__(self, recording: Recording, api_key: str) -> None:
        self.recording = recording
        self.replaying = recording.replaying
        self._live_key = api_key
        self._respond: list[tuple[str, Respond]] = []
        self._received: list[Delivery] = []
        self._arrived = threading.Condition()
        self._server: ThreadingHTTPServer | None = None
        self._stored: list[dict[str, Any]] = recording.cassette_value(METADATA_KEY, list)
        if self.replaying:
            self._received = [_loaded(item) for item in self._stored]
            self.url = recording.remember("receiver_url", str)
        else:
            self._server = _serve(self)
            self.url = recording.remember("receiver_url", lambda: f"http://127.0.0.1:{self._port()}")

    @property
    def api_key(self) -> str:
        """The key the deliveries this test sees are signed with: the live key recording, the replay key
        in replay. Give it to the code under test as its Skyvern API key."""
        return REPLAY_API_KEY if self.replaying else self._live_key

    def answer(self, path: str, respond: Respond) -> None:
        """Answer requests to `path` (a prefix, e.g. "/totp") with `respond(delivery) -> (status, JSON)`."""
        self._respond.append((path, respond))

    def answer_totp(self, path: str, code: str) -> None:
        """Answer TOTP callbacks to `path` with `code`, as Skyvern expects."""
        self.answer(path, lambda delivery: (200, webhooks.totp_response(code)))

    @property
    def deliveries(self) -> list[Delivery]:
        with self._arrived:
            return list(self._received)

    def wait(self, count: int = 1, timeout: float = 60.0, path: str | None = None) -> list[Delivery]:
        """The first `count` deliveries (to `path`, a prefix, if given), waiting for them while recording."""
        deadline = time.monotonic() + timeout
        with self._arrived:
            while True:
                found = [d for d in self._received if path is None or d.path.startswith(path)]
                if len(found) >= count or self.replaying:
                    break
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    break
                self._arrived.wait(remaining)
        if len(found) < count:
            raise AssertionError(
                f"{len(found)} of {count} deliveries to {path or 'the receiver'} arrived"
                + (" in the recording: re-record this test" if self.replaying else f" within {timeout:g} s")
            )
        return found[:count]

    # -- the server's side --------------------------------------------------------------------------------

    def _port(self) -> int:
        assert self._server is not None
        return int(self._server.server_address[1])

    def _received_one(self, delivery: Delivery) -> Answer:
        for prefix, respond in self._respond:
            if delivery.path.startswith(prefix):
                answer = respond(delivery)
                break
        else:
            answer = (200, {})
        with self._arrived:
            self._received.append(delivery)
            self._arrived.notify_all()
        return answer

    def close(self) -> None:
        """Stop the server; store what it received, scrubbed and signed with the replay key."""
        if self._server is None:
            return
        self._server.shutdown()
        self._server.server_close()
        self._server = None
        scrubber = self.recording.scrubber
        for delivery in self.deliveries:
            content_type = delivery.headers.get("content-type", delivery.headers.get("Content-Type", ""))
            body = scrubber.body(delivery.body, content_type.lower() or "application/json")
            raw = body if isinstance(body, bytes) else (body or "").encode("utf-8")
            headers = scrubber.headers(delivery.headers)
            headers = {name: value for name, value in headers.items() if name.lower() != "content-length"}
            for name in list(headers):
                if name.lower() == webhooks.SIGNATURE_HEADER:
                    headers[name] = webhooks.sign(raw, REPLAY_API_KEY)
            self._stored.append(
                {
                    "method": delivery.method,
                    "path": scrubber.text(delivery.path),
                    "headers": headers,
                    "body": raw.decode("utf-8", "replace"),
                    "verified_live": delivery.verified_live,
                }
            )


def _loaded(item: Mapping[str, Any]) -> Delivery:
    return Delivery(
        method=str(item["method"]),
        path=str(item["path"]),
        headers={str(k): str(v) for k, v in item["headers"].items()},
        body=str(item["body"]).encode("utf-8"),
        verified_live=bool(item.get("verified_live")),
    )


def _serve(receiver: Receiver) -> ThreadingHTTPServer:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length)
            headers = {name: value for name, value in self.headers.items()}
            try:
                webhooks.verify(body, headers, receiver._live_key)
                verified = True
            except WebhookVerificationError:
                verified = False
            status, payload = receiver._received_one(Delivery(self.command, self.path, headers, body, verified))
            data = json.dumps(payload).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        do_GET = do_PUT = do_POST

        def log_message(self, format: str, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    server.block_on_close = False
    threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
    return server


@contextmanager
def receiving(recording: Recording, api_key: str) -> Iterator[Receiver]:
    """A Receiver for the active recording, closed (and its deliveries stored) on the way out."""
    receiver = Receiver(recording, api_key)
    try:
        yield receiver
    finally:
        receiver.close()
