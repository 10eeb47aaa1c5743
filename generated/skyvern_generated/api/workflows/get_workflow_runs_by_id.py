import datetime
from typing import Any

import requests
from skyvern_sync import _model as _t
from skyvern_sync._model import Response
from skyvern_sync.errors import ShapeError as _ShapeError

from ... import errors
from ...client import Sender
from ...models.workflow_run import WorkflowRun
from ...models.workflow_run_status import WorkflowRunStatus

OPERATION = "get_workflow_runs_by_id"
METHOD = "GET"
PATH = "/v1/agents/{workflow_id}/runs"
_datetime = datetime.datetime.fromisoformat


def _get_kwargs(
    workflow_id: str,
    *,
    page: int | None = None,
    page_size: int | None = None,
    status: list[WorkflowRunStatus] | None = None,
    search_key: str | None = None,
    error_code: str | None = None,
    created_at_start: datetime.datetime | None = None,
    created_at_end: datetime.datetime | None = None,
    tags: list[str] | None = None,
    include_child_runs: bool | None = None,
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
    if created_at_start is not None:
        params["created_at_start"] = _t.query_value(created_at_start)
    if created_at_end is not None:
        params["created_at_end"] = _t.query_value(created_at_end)
    if tags is not None:
        params["tags"] = _t.query_value(tags)
    if include_child_runs is not None:
        params["include_child_runs"] = _t.query_value(include_child_runs)

    _kwargs: dict[str, Any] = {
        "operation": OPERATION,
        "method": METHOD,
        "url": PATH.format(
            workflow_id=_t.path_segment(workflow_id),
        ),
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
    workflow_id: str,
    *,
    client: Sender,
    page: int | None = None,
    page_size: int | None = None,
    status: list[WorkflowRunStatus] | None = None,
    search_key: str | None = None,
    error_code: str | None = None,
    created_at_start: datetime.datetime | None = None,
    created_at_end: datetime.datetime | None = None,
    tags: list[str] | None = None,
    include_child_runs: bool | None = None,
) -> Response[list[WorkflowRun]]:
    """Get all runs by agent

     List runs for a specific workflow.

    Supports filtering by **status**, **search_key**, and **error_code**. All filters are combined with
    **AND** logic.

    ### search_key

    Case-insensitive substring search across: workflow run ID, parameter key, parameter description, run
    parameter value, extra HTTP headers and webhook callback URL. A run is returned if any of these
    fields match. Soft-deleted parameter definitions are excluded from key/description matching. A
    complete browser profile ID, browser session ID or credential ID matches the run that used it
    exactly (no substring match). A complete browser profile or browser session ID is matched against
    those identifiers only, not the text fields. A credential ID matches when it is the run's sequential
    credential, the credential the run selected from a pool or fell back to, or the credential bound by
    a credential parameter on the run's workflow version when the run was created and the run recorded
    no selection for it. The workflow title and workflow permanent ID are matched as well.

    ### error_code

    Exact-match filter on the `error_code` field inside each task's `errors` JSON array. A run matches
    if any of its tasks contains an error with a matching `error_code`.

    ### include_child_runs

    Child runs — runs this workflow started from inside another workflow run — are **excluded by
    default**, so the history shows only top-level runs. Pass `include_child_runs=true` to list them as
    well; every run carries a `parent_workflow_run_id` that is `null` for top-level runs.

    Args:
        workflow_id:
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
        created_at_start: Only include runs created at or after this UTC timestamp (ISO 8601).
        created_at_end: Only include runs created strictly before this UTC timestamp (ISO 8601).
        tags: Filter by run tags. Each term is a label (`production`), a group (`env:*`), or a
            group:label (`env:prod`). Repeat the param or comma-separate
            (`?tags=env:prod,env:staging`). AND across distinct terms, OR within a group's labels
            (`?tags=customer:acme,env:prod,env:staging` -> customer=acme AND env in (prod, staging)).
            A label term matches the value across any/no group. Matches current tag values only.
        include_child_runs: Include child workflow runs — runs started from inside another workflow run. Excluded by
            default so the history shows only top-level runs.

    Raises:
        Whatever `client` raises for an error status; `client.unexpected_body(...)` for a 2xx body that does
        not fit the schema.

    Returns:
        Response[list[WorkflowRun]]
    """

    kwargs = _get_kwargs(
        workflow_id=workflow_id,
        page=page,
        page_size=page_size,
        status=status,
        search_key=search_key,
        error_code=error_code,
        created_at_start=created_at_start,
        created_at_end=created_at_end,
        tags=tags,
        include_child_runs=include_child_runs,
    )
    response = client.request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    workflow_id: str,
    *,
    client: Sender,
    page: int | None = None,
    page_size: int | None = None,
    status: list[WorkflowRunStatus] | None = None,
    search_key: str | None = None,
    error_code: str | None = None,
    created_at_start: datetime.datetime | None = None,
    created_at_end: datetime.datetime | None = None,
    tags: list[str] | None = None,
    include_child_runs: bool | None = None,
) -> list[WorkflowRun]:
    """Get all runs by agent

     List runs for a specific workflow.

    Supports filtering by **status**, **search_key**, and **error_code**. All filters are combined with
    **AND** logic.

    ### search_key

    Case-insensitive substring search across: workflow run ID, parameter key, parameter description, run
    parameter value, extra HTTP headers and webhook callback URL. A run is returned if any of these
    fields match. Soft-deleted parameter definitions are excluded from key/description matching. A
    complete browser profile ID, browser session ID or credential ID matches the run that used it
    exactly (no substring match). A complete browser profile or browser session ID is matched against
    those identifiers only, not the text fields. A credential ID matches when it is the run's sequential
    credential, the credential the run selected from a pool or fell back to, or the credential bound by
    a credential parameter on the run's workflow version when the run was created and the run recorded
    no selection for it. The workflow title and workflow permanent ID are matched as well.

    ### error_code

    Exact-match filter on the `error_code` field inside each task's `errors` JSON array. A run matches
    if any of its tasks contains an error with a matching `error_code`.

    ### include_child_runs

    Child runs — runs this workflow started from inside another workflow run — are **excluded by
    default**, so the history shows only top-level runs. Pass `include_child_runs=true` to list them as
    well; every run carries a `parent_workflow_run_id` that is `null` for top-level runs.

    Args:
        workflow_id:
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
        created_at_start: Only include runs created at or after this UTC timestamp (ISO 8601).
        created_at_end: Only include runs created strictly before this UTC timestamp (ISO 8601).
        tags: Filter by run tags. Each term is a label (`production`), a group (`env:*`), or a
            group:label (`env:prod`). Repeat the param or comma-separate
            (`?tags=env:prod,env:staging`). AND across distinct terms, OR within a group's labels
            (`?tags=customer:acme,env:prod,env:staging` -> customer=acme AND env in (prod, staging)).
            A label term matches the value across any/no group. Matches current tag values only.
        include_child_runs: Include child workflow runs — runs started from inside another workflow run. Excluded by
            default so the history shows only top-level runs.

    Raises:
        Whatever `client` raises for an error status; `client.unexpected_body(...)` for a 2xx body that does
        not fit the schema.

    Returns:
        list[WorkflowRun]
    """

    return sync_detailed(
        workflow_id=workflow_id,
        client=client,
        page=page,
        page_size=page_size,
        status=status,
        search_key=search_key,
        error_code=error_code,
        created_at_start=created_at_start,
        created_at_end=created_at_end,
        tags=tags,
        include_child_runs=include_child_runs,
    ).parsed
