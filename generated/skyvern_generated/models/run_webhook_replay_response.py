from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RunWebhookReplayResponse")


@_attrs_define
class RunWebhookReplayResponse:
    run_id: str
    """ Identifier of the run that was replayed """
    run_type: str
    """ Run type associated with the payload """
    payload: str
    """ JSON payload that was delivered during the replay attempt """
    headers: Any
    """ Signed headers that were generated for the replay attempt """
    default_webhook_url: None | str | Unset = UNSET
    """ Webhook URL stored on the original run configuration """
    target_webhook_url: None | str | Unset = UNSET
    """ Webhook URL that the replay attempted to reach """
    status_code: int | None | Unset = UNSET
    """ HTTP status code returned by the webhook receiver, if available """
    latency_ms: int | None | Unset = UNSET
    """ Round-trip latency in milliseconds for the replay attempt """
    response_body: None | str | Unset = UNSET
    """ Body returned by the webhook receiver (truncated to 2KB) """
    error: None | str | Unset = UNSET
    """ Error message if the replay attempt failed """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        run_id = self.run_id

        run_type = self.run_type

        payload = self.payload

        headers = self.headers

        default_webhook_url: None | str | Unset
        if isinstance(self.default_webhook_url, Unset):
            default_webhook_url = UNSET
        else:
            default_webhook_url = self.default_webhook_url

        target_webhook_url: None | str | Unset
        if isinstance(self.target_webhook_url, Unset):
            target_webhook_url = UNSET
        else:
            target_webhook_url = self.target_webhook_url

        status_code: int | None | Unset
        if isinstance(self.status_code, Unset):
            status_code = UNSET
        else:
            status_code = self.status_code

        latency_ms: int | None | Unset
        if isinstance(self.latency_ms, Unset):
            latency_ms = UNSET
        else:
            latency_ms = self.latency_ms

        response_body: None | str | Unset
        if isinstance(self.response_body, Unset):
            response_body = UNSET
        else:
            response_body = self.response_body

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "run_id": run_id,
                "run_type": run_type,
                "payload": payload,
                "headers": headers,
            }
        )
        if default_webhook_url is not UNSET:
            field_dict["default_webhook_url"] = default_webhook_url
        if target_webhook_url is not UNSET:
            field_dict["target_webhook_url"] = target_webhook_url
        if status_code is not UNSET:
            field_dict["status_code"] = status_code
        if latency_ms is not UNSET:
            field_dict["latency_ms"] = latency_ms
        if response_body is not UNSET:
            field_dict["response_body"] = response_body
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        run_id = d.pop("run_id")

        run_type = d.pop("run_type")

        payload = d.pop("payload")

        headers = d.pop("headers")

        def _parse_default_webhook_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        default_webhook_url = _parse_default_webhook_url(
            d.pop("default_webhook_url", UNSET)
        )

        def _parse_target_webhook_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        target_webhook_url = _parse_target_webhook_url(
            d.pop("target_webhook_url", UNSET)
        )

        def _parse_status_code(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        status_code = _parse_status_code(d.pop("status_code", UNSET))

        def _parse_latency_ms(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        latency_ms = _parse_latency_ms(d.pop("latency_ms", UNSET))

        def _parse_response_body(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        response_body = _parse_response_body(d.pop("response_body", UNSET))

        def _parse_error(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error = _parse_error(d.pop("error", UNSET))

        run_webhook_replay_response = cls(
            run_id=run_id,
            run_type=run_type,
            payload=payload,
            headers=headers,
            default_webhook_url=default_webhook_url,
            target_webhook_url=target_webhook_url,
            status_code=status_code,
            latency_ms=latency_ms,
            response_body=response_body,
            error=error,
        )

        run_webhook_replay_response.additional_properties = d
        return run_webhook_replay_response

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
