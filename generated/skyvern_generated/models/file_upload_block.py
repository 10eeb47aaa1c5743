from __future__ import annotations

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

from ..models.file_storage_type import FileStorageType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.output_parameter import OutputParameter


T = TypeVar("T", bound="FileUploadBlock")


@_attrs_define
class FileUploadBlock:
    label: str
    """ Author-facing identifier for a block; unique within a workflow. """
    output_parameter: OutputParameter
    next_block_label: None | str | Unset = UNSET
    """ Optional pointer to the next block label when constructing a DAG. Defaults to sequential order when omitted.
    """
    block_type: Literal["file_upload"] | Unset = "file_upload"
    continue_on_failure: bool | Unset = False
    model: Any | None | Unset = UNSET
    disable_cache: bool | Unset = False
    ignore_workflow_system_prompt: bool | Unset = False
    next_loop_on_failure: bool | Unset = False
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
    prompt: None | str | Unset = UNSET
    """ Optional natural-language control over which downloaded files are uploaded; empty means upload all. """
    path: None | str | Unset = UNSET
    continue_on_empty: bool | Unset = False
    """ When the run download directory has no files, allow the empty upload only after confirming no registered,
    browser-session, or alternate candidate downloads exist (False, default). Set True to always allow an empty
    upload. """
    storage_type: FileStorageType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        label = self.label

        output_parameter = self.output_parameter.to_dict()

        next_block_label: None | str | Unset
        if isinstance(self.next_block_label, Unset):
            next_block_label = UNSET
        else:
            next_block_label = self.next_block_label

        block_type = self.block_type

        continue_on_failure = self.continue_on_failure

        model: Any | None | Unset
        if isinstance(self.model, Unset):
            model = UNSET
        else:
            model = self.model

        disable_cache = self.disable_cache

        ignore_workflow_system_prompt = self.ignore_workflow_system_prompt

        next_loop_on_failure = self.next_loop_on_failure

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

        prompt: None | str | Unset
        if isinstance(self.prompt, Unset):
            prompt = UNSET
        else:
            prompt = self.prompt

        path: None | str | Unset
        if isinstance(self.path, Unset):
            path = UNSET
        else:
            path = self.path

        continue_on_empty = self.continue_on_empty

        storage_type: str | Unset = UNSET
        if not isinstance(self.storage_type, Unset):
            storage_type = self.storage_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "label": label,
                "output_parameter": output_parameter,
            }
        )
        if next_block_label is not UNSET:
            field_dict["next_block_label"] = next_block_label
        if block_type is not UNSET:
            field_dict["block_type"] = block_type
        if continue_on_failure is not UNSET:
            field_dict["continue_on_failure"] = continue_on_failure
        if model is not UNSET:
            field_dict["model"] = model
        if disable_cache is not UNSET:
            field_dict["disable_cache"] = disable_cache
        if ignore_workflow_system_prompt is not UNSET:
            field_dict["ignore_workflow_system_prompt"] = ignore_workflow_system_prompt
        if next_loop_on_failure is not UNSET:
            field_dict["next_loop_on_failure"] = next_loop_on_failure
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
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if path is not UNSET:
            field_dict["path"] = path
        if continue_on_empty is not UNSET:
            field_dict["continue_on_empty"] = continue_on_empty
        if storage_type is not UNSET:
            field_dict["storage_type"] = storage_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.output_parameter import OutputParameter

        d = dict(src_dict)
        label = d.pop("label")

        output_parameter = OutputParameter.from_dict(d.pop("output_parameter"))

        def _parse_next_block_label(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        next_block_label = _parse_next_block_label(d.pop("next_block_label", UNSET))

        block_type = cast(Literal["file_upload"] | Unset, d.pop("block_type", UNSET))
        if block_type != "file_upload" and not isinstance(block_type, Unset):
            raise ValueError(
                f"block_type must match const 'file_upload', got '{block_type}'"
            )

        continue_on_failure = d.pop("continue_on_failure", UNSET)

        def _parse_model(data: object) -> Any | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(Any | None | Unset, data)

        model = _parse_model(d.pop("model", UNSET))

        disable_cache = d.pop("disable_cache", UNSET)

        ignore_workflow_system_prompt = d.pop("ignore_workflow_system_prompt", UNSET)

        next_loop_on_failure = d.pop("next_loop_on_failure", UNSET)

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

        def _parse_prompt(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        prompt = _parse_prompt(d.pop("prompt", UNSET))

        def _parse_path(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        path = _parse_path(d.pop("path", UNSET))

        continue_on_empty = d.pop("continue_on_empty", UNSET)

        _storage_type = d.pop("storage_type", UNSET)
        storage_type: FileStorageType | Unset
        if isinstance(_storage_type, Unset):
            storage_type = UNSET
        else:
            storage_type = FileStorageType(_storage_type)

        file_upload_block = cls(
            label=label,
            output_parameter=output_parameter,
            next_block_label=next_block_label,
            block_type=block_type,
            continue_on_failure=continue_on_failure,
            model=model,
            disable_cache=disable_cache,
            ignore_workflow_system_prompt=ignore_workflow_system_prompt,
            next_loop_on_failure=next_loop_on_failure,
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
            prompt=prompt,
            path=path,
            continue_on_empty=continue_on_empty,
            storage_type=storage_type,
        )

        file_upload_block.additional_properties = d
        return file_upload_block

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
