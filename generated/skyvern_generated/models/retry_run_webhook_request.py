from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from skyvern_sync import _model as _t
from skyvern_sync._model import Model

_new = object.__new__


class RetryRunWebhookRequest(Model):
    """Fields this client does not know are kept in `additional_properties` (also readable as `model["name"]`)."""

    __slots__ = ("webhook_url",)
    _fields = ("webhook_url",)

    webhook_url: str | None
    """ Optional webhook URL to send the payload to instead of the stored configuration """

    def __init__(
        self,
        *,
        webhook_url: str | None = None,
    ) -> None:
        self.webhook_url = webhook_url
        self.additional_properties = {}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """A `RetryRunWebhookRequest` from its JSON, as `json.loads` gives it.

        Raises ShapeError, naming the JSON path (`$.field[2].name`), when the JSON does not fit the schema.
        """
        if data.__class__ is not dict:
            data = _t.as_object(data, "")
        get = data.get
        obj = _new(cls)
        value: Any
        value = get("webhook_url")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "webhook_url")
        obj.webhook_url = value
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
        value = self.webhook_url
        if value is not None:
            data["webhook_url"] = value
        return data


_KEYS: frozenset[str] = frozenset(
    {
        "webhook_url",
    }
)


__all__ = ["RetryRunWebhookRequest"]
