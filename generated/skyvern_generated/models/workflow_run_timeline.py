from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.workflow_run_timeline_type import WorkflowRunTimelineType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.thought import Thought
    from ..models.workflow_run_block import WorkflowRunBlock


T = TypeVar("T", bound="WorkflowRunTimeline")


@_attrs_define
class WorkflowRunTimeline:
    type_: WorkflowRunTimelineType
    created_at: datetime.datetime
    modified_at: datetime.datetime
    attempt: int | Unset = 1
    block: None | Unset | WorkflowRunBlock = UNSET
    thought: None | Thought | Unset = UNSET
    children: list[WorkflowRunTimeline] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.thought import Thought
        from ..models.workflow_run_block import WorkflowRunBlock

        type_ = self.type_.value

        created_at = self.created_at.isoformat()

        modified_at = self.modified_at.isoformat()

        attempt = self.attempt

        block: dict[str, Any] | None | Unset
        if isinstance(self.block, Unset):
            block = UNSET
        elif isinstance(self.block, WorkflowRunBlock):
            block = self.block.to_dict()
        else:
            block = self.block

        thought: dict[str, Any] | None | Unset
        if isinstance(self.thought, Unset):
            thought = UNSET
        elif isinstance(self.thought, Thought):
            thought = self.thought.to_dict()
        else:
            thought = self.thought

        children: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.children, Unset):
            children = []
            for children_item_data in self.children:
                children_item = children_item_data.to_dict()
                children.append(children_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "created_at": created_at,
                "modified_at": modified_at,
            }
        )
        if attempt is not UNSET:
            field_dict["attempt"] = attempt
        if block is not UNSET:
            field_dict["block"] = block
        if thought is not UNSET:
            field_dict["thought"] = thought
        if children is not UNSET:
            field_dict["children"] = children

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.thought import Thought
        from ..models.workflow_run_block import WorkflowRunBlock

        d = dict(src_dict)
        type_ = WorkflowRunTimelineType(d.pop("type"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        modified_at = datetime.datetime.fromisoformat(d.pop("modified_at"))

        attempt = d.pop("attempt", UNSET)

        def _parse_block(data: object) -> None | Unset | WorkflowRunBlock:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                block_type_0 = WorkflowRunBlock.from_dict(data)

                return block_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WorkflowRunBlock, data)

        block = _parse_block(d.pop("block", UNSET))

        def _parse_thought(data: object) -> None | Thought | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                thought_type_0 = Thought.from_dict(data)

                return thought_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Thought | Unset, data)

        thought = _parse_thought(d.pop("thought", UNSET))

        _children = d.pop("children", UNSET)
        children: list[WorkflowRunTimeline] | Unset = UNSET
        if _children is not UNSET:
            children = []
            for children_item_data in _children:
                children_item = WorkflowRunTimeline.from_dict(children_item_data)

                children.append(children_item)

        workflow_run_timeline = cls(
            type_=type_,
            created_at=created_at,
            modified_at=modified_at,
            attempt=attempt,
            block=block,
            thought=thought,
            children=children,
        )

        workflow_run_timeline.additional_properties = d
        return workflow_run_timeline

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
