from http import HTTPStatus
from typing import Any, cast

import requests

from ... import errors
from ...client import Sender
from ...models.browser_session_response import BrowserSessionResponse
from ...models.create_browser_session_request import CreateBrowserSessionRequest
from ...models.error_response import ErrorResponse
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Response, Unset

OPERATION = "create_browser_session"
METHOD = "POST"
PATH = "/v1/browser_sessions"


def _get_kwargs(
    *,
    body: CreateBrowserSessionRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "operation": OPERATION,
        "method": METHOD,
        "url": PATH,
    }

    if not isinstance(body, Unset):
        if not isinstance(body, Unset):
            _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: Sender, response: requests.Response
) -> Any | BrowserSessionResponse | ErrorResponse | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = BrowserSessionResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        # an error body that is not the documented JSON (a proxy's HTML page) stays in .content
        try:
            response_400 = cast(Any, None)
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
            response_404 = cast(Any, None)
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
) -> Response[Any | BrowserSessionResponse | ErrorResponse | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: Sender,
    body: CreateBrowserSessionRequest | Unset = UNSET,
) -> Response[Any | BrowserSessionResponse | ErrorResponse | HTTPValidationError]:
    """Create a session

     Create a browser session that persists across multiple runs

    Args:
        body (CreateBrowserSessionRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        requests.RequestException: If the request cannot be sent or its response cannot be read.

    Returns:
        Response[Any | BrowserSessionResponse | ErrorResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.request(**kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: Sender,
    body: CreateBrowserSessionRequest | Unset = UNSET,
) -> Any | BrowserSessionResponse | ErrorResponse | HTTPValidationError | None:
    """Create a session

     Create a browser session that persists across multiple runs

    Args:
        body (CreateBrowserSessionRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        requests.RequestException: If the request cannot be sent or its response cannot be read.

    Returns:
        Any | BrowserSessionResponse | ErrorResponse | HTTPValidationError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed
