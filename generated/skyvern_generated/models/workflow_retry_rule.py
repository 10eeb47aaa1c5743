from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from skyvern_sync import _model as _t
from skyvern_sync._model import MISSING as _MISSING
from skyvern_sync._model import Model

_new = object.__new__


class WorkflowRetryRule(Model):
    """Fields this client does not know are kept in `additional_properties` (also readable as `model["name"]`)."""

    __slots__ = ("error_codes", "status")
    _fields = (
        "status",
        "error_codes",
    )

    status: WorkflowRetryRuleStatus
    """ Terminal status that triggers a retry rule; canceled is accepted for forward compatibility, but a canceled
    run never retries in the current runtime, including explicit API/UI cancels. """
    error_codes: list[str] | None
    """ Optional error codes. The rule matches when any listed code is present. """

    def __init__(
        self,
        *,
        status: WorkflowRetryRuleStatus,
        error_codes: list[str] | None = None,
    ) -> None:
        self.status = status
        self.error_codes = error_codes
        self.additional_properties = {}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """A `WorkflowRetryRule` from its JSON, as `json.loads` gives it.

        Raises ShapeError, naming the JSON path (`$.field[2].name`), when the JSON does not fit the schema.
        """
        if data.__class__ is not dict:
            data = _t.as_object(data, "")
        get = data.get
        obj = _new(cls)
        value: Any
        value = get("status", _MISSING)
        try:
            value = _members_WorkflowRetryRuleStatus[value]
        except (KeyError, TypeError):
            value = _t.as_enum(WorkflowRetryRuleStatus, value, "status")
        obj.status = value
        value = get("error_codes")
        if value is not None:
            if value.__class__ is not list:
                value = _t.as_list(value, "error_codes")
            _t.check_items(value, str, "error_codes")
        obj.error_codes = value
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
        data["status"] = _t.wire(self.status)
        value = self.error_codes
        if value is not None:
            data["error_codes"] = value
        return data


_KEYS: frozenset[str] = frozenset(
    {
        "status",
        "error_codes",
    }
)


# Imported last: models refer to each other in cycles (a loop block holds blocks), and each module has
# defined its class by the time another one imports it.
from .workflow_retry_rule_status import WorkflowRetryRuleStatus

_members_WorkflowRetryRuleStatus: dict[Any, Any] = (
    WorkflowRetryRuleStatus._value2member_map_
)


__all__ = ["WorkflowRetryRule"]
