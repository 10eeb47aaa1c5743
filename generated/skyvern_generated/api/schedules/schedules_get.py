from typing import Any

import requests
from skyvern_sync import _model as _t
from skyvern_sync._model import Response
from skyvern_sync.errors import ShapeError as _ShapeError

from ... import errors
from ...client import Sender
from ...models.workflow_schedule_response import WorkflowScheduleResponse

OPERATION = "schedules_get"
METHOD = "GET"
PATH = "/v1/agents/{workflow_permanent_id}/schedules/{workflow_schedule_id}"


def _get_kwargs(
    workflow_permanent_id: str,
    workflow_schedule_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "operation": OPERATION,
        "method": METHOD,
        "url": PATH.format(
            workflow_permanent_id=_t.path_segment(workflow_permanent_id),
            workflow_schedule_id=_t.path_segment(workflow_schedule_id),
        ),
    }
    return _kwargs


def _parse_response(
    *, client: Sender, response: requests.Response
) -> WorkflowScheduleResponse:
    with _t.collector_held:  # a short body too may nest to the recursion limit through the schema's own recursion
        return parse(_t.json_body(response.content))


def parse(data: Any) -> WorkflowScheduleResponse:
    """The typed value of this operation's answer from its JSON, already decoded (a webhook's body, say).

    Raises ShapeError, naming the JSON path, when the JSON does not fit the schema.
    """
    try:
        data = WorkflowScheduleResponse.from_dict(data)
    except _ShapeError as error:
        raise error.within("") from None
    return data  # type: ignore[no-any-return,unused-ignore]


def _build_response(
    *, client: Sender, response: requests.Response
) -> Response[WorkflowScheduleResponse]:
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
    workflow_schedule_id: str,
    *,
    client: Sender,
) -> Response[WorkflowScheduleResponse]:
    """Get an agent schedule by id

     Fetch one schedule belonging to an agent. Returns the schedule's cron expression or interval,
    timezone, parameters, enabled state, and next upcoming run times.

    Args:
        workflow_permanent_id:
        workflow_schedule_id:

    Raises:
        Whatever `client` raises for an error status; `client.unexpected_body(...)` for a 2xx body that does
        not fit the schema.

    Returns:
        Response[WorkflowScheduleResponse]
    """

    kwargs = _get_kwargs(
        workflow_permanent_id=workflow_permanent_id,
        workflow_schedule_id=workflow_schedule_id,
    )
    response = client.request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    workflow_permanent_id: str,
    workflow_schedule_id: str,
    *,
    client: Sender,
) -> WorkflowScheduleResponse:
    """Get an agent schedule by id

     Fetch one schedule belonging to an agent. Returns the schedule's cron expression or interval,
    timezone, parameters, enabled state, and next upcoming run times.

    Args:
        workflow_permanent_id:
        workflow_schedule_id:

    Raises:
        Whatever `client` raises for an error status; `client.unexpected_body(...)` for a 2xx body that does
        not fit the schema.

    Returns:
        WorkflowScheduleResponse
    """

    return sync_detailed(
        workflow_permanent_id=workflow_permanent_id,
        workflow_schedule_id=workflow_schedule_id,
        client=client,
    ).parsed
