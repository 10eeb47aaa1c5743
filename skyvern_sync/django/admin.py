"""The admin page of runs: status, output, failure reason, and links to the recording and to Skyvern's app."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from django.contrib import admin
from django.http import HttpRequest
from django.utils.html import format_html

from skyvern_sync.django.models import Run

# ModelAdmin is generic only in django-stubs, not at run time
if TYPE_CHECKING:
    RunAdminBase = admin.ModelAdmin[Run]
else:
    RunAdminBase = admin.ModelAdmin


@admin.register(Run)
class RunAdmin(RunAdminBase):
    list_display = ("run_id", "status", "run_type", "updated_at", "links")
    list_filter = ("status", "run_type")
    search_fields = ("run_id",)
    # what Skyvern reported is the record: edited by hand, it would no longer say what happened
    readonly_fields = (
        "run_id", "run_type", "status", "pretty_output", "failure_reason", "links", "totp_identifier",
        "created_at", "updated_at",
    )  # fmt: skip
    fields = readonly_fields

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    @admin.display(description="output")
    def pretty_output(self, run: Run) -> str:
        return format_html("<pre>{}</pre>", json.dumps(run.output, indent=2, ensure_ascii=False))

    @admin.display(description="links")
    def links(self, run: Run) -> str:
        parts = [(url, label) for url, label in ((run.recording_url, "recording"), (run.app_url, "app")) if url]
        if not parts:
            return "-"
        return format_html(" | ".join(['<a href="{}">{}</a>'] * len(parts)), *[x for pair in parts for x in pair])
