from typing import Any

import requests
from skyvern_sync import _model as _t
from skyvern_sync._model import Response
from skyvern_sync.errors import ShapeError as _ShapeError

from ... import errors
from ...client import Sender
from ...models.workflow_run_request import WorkflowRunRequest
from ...models.workflow_run_response import WorkflowRunResponse

OPERATION = "run_workflow"
METHOD = "POST"
PATH = "/v1/run/agents"


def _get_kwargs(
    *,
    body: WorkflowRunRequest,
    template: bool | None = None,
    x_max_steps_override: int | None = None,
    x_user_agent: str | None = None,
) -> dict[str, Any]:
    headers: dict[str, str] = {}
    if x_max_steps_override is not None:
        headers["x-max-steps-override"] = str(_t.wire(x_max_steps_override))
    if x_user_agent is not None:
        headers["x-user-agent"] = str(_t.wire(x_user_agent))

    params: dict[str, Any] = {}
    if template is not None:
        params["template"] = _t.query_value(template)

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


def _parse_response(
    *, client: Sender, response: requests.Response
) -> WorkflowRunResponse:
    with _t.collector_held:  # a short body too may nest to the recursion limit through the schema's own recursion
        return parse(_t.json_body(response.content))


def parse(data: Any) -> WorkflowRunResponse:
    """The typed value of this operation's answer from its JSON, already decoded (a webhook's body, say).

    Raises ShapeError, naming the JSON path, when the JSON does not fit the schema.
    """
    try:
        data = WorkflowRunResponse.from_dict(data)
    except _ShapeError as error:
        raise error.within("") from None
    return data  # type: ignore[no-any-return,unused-ignore]


def _build_response(
    *, client: Sender, response: requests.Response
) -> Response[WorkflowRunResponse]:
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
    body: WorkflowRunRequest,
    template: bool | None = None,
    x_max_steps_override: int | None = None,
    x_user_agent: str | None = None,
) -> Response[WorkflowRunResponse]:
    """Run an agent

     Run an agent

    Args:
        template:
        x_max_steps_override:
        x_user_agent:
        body:

    Raises:
        Whatever `client` raises for an error status; `client.unexpected_body(...)` for a 2xx body that does
        not fit the schema.

    Returns:
        Response[WorkflowRunResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        template=template,
        x_max_steps_override=x_max_steps_override,
        x_user_agent=x_user_agent,
    )
    response = client.request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: Sender,
    body: WorkflowRunRequest,
    template: bool | None = None,
    x_max_steps_override: int | None = None,
    x_user_agent: str | None = None,
) -> WorkflowRunResponse:
    """Run an agent

     Run an agent

    Args:
        template:
        x_max_steps_override:
        x_user_agent:
        body:

    Raises:
        Whatever `client` raises for an error status; `client.unexpected_body(...)` for a 2xx body that does
        not fit the schema.

    Returns:
        WorkflowRunResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        template=template,
        x_max_steps_override=x_max_steps_override,
        x_user_agent=x_user_agent,
    ).parsed
