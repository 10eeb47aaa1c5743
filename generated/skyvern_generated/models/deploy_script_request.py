from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from skyvern_sync import _model as _t
from skyvern_sync._model import MISSING as _MISSING
from skyvern_sync._model import Model
from skyvern_sync.errors import ShapeError as _ShapeError

_new = object.__new__


class DeployScriptRequest(Model):
    """Request model for deploying a script with updated files.
    Fields this client does not know are kept in `additional_properties` (also readable as `model["name"]`)."""

    __slots__ = ("files",)
    _fields = ("files",)

    files: list[ScriptFileCreate]
    """ Array of files to include in the script """

    def __init__(
        self,
        *,
        files: list[ScriptFileCreate],
    ) -> None:
        self.files = files
        self.additional_properties = {}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """A `DeployScriptRequest` from its JSON, as `json.loads` gives it.

        Raises ShapeError, naming the JSON path (`$.field[2].name`), when the JSON does not fit the schema.
        """
        if data.__class__ is not dict:
            data = _t.as_object(data, "")
        get = data.get
        obj = _new(cls)
        value: Any
        value = get("files", _MISSING)
        if value.__class__ is not list:
            value = _t.as_list(value, "files")
        try:
            value = [ScriptFileCreate.from_dict(item) for item in value]
        except _ShapeError:
            raise _t.locate(value, ScriptFileCreate.from_dict, "files") from None
        obj.files = value
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
        data["files"] = [item.to_dict() for item in self.files]
        return data


_KEYS: frozenset[str] = frozenset(
    {
        "files",
    }
)


# Imported last: models refer to each other in cycles (a loop block holds blocks), and each module has
# defined its class by the time another one imports it.
from .script_file_create import ScriptFileCreate

__all__ = ["DeployScriptRequest"]
