from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import requests

from ... import errors
from ...client import Sender
from ...models.error_response import ErrorResponse
from ...models.http_validation_error import HTTPValidationError
from ...models.workflow import Workflow
from ...types import UNSET, Response, Unset

OPERATION = "get_workflow_versions"
METHOD = "GET"
PATH = "/v1/agents/{workflow_permanent_id}/versions"


def _get_kwargs(
    workflow_permanent_id: str,
    *,
    template: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["template"] = template

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "operation": OPERATION,
        "method": METHOD,
        "url": PATH.format(
            workflow_permanent_id=quote(str(workflow_permanent_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: Sender, response: requests.Response
) -> ErrorResponse | HTTPValidationError | list[Workflow] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = Workflow.from_dict(response_200_item_data)

            response_200.append(response_200_item)

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
) -> Response[ErrorResponse | HTTPValidationError | list[Workflow]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    workflow_permanent_id: str,
    *,
    client: Sender,
    template: bool | Unset = False,
) -> Response[ErrorResponse | HTTPValidationError | list[Workflow]]:
    """Get agent versions

     Get all versions of a workflow by its permanent ID.

    Args:
        workflow_permanent_id (str):
        template (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        requests.RequestException: If the request cannot be sent or its response cannot be read.

    Returns:
        Response[ErrorResponse | HTTPValidationError | list[Workflow]]
    """

    kwargs = _get_kwargs(
        workflow_permanent_id=workflow_permanent_id,
        template=template,
    )

    response = client.request(**kwargs)

    return _build_response(client=client, response=response)


def sync(
    workflow_permanent_id: str,
    *,
    client: Sender,
    template: bool | Unset = False,
) -> ErrorResponse | HTTPValidationError | list[Workflow] | None:
    """Get agent versions

     Get all versions of a workflow by its permanent ID.

    Args:
        workflow_permanent_id (str):
        template (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        requests.RequestException: If the request cannot be sent or its response cannot be read.

    Returns:
        ErrorResponse | HTTPValidationError | list[Workflow]
    """

    return sync_detailed(
        workflow_permanent_id=workflow_permanent_id,
        client=client,
        template=template,
    ).parsed
