from http import HTTPStatus
from typing import Any, cast

import requests

from ... import errors
from ...client import Sender
from ...models.error_response import ErrorResponse
from ...models.http_validation_error import HTTPValidationError
from ...models.totp_code import TOTPCode
from ...models.totp_code_create import TOTPCodeCreate
from ...types import Response

OPERATION = "send_totp_code"
METHOD = "POST"
PATH = "/v1/credentials/totp"


def _get_kwargs(
    *,
    body: TOTPCodeCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "operation": OPERATION,
        "method": METHOD,
        "url": PATH,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: Sender, response: requests.Response
) -> Any | ErrorResponse | HTTPValidationError | TOTPCode | None:
    if response.status_code == 200:
        response_200 = TOTPCode.from_dict(response.json())

        return response_200

    if response.status_code == 402:
        # an error body that is not the documented JSON (a proxy's HTML page) stays in .content
        try:
            response_402 = cast(Any, None)
            return response_402

        except ValueError:
            return None
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
) -> Response[Any | ErrorResponse | HTTPValidationError | TOTPCode]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: Sender,
    body: TOTPCodeCreate,
) -> Response[Any | ErrorResponse | HTTPValidationError | TOTPCode]:
    """Send TOTP code

     Forward a TOTP (2FA, MFA) email or sms message containing the code to Skyvern. This endpoint stores
    the code in database so that Skyvern can use it while running tasks/workflows.

    Args:
        body (TOTPCodeCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        requests.RequestException: If the request cannot be sent or its response cannot be read.

    Returns:
        Response[Any | ErrorResponse | HTTPValidationError | TOTPCode]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.request(**kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: Sender,
    body: TOTPCodeCreate,
) -> Any | ErrorResponse | HTTPValidationError | TOTPCode | None:
    """Send TOTP code

     Forward a TOTP (2FA, MFA) email or sms message containing the code to Skyvern. This endpoint stores
    the code in database so that Skyvern can use it while running tasks/workflows.

    Args:
        body (TOTPCodeCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        requests.RequestException: If the request cannot be sent or its response cannot be read.

    Returns:
        Any | ErrorResponse | HTTPValidationError | TOTPCode
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed
