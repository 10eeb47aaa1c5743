"""What the app stores: each run it heard of (`Run`, one row per run_id) and TOTP codes waiting for a run."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from django.db import models
from django.utils import timezone


class Run(models.Model):
    """A Skyvern run as the last later-status news of it said (a delivery, or what run_task answered)."""

    # Annotated because django-stubs is used without its mypy plugin (which would need configured settings
    # in every mypy run): the annotation is what the plugin would infer.
    run_id: models.CharField[str, str] = models.CharField(max_length=64, unique=True)
    run_type: models.CharField[str, str] = models.CharField(max_length=32, blank=True, default="")
    status: models.CharField[str, str] = models.CharField(max_length=32, db_index=True)
    output: models.JSONField[Any, Any] = models.JSONField(null=True, blank=True)
    failure_reason: models.TextField[str | None, str | None] = models.TextField(null=True, blank=True)
    recording_url: models.TextField[str | None, str | None] = models.TextField(null=True, blank=True)
    app_url: models.TextField[str | None, str | None] = models.TextField(null=True, blank=True)
    # kept when the run was started through skyvern_sync.django.start_run, so a code handed in for the
    # identifier finds the run whose callback asks for it (a callback names only the run)
    totp_identifier: models.CharField[str, str] = models.CharField(max_length=255, blank=True, default="")
    created_at: models.DateTimeField[datetime, datetime] = models.DateTimeField(auto_now_add=True)
    updated_at: models.DateTimeField[datetime, datetime] = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ("-created_at",)

    def __str__(self) -> str:
        return f"{self.run_id} ({self.status})"


class PendingCode(models.Model):
    """A one-time code for a run (`run_id`) or for every run started with a TOTP identifier (`identifier`),
    handed out once, to the first callback that asks for it within SKYVERN_TOTP_CODE_TTL."""

    run_id: models.CharField[str, str] = models.CharField(max_length=64, blank=True, default="", db_index=True)
    identifier: models.CharField[str, str] = models.CharField(max_length=255, blank=True, default="", db_index=True)
    code: models.CharField[str, str] = models.CharField(max_length=64)
    handed_in_at: models.DateTimeField[datetime, datetime] = models.DateTimeField(default=timezone.now)

    def __str__(self) -> str:  # never the code: it is a secret
        return f"code for {self.run_id or self.identifier}"
