from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from skyvern_sync import _model as _t
from skyvern_sync._model import MISSING as _MISSING
from skyvern_sync._model import Model
from skyvern_sync.errors import ShapeError as _ShapeError

_new = object.__new__


class WorkflowRetryPolicy(Model):
    """Fields this client does not know are kept in `additional_properties` (also readable as `model["name"]`)."""

    __slots__ = ("delay_seconds", "max_retries", "retry_on", "webhook_on_retry")
    _fields = (
        "max_retries",
        "delay_seconds",
        "webhook_on_retry",
        "retry_on",
    )

    max_retries: int | None
    """ Maximum number of retries after the initial attempt """
    delay_seconds: int | None
    """ Fixed delay before the next attempt, in seconds """
    webhook_on_retry: WorkflowRetryPolicyWebhookOnRetry | None
    """ Whether to send a webhook for every attempt or only the final attempt """
    retry_on: list[WorkflowRetryRule]
    """ Terminal status rules that enable retries """

    def __init__(
        self,
        *,
        max_retries: int | None = None,
        delay_seconds: int | None = None,
        webhook_on_retry: WorkflowRetryPolicyWebhookOnRetry | None = None,
        retry_on: list[WorkflowRetryRule],
    ) -> None:
        self.max_retries = max_retries
        self.delay_seconds = delay_seconds
        self.webhook_on_retry = webhook_on_retry
        self.retry_on = retry_on
        self.additional_properties = {}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """A `WorkflowRetryPolicy` from its JSON, as `json.loads` gives it.

        Raises ShapeError, naming the JSON path (`$.field[2].name`), when the JSON does not fit the schema.
        """
        if data.__class__ is not dict:
            data = _t.as_object(data, "")
        get = data.get
        obj = _new(cls)
        value: Any
        value = get("max_retries")
        if value is not None:
            if value.__class__ is not int:
                value = _t.as_int(value, "max_retries")
        obj.max_retries = value
        value = get("delay_seconds")
        if value is not None:
            if value.__class__ is not int:
                value = _t.as_int(value, "delay_seconds")
        obj.delay_seconds = value
        value = get("webhook_on_retry")
        if value is not None:
            try:
                value = _members_WorkflowRetryPolicyWebhookOnRetry[value]
            except (KeyError, TypeError):
                value = _t.as_enum(
                    WorkflowRetryPolicyWebhookOnRetry, value, "webhook_on_retry"
                )
        obj.webhook_on_retry = value
        value = get("retry_on", _MISSING)
        if value.__class__ is not list:
            value = _t.as_list(value, "retry_on")
        try:
            value = [WorkflowRetryRule.from_dict(item) for item in value]
        except _ShapeError:
            raise _t.locate(value, WorkflowRetryRule.from_dict, "retry_on") from None
        obj.retry_on = value
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
        value = self.max_retries
        if value is not None:
            data["max_retries"] = value
        value = self.delay_seconds
        if value is not None:
            data["delay_seconds"] = value
        value = self.webhook_on_retry
        if value is not None:
            data["webhook_on_retry"] = _t.wire(value)
        data["retry_on"] = [item.to_dict() for item in self.retry_on]
        return data


_KEYS: frozenset[str] = frozenset(
    {
        "max_retries",
        "delay_seconds",
        "webhook_on_retry",
        "retry_on",
    }
)


# Imported last: models refer to each other in cycles (a loop block holds blocks), and each module has
# defined its class by the time another one imports it.
from .workflow_retry_policy_webhook_on_retry import WorkflowRetryPolicyWebhookOnRetry
from .workflow_retry_rule import WorkflowRetryRule

_members_WorkflowRetryPolicyWebhookOnRetry: dict[Any, Any] = (
    WorkflowRetryPolicyWebhookOnRetry._value2member_map_
)


__all__ = ["WorkflowRetryPolicy"]
