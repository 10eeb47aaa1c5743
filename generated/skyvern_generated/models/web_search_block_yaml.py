from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self

from skyvern_sync import _model as _t
from skyvern_sync._model import MISSING as _MISSING
from skyvern_sync._model import Model

_new = object.__new__


class WebSearchBlockYAML(Model):
    """Fields this client does not know are kept in `additional_properties` (also readable as `model["name"]`)."""

    __slots__ = (
        "block_type",
        "continue_on_failure",
        "error_code_mapping",
        "ignore_workflow_system_prompt",
        "json_schema",
        "label",
        "model",
        "next_block_label",
        "next_loop_on_failure",
        "no_match_error_code",
        "no_results_error_code",
        "num_results",
        "parameter_keys",
        "prompt",
        "provider",
        "query",
    )
    _fields = (
        "block_type",
        "label",
        "next_block_label",
        "continue_on_failure",
        "model",
        "ignore_workflow_system_prompt",
        "next_loop_on_failure",
        "query",
        "provider",
        "num_results",
        "no_results_error_code",
        "no_match_error_code",
        "error_code_mapping",
        "prompt",
        "json_schema",
        "parameter_keys",
    )

    block_type: Literal["web_search"] | None
    label: str
    """ Author-facing identifier; must be unique per workflow. """
    next_block_label: str | None
    """ Optional pointer to the label of the next block. When omitted, it will default to sequential order. See
    [[s-4bnl]]. """
    continue_on_failure: bool | None
    model: JsonObject | None
    ignore_workflow_system_prompt: bool | None
    next_loop_on_failure: bool | None
    query: str
    provider: WebSearchBlockYAMLProvider | None
    num_results: int | None
    no_results_error_code: str | None
    """ Deprecated. Use error_code_mapping. """
    no_match_error_code: str | None
    """ Deprecated. Use error_code_mapping. """
    error_code_mapping: StringMap | None
    prompt: str | None
    json_schema: JsonObject | None
    parameter_keys: list[str] | None

    def __init__(
        self,
        *,
        block_type: Literal["web_search"] | None = None,
        label: str,
        next_block_label: str | None = None,
        continue_on_failure: bool | None = None,
        model: JsonObject | None = None,
        ignore_workflow_system_prompt: bool | None = None,
        next_loop_on_failure: bool | None = None,
        query: str,
        provider: WebSearchBlockYAMLProvider | None = None,
        num_results: int | None = None,
        no_results_error_code: str | None = None,
        no_match_error_code: str | None = None,
        error_code_mapping: StringMap | None = None,
        prompt: str | None = None,
        json_schema: JsonObject | None = None,
        parameter_keys: list[str] | None = None,
    ) -> None:
        self.block_type = block_type
        self.label = label
        self.next_block_label = next_block_label
        self.continue_on_failure = continue_on_failure
        self.model = model
        self.ignore_workflow_system_prompt = ignore_workflow_system_prompt
        self.next_loop_on_failure = next_loop_on_failure
        self.query = query
        self.provider = provider
        self.num_results = num_results
        self.no_results_error_code = no_results_error_code
        self.no_match_error_code = no_match_error_code
        self.error_code_mapping = error_code_mapping
        self.prompt = prompt
        self.json_schema = json_schema
        self.parameter_keys = parameter_keys
        self.additional_properties = {}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """A `WebSearchBlockYAML` from its JSON, as `json.loads` gives it.

        Raises ShapeError, naming the JSON path (`$.field[2].name`), when the JSON does not fit the schema.
        """
        if data.__class__ is not dict:
            data = _t.as_object(data, "")
        get = data.get
        obj = _new(cls)
        value: Any
        value = get("block_type")
        if value is not None:
            if value != "web_search":
                raise _t.invalid(value, "web_search", "block_type")
        obj.block_type = value
        value = get("label", _MISSING)
        if value.__class__ is not str:
            value = _t.as_str(value, "label")
        obj.label = value
        value = get("next_block_label")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "next_block_label")
        obj.next_block_label = value
        value = get("continue_on_failure")
        if value is not None:
            if value.__class__ is not bool:
                value = _t.as_bool(value, "continue_on_failure")
        obj.continue_on_failure = value
        value = get("model")
        if value is not None:
            if value.__class__ is not dict:
                value = _t.as_object(value, "model")
        obj.model = value
        value = get("ignore_workflow_system_prompt")
        if value is not None:
            if value.__class__ is not bool:
                value = _t.as_bool(value, "ignore_workflow_system_prompt")
        obj.ignore_workflow_system_prompt = value
        value = get("next_loop_on_failure")
        if value is not None:
            if value.__class__ is not bool:
                value = _t.as_bool(value, "next_loop_on_failure")
        obj.next_loop_on_failure = value
        value = get("query", _MISSING)
        if value.__class__ is not str:
            value = _t.as_str(value, "query")
        obj.query = value
        value = get("provider")
        if value is not None:
            try:
                value = _members_WebSearchBlockYAMLProvider[value]
            except (KeyError, TypeError):
                value = _t.as_enum(WebSearchBlockYAMLProvider, value, "provider")
        obj.provider = value
        value = get("num_results")
        if value is not None:
            if value.__class__ is not int:
                value = _t.as_int(value, "num_results")
        obj.num_results = value
        value = get("no_results_error_code")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "no_results_error_code")
        obj.no_results_error_code = value
        value = get("no_match_error_code")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "no_match_error_code")
        obj.no_match_error_code = value
        value = get("error_code_mapping")
        if value is not None:
            value = _t.as_string_map(value, "error_code_mapping")
        obj.error_code_mapping = value
        value = get("prompt")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "prompt")
        obj.prompt = value
        value = get("json_schema")
        if value is not None:
            if value.__class__ is not dict:
                value = _t.as_object(value, "json_schema")
        obj.json_schema = value
        value = get("parameter_keys")
        if value is not None:
            if value.__class__ is not list:
                value = _t.as_list(value, "parameter_keys")
            _t.check_items(value, str, "parameter_keys")
        obj.parameter_keys = value
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
        value = self.block_type
        if value is not None:
            data["block_type"] = value
        data["label"] = self.label
        value = self.next_block_label
        if value is not None:
            data["next_block_label"] = value
        value = self.continue_on_failure
        if value is not None:
            data["continue_on_failure"] = value
        value = self.model
        if value is not None:
            data["model"] = value
        value = self.ignore_workflow_system_prompt
        if value is not None:
            data["ignore_workflow_system_prompt"] = value
        value = self.next_loop_on_failure
        if value is not None:
            data["next_loop_on_failure"] = value
        data["query"] = self.query
        value = self.provider
        if value is not None:
            data["provider"] = _t.wire(value)
        value = self.num_results
        if value is not None:
            data["num_results"] = value
        value = self.no_results_error_code
        if value is not None:
            data["no_results_error_code"] = value
        value = self.no_match_error_code
        if value is not None:
            data["no_match_error_code"] = value
        value = self.error_code_mapping
        if value is not None:
            data["error_code_mapping"] = value
        value = self.prompt
        if value is not None:
            data["prompt"] = value
        value = self.json_schema
        if value is not None:
            data["json_schema"] = value
        value = self.parameter_keys
        if value is not None:
            data["parameter_keys"] = value
        return data


_KEYS: frozenset[str] = frozenset(
    {
        "block_type",
        "label",
        "next_block_label",
        "continue_on_failure",
        "model",
        "ignore_workflow_system_prompt",
        "next_loop_on_failure",
        "query",
        "provider",
        "num_results",
        "no_results_error_code",
        "no_match_error_code",
        "error_code_mapping",
        "prompt",
        "json_schema",
        "parameter_keys",
    }
)


# Imported last: models refer to each other in cycles (a loop block holds blocks), and each module has
# defined its class by the time another one imports it.
from .json_object import JsonObject
from .string_map import StringMap
from .web_search_block_yaml_provider import WebSearchBlockYAMLProvider

_members_WebSearchBlockYAMLProvider: dict[Any, Any] = (
    WebSearchBlockYAMLProvider._value2member_map_
)


__all__ = ["WebSearchBlockYAML"]
