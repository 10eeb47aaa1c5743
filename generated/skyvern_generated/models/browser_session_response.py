from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from skyvern_sync import _model as _t
from skyvern_sync._model import MISSING as _MISSING
from skyvern_sync._model import Model
from skyvern_sync.errors import ShapeError as _ShapeError

_new = object.__new__
_datetime = datetime.datetime.fromisoformat


class BrowserSessionResponse(Model):
    """Response model for browser session information.
    Fields this client does not know are kept in `additional_properties` (also readable as `model["name"]`)."""

    __slots__ = (
        "app_url",
        "browser_address",
        "browser_profile_id",
        "browser_session_id",
        "browser_settings",
        "browser_settings_receipt",
        "browser_type",
        "completed_at",
        "created_at",
        "created_by",
        "deleted_at",
        "download_path",
        "downloaded_files",
        "extensions",
        "generate_browser_profile",
        "modified_at",
        "organization_id",
        "recordings",
        "remaining_lifetime_seconds",
        "runnable_id",
        "runnable_type",
        "source",
        "started_at",
        "status",
        "stream_transport",
        "timeout",
        "vnc_streaming_supported",
        "warning",
    )
    _fields = (
        "browser_session_id",
        "organization_id",
        "status",
        "runnable_type",
        "runnable_id",
        "timeout",
        "browser_address",
        "app_url",
        "extensions",
        "browser_type",
        "browser_profile_id",
        "generate_browser_profile",
        "browser_settings",
        "browser_settings_receipt",
        "vnc_streaming_supported",
        "stream_transport",
        "download_path",
        "downloaded_files",
        "recordings",
        "started_at",
        "completed_at",
        "created_by",
        "created_at",
        "modified_at",
        "deleted_at",
        "warning",
        "source",
        "remaining_lifetime_seconds",
    )

    browser_session_id: str
    """ Unique identifier for the browser session. browser_session_id starts with `pbs_`. """
    organization_id: str
    """ ID of the organization that owns this session """
    status: str | None
    """ Current status of the browser session """
    runnable_type: str | None
    """ Type of the current runnable associated with this session (workflow, task etc) """
    runnable_id: str | None
    """ ID of the current runnable """
    timeout: int | None
    """ Timeout in minutes for the session. Timeout is applied after the session is started. Defaults to 60 minutes. """
    browser_address: str | None
    """ Url for connecting to the browser """
    app_url: str | None
    """ Url for the browser session page """
    extensions: list[Extensions] | None
    """ A list of extensions installed in the browser session. """
    browser_type: PersistentBrowserType | None
    """ The type of browser used for the session. """
    browser_profile_id: str | None
    """ ID of the browser profile loaded into this session, if any. browser_profile_id starts with `bp_`. """
    generate_browser_profile: bool | None
    """ Whether this session's browser profile will be saved when it ends so it can become a reusable browser
    profile. """
    browser_settings: BrowserSettings | None
    """ Browser settings requested when the session was created. """
    browser_settings_receipt: BrowserSettingsReceipt | None
    """ What the browser reported after launch for the requested settings. Null until it is measured, and always
    null when no settings were requested. """
    vnc_streaming_supported: bool | None
    """ Whether the browser session supports VNC streaming """
    stream_transport: str | None
    """ Live-view transport for this session: "vnc" or "cdp". Resolved on the single-session fetch only; null
    elsewhere. """
    download_path: str | None
    """ The path where the browser session downloads files """
    downloaded_files: list[FileInfo] | None
    """ The list of files downloaded by the browser session """
    recordings: list[FileInfo] | None
    """ The list of video recordings from the browser session """
    started_at: datetime.datetime | None
    """ Timestamp when the session was started """
    completed_at: datetime.datetime | None
    """ Timestamp when the session was completed """
    created_by: str | None
    """ ID of the user who created the session """
    created_at: datetime.datetime
    """ Timestamp when the session was created (the timestamp for the initial request) """
    modified_at: datetime.datetime
    """ Timestamp when the session was last modified """
    deleted_at: datetime.datetime | None
    """ Timestamp when the session was deleted, if applicable """
    warning: str | None
    """ Advisory message about how the request was adjusted, if it was. Set when a requested timeout above the
    maximum was capped at creation, when an extension was granted less than it asked for, or when an extension
    was accepted but not yet confirmed; null otherwise. """
    source: BrowserSessionResponseSource | None
    """ "external" for a browser the caller registered and runs itself; "managed" for one Skyvern runs. """
    remaining_lifetime_seconds: int | None
    """ Seconds left before a registered external browser's fixed deadline. Null for managed sessions and once the
    session has ended. """

    def __init__(
        self,
        *,
        browser_session_id: str,
        organization_id: str,
        status: str | None = None,
        runnable_type: str | None = None,
        runnable_id: str | None = None,
        timeout: int | None = None,
        browser_address: str | None = None,
        app_url: str | None = None,
        extensions: list[Extensions] | None = None,
        browser_type: PersistentBrowserType | None = None,
        browser_profile_id: str | None = None,
        generate_browser_profile: bool | None = None,
        browser_settings: BrowserSettings | None = None,
        browser_settings_receipt: BrowserSettingsReceipt | None = None,
        vnc_streaming_supported: bool | None = None,
        stream_transport: str | None = None,
        download_path: str | None = None,
        downloaded_files: list[FileInfo] | None = None,
        recordings: list[FileInfo] | None = None,
        started_at: datetime.datetime | None = None,
        completed_at: datetime.datetime | None = None,
        created_by: str | None = None,
        created_at: datetime.datetime,
        modified_at: datetime.datetime,
        deleted_at: datetime.datetime | None = None,
        warning: str | None = None,
        source: BrowserSessionResponseSource | None = None,
        remaining_lifetime_seconds: int | None = None,
    ) -> None:
        self.browser_session_id = browser_session_id
        self.organization_id = organization_id
        self.status = status
        self.runnable_type = runnable_type
        self.runnable_id = runnable_id
        self.timeout = timeout
        self.browser_address = browser_address
        self.app_url = app_url
        self.extensions = extensions
        self.browser_type = browser_type
        self.browser_profile_id = browser_profile_id
        self.generate_browser_profile = generate_browser_profile
        self.browser_settings = browser_settings
        self.browser_settings_receipt = browser_settings_receipt
        self.vnc_streaming_supported = vnc_streaming_supported
        self.stream_transport = stream_transport
        self.download_path = download_path
        self.downloaded_files = downloaded_files
        self.recordings = recordings
        self.started_at = started_at
        self.completed_at = completed_at
        self.created_by = created_by
        self.created_at = created_at
        self.modified_at = modified_at
        self.deleted_at = deleted_at
        self.warning = warning
        self.source = source
        self.remaining_lifetime_seconds = remaining_lifetime_seconds
        self.additional_properties = {}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """A `BrowserSessionResponse` from its JSON, as `json.loads` gives it.

        Raises ShapeError, naming the JSON path (`$.field[2].name`), when the JSON does not fit the schema.
        """
        if data.__class__ is not dict:
            data = _t.as_object(data, "")
        get = data.get
        obj = _new(cls)
        value: Any
        value = get("browser_session_id", _MISSING)
        if value.__class__ is not str:
            value = _t.as_str(value, "browser_session_id")
        obj.browser_session_id = value
        value = get("organization_id", _MISSING)
        if value.__class__ is not str:
            value = _t.as_str(value, "organization_id")
        obj.organization_id = value
        value = get("status")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "status")
        obj.status = value
        value = get("runnable_type")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "runnable_type")
        obj.runnable_type = value
        value = get("runnable_id")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "runnable_id")
        obj.runnable_id = value
        value = get("timeout")
        if value is not None:
            if value.__class__ is not int:
                value = _t.as_int(value, "timeout")
        obj.timeout = value
        value = get("browser_address")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "browser_address")
        obj.browser_address = value
        value = get("app_url")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "app_url")
        obj.app_url = value
        value = get("extensions")
        if value is not None:
            if value.__class__ is not list:
                value = _t.as_list(value, "extensions")
            try:
                value = [_p_extensions_item(item) for item in value]
            except _ShapeError:
                raise _t.locate(value, _p_extensions_item, "extensions") from None
        obj.extensions = value
        value = get("browser_type")
        if value is not None:
            try:
                value = _members_PersistentBrowserType[value]
            except (KeyError, TypeError):
                value = _t.as_enum(PersistentBrowserType, value, "browser_type")
        obj.browser_type = value
        value = get("browser_profile_id")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "browser_profile_id")
        obj.browser_profile_id = value
        value = get("generate_browser_profile")
        if value is not None:
            if value.__class__ is not bool:
                value = _t.as_bool(value, "generate_browser_profile")
        obj.generate_browser_profile = value
        value = get("browser_settings")
        if value is not None:
            try:
                value = BrowserSettings.from_dict(value)
            except _ShapeError as error:
                raise error.within("browser_settings") from None
        obj.browser_settings = value
        value = get("browser_settings_receipt")
        if value is not None:
            try:
                value = BrowserSettingsReceipt.from_dict(value)
            except _ShapeError as error:
                raise error.within("browser_settings_receipt") from None
        obj.browser_settings_receipt = value
        value = get("vnc_streaming_supported")
        if value is not None:
            if value.__class__ is not bool:
                value = _t.as_bool(value, "vnc_streaming_supported")
        obj.vnc_streaming_supported = value
        value = get("stream_transport")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "stream_transport")
        obj.stream_transport = value
        value = get("download_path")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "download_path")
        obj.download_path = value
        value = get("downloaded_files")
        if value is not None:
            if value.__class__ is not list:
                value = _t.as_list(value, "downloaded_files")
            try:
                value = [FileInfo.from_dict(item) for item in value]
            except _ShapeError:
                raise _t.locate(value, FileInfo.from_dict, "downloaded_files") from None
        obj.downloaded_files = value
        value = get("recordings")
        if value is not None:
            if value.__class__ is not list:
                value = _t.as_list(value, "recordings")
            try:
                value = [FileInfo.from_dict(item) for item in value]
            except _ShapeError:
                raise _t.locate(value, FileInfo.from_dict, "recordings") from None
        obj.recordings = value
        value = get("started_at")
        if value is not None:
            try:
                value = _datetime(value)
            except (TypeError, ValueError):
                value = _t.as_datetime(value, "started_at")
        obj.started_at = value
        value = get("completed_at")
        if value is not None:
            try:
                value = _datetime(value)
            except (TypeError, ValueError):
                value = _t.as_datetime(value, "completed_at")
        obj.completed_at = value
        value = get("created_by")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "created_by")
        obj.created_by = value
        value = get("created_at", _MISSING)
        try:
            value = _datetime(value)
        except (TypeError, ValueError):
            value = _t.as_datetime(value, "created_at")
        obj.created_at = value
        value = get("modified_at", _MISSING)
        try:
            value = _datetime(value)
        except (TypeError, ValueError):
            value = _t.as_datetime(value, "modified_at")
        obj.modified_at = value
        value = get("deleted_at")
        if value is not None:
            try:
                value = _datetime(value)
            except (TypeError, ValueError):
                value = _t.as_datetime(value, "deleted_at")
        obj.deleted_at = value
        value = get("warning")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "warning")
        obj.warning = value
        value = get("source")
        if value is not None:
            try:
                value = _members_BrowserSessionResponseSource[value]
            except (KeyError, TypeError):
                value = _t.as_enum(BrowserSessionResponseSource, value, "source")
        obj.source = value
        value = get("remaining_lifetime_seconds")
        if value is not None:
            if value.__class__ is not int:
                value = _t.as_int(value, "remaining_lifetime_seconds")
        obj.remaining_lifetime_seconds = value
        if data.keys() <= _KEYS:
            obj.additional_properties = {}
        else:
            obj.additional_properties = {
                key: value for key, value in data.items() if key not in _KEYS
            }
        return obj

    def to_dict(self) -> dict[str, Any]:
        """The JSON of this model. An optional field that is None is left out; unknown fields are kept."""
        data: dict[str, Any] = dict(self.additional_properties)
        value: Any
        data["browser_session_id"] = self.browser_session_id
        data["organization_id"] = self.organization_id
        value = self.status
        if value is not None:
            data["status"] = value
        value = self.runnable_type
        if value is not None:
            data["runnable_type"] = value
        value = self.runnable_id
        if value is not None:
            data["runnable_id"] = value
        value = self.timeout
        if value is not None:
            data["timeout"] = value
        value = self.browser_address
        if value is not None:
            data["browser_address"] = value
        value = self.app_url
        if value is not None:
            data["app_url"] = value
        value = self.extensions
        if value is not None:
            data["extensions"] = [_t.wire(item) for item in value]
        value = self.browser_type
        if value is not None:
            data["browser_type"] = _t.wire(value)
        value = self.browser_profile_id
        if value is not None:
            data["browser_profile_id"] = value
        value = self.generate_browser_profile
        if value is not None:
            data["generate_browser_profile"] = value
        value = self.browser_settings
        if value is not None:
            data["browser_settings"] = value.to_dict()
        value = self.browser_settings_receipt
        if value is not None:
            data["browser_settings_receipt"] = value.to_dict()
        value = self.vnc_streaming_supported
        if value is not None:
            data["vnc_streaming_supported"] = value
        value = self.stream_transport
        if value is not None:
            data["stream_transport"] = value
        value = self.download_path
        if value is not None:
            data["download_path"] = value
        value = self.downloaded_files
        if value is not None:
            data["downloaded_files"] = [item.to_dict() for item in value]
        value = self.recordings
        if value is not None:
            data["recordings"] = [item.to_dict() for item in value]
        value = self.started_at
        if value is not None:
            data["started_at"] = value.isoformat()
        value = self.completed_at
        if value is not None:
            data["completed_at"] = value.isoformat()
        value = self.created_by
        if value is not None:
            data["created_by"] = value
        data["created_at"] = self.created_at.isoformat()
        data["modified_at"] = self.modified_at.isoformat()
        value = self.deleted_at
        if value is not None:
            data["deleted_at"] = value.isoformat()
        value = self.warning
        if value is not None:
            data["warning"] = value
        value = self.source
        if value is not None:
            data["source"] = _t.wire(value)
        value = self.remaining_lifetime_seconds
        if value is not None:
            data["remaining_lifetime_seconds"] = value
        return data


_KEYS: frozenset[str] = frozenset(
    {
        "browser_session_id",
        "organization_id",
        "status",
        "runnable_type",
        "runnable_id",
        "timeout",
        "browser_address",
        "app_url",
        "extensions",
        "browser_type",
        "browser_profile_id",
        "generate_browser_profile",
        "browser_settings",
        "browser_settings_receipt",
        "vnc_streaming_supported",
        "stream_transport",
        "download_path",
        "downloaded_files",
        "recordings",
        "started_at",
        "completed_at",
        "created_by",
        "created_at",
        "modified_at",
        "deleted_at",
        "warning",
        "source",
        "remaining_lifetime_seconds",
    }
)


def _p_extensions_item(item: Any) -> Extensions:
    try:
        item = _members_Extensions[item]
    except (KeyError, TypeError):
        item = _t.as_enum(Extensions, item, "")
    return item  # type: ignore[no-any-return,unused-ignore]


# Imported last: models refer to each other in cycles (a loop block holds blocks), and each module has
# defined its class by the time another one imports it.
from .browser_session_response_source import BrowserSessionResponseSource
from .browser_settings import BrowserSettings
from .browser_settings_receipt import BrowserSettingsReceipt
from .extensions import Extensions
from .file_info import FileInfo
from .persistent_browser_type import PersistentBrowserType

_members_BrowserSessionResponseSource: dict[Any, Any] = (
    BrowserSessionResponseSource._value2member_map_
)
_members_Extensions: dict[Any, Any] = Extensions._value2member_map_
_members_PersistentBrowserType: dict[Any, Any] = (
    PersistentBrowserType._value2member_map_
)


__all__ = ["BrowserSessionResponse"]
