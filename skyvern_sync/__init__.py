"""skyvern_sync: blocking calls to the Skyvern browser-automation API.

    from skyvern_sync import Skyvern

    client = Skyvern(api_key="...")
    run = client.run_task(prompt="...", wait_for_completion=True)
    print(run.status, run.output)

The client is `Skyvern`; every exception it raises is a `SkyvernError`; the models it returns are in
`skyvern_sync.types`; webhook and TOTP-callback verification is `skyvern_sync.webhooks`; recorded traffic
for your own tests is `skyvern_sync.testing`.
"""

__all__ = [  # noqa: RUF022 (grouped, so that it reads as the package's table of contents)
    # the client, its settings and the reference's enums
    "CredentialType",
    "RequestOptions",
    "RunEngine",
    "Skyvern",
    "SkyvernEnvironment",
    "WaitProgress",
    # the error tree: everything below SkyvernError
    "ApiConnectionError",
    "ApiError",
    "ApiTimeoutError",
    "BadRequestError",
    "ConflictError",
    "ForbiddenError",
    "InternalServerError",
    "InvalidParameterError",
    "InvalidParameterTypeError",
    "NotFoundError",
    "RedirectError",
    "ResponseValidationError",
    "RunWaitTimeout",
    "ShapeError",
    "SkyvernError",
    "TooManyRequestsError",
    "UnauthorizedError",
    "UnprocessableEntityError",
    "WebhookPayloadError",
    "WebhookVerificationError",
    # a warning
    "InsecureTransportWarning",
    # the version
    "__version__",
]

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
        InvalidParameterError,
        InvalidParameterTypeError,
        NotFoundError,
        RedirectError,
        ResponseValidationError,
        RunWaitTimeout,
        ShapeError,
        SkyvernError,
        TooManyRequestsError,
        UnauthorizedError,
        UnprocessableEntityError,
        WebhookPayloadError,
        WebhookVerificationError,
    )
    from skyvern_sync.options import RequestOptions
    from skyvern_sync.polling import WaitProgress
    from skyvern_sync.schemas.run_blocks import CredentialType
    from skyvern_sync.schemas.runs import RunEngine
    from skyvern_sync.skyvern import Skyvern

__version__ = "0.2.0"

# Each name loads its module on first use (PEP 562): `from skyvern_sync import Skyvern` does not pay for
# attrs (RequestOptions) and the generated models until a call needs them.
_ERRORS = "skyvern_sync.errors"
_EXPORTS = {
    **{name: _ERRORS for name in __all__ if name.endswith(("Error", "Timeout", "Warning"))},
    "CredentialType": "skyvern_sync.schemas.run_blocks",
    "RequestOptions": "skyvern_sync.options",
    "RunEngine": "skyvern_sync.schemas.runs",
    "Skyvern": "skyvern_sync.skyvern",
    "SkyvernEnvironment": "skyvern_sync.environment",
    "WaitProgress": "skyvern_sync.polling",
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
