"""`JsonObject`: Free-form JSON: an object with any values."""

from typing import Any, TypeAlias

JsonObject: TypeAlias = dict[str, Any]

__all__ = ["JsonObject"]
