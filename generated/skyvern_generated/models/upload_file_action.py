from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self

from skyvern_sync import _model as _t
from skyvern_sync._model import Model
from skyvern_sync.errors import ShapeError as _ShapeError

_new = object.__new__


class UploadFileAction(Model):
    """Upload file action parameters.
    Fields this client does not know are kept in `additional_properties` (also readable as `model["name"]`)."""

    __slots__ = ("data", "file_url", "intention", "selector", "timeout", "type")
    _fields = (
        "type",
        "selector",
        "file_url",
        "intention",
        "data",
        "timeout",
    )

    type: Literal["ai_upload_file"] | None
    selector: str | None
    """ CSS selector for the element """
    file_url: str | None
    """ File URL for upload """
    intention: str | None
    """ The intention or goal of the upload """
    data: str | JsonObject | None
    """ Additional context data """
    timeout: float | None
    """ Timeout in milliseconds """

    def __init__(
        self,
        *,
        type: Literal["ai_upload_file"] | None = None,
        selector: str | None = None,
        file_url: str | None = None,
        intention: str | None = None,
        data: str | JsonObject | None = None,
        timeout: float | None = None,
    ) -> None:
        self.type = type
        self.selector = selector
        self.file_url = file_url
        self.intention = intention
        self.data = data
        self.timeout = timeout
        self.additional_properties = {}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """A `UploadFileAction` from its JSON, as `json.loads` gives it.

        Raises ShapeError, naming the JSON path (`$.field[2].name`), when the JSON does not fit the schema.
        """
        if data.__class__ is not dict:
            data = _t.as_object(data, "")
        get = data.get
        obj = _new(cls)
        value: Any
        value = get("type")
        if value is not None:
            if value != "ai_upload_file":
                raise _t.invalid(value, "ai_upload_file", "type")
        obj.type = value
        value = get("selector")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "selector")
        obj.selector = value
        value = get("file_url")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "file_url")
        obj.file_url = value
        value = get("intention")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "intention")
        obj.intention = value
        value = get("data")
        if value is not None:
            try:
                value = _p_data(value)
            except _ShapeError as error:
                raise error.within("data") from None
        obj.data = value
        value = get("timeout")
        if value is not None:
            if value.__class__ is not float:
                value = _t.as_float(value, "timeout")
        obj.timeout = value
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
        value = self.type
        if value is not None:
            data["type"] = value
        value = self.selector
        if value is not None:
            data["selector"] = value
        value = self.file_url
        if value is not None:
            data["file_url"] = value
        value = self.intention
        if value is not None:
            data["intention"] = value
        value = self.data
        if value is not None:
            data["data"] = value
        value = self.timeout
        if value is not None:
            data["timeout"] = value
        return data


_KEYS: frozenset[str] = frozenset(
    {
        "type",
        "selector",
        "file_url",
        "intention",
        "data",
        "timeout",
    }
)


def _p_data(data: Any) -> str | JsonObject:
    if isinstance(data, str):
        return data
    if data.__class__ is dict:
        return data  # type: ignore[no-any-return,unused-ignore]
    raise _t.invalid(data, "a string or an object", "")


# Imported last: models refer to each other in cycles (a loop block holds blocks), and each module has
# defined its class by the time another one imports it.
from .json_object import JsonObject

__all__ = ["UploadFileAction"]
