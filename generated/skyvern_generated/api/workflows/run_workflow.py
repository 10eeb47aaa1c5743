from http import HTTPStatus
from typing import Any, cast

import requests

from ... import errors
from ...client import Sender
from ...models.error_response import ErrorResponse
from ...models.http_validation_error import HTTPValidationError
from ...models.workflow_run_request import WorkflowRunRequest
from ...models.workflow_run_response import WorkflowRunResponse
from ...types import UNSET, Response, Unset

OPERATION = "run_workflow"
METHOD = "POST"
PATH = "/v1/run/agents"


def _get_kwargs(
    *,
    body: WorkflowRunRequest,
    template: bool | Unset = False,
    x_max_steps_override: int | None | Unset = UNSET,
    x_user_agent: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_max_steps_override, Unset):
        headers["x-max-steps-override"] = x_max_steps_override

    if not isinstance(x_user_agent, Unset):
        headers["x-user-agent"] = x_user_agent

    params: dict[str, Any] = {}

    params["template"] = template

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

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
) -> Any | ErrorResponse | HTTPValidationError | WorkflowRunResponse | None:
    if response.status_code == 200:
        response_200 = WorkflowRunResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        # an error body that is not the documented JSON (a proxy's HTML page) stays in .content
        try:
            response_400 = ErrorResponse.from_dict(response.json())

            return response_400

        except ValueError:
            return None
    if response.status_code == 403:
        # an error body that is not the documented JSON (a proxy's HTML page) stays in .content
        try:
            response_403 = ErrorResponse.from_dict(response.json())

            return response_403

        except ValueError:
            return None
    if response.status_code == 404:
        # an error body that is not the documented JSON (a proxy's HTML page) stays in .content
        try:
            response_404 = ErrorResponse.from_dict(response.json())

            return response_404

        except ValueError:
            return None
    if response.status_code == 422:
        # an error body that is not the documented JSON (a proxy's HTML page) stays in .content
        try:
            response_422 = HTTPValidationError.from_dict(response.json())

            return response_422

        except ValueError:
            return None
    if response.status_code == 429:
        # an error body that is not the documented JSON (a proxy's HTML page) stays in .content
        try:
            response_429 = ErrorResponse.from_dict(response.json())

            return response_429

        except ValueError:
            return None
    if response.status_code == 503:
        # an error body that is not the documented JSON (a proxy's HTML page) stays in .content
        try:
            response_503 = cast(Any, None)
            return response_503

        except ValueError:
            return None
    if 500 <= response.status_code <= 599:
        # an error body that is not the documented JSON (a proxy's HTML page) stays in .content
        try:
            response_5xx = ErrorResponse.from_dict(response.json())

            return response_5xx

        except ValueError:
            return None
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: Sender, response: requests.Response
) -> Response[Any | ErrorResponse | HTTPValidationError | WorkflowRunResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: Sender,
    body: WorkflowRunRequest,
    template: bool | Unset = False,
    x_max_steps_override: int | None | Unset = UNSET,
    x_user_agent: None | str | Unset = UNSET,
) -> Response[Any | ErrorResponse | HTTPValidationError | WorkflowRunResponse]:
    """Run an agent

     Run an agent

    Args:
        template (bool | Unset):  Default: False.
        x_max_steps_override (int | None | Unset):
        x_user_agent (None | str | Unset):
        body (WorkflowRunRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        requests.RequestException: If the request cannot be sent or its response cannot be read.

    Returns:
        Response[Any | ErrorResponse | HTTPValidationError | WorkflowRunResponse]
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
    template: bool | Unset = False,
    x_max_steps_override: int | None | Unset = UNSET,
    x_user_agent: None | str | Unset = UNSET,
) -> Any | ErrorResponse | HTTPValidationError | WorkflowRunResponse | None:
    """Run an agent

     Run an agent

    Args:
        template (bool | Unset):  Default: False.
        x_max_steps_override (int | None | Unset):
        x_user_agent (None | str | Unset):
        body (WorkflowRunRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        requests.RequestException: If the request cannot be sent or its response cannot be read.

    Returns:
        Any | ErrorResponse | HTTPValidationError | WorkflowRunResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        template=template,
        x_max_steps_override=x_max_steps_override,
        x_user_agent=x_user_agent,
    ).parsed
