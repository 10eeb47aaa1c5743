from typing import Any

import requests
from skyvern_sync import _model as _t
from skyvern_sync._model import Response
from skyvern_sync.errors import ShapeError as _ShapeError

from ... import errors
from ...client import Sender
from ...models.workflow_tags_batch_response import WorkflowTagsBatchResponse

OPERATION = "batch_get_workflow_tags"
METHOD = "GET"
PATH = "/v1/workflow-tags"


def _get_kwargs(
    *,
    workflow_permanent_ids: str | None = None,
) -> dict[str, Any]:

    params: dict[str, Any] = {}
    if workflow_permanent_ids is not None:
        params["workflow_permanent_ids"] = _t.query_value(workflow_permanent_ids)

    _kwargs: dict[str, Any] = {
        "operation": OPERATION,
        "method": METHOD,
        "url": PATH,
        "params": params,
    }
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
    workflow_permanent_ids: str | None = None,
) -> Response[WorkflowTagsBatchResponse]:
    """Batch get agent tags

     Batch fetch current tags for many workflows. Avoids N+1 on the workflows-list page.

    Args:
        workflow_permanent_ids: Comma-separated workflow permanent IDs

    Raises:
        Whatever `client` raises for an error status; `client.unexpected_body(...)` for a 2xx body that does
        not fit the schema.

    Returns:
        Response[WorkflowTagsBatchResponse]
    """

    kwargs = _get_kwargs(
        workflow_permanent_ids=workflow_permanent_ids,
    )
    response = client.request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: Sender,
    workflow_permanent_ids: str | None = None,
) -> WorkflowTagsBatchResponse:
    """Batch get agent tags

     Batch fetch current tags for many workflows. Avoids N+1 on the workflows-list page.

    Args:
        workflow_permanent_ids: Comma-separated workflow permanent IDs

    Raises:
        Whatever `client` raises for an error status; `client.unexpected_body(...)` for a 2xx body that does
        not fit the schema.

    Returns:
        WorkflowTagsBatchResponse
    """

    return sync_detailed(
        client=client,
        workflow_permanent_ids=workflow_permanent_ids,
    ).parsed
