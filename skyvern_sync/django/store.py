"""Storing runs idempotently by run_id, never moving a status backwards; codes handed in and handed out once."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone

from skyvern_sync._integrations import is_later, run_fields
from skyvern_sync.django import conf, signals
from skyvern_sync.django.models import PendingCode, Run

if TYPE_CHECKING:
    from skyvern_sync.types import GetRunResponse, TaskRunResponse, WorkflowRunResponse
    from skyvern_sync.webhooks import TOTPRequest

    AnyRun = GetRunResponse | TaskRunResponse | WorkflowRunResponse


def record(run: AnyRun, **extra: Any) -> Run:
    """Store what `run` says unless the stored row already has this or a later status; returns the row.

    Sends `run_status_changed` once the row changed. `extra`: more columns for a new row (`totp_identifier`).
    """
    fields = {**run_fields(run), **extra}
    stored: Run | None = None
    previous: str | None = None
    for attempt in range(2):  # a concurrent first delivery may insert the row between our read and write
        try:
            with transaction.atomic():
                stored = Run.objects.select_for_update().filter(run_id=run.run_id).first()
                if stored is None:
                    stored, previous = Run.objects.create(run_id=run.run_id, **fields), None
                elif is_later(fields["status"], stored.status):
                    previous = stored.status
                    for name, value in run_fields(run).items():
                        setattr(stored, name, value)
                    stored.save()
                else:
                    return stored
            break
        except IntegrityError:
            if attempt:
                raise
    assert stored is not None
    signals.run_status_changed.send(sender=Run, run=stored, previous_status=previous)
    return stored


def start_run(prompt: str, **options: Any) -> Run:
    """`client().run_task(prompt, **options)`, stored; its webhook (and, with a `totp_identifier`, its TOTP
    callback) comes back to this app unless `webhook_url`/`totp_url` say otherwise (needs SKYVERN_PUBLIC_URL).

    Blocks only for the call that starts the run: never pass `wait_for_completion=True` from a view, which
    would hold a web worker for minutes; the webhook brings the result.
    """
    from skyvern_sync.django import client, totp_url, webhook_url

    if conf.public_url():
        options.setdefault("webhook_url", webhook_url())
        if options.get("totp_identifier"):
            options.setdefault("totp_url", totp_url())
    run = client().run_task(prompt=prompt, **options)
    return record(run, totp_identifier=options.get("totp_identifier") or "")


def hand_in_code(code: str, *, run_id: str | None = None, identifier: str | None = None) -> PendingCode:
    """Keep a one-time code for the run `run_id` (a workflow run's `wr_...` for a skyvern-2.0 task or a
    workflow) or for runs started with the TOTP `identifier`, until one callback takes it."""
    if not isinstance(code, str) or not code.strip():
        raise ValueError("code must be the verification code, a non-empty string")
    if bool(run_id) == bool(identifier):
        raise ValueError("give exactly one of run_id and identifier")
    return PendingCode.objects.create(run_id=run_id or "", identifier=identifier or "", code=code)


def take_code(request: TOTPRequest) -> str | None:
    """The oldest unexpired code for the runs the callback names (or their TOTP identifiers), deleted as it
    is read, so that it is handed out once."""
    run_ids = [run_id for run_id in (request.workflow_run_id, request.task_id) if run_id]
    identifiers = _identifiers(run_ids)
    fresh = timezone.now() - timedelta(seconds=conf.totp_code_ttl())
    wanted = Q(run_id__in=run_ids) | Q(identifier__in=identifiers) if identifiers else Q(run_id__in=run_ids)
    with transaction.atomic():
        for pending in PendingCode.objects.filter(wanted, handed_in_at__gte=fresh).order_by("handed_in_at"):
            # the delete decides who gets it when two callbacks race: only one deletes the row
            if PendingCode.objects.filter(pk=pending.pk).delete()[0]:
                return pending.code
    return None


def _identifiers(run_ids: Iterable[str]) -> list[str]:
    found = Run.objects.filter(run_id__in=list(run_ids)).exclude(totp_identifier="")
    return list(found.values_list("totp_identifier", flat=True))
