from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from skyvern_sync import _model as _t
from skyvern_sync._model import MISSING as _MISSING
from skyvern_sync._model import Model

_new = object.__new__


class RunWebhookReplayResponse(Model):
    """Fields this client does not know are kept in `additional_properties` (also readable as `model["name"]`)."""

    __slots__ = (
        "default_webhook_url",
        "error",
        "headers",
        "latency_ms",
        "payload",
        "response_body",
        "run_id",
        "run_type",
        "status_code",
        "target_webhook_url",
    )
    _fields = (
        "run_id",
        "run_type",
        "default_webhook_url",
        "target_webhook_url",
        "payload",
        "headers",
        "status_code",
        "latency_ms",
        "response_body",
        "error",
    )

    run_id: str
    """ Identifier of the run that was replayed """
    run_type: str
    """ Run type associated with the payload """
    default_webhook_url: str | None
    """ Webhook URL stored on the original run configuration """
    target_webhook_url: str | None
    """ Webhook URL that the replay attempted to reach """
    payload: str
    """ JSON payload that was delivered during the replay attempt """
    headers: StringMap
    """ Free-form JSON: an object with string values. """
    status_code: int | None
    """ HTTP status code returned by the webhook receiver, if available """
    latency_ms: int | None
    """ Round-trip latency in milliseconds for the replay attempt """
    response_body: str | None
    """ Body returned by the webhook receiver (truncated to 2KB) """
    error: str | None
    """ Error message if the replay attempt failed """

    def __init__(
        self,
        *,
        run_id: str,
        run_type: str,
        default_webhook_url: str | None = None,
        target_webhook_url: str | None = None,
        payload: str,
        headers: StringMap,
        status_code: int | None = None,
        latency_ms: int | None = None,
        response_body: str | None = None,
        error: str | None = None,
    ) -> None:
        self.run_id = run_id
        self.run_type = run_type
        self.default_webhook_url = default_webhook_url
        self.target_webhook_url = target_webhook_url
        self.payload = payload
        self.headers = headers
        self.status_code = status_code
        self.latency_ms = latency_ms
        self.response_body = response_body
        self.error = error
        self.additional_properties = {}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """A `RunWebhookReplayResponse` from its JSON, as `json.loads` gives it.

        Raises ShapeError, naming the JSON path (`$.field[2].name`), when the JSON does not fit the schema.
        """
        if data.__class__ is not dict:
            data = _t.as_object(data, "")
        get = data.get
        obj = _new(cls)
        value: Any
        value = get("run_id", _MISSING)
        if value.__class__ is not str:
            value = _t.as_str(value, "run_id")
        obj.run_id = value
        value = get("run_type", _MISSING)
        if value.__class__ is not str:
            value = _t.as_str(value, "run_type")
        obj.run_type = value
        value = get("default_webhook_url")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "default_webhook_url")
        obj.default_webhook_url = value
        value = get("target_webhook_url")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "target_webhook_url")
        obj.target_webhook_url = value
        value = get("payload", _MISSING)
        if value.__class__ is not str:
            value = _t.as_str(value, "payload")
        obj.payload = value
        value = get("headers", _MISSING)
        value = _t.as_string_map(value, "headers")
        obj.headers = value
        value = get("status_code")
        if value is not None:
            if value.__class__ is not int:
                value = _t.as_int(value, "status_code")
        obj.status_code = value
        value = get("latency_ms")
        if value is not None:
            if value.__class__ is not int:
                value = _t.as_int(value, "latency_ms")
        obj.latency_ms = value
        value = get("response_body")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "response_body")
        obj.response_body = value
        value = get("error")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "error")
        obj.error = value
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
        data["run_id"] = self.run_id
        data["run_type"] = self.run_type
        value = self.default_webhook_url
        if value is not None:
            data["default_webhook_url"] = value
        value = self.target_webhook_url
        if value is not None:
            data["target_webhook_url"] = value
        data["payload"] = self.payload
        data["headers"] = self.headers
        value = self.status_code
        if value is not None:
            data["status_code"] = value
        value = self.latency_ms
        if value is not None:
            data["latency_ms"] = value
        value = self.response_body
        if value is not None:
            data["response_body"] = value
        value = self.error
        if value is not None:
            data["error"] = value
        return data


_KEYS: frozenset[str] = frozenset(
    {
        "run_id",
        "run_type",
        "default_webhook_url",
        "target_webhook_url",
        "payload",
        "headers",
        "status_code",
        "latency_ms",
        "response_body",
        "error",
    }
)


# Imported last: models refer to each other in cycles (a loop block holds blocks), and each module has
# defined its class by the time another one imports it.
from .string_map import StringMap

__all__ = ["RunWebhookReplayResponse"]
