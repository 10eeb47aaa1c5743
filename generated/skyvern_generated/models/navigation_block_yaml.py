from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self

from skyvern_sync import _model as _t
from skyvern_sync._model import MISSING as _MISSING
from skyvern_sync._model import Model

_new = object.__new__


class NavigationBlockYAML(Model):
    """Fields this client does not know are kept in `additional_properties` (also readable as `model["name"]`)."""

    __slots__ = (
        "block_type",
        "complete_criterion",
        "complete_criterion_is_untrusted",
        "complete_on_download",
        "complete_verification",
        "continue_on_failure",
        "disable_cache",
        "download_suffix",
        "engine",
        "engine_pinned",
        "error_code_mapping",
        "ignore_workflow_system_prompt",
        "include_action_history_in_verification",
        "label",
        "max_retries",
        "max_steps_per_run",
        "model",
        "navigation_goal",
        "next_block_label",
        "next_loop_on_failure",
        "parameter_keys",
        "terminate_criterion",
        "title",
        "totp_identifier",
        "totp_verification_url",
        "url",
    )
    _fields = (
        "block_type",
        "label",
        "next_block_label",
        "continue_on_failure",
        "model",
        "ignore_workflow_system_prompt",
        "next_loop_on_failure",
        "navigation_goal",
        "url",
        "title",
        "engine",
        "engine_pinned",
        "error_code_mapping",
        "max_retries",
        "max_steps_per_run",
        "parameter_keys",
        "complete_on_download",
        "download_suffix",
        "totp_verification_url",
        "totp_identifier",
        "disable_cache",
        "complete_criterion",
        "complete_criterion_is_untrusted",
        "terminate_criterion",
        "complete_verification",
        "include_action_history_in_verification",
    )

    block_type: Literal["navigation"] | None
    label: str
    """ Author-facing identifier; must be unique per workflow. """
    next_block_label: str | None
    """ Optional pointer to the label of the next block. When omitted, it will default to sequential order. See
    [[s-4bnl]]. """
    continue_on_failure: bool | None
    model: JsonObject | None
    ignore_workflow_system_prompt: bool | None
    next_loop_on_failure: bool | None
    navigation_goal: str
    url: str | None
    title: str | None
    engine: RunEngine | None
    engine_pinned: bool | None
    """ Set to true only when skyvern-1.0 was explicitly chosen for this block; leave it unset otherwise. """
    error_code_mapping: StringMap | None
    max_retries: int | None
    max_steps_per_run: int | None
    parameter_keys: list[str] | None
    complete_on_download: bool | None
    download_suffix: str | None
    totp_verification_url: str | None
    totp_identifier: str | None
    disable_cache: bool | None
    complete_criterion: str | None
    complete_criterion_is_untrusted: bool | None
    terminate_criterion: str | None
    complete_verification: bool | None
    include_action_history_in_verification: bool | None

    def __init__(
        self,
        *,
        block_type: Literal["navigation"] | None = None,
        label: str,
        next_block_label: str | None = None,
        continue_on_failure: bool | None = None,
        model: JsonObject | None = None,
        ignore_workflow_system_prompt: bool | None = None,
        next_loop_on_failure: bool | None = None,
        navigation_goal: str,
        url: str | None = None,
        title: str | None = None,
        engine: RunEngine | None = None,
        engine_pinned: bool | None = None,
        error_code_mapping: StringMap | None = None,
        max_retries: int | None = None,
        max_steps_per_run: int | None = None,
        parameter_keys: list[str] | None = None,
        complete_on_download: bool | None = None,
        download_suffix: str | None = None,
        totp_verification_url: str | None = None,
        totp_identifier: str | None = None,
        disable_cache: bool | None = None,
        complete_criterion: str | None = None,
        complete_criterion_is_untrusted: bool | None = None,
        terminate_criterion: str | None = None,
        complete_verification: bool | None = None,
        include_action_history_in_verification: bool | None = None,
    ) -> None:
        self.block_type = block_type
        self.label = label
        self.next_block_label = next_block_label
        self.continue_on_failure = continue_on_failure
        self.model = model
        self.ignore_workflow_system_prompt = ignore_workflow_system_prompt
        self.next_loop_on_failure = next_loop_on_failure
        self.navigation_goal = navigation_goal
        self.url = url
        self.title = title
        self.engine = engine
        self.engine_pinned = engine_pinned
        self.error_code_mapping = error_code_mapping
        self.max_retries = max_retries
        self.max_steps_per_run = max_steps_per_run
        self.parameter_keys = parameter_keys
        self.complete_on_download = complete_on_download
        self.download_suffix = download_suffix
        self.totp_verification_url = totp_verification_url
        self.totp_identifier = totp_identifier
        self.disable_cache = disable_cache
        self.complete_criterion = complete_criterion
        self.complete_criterion_is_untrusted = complete_criterion_is_untrusted
        self.terminate_criterion = terminate_criterion
        self.complete_verification = complete_verification
        self.include_action_history_in_verification = (
            include_action_history_in_verification
        )
        self.additional_properties = {}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """A `NavigationBlockYAML` from its JSON, as `json.loads` gives it.

        Raises ShapeError, naming the JSON path (`$.field[2].name`), when the JSON does not fit the schema.
        """
        if data.__class__ is not dict:
            data = _t.as_object(data, "")
        get = data.get
        obj = _new(cls)
        value: Any
        value = get("block_type")
        if value is not None:
            if value != "navigation":
                raise _t.invalid(value, "navigation", "block_type")
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
        value = get("navigation_goal", _MISSING)
        if value.__class__ is not str:
            value = _t.as_str(value, "navigation_goal")
        obj.navigation_goal = value
        value = get("url")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "url")
        obj.url = value
        value = get("title")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "title")
        obj.title = value
        value = get("engine")
        if value is not None:
            try:
                value = _members_RunEngine[value]
            except (KeyError, TypeError):
                value = _t.as_enum(RunEngine, value, "engine")
        obj.engine = value
        value = get("engine_pinned")
        if value is not None:
            if value.__class__ is not bool:
                value = _t.as_bool(value, "engine_pinned")
        obj.engine_pinned = value
        value = get("error_code_mapping")
        if value is not None:
            value = _t.as_string_map(value, "error_code_mapping")
        obj.error_code_mapping = value
        value = get("max_retries")
        if value is not None:
            if value.__class__ is not int:
                value = _t.as_int(value, "max_retries")
        obj.max_retries = value
        value = get("max_steps_per_run")
        if value is not None:
            if value.__class__ is not int:
                value = _t.as_int(value, "max_steps_per_run")
        obj.max_steps_per_run = value
        value = get("parameter_keys")
        if value is not None:
            if value.__class__ is not list:
                value = _t.as_list(value, "parameter_keys")
            _t.check_items(value, str, "parameter_keys")
        obj.parameter_keys = value
        value = get("complete_on_download")
        if value is not None:
            if value.__class__ is not bool:
                value = _t.as_bool(value, "complete_on_download")
        obj.complete_on_download = value
        value = get("download_suffix")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "download_suffix")
        obj.download_suffix = value
        value = get("totp_verification_url")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "totp_verification_url")
        obj.totp_verification_url = value
        value = get("totp_identifier")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "totp_identifier")
        obj.totp_identifier = value
        value = get("disable_cache")
        if value is not None:
            if value.__class__ is not bool:
                value = _t.as_bool(value, "disable_cache")
        obj.disable_cache = value
        value = get("complete_criterion")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "complete_criterion")
        obj.complete_criterion = value
        value = get("complete_criterion_is_untrusted")
        if value is not None:
            if value.__class__ is not bool:
                value = _t.as_bool(value, "complete_criterion_is_untrusted")
        obj.complete_criterion_is_untrusted = value
        value = get("terminate_criterion")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "terminate_criterion")
        obj.terminate_criterion = value
        value = get("complete_verification")
        if value is not None:
            if value.__class__ is not bool:
                value = _t.as_bool(value, "complete_verification")
        obj.complete_verification = value
        value = get("include_action_history_in_verification")
        if value is not None:
            if value.__class__ is not bool:
                value = _t.as_bool(value, "include_action_history_in_verification")
        obj.include_action_history_in_verification = value
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
        data["navigation_goal"] = self.navigation_goal
        value = self.url
        if value is not None:
            data["url"] = value
        value = self.title
        if value is not None:
            data["title"] = value
        value = self.engine
        if value is not None:
            data["engine"] = _t.wire(value)
        value = self.engine_pinned
        if value is not None:
            data["engine_pinned"] = value
        value = self.error_code_mapping
        if value is not None:
            data["error_code_mapping"] = value
        value = self.max_retries
        if value is not None:
            data["max_retries"] = value
        value = self.max_steps_per_run
        if value is not None:
            data["max_steps_per_run"] = value
        value = self.parameter_keys
        if value is not None:
            data["parameter_keys"] = value
        value = self.complete_on_download
        if value is not None:
            data["complete_on_download"] = value
        value = self.download_suffix
        if value is not None:
            data["download_suffix"] = value
        value = self.totp_verification_url
        if value is not None:
            data["totp_verification_url"] = value
        value = self.totp_identifier
        if value is not None:
            data["totp_identifier"] = value
        value = self.disable_cache
        if value is not None:
            data["disable_cache"] = value
        value = self.complete_criterion
        if value is not None:
            data["complete_criterion"] = value
        value = self.complete_criterion_is_untrusted
        if value is not None:
            data["complete_criterion_is_untrusted"] = value
        value = self.terminate_criterion
        if value is not None:
            data["terminate_criterion"] = value
        value = self.complete_verification
        if value is not None:
            data["complete_verification"] = value
        value = self.include_action_history_in_verification
        if value is not None:
            data["include_action_history_in_verification"] = value
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
        "navigation_goal",
        "url",
        "title",
        "engine",
        "engine_pinned",
        "error_code_mapping",
        "max_retries",
        "max_steps_per_run",
        "parameter_keys",
        "complete_on_download",
        "download_suffix",
        "totp_verification_url",
        "totp_identifier",
        "disable_cache",
        "complete_criterion",
        "complete_criterion_is_untrusted",
        "terminate_criterion",
        "complete_verification",
        "include_action_history_in_verification",
    }
)


# Imported last: models refer to each other in cycles (a loop block holds blocks), and each module has
# defined its class by the time another one imports it.
from .json_object import JsonObject
from .run_engine import RunEngine
from .string_map import StringMap

_members_RunEngine: dict[Any, Any] = RunEngine._value2member_map_


__all__ = ["NavigationBlockYAML"]
