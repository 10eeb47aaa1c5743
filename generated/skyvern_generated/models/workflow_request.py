from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from skyvern_sync import _model as _t
from skyvern_sync._model import Model
from skyvern_sync.errors import ShapeError as _ShapeError

_new = object.__new__


class WorkflowRequest(Model):
    """Fields this client does not know are kept in `additional_properties` (also readable as `model["name"]`)."""

    __slots__ = (
        "json_definition",
        "yaml_definition",
    )
    _fields = (
        "json_definition",
        "yaml_definition",
    )

    json_definition: WorkflowCreateYAMLRequest | None
    """ Workflow definition in JSON format """
    yaml_definition: str | None
    """ Workflow definition in YAML format """

    def __init__(
        self,
        *,
        json_definition: WorkflowCreateYAMLRequest | None = None,
        yaml_definition: str | None = None,
    ) -> None:
        self.json_definition = json_definition
        self.yaml_definition = yaml_definition
        self.additional_properties = {}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """A `WorkflowRequest` from its JSON, as `json.loads` gives it.

        Raises ShapeError, naming the JSON path (`$.field[2].name`), when the JSON does not fit the schema.
        """
        if data.__class__ is not dict:
            data = _t.as_object(data, "")
        get = data.get
        obj = _new(cls)
        value: Any
        value = get("json_definition")
        if value is not None:
            try:
                value = WorkflowCreateYAMLRequest.from_dict(value)
            except _ShapeError as error:
                raise error.within("json_definition") from None
        obj.json_definition = value
        value = get("yaml_definition")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "yaml_definition")
        obj.yaml_definition = value
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
        value = self.json_definition
        if value is not None:
            data["json_definition"] = value.to_dict()
        value = self.yaml_definition
        if value is not None:
            data["yaml_definition"] = value
        return data


_KEYS: frozenset[str] = frozenset(
    {
        "json_definition",
        "yaml_definition",
    }
)


# Imported last: models refer to each other in cycles (a loop block holds blocks), and each module has
# defined its class by the time another one imports it.
from .workflow_create_yaml_request import WorkflowCreateYAMLRequest

__all__ = ["WorkflowRequest"]
