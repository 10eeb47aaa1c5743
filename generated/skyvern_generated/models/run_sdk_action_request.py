from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from skyvern_sync import _model as _t
from skyvern_sync._model import MISSING as _MISSING
from skyvern_sync._model import Model
from skyvern_sync.errors import ShapeError as _ShapeError

_new = object.__new__


class RunSdkActionRequest(Model):
    """Request to run a single SDK action.
    Fields this client does not know are kept in `additional_properties` (also readable as `model["name"]`)."""

    __slots__ = (
        "action",
        "browser_address",
        "browser_session_id",
        "url",
        "workflow_run_id",
    )
    _fields = (
        "url",
        "browser_session_id",
        "browser_address",
        "workflow_run_id",
        "action",
    )

    url: str
    """ The URL where the action should be executed """
    browser_session_id: str | None
    """ The browser session ID """
    browser_address: str | None
    """ The browser address """
    workflow_run_id: str | None
    """ Optional workflow run ID to continue an existing workflow run """
    action: (
        ClickAction
        | InputTextAction
        | SelectOptionAction
        | UploadFileAction
        | ActAction
        | ExtractAction
        | LocateElementAction
        | ValidateAction
        | PromptAction
        | UnrecognizedAction
    )
    """ The action to execute with its specific parameters """

    def __init__(
        self,
        *,
        url: str,
        browser_session_id: str | None = None,
        browser_address: str | None = None,
        workflow_run_id: str | None = None,
        action: ClickAction
        | InputTextAction
        | SelectOptionAction
        | UploadFileAction
        | ActAction
        | ExtractAction
        | LocateElementAction
        | ValidateAction
        | PromptAction
        | UnrecognizedAction,
    ) -> None:
        self.url = url
        self.browser_session_id = browser_session_id
        self.browser_address = browser_address
        self.workflow_run_id = workflow_run_id
        self.action = action
        self.additional_properties = {}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """A `RunSdkActionRequest` from its JSON, as `json.loads` gives it.

        Raises ShapeError, naming the JSON path (`$.field[2].name`), when the JSON does not fit the schema.
        """
        if data.__class__ is not dict:
            data = _t.as_object(data, "")
        get = data.get
        obj = _new(cls)
        value: Any
        value = get("url", _MISSING)
        if value.__class__ is not str:
            value = _t.as_str(value, "url")
        obj.url = value
        value = get("browser_session_id")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "browser_session_id")
        obj.browser_session_id = value
        value = get("browser_address")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "browser_address")
        obj.browser_address = value
        value = get("workflow_run_id")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "workflow_run_id")
        obj.workflow_run_id = value
        value = get("action", _MISSING)
        try:
            value = _p_action(value)
        except _ShapeError as error:
            raise error.within("action") from None
        obj.action = value
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
        data["url"] = self.url
        value = self.browser_session_id
        if value is not None:
            data["browser_session_id"] = value
        value = self.browser_address
        if value is not None:
            data["browser_address"] = value
        value = self.workflow_run_id
        if value is not None:
            data["workflow_run_id"] = value
        data["action"] = _p_action_json(self.action)
        return data


_KEYS: frozenset[str] = frozenset(
    {
        "url",
        "browser_session_id",
        "browser_address",
        "workflow_run_id",
        "action",
    }
)


def _p_action(
    data: Any,
) -> (
    ClickAction
    | InputTextAction
    | SelectOptionAction
    | UploadFileAction
    | ActAction
    | ExtractAction
    | LocateElementAction
    | ValidateAction
    | PromptAction
    | UnrecognizedAction
):
    if data.__class__ is dict:
        tag = data.get("type")
        # a tag that is not a string (a list is not even hashable) names no member: the members' checks say why
        model = _p_action_tags.get(tag) if tag.__class__ is str else None
        if model is not None:
            return model.from_dict(data)  # type: ignore[no-any-return,unused-ignore]
        if "type" in data:
            return UnrecognizedAction.from_dict(data)
        # no tag (the schema lets a member leave it out, defaulted): the first member it fits
        for model in _p_action_members:
            try:
                return model.from_dict(data)  # type: ignore[no-any-return,unused-ignore]
            except _ShapeError:
                pass
        return UnrecognizedAction.from_dict(data)
    raise _t.invalid(data, "an object", "")


def _p_action_json(value: Any) -> Any:
    if isinstance(value, ClickAction):
        return value.to_dict()
    if isinstance(value, InputTextAction):
        return value.to_dict()
    if isinstance(value, SelectOptionAction):
        return value.to_dict()
    if isinstance(value, UploadFileAction):
        return value.to_dict()
    if isinstance(value, ActAction):
        return value.to_dict()
    if isinstance(value, ExtractAction):
        return value.to_dict()
    if isinstance(value, LocateElementAction):
        return value.to_dict()
    if isinstance(value, ValidateAction):
        return value.to_dict()
    if isinstance(value, PromptAction):
        return value.to_dict()
    if isinstance(value, UnrecognizedAction):
        return value.to_dict()
    return value


# Imported last: models refer to each other in cycles (a loop block holds blocks), and each module has
# defined its class by the time another one imports it.
from .act_action import ActAction
from .click_action import ClickAction
from .extract_action import ExtractAction
from .input_text_action import InputTextAction
from .locate_element_action import LocateElementAction
from .prompt_action import PromptAction
from .select_option_action import SelectOptionAction
from .unrecognized_action import UnrecognizedAction
from .upload_file_action import UploadFileAction
from .validate_action import ValidateAction

_p_action_tags: dict[Any, Any] = {
    "ai_click": ClickAction,
    "ai_input_text": InputTextAction,
    "ai_select_option": SelectOptionAction,
    "ai_upload_file": UploadFileAction,
    "ai_act": ActAction,
    "extract": ExtractAction,
    "locate_element": LocateElementAction,
    "validate": ValidateAction,
    "prompt": PromptAction,
}
_p_action_members: tuple[Any, ...] = (
    ClickAction,
    InputTextAction,
    SelectOptionAction,
    UploadFileAction,
    ActAction,
    ExtractAction,
    LocateElementAction,
    ValidateAction,
    PromptAction,
)

__all__ = ["RunSdkActionRequest"]
