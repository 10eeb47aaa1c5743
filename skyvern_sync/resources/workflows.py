"""Workflows: run, create, list, get, version, update and delete saved workflows."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, cast

from skyvern_sync import _constants as defaults
from skyvern_sync.errors import InvalidParameterError
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
    shown,
)

if TYPE_CHECKING:
    from skyvern_generated.models import (
        GeoTarget,
        ProxyLocation,
        Workflow,
        WorkflowRunResponse,
        WorkflowStatus,
    )

    from skyvern_sync.options import RequestOptions


class WorkflowsMixin(ClientCore):
    """The workflows operations (skyvern_generated/api/workflows/), mixed into `Skyvern`."""

    def run_workflow(
        self,
        workflow_id: str,
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
    ) -> WorkflowRunResponse:
        """Run a saved workflow; with `wait_for_completion`, return the run finished.

        Args:
            workflow_id: the workflow's permanent id (`wpid_...`). Sent as `agent_id`, the name Skyvern
                1.0.56 takes.
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

        Returns:
            The workflow run (`wr_...`), just created or finished.

        Raises:
            NotFoundError: no workflow with this id.
            RunWaitTimeout: with `wait_for_completion`, the run did not finish within `timeout`.
        """
        from skyvern_generated.models import WorkflowRunRequest

        if run_with is not None and run_with not in ("code", "agent"):
            raise InvalidParameterError("run_with", f"must be 'code' or 'agent', got {shown(run_with)}")
        body = WorkflowRunRequest(
            agent_id=check_id("workflow_id", workflow_id),
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
    ) -> Workflow:
        """Create a workflow from its definition: pass exactly one of `json_definition` and `yaml_definition`.

        Args:
            json_definition: the definition as a dict: `title`, `workflow_definition` with `parameters` and
                `blocks` (see the reference's example). Checked against the server's schema before sending;
                a misfit names the JSON path (`$.workflow_definition.blocks[0].label: is missing`).
            yaml_definition: the same, as YAML text.
            folder_id: put the workflow in this folder.
            request_options: per-call timeout, retries and headers.

        Returns:
            The workflow: run it by its `workflow_permanent_id` (`wpid_...`).

        Raises:
            UnprocessableEntityError: the definition does not validate (the message names the field).
        """
        from skyvern_generated.models import WorkflowRequest

        check_one_definition(json_definition, yaml_definition)
        body = WorkflowRequest(json_definition=_definition(json_definition), yaml_definition=yaml_definition)
        folder = check_optional_text("folder_id", folder_id) or None
        return cast("Workflow", self._call("create_workflow", request_options, body=body, folder_id=folder))

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
    ) -> list[Workflow]:
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
        """
        from skyvern_generated.models import WorkflowStatus

        return cast(
            "list[Workflow]",
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


class AgentsResource(SyncResource):
    """`client.agents.reset_workflow_browser_profile`, where the official client files it."""
