"""Every type the client's methods take and return: the models, their enums, and the reference's aliases.

    from skyvern_sync.types import TaskRunResponse, RunStatus, Workflow

The models are generated from the server's OpenAPI document (openapi.yaml) into the `skyvern_generated`
package; import them from here. Each loads on first use. Besides them:

- `GetRunResponse`: what `get_run` and `wait_for_run` return: `TaskRunResponse | WorkflowRunResponse |
  UnrecognizedRunResponse`. All three have the shared run fields (`run_id`, `status`, `output`,
  `failure_reason`, ...), so `client.get_run(run_id).status` type-checks.
- `WaitProgress`: what a wait's `on_progress` hook is given after each poll (the run, seconds waited, seconds to
  the next poll).
- `JsonObject` (`dict[str, Any]`) and `StringMap` (`dict[str, str]`): free-form JSON fields.
- The names the official sync client `skyvern.client.Skyvern` gives its request and response types where
  ours differ (`TotpCode` is our `TOTPCode`, `TaskRunRequestInputProxyLocation` is what `proxy_location`
  takes): `OFFICIAL_NAMES` says what each one is here.
"""

from __future__ import annotations

import operator
from functools import reduce
from importlib import import_module
from typing import TYPE_CHECKING, Any, TypeAlias

from skyvern_generated import models as _models

if TYPE_CHECKING:
    from skyvern_generated.models import *  # noqa: F403 (the whole generated surface, for type checkers)
    from skyvern_generated.models import (
        ActAction,
        ClickAction,
        CredentialType,
        CustomLLMConfig,
        CustomLLMListResponse,
        CustomLLMResponse,
        ExtractAction,
        GeoTarget,
        InputTextAction,
        LocateElementAction,
        NonEmptyCreditCardCredential,
        NonEmptyPasswordCredential,
        OTPType,
        PromptAction,
        ProxyLocation,
        SchedulesListAllStatusType0,
        SecretCredential,
        SelectOptionAction,
        StoredCredentialType,
        TaskRunResponse,
        TOTPCode,
        UnrecognizedAction,
        UnrecognizedRunResponse,
        UploadFileAction,
        ValidateAction,
        WorkflowCreateYAMLRequest,
        WorkflowRunResponse,
    )

    from skyvern_sync.polling import WaitProgress  # noqa: F401 (exported by __getattr__ below)

    GetRunResponse: TypeAlias = TaskRunResponse | WorkflowRunResponse | UnrecognizedRunResponse

    # the official client's names (see OFFICIAL_NAMES below for why each is what it is)
    CustomLlmConfig: TypeAlias = CustomLLMConfig
    CustomLlmListResponse: TypeAlias = CustomLLMListResponse
    CustomLlmResponse: TypeAlias = CustomLLMResponse
    TotpCode: TypeAlias = TOTPCode
    WorkflowCreateYamlRequest: TypeAlias = WorkflowCreateYAMLRequest
    OtpType: TypeAlias = OTPType | str
    SkyvernForgeSdkSchemasCredentialsCredentialType: TypeAlias = StoredCredentialType | str
    SkyvernSchemasCredentialTypeCredentialType: TypeAlias = CredentialType | str
    SchedulesListAllRequestStatus: TypeAlias = SchedulesListAllStatusType0 | str
    CreateBrowserProfileRequestProxyLocation: TypeAlias = ProxyLocation | GeoTarget | dict[str, Any]
    CreateBrowserSessionRequestProxyLocation: TypeAlias = ProxyLocation | GeoTarget | dict[str, Any]
    CreateCredentialRequestProxyLocation: TypeAlias = ProxyLocation | GeoTarget | dict[str, Any]
    UpdateBrowserProfileRequestProxyLocation: TypeAlias = ProxyLocation | GeoTarget | dict[str, Any]
    TaskRunRequestInputProxyLocation: TypeAlias = ProxyLocation | GeoTarget | dict[str, Any]
    WorkflowRunRequestInputProxyLocation: TypeAlias = ProxyLocation | GeoTarget | dict[str, Any]
    CreateCredentialRequestCredential: TypeAlias = (
        NonEmptyPasswordCredential | NonEmptyCreditCardCredential | SecretCredential
    )
    TaskRunRequestInputDataExtractionSchema: TypeAlias = dict[str, Any] | list[Any] | str
    RunSdkActionRequestAction: TypeAlias = (
        ClickAction
        | InputTextAction
        | SelectOptionAction
        | UploadFileAction
        | ActAction
        | ExtractAction
        | LocateElementAction
        | ValidateAction
        | PromptAction
        | UnrecognizedAction
    )

# The official client's type names that ours spell otherwise, each as the generated type(s) meaning the same:
# a model the generator names from the schema's title (`CustomLLMConfig`, `TOTPCode`, `WorkflowCreateYAMLRequest`)
# is that model; an official `Literal[...] | Any` alias of an enum (`OtpType`) is our enum or its value
# as a string, which is what the method takes; an official union named after the parameter it types
# (`TaskRunRequestInputProxyLocation`) is the union that parameter takes here. Each is built on first use.
OFFICIAL_NAMES: dict[str, tuple[str, ...]] = {
    "CustomLlmConfig": ("CustomLLMConfig",),
    "CustomLlmListResponse": ("CustomLLMListResponse",),
    "CustomLlmResponse": ("CustomLLMResponse",),
    "TotpCode": ("TOTPCode",),
    "WorkflowCreateYamlRequest": ("WorkflowCreateYAMLRequest",),
    "OtpType": ("OTPType", "str"),
    # the type of a stored credential (password, credit card, secret): the official module path says "forge"
    "SkyvernForgeSdkSchemasCredentialsCredentialType": ("StoredCredentialType", "str"),
    # where a credential lives (skyvern, bitwarden, 1password, azure_vault)
    "SkyvernSchemasCredentialTypeCredentialType": ("CredentialType", "str"),
    "SchedulesListAllRequestStatus": ("SchedulesListAllStatusType0", "str"),
    **{
        f"{request}ProxyLocation": ("ProxyLocation", "GeoTarget", "dict")
        for request in (
            "CreateBrowserProfileRequest",
            "CreateBrowserSessionRequest",
            "CreateCredentialRequest",
            "UpdateBrowserProfileRequest",
            "TaskRunRequestInput",
            "WorkflowRunRequestInput",
        )
    },
    "CreateCredentialRequestCredential": (
        "NonEmptyPasswordCredential",
        "NonEmptyCreditCardCredential",
        "SecretCredential",
    ),
    "TaskRunRequestInputDataExtractionSchema": ("dict", "list", "str"),
    "RunSdkActionRequestAction": (
        "ClickAction",
        "InputTextAction",
        "SelectOptionAction",
        "UploadFileAction",
        "ActAction",
        "ExtractAction",
        "LocateElementAction",
        "ValidateAction",
        "PromptAction",
        "UnrecognizedAction",
    ),
}
_BUILTINS: dict[str, Any] = {"str": str, "dict": dict[str, Any], "list": list[Any]}


def _official(name: str) -> Any:
    parts = [_BUILTINS[part] if part in _BUILTINS else getattr(_models, part) for part in OFFICIAL_NAMES[name]]
    return reduce(operator.or_, parts)


def __getattr__(name: str) -> Any:
    value: Any
    if name == "GetRunResponse":
        value = _models.TaskRunResponse | _models.WorkflowRunResponse | _models.UnrecognizedRunResponse
    elif name == "WaitProgress":
        from skyvern_sync.polling import WaitProgress

        value = WaitProgress
    elif name in OFFICIAL_NAMES:
        value = _official(name)
    elif name in _models.__all__:
        value = getattr(import_module("skyvern_generated.models"), name)
    else:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)


__all__ = sorted({*_models.__all__, *OFFICIAL_NAMES, "GetRunResponse", "WaitProgress"})  # noqa: PLE0605
