from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.file_download_target import FileDownloadTarget
from ..models.run_engine import RunEngine
from ..types import UNSET, Unset

T = TypeVar("T", bound="FileDownloadBlockYAML")


@_attrs_define
class FileDownloadBlockYAML:
    label: str
    """ Author-facing identifier; must be unique per workflow. """
    navigation_goal: str
    block_type: Literal["file_download"] | Unset = "file_download"
    next_block_label: None | str | Unset = UNSET
    """ Optional pointer to the label of the next block. When omitted, it will default to sequential order. See
    [[s-4bnl]]. """
    continue_on_failure: bool | Unset = False
    model: Any | None | Unset = UNSET
    ignore_workflow_system_prompt: bool | Unset = False
    next_loop_on_failure: bool | Unset = False
    download_target: FileDownloadTarget | Unset = UNSET
    s3_bucket: None | str | Unset = UNSET
    aws_access_key_id: None | str | Unset = UNSET
    aws_secret_access_key: None | str | Unset = UNSET
    region_name: None | str | Unset = UNSET
    endpoint_url: None | str | Unset = UNSET
    azure_storage_account_name: None | str | Unset = UNSET
    azure_storage_account_key: None | str | Unset = UNSET
    azure_blob_container_name: None | str | Unset = UNSET
    google_credential_id: None | str | Unset = UNSET
    google_drive_folder_id: None | str | Unset = UNSET
    sftp_host: None | str | Unset = UNSET
    sftp_port: int | None | Unset = UNSET
    sftp_username: None | str | Unset = UNSET
    sftp_password: None | str | Unset = UNSET
    sftp_private_key: None | str | Unset = UNSET
    sftp_private_key_passphrase: None | str | Unset = UNSET
    sftp_remote_path: None | str | Unset = UNSET
    sftp_host_key: None | str | Unset = UNSET
    path: None | str | Unset = UNSET
    prompt: None | str | Unset = UNSET
    continue_on_empty: bool | Unset = False
    url: None | str | Unset = UNSET
    title: str | Unset = ""
    engine: None | RunEngine | Unset = UNSET
    engine_pinned: bool | Unset = False
    """ Set to true only when skyvern-1.0 was explicitly chosen for this block; leave it unset otherwise. """
    error_code_mapping: Any | None | Unset = UNSET
    max_retries: int | Unset = 0
    max_steps_per_run: int | None | Unset = UNSET
    parameter_keys: list[str] | None | Unset = UNSET
    download_suffix: None | str | Unset = UNSET
    totp_verification_url: None | str | Unset = UNSET
    totp_identifier: None | str | Unset = UNSET
    disable_cache: bool | Unset = False
    download_timeout: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        label = self.label

        navigation_goal = self.navigation_goal

        block_type = self.block_type

        next_block_label: None | str | Unset
        if isinstance(self.next_block_label, Unset):
            next_block_label = UNSET
        else:
            next_block_label = self.next_block_label

        continue_on_failure = self.continue_on_failure

        model: Any | None | Unset
        if isinstance(self.model, Unset):
            model = UNSET
        else:
            model = self.model

        ignore_workflow_system_prompt = self.ignore_workflow_system_prompt

        next_loop_on_failure = self.next_loop_on_failure

        download_target: str | Unset = UNSET
        if not isinstance(self.download_target, Unset):
            download_target = self.download_target.value

        s3_bucket: None | str | Unset
        if isinstance(self.s3_bucket, Unset):
            s3_bucket = UNSET
        else:
            s3_bucket = self.s3_bucket

        aws_access_key_id: None | str | Unset
        if isinstance(self.aws_access_key_id, Unset):
            aws_access_key_id = UNSET
        else:
            aws_access_key_id = self.aws_access_key_id

        aws_secret_access_key: None | str | Unset
        if isinstance(self.aws_secret_access_key, Unset):
            aws_secret_access_key = UNSET
        else:
            aws_secret_access_key = self.aws_secret_access_key

        region_name: None | str | Unset
        if isinstance(self.region_name, Unset):
            region_name = UNSET
        else:
            region_name = self.region_name

        endpoint_url: None | str | Unset
        if isinstance(self.endpoint_url, Unset):
            endpoint_url = UNSET
        else:
            endpoint_url = self.endpoint_url

        azure_storage_account_name: None | str | Unset
        if isinstance(self.azure_storage_account_name, Unset):
            azure_storage_account_name = UNSET
        else:
            azure_storage_account_name = self.azure_storage_account_name

        azure_storage_account_key: None | str | Unset
        if isinstance(self.azure_storage_account_key, Unset):
            azure_storage_account_key = UNSET
        else:
            azure_storage_account_key = self.azure_storage_account_key

        azure_blob_container_name: None | str | Unset
        if isinstance(self.azure_blob_container_name, Unset):
            azure_blob_container_name = UNSET
        else:
            azure_blob_container_name = self.azure_blob_container_name

        google_credential_id: None | str | Unset
        if isinstance(self.google_credential_id, Unset):
            google_credential_id = UNSET
        else:
            google_credential_id = self.google_credential_id

        google_drive_folder_id: None | str | Unset
        if isinstance(self.google_drive_folder_id, Unset):
            google_drive_folder_id = UNSET
        else:
            google_drive_folder_id = self.google_drive_folder_id

        sftp_host: None | str | Unset
        if isinstance(self.sftp_host, Unset):
            sftp_host = UNSET
        else:
            sftp_host = self.sftp_host

        sftp_port: int | None | Unset
        if isinstance(self.sftp_port, Unset):
            sftp_port = UNSET
        else:
            sftp_port = self.sftp_port

        sftp_username: None | str | Unset
        if isinstance(self.sftp_username, Unset):
            sftp_username = UNSET
        else:
            sftp_username = self.sftp_username

        sftp_password: None | str | Unset
        if isinstance(self.sftp_password, Unset):
            sftp_password = UNSET
        else:
            sftp_password = self.sftp_password

        sftp_private_key: None | str | Unset
        if isinstance(self.sftp_private_key, Unset):
            sftp_private_key = UNSET
        else:
            sftp_private_key = self.sftp_private_key

        sftp_private_key_passphrase: None | str | Unset
        if isinstance(self.sftp_private_key_passphrase, Unset):
            sftp_private_key_passphrase = UNSET
        else:
            sftp_private_key_passphrase = self.sftp_private_key_passphrase

        sftp_remote_path: None | str | Unset
        if isinstance(self.sftp_remote_path, Unset):
            sftp_remote_path = UNSET
        else:
            sftp_remote_path = self.sftp_remote_path

        sftp_host_key: None | str | Unset
        if isinstance(self.sftp_host_key, Unset):
            sftp_host_key = UNSET
        else:
            sftp_host_key = self.sftp_host_key

        path: None | str | Unset
        if isinstance(self.path, Unset):
            path = UNSET
        else:
            path = self.path

        prompt: None | str | Unset
        if isinstance(self.prompt, Unset):
            prompt = UNSET
        else:
            prompt = self.prompt

        continue_on_empty = self.continue_on_empty

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        title = self.title

        engine: None | str | Unset
        if isinstance(self.engine, Unset):
            engine = UNSET
        elif isinstance(self.engine, RunEngine):
            engine = self.engine.value
        else:
            engine = self.engine

        engine_pinned = self.engine_pinned

        error_code_mapping: Any | None | Unset
        if isinstance(self.error_code_mapping, Unset):
            error_code_mapping = UNSET
        else:
            error_code_mapping = self.error_code_mapping

        max_retries = self.max_retries

        max_steps_per_run: int | None | Unset
        if isinstance(self.max_steps_per_run, Unset):
            max_steps_per_run = UNSET
        else:
            max_steps_per_run = self.max_steps_per_run

        parameter_keys: list[str] | None | Unset
        if isinstance(self.parameter_keys, Unset):
            parameter_keys = UNSET
        elif isinstance(self.parameter_keys, list):
            parameter_keys = self.parameter_keys

        else:
            parameter_keys = self.parameter_keys

        download_suffix: None | str | Unset
        if isinstance(self.download_suffix, Unset):
            download_suffix = UNSET
        else:
            download_suffix = self.download_suffix

        totp_verification_url: None | str | Unset
        if isinstance(self.totp_verification_url, Unset):
            totp_verification_url = UNSET
        else:
            totp_verification_url = self.totp_verification_url

        totp_identifier: None | str | Unset
        if isinstance(self.totp_identifier, Unset):
            totp_identifier = UNSET
        else:
            totp_identifier = self.totp_identifier

        disable_cache = self.disable_cache

        download_timeout: float | None | Unset
        if isinstance(self.download_timeout, Unset):
            download_timeout = UNSET
        else:
            download_timeout = self.download_timeout

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "label": label,
                "navigation_goal": navigation_goal,
            }
        )
        if block_type is not UNSET:
            field_dict["block_type"] = block_type
        if next_block_label is not UNSET:
            field_dict["next_block_label"] = next_block_label
        if continue_on_failure is not UNSET:
            field_dict["continue_on_failure"] = continue_on_failure
        if model is not UNSET:
            field_dict["model"] = model
        if ignore_workflow_system_prompt is not UNSET:
            field_dict["ignore_workflow_system_prompt"] = ignore_workflow_system_prompt
        if next_loop_on_failure is not UNSET:
            field_dict["next_loop_on_failure"] = next_loop_on_failure
        if download_target is not UNSET:
            field_dict["download_target"] = download_target
        if s3_bucket is not UNSET:
            field_dict["s3_bucket"] = s3_bucket
        if aws_access_key_id is not UNSET:
            field_dict["aws_access_key_id"] = aws_access_key_id
        if aws_secret_access_key is not UNSET:
            field_dict["aws_secret_access_key"] = aws_secret_access_key
        if region_name is not UNSET:
            field_dict["region_name"] = region_name
        if endpoint_url is not UNSET:
            field_dict["endpoint_url"] = endpoint_url
        if azure_storage_account_name is not UNSET:
            field_dict["azure_storage_account_name"] = azure_storage_account_name
        if azure_storage_account_key is not UNSET:
            field_dict["azure_storage_account_key"] = azure_storage_account_key
        if azure_blob_container_name is not UNSET:
            field_dict["azure_blob_container_name"] = azure_blob_container_name
        if google_credential_id is not UNSET:
            field_dict["google_credential_id"] = google_credential_id
        if google_drive_folder_id is not UNSET:
            field_dict["google_drive_folder_id"] = google_drive_folder_id
        if sftp_host is not UNSET:
            field_dict["sftp_host"] = sftp_host
        if sftp_port is not UNSET:
            field_dict["sftp_port"] = sftp_port
        if sftp_username is not UNSET:
            field_dict["sftp_username"] = sftp_username
        if sftp_password is not UNSET:
            field_dict["sftp_password"] = sftp_password
        if sftp_private_key is not UNSET:
            field_dict["sftp_private_key"] = sftp_private_key
        if sftp_private_key_passphrase is not UNSET:
            field_dict["sftp_private_key_passphrase"] = sftp_private_key_passphrase
        if sftp_remote_path is not UNSET:
            field_dict["sftp_remote_path"] = sftp_remote_path
        if sftp_host_key is not UNSET:
            field_dict["sftp_host_key"] = sftp_host_key
        if path is not UNSET:
            field_dict["path"] = path
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if continue_on_empty is not UNSET:
            field_dict["continue_on_empty"] = continue_on_empty
        if url is not UNSET:
            field_dict["url"] = url
        if title is not UNSET:
            field_dict["title"] = title
        if engine is not UNSET:
            field_dict["engine"] = engine
        if engine_pinned is not UNSET:
            field_dict["engine_pinned"] = engine_pinned
        if error_code_mapping is not UNSET:
            field_dict["error_code_mapping"] = error_code_mapping
        if max_retries is not UNSET:
            field_dict["max_retries"] = max_retries
        if max_steps_per_run is not UNSET:
            field_dict["max_steps_per_run"] = max_steps_per_run
        if parameter_keys is not UNSET:
            field_dict["parameter_keys"] = parameter_keys
        if download_suffix is not UNSET:
            field_dict["download_suffix"] = download_suffix
        if totp_verification_url is not UNSET:
            field_dict["totp_verification_url"] = totp_verification_url
        if totp_identifier is not UNSET:
            field_dict["totp_identifier"] = totp_identifier
        if disable_cache is not UNSET:
            field_dict["disable_cache"] = disable_cache
        if download_timeout is not UNSET:
            field_dict["download_timeout"] = download_timeout

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        label = d.pop("label")

        navigation_goal = d.pop("navigation_goal")

        block_type = cast(Literal["file_download"] | Unset, d.pop("block_type", UNSET))
        if block_type != "file_download" and not isinstance(block_type, Unset):
            raise ValueError(
                f"block_type must match const 'file_download', got '{block_type}'"
            )

        def _parse_next_block_label(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        next_block_label = _parse_next_block_label(d.pop("next_block_label", UNSET))

        continue_on_failure = d.pop("continue_on_failure", UNSET)

        def _parse_model(data: object) -> Any | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(Any | None | Unset, data)

        model = _parse_model(d.pop("model", UNSET))

        ignore_workflow_system_prompt = d.pop("ignore_workflow_system_prompt", UNSET)

        next_loop_on_failure = d.pop("next_loop_on_failure", UNSET)

        _download_target = d.pop("download_target", UNSET)
        download_target: FileDownloadTarget | Unset
        if isinstance(_download_target, Unset):
            download_target = UNSET
        else:
            download_target = FileDownloadTarget(_download_target)

        def _parse_s3_bucket(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        s3_bucket = _parse_s3_bucket(d.pop("s3_bucket", UNSET))

        def _parse_aws_access_key_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        aws_access_key_id = _parse_aws_access_key_id(d.pop("aws_access_key_id", UNSET))

        def _parse_aws_secret_access_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        aws_secret_access_key = _parse_aws_secret_access_key(
            d.pop("aws_secret_access_key", UNSET)
        )

        def _parse_region_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        region_name = _parse_region_name(d.pop("region_name", UNSET))

        def _parse_endpoint_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        endpoint_url = _parse_endpoint_url(d.pop("endpoint_url", UNSET))

        def _parse_azure_storage_account_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        azure_storage_account_name = _parse_azure_storage_account_name(
            d.pop("azure_storage_account_name", UNSET)
        )

        def _parse_azure_storage_account_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        azure_storage_account_key = _parse_azure_storage_account_key(
            d.pop("azure_storage_account_key", UNSET)
        )

        def _parse_azure_blob_container_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        azure_blob_container_name = _parse_azure_blob_container_name(
            d.pop("azure_blob_container_name", UNSET)
        )

        def _parse_google_credential_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        google_credential_id = _parse_google_credential_id(
            d.pop("google_credential_id", UNSET)
        )

        def _parse_google_drive_folder_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        google_drive_folder_id = _parse_google_drive_folder_id(
            d.pop("google_drive_folder_id", UNSET)
        )

        def _parse_sftp_host(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sftp_host = _parse_sftp_host(d.pop("sftp_host", UNSET))

        def _parse_sftp_port(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        sftp_port = _parse_sftp_port(d.pop("sftp_port", UNSET))

        def _parse_sftp_username(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sftp_username = _parse_sftp_username(d.pop("sftp_username", UNSET))

        def _parse_sftp_password(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sftp_password = _parse_sftp_password(d.pop("sftp_password", UNSET))

        def _parse_sftp_private_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sftp_private_key = _parse_sftp_private_key(d.pop("sftp_private_key", UNSET))

        def _parse_sftp_private_key_passphrase(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sftp_private_key_passphrase = _parse_sftp_private_key_passphrase(
            d.pop("sftp_private_key_passphrase", UNSET)
        )

        def _parse_sftp_remote_path(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sftp_remote_path = _parse_sftp_remote_path(d.pop("sftp_remote_path", UNSET))

        def _parse_sftp_host_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sftp_host_key = _parse_sftp_host_key(d.pop("sftp_host_key", UNSET))

        def _parse_path(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        path = _parse_path(d.pop("path", UNSET))

        def _parse_prompt(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        prompt = _parse_prompt(d.pop("prompt", UNSET))

        continue_on_empty = d.pop("continue_on_empty", UNSET)

        def _parse_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        url = _parse_url(d.pop("url", UNSET))

        title = d.pop("title", UNSET)

        def _parse_engine(data: object) -> None | RunEngine | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                engine_type_0 = RunEngine(data)

                return engine_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RunEngine | Unset, data)

        engine = _parse_engine(d.pop("engine", UNSET))

        engine_pinned = d.pop("engine_pinned", UNSET)

        def _parse_error_code_mapping(data: object) -> Any | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(Any | None | Unset, data)

        error_code_mapping = _parse_error_code_mapping(
            d.pop("error_code_mapping", UNSET)
        )

        max_retries = d.pop("max_retries", UNSET)

        def _parse_max_steps_per_run(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_steps_per_run = _parse_max_steps_per_run(d.pop("max_steps_per_run", UNSET))

        def _parse_parameter_keys(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                parameter_keys_type_0 = cast(list[str], data)

                return parameter_keys_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        parameter_keys = _parse_parameter_keys(d.pop("parameter_keys", UNSET))

        def _parse_download_suffix(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        download_suffix = _parse_download_suffix(d.pop("download_suffix", UNSET))

        def _parse_totp_verification_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        totp_verification_url = _parse_totp_verification_url(
            d.pop("totp_verification_url", UNSET)
        )

        def _parse_totp_identifier(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        totp_identifier = _parse_totp_identifier(d.pop("totp_identifier", UNSET))

        disable_cache = d.pop("disable_cache", UNSET)

        def _parse_download_timeout(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        download_timeout = _parse_download_timeout(d.pop("download_timeout", UNSET))

        file_download_block_yaml = cls(
            label=label,
            navigation_goal=navigation_goal,
            block_type=block_type,
            next_block_label=next_block_label,
            continue_on_failure=continue_on_failure,
            model=model,
            ignore_workflow_system_prompt=ignore_workflow_system_prompt,
            next_loop_on_failure=next_loop_on_failure,
            download_target=download_target,
            s3_bucket=s3_bucket,
            aws_access_key_id=aws_access_key_id,
            aws_secret_access_key=aws_secret_access_key,
            region_name=region_name,
            endpoint_url=endpoint_url,
            azure_storage_account_name=azure_storage_account_name,
            azure_storage_account_key=azure_storage_account_key,
            azure_blob_container_name=azure_blob_container_name,
            google_credential_id=google_credential_id,
            google_drive_folder_id=google_drive_folder_id,
            sftp_host=sftp_host,
            sftp_port=sftp_port,
            sftp_username=sftp_username,
            sftp_password=sftp_password,
            sftp_private_key=sftp_private_key,
            sftp_private_key_passphrase=sftp_private_key_passphrase,
            sftp_remote_path=sftp_remote_path,
            sftp_host_key=sftp_host_key,
            path=path,
            prompt=prompt,
            continue_on_empty=continue_on_empty,
            url=url,
            title=title,
            engine=engine,
            engine_pinned=engine_pinned,
            error_code_mapping=error_code_mapping,
            max_retries=max_retries,
            max_steps_per_run=max_steps_per_run,
            parameter_keys=parameter_keys,
            download_suffix=download_suffix,
            totp_verification_url=totp_verification_url,
            totp_identifier=totp_identifier,
            disable_cache=disable_cache,
            download_timeout=download_timeout,
        )

        file_download_block_yaml.additional_properties = d
        return file_download_block_yaml

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
