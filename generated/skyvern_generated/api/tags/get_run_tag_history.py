import datetime
from typing import Any

import requests
from skyvern_sync import _model as _t
from skyvern_sync._model import Response
from skyvern_sync.errors import ShapeError as _ShapeError

from ... import errors
from ...client import Sender
from ...models.run_tag_history_response import RunTagHistoryResponse

OPERATION = "get_run_tag_history"
METHOD = "GET"
PATH = "/v1/runs/{workflow_run_id}/tags/history"
_datetime = datetime.datetime.fromisoformat


def _get_kwargs(
    workflow_run_id: str,
    *,
    limit: int | None = None,
    since: datetime.datetime | None = None,
    key: str | None = None,
) -> dict[str, Any]:

    params: dict[str, Any] = {}
    if limit is not None:
        params["limit"] = _t.query_value(limit)
    if since is not None:
        params["since"] = _t.query_value(since)
    if key is not None:
        params["key"] = _t.query_value(key)

    _kwargs: dict[str, Any] = {
        "operation": OPERATION,
        "method": METHOD,
        "url": PATH.format(
            workflow_run_id=_t.path_segment(workflow_run_id),
        ),
        "params": params,
    }
    return _kwargs


def _parse_response(
    *, client: Sender, response: requests.Response
) -> RunTagHistoryResponse:
    with _t.collector_held:  # a short body too may nest to the recursion limit through the schema's own recursion
        return parse(_t.json_body(response.content))


def parse(data: Any) -> RunTagHistoryResponse:
    """The typed value of this operation's answer from its JSON, already decoded (a webhook's body, say).

    Raises ShapeError, naming the JSON path, when the JSON does not fit the schema.
    """
    try:
        data = RunTagHistoryResponse.from_dict(data)
    except _ShapeError as error:
        raise error.within("") from None
    return data  # type: ignore[no-any-return,unused-ignore]


def _build_response(
    *, client: Sender, response: requests.Response
) -> Response[RunTagHistoryResponse]:
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
    workflow_run_id: str,
    *,
    client: Sender,
    limit: int | None = None,
    since: datetime.datetime | None = None,
    key: str | None = None,
) -> Response[RunTagHistoryResponse]:
    """Get run tag history

     Chronological tag-event log for a workflow run (newest first). Includes SET and DELETE events.

    Args:
        workflow_run_id: Workflow run ID
        limit: Max events to return
        since: Only return events at or after this timestamp
        key: Filter to events for a single tag key

    Raises:
        Whatever `client` raises for an error status; `client.unexpected_body(...)` for a 2xx body that does
        not fit the schema.

    Returns:
        Response[RunTagHistoryResponse]
    """

    kwargs = _get_kwargs(
        workflow_run_id=workflow_run_id,
        limit=limit,
        since=since,
        key=key,
    )
    response = client.request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    workflow_run_id: str,
    *,
    client: Sender,
    limit: int | None = None,
    since: datetime.datetime | None = None,
    key: str | None = None,
) -> RunTagHistoryResponse:
    """Get run tag history

     Chronological tag-event log for a workflow run (newest first). Includes SET and DELETE events.

    Args:
        workflow_run_id: Workflow run ID
        limit: Max events to return
        since: Only return events at or after this timestamp
        key: Filter to events for a single tag key

    Raises:
        Whatever `client` raises for an error status; `client.unexpected_body(...)` for a 2xx body that does
        not fit the schema.

    Returns:
        RunTagHistoryResponse
    """

    return sync_detailed(
        workflow_run_id=workflow_run_id,
        client=client,
        limit=limit,
        since=since,
        key=key,
    ).parsed
