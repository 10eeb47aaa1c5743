from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from skyvern_sync import _model as _t
from skyvern_sync._model import Model
from skyvern_sync.errors import ShapeError as _ShapeError

_new = object.__new__


class CreateScriptRequest(Model):
    """Fields this client does not know are kept in `additional_properties` (also readable as `model["name"]`)."""

    __slots__ = ("files", "run_id", "workflow_id")
    _fields = (
        "workflow_id",
        "run_id",
        "files",
    )

    workflow_id: str | None
    """ Associated workflow ID """
    run_id: str | None
    """ Associated run ID """
    files: list[ScriptFileCreate] | None
    """ Array of files to include in the script """

    def __init__(
        self,
        *,
        workflow_id: str | None = None,
        run_id: str | None = None,
        files: list[ScriptFileCreate] | None = None,
    ) -> None:
        self.workflow_id = workflow_id
        self.run_id = run_id
        self.files = files
        self.additional_properties = {}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """A `CreateScriptRequest` from its JSON, as `json.loads` gives it.

        Raises ShapeError, naming the JSON path (`$.field[2].name`), when the JSON does not fit the schema.
        """
        if data.__class__ is not dict:
            data = _t.as_object(data, "")
        get = data.get
        obj = _new(cls)
        value: Any
        value = get("workflow_id")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "workflow_id")
        obj.workflow_id = value
        value = get("run_id")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "run_id")
        obj.run_id = value
        value = get("files")
        if value is not None:
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
        value = self.workflow_id
        if value is not None:
            data["workflow_id"] = value
        value = self.run_id
        if value is not None:
            data["run_id"] = value
        value = self.files
        if value is not None:
            data["files"] = [item.to_dict() for item in value]
        return data


_KEYS: frozenset[str] = frozenset(
    {
        "workflow_id",
        "run_id",
        "files",
    }
)


# Imported last: models refer to each other in cycles (a loop block holds blocks), and each module has
# defined its class by the time another one imports it.
from .script_file_create import ScriptFileCreate

__all__ = ["CreateScriptRequest"]
