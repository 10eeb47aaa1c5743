from typing import Any

import requests
from skyvern_sync import _model as _t
from skyvern_sync._model import Response
from skyvern_sync.errors import ShapeError as _ShapeError

from ... import errors
from ...client import Sender
from ...models.workflow_run import WorkflowRun
from ...models.workflow_run_status import WorkflowRunStatus

OPERATION = "get_workflow_runs"
METHOD = "GET"
PATH = "/v1/agents/runs"


def _get_kwargs(
    *,
    page: int | None = None,
    page_size: int | None = None,
    status: list[WorkflowRunStatus] | None = None,
    search_key: str | None = None,
    error_code: str | None = None,
) -> dict[str, Any]:

    params: dict[str, Any] = {}
    if page is not None:
        params["page"] = _t.query_value(page)
    if page_size is not None:
        params["page_size"] = _t.query_value(page_size)
    if status is not None:
        params["status"] = _t.query_value(status)
    if search_key is not None:
        params["search_key"] = _t.query_value(search_key)
    if error_code is not None:
        params["error_code"] = _t.query_value(error_code)

    _kwargs: dict[str, Any] = {
        "operation": OPERATION,
        "method": METHOD,
        "url": PATH,
        "params": params,
    }
    return _kwargs


def _parse_response(
    *, client: Sender, response: requests.Response
) -> list[WorkflowRun]:
    with _t.collector_held:  # a short body too may nest to the recursion limit through the schema's own recursion
        return parse(_t.json_body(response.content))


def parse(data: Any) -> list[WorkflowRun]:
    """The typed value of this operation's answer from its JSON, already decoded (a webhook's body, say).

    Raises ShapeError, naming the JSON path, when the JSON does not fit the schema.
    """
    if data.__class__ is not list:
        data = _t.as_list(data, "")
    try:
        data = [WorkflowRun.from_dict(item) for item in data]
    except _ShapeError:
        raise _t.locate(data, WorkflowRun.from_dict, "") from None
    return data  # type: ignore[no-any-return,unused-ignore]


def _build_response(
    *, client: Sender, response: requests.Response
) -> Response[list[WorkflowRun]]:
    if not 200 <= response.status_code < 300:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    try:
        parsed = _parse_response(client=client, response=response)
    except (_ShapeError, RecursionError) as problem:
        raise client.unexpected_body(response, problem) from problem
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    *,
    client: Sender,
    page: int | None = None,
    page_size: int | None = None,
    status: list[WorkflowRunStatus] | None = None,
    search_key: str | None = None,
    error_code: str | None = None,
) -> Response[list[WorkflowRun]]:
    """Get all runs

     List workflow runs across all workflows for the current organization.

    Results are paginated and can be filtered by **status**, **search_key**, and **error_code**. All
    filters are combined with **AND** logic — a run must match every supplied filter to be returned.

    ### search_key

    A case-insensitive substring search that matches against **any** of the following fields:

    | Searched field | Description |
    |---|---|
    | `workflow_run_id` | The unique run identifier (e.g. `wr_123…`) |
    | `workflow_permanent_id` | The permanent ID of the workflow that ran (e.g. `wpid_123…`) |
    | Workflow **title** | The title of the workflow that ran |
    | Parameter **key** | The `key` of any workflow parameter definition associated with the run |
    | Parameter **description** | The `description` of any workflow parameter definition |
    | Run parameter **value** | The actual value supplied for any parameter when the run was created |
    | `extra_http_headers` | Extra HTTP headers attached to the run (searched as raw JSON text) |
    | `webhook_callback_url` | The webhook URL the run posts its result to |

    Soft-deleted parameter definitions are excluded from key/description matching. A run is returned if
    **any** of the fields above contain the search term.

    A **complete** identifier also matches the run that used it, by exact equality:

    | Identifier | Description |
    |---|---|
    | `browser_profile_id` | The browser profile the run used (e.g. `bp_123…`) |
    | `browser_session_id` | The browser session the run used (e.g. `pbs_123…`) |
    | **Credential id** | A credential the run used (e.g. `cred_123…`) |

    A complete browser profile or browser session id is matched against those identifiers only, not the
    text fields above. A credential id matches a run when it is the run's sequential credential, the
    credential the run selected from a pool or fell back to, or the credential bound by a credential
    parameter on the run's workflow version when the run was created and the run recorded no selection
    for that parameter. Other pool and fallback members the run did not use do not match.

    ### error_code

    An **exact-match** filter against the `error_code` field inside each task's `errors` JSON array. A
    run matches if **any** of its tasks contains an error object with a matching `error_code` value.
    Error codes are user-defined strings set during workflow execution (e.g. `INVALID_CREDENTIALS`,
    `LOGIN_FAILED`, `CAPTCHA_DETECTED`).

    ### Combining filters

    All query parameters use AND logic:
    - `?status=failed` — only failed runs
    - `?status=failed&error_code=LOGIN_FAILED` — failed runs **and** have a LOGIN_FAILED error
    - `?status=failed&error_code=LOGIN_FAILED&search_key=prod_credential` — all three conditions must
    match

    Args:
        page: Page number for pagination.
        page_size: Number of runs to return per page.
        status: Filter by one or more run statuses.
        search_key: Case-insensitive substring search across: workflow run ID, parameter key, parameter
            description, run parameter value, extra HTTP headers and webhook callback URL. A run is
            returned if any of these fields match. Soft-deleted parameter definitions are excluded
            from key/description matching. A complete browser profile ID, browser session ID or
            credential ID matches the run that used it exactly (no substring match). A complete
            browser profile or browser session ID is matched against those identifiers only, not the
            text fields. A credential ID matches when it is the run's sequential credential, the
            credential the run selected from a pool or fell back to, or the credential bound by a
            credential parameter on the run's workflow version when the run was created and the run
            recorded no selection for it. The workflow title and workflow permanent ID are matched as
            well.
        error_code: Exact-match filter on the error_code field inside each task's errors JSON array. A run
            matches if any of its tasks contains an error with a matching error_code. Error codes are
            user-defined strings set during workflow execution.

    Raises:
        Whatever `client` raises for an error status; `client.unexpected_body(...)` for a 2xx body that does
        not fit the schema.

    Returns:
        Response[list[WorkflowRun]]
    """

    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
        status=status,
        search_key=search_key,
        error_code=error_code,
    )
    response = client.request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: Sender,
    page: int | None = None,
    page_size: int | None = None,
    status: list[WorkflowRunStatus] | None = None,
    search_key: str | None = None,
    error_code: str | None = None,
) -> list[WorkflowRun]:
    """Get all runs

     List workflow runs across all workflows for the current organization.

    Results are paginated and can be filtered by **status**, **search_key**, and **error_code**. All
    filters are combined with **AND** logic — a run must match every supplied filter to be returned.

    ### search_key

    A case-insensitive substring search that matches against **any** of the following fields:

    | Searched field | Description |
    |---|---|
    | `workflow_run_id` | The unique run identifier (e.g. `wr_123…`) |
    | `workflow_permanent_id` | The permanent ID of the workflow that ran (e.g. `wpid_123…`) |
    | Workflow **title** | The title of the workflow that ran |
    | Parameter **key** | The `key` of any workflow parameter definition associated with the run |
    | Parameter **description** | The `description` of any workflow parameter definition |
    | Run parameter **value** | The actual value supplied for any parameter when the run was created |
    | `extra_http_headers` | Extra HTTP headers attached to the run (searched as raw JSON text) |
    | `webhook_callback_url` | The webhook URL the run posts its result to |

    Soft-deleted parameter definitions are excluded from key/description matching. A run is returned if
    **any** of the fields above contain the search term.

    A **complete** identifier also matches the run that used it, by exact equality:

    | Identifier | Description |
    |---|---|
    | `browser_profile_id` | The browser profile the run used (e.g. `bp_123…`) |
    | `browser_session_id` | The browser session the run used (e.g. `pbs_123…`) |
    | **Credential id** | A credential the run used (e.g. `cred_123…`) |

    A complete browser profile or browser session id is matched against those identifiers only, not the
    text fields above. A credential id matches a run when it is the run's sequential credential, the
    credential the run selected from a pool or fell back to, or the credential bound by a credential
    parameter on the run's workflow version when the run was created and the run recorded no selection
    for that parameter. Other pool and fallback members the run did not use do not match.

    ### error_code

    An **exact-match** filter against the `error_code` field inside each task's `errors` JSON array. A
    run matches if **any** of its tasks contains an error object with a matching `error_code` value.
    Error codes are user-defined strings set during workflow execution (e.g. `INVALID_CREDENTIALS`,
    `LOGIN_FAILED`, `CAPTCHA_DETECTED`).

    ### Combining filters

    All query parameters use AND logic:
    - `?status=failed` — only failed runs
    - `?status=failed&error_code=LOGIN_FAILED` — failed runs **and** have a LOGIN_FAILED error
    - `?status=failed&error_code=LOGIN_FAILED&search_key=prod_credential` — all three conditions must
    match

    Args:
        page: Page number for pagination.
        page_size: Number of runs to return per page.
        status: Filter by one or more run statuses.
        search_key: Case-insensitive substring search across: workflow run ID, parameter key, parameter
            description, run parameter value, extra HTTP headers and webhook callback URL. A run is
            returned if any of these fields match. Soft-deleted parameter definitions are excluded
            from key/description matching. A complete browser profile ID, browser session ID or
            credential ID matches the run that used it exactly (no substring match). A complete
            browser profile or browser session ID is matched against those identifiers only, not the
            text fields. A credential ID matches when it is the run's sequential credential, the
            credential the run selected from a pool or fell back to, or the credential bound by a
            credential parameter on the run's workflow version when the run was created and the run
            recorded no selection for it. The workflow title and workflow permanent ID are matched as
            well.
        error_code: Exact-match filter on the error_code field inside each task's errors JSON array. A run
            matches if any of its tasks contains an error with a matching error_code. Error codes are
            user-defined strings set during workflow execution.

    Raises:
        Whatever `client` raises for an error status; `client.unexpected_body(...)` for a 2xx body that does
        not fit the schema.

    Returns:
        list[WorkflowRun]
    """

    return sync_detailed(
        client=client,
        page=page,
        page_size=page_size,
        status=status,
        search_key=search_key,
        error_code=error_code,
    ).parsed
