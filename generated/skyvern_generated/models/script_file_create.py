from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from skyvern_sync import _model as _t
from skyvern_sync._model import MISSING as _MISSING
from skyvern_sync._model import Model

_new = object.__new__


class ScriptFileCreate(Model):
    """Model representing a file in a script.
    Fields this client does not know are kept in `additional_properties` (also readable as `model["name"]`)."""

    __slots__ = ("content", "encoding", "mime_type", "path")
    _fields = (
        "path",
        "content",
        "encoding",
        "mime_type",
    )

    path: str
    """ File path relative to script root """
    content: str
    """ Base64 encoded file content """
    encoding: FileEncoding | None
    """ Supported file content encodings. """
    mime_type: str | None
    """ MIME type (auto-detected if not provided) """

    def __init__(
        self,
        *,
        path: str,
        content: str,
        encoding: FileEncoding | None = None,
        mime_type: str | None = None,
    ) -> None:
        self.path = path
        self.content = content
        self.encoding = encoding
        self.mime_type = mime_type
        self.additional_properties = {}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """A `ScriptFileCreate` from its JSON, as `json.loads` gives it.

        Raises ShapeError, naming the JSON path (`$.field[2].name`), when the JSON does not fit the schema.
        """
        if data.__class__ is not dict:
            data = _t.as_object(data, "")
        get = data.get
        obj = _new(cls)
        value: Any
        value = get("path", _MISSING)
        if value.__class__ is not str:
            value = _t.as_str(value, "path")
        obj.path = value
        value = get("content", _MISSING)
        if value.__class__ is not str:
            value = _t.as_str(value, "content")
        obj.content = value
        value = get("encoding")
        if value is not None:
            try:
                value = _members_FileEncoding[value]
            except (KeyError, TypeError):
                value = _t.as_enum(FileEncoding, value, "encoding")
        obj.encoding = value
        value = get("mime_type")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "mime_type")
        obj.mime_type = value
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
        data["path"] = self.path
        data["content"] = self.content
        value = self.encoding
        if value is not None:
            data["encoding"] = _t.wire(value)
        value = self.mime_type
        if value is not None:
            data["mime_type"] = value
        return data


_KEYS: frozenset[str] = frozenset(
    {
        "path",
        "content",
        "encoding",
        "mime_type",
    }
)


# Imported last: models refer to each other in cycles (a loop block holds blocks), and each module has
# defined its class by the time another one imports it.
from .file_encoding import FileEncoding

_members_FileEncoding: dict[Any, Any] = FileEncoding._value2member_map_


__all__ = ["ScriptFileCreate"]
