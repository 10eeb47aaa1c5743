from typing import Any

import requests
from skyvern_sync import _model as _t
from skyvern_sync._model import Response
from skyvern_sync.errors import ShapeError as _ShapeError

from ... import errors
from ...client import Sender
from ...models.workflow import Workflow
from ...models.workflow_request import WorkflowRequest

OPERATION = "create_workflow"
METHOD = "POST"
PATH = "/v1/agents"


def _get_kwargs(
    *,
    body: WorkflowRequest,
    folder_id: str | None = None,
    idempotency_key: str | None = None,
) -> dict[str, Any]:
    headers: dict[str, str] = {}
    if idempotency_key is not None:
        headers["Idempotency-Key"] = str(_t.wire(idempotency_key))

    params: dict[str, Any] = {}
    if folder_id is not None:
        params["folder_id"] = _t.query_value(folder_id)

    _kwargs: dict[str, Any] = {
        "operation": OPERATION,
        "method": METHOD,
        "url": PATH,
        "params": params,
    }
    _kwargs["json"] = body.to_dict()
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: Sender, response: requests.Response) -> Workflow:
    with _t.collector_held:  # a short body too may nest to the recursion limit through the schema's own recursion
        return parse(_t.json_body(response.content))


def parse(data: Any) -> Workflow:
    """The typed value of this operation's answer from its JSON, already decoded (a webhook's body, say).

    Raises ShapeError, naming the JSON path, when the JSON does not fit the schema.
    """
    try:
        data = Workflow.from_dict(data)
    except _ShapeError as error:
        raise error.within("") from None
    return data  # type: ignore[no-any-return,unused-ignore]


def _build_response(
    *, client: Sender, response: requests.Response
) -> Response[Workflow]:
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
    body: WorkflowRequest,
    folder_id: str | None = None,
    idempotency_key: str | None = None,
) -> Response[Workflow]:
    """Create a new agent

     Create a new agent

    Args:
        folder_id: Optional folder ID to assign the workflow to
        idempotency_key: Idempotency-Key must contain 1 to 255 visible ASCII bytes.
        body:

    Raises:
        Whatever `client` raises for an error status; `client.unexpected_body(...)` for a 2xx body that does
        not fit the schema.

    Returns:
        Response[Workflow]
    """

    kwargs = _get_kwargs(
        body=body,
        folder_id=folder_id,
        idempotency_key=idempotency_key,
    )
    response = client.request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: Sender,
    body: WorkflowRequest,
    folder_id: str | None = None,
    idempotency_key: str | None = None,
) -> Workflow:
    """Create a new agent

     Create a new agent

    Args:
        folder_id: Optional folder ID to assign the workflow to
        idempotency_key: Idempotency-Key must contain 1 to 255 visible ASCII bytes.
        body:

    Raises:
        Whatever `client` raises for an error status; `client.unexpected_body(...)` for a 2xx body that does
        not fit the schema.

    Returns:
        Workflow
    """

    return sync_detailed(
        client=client,
        body=body,
        folder_id=folder_id,
        idempotency_key=idempotency_key,
    ).parsed
