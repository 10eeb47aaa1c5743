"""What the app keeps: each run it started or heard of (`Run`), and codes waiting for a TOTP callback."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from django.db import models


class Run(models.Model):
    """A Skyvern run, one row per `run_id`: stored when started, updated by each verified delivery."""

    # Fields are annotated because django-stubs is used without its mypy plugin (which would have to load
    # these settings in every mypy run of the repository): the annotation is what the plugin would infer.

    run_id: models.CharField[str, str] = models.CharField(max_length=64, unique=True)
    status: models.CharField[str, str] = models.CharField(max_length=32)
    prompt: models.TextField[str, str] = models.TextField(blank=True, default="")
    output: models.JSONField[Any, Any] = models.JSONField(null=True, blank=True)
    failure_reason: models.TextField[str | None, str | None] = models.TextField(null=True, blank=True)
    created_at: models.DateTimeField[datetime, datetime] = models.DateTimeField(auto_now_add=True)
    updated_at: models.DateTimeField[datetime, datetime] = models.DateTimeField(auto_now=True)

    def as_json(self) -> dict[str, object]:
        return {
            "run_id": self.run_id,
            "status": self.status,
            "prompt": self.prompt,
            "output": self.output,
            "failure_reason": self.failure_reason,
        }


class PendingCode(models.Model):
    """A one-time code for a run that will ask for one: put here by whoever receives it (a person reading a
    text message, an inbound-mail hook) and handed out once, to the run's TOTP callback."""

    # The callback of a skyvern-1.0 task names the run; a skyvern-2.0 task's or a workflow's names its
    # workflow run (wr_...), which is what the code must then be stored under.
    run_id: models.CharField[str, str] = models.CharField(max_length=64, unique=True)
    code: models.CharField[str, str] = models.CharField(max_length=32)
    handed_in_at: models.DateTimeField[datetime, datetime] = models.DateTimeField(auto_now=True)
