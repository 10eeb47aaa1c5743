from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.browser_session_response_source import BrowserSessionResponseSource
from ..models.extensions import Extensions
from ..models.persistent_browser_type import PersistentBrowserType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.browser_settings import BrowserSettings
    from ..models.browser_settings_receipt import BrowserSettingsReceipt
    from ..models.file_info import FileInfo


T = TypeVar("T", bound="BrowserSessionResponse")


@_attrs_define
class BrowserSessionResponse:
    """Response model for browser session information."""

    browser_session_id: str
    """ Unique identifier for the browser session. browser_session_id starts with `pbs_`. """
    organization_id: str
    """ ID of the organization that owns this session """
    created_at: datetime.datetime
    """ Timestamp when the session was created (the timestamp for the initial request) """
    modified_at: datetime.datetime
    """ Timestamp when the session was last modified """
    status: None | str | Unset = UNSET
    """ Current status of the browser session """
    runnable_type: None | str | Unset = UNSET
    """ Type of the current runnable associated with this session (workflow, task etc) """
    runnable_id: None | str | Unset = UNSET
    """ ID of the current runnable """
    timeout: int | None | Unset = UNSET
    """ Timeout in minutes for the session. Timeout is applied after the session is started. Defaults to 60 minutes.
    """
    browser_address: None | str | Unset = UNSET
    """ Url for connecting to the browser """
    app_url: None | str | Unset = UNSET
    """ Url for the browser session page """
    extensions: list[Extensions] | None | Unset = UNSET
    """ A list of extensions installed in the browser session. """
    browser_type: None | PersistentBrowserType | Unset = UNSET
    """ The type of browser used for the session. """
    browser_profile_id: None | str | Unset = UNSET
    """ ID of the browser profile loaded into this session, if any. browser_profile_id starts with `bp_`. """
    generate_browser_profile: bool | Unset = False
    """ Whether this session's browser profile will be saved when it ends so it can become a reusable browser
    profile. """
    browser_settings: BrowserSettings | None | Unset = UNSET
    """ Browser settings requested when the session was created. """
    browser_settings_receipt: BrowserSettingsReceipt | None | Unset = UNSET
    """ What the browser reported after launch for the requested settings. Null until it is measured, and always
    null when no settings were requested. """
    vnc_streaming_supported: bool | Unset = False
    """ Whether the browser session supports VNC streaming """
    stream_transport: None | str | Unset = UNSET
    """ Live-view transport for this session: "vnc" or "cdp". Resolved on the single-session fetch only; null
    elsewhere. """
    download_path: None | str | Unset = UNSET
    """ The path where the browser session downloads files """
    downloaded_files: list[FileInfo] | None | Unset = UNSET
    """ The list of files downloaded by the browser session """
    recordings: list[FileInfo] | None | Unset = UNSET
    """ The list of video recordings from the browser session """
    started_at: datetime.datetime | None | Unset = UNSET
    """ Timestamp when the session was started """
    completed_at: datetime.datetime | None | Unset = UNSET
    """ Timestamp when the session was completed """
    created_by: None | str | Unset = UNSET
    """ ID of the user who created the session """
    deleted_at: datetime.datetime | None | Unset = UNSET
    """ Timestamp when the session was deleted, if applicable """
    warning: None | str | Unset = UNSET
    """ Advisory message about how the request was adjusted, if it was. Set when a requested timeout above the
    maximum was capped at creation, when an extension was granted less than it asked for, or when an extension was
    accepted but not yet confirmed; null otherwise. """
    source: BrowserSessionResponseSource | Unset = BrowserSessionResponseSource.MANAGED
    """ "external" for a browser the caller registered and runs itself; "managed" for one Skyvern runs. """
    remaining_lifetime_seconds: int | None | Unset = UNSET
    """ Seconds left before a registered external browser's fixed deadline. Null for managed sessions and once the
    session has ended. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.browser_settings import BrowserSettings
        from ..models.browser_settings_receipt import BrowserSettingsReceipt

        browser_session_id = self.browser_session_id

        organization_id = self.organization_id

        created_at = self.created_at.isoformat()

        modified_at = self.modified_at.isoformat()

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        runnable_type: None | str | Unset
        if isinstance(self.runnable_type, Unset):
            runnable_type = UNSET
        else:
            runnable_type = self.runnable_type

        runnable_id: None | str | Unset
        if isinstance(self.runnable_id, Unset):
            runnable_id = UNSET
        else:
            runnable_id = self.runnable_id

        timeout: int | None | Unset
        if isinstance(self.timeout, Unset):
            timeout = UNSET
        else:
            timeout = self.timeout

        browser_address: None | str | Unset
        if isinstance(self.browser_address, Unset):
            browser_address = UNSET
        else:
            browser_address = self.browser_address

        app_url: None | str | Unset
        if isinstance(self.app_url, Unset):
            app_url = UNSET
        else:
            app_url = self.app_url

        extensions: list[str] | None | Unset
        if isinstance(self.extensions, Unset):
            extensions = UNSET
        elif isinstance(self.extensions, list):
            extensions = []
            for extensions_type_0_item_data in self.extensions:
                extensions_type_0_item = extensions_type_0_item_data.value
                extensions.append(extensions_type_0_item)

        else:
            extensions = self.extensions

        browser_type: None | str | Unset
        if isinstance(self.browser_type, Unset):
            browser_type = UNSET
        elif isinstance(self.browser_type, PersistentBrowserType):
            browser_type = self.browser_type.value
        else:
            browser_type = self.browser_type

        browser_profile_id: None | str | Unset
        if isinstance(self.browser_profile_id, Unset):
            browser_profile_id = UNSET
        else:
            browser_profile_id = self.browser_profile_id

        generate_browser_profile = self.generate_browser_profile

        browser_settings: dict[str, Any] | None | Unset
        if isinstance(self.browser_settings, Unset):
            browser_settings = UNSET
        elif isinstance(self.browser_settings, BrowserSettings):
            browser_settings = self.browser_settings.to_dict()
        else:
            browser_settings = self.browser_settings

        browser_settings_receipt: dict[str, Any] | None | Unset
        if isinstance(self.browser_settings_receipt, Unset):
            browser_settings_receipt = UNSET
        elif isinstance(self.browser_settings_receipt, BrowserSettingsReceipt):
            browser_settings_receipt = self.browser_settings_receipt.to_dict()
        else:
            browser_settings_receipt = self.browser_settings_receipt

        vnc_streaming_supported = self.vnc_streaming_supported

        stream_transport: None | str | Unset
        if isinstance(self.stream_transport, Unset):
            stream_transport = UNSET
        else:
            stream_transport = self.stream_transport

        download_path: None | str | Unset
        if isinstance(self.download_path, Unset):
            download_path = UNSET
        else:
            download_path = self.download_path

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

        recordings: list[dict[str, Any]] | None | Unset
        if isinstance(self.recordings, Unset):
            recordings = UNSET
        elif isinstance(self.recordings, list):
            recordings = []
            for recordings_type_0_item_data in self.recordings:
                recordings_type_0_item = recordings_type_0_item_data.to_dict()
                recordings.append(recordings_type_0_item)

        else:
            recordings = self.recordings

        started_at: None | str | Unset
        if isinstance(self.started_at, Unset):
            started_at = UNSET
        elif isinstance(self.started_at, datetime.datetime):
            started_at = self.started_at.isoformat()
        else:
            started_at = self.started_at

        completed_at: None | str | Unset
        if isinstance(self.completed_at, Unset):
            completed_at = UNSET
        elif isinstance(self.completed_at, datetime.datetime):
            completed_at = self.completed_at.isoformat()
        else:
            completed_at = self.completed_at

        created_by: None | str | Unset
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        else:
            created_by = self.created_by

        deleted_at: None | str | Unset
        if isinstance(self.deleted_at, Unset):
            deleted_at = UNSET
        elif isinstance(self.deleted_at, datetime.datetime):
            deleted_at = self.deleted_at.isoformat()
        else:
            deleted_at = self.deleted_at

        warning: None | str | Unset
        if isinstance(self.warning, Unset):
            warning = UNSET
        else:
            warning = self.warning

        source: str | Unset = UNSET
        if not isinstance(self.source, Unset):
            source = self.source.value

        remaining_lifetime_seconds: int | None | Unset
        if isinstance(self.remaining_lifetime_seconds, Unset):
            remaining_lifetime_seconds = UNSET
        else:
            remaining_lifetime_seconds = self.remaining_lifetime_seconds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "browser_session_id": browser_session_id,
                "organization_id": organization_id,
                "created_at": created_at,
                "modified_at": modified_at,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status
        if runnable_type is not UNSET:
            field_dict["runnable_type"] = runnable_type
        if runnable_id is not UNSET:
            field_dict["runnable_id"] = runnable_id
        if timeout is not UNSET:
            field_dict["timeout"] = timeout
        if browser_address is not UNSET:
            field_dict["browser_address"] = browser_address
        if app_url is not UNSET:
            field_dict["app_url"] = app_url
        if extensions is not UNSET:
            field_dict["extensions"] = extensions
        if browser_type is not UNSET:
            field_dict["browser_type"] = browser_type
        if browser_profile_id is not UNSET:
            field_dict["browser_profile_id"] = browser_profile_id
        if generate_browser_profile is not UNSET:
            field_dict["generate_browser_profile"] = generate_browser_profile
        if browser_settings is not UNSET:
            field_dict["browser_settings"] = browser_settings
        if browser_settings_receipt is not UNSET:
            field_dict["browser_settings_receipt"] = browser_settings_receipt
        if vnc_streaming_supported is not UNSET:
            field_dict["vnc_streaming_supported"] = vnc_streaming_supported
        if stream_transport is not UNSET:
            field_dict["stream_transport"] = stream_transport
        if download_path is not UNSET:
            field_dict["download_path"] = download_path
        if downloaded_files is not UNSET:
            field_dict["downloaded_files"] = downloaded_files
        if recordings is not UNSET:
            field_dict["recordings"] = recordings
        if started_at is not UNSET:
            field_dict["started_at"] = started_at
        if completed_at is not UNSET:
            field_dict["completed_at"] = completed_at
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if deleted_at is not UNSET:
            field_dict["deleted_at"] = deleted_at
        if warning is not UNSET:
            field_dict["warning"] = warning
        if source is not UNSET:
            field_dict["source"] = source
        if remaining_lifetime_seconds is not UNSET:
            field_dict["remaining_lifetime_seconds"] = remaining_lifetime_seconds

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.browser_settings import BrowserSettings
        from ..models.browser_settings_receipt import BrowserSettingsReceipt
        from ..models.file_info import FileInfo

        d = dict(src_dict)
        browser_session_id = d.pop("browser_session_id")

        organization_id = d.pop("organization_id")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        modified_at = datetime.datetime.fromisoformat(d.pop("modified_at"))

        def _parse_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_runnable_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        runnable_type = _parse_runnable_type(d.pop("runnable_type", UNSET))

        def _parse_runnable_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        runnable_id = _parse_runnable_id(d.pop("runnable_id", UNSET))

        def _parse_timeout(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        timeout = _parse_timeout(d.pop("timeout", UNSET))

        def _parse_browser_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        browser_address = _parse_browser_address(d.pop("browser_address", UNSET))

        def _parse_app_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        app_url = _parse_app_url(d.pop("app_url", UNSET))

        def _parse_extensions(data: object) -> list[Extensions] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                extensions_type_0 = []
                _extensions_type_0 = data
                for extensions_type_0_item_data in _extensions_type_0:
                    extensions_type_0_item = Extensions(extensions_type_0_item_data)

                    extensions_type_0.append(extensions_type_0_item)

                return extensions_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Extensions] | None | Unset, data)

        extensions = _parse_extensions(d.pop("extensions", UNSET))

        def _parse_browser_type(data: object) -> None | PersistentBrowserType | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                browser_type_type_0 = PersistentBrowserType(data)

                return browser_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PersistentBrowserType | Unset, data)

        browser_type = _parse_browser_type(d.pop("browser_type", UNSET))

        def _parse_browser_profile_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        browser_profile_id = _parse_browser_profile_id(
            d.pop("browser_profile_id", UNSET)
        )

        generate_browser_profile = d.pop("generate_browser_profile", UNSET)

        def _parse_browser_settings(data: object) -> BrowserSettings | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                browser_settings_type_0 = BrowserSettings.from_dict(data)

                return browser_settings_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BrowserSettings | None | Unset, data)

        browser_settings = _parse_browser_settings(d.pop("browser_settings", UNSET))

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

        vnc_streaming_supported = d.pop("vnc_streaming_supported", UNSET)

        def _parse_stream_transport(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        stream_transport = _parse_stream_transport(d.pop("stream_transport", UNSET))

        def _parse_download_path(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        download_path = _parse_download_path(d.pop("download_path", UNSET))

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

        def _parse_recordings(data: object) -> list[FileInfo] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                recordings_type_0 = []
                _recordings_type_0 = data
                for recordings_type_0_item_data in _recordings_type_0:
                    recordings_type_0_item = FileInfo.from_dict(
                        recordings_type_0_item_data
                    )

                    recordings_type_0.append(recordings_type_0_item)

                return recordings_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[FileInfo] | None | Unset, data)

        recordings = _parse_recordings(d.pop("recordings", UNSET))

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

        def _parse_completed_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                completed_at_type_0 = datetime.datetime.fromisoformat(data)

                return completed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        completed_at = _parse_completed_at(d.pop("completed_at", UNSET))

        def _parse_created_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_by = _parse_created_by(d.pop("created_by", UNSET))

        def _parse_deleted_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                deleted_at_type_0 = datetime.datetime.fromisoformat(data)

                return deleted_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        deleted_at = _parse_deleted_at(d.pop("deleted_at", UNSET))

        def _parse_warning(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        warning = _parse_warning(d.pop("warning", UNSET))

        _source = d.pop("source", UNSET)
        source: BrowserSessionResponseSource | Unset
        if isinstance(_source, Unset):
            source = UNSET
        else:
            source = BrowserSessionResponseSource(_source)

        def _parse_remaining_lifetime_seconds(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        remaining_lifetime_seconds = _parse_remaining_lifetime_seconds(
            d.pop("remaining_lifetime_seconds", UNSET)
        )

        browser_session_response = cls(
            browser_session_id=browser_session_id,
            organization_id=organization_id,
            created_at=created_at,
            modified_at=modified_at,
            status=status,
            runnable_type=runnable_type,
            runnable_id=runnable_id,
            timeout=timeout,
            browser_address=browser_address,
            app_url=app_url,
            extensions=extensions,
            browser_type=browser_type,
            browser_profile_id=browser_profile_id,
            generate_browser_profile=generate_browser_profile,
            browser_settings=browser_settings,
            browser_settings_receipt=browser_settings_receipt,
            vnc_streaming_supported=vnc_streaming_supported,
            stream_transport=stream_transport,
            download_path=download_path,
            downloaded_files=downloaded_files,
            recordings=recordings,
            started_at=started_at,
            completed_at=completed_at,
            created_by=created_by,
            deleted_at=deleted_at,
            warning=warning,
            source=source,
            remaining_lifetime_seconds=remaining_lifetime_seconds,
        )

        browser_session_response.additional_properties = d
        return browser_session_response

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
