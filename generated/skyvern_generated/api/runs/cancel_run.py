from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import requests

from ... import errors
from ...client import Sender
from ...models.error_response import ErrorResponse
from ...models.http_validation_error import HTTPValidationError
from ...types import Response

OPERATION = "cancel_run"
METHOD = "POST"
PATH = "/v1/runs/{run_id}/cancel"


def _get_kwargs(
    run_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "operation": OPERATION,
        "method": METHOD,
        "url": PATH.format(
            run_id=quote(str(run_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: Sender, response: requests.Response
) -> Any | ErrorResponse | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = response.json()
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
) -> Response[Any | ErrorResponse | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    run_id: str,
    *,
    client: Sender,
) -> Response[Any | ErrorResponse | HTTPValidationError]:
    """Cancel a run by id

     Cancel a run (task or workflow)

    Args:
        run_id (str): The id of the task run or the workflow run to cancel.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        requests.RequestException: If the request cannot be sent or its response cannot be read.

    Returns:
        Response[Any | ErrorResponse | HTTPValidationError]
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
) -> Any | ErrorResponse | HTTPValidationError | None:
    """Cancel a run by id

     Cancel a run (task or workflow)

    Args:
        run_id (str): The id of the task run or the workflow run to cancel.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        requests.RequestException: If the request cannot be sent or its response cannot be read.

    Returns:
        Any | ErrorResponse | HTTPValidationError
    """

    return sync_detailed(
        run_id=run_id,
        client=client,
    ).parsed
