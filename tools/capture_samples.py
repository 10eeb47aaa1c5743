"""Capture real HTTP response bodies from a running Skyvern server as test fixtures.

What it does
------------
Drives every operation the skyvern-sync client exposes against a *real* Skyvern server
(the open-source server 1.0.56 started by ``/work/shared/realskyvern/start.sh``) and writes
one JSON file per (operation, case) to ``tests/samples/<operation>__<case>.json``::

    {"operation": ..., "case": ..., "request": {"method", "path", "json"},
     "response": {"status", "content_type", "body"}}

The bodies are exactly what the server answered (parsed JSON, ``null`` when empty), so the
test-suite can prove that the generated models parse every body the real server returns.
Success cases cover runs (creation body, an intermediate ``get_run`` body per non-terminal
status seen, and the final body), workflows, browser sessions and profiles, credentials,
TOTP, upload, login and download runs; error cases cover 400/403/404/422 answers.

Before a file is written it is scrubbed: the API key becomes ``<API_KEY>``, credential
passwords ``<PASSWORD>``, other credential secrets ``<SECRET>``, and ``file://`` URLs (and
bare paths) under the server's run directory become ``file:///RUN_DIR/...``. Response
headers are never stored. Never edit the generated files by hand: re-run this script.

The script does not start the server. It runs a tiny stdlib HTTP receiver on 127.0.0.1 for
the webhook cases. Runs are polled once a second and given up after 180 s each; the slow
run cases execute concurrently in a small thread pool (about 2-3 minutes in total).

How to run
----------
::

    eval "$(/work/shared/realskyvern/start.sh 8790 8791 8792)"
    .venv/bin/python tools/capture_samples.py --base-url "$BASE_URL" --api-key "$API_KEY" \\
        --site-url "$SITE_URL" --run-dir "$RUN_DIR" --clean
    /work/shared/realskyvern/stop.sh 8790

Arguments fall back to the environment: ``SKYVERN_BASE_URL``, ``SKYVERN_API_KEY``,
``SKYVERN_SITE_URL`` and ``SKYVERN_RUN_DIR`` (then ``RUN_DIR``; else the start.sh default
``${TMPDIR:-/tmp}/realskyvern-<server port>``). ``--out`` changes the output directory,
``--clean`` deletes existing ``*.json`` samples there first, ``--workers`` sets how many
runs execute at once. Exit status is 1 when a required case could not be captured.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, ClassVar
from urllib.parse import urlsplit

import requests

JSONValue = Any
"""A parsed JSON value (dict, list, str, int, float, bool or None)."""

TERMINAL_STATUSES = frozenset({"completed", "failed", "terminated", "canceled", "timed_out"})
RUN_TIMEOUT_S = 180.0
POLL_INTERVAL_S = 1.0
HTTP_TIMEOUT_S = 60.0
SETTLE_S = 2.0
"""After a run turns terminal, wait this long and fetch it once more: that body is stored."""

PASSWORD = f"Sample-Passw0rd-{uuid.uuid4().hex[:8]}"
SECRET_VALUE = f"sk-sample-{uuid.uuid4().hex[:12]}"
DEFAULT_OUT = Path(__file__).resolve().parent.parent / "tests" / "samples"


def log(message: str) -> None:
    """Print a timestamped progress line to stderr."""
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


@dataclass(frozen=True)
class Captured:
    """What a request answered: the status code and the parsed body."""

    status: int
    body: JSONValue


@dataclass
class Recorder:
    """Scrubs and writes sample files; remembers what was written."""

    out_dir: Path
    replacements: list[tuple[str, str]]
    written: list[tuple[str, int, str | None]] = field(default_factory=list)
    header_names: set[str] = field(default_factory=set)
    notes: list[str] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def scrub(self, value: JSONValue) -> JSONValue:
        """Return ``value`` with every secret / local path replaced, recursively."""
        if isinstance(value, str):
            for old, new in self.replacements:
                if old:
                    value = value.replace(old, new)
            return value
        if isinstance(value, list):
            return [self.scrub(item) for item in value]
        if isinstance(value, dict):
            return {self.scrub(key): self.scrub(item) for key, item in value.items()}
        return value

    def save(
        self,
        operation: str,
        case: str,
        *,
        method: str,
        path: str,
        request_json: JSONValue,
        response: requests.Response,
    ) -> Captured:
        """Write ``tests/samples/<operation>__<case>.json`` for one real response."""
        body = parse_body(response)
        content_type = response.headers.get("content-type")
        sample = {
            "operation": operation,
            "case": case,
            "request": {"method": method, "path": path, "json": request_json},
            "response": {
                "status": response.status_code,
                "content_type": content_type,
                "body": body,
            },
        }
        name = f"{operation}__{case}.json"
        text = json.dumps(self.scrub(sample), indent=2, sort_keys=True, ensure_ascii=False) + "\n"
        with self._lock:
            if any(existing == name for existing, _, _ in self.written):
                self.notes.append(f"{name} written twice; the later response wins")
            self.written.append((name, response.status_code, content_type))
            self.header_names.update(key.lower() for key in response.headers)
            retry_after = response.headers.get("retry-after")
            if retry_after is not None:
                self.notes.append(f"{name}: Retry-After: {retry_after}")
            (self.out_dir / name).write_text(text, encoding="utf-8")
        log(f"wrote {name} ({response.status_code})")
        return Captured(response.status_code, body)

    def note(self, message: str) -> None:
        """Remember an observation for the closing summary."""
        with self._lock:
            self.notes.append(message)
        log(f"NOTE {message}")


def parse_body(response: requests.Response) -> JSONValue:
    """The response body as JSON; ``None`` when empty; the raw text if it is not JSON."""
    if not response.content:
        return None
    try:
        return response.json()
    except ValueError:
        return response.text


class Api:
    """A minimal Skyvern HTTP caller that can record what it gets back."""

    def __init__(self, base_url: str, api_key: str, recorder: Recorder) -> None:
        self.base_url = base_url.rstrip("/")
        self.api_key = api_key
        self.recorder = recorder
        self._local = threading.local()

    def _session(self) -> requests.Session:
        session: requests.Session | None = getattr(self._local, "session", None)
        if session is None:
            session = requests.Session()
            self._local.session = session
        return session

    def request(
        self,
        method: str,
        path: str,
        json_body: JSONValue = None,
        *,
        files: dict[str, tuple[str, bytes, str]] | None = None,
        api_key: str | None = None,
        authenticate: bool = True,
    ) -> requests.Response:
        """Send one request; ``json_body=None`` sends no body."""
        headers: dict[str, str] = {}
        if authenticate:
            headers["x-api-key"] = api_key if api_key is not None else self.api_key
        return self._session().request(
            method,
            self.base_url + path,
            json=json_body,
            files=files,
            headers=headers,
            timeout=HTTP_TIMEOUT_S,
        )

    def capture(
        self,
        operation: str,
        case: str,
        method: str,
        path: str,
        json_body: JSONValue = None,
        *,
        files: dict[str, tuple[str, bytes, str]] | None = None,
        api_key: str | None = None,
        authenticate: bool = True,
    ) -> Captured:
        """Send one request and write its response as a sample."""
        response = self.request(
            method,
            path,
            json_body,
            files=files,
            api_key=api_key,
            authenticate=authenticate,
        )
        return self.recorder.save(operation, case, method=method, path=path, request_json=json_body, response=response)


def as_dict(value: JSONValue) -> dict[str, Any]:
    """``value`` if it is a JSON object, else an empty dict."""
    return value if isinstance(value, dict) else {}


def str_field(value: JSONValue, key: str) -> str | None:
    """The string at ``value[key]`` or ``None``."""
    item = as_dict(value).get(key)
    return item if isinstance(item, str) else None


def describe(value: JSONValue) -> str:
    """A short type description of a JSON value, for notes."""
    if isinstance(value, list):
        return f"list[{len(value)}]"
    return "null" if value is None else type(value).__name__


def poll_run(
    api: Api,
    run_id: str,
    case: str,
    on_running: Callable[[str], None] | None = None,
) -> dict[str, Any] | None:
    """Poll ``get_run`` until terminal (max 180 s), recording the first body of each status.

    Non-terminal statuses are stored as ``get_run__<case>_<status>``; the terminal body is
    fetched once more after a short pause (so late-written fields are present) and stored
    under its status; if the two terminal bodies differ, the first one is kept as well, as
    ``get_run__<case>_<status>_first``. ``on_running`` is called once when the run is first seen ``running``.
    """
    path = f"/v1/runs/{run_id}"
    seen: set[str] = set()
    deadline = time.monotonic() + RUN_TIMEOUT_S
    while True:
        response = api.request("GET", path)
        body = as_dict(parse_body(response))
        status = str_field(body, "status") or f"http{response.status_code}"
        if status in TERMINAL_STATUSES:
            time.sleep(SETTLE_S)
            settled = api.request("GET", path)
            settled_body = as_dict(parse_body(settled))
            changed = sorted(k for k in set(body) | set(settled_body) if body.get(k) != settled_body.get(k))
            final_status = str_field(settled_body, "status") or status
            if changed:
                detail = ", ".join(f"{k}: {describe(body.get(k))} -> {describe(settled_body.get(k))}" for k in changed)
                api.recorder.note(f"{case}: changed {SETTLE_S:.0f} s after turning {status}: {detail}")
                # The body a poller sees at the moment of the transition is a real case too.
                api.recorder.save(
                    "get_run", f"{case}_{status}_first", method="GET", path=path, request_json=None, response=response
                )
            api.recorder.save(
                "get_run", f"{case}_{final_status}", method="GET", path=path, request_json=None, response=settled
            )
            return settled_body
        if status not in seen:
            seen.add(status)
            api.recorder.save(
                "get_run", f"{case}_{status}", method="GET", path=path, request_json=None, response=response
            )
        if status == "running" and on_running is not None:
            callback, on_running = on_running, None
            callback(run_id)
            continue
        if time.monotonic() > deadline:
            api.recorder.note(f"{case}: gave up after {RUN_TIMEOUT_S:.0f} s in status {status}")
            return body
        time.sleep(POLL_INTERVAL_S)


def start_run(
    api: Api,
    operation: str,
    case: str,
    path: str,
    body: dict[str, Any],
    *,
    on_running: Callable[[str], None] | None = None,
    poll_case: str | None = None,
) -> dict[str, Any] | None:
    """Create a run (recording the creation body) and poll it to the end.

    ``poll_case`` prefixes the ``get_run`` samples (default: ``case``).
    """
    created = api.capture(operation, case, "POST", path, body)
    run_id = str_field(created.body, "run_id")
    if created.status != 200 or run_id is None:
        api.recorder.note(f"{operation}__{case}: run not created (HTTP {created.status})")
        return None
    return poll_run(api, run_id, poll_case or case, on_running)


class _WebhookHandler(BaseHTTPRequestHandler):
    """Accepts any POST and answers 200 ``{"ok": true}``; counts what it got."""

    received: ClassVar[list[bytes]] = []

    def do_POST(self) -> None:
        length = int(self.headers.get("content-length") or 0)
        _WebhookHandler.received.append(self.rfile.read(length))
        payload = b'{"ok": true}'
        self.send_response(200)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def log_message(self, format: str, *args: Any) -> None:
        return


@contextmanager
def webhook_receiver() -> Iterator[str]:
    """Serve a throw-away webhook endpoint on 127.0.0.1; yields its URL."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _WebhookHandler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/hook"
    finally:
        server.shutdown()
        server.server_close()


def workflow_definition(title: str) -> dict[str, Any]:
    """A workflow with one string parameter and one extraction block."""
    return {
        "title": title,
        "description": "skyvern-sync sample capture",
        "workflow_definition": {
            "parameters": [
                {
                    "parameter_type": "workflow",
                    "key": "page_url",
                    "workflow_parameter_type": "string",
                    "description": "Page to extract from",
                }
            ],
            "blocks": [
                {
                    "block_type": "extraction",
                    "label": "extract_products",
                    "url": "{{ page_url }}",
                    "data_extraction_goal": "Extract the product names",
                    "data_schema": {
                        "type": "object",
                        "properties": {
                            "title": {"type": "string"},
                            "product_names": {
                                "type": "array",
                                "items": {"type": "string"},
                            },
                        },
                    },
                }
            ],
        },
    }


@dataclass
class Capture:
    """All capture steps; ``state`` carries ids between them."""

    api: Api
    site_url: str
    workers: int
    state: dict[str, str] = field(default_factory=dict)
    runs: dict[str, dict[str, Any] | None] = field(default_factory=dict)

    @property
    def rec(self) -> Recorder:
        return self.api.recorder

    # ------------------------------------------------------------------ quick, synchronous
    def auth_and_validation_errors(self) -> None:
        """403 for a wrong / missing key, 422 for invalid bodies, 400 for a bad url."""
        api = self.api
        api.capture(
            "get_workflows",
            "wrong_api_key",
            "GET",
            "/v1/agents",
            api_key="not-a-valid-key",
        )
        api.capture("get_workflows", "missing_api_key", "GET", "/v1/agents", authenticate=False)
        api.capture(
            "get_run",
            "wrong_api_key",
            "GET",
            "/v1/runs/tsk_000000000000000000",
            api_key="bad",
        )
        api.capture(
            "run_task",
            "wrong_api_key",
            "POST",
            "/v1/run/tasks",
            {"prompt": "Extract the product names", "url": f"{self.site_url}/products"},
            api_key="bad",
        )
        api.capture(
            "run_task",
            "missing_prompt",
            "POST",
            "/v1/run/tasks",
            {"url": f"{self.site_url}/products"},
        )
        api.capture(
            "run_task",
            "invalid_engine",
            "POST",
            "/v1/run/tasks",
            {"prompt": "Extract the product names", "engine": "skyvern-9.9"},
        )
        api.capture(
            "run_task",
            "invalid_url",
            "POST",
            "/v1/run/tasks",
            {"prompt": "Extract the product names", "url": "not a url"},
        )
        api.capture(
            "create_browser_session",
            "timeout_too_small",
            "POST",
            "/v1/browser_sessions",
            {"timeout": 1},
        )
        api.capture(
            "create_browser_profile",
            "empty_name",
            "POST",
            "/v1/browser_profiles",
            {"name": ""},
        )
        api.capture(
            "create_credential",
            "missing_credential",
            "POST",
            "/v1/credentials",
            {"name": "incomplete", "credential_type": "password"},
        )
        api.capture(
            "send_totp_code",
            "missing_content",
            "POST",
            "/v1/credentials/totp",
            {"totp_identifier": "alice@example.com"},
        )
        api.capture(
            "create_workflow",
            "missing_workflow_definition",
            "POST",
            "/v1/agents",
            {"json_definition": {"title": "no blocks"}},
        )
        api.capture("upload_file", "missing_file", "POST", "/v1/upload_file")
        api.capture(
            "run_workflow",
            "unknown_workflow",
            "POST",
            "/v1/run/agents",
            {"workflow_id": "wpid_000000000000000000", "parameters": {}},
        )

    def unknown_ids(self) -> None:
        """404 (or whatever the server says) for ids that do not exist."""
        api = self.api
        run_id = "tsk_000000000000000000"
        api.capture("get_run", "unknown_id", "GET", f"/v1/runs/{run_id}")
        api.capture(
            "get_run",
            "unknown_workflow_run_id",
            "GET",
            "/v1/runs/wr_000000000000000000",
        )
        api.capture("cancel_run", "unknown_id", "POST", f"/v1/runs/{run_id}/cancel")
        api.capture("get_run_timeline", "unknown_id", "GET", f"/v1/runs/{run_id}/timeline")
        api.capture("get_run_artifacts", "unknown_id", "GET", f"/v1/runs/{run_id}/artifacts")
        api.capture(
            "retry_run_webhook",
            "unknown_id",
            "POST",
            f"/v1/runs/{run_id}/retry_webhook",
        )
        api.capture("get_artifact", "unknown_id", "GET", "/v1/artifacts/a_000000000000000000")
        wpid = "wpid_000000000000000000"
        api.capture("get_workflow", "unknown_id", "GET", f"/v1/agents/{wpid}")
        api.capture("get_workflow_versions", "unknown_id", "GET", f"/v1/agents/{wpid}/versions")
        api.capture(
            "update_workflow",
            "unknown_id",
            "POST",
            f"/v1/agents/{wpid}",
            {"json_definition": workflow_definition("unknown")},
        )
        api.capture("delete_workflow", "unknown_id", "POST", f"/v1/agents/{wpid}/delete")
        cred = "cred_000000000000000000"
        api.capture("get_credential", "unknown_id", "GET", f"/v1/credentials/{cred}")
        api.capture("delete_credential", "unknown_id", "POST", f"/v1/credentials/{cred}/delete")
        pbs = "pbs_000000000000000000"
        api.capture("get_browser_session", "unknown_id", "GET", f"/v1/browser_sessions/{pbs}")
        api.capture(
            "close_browser_session",
            "unknown_id",
            "POST",
            f"/v1/browser_sessions/{pbs}/close",
        )
        bp = "bp_000000000000000000"
        api.capture("get_browser_profile", "unknown_id", "GET", f"/v1/browser_profiles/{bp}")
        api.capture(
            "delete_browser_profile",
            "unknown_id",
            "DELETE",
            f"/v1/browser_profiles/{bp}",
        )

    def browser_sessions(self) -> None:
        """create / get / list / close / get-after-close, and a profile from it (400)."""
        api = self.api
        created = api.capture(
            "create_browser_session",
            "timeout_10",
            "POST",
            "/v1/browser_sessions",
            {"timeout": 10},
        )
        session_id = str_field(created.body, "browser_session_id")
        if session_id is None:
            self.rec.note("create_browser_session gave no browser_session_id")
            return
        self.state["session_id"] = session_id
        api.capture(
            "get_browser_session",
            "created",
            "GET",
            f"/v1/browser_sessions/{session_id}",
        )
        api.capture("get_browser_sessions", "one_open", "GET", "/v1/browser_sessions")
        api.capture(
            "close_browser_session",
            "open",
            "POST",
            f"/v1/browser_sessions/{session_id}/close",
        )
        api.capture("get_browser_session", "closed", "GET", f"/v1/browser_sessions/{session_id}")
        api.capture(
            "close_browser_session",
            "already_closed",
            "POST",
            f"/v1/browser_sessions/{session_id}/close",
        )
        api.capture(
            "create_browser_profile",
            "session_without_profile",
            "POST",
            "/v1/browser_profiles",
            {
                "name": f"no-profile-{uuid.uuid4().hex[:6]}",
                "browser_session_id": session_id,
            },
        )

    def browser_profiles(self) -> None:
        """blank create / get / list / delete (204) / get-after-delete."""
        api = self.api
        created = api.capture(
            "create_browser_profile",
            "blank",
            "POST",
            "/v1/browser_profiles",
            {"name": f"blank-{uuid.uuid4().hex[:6]}"},
        )
        profile_id = str_field(created.body, "browser_profile_id")
        if profile_id is None:
            self.rec.note("create_browser_profile gave no browser_profile_id")
            return
        path = f"/v1/browser_profiles/{profile_id}"
        api.capture("get_browser_profile", "blank", "GET", path)
        api.capture("list_browser_profiles", "one_blank", "GET", "/v1/browser_profiles")
        api.capture("delete_browser_profile", "blank", "DELETE", path)
        api.capture("get_browser_profile", "deleted", "GET", path)
        api.capture("delete_browser_profile", "already_deleted", "DELETE", path)
        api.capture(
            "list_browser_profiles",
            "include_deleted",
            "GET",
            "/v1/browser_profiles?include_deleted=true",
        )

    def credentials(self) -> None:
        """password (kept for login), credit card and secret credentials; get / list / delete."""
        api = self.api
        password = api.capture(
            "create_credential",
            "password",
            "POST",
            "/v1/credentials",
            {
                "name": "sample site login",
                "credential_type": "password",
                "credential": {"username": "alice", "password": PASSWORD},
            },
        )
        cred_id = str_field(password.body, "credential_id")
        if cred_id is not None:
            self.state["credential_id"] = cred_id
            api.capture("get_credential", "password", "GET", f"/v1/credentials/{cred_id}")
        card = api.capture(
            "create_credential",
            "credit_card",
            "POST",
            "/v1/credentials",
            {
                "name": "sample card",
                "credential_type": "credit_card",
                "credential": {
                    "card_number": "4242424242424242",
                    "card_cvv": "123",
                    "card_exp_month": "12",
                    "card_exp_year": "2030",
                    "card_brand": "visa",
                    "card_holder_name": "Alice Example",
                },
            },
        )
        secret = api.capture(
            "create_credential",
            "secret",
            "POST",
            "/v1/credentials",
            {
                "name": "sample secret",
                "credential_type": "secret",
                "credential": {
                    "secret_value": SECRET_VALUE,
                    "secret_label": "api token",
                },
            },
        )
        for case, captured in (("credit_card", card), ("secret", secret)):
            other_id = str_field(captured.body, "credential_id")
            if other_id is not None:
                api.capture("get_credential", case, "GET", f"/v1/credentials/{other_id}")
                self.state[f"credential_{case}"] = other_id
        api.capture("get_credentials", "three_types", "GET", "/v1/credentials")
        for case in ("credit_card", "secret"):
            other_id = self.state.get(f"credential_{case}")
            if other_id is not None:
                api.capture(
                    "delete_credential",
                    case,
                    "POST",
                    f"/v1/credentials/{other_id}/delete",
                )
        secret_id = self.state.get("credential_secret")
        if secret_id is not None:
            api.capture("get_credential", "deleted", "GET", f"/v1/credentials/{secret_id}")
            api.capture(
                "delete_credential",
                "already_deleted",
                "POST",
                f"/v1/credentials/{secret_id}/delete",
            )

    def totp_and_upload(self) -> None:
        """send_totp_code (LLM-parsed and plain) and a multipart upload."""
        api = self.api
        api.capture(
            "send_totp_code",
            "email_content",
            "POST",
            "/v1/credentials/totp",
            {
                "totp_identifier": "alice@example.com",
                "content": "Your code is 123456",
                "source": "email",
            },
        )
        api.capture(
            "send_totp_code",
            "bare_code",
            "POST",
            "/v1/credentials/totp",
            {"totp_identifier": "alice@example.com", "content": "654321"},
        )
        api.capture(
            "upload_file",
            "text_file",
            "POST",
            "/v1/upload_file",
            files={"file": ("hello.txt", b"hello world\n", "text/plain")},
        )

    def workflows(self) -> None:
        """create / get / list / versions / update (wpid and version id)."""
        api = self.api
        created = api.capture(
            "create_workflow",
            "extraction_with_parameter",
            "POST",
            "/v1/agents",
            {"json_definition": workflow_definition("sample extraction workflow")},
        )
        wpid = str_field(created.body, "workflow_permanent_id")
        version_id = str_field(created.body, "workflow_id")
        if wpid is None:
            self.rec.note("create_workflow gave no workflow_permanent_id")
            return
        self.state["wpid"] = wpid
        api.capture("get_workflow", "extraction_with_parameter", "GET", f"/v1/agents/{wpid}")
        api.capture("get_workflows", "default", "GET", "/v1/agents")
        api.capture("get_workflows", "page_size_1", "GET", "/v1/agents?page=1&page_size=1")
        api.capture("get_workflow_versions", "one_version", "GET", f"/v1/agents/{wpid}/versions")
        api.capture(
            "update_workflow",
            "by_permanent_id",
            "POST",
            f"/v1/agents/{wpid}",
            {"json_definition": workflow_definition("sample extraction workflow (v2)")},
        )
        if version_id is not None:
            api.capture(
                "update_workflow",
                "by_version_id",
                "POST",
                f"/v1/agents/{version_id}",
                {"json_definition": workflow_definition("sample extraction workflow (v3)")},
            )
        api.capture(
            "get_workflow_versions",
            "two_versions",
            "GET",
            f"/v1/agents/{wpid}/versions",
        )
        api.capture("get_workflow", "version_1", "GET", f"/v1/agents/{wpid}?version=1")

    # ------------------------------------------------------------------ runs, concurrently
    def _cancel_when_running(self, case: str) -> Callable[[str], None]:
        def cancel(run_id: str) -> None:
            self.api.capture("cancel_run", case, "POST", f"/v1/runs/{run_id}/cancel")

        return cancel

    def _session_run(self) -> dict[str, Any] | None:
        """A task inside a browser session that generates a profile; then close + profile."""
        api = self.api
        created = api.capture(
            "create_browser_session",
            "generate_browser_profile",
            "POST",
            "/v1/browser_sessions",
            {"timeout": 15, "generate_browser_profile": True},
        )
        session_id = str_field(created.body, "browser_session_id")
        if session_id is None:
            return None
        final = start_run(
            api,
            "run_task",
            "task_v1_in_browser_session",
            "/v1/run/tasks",
            {
                "prompt": "Extract the product names",
                "url": f"{self.site_url}/products",
                "browser_session_id": session_id,
            },
        )
        path = f"/v1/browser_sessions/{session_id}"
        api.capture("get_browser_session", "after_run", "GET", path)
        api.capture("get_browser_sessions", "after_run", "GET", "/v1/browser_sessions")
        api.capture("close_browser_session", "after_run", "POST", f"{path}/close")
        body = {
            "name": f"from-session-{uuid.uuid4().hex[:6]}",
            "browser_session_id": session_id,
        }
        deadline = time.monotonic() + 30
        while True:
            response = api.request("POST", "/v1/browser_profiles", body)
            if response.status_code == 200 or time.monotonic() > deadline:
                break
            time.sleep(2)
        captured = api.recorder.save(
            "create_browser_profile",
            "from_browser_session",
            method="POST",
            path="/v1/browser_profiles",
            request_json=body,
            response=response,
        )
        profile_id = str_field(captured.body, "browser_profile_id")
        if profile_id is not None:
            api.capture(
                "get_browser_profile",
                "from_browser_session",
                "GET",
                f"/v1/browser_profiles/{profile_id}",
            )
        return final

    def run_jobs(self, webhook_url: str) -> None:
        """Start every run case in a thread pool and wait for all of them."""
        site = self.site_url
        jobs: dict[str, Callable[[], dict[str, Any] | None]] = {
            "task_v1": lambda: start_run(
                self.api,
                "run_task",
                "task_v1",
                "/v1/run/tasks",
                {"prompt": "Extract the product names", "url": f"{site}/products"},
            ),
            "task_v1_extract": lambda: start_run(
                self.api,
                "run_task",
                "task_v1_extract",
                "/v1/run/tasks",
                {"prompt": f"Extract the product names from {site}/products"},
            ),
            "task_v2": lambda: start_run(
                self.api,
                "run_task",
                "task_v2",
                "/v1/run/tasks",
                {
                    "prompt": "Extract the product names",
                    "url": f"{site}/products",
                    "engine": "skyvern-2.0",
                },
            ),
            "task_v1_cancel": lambda: start_run(
                self.api,
                "run_task",
                "task_v1_cancel",
                "/v1/run/tasks",
                {
                    "prompt": "Extract the product names [[stub:delay=30]]",
                    "url": f"{site}/products",
                },
                on_running=self._cancel_when_running("task_v1_running"),
            ),
            "task_v1_fail": lambda: start_run(
                self.api,
                "run_task",
                "task_v1_fail",
                "/v1/run/tasks",
                {
                    "prompt": "Extract the product names [[stub:fail]]",
                    "url": f"{site}/products",
                },
            ),
            "task_v1_terminate": lambda: start_run(
                self.api,
                "run_task",
                "task_v1_terminate",
                "/v1/run/tasks",
                {
                    "prompt": "Extract the product names [[stub:terminate]]",
                    "url": f"{site}/products",
                },
            ),
            "task_v1_webhook": lambda: start_run(
                self.api,
                "run_task",
                "task_v1_webhook",
                "/v1/run/tasks",
                {
                    "prompt": "Extract the product names",
                    "url": f"{site}/products",
                    "webhook_url": webhook_url,
                },
            ),
            "download_files": lambda: start_run(
                self.api,
                "download_files",
                "site_downloads",
                "/v1/run/tasks/download_files",
                {"url": f"{site}/downloads", "navigation_goal": "Download the report"},
                poll_case="download_files",
            ),
            "download_files_cancel": lambda: start_run(
                self.api,
                "download_files",
                "delayed_for_cancel",
                "/v1/run/tasks/download_files",
                {
                    "url": f"{site}/downloads",
                    "navigation_goal": "Download the report [[stub:delay=30]]",
                },
                on_running=self._cancel_when_running("workflow_run_running"),
                poll_case="download_files_cancel",
            ),
            "session": self._session_run,
        }
        wpid = self.state.get("wpid")
        if wpid is not None:
            jobs["workflow"] = lambda: start_run(
                self.api,
                "run_workflow",
                "with_parameters",
                "/v1/run/agents",
                {"workflow_id": wpid, "parameters": {"page_url": f"{site}/products"}},
                poll_case="workflow",
            )
        cred_id = self.state.get("credential_id")
        if cred_id is not None:
            jobs["login"] = lambda: start_run(
                self.api,
                "login",
                "password_credential",
                "/v1/run/tasks/login",
                {
                    "credential_type": "skyvern",
                    "credential_id": cred_id,
                    "url": f"{site}/login",
                },
                poll_case="login",
            )
        # Longest first, so the pool finishes sooner.
        order = [
            "task_v1_fail",
            "task_v1_cancel",
            "download_files_cancel",
            "task_v2",
            "login",
            "session",
            "workflow",
            "task_v1",
            "task_v1_extract",
            "task_v1_terminate",
            "task_v1_webhook",
            "download_files",
        ]
        with ThreadPoolExecutor(max_workers=self.workers) as pool:
            futures: dict[str, Future[dict[str, Any] | None]] = {
                name: pool.submit(jobs[name]) for name in order if name in jobs
            }
            for name, future in futures.items():
                try:
                    self.runs[name] = future.result()
                except Exception as exc:
                    self.rec.note(f"run job {name} raised {exc!r}")
                    self.runs[name] = None
        for name, run in self.runs.items():
            status = run.get("status") if run else None
            log(f"run {name}: {run.get('run_id') if run else None} -> {status}")

    # ------------------------------------------------------------------ after the runs
    def run_id(self, name: str) -> str | None:
        return str_field(self.runs.get(name), "run_id")

    def after_runs(self, webhook_url: str) -> None:
        """timeline, artifacts, webhook replays, cancel of a finished run, deletions."""
        api = self.api
        for name, case in (
            ("workflow", "workflow_run"),
            ("task_v2", "task_v2"),
            ("login", "login_workflow_run"),
            ("task_v1", "task_v1"),
        ):
            rid = self.run_id(name)
            if rid is not None:
                api.capture("get_run_timeline", case, "GET", f"/v1/runs/{rid}/timeline")
        first_artifact: dict[str, Any] = {}
        for name, case in (
            ("task_v1", "task_v1"),
            ("workflow", "workflow_run"),
            ("task_v2", "task_v2"),
            ("download_files", "download_files"),
        ):
            rid = self.run_id(name)
            if rid is None:
                continue
            captured = api.capture("get_run_artifacts", case, "GET", f"/v1/runs/{rid}/artifacts")
            if not first_artifact and isinstance(captured.body, list) and captured.body:
                first_artifact = as_dict(captured.body[0])
                artifact_type = str_field(first_artifact, "artifact_type")
                if artifact_type is not None:
                    api.capture(
                        "get_run_artifacts",
                        f"{case}_filtered",
                        "GET",
                        f"/v1/runs/{rid}/artifacts?artifact_type={artifact_type}",
                    )
        artifact_id = str_field(first_artifact, "artifact_id")
        if artifact_id is not None:
            api.capture("get_artifact", "from_run", "GET", f"/v1/artifacts/{artifact_id}")
        else:
            self.rec.note("no artifact id to fetch")

        hooked = self.run_id("task_v1_webhook")
        if hooked is not None:
            api.capture(
                "retry_run_webhook",
                "stored_webhook",
                "POST",
                f"/v1/runs/{hooked}/retry_webhook",
            )
        plain = self.run_id("task_v1")
        if plain is not None:
            api.capture(
                "retry_run_webhook",
                "no_webhook",
                "POST",
                f"/v1/runs/{plain}/retry_webhook",
            )
            api.capture(
                "retry_run_webhook",
                "override_url",
                "POST",
                f"/v1/runs/{plain}/retry_webhook",
                {"webhook_url": webhook_url},
            )
            api.capture("cancel_run", "already_completed", "POST", f"/v1/runs/{plain}/cancel")
        wf_run = self.run_id("workflow")
        if wf_run is not None:
            api.capture(
                "retry_run_webhook",
                "workflow_run_no_webhook",
                "POST",
                f"/v1/runs/{wf_run}/retry_webhook",
            )
        log(f"webhook receiver got {len(_WebhookHandler.received)} deliveries")

        cred_id = self.state.get("credential_id")
        if cred_id is not None:
            api.capture(
                "delete_credential",
                "password",
                "POST",
                f"/v1/credentials/{cred_id}/delete",
            )
        wpid = self.state.get("wpid")
        if wpid is not None:
            api.capture(
                "delete_workflow",
                "by_permanent_id",
                "POST",
                f"/v1/agents/{wpid}/delete",
            )
            api.capture("get_workflow", "deleted", "GET", f"/v1/agents/{wpid}")

    def run(self, webhook_url: str) -> None:
        """Every step, in dependency order."""
        self.auth_and_validation_errors()
        self.unknown_ids()
        self.browser_sessions()
        self.browser_profiles()
        self.credentials()
        self.totp_and_upload()
        self.workflows()
        self.run_jobs(webhook_url)
        self.after_runs(webhook_url)


REQUIRED_PREFIXES = (
    "run_task__task_v1.",
    "get_run__task_v1_completed",
    "get_run__task_v1_extract_completed",
    "get_run__task_v2_completed",
    "get_run__workflow_completed",
    "get_run__task_v1_cancel_canceled",
    "get_run__task_v1_fail_failed",
    "get_run__task_v1_terminate_terminated",
    "cancel_run__task_v1_running",
    "run_workflow__with_parameters",
    "get_run_timeline__workflow_run",
    "get_run_timeline__task_v2",
    "get_run_artifacts__task_v1.",
    "get_artifact__from_run",
    "login__",
    "get_run__login_completed",
    "get_run__download_files_completed",
    "upload_file__text_file",
    "send_totp_code__email_content",
    "create_browser_session__timeout_10",
    "create_browser_profile__blank",
    "create_credential__password",
    "create_workflow__extraction",
    "update_workflow__by_permanent_id",
    "delete_workflow__by_permanent_id",
)


def default_run_dir(base_url: str) -> str:
    """start.sh's default RUN_DIR for the server port in ``base_url``."""
    port = urlsplit(base_url).port or 80
    return os.path.join(tempfile.gettempdir(), f"realskyvern-{port}")


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--base-url", default=os.environ.get("SKYVERN_BASE_URL"))
    parser.add_argument("--api-key", default=os.environ.get("SKYVERN_API_KEY"))
    parser.add_argument("--site-url", default=os.environ.get("SKYVERN_SITE_URL"))
    parser.add_argument(
        "--run-dir",
        default=os.environ.get("SKYVERN_RUN_DIR") or os.environ.get("RUN_DIR"),
        help="server run directory whose file:// URLs are scrubbed",
    )
    parser.add_argument(
        "--out",
        type=Path,
        default=DEFAULT_OUT,
        help=f"output directory (default {DEFAULT_OUT})",
    )
    parser.add_argument(
        "--clean",
        action="store_true",
        help="delete existing *.json samples in --out first",
    )
    parser.add_argument("--workers", type=int, default=4, help="runs executed at once (default 4)")
    args = parser.parse_args(argv)
    missing = [name for name in ("base_url", "api_key", "site_url") if not getattr(args, name)]
    if missing:
        parser.error(
            "missing "
            + ", ".join("--" + m.replace("_", "-") for m in missing)
            + " (or env SKYVERN_BASE_URL / SKYVERN_API_KEY / SKYVERN_SITE_URL)"
        )
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    base_url: str = args.base_url
    api_key: str = args.api_key
    site_url: str = str(args.site_url).rstrip("/")
    run_dir: str = str(args.run_dir or default_run_dir(base_url)).rstrip("/")
    out_dir: Path = args.out
    out_dir.mkdir(parents=True, exist_ok=True)
    if args.clean:
        for old in out_dir.glob("*.json"):
            old.unlink()
    replacements = [
        (api_key, "<API_KEY>"),
        (PASSWORD, "<PASSWORD>"),
        (SECRET_VALUE, "<SECRET>"),
        ("file://" + run_dir, "file:///RUN_DIR"),
        (run_dir, "/RUN_DIR"),
    ]
    recorder = Recorder(out_dir=out_dir, replacements=replacements)
    api = Api(base_url, api_key, recorder)
    version = api.request("GET", "/v1/version")
    log(f"server {base_url} version: {version.status_code} {version.text.strip()[:80]}")
    started = time.monotonic()
    with webhook_receiver() as webhook_url:
        Capture(api=api, site_url=site_url, workers=max(1, args.workers)).run(webhook_url)

    print(f"\n{len(recorder.written)} samples in {out_dir} ({time.monotonic() - started:.0f} s)")
    for name, status, content_type in sorted(recorder.written):
        print(f"  {status}  {name}  [{content_type}]")
    print("response header names seen: " + ", ".join(sorted(recorder.header_names)))
    for note in recorder.notes:
        print("note: " + note)
    names = [name for name, _, _ in recorder.written]
    absent = [prefix for prefix in REQUIRED_PREFIXES if not any(n.startswith(prefix) for n in names)]
    if absent:
        print("MISSING required cases: " + ", ".join(absent))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
