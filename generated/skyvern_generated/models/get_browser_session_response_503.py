from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from skyvern_sync import _model as _t
from skyvern_sync._model import MISSING as _MISSING
from skyvern_sync._model import Model
from skyvern_sync.errors import ShapeError as _ShapeError

_new = object.__new__


class GetBrowserSessionResponse503(Model):
    """Fields this client does not know are kept in `additional_properties` (also readable as `model["name"]`)."""

    __slots__ = ("detail",)
    _fields = ("detail",)

    detail: GetBrowserSessionResponse503Detail

    def __init__(
        self,
        *,
        detail: GetBrowserSessionResponse503Detail,
    ) -> None:
        self.detail = detail
        self.additional_properties = {}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """A `GetBrowserSessionResponse503` from its JSON, as `json.loads` gives it.

        Raises ShapeError, naming the JSON path (`$.field[2].name`), when the JSON does not fit the schema.
        """
        if data.__class__ is not dict:
            data = _t.as_object(data, "")
        get = data.get
        obj = _new(cls)
        value: Any
        value = get("detail", _MISSING)
        try:
            value = GetBrowserSessionResponse503Detail.from_dict(value)
        except _ShapeError as error:
            raise error.within("detail") from None
        obj.detail = value
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
        data["detail"] = self.detail.to_dict()
        return data


_KEYS: frozenset[str] = frozenset(
    {
        "detail",
    }
)


# Imported last: models refer to each other in cycles (a loop block holds blocks), and each module has
# defined its class by the time another one imports it.
from .get_browser_session_response_503_detail import GetBrowserSessionResponse503Detail

__all__ = ["GetBrowserSessionResponse503"]
