"""Workflows: run, create, list, get, version, update and delete saved workflows."""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, cast

from skyvern_sync import _constants as defaults
from skyvern_sync.errors import InvalidParameterError, InvalidParameterTypeError
from skyvern_sync.polling import OnProgress  # at run time: the CLI resolves the annotations
from skyvern_sync.resources._base import ClientCore, SyncResource
from skyvern_sync.resources._checks import optional_id, proxy_location_value
from skyvern_sync.validation import (
    check_bool,
    check_enums,
    check_header_value,
    check_headers,
    check_id,
    check_int,
    check_mapping,
    check_one_definition,
    check_optional_text,
    check_text,
    shown,
)

if TYPE_CHECKING:
    from skyvern_generated.models import (
        GeoTarget,
        ProxyLocation,
        Workflow,
        WorkflowRun,
        WorkflowRunResponse,
        WorkflowRunStatus,
        WorkflowStatus,
    )

    from skyvern_sync.options import RequestOptions
    from skyvern_sync.pagination import Page


class WorkflowsMixin(ClientCore):
    """The workflows operations (skyvern_generated/api/workflows/), mixed into `Skyvern`."""

    def run_workflow(
        self,
        workflow_id: str | None = None,
        parameters: dict[str, Any] | None = None,
        wait_for_completion: bool = False,
        timeout: float = defaults.RUN_TIMEOUT,
        run_with: str | None = None,
        ai_fallback: bool | None = None,
        browser_session_id: str | None = None,
        browser_profile_id: str | None = None,
        proxy_location: ProxyLocation | str | GeoTarget | Mapping[str, Any] | None = None,
        max_steps_override: int | None = None,
        webhook_url: str | None = None,
        title: str | None = None,
        template: bool | None = None,
        totp_identifier: str | None = None,
        totp_url: str | None = None,
        user_agent: str | None = None,
        extra_http_headers: dict[str, str] | None = None,
        browser_address: str | None = None,
        request_options: RequestOptions | Mapping[str, Any] | None = None,
        *,
        on_progress: OnProgress | None = None,
        agent_id: str | None = None,
        max_screenshot_scrolls: int | None = None,
        max_elapsed_time_minutes: int | None = None,
        cdp_connect_headers: dict[str, str] | None = None,
        run_metadata: dict[str, str] | None = None,
        reuse_browser_session: bool | None = None,
        start_fresh_browser: bool | None = None,
        browser_type: str | None = None,
        file_ids: list[str] | None = None,
    ) -> WorkflowRunResponse:
        """Run a saved workflow; with `wait_for_completion`, return the run finished.

        Args:
            workflow_id: the workflow's permanent id (`wpid_...`). Sent as `agent_id`, the name Skyvern
                1.0.56 takes. Required, unless given as the official client's `agent_id`.
            parameters: values for the workflow's parameters, by key.
            wait_for_completion: block until the run finishes.
            timeout: seconds to wait with `wait_for_completion` (default 1800); past it `RunWaitTimeout`.
            run_with: `"code"` (the cached Playwright script) or `"agent"` (AI); default: the workflow's.
            ai_fallback: fall back to AI when the code fails.
            browser_session_id: run in this persistent browser session (`pbs_...`).
            browser_profile_id: load this saved browser profile (`bp_...`), e.g. to skip a login.
            proxy_location: as for `run_task`.
            max_steps_override: cap on AI steps for this run (the `x-max-steps-override` header). At least 1.
            webhook_url: Skyvern POSTs the finished run here, signed (verify with `skyvern_sync.webhooks`).
            title: a title for this run.
            template: run a workflow template.
            totp_identifier: the identifier you push 2FA codes under (`send_totp_code`).
            totp_url: a URL Skyvern POSTs to for a 2FA code.
            user_agent: sent as the `x-user-agent` header.
            extra_http_headers: headers the browser adds to its requests to websites.
            browser_address: the CDP address of a browser of yours to run in.
            request_options: per-call timeout, retries and headers.
            on_progress: called after each poll with a `WaitProgress` (the run, seconds waited, seconds to the
                next poll), e.g. to show progress. Keyword-only.
            agent_id: the official client's name for `workflow_id`; keyword-only. Given with a different
                `workflow_id`, refused before anything is sent.
            max_screenshot_scrolls: scrolls of the screenshot taken after each action (0 or left out: the
                visible viewport only). Keyword-only, as are the parameters below.
            max_elapsed_time_minutes: time the run out after this many minutes, 1 to 480 (server default 240).
            cdp_connect_headers: headers sent only on the CDP WebSocket handshake with `browser_address`
                (a browser provider's authentication).
            run_metadata: string key/value metadata attached to the run.
            reuse_browser_session: whether the run reuses the workflow's managed browser session; left out, the
                workflow's setting applies.
            start_fresh_browser: start from a fresh, empty browser, reading and writing no saved browser memory.
            browser_type: the browser engine (e.g. `"chrome"`); the open-source server refuses an engine it
                cannot run.
            file_ids: up to 50 ids of files sent with `upload_file`, attached to the run (Skyvern deletes them
                when the run finishes).

        Returns:
            The workflow run (`wr_...`), just created or finished.

        Raises:
            InvalidParameterError: neither `workflow_id` nor `agent_id` given, or they name different workflows.
            NotFoundError: no workflow with this id.
            RunWaitTimeout: with `wait_for_completion`, the run did not finish within `timeout`.
        """
        from skyvern_generated.models import WorkflowRunRequest

        if workflow_id is None and agent_id is None:
            raise InvalidParameterError("workflow_id", "is required (the official client calls it agent_id)")
        # a program written for the official client passes agent_id= alone: it ports unchanged
        wpid = check_id("workflow_id", workflow_id) if workflow_id is not None else check_id("agent_id", agent_id)
        if agent_id is not None and check_id("agent_id", agent_id) != wpid:
            raise InvalidParameterError(
                "agent_id", "names another workflow than workflow_id: pass one of workflow_id and agent_id"
            )
        if run_with is not None and run_with not in ("code", "agent"):
            raise InvalidParameterError("run_with", f"must be 'code' or 'agent', got {shown(run_with)}")
        body = WorkflowRunRequest(
            agent_id=wpid,
            parameters=check_mapping("parameters", parameters),
            run_with=run_with,
            ai_fallback=check_bool("ai_fallback", ai_fallback),
            browser_session_id=optional_id("browser_session_id", browser_session_id),
            browser_profile_id=optional_id("browser_profile_id", browser_profile_id),
            proxy_location=proxy_location_value(proxy_location),
            webhook_url=check_optional_text("webhook_url", webhook_url),
            title=check_optional_text("title", title),
            totp_identifier=check_optional_text("totp_identifier", totp_identifier),
            totp_url=check_optional_text("totp_url", totp_url),
            extra_http_headers=check_headers("extra_http_headers", extra_http_headers),
            browser_address=check_optional_text("browser_address", browser_address),
            max_screenshot_scrolls=check_int("max_screenshot_scrolls", max_screenshot_scrolls, minimum=0),
            max_elapsed_time_minutes=check_int(
                "max_elapsed_time_minutes", max_elapsed_time_minutes, minimum=1, maximum=480
            ),
            cdp_connect_headers=check_headers("cdp_connect_headers", cdp_connect_headers),
            run_metadata=check_mapping("run_metadata", run_metadata, values=str),
            reuse_browser_session=check_bool("reuse_browser_session", reuse_browser_session),
            start_fresh_browser=check_bool("start_fresh_browser", start_fresh_browser),
            browser_type=check_optional_text("browser_type", browser_type) or None,
            file_ids=_file_ids(file_ids),
        )
        return cast(
            "WorkflowRunResponse",
            self._call(
                "run_workflow",
                request_options,
                body=body,
                template=check_bool("template", template),
                x_max_steps_override=check_int("max_steps_override", max_steps_override, minimum=1),
                x_user_agent=check_header_value("user_agent", user_agent) or None,
                wait_for_completion=wait_for_completion,
                timeout=timeout,
                on_progress=on_progress,
            ),
        )

    def create_workflow(
        self,
        json_definition: dict[str, Any] | None = None,
        yaml_definition: str | None = None,
        folder_id: str | None = None,
        request_options: RequestOptions | Mapping[str, Any] | None = None,
        *,
        idempotency_key: str | None = None,
    ) -> Workflow:
        """Create a workflow from its definition: pass exactly one of `json_definition` and `yaml_definition`.

        Safe to retry: each call sends an `Idempotency-Key` header (`idempotency_key`, or one made for the call),
        the same on every attempt, so after a dropped connection the request is sent again without making a
        second workflow. Skyvern 1.0.56 answers a key it has seen with the workflow the first request made
        (version 1, whatever the body, even once that workflow was updated or deleted) and 409 while that
        first request is still being handled.

        Args:
            json_definition: the definition as a dict: `title`, `workflow_definition` with `parameters` and
                `blocks` (see the reference's example). Checked against the server's schema before sending;
                a misfit names the JSON path (`$.workflow_definition.blocks[0].label: is missing`).
            yaml_definition: the same, as YAML text.
            folder_id: put the workflow in this folder.
            request_options: per-call timeout, retries and headers.
            idempotency_key: 1 to 255 visible ASCII characters naming this creation; keyword-only. Calls with
                the same key make one workflow: pass your own to make a create safe to repeat across calls
                (after a crash, say). Default: a fresh key for this call.

        Returns:
            The workflow: run it by its `workflow_permanent_id` (`wpid_...`). For a key the server has seen,
            the workflow it made then (its permanent id is derived from the key).

        Raises:
            ConflictError: a create with this key is still in progress (409).
            UnprocessableEntityError: the definition does not validate (the message names the field).
        """
        from skyvern_generated.models import WorkflowRequest

        check_one_definition(json_definition, yaml_definition)
        body = WorkflowRequest(json_definition=_definition(json_definition), yaml_definition=yaml_definition)
        folder = check_optional_text("folder_id", folder_id) or None
        key = _idempotency_key(idempotency_key)
        return cast(
            "Workflow",
            self._call("create_workflow", request_options, body=body, folder_id=folder, idempotency_key=key),
        )

    def get_workflows(
        self,
        page: int | None = None,
        page_size: int | None = None,
        only_saved_tasks: bool | None = None,
        only_workflows: bool | None = None,
        title: str | None = None,
        search_key: str | None = None,
        folder_id: str | None = None,
        status: WorkflowStatus | str | list[WorkflowStatus | str] | None = None,
        request_options: RequestOptions | Mapping[str, Any] | None = None,
        *,
        only_templates: bool | None = None,
        tags: str | list[str] | None = None,
        template: bool | None = None,
    ) -> Page[Workflow]:
        """The organization's workflows, latest version of each, a page at a time.

        Args:
            page: the page, from 1 (server default 1).
            page_size: workflows per page (server default 10).
            only_saved_tasks: only tasks saved as workflows.
            only_workflows: only workflows, not saved tasks.
            title: deprecated by the server: use `search_key`.
            search_key: case-insensitive search in titles, folder names and parameter metadata.
            folder_id: only workflows in this folder.
            status: only workflows with this `WorkflowStatus` (or its value, e.g. `"published"`), or any of a
                list of them.
            request_options: per-call timeout, retries and headers.
            only_templates: only workflow templates. Keyword-only, as are the parameters below.
            tags: only workflows with these tags (at most 20 terms): a label (`"production"`), a group
                (`"env:*"`) or a group:label (`"env:prod"`); distinct terms AND, labels of one group OR.
            template: list workflow templates (tags cannot filter them).

        Returns:
            One page of workflows (the latest version of each).
        """
        from skyvern_generated.models import WorkflowStatus

        return cast(
            "Page[Workflow]",
            self._call(
                "get_workflows",
                request_options,
                page=check_int("page", page, minimum=1),
                page_size=check_int("page_size", page_size, minimum=1),
                only_saved_tasks=check_bool("only_saved_tasks", only_saved_tasks),
                only_workflows=check_bool("only_workflows", only_workflows),
                title=check_optional_text("title", title),
                search_key=check_optional_text("search_key", search_key),
                folder_id=check_optional_text("folder_id", folder_id),
                status=check_enums("status", status, WorkflowStatus),
                only_templates=check_bool("only_templates", only_templates),
                tags=_tags(tags),
                template=check_bool("template", template),
            ),
        )

    def get_workflow_runs(
        self,
        *,
        page: int | None = None,
        page_size: int | None = None,
        status: WorkflowRunStatus | str | list[WorkflowRunStatus | str] | None = None,
        search_key: str | None = None,
        error_code: str | None = None,
        request_options: RequestOptions | Mapping[str, Any] | None = None,
    ) -> Page[WorkflowRun]:
        """The organization's workflow runs, across every workflow, newest first, a page at a time.

        Args:
            page: the page, from 1 (server default 1).
            page_size: runs per page, at least 1 (server default 10).
            status: only runs with this `WorkflowRunStatus` (or its value, e.g. `"completed"`), or any of a list.
            search_key: case-insensitive search (at most 500 characters) in run ids, parameter keys,
                descriptions and values, extra HTTP headers, webhook URLs, workflow titles and permanent ids; a
                whole browser profile, browser session or credential id matches the runs that used it.
            error_code: only runs with a task error of exactly this `error_code` (at most 500 characters).
            request_options: per-call timeout, retries and headers.

        Returns:
            One page of runs (filters combine with AND).
        """
        return cast(
            "Page[WorkflowRun]",
            self._call(
                "get_workflow_runs", request_options, **_run_filters(page, page_size, status, search_key, error_code)
            ),
        )

    def get_workflow_runs_by_id(
        self,
        workflow_id: str,
        *,
        page: int | None = None,
        page_size: int | None = None,
        status: WorkflowRunStatus | str | list[WorkflowRunStatus | str] | None = None,
        search_key: str | None = None,
        error_code: str | None = None,
        created_at_start: datetime.datetime | None = None,
        created_at_end: datetime.datetime | None = None,
        tags: str | list[str] | None = None,
        include_child_runs: bool | None = None,
        request_options: RequestOptions | Mapping[str, Any] | None = None,
    ) -> Page[WorkflowRun]:
        """The runs of one workflow, newest first, a page at a time.

        Args:
            workflow_id: the workflow's permanent id (`wpid_...`).
            page: the page, from 1 (server default 1).
            page_size: runs per page, at least 1 (server default 10).
            status: only runs with this `WorkflowRunStatus` (or its value, e.g. `"failed"`), or any of a list.
            search_key: case-insensitive search (at most 500 characters), as for `get_workflow_runs`.
            error_code: only runs with a task error of exactly this `error_code` (at most 500 characters).
            created_at_start: only runs created at or after this time (without a time zone: UTC).
            created_at_end: only runs created strictly before this time (without a time zone: UTC).
            tags: only runs with these run tags (at most 20 terms), as `get_workflows` reads them. Not in the
                official client.
            include_child_runs: also runs started from inside another workflow run (the server leaves them out
                by default). Not in the official client.
            request_options: per-call timeout, retries and headers.

        Returns:
            One page of the workflow's runs; an unknown workflow has none (an empty list).
        """
        return cast(
            "Page[WorkflowRun]",
            self._call(
                "get_workflow_runs_by_id",
                request_options,
                check_id("workflow_id", workflow_id),
                **_run_filters(page, page_size, status, search_key, error_code),
                created_at_start=_moment("created_at_start", created_at_start),
                created_at_end=_moment("created_at_end", created_at_end),
                tags=_tags(tags),
                include_child_runs=check_bool("include_child_runs", include_child_runs),
            ),
        )

    def retry_workflow_run(
        self,
        workflow_run_id: str,
        *,
        max_steps_override: int | None = None,
        user_agent: str | None = None,
        wait_for_completion: bool = False,
        timeout: float = defaults.RUN_TIMEOUT,
        request_options: RequestOptions | Mapping[str, Any] | None = None,
        on_progress: OnProgress | None = None,
    ) -> WorkflowRunResponse:
        """Run a finished workflow run again, with its parameters: a new run (`wr_...`); with
        `wait_for_completion`, returned finished.

        Args:
            workflow_run_id: the run to retry (`wr_...`); it must have finished (completed, failed,
                terminated, canceled, timed out).
            max_steps_override: cap on AI steps for the new run (the `x-max-steps-override` header). At least 1.
            user_agent: sent as the `x-user-agent` header.
            wait_for_completion: block until the new run finishes.
            timeout: seconds to wait with `wait_for_completion` (default 1800); past it `RunWaitTimeout`.
            request_options: per-call timeout, retries and headers.
            on_progress: called after each poll with a `WaitProgress`, as for `run_workflow`.

        Returns:
            The new workflow run, of the same workflow with the same parameters, just started or finished.

        Raises:
            BadRequestError: the run has not finished ("Only terminal workflow runs can be retried").
            NotFoundError: no workflow run with this id.
            RunWaitTimeout: with `wait_for_completion`, the new run did not finish within `timeout`.
        """
        return cast(
            "WorkflowRunResponse",
            self._call(
                "retry_workflow_run",
                request_options,
                check_id("workflow_run_id", workflow_run_id),
                x_max_steps_override=check_int("max_steps_override", max_steps_override, minimum=1),
                x_user_agent=check_header_value("user_agent", user_agent) or None,
                wait_for_completion=wait_for_completion,
                timeout=timeout,
                on_progress=on_progress,
            ),
        )

    def get_workflow(
        self,
        workflow_permanent_id: str,
        version: int | None = None,
        template: bool | None = None,
        request_options: RequestOptions | Mapping[str, Any] | None = None,
    ) -> Workflow:
        """One workflow by its permanent id, at its latest version or at `version`.

        Args:
            workflow_permanent_id: the workflow (`wpid_...`).
            version: a version number (from 1); default the latest.
            template: get a workflow template.
            request_options: per-call timeout, retries and headers.

        Raises:
            NotFoundError: no such workflow (or version).
        """
        return cast(
            "Workflow",
            self._call(
                "get_workflow",
                request_options,
                check_id("workflow_permanent_id", workflow_permanent_id),
                version=check_int("version", version, minimum=1),
                template=check_bool("template", template),
            ),
        )

    def get_workflow_versions(
        self,
        workflow_permanent_id: str,
        template: bool | None = None,
        request_options: RequestOptions | Mapping[str, Any] | None = None,
    ) -> list[Workflow]:
        """Every version of a workflow.

        Args:
            workflow_permanent_id: the workflow (`wpid_...`).
            template: versions of a workflow template.
            request_options: per-call timeout, retries and headers.

        Returns:
            The versions. An unknown id gives an empty list: Skyvern 1.0.56 answers 200 `[]`, not 404.
        """
        return cast(
            "list[Workflow]",
            self._call(
                "get_workflow_versions",
                request_options,
                check_id("workflow_permanent_id", workflow_permanent_id),
                template=check_bool("template", template),
            ),
        )

    def update_workflow(
        self,
        workflow_id: str,
        json_definition: dict[str, Any] | None = None,
        yaml_definition: str | None = None,
        request_options: RequestOptions | Mapping[str, Any] | None = None,
    ) -> Workflow:
        """Save a new version of a workflow: pass exactly one of `json_definition` and `yaml_definition`.

        Args:
            workflow_id: the workflow's permanent id (`wpid_...`). The reference says the version id
                (`w_...`), but Skyvern 1.0.56 answers 404 for that and needs the permanent id.
            json_definition: the new definition as a dict.
            yaml_definition: the new definition as YAML text.
            request_options: per-call timeout, retries and headers.

        Returns:
            The new version.

        Raises:
            NotFoundError: no workflow with this permanent id (or a version id was given).
            UnprocessableEntityError: the definition does not validate.
        """
        from skyvern_generated.models import WorkflowRequest

        wid = check_id("workflow_id", workflow_id)
        check_one_definition(json_definition, yaml_definition)
        body = WorkflowRequest(json_definition=_definition(json_definition), yaml_definition=yaml_definition)
        return cast("Workflow", self._call("update_workflow", request_options, wid, body=body))

    def delete_workflow(
        self, workflow_id: str, request_options: RequestOptions | Mapping[str, Any] | None = None
    ) -> None:
        """Delete a workflow, all its versions, by its permanent id (`wpid_...`).

        Args:
            workflow_id: the permanent id. Skyvern 1.0.56 answers 200 and deletes nothing for a version id
                (`w_...`) or an unknown id, so a `w_...` id is refused here before anything is sent.
            request_options: per-call timeout, retries and headers.

        Raises:
            InvalidParameterError: a version id (`w_...`) was given.
        """
        wid = check_id("workflow_id", workflow_id)
        if wid.startswith("w_"):
            raise InvalidParameterError(
                "workflow_id", f"{shown(wid)} is a version id; delete_workflow needs the permanent id (wpid_...)"
            )
        self._call("delete_workflow", request_options, wid)


def _definition(json_definition: Mapping[str, Any] | None) -> Any:
    """A workflow definition as the server's schema reads it: a misfit names the JSON path, not the value."""
    from skyvern_generated.models import WorkflowCreateYAMLRequest

    if json_definition is None:
        return None
    try:
        return WorkflowCreateYAMLRequest.from_dict(dict(json_definition))
    except ValueError as problem:  # the generated layer's ShapeError
        raise InvalidParameterError("json_definition", f"does not fit the workflow schema: {problem}") from None


MAX_FILTER = 500  # the server's maxLength for a run search or error code (422 beyond)
MAX_TAGS = 20  # the server's maxItems for a tag filter (422 beyond)
MAX_FILES = 50  # the server's maxItems for a run's file_ids (422 beyond)


def _limited_text(name: str, value: object, limit: int) -> str | None:
    text = check_optional_text(name, value)
    if text is not None and len(text) > limit:
        raise InvalidParameterError(name, f"must be at most {limit} characters, got {len(text)}")
    return text


def _run_filters(
    page: object, page_size: object, status: object, search_key: object, error_code: object
) -> dict[str, Any]:
    """The filters both run listings take, checked against the server's limits."""
    from skyvern_generated.models import WorkflowRunStatus

    return {
        "page": check_int("page", page, minimum=1),
        "page_size": check_int("page_size", page_size, minimum=1),
        "status": check_enums("status", status, WorkflowRunStatus),
        "search_key": _limited_text("search_key", search_key, MAX_FILTER),
        "error_code": _limited_text("error_code", error_code, MAX_FILTER),
    }


def _tags(value: object) -> list[str] | None:
    """A tag filter: one term or a list of at most MAX_TAGS, each non-empty text."""
    if value is None:
        return None
    if isinstance(value, str):
        return [check_text("tags", value)]
    if not isinstance(value, list | tuple):
        raise InvalidParameterTypeError("tags", f"must be a string or a list of strings, got {type(value).__name__}")
    if len(value) > MAX_TAGS:
        raise InvalidParameterError("tags", f"must hold at most {MAX_TAGS} terms, got {len(value)}")
    return [check_text("tags", term) for term in value]


def _file_ids(value: object) -> list[str] | None:
    if value is None:
        return None
    if isinstance(value, str | bytes) or not isinstance(value, list | tuple):
        raise InvalidParameterTypeError("file_ids", f"must be a list of file ids, got {type(value).__name__}")
    if len(value) > MAX_FILES:
        raise InvalidParameterError("file_ids", f"must hold at most {MAX_FILES} ids, got {len(value)}")
    return [check_id("file_ids", file_id) for file_id in value]


def _moment(name: str, value: object) -> datetime.datetime | None:
    if value is None:
        return None
    if not isinstance(value, datetime.datetime):
        raise InvalidParameterTypeError(name, f"must be a datetime, got {type(value).__name__}")
    return value if value.tzinfo is not None else value.replace(tzinfo=datetime.UTC)


MAX_IDEMPOTENCY_KEY = 255  # the server's limit, in visible ASCII characters (422 beyond)


def _idempotency_key(value: object) -> str | None:
    """None (the call makes one), or what the server takes: 1 to 255 visible ASCII characters."""
    if value is None:
        return None
    text = check_text("idempotency_key", value)
    if len(text) > MAX_IDEMPOTENCY_KEY or not all("!" <= char <= "~" for char in text):
        raise InvalidParameterError(
            "idempotency_key", f"must be 1 to {MAX_IDEMPOTENCY_KEY} visible ASCII characters (no spaces)"
        )
    return text


class AgentsResource(SyncResource):
    """`client.agents.reset_workflow_browser_profile`, where the official client files it."""

    def reset_workflow_browser_profile(
        self, workflow_permanent_id: str, *, request_options: RequestOptions | Mapping[str, Any] | None = None
    ) -> None:
        """Forget the browser profile a workflow saved with "Save & Reuse Session" (`persist_browser_session`):
        its next run starts from a fresh browser.

        Args:
            workflow_permanent_id: the workflow (`wpid_...`).
            request_options: per-call timeout, retries and headers.

        Raises:
            NotFoundError: no workflow with this permanent id.
            InternalServerError: the server could not delete the stored profile (500).
        """
        self._call(
            "reset_workflow_browser_profile",
            request_options,
            check_id("workflow_permanent_id", workflow_permanent_id),
        )
