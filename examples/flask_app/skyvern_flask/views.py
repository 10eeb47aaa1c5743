"""The views: start a run and read it back (your side); Skyvern's webhook and TOTP callback (Skyvern's side).

Skyvern's side is handled as Stripe's documentation handles webhooks: the signature checked on the raw body
(`request.get_data()`, never `request.json` re-serialised) before anything is parsed, 400 with a fixed short
message for a bad one (never the body or the key), the event stored idempotently by its id (`run_id`: Skyvern
retries a delivery, and `retry_run_webhook` sends it again), and a quick 2xx. Flask has no CSRF protection of
its own, so there is nothing to exempt. What differs from Stripe: Skyvern's timestamp is not signed, so there
is no replay window to check; a replayed delivery only rewrites the run as it was.
"""

from __future__ import annotations

from typing import Any

from flask import Blueprint, current_app, request, url_for

from skyvern_flask import db
from skyvern_sync import InvalidParameterError, Skyvern, SkyvernError, webhooks

blueprint = Blueprint("runs", __name__)
Reply = tuple[dict[str, Any] | str, int]


def skyvern() -> Skyvern:
    """The app's one client, made by create_app."""
    client: Skyvern = current_app.extensions["skyvern"]
    return client


def _public_url(endpoint: str) -> str:
    base: str = current_app.config["SKYVERN_PUBLIC_URL"]
    return base.rstrip("/") + url_for(endpoint)


def _text(data: Any, key: str) -> str | None:
    value = data.get(key) if isinstance(data, dict) else None
    return value if isinstance(value, str) and value.strip() else None


@blueprint.post("/runs/")
def start_run() -> Reply:
    """POST {"prompt", "url"?, "engine"?, "totp_identifier"?}: start a run whose webhook comes back here.

    With `totp_identifier`, the run also gets this app's TOTP URL, for a site that asks for a one-time code.
    Answers 201 {"run_id", "status"}; 400 for a bad request, 502 when Skyvern refused or was unreachable.
    """
    data = request.get_json(silent=True)
    prompt = _text(data, "prompt")
    if prompt is None:
        return {"error": 'expected a JSON object with a "prompt"'}, 400
    options: dict[str, Any] = {"url": _text(data, "url"), "webhook_url": _public_url("runs.skyvern_webhook")}
    if engine := _text(data, "engine"):
        options["engine"] = engine
    if identifier := _text(data, "totp_identifier"):
        options.update(totp_identifier=identifier, totp_url=_public_url("runs.totp_callback"))
    try:
        run = skyvern().run_task(prompt=prompt, **options)
    except InvalidParameterError as error:  # refused before sending; the message names the parameter
        return {"error": str(error)}, 400
    except SkyvernError as error:  # messages never hold the key
        return {"error": f"Skyvern: {error}"}, 502
    db.started(run.run_id, str(run.status), prompt)
    return {"run_id": run.run_id, "status": str(run.status)}, 201


@blueprint.get("/runs/<run_id>/")
def show_run(run_id: str) -> Reply:
    """The run as this app stored it (what the last delivery said), without asking Skyvern."""
    run = db.find(run_id)
    return (run, 200) if run is not None else ({"error": "no such run"}, 404)


@blueprint.post("/runs/<run_id>/code/")
def hand_in_code(run_id: str) -> Reply:
    """POST {"code"}: the one-time code the run will ask for (your side: protect it as the rest of your app)."""
    code = _text(request.get_json(silent=True), "code")
    if code is None:
        return {"error": 'expected a JSON object with a "code"'}, 400
    db.hand_in(run_id, code)
    return "", 204


@blueprint.post("/webhooks/skyvern/")
def skyvern_webhook() -> Reply:
    """A finished run, delivered by Skyvern: verified, stored by run_id, answered 200."""
    key = current_app.config["SKYVERN_API_KEY"]
    try:
        run = webhooks.parse(request.get_data(), request.headers, api_key=key)
    except webhooks.WebhookVerificationError:
        return "invalid signature", 400
    except webhooks.WebhookPayloadError:
        return "not a run", 400
    # A database error escapes as a 500, which Skyvern retries: the delivery is not lost.
    db.store(run)
    return "", 200


@blueprint.post("/totp/")
def totp_callback() -> Reply:
    """Skyvern asks for a run's one-time code: 200 {"verification_code"} once one was handed in, else 404,
    and Skyvern asks again 10 s later (for up to 15 minutes)."""
    key = current_app.config["SKYVERN_API_KEY"]
    try:
        asked = webhooks.parse_totp_request(request.get_data(), request.headers, api_key=key)
    except webhooks.WebhookVerificationError:
        return "invalid signature", 400
    except webhooks.WebhookPayloadError:
        return "not a TOTP request", 400
    # A skyvern-2.0 task's or a workflow's callback names its workflow run: a code is stored under that.
    code = db.take_code([run_id for run_id in (asked.workflow_run_id, asked.task_id) if run_id])
    if code is None:
        return {"detail": "no code for this run yet"}, 404
    return webhooks.totp_response(code), 200
