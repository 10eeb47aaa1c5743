"""Mirrors `skyvern.client.core`: `ApiError` and `RequestOptions`."""

from skyvern_sync.errors import ApiError
from skyvern_sync.options import RequestOptions

__all__ = ["ApiError", "RequestOptions"]
