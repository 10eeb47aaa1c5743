from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.run_status import RunStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkflowRunAttempt")


@_attrs_define
class WorkflowRunAttempt:
    attempt_number: int
    """ One-based number of this workflow run attempt """
    status: RunStatus
    failure_reason: None | str | Unset = UNSET
    """ Reason for failure, if the attempt failed """
    error_codes: list[str] | Unset = UNSET
    """ Error codes reported by this attempt """
    started_at: datetime.datetime | None | Unset = UNSET
    """ Timestamp when this attempt started """
    finished_at: datetime.datetime | None | Unset = UNSET
    """ Timestamp when this attempt finished """
    retry_decision: None | str | Unset = UNSET
    """ Retry decision recorded for this attempt """
    decision_reason: None | str | Unset = UNSET
    """ Reason recorded for the retry decision """
    next_attempt_at: datetime.datetime | None | Unset = UNSET
    """ Timestamp when the next attempt is scheduled """
    webhook_sent_at: datetime.datetime | None | Unset = UNSET
    """ Timestamp when the webhook for this attempt was sent """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        attempt_number = self.attempt_number

        status = self.status.value

        failure_reason: None | str | Unset
        if isinstance(self.failure_reason, Unset):
            failure_reason = UNSET
        else:
            failure_reason = self.failure_reason

        error_codes: list[str] | Unset = UNSET
        if not isinstance(self.error_codes, Unset):
            error_codes = self.error_codes

        started_at: None | str | Unset
        if isinstance(self.started_at, Unset):
            started_at = UNSET
        elif isinstance(self.started_at, datetime.datetime):
            started_at = self.started_at.isoformat()
        else:
            started_at = self.started_at

        finished_at: None | str | Unset
        if isinstance(self.finished_at, Unset):
            finished_at = UNSET
        elif isinstance(self.finished_at, datetime.datetime):
            finished_at = self.finished_at.isoformat()
        else:
            finished_at = self.finished_at

        retry_decision: None | str | Unset
        if isinstance(self.retry_decision, Unset):
            retry_decision = UNSET
        else:
            retry_decision = self.retry_decision

        decision_reason: None | str | Unset
        if isinstance(self.decision_reason, Unset):
            decision_reason = UNSET
        else:
            decision_reason = self.decision_reason

        next_attempt_at: None | str | Unset
        if isinstance(self.next_attempt_at, Unset):
            next_attempt_at = UNSET
        elif isinstance(self.next_attempt_at, datetime.datetime):
            next_attempt_at = self.next_attempt_at.isoformat()
        else:
            next_attempt_at = self.next_attempt_at

        webhook_sent_at: None | str | Unset
        if isinstance(self.webhook_sent_at, Unset):
            webhook_sent_at = UNSET
        elif isinstance(self.webhook_sent_at, datetime.datetime):
            webhook_sent_at = self.webhook_sent_at.isoformat()
        else:
            webhook_sent_at = self.webhook_sent_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "attempt_number": attempt_number,
                "status": status,
            }
        )
        if failure_reason is not UNSET:
            field_dict["failure_reason"] = failure_reason
        if error_codes is not UNSET:
            field_dict["error_codes"] = error_codes
        if started_at is not UNSET:
            field_dict["started_at"] = started_at
        if finished_at is not UNSET:
            field_dict["finished_at"] = finished_at
        if retry_decision is not UNSET:
            field_dict["retry_decision"] = retry_decision
        if decision_reason is not UNSET:
            field_dict["decision_reason"] = decision_reason
        if next_attempt_at is not UNSET:
            field_dict["next_attempt_at"] = next_attempt_at
        if webhook_sent_at is not UNSET:
            field_dict["webhook_sent_at"] = webhook_sent_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        attempt_number = d.pop("attempt_number")

        status = RunStatus(d.pop("status"))

        def _parse_failure_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        failure_reason = _parse_failure_reason(d.pop("failure_reason", UNSET))

        error_codes = cast(list[str], d.pop("error_codes", UNSET))

        def _parse_started_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                started_at_type_0 = datetime.datetime.fromisoformat(data)

                return started_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        started_at = _parse_started_at(d.pop("started_at", UNSET))

        def _parse_finished_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                finished_at_type_0 = datetime.datetime.fromisoformat(data)

                return finished_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        finished_at = _parse_finished_at(d.pop("finished_at", UNSET))

        def _parse_retry_decision(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        retry_decision = _parse_retry_decision(d.pop("retry_decision", UNSET))

        def _parse_decision_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        decision_reason = _parse_decision_reason(d.pop("decision_reason", UNSET))

        def _parse_next_attempt_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                next_attempt_at_type_0 = datetime.datetime.fromisoformat(data)

                return next_attempt_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        next_attempt_at = _parse_next_attempt_at(d.pop("next_attempt_at", UNSET))

        def _parse_webhook_sent_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                webhook_sent_at_type_0 = datetime.datetime.fromisoformat(data)

                return webhook_sent_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        webhook_sent_at = _parse_webhook_sent_at(d.pop("webhook_sent_at", UNSET))

        workflow_run_attempt = cls(
            attempt_number=attempt_number,
            status=status,
            failure_reason=failure_reason,
            error_codes=error_codes,
            started_at=started_at,
            finished_at=finished_at,
            retry_decision=retry_decision,
            decision_reason=decision_reason,
            next_attempt_at=next_attempt_at,
            webhook_sent_at=webhook_sent_at,
        )

        workflow_run_attempt.additional_properties = d
        return workflow_run_attempt

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
