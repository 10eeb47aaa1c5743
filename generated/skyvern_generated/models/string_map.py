"""`StringMap`: Free-form JSON: an object with string values."""

from typing import TypeAlias

StringMap: TypeAlias = dict[str, str]

__all__ = ["StringMap"]
