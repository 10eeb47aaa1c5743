"""The views: start a run and read it back (your side); Skyvern's webhook and TOTP callback (Skyvern's side).

Skyvern's side follows the way Stripe's documentation handles webhooks in Django: csrf-exempt (the caller is
a server, authenticated by the signature instead), the signature checked on the raw `request.body` before
anything is parsed, 400 with a fixed short message for a bad one (never the body or the key), the event
stored idempotently by its id (here `run_id`: Skyvern retries a delivery and `retry_run_webhook` sends it
again), and a quick 2xx. What differs: Skyvern's timestamp is not signed, so there is no replay window to
check; a replayed delivery only rewrites the run as it was.
"""

from __future__ import annotations

import functools
import json
import logging
from collections.abc import Callable
from typing import Any

from django.conf import settings
from django.db import transaction
from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest, JsonResponse
from django.urls import reverse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_POST

from runs.client import NotConfigured, api_key, get_client
from runs.models import PendingCode, Run
from skyvern_sync import InvalidParameterError, SkyvernError, webhooks
from skyvern_sync.types import GetRunResponse

logger = logging.getLogger(__name__)


def configured(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """A missing setting is this server's fault: 503 naming it, and one line in the log (no traceback)."""

    @functools.wraps(view)
    def checked(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        try:
            return view(request, *args, **kwargs)
        except NotConfigured as error:
            logger.error("%s %s: %s", request.method, request.path, error)
            return JsonResponse({"error": str(error)}, status=503)

    return checked


def _public_url(name: str) -> str:
    base: str = settings.SKYVERN_PUBLIC_URL
    return base.rstrip("/") + reverse(name)


def _json_body(request: HttpRequest) -> dict[str, Any] | None:
    try:
        data = json.loads(request.body)
    except ValueError:
        return None
    return data if isinstance(data, dict) else None


def _text(data: dict[str, Any], key: str) -> str | None:
    value = data.get(key)
    return value if isinstance(value, str) and value.strip() else None


@require_POST
@configured
def start_run(request: HttpRequest) -> HttpResponse:
    """POST {"prompt", "url"?, "engine"?, "totp_identifier"?}: start a run whose webhook comes back here.

    With `totp_identifier`, the run also gets this app's TOTP URL, for a site that asks for a one-time code.
    Answers 201 {"run_id", "status"}; 400 for a bad request, 502 when Skyvern refused or was unreachable,
    503 when this server has no SKYVERN_API_KEY.
    """
    data = _json_body(request)
    prompt = _text(data, "prompt") if data is not None else None
    if data is None or prompt is None:
        return JsonResponse({"error": 'expected a JSON object with a "prompt"'}, status=400)
    options: dict[str, Any] = {"url": _text(data, "url"), "webhook_url": _public_url("runs:webhook")}
    if engine := _text(data, "engine"):
        options["engine"] = engine
    if identifier := _text(data, "totp_identifier"):
        options.update(totp_identifier=identifier, totp_url=_public_url("runs:totp"))
    client = get_client()  # outside the try: a setting it refuses is this server's fault (503), not the caller's
    try:
        run = client.run_task(prompt=prompt, **options)
    except InvalidParameterError as error:  # refused before sending; the message names the parameter
        return JsonResponse({"error": str(error)}, status=400)
    except SkyvernError as error:  # messages never hold the key
        return JsonResponse({"error": f"Skyvern: {error}"}, status=502)
    Run.objects.update_or_create(run_id=run.run_id, defaults={"status": str(run.status), "prompt": prompt})
    return JsonResponse({"run_id": run.run_id, "status": str(run.status)}, status=201)


@require_GET
def show_run(request: HttpRequest, run_id: str) -> JsonResponse:
    """The run as this app stored it (what the last delivery said), without asking Skyvern."""
    run = Run.objects.filter(run_id=run_id).first()
    if run is None:
        return JsonResponse({"error": "no such run"}, status=404)
    return JsonResponse(run.as_json())


@require_POST
def hand_in_code(request: HttpRequest, run_id: str) -> HttpResponse:
    """POST {"code"}: the one-time code the run will ask for (your side: protect it as the rest of your app)."""
    data = _json_body(request)
    code = _text(data, "code") if data is not None else None
    if code is None:
        return JsonResponse({"error": 'expected a JSON object with a "code"'}, status=400)
    PendingCode.objects.update_or_create(run_id=run_id, defaults={"code": code})
    return HttpResponse(status=204)


def store(run: GetRunResponse) -> Run:
    """Insert or update the run's row: a second delivery of the same run rewrites it, never adds one."""
    stored, _ = Run.objects.update_or_create(
        run_id=run.run_id,
        defaults={"status": str(run.status), "output": run.output, "failure_reason": run.failure_reason},
    )
    return stored


@csrf_exempt
@require_POST
@configured
def skyvern_webhook(request: HttpRequest) -> HttpResponse:
    """A finished run, delivered by Skyvern: verified, stored by run_id, answered 200."""
    key = api_key()
    try:
        run = webhooks.parse(request.body, request.headers, api_key=key)
    except webhooks.WebhookVerificationError:
        return HttpResponseBadRequest("invalid signature")
    except webhooks.WebhookPayloadError:
        return HttpResponseBadRequest("not a run")
    # A database error escapes as a 500, which Skyvern retries: the delivery is not lost.
    store(run)
    return HttpResponse(status=200)


@csrf_exempt
@require_POST
@configured
def totp_callback(request: HttpRequest) -> HttpResponse:
    """Skyvern asks for a run's one-time code: 200 {"verification_code"} once one was handed in, else 404,
    and Skyvern asks again 10 s later (for up to 15 minutes)."""
    key = api_key()
    try:
        asked = webhooks.parse_totp_request(request.body, request.headers, api_key=key)
    except webhooks.WebhookVerificationError:
        return HttpResponseBadRequest("invalid signature")
    except webhooks.WebhookPayloadError:
        return HttpResponseBadRequest("not a TOTP request")
    ids = [run_id for run_id in (asked.workflow_run_id, asked.task_id) if run_id]
    with transaction.atomic():
        pending = PendingCode.objects.filter(run_id__in=ids).first()
        # handed out once: a second callback for the run (the site refused the code) waits for a new one
        if pending is None or PendingCode.objects.filter(pk=pending.pk).delete()[0] == 0:
            return JsonResponse({"detail": "no code for this run yet"}, status=404)
    return JsonResponse(webhooks.totp_response(pending.code))
