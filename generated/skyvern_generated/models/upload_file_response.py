from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from skyvern_sync import _model as _t
from skyvern_sync._model import MISSING as _MISSING
from skyvern_sync._model import Model

_new = object.__new__
_datetime = datetime.datetime.fromisoformat


class UploadFileResponse(Model):
    """Fields this client does not know are kept in `additional_properties` (also readable as `model["name"]`)."""

    __slots__ = ("expires_at", "file_id", "presigned_url", "s3_uri")
    _fields = (
        "s3_uri",
        "presigned_url",
        "file_id",
        "expires_at",
    )

    s3_uri: str
    """ S3 URI where the file was uploaded """
    presigned_url: str
    """ Presigned URL to access the uploaded file """
    file_id: str | None
    """ Identifier for this upload. Pass it to DELETE /v1/files/{file_id} to delete the file. """
    expires_at: datetime.datetime | None
    """ When the file will be deleted, if a retention_days was supplied. Null means the file has no expiry of its
    own and follows the organization's data retention policy. """

    def __init__(
        self,
        *,
        s3_uri: str,
        presigned_url: str,
        file_id: str | None = None,
        expires_at: datetime.datetime | None = None,
    ) -> None:
        self.s3_uri = s3_uri
        self.presigned_url = presigned_url
        self.file_id = file_id
        self.expires_at = expires_at
        self.additional_properties = {}

    @property
    def s3uri(self) -> str:
        """The reference's name for `s3_uri`."""
        return self.s3_uri

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """A `UploadFileResponse` from its JSON, as `json.loads` gives it.

        Raises ShapeError, naming the JSON path (`$.field[2].name`), when the JSON does not fit the schema.
        """
        if data.__class__ is not dict:
            data = _t.as_object(data, "")
        get = data.get
        obj = _new(cls)
        value: Any
        value = get("s3_uri", _MISSING)
        if value.__class__ is not str:
            value = _t.as_str(value, "s3_uri")
        obj.s3_uri = value
        value = get("presigned_url", _MISSING)
        if value.__class__ is not str:
            value = _t.as_str(value, "presigned_url")
        obj.presigned_url = value
        value = get("file_id")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "file_id")
        obj.file_id = value
        value = get("expires_at")
        if value is not None:
            try:
                value = _datetime(value)
            except (TypeError, ValueError):
                value = _t.as_datetime(value, "expires_at")
        obj.expires_at = value
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
        data["s3_uri"] = self.s3_uri
        data["presigned_url"] = self.presigned_url
        value = self.file_id
        if value is not None:
            data["file_id"] = value
        value = self.expires_at
        if value is not None:
            data["expires_at"] = value.isoformat()
        return data


_KEYS: frozenset[str] = frozenset(
    {
        "s3_uri",
        "presigned_url",
        "file_id",
        "expires_at",
    }
)


__all__ = ["UploadFileResponse"]
