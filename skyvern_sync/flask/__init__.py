"""skyvern_sync.flask: Skyvern in a Flask app as an extension (the `flask` extra).

    from skyvern_sync.flask import SkyvernExtension

    skyvern = SkyvernExtension()

    def create_app():
        app = Flask(__name__)
        app.config["SKYVERN_API_KEY"] = os.environ["SKYVERN_API_KEY"]
        skyvern.init_app(app)       # /skyvern/webhook/ and /skyvern/totp/, the client, the store
        return app

Config keys (defaults): SKYVERN_API_KEY (required), SKYVERN_BASE_URL (`https://api.skyvern.com`),
SKYVERN_WEBHOOK_KEYS (`[]`: more keys deliveries may be signed with while rotating), SKYVERN_TOTP_CODE_TTL
(`600` s), SKYVERN_PUBLIC_URL (where Skyvern reaches the app, for the URLs `start_run` gives a run),
SKYVERN_DATABASE (the SQLite file; `<instance path>/skyvern.sqlite3`), SKYVERN_URL_PREFIX (`/skyvern`).
Signals (blinker): `run_status_changed` (sender the app; `run`, `previous_status`) once per status change,
`totp_requested` (sender the app; `request`, `answered`) per TOTP callback.
"""

from __future__ import annotations

import atexit
import os
import threading
from typing import Any

from blinker import Namespace
from flask import Blueprint, Flask, current_app, has_request_context, request, url_for

from skyvern_sync import Skyvern, webhooks
from skyvern_sync._integrations import DEFAULT_TOTP_CODE_TTL, run_fields
from skyvern_sync.flask.store import Store

__all__ = ["SkyvernExtension", "run_status_changed", "totp_requested"]

_signals = Namespace()
run_status_changed = _signals.signal("skyvern-run-status-changed")
totp_requested = _signals.signal("skyvern-totp-requested")
EXTENSION_KEY = "skyvern_sync"
Reply = tuple[dict[str, Any] | str, int]


class _AppState:
    """What init_app keeps for one app: its store and its client (made on first use, remade after a fork)."""

    def __init__(self, app: Flask) -> None:
        self.config = app.config
        self.store = Store(app.config["SKYVERN_DATABASE"])
        self._lock = threading.Lock()
        self._client: Skyvern | None = None
        self._pid = os.getpid()

    def client(self) -> Skyvern:
        with self._lock:
            if self._client is None or self._pid != os.getpid():
                self._client = Skyvern(api_key=self.config["SKYVERN_API_KEY"], base_url=self.config["SKYVERN_BASE_URL"])
                self._pid = os.getpid()
                atexit.register(self._client.close)
            return self._client

    def use_client(self, client: Skyvern | None) -> Skyvern | None:
        with self._lock:
            previous, self._client = self._client, client
            self._pid = os.getpid()
            return previous

    def keys(self) -> list[str]:
        extra = self.config.get("SKYVERN_WEBHOOK_KEYS") or []
        return [key for key in [self.config.get("SKYVERN_API_KEY"), *extra] if isinstance(key, str) and key]


class SkyvernExtension:
    """The extension: `SkyvernExtension(app)` or `init_app(app)` later (an app factory); one per app."""

    def __init__(self, app: Flask | None = None) -> None:
        if app is not None:
            self.init_app(app)

    def init_app(self, app: Flask) -> None:
        if not app.config.get("SKYVERN_API_KEY"):
            raise RuntimeError("SKYVERN_API_KEY is not set in the app's config (skyvern_sync.flask needs it)")
        app.config.setdefault("SKYVERN_BASE_URL", "https://api.skyvern.com")
        app.config.setdefault("SKYVERN_WEBHOOK_KEYS", [])
        app.config.setdefault("SKYVERN_TOTP_CODE_TTL", DEFAULT_TOTP_CODE_TTL)
        app.config.setdefault("SKYVERN_PUBLIC_URL", "")
        app.config.setdefault("SKYVERN_DATABASE", os.path.join(app.instance_path, "skyvern.sqlite3"))
        app.config.setdefault("SKYVERN_URL_PREFIX", "/skyvern")
        os.makedirs(os.path.dirname(os.path.abspath(app.config["SKYVERN_DATABASE"])), exist_ok=True)
        app.extensions[EXTENSION_KEY] = _AppState(app)
        app.register_blueprint(_blueprint(), url_prefix=app.config["SKYVERN_URL_PREFIX"])

    @staticmethod
    def _state(app: Flask | None = None) -> _AppState:
        state: _AppState = (app or current_app).extensions[EXTENSION_KEY]
        return state

    def client(self, app: Flask | None = None) -> Skyvern:
        """The app's Skyvern client (the current app's by default), made on first use."""
        return self._state(app).client()

    def use_client(self, client: Skyvern | None, app: Flask | None = None) -> Skyvern | None:
        """Make `client` the app's (None: make one from the config on next use); returns the one replaced.
        For tests, which hand in a client on a cassette."""
        return self._state(app).use_client(client)

    def record(self, run: Any, **extra: Any) -> dict[str, Any]:
        """Store a run (a delivery, or what run_task answered) unless old news; sends `run_status_changed`."""
        app = current_app._get_current_object()  # type: ignore[attr-defined]
        stored, previous, changed = self._state().store.record({"run_id": run.run_id, **run_fields(run), **extra})
        if changed:
            run_status_changed.send(app, run=stored, previous_status=previous)
        return stored

    def start_run(self, prompt: str, **options: Any) -> dict[str, Any]:
        """`run_task(prompt, **options)` on the app's client, stored; its webhook (and, with a
        `totp_identifier`, its TOTP callback) comes back here when SKYVERN_PUBLIC_URL is set. Never pass
        `wait_for_completion=True` from a view: the webhook brings the result."""
        public = str(current_app.config["SKYVERN_PUBLIC_URL"]).rstrip("/")
        if public:
            options.setdefault("webhook_url", public + _path("skyvern_sync.webhook"))
            if options.get("totp_identifier"):
                options.setdefault("totp_url", public + _path("skyvern_sync.totp"))
        run = self.client().run_task(prompt=prompt, **options)
        return self.record(run, totp_identifier=options.get("totp_identifier") or "")

    def get_run(self, run_id: str) -> dict[str, Any] | None:
        """The run as stored, or None."""
        return self._state().store.get(run_id)

    def hand_in_code(self, code: str, *, run_id: str | None = None, identifier: str | None = None) -> None:
        """Keep a one-time code for the run (or for runs started with the TOTP identifier) until one
        callback takes it."""
        if not isinstance(code, str) or not code.strip():
            raise ValueError("code must be the verification code, a non-empty string")
        if bool(run_id) == bool(identifier):
            raise ValueError("give exactly one of run_id and identifier")
        self._state().store.hand_in(code, run_id or "", identifier or "")


def _path(endpoint: str) -> str:
    """The endpoint's path, also outside a request (a shell, a CLI command, a task), where `url_for` would
    need SERVER_NAME, which would also make the app refuse requests for any other host."""
    if has_request_context():
        return url_for(endpoint)
    adapter = current_app.url_map.bind("localhost", script_name=current_app.config["APPLICATION_ROOT"])
    return adapter.build(endpoint)


def _blueprint() -> Blueprint:
    blueprint = Blueprint(EXTENSION_KEY, __name__)
    extension = SkyvernExtension()

    @blueprint.post("/webhook/")
    def webhook() -> Reply:
        """A run delivered by Skyvern: verified on the raw body, stored by run_id unless old news, 200."""
        keys = SkyvernExtension._state().keys()
        try:
            run = webhooks.parse(request.get_data(), request.headers, api_key=keys)
        except webhooks.WebhookVerificationError:
            return "invalid signature", 400
        except webhooks.WebhookPayloadError:
            return "not a run", 400
        # A database error escapes as a 500, which Skyvern retries: the delivery is not lost.
        extension.record(run)
        return "", 200

    @blueprint.post("/totp/")
    def totp() -> Reply:
        """A code for the run (or its identifier), handed out once: 200, else 404 and Skyvern asks again."""
        state = SkyvernExtension._state()
        try:
            asked = webhooks.parse_totp_request(request.get_data(), request.headers, api_key=state.keys())
        except webhooks.WebhookVerificationError:
            return "invalid signature", 400
        except webhooks.WebhookPayloadError:
            return "not a TOTP request", 400
        run_ids = [run_id for run_id in (asked.workflow_run_id, asked.task_id) if run_id]
        code = state.store.take_code(run_ids, float(state.config["SKYVERN_TOTP_CODE_TTL"]))
        totp_requested.send(current_app._get_current_object(), request=asked, answered=code is not None)  # type: ignore[attr-defined]
        if code is None:
            return {"detail": "no code for this run yet"}, 404
        return webhooks.totp_response(code), 200

    return blueprint
