from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.artifact_type import ArtifactType
from ..types import UNSET, Unset

T = TypeVar("T", bound="Artifact")


@_attrs_define
class Artifact:
    created_at: str
    """ The creation datetime of the task. """
    modified_at: str
    """ The modification datetime of the task. """
    artifact_id: str
    artifact_type: ArtifactType
    uri: str
    organization_id: str
    bundle_key: None | str | Unset = UNSET
    checksum: None | str | Unset = UNSET
    file_size: int | None | Unset = UNSET
    task_id: None | str | Unset = UNSET
    step_id: None | str | Unset = UNSET
    workflow_run_id: None | str | Unset = UNSET
    workflow_run_block_id: None | str | Unset = UNSET
    run_id: None | str | Unset = UNSET
    browser_session_id: None | str | Unset = UNSET
    observer_cruise_id: None | str | Unset = UNSET
    observer_thought_id: None | str | Unset = UNSET
    ai_suggestion_id: None | str | Unset = UNSET
    signed_url: None | str | Unset = UNSET
    archived: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at

        modified_at = self.modified_at

        artifact_id = self.artifact_id

        artifact_type = self.artifact_type.value

        uri = self.uri

        organization_id = self.organization_id

        bundle_key: None | str | Unset
        if isinstance(self.bundle_key, Unset):
            bundle_key = UNSET
        else:
            bundle_key = self.bundle_key

        checksum: None | str | Unset
        if isinstance(self.checksum, Unset):
            checksum = UNSET
        else:
            checksum = self.checksum

        file_size: int | None | Unset
        if isinstance(self.file_size, Unset):
            file_size = UNSET
        else:
            file_size = self.file_size

        task_id: None | str | Unset
        if isinstance(self.task_id, Unset):
            task_id = UNSET
        else:
            task_id = self.task_id

        step_id: None | str | Unset
        if isinstance(self.step_id, Unset):
            step_id = UNSET
        else:
            step_id = self.step_id

        workflow_run_id: None | str | Unset
        if isinstance(self.workflow_run_id, Unset):
            workflow_run_id = UNSET
        else:
            workflow_run_id = self.workflow_run_id

        workflow_run_block_id: None | str | Unset
        if isinstance(self.workflow_run_block_id, Unset):
            workflow_run_block_id = UNSET
        else:
            workflow_run_block_id = self.workflow_run_block_id

        run_id: None | str | Unset
        if isinstance(self.run_id, Unset):
            run_id = UNSET
        else:
            run_id = self.run_id

        browser_session_id: None | str | Unset
        if isinstance(self.browser_session_id, Unset):
            browser_session_id = UNSET
        else:
            browser_session_id = self.browser_session_id

        observer_cruise_id: None | str | Unset
        if isinstance(self.observer_cruise_id, Unset):
            observer_cruise_id = UNSET
        else:
            observer_cruise_id = self.observer_cruise_id

        observer_thought_id: None | str | Unset
        if isinstance(self.observer_thought_id, Unset):
            observer_thought_id = UNSET
        else:
            observer_thought_id = self.observer_thought_id

        ai_suggestion_id: None | str | Unset
        if isinstance(self.ai_suggestion_id, Unset):
            ai_suggestion_id = UNSET
        else:
            ai_suggestion_id = self.ai_suggestion_id

        signed_url: None | str | Unset
        if isinstance(self.signed_url, Unset):
            signed_url = UNSET
        else:
            signed_url = self.signed_url

        archived = self.archived

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "modified_at": modified_at,
                "artifact_id": artifact_id,
                "artifact_type": artifact_type,
                "uri": uri,
                "organization_id": organization_id,
            }
        )
        if bundle_key is not UNSET:
            field_dict["bundle_key"] = bundle_key
        if checksum is not UNSET:
            field_dict["checksum"] = checksum
        if file_size is not UNSET:
            field_dict["file_size"] = file_size
        if task_id is not UNSET:
            field_dict["task_id"] = task_id
        if step_id is not UNSET:
            field_dict["step_id"] = step_id
        if workflow_run_id is not UNSET:
            field_dict["workflow_run_id"] = workflow_run_id
        if workflow_run_block_id is not UNSET:
            field_dict["workflow_run_block_id"] = workflow_run_block_id
        if run_id is not UNSET:
            field_dict["run_id"] = run_id
        if browser_session_id is not UNSET:
            field_dict["browser_session_id"] = browser_session_id
        if observer_cruise_id is not UNSET:
            field_dict["observer_cruise_id"] = observer_cruise_id
        if observer_thought_id is not UNSET:
            field_dict["observer_thought_id"] = observer_thought_id
        if ai_suggestion_id is not UNSET:
            field_dict["ai_suggestion_id"] = ai_suggestion_id
        if signed_url is not UNSET:
            field_dict["signed_url"] = signed_url
        if archived is not UNSET:
            field_dict["archived"] = archived

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        created_at = d.pop("created_at")

        modified_at = d.pop("modified_at")

        artifact_id = d.pop("artifact_id")

        artifact_type = ArtifactType(d.pop("artifact_type"))

        uri = d.pop("uri")

        organization_id = d.pop("organization_id")

        def _parse_bundle_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        bundle_key = _parse_bundle_key(d.pop("bundle_key", UNSET))

        def _parse_checksum(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        checksum = _parse_checksum(d.pop("checksum", UNSET))

        def _parse_file_size(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        file_size = _parse_file_size(d.pop("file_size", UNSET))

        def _parse_task_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        task_id = _parse_task_id(d.pop("task_id", UNSET))

        def _parse_step_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        step_id = _parse_step_id(d.pop("step_id", UNSET))

        def _parse_workflow_run_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        workflow_run_id = _parse_workflow_run_id(d.pop("workflow_run_id", UNSET))

        def _parse_workflow_run_block_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        workflow_run_block_id = _parse_workflow_run_block_id(
            d.pop("workflow_run_block_id", UNSET)
        )

        def _parse_run_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        run_id = _parse_run_id(d.pop("run_id", UNSET))

        def _parse_browser_session_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        browser_session_id = _parse_browser_session_id(
            d.pop("browser_session_id", UNSET)
        )

        def _parse_observer_cruise_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        observer_cruise_id = _parse_observer_cruise_id(
            d.pop("observer_cruise_id", UNSET)
        )

        def _parse_observer_thought_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        observer_thought_id = _parse_observer_thought_id(
            d.pop("observer_thought_id", UNSET)
        )

        def _parse_ai_suggestion_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ai_suggestion_id = _parse_ai_suggestion_id(d.pop("ai_suggestion_id", UNSET))

        def _parse_signed_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        signed_url = _parse_signed_url(d.pop("signed_url", UNSET))

        archived = d.pop("archived", UNSET)

        artifact = cls(
            created_at=created_at,
            modified_at=modified_at,
            artifact_id=artifact_id,
            artifact_type=artifact_type,
            uri=uri,
            organization_id=organization_id,
            bundle_key=bundle_key,
            checksum=checksum,
            file_size=file_size,
            task_id=task_id,
            step_id=step_id,
            workflow_run_id=workflow_run_id,
            workflow_run_block_id=workflow_run_block_id,
            run_id=run_id,
            browser_session_id=browser_session_id,
            observer_cruise_id=observer_cruise_id,
            observer_thought_id=observer_thought_id,
            ai_suggestion_id=ai_suggestion_id,
            signed_url=signed_url,
            archived=archived,
        )

        artifact.additional_properties = d
        return artifact

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
