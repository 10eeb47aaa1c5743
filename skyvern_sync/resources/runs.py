"""Runs: start a task, follow, wait for, cancel and inspect runs; log in; download files."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, cast

from skyvern_sync import _constants as defaults
from skyvern_sync.errors import InvalidParameterError, InvalidParameterTypeError
from skyvern_sync.polling import OnProgress  # at run time: the CLI resolves the annotations
from skyvern_sync.resources._base import ClientCore, SyncResource
from skyvern_sync.resources._checks import optional_id, proxy_location_value
from skyvern_sync.schemas.run_blocks import CredentialType
from skyvern_sync.schemas.runs import RunEngine
from skyvern_sync.validation import (
    check_bool,
    check_enum,
    check_enums,
    check_header_value,
    check_headers,
    check_id,
    check_ids,
    check_int,
    check_mapping,
    check_optional_text,
    check_seconds,
    check_text,
)

if TYPE_CHECKING:
    from skyvern_generated.models import (
        Artifact,
        ArtifactType,
        BulkCancelRunsResponse,
        GeoTarget,
        ProxyLocation,
        RetryRunWebhookRequest,
        RunStatus,
        RunType,
        RunWebhookReplayResponse,
        TaskRunListItem,
        TaskRunResponse,
        WorkflowRunResponse,
        WorkflowRunTimeline,
    )

    from skyvern_sync.options import RequestOptions
    from skyvern_sync.pagination import Page
    from skyvern_sync.types import GetRunResponse


class RunsMixin(ClientCore):
    """The runs operations (skyvern_generated/api/runs/), mixed into `Skyvern`."""

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
        *,
        on_progress: OnProgress | None = None,
        model: Mapping[str, Any] | None = None,
        cdp_connect_headers: dict[str, str] | None = None,
        include_action_history_in_verification: bool | None = None,
        max_screenshot_scrolls: int | None = None,
        run_with: str | None = None,
        browser_profile_id: str | None = None,
        start_fresh_browser: bool | None = None,
        file_ids: Iterable[str] | None = None,
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
            on_progress: called after each poll with a `WaitProgress` (the run, seconds waited, seconds to the
                next poll), e.g. to show progress. Keyword-only.
            model: the language-model configuration for this run (free-form JSON, as the server reads it).
                Keyword-only, as every parameter below.
            cdp_connect_headers: headers sent when connecting to `browser_address` over CDP.
            include_action_history_in_verification: let the completion check see the actions taken so far.
            max_screenshot_scrolls: how many times to scroll for a full-page screenshot. At least 0.
            run_with: `"agent"` (the AI decides each step) or `"code"` (run generated code where there is some).
            browser_profile_id: a saved browser profile (`bp_...`); the reference says run_task ignores it, the
                1.0.56 server takes it.
            start_fresh_browser: start from a new browser instead of reusing one (default False on the server).
            file_ids: files uploaded with `upload_file` (each by its `file_id`) the run may use; at most 50.

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
        from skyvern_generated.models import TaskRunRequest

        body = TaskRunRequest(
            prompt=check_text("prompt", prompt),
            url=check_optional_text("url", url),
            engine=check_enum("engine", engine, RunEngine),
            max_steps=check_int("max_steps", max_steps, minimum=1),
            data_extraction_schema=_extraction_schema(data_extraction_schema),
            browser_session_id=optional_id("browser_session_id", browser_session_id),
            publish_workflow=check_bool("publish_workflow", publish_workflow, optional=False),
            proxy_location=proxy_location_value(proxy_location),
            webhook_url=check_optional_text("webhook_url", webhook_url),
            error_code_mapping=check_mapping("error_code_mapping", error_code_mapping, values=str),
            totp_identifier=check_optional_text("totp_identifier", totp_identifier),
            totp_url=check_optional_text("totp_url", totp_url),
            title=check_optional_text("title", title),
            extra_http_headers=check_headers("extra_http_headers", extra_http_headers),
            browser_address=check_optional_text("browser_address", browser_address),
            model=check_mapping("model", model),
            cdp_connect_headers=check_headers("cdp_connect_headers", cdp_connect_headers),
            include_action_history_in_verification=check_bool(
                "include_action_history_in_verification", include_action_history_in_verification
            ),
            max_screenshot_scrolls=check_int("max_screenshot_scrolls", max_screenshot_scrolls, minimum=0),
            run_with=check_optional_text("run_with", run_with),
            browser_profile_id=optional_id("browser_profile_id", browser_profile_id),
            start_fresh_browser=check_bool("start_fresh_browser", start_fresh_browser),
            file_ids=_id_list("file_ids", file_ids, maximum=MAX_FILE_IDS),
        )
        return cast(
            "TaskRunResponse",
            self._call(
                "run_task",
                request_options,
                body=body,
                x_user_agent=check_header_value("user_agent", user_agent) or None,
                wait_for_completion=wait_for_completion,
                timeout=timeout,
                on_progress=on_progress,
            ),
        )

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
        return cast("GetRunResponse", self._call("get_run", request_options, check_id("run_id", run_id)))

    def wait_for_run(
        self,
        run_id: str,
        timeout: float = defaults.RUN_TIMEOUT,
        request_options: RequestOptions | Mapping[str, Any] | None = None,
        *,
        on_progress: OnProgress | None = None,
    ) -> GetRunResponse:
        """Block until the run finishes: completed, failed, terminated, timed_out or canceled.

        Polls quickly at first (every 0.5 s), every 10 s from 20 s on, then every fortieth of the time waited
        so far (at most every 60 s), honouring Retry-After. A poll that fails for a passing reason (a 5xx, a dropped
        connection, an unreadable answer) is tried again within the wait instead of ending it.

        Args:
            run_id: the run to wait for.
            timeout: seconds to wait in all (default 1800), polls included.
            request_options: per-poll timeout, retries and headers.
            on_progress: called after each poll with a `WaitProgress` (the run, seconds waited, seconds to the
                next poll), e.g. to show progress. Keyword-only.

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
        return self.waiter.wait_for_run(self._poller(request_options), rid, timeout=seconds, on_progress=on_progress)

    def wait_for_runs(
        self,
        run_ids: Iterable[str],
        timeout: float = defaults.RUN_TIMEOUT,
        request_options: RequestOptions | Mapping[str, Any] | None = None,
        *,
        on_progress: OnProgress | None = None,
    ) -> dict[str, GetRunResponse]:
        """Wait for many runs at once, on this one thread: each is polled on its own schedule.

        Args:
            run_ids: the runs to wait for (a list or other iterable of ids; duplicates are waited for once).
            timeout: seconds to wait for all of them (default 1800).
            request_options: per-poll timeout, retries and headers.
            on_progress: called after each poll with a `WaitProgress` (the run, seconds waited, seconds to the
                next poll), e.g. to show progress. Keyword-only.

        Returns:
            Every run, finished, by id, in the order given.

        Raises:
            RunWaitTimeout: some runs did not finish within `timeout`; `pending_run_ids` lists them and the
                runs go on.
        """
        ids = check_ids("run_ids", run_ids)
        seconds = check_seconds("timeout", timeout)
        assert seconds is not None
        return self.waiter.wait_for_runs(self._poller(request_options), ids, timeout=seconds, on_progress=on_progress)

    def get_runs_v2(
        self,
        *,
        page: int | None = None,
        page_size: int | None = None,
        status: RunStatus | str | list[RunStatus | str] | None = None,
        search_key: str | None = None,
        run_type: RunType | str | list[RunType | str] | None = None,
        request_options: RequestOptions | Mapping[str, Any] | None = None,
        workflow_permanent_id: Iterable[str] | None = None,
        tags: Iterable[str] | None = None,
        failure_category: str | None = None,
    ) -> Page[TaskRunListItem]:
        """One page of the organization's runs, newest first: tasks and workflow runs alike.

        Args:
            page: the page, 1 to 100 (server default 1).
            page_size: runs per page, 1 to 100 (server default 10).
            status: only runs with this `RunStatus` (or its value), or any of a list of them.
            search_key: only runs whose id, title or parameters contain this text (at least 3 characters).
            run_type: only runs of this `RunType` (or its value, e.g. `"task_v2"`), or any of a list of them.
            request_options: per-call timeout, retries and headers.
            workflow_permanent_id: only runs of these workflows (`wpid_...`), at most 50. Keyword-only, as the
                official client does not name it.
            tags: only runs tagged so (`key` or `key:value`), at most 20.
            failure_category: only failed runs of this failure category (at most 100 characters).

        Returns:
            The page's runs (`TaskRunListItem`: `run_id`, `run_type`, `status`, `title`, `created_at`...); an
            empty list past the last page.

        Raises:
            BadRequestError: with `search_key` or `workflow_permanent_id`, a page beyond the first 1000 matches
                ("Search pagination is limited to the first 1000 matches").
        """
        from skyvern_generated.models import RunStatus, RunType

        return cast(
            "Page[TaskRunListItem]",
            self._call(
                "get_runs_v2",
                request_options,
                page=check_int("page", page, minimum=1, maximum=MAX_RUNS_PAGE),
                page_size=check_int("page_size", page_size, minimum=1, maximum=MAX_RUNS_PAGE),
                status=check_enums("status", status, RunStatus),
                search_key=_search_key(search_key),
                run_type=check_enums("run_type", run_type, RunType),
                workflow_permanent_id=_id_list(
                    "workflow_permanent_id", workflow_permanent_id, maximum=MAX_WORKFLOW_IDS
                ),
                tags=_text_list("tags", tags, maximum=MAX_TAGS),
                failure_category=_bounded_text("failure_category", failure_category, MAX_FAILURE_CATEGORY),
            ),
        )

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
        self._call("cancel_run", request_options, check_id("run_id", run_id))

    def bulk_cancel_runs(
        self, *, run_ids: Iterable[str], request_options: RequestOptions | Mapping[str, Any] | None = None
    ) -> BulkCancelRunsResponse:
        """Cancel several runs in one request; each run is reported cancelled or failed, none raises.

        Args:
            run_ids: the runs to cancel (tasks `tsk_...` or workflow runs `wr_...`; at least one).
            request_options: per-call timeout, retries and headers.

        Returns:
            `cancelled`: the ids the server cancelled; `failed`: the ids it could not (already finished,
            unknown), without a reason.
        """
        from skyvern_generated.models import BulkCancelRunsRequest

        body = BulkCancelRunsRequest(run_ids=check_ids("run_ids", run_ids))
        return cast("BulkCancelRunsResponse", self._call("bulk_cancel_runs", request_options, body=body))

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
        return cast(
            "list[WorkflowRunTimeline]", self._call("get_run_timeline", request_options, check_id("run_id", run_id))
        )

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
        from skyvern_generated.models import ArtifactType

        types = check_enums("artifact_type", artifact_type, ArtifactType)
        return cast(
            "list[Artifact]",
            self._call("get_run_artifacts", request_options, check_id("run_id", run_id), artifact_type=types),
        )

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
        return cast("Artifact", self._call("get_artifact", request_options, check_id("artifact_id", artifact_id)))

    def retry_run_webhook(
        self,
        run_id: str,
        request_options: RequestOptions | Mapping[str, Any] | None = None,
        *,
        webhook_url: str | None = None,
        request: RetryRunWebhookRequest | Mapping[str, Any] | None = None,
    ) -> RunWebhookReplayResponse:
        """Send a finished run's webhook again: to the `webhook_url` it was started with, or to another one.

        Args:
            run_id: the run.
            request_options: per-call timeout, retries and headers.
            webhook_url: deliver to this URL instead of the run's own (keyword-only).
            request: the official client's way to say the same: a `RetryRunWebhookRequest` (from
                `skyvern_sync.types`) or a dict `{"webhook_url": ...}`. Give `webhook_url` or `request`, not both.

        Returns:
            What the delivery did: `target_webhook_url`, the receiver's `status_code`, the `payload` sent.

        Raises:
            InvalidParameterError: both `webhook_url` and `request` were given (nothing is sent).
            BadRequestError: the run has no webhook URL and none was given.
            NotFoundError: no run with this id.
        """
        rid = check_id("run_id", run_id)
        body = _webhook_replay_body(webhook_url, request)
        return cast("RunWebhookReplayResponse", self._call("retry_run_webhook", request_options, rid, body=body))

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
        *,
        on_progress: OnProgress | None = None,
        user_agent: str | None = None,
        webhook_url: str | None = None,
        proxy_location: ProxyLocation | str | GeoTarget | Mapping[str, Any] | None = None,
        totp_identifier: str | None = None,
        totp_url: str | None = None,
        browser_address: str | None = None,
        extra_http_headers: dict[str, str] | None = None,
        cdp_connect_headers: dict[str, str] | None = None,
        max_screenshot_scrolling_times: int | None = None,
        start_fresh_browser: bool | None = None,
        browser_profile_id: str | None = None,
        onepassword_totp_field_name: str | None = None,
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
            on_progress: called after each poll with a `WaitProgress` (the run, seconds waited, seconds to the
                next poll), e.g. to show progress. Keyword-only.
            user_agent: sent as the `x-user-agent` header, for the browser's user agent. Keyword-only, as every
                parameter below.
            webhook_url: Skyvern POSTs the finished run here, signed (verify with `skyvern_sync.webhooks`).
            proxy_location: a `ProxyLocation` or its value, a `GeoTarget`, or a dict for a self-hosted proxy.
            totp_identifier: the identifier you push 2FA codes under (`send_totp_code`).
            totp_url: a URL Skyvern POSTs to for a 2FA code.
            browser_address: the CDP address of a browser of yours to run in.
            extra_http_headers: headers the browser adds to its requests to websites.
            cdp_connect_headers: headers sent when connecting to `browser_address` over CDP.
            max_screenshot_scrolling_times: how many times to scroll for a full-page screenshot. At least 0.
            start_fresh_browser: start from a new browser instead of reusing one (default False on the server).
            browser_profile_id: load this saved browser profile (`bp_...`).
            onepassword_totp_field_name: the 1Password item's field holding the TOTP secret.

        Returns:
            The login run: a workflow run (`wr_...`), just created or finished.

        Raises:
            InvalidParameterError: the ids the credential type needs are missing, or another type's are given.
            RunWaitTimeout: with `wait_for_completion`, the run did not finish within `timeout`.
        """
        from skyvern_generated.models import LoginRequest

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
            browser_session_id=optional_id("browser_session_id", browser_session_id),
            credential_id=credential_id,
            bitwarden_collection_id=bitwarden_collection_id,
            bitwarden_item_id=bitwarden_item_id,
            onepassword_vault_id=onepassword_vault_id,
            onepassword_item_id=onepassword_item_id,
            azure_vault_name=azure_vault_name,
            azure_vault_username_key=azure_vault_username_key,
            azure_vault_password_key=azure_vault_password_key,
            azure_vault_totp_secret_key=azure_vault_totp_secret_key,
            webhook_url=check_optional_text("webhook_url", webhook_url),
            proxy_location=proxy_location_value(proxy_location),
            totp_identifier=check_optional_text("totp_identifier", totp_identifier),
            totp_url=check_optional_text("totp_url", totp_url),
            browser_address=check_optional_text("browser_address", browser_address),
            extra_http_headers=check_headers("extra_http_headers", extra_http_headers),
            cdp_connect_headers=check_headers("cdp_connect_headers", cdp_connect_headers),
            max_screenshot_scrolling_times=check_int(
                "max_screenshot_scrolling_times", max_screenshot_scrolling_times, minimum=0
            ),
            start_fresh_browser=check_bool("start_fresh_browser", start_fresh_browser),
            browser_profile_id=optional_id("browser_profile_id", browser_profile_id),
            onepassword_totp_field_name=check_optional_text("onepassword_totp_field_name", onepassword_totp_field_name),
        )
        return cast(
            "WorkflowRunResponse",
            self._call(
                "login",
                request_options,
                body=body,
                x_user_agent=check_header_value("user_agent", user_agent) or None,
                wait_for_completion=wait_for_completion,
                timeout=timeout,
                on_progress=on_progress,
            ),
        )

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
        *,
        wait_for_completion: bool = False,
        timeout: float = defaults.RUN_TIMEOUT,
        on_progress: OnProgress | None = None,
        user_agent: str | None = None,
        webhook_url: str | None = None,
        proxy_location: ProxyLocation | str | GeoTarget | Mapping[str, Any] | None = None,
        totp_identifier: str | None = None,
        totp_url: str | None = None,
        browser_address: str | None = None,
        extra_http_headers: dict[str, str] | None = None,
        cdp_connect_headers: dict[str, str] | None = None,
        max_screenshot_scrolling_times: int | None = None,
        start_fresh_browser: bool | None = None,
    ) -> WorkflowRunResponse:
        """Start a run that navigates to files and downloads them; with `wait_for_completion`, return it finished
        (its `downloaded_files` listed).

        Args:
            navigation_goal: what to download and how to get there, in natural language.
            url: the page to start on.
            browser_session_id: run in this browser session (`pbs_...`).
            browser_profile_id: load this saved browser profile (`bp_...`).
            download_suffix: the downloaded file's name (may use `{{ original_filename }}`), e.g. `".pdf"`.
            download_timeout: seconds the download itself may take.
            max_steps_per_run: cap on AI steps. At least 1.
            request_options: per-call timeout, retries and headers.
            wait_for_completion: block until the run finishes (keyword-only: the reference has no such
                parameter here).
            timeout: seconds to wait with `wait_for_completion` (default 1800).
            on_progress: called after each poll with a `WaitProgress` (the run, seconds waited, seconds to the
                next poll), e.g. to show progress.
            user_agent: sent as the `x-user-agent` header, for the browser's user agent. Keyword-only, as every
                parameter below.
            webhook_url: Skyvern POSTs the finished run here, signed (verify with `skyvern_sync.webhooks`).
            proxy_location: a `ProxyLocation` or its value, a `GeoTarget`, or a dict for a self-hosted proxy.
            totp_identifier: the identifier you push 2FA codes under (`send_totp_code`).
            totp_url: a URL Skyvern POSTs to for a 2FA code.
            browser_address: the CDP address of a browser of yours to run in.
            extra_http_headers: headers the browser adds to its requests to websites.
            cdp_connect_headers: headers sent when connecting to `browser_address` over CDP.
            max_screenshot_scrolling_times: how many times to scroll for a full-page screenshot. At least 0.
            start_fresh_browser: start from a new browser instead of reusing one (default False on the server).

        Returns:
            The download run: a workflow run (`wr_...`), just created or finished.

        Raises:
            RunWaitTimeout: with `wait_for_completion`, the run did not finish within `timeout` (it goes on).
        """
        from skyvern_generated.models import DownloadFilesRequest

        body = DownloadFilesRequest(
            navigation_goal=check_text("navigation_goal", navigation_goal),
            url=check_optional_text("url", url),
            browser_session_id=optional_id("browser_session_id", browser_session_id),
            browser_profile_id=optional_id("browser_profile_id", browser_profile_id),
            download_suffix=check_optional_text("download_suffix", download_suffix),
            download_timeout=check_seconds("download_timeout", download_timeout, optional=True),
            max_steps_per_run=check_int("max_steps_per_run", max_steps_per_run, minimum=1),
            webhook_url=check_optional_text("webhook_url", webhook_url),
            proxy_location=proxy_location_value(proxy_location),
            totp_identifier=check_optional_text("totp_identifier", totp_identifier),
            totp_url=check_optional_text("totp_url", totp_url),
            browser_address=check_optional_text("browser_address", browser_address),
            extra_http_headers=check_headers("extra_http_headers", extra_http_headers),
            cdp_connect_headers=check_headers("cdp_connect_headers", cdp_connect_headers),
            max_screenshot_scrolling_times=check_int(
                "max_screenshot_scrolling_times", max_screenshot_scrolling_times, minimum=0
            ),
            start_fresh_browser=check_bool("start_fresh_browser", start_fresh_browser),
        )
        return cast(
            "WorkflowRunResponse",
            self._call(
                "download_files",
                request_options,
                body=body,
                x_user_agent=check_header_value("user_agent", user_agent) or None,
                wait_for_completion=wait_for_completion,
                timeout=timeout,
                on_progress=on_progress,
            ),
        )


# the server's limits on these request fields (its Query/Field constraints), checked before sending
MAX_RUNS_PAGE = 100
MAX_WORKFLOW_IDS = 50
MAX_TAGS = 20
MAX_FAILURE_CATEGORY = 100
MIN_SEARCH_KEY = 3
MAX_FILE_IDS = 50


def _id_list(name: str, values: object, *, maximum: int) -> list[str] | None:
    if values is None:
        return None
    if isinstance(values, str | bytes | Mapping) or not isinstance(values, Iterable):
        raise InvalidParameterTypeError(name, f"must be a list of ids, got {type(values).__name__}")
    ids = [check_id(name, value) for value in values]
    if len(ids) > maximum:
        raise InvalidParameterError(name, f"must hold at most {maximum} ids, got {len(ids)}")
    return ids


def _text_list(name: str, values: object, *, maximum: int) -> list[str] | None:
    if values is None:
        return None
    if isinstance(values, str | bytes | Mapping) or not isinstance(values, Iterable):
        raise InvalidParameterTypeError(name, f"must be a list of strings, got {type(values).__name__}")
    texts = [check_text(name, value) for value in values]
    if len(texts) > maximum:
        raise InvalidParameterError(name, f"must hold at most {maximum} items, got {len(texts)}")
    return texts


def _bounded_text(name: str, value: object, maximum: int) -> str | None:
    text = check_optional_text(name, value)
    if text is not None and len(text) > maximum:
        raise InvalidParameterError(name, f"must be at most {maximum} characters, got {len(text)}")
    return text


def _search_key(value: object) -> str | None:
    text = check_optional_text("search_key", value)
    if text is not None and len(text) < MIN_SEARCH_KEY:
        raise InvalidParameterError("search_key", f"must be at least {MIN_SEARCH_KEY} characters, got {len(text)}")
    return text


def _webhook_replay_body(webhook_url: object, request: object) -> RetryRunWebhookRequest | None:
    """The optional body of retry_run_webhook, from our keyword or the official client's `request=`."""
    from skyvern_generated.models import RetryRunWebhookRequest

    if request is None:
        url = check_optional_text("webhook_url", webhook_url)
        return None if url is None else RetryRunWebhookRequest(webhook_url=url)
    if webhook_url is not None:
        raise InvalidParameterError("request", "and webhook_url say the same: give one of them")
    if isinstance(request, RetryRunWebhookRequest):
        fields = request.to_dict()
    elif isinstance(request, Mapping):
        fields = dict(check_mapping("request", request) or {})
    else:
        raise InvalidParameterTypeError(
            "request", f"must be a RetryRunWebhookRequest or a dict, got {type(request).__name__}"
        )
    unknown = sorted(set(fields) - {"webhook_url"})
    if unknown:
        raise InvalidParameterError("request", "takes only webhook_url")
    url = check_optional_text("request.webhook_url", fields.get("webhook_url"))
    return None if url is None else RetryRunWebhookRequest(webhook_url=url)


def _extraction_schema(value: object) -> dict[str, Any] | str | None:
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, Mapping):
        return check_mapping("data_extraction_schema", value)
    raise InvalidParameterTypeError(
        "data_extraction_schema", f"must be a dict (a JSON Schema) or its JSON text, got {type(value).__name__}"
    )


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


class ArtifactsResource(SyncResource):
    """`client.artifacts.get_artifact_content`, where the official client files it."""

    def get_artifact_content(
        self, artifact_id: str, *, request_options: RequestOptions | Mapping[str, Any] | None = None
    ) -> bytes:
        """The stored content of an artifact, as bytes: a screenshot's PNG, a page's HTML, an LLM prompt's JSON.

        The official client decodes the answer as JSON, which fails for anything but a JSON artifact; this
        returns the bytes as the server sends them (its `Content-Type` says what they are). A `Range` header
        in `request_options` asks for part of them (the server answers 206 with those bytes).

        Args:
            artifact_id: the artifact (`a_...`), from `get_run_artifacts`.
            request_options: per-call timeout, retries and headers.

        Returns:
            The artifact's bytes (with a `Range` header, the requested part).

        Raises:
            NotFoundError: no artifact with this id, or its content is not stored.
        """
        return cast("bytes", self._call("get_artifact_content", request_options, check_id("artifact_id", artifact_id)))
