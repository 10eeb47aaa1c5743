from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.workflow_retry_policy_webhook_on_retry import (
    WorkflowRetryPolicyWebhookOnRetry,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workflow_retry_rule import WorkflowRetryRule


T = TypeVar("T", bound="WorkflowRetryPolicy")


@_attrs_define
class WorkflowRetryPolicy:
    retry_on: list[WorkflowRetryRule]
    """ Terminal status rules that enable retries """
    max_retries: int | Unset = 1
    """ Maximum number of retries after the initial attempt """
    delay_seconds: int | Unset = 0
    """ Fixed delay before the next attempt, in seconds """
    webhook_on_retry: WorkflowRetryPolicyWebhookOnRetry | Unset = (
        WorkflowRetryPolicyWebhookOnRetry.FINAL_ONLY
    )
    """ Whether to send a webhook for every attempt or only the final attempt """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        retry_on = []
        for retry_on_item_data in self.retry_on:
            retry_on_item = retry_on_item_data.to_dict()
            retry_on.append(retry_on_item)

        max_retries = self.max_retries

        delay_seconds = self.delay_seconds

        webhook_on_retry: str | Unset = UNSET
        if not isinstance(self.webhook_on_retry, Unset):
            webhook_on_retry = self.webhook_on_retry.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "retry_on": retry_on,
            }
        )
        if max_retries is not UNSET:
            field_dict["max_retries"] = max_retries
        if delay_seconds is not UNSET:
            field_dict["delay_seconds"] = delay_seconds
        if webhook_on_retry is not UNSET:
            field_dict["webhook_on_retry"] = webhook_on_retry

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.workflow_retry_rule import WorkflowRetryRule

        d = dict(src_dict)
        retry_on = []
        _retry_on = d.pop("retry_on")
        for retry_on_item_data in _retry_on:
            retry_on_item = WorkflowRetryRule.from_dict(retry_on_item_data)

            retry_on.append(retry_on_item)

        max_retries = d.pop("max_retries", UNSET)

        delay_seconds = d.pop("delay_seconds", UNSET)

        _webhook_on_retry = d.pop("webhook_on_retry", UNSET)
        webhook_on_retry: WorkflowRetryPolicyWebhookOnRetry | Unset
        if isinstance(_webhook_on_retry, Unset):
            webhook_on_retry = UNSET
        else:
            webhook_on_retry = WorkflowRetryPolicyWebhookOnRetry(_webhook_on_retry)

        workflow_retry_policy = cls(
            retry_on=retry_on,
            max_retries=max_retries,
            delay_seconds=delay_seconds,
            webhook_on_retry=webhook_on_retry,
        )

        workflow_retry_policy.additional_properties = d
        return workflow_retry_policy

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
