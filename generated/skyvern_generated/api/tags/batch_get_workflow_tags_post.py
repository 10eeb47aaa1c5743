from typing import Any

import requests
from skyvern_sync import _model as _t
from skyvern_sync._model import Response
from skyvern_sync.errors import ShapeError as _ShapeError

from ... import errors
from ...client import Sender
from ...models.workflow_tags_batch_request import WorkflowTagsBatchRequest
from ...models.workflow_tags_batch_response import WorkflowTagsBatchResponse

OPERATION = "batch_get_workflow_tags_post"
METHOD = "POST"
PATH = "/v1/workflow-tags"


def _get_kwargs(
    *,
    body: WorkflowTagsBatchRequest,
) -> dict[str, Any]:
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "operation": OPERATION,
        "method": METHOD,
        "url": PATH,
    }
    _kwargs["json"] = body.to_dict()
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: Sender, response: requests.Response
) -> WorkflowTagsBatchResponse:
    with _t.collector_held:  # a short body too may nest to the recursion limit through the schema's own recursion
        return parse(_t.json_body(response.content))


def parse(data: Any) -> WorkflowTagsBatchResponse:
    """The typed value of this operation's answer from its JSON, already decoded (a webhook's body, say).

    Raises ShapeError, naming the JSON path, when the JSON does not fit the schema.
    """
    try:
        data = WorkflowTagsBatchResponse.from_dict(data)
    except _ShapeError as error:
        raise error.within("") from None
    return data  # type: ignore[no-any-return,unused-ignore]


def _build_response(
    *, client: Sender, response: requests.Response
) -> Response[WorkflowTagsBatchResponse]:
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
    body: WorkflowTagsBatchRequest,
) -> Response[WorkflowTagsBatchResponse]:
    """Batch get agent tags (POST)

     Batch fetch current tags for many workflows (POST variant for id lists exceeding URL length).

    Args:
        body: Body for ``POST /v1/workflow-tags`` (used when the wpid list would
            exceed the URL length cap).

    Raises:
        Whatever `client` raises for an error status; `client.unexpected_body(...)` for a 2xx body that does
        not fit the schema.

    Returns:
        Response[WorkflowTagsBatchResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = client.request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: Sender,
    body: WorkflowTagsBatchRequest,
) -> WorkflowTagsBatchResponse:
    """Batch get agent tags (POST)

     Batch fetch current tags for many workflows (POST variant for id lists exceeding URL length).

    Args:
        body: Body for ``POST /v1/workflow-tags`` (used when the wpid list would
            exceed the URL length cap).

    Raises:
        Whatever `client` raises for an error status; `client.unexpected_body(...)` for a 2xx body that does
        not fit the schema.

    Returns:
        WorkflowTagsBatchResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed
