"""Skyvern's side: the webhook endpoint and the TOTP endpoint, both authenticated by the signature.

As Stripe's documentation handles webhooks in Django: csrf-exempt (the caller is a server, authenticated by
the signature instead), verified on the raw body before anything is parsed, 400 with a fixed short message
for a bad one (never the body or a key), stored idempotently by `run_id`, a quick 2xx. Skyvern's timestamp
is not signed, so there is no replay window to check: a replayed delivery is old news and changes nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest, JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from skyvern_sync import webhooks
from skyvern_sync.django import conf, signals, store
from skyvern_sync.django.models import Run

Parsed = TypeVar("Parsed")


def _raw_body(request: HttpRequest) -> bytes:
    # Read from the stream, not request.body: a delivery carries the run's whole output, and
    # DATA_UPLOAD_MAX_MEMORY_SIZE (2.5 MB by default) would answer a larger one 400, which Skyvern does not
    # retry. webhooks refuses what is larger than a delivery can be.
    return request.read(webhooks.MAX_BODY + 1)


def _verified(request: HttpRequest, parse: Callable[..., Parsed], not_kind: str) -> Parsed | HttpResponse:
    """What `parse` reads from a delivery verified with the configured keys, or the answer to send instead: 500
    without a key, 400 with a fixed text for a bad signature or a body of the wrong kind."""
    keys = conf.verification_keys()
    if not keys:
        return _not_configured()
    try:
        return parse(_raw_body(request), request.headers, api_key=keys)
    except webhooks.WebhookVerificationError:
        return HttpResponseBadRequest("invalid signature")
    except webhooks.WebhookPayloadError:
        return HttpResponseBadRequest(not_kind)


def _not_configured() -> HttpResponse:
    # 500, which Skyvern retries: once SKYVERN_API_KEY is set (manage.py check asks for it), nothing is lost
    return HttpResponse("SKYVERN_API_KEY is not set", status=500, content_type="text/plain")


@csrf_exempt
@require_POST
def webhook(request: HttpRequest) -> HttpResponse:
    """A run delivered by Skyvern: verified, stored by run_id (unless old news), answered 200."""
    run = _verified(request, webhooks.parse, "not a run")
    if isinstance(run, HttpResponse):
        return run
    # A database error escapes as a 500, which Skyvern retries: the delivery is not lost.
    store.record(run)
    return HttpResponse(status=200)


@csrf_exempt
@require_POST
def totp(request: HttpRequest) -> HttpResponse:
    """Skyvern asks for a run's one-time code: 200 {"verification_code"} with a code handed in for the run
    or its identifier (once), else 404, and Skyvern asks again 10 s later (for up to 15 minutes)."""
    asked = _verified(request, webhooks.parse_totp_request, "not a TOTP request")
    if isinstance(asked, HttpResponse):
        return asked
    code = store.take_code(asked)
    signals.totp_requested.send(sender=Run, request=asked, answered=code is not None)
    if code is None:
        return JsonResponse({"detail": "no code for this run yet"}, status=404)
    return JsonResponse(webhooks.totp_response(code))
