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

OPERATION = "get_workflow"
METHOD = "GET"
PATH = "/v1/agents/{workflow_permanent_id}"


def _get_kwargs(
    workflow_permanent_id: str,
    *,
    version: int | None | Unset = UNSET,
    template: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_version: int | None | Unset
    if isinstance(version, Unset):
        json_version = UNSET
    else:
        json_version = version
    params["version"] = json_version

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
    workflow_permanent_id: str,
    *,
    client: Sender,
    version: int | None | Unset = UNSET,
    template: bool | Unset = False,
) -> Response[ErrorResponse | HTTPValidationError | Workflow]:
    """Get an agent by id

     Fetch a single agent definition by its permanent id, optionally pinned to a specific version.
    Returns the agent's blocks, parameters, and metadata.

    Args:
        workflow_permanent_id (str):
        version (int | None | Unset):
        template (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        requests.RequestException: If the request cannot be sent or its response cannot be read.

    Returns:
        Response[ErrorResponse | HTTPValidationError | Workflow]
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
    version: int | None | Unset = UNSET,
    template: bool | Unset = False,
) -> ErrorResponse | HTTPValidationError | Workflow | None:
    """Get an agent by id

     Fetch a single agent definition by its permanent id, optionally pinned to a specific version.
    Returns the agent's blocks, parameters, and metadata.

    Args:
        workflow_permanent_id (str):
        version (int | None | Unset):
        template (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        requests.RequestException: If the request cannot be sent or its response cannot be read.

    Returns:
        ErrorResponse | HTTPValidationError | Workflow
    """

    return sync_detailed(
        workflow_permanent_id=workflow_permanent_id,
        client=client,
        version=version,
        template=template,
    ).parsed
