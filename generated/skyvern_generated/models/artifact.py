from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from skyvern_sync import _model as _t
from skyvern_sync._model import MISSING as _MISSING
from skyvern_sync._model import Model

_new = object.__new__


class Artifact(Model):
    """Fields this client does not know are kept in `additional_properties` (also readable as `model["name"]`)."""

    __slots__ = (
        "ai_suggestion_id",
        "archived",
        "artifact_id",
        "artifact_type",
        "browser_session_id",
        "bundle_key",
        "checksum",
        "created_at",
        "file_size",
        "modified_at",
        "observer_cruise_id",
        "observer_thought_id",
        "organization_id",
        "run_id",
        "signed_url",
        "step_id",
        "task_id",
        "uri",
        "workflow_run_block_id",
        "workflow_run_id",
    )
    _fields = (
        "created_at",
        "modified_at",
        "artifact_id",
        "artifact_type",
        "uri",
        "bundle_key",
        "checksum",
        "file_size",
        "task_id",
        "step_id",
        "workflow_run_id",
        "workflow_run_block_id",
        "run_id",
        "browser_session_id",
        "observer_cruise_id",
        "observer_thought_id",
        "ai_suggestion_id",
        "signed_url",
        "archived",
        "organization_id",
    )

    created_at: str
    """ The creation datetime of the task. """
    modified_at: str
    """ The modification datetime of the task. """
    artifact_id: str
    artifact_type: ArtifactType
    uri: str
    bundle_key: str | None
    checksum: str | None
    file_size: int | None
    task_id: str | None
    step_id: str | None
    workflow_run_id: str | None
    workflow_run_block_id: str | None
    run_id: str | None
    browser_session_id: str | None
    observer_cruise_id: str | None
    observer_thought_id: str | None
    ai_suggestion_id: str | None
    signed_url: str | None
    archived: bool | None
    organization_id: str

    def __init__(
        self,
        *,
        created_at: str,
        modified_at: str,
        artifact_id: str,
        artifact_type: ArtifactType,
        uri: str,
        bundle_key: str | None = None,
        checksum: str | None = None,
        file_size: int | None = None,
        task_id: str | None = None,
        step_id: str | None = None,
        workflow_run_id: str | None = None,
        workflow_run_block_id: str | None = None,
        run_id: str | None = None,
        browser_session_id: str | None = None,
        observer_cruise_id: str | None = None,
        observer_thought_id: str | None = None,
        ai_suggestion_id: str | None = None,
        signed_url: str | None = None,
        archived: bool | None = None,
        organization_id: str,
    ) -> None:
        self.created_at = created_at
        self.modified_at = modified_at
        self.artifact_id = artifact_id
        self.artifact_type = artifact_type
        self.uri = uri
        self.bundle_key = bundle_key
        self.checksum = checksum
        self.file_size = file_size
        self.task_id = task_id
        self.step_id = step_id
        self.workflow_run_id = workflow_run_id
        self.workflow_run_block_id = workflow_run_block_id
        self.run_id = run_id
        self.browser_session_id = browser_session_id
        self.observer_cruise_id = observer_cruise_id
        self.observer_thought_id = observer_thought_id
        self.ai_suggestion_id = ai_suggestion_id
        self.signed_url = signed_url
        self.archived = archived
        self.organization_id = organization_id
        self.additional_properties = {}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """A `Artifact` from its JSON, as `json.loads` gives it.

        Raises ShapeError, naming the JSON path (`$.field[2].name`), when the JSON does not fit the schema.
        """
        if data.__class__ is not dict:
            data = _t.as_object(data, "")
        get = data.get
        obj = _new(cls)
        value: Any
        value = get("created_at", _MISSING)
        if value.__class__ is not str:
            value = _t.as_str(value, "created_at")
        obj.created_at = value
        value = get("modified_at", _MISSING)
        if value.__class__ is not str:
            value = _t.as_str(value, "modified_at")
        obj.modified_at = value
        value = get("artifact_id", _MISSING)
        if value.__class__ is not str:
            value = _t.as_str(value, "artifact_id")
        obj.artifact_id = value
        value = get("artifact_type", _MISSING)
        try:
            value = _members_ArtifactType[value]
        except (KeyError, TypeError):
            value = _t.as_enum(ArtifactType, value, "artifact_type")
        obj.artifact_type = value
        value = get("uri", _MISSING)
        if value.__class__ is not str:
            value = _t.as_str(value, "uri")
        obj.uri = value
        value = get("bundle_key")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "bundle_key")
        obj.bundle_key = value
        value = get("checksum")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "checksum")
        obj.checksum = value
        value = get("file_size")
        if value is not None:
            if value.__class__ is not int:
                value = _t.as_int(value, "file_size")
        obj.file_size = value
        value = get("task_id")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "task_id")
        obj.task_id = value
        value = get("step_id")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "step_id")
        obj.step_id = value
        value = get("workflow_run_id")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "workflow_run_id")
        obj.workflow_run_id = value
        value = get("workflow_run_block_id")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "workflow_run_block_id")
        obj.workflow_run_block_id = value
        value = get("run_id")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "run_id")
        obj.run_id = value
        value = get("browser_session_id")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "browser_session_id")
        obj.browser_session_id = value
        value = get("observer_cruise_id")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "observer_cruise_id")
        obj.observer_cruise_id = value
        value = get("observer_thought_id")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "observer_thought_id")
        obj.observer_thought_id = value
        value = get("ai_suggestion_id")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "ai_suggestion_id")
        obj.ai_suggestion_id = value
        value = get("signed_url")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "signed_url")
        obj.signed_url = value
        value = get("archived")
        if value is not None:
            if value.__class__ is not bool:
                value = _t.as_bool(value, "archived")
        obj.archived = value
        value = get("organization_id", _MISSING)
        if value.__class__ is not str:
            value = _t.as_str(value, "organization_id")
        obj.organization_id = value
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
        data["created_at"] = self.created_at
        data["modified_at"] = self.modified_at
        data["artifact_id"] = self.artifact_id
        data["artifact_type"] = _t.wire(self.artifact_type)
        data["uri"] = self.uri
        value = self.bundle_key
        if value is not None:
            data["bundle_key"] = value
        value = self.checksum
        if value is not None:
            data["checksum"] = value
        value = self.file_size
        if value is not None:
            data["file_size"] = value
        value = self.task_id
        if value is not None:
            data["task_id"] = value
        value = self.step_id
        if value is not None:
            data["step_id"] = value
        value = self.workflow_run_id
        if value is not None:
            data["workflow_run_id"] = value
        value = self.workflow_run_block_id
        if value is not None:
            data["workflow_run_block_id"] = value
        value = self.run_id
        if value is not None:
            data["run_id"] = value
        value = self.browser_session_id
        if value is not None:
            data["browser_session_id"] = value
        value = self.observer_cruise_id
        if value is not None:
            data["observer_cruise_id"] = value
        value = self.observer_thought_id
        if value is not None:
            data["observer_thought_id"] = value
        value = self.ai_suggestion_id
        if value is not None:
            data["ai_suggestion_id"] = value
        value = self.signed_url
        if value is not None:
            data["signed_url"] = value
        value = self.archived
        if value is not None:
            data["archived"] = value
        data["organization_id"] = self.organization_id
        return data


_KEYS: frozenset[str] = frozenset(
    {
        "created_at",
        "modified_at",
        "artifact_id",
        "artifact_type",
        "uri",
        "bundle_key",
        "checksum",
        "file_size",
        "task_id",
        "step_id",
        "workflow_run_id",
        "workflow_run_block_id",
        "run_id",
        "browser_session_id",
        "observer_cruise_id",
        "observer_thought_id",
        "ai_suggestion_id",
        "signed_url",
        "archived",
        "organization_id",
    }
)


# Imported last: models refer to each other in cycles (a loop block holds blocks), and each module has
# defined its class by the time another one imports it.
from .artifact_type import ArtifactType

_members_ArtifactType: dict[Any, Any] = ArtifactType._value2member_map_


__all__ = ["Artifact"]
