from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import requests

from ... import errors
from ...client import Sender
from ...models.error_response import ErrorResponse
from ...models.http_validation_error import HTTPValidationError
from ...models.workflow import Workflow
from ...models.workflow_request import WorkflowRequest
from ...types import Response

OPERATION = "update_workflow"
METHOD = "POST"
PATH = "/v1/agents/{workflow_id}"


def _get_kwargs(
    workflow_id: str,
    *,
    body: WorkflowRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "operation": OPERATION,
        "method": METHOD,
        "url": PATH.format(
            workflow_id=quote(str(workflow_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: Sender, response: requests.Response
) -> ErrorResponse | HTTPValidationError | Workflow | None:
    if response.status_code == 200:
        response_200 = Workflow.from_dict(response.json())

        return response_200

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
) -> Response[ErrorResponse | HTTPValidationError | Workflow]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    workflow_id: str,
    *,
    client: Sender,
    body: WorkflowRequest,
) -> Response[ErrorResponse | HTTPValidationError | Workflow]:
    """Update an agent

     Update an agent

    Args:
        workflow_id (str): The ID of the agent to update. Starts with `wpid_`.
        body (WorkflowRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        requests.RequestException: If the request cannot be sent or its response cannot be read.

    Returns:
        Response[ErrorResponse | HTTPValidationError | Workflow]
    """

    kwargs = _get_kwargs(
        workflow_id=workflow_id,
        body=body,
    )

    response = client.request(**kwargs)

    return _build_response(client=client, response=response)


def sync(
    workflow_id: str,
    *,
    client: Sender,
    body: WorkflowRequest,
) -> ErrorResponse | HTTPValidationError | Workflow | None:
    """Update an agent

     Update an agent

    Args:
        workflow_id (str): The ID of the agent to update. Starts with `wpid_`.
        body (WorkflowRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        requests.RequestException: If the request cannot be sent or its response cannot be read.

    Returns:
        ErrorResponse | HTTPValidationError | Workflow
    """

    return sync_detailed(
        workflow_id=workflow_id,
        client=client,
        body=body,
    ).parsed
