from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.browser_seed_source import BrowserSeedSource
from ..models.run_status import RunStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.browser_settings_receipt import BrowserSettingsReceipt
    from ..models.file_info import FileInfo
    from ..models.script_run_response import ScriptRunResponse
    from ..models.workflow_run_attempt import WorkflowRunAttempt
    from ..models.workflow_run_request_output import WorkflowRunRequestOutput


T = TypeVar("T", bound="WorkflowRunResponse")


@_attrs_define
class WorkflowRunResponse:
    run_id: str
    """ Unique identifier for this run. Run ID starts with `tsk_` for task runs and `wr_` for workflow runs. """
    status: RunStatus
    created_at: datetime.datetime
    """ Timestamp when this run was created """
    modified_at: datetime.datetime
    """ Timestamp when this run was last modified """
    run_type: Literal["workflow_run"]
    """ Type of run - always workflow_run for workflow runs """
    output: Any | list[Any] | None | str | Unset = UNSET
    """ Output data from the run, if any. Format/schema depends on the data extracted by the run. """
    downloaded_files: list[FileInfo] | None | Unset = UNSET
    """ List of files downloaded during the run """
    recording_url: None | str | Unset = UNSET
    """ URL to the recording of the run """
    recording_archived: bool | Unset = False
    """ True when the recording exists but has been archived to cold storage and is not currently accessible. """
    screenshot_urls: list[str] | None | Unset = UNSET
    """ List of last n screenshot URLs in reverse chronological order - the first one the list is the latest
    screenshot. """
    failure_reason: None | str | Unset = UNSET
    """ Reason for failure if the run failed or terminated """
    queued_at: datetime.datetime | None | Unset = UNSET
    """ Timestamp when this run was queued """
    started_at: datetime.datetime | None | Unset = UNSET
    """ Timestamp when this run started execution """
    finished_at: datetime.datetime | None | Unset = UNSET
    """ Timestamp when this run finished """
    app_url: None | str | Unset = UNSET
    """ URL to the application UI where the run can be viewed """
    browser_session_id: None | str | Unset = UNSET
    """ ID of the Skyvern persistent browser session used for this run """
    browser_profile_id: None | str | Unset = UNSET
    """ ID of the browser profile used for this run """
    max_screenshot_scrolls: int | None | Unset = UNSET
    """ The maximum number of scrolls for the post action screenshot. When it's None or 0, it takes the current
    viewpoint screenshot """
    script_run: None | ScriptRunResponse | Unset = UNSET
    """ The script run result """
    errors: list[Any] | None | Unset = UNSET
    """ The errors for the run """
    step_count: int | None | Unset = UNSET
    """ Total number of steps executed in this run """
    attempt: int | Unset = 1
    """ One-based number of the current workflow run attempt """
    retry_pending: bool | Unset = False
    """ Whether another attempt is scheduled for this workflow run """
    next_attempt_at: datetime.datetime | None | Unset = UNSET
    """ Timestamp when the next workflow run attempt is scheduled """
    attempts: list[WorkflowRunAttempt] | Unset = UNSET
    """ Attempts recorded for this workflow run """
    run_with: str | Unset = "agent"
    """ Whether the workflow run was executed with agent or code """
    ai_fallback: bool | None | Unset = UNSET
    """ Whether to fallback to AI if code run fails. """
    script_id: None | str | Unset = UNSET
    """ ID of the cached script used for this workflow run, if any. """
    browser_seed_source: BrowserSeedSource | None | Unset = UNSET
    """ Which layer of the seed-precedence chain seeded this run's browser (provenance). """
    browser_settings_receipt: BrowserSettingsReceipt | None | Unset = UNSET
    """ The timezone the run's browser reported against the one its workflow version requested. Null when the
    version requests no browser settings or the browser has not been measured yet. """
    run_request: None | Unset | WorkflowRunRequestOutput = UNSET
    """ The original request parameters used to start this workflow run """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.browser_settings_receipt import BrowserSettingsReceipt
        from ..models.script_run_response import ScriptRunResponse
        from ..models.workflow_run_request_output import WorkflowRunRequestOutput

        run_id = self.run_id

        status = self.status.value

        created_at = self.created_at.isoformat()

        modified_at = self.modified_at.isoformat()

        run_type = self.run_type

        output: Any | list[Any] | None | str | Unset
        if isinstance(self.output, Unset):
            output = UNSET
        elif isinstance(self.output, list):
            output = self.output

        else:
            output = self.output

        downloaded_files: list[dict[str, Any]] | None | Unset
        if isinstance(self.downloaded_files, Unset):
            downloaded_files = UNSET
        elif isinstance(self.downloaded_files, list):
            downloaded_files = []
            for downloaded_files_type_0_item_data in self.downloaded_files:
                downloaded_files_type_0_item = (
                    downloaded_files_type_0_item_data.to_dict()
                )
                downloaded_files.append(downloaded_files_type_0_item)

        else:
            downloaded_files = self.downloaded_files

        recording_url: None | str | Unset
        if isinstance(self.recording_url, Unset):
            recording_url = UNSET
        else:
            recording_url = self.recording_url

        recording_archived = self.recording_archived

        screenshot_urls: list[str] | None | Unset
        if isinstance(self.screenshot_urls, Unset):
            screenshot_urls = UNSET
        elif isinstance(self.screenshot_urls, list):
            screenshot_urls = self.screenshot_urls

        else:
            screenshot_urls = self.screenshot_urls

        failure_reason: None | str | Unset
        if isinstance(self.failure_reason, Unset):
            failure_reason = UNSET
        else:
            failure_reason = self.failure_reason

        queued_at: None | str | Unset
        if isinstance(self.queued_at, Unset):
            queued_at = UNSET
        elif isinstance(self.queued_at, datetime.datetime):
            queued_at = self.queued_at.isoformat()
        else:
            queued_at = self.queued_at

        started_at: None | str | Unset
        if isinstance(self.started_at, Unset):
            started_at = UNSET
        elif isinstance(self.started_at, datetime.datetime):
            started_at = self.started_at.isoformat()
        else:
            started_at = self.started_at

        finished_at: None | str | Unset
        if isinstance(self.finished_at, Unset):
            finished_at = UNSET
        elif isinstance(self.finished_at, datetime.datetime):
            finished_at = self.finished_at.isoformat()
        else:
            finished_at = self.finished_at

        app_url: None | str | Unset
        if isinstance(self.app_url, Unset):
            app_url = UNSET
        else:
            app_url = self.app_url

        browser_session_id: None | str | Unset
        if isinstance(self.browser_session_id, Unset):
            browser_session_id = UNSET
        else:
            browser_session_id = self.browser_session_id

        browser_profile_id: None | str | Unset
        if isinstance(self.browser_profile_id, Unset):
            browser_profile_id = UNSET
        else:
            browser_profile_id = self.browser_profile_id

        max_screenshot_scrolls: int | None | Unset
        if isinstance(self.max_screenshot_scrolls, Unset):
            max_screenshot_scrolls = UNSET
        else:
            max_screenshot_scrolls = self.max_screenshot_scrolls

        script_run: dict[str, Any] | None | Unset
        if isinstance(self.script_run, Unset):
            script_run = UNSET
        elif isinstance(self.script_run, ScriptRunResponse):
            script_run = self.script_run.to_dict()
        else:
            script_run = self.script_run

        errors: list[Any] | None | Unset
        if isinstance(self.errors, Unset):
            errors = UNSET
        elif isinstance(self.errors, list):
            errors = self.errors

        else:
            errors = self.errors

        step_count: int | None | Unset
        if isinstance(self.step_count, Unset):
            step_count = UNSET
        else:
            step_count = self.step_count

        attempt = self.attempt

        retry_pending = self.retry_pending

        next_attempt_at: None | str | Unset
        if isinstance(self.next_attempt_at, Unset):
            next_attempt_at = UNSET
        elif isinstance(self.next_attempt_at, datetime.datetime):
            next_attempt_at = self.next_attempt_at.isoformat()
        else:
            next_attempt_at = self.next_attempt_at

        attempts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attempts, Unset):
            attempts = []
            for attempts_item_data in self.attempts:
                attempts_item = attempts_item_data.to_dict()
                attempts.append(attempts_item)

        run_with = self.run_with

        ai_fallback: bool | None | Unset
        if isinstance(self.ai_fallback, Unset):
            ai_fallback = UNSET
        else:
            ai_fallback = self.ai_fallback

        script_id: None | str | Unset
        if isinstance(self.script_id, Unset):
            script_id = UNSET
        else:
            script_id = self.script_id

        browser_seed_source: None | str | Unset
        if isinstance(self.browser_seed_source, Unset):
            browser_seed_source = UNSET
        elif isinstance(self.browser_seed_source, BrowserSeedSource):
            browser_seed_source = self.browser_seed_source.value
        else:
            browser_seed_source = self.browser_seed_source

        browser_settings_receipt: dict[str, Any] | None | Unset
        if isinstance(self.browser_settings_receipt, Unset):
            browser_settings_receipt = UNSET
        elif isinstance(self.browser_settings_receipt, BrowserSettingsReceipt):
            browser_settings_receipt = self.browser_settings_receipt.to_dict()
        else:
            browser_settings_receipt = self.browser_settings_receipt

        run_request: dict[str, Any] | None | Unset
        if isinstance(self.run_request, Unset):
            run_request = UNSET
        elif isinstance(self.run_request, WorkflowRunRequestOutput):
            run_request = self.run_request.to_dict()
        else:
            run_request = self.run_request

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "run_id": run_id,
                "status": status,
                "created_at": created_at,
                "modified_at": modified_at,
                "run_type": run_type,
            }
        )
        if output is not UNSET:
            field_dict["output"] = output
        if downloaded_files is not UNSET:
            field_dict["downloaded_files"] = downloaded_files
        if recording_url is not UNSET:
            field_dict["recording_url"] = recording_url
        if recording_archived is not UNSET:
            field_dict["recording_archived"] = recording_archived
        if screenshot_urls is not UNSET:
            field_dict["screenshot_urls"] = screenshot_urls
        if failure_reason is not UNSET:
            field_dict["failure_reason"] = failure_reason
        if queued_at is not UNSET:
            field_dict["queued_at"] = queued_at
        if started_at is not UNSET:
            field_dict["started_at"] = started_at
        if finished_at is not UNSET:
            field_dict["finished_at"] = finished_at
        if app_url is not UNSET:
            field_dict["app_url"] = app_url
        if browser_session_id is not UNSET:
            field_dict["browser_session_id"] = browser_session_id
        if browser_profile_id is not UNSET:
            field_dict["browser_profile_id"] = browser_profile_id
        if max_screenshot_scrolls is not UNSET:
            field_dict["max_screenshot_scrolls"] = max_screenshot_scrolls
        if script_run is not UNSET:
            field_dict["script_run"] = script_run
        if errors is not UNSET:
            field_dict["errors"] = errors
        if step_count is not UNSET:
            field_dict["step_count"] = step_count
        if attempt is not UNSET:
            field_dict["attempt"] = attempt
        if retry_pending is not UNSET:
            field_dict["retry_pending"] = retry_pending
        if next_attempt_at is not UNSET:
            field_dict["next_attempt_at"] = next_attempt_at
        if attempts is not UNSET:
            field_dict["attempts"] = attempts
        if run_with is not UNSET:
            field_dict["run_with"] = run_with
        if ai_fallback is not UNSET:
            field_dict["ai_fallback"] = ai_fallback
        if script_id is not UNSET:
            field_dict["script_id"] = script_id
        if browser_seed_source is not UNSET:
            field_dict["browser_seed_source"] = browser_seed_source
        if browser_settings_receipt is not UNSET:
            field_dict["browser_settings_receipt"] = browser_settings_receipt
        if run_request is not UNSET:
            field_dict["run_request"] = run_request

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.browser_settings_receipt import BrowserSettingsReceipt
        from ..models.file_info import FileInfo
        from ..models.script_run_response import ScriptRunResponse
        from ..models.workflow_run_attempt import WorkflowRunAttempt
        from ..models.workflow_run_request_output import WorkflowRunRequestOutput

        d = dict(src_dict)
        run_id = d.pop("run_id")

        status = RunStatus(d.pop("status"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        modified_at = datetime.datetime.fromisoformat(d.pop("modified_at"))

        run_type = cast(Literal["workflow_run"], d.pop("run_type"))
        if run_type != "workflow_run":
            raise ValueError(
                f"run_type must match const 'workflow_run', got '{run_type}'"
            )

        def _parse_output(data: object) -> Any | list[Any] | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                output_type_1 = cast(list[Any], data)

                return output_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Any | list[Any] | None | str | Unset, data)

        output = _parse_output(d.pop("output", UNSET))

        def _parse_downloaded_files(data: object) -> list[FileInfo] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                downloaded_files_type_0 = []
                _downloaded_files_type_0 = data
                for downloaded_files_type_0_item_data in _downloaded_files_type_0:
                    downloaded_files_type_0_item = FileInfo.from_dict(
                        downloaded_files_type_0_item_data
                    )

                    downloaded_files_type_0.append(downloaded_files_type_0_item)

                return downloaded_files_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[FileInfo] | None | Unset, data)

        downloaded_files = _parse_downloaded_files(d.pop("downloaded_files", UNSET))

        def _parse_recording_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        recording_url = _parse_recording_url(d.pop("recording_url", UNSET))

        recording_archived = d.pop("recording_archived", UNSET)

        def _parse_screenshot_urls(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                screenshot_urls_type_0 = cast(list[str], data)

                return screenshot_urls_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        screenshot_urls = _parse_screenshot_urls(d.pop("screenshot_urls", UNSET))

        def _parse_failure_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        failure_reason = _parse_failure_reason(d.pop("failure_reason", UNSET))

        def _parse_queued_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                queued_at_type_0 = datetime.datetime.fromisoformat(data)

                return queued_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        queued_at = _parse_queued_at(d.pop("queued_at", UNSET))

        def _parse_started_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                started_at_type_0 = datetime.datetime.fromisoformat(data)

                return started_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        started_at = _parse_started_at(d.pop("started_at", UNSET))

        def _parse_finished_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                finished_at_type_0 = datetime.datetime.fromisoformat(data)

                return finished_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        finished_at = _parse_finished_at(d.pop("finished_at", UNSET))

        def _parse_app_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        app_url = _parse_app_url(d.pop("app_url", UNSET))

        def _parse_browser_session_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        browser_session_id = _parse_browser_session_id(
            d.pop("browser_session_id", UNSET)
        )

        def _parse_browser_profile_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        browser_profile_id = _parse_browser_profile_id(
            d.pop("browser_profile_id", UNSET)
        )

        def _parse_max_screenshot_scrolls(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_screenshot_scrolls = _parse_max_screenshot_scrolls(
            d.pop("max_screenshot_scrolls", UNSET)
        )

        def _parse_script_run(data: object) -> None | ScriptRunResponse | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                script_run_type_0 = ScriptRunResponse.from_dict(data)

                return script_run_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ScriptRunResponse | Unset, data)

        script_run = _parse_script_run(d.pop("script_run", UNSET))

        def _parse_errors(data: object) -> list[Any] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                errors_type_0 = cast(list[Any], data)

                return errors_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Any] | None | Unset, data)

        errors = _parse_errors(d.pop("errors", UNSET))

        def _parse_step_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        step_count = _parse_step_count(d.pop("step_count", UNSET))

        attempt = d.pop("attempt", UNSET)

        retry_pending = d.pop("retry_pending", UNSET)

        def _parse_next_attempt_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                next_attempt_at_type_0 = datetime.datetime.fromisoformat(data)

                return next_attempt_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        next_attempt_at = _parse_next_attempt_at(d.pop("next_attempt_at", UNSET))

        _attempts = d.pop("attempts", UNSET)
        attempts: list[WorkflowRunAttempt] | Unset = UNSET
        if _attempts is not UNSET:
            attempts = []
            for attempts_item_data in _attempts:
                attempts_item = WorkflowRunAttempt.from_dict(attempts_item_data)

                attempts.append(attempts_item)

        run_with = d.pop("run_with", UNSET)

        def _parse_ai_fallback(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        ai_fallback = _parse_ai_fallback(d.pop("ai_fallback", UNSET))

        def _parse_script_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        script_id = _parse_script_id(d.pop("script_id", UNSET))

        def _parse_browser_seed_source(
            data: object,
        ) -> BrowserSeedSource | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                browser_seed_source_type_0 = BrowserSeedSource(data)

                return browser_seed_source_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BrowserSeedSource | None | Unset, data)

        browser_seed_source = _parse_browser_seed_source(
            d.pop("browser_seed_source", UNSET)
        )

        def _parse_browser_settings_receipt(
            data: object,
        ) -> BrowserSettingsReceipt | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                browser_settings_receipt_type_0 = BrowserSettingsReceipt.from_dict(data)

                return browser_settings_receipt_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BrowserSettingsReceipt | None | Unset, data)

        browser_settings_receipt = _parse_browser_settings_receipt(
            d.pop("browser_settings_receipt", UNSET)
        )

        def _parse_run_request(data: object) -> None | Unset | WorkflowRunRequestOutput:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                run_request_type_0 = WorkflowRunRequestOutput.from_dict(data)

                return run_request_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WorkflowRunRequestOutput, data)

        run_request = _parse_run_request(d.pop("run_request", UNSET))

        workflow_run_response = cls(
            run_id=run_id,
            status=status,
            created_at=created_at,
            modified_at=modified_at,
            run_type=run_type,
            output=output,
            downloaded_files=downloaded_files,
            recording_url=recording_url,
            recording_archived=recording_archived,
            screenshot_urls=screenshot_urls,
            failure_reason=failure_reason,
            queued_at=queued_at,
            started_at=started_at,
            finished_at=finished_at,
            app_url=app_url,
            browser_session_id=browser_session_id,
            browser_profile_id=browser_profile_id,
            max_screenshot_scrolls=max_screenshot_scrolls,
            script_run=script_run,
            errors=errors,
            step_count=step_count,
            attempt=attempt,
            retry_pending=retry_pending,
            next_attempt_at=next_attempt_at,
            attempts=attempts,
            run_with=run_with,
            ai_fallback=ai_fallback,
            script_id=script_id,
            browser_seed_source=browser_seed_source,
            browser_settings_receipt=browser_settings_receipt,
            run_request=run_request,
        )

        workflow_run_response.additional_properties = d
        return workflow_run_response

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
