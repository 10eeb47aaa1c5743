from http import HTTPStatus
from typing import Any

import requests

from ... import errors
from ...client import Sender
from ...models.browser_session_response import BrowserSessionResponse
from ...models.error_response import ErrorResponse
from ...models.http_validation_error import HTTPValidationError
from ...types import Response

OPERATION = "get_browser_sessions"
METHOD = "GET"
PATH = "/v1/browser_sessions"


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "operation": OPERATION,
        "method": METHOD,
        "url": PATH,
    }

    return _kwargs


def _parse_response(
    *, client: Sender, response: requests.Response
) -> ErrorResponse | HTTPValidationError | list[BrowserSessionResponse] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = BrowserSessionResponse.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if response.status_code == 403:
        # an error body that is not the documented JSON (a proxy's HTML page) stays in .content
        try:
            response_403 = ErrorResponse.from_dict(response.json())

            return response_403

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
) -> Response[ErrorResponse | HTTPValidationError | list[BrowserSessionResponse]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: Sender,
) -> Response[ErrorResponse | HTTPValidationError | list[BrowserSessionResponse]]:
    """Get active browser sessions

     Get all active browser sessions for the organization

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        requests.RequestException: If the request cannot be sent or its response cannot be read.

    Returns:
        Response[ErrorResponse | HTTPValidationError | list[BrowserSessionResponse]]
    """

    kwargs = _get_kwargs()

    response = client.request(**kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: Sender,
) -> ErrorResponse | HTTPValidationError | list[BrowserSessionResponse] | None:
    """Get active browser sessions

     Get all active browser sessions for the organization

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        requests.RequestException: If the request cannot be sent or its response cannot be read.

    Returns:
        ErrorResponse | HTTPValidationError | list[BrowserSessionResponse]
    """

    return sync_detailed(
        client=client,
    ).parsed
