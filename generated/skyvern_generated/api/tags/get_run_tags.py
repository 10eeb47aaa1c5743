from typing import Any

import requests
from skyvern_sync import _model as _t
from skyvern_sync._model import Response
from skyvern_sync.errors import ShapeError as _ShapeError

from ... import errors
from ...client import Sender
from ...models.run_tags_response import RunTagsResponse

OPERATION = "get_run_tags"
METHOD = "GET"
PATH = "/v1/runs/{workflow_run_id}/tags"


def _get_kwargs(
    workflow_run_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "operation": OPERATION,
        "method": METHOD,
        "url": PATH.format(
            workflow_run_id=_t.path_segment(workflow_run_id),
        ),
    }
    return _kwargs


def _parse_response(*, client: Sender, response: requests.Response) -> RunTagsResponse:
    with _t.collector_held:  # a short body too may nest to the recursion limit through the schema's own recursion
        return parse(_t.json_body(response.content))


def parse(data: Any) -> RunTagsResponse:
    """The typed value of this operation's answer from its JSON, already decoded (a webhook's body, say).

    Raises ShapeError, naming the JSON path, when the JSON does not fit the schema.
    """
    try:
        data = RunTagsResponse.from_dict(data)
    except _ShapeError as error:
        raise error.within("") from None
    return data  # type: ignore[no-any-return,unused-ignore]


def _build_response(
    *, client: Sender, response: requests.Response
) -> Response[RunTagsResponse]:
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
) -> Response[RunTagsResponse]:
    """Get run tags

     Get the current tag state for a workflow run.

    Args:
        workflow_run_id: Workflow run ID

    Raises:
        Whatever `client` raises for an error status; `client.unexpected_body(...)` for a 2xx body that does
        not fit the schema.

    Returns:
        Response[RunTagsResponse]
    """

    kwargs = _get_kwargs(
        workflow_run_id=workflow_run_id,
    )
    response = client.request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    workflow_run_id: str,
    *,
    client: Sender,
) -> RunTagsResponse:
    """Get run tags

     Get the current tag state for a workflow run.

    Args:
        workflow_run_id: Workflow run ID

    Raises:
        Whatever `client` raises for an error status; `client.unexpected_body(...)` for a 2xx body that does
        not fit the schema.

    Returns:
        RunTagsResponse
    """

    return sync_detailed(
        workflow_run_id=workflow_run_id,
        client=client,
    ).parsed
