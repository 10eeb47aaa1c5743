"""skyvern_sync: blocking calls to the Skyvern browser-automation API.

from skyvern_sync import Skyvern
client = Skyvern(api_key="...")
run = client.run_task(prompt="...", wait_for_completion=True)
"""

from skyvern_sync.environment import SkyvernEnvironment
from skyvern_sync.errors import (
    ApiConnectionError,
    ApiError,
    ApiTimeoutError,
    BadRequestError,
    ConflictError,
    ForbiddenError,
    InternalServerError,
    NotFoundError,
    RunWaitTimeout,
    SkyvernError,
    TooManyRequestsError,
    UnauthorizedError,
    UnprocessableEntityError,
)
from skyvern_sync.options import RequestOptions
from skyvern_sync.schemas.run_blocks import CredentialType
from skyvern_sync.schemas.runs import RunEngine
from skyvern_sync.skyvern import Skyvern

__version__ = "0.1.0"

__all__ = [
    "ApiConnectionError",
    "ApiError",
    "ApiTimeoutError",
    "BadRequestError",
    "ConflictError",
    "CredentialType",
    "ForbiddenError",
    "InternalServerError",
    "NotFoundError",
    "RequestOptions",
    "RunEngine",
    "RunWaitTimeout",
    "Skyvern",
    "SkyvernEnvironment",
    "SkyvernError",
    "TooManyRequestsError",
    "UnauthorizedError",
    "UnprocessableEntityError",
]
