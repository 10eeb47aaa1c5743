"""Schedules: a workflow run on a cron expression, reached as `client.schedules`."""

from __future__ import annotations

from skyvern_sync.resources._base import SyncResource


class SchedulesResource(SyncResource):
    """The schedules operations (skyvern_generated/api/schedules/): `client.schedules.<verb>`, as officially."""
