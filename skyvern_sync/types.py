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
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any, TypeAlias

from skyvern_generated import models as _models

if TYPE_CHECKING:
    from skyvern_generated.models import *  # noqa: F403 (the whole generated surface, for type checkers)
    from skyvern_generated.models import TaskRunResponse, UnrecognizedRunResponse, WorkflowRunResponse

    from skyvern_sync.polling import WaitProgress  # noqa: F401 (exported by __getattr__ below)

    GetRunResponse: TypeAlias = TaskRunResponse | WorkflowRunResponse | UnrecognizedRunResponse


def __getattr__(name: str) -> Any:
    value: Any
    if name == "GetRunResponse":
        value = _models.TaskRunResponse | _models.WorkflowRunResponse | _models.UnrecognizedRunResponse
    elif name == "WaitProgress":
        from skyvern_sync.polling import WaitProgress

        value = WaitProgress
    elif name in _models.__all__:
        value = getattr(import_module("skyvern_generated.models"), name)
    else:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)


__all__ = sorted({*_models.__all__, "GetRunResponse", "WaitProgress"})  # noqa: PLE0605
