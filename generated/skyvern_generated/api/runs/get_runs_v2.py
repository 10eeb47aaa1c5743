from typing import Any

import requests
from skyvern_sync import _model as _t
from skyvern_sync._model import Response
from skyvern_sync.errors import ShapeError as _ShapeError

from ... import errors
from ...client import Sender
from ...models.run_status import RunStatus
from ...models.run_type import RunType
from ...models.task_run_list_item import TaskRunListItem

OPERATION = "get_runs_v2"
METHOD = "GET"
PATH = "/v1/runs"


def _get_kwargs(
    *,
    page: int | None = None,
    page_size: int | None = None,
    status: list[RunStatus] | None = None,
    search_key: str | None = None,
    run_type: list[RunType] | None = None,
    workflow_permanent_id: list[str] | None = None,
    tags: list[str] | None = None,
    failure_category: str | None = None,
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
    if run_type is not None:
        params["run_type"] = _t.query_value(run_type)
    if workflow_permanent_id is not None:
        params["workflow_permanent_id"] = _t.query_value(workflow_permanent_id)
    if tags is not None:
        params["tags"] = _t.query_value(tags)
    if failure_category is not None:
        params["failure_category"] = _t.query_value(failure_category)

    _kwargs: dict[str, Any] = {
        "operation": OPERATION,
        "method": METHOD,
        "url": PATH,
        "params": params,
    }
    return _kwargs


def _parse_response(
    *, client: Sender, response: requests.Response
) -> list[TaskRunListItem]:
    with _t.collector_held:  # a short body too may nest to the recursion limit through the schema's own recursion
        return parse(_t.json_body(response.content))


def parse(data: Any) -> list[TaskRunListItem]:
    """The typed value of this operation's answer from its JSON, already decoded (a webhook's body, say).

    Raises ShapeError, naming the JSON path, when the JSON does not fit the schema.
    """
    if data.__class__ is not list:
        data = _t.as_list(data, "")
    try:
        data = [TaskRunListItem.from_dict(item) for item in data]
    except _ShapeError:
        raise _t.locate(data, TaskRunListItem.from_dict, "") from None
    return data  # type: ignore[no-any-return,unused-ignore]


def _build_response(
    *, client: Sender, response: requests.Response
) -> Response[list[TaskRunListItem]]:
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
    status: list[RunStatus] | None = None,
    search_key: str | None = None,
    run_type: list[RunType] | None = None,
    workflow_permanent_id: list[str] | None = None,
    tags: list[str] | None = None,
    failure_category: str | None = None,
) -> Response[list[TaskRunListItem]]:
    """List runs

     List the organization's task and agent runs, newest first, filterable by status, run type, agent, a
    free-text search term, and failure category. Returns a paginated array of run summaries.

    Args:
        page:
        page_size:
        status:
        search_key: Case-insensitive substring search (min 3 chars for trigram index) across the run's title,
            URL, run ID, agent (workflow) ID and inputs, plus a workflow run's webhook callback URL. A
            complete browser profile ID, browser session ID or credential ID matches the run that used
            it exactly (no substring match). A complete browser profile or browser session ID is
            matched against those identifiers only, not the text fields. A credential ID matches when
            it is the run's sequential credential, the credential the run selected from a pool or fell
            back to, or the credential bound by a credential parameter on the run's workflow version
            when the run was created and the run recorded no selection for it. Browser profile and
            credential IDs apply to workflow runs; a browser session ID also matches a standalone task
            that used it.
        run_type:
        workflow_permanent_id: Filter to runs of these workflows (agents). Repeat the param to include multiple.
        tags: Filter by run tags. Each term is a label (`production`), a group (`env:*`), or a
            group:label (`env:prod`). Repeat the param or comma-separate
            (`?tags=env:prod,env:staging`). AND across distinct terms, OR within a group's labels
            (`?tags=customer:acme,env:prod,env:staging` -> customer=acme AND env in (prod, staging)).
            A label term matches the value across any/no group. Matches current tag values only.
        failure_category: Exact-match filter on a workflow run's top classifier failure category
            (`failure_category[0].category`). Only failed, terminated, and timed_out runs are
            eligible; canceled runs are never returned by this filter. Applies to
            `run_type=workflow_run` only — combined with a task run_type it matches nothing.

    Raises:
        Whatever `client` raises for an error status; `client.unexpected_body(...)` for a 2xx body that does
        not fit the schema.

    Returns:
        Response[list[TaskRunListItem]]
    """

    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
        status=status,
        search_key=search_key,
        run_type=run_type,
        workflow_permanent_id=workflow_permanent_id,
        tags=tags,
        failure_category=failure_category,
    )
    response = client.request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: Sender,
    page: int | None = None,
    page_size: int | None = None,
    status: list[RunStatus] | None = None,
    search_key: str | None = None,
    run_type: list[RunType] | None = None,
    workflow_permanent_id: list[str] | None = None,
    tags: list[str] | None = None,
    failure_category: str | None = None,
) -> list[TaskRunListItem]:
    """List runs

     List the organization's task and agent runs, newest first, filterable by status, run type, agent, a
    free-text search term, and failure category. Returns a paginated array of run summaries.

    Args:
        page:
        page_size:
        status:
        search_key: Case-insensitive substring search (min 3 chars for trigram index) across the run's title,
            URL, run ID, agent (workflow) ID and inputs, plus a workflow run's webhook callback URL. A
            complete browser profile ID, browser session ID or credential ID matches the run that used
            it exactly (no substring match). A complete browser profile or browser session ID is
            matched against those identifiers only, not the text fields. A credential ID matches when
            it is the run's sequential credential, the credential the run selected from a pool or fell
            back to, or the credential bound by a credential parameter on the run's workflow version
            when the run was created and the run recorded no selection for it. Browser profile and
            credential IDs apply to workflow runs; a browser session ID also matches a standalone task
            that used it.
        run_type:
        workflow_permanent_id: Filter to runs of these workflows (agents). Repeat the param to include multiple.
        tags: Filter by run tags. Each term is a label (`production`), a group (`env:*`), or a
            group:label (`env:prod`). Repeat the param or comma-separate
            (`?tags=env:prod,env:staging`). AND across distinct terms, OR within a group's labels
            (`?tags=customer:acme,env:prod,env:staging` -> customer=acme AND env in (prod, staging)).
            A label term matches the value across any/no group. Matches current tag values only.
        failure_category: Exact-match filter on a workflow run's top classifier failure category
            (`failure_category[0].category`). Only failed, terminated, and timed_out runs are
            eligible; canceled runs are never returned by this filter. Applies to
            `run_type=workflow_run` only — combined with a task run_type it matches nothing.

    Raises:
        Whatever `client` raises for an error status; `client.unexpected_body(...)` for a 2xx body that does
        not fit the schema.

    Returns:
        list[TaskRunListItem]
    """

    return sync_detailed(
        client=client,
        page=page,
        page_size=page_size,
        status=status,
        search_key=search_key,
        run_type=run_type,
        workflow_permanent_id=workflow_permanent_id,
        tags=tags,
        failure_category=failure_category,
    ).parsed
