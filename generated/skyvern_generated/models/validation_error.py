from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from skyvern_sync import _model as _t
from skyvern_sync._model import MISSING as _MISSING
from skyvern_sync._model import Model
from skyvern_sync.errors import ShapeError as _ShapeError

_new = object.__new__


class ValidationError(Model):
    """Fields this client does not know are kept in `additional_properties` (also readable as `model["name"]`)."""

    __slots__ = ("ctx", "input", "loc", "msg", "type")
    _fields = (
        "loc",
        "msg",
        "type",
        "input",
        "ctx",
    )

    loc: list[str | int]
    msg: str
    type: str
    input: Any | None
    ctx: JsonObject | None
    """ Free-form JSON: an object with any values. """

    def __init__(
        self,
        *,
        loc: list[str | int],
        msg: str,
        type: str,
        input: Any | None = None,
        ctx: JsonObject | None = None,
    ) -> None:
        self.loc = loc
        self.msg = msg
        self.type = type
        self.input = input
        self.ctx = ctx
        self.additional_properties = {}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """A `ValidationError` from its JSON, as `json.loads` gives it.

        Raises ShapeError, naming the JSON path (`$.field[2].name`), when the JSON does not fit the schema.
        """
        if data.__class__ is not dict:
            data = _t.as_object(data, "")
        get = data.get
        obj = _new(cls)
        value: Any
        value = get("loc", _MISSING)
        if value.__class__ is not list:
            value = _t.as_list(value, "loc")
        try:
            value = [_p_loc_item(item) for item in value]
        except _ShapeError:
            raise _t.locate(value, _p_loc_item, "loc") from None
        obj.loc = value
        value = get("msg", _MISSING)
        if value.__class__ is not str:
            value = _t.as_str(value, "msg")
        obj.msg = value
        value = get("type", _MISSING)
        if value.__class__ is not str:
            value = _t.as_str(value, "type")
        obj.type = value
        value = get("input")
        obj.input = value
        value = get("ctx")
        if value is not None:
            if value.__class__ is not dict:
                value = _t.as_object(value, "ctx")
        obj.ctx = value
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
        data["loc"] = [item for item in self.loc]
        data["msg"] = self.msg
        data["type"] = self.type
        value = self.input
        if value is not None:
            data["input"] = value
        value = self.ctx
        if value is not None:
            data["ctx"] = value
        return data


_KEYS: frozenset[str] = frozenset(
    {
        "loc",
        "msg",
        "type",
        "input",
        "ctx",
    }
)


def _p_loc_item(item: Any) -> str | int:
    try:
        item = _p_loc_i(item)
    except _ShapeError as error:
        raise error.within("") from None
    return item  # type: ignore[no-any-return,unused-ignore]


def _p_loc_i(data: Any) -> str | int:
    if isinstance(data, str):
        return data
    if data.__class__ is int:
        return data
    raise _t.invalid(data, "a string or an integer", "")


# Imported last: models refer to each other in cycles (a loop block holds blocks), and each module has
# defined its class by the time another one imports it.
from .json_object import JsonObject

__all__ = ["ValidationError"]
