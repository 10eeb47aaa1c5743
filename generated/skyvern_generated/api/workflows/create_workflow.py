from http import HTTPStatus
from typing import Any

import requests

from ... import errors
from ...client import Sender
from ...models.error_response import ErrorResponse
from ...models.http_validation_error import HTTPValidationError
from ...models.workflow import Workflow
from ...models.workflow_request import WorkflowRequest
from ...types import UNSET, Response, Unset

OPERATION = "create_workflow"
METHOD = "POST"
PATH = "/v1/agents"


def _get_kwargs(
    *,
    body: WorkflowRequest,
    folder_id: None | str | Unset = UNSET,
    idempotency_key: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    params: dict[str, Any] = {}

    json_folder_id: None | str | Unset
    if isinstance(folder_id, Unset):
        json_folder_id = UNSET
    else:
        json_folder_id = folder_id
    params["folder_id"] = json_folder_id

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
    if response.status_code == 409:
        # an error body that is not the documented JSON (a proxy's HTML page) stays in .content
        try:
            response_409 = ErrorResponse.from_dict(response.json())

            return response_409

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
    *,
    client: Sender,
    body: WorkflowRequest,
    folder_id: None | str | Unset = UNSET,
    idempotency_key: None | str | Unset = UNSET,
) -> Response[ErrorResponse | HTTPValidationError | Workflow]:
    """Create a new agent

     Create a new agent

    Args:
        folder_id (None | str | Unset): Optional folder ID to assign the workflow to
        idempotency_key (None | str | Unset): Idempotency-Key must contain 1 to 255 visible ASCII
            bytes.
        body (WorkflowRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        requests.RequestException: If the request cannot be sent or its response cannot be read.

    Returns:
        Response[ErrorResponse | HTTPValidationError | Workflow]
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
    folder_id: None | str | Unset = UNSET,
    idempotency_key: None | str | Unset = UNSET,
) -> ErrorResponse | HTTPValidationError | Workflow | None:
    """Create a new agent

     Create a new agent

    Args:
        folder_id (None | str | Unset): Optional folder ID to assign the workflow to
        idempotency_key (None | str | Unset): Idempotency-Key must contain 1 to 255 visible ASCII
            bytes.
        body (WorkflowRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        requests.RequestException: If the request cannot be sent or its response cannot be read.

    Returns:
        ErrorResponse | HTTPValidationError | Workflow
    """

    return sync_detailed(
        client=client,
        body=body,
        folder_id=folder_id,
        idempotency_key=idempotency_key,
    ).parsed
