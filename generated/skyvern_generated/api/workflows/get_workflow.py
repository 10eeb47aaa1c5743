from typing import Any

import requests
from skyvern_sync import _model as _t
from skyvern_sync._model import Response
from skyvern_sync.errors import ShapeError as _ShapeError

from ... import errors
from ...client import Sender
from ...models.workflow import Workflow

OPERATION = "get_workflow"
METHOD = "GET"
PATH = "/v1/agents/{workflow_permanent_id}"


def _get_kwargs(
    workflow_permanent_id: str,
    *,
    version: int | None = None,
    template: bool | None = None,
) -> dict[str, Any]:

    params: dict[str, Any] = {}
    if version is not None:
        params["version"] = _t.query_value(version)
    if template is not None:
        params["template"] = _t.query_value(template)

    _kwargs: dict[str, Any] = {
        "operation": OPERATION,
        "method": METHOD,
        "url": PATH.format(
            workflow_permanent_id=_t.path_segment(workflow_permanent_id),
        ),
        "params": params,
    }
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
    workflow_permanent_id: str,
    *,
    client: Sender,
    version: int | None = None,
    template: bool | None = None,
) -> Response[Workflow]:
    """Get an agent by id

     Fetch a single agent definition by its permanent id, optionally pinned to a specific version.
    Returns the agent's blocks, parameters, and metadata.

    Args:
        workflow_permanent_id:
        version:
        template:

    Raises:
        Whatever `client` raises for an error status; `client.unexpected_body(...)` for a 2xx body that does
        not fit the schema.

    Returns:
        Response[Workflow]
    """

    kwargs = _get_kwargs(
        workflow_permanent_id=workflow_permanent_id,
        version=version,
        template=template,
    )
    response = client.request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    workflow_permanent_id: str,
    *,
    client: Sender,
    version: int | None = None,
    template: bool | None = None,
) -> Workflow:
    """Get an agent by id

     Fetch a single agent definition by its permanent id, optionally pinned to a specific version.
    Returns the agent's blocks, parameters, and metadata.

    Args:
        workflow_permanent_id:
        version:
        template:

    Raises:
        Whatever `client` raises for an error status; `client.unexpected_body(...)` for a 2xx body that does
        not fit the schema.

    Returns:
        Workflow
    """

    return sync_detailed(
        workflow_permanent_id=workflow_permanent_id,
        client=client,
        version=version,
        template=template,
    ).parsed
