from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self

from skyvern_sync import _model as _t
from skyvern_sync._model import MISSING as _MISSING
from skyvern_sync._model import Model
from skyvern_sync.errors import ShapeError as _ShapeError

_new = object.__new__


class UserDefinedError(Model):
    """Fields this client does not know are kept in `additional_properties` (also readable as `model["name"]`)."""

    __slots__ = (
        "confidence_float",
        "credential_check",
        "error_code",
        "error_type",
        "reasoning",
    )
    _fields = (
        "error_code",
        "reasoning",
        "confidence_float",
        "error_type",
        "credential_check",
    )

    error_code: str
    reasoning: str
    confidence_float: float
    error_type: Literal["USER_DEFINED_ERROR"] | None
    credential_check: CredentialCheckEvidence | None
    """ Confirmation evidence set by Skyvern; request input is ignored. This field remains unconfirmed until all
    required checks, including login-request status, are available. """

    def __init__(
        self,
        *,
        error_code: str,
        reasoning: str,
        confidence_float: float,
        error_type: Literal["USER_DEFINED_ERROR"] | None = None,
        credential_check: CredentialCheckEvidence | None = None,
    ) -> None:
        self.error_code = error_code
        self.reasoning = reasoning
        self.confidence_float = confidence_float
        self.error_type = error_type
        self.credential_check = credential_check
        self.additional_properties = {}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """A `UserDefinedError` from its JSON, as `json.loads` gives it.

        Raises ShapeError, naming the JSON path (`$.field[2].name`), when the JSON does not fit the schema.
        """
        if data.__class__ is not dict:
            data = _t.as_object(data, "")
        get = data.get
        obj = _new(cls)
        value: Any
        value = get("error_code", _MISSING)
        if value.__class__ is not str:
            value = _t.as_str(value, "error_code")
        obj.error_code = value
        value = get("reasoning", _MISSING)
        if value.__class__ is not str:
            value = _t.as_str(value, "reasoning")
        obj.reasoning = value
        value = get("confidence_float", _MISSING)
        if value.__class__ is not float:
            value = _t.as_float(value, "confidence_float")
        obj.confidence_float = value
        value = get("error_type")
        if value is not None:
            if value != "USER_DEFINED_ERROR":
                raise _t.invalid(value, "USER_DEFINED_ERROR", "error_type")
        obj.error_type = value
        value = get("credential_check")
        if value is not None:
            try:
                value = CredentialCheckEvidence.from_dict(value)
            except _ShapeError as error:
                raise error.within("credential_check") from None
        obj.credential_check = value
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
        data["error_code"] = self.error_code
        data["reasoning"] = self.reasoning
        data["confidence_float"] = self.confidence_float
        value = self.error_type
        if value is not None:
            data["error_type"] = value
        value = self.credential_check
        if value is not None:
            data["credential_check"] = value.to_dict()
        return data


_KEYS: frozenset[str] = frozenset(
    {
        "error_code",
        "reasoning",
        "confidence_float",
        "error_type",
        "credential_check",
    }
)


# Imported last: models refer to each other in cycles (a loop block holds blocks), and each module has
# defined its class by the time another one imports it.
from .credential_check_evidence import CredentialCheckEvidence

__all__ = ["UserDefinedError"]
