"""The operation table: every operation of the reference, as tools/overrides.yaml declares it.

Rendered by `python -m tools.regen` from overrides.yaml and openapi.yaml (not by openapi-python-client):
the client's transport reads `kind` to decide what may be sent twice, its tests read the whole table.
"""

from collections.abc import Mapping
from typing import Literal, NamedTuple

Kind = Literal["read", "change", "create", "start"]


class Operation(NamedTuple):
    """One operation: its reference method name (= operationId), where it is served, and what sending it does.

    kind: read (a GET), change (cancel, close, delete: resending does no new harm), create (makes something
    each time it arrives), start (starts a run). Only read and change are resent once a request may have
    reached the server.
    wire_names: reference parameter -> the name the server takes for it.
    """

    name: str
    group: str
    kind: Kind
    method: str
    path: str
    wire_names: Mapping[str, str]


OPERATIONS: Mapping[str, Operation] = {
    "run_task": Operation(
        name="run_task",
        group="runs",
        kind="start",
        method="POST",
        path="/v1/run/tasks",
        wire_names={},
    ),
    "get_run": Operation(
        name="get_run",
        group="runs",
        kind="read",
        method="GET",
        path="/v1/runs/{run_id}",
        wire_names={},
    ),
    "cancel_run": Operation(
        name="cancel_run",
        group="runs",
        kind="change",
        method="POST",
        path="/v1/runs/{run_id}/cancel",
        wire_names={},
    ),
    "get_run_timeline": Operation(
        name="get_run_timeline",
        group="runs",
        kind="read",
        method="GET",
        path="/v1/runs/{run_id}/timeline",
        wire_names={},
    ),
    "get_run_artifacts": Operation(
        name="get_run_artifacts",
        group="runs",
        kind="read",
        method="GET",
        path="/v1/runs/{run_id}/artifacts",
        wire_names={},
    ),
    "get_artifact": Operation(
        name="get_artifact",
        group="runs",
        kind="read",
        method="GET",
        path="/v1/artifacts/{artifact_id}",
        wire_names={},
    ),
    "retry_run_webhook": Operation(
        name="retry_run_webhook",
        group="runs",
        kind="create",
        method="POST",
        path="/v1/runs/{run_id}/retry_webhook",
        wire_names={},
    ),
    "login": Operation(
        name="login",
        group="runs",
        kind="start",
        method="POST",
        path="/v1/run/tasks/login",
        wire_names={},
    ),
    "download_files": Operation(
        name="download_files",
        group="runs",
        kind="start",
        method="POST",
        path="/v1/run/tasks/download_files",
        wire_names={},
    ),
    "run_workflow": Operation(
        name="run_workflow",
        group="workflows",
        kind="start",
        method="POST",
        path="/v1/run/agents",
        wire_names={"workflow_id": "agent_id"},
    ),
    "create_workflow": Operation(
        name="create_workflow",
        group="workflows",
        kind="create",
        method="POST",
        path="/v1/agents",
        wire_names={},
    ),
    "get_workflows": Operation(
        name="get_workflows",
        group="workflows",
        kind="read",
        method="GET",
        path="/v1/agents",
        wire_names={},
    ),
    "get_workflow": Operation(
        name="get_workflow",
        group="workflows",
        kind="read",
        method="GET",
        path="/v1/agents/{workflow_permanent_id}",
        wire_names={},
    ),
    "get_workflow_versions": Operation(
        name="get_workflow_versions",
        group="workflows",
        kind="read",
        method="GET",
        path="/v1/agents/{workflow_permanent_id}/versions",
        wire_names={},
    ),
    "update_workflow": Operation(
        name="update_workflow",
        group="workflows",
        kind="create",
        method="POST",
        path="/v1/agents/{workflow_id}",
        wire_names={},
    ),
    "delete_workflow": Operation(
        name="delete_workflow",
        group="workflows",
        kind="change",
        method="POST",
        path="/v1/agents/{workflow_id}/delete",
        wire_names={},
    ),
    "create_browser_session": Operation(
        name="create_browser_session",
        group="browser_sessions",
        kind="create",
        method="POST",
        path="/v1/browser_sessions",
        wire_names={},
    ),
    "get_browser_session": Operation(
        name="get_browser_session",
        group="browser_sessions",
        kind="read",
        method="GET",
        path="/v1/browser_sessions/{browser_session_id}",
        wire_names={},
    ),
    "get_browser_sessions": Operation(
        name="get_browser_sessions",
        group="browser_sessions",
        kind="read",
        method="GET",
        path="/v1/browser_sessions",
        wire_names={},
    ),
    "close_browser_session": Operation(
        name="close_browser_session",
        group="browser_sessions",
        kind="change",
        method="POST",
        path="/v1/browser_sessions/{browser_session_id}/close",
        wire_names={},
    ),
    "create_browser_profile": Operation(
        name="create_browser_profile",
        group="browser_profiles",
        kind="create",
        method="POST",
        path="/v1/browser_profiles",
        wire_names={},
    ),
    "list_browser_profiles": Operation(
        name="list_browser_profiles",
        group="browser_profiles",
        kind="read",
        method="GET",
        path="/v1/browser_profiles",
        wire_names={},
    ),
    "get_browser_profile": Operation(
        name="get_browser_profile",
        group="browser_profiles",
        kind="read",
        method="GET",
        path="/v1/browser_profiles/{profile_id}",
        wire_names={},
    ),
    "delete_browser_profile": Operation(
        name="delete_browser_profile",
        group="browser_profiles",
        kind="change",
        method="DELETE",
        path="/v1/browser_profiles/{profile_id}",
        wire_names={},
    ),
    "create_credential": Operation(
        name="create_credential",
        group="credentials",
        kind="create",
        method="POST",
        path="/v1/credentials",
        wire_names={},
    ),
    "get_credentials": Operation(
        name="get_credentials",
        group="credentials",
        kind="read",
        method="GET",
        path="/v1/credentials",
        wire_names={},
    ),
    "get_credential": Operation(
        name="get_credential",
        group="credentials",
        kind="read",
        method="GET",
        path="/v1/credentials/{credential_id}",
        wire_names={},
    ),
    "delete_credential": Operation(
        name="delete_credential",
        group="credentials",
        kind="change",
        method="POST",
        path="/v1/credentials/{credential_id}/delete",
        wire_names={},
    ),
    "send_totp_code": Operation(
        name="send_totp_code",
        group="credentials",
        kind="create",
        method="POST",
        path="/v1/credentials/totp",
        wire_names={},
    ),
    "upload_file": Operation(
        name="upload_file",
        group="files",
        kind="create",
        method="POST",
        path="/v1/upload_file",
        wire_names={},
    ),
}

RESENDABLE: frozenset[str] = frozenset(
    name for name, op in OPERATIONS.items() if op.kind in ("read", "change")
)

__all__ = ["OPERATIONS", "RESENDABLE", "Kind", "Operation"]
