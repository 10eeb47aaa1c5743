"""Mirrors `skyvern.client.errors`: the HTTP error subclasses (ApiError itself is in `core`)."""

from skyvern_sync.errors import (
    BadRequestError,
    ConflictError,
    ForbiddenError,
    InternalServerError,
    NotFoundError,
    TooManyRequestsError,
    UnauthorizedError,
    UnprocessableEntityError,
)

__all__ = [
    "BadRequestError",
    "ConflictError",
    "ForbiddenError",
    "InternalServerError",
    "NotFoundError",
    "TooManyRequestsError",
    "UnauthorizedError",
    "UnprocessableEntityError",
]
