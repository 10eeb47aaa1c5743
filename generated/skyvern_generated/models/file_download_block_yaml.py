from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self

from skyvern_sync import _model as _t
from skyvern_sync._model import MISSING as _MISSING
from skyvern_sync._model import Model

_new = object.__new__


class FileDownloadBlockYAML(Model):
    """Fields this client does not know are kept in `additional_properties` (also readable as `model["name"]`)."""

    __slots__ = (
        "aws_access_key_id",
        "aws_secret_access_key",
        "azure_blob_container_name",
        "azure_storage_account_key",
        "azure_storage_account_name",
        "block_type",
        "continue_on_empty",
        "continue_on_failure",
        "disable_cache",
        "download_suffix",
        "download_target",
        "download_timeout",
        "endpoint_url",
        "engine",
        "engine_pinned",
        "error_code_mapping",
        "google_credential_id",
        "google_drive_folder_id",
        "ignore_workflow_system_prompt",
        "label",
        "max_retries",
        "max_steps_per_run",
        "model",
        "navigation_goal",
        "next_block_label",
        "next_loop_on_failure",
        "parameter_keys",
        "path",
        "prompt",
        "region_name",
        "s3_bucket",
        "sftp_host",
        "sftp_host_key",
        "sftp_password",
        "sftp_port",
        "sftp_private_key",
        "sftp_private_key_passphrase",
        "sftp_remote_path",
        "sftp_username",
        "title",
        "totp_identifier",
        "totp_verification_url",
        "url",
    )
    _fields = (
        "block_type",
        "label",
        "next_block_label",
        "continue_on_failure",
        "model",
        "ignore_workflow_system_prompt",
        "next_loop_on_failure",
        "download_target",
        "s3_bucket",
        "aws_access_key_id",
        "aws_secret_access_key",
        "region_name",
        "endpoint_url",
        "azure_storage_account_name",
        "azure_storage_account_key",
        "azure_blob_container_name",
        "google_credential_id",
        "google_drive_folder_id",
        "sftp_host",
        "sftp_port",
        "sftp_username",
        "sftp_password",
        "sftp_private_key",
        "sftp_private_key_passphrase",
        "sftp_remote_path",
        "sftp_host_key",
        "path",
        "prompt",
        "continue_on_empty",
        "navigation_goal",
        "url",
        "title",
        "engine",
        "engine_pinned",
        "error_code_mapping",
        "max_retries",
        "max_steps_per_run",
        "parameter_keys",
        "download_suffix",
        "totp_verification_url",
        "totp_identifier",
        "disable_cache",
        "download_timeout",
    )
    _secrets = frozenset(
        {
            "aws_secret_access_key",
            "azure_storage_account_key",
            "sftp_password",
            "sftp_private_key",
            "sftp_private_key_passphrase",
        }
    )

    block_type: Literal["file_download"] | None
    label: str
    """ Author-facing identifier; must be unique per workflow. """
    next_block_label: str | None
    """ Optional pointer to the label of the next block. When omitted, it will default to sequential order. See
    [[s-4bnl]]. """
    continue_on_failure: bool | None
    model: JsonObject | None
    ignore_workflow_system_prompt: bool | None
    next_loop_on_failure: bool | None
    download_target: FileDownloadTarget | None
    s3_bucket: str | None
    aws_access_key_id: str | None
    aws_secret_access_key: str | None
    region_name: str | None
    endpoint_url: str | None
    azure_storage_account_name: str | None
    azure_storage_account_key: str | None
    azure_blob_container_name: str | None
    google_credential_id: str | None
    google_drive_folder_id: str | None
    sftp_host: str | None
    sftp_port: int | None
    sftp_username: str | None
    sftp_password: str | None
    sftp_private_key: str | None
    sftp_private_key_passphrase: str | None
    sftp_remote_path: str | None
    sftp_host_key: str | None
    path: str | None
    prompt: str | None
    continue_on_empty: bool | None
    navigation_goal: str
    url: str | None
    title: str | None
    engine: RunEngine | None
    engine_pinned: bool | None
    """ Set to true only when skyvern-1.0 was explicitly chosen for this block; leave it unset otherwise. """
    error_code_mapping: StringMap | None
    max_retries: int | None
    max_steps_per_run: int | None
    parameter_keys: list[str] | None
    download_suffix: str | None
    totp_verification_url: str | None
    totp_identifier: str | None
    disable_cache: bool | None
    download_timeout: float | None

    def __init__(
        self,
        *,
        block_type: Literal["file_download"] | None = None,
        label: str,
        next_block_label: str | None = None,
        continue_on_failure: bool | None = None,
        model: JsonObject | None = None,
        ignore_workflow_system_prompt: bool | None = None,
        next_loop_on_failure: bool | None = None,
        download_target: FileDownloadTarget | None = None,
        s3_bucket: str | None = None,
        aws_access_key_id: str | None = None,
        aws_secret_access_key: str | None = None,
        region_name: str | None = None,
        endpoint_url: str | None = None,
        azure_storage_account_name: str | None = None,
        azure_storage_account_key: str | None = None,
        azure_blob_container_name: str | None = None,
        google_credential_id: str | None = None,
        google_drive_folder_id: str | None = None,
        sftp_host: str | None = None,
        sftp_port: int | None = None,
        sftp_username: str | None = None,
        sftp_password: str | None = None,
        sftp_private_key: str | None = None,
        sftp_private_key_passphrase: str | None = None,
        sftp_remote_path: str | None = None,
        sftp_host_key: str | None = None,
        path: str | None = None,
        prompt: str | None = None,
        continue_on_empty: bool | None = None,
        navigation_goal: str,
        url: str | None = None,
        title: str | None = None,
        engine: RunEngine | None = None,
        engine_pinned: bool | None = None,
        error_code_mapping: StringMap | None = None,
        max_retries: int | None = None,
        max_steps_per_run: int | None = None,
        parameter_keys: list[str] | None = None,
        download_suffix: str | None = None,
        totp_verification_url: str | None = None,
        totp_identifier: str | None = None,
        disable_cache: bool | None = None,
        download_timeout: float | None = None,
    ) -> None:
        self.block_type = block_type
        self.label = label
        self.next_block_label = next_block_label
        self.continue_on_failure = continue_on_failure
        self.model = model
        self.ignore_workflow_system_prompt = ignore_workflow_system_prompt
        self.next_loop_on_failure = next_loop_on_failure
        self.download_target = download_target
        self.s3_bucket = s3_bucket
        self.aws_access_key_id = aws_access_key_id
        self.aws_secret_access_key = aws_secret_access_key
        self.region_name = region_name
        self.endpoint_url = endpoint_url
        self.azure_storage_account_name = azure_storage_account_name
        self.azure_storage_account_key = azure_storage_account_key
        self.azure_blob_container_name = azure_blob_container_name
        self.google_credential_id = google_credential_id
        self.google_drive_folder_id = google_drive_folder_id
        self.sftp_host = sftp_host
        self.sftp_port = sftp_port
        self.sftp_username = sftp_username
        self.sftp_password = sftp_password
        self.sftp_private_key = sftp_private_key
        self.sftp_private_key_passphrase = sftp_private_key_passphrase
        self.sftp_remote_path = sftp_remote_path
        self.sftp_host_key = sftp_host_key
        self.path = path
        self.prompt = prompt
        self.continue_on_empty = continue_on_empty
        self.navigation_goal = navigation_goal
        self.url = url
        self.title = title
        self.engine = engine
        self.engine_pinned = engine_pinned
        self.error_code_mapping = error_code_mapping
        self.max_retries = max_retries
        self.max_steps_per_run = max_steps_per_run
        self.parameter_keys = parameter_keys
        self.download_suffix = download_suffix
        self.totp_verification_url = totp_verification_url
        self.totp_identifier = totp_identifier
        self.disable_cache = disable_cache
        self.download_timeout = download_timeout
        self.additional_properties = {}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """A `FileDownloadBlockYAML` from its JSON, as `json.loads` gives it.

        Raises ShapeError, naming the JSON path (`$.field[2].name`), when the JSON does not fit the schema.
        """
        if data.__class__ is not dict:
            data = _t.as_object(data, "")
        get = data.get
        obj = _new(cls)
        value: Any
        value = get("block_type")
        if value is not None:
            if value != "file_download":
                raise _t.invalid(value, "file_download", "block_type")
        obj.block_type = value
        value = get("label", _MISSING)
        if value.__class__ is not str:
            value = _t.as_str(value, "label")
        obj.label = value
        value = get("next_block_label")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "next_block_label")
        obj.next_block_label = value
        value = get("continue_on_failure")
        if value is not None:
            if value.__class__ is not bool:
                value = _t.as_bool(value, "continue_on_failure")
        obj.continue_on_failure = value
        value = get("model")
        if value is not None:
            if value.__class__ is not dict:
                value = _t.as_object(value, "model")
        obj.model = value
        value = get("ignore_workflow_system_prompt")
        if value is not None:
            if value.__class__ is not bool:
                value = _t.as_bool(value, "ignore_workflow_system_prompt")
        obj.ignore_workflow_system_prompt = value
        value = get("next_loop_on_failure")
        if value is not None:
            if value.__class__ is not bool:
                value = _t.as_bool(value, "next_loop_on_failure")
        obj.next_loop_on_failure = value
        value = get("download_target")
        if value is not None:
            try:
                value = _members_FileDownloadTarget[value]
            except (KeyError, TypeError):
                value = _t.as_enum(FileDownloadTarget, value, "download_target")
        obj.download_target = value
        value = get("s3_bucket")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "s3_bucket")
        obj.s3_bucket = value
        value = get("aws_access_key_id")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "aws_access_key_id")
        obj.aws_access_key_id = value
        value = get("aws_secret_access_key")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "aws_secret_access_key")
        obj.aws_secret_access_key = value
        value = get("region_name")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "region_name")
        obj.region_name = value
        value = get("endpoint_url")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "endpoint_url")
        obj.endpoint_url = value
        value = get("azure_storage_account_name")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "azure_storage_account_name")
        obj.azure_storage_account_name = value
        value = get("azure_storage_account_key")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "azure_storage_account_key")
        obj.azure_storage_account_key = value
        value = get("azure_blob_container_name")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "azure_blob_container_name")
        obj.azure_blob_container_name = value
        value = get("google_credential_id")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "google_credential_id")
        obj.google_credential_id = value
        value = get("google_drive_folder_id")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "google_drive_folder_id")
        obj.google_drive_folder_id = value
        value = get("sftp_host")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "sftp_host")
        obj.sftp_host = value
        value = get("sftp_port")
        if value is not None:
            if value.__class__ is not int:
                value = _t.as_int(value, "sftp_port")
        obj.sftp_port = value
        value = get("sftp_username")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "sftp_username")
        obj.sftp_username = value
        value = get("sftp_password")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "sftp_password")
        obj.sftp_password = value
        value = get("sftp_private_key")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "sftp_private_key")
        obj.sftp_private_key = value
        value = get("sftp_private_key_passphrase")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "sftp_private_key_passphrase")
        obj.sftp_private_key_passphrase = value
        value = get("sftp_remote_path")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "sftp_remote_path")
        obj.sftp_remote_path = value
        value = get("sftp_host_key")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "sftp_host_key")
        obj.sftp_host_key = value
        value = get("path")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "path")
        obj.path = value
        value = get("prompt")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "prompt")
        obj.prompt = value
        value = get("continue_on_empty")
        if value is not None:
            if value.__class__ is not bool:
                value = _t.as_bool(value, "continue_on_empty")
        obj.continue_on_empty = value
        value = get("navigation_goal", _MISSING)
        if value.__class__ is not str:
            value = _t.as_str(value, "navigation_goal")
        obj.navigation_goal = value
        value = get("url")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "url")
        obj.url = value
        value = get("title")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "title")
        obj.title = value
        value = get("engine")
        if value is not None:
            try:
                value = _members_RunEngine[value]
            except (KeyError, TypeError):
                value = _t.as_enum(RunEngine, value, "engine")
        obj.engine = value
        value = get("engine_pinned")
        if value is not None:
            if value.__class__ is not bool:
                value = _t.as_bool(value, "engine_pinned")
        obj.engine_pinned = value
        value = get("error_code_mapping")
        if value is not None:
            value = _t.as_string_map(value, "error_code_mapping")
        obj.error_code_mapping = value
        value = get("max_retries")
        if value is not None:
            if value.__class__ is not int:
                value = _t.as_int(value, "max_retries")
        obj.max_retries = value
        value = get("max_steps_per_run")
        if value is not None:
            if value.__class__ is not int:
                value = _t.as_int(value, "max_steps_per_run")
        obj.max_steps_per_run = value
        value = get("parameter_keys")
        if value is not None:
            if value.__class__ is not list:
                value = _t.as_list(value, "parameter_keys")
            _t.check_items(value, str, "parameter_keys")
        obj.parameter_keys = value
        value = get("download_suffix")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "download_suffix")
        obj.download_suffix = value
        value = get("totp_verification_url")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "totp_verification_url")
        obj.totp_verification_url = value
        value = get("totp_identifier")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "totp_identifier")
        obj.totp_identifier = value
        value = get("disable_cache")
        if value is not None:
            if value.__class__ is not bool:
                value = _t.as_bool(value, "disable_cache")
        obj.disable_cache = value
        value = get("download_timeout")
        if value is not None:
            if value.__class__ is not float:
                value = _t.as_float(value, "download_timeout")
        obj.download_timeout = value
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
        value = self.block_type
        if value is not None:
            data["block_type"] = value
        data["label"] = self.label
        value = self.next_block_label
        if value is not None:
            data["next_block_label"] = value
        value = self.continue_on_failure
        if value is not None:
            data["continue_on_failure"] = value
        value = self.model
        if value is not None:
            data["model"] = value
        value = self.ignore_workflow_system_prompt
        if value is not None:
            data["ignore_workflow_system_prompt"] = value
        value = self.next_loop_on_failure
        if value is not None:
            data["next_loop_on_failure"] = value
        value = self.download_target
        if value is not None:
            data["download_target"] = _t.wire(value)
        value = self.s3_bucket
        if value is not None:
            data["s3_bucket"] = value
        value = self.aws_access_key_id
        if value is not None:
            data["aws_access_key_id"] = value
        value = self.aws_secret_access_key
        if value is not None:
            data["aws_secret_access_key"] = value
        value = self.region_name
        if value is not None:
            data["region_name"] = value
        value = self.endpoint_url
        if value is not None:
            data["endpoint_url"] = value
        value = self.azure_storage_account_name
        if value is not None:
            data["azure_storage_account_name"] = value
        value = self.azure_storage_account_key
        if value is not None:
            data["azure_storage_account_key"] = value
        value = self.azure_blob_container_name
        if value is not None:
            data["azure_blob_container_name"] = value
        value = self.google_credential_id
        if value is not None:
            data["google_credential_id"] = value
        value = self.google_drive_folder_id
        if value is not None:
            data["google_drive_folder_id"] = value
        value = self.sftp_host
        if value is not None:
            data["sftp_host"] = value
        value = self.sftp_port
        if value is not None:
            data["sftp_port"] = value
        value = self.sftp_username
        if value is not None:
            data["sftp_username"] = value
        value = self.sftp_password
        if value is not None:
            data["sftp_password"] = value
        value = self.sftp_private_key
        if value is not None:
            data["sftp_private_key"] = value
        value = self.sftp_private_key_passphrase
        if value is not None:
            data["sftp_private_key_passphrase"] = value
        value = self.sftp_remote_path
        if value is not None:
            data["sftp_remote_path"] = value
        value = self.sftp_host_key
        if value is not None:
            data["sftp_host_key"] = value
        value = self.path
        if value is not None:
            data["path"] = value
        value = self.prompt
        if value is not None:
            data["prompt"] = value
        value = self.continue_on_empty
        if value is not None:
            data["continue_on_empty"] = value
        data["navigation_goal"] = self.navigation_goal
        value = self.url
        if value is not None:
            data["url"] = value
        value = self.title
        if value is not None:
            data["title"] = value
        value = self.engine
        if value is not None:
            data["engine"] = _t.wire(value)
        value = self.engine_pinned
        if value is not None:
            data["engine_pinned"] = value
        value = self.error_code_mapping
        if value is not None:
            data["error_code_mapping"] = value
        value = self.max_retries
        if value is not None:
            data["max_retries"] = value
        value = self.max_steps_per_run
        if value is not None:
            data["max_steps_per_run"] = value
        value = self.parameter_keys
        if value is not None:
            data["parameter_keys"] = value
        value = self.download_suffix
        if value is not None:
            data["download_suffix"] = value
        value = self.totp_verification_url
        if value is not None:
            data["totp_verification_url"] = value
        value = self.totp_identifier
        if value is not None:
            data["totp_identifier"] = value
        value = self.disable_cache
        if value is not None:
            data["disable_cache"] = value
        value = self.download_timeout
        if value is not None:
            data["download_timeout"] = value
        return data


_KEYS: frozenset[str] = frozenset(
    {
        "block_type",
        "label",
        "next_block_label",
        "continue_on_failure",
        "model",
        "ignore_workflow_system_prompt",
        "next_loop_on_failure",
        "download_target",
        "s3_bucket",
        "aws_access_key_id",
        "aws_secret_access_key",
        "region_name",
        "endpoint_url",
        "azure_storage_account_name",
        "azure_storage_account_key",
        "azure_blob_container_name",
        "google_credential_id",
        "google_drive_folder_id",
        "sftp_host",
        "sftp_port",
        "sftp_username",
        "sftp_password",
        "sftp_private_key",
        "sftp_private_key_passphrase",
        "sftp_remote_path",
        "sftp_host_key",
        "path",
        "prompt",
        "continue_on_empty",
        "navigation_goal",
        "url",
        "title",
        "engine",
        "engine_pinned",
        "error_code_mapping",
        "max_retries",
        "max_steps_per_run",
        "parameter_keys",
        "download_suffix",
        "totp_verification_url",
        "totp_identifier",
        "disable_cache",
        "download_timeout",
    }
)


# Imported last: models refer to each other in cycles (a loop block holds blocks), and each module has
# defined its class by the time another one imports it.
from .file_download_target import FileDownloadTarget
from .json_object import JsonObject
from .run_engine import RunEngine
from .string_map import StringMap

_members_FileDownloadTarget: dict[Any, Any] = FileDownloadTarget._value2member_map_
_members_RunEngine: dict[Any, Any] = RunEngine._value2member_map_


__all__ = ["FileDownloadBlockYAML"]
