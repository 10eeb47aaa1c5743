"""`Skyvern`: every method of the SDK reference as a plain blocking call.

Each method checks its input (validation.py), builds the generated request model with its typed
constructor, and calls the generated endpoint function (skyvern_generated.api.*), which sends through this
client's Transport and parses the answer into the generated response model. Endpoint modules are imported
on first use, so importing skyvern_sync stays cheap.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, TypeVar

from skyvern_sync import _constants as defaults
from skyvern_sync import polling
from skyvern_sync.environment import SkyvernEnvironment
from skyvern_sync.errors import InvalidParameterError, InvalidParameterTypeError, ResponseValidationError
from skyvern_sync.schemas.run_blocks import CredentialType
from skyvern_sync.schemas.runs import RunEngine
from skyvern_sync.transport import Transport
from skyvern_sync.validation import (
    check_bool,
    check_enum,
    check_enums,
    check_header_value,
    check_headers,
    check_id,
    check_ids,
    check_int,
    check_json,
    check_mapping,
    check_one_definition,
    check_optional_text,
    check_seconds,
    check_text,
)

if TYPE_CHECKING:
    from skyvern_generated.models import (
        Artifact,
        ArtifactType,
        BrowserProfile,
        BrowserSessionResponse,
        CredentialResponse,
        Extensions,
        GeoTarget,
        PersistentBrowserType,
        ProxyLocation,
        RunWebhookReplayResponse,
        StoredCredentialType,
        TaskRunResponse,
        TOTPCode,
        UploadFileResponse,
        Workflow,
        WorkflowRunResponse,
        WorkflowRunTimeline,
        WorkflowStatus,
    )

    from skyvern_sync.options import RequestOptions
    from skyvern_sync.transport import BoundTransport
    from skyvern_sync.types import GetRunResponse

Run = TypeVar("Run", "TaskRunResponse", "WorkflowRunResponse")


class Skyvern:
    """A blocking Skyvern client: the methods of Skyvern's SDK reference, without `await`.

    One instance is safe to share between threads (one pool of connections serves them all) and survives
    `os.fork()` (a child opens its own connections). Use it as a context manager, or call `close()`.

    Args:
        api_key: your Skyvern API key, sent as the `x-api-key` header (never shown in a repr, log or error).
        base_url: the server, e.g. `http://localhost:8000` for a self-hosted one; overrides `environment`.
        environment: `SkyvernEnvironment.CLOUD` (https://api.skyvern.com, the default) or `.LOCAL`.
        timeout: seconds one call may take in all (connecting, retries, reading the whole answer); default
            60. Waiting for a run has its own `timeout`. `RequestOptions(timeout_in_seconds=...)` overrides it
            per call.

    Besides what its own docstring names, every method may raise (each a `SkyvernError`):

    - `InvalidParameterError`: a parameter was refused before anything was sent (`.parameter` names it).
    - `ForbiddenError`: a missing or wrong API key (Skyvern answers 403, never 401).
    - `TooManyRequestsError`, `InternalServerError`: after the retries the call was allowed.
    - `ApiError`: any other error status (`.status_code`, `.body`, `.headers`).
    - `ResponseValidationError`: a 2xx answer whose body does not fit the schema (`.problem` says where).
    - `RedirectError`: a redirect to another origin, or of a request with a body (never followed).
    - `ApiConnectionError`, `ApiTimeoutError`: no (whole) answer; `.may_have_reached_server` says whether
      to check before sending again.

    >>> client = Skyvern(api_key="...")                      # doctest: +SKIP
    >>> run = client.run_task(prompt="...", wait_for_completion=True)  # doctest: +SKIP
    """

    def __init__(
        self,
        api_key: str,
        base_url: str | None = None,
        environment: SkyvernEnvironment = SkyvernEnvironment.CLOUD,
        timeout: float | None = None,
    ) -> None:
        if not isinstance(environment, SkyvernEnvironment):
            raise InvalidParameterTypeError("environment", "must be SkyvernEnvironment.CLOUD or .LOCAL")
        self._transport = Transport(
            base_url=environment.value if base_url is None else base_url,
            api_key=api_key,
            timeout=check_seconds("timeout", timeout, optional=True),
        )

    @classmethod
    def local(cls, env_file: str | os.PathLike[str] = ".env", timeout: float | None = None) -> Skyvern:
        """A client for a local Skyvern server, configured from the environment and `.env`.

        Args:
            env_file: a file of `KEY=value` lines (default `.env` in the working directory; absent is fine).
            timeout: as for the constructor.

        Reads `SKYVERN_API_KEY` (required) and `SKYVERN_BASE_URL` (default http://localhost:8000); variables
        already in the environment win over the file.

        Raises:
            InvalidParameterError: no SKYVERN_API_KEY anywhere.
        """
        values = _read_env_file(Path(env_file))
        values.update({k: v for k, v in os.environ.items() if k.startswith("SKYVERN_")})
        api_key = values.get("SKYVERN_API_KEY")
        if not api_key:
            raise InvalidParameterError("SKYVERN_API_KEY", "is needed by Skyvern.local(), in the environment or .env")
        return cls(api_key, base_url=values.get("SKYVERN_BASE_URL") or defaults.LOCAL_BASE_URL, timeout=timeout)

    @property
    def base_url(self) -> str:
        """The server this client talks to."""
        return self._transport.base_url

    def __repr__(self) -> str:
        return f"Skyvern(base_url={self.base_url!r})"

    def close(self) -> None:
        """Close the pooled connections. The client is not used afterwards."""
        self._transport.close()

    def __enter__(self) -> Skyvern:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- tasks and runs ---------------------------------------------------------------------

    def run_task(
        self,
        prompt: str,
        url: str | None = None,
        engine: RunEngine | str = RunEngine.skyvern_v2,
        wait_for_completion: bool = False,
        timeout: float = defaults.RUN_TIMEOUT,
        max_steps: int | None = None,
        data_extraction_schema: dict[str, Any] | str | None = None,
        browser_session_id: str | None = None,
        publish_workflow: bool = False,
        proxy_location: ProxyLocation | str | GeoTarget | Mapping[str, Any] | None = None,
        webhook_url: str | None = None,
        error_code_mapping: dict[str, str] | None = None,
        totp_identifier: str | None = None,
        totp_url: str | None = None,
        title: str | None = None,
        user_agent: str | None = None,
        extra_http_headers: dict[str, str] | None = None,
        browser_address: str | None = None,
        request_options: RequestOptions | Mapping[str, Any] | None = None,
    ) -> TaskRunResponse:
        """Start a browser task described in natural language; with `wait_for_completion`, return it finished.

        Args:
            prompt: what Skyvern should do, in natural language (required, not empty).
            url: the page to start on; without it Skyvern picks one from the prompt.
            engine: the AI engine: a `RunEngine` or its wire value (`"skyvern-1.0"`). Default
                `RunEngine.skyvern_v2` as the reference says (the server's own default is skyvern-1.0).
            wait_for_completion: block until the run is completed, failed, terminated, timed out or canceled.
            timeout: seconds to wait with `wait_for_completion` (default 1800); past it `RunWaitTimeout`.
            max_steps: cap on AI steps (each is charged); the task fails beyond it. At least 1.
            data_extraction_schema: a JSON Schema (dict, or its JSON text) for the shape of `output`.
            browser_session_id: run in this persistent browser session (`pbs_...`).
            publish_workflow: deprecated by the server; save a skyvern-2.0 task as a reusable workflow.
            proxy_location: a `ProxyLocation` or its value (`"RESIDENTIAL"`, `"RESIDENTIAL_GB"`, `"NONE"`...),
                a `GeoTarget`, or a dict such as `{"url": ...}` for a self-hosted proxy. Skyvern Cloud only.
            webhook_url: Skyvern POSTs the finished run here, signed (verify with `skyvern_sync.webhooks`).
            error_code_mapping: error code -> description of when the task should end with it.
            totp_identifier: the identifier you push 2FA codes under (`send_totp_code`).
            totp_url: a URL Skyvern POSTs to for a 2FA code (`skyvern_sync.webhooks.parse_totp_request`).
            title: a title for the run.
            user_agent: sent as the `x-user-agent` header, for the browser's user agent.
            extra_http_headers: headers the browser adds to its requests to websites.
            browser_address: the CDP address of a browser of yours to run in.
            request_options: per-call timeout, retries and headers (`RequestOptions`, or a dict of its fields).

        Returns:
            The run (`run_id` starts with `tsk_`): just created, or finished with `status`, `output` and
            `failure_reason`. A failed run is a status, not an exception.

        Raises:
            BadRequestError: the server refused the request (a malformed url, an engine it has not enabled).
            RunWaitTimeout: with `wait_for_completion`, the run did not finish within `timeout` (it goes on;
                the error carries `run_id` and the last `run` seen).
            A run-starting call is never sent twice once it may have reached the server, and an error after
            the server answered carries the run's `run_id` when the answer had one.
        """
        from skyvern_generated.api.runs import run_task as op
        from skyvern_generated.models import TaskRunRequest, TaskRunResponse

        body = TaskRunRequest(
            prompt=check_text("prompt", prompt),
            url=check_optional_text("url", url),
            engine=check_enum("engine", engine, RunEngine),
            max_steps=check_int("max_steps", max_steps, minimum=1),
            data_extraction_schema=_extraction_schema(data_extraction_schema),
            browser_session_id=_optional_id("browser_session_id", browser_session_id),
            publish_workflow=check_bool("publish_workflow", publish_workflow, optional=False),
            proxy_location=_proxy_location(proxy_location),
            webhook_url=check_optional_text("webhook_url", webhook_url),
            error_code_mapping=check_mapping("error_code_mapping", error_code_mapping, values=str),
            totp_identifier=check_optional_text("totp_identifier", totp_identifier),
            totp_url=check_optional_text("totp_url", totp_url),
            title=check_optional_text("title", title),
            extra_http_headers=check_headers("extra_http_headers", extra_http_headers),
            browser_address=check_optional_text("browser_address", browser_address),
        )
        wait = self._wait_seconds(wait_for_completion, timeout)
        agent = check_header_value("user_agent", user_agent) or None
        run = op.sync(client=self._send(request_options), body=body, x_user_agent=agent)
        if wait is None:
            return run
        return self._wait_as(run.run_id, wait, request_options, TaskRunResponse)

    def get_run(self, run_id: str, request_options: RequestOptions | Mapping[str, Any] | None = None) -> GetRunResponse:
        """Status and results of any run: a task (`tsk_...`) or a workflow run (`wr_...`).

        Args:
            run_id: the run's id, as `run_task`, `run_workflow`, `login` or `download_files` returned it.
            request_options: per-call timeout, retries and headers.

        Returns:
            The run, typed by its `run_type`: `TaskRunResponse` (task_v1, task_v2, task_v3 and the computer-use
            engines), `WorkflowRunResponse` (workflow_run: also login and download_files runs), or
            `UnrecognizedRunResponse` for a run type this client does not know (its shared fields typed, the
            rest in `additional_properties`). All three have `run_id`, `status`, `output`, `failure_reason`.

        Raises:
            NotFoundError: no run with this id.
        """
        from skyvern_generated.api.runs import get_run as op

        return op.sync(check_id("run_id", run_id), client=self._send(request_options))

    def _poll(
        self, run_id: str, request_options: RequestOptions | Mapping[str, Any] | None, remaining: float
    ) -> tuple[GetRunResponse, Mapping[str, str]]:
        """One poll of a wait: get_run, given no more than the time the wait has left."""
        from skyvern_generated.api.runs import get_run as op

        response = op.sync_detailed(run_id, client=self._transport.bind(request_options, cap=remaining))
        return response.parsed, response.headers

    def wait_for_run(
        self,
        run_id: str,
        timeout: float = defaults.RUN_TIMEOUT,
        request_options: RequestOptions | Mapping[str, Any] | None = None,
    ) -> GetRunResponse:
        """Block until the run finishes: completed, failed, terminated, timed_out or canceled.

        Polls quickly at first (every 0.5 s), every 10 s from 20 s on, then every fortieth of the time waited
        so far (at most every 60 s), honouring Retry-After. A poll that fails for a passing reason (a 5xx, a dropped
        connection, an unreadable answer) is tried again within the wait instead of ending it.

        Args:
            run_id: the run to wait for.
            timeout: seconds to wait in all (default 1800), polls included.
            request_options: per-poll timeout, retries and headers.

        Returns:
            The finished run, typed as `get_run` types it.

        Raises:
            RunWaitTimeout: the run did not finish within `timeout`. It goes on: wait again, or `cancel_run`
                it. A `TimeoutError` too, carrying `run_id` and the last `run` seen.
            NotFoundError: no run with this id. Any error that ends the wait carries `run_id`.
        """
        rid = check_id("run_id", run_id)
        seconds = check_seconds("timeout", timeout)
        assert seconds is not None
        return polling.wait_for_run(lambda r, left: self._poll(r, request_options, left), rid, timeout=seconds)

    def wait_for_runs(
        self,
        run_ids: Iterable[str],
        timeout: float = defaults.RUN_TIMEOUT,
        request_options: RequestOptions | Mapping[str, Any] | None = None,
    ) -> dict[str, GetRunResponse]:
        """Wait for many runs at once, on this one thread: each is polled on its own schedule.

        Args:
            run_ids: the runs to wait for (a list or other iterable of ids; duplicates are waited for once).
            timeout: seconds to wait for all of them (default 1800).
            request_options: per-poll timeout, retries and headers.

        Returns:
            Every run, finished, by id, in the order given.

        Raises:
            RunWaitTimeout: some runs did not finish within `timeout`; `pending_run_ids` lists them and the
                runs go on.
        """
        ids = check_ids("run_ids", run_ids)
        seconds = check_seconds("timeout", timeout)
        assert seconds is not None
        return polling.wait_for_runs(lambda r, left: self._poll(r, request_options, left), ids, timeout=seconds)

    def cancel_run(self, run_id: str, request_options: RequestOptions | Mapping[str, Any] | None = None) -> None:
        """Cancel a running task or workflow run. It ends `canceled`.

        Args:
            run_id: the run to cancel.
            request_options: per-call timeout, retries and headers.

        Raises:
            BadRequestError: the run has already finished (Skyvern 1.0.56 answers 400 "Invalid task status
                transition"; the reference does not say).
            NotFoundError: no run with this id.
        """
        from skyvern_generated.api.runs import cancel_run as op

        op.sync(check_id("run_id", run_id), client=self._send(request_options))

    def get_run_timeline(
        self, run_id: str, request_options: RequestOptions | Mapping[str, Any] | None = None
    ) -> list[WorkflowRunTimeline]:
        """What happened in a run, step by step: its blocks and (task v2) its thoughts.

        Args:
            run_id: a workflow run (`wr_...`) or a skyvern-2.0 task (`tsk_v2_...`).
            request_options: per-call timeout, retries and headers.

        Returns:
            The timeline entries, each with `type` ("block" or "thought"), the `block` or `thought`, and
            nested `children`.

        Raises:
            BadRequestError: a skyvern-1.0 task has no timeline ("Timeline not available for run type task_v1").
            NotFoundError: no run with this id.
        """
        from skyvern_generated.api.runs import get_run_timeline as op

        return op.sync(check_id("run_id", run_id), client=self._send(request_options))

    def get_run_artifacts(
        self,
        run_id: str,
        artifact_type: ArtifactType | str | list[ArtifactType | str] | None = None,
        request_options: RequestOptions | Mapping[str, Any] | None = None,
    ) -> list[Artifact]:
        """The files a run produced: screenshots, recordings, HTML, HAR, LLM prompts and answers.

        Args:
            run_id: the run.
            artifact_type: only artifacts of this `ArtifactType` (or its value, e.g. `"screenshot_action"`),
                or of any of a list of them. Default: all.
            request_options: per-call timeout, retries and headers.

        Returns:
            The artifacts, each with `artifact_id`, `artifact_type`, `uri` and `signed_url`. An unknown run
            gives an empty list: Skyvern 1.0.56 answers 200 `[]`, not 404.
        """
        from skyvern_generated.api.runs import get_run_artifacts as op
        from skyvern_generated.models import ArtifactType

        types = check_enums("artifact_type", artifact_type, ArtifactType)
        return op.sync(check_id("run_id", run_id), client=self._send(request_options), artifact_type=types)

    def get_artifact(
        self, artifact_id: str, request_options: RequestOptions | Mapping[str, Any] | None = None
    ) -> Artifact:
        """One artifact by id (Skyvern 1.0.56 serves it although its OpenAPI document no longer lists it).

        Args:
            artifact_id: the artifact (`a_...`), from `get_run_artifacts`.
            request_options: per-call timeout, retries and headers.

        Raises:
            NotFoundError: no artifact with this id.
        """
        from skyvern_generated.api.runs import get_artifact as op

        return op.sync(check_id("artifact_id", artifact_id), client=self._send(request_options))

    def retry_run_webhook(
        self, run_id: str, request_options: RequestOptions | Mapping[str, Any] | None = None
    ) -> RunWebhookReplayResponse:
        """Send a finished run's webhook again, to the `webhook_url` it was started with.

        Args:
            run_id: the run.
            request_options: per-call timeout, retries and headers.

        Returns:
            What the delivery did: `target_webhook_url`, the receiver's `status_code`, the `payload` sent.

        Raises:
            BadRequestError: the run has no webhook URL.
            NotFoundError: no run with this id.
        """
        from skyvern_generated.api.runs import retry_run_webhook as op

        return op.sync(check_id("run_id", run_id), client=self._send(request_options))

    # -- workflows -----------------------------------------------------------------------------

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

        Returns:
            The workflow run (`wr_...`), just created or finished.

        Raises:
            NotFoundError: no workflow with this id.
            RunWaitTimeout: with `wait_for_completion`, the run did not finish within `timeout`.
        """
        from skyvern_generated.api.workflows import run_workflow as op
        from skyvern_generated.models import WorkflowRunRequest, WorkflowRunResponse

        if run_with is not None and run_with not in ("code", "agent"):
            raise InvalidParameterError("run_with", f"must be 'code' or 'agent', got {run_with!r}")
        body = WorkflowRunRequest(
            agent_id=check_id("workflow_id", workflow_id),
            parameters=check_mapping("parameters", parameters),
            run_with=run_with,
            ai_fallback=check_bool("ai_fallback", ai_fallback),
            browser_session_id=_optional_id("browser_session_id", browser_session_id),
            browser_profile_id=_optional_id("browser_profile_id", browser_profile_id),
            proxy_location=_proxy_location(proxy_location),
            webhook_url=check_optional_text("webhook_url", webhook_url),
            title=check_optional_text("title", title),
            totp_identifier=check_optional_text("totp_identifier", totp_identifier),
            totp_url=check_optional_text("totp_url", totp_url),
            extra_http_headers=check_headers("extra_http_headers", extra_http_headers),
            browser_address=check_optional_text("browser_address", browser_address),
        )
        wait = self._wait_seconds(wait_for_completion, timeout)
        run = op.sync(
            client=self._send(request_options),
            body=body,
            template=check_bool("template", template),
            x_max_steps_override=check_int("max_steps_override", max_steps_override, minimum=1),
            x_user_agent=check_header_value("user_agent", user_agent) or None,
        )
        if wait is None:
            return run
        return self._wait_as(run.run_id, wait, request_options, WorkflowRunResponse)

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
        from skyvern_generated.api.workflows import create_workflow as op
        from skyvern_generated.models import WorkflowRequest

        check_one_definition(json_definition, yaml_definition)
        body = WorkflowRequest(json_definition=_definition(json_definition), yaml_definition=yaml_definition)
        folder = check_optional_text("folder_id", folder_id) or None
        return op.sync(client=self._send(request_options), body=body, folder_id=folder)

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
        from skyvern_generated.api.workflows import get_workflows as op
        from skyvern_generated.models import WorkflowStatus

        return op.sync(
            client=self._send(request_options),
            page=check_int("page", page, minimum=1),
            page_size=check_int("page_size", page_size, minimum=1),
            only_saved_tasks=check_bool("only_saved_tasks", only_saved_tasks),
            only_workflows=check_bool("only_workflows", only_workflows),
            title=check_optional_text("title", title),
            search_key=check_optional_text("search_key", search_key),
            folder_id=check_optional_text("folder_id", folder_id),
            status=check_enums("status", status, WorkflowStatus),
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
        from skyvern_generated.api.workflows import get_workflow as op

        return op.sync(
            check_id("workflow_permanent_id", workflow_permanent_id),
            client=self._send(request_options),
            version=check_int("version", version, minimum=1),
            template=check_bool("template", template),
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
        from skyvern_generated.api.workflows import get_workflow_versions as op

        return op.sync(
            check_id("workflow_permanent_id", workflow_permanent_id),
            client=self._send(request_options),
            template=check_bool("template", template),
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
        from skyvern_generated.api.workflows import update_workflow as op
        from skyvern_generated.models import WorkflowRequest

        wid = check_id("workflow_id", workflow_id)
        check_one_definition(json_definition, yaml_definition)
        body = WorkflowRequest(json_definition=_definition(json_definition), yaml_definition=yaml_definition)
        return op.sync(wid, client=self._send(request_options), body=body)

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
        from skyvern_generated.api.workflows import delete_workflow as op

        wid = check_id("workflow_id", workflow_id)
        if wid.startswith("w_"):
            raise InvalidParameterError(
                "workflow_id", f"{wid!r} is a version id; delete_workflow needs the permanent id (wpid_...)"
            )
        op.sync(wid, client=self._send(request_options))

    # -- browser sessions ------------------------------------------------------------------------

    def create_browser_session(
        self,
        timeout: int | None = 60,
        proxy_location: ProxyLocation | str | GeoTarget | Mapping[str, Any] | None = None,
        extensions: list[Extensions | str] | None = None,
        browser_type: PersistentBrowserType | str | None = None,
        request_options: RequestOptions | Mapping[str, Any] | None = None,
    ) -> BrowserSessionResponse:
        """Start a browser that stays alive between runs, keeping cookies and logins (chain runs in it).

        Args:
            timeout: minutes the session lives, 5 to 1440 (default 60). Skyvern 1.0.56's own document says
                at most 240; the reference says 1440. None leaves it to the server.
            proxy_location: as for `run_task`.
            extensions: browser extensions to install: `Extensions` or their values, `"ad-blocker"`,
                `"captcha-solver"`.
            browser_type: a `PersistentBrowserType` or its value: `"chrome"`, `"msedge"`, `"stealth-chromium"`.
            request_options: per-call timeout, retries and headers.

        Returns:
            The session: pass its `browser_session_id` (`pbs_...`) to runs; `browser_address` for CDP.
        """
        from skyvern_generated.api.browser_sessions import create_browser_session as op
        from skyvern_generated.models import CreateBrowserSessionRequest, Extensions, PersistentBrowserType

        if extensions is not None and not isinstance(extensions, list | tuple):
            raise InvalidParameterTypeError("extensions", f"must be a list, got {type(extensions).__name__}")
        body = CreateBrowserSessionRequest(
            timeout=check_int("timeout", timeout, minimum=5, maximum=1440),
            proxy_location=_proxy_location(proxy_location),
            extensions=check_enums("extensions", extensions, Extensions),
            browser_type=None
            if browser_type is None
            else check_enum("browser_type", browser_type, PersistentBrowserType),
        )
        return op.sync(client=self._send(request_options), body=body)

    def get_browser_session(
        self, browser_session_id: str, request_options: RequestOptions | Mapping[str, Any] | None = None
    ) -> BrowserSessionResponse:
        """One browser session: its `status`, `browser_address`, `timeout` and times.

        Args:
            browser_session_id: the session (`pbs_...`).
            request_options: per-call timeout, retries and headers.

        Raises:
            NotFoundError: no session with this id.
        """
        from skyvern_generated.api.browser_sessions import get_browser_session as op

        return op.sync(check_id("browser_session_id", browser_session_id), client=self._send(request_options))

    def get_browser_sessions(
        self, request_options: RequestOptions | Mapping[str, Any] | None = None
    ) -> list[BrowserSessionResponse]:
        """The organization's active browser sessions.

        Args:
            request_options: per-call timeout, retries and headers.
        """
        from skyvern_generated.api.browser_sessions import get_browser_sessions as op

        return op.sync(client=self._send(request_options))

    def close_browser_session(
        self, browser_session_id: str, request_options: RequestOptions | Mapping[str, Any] | None = None
    ) -> None:
        """Close a browser session; it cannot be used again. Closing it twice is not an error.

        Args:
            browser_session_id: the session (`pbs_...`).
            request_options: per-call timeout, retries and headers.

        Raises:
            NotFoundError: no session with this id.
        """
        from skyvern_generated.api.browser_sessions import close_browser_session as op

        op.sync(check_id("browser_session_id", browser_session_id), client=self._send(request_options))

    # -- browser profiles ------------------------------------------------------------------------

    def create_browser_profile(
        self,
        name: str,
        description: str | None = None,
        workflow_run_id: str | None = None,
        browser_session_id: str | None = None,
        request_options: RequestOptions | Mapping[str, Any] | None = None,
    ) -> BrowserProfile:
        """Save browser state (cookies, local storage) as a reusable profile: blank, or from a run or session.

        Args:
            name: the profile's name (unique in the organization).
            description: what it is for.
            workflow_run_id: capture the browser of this workflow run (`wr_...`), which must have used
                `persist_browser_session=True`. Archiving is asynchronous: right after the run a retry may be
                needed.
            browser_session_id: capture this browser session (`pbs_...`). Not together with workflow_run_id.
            request_options: per-call timeout, retries and headers.

        Returns:
            The profile: pass its `browser_profile_id` (`bp_...`) to `run_workflow`.

        Raises:
            BadRequestError: the run or session kept no browser state.
            ConflictError: a profile of this name exists (Skyvern 1.0.56 answers 409).
        """
        from skyvern_generated.api.browser_profiles import create_browser_profile as op
        from skyvern_generated.models import CreateBrowserProfileRequest

        if workflow_run_id is not None and browser_session_id is not None:
            raise InvalidParameterError("workflow_run_id", "and browser_session_id cannot both be given")
        body = CreateBrowserProfileRequest(
            name=check_text("name", name),
            description=check_optional_text("description", description),
            workflow_run_id=_optional_id("workflow_run_id", workflow_run_id),
            browser_session_id=_optional_id("browser_session_id", browser_session_id),
        )
        return op.sync(client=self._send(request_options), body=body)

    def list_browser_profiles(
        self,
        include_deleted: bool | None = None,
        request_options: RequestOptions | Mapping[str, Any] | None = None,
    ) -> list[BrowserProfile]:
        """The organization's browser profiles.

        Args:
            include_deleted: include deleted profiles (default: not).
            request_options: per-call timeout, retries and headers.
        """
        from skyvern_generated.api.browser_profiles import list_browser_profiles as op

        return op.sync(
            client=self._send(request_options), include_deleted=check_bool("include_deleted", include_deleted)
        )

    def get_browser_profile(
        self, profile_id: str, request_options: RequestOptions | Mapping[str, Any] | None = None
    ) -> BrowserProfile:
        """One browser profile.

        Args:
            profile_id: the profile (`bp_...`).
            request_options: per-call timeout, retries and headers.

        Raises:
            NotFoundError: no profile with this id (or it was deleted).
        """
        from skyvern_generated.api.browser_profiles import get_browser_profile as op

        return op.sync(check_id("profile_id", profile_id), client=self._send(request_options))

    def delete_browser_profile(
        self, profile_id: str, request_options: RequestOptions | Mapping[str, Any] | None = None
    ) -> None:
        """Delete a browser profile (a soft delete: `list_browser_profiles(include_deleted=True)` still shows it).

        Args:
            profile_id: the profile (`bp_...`).
            request_options: per-call timeout, retries and headers.

        Raises:
            NotFoundError: no profile with this id.
        """
        from skyvern_generated.api.browser_profiles import delete_browser_profile as op

        op.sync(check_id("profile_id", profile_id), client=self._send(request_options))

    # -- credentials -----------------------------------------------------------------------------

    def create_credential(
        self,
        name: str,
        credential_type: StoredCredentialType | str,
        credential: dict[str, Any],
        request_options: RequestOptions | Mapping[str, Any] | None = None,
    ) -> CredentialResponse:
        """Store a credential in Skyvern, to log in with it by id (`login(credential_id=...)`).

        Args:
            name: the credential's name.
            credential_type: `"password"`, `"credit_card"` or `"secret"` (a `StoredCredentialType`).
            credential: its fields. password: `username`, `password`, optional `totp` (a TOTP secret),
                `totp_type`, `totp_identifier`. credit_card: `card_number`, `card_cvv`, `card_exp_month`,
                `card_exp_year`, `card_brand`, `card_holder_name`. secret: `secret_value`, optional
                `secret_label`. Checked against its type before sending; no value appears in an error.
            request_options: per-call timeout, retries and headers.

        Returns:
            The credential (`cred_...`), without its secrets: the server never echoes a password.
        """
        from skyvern_generated.api.credentials import create_credential as op
        from skyvern_generated.models import CreateCredentialRequest, StoredCredentialType

        kind = check_enum("credential_type", credential_type, StoredCredentialType)
        body = CreateCredentialRequest(
            name=check_text("name", name), credential_type=kind, credential=_credential(kind, credential)
        )
        return op.sync(client=self._send(request_options), body=body)

    def get_credentials(
        self,
        page: int | None = None,
        page_size: int | None = None,
        request_options: RequestOptions | Mapping[str, Any] | None = None,
    ) -> list[CredentialResponse]:
        """The organization's credentials, a page at a time (without their secrets).

        Args:
            page: the page, from 1 (server default 1).
            page_size: credentials per page (server default 10).
            request_options: per-call timeout, retries and headers.
        """
        from skyvern_generated.api.credentials import get_credentials as op

        return op.sync(
            client=self._send(request_options),
            page=check_int("page", page, minimum=1),
            page_size=check_int("page_size", page_size, minimum=1),
        )

    def get_credential(
        self, credential_id: str, request_options: RequestOptions | Mapping[str, Any] | None = None
    ) -> CredentialResponse:
        """One credential (without its secrets).

        Args:
            credential_id: the credential (`cred_...`).
            request_options: per-call timeout, retries and headers.

        Raises:
            NotFoundError: no credential with this id.
        """
        from skyvern_generated.api.credentials import get_credential as op

        return op.sync(check_id("credential_id", credential_id), client=self._send(request_options))

    def delete_credential(
        self, credential_id: str, request_options: RequestOptions | Mapping[str, Any] | None = None
    ) -> None:
        """Delete a credential.

        Args:
            credential_id: the credential (`cred_...`).
            request_options: per-call timeout, retries and headers.

        Raises:
            NotFoundError: no credential with this id.
        """
        from skyvern_generated.api.credentials import delete_credential as op

        op.sync(check_id("credential_id", credential_id), client=self._send(request_options))

    def send_totp_code(
        self,
        totp_identifier: str,
        content: str,
        task_id: str | None = None,
        workflow_id: str | None = None,
        workflow_run_id: str | None = None,
        source: str | None = None,
        expired_at: dt.datetime | None = None,
        request_options: RequestOptions | Mapping[str, Any] | None = None,
    ) -> TOTPCode:
        """Give Skyvern a 2FA code for a run that waits for one under `totp_identifier`.

        Args:
            totp_identifier: the identifier the run was started with (an email address, a phone number...).
            content: the code, or the whole email or SMS holding it (Skyvern extracts the code).
            task_id: the task the code is for.
            workflow_id: the workflow the code is for.
            workflow_run_id: the workflow run the code is for.
            source: where the code came from, e.g. `"email"` or `"sms"`.
            expired_at: when the code expires (a `datetime`; naive means UTC).
            request_options: per-call timeout, retries and headers.

        Returns:
            The stored code (`totp_code_id`, the extracted `code`); its repr hides the code and the content.
        """
        from skyvern_generated.api.credentials import send_totp_code as op
        from skyvern_generated.models import TOTPCodeCreate

        if expired_at is not None and not isinstance(expired_at, dt.datetime):
            raise InvalidParameterTypeError("expired_at", f"must be a datetime, got {type(expired_at).__name__}")
        body = TOTPCodeCreate(
            totp_identifier=check_text("totp_identifier", totp_identifier),
            content=check_text("content", content),
            task_id=_optional_id("task_id", task_id),
            workflow_id=_optional_id("workflow_id", workflow_id),
            workflow_run_id=_optional_id("workflow_run_id", workflow_run_id),
            source=check_optional_text("source", source),
            expired_at=expired_at,
        )
        return op.sync(client=self._send(request_options), body=body)

    # -- helpers ---------------------------------------------------------------------------------

    def login(
        self,
        credential_type: CredentialType | str,
        url: str | None = None,
        credential_id: str | None = None,
        prompt: str | None = None,
        browser_session_id: str | None = None,
        wait_for_completion: bool = False,
        timeout: float = defaults.RUN_TIMEOUT,
        bitwarden_collection_id: str | None = None,
        bitwarden_item_id: str | None = None,
        onepassword_vault_id: str | None = None,
        onepassword_item_id: str | None = None,
        azure_vault_name: str | None = None,
        azure_vault_username_key: str | None = None,
        azure_vault_password_key: str | None = None,
        azure_vault_totp_secret_key: str | None = None,
        request_options: RequestOptions | Mapping[str, Any] | None = None,
    ) -> WorkflowRunResponse:
        """Log in to a website with a stored credential; with `wait_for_completion`, return the run finished.

        Args:
            credential_type: where the secrets come from: `CredentialType.skyvern` (needs `credential_id`),
                `.bitwarden` (optional collection/item ids), `.onepassword` (needs vault and item ids) or
                `.azure_vault` (needs vault name, username and password keys); or the wire value.
            url: the login page.
            credential_id: the Skyvern credential (`cred_...`), with `CredentialType.skyvern`.
            prompt: login instructions; Skyvern has its own by default.
            browser_session_id: log in inside this browser session, to keep the login for later runs.
            wait_for_completion: block until the run finishes.
            timeout: seconds to wait with `wait_for_completion` (default 1800).
            bitwarden_collection_id, bitwarden_item_id: the Bitwarden collection and item.
            onepassword_vault_id, onepassword_item_id: the 1Password vault and item.
            azure_vault_name, azure_vault_username_key, azure_vault_password_key, azure_vault_totp_secret_key:
                the Azure Key Vault and the names of its secrets.
            request_options: per-call timeout, retries and headers.

        Returns:
            The login run: a workflow run (`wr_...`), just created or finished.

        Raises:
            InvalidParameterError: the ids the credential type needs are missing, or another type's are given.
            RunWaitTimeout: with `wait_for_completion`, the run did not finish within `timeout`.
        """
        from skyvern_generated.api.runs import login as op
        from skyvern_generated.models import LoginRequest, WorkflowRunResponse

        kind = check_enum("credential_type", credential_type, CredentialType)
        sources = {
            "credential_id": credential_id,
            "bitwarden_collection_id": bitwarden_collection_id,
            "bitwarden_item_id": bitwarden_item_id,
            "onepassword_vault_id": onepassword_vault_id,
            "onepassword_item_id": onepassword_item_id,
            "azure_vault_name": azure_vault_name,
            "azure_vault_username_key": azure_vault_username_key,
            "azure_vault_password_key": azure_vault_password_key,
            "azure_vault_totp_secret_key": azure_vault_totp_secret_key,
        }
        given = {name: check_optional_text(name, value) for name, value in sources.items() if value is not None}
        _check_login_sources(kind, given)
        body = LoginRequest(
            credential_type=kind,
            url=check_optional_text("url", url),
            prompt=check_optional_text("prompt", prompt),
            browser_session_id=_optional_id("browser_session_id", browser_session_id),
            credential_id=credential_id,
            bitwarden_collection_id=bitwarden_collection_id,
            bitwarden_item_id=bitwarden_item_id,
            onepassword_vault_id=onepassword_vault_id,
            onepassword_item_id=onepassword_item_id,
            azure_vault_name=azure_vault_name,
            azure_vault_username_key=azure_vault_username_key,
            azure_vault_password_key=azure_vault_password_key,
            azure_vault_totp_secret_key=azure_vault_totp_secret_key,
        )
        wait = self._wait_seconds(wait_for_completion, timeout)
        run = op.sync(client=self._send(request_options), body=body)
        if wait is None:
            return run
        return self._wait_as(run.run_id, wait, request_options, WorkflowRunResponse)

    def download_files(
        self,
        navigation_goal: str,
        url: str | None = None,
        browser_session_id: str | None = None,
        browser_profile_id: str | None = None,
        download_suffix: str | None = None,
        download_timeout: float | None = None,
        max_steps_per_run: int | None = None,
        request_options: RequestOptions | Mapping[str, Any] | None = None,
    ) -> WorkflowRunResponse:
        """Start a run that navigates to files and downloads them. It returns at once (no
        `wait_for_completion`, as in the reference): `wait_for_run(run.run_id)` for the `downloaded_files`.

        Args:
            navigation_goal: what to download and how to get there, in natural language.
            url: the page to start on.
            browser_session_id: run in this browser session (`pbs_...`).
            browser_profile_id: load this saved browser profile (`bp_...`).
            download_suffix: the downloaded file's name (may use `{{ original_filename }}`), e.g. `".pdf"`.
            download_timeout: seconds the download itself may take.
            max_steps_per_run: cap on AI steps. At least 1.
            request_options: per-call timeout, retries and headers.

        Returns:
            The download run: a workflow run (`wr_...`), just created.
        """
        from skyvern_generated.api.runs import download_files as op
        from skyvern_generated.models import DownloadFilesRequest

        body = DownloadFilesRequest(
            navigation_goal=check_text("navigation_goal", navigation_goal),
            url=check_optional_text("url", url),
            browser_session_id=_optional_id("browser_session_id", browser_session_id),
            browser_profile_id=_optional_id("browser_profile_id", browser_profile_id),
            download_suffix=check_optional_text("download_suffix", download_suffix),
            download_timeout=check_seconds("download_timeout", download_timeout, optional=True),
            max_steps_per_run=check_int("max_steps_per_run", max_steps_per_run, minimum=1),
        )
        return op.sync(client=self._send(request_options), body=body)

    def upload_file(
        self, file: IO[bytes], request_options: RequestOptions | Mapping[str, Any] | None = None
    ) -> UploadFileResponse:
        """Upload a file to Skyvern's storage, for runs to use as an input.

        Args:
            file: a file open for reading in binary mode (`open(path, "rb")`, `io.BytesIO`); its `name`, if
                any, names the upload. The file is read from where it is positioned.
            request_options: per-call timeout, retries and headers.

        Returns:
            `s3uri` (the reference's name; the wire's `s3_uri` is there too), `presigned_url`, `file_id` and
            `expires_at`.
        """
        from skyvern_generated.api.files import upload_file as op
        from skyvern_generated.models import UploadFileBody
        from skyvern_generated.types import File

        if not callable(getattr(file, "read", None)) or isinstance(file, str | bytes | os.PathLike):
            raise InvalidParameterTypeError("file", f"must be a file open in binary mode, got {type(file).__name__}")
        if "b" not in str(getattr(file, "mode", "b")):
            raise InvalidParameterError("file", "must be open in binary mode ('rb'), not text mode")
        name = os.path.basename(str(getattr(file, "name", "") or "upload")) or "upload"
        body = UploadFileBody(file=File(payload=file, file_name=name))  # type: ignore[arg-type]
        return op.sync(client=self._send(request_options), body=body)

    # -- internals -------------------------------------------------------------------------------

    def _send(self, options: RequestOptions | Mapping[str, Any] | None) -> BoundTransport:
        return self._transport.bind(options)

    @staticmethod
    def _wait_seconds(wait_for_completion: object, timeout: object) -> float | None:
        """The wait's timeout when waiting was asked for (checked before the run is started), else None."""
        if not check_bool("wait_for_completion", wait_for_completion, optional=False):
            return None
        return check_seconds("timeout", timeout)

    def _wait_as(
        self,
        run_id: str,
        timeout: float,
        options: RequestOptions | Mapping[str, Any] | None,
        expect: type[Run],
    ) -> Run:
        finished = polling.wait_for_run(lambda r, left: self._poll(r, options, left), run_id, timeout=timeout)
        return _as_run(finished, expect)


def _as_run(run: Any, expect: type[Run]) -> Run:
    """The run a waiting `run_task` or `run_workflow` returns, typed as the call promises."""
    if isinstance(run, expect):
        return run
    # a run type this client does not know parses as UnrecognizedRunResponse; it may still fit `expect`
    try:
        return expect.from_dict(run.to_dict())
    except ValueError as problem:
        raise ResponseValidationError(
            200,
            None,
            None,
            problem=f"expected a {expect.__name__}, got run_type {getattr(run, 'run_type', None)!r}: {problem}",
            method="GET",
            path=f"/v1/runs/{run.run_id}",
            run_id=run.run_id,
        ) from None


def _definition(json_definition: Mapping[str, Any] | None) -> Any:
    """A workflow definition as the server's schema reads it: a misfit names the JSON path, not the value."""
    from skyvern_generated.models import WorkflowCreateYAMLRequest

    if json_definition is None:
        return None
    try:
        return WorkflowCreateYAMLRequest.from_dict(dict(json_definition))
    except ValueError as problem:  # the generated layer's ShapeError
        raise InvalidParameterError("json_definition", f"does not fit the workflow schema: {problem}") from None


def _optional_id(name: str, value: object) -> str | None:
    return None if value is None else check_id(name, value)


def _extraction_schema(value: object) -> dict[str, Any] | str | None:
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, Mapping):
        return check_mapping("data_extraction_schema", value)
    raise InvalidParameterTypeError(
        "data_extraction_schema", f"must be a dict (a JSON Schema) or its JSON text, got {type(value).__name__}"
    )


def _proxy_location(value: object) -> Any:
    """A ProxyLocation member (from the member or its value), a GeoTarget, or a dict for a custom proxy."""
    from skyvern_generated.models import GeoTarget, ProxyLocation

    if value is None or isinstance(value, GeoTarget):
        return value
    if isinstance(value, Mapping):
        return check_json("proxy_location", dict(value))
    return check_enum("proxy_location", value, ProxyLocation)


def _credential(kind: StoredCredentialType, credential: object) -> Any:
    """The credential's generated model, checked field by field; a misfit names keys, never values."""
    import attrs
    from skyvern_generated.models import NonEmptyCreditCardCredential, NonEmptyPasswordCredential, SecretCredential

    shapes: dict[str, Any] = {
        "password": NonEmptyPasswordCredential,
        "credit_card": NonEmptyCreditCardCredential,
        "secret": SecretCredential,
    }
    model = shapes[kind.value]
    if not isinstance(credential, Mapping):
        raise InvalidParameterTypeError("credential", f"must be a dict, got {type(credential).__name__}")
    fields = {field.name for field in attrs.fields(model) if field.init}
    problems = []
    extra = sorted(set(credential) - fields)
    if extra:
        problems.append(f"unexpected keys {extra}")
    try:
        parsed = model.from_dict({key: value for key, value in credential.items() if key in fields})
    except ValueError as error:  # the generated layer's ShapeError: a path and a JSON type, never the value
        problems.insert(0, str(error).replace("$.", "", 1).replace("$", "credential"))
        parsed = None
    if problems:
        raise InvalidParameterError("credential", f"does not fit credential_type {kind.value!r}: {'; '.join(problems)}")
    return parsed


# credential type: (ids it needs, ids it takes)
LOGIN_SOURCES: dict[str, tuple[set[str], set[str]]] = {
    "skyvern": ({"credential_id"}, {"credential_id"}),
    "bitwarden": (set(), {"bitwarden_collection_id", "bitwarden_item_id"}),
    "1password": ({"onepassword_vault_id", "onepassword_item_id"}, {"onepassword_vault_id", "onepassword_item_id"}),
    "azure_vault": (
        {"azure_vault_name", "azure_vault_username_key", "azure_vault_password_key"},
        {"azure_vault_name", "azure_vault_username_key", "azure_vault_password_key", "azure_vault_totp_secret_key"},
    ),
}


def _check_login_sources(kind: CredentialType, given: Mapping[str, Any]) -> None:
    needed, taken = LOGIN_SOURCES[kind.value]
    missing = sorted(needed - given.keys())
    if missing:
        raise InvalidParameterError(missing[0], f"is needed by login with credential_type {kind.value!r}")
    foreign = sorted(given.keys() - taken)
    if foreign:
        raise InvalidParameterError(foreign[0], f"is not taken by login with credential_type {kind.value!r}")


def _read_env_file(path: Path) -> dict[str, str]:
    values: dict[str, str] = {}
    if not path.is_file():
        return values
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("#") or "=" not in line:
            continue
        key, _, value = line.removeprefix("export ").partition("=")
        values[key.strip()] = value.strip().strip("'\"")
    return values
