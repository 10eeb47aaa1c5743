from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.thought_scenario import ThoughtScenario
from ..models.thought_type import ThoughtType
from ..types import UNSET, Unset

T = TypeVar("T", bound="Thought")


@_attrs_define
class Thought:
    thought_id: str
    task_id: str
    organization_id: str
    created_at: datetime.datetime
    modified_at: datetime.datetime
    workflow_run_id: None | str | Unset = UNSET
    workflow_run_block_id: None | str | Unset = UNSET
    workflow_id: None | str | Unset = UNSET
    workflow_permanent_id: None | str | Unset = UNSET
    user_input: None | str | Unset = UNSET
    observation: None | str | Unset = UNSET
    thought: None | str | Unset = UNSET
    answer: None | str | Unset = UNSET
    thought_type: None | ThoughtType | Unset = ThoughtType.PLAN
    thought_scenario: None | ThoughtScenario | Unset = UNSET
    output: Any | None | Unset = UNSET
    input_token_count: int | None | Unset = UNSET
    output_token_count: int | None | Unset = UNSET
    reasoning_token_count: int | None | Unset = UNSET
    cached_token_count: int | None | Unset = UNSET
    thought_cost: float | None | Unset = UNSET
    last_llm_model: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        thought_id = self.thought_id

        task_id = self.task_id

        organization_id = self.organization_id

        created_at = self.created_at.isoformat()

        modified_at = self.modified_at.isoformat()

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

        workflow_id: None | str | Unset
        if isinstance(self.workflow_id, Unset):
            workflow_id = UNSET
        else:
            workflow_id = self.workflow_id

        workflow_permanent_id: None | str | Unset
        if isinstance(self.workflow_permanent_id, Unset):
            workflow_permanent_id = UNSET
        else:
            workflow_permanent_id = self.workflow_permanent_id

        user_input: None | str | Unset
        if isinstance(self.user_input, Unset):
            user_input = UNSET
        else:
            user_input = self.user_input

        observation: None | str | Unset
        if isinstance(self.observation, Unset):
            observation = UNSET
        else:
            observation = self.observation

        thought: None | str | Unset
        if isinstance(self.thought, Unset):
            thought = UNSET
        else:
            thought = self.thought

        answer: None | str | Unset
        if isinstance(self.answer, Unset):
            answer = UNSET
        else:
            answer = self.answer

        thought_type: None | str | Unset
        if isinstance(self.thought_type, Unset):
            thought_type = UNSET
        elif isinstance(self.thought_type, ThoughtType):
            thought_type = self.thought_type.value
        else:
            thought_type = self.thought_type

        thought_scenario: None | str | Unset
        if isinstance(self.thought_scenario, Unset):
            thought_scenario = UNSET
        elif isinstance(self.thought_scenario, ThoughtScenario):
            thought_scenario = self.thought_scenario.value
        else:
            thought_scenario = self.thought_scenario

        output: Any | None | Unset
        if isinstance(self.output, Unset):
            output = UNSET
        else:
            output = self.output

        input_token_count: int | None | Unset
        if isinstance(self.input_token_count, Unset):
            input_token_count = UNSET
        else:
            input_token_count = self.input_token_count

        output_token_count: int | None | Unset
        if isinstance(self.output_token_count, Unset):
            output_token_count = UNSET
        else:
            output_token_count = self.output_token_count

        reasoning_token_count: int | None | Unset
        if isinstance(self.reasoning_token_count, Unset):
            reasoning_token_count = UNSET
        else:
            reasoning_token_count = self.reasoning_token_count

        cached_token_count: int | None | Unset
        if isinstance(self.cached_token_count, Unset):
            cached_token_count = UNSET
        else:
            cached_token_count = self.cached_token_count

        thought_cost: float | None | Unset
        if isinstance(self.thought_cost, Unset):
            thought_cost = UNSET
        else:
            thought_cost = self.thought_cost

        last_llm_model: None | str | Unset
        if isinstance(self.last_llm_model, Unset):
            last_llm_model = UNSET
        else:
            last_llm_model = self.last_llm_model

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "thought_id": thought_id,
                "task_id": task_id,
                "organization_id": organization_id,
                "created_at": created_at,
                "modified_at": modified_at,
            }
        )
        if workflow_run_id is not UNSET:
            field_dict["workflow_run_id"] = workflow_run_id
        if workflow_run_block_id is not UNSET:
            field_dict["workflow_run_block_id"] = workflow_run_block_id
        if workflow_id is not UNSET:
            field_dict["workflow_id"] = workflow_id
        if workflow_permanent_id is not UNSET:
            field_dict["workflow_permanent_id"] = workflow_permanent_id
        if user_input is not UNSET:
            field_dict["user_input"] = user_input
        if observation is not UNSET:
            field_dict["observation"] = observation
        if thought is not UNSET:
            field_dict["thought"] = thought
        if answer is not UNSET:
            field_dict["answer"] = answer
        if thought_type is not UNSET:
            field_dict["thought_type"] = thought_type
        if thought_scenario is not UNSET:
            field_dict["thought_scenario"] = thought_scenario
        if output is not UNSET:
            field_dict["output"] = output
        if input_token_count is not UNSET:
            field_dict["input_token_count"] = input_token_count
        if output_token_count is not UNSET:
            field_dict["output_token_count"] = output_token_count
        if reasoning_token_count is not UNSET:
            field_dict["reasoning_token_count"] = reasoning_token_count
        if cached_token_count is not UNSET:
            field_dict["cached_token_count"] = cached_token_count
        if thought_cost is not UNSET:
            field_dict["thought_cost"] = thought_cost
        if last_llm_model is not UNSET:
            field_dict["last_llm_model"] = last_llm_model

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        thought_id = d.pop("thought_id")

        task_id = d.pop("task_id")

        organization_id = d.pop("organization_id")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        modified_at = datetime.datetime.fromisoformat(d.pop("modified_at"))

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

        def _parse_workflow_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        workflow_id = _parse_workflow_id(d.pop("workflow_id", UNSET))

        def _parse_workflow_permanent_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        workflow_permanent_id = _parse_workflow_permanent_id(
            d.pop("workflow_permanent_id", UNSET)
        )

        def _parse_user_input(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user_input = _parse_user_input(d.pop("user_input", UNSET))

        def _parse_observation(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        observation = _parse_observation(d.pop("observation", UNSET))

        def _parse_thought(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        thought = _parse_thought(d.pop("thought", UNSET))

        def _parse_answer(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        answer = _parse_answer(d.pop("answer", UNSET))

        def _parse_thought_type(data: object) -> None | ThoughtType | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                thought_type_type_0 = ThoughtType(data)

                return thought_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ThoughtType | Unset, data)

        thought_type = _parse_thought_type(d.pop("thought_type", UNSET))

        def _parse_thought_scenario(data: object) -> None | ThoughtScenario | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                thought_scenario_type_0 = ThoughtScenario(data)

                return thought_scenario_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ThoughtScenario | Unset, data)

        thought_scenario = _parse_thought_scenario(d.pop("thought_scenario", UNSET))

        def _parse_output(data: object) -> Any | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(Any | None | Unset, data)

        output = _parse_output(d.pop("output", UNSET))

        def _parse_input_token_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        input_token_count = _parse_input_token_count(d.pop("input_token_count", UNSET))

        def _parse_output_token_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        output_token_count = _parse_output_token_count(
            d.pop("output_token_count", UNSET)
        )

        def _parse_reasoning_token_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        reasoning_token_count = _parse_reasoning_token_count(
            d.pop("reasoning_token_count", UNSET)
        )

        def _parse_cached_token_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        cached_token_count = _parse_cached_token_count(
            d.pop("cached_token_count", UNSET)
        )

        def _parse_thought_cost(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        thought_cost = _parse_thought_cost(d.pop("thought_cost", UNSET))

        def _parse_last_llm_model(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_llm_model = _parse_last_llm_model(d.pop("last_llm_model", UNSET))

        thought = cls(
            thought_id=thought_id,
            task_id=task_id,
            organization_id=organization_id,
            created_at=created_at,
            modified_at=modified_at,
            workflow_run_id=workflow_run_id,
            workflow_run_block_id=workflow_run_block_id,
            workflow_id=workflow_id,
            workflow_permanent_id=workflow_permanent_id,
            user_input=user_input,
            observation=observation,
            thought=thought,
            answer=answer,
            thought_type=thought_type,
            thought_scenario=thought_scenario,
            output=output,
            input_token_count=input_token_count,
            output_token_count=output_token_count,
            reasoning_token_count=reasoning_token_count,
            cached_token_count=cached_token_count,
            thought_cost=thought_cost,
            last_llm_model=last_llm_model,
        )

        thought.additional_properties = d
        return thought

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
