"""skyvern_sync: blocking calls to the Skyvern browser-automation API.

from skyvern_sync import Skyvern
client = Skyvern(api_key="...")
run = client.run_task(prompt="...", wait_for_completion=True)
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from skyvern_sync.environment import SkyvernEnvironment
    from skyvern_sync.errors import (
        ApiConnectionError,
        ApiError,
        ApiTimeoutError,
        BadRequestError,
        ConflictError,
        ForbiddenError,
        InsecureTransportWarning,
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

# Each name loads its module on first use (PEP 562): `from skyvern_sync import Skyvern` does not
# pay for attrs (RequestOptions) and the generated models until a call needs them.
_ERRORS = "skyvern_sync.errors"
_EXPORTS = {
    "ApiConnectionError": _ERRORS,
    "ApiError": _ERRORS,
    "ApiTimeoutError": _ERRORS,
    "BadRequestError": _ERRORS,
    "ConflictError": _ERRORS,
    "CredentialType": "skyvern_sync.schemas.run_blocks",
    "ForbiddenError": _ERRORS,
    "InsecureTransportWarning": _ERRORS,
    "InternalServerError": _ERRORS,
    "NotFoundError": _ERRORS,
    "RequestOptions": "skyvern_sync.options",
    "RunEngine": "skyvern_sync.schemas.runs",
    "RunWaitTimeout": _ERRORS,
    "Skyvern": "skyvern_sync.skyvern",
    "SkyvernEnvironment": "skyvern_sync.environment",
    "SkyvernError": _ERRORS,
    "TooManyRequestsError": _ERRORS,
    "UnauthorizedError": _ERRORS,
    "UnprocessableEntityError": _ERRORS,
}


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})


__all__ = [
    "ApiConnectionError",
    "ApiError",
    "ApiTimeoutError",
    "BadRequestError",
    "ConflictError",
    "CredentialType",
    "ForbiddenError",
    "InsecureTransportWarning",
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
