"""`Skyvern`: every method of the SDK reference as a plain blocking call.

Each method checks its input, hands a generated request model to the generated endpoint function
(skyvern_generated.api.*), which sends it through this client's Transport, and returns the
generated response model. Endpoint modules are imported on first use, so importing skyvern_sync
stays cheap.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, TypeAlias, TypeVar, cast

from skyvern_sync import _constants as defaults
from skyvern_sync import polling
from skyvern_sync.environment import SkyvernEnvironment
from skyvern_sync.schemas.runs import RunEngine
from skyvern_sync.transport import Transport
from skyvern_sync.validation import (
    check_browser_session_timeout,
    check_credential,
    check_engine,
    check_login,
    check_one_definition,
    check_text,
    check_timeout,
    wire_value,
)

if TYPE_CHECKING:
    from skyvern_generated.models import (
        Artifact,
        BrowserProfile,
        BrowserSessionResponse,
        CredentialResponse,
        RunWebhookReplayResponse,
        TaskRunResponse,
        TOTPCode,
        Unrecognized,
        Workflow,
        WorkflowRunResponse,
        WorkflowRunTimeline,
    )
    from skyvern_generated.types import Response

    from skyvern_sync.options import RequestOptions
    from skyvern_sync.types import UploadFileResponse

    GetRunResponse: TypeAlias = TaskRunResponse | WorkflowRunResponse | Unrecognized
    Options: TypeAlias = RequestOptions | Mapping[str, Any] | None

T = TypeVar("T")


def _present(**fields: Any) -> dict[str, Any]:
    """The fields the caller set: None means "not sent", as in the reference.

    Also how optional arguments reach generated functions (`**_present(...)`): one left out gets
    the generated default, UNSET, without importing the generated layer to name it.
    """
    return {key: value for key, value in fields.items() if value is not None}


def _parsed(response: Response[Any], kind: type[T]) -> T:
    # The transport raised for every error status, so a 2xx body is the only thing left.
    value = response.parsed
    if not isinstance(value, kind):
        raise TypeError(f"expected {kind.__name__} from the server, got {type(value).__name__}")
    return value


def _parsed_list(response: Response[Any], kind: type[T]) -> list[T]:
    value = response.parsed
    if not isinstance(value, list):
        raise TypeError(f"expected a list of {kind.__name__} from the server, got {type(value).__name__}")
    return cast(list[T], value)


class Skyvern:
    """A blocking Skyvern client. One instance is safe to share between threads.

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
        if not isinstance(api_key, str) or not api_key.strip():
            raise ValueError("api_key must be a non-empty string")
        if timeout is not None and not timeout > 0:
            raise ValueError(f"timeout must be positive seconds, got {timeout!r}")
        self._transport = Transport(base_url=base_url or environment.value, api_key=api_key, timeout=timeout)

    @classmethod
    def local(cls, env_file: str | os.PathLike[str] = ".env", timeout: float | None = None) -> Skyvern:
        """A client for a local Skyvern server, from the environment and `.env`.

        `SKYVERN_API_KEY` and `SKYVERN_BASE_URL` (default http://localhost:8000); variables already
        in the environment win over the file.
        """
        values = _read_env_file(Path(env_file))
        values.update({k: v for k, v in os.environ.items() if k.startswith("SKYVERN_")})
        api_key = values.get("SKYVERN_API_KEY")
        if not api_key:
            raise ValueError("Skyvern.local() needs SKYVERN_API_KEY in the environment or in .env")
        return cls(api_key, base_url=values.get("SKYVERN_BASE_URL") or defaults.LOCAL_BASE_URL, timeout=timeout)

    @property
    def base_url(self) -> str:
        return self._transport.base_url

    def __repr__(self) -> str:
        return f"Skyvern(base_url={self.base_url!r})"

    def close(self) -> None:
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
        proxy_location: Any = None,
        webhook_url: str | None = None,
        error_code_mapping: dict[str, str] | None = None,
        totp_identifier: str | None = None,
        totp_url: str | None = None,
        title: str | None = None,
        user_agent: str | None = None,
        extra_http_headers: dict[str, str] | None = None,
        browser_address: str | None = None,
        request_options: Options = None,
    ) -> TaskRunResponse:
        """Start a task; with `wait_for_completion`, return it once it has finished."""
        from skyvern_generated.api.runs import run_task as op
        from skyvern_generated.models import TaskRunRequest, TaskRunResponse

        check_text("prompt", prompt)
        wire_engine = check_engine(engine)
        if wait_for_completion:
            check_timeout(timeout)
        if max_steps is not None and (not isinstance(max_steps, int) or max_steps < 1):
            raise ValueError(f"max_steps must be a positive int, got {max_steps!r}")
        body = TaskRunRequest.from_dict(
            _present(
                prompt=prompt, url=url, engine=wire_engine, max_steps=max_steps,
                data_extraction_schema=data_extraction_schema, browser_session_id=browser_session_id,
                publish_workflow=publish_workflow, proxy_location=wire_value(proxy_location), webhook_url=webhook_url,
                error_code_mapping=error_code_mapping, totp_identifier=totp_identifier, totp_url=totp_url,
                title=title, extra_http_headers=extra_http_headers, browser_address=browser_address,
            )
        )  # fmt: skip
        sender = self._transport.bind(request_options)
        response = op.sync_detailed(client=sender, body=body, **_present(x_user_agent=user_agent or None))
        run = _parsed(response, TaskRunResponse)
        if wait_for_completion:
            return cast(
                "TaskRunResponse", self.wait_for_run(run.run_id, timeout=timeout, request_options=request_options)
            )
        return run

    def get_run(self, run_id: str, request_options: Options = None) -> GetRunResponse:
        """Status and results of any run (task or workflow)."""
        return self._get_run_detailed(run_id, request_options)[0]

    def _get_run_detailed(
        self, run_id: str, request_options: Options = None
    ) -> tuple[GetRunResponse, Mapping[str, str]]:
        from skyvern_generated.api.runs import get_run as op

        check_text("run_id", run_id)
        response = op.sync_detailed(run_id, client=self._transport.bind(request_options))
        return cast("GetRunResponse", response.parsed), response.headers

    def wait_for_run(
        self, run_id: str, timeout: float = defaults.RUN_TIMEOUT, request_options: Options = None
    ) -> GetRunResponse:
        """Block until the run finishes (completed, failed, terminated, timed_out or canceled).

        Past `timeout` seconds raise `RunWaitTimeout`, a TimeoutError carrying `run_id`: the run goes
        on, so wait again or `cancel_run` it.
        """
        check_text("run_id", run_id)
        check_timeout(timeout)
        return polling.wait_for_run(lambda rid: self._get_run_detailed(rid, request_options), run_id, timeout=timeout)

    def wait_for_runs(
        self, run_ids: Iterable[str], timeout: float = defaults.RUN_TIMEOUT, request_options: Options = None
    ) -> dict[str, GetRunResponse]:
        """Wait for many runs on this one thread; returns each finished run by id."""
        ids = list(run_ids)
        for run_id in ids:
            check_text("run_ids", run_id)
        check_timeout(timeout)
        return polling.wait_for_runs(lambda rid: self._get_run_detailed(rid, request_options), ids, timeout=timeout)

    def cancel_run(self, run_id: str, request_options: Options = None) -> None:
        from skyvern_generated.api.runs import cancel_run as op

        check_text("run_id", run_id)
        op.sync_detailed(run_id, client=self._transport.bind(request_options))

    def get_run_timeline(self, run_id: str, request_options: Options = None) -> list[WorkflowRunTimeline]:
        from skyvern_generated.api.runs import get_run_timeline as op
        from skyvern_generated.models import WorkflowRunTimeline

        check_text("run_id", run_id)
        return _parsed_list(op.sync_detailed(run_id, client=self._transport.bind(request_options)), WorkflowRunTimeline)

    def get_run_artifacts(
        self, run_id: str, artifact_type: Any = None, request_options: Options = None
    ) -> list[Artifact]:
        from skyvern_generated.api.runs import get_run_artifacts as op
        from skyvern_generated.models import Artifact, ArtifactType

        check_text("run_id", run_id)
        types: list[ArtifactType] | None = None
        if artifact_type is not None:
            items = [artifact_type] if isinstance(artifact_type, str) else list(artifact_type)
            types = [ArtifactType(str(item)) for item in items]
        response = op.sync_detailed(
            run_id, client=self._transport.bind(request_options), **_present(artifact_type=types)
        )
        return _parsed_list(response, Artifact)

    def get_artifact(self, artifact_id: str, request_options: Options = None) -> Artifact:
        from skyvern_generated.api.runs import get_artifact as op
        from skyvern_generated.models import Artifact

        check_text("artifact_id", artifact_id)
        return _parsed(op.sync_detailed(artifact_id, client=self._transport.bind(request_options)), Artifact)

    def retry_run_webhook(self, run_id: str, request_options: Options = None) -> RunWebhookReplayResponse:
        from skyvern_generated.api.runs import retry_run_webhook as op
        from skyvern_generated.models import RunWebhookReplayResponse

        check_text("run_id", run_id)
        response = op.sync_detailed(run_id, client=self._transport.bind(request_options))
        return _parsed(response, RunWebhookReplayResponse)

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
        proxy_location: Any = None,
        max_steps_override: int | None = None,
        webhook_url: str | None = None,
        title: str | None = None,
        template: bool | None = None,
        totp_identifier: str | None = None,
        totp_url: str | None = None,
        user_agent: str | None = None,
        extra_http_headers: dict[str, str] | None = None,
        browser_address: str | None = None,
        request_options: Options = None,
    ) -> WorkflowRunResponse:
        from skyvern_generated.api.workflows import run_workflow as op
        from skyvern_generated.models import WorkflowRunRequest, WorkflowRunResponse

        check_text("workflow_id", workflow_id)
        if wait_for_completion:
            check_timeout(timeout)
        body = WorkflowRunRequest.from_dict(
            _present(
                agent_id=workflow_id, parameters=parameters, run_with=run_with, ai_fallback=ai_fallback,
                browser_session_id=browser_session_id, browser_profile_id=browser_profile_id,
                proxy_location=wire_value(proxy_location), webhook_url=webhook_url, title=title,
                totp_identifier=totp_identifier, totp_url=totp_url, extra_http_headers=extra_http_headers,
                browser_address=browser_address,
            )
        )  # fmt: skip
        response = op.sync_detailed(
            client=self._transport.bind(request_options),
            body=body,
            **_present(template=template, x_max_steps_override=max_steps_override, x_user_agent=user_agent or None),
        )
        run = _parsed(response, WorkflowRunResponse)
        if wait_for_completion:
            return cast(
                "WorkflowRunResponse", self.wait_for_run(run.run_id, timeout=timeout, request_options=request_options)
            )
        return run

    def create_workflow(
        self,
        json_definition: dict[str, Any] | None = None,
        yaml_definition: str | None = None,
        folder_id: str | None = None,
        request_options: Options = None,
    ) -> Workflow:
        from skyvern_generated.api.workflows import create_workflow as op
        from skyvern_generated.models import Workflow, WorkflowRequest

        check_one_definition(json_definition, yaml_definition)
        body = WorkflowRequest.from_dict(_present(json_definition=json_definition, yaml_definition=yaml_definition))
        response = op.sync_detailed(
            client=self._transport.bind(request_options), body=body, **_present(folder_id=folder_id or None)
        )
        return _parsed(response, Workflow)

    def get_workflows(
        self,
        page: int | None = None,
        page_size: int | None = None,
        only_saved_tasks: bool | None = None,
        only_workflows: bool | None = None,
        title: str | None = None,
        search_key: str | None = None,
        folder_id: str | None = None,
        status: Any = None,
        request_options: Options = None,
    ) -> list[Workflow]:
        from skyvern_generated.api.workflows import get_workflows as op
        from skyvern_generated.models import Workflow, WorkflowStatus

        statuses: list[WorkflowStatus] | None = None
        if status is not None:
            statuses = [WorkflowStatus(str(s)) for s in ([status] if isinstance(status, str) else status)]
        query = _present(
            page=page, page_size=page_size, only_saved_tasks=only_saved_tasks, only_workflows=only_workflows,
            title=title, search_key=search_key, folder_id=folder_id, status=statuses,
        )  # fmt: skip
        response = op.sync_detailed(client=self._transport.bind(request_options), **query)
        return _parsed_list(response, Workflow)

    def get_workflow(
        self,
        workflow_permanent_id: str,
        version: int | None = None,
        template: bool | None = None,
        request_options: Options = None,
    ) -> Workflow:
        from skyvern_generated.api.workflows import get_workflow as op
        from skyvern_generated.models import Workflow

        check_text("workflow_permanent_id", workflow_permanent_id)
        response = op.sync_detailed(
            workflow_permanent_id,
            client=self._transport.bind(request_options),
            **_present(version=version, template=template),
        )
        return _parsed(response, Workflow)

    def get_workflow_versions(
        self, workflow_permanent_id: str, template: bool | None = None, request_options: Options = None
    ) -> list[Workflow]:
        from skyvern_generated.api.workflows import get_workflow_versions as op
        from skyvern_generated.models import Workflow

        check_text("workflow_permanent_id", workflow_permanent_id)
        response = op.sync_detailed(
            workflow_permanent_id, client=self._transport.bind(request_options), **_present(template=template)
        )
        return _parsed_list(response, Workflow)

    def update_workflow(
        self,
        workflow_id: str,
        json_definition: dict[str, Any] | None = None,
        yaml_definition: str | None = None,
        request_options: Options = None,
    ) -> Workflow:
        """Save a new version of a workflow.

        The reference says `workflow_id` is the version id (`w_...`); Skyvern 1.0.56 answers 404
        for that and needs the permanent id (`wpid_...`), which is what to pass.
        """
        from skyvern_generated.api.workflows import update_workflow as op
        from skyvern_generated.models import Workflow, WorkflowRequest

        check_text("workflow_id", workflow_id)
        check_one_definition(json_definition, yaml_definition)
        body = WorkflowRequest.from_dict(_present(json_definition=json_definition, yaml_definition=yaml_definition))
        return _parsed(op.sync_detailed(workflow_id, client=self._transport.bind(request_options), body=body), Workflow)

    def delete_workflow(self, workflow_id: str, request_options: Options = None) -> None:
        """Delete a workflow by its permanent id (`wpid_...`).

        Skyvern 1.0.56 answers 200 and deletes nothing for a version id or an unknown id, so a
        `w_...` id is refused here before anything is sent.
        """
        from skyvern_generated.api.workflows import delete_workflow as op

        check_text("workflow_id", workflow_id)
        if workflow_id.startswith("w_"):
            raise ValueError(
                f"workflow_id {workflow_id!r} is a version id; delete_workflow needs the permanent id (wpid_...)"
            )
        op.sync_detailed(workflow_id, client=self._transport.bind(request_options))

    # -- browser sessions ------------------------------------------------------------------------

    def create_browser_session(
        self,
        timeout: int | None = 60,
        proxy_location: Any = None,
        extensions: list[Any] | None = None,
        browser_type: Any = None,
        request_options: Options = None,
    ) -> BrowserSessionResponse:
        from skyvern_generated.api.browser_sessions import create_browser_session as op
        from skyvern_generated.models import BrowserSessionResponse, CreateBrowserSessionRequest

        check_browser_session_timeout(timeout)
        body = CreateBrowserSessionRequest.from_dict(
            _present(
                timeout=timeout, proxy_location=wire_value(proxy_location),
                extensions=[wire_value(e) for e in extensions] if extensions is not None else None,
                browser_type=wire_value(browser_type),
            )
        )  # fmt: skip
        return _parsed(
            op.sync_detailed(client=self._transport.bind(request_options), body=body), BrowserSessionResponse
        )

    def get_browser_session(self, browser_session_id: str, request_options: Options = None) -> BrowserSessionResponse:
        from skyvern_generated.api.browser_sessions import get_browser_session as op
        from skyvern_generated.models import BrowserSessionResponse

        check_text("browser_session_id", browser_session_id)
        response = op.sync_detailed(browser_session_id, client=self._transport.bind(request_options))
        return _parsed(response, BrowserSessionResponse)

    def get_browser_sessions(self, request_options: Options = None) -> list[BrowserSessionResponse]:
        from skyvern_generated.api.browser_sessions import get_browser_sessions as op
        from skyvern_generated.models import BrowserSessionResponse

        return _parsed_list(op.sync_detailed(client=self._transport.bind(request_options)), BrowserSessionResponse)

    def close_browser_session(self, browser_session_id: str, request_options: Options = None) -> None:
        from skyvern_generated.api.browser_sessions import close_browser_session as op

        check_text("browser_session_id", browser_session_id)
        op.sync_detailed(browser_session_id, client=self._transport.bind(request_options))

    # -- browser profiles ------------------------------------------------------------------------

    def create_browser_profile(
        self,
        name: str,
        description: str | None = None,
        workflow_run_id: str | None = None,
        browser_session_id: str | None = None,
        request_options: Options = None,
    ) -> BrowserProfile:
        from skyvern_generated.api.browser_profiles import create_browser_profile as op
        from skyvern_generated.models import BrowserProfile, CreateBrowserProfileRequest

        check_text("name", name)
        if workflow_run_id is not None and browser_session_id is not None:
            raise ValueError("pass workflow_run_id or browser_session_id, not both")
        body = CreateBrowserProfileRequest.from_dict(
            _present(name=name, description=description, workflow_run_id=workflow_run_id,
                     browser_session_id=browser_session_id)
        )  # fmt: skip
        return _parsed(op.sync_detailed(client=self._transport.bind(request_options), body=body), BrowserProfile)

    def list_browser_profiles(
        self, include_deleted: bool | None = None, request_options: Options = None
    ) -> list[BrowserProfile]:
        from skyvern_generated.api.browser_profiles import list_browser_profiles as op
        from skyvern_generated.models import BrowserProfile

        response = op.sync_detailed(
            client=self._transport.bind(request_options), **_present(include_deleted=include_deleted)
        )
        return _parsed_list(response, BrowserProfile)

    def get_browser_profile(self, profile_id: str, request_options: Options = None) -> BrowserProfile:
        from skyvern_generated.api.browser_profiles import get_browser_profile as op
        from skyvern_generated.models import BrowserProfile

        check_text("profile_id", profile_id)
        return _parsed(op.sync_detailed(profile_id, client=self._transport.bind(request_options)), BrowserProfile)

    def delete_browser_profile(self, profile_id: str, request_options: Options = None) -> None:
        from skyvern_generated.api.browser_profiles import delete_browser_profile as op

        check_text("profile_id", profile_id)
        op.sync_detailed(profile_id, client=self._transport.bind(request_options))

    # -- credentials -----------------------------------------------------------------------------

    def create_credential(
        self, name: str, credential_type: Any, credential: dict[str, Any], request_options: Options = None
    ) -> CredentialResponse:
        from skyvern_generated.api.credentials import create_credential as op
        from skyvern_generated.models import CreateCredentialRequest, CredentialResponse

        check_text("name", name)
        kind = check_credential(credential_type, credential)
        body = CreateCredentialRequest.from_dict({"name": name, "credential_type": kind, "credential": credential})
        return _parsed(op.sync_detailed(client=self._transport.bind(request_options), body=body), CredentialResponse)

    def get_credentials(
        self, page: int | None = None, page_size: int | None = None, request_options: Options = None
    ) -> list[CredentialResponse]:
        from skyvern_generated.api.credentials import get_credentials as op
        from skyvern_generated.models import CredentialResponse

        response = op.sync_detailed(
            client=self._transport.bind(request_options), **_present(page=page, page_size=page_size)
        )
        return _parsed_list(response, CredentialResponse)

    def get_credential(self, credential_id: str, request_options: Options = None) -> CredentialResponse:
        from skyvern_generated.api.credentials import get_credential as op
        from skyvern_generated.models import CredentialResponse

        check_text("credential_id", credential_id)
        return _parsed(
            op.sync_detailed(credential_id, client=self._transport.bind(request_options)), CredentialResponse
        )

    def delete_credential(self, credential_id: str, request_options: Options = None) -> None:
        from skyvern_generated.api.credentials import delete_credential as op

        check_text("credential_id", credential_id)
        op.sync_detailed(credential_id, client=self._transport.bind(request_options))

    def send_totp_code(
        self,
        totp_identifier: str,
        content: str,
        task_id: str | None = None,
        workflow_id: str | None = None,
        workflow_run_id: str | None = None,
        source: str | None = None,
        expired_at: dt.datetime | None = None,
        request_options: Options = None,
    ) -> TOTPCode:
        from skyvern_generated.api.credentials import send_totp_code as op
        from skyvern_generated.models import TOTPCode, TOTPCodeCreate

        check_text("totp_identifier", totp_identifier)
        check_text("content", content)
        body = TOTPCodeCreate.from_dict(
            _present(
                totp_identifier=totp_identifier, content=content, task_id=task_id, workflow_id=workflow_id,
                workflow_run_id=workflow_run_id, source=source,
                expired_at=expired_at.isoformat() if expired_at is not None else None,
            )
        )  # fmt: skip
        return _parsed(op.sync_detailed(client=self._transport.bind(request_options), body=body), TOTPCode)

    # -- helpers ---------------------------------------------------------------------------------

    def login(
        self,
        credential_type: Any,
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
        request_options: Options = None,
    ) -> WorkflowRunResponse:
        from skyvern_generated.api.runs import login as op
        from skyvern_generated.models import LoginRequest, WorkflowRunResponse

        fields = _present(
            url=url, credential_id=credential_id, prompt=prompt, browser_session_id=browser_session_id,
            bitwarden_collection_id=bitwarden_collection_id, bitwarden_item_id=bitwarden_item_id,
            onepassword_vault_id=onepassword_vault_id, onepassword_item_id=onepassword_item_id,
            azure_vault_name=azure_vault_name, azure_vault_username_key=azure_vault_username_key,
            azure_vault_password_key=azure_vault_password_key, azure_vault_totp_secret_key=azure_vault_totp_secret_key,
        )  # fmt: skip
        kind = check_login(credential_type, fields)
        if wait_for_completion:
            check_timeout(timeout)
        body = LoginRequest.from_dict({"credential_type": kind, **fields})
        run = _parsed(op.sync_detailed(client=self._transport.bind(request_options), body=body), WorkflowRunResponse)
        if wait_for_completion:
            return cast(
                "WorkflowRunResponse", self.wait_for_run(run.run_id, timeout=timeout, request_options=request_options)
            )
        return run

    def download_files(
        self,
        navigation_goal: str,
        url: str | None = None,
        browser_session_id: str | None = None,
        browser_profile_id: str | None = None,
        download_suffix: str | None = None,
        download_timeout: float | None = None,
        max_steps_per_run: int | None = None,
        request_options: Options = None,
    ) -> WorkflowRunResponse:
        """Start a download run. No `wait_for_completion` (as in the reference): use `wait_for_run`."""
        from skyvern_generated.api.runs import download_files as op
        from skyvern_generated.models import DownloadFilesRequest, WorkflowRunResponse

        check_text("navigation_goal", navigation_goal)
        body = DownloadFilesRequest.from_dict(
            _present(
                navigation_goal=navigation_goal, url=url, browser_session_id=browser_session_id,
                browser_profile_id=browser_profile_id, download_suffix=download_suffix,
                download_timeout=download_timeout, max_steps_per_run=max_steps_per_run,
            )
        )  # fmt: skip
        return _parsed(op.sync_detailed(client=self._transport.bind(request_options), body=body), WorkflowRunResponse)

    def upload_file(self, file: IO[bytes], request_options: Options = None) -> UploadFileResponse:
        """Upload a file (an open binary file); the result has `s3uri` and `presigned_url`."""
        from skyvern_generated.api.files import upload_file as op
        from skyvern_generated.models import UploadFileBody
        from skyvern_generated.types import File

        from skyvern_sync.types import UploadFileResponse

        if not hasattr(file, "read"):
            raise TypeError(f"file must be an open binary file, got {type(file).__name__}")
        name = os.path.basename(str(getattr(file, "name", "") or "upload")) or "upload"
        body = UploadFileBody(file=File(payload=cast(Any, file), file_name=name))
        response = op.sync_detailed(client=self._transport.bind(request_options), body=body)
        # the reference promises `s3uri` where the wire says `s3_uri`: parse into the facade's subclass
        return UploadFileResponse.from_dict(json.loads(response.content))


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
