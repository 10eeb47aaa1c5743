"""Schedules: a workflow run on a cron expression, reached as `client.schedules`."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, cast

from skyvern_sync.errors import InvalidParameterTypeError
from skyvern_sync.resources._base import SyncResource
from skyvern_sync.validation import (
    check_bool,
    check_enum,
    check_id,
    check_int,
    check_mapping,
    check_optional_text,
    check_text,
)

if TYPE_CHECKING:
    from skyvern_generated.models import (
        DeleteScheduleResponse,
        OrganizationScheduleListResponse,
        SchedulesListAllStatusType0,
        WorkflowScheduleListResponse,
        WorkflowScheduleResponse,
        WorkflowScheduleUpsertRequest,
    )

    from skyvern_sync.options import RequestOptions

# the schema's bounds on an interval schedule (WorkflowScheduleUpsertRequest.interval_seconds)
MIN_INTERVAL_SECONDS = 300
MAX_INTERVAL_SECONDS = 2_147_483_647
# the schema's bound on schedules_list_all's page_size
MAX_PAGE_SIZE = 100


class SchedulesResource(SyncResource):
    """The schedules operations (skyvern_generated/api/schedules/): `client.schedules.<verb>`, as officially."""

    def list_all(
        self,
        *,
        page: int | None = None,
        page_size: int | None = None,
        status: SchedulesListAllStatusType0 | str | None = None,
        search: str | None = None,
        request_options: RequestOptions | Mapping[str, Any] | None = None,
    ) -> OrganizationScheduleListResponse:
        """Every schedule of the organization, across all workflows, a page at a time.

        Args:
            page: the page, from 1 (server default 1).
            page_size: schedules per page, 1 to 100 (server default 10).
            status: only `"active"` or only `"paused"` schedules.
            search: only schedules whose workflow title or schedule name holds this text.
            request_options: per-call timeout, retries and headers.

        Returns:
            One page: `schedules`, and `total_count`, `page`, `page_size` to page on with. `schedules` is a
            `Page`: `.schedules.auto_paging_iter()` goes on through every schedule, page by page.
        """
        from skyvern_generated.models import SchedulesListAllStatusType0

        return cast(
            "OrganizationScheduleListResponse",
            self._call(
                "schedules_list_all",
                request_options,
                page=check_int("page", page, minimum=1),
                page_size=check_int("page_size", page_size, minimum=1, maximum=MAX_PAGE_SIZE),
                status=None if status is None else check_enum("status", status, SchedulesListAllStatusType0),
                search=check_optional_text("search", search),
            ),
        )

    def create(
        self,
        workflow_permanent_id: str,
        *,
        timezone: str,
        cron_expression: str | None = None,
        interval_seconds: int | None = None,
        first_fire_at: dt.datetime | None = None,
        run_at: dt.datetime | None = None,
        enabled: bool | None = None,
        parameters: Mapping[str, Any] | None = None,
        name: str | None = None,
        description: str | None = None,
        request_options: RequestOptions | Mapping[str, Any] | None = None,
    ) -> WorkflowScheduleResponse:
        """Schedule a workflow: on a cron expression, every `interval_seconds`, or once at `run_at`.

        Each call makes a new schedule (it is not resent once it may have reached the server). The scheduler
        starts the workflow's runs with `parameters` when the schedule fires.

        Args:
            workflow_permanent_id: the workflow (`wpid_...`).
            timezone: the IANA time zone the cron expression is read in, e.g. `"UTC"`, `"Europe/Paris"`.
            cron_expression: five-field cron, e.g. `"0 9 * * 1"`; or give `interval_seconds` or `run_at`.
            interval_seconds: seconds between runs, 300 to 2147483647.
            first_fire_at: the first run of an interval schedule (default: one interval from now).
            run_at: the one time to run (the server wants it at least 60 seconds ahead).
            enabled: whether it fires (server default True).
            parameters: the workflow parameters each run gets.
            name: the schedule's name.
            description: what it is for.
            request_options: per-call timeout, retries and headers.

        Returns:
            The stored `schedule` and its `next_runs`.

        Raises:
            BadRequestError: the cron expression or time zone is not valid.
            NotFoundError: no workflow with this id.
            UnprocessableEntityError: `run_at`/`first_fire_at` less than 60 seconds ahead, or no valid timing.
        """
        return cast(
            "WorkflowScheduleResponse",
            self._call(
                "schedules_create",
                request_options,
                check_id("workflow_permanent_id", workflow_permanent_id),
                body=_upsert(
                    timezone, cron_expression, interval_seconds, first_fire_at, run_at, enabled, parameters, name,
                    description,
                ),
            ),
        )  # fmt: skip

    def list(
        self, workflow_permanent_id: str, *, request_options: RequestOptions | Mapping[str, Any] | None = None
    ) -> WorkflowScheduleListResponse:
        """A workflow's schedules (all of them, in one answer).

        Args:
            workflow_permanent_id: the workflow (`wpid_...`).
            request_options: per-call timeout, retries and headers.

        Returns:
            `schedules`, the workflow's schedules.

        Raises:
            NotFoundError: no workflow with this id.
        """
        return cast(
            "WorkflowScheduleListResponse",
            self._call("schedules_list", request_options, check_id("workflow_permanent_id", workflow_permanent_id)),
        )

    def get(
        self,
        workflow_permanent_id: str,
        workflow_schedule_id: str,
        *,
        request_options: RequestOptions | Mapping[str, Any] | None = None,
    ) -> WorkflowScheduleResponse:
        """One schedule of a workflow, with its next run times.

        Args:
            workflow_permanent_id: the workflow (`wpid_...`).
            workflow_schedule_id: the schedule (`wfs_...`).
            request_options: per-call timeout, retries and headers.

        Returns:
            The `schedule` and its `next_runs`.

        Raises:
            NotFoundError: no such schedule on this workflow.
        """
        return cast(
            "WorkflowScheduleResponse",
            self._one("schedules_get", workflow_permanent_id, workflow_schedule_id, request_options),
        )

    def update(
        self,
        workflow_permanent_id: str,
        workflow_schedule_id: str,
        *,
        timezone: str,
        cron_expression: str | None = None,
        interval_seconds: int | None = None,
        first_fire_at: dt.datetime | None = None,
        run_at: dt.datetime | None = None,
        enabled: bool | None = None,
        parameters: Mapping[str, Any] | None = None,
        name: str | None = None,
        description: str | None = None,
        request_options: RequestOptions | Mapping[str, Any] | None = None,
    ) -> WorkflowScheduleResponse:
        """Replace a schedule's timing, time zone, parameters, name and enabled state.

        A one-time schedule stays one-time, and changes only until it has fired.

        Args:
            workflow_permanent_id: the workflow (`wpid_...`).
            workflow_schedule_id: the schedule (`wfs_...`).
            timezone: the IANA time zone the cron expression is read in.
            cron_expression: five-field cron; or give `interval_seconds` or `run_at`.
            interval_seconds: seconds between runs, 300 to 2147483647.
            first_fire_at: the first run of an interval schedule.
            run_at: the one time to run a one-time schedule (at least 60 seconds ahead).
            enabled: whether it fires (server default True).
            parameters: the workflow parameters each run gets.
            name: the schedule's name.
            description: what it is for.
            request_options: per-call timeout, retries and headers.

        Returns:
            The updated `schedule` and its `next_runs`.

        Raises:
            BadRequestError: the cron expression or time zone is not valid.
            NotFoundError: no such schedule on this workflow.
            ConflictError: a one-time schedule that has already fired.
            UnprocessableEntityError: a switch between one-time and recurring, or a time too close.
        """
        return cast(
            "WorkflowScheduleResponse",
            self._call(
                "schedules_update",
                request_options,
                check_id("workflow_permanent_id", workflow_permanent_id),
                check_id("workflow_schedule_id", workflow_schedule_id),
                body=_upsert(
                    timezone, cron_expression, interval_seconds, first_fire_at, run_at, enabled, parameters, name,
                    description,
                ),
            ),
        )  # fmt: skip

    def delete(
        self,
        workflow_permanent_id: str,
        workflow_schedule_id: str,
        *,
        request_options: RequestOptions | Mapping[str, Any] | None = None,
    ) -> DeleteScheduleResponse:
        """Delete a schedule (runs it already started go on).

        Args:
            workflow_permanent_id: the workflow (`wpid_...`).
            workflow_schedule_id: the schedule (`wfs_...`).
            request_options: per-call timeout, retries and headers.

        Returns:
            `ok`: True.

        Raises:
            NotFoundError: no such schedule on this workflow.
        """
        return cast(
            "DeleteScheduleResponse",
            self._one("schedules_delete", workflow_permanent_id, workflow_schedule_id, request_options),
        )

    def cancel(
        self,
        workflow_permanent_id: str,
        workflow_schedule_id: str,
        *,
        request_options: RequestOptions | Mapping[str, Any] | None = None,
    ) -> WorkflowScheduleResponse:
        """Cancel a one-time schedule before it fires.

        Args:
            workflow_permanent_id: the workflow (`wpid_...`).
            workflow_schedule_id: the one-time schedule (`wfs_...`).
            request_options: per-call timeout, retries and headers.

        Returns:
            The canceled `schedule`.

        Raises:
            NotFoundError: no such schedule on this workflow.
            ConflictError: it was already canceled or has fired.
            UnprocessableEntityError: a recurring schedule (disable or delete it instead).
        """
        return cast(
            "WorkflowScheduleResponse",
            self._one("schedules_cancel", workflow_permanent_id, workflow_schedule_id, request_options),
        )

    def enable(
        self,
        workflow_permanent_id: str,
        workflow_schedule_id: str,
        *,
        request_options: RequestOptions | Mapping[str, Any] | None = None,
    ) -> WorkflowScheduleResponse:
        """Let a recurring schedule fire again.

        Args:
            workflow_permanent_id: the workflow (`wpid_...`).
            workflow_schedule_id: the recurring schedule (`wfs_...`).
            request_options: per-call timeout, retries and headers.

        Returns:
            The `schedule`, enabled, and its `next_runs`.

        Raises:
            NotFoundError: no such schedule on this workflow.
            UnprocessableEntityError: a one-time schedule (it cannot be enabled or disabled).
        """
        return cast(
            "WorkflowScheduleResponse",
            self._one("schedules_enable", workflow_permanent_id, workflow_schedule_id, request_options),
        )

    def disable(
        self,
        workflow_permanent_id: str,
        workflow_schedule_id: str,
        *,
        request_options: RequestOptions | Mapping[str, Any] | None = None,
    ) -> WorkflowScheduleResponse:
        """Pause a recurring schedule: it keeps its settings and does not fire until enabled.

        Args:
            workflow_permanent_id: the workflow (`wpid_...`).
            workflow_schedule_id: the recurring schedule (`wfs_...`).
            request_options: per-call timeout, retries and headers.

        Returns:
            The `schedule`, disabled.

        Raises:
            NotFoundError: no such schedule on this workflow.
            UnprocessableEntityError: a one-time schedule (it cannot be enabled or disabled).
        """
        return cast(
            "WorkflowScheduleResponse",
            self._one("schedules_disable", workflow_permanent_id, workflow_schedule_id, request_options),
        )

    def _one(
        self,
        operation: str,
        workflow_permanent_id: object,
        workflow_schedule_id: object,
        request_options: RequestOptions | Mapping[str, Any] | None,
    ) -> Any:
        """An operation on one schedule, addressed by its workflow and its id."""
        return self._call(
            operation,
            request_options,
            check_id("workflow_permanent_id", workflow_permanent_id),
            check_id("workflow_schedule_id", workflow_schedule_id),
        )


def _moment(name: str, value: object) -> dt.datetime | None:
    if value is not None and not isinstance(value, dt.datetime):
        raise InvalidParameterTypeError(name, f"must be a datetime, got {type(value).__name__}")
    return value


def _upsert(
    timezone: object,
    cron_expression: object,
    interval_seconds: object,
    first_fire_at: object,
    run_at: object,
    enabled: object,
    parameters: object,
    name: object,
    description: object,
) -> WorkflowScheduleUpsertRequest:
    """The body of create and update, checked only as far as the schema goes: the server parses cron and zone."""
    from skyvern_generated.models import WorkflowScheduleUpsertRequest

    return WorkflowScheduleUpsertRequest(
        timezone=check_text("timezone", timezone),
        cron_expression=check_optional_text("cron_expression", cron_expression),
        interval_seconds=check_int(
            "interval_seconds", interval_seconds, minimum=MIN_INTERVAL_SECONDS, maximum=MAX_INTERVAL_SECONDS
        ),
        first_fire_at=_moment("first_fire_at", first_fire_at),
        run_at=_moment("run_at", run_at),
        enabled=check_bool("enabled", enabled),
        parameters=check_mapping("parameters", parameters),
        name=check_optional_text("name", name),
        description=check_optional_text("description", description),
    )
