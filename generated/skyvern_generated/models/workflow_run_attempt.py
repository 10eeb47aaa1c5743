from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from skyvern_sync import _model as _t
from skyvern_sync._model import MISSING as _MISSING
from skyvern_sync._model import Model

_new = object.__new__
_datetime = datetime.datetime.fromisoformat


class WorkflowRunAttempt(Model):
    """Fields this client does not know are kept in `additional_properties` (also readable as `model["name"]`)."""

    __slots__ = (
        "attempt_number",
        "decision_reason",
        "error_codes",
        "failure_reason",
        "finished_at",
        "next_attempt_at",
        "retry_decision",
        "started_at",
        "status",
        "webhook_sent_at",
    )
    _fields = (
        "attempt_number",
        "status",
        "failure_reason",
        "error_codes",
        "started_at",
        "finished_at",
        "retry_decision",
        "decision_reason",
        "next_attempt_at",
        "webhook_sent_at",
    )

    attempt_number: int
    """ One-based number of this workflow run attempt """
    status: RunStatus
    """ Status of this workflow run attempt """
    failure_reason: str | None
    """ Reason for failure, if the attempt failed """
    error_codes: list[str] | None
    """ Error codes reported by this attempt """
    started_at: datetime.datetime | None
    """ Timestamp when this attempt started """
    finished_at: datetime.datetime | None
    """ Timestamp when this attempt finished """
    retry_decision: str | None
    """ Retry decision recorded for this attempt """
    decision_reason: str | None
    """ Reason recorded for the retry decision """
    next_attempt_at: datetime.datetime | None
    """ Timestamp when the next attempt is scheduled """
    webhook_sent_at: datetime.datetime | None
    """ Timestamp when the webhook for this attempt was sent """

    def __init__(
        self,
        *,
        attempt_number: int,
        status: RunStatus,
        failure_reason: str | None = None,
        error_codes: list[str] | None = None,
        started_at: datetime.datetime | None = None,
        finished_at: datetime.datetime | None = None,
        retry_decision: str | None = None,
        decision_reason: str | None = None,
        next_attempt_at: datetime.datetime | None = None,
        webhook_sent_at: datetime.datetime | None = None,
    ) -> None:
        self.attempt_number = attempt_number
        self.status = status
        self.failure_reason = failure_reason
        self.error_codes = error_codes
        self.started_at = started_at
        self.finished_at = finished_at
        self.retry_decision = retry_decision
        self.decision_reason = decision_reason
        self.next_attempt_at = next_attempt_at
        self.webhook_sent_at = webhook_sent_at
        self.additional_properties = {}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """A `WorkflowRunAttempt` from its JSON, as `json.loads` gives it.

        Raises ShapeError, naming the JSON path (`$.field[2].name`), when the JSON does not fit the schema.
        """
        if data.__class__ is not dict:
            data = _t.as_object(data, "")
        get = data.get
        obj = _new(cls)
        value: Any
        value = get("attempt_number", _MISSING)
        if value.__class__ is not int:
            value = _t.as_int(value, "attempt_number")
        obj.attempt_number = value
        value = get("status", _MISSING)
        try:
            value = _members_RunStatus[value]
        except (KeyError, TypeError):
            value = _t.as_enum(RunStatus, value, "status")
        obj.status = value
        value = get("failure_reason")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "failure_reason")
        obj.failure_reason = value
        value = get("error_codes")
        if value is not None:
            if value.__class__ is not list:
                value = _t.as_list(value, "error_codes")
            _t.check_items(value, str, "error_codes")
        obj.error_codes = value
        value = get("started_at")
        if value is not None:
            try:
                value = _datetime(value)
            except (TypeError, ValueError):
                value = _t.as_datetime(value, "started_at")
        obj.started_at = value
        value = get("finished_at")
        if value is not None:
            try:
                value = _datetime(value)
            except (TypeError, ValueError):
                value = _t.as_datetime(value, "finished_at")
        obj.finished_at = value
        value = get("retry_decision")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "retry_decision")
        obj.retry_decision = value
        value = get("decision_reason")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "decision_reason")
        obj.decision_reason = value
        value = get("next_attempt_at")
        if value is not None:
            try:
                value = _datetime(value)
            except (TypeError, ValueError):
                value = _t.as_datetime(value, "next_attempt_at")
        obj.next_attempt_at = value
        value = get("webhook_sent_at")
        if value is not None:
            try:
                value = _datetime(value)
            except (TypeError, ValueError):
                value = _t.as_datetime(value, "webhook_sent_at")
        obj.webhook_sent_at = value
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
        data["attempt_number"] = self.attempt_number
        data["status"] = _t.wire(self.status)
        value = self.failure_reason
        if value is not None:
            data["failure_reason"] = value
        value = self.error_codes
        if value is not None:
            data["error_codes"] = value
        value = self.started_at
        if value is not None:
            data["started_at"] = value.isoformat()
        value = self.finished_at
        if value is not None:
            data["finished_at"] = value.isoformat()
        value = self.retry_decision
        if value is not None:
            data["retry_decision"] = value
        value = self.decision_reason
        if value is not None:
            data["decision_reason"] = value
        value = self.next_attempt_at
        if value is not None:
            data["next_attempt_at"] = value.isoformat()
        value = self.webhook_sent_at
        if value is not None:
            data["webhook_sent_at"] = value.isoformat()
        return data


_KEYS: frozenset[str] = frozenset(
    {
        "attempt_number",
        "status",
        "failure_reason",
        "error_codes",
        "started_at",
        "finished_at",
        "retry_decision",
        "decision_reason",
        "next_attempt_at",
        "webhook_sent_at",
    }
)


# Imported last: models refer to each other in cycles (a loop block holds blocks), and each module has
# defined its class by the time another one imports it.
from .run_status import RunStatus

_members_RunStatus: dict[Any, Any] = RunStatus._value2member_map_


__all__ = ["WorkflowRunAttempt"]
