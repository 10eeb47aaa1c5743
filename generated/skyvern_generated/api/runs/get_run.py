from typing import Any

import requests
from skyvern_sync import _model as _t
from skyvern_sync._model import Response
from skyvern_sync.errors import ShapeError as _ShapeError

from ... import errors
from ...client import Sender
from ...models.task_run_response import TaskRunResponse
from ...models.unrecognized_run_response import UnrecognizedRunResponse
from ...models.workflow_run_response import WorkflowRunResponse

OPERATION = "get_run"
METHOD = "GET"
PATH = "/v1/runs/{run_id}"


def _get_kwargs(
    run_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "operation": OPERATION,
        "method": METHOD,
        "url": PATH.format(
            run_id=_t.path_segment(run_id),
        ),
    }
    return _kwargs


def _parse_response(
    *, client: Sender, response: requests.Response
) -> TaskRunResponse | WorkflowRunResponse | UnrecognizedRunResponse:
    with _t.collector_held:  # a short body too may nest to the recursion limit through the schema's own recursion
        return parse(_t.json_body(response.content))


def parse(data: Any) -> TaskRunResponse | WorkflowRunResponse | UnrecognizedRunResponse:
    """The typed value of this operation's answer from its JSON, already decoded (a webhook's body, say).

    Raises ShapeError, naming the JSON path, when the JSON does not fit the schema.
    """
    try:
        data = _p_response(data)
    except _ShapeError as error:
        raise error.within("") from None
    return data  # type: ignore[no-any-return,unused-ignore]


def _build_response(
    *, client: Sender, response: requests.Response
) -> Response[TaskRunResponse | WorkflowRunResponse | UnrecognizedRunResponse]:
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
    run_id: str,
    *,
    client: Sender,
) -> Response[TaskRunResponse | WorkflowRunResponse | UnrecognizedRunResponse]:
    """Get run info by id

     Get run information (task run, workflow run)

    Args:
        run_id: The id of the task run or the workflow run.

    Raises:
        Whatever `client` raises for an error status; `client.unexpected_body(...)` for a 2xx body that does
        not fit the schema.

    Returns:
        Response[TaskRunResponse | WorkflowRunResponse | UnrecognizedRunResponse]
    """

    kwargs = _get_kwargs(
        run_id=run_id,
    )
    response = client.request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    run_id: str,
    *,
    client: Sender,
) -> TaskRunResponse | WorkflowRunResponse | UnrecognizedRunResponse:
    """Get run info by id

     Get run information (task run, workflow run)

    Args:
        run_id: The id of the task run or the workflow run.

    Raises:
        Whatever `client` raises for an error status; `client.unexpected_body(...)` for a 2xx body that does
        not fit the schema.

    Returns:
        TaskRunResponse | WorkflowRunResponse | UnrecognizedRunResponse
    """

    return sync_detailed(
        run_id=run_id,
        client=client,
    ).parsed


def _p_response(
    data: Any,
) -> TaskRunResponse | WorkflowRunResponse | UnrecognizedRunResponse:
    if data.__class__ is dict:
        tag = data.get("run_type")
        # a tag that is not a string (a list is not even hashable) names no member: the members' checks say why
        model = _p_response_tags.get(tag) if tag.__class__ is str else None
        if model is not None:
            return model.from_dict(data)  # type: ignore[no-any-return,unused-ignore]
        if "run_type" in data:
            return UnrecognizedRunResponse.from_dict(data)
        # no tag (the schema lets a member leave it out, defaulted): the first member it fits
        for model in _p_response_members:
            try:
                return model.from_dict(data)  # type: ignore[no-any-return,unused-ignore]
            except _ShapeError:
                pass
        return UnrecognizedRunResponse.from_dict(data)
    raise _t.invalid(data, "an object", "")


_p_response_tags: dict[Any, Any] = {
    "anthropic_cua": TaskRunResponse,
    "openai_cua": TaskRunResponse,
    "task_v1": TaskRunResponse,
    "task_v2": TaskRunResponse,
    "task_v3": TaskRunResponse,
    "ui_tars": TaskRunResponse,
    "yutori_navigator": TaskRunResponse,
    "workflow_run": WorkflowRunResponse,
}
_p_response_members: tuple[Any, ...] = (
    TaskRunResponse,
    WorkflowRunResponse,
)
