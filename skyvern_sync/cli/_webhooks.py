"""`webhook verify` (a saved delivery) and `listen` (a local receiver, after the Stripe CLI's `listen`)."""

from __future__ import annotations

import argparse
import base64
import datetime as dt
import http.client
import json
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from skyvern_sync import _collector, webhooks
from skyvern_sync.cli._commands import shown
from skyvern_sync.cli._context import (
    EXIT_API_ERROR,
    EXIT_COMPLETED,
    EXIT_NOT_VERIFIED,
    PROG,
    Context,
    UsageError,
)
from skyvern_sync.errors import WebhookPayloadError, WebhookVerificationError

Headers = list[tuple[str, str]]

VERIFY_DESCRIPTION = """\
Check that a webhook delivery or TOTP callback was signed by Skyvern with your API key, and print what it
carries: the run (as get-run prints it), or the TOTP request's ids. Exit 0 when it verifies, 5 when it does not.

A saved delivery is a JSON file:

  {"headers": {"x-skyvern-signature": "...",
               "content-type": "application/json"},
   "body": "<the request body, exactly as received>"}

("body_base64" instead of "body" for bytes that are not UTF-8; "headers" may also be a list of [name, value];
other keys are ignored.) Each line `listen --output json` prints is one, and so is each delivery the test
harness records. Or give the raw body as a file with --body and the signature with --signature.
"""

LISTEN_DESCRIPTION = """\
A receiver on 127.0.0.1 for local development, after the Stripe CLI's `listen`: give runs
webhook_url=http://127.0.0.1:PORT/webhook (and totp_url=http://127.0.0.1:PORT/totp). Each delivery is
verified with your API key and printed (time, path, verified yes/no, run id, status); with --forward-to its
raw bytes and headers go on unchanged to your app, whose answer goes back to Skyvern; with --totp-code TOTP
callbacks are answered with that code. --output json prints a JSON line per delivery instead (each one a saved
delivery `webhook verify` reads). Ctrl-C stops it.

Unlike the Stripe CLI it opens no tunnel: Skyvern must reach 127.0.0.1, as a self-hosted server on this
machine does; for Skyvern Cloud put a tunnel of your own (ngrok, cloudflared) in front of the port.
"""

# not forwarded: they describe this connection, not the delivery
HOP_BY_HOP = frozenset(
    {"connection", "keep-alive", "proxy-connection", "transfer-encoding", "te", "trailer", "upgrade", "host"}
)
FORWARD_TIMEOUT = 30.0


def build_parser(
    name: str,
    make: Callable[..., argparse.ArgumentParser],
    add_global_options: Callable[[argparse.ArgumentParser], None],
) -> argparse.ArgumentParser:
    """The parser of `webhook` or of `listen`: `make(description=...)` makes it (named, formatted as the root's)."""
    return _webhook_parser(make, add_global_options) if name == "webhook" else _listen_parser(make, add_global_options)


def _webhook_parser(
    make: Callable[..., argparse.ArgumentParser], add_global_options: Callable[[argparse.ArgumentParser], None]
) -> argparse.ArgumentParser:
    webhook = make(description="Webhook deliveries.")
    actions = webhook.add_subparsers(title="commands", metavar="COMMAND", required=True)
    verify_parser = actions.add_parser(
        "verify",
        help="Check a saved delivery's signature and print the run it carries.",
        description=VERIFY_DESCRIPTION,
    )
    verify_parser.add_argument("delivery", nargs="?", metavar="DELIVERY", help="a saved delivery (JSON, see above)")
    verify_parser.add_argument("--body", metavar="FILE", help="the raw request body, exactly as received (- for stdin)")
    verify_parser.add_argument("--signature", metavar="SIG", help="the x-skyvern-signature header's value")
    verify_parser.add_argument(
        "--header",
        action="append",
        default=[],
        type=_header,
        metavar="'NAME: VALUE'",
        help="a header of the request (repeat it for more), e.g. 'x-skyvern-signature: 3f82...'",
    )
    verify_parser.add_argument(
        "--api-key-env",
        metavar="NAME",
        default="SKYVERN_API_KEY",
        help="the environment variable holding the key it was signed with (default SKYVERN_API_KEY)",
    )
    add_global_options(verify_parser)
    verify_parser.set_defaults(cli_handler=verify)
    return webhook


def _listen_parser(
    make: Callable[..., argparse.ArgumentParser], add_global_options: Callable[[argparse.ArgumentParser], None]
) -> argparse.ArgumentParser:
    listen_parser = make(description=LISTEN_DESCRIPTION)
    listen_parser.add_argument(
        "--port", type=_port, default=0, metavar="N", help="the port on 127.0.0.1 (default: a free one, printed)"
    )
    listen_parser.add_argument(
        "--forward-to",
        type=_url,
        metavar="URL",
        help="POST each delivery's bytes and headers, unchanged, to this URL; its answer goes back to Skyvern",
    )
    listen_parser.add_argument(
        "--totp-code",
        type=_code,
        metavar="CODE",
        help="answer verified TOTP callbacks with this code (else they are forwarded)",
    )
    add_global_options(listen_parser)
    listen_parser.set_defaults(cli_handler=listen)
    return listen_parser


def _header(text: str) -> tuple[str, str]:
    name, colon, value = text.partition(":")
    if not colon or not name.strip():
        raise argparse.ArgumentTypeError("must be 'Name: value'")
    return name.strip(), value.strip()


def _code(text: str) -> str:
    if not text.strip():
        raise argparse.ArgumentTypeError("must not be empty")
    return text


def _port(text: str) -> int:
    try:
        port = int(text)
    except ValueError:
        port = -1
    if not 0 <= port <= 65535:
        raise argparse.ArgumentTypeError(f"not a port (0 to 65535): {shown(text)}")
    return port


def _url(text: str) -> str:
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise argparse.ArgumentTypeError(f"must be an http:// or https:// URL: {shown(text)}")
    return text


# -- webhook verify --------------------------------------------------------------------------------------


def verify(context: Context) -> int:
    args = context.args
    if (args.delivery is None) == (args.body is None):
        raise UsageError("give a saved delivery file, or the raw body with --body (and --signature or --header)")
    if args.delivery is not None:
        body, headers = load_delivery(args.delivery)
    else:
        body = _read_body(args.body)
        headers = list(args.header)
        if args.signature is not None:
            headers.append((webhooks.SIGNATURE_HEADER, args.signature))
    key = context.api_key(args.api_key_env)
    try:
        carried = _verified(body, headers, key)
    except (WebhookVerificationError, WebhookPayloadError) as error:
        context.error(str(error))
        return EXIT_NOT_VERIFIED
    context.emit(carried)
    return EXIT_COMPLETED


def _verified(body: bytes, headers: Headers, key: str) -> Any:
    """What a verified delivery carries: the run, or a TOTP request's ids (as JSON: None left out)."""
    if webhooks.is_totp_request(body):
        request = webhooks.parse_totp_request(body, headers, key)
        ids = {
            "task_id": request.task_id,
            "workflow_run_id": request.workflow_run_id,
            "workflow_permanent_id": request.workflow_permanent_id,
        }
        return {**{k: v for k, v in ids.items() if v is not None}, **request.additional_properties}
    return webhooks.parse(body, headers, key)


def load_delivery(path: str) -> tuple[bytes, Headers]:
    """The body (bytes, as received) and headers of a saved delivery file."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise UsageError(f"cannot read the delivery {path}: {error}") from None
    problem = f"{path} is not a saved delivery: it needs"
    if not isinstance(data, dict):
        raise UsageError(f"{problem} to be a JSON object")
    raw_headers = data.get("headers")
    pairs = raw_headers.items() if isinstance(raw_headers, dict) else raw_headers
    try:
        headers = [(str(name), str(value)) for name, value in pairs or ()]
    except (TypeError, ValueError):
        raise UsageError(f'{problem} "headers": an object, or a list of [name, value]') from None
    if isinstance(data.get("body"), str):
        return data["body"].encode("utf-8"), headers
    if isinstance(data.get("body_base64"), str):
        try:
            return base64.b64decode(data["body_base64"], validate=True), headers
        except ValueError:
            raise UsageError(f'{problem} "body_base64" to be base64') from None
    raise UsageError(f'{problem} "body" (the text received) or "body_base64"')


def _read_body(path: str) -> bytes:
    try:
        return sys.stdin.buffer.read() if path == "-" else Path(path).read_bytes()
    except OSError as error:
        raise UsageError(f"cannot read the body {path}: {error}") from None


# -- listen ----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Answer:
    status: int
    body: bytes
    content_type: str | None
    how: str  # for the printed line: who answered, and how


def listen(context: Context) -> int:
    args = context.args
    key = context.api_key()
    printer = _Printer(context, as_json=getattr(args, "output", None) == "json")

    def answer(method: str, path: str, headers: Headers, body: bytes) -> Answer:
        try:
            webhooks.verify(body, headers, key)
            problem = None
        except WebhookVerificationError as error:
            problem = str(error)
        totp = webhooks.is_totp_request(body)
        if totp and args.totp_code is not None:
            reply = (
                Answer(200, json.dumps(webhooks.totp_response(args.totp_code)).encode(), "application/json",
                       "answered with --totp-code")
                if problem is None  # a code goes only to who proves to be Skyvern
                else Answer(401, _detail("not signed with your API key: no code given"), "application/json",
                            "refused: not verified")
            )  # fmt: skip
        elif args.forward_to:
            reply = _forward(args.forward_to, method, headers, body)
        elif problem is None:
            # a TOTP callback answered without a code is asked again by Skyvern, every 10 s
            reply = Answer(200, b"{}", "application/json", "answered without a code" if totp else "answered")
        else:
            reply = Answer(401, _detail(problem), "application/json", "refused: not verified")
        printer.print(method, path, headers, body, totp=totp, problem=problem, reply=reply)
        return reply

    try:
        server = _Server(("127.0.0.1", args.port), _handler(answer))
    except OSError as error:
        context.error(f"cannot listen on 127.0.0.1:{args.port}: {error}")
        return EXIT_API_ERROR
    url = f"http://127.0.0.1:{server.server_address[1]}"
    context.note(f"Ready: listening on {url} (give runs webhook_url={url}/webhook, totp_url={url}/totp); Ctrl-C stops")
    if args.forward_to:
        context.note(f"Forwarding deliveries to {args.forward_to}")
    try:
        server.serve_forever(poll_interval=0.1)
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
    context.note(f"{PROG}: stopped listening")
    return EXIT_COMPLETED


def _detail(message: str) -> bytes:
    return json.dumps({"detail": message}).encode()


class _Server(ThreadingHTTPServer):
    daemon_threads = True  # Ctrl-C must not wait for a delivery being forwarded
    block_on_close = False


def _handler(answer: Callable[[str, str, Headers, bytes], Answer]) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        server_version = "skyvern-sync-listen"

        def do_POST(self) -> None:
            try:
                length = int(self.headers.get("Content-Length", ""))
            except ValueError:
                self._send(Answer(411, _detail("a delivery has a Content-Length"), "application/json", ""))
                return
            if not 0 <= length <= webhooks.MAX_BODY:
                self._send(Answer(413, _detail("larger than a Skyvern delivery"), "application/json", ""))
                return
            body = self.rfile.read(length)
            self._send(answer(self.command, self.path, list(self.headers.items()), body))

        def _refuse(self) -> None:
            self._send(Answer(405, _detail("skyvern-sync listen takes Skyvern's POSTs"), "application/json", ""))

        do_GET = do_PUT = do_PATCH = do_DELETE = _refuse

        def _send(self, reply: Answer) -> None:
            self.send_response(reply.status)
            if reply.content_type:
                self.send_header("Content-Type", reply.content_type)
            self.send_header("Content-Length", str(len(reply.body)))
            self.end_headers()
            self.wfile.write(reply.body)

        def log_message(self, format: str, *args: Any) -> None:
            pass  # each delivery is printed once, by _Printer

    return Handler


def _forward(url: str, method: str, headers: Headers, body: bytes) -> Answer:
    """Send the delivery on as it came (bytes, headers in order, Content-Length); relay the app's answer."""
    target = urlsplit(url)
    connection_class = http.client.HTTPSConnection if target.scheme == "https" else http.client.HTTPConnection
    connection = connection_class(target.hostname or "", target.port, timeout=FORWARD_TIMEOUT)
    try:
        # skip_*: no Host or Accept-Encoding of http.client's own; the delivery's headers are what is sent
        connection.putrequest(
            method, (target.path or "/") + (f"?{target.query}" if target.query else ""), skip_host=True,
            skip_accept_encoding=True,
        )  # fmt: skip
        connection.putheader("Host", target.netloc)
        for name, value in headers:
            if name.lower() not in HOP_BY_HOP:
                connection.putheader(name, value)
        connection.endheaders(body)
        response = connection.getresponse()
        reply = response.read()
        return Answer(response.status, reply, response.getheader("Content-Type"), f"forwarded to {url}")
    except (OSError, http.client.HTTPException) as error:
        return Answer(502, _detail(f"forwarding failed: {error}"), "application/json", f"forwarding failed: {error}")
    finally:
        connection.close()


def _saved_body(body: bytes) -> dict[str, str]:
    try:
        return {"body": body.decode("utf-8")}
    except UnicodeDecodeError:
        return {"body_base64": base64.b64encode(body).decode("ascii")}


class _Printer:
    """A line per delivery on stdout: for people, or JSON lines with --output json."""

    def __init__(self, context: Context, *, as_json: bool) -> None:
        self.stream = context.stdout
        self.as_json = as_json
        self.lock = threading.Lock()  # deliveries arrive on threads of their own: lines must not interleave

    def print(
        self, method: str, path: str, headers: Headers, body: bytes, *, totp: bool, problem: str | None, reply: Answer
    ) -> None:
        try:
            data = _collector.loads(body)
        except (ValueError, RecursionError):
            data = None
        fields = data if isinstance(data, dict) else {}
        run_id = fields.get("run_id") or fields.get("workflow_run_id") or fields.get("task_id")
        status = fields.get("status")
        now = dt.datetime.now().astimezone()
        if self.as_json:
            line = json.dumps(
                {
                    "time": now.isoformat(timespec="seconds"),
                    "method": method,
                    "path": path,
                    "verified": problem is None,
                    "problem": problem,
                    "kind": "totp" if totp else "run",
                    "run_id": run_id,
                    "status": status,
                    "answer": reply.status,
                    "how": reply.how,
                    # the delivery itself, as `webhook verify` reads a saved one
                    "headers": dict(headers),
                    **_saved_body(body),
                },
                ensure_ascii=False,
            )
        else:
            verified = "verified: yes" if problem is None else f"verified: no ({problem})"
            what = f"run {run_id} {status}" if run_id else "not a run"
            if totp:
                what = f"totp request for {run_id}"
            how = f" ({reply.how})" if reply.how else ""
            line = f"{now:%Y-%m-%d %H:%M:%S}  {method} {path}  {verified}  {what}  -> {reply.status}{how}"
        with self.lock:
            self.stream.write(line + "\n")
            self.stream.flush()
